#include "app/app.h"

#include <imgui.h>

#include "app/theme.h"
#include "app/view.h"

namespace factlens {

bool App::load_corpus(const std::string& path) {
    CorpusLoad load = load_corpus_file(path);
    load_errors_ = std::move(load.errors);
    if (!load_errors_.empty()) {
        status_.corpus_error = load_errors_.front().to_string();
        return false;
    }
    corpus_ = std::move(load.corpus);
    state_ = ViewState{};
    status_.corpus_error.clear();
    return true;
}

std::string App::state_json() const { return factlens::state_json(state_, corpus_, status_); }

void App::draw_app_bar(const Fonts& fonts) {
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted("factlens");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", corpus_.title.empty() ? "no story loaded" : corpus_.title.c_str());
}

void App::draw_status_bar() {
    ImGui::Separator();
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
        else state_.selection = Selection{};
    }
    // Ctrl+F focuses the current view's search box. Dear ImGui 1.86's SDL backend indexes
    // keys by SDL scancode, and 'F' is scancode 9.
    constexpr int kScancodeF = 9;
    ctx.focus_search = (io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(kScancodeF, false);

    using DrawFn = void (*)(ViewContext&);
    // In View order.
    static constexpr DrawFn kDraw[kViewCount] = {draw_timeline_view, draw_figures_view,  draw_sources_view,
                                                 draw_claims_view,   draw_findings_view, draw_compare_view};
    if (ImGui::BeginTabBar("views")) {
        for (int i = 0; i < kViewCount; ++i) {
            const View v = static_cast<View>(i);
            // A view chosen elsewhere (a link, "show in text") selects its tab once.
            const ImGuiTabItemFlags tab_flags = (v == state_.view && static_cast<int>(v) != shown_view_) ? ImGuiTabItemFlags_SetSelected : 0;
            const std::string title(view_title(v));
            if (ImGui::BeginTabItem(title.c_str(), nullptr, tab_flags)) {
                // A click on a tab changes the view; a change made elsewhere waits for its tab.
                if (static_cast<int>(state_.view) == shown_view_ || v == state_.view) state_.view = v;
                shown_view_ = static_cast<int>(v);
                const float status_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
                ImGui::BeginChild("view", ImVec2(0, -status_h), false);
                kDraw[i](ctx);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    draw_status_bar();
    ImGui::End();
}

}  // namespace factlens
