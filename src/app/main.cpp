// factlens in the browser: SDL2 window and WebGL2 context, Dear ImGui, and the frame loop.
//
// [SECTION] Frame loop and idling
// [SECTION] Exports for the page
// [SECTION] Start-up
#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <deque>
#include <vector>
#include <string>

#include "app/app.h"
#include "app/fonts.h"
#include "app/items.h"
#include "app/platform.h"
#include "app/theme.h"
#include "app/touch.h"
#include "core/limits.h"
#include "core/shaping.h"

namespace {


// After an input event the UI may need a few frames to settle (hover states, a widget
// that opens on release, scrolling that lands), so we draw this many before idling.
constexpr int kFramesAfterEvent = 3;
// While a text field has focus, redraw at this interval so its cursor blinks.
constexpr double kCursorBlinkSeconds = 0.5;

struct Runtime {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    factlens::App app;
    factlens::Fonts fonts;
    int frames_to_draw = kFramesAfterEvent;
    double last_draw = 0.0;
    bool ready = false;        // the default story (or the linked view) is on screen
    bool first_frame = false;  // a frame is on screen (the story comes in the next one)
    bool story_read = false;   // the default story was read (or failed to be)
    std::deque<SDL_Event> pending;  // input not yet handed to ImGui
    int hold_input_frames = 0;       // frames to keep input waiting after a shortcut
    // The mouse as the events handed over so far have it. Dear ImGui 1.86's SDL backend
    // reads SDL_GetMouseState(), which is already the state after every queued event
    // (SDL updates it when the browser delivers an event, not when it is polled): with
    // quick clicks queued, a press would land where the mouse went next.
    ImVec2 mouse_pos{-FLT_MAX, -FLT_MAX};
    bool mouse_down[3] = {false, false, false};
    bool mouse_pressed[3] = {false, false, false};  // went down this frame (a press shorter than a frame still counts)
    std::string state_buffer;  // keeps the string factlens_state_json returns alive
    // The longest time factlens's own work held the main thread, in ms: building one frame
    // (ImGui and the app, a step of opening a story included, but not WebGL drawing it) or
    // one call from the page (a file, a build's answer). Reset by factlens_reset_timings.
    double longest_work_ms = 0;
    // Each frame's own work since the reset (ms: building it in ImGui and the app, not WebGL
    // drawing it), the last kFrameTimes of them: state()'s "frame_times" (bench/views.mjs).
    static constexpr std::size_t kFrameTimes = 4096;
    std::vector<float> frame_ms;
    std::string items_buffer;  // and factlens_items_json's
    unsigned long long fonts_for_corpus = ~0ull;  // the story whose scripts were looked at
    // Idling: with nothing to draw the main loop is paused (no animation frames at all) and
    // resumed by input (an SDL event watch), a call from the page, or a timer.
    bool paused = false;
    bool blink_timer = false;            // a wake-up for the text cursor is set
    unsigned long long wakeups = 0;      // calls of frame(): each one the browser waking us
    // The last frame's draw data (state()'s "draw"): lists, vertices and indices, and the
    // largest list's vertex count (over 65,536 needs 32-bit indices, see CMakeLists.txt).
    int draw_lists = 0;
    long long draw_vertices = 0, draw_indices = 0, draw_largest_list = 0;
    // Where the time to the first frame goes (state()'s "startup", bench/weight.mjs), in ms:
    // when main() began (since navigation), SDL + WebGL + Dear ImGui's set-up, the font
    // atlas (the first build in main(); atlas_ms is the last build), and the first frame
    // (its GL objects and font texture included) and when it ended.
    double main_at_ms = 0, init_ms = 0, manifest_ms = 0, first_atlas_ms = 0, atlas_ms = 0, first_frame_ms = 0, first_frame_at_ms = 0;

    // The screen is final: no input waiting in SDL's queue or ours, no frame asked for.
    // Idle: settled, and no work under way in the background either. Tests wait for these
    // instead of guessing from frame counts.
    bool settled() const {
        return ready && pending.empty() && hold_input_frames == 0 && frames_to_draw <= 0 && !app.busy() &&
               SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) == SDL_FALSE;
    }
    bool idle() const { return settled() && !app.working(); }
};

Runtime* g_rt = nullptr;

// Follows the mouse through the events as they are handed to ImGui, one by one.
void track_mouse(Runtime& rt, const SDL_Event& ev) {
    auto button = [](Uint8 b) { return b == SDL_BUTTON_LEFT ? 0 : b == SDL_BUTTON_RIGHT ? 1 : b == SDL_BUTTON_MIDDLE ? 2 : -1; };
    switch (ev.type) {
        case SDL_MOUSEMOTION: rt.mouse_pos = ImVec2(static_cast<float>(ev.motion.x), static_cast<float>(ev.motion.y)); break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            rt.mouse_pos = ImVec2(static_cast<float>(ev.button.x), static_cast<float>(ev.button.y));
            const int b = button(ev.button.button);
            if (b < 0) break;
            rt.mouse_down[b] = ev.type == SDL_MOUSEBUTTONDOWN;
            if (ev.type == SDL_MOUSEBUTTONDOWN) rt.mouse_pressed[b] = true;
            break;
        }
        case SDL_WINDOWEVENT:
            if (ev.window.event == SDL_WINDOWEVENT_LEAVE) rt.mouse_pos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        default: break;
    }
}

// ---------------------------------------------------------------------------------
// [SECTION] Frame loop and idling
// ---------------------------------------------------------------------------------
// Idle by pausing the main loop: once nothing is left to draw, frame() pauses it, so the
// browser stops calling us (no animation frames, no wake-ups). Anything that may change
// the screen resumes it: an input event (SDL pushes one for every mouse, touch, key,
// wheel, resize, focus and visibility event; an event watch sees it as it is pushed),
// every call from the page (a fragment, a file, a font, a worker's answer: wake()), and the
// text cursor's blink timer.
void resume() {
    if (!g_rt || !g_rt->paused) return;
    g_rt->paused = false;
    factlens::platform::resume_main_loop();
}

int on_sdl_event(void*, SDL_Event*) {
    resume();
    return 0;
}

void blink_wake() {
    if (!g_rt) return;
    g_rt->blink_timer = false;
    resume();
}

// At the end of a frame: pause the loop if nothing needs another one.
void maybe_pause(Runtime& rt, float dpr) {
    if (!rt.ready || !rt.pending.empty() || rt.hold_input_frames > 0 || rt.frames_to_draw > 0 || rt.app.busy() ||
        rt.fonts.scripts.dirty || dpr != rt.fonts.pixel_ratio || SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) == SDL_TRUE)
        return;
    if (ImGui::GetIO().WantTextInput && !rt.blink_timer) {
        rt.blink_timer = true;
        const double wait = kCursorBlinkSeconds - (factlens::platform::now_seconds() - rt.last_draw);
        factlens::platform::wake_after(std::max(0.0, wait), blink_wake);
    }
    rt.paused = true;
    factlens::platform::pause_main_loop();
}

// Measures one piece of factlens's own main-thread work into Runtime::longest_work_ms.
struct WorkTimer {
    double start = factlens::platform::now_seconds();
    mutable bool stopped = false;
    void stop() const {
        if (stopped || !g_rt) return;
        stopped = true;
        g_rt->longest_work_ms = std::max(g_rt->longest_work_ms, (factlens::platform::now_seconds() - start) * 1000);
    }
    ~WorkTimer() { stop(); }
};

void frame() {
    Runtime& rt = *g_rt;
    ++rt.wakeups;
    // Dear ImGui 1.86 has no input queue, so events that arrive together (a quick tap, a
    // synthetic click: move, press and release in one animation frame) would be merged
    // and lost: a key down and up in one frame is never seen down, and a press right
    // after a move hits the item hovered in the previous frame. Hand events over the way
    // 1.87's queue trickles them: stop before a press that follows a move, before a
    // release that follows its press, and before a move that follows a press or release
    // (a release and the next click's move in one frame would release over the next
    // item: a button that fires on release would miss its click), and take the rest next
    // frame.
    SDL_Event event;
    while (SDL_PollEvent(&event)) rt.pending.push_back(event);
    std::vector<SDL_Scancode> pressed_now;
    bool moved = false, clicked = false, button_changed = false;
    // After a shortcut (Ctrl+F focuses a search box), ImGui moves the focus over the next
    // two frames: keys typed right after it wait, so the first letter lands in the box.
    if (rt.hold_input_frames > 0) {
        --rt.hold_input_frames;
        if (!rt.pending.empty()) rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);
    }
    while (!rt.pending.empty() && rt.hold_input_frames == 0) {
        const SDL_Event& ev = rt.pending.front();
        if (ev.type == SDL_KEYUP &&
            std::find(pressed_now.begin(), pressed_now.end(), ev.key.keysym.scancode) != pressed_now.end())
            break;
        if (ev.type == SDL_MOUSEBUTTONDOWN && moved) break;
        if (ev.type == SDL_MOUSEBUTTONUP && clicked) break;
        if ((ev.type == SDL_MOUSEMOTION || ev.type == SDL_FINGERMOTION) && button_changed) break;
        if (ev.type == SDL_KEYDOWN) pressed_now.push_back(ev.key.keysym.scancode);
        if (ev.type == SDL_KEYDOWN && (ev.key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) && ev.key.keysym.scancode != SDL_SCANCODE_LCTRL &&
            ev.key.keysym.scancode != SDL_SCANCODE_RCTRL && ev.key.keysym.scancode != SDL_SCANCODE_LGUI &&
            ev.key.keysym.scancode != SDL_SCANCODE_RGUI)
            rt.hold_input_frames = 2;
        moved |= ev.type == SDL_MOUSEMOTION;
        clicked |= ev.type == SDL_MOUSEBUTTONDOWN;
        button_changed |= ev.type == SDL_MOUSEBUTTONDOWN || ev.type == SDL_MOUSEBUTTONUP;
        // A finger's swipe scrolls and its long press hovers (app/touch.h): those events stop here.
        if (factlens::touch::consume(ev, ImGui::GetIO().DisplaySize, factlens::platform::now_seconds())) {
            rt.pending.pop_front();
            rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&ev);
        track_mouse(rt, ev);
        const bool shortcut = rt.hold_input_frames > 0;
        if (ev.type == SDL_KEYDOWN || ev.type == SDL_KEYUP) {
            // The 1.86 backend reads modifiers from SDL_GetModState(), which is already the
            // state after every queued event (Ctrl released): take them from the event.
            ImGuiIO& io = ImGui::GetIO();
            const Uint16 mod = ev.key.keysym.mod;
            io.KeyCtrl = (mod & KMOD_CTRL) != 0;
            io.KeyShift = (mod & KMOD_SHIFT) != 0;
            io.KeyAlt = (mod & KMOD_ALT) != 0;
            io.KeySuper = (mod & KMOD_GUI) != 0;
        }
        rt.pending.pop_front();
        rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);
        if (shortcut) break;
    }
    if (!rt.pending.empty()) rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);

    // Browser zoom or a move to another screen changes the pixel ratio, and a script font
    // may have arrived: rebuild the font atlas so text stays sharp and every glyph shows.
    const float dpr = factlens::platform::device_pixel_ratio();
    // And the atlas of the first frame (Basic Latin only) makes way for the whole one.
    if (dpr != rt.fonts.pixel_ratio || rt.fonts.scripts.dirty || (rt.fonts.first_frame_only && rt.first_frame)) {
        std::string error;
        const double atlas_start = factlens::platform::now_seconds();
        const bool built = factlens::build_fonts(rt.fonts, dpr, error);
        rt.atlas_ms = (factlens::platform::now_seconds() - atlas_start) * 1000;
        if (built) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        } else {
            std::fprintf(stderr, "factlens: %s\n", error.c_str());
        }
        rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);
    }

    const double now = factlens::platform::now_seconds();
    const bool blink = ImGui::GetIO().WantTextInput && now - rt.last_draw >= kCursorBlinkSeconds;
    if (rt.app.busy()) rt.frames_to_draw = std::max(rt.frames_to_draw, 1);  // a story being opened, a step a frame
    if (factlens::touch::animating()) rt.frames_to_draw = std::max(rt.frames_to_draw, 1);  // a list gliding on
    if (rt.frames_to_draw <= 0 && !blink) {
        maybe_pause(rt, dpr);
        return;
    }
    rt.frames_to_draw = std::max(0, rt.frames_to_draw - 1);
    rt.last_draw = now;
    const double frame_start = now;

    // The default story is read after the first frame, not before it: the page shows the
    // app at once, and the story (reading and analysing it takes a few hundred ms on a slow
    // machine) in the frame after.
    if (rt.first_frame && !rt.story_read) {
        rt.story_read = true;
        const WorkTimer load;
        // The font slices' list too: only a story's text asks for slices.
        const double manifest_start = factlens::platform::now_seconds();
        rt.fonts.scripts.load_manifest("/fonts/script-fonts.json");
        rt.manifest_ms = (factlens::platform::now_seconds() - manifest_start) * 1000;
        if (!rt.app.load_default_story())
            std::fprintf(stderr, "factlens: %s\n", rt.app.status().corpus_error.c_str());
        // A shared link opens straight into its view: apply the fragment with the story.
        factlens::platform::request_url_fragment();
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    {
        // The mouse as of the events handed over, not SDL's latest (see Runtime::mouse_pos).
        ImGuiIO& io = ImGui::GetIO();
        factlens::touch::before_frame(io, rt.mouse_pos, rt.mouse_down, now);
        io.MousePos = rt.mouse_pos;
        for (int b = 0; b < 3; ++b) {
            io.MouseDown[b] = rt.mouse_down[b] || rt.mouse_pressed[b];
            rt.mouse_pressed[b] = false;
        }
    }
    const WorkTimer work;
    factlens::items::begin_frame();
    ImGui::NewFrame();
    rt.app.draw(rt.fonts);
    // A new story may be written in scripts the interface fonts do not draw: fetch the
    // Noto slices it needs (the atlas is rebuilt when they arrive).
    if (rt.app.corpus_generation() != rt.fonts_for_corpus) {
        rt.fonts_for_corpus = rt.app.corpus_generation();
        const factlens::Corpus& corpus = rt.app.corpus();
        std::vector<std::string> fetch = rt.fonts.scripts.need(corpus.title);
        for (const factlens::Source& s : corpus.sources)
            for (auto* text : {&s.text, &s.title, &s.outlet}) {
                for (std::string& f : rt.fonts.scripts.need(*text)) fetch.push_back(std::move(f));
                // Arabic is drawn in its joined forms (core/shaping.h): their slices too.
                if (factlens::needs_display_order(*text))
                    for (std::string& f : rt.fonts.scripts.need(factlens::display_order(*text))) fetch.push_back(std::move(f));
            }
        for (const std::string& f : fetch) factlens::platform::fetch_font(f);
    }
    ImGui::Render();
    if (const ImDrawData* dd = ImGui::GetDrawData()) {
        rt.draw_lists = dd->CmdListsCount;
        rt.draw_vertices = dd->TotalVtxCount;
        rt.draw_indices = dd->TotalIdxCount;
        rt.draw_largest_list = 0;
        for (int i = 0; i < dd->CmdListsCount; ++i)
            rt.draw_largest_list = std::max<long long>(rt.draw_largest_list, dd->CmdLists[i]->VtxBuffer.Size);
    }
    factlens::items::end_frame();
    rt.app.sync_page();
    work.stop();
    if (rt.frame_ms.size() < Runtime::kFrameTimes)
        rt.frame_ms.push_back(static_cast<float>((factlens::platform::now_seconds() - work.start) * 1000));

    int fb_w = 0, fb_h = 0;
    SDL_GL_GetDrawableSize(rt.window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(factlens::theme::kClear);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(rt.window);

    ++rt.app.status().frames_drawn;
    if (!rt.first_frame) {
        rt.first_frame = true;
        rt.first_frame_at_ms = factlens::platform::now_seconds() * 1000;
        rt.first_frame_ms = rt.first_frame_at_ms - frame_start * 1000;
        rt.frames_to_draw = std::max(rt.frames_to_draw, kFramesAfterEvent);  // the story comes next frame
        factlens::platform::notify_first_frame();
    } else if (!rt.ready && rt.story_read) {
        // The view is drawn from the state, so this frame already shows the linked one.
        rt.ready = true;
        factlens::platform::notify_ready();
    }
    maybe_pause(rt, dpr);
}

}  // namespace

namespace {
// ,"frame_times":{"count","median_ms","p95_ms","max_ms"} of the frames timed since the reset.
std::string frame_times_json(std::vector<float> ms) {
    if (ms.empty()) return ",\"frame_times\":{\"count\":0}";
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    char buf[160];
    std::snprintf(buf, sizeof buf, ",\"frame_times\":{\"count\":%zu,\"median_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}", ms.size(),
                  at(0.5), at(0.95), ms.back());
    return buf;
}
std::string text_of(const char* p, int n) { return p && n > 0 ? std::string(p, static_cast<std::size_t>(n)) : std::string(); }
void wake(int frames = kFramesAfterEvent) {
    g_rt->frames_to_draw = std::max(g_rt->frames_to_draw, frames);
    resume();
}
}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] Exports for the page
// ---------------------------------------------------------------------------------
extern "C" {

// Starts a new measure of the longest main-thread work (state()'s longest_work_ms).
void factlens_reset_timings() {
    if (!g_rt) return;
    g_rt->longest_work_ms = 0;
    g_rt->frame_ms.clear();
}

// JSON of the current view state (see factlens::state_json); the page's test hook.
const char* factlens_state_json() {
    if (!g_rt) return "{}";
    g_rt->app.status().idle = g_rt->idle();
    g_rt->app.status().settled = g_rt->settled();
    g_rt->app.status().script_fonts = g_rt->fonts.scripts.loaded();
    g_rt->app.status().missing_glyphs = g_rt->fonts.scripts.missing();
    g_rt->app.status().base_glyphs_lacking = g_rt->fonts.base_lacking;
    g_rt->app.status().longest_work_ms = g_rt->longest_work_ms;
    g_rt->app.status().text_input = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
    g_rt->state_buffer = g_rt->app.state_json();
    // The runtime's own figures (docs/testing.md): wake-ups of the main loop, whether it is
    // paused, and the last frame's draw data with the size of a draw index.
    if (!g_rt->state_buffer.empty() && g_rt->state_buffer.back() == '}') {
        g_rt->state_buffer.pop_back();
        g_rt->state_buffer += ",\"wakeups\":" + std::to_string(g_rt->wakeups) + ",\"paused\":" + (g_rt->paused ? "true" : "false") +
                              ",\"draw\":{\"lists\":" + std::to_string(g_rt->draw_lists) +
                              ",\"vertices\":" + std::to_string(g_rt->draw_vertices) +
                              ",\"indices\":" + std::to_string(g_rt->draw_indices) +
                              ",\"largest_list_vertices\":" + std::to_string(g_rt->draw_largest_list) +
                              ",\"index_bytes\":" + std::to_string(sizeof(ImDrawIdx)) + "}" + frame_times_json(g_rt->frame_ms);
        char startup[224];
        std::snprintf(startup, sizeof startup,
                      ",\"startup\":{\"main_at_ms\":%.1f,\"init_ms\":%.1f,\"manifest_ms\":%.1f,\"first_atlas_ms\":%.1f,"
                      "\"atlas_ms\":%.1f,\"first_frame_ms\":%.1f,\"first_frame_at_ms\":%.1f}}",
                      g_rt->main_at_ms, g_rt->init_ms, g_rt->manifest_ms, g_rt->first_atlas_ms, g_rt->atlas_ms, g_rt->first_frame_ms, g_rt->first_frame_at_ms);
        g_rt->state_buffer += startup;
    }
    return g_rt->state_buffer.c_str();
}

// JSON of every item drawn in the last frame, with ids, labels and rectangles in CSS
// pixels of the canvas (see src/app/items.h and docs/testing.md).
const char* factlens_items_json() {
    if (!g_rt) return "[]";
    g_rt->items_buffer = factlens::items::last_frame_json();
    return g_rt->items_buffer.c_str();
}

// Every string from the page comes through the heap with its length in bytes (never
// through ccall's 'string', which copies onto the 5 MB wasm stack before any limit
// applies), and the page checks these limits before it copies anything.
const char* factlens_limits_json() {
    static const std::string json = "{\"fragment\":" + std::to_string(factlens::kMaxFragmentBytes) +
                                    ",\"article\":" + std::to_string(factlens::kMaxArticleBytes) +
                                    ",\"story\":" + std::to_string(factlens::kMaxStoryBytes) +
                                    ",\"name\":" + std::to_string(factlens::kMaxLabelBytes) + "}";
    return json.c_str();
}

// The page hands over its URL fragment at start and on every navigation (Back, Forward,
// a fragment edited by hand). `length` may exceed the limit by one byte: the page cuts
// longer fragments there, so the app can say the link was too long.
void factlens_apply_fragment(const char* fragment, int length) {
    if (!g_rt || !fragment || length < 0) return;
    g_rt->app.apply_fragment(std::string_view(fragment, static_cast<std::size_t>(length)));
    wake();
}

// The page's mirror: a button there was activated (a click, Enter or Space) and acts on the
// widget it names, as a click on it would. Returns 1 when the app has such a widget.
int factlens_act(const char* id, int length) {
    if (!g_rt || length < 0 || length > 4096) return 0;
    const WorkTimer work;
    const bool known = g_rt->app.act(text_of(id, length));
    wake();
    return known ? 1 : 0;
}

// The page's mirror: a dialog's text field was edited there (`id` names the field, as on
// the canvas); returns 1 when an open dialog has that field.
int factlens_set(const char* id, int id_length, const char* value, int value_length) {
    if (!g_rt || id_length < 0 || id_length > 4096 || value_length < 0 || value_length > (1 << 20)) return 0;
    const WorkTimer work;
    const bool known = g_rt->app.set_value(text_of(id, id_length), text_of(value, value_length));
    wake();
    return known ? 1 : 0;
}

// The page's mirror: its search box's text, the current view's search (as typed in the
// canvas's own box).
void factlens_search(const char* text, int length) {
    if (!g_rt || length < 0 || length > 4096) return;
    g_rt->app.set_search(text_of(text, length));
    wake();
}

// The page's mirror: keyboard focus moved to the button for this widget ("" when it left
// the mirror); the canvas rings that widget and scrolls it into view.
void factlens_focus(const char* id, int length) {
    if (!g_rt || length < 0 || length > 4096) return;
    factlens::items::set_focus(text_of(id, length));
    wake();
}

// The worker's answer to platform::find_article_date: the date an article's text states
// (YYYY-MM-DD; empty when none, or when the worker failed).
void factlens_article_date(unsigned token, const char* iso, int length) {
    if (!g_rt || length < 0) return;
    g_rt->app.article_date(token, std::string_view(iso ? iso : "", iso ? static_cast<std::size_t>(length) : 0));
    wake();
}

// A file the user chose or dropped (kind 0: an article, 1: a saved story). A file over
// its limit is not read at all: the page passes no bytes and its real size, and the app
// says why it was refused.
void factlens_receive_file(int kind, const char* name, int name_length, const unsigned char* data, int size,
                           double file_size) {
    const WorkTimer work;
    if (!g_rt || !name || name_length < 0 || size < 0) return;
    const auto file_kind = kind == 1 ? factlens::platform::FileKind::Story : factlens::platform::FileKind::Articles;
    std::string file_name(name, static_cast<std::size_t>(name_length));
    if (file_size > static_cast<double>(size)) {
        g_rt->app.refuse_file(file_kind, std::move(file_name), file_size);
    } else {
        g_rt->app.receive_file(file_kind, std::move(file_name),
                               std::string_view(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)));
    }
    wake();
}

// A font slice the page fetched for fetch_font(); an empty one means it could not be had.
void factlens_font_loaded(const char* name, int name_length, const unsigned char* data, int size) {
    if (!g_rt || !name || name_length < 0 || size <= 0) return;
    g_rt->fonts.scripts.add(std::string(name, static_cast<std::size_t>(name_length)),
                            std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)));
    wake();
}

// A story file the worker's check refused: its problems, as the worker lists them.
void factlens_story_refused(const char* name, int name_length, const char* answer, int length) {
    const WorkTimer work;
    if (!g_rt || !name || !answer || name_length < 0 || length < 0) return;
    g_rt->app.story_refused(std::string(name, static_cast<std::size_t>(name_length)),
                            std::string_view(answer, static_cast<std::size_t>(length)));
    wake();
}

// The build worker's progress, and its answer (see App::build_done).
void factlens_build_progress(double progress) {
    if (!g_rt) return;
    g_rt->app.build_progress(static_cast<float>(progress));
    wake(1);
}

// The build's answer (App::build_done), with the story's library id when the page kept it
// there, else why it did not.
void factlens_build_done(int ok, const char* answer, int length, const char* kept_id, int kept_id_length, const char* kept_why,
                         int kept_why_length) {
    const WorkTimer work;
    if (!g_rt || !answer || length < 0) return;
    g_rt->app.build_done(ok != 0, std::string_view(answer, static_cast<std::size_t>(length)), text_of(kept_id, kept_id_length),
                         text_of(kept_why, kept_why_length));
    wake();
}

// A story the worker read and found good, as its snapshot (App::story_opened); `fragment`
// is the view to show once it is open.
void factlens_story_opened(const char* name, int name_length, const char* snapshot, int length, const char* kept_id,
                           int kept_id_length, const char* kept_why, int kept_why_length, const char* fragment,
                           int fragment_length) {
    const WorkTimer work;
    if (!g_rt || !name || !snapshot || name_length < 0 || length < 0) return;
    g_rt->app.story_opened(text_of(name, name_length), std::string_view(snapshot, static_cast<std::size_t>(length)),
                           text_of(kept_id, kept_id_length), text_of(kept_why, kept_why_length),
                           text_of(fragment, std::min<int>(fragment_length, static_cast<int>(factlens::kMaxFragmentBytes))));
    wake();
}

// The library's list (App::library_changed), a copied story link (App::link_copied), and a
// message about a link or the library (App::show_notice).
void factlens_library(const char* json, int length) {
    if (!g_rt) return;
    if (g_rt->app.library_changed(text_of(json, length))) wake();
}
void factlens_link_copied(int carries_story, const char* message, int length) {
    if (!g_rt) return;
    g_rt->app.link_copied(carries_story != 0, text_of(message, length));
    wake();
}
void factlens_notice(const char* message, int length) {
    if (!g_rt) return;
    g_rt->app.show_notice(text_of(message, length));
    wake();
}

// Text the page received from a paste or a drop; `total` is its full size when the page
// did not copy it because it is over the article limit.
void factlens_paste(const char* text, int length, double total) {
    const WorkTimer work;
    if (!g_rt || !text || length < 0) return;
    if (total > static_cast<double>(length)) g_rt->app.refuse_file(factlens::platform::FileKind::Articles, "pasted text", total);
    else g_rt->app.paste(std::string_view(text, static_cast<std::size_t>(length)));
    wake();
}

}  // extern "C"

// ---------------------------------------------------------------------------------
// [SECTION] Start-up
// ---------------------------------------------------------------------------------
int main(int, char**) {
    const double main_at = factlens::platform::now_seconds();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "factlens: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    // WebGL2 is OpenGL ES 3.0.
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    static Runtime rt;
    g_rt = &rt;
    // The canvas is sized by CSS (100% of the window); with RESIZABLE, SDL's Emscripten
    // backend follows window resizes and, with ALLOW_HIGHDPI, sets the canvas pixel size
    // to CSS size x devicePixelRatio.
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    rt.window = SDL_CreateWindow("factlens", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800, flags);
    rt.gl = rt.window ? SDL_GL_CreateContext(rt.window) : nullptr;
    if (!rt.gl) {
        std::fprintf(stderr, "factlens: cannot create a WebGL2 context: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(rt.window, rt.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetCurrentContext()->TestEngineHookItems = true;  // items.cpp records every widget
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is saved behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    factlens::theme::apply();
    ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // Copying from a text field goes to the browser's clipboard (SDL keeps its own).
    io.SetClipboardTextFn = [](void*, const char* text) { factlens::platform::copy_to_clipboard(text); };

    SDL_AddEventWatch(on_sdl_event, nullptr);
    rt.main_at_ms = main_at * 1000;
    rt.init_ms = (factlens::platform::now_seconds() - main_at) * 1000;
    std::string font_error;
    const double atlas_start = factlens::platform::now_seconds();
    if (!factlens::build_fonts(rt.fonts, factlens::platform::device_pixel_ratio(), font_error, /*first_frame_only=*/true)) {
        std::fprintf(stderr, "factlens: %s\n", font_error.c_str());
        return 1;
    }
    rt.first_atlas_ms = rt.atlas_ms = (factlens::platform::now_seconds() - atlas_start) * 1000;

    // The first frame is drawn here and now, not at the browser's next animation frame,
    // which came 20-70 ms later (the page's own layout and paint, the wasm's tier-up
    // compiles); the loop takes over from the second. The default story is read after
    // the first frame (see frame()).
    frame();
    factlens::platform::run_main_loop(frame);
    return 0;
}
