// The explorer: owns the loaded corpus and the view state, and draws one frame of UI.
// Knows nothing of SDL or the browser (main.cpp and platform_web.cpp do).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/dialog_library.h"
#include "app/dialog_sources.h"
#include "app/fonts.h"
#include "app/platform.h"
#include "core/corpus_io.h"
#include "core/mirror.h"
#include "core/snapshot.h"
#include "core/story_index.h"
#include "core/view_state.h"

namespace factlens {

// The default story (assets/bytedance-ai-2025), preloaded into the page's virtual file
// system as the snapshot written at build time (src/tools/snapshot_main.cpp): the page reads
// no story JSON itself; every other story comes from the worker as a snapshot too.
inline constexpr const char* kDefaultStoryPath = "/default-story.snapshot";

class App {
public:
    // Opens the default story's snapshot; on failure keeps what was loaded before and
    // records the errors.
    bool load_default_story();

    // Draws one frame of the whole window (the app bar, the active view, the status bar).
    void draw(const Fonts& fonts);

    // What `window.factlens.state()` returns.
    std::string state_json() const;

    // Puts the app in the state a link describes (a fragment without or with '#'); what
    // cannot be restored is named in a notice.
    void apply_fragment(std::string_view fragment);

    // Writes the state into the URL fragment when it changed: a new history entry for a
    // new view or selection, a replaced one for typing, panning and scrolling.
    void sync_url();

    // Copies a link to the current view and says so.
    void copy_link();

    // The page's mirror acts on a widget by name (core/mirror.h: act_on), as a click on it
    // would; false when no widget has that name.
    bool act(std::string_view id);
    // A text field of an open dialog, from the mirror ("add-sources/title", "library/title/<id>"):
    // its new value. False when no open dialog has that field.
    bool set_value(std::string_view id, std::string_view value);
    // The current view's search text, from the mirror's search box.
    void set_search(std::string_view text);
    // Keeps the page in step after a frame: the URL fragment (sync_url), and the mirror and
    // document title when the view, the selection or the story changed.
    void sync_page();

    // Files from the page (chosen or dropped): articles go to "Add sources". A story file
    // is read by the worker (story_opened / story_refused); one that reaches the app
    // directly is refused with why, and the current story stays.
    void receive_file(platform::FileKind kind, std::string name, std::string_view bytes);
    // Text pasted into the page: into the focused text field, else as a new article.
    void paste(std::string_view text);
    // A file (or pasted text) the page did not read because it is over its limit
    // (core/limits.h): the user is told which one and why; nothing else changes.
    void refuse_file(platform::FileKind kind, std::string name, double bytes);
    // The worker's answer to platform::find_article_date: an article's date ("" for none).
    void article_date(unsigned token, std::string_view iso) { add_sources_.date_found(token, iso); }

    // True while the app asks for more frames (a change made outside an input event).
    bool busy() const { return redraw_frames_ > 0 || opening_.has_value(); }
    // True while work is under way in the background (a story being built in the worker);
    // its progress messages bring frames, so it needs none of its own.
    bool working() const { return build_.has_value() || opening_.has_value(); }

    // The build worker's progress (0..1) and its answer: the story's snapshot
    // (core/snapshot.h) when `ok`, else why it could not be built.
    void build_progress(float progress);
    // `kept_id` is the story's id in the library when the page kept it there (else empty,
    // and `kept_why` says why not).
    void build_done(bool ok, std::string_view answer, std::string kept_id = {}, std::string kept_why = {});
    // A story the worker read and found good (a file, a library story, a link's story), as
    // its snapshot: opens it in steps, then applies `fragment` (the view a link names).
    void story_opened(std::string name, std::string_view snapshot, std::string kept_id, std::string kept_why,
                      std::string fragment);
    // The library's list changed (this tab or another): [{"id", "title", "added", "bytes"}].
    // True when the screen shows something of it (a frame is needed).
    bool library_changed(std::string_view json);
    // The page's answer to copy_story_link: whether the link carries the story, and what to
    // tell the user.
    void link_copied(bool carries_story, std::string message);
    // A message from the page about a link or the library (a link cut short, a story that
    // could not be kept); the story on screen stays.
    void show_notice(std::string message);
    // A story file the core refused in the worker: {"ok": false, "errors": [...],
    // "count": n}; listed like any story that cannot be opened.
    void story_refused(std::string name, std::string_view answer);

    AppStatus& status() { return status_; }
    const Corpus& corpus() const { return corpus_; }
    // Changes whenever another story replaces the one on screen.
    unsigned long long corpus_generation() const { return corpus_generation_; }

private:
    void draw_app_bar(const Fonts& fonts);
    void draw_view_tabs();
    void draw_status_bar();
    void draw_notice();
    void draw_story_menu();
    void draw_open_errors();
    void draw_share_dialog();
    // The dialog on top (the one that takes the input), as the mirror shows it: its title
    // and HTML; empty when none is open. And what its buttons do.
    struct DialogMirror {
        std::string title, html;
    };
    DialogMirror dialog_mirror() const;
    bool dialog_open() const { return !open_errors_.empty() || add_sources_.is_open() || library_.is_open() || share_dialog_; }
    bool dialog_act(std::string_view id);
    void copy_quote(std::size_t mention_index);
    // The Story menu's items and Copy link, by their widget names ("menu/save",
    // "menu/export/csv", "copy-link"): for the menu and for the mirror's buttons alike.
    bool story_action(std::string_view id);
    std::string mirror_key_;  // what the mirror in the page was made from
    // Below this width in CSS pixels (a phone, a tablet held upright, a desktop at 200% zoom)
    // the views take one column, and the tab strip scrolls.
    static constexpr float kCompactWidth = 800.0f;
    bool compact_ = false;
    View tabs_shown_ = View::Compare;  // the view the tab strip last scrolled to
    void replace_corpus(Corpus corpus, std::string story_id = {});
    // The URL fragment for the current state: the view, after `story=<id>` when the story
    // is one the library keeps (docs/links.md).
    std::string fragment() const;

    Corpus corpus_;
    Overview overview_;                     // of corpus_, made when it is replaced
    std::vector<const Finding*> ranked_;    // its findings in Findings' order, likewise
    StoryIndex index_;  // of corpus_, built when it is replaced (the views look things up in it)
    ViewState state_;
    AppStatus status_;
    std::vector<Diagnostic> load_errors_;
    std::string notice_;         // a short message in the app bar (a link not fully restored, "copied")
    std::vector<std::string> notice_details_;  // shown when the notice is hovered
    std::string last_fragment_;  // the fragment the URL holds
    std::string last_push_key_;  // view and selection when the last history entry was made
    AddSourcesDialog add_sources_;
    // A story is opened over several frames from the worker's snapshot, so the page keeps
    // answering input.
    void start_opening(std::string name, SnapshotRead snapshot, bool built, std::string kept_id, std::string kept_why,
                       std::string fragment = {});
    void step_opening();
    struct Opening {
        SnapshotRead read;
        std::string name;
        bool built = false;    // the story the worker built (shown in Findings)
        std::string kept_id;   // its id in the library, when the page kept it there
        std::string kept_why;  // else why the browser did not keep it ("" for a file the app parses)
        std::string fragment;  // the view to show once it is open (a link's)
    };
    std::optional<Opening> opening_;
    bool default_pending_ = true;  // the default story is read after the first frame: until then, "Opening the story"
    LibraryDialog library_;
    std::string story_id_;   // the story on screen's id in the library; empty for the built-in one
    bool share_dialog_ = false;  // "too large for a link": offer the story file or a single-file page
    bool share_close_asked_ = false;        // by the mirror: close it at the next draw
    struct BuildJob {
        std::string title;
        float progress = 0;
    };
    std::optional<BuildJob> build_;  // the story being built in the worker
    std::string open_errors_file_;     // a story file that could not be opened, and why
    std::vector<Diagnostic> open_errors_;
    bool open_errors_close_asked_ = false;  // by the mirror: close the list at the next draw
    unsigned long long corpus_generation_ = 0;
    int redraw_frames_ = 0;  // frames still to draw after a change made outside an input event
};

}  // namespace factlens
