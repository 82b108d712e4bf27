// The Overview, where the page opens: what the story is, who reported what and when, and
// the disagreements that matter most, each one click from its quotes. Drawn from the
// core's summary (core/mirror.h: story_overview), which the page's mirror reads out too.
#include <imgui.h>

#include <string>

#include "app/items.h"
#include "app/theme.h"
#include "app/view.h"
#include "core/mirror.h"
#include "core/text.h"

namespace factlens {

namespace {

void draw_reporters(ViewContext& ctx, const Overview& o) {
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextUnformatted("Who reported what, and when");
    ImGui::PopFont();
    const float date_w = ImGui::CalcTextSize("2025-01-23").x + 12.0f;
    for (std::size_t k = 0; k < o.reporters.size() && k < kOverviewReporters; ++k) {
        const Overview::Reporter& r = o.reporters[k];
        const Source& s = *r.source;
        ImGui::PushID(s.id.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        // A dot on a lane per source, in the source's colour: a compact timeline.
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 5, at.y + ImGui::GetTextLineHeight() * 0.5f), 5.0f,
                                                    source_colour(ctx.corpus, s.id));
        ImGui::Dummy(ImVec2(14, 0));
        ImGui::SameLine();
        if (s.published) ImGui::TextDisabled("%s", s.published->iso().c_str());
        else ImGui::TextDisabled("undated");
        ImGui::SameLine(ImGui::GetCursorPosX() + 0, 0);
        ImGui::SetCursorPosX(14 + date_w + ImGui::GetStyle().WindowPadding.x);
        const std::string name = shown(source_name(ctx.corpus, s.id));
        const std::string fit = ellipsized(name, ImGui::GetContentRegionAvail().x - 8);
        const bool clicked = link_button((fit + "##name").c_str());
        if (fit.size() != name.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
        items::name_item("source/" + s.id, name, ctx.state.selection.source == s.id);
        if (clicked) act_on(ctx.state, ctx.corpus, "source/" + s.id);
        const std::string facts = count_words(r.claims, "claim", "claims") + ", in " + count_words(r.findings, "disagreement", "disagreements");
        const std::string headline = shown(clip_code_points(s.display_title(), ctx.compact ? 70 : 110));
        if (ctx.compact) {
            ImGui::Indent(14 + date_w);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(headline.c_str());
            ImGui::TextDisabled("%s", facts.c_str());
            ImGui::PopTextWrapPos();
            ImGui::Unindent(14 + date_w);
        } else {
            ImGui::SameLine();
            ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(facts.c_str()).x - 24);
            ImGui::TextUnformatted(headline.c_str());
            ImGui::PopTextWrapPos();
            ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(facts.c_str()).x);
            ImGui::TextDisabled("%s", facts.c_str());
        }
        ImGui::PopID();
    }
    if (o.reporters.size() > kOverviewReporters) {
        ImGui::TextDisabled("and %zu more sources", o.reporters.size() - kOverviewReporters);
        ImGui::SameLine();
        const bool all = link_button("All sources");
        items::name_item("overview/all-sources", "All sources");
        if (all) act_on(ctx.state, ctx.corpus, "overview/all-sources");
    }
}

void draw_top_finding(ViewContext& ctx, const Finding& f, int rank) {
    ImGui::PushID(f.id.c_str());
    const Claim* claim = story_index(ctx.corpus).claim(f.claim);
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextColored(is_check(f.kind) ? theme::kError : ImVec4(0.75f, 0.35f, 0.0f, 1), "%d. %s", rank,
                       std::string(finding_kind_title(f.kind)).c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    if (claim) {
        if (!ctx.compact) ImGui::SameLine();
        ImGui::TextUnformatted(("\u2014 " + claim->subject + (claim->measure.empty() ? "" : ", " + claim->measure)).c_str());
    }
    ImGui::PopTextWrapPos();
    if (!ctx.compact) ImGui::SameLine();  // on a narrow screen, on a line of its own
    const bool open = link_button("open");
    items::name_item("finding/" + f.id + "/select", "open");
    if (open) act_on(ctx.state, ctx.corpus, "finding/" + f.id + "/select");
    ImGui::PushTextWrapPos(0.0f);
    if (!f.reason.empty()) ImGui::TextUnformatted(f.reason.c_str());
    // Two of its quotes, side by side on a wide screen.
    const std::size_t n = std::min<std::size_t>(f.mentions.size(), 2);
    const bool columns = !ctx.compact && n == 2;
    if (columns && ImGui::BeginTable("quotes", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (columns) ImGui::TableSetColumnIndex(static_cast<int>(k));
        const Mention& m = ctx.corpus.mentions[f.mentions[k]];
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(source_colour(ctx.corpus, m.source)), "%s",
                           shown(source_name(ctx.corpus, m.source)).c_str());
        ImGui::TextUnformatted(("\u201C" + m.quote.exact + "\u201D").c_str());
    }
    if (columns) ImGui::EndTable();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x - 10, a.y), ImVec2(a.x - 6, b.y), claim_colour(ctx.corpus, f.claim));
    items::add_item("overview/finding/" + f.id, f.reason, a, b);
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PopID();
}

}  // namespace

void draw_overview_view(ViewContext& ctx) {
    const Overview& o = ctx.overview;
    ImGui::BeginChild("overview", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushFont(ctx.fonts.title);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ctx.corpus.title.empty() ? "No story loaded" : shown(ctx.corpus.title).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s report it, with %s. The sources disagree in %s; %zu of %s do not hold.",
                        count_words(ctx.corpus.sources.size(), "source", "sources").c_str(),
                        count_words(ctx.corpus.claims.size(), "claim", "claims").c_str(),
                        count_words(o.disagreements, "finding", "findings").c_str(), o.failed_checks,
                        count_words(o.checks, "arithmetic check", "arithmetic checks").c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    draw_reporters(ctx, o);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextUnformatted("The disagreements that matter most");
    ImGui::PopFont();
    if (o.top.empty()) ImGui::TextDisabled("The sources do not disagree on anything factlens checks.");
    ImGui::Indent(12.0f);
    int rank = 0;
    for (const Finding* f : o.top) draw_top_finding(ctx, *f, ++rank);
    ImGui::Unindent(12.0f);
    const std::string all = "See all " + count_words(ctx.corpus.findings.size(), "finding", "findings");
    const bool see_all = link_button(all.c_str());
    items::name_item("overview/all-findings", all);
    if (see_all) {
        act_on(ctx.state, ctx.corpus, "overview/all-findings");
    }
    ImGui::EndChild();
}

}  // namespace factlens
