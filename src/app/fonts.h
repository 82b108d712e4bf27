// The fonts the app draws with, from Debian's font packages (cut and packed into
// factlens.data at build time, platform::preloaded_file): Inter for the interface,
// JetBrains Mono for source text and working. Scripts these do not draw (Greek,
// Cyrillic, Arabic, Hebrew, Devanagari, Thai, CJK, Hangul) come from Noto slices of 256
// code points (tools/make-script-fonts.py), fetched only when a story's text needs them,
// and merged into the atlas with just the code points the story uses.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
typedef unsigned short ImWchar16;

namespace factlens {

// The Noto slices: which exist (the manifest), which the story needs, which arrived.
class ScriptFonts {
public:
    // Reads the manifest ({"slices": {"<block hex>": "<file>"}}); without one, no slices.
    void load_manifest(const std::string& path);
    // Notes the code points of `text` the interface fonts do not draw; returns the slice
    // files to fetch that are neither loaded nor asked for yet (and marks them asked for).
    std::vector<std::string> need(std::string_view text);
    // A slice's bytes, fetched by the page; the atlas is rebuilt on the next frame.
    void add(const std::string& file, std::string bytes);
    // Code points needed that no font loaded so far draws.
    std::size_t missing() const;
    std::vector<std::string> loaded() const;

    bool dirty = false;  // a slice arrived or the needed code points grew: rebuild the atlas

private:
    friend bool build_fonts(struct Fonts&, float, std::string&, bool);
    std::map<unsigned, std::string> manifest_;           // block -> file
    std::map<unsigned, std::set<unsigned>> used_;        // block -> code points the story uses
    std::map<unsigned, std::string> bytes_;              // block -> the slice's bytes, once fetched
    std::set<unsigned> asked_;                           // blocks fetched or being fetched
    std::map<unsigned, std::vector<ImWchar16>> ranges_;  // block -> glyph ranges, alive while the atlas builds
};

struct Fonts {
    ImFont* ui = nullptr;       // body text and widgets, 16 px
    ImFont* ui_bold = nullptr;  // headings and emphasis, 16 px
    ImFont* title = nullptr;    // the app bar and reader headlines, 20 px
    ImFont* mono = nullptr;     // working and code-like things, 14 px
    ImFont* reading = nullptr;  // article text in the reader and Compare, 16 px, proportional
    float pixel_ratio = 0.0f;   // device pixel ratio the atlas was built for
    ScriptFonts scripts;        // the Noto slices merged into each of the above
    // Code points of the base set that Inter Regular draws and another face does not (the
    // bold and mono faces take them from Inter Regular: 0 once the atlas is built).
    std::size_t base_lacking = 0;
    // Built for the first frame only (Basic Latin, no slices): the whole base set follows.
    bool first_frame_only = false;
};

// (Re)builds the font atlas with glyphs rasterised at `pixel_ratio` times their CSS size,
// so text stays sharp on HiDPI screens; sets io.FontGlobalScale to match. Returns false
// with a reason if a font file is missing. `first_frame_only` builds Basic Latin alone, a
// fraction of the work, for the page's first frame (what it draws before the story is
// read); the caller builds the whole atlas right after it.
bool build_fonts(Fonts& fonts, float pixel_ratio, std::string& error, bool first_frame_only = false);

}  // namespace factlens
