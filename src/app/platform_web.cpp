// The browser side of platform.h, on Emscripten.
#include "app/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace factlens::platform {

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
