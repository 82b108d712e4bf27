// The seam between the app and the browser. Everything that needs Emscripten lives in
// platform_web.cpp; the views and the core never include it.
#pragma once

namespace factlens::platform {

// Runs `frame` once per browser animation frame (requestAnimationFrame); never returns.
void run_main_loop(void (*frame)());

// CSS pixels to device pixels (2 on most HiDPI screens; changes with browser zoom).
float device_pixel_ratio();

// Seconds since the page started, for timers (cursor blink).
double now_seconds();

// Tells the page the first frame is on screen: sets window.factlensReady and hides the
// loading state.
void notify_ready();

}  // namespace factlens::platform
