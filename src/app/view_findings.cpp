// The Findings view: every disagreement between sources and every arithmetic check, with
// the quotes side by side and a link to each place in the reader.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

#include "app/theme.h"
#include "app/items.h"
#include "app/view.h"

namespace factlens {

namespace {

std::string kind_label(FindingKind k) { return std::string(finding_kind_title(k)); }

// Continues the line with a widget `width` wide when it fits after the last one, else it
// starts the next line (chips that wrap).
void same_line_if_fits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
}


void draw_finding(ViewContext& ctx, const Finding& f) {
    ImGui::PushID(f.id.c_str());
    const bool selected = ctx.state.selection.finding == f.id;
    const Claim* claim = story_index(ctx.corpus).claim(f.claim);
    const ImVec4 status = is_check(f.kind) ? (f.agrees ? ImVec4(0.1f, 0.5f, 0.2f, 1) : theme::kError) : ImVec4(0.75f, 0.35f, 0.0f, 1);

    // A card: the group's rectangle gets a border and a strip in the claim's colour.
    ImGui::Indent(12.0f);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::BeginGroup();
    // Opened from a link or the Overview: the card scrolls into view. The cards above it
    // are measured only as they are drawn (until then their heights are estimates, and a
    // phone wraps them taller), so the card's place moves over the next frames: it is
    // scrolled to again until its place has held for a few frames, or the user scrolls.
    struct Arrival {
        std::string id;
        float y = 0, scroll = -1;  // the card's place, and the scroll our request gave (-1: not seen yet)
        int held = 0;              // frames the place has held
    };
    static Arrival arrival;
    constexpr int kHeldFrames = 3;
    if (selected) {
        const float y = ImGui::GetCursorPosY(), scroll = ImGui::GetScrollY();
        if (arrival.id != f.id) {
            arrival = Arrival{f.id, y};
            ImGui::SetScrollHereY(0.1f);
        } else if (arrival.held < kHeldFrames) {
            if (arrival.scroll < 0) {
                arrival.scroll = scroll;
            } else if (scroll != arrival.scroll) {
                arrival.held = kHeldFrames;  // the user scrolled: theirs from now on
            } else if (std::abs(y - arrival.y) > 0.5f) {
                arrival = Arrival{f.id, y};
                ImGui::SetScrollHereY(0.1f);
            } else {
                ++arrival.held;
            }
        }
        if (arrival.held < kHeldFrames) ctx.more_frames = true;
    } else if (ctx.state.selection.finding.empty()) {
        arrival = Arrival{};
    }
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextColored(status, "%s", kind_label(f.kind).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextColored(status, "%s", is_check(f.kind) ? (f.agrees ? "= agrees" : "\u2260 does not agree") : "sources differ");
    ImGui::SameLine();
    if (claim && !ctx.compact) ImGui::Text("\u2014 %s \u2014 %s", claim->subject.c_str(), claim->measure.c_str());
    const char* select_label = selected ? "selected" : "select";
    const float select_w = ImGui::CalcTextSize(select_label).x + 24.0f;
    // On a narrow screen the claim's name goes on a line of its own, never under the button.
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - select_w);
    const bool toggle = link_button(select_label);
    items::name_item("finding/" + f.id + "/select", selected ? "selected" : "select");
    if (toggle) toggle_finding(ctx.state, ctx.corpus, f.id);
    ImGui::PushTextWrapPos(0.0f);
    if (claim && ctx.compact) ImGui::TextUnformatted(claim_name(*claim).c_str());
    if (!f.reason.empty()) ImGui::TextUnformatted(f.reason.c_str());
    // A check's working, in figures (a disagreement's reason already says it all).
    if (is_check(f.kind) && f.detail != f.reason) {
        ImGui::PushFont(ctx.fonts.mono);
        ImGui::TextDisabled("%s", f.detail.c_str());
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();

    // The quotes side by side, one column per mention.
    // A finding over many mentions shows its first quotes; the rest are a count (the
    // Claims view lists them all).
    constexpr std::size_t kQuotesShown = 8;
    const std::size_t quotes = std::min(f.mentions.size(), kQuotesShown);
    // Side by side on a wide screen; one under another on a narrow one.
    const int cols = ctx.compact ? (quotes > 0 ? 1 : 0) : static_cast<int>(std::min<std::size_t>(quotes, 4));
    if (cols > 0 && ImGui::BeginTable("quotes", cols, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        for (std::size_t k = 0; k < quotes; ++k) {
            if (k % static_cast<std::size_t>(cols) == 0) ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(static_cast<int>(k % static_cast<std::size_t>(cols)));
            const std::size_t mi = f.mentions[k];
            const Mention& m = ctx.corpus.mentions[mi];
            ImGui::PushID(static_cast<int>(k));
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(source_colour(ctx.corpus, m.source)), "%s", shown(source_name(ctx.corpus, m.source)).c_str());
            ImGui::PopTextWrapPos();
            // The quote, marked when its finding is selected or it is the one a link names.
            const bool marked = selected || ctx.state.mention == static_cast<long>(mi);
            const ImVec2 q0 = ImGui::GetCursorScreenPos();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(("\u201C" + m.quote.exact + "\u201D").c_str());
            ImGui::PopTextWrapPos();
            const ImVec2 q1 = ImGui::GetItemRectMax();
            if (marked)
                ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(q0.x - 2, q0.y), ImVec2(q1.x + 2, q1.y), IM_COL32(255, 214, 0, 70), 2.0f);
            items::add_item("quote/" + std::to_string(mi), m.quote.exact, q0, q1, marked);
            // Whom this source credits it to, in its own words (an attribution finding).
            if (k < f.credits.size() && !f.credits[k].exact.empty()) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextDisabled("credited: \u201C%s\u201D", f.credits[k].exact.c_str());
                ImGui::PopTextWrapPos();
                items::add_item("credit/" + std::to_string(mi), f.credits[k].exact, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), false);
            }
            // What can be done with it, under it, so a narrow column never cuts a button.
            show_in_text_button(ctx, mi);
            copy_quote_button(ctx, mi);
            article_link_button(ctx.corpus, mi);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (f.mentions.size() > quotes)
        ImGui::TextDisabled("and %zu more quotes (select the claim and open Claims to see them all)", f.mentions.size() - quotes);
    ImGui::EndGroup();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    dl->AddRect(ImVec2(a.x - 10, a.y - 6), ImVec2(right, b.y + 6), selected ? IM_COL32(28, 92, 158, 255) : IM_COL32(210, 205, 195, 255),
                4.0f, 0, selected ? 2.0f : 1.0f);
    dl->AddRectFilled(ImVec2(a.x - 10, a.y - 6), ImVec2(a.x - 6, b.y + 6), claim_colour(ctx.corpus, f.claim));
    items::add_item("finding/" + f.id, f.detail, ImVec2(a.x - 10, a.y - 6), ImVec2(right, b.y + 6), selected);
    ImGui::Unindent(12.0f);
    ImGui::Dummy(ImVec2(0, 8));
    ImGui::PopID();
}

}  // namespace

void draw_findings_view(ViewContext& ctx) {
    search_box(ctx, "Filter findings (Ctrl+F)", ctx.compact ? ImGui::GetContentRegionAvail().x : 260.0f);
    const std::size_t disagreements = ctx.overview.disagreements, checks = ctx.overview.checks, failed = ctx.overview.failed_checks;
    // The filtered list is made when the story or a filter changes, not every frame (a large
    // story has tens of thousands of findings). It lists disagreements first, then checks
    // and updates (findings_shown): the two halves are its two ranges.
    static std::vector<const Finding*> list;
    static std::size_t checks_from = 0;
    static std::uint64_t list_key = 0;
    const std::uint64_t shown_key = layout_key({ctx.state.finding_kind, ctx.state.search, ctx.state.selection.claim, ctx.state.selection.source,
                                                std::to_string(ctx.corpus.findings.size()), std::to_string(ctx.generation)},
                                               0.0f);
    if (shown_key != list_key) {
        list_key = shown_key;
        list = findings_shown(ctx.state, ctx.corpus, ctx.ranked);
        checks_from = static_cast<std::size_t>(
            std::find_if(list.begin(), list.end(), [](const Finding* f) { return is_check(f->kind); }) - list.begin());
    }
    if (!ctx.compact) ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s, %s (%zu do not agree) \u00B7 showing %zu of %zu, most severe first",
                        count_words(disagreements, "disagreement", "disagreements").c_str(),
                        count_words(checks, "check", "checks").c_str(), failed, list.size(), ctx.corpus.findings.size());
    ImGui::PopTextWrapPos();
    // Every filter in force, each with one click to clear it, so the counts always add up.
    for (const FindingsFilter& filter : findings_filters(ctx.state)) {
        if (filter.key == "search") continue;  // the search box shows its own
        const std::string what = findings_filter_name(ctx.corpus, filter);
        const std::string label = ellipsized("only " + what, ImGui::GetContentRegionAvail().x - 30) + " \u00D7";
        same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 8);
        const bool clear = link_button(label.c_str());
        items::name_item("filter/" + filter.key + "/clear", "clear the filter: only " + what);
        if (clear) clear_findings_filter(ctx.state, filter.key);
    }
    // The kinds the story has, as chips: one click shows only that kind.
    ImGui::TextDisabled("Kind:");
    for (FindingKind k : story_index(ctx.corpus).finding_kinds()) {
        const std::string label = kind_label(k);
        const bool on = ctx.state.finding_kind == finding_kind_name(k);
        same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const bool clicked = ImGui::SmallButton((label + "##kind").c_str());
        if (on) ImGui::PopStyleColor();
        items::name_item("kind/" + std::string(finding_kind_name(k)), label, on);
        if (clicked) set_finding_kind(ctx.state, on ? std::string_view() : finding_kind_name(k));
    }
    ImGui::BeginChild("findings", ImVec2(0, 0), false);
    // Only the cards on screen are drawn (a large story has tens of thousands).
    static VirtualRows rows[2];
    const std::string& focus = items::focus();
    // A quote's button with the keyboard's focus keeps its card drawn, so it can be ringed.
    std::optional<std::size_t> focus_mention;
    for (std::string_view prefix : {"copy-quote/", "show-in-text/"})
        if (focus.starts_with(prefix)) focus_mention = parse_index(std::string_view(focus).substr(prefix.size()));
    const std::uint64_t key = layout_key({std::to_string(shown_key)}, ImGui::GetContentRegionAvail().x);
    for (int pass = 0; pass < 2; ++pass) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted(pass == 0 ? "Where sources disagree" : "Arithmetic checks and updates");
        ImGui::PopFont();
        const std::span<const Finding* const> these =
            pass == 0 ? std::span<const Finding* const>(list).first(checks_from) : std::span<const Finding* const>(list).subspan(checks_from);
        rows[pass].draw(
            these.size(), key, 160.0f, [&](std::size_t i) { draw_finding(ctx, *these[i]); },
            [&](std::size_t i) {
                const Finding& f = *these[i];
                return f.id == ctx.state.selection.finding ||
                       (focus_mention && std::find(f.mentions.begin(), f.mentions.end(), *focus_mention) != f.mentions.end()) ||
                       (focus.size() > 8 && focus.starts_with("finding/") && focus.compare(8, f.id.size(), f.id) == 0);
            },
            layout_key({ctx.state.selection.finding, focus}, 0.0f));
        if (these.empty()) ImGui::TextDisabled(list.empty() && !ctx.corpus.findings.empty() ? "None with these filters." : "None.");
        ImGui::Spacing();
    }
    ImGui::EndChild();
}

}  // namespace factlens
