// What every view draws from: the read-only model, the one piece of selection state,
// and the fonts. A view changes only `state`; views never call each other.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/rich_text.h"
#include "core/model.h"
#include "core/mirror.h"
#include "core/names.h"
#include "core/text.h"
#include "core/story_index.h"
#include "core/view_state.h"

namespace factlens {

struct ViewContext {
    const Corpus& corpus;
    ViewState& state;
    const Fonts& fonts;
    // Made once per story by the app (not per frame): the Overview's summary, and the
    // findings in the order Findings lists them.
    const Overview& overview;
    const std::vector<const Finding*>& ranked;
    bool focus_search = false;  // Ctrl+F this frame: the view's search box takes focus
    bool search_edited = false; // the search text changed this frame
    // "Copy quote" clicked this frame: the mention whose words and citation the app copies
    // (with a link to them, which only the app can make).
    std::optional<std::size_t> copy_mention;
    // "Copy with its source" on a selection in the reader: those bytes of that source.
    struct Words {
        std::string source;
        std::size_t start = 0, end = 0;
    };
    std::optional<Words> copy_words;
    unsigned long long generation = 0;  // changes whenever another story replaces the one on screen
    bool compact = false;        // a narrow screen (a phone, or a desktop at 200% zoom): one column
    bool more_frames = false;    // the view is still settling (a scroll to a card): draw the next frame too
};

// One function per view, each in its own file (view_<name>.cpp).
void draw_overview_view(ViewContext& ctx);
void draw_timeline_view(ViewContext& ctx);
void draw_figures_view(ViewContext& ctx);
void draw_sources_view(ViewContext& ctx);
void draw_claims_view(ViewContext& ctx);
void draw_findings_view(ViewContext& ctx);
void draw_compare_view(ViewContext& ctx);

// [SECTION] Shared bits of the views -------------------------------------------------


// A claim's colour, the same in every view (highlights, bars, chips).
ImU32 claim_colour(const Corpus& corpus, std::string_view claim_id, float alpha = 1.0f);
// A source's colour (marks on figures, lanes).
ImU32 source_colour(const Corpus& corpus, std::string_view source_id, float alpha = 1.0f);

// Selection changes go through the core's rules (core/view_state.h: select_claim,
// show_in_text, toggle_finding, ...); views never assign the selection themselves.

// A search box bound to state.search; takes focus when ctx.focus_search.
bool search_box(ViewContext& ctx, const char* hint, float width = 220.0f);

// A one-line label as it is drawn: Arabic and Hebrew in display order (core/shaping.h),
// anything else unchanged.
std::string shown(std::string_view label);

// `text` as it fits in `width` pixels of the current font on one line: whole, or cut at a
// code point and ended with "…".
std::string ellipsized(std::string_view text, float width);
// Text on one line that ends in "…" when it does not fit the space left on the line, with
// the whole text on hover.
void text_ellipsized(std::string_view text, bool disabled = false);

// A small link-styled button; returns true when clicked.
bool link_button(const char* label);

// "copy article link" beside a mention, when its source has a URL: copies a link to its
// words in the original article (#:~:text=...). Named "article-link/<mention index>".
void article_link_button(const Corpus& corpus, std::size_t mention_index);
// "show in text" (or another label) beside a mention: opens the reader at its quote with
// its claim selected. Named "show-in-text/<mention index>".
void show_in_text_button(ViewContext& ctx, std::size_t mention_index, const char* label = "show in text");

// "Copy quote" beside a quote: asks the app to copy its exact words with a citation.
// Named "copy-quote/<mention index>".
void copy_quote_button(ViewContext& ctx, std::size_t mention_index);

// A tooltip with wrapped text.
void wrapped_tooltip(const char* text);

// Highlights every (non-overlapping, case-insensitive) match of `query` in `text` as a
// search span; returns how many, and sets *first to the first match's offset.
std::size_t add_search_spans(std::string_view text, std::string_view query, std::vector<TextSpan>& spans,
                             std::size_t* first = nullptr);

// Rows of a long list drawn only when on screen (a story of 10,000 sources has 100,000
// claims and as many findings): each row's height is measured when it is drawn and kept,
// and rows off screen are passed over as space of that height (`estimate` until drawn once),
// so the scroll bar and the rows' places stay right. Must be in a window that scrolls (a
// child). `key` names the list and the width it is laid out at: a new key forgets the
// heights. Rows for which `keep(i)` is true are always drawn (the selected one, which
// scrolls itself into view, and the one with the keyboard's focus). `keep` is asked of
// every row only when `key` or `keep_key` (a hash of what it reads: the selection, the
// focus) changes, not every frame: the rows it keeps are remembered.
class VirtualRows {
public:
    template <class Draw, class Keep>
    void draw(std::size_t count, std::uint64_t key, float estimate, Draw&& row, Keep&& keep, std::uint64_t keep_key) {
        layout(count, key, estimate, keep, keep_key);
        const float spacing = ImGui::GetStyle().ItemSpacing.y;
        const float margin = ImGui::GetWindowHeight() * 0.5f;
        const float top = ImGui::GetScrollY() - margin, bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + margin;
        float y = ImGui::GetCursorPosY(), gap = 0;
        const auto skip = [&] {
            if (gap > 0) ImGui::Dummy(ImVec2(0.0f, std::max(0.0f, gap - spacing)));
            gap = 0;
        };
        drawn_ = 0;
        std::size_t next_kept = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const float h = heights_[i];
            if ((y + h < top || y > bottom) && !kept(i, next_kept)) {
                gap += h;
                y += h;
                continue;
            }
            skip();
            const float before = ImGui::GetCursorPosY();
            row(i);
            heights_[i] = std::max(1.0f, ImGui::GetCursorPosY() - before);
            y = ImGui::GetCursorPosY();
            ++drawn_;
        }
        skip();
    }
    // The same for the rows of a table (between BeginTable and EndTable; it starts each
    // row with TableNextRow): rows off screen become one empty row as tall as they are.
    template <class Draw, class Keep>
    void draw_table(std::size_t count, std::uint64_t key, float estimate, Draw&& row, Keep&& keep, std::uint64_t keep_key) {
        layout(count, key, estimate, keep, keep_key);
        const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
        const float margin = (clip.Max.y - clip.Min.y) * 0.5f;
        const float top = clip.Min.y - margin, bottom = clip.Max.y + margin;
        float y = ImGui::GetCursorScreenPos().y, gap = 0;
        std::size_t last = count;  // the row drawn last, measured when the next one starts
        float last_top = 0;
        const auto start_row = [&](float min_height) {
            ImGui::TableNextRow(0, min_height);
            const float t = ImGui::GetCurrentTable()->RowPosY1;
            if (last < count) heights_[last] = std::max(1.0f, t - last_top);
            last = count;
            return t;
        };
        drawn_ = 0;
        std::size_t next_kept = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const float h = heights_[i];
            if ((y + h < top || y > bottom) && !kept(i, next_kept)) {
                gap += h;
                y += h;
                continue;
            }
            if (gap > 0) start_row(gap);
            gap = 0;
            last_top = start_row(0.0f);
            last = i;
            row(i);
            y = last_top + heights_[i];
            ++drawn_;
        }
        if (gap > 0) start_row(gap);
    }
    std::size_t drawn() const { return drawn_; }  // rows drawn in the last frame

private:
    // A new list (or width) starts again from the estimate; a new list or keep_key asks
    // `keep` again.
    template <class Keep>
    void layout(std::size_t count, std::uint64_t key, float estimate, Keep& keep, std::uint64_t keep_key) {
        const bool same = key == key_ && heights_.size() == count;
        if (!same) {
            key_ = key;
            heights_.assign(count, estimate);
        }
        if (same && keep_key == keep_key_) return;
        keep_key_ = keep_key;
        kept_.clear();
        for (std::size_t i = 0; i < count; ++i)
            if (keep(i)) kept_.push_back(i);
    }
    // Whether row i is kept; rows are asked in order, `next` walks kept_ along with them.
    bool kept(std::size_t i, std::size_t& next) const {
        while (next < kept_.size() && kept_[next] < i) ++next;
        return next < kept_.size() && kept_[next] == i;
    }
    std::uint64_t key_ = ~0ull, keep_key_ = ~0ull;
    std::vector<float> heights_;
    std::vector<std::size_t> kept_;  // the rows `keep` keeps, in order
    std::size_t drawn_ = 0;
};

// A hash of the things a list's layout depends on (VirtualRows' key).
std::uint64_t layout_key(std::initializer_list<std::string_view> parts, float width);

}  // namespace factlens
