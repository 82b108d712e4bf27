#include "app/fonts.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/platform.h"

namespace factlens {

namespace {

// The base set the interface fonts are cut to at build time (FACTLENS_UI_UNICODES in
// CMakeLists.txt, which also gives it to tools/make-script-fonts.py): Basic Latin and
// Latin-1, the common punctuation, currency signs and the arrows, maths and shapes our marks
// use. The rest of Latin, punctuation, arrows, maths and shapes comes in slices of Inter,
// like other scripts.
const ImWchar kGlyphRanges[] = {
#include "app/base_glyphs.inc"
    0,
};
// What the first frame draws, the app before its story, in its regular and title faces:
// Basic Latin and the few other marks of its bar, tabs and status line (· × – — quotes …
// ‹ ›). A third of the base set's glyphs, and a fraction of the atlas's time in a page whose
// code is not compiled yet.
const ImWchar kFirstFrameRanges[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2013, 0x2014, 0x2018, 0x2019,
                                     0x201C, 0x201D, 0x2026, 0x2026, 0x2039, 0x203A, 0};

bool in_base(unsigned cp) {
    for (const ImWchar* r = kGlyphRanges; r[0]; r += 2)
        if (cp >= r[0] && cp <= r[1]) return true;
    return false;
}

// One face at css_px, then what it lacks of the base set from `fill` (the bold and mono faces
// are cut to what they mostly draw; Inter Regular has the rest: CMakeLists.txt), then the
// script slices that arrived.
ImFont* add(const char* path, float css_px, float pixel_ratio, std::string& error, std::map<unsigned, std::string>& bytes,
            std::map<unsigned, std::vector<ImWchar>>& ranges, const ImWchar* base_ranges, const char* fill = nullptr) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.FontDataOwnedByAtlas = false;  // the page's preloaded bytes (platform::preloaded_file), kept for good
    const std::optional<std::string_view> file = platform::preloaded_file(path);
    ImFont* font = file ? ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(file->data()), static_cast<int>(file->size()),
                                                                    css_px * pixel_ratio, &config, base_ranges)
                        : nullptr;
    if (!font && error.empty()) error = std::string("cannot load font ") + path;
    if (!font) return font;
    // Merged glyphs never replace the face's own (Dear ImGui skips code points it has).
    if (const std::optional<std::string_view> base = fill ? platform::preloaded_file(fill) : std::nullopt) {
        ImFontConfig merge = config;
        merge.MergeMode = true;
        ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(base->data()), static_cast<int>(base->size()), css_px * pixel_ratio,
                                                   &merge, base_ranges);
    }
    // Each slice that arrived, merged in with only the code points the story uses.
    for (auto& [block, data] : bytes) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;  // the bytes stay ours (ScriptFonts keeps them)
        merge.OversampleH = 1;
        ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), css_px * pixel_ratio, &merge,
                                                   ranges[block].data());
    }
    return font;
}

}  // namespace

void ScriptFonts::load_manifest(const std::string& path) {
    const std::optional<std::string_view> bytes = platform::preloaded_file(path);
    if (!bytes) return;
    const nlohmann::json j = nlohmann::json::parse(*bytes, nullptr, false);
    if (!j.is_object() || !j.contains("slices") || !j["slices"].is_object()) return;
    for (auto it = j["slices"].begin(); it != j["slices"].end(); ++it)
        if (it.value().is_string()) manifest_[static_cast<unsigned>(std::stoul(it.key(), nullptr, 16))] = it.value().get<std::string>();
}

std::vector<std::string> ScriptFonts::need(std::string_view text) {
    std::vector<std::string> fetch;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        // Decode one UTF-8 sequence (texts are validated when they are loaded).
        unsigned cp = *p;
        int extra = cp < 0x80 ? 0 : cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
        if (extra) cp &= 0x3F >> extra;
        ++p;
        for (int k = 0; k < extra && p < end; ++k, ++p) cp = (cp << 6) | (*p & 0x3F);
        if (cp < 0x7F || cp > 0xFFFF || in_base(cp)) continue;
        const unsigned block = cp >> 8;
        const auto m = manifest_.find(block);
        if (m == manifest_.end()) continue;
        if (used_[block].insert(cp).second && bytes_.count(block)) dirty = true;
        if (asked_.insert(block).second) fetch.push_back(m->second);
    }
    return fetch;
}

void ScriptFonts::add(const std::string& file, std::string bytes) {
    for (const auto& [block, name] : manifest_) {
        if (name != file) continue;
        bytes_[block] = std::move(bytes);
        dirty = true;
        return;
    }
}

std::size_t ScriptFonts::missing() const {
    std::size_t n = 0;
    for (const auto& [block, cps] : used_)
        if (!bytes_.count(block)) n += cps.size();
    return n;
}

std::vector<std::string> ScriptFonts::loaded() const {
    std::vector<std::string> out;
    for (const auto& [block, data] : bytes_) out.push_back(manifest_.at(block));
    return out;
}

bool build_fonts(Fonts& fonts, float pixel_ratio, std::string& error, bool first_frame_only) {
    if (pixel_ratio <= 0.0f) pixel_ratio = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    error.clear();
    ScriptFonts& s = fonts.scripts;
    // Glyph ranges per slice: pairs of the code points used, zero-terminated.
    s.ranges_.clear();
    std::map<unsigned, std::string> no_slices;
    std::map<unsigned, std::string>& slices = first_frame_only ? no_slices : s.bytes_;
    for (const auto& [block, data] : slices) {
        std::vector<ImWchar>& r = s.ranges_[block];
        for (unsigned cp : s.used_[block]) {
            r.push_back(static_cast<ImWchar>(cp));
            r.push_back(static_cast<ImWchar>(cp));
        }
        r.push_back(0);
    }
    const ImWchar* base = first_frame_only ? kFirstFrameRanges : kGlyphRanges;
    fonts.ui = add("/fonts/ui.otf", 16.0f, pixel_ratio, error, slices, s.ranges_, base);
    // The first frame draws the bar, the tabs and a line of text: no bold at 16 px, no mono.
    fonts.ui_bold = first_frame_only ? fonts.ui : add("/fonts/ui-bold.otf", 16.0f, pixel_ratio, error, slices, s.ranges_, base, "/fonts/ui.otf");
    fonts.title = add("/fonts/ui-bold.otf", 20.0f, pixel_ratio, error, slices, s.ranges_, base, "/fonts/ui.otf");
    fonts.mono = first_frame_only ? fonts.ui : add("/fonts/mono.ttf", 14.0f, pixel_ratio, error, slices, s.ranges_, base, "/fonts/ui.otf");
    fonts.reading = fonts.ui;  // Inter at 16 px reads well as body text; no second atlas font
    if (!error.empty()) return false;
    io.FontDefault = fonts.ui;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    fonts.pixel_ratio = pixel_ratio;
    s.dirty = false;
    fonts.first_frame_only = first_frame_only;
    if (!io.Fonts->Build()) return false;
    fonts.base_lacking = 0;
    if (first_frame_only) return true;
    for (const ImWchar* r = kGlyphRanges; r[0]; r += 2)
        for (unsigned cp = r[0]; cp <= r[1]; ++cp)
            if (fonts.ui->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
                for (const ImFont* face : {fonts.ui_bold, fonts.title, fonts.mono})
                    if (!face->FindGlyphNoFallback(static_cast<ImWchar>(cp))) ++fonts.base_lacking;
    return true;
}

}  // namespace factlens
