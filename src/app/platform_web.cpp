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

}  // namespace factlens::platform
