// What the user is looking at: the active view, the selection and each view's settings.
// One small struct that every view reads and any click may change; views never talk to
// each other directly. (Issue 4 encodes it in the URL fragment.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace factlens {

enum class View { Timeline, Figures, Sources, Claims, Findings, Compare };
inline constexpr int kViewCount = 6;

std::string_view view_name(View view);          // "timeline", "figures", ...
std::string_view view_title(View view);         // "Timeline", "Figures", ...
std::optional<View> view_from_name(std::string_view name);

struct Selection {
    std::string source;   // Source::id, empty when none
    std::string claim;    // Claim::id
    std::string report;   // Report::id (a report or an event)
    std::string finding;  // Finding::id
};

struct ViewState {
    View view = View::Sources;
    Selection selection;
    std::string compare_source;  // the second source in Compare (the first is selection.source)
    std::string currency = "USD";  // Figures: "USD" or "CNY"
    bool log_scale = true;         // Figures: logarithmic axis (the story's figures span $5bn to $300bn)
    double timeline_from = 0;      // Timeline: visible range in days since 1970-01-01 (0 = default)
    double timeline_to = 0;
    std::string search;            // the current view's search text
    long reader_at = -1;           // Sources: byte offset of the text at the top of the reader (-1: start)
    bool reader_scroll = false;    // bring reader_at into view on the next frame (a link, "show in text")
};

// Facts about the running app that are not view state but that tests and the page
// want to see (how many frames were drawn, what failed to load).
struct AppStatus {
    unsigned long long frames_drawn = 0;
    std::string corpus_error;  // first load error, empty when the corpus loaded
    std::string notice;        // the message in the app bar, if any
    std::size_t pending_articles = 0;  // articles waiting in "Add sources"
    bool building = false;             // a story is being built
    std::string dialog;                // the open dialog: "", "add-sources" or "open-errors"
    std::size_t open_errors = 0;       // problems of a story file that could not be opened
};

// The JSON the page's `factlens.state()` returns: the view state, the counts of what is
// loaded, and the app status.
std::string state_json(const ViewState& state, const Corpus& corpus, const AppStatus& status);

}  // namespace factlens
