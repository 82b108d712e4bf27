#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/items.h"
#include "app/platform.h"
#include "app/theme.h"
#include "app/view.h"
#include "core/export.h"
#include "core/extract.h"
#include "core/limits.h"
#include "core/link.h"
#include "core/text.h"

namespace factlens {

bool App::load_corpus(const std::string& path) {
    CorpusLoad load = load_corpus_file(path);
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
    status.building = build_.has_value() || (opening_ && opening_->built);  // built, then opened
    status.build_progress = build_ ? build_->progress : 0.0f;
    status.dialog = add_sources_.is_open() ? "add-sources" : open_errors_.empty() ? "" : "open-errors";
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

void App::apply_fragment(std::string_view fragment) {
    FragmentDecode d = decode_fragment(fragment, corpus_);
    if (d.state.view != state_.view) ++status_.view_changes;
    state_ = std::move(d.state);
    notice_.clear();
    notice_details_ = d.notices;
    if (!d.notices.empty()) {
        notice_ = "Some of this link could not be restored (" + d.notices.front();
        if (d.notices.size() > 1) notice_ += "; and " + std::to_string(d.notices.size() - 1) + " more";
        notice_ += ").";
    }
    last_fragment_ = encode_fragment(state_);
    last_push_key_ = push_key(state_);
    // A link whose values were dropped now describes a different state: correct the URL.
    if (last_fragment_ != std::string(fragment.starts_with('#') ? fragment.substr(1) : fragment))
        platform::set_url_fragment(last_fragment_, false);
}

void App::sync_url() {
    const std::string fragment = encode_fragment(state_);
    if (fragment == last_fragment_) return;
    const std::string key = push_key(state_);
    platform::set_url_fragment(fragment, key != last_push_key_);
    last_fragment_ = fragment;
    last_push_key_ = key;
}

void App::copy_link() {
    sync_url();
    platform::copy_page_url();
    notice_ = "Link to this view copied to the clipboard.";
    notice_details_.clear();
}

void App::replace_corpus(Corpus corpus) {
    redraw_frames_ = 3;
    ++corpus_generation_;
    corpus_ = std::move(corpus);
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
    // A saved story: the same format and checks as the curated one; texts are inline.
    start_opening(std::move(name), std::string(bytes), false);
}

void App::start_opening(std::string name, std::string json, bool built) {
    const FileReader no_files = [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "a story opened in the browser must carry its texts inline";
        return std::nullopt;
    };
    std::string keep = built && json.size() <= kMaxStoredStoryBytes ? json : std::string();
    opening_.emplace(Opening{CorpusParse(std::move(json), name, ".", no_files), std::move(name), built, std::move(keep)});
}

void App::start_opening(std::string name, SnapshotRead snapshot, bool built, std::string keep) {
    opening_.emplace(Opening{std::move(snapshot), std::move(name), built, std::move(keep)});
}

void App::story_opened(std::string name, std::string_view snapshot) {
    start_opening(name, SnapshotRead(std::string(snapshot), name), false, std::string());
}

// Opens the story a step at a time, for at most about 8 ms a frame: a snapshot a few
// thousand records per step; JSON in its three steps (read, model, analysis).
void App::step_opening() {
    if (!opening_) return;
    const double until = platform::now_seconds() + 0.008;
    bool done = false;
    do {
        done = std::visit([](auto& read) { return read.step(); }, opening_->read);
    } while (!done && platform::now_seconds() < until);
    if (!done) return;
    Opening opened = std::move(*opening_);
    opening_.reset();
    CorpusLoad load = std::visit([](auto& read) { return read.take(); }, opened.read);
    if (!load.ok()) {
        open_errors_file_ = opened.name;
        open_errors_ = std::move(load.errors);
        return;
    }
    if (!opened.built) {
        replace_corpus(std::move(load.corpus));
        notice_ = "Opened " + opened.name + ".";
        notice_details_.clear();
        return;
    }
    const bool kept = !opened.keep.empty();
    if (kept) platform::store_story(opened.keep);
    const std::size_t findings = load.corpus.findings.size();
    replace_corpus(std::move(load.corpus));
    select_view(state_, View::Findings);
    notice_ = "Built \u201C" + corpus_.title + "\u201D: " + std::to_string(corpus_.claims.size()) + " claims, " +
              std::to_string(findings) + " findings. " +
              (kept ? "It is kept in this browser (Story \u203A Reopen your last story)." : "It is too large to keep in this browser: save it (Story \u203A Save this story).");
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

double App::measure_extract(int repeats) const {
    std::size_t bytes = 0, items = 0;
    const double t0 = platform::now_seconds();
    for (int r = 0; r < repeats; ++r)
        for (const Source& s : corpus_.sources) {
            items += extract(s.text, s.published).size();
            bytes += s.text.size();
        }
    const double seconds = platform::now_seconds() - t0;
    return seconds > 0 && items > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
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

void App::build_done(bool ok, std::string_view answer, std::string_view keep) {
    if (!build_) return;  // cancelled meanwhile
    const std::string title = build_->title;
    build_.reset();
    if (!ok) {
        notice_ = "Could not build \u201C" + title + "\u201D: " + clip_code_points(answer, 300) + ". The story on screen is unchanged.";
        notice_details_.clear();
        return;
    }
    start_opening(title, SnapshotRead(std::string(answer), title), true, std::string(keep));
}

void App::draw_story_menu() {
    if (ImGui::SmallButton("Story\u2026")) ImGui::OpenPopup("story-menu");
    items::name_item("menu/story", "Story\u2026");
    if (ImGui::BeginPopup("story-menu")) {
        if (ImGui::MenuItem("Add sources\u2026", nullptr, false, !build_)) add_sources_.open();
        items::name_item("menu/add-sources", "Add sources\u2026");
        if (ImGui::MenuItem("Open a saved story\u2026")) platform::choose_files(platform::FileKind::Story);
        items::name_item("menu/open", "Open a saved story\u2026");
        if (ImGui::MenuItem("Save this story")) {
            platform::download(slug(corpus_.id) + ".factlens.json", "application/json", corpus_to_json(corpus_) + "\n");
        }
        items::name_item("menu/save", "Save this story");
        const bool export_open = ImGui::BeginMenu("Export");
        items::name_item("menu/export", "Export");
        if (export_open) {
            for (ExportFormat f : {ExportFormat::ClaimReview, ExportFormat::WebAnnotation, ExportFormat::TimelineJS, ExportFormat::Csv}) {
                const char* label = f == ExportFormat::ClaimReview     ? "ClaimReview (JSON-LD)"
                                    : f == ExportFormat::WebAnnotation ? "Web Annotations (JSON-LD)"
                                    : f == ExportFormat::TimelineJS    ? "TimelineJS (JSON)"
                                                                       : "Claims and mentions (CSV)";
                if (ImGui::MenuItem(label))
                    platform::download(std::string(export_file_name(f)), std::string(export_mime_type(f)), export_corpus(corpus_, f));
                items::name_item("menu/export/" + std::string(export_format_name(f)), label);
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem("The default story")) {
            load_corpus(kDefaultCorpusPath);
        }
        items::name_item("menu/default-story", "The default story");
        if (ImGui::MenuItem("Reopen your last story", nullptr, false, platform::has_stored_story())) platform::request_stored_story();
        items::name_item("menu/reopen", "Reopen your last story");
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
        const bool close = ImGui::Button("Close");
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
    ImGui::SameLine();
    ImGui::TextColored(theme::kAccent, "%s", notice_.c_str());
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
    ImGui::TextDisabled("%s", corpus_.title.empty() ? "no story loaded" : corpus_.title.c_str());
    draw_notice();
}

void App::draw_status_bar() {
    ImGui::Separator();
    if (opening_) {
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
    std::size_t checks = 0;
    for (const Finding& f : corpus_.findings) checks += is_check(f.kind);
    ImGui::TextDisabled("%zu sources \u00B7 %zu reports \u00B7 %zu events \u00B7 %zu claims \u00B7 %zu mentions \u00B7 %zu findings (%zu checks)",
                        corpus_.sources.size(), corpus_.report_count(), corpus_.event_count(), corpus_.claims.size(),
                        corpus_.mentions.size(), corpus_.findings.size(), checks);
    if (!state_.selection.claim.empty()) {
        ImGui::SameLine();
        ImGui::Text("\u00B7 claim %s selected (Esc clears)", state_.selection.claim.c_str());
    }
}

void App::draw_view_tabs() {
    // The strip is drawn from the state every frame, and a click changes the state in the
    // frame it happens: the state is the one owner of the view, so no click can be lost
    // between two owners (ImGui's tab bar kept its own selection a frame behind ours).
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
        }
    }
    ImGui::PopStyleVar(2);
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

    ViewContext ctx{corpus_, state_, fonts};
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
    static constexpr DrawFn kDraw[kViewCount] = {draw_timeline_view, draw_figures_view,  draw_sources_view,
                                                 draw_claims_view,   draw_findings_view, draw_compare_view};
    draw_view_tabs();
    const float status_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("view", ImVec2(0, -status_h), false);
    kDraw[static_cast<int>(state_.view)](ctx);
    ImGui::EndChild();
    draw_status_bar();
    if (redraw_frames_ > 0) --redraw_frames_;

    std::vector<Article> articles;
    BuildOptions options;
    bool open_errors_drawn = false;
    const auto nested = [&] {
        if (!open_errors_drawn) draw_open_errors();
    step_opening();
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
    step_opening();
    ImGui::End();
}

}  // namespace factlens
