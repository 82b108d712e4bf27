// The fonts the app draws with, from Debian's font packages (copied into the page's
// virtual file system at build time): Inter for the interface, JetBrains Mono for
// source text and working.
#pragma once

#include <string>

struct ImFont;

namespace factlens {

struct Fonts {
    ImFont* ui = nullptr;       // body text and widgets, 16 px
    ImFont* ui_bold = nullptr;  // headings and emphasis, 16 px
    ImFont* title = nullptr;    // the app bar and reader headlines, 20 px
    ImFont* mono = nullptr;     // source text, quotes and working, 14 px
    float pixel_ratio = 0.0f;   // device pixel ratio the atlas was built for
};

// (Re)builds the font atlas with glyphs rasterised at `pixel_ratio` times their CSS size,
// so text stays sharp on HiDPI screens; sets io.FontGlobalScale to match. Returns false
// with a reason if a font file is missing.
bool build_fonts(Fonts& fonts, float pixel_ratio, std::string& error);

}  // namespace factlens
