// The Sources view: the list of documents we hold, and a reader for the selected one.
#include <imgui.h>

#include "app/theme.h"
#include "app/view.h"
#include "core/text.h"

namespace factlens {

namespace {

// A lede used as a title can run to a paragraph; the list shows its start.
constexpr std::size_t kTitleMaxCodePoints = 110;

const char* outlet_or_unknown(const Source& s) { return s.outlet.empty() ? "unknown outlet" : s.outlet.c_str(); }

void draw_source_list(ViewContext& ctx) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("sources", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthFixed, 110.0f);
    ImGui::TableSetupColumn("Title or first line", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Length", ImGuiTableColumnFlags_WidthFixed, 80.0f);
    ImGui::TableHeadersRow();
    for (const Source& s : ctx.corpus.sources) {
        ImGui::PushID(s.id.c_str());
        ImGui::TableNextRow();
        // Measure the wrapped title first so the selectable covers the whole row.
        ImGui::TableSetColumnIndex(1);
        const std::string title = clip_code_points(s.display_title(), kTitleMaxCodePoints);
        const float title_h = ImGui::CalcTextSize(title.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
        const float row_h = title_h + ImGui::GetTextLineHeightWithSpacing();

        ImGui::TableSetColumnIndex(0);
        const bool selected = ctx.state.selection.source == s.id;
        if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0, row_h)))
            ctx.state.selection.source = selected ? std::string() : s.id;
        ImGui::SameLine(0, 0);
        if (s.outlet.empty()) ImGui::TextDisabled("%s", outlet_or_unknown(s));
        else ImGui::TextUnformatted(s.outlet.c_str());

        ImGui::TableSetColumnIndex(1);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("%s", s.id.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%zu chars", count_code_points(s.text));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_reader(ViewContext& ctx) {
    const Source* s = ctx.corpus.find_source(ctx.state.selection.source);
    if (!s) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted(ctx.corpus.title.empty() ? "Sources" : ctx.corpus.title.c_str());
        ImGui::PopFont();
        ImGui::TextDisabled("%zu sources. Select one on the left to read it.", ctx.corpus.sources.size());
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::PushTextWrapPos(0.0f);
    const std::string title = s->display_title();
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::TextDisabled("%s  ·  %s  ·  %zu chars", outlet_or_unknown(*s), s->id.c_str(), count_code_points(s->text));
    ImGui::Separator();
    ImGui::BeginChild("text", ImVec2(0, 0), false);
    ImGui::PushFont(ctx.fonts.mono);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s->text.data(), s->text.data() + s->text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndChild();
}

}  // namespace

void draw_sources_view(ViewContext& ctx) {
    const float list_width = ImGui::GetContentRegionAvail().x * 0.42f;
    ImGui::BeginChild("source-list", ImVec2(list_width, 0), true);
    draw_source_list(ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("reader", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_reader(ctx);
    ImGui::EndChild();
}

}  // namespace factlens
