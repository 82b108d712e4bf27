#include "app/dialog_library.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <utility>

#include "app/items.h"
#include "app/platform.h"
#include "core/mirror.h"
#include "core/text.h"

namespace factlens {

void LibraryDialog::set_entries(std::string_view json) {
    const nlohmann::json list = nlohmann::json::parse(json, nullptr, false);
    entries_.clear();
    if (!list.is_array()) return;
    for (const nlohmann::json& e : list) {
        if (!e.is_object() || !e.contains("id") || !e["id"].is_string()) continue;
        LibraryEntry entry;
        entry.id = std::string(clip_bytes(e["id"].get<std::string>(), 64));
        entry.title = e.contains("title") && e["title"].is_string() ? clip_code_points(e["title"].get<std::string>(), 300) : "";
        entry.added = e.contains("added") && e["added"].is_number() ? e["added"].get<double>() : 0;
        entry.bytes = e.contains("bytes") && e["bytes"].is_number() ? e["bytes"].get<double>() : 0;
        entries_.push_back(std::move(entry));
    }
    if (!find(renaming_)) renaming_.clear();
    if (!find(deleting_)) deleting_.clear();
}

const LibraryEntry* LibraryDialog::find(std::string_view id) const {
    for (const LibraryEntry& e : entries_)
        if (e.id == id) return &e;
    return nullptr;
}

namespace {
std::string when(double ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    char buf[32] = "";
    if (const std::tm* tm = std::gmtime(&t)) std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", tm);
    return buf;
}
std::string size_words(double bytes) {
    char buf[32];
    if (bytes >= 1e6) std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
    else std::snprintf(buf, sizeof buf, "%.0f KB", std::max(1.0, bytes / 1e3));
    return buf;
}
}  // namespace

std::string LibraryDialog::mirror_html(const std::string& current) const {
    MirrorHtml h;
    h.raw("<section role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\">");
    h.el("h1", "Your stories", "id=\"dialog-title\"");
    h.el("p", entries_.empty() ? "No stories are kept in this browser yet. Every story you build or open is kept here, and works offline."
                               : "Every story you build or open is kept in this browser, and works offline.");
    if (!entries_.empty()) {
        h.raw("<ul aria-label=\"Kept stories\">");
        for (const LibraryEntry& e : entries_) {
            const std::string title = e.title.empty() ? "Untitled story" : e.title;
            h.raw("<li>");
            if (renaming_ == e.id) {
                h.field("library/title/" + e.id, "New title for " + title, rename_buf_, false, {}, {}, "library/save-title/" + e.id);
                h.button("library/save-title/" + e.id, "Save the title");
                h.raw(" ");
                h.button("library/cancel-rename/" + e.id, "Cancel", std::nullopt, "Keep the title " + title);
            } else {
                h.el("strong", title + (e.id == current ? " (on screen)" : ""));
            }
            h.el("p", "kept " + when(e.added) + " \u00B7 " + size_words(e.bytes));
            h.button("library/open/" + e.id, "Open", std::nullopt, "Open " + title);
            h.raw(" ");
            h.button("library/rename/" + e.id, "Rename", std::nullopt, "Rename " + title);
            h.raw(" ");
            if (deleting_ == e.id) {
                h.button("library/confirm-delete/" + e.id, "Delete it", std::nullopt, "Delete " + title + " for good");
                h.raw(" ");
                h.button("library/keep/" + e.id, "Keep it", std::nullopt, "Keep " + title);
            } else {
                h.button("library/delete/" + e.id, "Delete", std::nullopt, "Delete " + title);
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    h.button("library/close", "Close");
    h.raw("</section>");
    return h.take();
}

bool LibraryDialog::act(std::string_view id) {
    if (!open_) return false;
    if (id == "library/close") {
        close_asked_ = true;
        return true;
    }
    const std::size_t slash = id.rfind('/');
    if (slash == std::string_view::npos || !id.starts_with("library/")) return false;
    const std::string_view what = id.substr(8, slash - 8);
    const LibraryEntry* e = find(id.substr(slash + 1));
    if (!e) return false;
    if (what == "open") {
        platform::library_open(e->id);
        close_asked_ = true;
    } else if (what == "rename") {
        renaming_ = e->id;
        std::snprintf(rename_buf_, sizeof rename_buf_, "%s", e->title.c_str());
    } else if (what == "save-title") {
        if (renaming_ != e->id) return false;
        platform::library_rename(e->id, rename_buf_);
        renaming_.clear();
    } else if (what == "cancel-rename") {
        renaming_.clear();
    } else if (what == "delete") {
        deleting_ = e->id;
    } else if (what == "confirm-delete") {
        if (deleting_ != e->id) return false;
        platform::library_delete(e->id);
        deleting_.clear();
    } else if (what == "keep") {
        deleting_.clear();
    } else {
        return false;
    }
    return true;
}

bool LibraryDialog::set_value(std::string_view id, std::string_view value) {
    if (!open_ || renaming_.empty() || id != "library/title/" + renaming_) return false;
    const std::string_view v = clip_bytes(value, sizeof rename_buf_ - 1);
    std::memcpy(rename_buf_, v.data(), v.size());
    rename_buf_[v.size()] = '\0';
    return true;
}

void LibraryDialog::draw(const std::string& current) {
    if (!open_) return;
    if (!popup_shown_) {
        ImGui::OpenPopup("Your stories");
        popup_shown_ = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(820.0f, vp->WorkSize.x - 40), std::min(560.0f, vp->WorkSize.y - 40)), ImGuiCond_Always);
    bool keep_open = !std::exchange(close_asked_, false);
    if (ImGui::BeginPopupModal("Your stories", &keep_open, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(entries_.empty()
                                   ? "No stories are kept in this browser yet. Every story you build or open is kept here, "
                                     "and works offline."
                                   : "Every story you build or open is kept in this browser, and works offline.");
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        ImGui::BeginChild("library-list", ImVec2(0, -36), false);
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const LibraryEntry& e = entries_[i];
            ImGui::PushID(e.id.c_str());
            if (renaming_ == e.id) {
                ImGui::SetNextItemWidth(360);
                const bool done = ImGui::InputText("##title", rename_buf_, sizeof rename_buf_, ImGuiInputTextFlags_EnterReturnsTrue);
                items::name_item("library/title/" + e.id, "Title");
                ImGui::SameLine();
                if (ImGui::Button("Save") || done) act("library/save-title/" + e.id);
                items::name_item("library/save-title/" + e.id, "Save the title");
                ImGui::SameLine();
                if (ImGui::Button("Cancel")) act("library/cancel-rename/" + e.id);
                items::name_item("library/cancel-rename/" + e.id, "Cancel");
            } else {
                ImGui::TextUnformatted(e.title.empty() ? "Untitled story" : e.title.c_str());
                items::name_item("library/story/" + e.id, e.title);
                if (e.id == current) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("(on screen)");
                }
            }
            ImGui::TextDisabled("kept %s \u00B7 %s", when(e.added).c_str(), size_words(e.bytes).c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton("Open")) act("library/open/" + e.id);
            items::name_item("library/open/" + e.id, "Open " + e.title);
            ImGui::SameLine();
            if (ImGui::SmallButton("Rename")) act("library/rename/" + e.id);
            items::name_item("library/rename/" + e.id, "Rename " + e.title);
            ImGui::SameLine();
            if (deleting_ == e.id) {
                if (ImGui::SmallButton("Delete it")) act("library/confirm-delete/" + e.id);
                items::name_item("library/confirm-delete/" + e.id, "Delete " + e.title + " for good");
                ImGui::SameLine();
                if (ImGui::SmallButton("Keep it")) act("library/keep/" + e.id);
                items::name_item("library/keep/" + e.id, "Keep " + e.title);
            } else {
                if (ImGui::SmallButton("Delete")) act("library/delete/" + e.id);
                items::name_item("library/delete/" + e.id, "Delete " + e.title);
            }
            ImGui::Separator();
            ImGui::PopID();
        }
        ImGui::EndChild();
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) keep_open = false;
        items::name_item("library/close", "Close");
        if (!keep_open) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (!keep_open) {
        open_ = false;
        popup_shown_ = false;
        renaming_.clear();
        deleting_.clear();
    }
}

}  // namespace factlens
