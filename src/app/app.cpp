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
    ImGui::TextDisabled("%zu sources", corpus_.sources.size());
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
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput)
        state_.selection = Selection{};

    if (ImGui::BeginTabBar("views")) {
        if (ImGui::BeginTabItem("Sources")) {
            state_.view = View::Sources;
            const float status_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
            ImGui::BeginChild("view", ImVec2(0, -status_h), false);
            draw_sources_view(ctx);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    draw_status_bar();
    ImGui::End();
}

}  // namespace factlens
