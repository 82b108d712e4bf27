// The Findings view: every disagreement between sources and every arithmetic check, with
// the quotes side by side and a link to each place in the reader.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/theme.h"
#include "app/items.h"
#include "app/view.h"

namespace factlens {

namespace {

const char* kind_label(FindingKind k) {
    switch (k) {
        case FindingKind::Value: return "Figure";
        case FindingKind::Qualifier: return "Qualifier";
        case FindingKind::Scope: return "Scope";
        case FindingKind::Year: return "Year";
        case FindingKind::Attribution: return "Attribution";
        case FindingKind::Actor: return "Who did it";
        case FindingKind::Spelling: return "Spelling";
        case FindingKind::Stance: return "What happened";
        case FindingKind::Conversion: return "Conversion check";
        case FindingKind::Parts: return "Parts vs total";
        case FindingKind::Fraction: return "Share of whole";
        case FindingKind::Change: return "Percentage change check";
        case FindingKind::PerCapita: return "Per person check";
        case FindingKind::Update: return "Update";
    }
    return "";
}

bool matches(const ViewContext& ctx, const Finding& f) {
    if (!ctx.state.selection.claim.empty() && f.claim != ctx.state.selection.claim) return false;
    if (!ctx.state.selection.source.empty() &&
        std::find(f.sources.begin(), f.sources.end(), ctx.state.selection.source) == f.sources.end())
        return false;
    const std::string& q = ctx.state.search;
    if (q.empty()) return true;
    if (contains_ci(f.detail, q) || contains_ci(f.claim, q) || contains_ci(kind_label(f.kind), q)) return true;
    for (std::size_t i : f.mentions)
        if (contains_ci(ctx.corpus.mentions[i].quote.exact, q)) return true;
    return false;
}

void draw_finding(ViewContext& ctx, const Finding& f) {
    ImGui::PushID(f.id.c_str());
    const bool selected = ctx.state.selection.finding == f.id;
    const Claim* claim = ctx.corpus.find_claim(f.claim);
    const ImVec4 status = is_check(f.kind) ? (f.agrees ? ImVec4(0.1f, 0.5f, 0.2f, 1) : theme::kError) : ImVec4(0.75f, 0.35f, 0.0f, 1);

    // A card: the group's rectangle gets a border and a strip in the claim's colour.
    ImGui::Indent(12.0f);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextColored(status, "%s", kind_label(f.kind));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextColored(status, "%s", is_check(f.kind) ? (f.agrees ? "= agrees" : "\u2260 does not agree") : "sources differ");
    ImGui::SameLine();
    if (claim) ImGui::Text("\u2014 %s \u2014 %s", claim->subject.c_str(), claim->measure.c_str());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 70.0f);
    const bool toggle = link_button(selected ? "selected" : "select");
    items::name_item("finding/" + f.id + "/select", selected ? "selected" : "select");
    if (toggle) toggle_finding(ctx.state, ctx.corpus, f.id);
    ImGui::PushFont(ctx.fonts.mono);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(f.detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();

    // The quotes side by side, one column per mention.
    // A finding over many mentions shows its first quotes; the rest are a count (the
    // Claims view lists them all).
    constexpr std::size_t kQuotesShown = 8;
    const std::size_t shown = std::min(f.mentions.size(), kQuotesShown);
    const int cols = static_cast<int>(std::min<std::size_t>(shown, 4));
    if (cols > 0 && ImGui::BeginTable("quotes", cols, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        for (std::size_t k = 0; k < shown; ++k) {
            if (k % static_cast<std::size_t>(cols) == 0) ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(static_cast<int>(k % static_cast<std::size_t>(cols)));
            const Mention& m = ctx.corpus.mentions[f.mentions[k]];
            ImGui::PushID(static_cast<int>(k));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(source_colour(ctx.corpus, m.source)), "%s", source_name(ctx.corpus, m.source).c_str());
            ImGui::SameLine();
            show_in_text_button(ctx, f.mentions[k]);
            article_link_button(ctx.corpus, f.mentions[k]);
            ImGui::PushFont(ctx.fonts.mono);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::Text("\u201C%s\u201D", m.quote.exact.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (f.mentions.size() > shown)
        ImGui::TextDisabled("and %zu more quotes (select the claim and open Claims to see them all)", f.mentions.size() - shown);
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
    search_box(ctx, "Filter findings (Ctrl+F)", 260.0f);
    std::size_t shown = 0, disagreements = 0, checks = 0, failed = 0;
    for (const Finding& f : ctx.corpus.findings) {
        if (is_check(f.kind)) {
            ++checks;
            failed += !f.agrees;
        } else {
            ++disagreements;
        }
        shown += matches(ctx, f);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%zu disagreements, %zu checks (%zu do not agree) \u00B7 showing %zu", disagreements, checks, failed, shown);
    if (!ctx.state.selection.claim.empty()) {
        ImGui::SameLine();
        if (link_button(("only claim " + ctx.state.selection.claim + " \u00D7").c_str())) select_claim(ctx.state, "");
        items::name_item("filter/claim/clear", "clear the claim filter");
    }
    if (!ctx.state.selection.source.empty()) {
        ImGui::SameLine();
        if (link_button(("only " + source_name(ctx.corpus, ctx.state.selection.source) + " \u00D7").c_str())) toggle_source(ctx.state, ctx.state.selection.source);
        items::name_item("filter/source/clear", "clear the source filter");
    }
    ImGui::BeginChild("findings", ImVec2(0, 0), false);
    for (int pass = 0; pass < 2; ++pass) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted(pass == 0 ? "Where sources disagree" : "Arithmetic checks");
        ImGui::PopFont();
        for (const Finding& f : ctx.corpus.findings)
            if (is_check(f.kind) == (pass == 1) && matches(ctx, f)) draw_finding(ctx, f);
        ImGui::Spacing();
    }
    ImGui::EndChild();
}

}  // namespace factlens
