// The page's mirror of the screen: what the current view shows, as semantic HTML (headings,
// lists, tables, quotes as blockquotes with their source and date, findings as articles,
// buttons that act on the app), kept in the page beside the canvas. Screen readers read it,
// the browser's find searches it, and keyboard users move through its buttons with Tab
// (the canvas draws the focus ring on the widget a button stands for).
//
// Every button carries `data-id`, the name of the canvas widget it stands for in
// `window.factlens.items()` ("tab/findings", "claim/capex-2025", "show-in-text/12"), and
// acting on it (act_on) does what a click on that widget does, through the same rules
// (core/view_state.h). Built from the story and the state only: no ImGui here. The Story
// menu's items and Copy link ("menu/save", "copy-link") are the app's own to act on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/view_state.h"

namespace factlens {

// Writes the mirror's HTML: text is always escaped; `raw` is for markup only. The app's
// dialogs write their own part of the mirror with it too.
class MirrorHtml {
public:
    MirrorHtml& raw(std::string_view s) {
        out_ += s;
        return *this;
    }
    MirrorHtml& text(std::string_view s);
    // <tag attrs>content</tag>, the content escaped.
    MirrorHtml& el(std::string_view tag, std::string_view content, std::string_view attrs = {});
    // A button that acts on the app: `id` is the canvas widget it stands for (act_on, or the
    // app's own handlers for its menus and dialogs).
    MirrorHtml& button(std::string_view id, std::string_view label, std::optional<bool> pressed = std::nullopt,
                       std::string_view described = {});
    // A labelled text field whose value belongs to the app: typing in it sets the value of
    // the control named `id` (the page calls factlens_set). `multiline`: a textarea.
    // `enter`: the button that Enter in a one-line field presses.
    MirrorHtml& field(std::string_view id, std::string_view label, std::string_view value, bool multiline = false,
                      std::string_view hint = {}, std::string_view error = {}, std::string_view enter = {});
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

struct MirrorPage {
    std::string title;  // document.title: "Findings · Figure: capex-2025 · ByteDance AI spending · factlens"
    std::string html;   // the current view
};
// What the page can do besides the story's own views (the Story menu's items that apply).
struct MirrorMenu {
    bool can_add_sources = true;  // false while a story is being built
    bool kept = false;            // the story is kept in the library: it can be saved as one page
};
MirrorPage mirror_page(const Corpus& corpus, const ViewState& state, const MirrorMenu& menu = {});

// What acting on a named control did.
struct MirrorAct {
    bool known = false;         // the id names a control the app has
    bool view_changed = false;  // the user changed the view (counted like a tab click)
    std::optional<std::size_t> copy_mention;  // "copy-quote/<n>": copy that quote with its citation
};
MirrorAct act_on(ViewState& state, const Corpus& corpus, std::string_view id);

// The one-screen summary the Overview shows (and the mirror reads out).
struct Overview {
    struct Reporter {
        const Source* source = nullptr;
        std::size_t claims = 0;    // claims it states
        std::size_t findings = 0;  // disagreements it is part of
    };
    std::vector<Reporter> reporters;        // by date (undated last), then story order
    std::vector<const Finding*> top;        // the most severe disagreements and failed checks
    std::size_t disagreements = 0, checks = 0, failed_checks = 0;
};
Overview story_overview(const Corpus& corpus, std::size_t top_n = 5);
// The Overview lists this many reporters (by date), then how many more there are, with the
// way to all of them (Sources): a one-screen summary whatever the story's size.
inline constexpr std::size_t kOverviewReporters = 12;

// Text escaped for HTML (&, <, >, ", ').
std::string html_escape(std::string_view text);

}  // namespace factlens
