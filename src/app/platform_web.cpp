// The browser side of platform.h, on Emscripten.
#include "app/platform.h"

#include <cstdint>
#include <utility>
#include <vector>

#include <emscripten.h>
#include <emscripten/html5.h>

namespace {

// factlens.data as web/shell.js fetched it (Module.factlensData), copied into the heap once
// and kept: {size: 32 bits, then the bytes}, or 0 when the page has none.
EM_JS(unsigned char*, factlens_take_data, (), {
    var d = Module['factlensData'];
    if (!d) return 0;
    Module['factlensData'] = null;
    var p = _malloc(d.length + 4);
    if (!p) return 0;
    HEAPU8.set(d, p + 4);
    HEAPU8[p] = d.length & 255;
    HEAPU8[p + 1] = (d.length >> 8) & 255;
    HEAPU8[p + 2] = (d.length >> 16) & 255;
    HEAPU8[p + 3] = (d.length >>> 24) & 255;
    return p;
});

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

// The files of factlens.data (tools/pack-data.py's format), read on first use.
const std::vector<std::pair<std::string_view, std::string_view>>& preloaded() {
    static const auto files = [] {
        std::vector<std::pair<std::string_view, std::string_view>> out;
        const unsigned char* p = factlens_take_data();
        if (!p) return out;
        const std::size_t size = le32(p);
        const unsigned char* at = p + 4;
        const unsigned char* end = at + size;
        auto take = [&](std::size_t n) -> const unsigned char* {
            if (static_cast<std::size_t>(end - at) < n) return nullptr;
            const unsigned char* was = at;
            at += n;
            return was;
        };
        const unsigned char* magic = take(8);
        if (!magic || std::string_view(reinterpret_cast<const char*>(magic), 4) != "FLD1") return out;
        for (std::uint32_t n = le32(magic + 4); n > 0; --n) {
            const unsigned char* len = take(4);
            const unsigned char* name = len ? take(le32(len)) : nullptr;
            const unsigned char* size_at = name ? take(4) : nullptr;
            const unsigned char* data = size_at ? take(le32(size_at)) : nullptr;
            if (!data) break;  // a truncated pack: the files before stay
            out.emplace_back(std::string_view(reinterpret_cast<const char*>(name), le32(len)),
                             std::string_view(reinterpret_cast<const char*>(data), le32(size_at)));
        }
        return out;
    }();
    return files;
}

}  // namespace

namespace factlens::platform {

std::optional<std::string_view> preloaded_file(std::string_view path) {
    for (const auto& [name, bytes] : preloaded())
        if (name == path) return bytes;
    return std::nullopt;
}

void run_main_loop(void (*frame)()) {
    // fps = 0: the browser drives frames with requestAnimationFrame; simulate_infinite_loop
    // keeps main()'s stack (and its objects) alive.
    emscripten_set_main_loop(frame, 0, true);
}

void pause_main_loop() { emscripten_pause_main_loop(); }

void resume_main_loop() { emscripten_resume_main_loop(); }

void wake_after(double seconds, void (*fn)()) {
    emscripten_async_call([](void* f) { reinterpret_cast<void (*)()>(f)(); }, reinterpret_cast<void*>(fn),
                          static_cast<int>(seconds * 1000));
}

float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

double now_seconds() { return emscripten_get_now() / 1000.0; }

void notify_first_frame() {
    EM_ASM({
        if (typeof Module['onFactlensFirstFrame'] === 'function') Module['onFactlensFirstFrame']();
    });
}

void notify_ready() {
    EM_ASM({
        if (typeof Module['onFactlensReady'] === 'function') Module['onFactlensReady']();
    });
}

void request_url_fragment() {
    EM_ASM({
        if (typeof Module['factlensApplyHash'] === 'function') Module['factlensApplyHash']();
    });
}

// The JavaScript side of these lives in web/shell.js (Module.factlens*), so the EM_ASM
// blocks stay one call each. Their names are quoted (Module['factlens...']): Closure
// Compiler minifies the glue (--closure 1) and would rename a dotted property, which
// shell.js sets from outside.
void set_url_fragment(const std::string& fragment, bool push) {
    EM_ASM({ Module['factlensSetFragment'](UTF8ToString($0), $1 !== 0); }, fragment.c_str(), push ? 1 : 0);
}

void copy_page_url() {
    EM_ASM({ Module['factlensCopy'](location.href); });
}

void copy_with_link(const std::string& text, const std::string& fragment) {
    EM_ASM({ Module['factlensCopyWithLink'](UTF8ToString($0), UTF8ToString($1)); }, text.c_str(), fragment.c_str());
}

void set_mirror(const std::string& title, const std::string& html) {
    EM_ASM({ Module['factlensMirror'](UTF8ToString($0), UTF8ToString($1, $2)); }, title.c_str(), html.data(),
           static_cast<int>(html.size()));
}

void copy_to_clipboard(const std::string& text) {
    EM_ASM({ Module['factlensCopy'](UTF8ToString($0)); }, text.c_str());
}

void choose_files(FileKind kind) {
    EM_ASM({ Module['factlensChoose']($0); }, static_cast<int>(kind));
}

void download(const std::string& name, const std::string& mime, const std::string& data) {
    EM_ASM({ Module['factlensDownload'](UTF8ToString($0), UTF8ToString($1), HEAPU8.subarray($2, $2 + $3)); }, name.c_str(),
           mime.c_str(), data.data(), static_cast<int>(data.size()));
}

void start_build(const std::string& request) {
    EM_ASM({ Module['factlensStartBuild'](UTF8ToString($0, $1)); }, request.data(), static_cast<int>(request.size()));
}

void find_article_date(unsigned token, std::string_view text) {
    EM_ASM({ Module['factlensFindDate']($0, HEAPU8.slice($1, $1 + $2)); }, token, text.data(), static_cast<int>(text.size()));
}

void cancel_build() {
    EM_ASM({ Module['factlensCancelBuild'](); });
}

void fetch_font(const std::string& file) {
    EM_ASM({ Module['factlensFetchFont'](UTF8ToString($0)); }, file.c_str());
}

void library_open(const std::string& id) {
    EM_ASM({ Module['factlensLibraryOpen'](UTF8ToString($0)); }, id.c_str());
}

void library_rename(const std::string& id, const std::string& title) {
    EM_ASM({ Module['factlensLibraryRename'](UTF8ToString($0), UTF8ToString($1)); }, id.c_str(), title.c_str());
}

void library_delete(const std::string& id) {
    EM_ASM({ Module['factlensLibraryDelete'](UTF8ToString($0)); }, id.c_str());
}

void copy_story_link(const std::string& id, const std::string& title, const std::string& fragment) {
    EM_ASM({ Module['factlensCopyStoryLink'](UTF8ToString($0), UTF8ToString($1), UTF8ToString($2)); }, id.c_str(), title.c_str(),
           fragment.c_str());
}

void save_kept_story(const std::string& id, const std::string& file_name) {
    EM_ASM({ Module['factlensSaveKept'](UTF8ToString($0), UTF8ToString($1)); }, id.c_str(), file_name.c_str());
}

void save_single_file(const std::string& id, const std::string& title, const std::string& fragment) {
    EM_ASM({ Module['factlensSaveSingleFile'](UTF8ToString($0), UTF8ToString($1), UTF8ToString($2)); }, id.c_str(), title.c_str(),
           fragment.c_str());
}

}  // namespace factlens::platform
