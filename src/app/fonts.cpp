#include "app/fonts.h"

#include <imgui.h>

namespace factlens {

namespace {

// Latin, Latin-1 and Extended-A, general punctuation (curly quotes, dashes), currency
// signs, arrows, maths and geometric shapes: what news text and our marks use.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20CF,
    0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0,
};

ImFont* add(const char* path, float css_px, float pixel_ratio, std::string& error) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(path, css_px * pixel_ratio, &config, kGlyphRanges);
    if (!font && error.empty()) error = std::string("cannot load font ") + path;
    return font;
}

}  // namespace

bool build_fonts(Fonts& fonts, float pixel_ratio, std::string& error) {
    if (pixel_ratio <= 0.0f) pixel_ratio = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    error.clear();
    fonts.ui = add("/fonts/ui.otf", 16.0f, pixel_ratio, error);
    fonts.ui_bold = add("/fonts/ui-bold.otf", 16.0f, pixel_ratio, error);
    fonts.title = add("/fonts/ui-bold.otf", 20.0f, pixel_ratio, error);
    fonts.mono = add("/fonts/mono.ttf", 14.0f, pixel_ratio, error);
    if (!error.empty()) return false;
    io.FontDefault = fonts.ui;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    fonts.pixel_ratio = pixel_ratio;
    return io.Fonts->Build();
}

}  // namespace factlens
