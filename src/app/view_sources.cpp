// The Sources view: the documents we hold, and a reader that highlights every mention in
// its claim's colour. Clicking a highlight selects the claim; the search box finds text.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "app/rich_text.h"
#include "app/theme.h"
#include "app/items.h"
#include "app/view.h"
#include "core/analysis.h"
#include "core/text.h"

namespace factlens {

namespace {

// A lede used as a title can run to a paragraph; the list shows its start.
constexpr std::size_t kTitleMaxCodePoints = 110;

// A table of outlet, title and length; on a narrow screen one column of cards: the outlet,
// then the title, then its kind and date.
void draw_source_list(ViewContext& ctx) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const bool cards = ctx.compact;
    if (!ImGui::BeginTable("sources", cards ? 1 : 3, flags)) return;
    if (!cards) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthFixed, 110.0f);
        ImGui::TableSetupColumn("Title or first line", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Length", ImGuiTableColumnFlags_WidthFixed, 80.0f);
        ImGui::TableHeadersRow();
    }
    const int title_column = cards ? 0 : 1;
    // The search narrows the list: found once per story and search, not every frame.
    static std::vector<const Source*> list;
    static std::uint64_t list_key = 0;
    const std::uint64_t key = layout_key({std::to_string(ctx.generation), ctx.state.search}, 0.0f);
    if (key != list_key) {
        list_key = key;
        list.clear();
        for (const Source& s : ctx.corpus.sources)
            if (contains_ci(s.text, ctx.state.search)) list.push_back(&s);
    }
    // Only the rows on screen are drawn (a large story has thousands of sources).
    static VirtualRows rows;
    const std::string& focus = items::focus();
    rows.draw_table(list.size(), layout_key({std::to_string(key), cards ? "cards" : ""}, ImGui::GetContentRegionAvail().x),
                    3 * ImGui::GetTextLineHeightWithSpacing(), [&](std::size_t i) {
        const Source& s = *list[i];
        ImGui::PushID(s.id.c_str());
        // Measure the wrapped title first so the selectable covers the whole row.
        ImGui::TableSetColumnIndex(title_column);
        const std::string title = shown(clip_code_points(s.display_title(), kTitleMaxCodePoints));
        const float title_h = ImGui::CalcTextSize(title.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
        const float row_h = title_h + ImGui::GetTextLineHeightWithSpacing() * (cards ? 2.0f : 1.0f);

        ImGui::TableSetColumnIndex(0);
        const bool selected = ctx.state.selection.source == s.id;
        if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0, row_h)))
            toggle_source(ctx.state, s.id);
        items::name_item("source/" + s.id, s.display_outlet() + ": " + title, selected);
        ImGui::SameLine(0, 0);
        if (cards) ImGui::BeginGroup();
        if (s.outlet.empty()) ImGui::TextDisabled("unknown outlet");
        else ImGui::TextColored(theme::kAccent, "%s", shown(s.outlet).c_str());

        if (!cards) ImGui::TableSetColumnIndex(title_column);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("%s%s%s", std::string(source_kind_name(s.kind)).c_str(), s.published ? " \u00B7 " : "",
                            s.published ? s.published->iso().c_str() : "");
        if (cards) ImGui::EndGroup();
        if (!cards) {
            ImGui::TableSetColumnIndex(2);
            ImGui::Text("%zu chars", count_code_points(s.text));
        }
        ImGui::PopID();
    }, [&](std::size_t i) {
        const std::string& id = list[i]->id;
        return id == ctx.state.selection.source || (focus.size() == id.size() + 7 && focus.starts_with("source/") && focus.ends_with(id));
    }, layout_key({ctx.state.selection.source, focus}, 0.0f));
    ImGui::EndTable();
}

std::string cited(const Corpus& corpus, const CitedQuote& q) {
    return "\u201C" + q.quote.exact + "\u201D (" + source_name(corpus, q.source) + ")";
}

void draw_source_facts(ViewContext& ctx, const Source& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s \u00B7 %s \u00B7 %zu chars", source_name(ctx.corpus, s.id).c_str(), std::string(source_kind_name(s.kind)).c_str(),
                        count_code_points(s.text));
    if (!s.outlet.empty()) {
        ImGui::Text("Outlet: %s (%s)", s.outlet.c_str(), s.outlet_inferred ? "inferred" : "stated");
        if (ImGui::IsItemHovered()) {
            std::string why = s.outlet_reason;
            for (const auto& e : s.outlet_evidence) why += (why.empty() ? "" : "\n") + cited(ctx.corpus, e);
            if (!why.empty()) wrapped_tooltip(why.c_str());
        }
    } else {
        ImGui::TextDisabled("Outlet: not known%s%s", s.outlet_reason.empty() ? "" : " \u2014 ", s.outlet_reason.c_str());
    }
    if (s.published) {
        ImGui::Text("Published: %s (%s precision)", s.published->display().c_str(),
                    std::string(precision_name(s.published->precision)).c_str());
        if (ImGui::IsItemHovered()) {
            std::string why = s.published_reason;
            for (const auto& e : s.published_evidence) why += (why.empty() ? "" : "\n") + cited(ctx.corpus, e);
            if (!why.empty()) wrapped_tooltip(why.c_str());
        }
    }
    if (!s.derived_from.empty()) {
        ImGui::TextUnformatted("Derived from:");
        for (const auto& rid : s.derived_from) {
            ImGui::SameLine();
            const Report* r = story_index(ctx.corpus).report(rid);
            if (link_button((r ? r->label : rid).c_str())) select_report(ctx.state, rid);
            items::name_item("derived-from/" + rid, r ? r->label : rid);
        }
    }
    ImGui::PopTextWrapPos();
}

void draw_reader(ViewContext& ctx) {
    const Source* s = story_index(ctx.corpus).source(ctx.state.selection.source);
    if (!s) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted(ctx.corpus.title.empty() ? "Sources" : shown(ctx.corpus.title).c_str());
        ImGui::PopFont();
        ImGui::TextDisabled("%zu sources, %zu claims, %zu mentions. Select a source on the left to read it.",
                            ctx.corpus.sources.size(), ctx.corpus.claims.size(), ctx.corpus.mentions.size());
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(shown(s->display_title()).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    draw_source_facts(ctx, *s);

    // Spans: every mention in its claim's colour (the selected claim stronger), then
    // search matches on top.
    std::vector<TextSpan> spans;
    std::vector<std::size_t> span_mention;
    std::unordered_map<std::string, int> nth;  // mentions of each claim so far, for "mark/<claim>/<n>"
    for (std::size_t i = 0; i < ctx.corpus.mentions.size(); ++i) {
        const Mention& m = ctx.corpus.mentions[i];
        if (m.source != s->id) continue;
        const bool selected = m.claim == ctx.state.selection.claim;
        // The quote "show in text" or a link landed on: marked, over its claim's colour.
        const bool marked = static_cast<long>(i) == ctx.state.mention;
        TextSpan span{m.quote.start, m.quote.end,
                      marked ? IM_COL32(255, 200, 0, 170) : claim_colour(ctx.corpus, m.claim, selected ? 0.45f : 0.18f),
                      marked ? IM_COL32(150, 90, 0, 255) : selected ? claim_colour(ctx.corpus, m.claim) : 0,
                      static_cast<int>(span_mention.size()),
                      "mark/" + m.claim + "/" + std::to_string(nth[m.claim]++)};
        spans.push_back(std::move(span));
        span_mention.push_back(i);
    }
    // Shorter spans last, so a quote inside a longer one stays visible and clickable.
    std::vector<std::size_t> order(spans.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return spans[a].end - spans[a].start > spans[b].end - spans[b].start;
    });
    std::vector<TextSpan> sorted;
    for (std::size_t k : order) sorted.push_back(spans[k]);
    std::size_t first_match = static_cast<std::size_t>(-1);
    const std::string& q = ctx.state.search;
    if (!q.empty()) {
        const std::size_t matches = add_search_spans(s->text, q, sorted, &first_match);
        if (matches) ImGui::TextDisabled("\u201C%s\u201D: %zu match%s in this text", q.c_str(), matches, matches == 1 ? "" : "es");
        else ImGui::TextColored(theme::kError, "\u201C%s\u201D is not in this text", q.c_str());
    }
    ImGui::Separator();

    ImGui::BeginChild("text", ImVec2(0, 0), false);
    ImGui::PushFont(ctx.fonts.reading);
    if (ctx.search_edited && first_match != static_cast<std::size_t>(-1)) {
        ctx.state.reader_at = static_cast<long>(first_match);
        ctx.state.reader_scroll = true;
    }
    std::size_t scroll_to = static_cast<std::size_t>(-1);
    if (ctx.state.reader_scroll) scroll_to = ctx.state.reader_at < 0 ? 0 : static_cast<std::size_t>(ctx.state.reader_at);
    const RichTextResult r = draw_rich_text(s->text, sorted, scroll_to);
    if (r.cite_selection && text_selection().in(s->text))
        ctx.copy_words = ViewContext::Words{s->id, text_selection().start(), text_selection().end()};
    // The position in view is part of the state (and of the link), but only the user moves
    // it: a scroll we asked for (a link, "show in text") lands over the next frames and is
    // not read back; any other change of the scroll position is the user's (wheel,
    // scrollbar, keys, touch).
    static float seen_scroll_y = 0.0f;
    static int frames_to_land = 0;
    const float scroll_y = ImGui::GetScrollY();
    if (ctx.state.reader_scroll) {
        ctx.state.reader_scroll = false;  // the one-shot request is consumed (it is not in the link)
        frames_to_land = 2;
    } else if (frames_to_land > 0) {
        --frames_to_land;
        seen_scroll_y = scroll_y;
    } else if (scroll_y != seen_scroll_y) {
        seen_scroll_y = scroll_y;
        reader_scrolled(ctx.state, scroll_y > 0 ? static_cast<long>(r.top_offset) : -1);
    }
    ImGui::PopFont();
    if (r.hovered >= 0) {
        const Mention& m = ctx.corpus.mentions[span_mention[static_cast<std::size_t>(r.hovered)]];
        const Claim* c = story_index(ctx.corpus).claim(m.claim);
        std::string tip = c ? claim_name(*c) : m.claim;
        if (m.value) tip += "\nStated: " + m.value->display();
        if (m.converted) tip += " (" + m.converted->display() + ")";
        if (!m.period.empty()) tip += "\nPeriod: \u201C" + m.period + "\u201D";
        if (!m.scope.empty()) tip += "\nScope: " + m.scope;
        tip += "\nClaim " + m.claim + " \u2014 click to select";
        wrapped_tooltip(tip.c_str());
    }
    if (r.clicked >= 0) select_claim(ctx.state, ctx.corpus.mentions[span_mention[static_cast<std::size_t>(r.clicked)]].claim);
    ImGui::EndChild();
}

}  // namespace

void draw_sources_view(ViewContext& ctx) {
    if (ctx.compact) {
        // One column: the list, or the text chosen from it with a way back.
        ctx.search_edited = search_box(ctx, "Find in the texts", ImGui::GetContentRegionAvail().x);
        const Source* s = story_index(ctx.corpus).source(ctx.state.selection.source);
        if (s) {
            const bool back = link_button("\u2039 All sources");
            items::name_item("sources/back", "All sources");
            if (back) toggle_source(ctx.state, s->id);
        }
        ImGui::BeginChild(s ? "reader" : "source-list", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
        if (s) draw_reader(ctx);
        else draw_source_list(ctx);
        ImGui::EndChild();
        return;
    }
    ctx.search_edited = search_box(ctx, "Find in the texts (Ctrl+F)", 260.0f);
    ImGui::SameLine();
    ImGui::TextDisabled("Highlights are claims: hover to see one, click to select it.");
    const float list_width = ImGui::GetContentRegionAvail().x * 0.36f;
    ImGui::BeginChild("source-list", ImVec2(list_width, 0), true);
    draw_source_list(ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("reader", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_reader(ctx);
    ImGui::EndChild();
}

}  // namespace factlens
