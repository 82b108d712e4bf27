// The Claims view: every claim in a sortable, filterable table (value, period, how many
// sources state it, findings). The selected claim's row opens to its mentions and quotes.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "app/theme.h"
#include "app/items.h"
#include "app/view.h"
#include "core/analysis.h"

namespace factlens {

namespace {

struct Row {
    const Claim* claim;
    std::string value;
    double sort_value;
    std::size_t sources;
    std::size_t findings;
    std::vector<std::size_t> mentions;
};

std::vector<Row> build_rows(const ViewContext& ctx) {
    std::vector<Row> rows;
    const StoryIndex& index = story_index(ctx.corpus);  // a claim's mentions, sources and findings
    for (const Claim& c : ctx.corpus.claims) {
        Row r{&c, c.value ? c.value->display() : std::string("\u2014"), 0, 0, 0, {}};
        if (c.value) r.sort_value = money_value(ctx.corpus, index, *c.value, "USD").value_or(c.value->mid());
        bool match = contains_ci(c.id, ctx.state.search) || contains_ci(c.subject, ctx.state.search) ||
                     contains_ci(c.measure, ctx.state.search);
        const auto ms = index.mentions_of(c.id);
        r.mentions.assign(ms.begin(), ms.end());
        for (std::size_t i : r.mentions) match = match || contains_ci(ctx.corpus.mentions[i].quote.exact, ctx.state.search);
        r.findings = index.findings_of(c.id).size();
        r.sources = index.source_count(c.id);
        if (match) rows.push_back(std::move(r));
    }
    return rows;
}

// Sorts when the rows are new or the user clicked a column header.
void sort_rows(std::vector<Row>& rows, bool fresh) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0 || !(fresh || specs->SpecsDirty)) return;
    specs->SpecsDirty = false;
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        int cmp = 0;
        switch (s.ColumnIndex) {
            case 0: cmp = a.claim->subject.compare(b.claim->subject); if (!cmp) cmp = a.claim->measure.compare(b.claim->measure); break;
            case 1: cmp = a.sort_value < b.sort_value ? -1 : a.sort_value > b.sort_value ? 1 : 0; break;
            case 2: cmp = a.claim->period.compare(b.claim->period); break;
            case 3: cmp = static_cast<int>(a.sources) - static_cast<int>(b.sources); break;
            case 4: cmp = static_cast<int>(a.findings) - static_cast<int>(b.findings); break;
            default: break;
        }
        return asc ? cmp < 0 : cmp > 0;
    });
}

// On a narrow screen: each mention as a card in the claim's column, its facts one under another.
void draw_mentions_compact(ViewContext& ctx, const Row& row) {
    for (std::size_t i : row.mentions) {
        const Mention& m = ctx.corpus.mentions[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Indent(12.0f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(source_colour(ctx.corpus, m.source)), "%s", shown(source_name(ctx.corpus, m.source)).c_str());
        ImGui::TextUnformatted(("\u201C" + m.quote.exact + "\u201D").c_str());
        if (!m.period.empty()) ImGui::TextDisabled("period: %s", m.period.c_str());
        ImGui::PopTextWrapPos();
        show_in_text_button(ctx, i, "in text");
        copy_quote_button(ctx, i);
        ImGui::Unindent(12.0f);
        ImGui::TableSetColumnIndex(1);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(m.value ? m.value->display().c_str() : "");
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void draw_mentions(ViewContext& ctx, const Row& row) {
    if (ctx.compact) {
        draw_mentions_compact(ctx, row);
        return;
    }
    for (std::size_t i : row.mentions) {
        const Mention& m = ctx.corpus.mentions[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Indent(18.0f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(source_colour(ctx.corpus, m.source)), "%s", source_name(ctx.corpus, m.source).c_str());
        ImGui::Unindent(18.0f);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(m.value ? m.value->display().c_str() : "");
        if (m.converted) ImGui::TextDisabled("(%s)", m.converted->display().c_str());
        ImGui::TableSetColumnIndex(2);
        if (!m.period.empty()) {
            ImGui::TextUnformatted(m.period.c_str());
            if (m.period_resolved.ok) ImGui::TextDisabled("= %s", m.period_resolved.date.iso().c_str());
            if (ImGui::IsItemHovered()) wrapped_tooltip(m.period_resolved.reasoning.c_str());
        }
        ImGui::TableSetColumnIndex(3);
        ImGui::PushFont(ctx.fonts.reading);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("\u201C%s\u201D", m.quote.exact.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        std::string attrs;
        for (auto [label, v] : {std::pair{"scope", &m.scope}, std::pair{"credited to", &m.attribution},
                                std::pair{"actor", &m.actor}, std::pair{"spelling", &m.spelling}, std::pair{"says", &m.stance}})
            if (!v->empty())
                attrs += std::string(attrs.empty() ? "" : " \u00B7 ") + label + ": " +
                         (v == &m.attribution ? attribution_name(ctx.corpus, *v) : *v);
        if (!attrs.empty()) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", attrs.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::TableSetColumnIndex(4);
        show_in_text_button(ctx, i, "in text");
        ImGui::NewLine();
        copy_quote_button(ctx, i);
        article_link_button(ctx.corpus, i);
        ImGui::PopID();
    }
}

}  // namespace

void draw_claims_view(ViewContext& ctx) {
    search_box(ctx, "Filter claims (Ctrl+F)", ctx.compact ? ImGui::GetContentRegionAvail().x : 260.0f);
    // The rows are made when the story, the search or the currency changes, not every frame.
    static std::vector<Row> rows;
    static std::uint64_t rows_key = 0;
    const std::uint64_t key = layout_key({ctx.state.search, ctx.state.currency, std::to_string(ctx.corpus.claims.size()),
                                          std::to_string(ctx.generation)}, 0.0f);
    const bool fresh = key != rows_key;
    if (fresh) {
        rows = build_rows(ctx);
        rows_key = key;
    }
    if (!ctx.compact) ImGui::SameLine();
    ImGui::TextDisabled("%zu of %zu claims \u00B7 click a row to see who states it", rows.size(), ctx.corpus.claims.size());

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    // A narrow screen keeps two columns, the claim (with its period, sources and findings
    // under it) and its value.
    if (!ImGui::BeginTable("claims", ctx.compact ? 2 : 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Claim", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 3.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    if (!ctx.compact) {
        ImGui::TableSetupColumn("Period", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Sources", ImGuiTableColumnFlags_WidthStretch, 3.4f);
        ImGui::TableSetupColumn("Findings", ImGuiTableColumnFlags_WidthFixed, 80.0f);
    }
    ImGui::TableHeadersRow();
    sort_rows(rows, fresh);
    // Only the rows on screen are drawn (a large story has 100,000 claims).
    static VirtualRows virtual_rows;
    const std::uint64_t layout = layout_key({std::to_string(key), std::to_string(rows.empty() ? 0 : reinterpret_cast<std::uintptr_t>(rows.front().claim)),
                                             ctx.compact ? "compact" : ""}, ImGui::GetContentRegionAvail().x);
    const std::string& focus = items::focus();
    virtual_rows.draw_table(rows.size(), layout, 2 * ImGui::GetTextLineHeightWithSpacing() + 6, [&](std::size_t i) {
        const Row& row = rows[i];
        const Claim& c = *row.claim;
        ImGui::PushID(c.id.c_str());
        ImGui::TableSetColumnIndex(0);
        const bool selected = ctx.state.selection.claim == c.id;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - 6, p.y), ImVec2(p.x - 2, p.y + ImGui::GetTextLineHeight() * 2),
                                                  claim_colour(ctx.corpus, c.id));
        const std::string title = claim_name(c);
        std::string facts = std::string(claim_kind_name(c.kind)) + (c.peer ? " \u00B7 peer" : "");
        if (ctx.compact) {
            if (!c.period.empty()) facts += " \u00B7 " + c.period;
            facts += " \u00B7 " + std::to_string(row.sources) + (row.sources == 1 ? " source" : " sources");
            if (row.findings) facts += " \u00B7 " + std::to_string(row.findings) + (row.findings == 1 ? " finding" : " findings");
        } else {
            facts = c.id + " \u00B7 " + facts;
        }
        const float wrap = ImGui::GetContentRegionAvail().x;
        const float text_h = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y + ImGui::CalcTextSize(facts.c_str(), nullptr, false, wrap).y +
                             ImGui::GetStyle().ItemSpacing.y;
        if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0, text_h)))
            select_claim(ctx.state, selected ? std::string() : c.id);
        items::name_item("claim/" + c.id, title, selected);
        ImGui::SameLine(0, 0);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(title.c_str());
        ImGui::TextDisabled("%s", facts.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::TableSetColumnIndex(1);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(row.value.c_str());
        ImGui::PopTextWrapPos();
        if (ctx.compact) {
            if (selected) draw_mentions(ctx, row);
            ImGui::PopID();
            return;
        }
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(c.period.c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::Text("%zu source%s, %zu mention%s", row.sources, row.sources == 1 ? "" : "s", row.mentions.size(),
                    row.mentions.size() == 1 ? "" : "s");
        if (const Report* r = story_index(ctx.corpus).report(c.report)) ImGui::TextDisabled("from %s", r->label.c_str());
        ImGui::TableSetColumnIndex(4);
        if (row.findings) ImGui::TextColored(theme::kError, "%zu", row.findings);
        else ImGui::TextDisabled("0");
        if (selected) draw_mentions(ctx, row);
        ImGui::PopID();
    }, [&](std::size_t i) {
        const std::string& id = rows[i].claim->id;
        return id == ctx.state.selection.claim || (focus.size() == id.size() + 6 && focus.starts_with("claim/") && focus.ends_with(id));
    }, layout_key({ctx.state.selection.claim, focus}, 0.0f));
    ImGui::EndTable();
}

}  // namespace factlens
