// SDL2's software blitters (video/SDL_blit*.c, about 190 KB of wasm) serve SDL surfaces:
// window framebuffers, the 2D renderer, colour cursors. factlens draws with WebGL only and
// never blits a surface, but SDL's video code still links them in through
// SDL_CalculateBlit. Defining it here keeps SDL_blit.o (and every blitter it picks from)
// out of the link: a surface blit would fail with this error instead of drawing.
#include <SDL.h>

extern "C" int SDL_CalculateBlit(SDL_Surface*) { return SDL_SetError("factlens is built without SDL's software blitters"); }

// The same for SDL's run-length encoding of surfaces (video/SDL_RLEaccel.c, about 13 KB):
// no surface is ever encoded (SDL_RLESurface fails, so none carries SDL_RLEACCEL), and
// so none is ever decoded.
extern "C" int SDL_RLESurface(SDL_Surface*) { return -1; }
extern "C" void SDL_UnRLESurface(SDL_Surface*, int) {}

// SDL's EGL layer asks eglGetProcAddress for optional EGL extensions, and SDL_GL_GetProcAddress
// goes through it. Emscripten's own (libGL's libprocaddr.c) returns a pointer to any of
// about 300 WebGL functions by name, which links every one of them into factlens.js and
// their names into factlens.wasm, though the app calls GL directly (Dear ImGui's OpenGL3
// backend with IMGUI_IMPL_OPENGL_ES3) and never looks a function up. This one finds none:
// SDL then runs without the optional extensions, as it does where EGL lacks them.
extern "C" void* eglGetProcAddress(const char*) { return nullptr; }
