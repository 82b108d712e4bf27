// The explorer: owns the loaded corpus and the view state, and draws one frame of UI.
// Knows nothing of SDL or the browser (main.cpp and platform_web.cpp do).
#pragma once

#include <string>
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

    AppStatus& status() { return status_; }

private:
    void draw_app_bar(const Fonts& fonts);
    void draw_status_bar();

    Corpus corpus_;
    ViewState state_;
    int shown_view_ = -1;  // the tab drawn last frame (-1: none yet)
    AppStatus status_;
    std::vector<Diagnostic> load_errors_;
};

}  // namespace factlens
