// The seam between the app and the browser. Everything that needs Emscripten lives in
// platform_web.cpp; the views and the core never include it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlens::platform {

// A file the page handed over before main() ran: the default story's snapshot and the
// interface fonts ("/default-story.snapshot", "/fonts/ui.otf", ...), packed at build time
// into factlens.data by tools/pack-data.py and fetched by web/shell.js. The bytes live as
// long as the page; nullopt for a file it does not hold. The page has no file system.
std::optional<std::string_view> preloaded_file(std::string_view path);

// Runs `frame` once per browser animation frame (requestAnimationFrame); never returns.
void run_main_loop(void (*frame)());

// Idling without wake-ups: pause_main_loop() stops the browser calling `frame` (no more
// animation frames) until resume_main_loop(); wake_after(seconds, fn) calls fn once after a
// delay (a timer, not a frame), for a blinking text cursor.
void pause_main_loop();
void resume_main_loop();
void wake_after(double seconds, void (*fn)());

// CSS pixels to device pixels (2 on most HiDPI screens; changes with browser zoom).
float device_pixel_ratio();

// Seconds since the page started, for timers (cursor blink).
double now_seconds();

// Tells the page a first frame is on screen (the app, before its story is read): the page
// hides its loading card.
void notify_first_frame();

// Tells the page the first frame with the story is on screen: sets window.factlensReady and hides the
// loading state.
void notify_ready();

// Asks the page to hand over its URL fragment now (it calls factlens_apply_fragment); the
// page does the same on every navigation (Back, Forward, a fragment edited by hand).
void request_url_fragment();

// Changes the URL fragment: push adds a history entry (Back returns to the previous
// state), otherwise the current entry is replaced.
void set_url_fragment(const std::string& fragment, bool push);

// Puts the page's full address on the clipboard.
void copy_page_url();

// Puts text on the clipboard (navigator.clipboard); the browser may refuse silently.
void copy_to_clipboard(const std::string& text);
// Puts a quote's citation on the clipboard, followed by the page's address with `fragment`
// (a link to the quote in factlens).
void copy_with_link(const std::string& text, const std::string& fragment);
// The page's mirror of the screen (core/mirror.h): semantic HTML of the current view, kept
// beside the canvas for screen readers, the browser's find and keyboard users, and the
// document's title.
void set_mirror(const std::string& title, const std::string& html);

// Files the user picks: articles to add, or a saved story to open. The page hands the
// chosen (or dropped) files' bytes to factlens_receive_file.
enum class FileKind { Articles = 0, Story = 1 };
void choose_files(FileKind kind);

// Offers `data` as a download named `name`.
void download(const std::string& name, const std::string& mime, const std::string& data);

// Builds a story in the page's Web Worker (a second instance of the core, so the page
// keeps answering input) from `request`, JSON {"id", "title", "articles": [{"name",
// "text", "date"}]}. The page reports progress (factlens_build_progress) and the answer
// (factlens_build_done); cancel_build() stops the worker at once.
void start_build(const std::string& request);
void cancel_build();

// Looks for an article's own date in its text (core's find_article_date), in the page's
// worker: the page's own code has no extractor. The answer comes back through
// factlens_article_date with the same token ("" when the text states none).
void find_article_date(unsigned token, std::string_view text);

// Fetches a font slice (dist/fonts/<file>) for a script the story uses; the page hands
// its bytes to factlens_font_loaded.
void fetch_font(const std::string& file);

// The library of stories kept in this browser (web/library.js, IndexedDB). The page keeps
// each story the user builds or opens before handing it to the app, and tells the app the
// list whenever it changes (factlens_library), in this tab or another. These ask the page
// to act on one story, by its id (its content hash).
void library_open(const std::string& id);
void library_rename(const std::string& id, const std::string& title);
void library_delete(const std::string& id);
// Copies a link to `fragment` (the view) of the kept story `id`: with the story inside the
// link when it fits, else a link that asks for its file. The page answers with
// factlens_link_copied.
void copy_story_link(const std::string& id, const std::string& title, const std::string& fragment);
// Downloads the kept story's own bytes (so its file has the id a link names).
void save_kept_story(const std::string& id, const std::string& file_name);
// Downloads one .html file holding the app and the kept story (web/single-file.js).
void save_single_file(const std::string& id, const std::string& title, const std::string& fragment);

}  // namespace factlens::platform
