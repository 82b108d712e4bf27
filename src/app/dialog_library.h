// "Your stories": the stories kept in this browser (the library, web/library.js), listed
// with their title, when they were kept and their size, to open, rename or delete. The page
// owns the stored stories; this dialog shows the list it was last given and asks the page
// to act (platform::library_*).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factlens {

struct LibraryEntry {
    std::string id;     // the story's content hash
    std::string title;
    double added = 0;   // ms since 1970
    double bytes = 0;
};

class LibraryDialog {
public:
    // The list from the page: [{"id", "title", "added", "bytes"}].
    void set_entries(std::string_view json);
    const std::vector<LibraryEntry>& entries() const { return entries_; }
    const LibraryEntry* find(std::string_view id) const;
    void open() { open_ = true; }
    bool is_open() const { return open_; }
    // Draws the dialog when open; `current` is the id of the story on screen.
    void draw(const std::string& current);

    // The page's mirror of the dialog while it is open, and what its controls do: the
    // canvas's buttons act through act() too ("library/open/<id>", "library/rename/<id>",
    // "library/title/<id>" (a field), "library/save-title/<id>", "library/delete/<id>",
    // "library/confirm-delete/<id>", "library/keep/<id>", "library/close").
    std::string mirror_html(const std::string& current) const;
    bool act(std::string_view id);
    bool set_value(std::string_view id, std::string_view value);

private:
    std::vector<LibraryEntry> entries_;
    bool open_ = false;
    bool popup_shown_ = false;
    bool close_asked_ = false;  // closes at the next draw, inside the dialog's frame
    std::string renaming_;   // the id whose title is being edited
    char rename_buf_[300] = {};
    std::string deleting_;   // the id waiting for "Delete" to be confirmed
};

}  // namespace factlens
