// What every view draws from: the read-only model, the one piece of selection state,
// and the fonts. A view changes only `state`; views never call each other.
#pragma once

#include <imgui.h>

#include "app/fonts.h"
#include "app/rich_text.h"
#include "core/model.h"
#include "core/story_index.h"
#include "core/view_state.h"

namespace factlens {

struct ViewContext {
    const Corpus& corpus;
    ViewState& state;
    const Fonts& fonts;
    bool focus_search = false;  // Ctrl+F this frame: the view's search box takes focus
    bool search_edited = false; // the search text changed this frame
};

// One function per view, each in its own file (view_<name>.cpp).
void draw_timeline_view(ViewContext& ctx);
void draw_figures_view(ViewContext& ctx);
void draw_sources_view(ViewContext& ctx);
void draw_claims_view(ViewContext& ctx);
void draw_findings_view(ViewContext& ctx);
void draw_compare_view(ViewContext& ctx);

// [SECTION] Shared bits of the views -------------------------------------------------

// The loaded story's index (core/story_index.h), built once per load: the app hands it
// over whenever it replaces the story, and the views look ids, a claim's mentions and
// findings up in it instead of walking the arrays every frame. story_index() gives the
// index of `corpus`: the one handed over when it is that corpus's, else one built for it
// here (and kept until another corpus is asked for).
void use_story_index(const StoryIndex* index);
const StoryIndex& story_index(const Corpus& corpus);

// A claim's colour, the same in every view (highlights, bars, chips).
ImU32 claim_colour(const Corpus& corpus, std::string_view claim_id, float alpha = 1.0f);
// A source's colour (marks on figures, lanes).
ImU32 source_colour(const Corpus& corpus, std::string_view source_id, float alpha = 1.0f);

// Selection changes go through the core's rules (core/view_state.h: select_claim,
// show_in_text, toggle_finding, ...); views never assign the selection themselves.

// A search box bound to state.search; takes focus when ctx.focus_search.
bool search_box(ViewContext& ctx, const char* hint, float width = 220.0f);

// What the screen calls a source: its outlet ("Reuters"), with its date when another source
// of the story has the same outlet ("Reuters, 2025-01-23"); its title when the outlet is not
// known; its id only when it has neither. Ids stay in links and items(), not in sentences.
std::string source_name(const Corpus& corpus, std::string_view source_id);
// What "credited to" names: a report's outlet and label, or a source's name; else the words.
std::string attribution_name(const Corpus& corpus, std::string_view attribution);

// A one-line label as it is drawn: Arabic and Hebrew in display order (core/shaping.h),
// anything else unchanged.
std::string shown(std::string_view label);

// A small link-styled button; returns true when clicked.
bool link_button(const char* label);

// "copy article link" beside a mention, when its source has a URL: copies a link to its
// words in the original article (#:~:text=...). Named "article-link/<mention index>".
void article_link_button(const Corpus& corpus, std::size_t mention_index);
// "show in text" (or another label) beside a mention: opens the reader at its quote with
// its claim selected. Named "show-in-text/<mention index>".
void show_in_text_button(ViewContext& ctx, std::size_t mention_index, const char* label = "show in text");

// A tooltip with wrapped text.
void wrapped_tooltip(const char* text);

// Highlights every (non-overlapping, case-insensitive) match of `query` in `text` as a
// search span; returns how many, and sets *first to the first match's offset.
std::size_t add_search_spans(std::string_view text, std::string_view query, std::vector<TextSpan>& spans,
                             std::size_t* first = nullptr);

// Case-insensitive ASCII substring search.
bool contains_ci(std::string_view haystack, std::string_view needle);

}  // namespace factlens
