// "Add sources": the user's own articles waiting to become a story. Pasted text and
// dropped or chosen files land here, each checked, with a date the user can confirm
// (prefilled when the text states one); "Build the story" starts the extraction.
#pragma once

#include <string>
#include <vector>

#include "app/fonts.h"
#include "core/story_builder.h"

namespace factlens {

struct PendingArticle {
    std::string name;
    std::string text;     // the article's text (HTML already reduced to text)
    std::string problem;  // why it cannot be used ("binary, not text …"); empty when fine
    char date[16] = {};   // YYYY-MM-DD as typed or prefilled
    bool date_found = false;  // prefilled from the text
};

class AddSourcesDialog {
public:
    // A file's bytes (a .txt, .md or .html article) or pasted text.
    void add(std::string name, std::string_view bytes);
    void open() { open_ = true; }
    bool is_open() const { return open_; }
    std::size_t pending() const { return articles_.size(); }

    // Draws the dialog when open. Returns true when the user asks to build the story;
    // then `articles` and `options` hold what to build.
    bool draw(const Fonts& fonts, std::vector<Article>& articles, BuildOptions& options);

private:
    std::vector<PendingArticle> articles_;
    std::vector<char> paste_box_ = std::vector<char>(1 << 16, '\0');  // longer texts: paste outside the box
    char title_[96] = "My story";
    bool open_ = false;
    bool popup_shown_ = false;
};

}  // namespace factlens
