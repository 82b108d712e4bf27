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

float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

double now_seconds() { return emscripten_get_now() / 1000.0; }

void notify_ready() {
    EM_ASM({
        if (typeof Module.onFactlensReady === 'function') Module.onFactlensReady();
    });
}

void request_url_fragment() {
    EM_ASM({
        if (typeof Module.factlensApplyHash === 'function') Module.factlensApplyHash();
    });
}

// The JavaScript side of these lives in web/shell.js (Module.factlens*), so the EM_ASM
// blocks stay one call each.
void set_url_fragment(const std::string& fragment, bool push) {
    EM_ASM({ Module.factlensSetFragment(UTF8ToString($0), $1 !== 0); }, fragment.c_str(), push ? 1 : 0);
}

void copy_page_url() {
    EM_ASM({ Module.factlensCopy(location.href); });
}

void copy_to_clipboard(const std::string& text) {
    EM_ASM({ Module.factlensCopy(UTF8ToString($0)); }, text.c_str());
}

void choose_files(FileKind kind) {
    EM_ASM({ Module.factlensChoose($0); }, static_cast<int>(kind));
}

void download(const std::string& name, const std::string& mime, const std::string& data) {
    EM_ASM({ Module.factlensDownload(UTF8ToString($0), UTF8ToString($1), HEAPU8.subarray($2, $2 + $3)); }, name.c_str(),
           mime.c_str(), data.data(), static_cast<int>(data.size()));
}

void start_build(const std::string& request) {
    EM_ASM({ Module.factlensStartBuild(UTF8ToString($0, $1)); }, request.data(), static_cast<int>(request.size()));
}

void cancel_build() {
    EM_ASM({ Module.factlensCancelBuild(); });
}

void fetch_font(const std::string& file) {
    EM_ASM({ Module.factlensFetchFont(UTF8ToString($0)); }, file.c_str());
}

void store_story(std::string_view json) {
    EM_ASM({ Module.factlensStore(UTF8ToString($0, $1)); }, json.data(), static_cast<int>(json.size()));
}

bool has_stored_story() {
    return EM_ASM_INT({ return Module.factlensHasStored() ? 1 : 0; }) != 0;
}

void request_stored_story() {
    EM_ASM({ Module.factlensReopen(); });
}

}  // namespace factlens::platform
