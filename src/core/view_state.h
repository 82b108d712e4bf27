// What the user is looking at: the active view, the selection and each view's settings.
// One small struct that every view reads; views never talk to each other directly, and
// the link codec (link.h) writes it into the URL fragment.
//
// [SECTION] The state
// [SECTION] What the user does (the only ways the state changes)
// [SECTION] Validation against a story
// [SECTION] The test hook's JSON
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace factlens {

enum class View { Overview, Timeline, Figures, Sources, Claims, Findings, Compare };
inline constexpr int kViewCount = 7;

std::string_view view_name(View view);          // "timeline", "figures", ...
std::string_view view_title(View view);         // "Timeline", "Figures", ...
std::optional<View> view_from_name(std::string_view name);

struct Selection {
    std::string source;   // Source::id, empty when none
    std::string claim;    // Claim::id
    std::string report;   // Report::id (a report or an event)
    std::string finding;  // Finding::id
};

// [SECTION] The state -------------------------------------------------------------------
struct ViewState {
    View view = View::Overview;  // the one owner of the active view: the tab strip is drawn from it
    Selection selection;
    std::string compare_source;  // the second source in Compare (the first is selection.source)
    std::string currency;          // Figures: an ISO 4217 code the story has; empty: its main one
    bool log_scale = true;         // Figures: logarithmic axis (the story's figures span $5bn to $300bn)
    double timeline_from = 0;      // Timeline: visible range in days since 1970-01-01 (0 = default)
    double timeline_to = 0;
    std::string search;            // the current view's search text
    long reader_at = -1;           // Sources: byte offset of the text at the top of the reader (-1: start)
    bool reader_scroll = false;    // bring reader_at into view on the next frame (a link, "show in text")
    long mention = -1;             // the quote marked in the reader and in Findings ("show in text", a link); -1: none
    std::string finding_kind;      // Findings: only findings of this kind (finding_kind_name); empty: all
};

// [SECTION] What the user does ------------------------------------------------------------
// Every change of view or selection goes through these, whether it comes from a click, a
// key, a link, Back/Forward or "show in text", so the rules live in one place and are
// tested natively (tests/core/view_state_test.cpp).

// Shows a view; the selection stays (it is shared by every view).
void select_view(ViewState& state, View view);
// A source clicked in the list: selects it and opens the reader at its start; clicking
// the selected source again clears it.
void toggle_source(ViewState& state, const std::string& source_id);
// Selects a claim (and clears the finding unless it is about that claim).
void select_claim(ViewState& state, const std::string& claim_id);
// A finding clicked: selects it and its claim; clicking the selected one again clears it.
void toggle_finding(ViewState& state, const Corpus& corpus, const std::string& finding_id);
// Selects a report or an event.
void select_report(ViewState& state, const std::string& report_id);
// "show in text": the Sources view, the mention's source, its claim selected, and the
// reader scrolled to the quote.
void show_in_text(ViewState& state, const Corpus& corpus, std::size_t mention_index);
// Opens a source in the reader at a byte offset (a date's quote on the timeline).
void show_offset(ViewState& state, const std::string& source_id, std::size_t offset);
// Esc: nothing selected.
void clear_selection(ViewState& state);
// Findings: only one kind ("value", "year", ...; empty for all).
void set_finding_kind(ViewState& state, std::string_view kind);

// The findings the Findings view lists, in the order it lists them: the selection's claim
// and source and the kind filter applied, the search matched against the finding's words
// and quotes; disagreements first, then checks, each most severe first (the story's order
// within one severity). The Overview and the page's mirror show the same list.
std::vector<const Finding*> findings_shown(const ViewState& state, const Corpus& corpus);
// The same from findings_ranked(corpus), made once per story by its caller.
std::vector<const Finding*> findings_shown(const ViewState& state, const Corpus& corpus,
                                           const std::vector<const Finding*>& ranked);
// The same list without the search and filters: the story's findings in that order.
std::vector<const Finding*> findings_ranked(const Corpus& corpus);
// What narrows the Findings list, one line each ("claim: capex-2025"), for the chips that
// clear them; the counts on screen always say how many of how many are shown.
struct FindingsFilter {
    std::string key;    // "claim", "source", "kind", "search"
    std::string value;  // the id, kind or text
};
std::vector<FindingsFilter> findings_filters(const ViewState& state);
// Clears one of them.
void clear_findings_filter(ViewState& state, std::string_view key);
// Compare: the two sources side by side (the left one is the selected source).
void set_compare_sources(ViewState& state, const std::string& left, const std::string& right);
// The user scrolled the reader: the offset of the text at the top is kept (for links).
void reader_scrolled(ViewState& state, long top_offset);

// The two sources Compare shows: the state's when they exist and differ, else the first
// two sources. Derived for drawing, never written back into the state.
struct SourcePair {
    const Source* left = nullptr;
    const Source* right = nullptr;
};
SourcePair compare_sources(const ViewState& state, const Corpus& corpus);

// [SECTION] Validation against a story --------------------------------------------------
// Makes `state` valid for `corpus`: unknown ids and out-of-range values fall back to their
// defaults. Returns one notice per value dropped ("claim: no claim “x” in this story").
// Used for links, for a story that replaces another, and after Back/Forward.
std::vector<std::string> validate_state(ViewState& state, const Corpus& corpus);

// [SECTION] The test hook's JSON ------------------------------------------------------------
// Facts about the running app that are not view state but that tests and the page
// want to see (how many frames were drawn, what failed to load).
struct AppStatus {
    unsigned long long frames_drawn = 0;
    std::string corpus_error;  // first load error, empty when the corpus loaded
    std::string notice;        // the message in the app bar, if any
    std::size_t pending_articles = 0;  // articles waiting in "Add sources"
    std::size_t dates_looking = 0;     // of those, the ones whose date the worker is still looking for
    bool building = false;             // a story is being built
    float build_progress = 0;          // how far (0..1)
    std::string dialog;                // the open dialog: "", "add-sources", "open-errors", "library", "share"
    std::size_t open_errors = 0;       // problems of a story file that could not be opened
    std::vector<std::string> open_error_list;  // the first of them, as the dialog words them
    std::vector<std::string> pending_problems;  // why each pending article cannot be used ("" when it can)
    bool idle = false;                 // settled, and no work under way (a story being built)
    bool settled = false;              // the screen is final: no input queued, no frame requested
    unsigned long long view_changes = 0;  // times the user changed the view (a click, a key)
    std::vector<std::string> script_fonts;  // font slices fetched for the story's scripts
    std::size_t missing_glyphs = 0;         // code points of the story no loaded font draws yet
    std::size_t base_glyphs_lacking = 0;    // base code points a face lacks (app/fonts.h: 0)
    // The longest piece of the app's own main-thread work since the page's last reset, in
    // ms: one frame's UI and story work (not WebGL drawing it), or one call from the page.
    double longest_work_ms = 0;
    std::string story_id;               // the story's id in the browser's library ("" if not kept)
    unsigned long long generation = 0;  // how many stories the app has shown (1: the first)
    std::vector<std::string> library;   // titles of the stories kept in the browser, newest first
    bool text_input = false;            // a text field has the keyboard (typed keys are text, not shortcuts)
    bool compact = false;               // the narrow-screen layout (below 800 CSS px: a phone, or 200% zoom)
};

// [SECTION] The Figures currency
// The currencies the story's money figures are stated in, the most used first, then those
// its stated rates convert to ("EUR", "USD"). Empty when the story has no money. Made once
// per story (StoryIndex::currencies), valid while the corpus is.
const std::vector<std::string>& story_currencies(const Corpus& corpus);
// The currency Figures draws in: the state's, or else the story's main one ("USD" when
// the story has no money at all).
std::string figures_currency(const ViewState& state, const Corpus& corpus);
// The same, given story_currencies(corpus) (a view that lists them already has them).
std::string figures_currency(const ViewState& state, const std::vector<std::string>& currencies);
// Picks the Figures currency; the story's main one is stored as the default (empty), so
// links stay short.
void set_currency(ViewState& state, const Corpus& corpus, std::string_view code);

// The JSON the page's `factlens.state()` returns: the view state, the counts of what is
// loaded, and the app status.
std::string state_json(const ViewState& state, const Corpus& corpus, const AppStatus& status);

}  // namespace factlens
