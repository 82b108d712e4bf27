// Widgets by name: every item drawn in the last frame, with a stable id, its label and its
// rectangle, for `window.factlens.items()` (browser tests, and later assistive mirrors).
//
// Two ways in, one list out:
// - Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE: ItemAdd gives each item's
//   rectangle, ItemInfo its label) record every labelled widget: buttons, tabs, menu items,
//   selectables, text fields. Their id is the label as written ("Copy link",
//   "Swap", "##search" when it has no visible text).
// - Things we draw ourselves (timeline marks, figure bars, reader highlights, finding
//   cards) and rows whose ImGui label says nothing are named explicitly with name_item()
//   or add_item(): "mark/capex-2025/0", "source/reuters-000". docs/testing.md lists them.
// Rectangles are in ImGui's coordinates, which are CSS pixels of the canvas.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace factlens::items {

// Starts recording a frame (call before ImGui::NewFrame) and makes it the one reported
// (call after ImGui::Render): the list always describes what is on screen.
void begin_frame();
void end_frame();

// Names the last ImGui item (its rectangle and visibility as ImGui has them); `selected`
// marks a chosen tab or row (checkboxes and radio buttons report theirs themselves).
void name_item(std::string_view id, std::string_view label, bool selected = false);
// Adds a custom-drawn thing with its screen rectangle; visible when inside the current
// window's clip rectangle.
void add_item(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, bool selected = false);

// Keyboard focus as the page's mirror has it (core/mirror.h): the widget named `id` gets a
// focus ring, and its window scrolls to show it once. Empty: none.
void set_focus(std::string_view id);
const std::string& focus();
// Draws the ring around the focused widget, if it was drawn this frame (call before
// ImGui::Render). True while a scroll to it is under way (more frames are needed).
bool draw_focus();

// The last frame's items as JSON: [{"id","label","x","y","w","h","visible","selected",
// "focused","window"}, ...].
std::string last_frame_json();

}  // namespace factlens::items
