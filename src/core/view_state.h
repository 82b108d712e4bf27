// What the user is looking at: the active view and the selection. One small struct that
// every view reads and any click may change; views never talk to each other directly.
// (Issue 4 encodes it in the URL fragment.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace factlens {

enum class View { Sources };

std::string_view view_name(View view);
std::optional<View> view_from_name(std::string_view name);

struct Selection {
    std::string source;  // Source::id, empty when none
};

struct ViewState {
    View view = View::Sources;
    Selection selection;
};

// Facts about the running app that are not view state but that tests and the page
// want to see (how many frames were drawn, what failed to load).
struct AppStatus {
    unsigned long long frames_drawn = 0;
    std::string corpus_error;  // first load error, empty when the corpus loaded
};

// The JSON the page's `factlens.state()` returns: the view state, the counts of what is
// loaded, and the app status.
std::string state_json(const ViewState& state, const Corpus& corpus, const AppStatus& status);

}  // namespace factlens
