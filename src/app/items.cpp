// Widgets by name (items.h). Dear ImGui 1.86 calls the test-engine hooks defined here for
// every item when IMGUI_ENABLE_TEST_ENGINE is defined and the context's
// TestEngineHookItems is set (main.cpp sets it once).
#include "app/items.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include <cstdarg>
#include <string>
#include <unordered_map>
#include <vector>

namespace factlens::items {

namespace {

struct Item {
    std::string id;
    std::string label;
    ImRect rect;
    ImRect clip;  // the part of the window it is drawn in that shows
    bool visible = false;
    bool selected = false;
    ImGuiID imgui_id = 0;
    ImGuiWindow* window = nullptr;  // valid only during the frame it was recorded in
    std::string window_name;
    bool blocked = false;  // behind a modal dialog
    bool focused = false;
    ImRect shown;          // the part that shows (set at the end of its frame)
};

struct Added {
    ImRect rect;
    ImRect clip;
    bool visible = false;
    ImGuiWindow* window = nullptr;
};

struct Recorder {
    std::vector<Item> current;
    std::unordered_map<ImGuiID, Added> added;  // this frame's ItemAdd calls, by ImGui id
    std::vector<Item> last;    // the last frame's, for last_frame_json (made only when asked)
    std::string last_json = "[]";
    bool json_stale = false;
    bool recording = false;
    std::string focus;         // the widget the mirror's focus stands for
    int scroll_frames = 0;     // frames left to bring it into view
};

Recorder& rec() {
    static Recorder r;
    return r;
}

// The visible text of an ImGui label: what comes before "##".
std::string_view visible_part(std::string_view label) { return label.substr(0, label.find("##")); }

bool visible_in_current_window(const ImRect& bb) {
    const ImGuiWindow* w = ImGui::GetCurrentContext()->CurrentWindow;
    return w && w->ClipRect.Overlaps(bb) && bb.GetWidth() > 0 && bb.GetHeight() > 0;
}

}  // namespace

void begin_frame() {
    Recorder& r = rec();
    r.current.clear();
    r.added.clear();
    r.recording = true;
}

void end_frame() {
    Recorder& r = rec();
    r.recording = false;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // A modal dialog covers everything outside it: those items cannot be clicked.
    const ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
    for (Item& it : r.current) {
        if (modal && it.window && it.window->RootWindow != modal) it.blocked = true;
        it.focused = (!r.focus.empty() && it.id == r.focus) ||
                     (it.imgui_id != 0 && (it.imgui_id == g.NavId || it.imgui_id == g.ActiveId) && g.NavWindow && it.window &&
                      g.NavWindow->RootWindow == it.window->RootWindow);
        it.shown = it.rect;
        it.shown.ClipWithFull(it.clip);
        if (it.shown.Min.x > it.shown.Max.x || it.shown.Min.y > it.shown.Max.y) it.shown = ImRect(it.rect.Min, it.rect.Min);
        it.window = nullptr;  // not valid past this frame
    }
    // The JSON is written only when the page asks for it (tests, benches), not every frame.
    std::swap(r.last, r.current);
    r.json_stale = true;
    r.current.clear();
    r.added.clear();
}

void name_item(std::string_view id, std::string_view label, bool selected) {
    Recorder& r = rec();
    if (!r.recording) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID last = g.LastItemData.ID;
    // The item the hooks already recorded becomes the named one.
    for (auto it = r.current.rbegin(); it != r.current.rend(); ++it) {
        if (last != 0 && it->imgui_id == last) {
            it->id = std::string(id);
            it->label = std::string(label);
            it->selected = it->selected || selected;
            return;
        }
    }
    Item item;
    item.id = std::string(id);
    item.label = std::string(label);
    item.rect = g.LastItemData.Rect;
    item.clip = g.CurrentWindow ? g.CurrentWindow->ClipRect : item.rect;
    item.visible = ImGui::IsItemVisible();
    item.selected = selected;
    item.imgui_id = last;
    item.window = g.CurrentWindow;
    item.window_name = g.CurrentWindow ? g.CurrentWindow->Name : "";
    r.current.push_back(std::move(item));
}

void add_item(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, bool selected) {
    Recorder& r = rec();
    if (!r.recording) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    Item item;
    item.id = std::string(id);
    item.label = std::string(label);
    item.rect = ImRect(min, max);
    item.clip = g.CurrentWindow ? g.CurrentWindow->ClipRect : item.rect;
    item.visible = visible_in_current_window(item.rect);
    item.selected = selected;
    item.window = g.CurrentWindow;
    item.window_name = g.CurrentWindow ? g.CurrentWindow->Name : "";
    r.current.push_back(std::move(item));
}

std::string last_frame_json() {
    Recorder& r = rec();
    if (r.json_stale) {
        nlohmann::json out = nlohmann::json::array();
        for (const Item& it : r.last) {
            out.push_back({{"id", it.id},
                           {"label", it.label},
                           {"x", it.rect.Min.x},
                           {"y", it.rect.Min.y},
                           {"w", it.rect.GetWidth()},
                           {"h", it.rect.GetHeight()},
                           {"shown", nlohmann::json::array({it.shown.Min.x, it.shown.Min.y, it.shown.GetWidth(), it.shown.GetHeight()})},
                           {"visible", it.visible && !it.blocked},
                           {"selected", it.selected},
                           {"focused", it.focused},
                           {"window", it.window_name}});
        }
        r.last_json = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        r.json_stale = false;
    }
    return r.last_json;
}

void set_focus(std::string_view id) {
    Recorder& r = rec();
    if (r.focus == id) return;
    r.focus = std::string(id);
    r.scroll_frames = r.focus.empty() ? 0 : 3;
}

const std::string& focus() { return rec().focus; }

bool draw_focus() {
    Recorder& r = rec();
    if (r.focus.empty()) return false;
    for (const Item& it : r.current) {
        if (it.id != r.focus || !it.window) continue;
        ImRect clip = it.clip;
        const bool inside = clip.Contains(it.rect) || it.rect.GetHeight() > clip.GetHeight();
        if (!inside && r.scroll_frames > 0) ImGui::ScrollToBringRectIntoView(it.window, it.rect);
        if (r.scroll_frames > 0) --r.scroll_frames;
        // The ring, clipped to the window the widget is drawn in, over everything else.
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        // Just outside the widget, so its label stays readable: blue on a white halo, clipped
        // to a little more than the window it is drawn in.
        dl->PushClipRect(ImVec2(clip.Min.x - 5, clip.Min.y - 5), ImVec2(clip.Max.x + 5, clip.Max.y + 5), false);
        const ImVec2 a(it.rect.Min.x - 3, it.rect.Min.y - 2), b(it.rect.Max.x + 3, it.rect.Max.y + 2);
        dl->AddRect(ImVec2(a.x - 1.5f, a.y - 1.5f), ImVec2(b.x + 1.5f, b.y + 1.5f), IM_COL32(255, 255, 255, 230), 5.0f, 0, 1.5f);
        dl->AddRect(a, b, IM_COL32(0, 95, 204, 255), 4.0f, 0, 2.5f);
        dl->PopClipRect();
        return r.scroll_frames > 0;
    }
    return false;
}

}  // namespace factlens::items

// [SECTION] Dear ImGui's test-engine hooks (imgui_internal.h, IMGUI_ENABLE_TEST_ENGINE) ----

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    using namespace factlens::items;
    Recorder& r = rec();
    if (!r.recording) return;
    ImGuiWindow* w = ctx->CurrentWindow;
    r.added[id] = Added{bb, w ? w->ClipRect : bb, w && w->ClipRect.Overlaps(bb), w};
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    using namespace factlens::items;
    Recorder& r = rec();
    if (!r.recording || !label) return;
    Item item;
    item.id = label;
    item.label = std::string(visible_part(label));
    item.imgui_id = id;
    if (auto found = r.added.find(id); found != r.added.end()) {
        item.rect = found->second.rect;
        item.clip = found->second.clip;
        item.visible = found->second.visible;
        item.window = found->second.window;
    } else {
        item.rect = ctx->LastItemData.Rect;
        item.window = ctx->CurrentWindow;
        item.clip = item.window ? item.window->ClipRect : item.rect;
        item.visible = item.window && item.window->ClipRect.Overlaps(item.rect);
    }
    item.window_name = item.window ? item.window->Name : "";
    item.selected = (flags & ImGuiItemStatusFlags_Checked) != 0;
    r.current.push_back(std::move(item));
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
