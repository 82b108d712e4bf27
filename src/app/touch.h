// Touch gestures on a phone or tablet, on top of what SDL makes of a finger (a mouse with
// SDL_TOUCH_MOUSEID): Dear ImGui 1.86 knows only the mouse, so a swipe would be a drag that
// scrolls nothing and leaves the row under the finger pressed.
// - A tap is a click; afterwards the pointer leaves, so no hover or tooltip stays on screen.
// - A swipe scrolls the list or text under the finger (either axis), with momentum after
//   the finger lifts; it never clicks what it started on.
// - A long press (half a second, still) shows what hover shows, and does not click.
// - Two fingers pinching zoom the way the wheel does (the timeline), at their midpoint.
// A view whose widget takes drags itself (the timeline pans) claims the drag (claim_drag).
#pragma once

#include <SDL.h>
#include <imgui.h>

namespace factlens::touch {

// Looks at one SDL event before Dear ImGui gets it; true when the gesture used it up (the
// event must not reach ImGui).
bool consume(const SDL_Event& ev, ImVec2 display_size, double now);
// Before each ImGui frame: the pointer as the gesture wants it (moved away after a tap, a
// swipe or a long press, so nothing is clicked or left hovered), scrolling and momentum
// applied to the window under the finger, a pinch turned into wheel steps.
void before_frame(ImGuiIO& io, ImVec2& mouse_pos, bool (&mouse_down)[3], double now);
// True while momentum or a gesture needs more frames.
bool animating();
// True while two fingers are down in a pinch (it zooms through the wheel; nothing pans).
bool pinching();
// The widget under the finger takes the drag itself this frame (call while it is active).
void claim_drag();

}  // namespace factlens::touch
