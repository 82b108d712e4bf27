// The explorer: owns the loaded corpus and the view state, and draws one frame of UI.
// Knows nothing of SDL or the browser (main.cpp and platform_web.cpp do).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "core/corpus_io.h"
#include "core/view_state.h"

namespace factlens {

class App {
public:
    // Loads a corpus; on failure keeps what was loaded before and records the errors.
    bool load_corpus(const std::string& path);

    // Draws one frame of the whole window (the app bar, the active view, the status bar).
    void draw(const Fonts& fonts);

    // What `window.factlens.state()` returns.
    std::string state_json() const;

    // Puts the app in the state a link describes (a fragment without or with '#'); what
    // cannot be restored is named in a notice.
    void apply_fragment(std::string_view fragment);

    // Writes the state into the URL fragment when it changed: a new history entry for a
    // new view or selection, a replaced one for typing, panning and scrolling.
    void sync_url();

    // Copies a link to the current view and says so.
    void copy_link();

    AppStatus& status() { return status_; }

private:
    void draw_app_bar(const Fonts& fonts);
    void draw_status_bar();
    void draw_notice();

    Corpus corpus_;
    ViewState state_;
    int shown_view_ = -1;  // the tab drawn last frame (-1: none yet)
    AppStatus status_;
    std::vector<Diagnostic> load_errors_;
    std::string notice_;         // a short message in the app bar (a link not fully restored, "copied")
    std::vector<std::string> notice_details_;  // shown when the notice is hovered
    std::string last_fragment_;  // the fragment the URL holds
    std::string last_push_key_;  // view and selection when the last history entry was made
};

}  // namespace factlens
