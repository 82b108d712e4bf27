#include "app/theme.h"

namespace factlens::theme {

void apply() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 7);
    s.CellPadding = ImVec2(8, 5);
    s.ScrollbarSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.TabRounding = 4;
    s.GrabRounding = 4;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.FrameBorderSize = 1;  // text fields on white panels need an edge

    ImVec4* c = s.Colors;
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(kClear);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.11f, 1.0f);
    c[ImGuiCol_TextDisabled] = kMuted;
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.82f, 0.80f, 0.76f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.985f, 0.98f, 0.97f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.11f, 0.36f, 0.62f, 0.16f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.11f, 0.36f, 0.62f, 0.10f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.11f, 0.36f, 0.62f, 0.24f);
    c[ImGuiCol_Tab] = ImVec4(0.90f, 0.88f, 0.84f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.93f, 0.92f, 0.89f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.98f, 0.975f, 0.965f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.11f, 0.36f, 0.62f, 0.12f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.11f, 0.36f, 0.62f, 0.22f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.11f, 0.36f, 0.62f, 0.32f);
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
}

}  // namespace factlens::theme
