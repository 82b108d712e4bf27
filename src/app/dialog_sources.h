// "Add sources": the user's own articles waiting to become a story. Pasted text and
// dropped or chosen files land here, each checked, with a date the user can confirm
// (prefilled when the text states one); "Build the story" starts the extraction.
#pragma once

#include <functional>
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
    bool date_looking = false;  // the worker is looking for its date in the text
    unsigned token = 0;         // names it to that answer
    std::string first_line;   // what the list shows of it, measured once (a text may be 4 MB)
    std::size_t chars = 0;
};

class AddSourcesDialog {
public:
    // A file's bytes (a .txt, .md or .html article) or pasted text.
    void add(std::string name, std::string_view bytes);
    // The worker's answer for the article `token` names: its date as the text states it
    // ("" for none). Prefills the date unless the user typed one meanwhile.
    void date_found(unsigned token, std::string_view iso);
    std::size_t dates_looking() const;
    // A file that was not read (over the article limit): listed with why, never built.
    void refuse(std::string name, std::string why);
    void open() { open_ = true; }
    bool is_open() const { return open_; }
    std::size_t pending() const { return articles_.size(); }
    std::vector<std::string> problems() const {
        std::vector<std::string> out;
        for (const PendingArticle& a : articles_) out.push_back(a.problem);
        return out;
    }

    // Draws the dialog when open. Returns true when the user asks to build the story;
    // then `articles` and `options` hold what to build.
    // `nested` draws a dialog that must open over this one (a story file's problems): Dear
    // ImGui keeps a modal open over another only when it is opened from inside it.
    bool draw(const Fonts& fonts, std::vector<Article>& articles, BuildOptions& options, const std::function<void()>& nested);

    // The page's mirror of the dialog while it is open (a `role=dialog` section), and what
    // its controls do: the same names and effects as the canvas's widgets ("add-sources/…").
    // Building and cancelling take effect at the next draw, inside the dialog's frame.
    std::string mirror_html() const;
    bool act(std::string_view id);
    bool set_value(std::string_view id, std::string_view value);

private:
    std::size_t usable() const;
    // Why a typed date cannot be used ("" when it is fine or the text states it).
    static std::string date_problem(const PendingArticle& a);
    // Its date box is empty while the worker looks for the date in its text.
    static bool looking(const PendingArticle& a);

    std::vector<PendingArticle> articles_;
    unsigned next_token_ = 1;
    std::vector<char> paste_box_ = std::vector<char>(1 << 16, '\0');  // longer texts: paste outside the box
    char title_[96] = "My story";
    bool open_ = false;
    bool popup_shown_ = false;
    bool build_asked_ = false;   // by the mirror: build at the next draw
    bool cancel_asked_ = false;  // by the mirror: close at the next draw
};

}  // namespace factlens
