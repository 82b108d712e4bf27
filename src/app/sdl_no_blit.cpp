// SDL2's software blitters (video/SDL_blit*.c, about 190 KB of wasm) serve SDL surfaces:
// window framebuffers, the 2D renderer, colour cursors. factlens draws with WebGL only and
// never blits a surface, but SDL's video code still links them in through
// SDL_CalculateBlit. Defining it here keeps SDL_blit.o (and every blitter it picks from)
// out of the link: a surface blit would fail with this error instead of drawing.
#include <SDL.h>

extern "C" int SDL_CalculateBlit(SDL_Surface*) { return SDL_SetError("factlens is built without SDL's software blitters"); }
