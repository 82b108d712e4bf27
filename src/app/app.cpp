#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <utility>
#include <nlohmann/json.hpp>

#include "app/items.h"
#include "app/platform.h"
#include "app/theme.h"
#include "app/view.h"
#include "core/export.h"
#include "core/snapshot.h"
#include "core/limits.h"
#include "core/link.h"
#include "core/mirror.h"
#include "core/names.h"
#include "core/text.h"

namespace factlens {

bool App::load_default_story() {
    default_pending_ = false;
    const std::optional<std::string_view> bytes = platform::preloaded_file(kDefaultStoryPath);
    CorpusLoad load = bytes ? decode_snapshot(std::string(*bytes), "the default story")
                            : CorpusLoad{{}, {Diagnostic{"the default story", "", 0, 0, "the page did not hand it over (factlens.data)"}}};
    load_errors_ = std::move(load.errors);
    if (!load_errors_.empty()) {
        status_.corpus_error = load_errors_.front().to_string();
        return false;
    }
    replace_corpus(std::move(load.corpus));
    return true;
}

std::string App::state_json() const {
    AppStatus status = status_;
    status.notice = notice_;
    status.pending_articles = add_sources_.pending();
    status.dates_looking = add_sources_.dates_looking();
    status.building = build_.has_value() || (opening_ && opening_->built);  // built, then opened
    status.build_progress = build_ ? build_->progress : 0.0f;
    status.dialog = add_sources_.is_open() ? "add-sources"
                    : !open_errors_.empty() ? "open-errors"
                    : library_.is_open()    ? "library"
                    : share_dialog_         ? "share"
                                            : "";
    status.story_id = story_id_;
    status.generation = corpus_generation_;
    for (const LibraryEntry& e : library_.entries()) status.library.push_back(e.title);
    status.open_errors = open_errors_.size();
    for (std::size_t i = 0; i < open_errors_.size() && i < 20; ++i) status.open_error_list.push_back(open_errors_[i].to_string());
    status.pending_problems = add_sources_.problems();
    return factlens::state_json(state_, corpus_, status);
}

namespace {
// What makes a new history entry: the view and the selection (and the currency, a
// deliberate choice), not the search text, the timeline range or the reading position.
std::string push_key(const ViewState& s) {
    return std::string(view_name(s.view)) + "|" + s.selection.source + "|" + s.selection.claim + "|" + s.selection.report +
           "|" + s.selection.finding + "|" + s.compare_source + "|" + s.currency + (s.log_scale ? "|log" : "|linear");
}
}  // namespace

void App::apply_fragment(std::string_view link) {
    FragmentDecode d = decode_fragment(link, corpus_);
    if (d.state.view != state_.view) ++status_.view_changes;
    state_ = std::move(d.state);
    notice_.clear();
    notice_details_ = d.notices;
    if (!d.notices.empty()) {
        notice_ = "Some of this link could not be restored (" + d.notices.front();
        if (d.notices.size() > 1) notice_ += "; and " + std::to_string(d.notices.size() - 1) + " more";
        notice_ += ").";
    }
    last_fragment_ = fragment();
    last_push_key_ = story_id_ + "|" + push_key(state_);
    // A link whose values were dropped now describes a different state: correct the URL.
    if (last_fragment_ != std::string(link.starts_with('#') ? link.substr(1) : link))
        platform::set_url_fragment(last_fragment_, false);
}

std::string App::fragment() const {
    const std::string view = encode_fragment(state_);
    if (story_id_.empty()) return view;
    return "story=" + story_id_ + (view.empty() ? "" : "&" + view);
}

void App::sync_url() {
    const std::string now = fragment();
    if (now == last_fragment_) return;
    const std::string key = story_id_ + "|" + push_key(state_);
    platform::set_url_fragment(now, key != last_push_key_);
    last_fragment_ = now;
    last_push_key_ = key;
}

void App::copy_link() {
    sync_url();
    if (story_id_.empty()) {
        platform::copy_page_url();
        notice_ = "Link to this view copied to the clipboard.";
    } else {
        // The page compresses the story into the link (or says it is too large): its answer
        // comes back as link_copied.
        platform::copy_story_link(story_id_, corpus_.title, encode_fragment(state_));
        notice_ = "Making a link that carries this story\u2026";
    }
    notice_details_.clear();
}

bool App::act(std::string_view id) {
    // A dialog takes the input while it is open, as on the canvas.
    if (dialog_open()) {
        const bool known = dialog_act(id);
        if (known) redraw_frames_ = std::max(redraw_frames_, 2);
        return known;
    }
    if (story_action(id)) {
        redraw_frames_ = std::max(redraw_frames_, 2);
        return true;
    }
    const MirrorAct r = act_on(state_, corpus_, id);
    if (!r.known) return false;
    if (r.view_changed) ++status_.view_changes;
    if (r.copy_mention) copy_quote(*r.copy_mention);
    redraw_frames_ = std::max(redraw_frames_, 2);
    return true;
}

bool App::set_value(std::string_view id, std::string_view value) {
    const bool known = id.starts_with("add-sources/") ? add_sources_.set_value(id, value)
                       : id.starts_with("library/")   ? library_.set_value(id, value)
                                                      : false;
    if (known) redraw_frames_ = std::max(redraw_frames_, 2);
    return known;
}

App::DialogMirror App::dialog_mirror() const {
    // In the order they stack: the open errors may open over "Add sources".
    if (!open_errors_.empty()) {
        MirrorHtml h;
        h.raw("<section role=\"alertdialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\" aria-describedby=\"dialog-what\">");
        h.el("h1", "Could not open", "id=\"dialog-title\"");
        h.el("p", open_errors_file_ + " is not a factlens story (" + count_words(open_errors_.size(), "problem", "problems") +
                      "); the current story stays open.", "id=\"dialog-what\"");
        h.raw("<ul aria-label=\"Problems\">");
        for (std::size_t i = 0; i < open_errors_.size() && i < 200; ++i) h.el("li", open_errors_[i].to_string());
        h.raw("</ul>");
        h.button("open-errors/close", "Close");
        h.raw("</section>");
        return {"Could not open \u00B7 factlens", h.take()};
    }
    if (add_sources_.is_open()) return {"Add sources \u00B7 factlens", add_sources_.mirror_html()};
    if (library_.is_open()) return {"Your stories \u00B7 factlens", library_.mirror_html(story_id_)};
    if (share_dialog_) {
        MirrorHtml h;
        h.raw("<section role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\">");
        h.el("h1", "Share this story", "id=\"dialog-title\"");
        h.el("p", notice_);
        h.el("p", "Share it another way:");
        h.button("share/story-file", "Save the story file");
        h.raw(" ");
        h.button("share/single-file", "Save a single-file page");
        h.raw(" ");
        h.button("share/close", "Close");
        h.raw("</section>");
        return {"Share this story \u00B7 factlens", h.take()};
    }
    return {};
}

bool App::dialog_act(std::string_view id) {
    if (!open_errors_.empty()) {
        if (id != "open-errors/close") return false;
        open_errors_close_asked_ = true;
        return true;
    }
    if (add_sources_.is_open()) return add_sources_.act(id);
    if (library_.is_open()) return library_.act(id);
    if (share_dialog_) {
        if (id == "share/story-file") platform::save_kept_story(story_id_, slug(corpus_.id) + ".factlens.json");
        else if (id == "share/single-file") platform::save_single_file(story_id_, corpus_.title, encode_fragment(state_));
        else if (id != "share/close") return false;
        share_close_asked_ = true;
        return true;
    }
    return false;
}

void App::set_search(std::string_view text) {
    state_.search = clip_code_points(text, 200);
    redraw_frames_ = std::max(redraw_frames_, 2);
}

void App::copy_quote(std::size_t mention_index) {
    if (mention_index >= corpus_.mentions.size()) return;
    // The link opens the quote in the reader, marked, with its claim selected.
    ViewState at = state_;
    show_in_text(at, corpus_, mention_index);
    at.search.clear();
    const std::string view = encode_fragment(at);
    platform::copy_with_link(quote_citation(corpus_, mention_index, {}),
                             story_id_.empty() ? view : "story=" + story_id_ + "&" + view);
    notice_ = "Quote copied, with its source and a link to it.";
    notice_details_.clear();
}

void App::sync_page() {
    sync_url();
    // The fragment sync_url just wrote says all the mirror is made from, with the story.
    // A dialog open on top is what the mirror shows (it is modal there too).
    DialogMirror dialog = dialog_mirror();
    std::string key = std::to_string(corpus_generation_) + "|" + last_fragment_ + "|" + (build_ ? "b" : "") +
                      (story_id_.empty() ? "" : "k") + "|" + dialog.html;
    if (key == mirror_key_) return;
    mirror_key_ = std::move(key);
    if (!dialog.html.empty()) {
        platform::set_mirror(dialog.title, dialog.html);
        return;
    }
    const MirrorPage page = mirror_page(corpus_, state_, MirrorMenu{!build_.has_value(), !story_id_.empty()});
    platform::set_mirror(page.title, page.html);
}

void App::link_copied(bool carries_story, std::string message) {
    notice_ = std::move(message);
    notice_details_.clear();
    share_dialog_ = !carries_story;
}

void App::show_notice(std::string message) {
    notice_ = clip_code_points(message, 600);
    notice_details_.clear();
}

bool App::library_changed(std::string_view json) {
    library_.set_entries(json);
    // The story on screen was deleted (here or in another tab): it stays on screen, but
    // links can no longer name it.
    if (!story_id_.empty() && !library_.find(story_id_)) {
        story_id_.clear();
        sync_url();
        return true;
    }
    return library_.is_open();
}

void App::replace_corpus(Corpus corpus, std::string story_id) {
    redraw_frames_ = 3;
    ++corpus_generation_;
    corpus_ = std::move(corpus);
    index_ = StoryIndex(corpus_);
    use_story_index(&index_);
    overview_ = story_overview(corpus_);
    ranked_ = findings_ranked(corpus_);
    story_id_ = std::move(story_id);
    share_dialog_ = false;
    state_ = ViewState{};
    load_errors_.clear();
    status_.corpus_error.clear();
    sync_url();
}

void App::receive_file(platform::FileKind kind, std::string name, std::string_view bytes) {
    if (kind == platform::FileKind::Articles) {
        add_sources_.add(std::move(name), bytes);
        return;
    }
    // A story file is read by the worker, which hands back a snapshot or the problems.
    (void)bytes;
    open_errors_file_ = clip_code_points(name, 200);
    open_errors_ = {Diagnostic{std::move(name), "", 0, 0, "the page's story reader (its worker) did not read this file; the story you had is still open"}};
}

void App::start_opening(std::string name, SnapshotRead snapshot, bool built, std::string kept_id, std::string kept_why,
                        std::string fragment) {
    opening_.emplace(Opening{std::move(snapshot), std::move(name), built, std::move(kept_id), std::move(kept_why), std::move(fragment)});
}

void App::story_opened(std::string name, std::string_view snapshot, std::string kept_id, std::string kept_why,
                       std::string fragment) {
    start_opening(name, SnapshotRead(std::string(snapshot), name), false, std::move(kept_id), std::move(kept_why), std::move(fragment));
}

// Opens the story a step at a time, for at most about 8 ms a frame: a snapshot a few
// thousand records per step; JSON in its three steps (read, model, analysis).
void App::step_opening() {
    if (!opening_) return;
    const double until = platform::now_seconds() + 0.008;
    bool done = false;
    do {
        done = opening_->read.step();
    } while (!done && platform::now_seconds() < until);
    if (!done) return;
    Opening opened = std::move(*opening_);
    opening_.reset();
    CorpusLoad load = opened.read.take();
    if (!load.ok()) {
        open_errors_file_ = opened.name;
        open_errors_ = std::move(load.errors);
        return;
    }
    const std::string kept = opened.kept_id.empty() && !opened.kept_why.empty()
                                 ? " It could not be kept in this browser (" + opened.kept_why + "): save it (Story \u203A Save this story)."
                                 : "";
    if (!opened.built) {
        replace_corpus(std::move(load.corpus), opened.kept_id);
        notice_ = "Opened " + opened.name + "." + kept;
        notice_details_.clear();
        if (!opened.fragment.empty()) {
            // The view came with the story (a link's, a single-file page's), not from the
            // address: write the address for what is shown.
            apply_fragment(opened.fragment);
            platform::set_url_fragment(last_fragment_, false);
        }
        return;
    }
    const std::size_t findings = load.corpus.findings.size();
    replace_corpus(std::move(load.corpus), opened.kept_id);
    select_view(state_, View::Findings);
    notice_ = "Built \u201C" + corpus_.title + "\u201D: " + std::to_string(corpus_.claims.size()) + " claims, " +
              std::to_string(findings) + " findings." +
              (kept.empty() ? std::string(" It is kept in this browser (Story \u203A Your stories).") : kept);
    notice_details_.clear();
}

void App::refuse_file(platform::FileKind kind, std::string name, double bytes) {
    const bool story = kind == platform::FileKind::Story;
    const double limit = static_cast<double>(story ? kMaxStoryBytes : kMaxArticleBytes);
    char why[160];
    std::snprintf(why, sizeof why, "too large: %.1f MB (%s can be at most %.0f MB), so it was not read", bytes / 1e6,
                  story ? "a story file" : "an article", limit / (1 << 20));
    name = clip_code_points(name, 200);
    if (story) {
        open_errors_file_ = name;
        open_errors_ = {Diagnostic{name, "", 0, 0, why}};
    } else {
        add_sources_.refuse(std::move(name), why);
    }
}

void App::paste(std::string_view text) {
    if (ImGui::GetIO().WantTextInput) {
        // The browser delivers the paste (SDL cannot read its clipboard): type it in.
        ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
        return;
    }
    add_sources_.add("", text);
}

void App::story_refused(std::string name, std::string_view answer) {
    const nlohmann::json a = nlohmann::json::parse(answer, nullptr, false);
    std::vector<Diagnostic> errors;
    if (a.is_object() && a.contains("errors") && a["errors"].is_array()) {
        for (const nlohmann::json& e : a["errors"]) {
            if (!e.is_object()) continue;
            errors.push_back(Diagnostic{e.value("file", name), e.value("pointer", std::string()), e.value("line", std::size_t{0}),
                                        e.value("column", std::size_t{0}), e.value("message", std::string())});
        }
    }
    if (errors.empty()) {
        errors.push_back(Diagnostic{name, "", 0, 0,
                                    a.is_object() && a.contains("error") && a["error"].is_string() ? a["error"].get<std::string>()
                                                                                                  : std::string("the file could not be read")});
    }
    open_errors_file_ = clip_code_points(name, 200);
    open_errors_ = std::move(errors);
}

void App::build_progress(float progress) {
    if (build_) build_->progress = std::clamp(progress, 0.0f, 1.0f);
}

void App::build_done(bool ok, std::string_view answer, std::string kept_id, std::string kept_why) {
    if (!build_) return;  // cancelled meanwhile
    const std::string title = build_->title;
    build_.reset();
    if (!ok) {
        notice_ = "Could not build \u201C" + title + "\u201D: " + clip_code_points(answer, 300) + ". The story on screen is unchanged.";
        notice_details_.clear();
        return;
    }
    start_opening(title, SnapshotRead(std::string(answer), title), true, std::move(kept_id), std::move(kept_why));
}

bool App::story_action(std::string_view id) {
    if (id == "copy-link") {
        copy_link();
    } else if (id == "menu/add-sources") {
        if (!build_) add_sources_.open();
    } else if (id == "menu/open") {
        platform::choose_files(platform::FileKind::Story);
    } else if (id == "menu/save") {
        // A kept story is saved as the very bytes the library holds, so its file has the id
        // that links name.
        if (!story_id_.empty()) platform::save_kept_story(story_id_, slug(corpus_.id) + ".factlens.json");
        else platform::download(slug(corpus_.id) + ".factlens.json", "application/json", corpus_to_json(corpus_) + "\n");
    } else if (id == "menu/save-page") {
        if (!story_id_.empty()) platform::save_single_file(story_id_, corpus_.title, encode_fragment(state_));
    } else if (id.rfind("menu/export/", 0) == 0) {
        const auto f = export_format_from_name(id.substr(12));
        if (!f) return false;
        platform::download(std::string(export_file_name(*f)), std::string(export_mime_type(*f)), export_corpus(corpus_, *f));
    } else if (id == "menu/default-story") {
        load_default_story();
    } else if (id == "menu/library") {
        library_.open();
    } else {
        return false;
    }
    return true;
}

void App::draw_story_menu() {
    if (ImGui::SmallButton("Story\u2026")) ImGui::OpenPopup("story-menu");
    items::name_item("menu/story", "Story\u2026");
    if (ImGui::BeginPopup("story-menu")) {
        // Each item does what the mirror's button of the same name does (story_action).
        const auto item = [&](const char* id, const char* label, bool enabled = true) {
            if (ImGui::MenuItem(label, nullptr, false, enabled)) story_action(id);
            items::name_item(id, label);
        };
        item("menu/add-sources", "Add sources\u2026", !build_);
        item("menu/open", "Open a saved story\u2026");
        item("menu/save", "Save this story");
        item("menu/save-page", "Save as a single-file page", !story_id_.empty());
        const bool export_open = ImGui::BeginMenu("Export");
        items::name_item("menu/export", "Export");
        if (export_open) {
            for (ExportFormat f : {ExportFormat::ClaimReview, ExportFormat::WebAnnotation, ExportFormat::TimelineJS, ExportFormat::Csv})
                item(("menu/export/" + std::string(export_format_name(f))).c_str(), std::string(export_format_title(f)).c_str());
            ImGui::EndMenu();
        }
        ImGui::Separator();
        item("menu/default-story", "The default story");
        item("menu/library", "Your stories\u2026");
        ImGui::EndPopup();
    }
}

void App::draw_open_errors() {
    if (open_errors_.empty()) return;
    ImGui::OpenPopup("Could not open");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
    if (ImGui::BeginPopupModal("Could not open", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("%s is not a factlens story (%zu problem%s); the current story stays open.", open_errors_file_.c_str(),
                    open_errors_.size(), open_errors_.size() == 1 ? "" : "s");
        ImGui::PopTextWrapPos();
        ImGui::BeginChild("errors", ImVec2(0, std::min(300.0f, 24.0f * static_cast<float>(open_errors_.size()) + 10)), true);
        for (const Diagnostic& d : open_errors_) ImGui::TextWrapped("%s", d.to_string().c_str());
        ImGui::EndChild();
        const bool close = ImGui::Button("Close") || std::exchange(open_errors_close_asked_, false);
        items::name_item("open-errors/close", "Close");
        if (close || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            open_errors_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void App::draw_notice() {
    if (notice_.empty()) return;
    // Beside the app bar's buttons when it fits there with its dismiss button; else on a line
    // of its own, wrapped, the button after it (a phone: nothing cut off at the edge).
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = ImGui::CalcTextSize("\u00D7").x + 2 * style.FramePadding.x + style.ItemSpacing.x;
    ImGui::SameLine();
    if (ImGui::CalcTextSize(notice_.c_str()).x + button > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(ImGui::GetContentRegionAvail().x - button, 8 * style.ItemSpacing.x));
    ImGui::TextColored(theme::kAccent, "%s", notice_.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered() && !notice_details_.empty()) {
        std::string all;
        for (const auto& n : notice_details_) all += (all.empty() ? "" : "\n") + n;
        wrapped_tooltip(all.c_str());
    }
    ImGui::SameLine();
    const bool dismiss = ImGui::SmallButton("\u00D7##notice");
    items::name_item("notice/dismiss", "Dismiss the message");
    if (dismiss) {
        notice_.clear();
        notice_details_.clear();
    }
}

void App::draw_app_bar(const Fonts& fonts) {
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted("factlens");
    ImGui::PopFont();
    // The buttons first, so they stay put whatever the story is called.
    ImGui::SameLine();
    draw_story_menu();
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy link")) copy_link();
    items::name_item("copy-link", "Copy link");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A link that reopens exactly this view (Ctrl+Shift+C)");
    ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    // Cut with an ellipsis where the bar ends on a phone, and short enough on a wide screen to
    // leave room for a notice; whole on hover.
    const std::string title = corpus_.title.empty() ? (default_pending_ ? "" : "no story loaded") : shown(corpus_.title);
    const std::string fit = ellipsized(title, std::min(ImGui::GetContentRegionAvail().x, 420.0f));
    ImGui::TextDisabled("%s", fit.c_str());
    if (fit.size() != title.size() && ImGui::IsItemHovered()) wrapped_tooltip(title.c_str());
    draw_notice();
}

void App::draw_status_bar() {
    ImGui::Separator();
    if (opening_ || default_pending_) {
        ImGui::TextUnformatted("Opening the story\u2026");
        return;
    }
    if (build_) {
        ImGui::ProgressBar(build_->progress, ImVec2(240, 0));
        items::add_item("build/progress", "Building the story", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::SameLine();
        ImGui::TextUnformatted("Building the story: extracting figures, dates and names\u2026");
        ImGui::SameLine();
        const bool cancel = ImGui::SmallButton("Cancel##build");
        items::name_item("build/cancel", "Cancel the build");
        if (cancel) {
            platform::cancel_build();
            notice_ = "Stopped building \u201C" + build_->title + "\u201D; the story on screen is unchanged.";
            notice_details_.clear();
            build_.reset();
        }
        return;
    }
    if (!load_errors_.empty()) {
        ImGui::TextColored(theme::kError, "Could not load the corpus (%zu problems): %s", load_errors_.size(),
                           load_errors_.front().to_string().c_str());
        return;
    }
    const std::size_t checks = overview_.checks;  // counted once per story
    const auto count = count_words;
    std::string line = count(corpus_.sources.size(), "source", "sources") + " \u00B7 " +
                       count(corpus_.claims.size(), "claim", "claims") + " \u00B7 " +
                       count(corpus_.findings.size() - checks, "disagreement", "disagreements") + " \u00B7 " +
                       count(checks, "check", "checks");
    if (!compact_)
        line = count(corpus_.sources.size(), "source", "sources") + " \u00B7 " + count(corpus_.report_count(), "report", "reports") +
               " \u00B7 " + count(corpus_.event_count(), "event", "events") + " \u00B7 " + count(corpus_.claims.size(), "claim", "claims") +
               " \u00B7 " + count(corpus_.mentions.size(), "mention", "mentions") + " \u00B7 " +
               count(corpus_.findings.size(), "finding", "findings") + " (" + count(checks, "check", "checks") + ")";
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::PopTextWrapPos();
    if (!compact_) {
        // How to work it from the keyboard, said where it is always seen.
        const char* keys = "Tab: move \u00B7 Enter: press \u00B7 ?: keys";
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(keys).x);
        ImGui::TextDisabled("%s", keys);
    }
}

void App::draw_view_tabs() {
    // The strip is drawn from the state every frame, and a click changes the state in the
    // frame it happens: the state is the one owner of the view, so no click can be lost
    // between two owners (ImGui's tab bar kept its own selection a frame behind ours).
    // On a narrow screen it scrolls sideways (a swipe, or the focus moving along it), and
    // every tab keeps its full name.
    const float strip_h = ImGui::GetFrameHeight() + (compact_ ? ImGui::GetStyle().ScrollbarSize * 0.5f + 4.0f : 0.0f);
    ImGui::BeginChild("tabs", ImVec2(0, strip_h), false,
                      compact_ ? ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse : ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2.0f, ImGui::GetStyle().ItemSpacing.y));
    const ImVec4 idle_bg = ImGui::GetStyleColorVec4(ImGuiCol_Tab);
    const ImVec4 active_bg = ImGui::GetStyleColorVec4(ImGuiCol_TabActive);
    for (int i = 0; i < kViewCount; ++i) {
        const View v = static_cast<View>(i);
        const bool active = state_.view == v;
        const std::string title(view_title(v));
        const float w = ImGui::CalcTextSize(title.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + 12.0f;
        if (i > 0) ImGui::SameLine();
        const ImVec2 size(w, ImGui::GetFrameHeight());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (!active) ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(idle_bg));
        ImGui::PushStyleColor(ImGuiCol_Header, active_bg);
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImGui::GetStyleColorVec4(ImGuiCol_TabHovered));
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, active_bg);
        if (ImGui::Selectable((title + "##tab").c_str(), active, 0, size) && !active) {
            select_view(state_, v);
            ++status_.view_changes;
        }
        ImGui::PopStyleColor(3);
        items::name_item("tab/" + std::string(view_name(v)), title, active);
        if (active) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, b.y - 3), b, ImGui::GetColorU32(theme::kAccent));
            if (tabs_shown_ != state_.view) {
                ImGui::SetScrollHereX(0.5f);  // the active tab is never off screen
                tabs_shown_ = state_.view;
            }
        }
    }
    ImGui::PopStyleVar(2);
    ImGui::EndChild();
    ImGui::Separator();
}

void App::draw(const Fonts& fonts) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("factlens", nullptr, flags);
    draw_app_bar(fonts);

    ViewContext ctx{corpus_, state_, fonts, overview_, ranked_};
    ctx.compact = compact_ = status_.compact = vp->WorkSize.x < kCompactWidth;
    ctx.generation = corpus_generation_;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        if (io.WantTextInput) ImGui::SetWindowFocus(nullptr);  // leave the text field first
        else clear_selection(state_);
    }
    // Ctrl+F focuses the current view's search box. Dear ImGui 1.86's SDL backend indexes
    // keys by SDL scancode, and 'F' is scancode 9.
    constexpr int kScancodeF = 9;
    ctx.focus_search = (io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(kScancodeF, false);
    if ((io.KeyCtrl || io.KeySuper) && io.KeyShift && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_C), false)) copy_link();

    using DrawFn = void (*)(ViewContext&);
    // In View order.
    static constexpr DrawFn kDraw[kViewCount] = {draw_overview_view, draw_timeline_view, draw_figures_view,
                                                 draw_sources_view,  draw_claims_view,   draw_findings_view,
                                                 draw_compare_view};
    draw_view_tabs();
    const float status_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("view", ImVec2(0, -status_h), false);
    if (default_pending_) ImGui::TextDisabled("Opening the story\u2026");  // the first frame, before the story is read
    else kDraw[static_cast<int>(state_.view)](ctx);
    ImGui::EndChild();
    if (ctx.more_frames) redraw_frames_ = std::max(redraw_frames_, 2);
    if (ctx.copy_mention) copy_quote(*ctx.copy_mention);
    if (ctx.copy_words) {
        // Words chosen in the reader: with their source and a link that opens the text there.
        const Source* src = corpus_.find_source(ctx.copy_words->source);
        if (src && ctx.copy_words->end <= src->text.size()) {
            ViewState at = state_;
            show_offset(at, src->id, ctx.copy_words->start);
            at.search.clear();
            const std::string view = encode_fragment(at);
            platform::copy_with_link(
                words_citation(corpus_, src->id, std::string_view(src->text).substr(ctx.copy_words->start, ctx.copy_words->end - ctx.copy_words->start), {}),
                story_id_.empty() ? view : "story=" + story_id_ + "&" + view);
            notice_ = "Copied, with its source and a link to it.";
            notice_details_.clear();
        }
    }
    draw_status_bar();
    if (redraw_frames_ > 0) --redraw_frames_;

    std::vector<Article> articles;
    BuildOptions options;
    bool open_errors_drawn = false;
    const auto nested = [&] {
        if (!open_errors_drawn) draw_open_errors();
        open_errors_drawn = true;
    };
    if (add_sources_.draw(fonts, articles, options, nested)) {
        nlohmann::json request{{"id", options.id}, {"title", options.title}, {"articles", nlohmann::json::array()}};
        for (const Article& a : articles)
            request["articles"].push_back({{"name", a.name}, {"text", a.text}, {"date", a.date ? a.date->iso() : ""}});
        build_ = BuildJob{options.title, 0.0f};
        platform::start_build(request.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    if (!open_errors_drawn) draw_open_errors();
    library_.draw(story_id_);
    draw_share_dialog();
    step_opening();
    if (items::draw_focus()) redraw_frames_ = std::max(redraw_frames_, 1);
    ImGui::End();
}

// A story too large to carry in a link: the two other ways to share it.
void App::draw_share_dialog() {
    if (!share_dialog_) return;
    if (!ImGui::IsPopupOpen("Share this story")) ImGui::OpenPopup("Share this story");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
    bool keep_open = !std::exchange(share_close_asked_, false);
    if (ImGui::BeginPopupModal("Share this story", &keep_open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(notice_.c_str());
        ImGui::TextUnformatted("Share it another way:");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Save the story file")) keep_open = !dialog_act("share/story-file");
        items::name_item("share/story-file", "Save the story file");
        ImGui::SameLine();
        if (ImGui::Button("Save a single-file page")) keep_open = !dialog_act("share/single-file");
        items::name_item("share/single-file", "Save a single-file page");
        ImGui::SameLine();
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) keep_open = false;
        items::name_item("share/close", "Close");
        if (!keep_open) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (!keep_open) {
        share_dialog_ = false;
        share_close_asked_ = false;
    }
}

}  // namespace factlens
