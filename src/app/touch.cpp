#include "app/touch.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace factlens::touch {

namespace {

constexpr float kSlop = 8.0f;              // CSS px a finger may wander and still tap
constexpr double kLongPress = 0.5;          // seconds
constexpr float kStopSpeed = 20.0f;         // px/s below which momentum stops
constexpr double kMomentumDecay = 0.325;    // s: velocity falls by e in this time (as on iOS)

struct Gesture {
    bool down = false;
    SDL_FingerID finger = 0;
    ImVec2 start{}, at{};
    double start_time = 0;
    bool dragging = false;      // moved past the slop: a swipe
    bool claimed = false;       // a widget takes the drag (the timeline pans)
    bool cancelled = false;     // no click at the end (a swipe, a long press, a pinch)
    int axis = -1;              // 0: sideways, 1: up and down
    ImGuiID window = 0;         // the window it scrolls
    ImVec2 pending{};           // movement not applied yet
    ImVec2 velocity{};          // px/s, smoothed
    double last_time = 0;
    // Two fingers: a pinch.
    bool pinch = false;
    SDL_FingerID second = 0;
    ImVec2 second_at{};
    float pinch_distance = 0;
    float wheel = 0;            // wheel steps not given to ImGui yet
    ImVec2 midpoint{};
};

Gesture g;
bool leave_pointer = false;  // after a tap: move the pointer away once the click is seen
int leave_after = 0;
ImGuiID momentum_window = 0;
ImVec2 momentum{};
int momentum_axis = -1;
double momentum_time = 0;
bool claimed_this_frame = false;

ImVec2 position(const SDL_TouchFingerEvent& f, ImVec2 size) { return ImVec2(f.x * size.x, f.y * size.y); }

// The innermost window under `p` that can scroll along `axis`.
ImGuiWindow* scrollable_at(ImVec2 p, int axis) {
    ImGuiContext& ctx = *ImGui::GetCurrentContext();
    for (int i = ctx.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = ctx.Windows[i];
        if (!w->WasActive || w->Hidden || !w->OuterRectClipped.Contains(p)) continue;
        if ((axis == 1 ? w->ScrollMax.y : w->ScrollMax.x) > 0.0f) return w;
    }
    return nullptr;
}

void scroll_by(ImGuiID id, int axis, float delta) {
    ImGuiWindow* w = ImGui::FindWindowByID(id);
    if (!w || delta == 0.0f) return;
    if (axis == 1) ImGui::SetScrollY(w, ImClamp(w->Scroll.y - delta, 0.0f, w->ScrollMax.y));
    else ImGui::SetScrollX(w, ImClamp(w->Scroll.x - delta, 0.0f, w->ScrollMax.x));
}

}  // namespace

void claim_drag() { claimed_this_frame = true; }

bool consume(const SDL_Event& ev, ImVec2 size, double now) {
    switch (ev.type) {
        case SDL_FINGERDOWN: {
            const ImVec2 p = position(ev.tfinger, size);
            if (g.down && ev.tfinger.fingerId != g.finger) {
                // A second finger: a pinch; the first finger's press is not a click.
                g.pinch = true;
                g.cancelled = true;
                g.second = ev.tfinger.fingerId;
                g.second_at = p;
                const ImVec2 d(g.at.x - p.x, g.at.y - p.y);
                g.pinch_distance = std::sqrt(d.x * d.x + d.y * d.y);
                return true;
            }
            g = Gesture{};
            g.down = true;
            g.finger = ev.tfinger.fingerId;
            g.start = g.at = p;
            g.start_time = g.last_time = now;
            momentum = ImVec2(0, 0);  // a finger stops a list that is still gliding
            momentum_window = 0;
            leave_pointer = false;
            return false;
        }
        case SDL_FINGERMOTION: {
            if (!g.down) return false;
            const ImVec2 p = position(ev.tfinger, size);
            if (g.pinch) {
                if (ev.tfinger.fingerId == g.finger) g.at = p;
                else if (ev.tfinger.fingerId == g.second) g.second_at = p;
                const ImVec2 d(g.at.x - g.second_at.x, g.at.y - g.second_at.y);
                const float dist = std::sqrt(d.x * d.x + d.y * d.y);
                if (g.pinch_distance > 1.0f && dist > 1.0f) g.wheel += std::log(dist / g.pinch_distance) / 0.1625f;
                g.pinch_distance = dist;
                g.midpoint = ImVec2((g.at.x + g.second_at.x) * 0.5f, (g.at.y + g.second_at.y) * 0.5f);
                return true;
            }
            if (ev.tfinger.fingerId != g.finger) return false;
            const ImVec2 delta(p.x - g.at.x, p.y - g.at.y);
            g.at = p;
            if (!g.dragging) {
                const float dx = p.x - g.start.x, dy = p.y - g.start.y;
                if (dx * dx + dy * dy < kSlop * kSlop) return false;
                g.dragging = true;
                if (g.claimed) return false;  // the widget pans itself
                g.axis = std::fabs(dx) > std::fabs(dy) ? 0 : 1;
                ImGuiWindow* w = scrollable_at(g.start, g.axis);
                if (!w) w = scrollable_at(g.start, 1 - g.axis), g.axis = 1 - g.axis;
                g.window = w ? w->ID : 0;
                g.cancelled = true;
                g.pending = ImVec2(dx, dy);  // the slop counts too: the text follows the finger
            } else if (g.claimed) {
                return false;
            } else {
                g.pending.x += delta.x;
                g.pending.y += delta.y;
            }
            const double dt = now - g.last_time;
            if (dt > 0.0) {
                const float a = 0.6f;  // smoothing over the last few moves
                g.velocity.x = a * static_cast<float>(delta.x / dt) + (1 - a) * g.velocity.x;
                g.velocity.y = a * static_cast<float>(delta.y / dt) + (1 - a) * g.velocity.y;
            }
            g.last_time = now;
            return true;
        }
        case SDL_FINGERUP: {
            if (!g.down) return false;
            if (g.pinch && ev.tfinger.fingerId == g.second) {
                g.pinch = false;  // back to one finger, which no longer clicks
                return true;
            }
            if (ev.tfinger.fingerId != g.finger) return g.pinch;
            g.down = false;
            if (!g.claimed && g.dragging && g.window && now - g.last_time < 0.1) {
                momentum_window = g.window;
                momentum_axis = g.axis;
                momentum = g.velocity;
                momentum_time = now;
            }
            if (!g.dragging && now - g.start_time >= kLongPress) g.cancelled = true;  // a long press shows, never clicks
            leave_pointer = true;
            leave_after = g.cancelled ? 0 : 2;  // a tap: once ImGui has seen the release
            return false;
        }
        case SDL_MOUSEMOTION:
            return ev.motion.which == SDL_TOUCH_MOUSEID && g.cancelled;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            if (ev.button.which != SDL_TOUCH_MOUSEID) return false;
            // SDL sends the finger's mouse button before the finger event itself: a long
            // press is known here, at the release, before SDL_FINGERUP.
            if (ev.type == SDL_MOUSEBUTTONUP && g.down && !g.dragging && now - g.start_time >= kLongPress) g.cancelled = true;
            // A widget that took the drag (the timeline) sees its release, whatever the gesture
            // became: else it would stay pressed, and the next tap would not click.
            if (ev.type == SDL_MOUSEBUTTONUP && g.claimed) return false;
            return g.cancelled;
        default:
            return false;
    }
}

void before_frame(ImGuiIO& io, ImVec2& mouse_pos, bool (&mouse_down)[3], double now) {
    if (claimed_this_frame && g.down) g.claimed = true;
    claimed_this_frame = false;
    if (g.cancelled && !g.claimed) {
        // A swipe, a pinch or a long press: the press ends away from every widget.
        mouse_pos = ImVec2(-FLT_MAX, -FLT_MAX);
        mouse_down[0] = false;
        if (g.down && !g.dragging && !g.pinch) mouse_pos = g.at;  // a long press still hovers
    }
    if (g.window && (g.pending.x != 0 || g.pending.y != 0)) {
        scroll_by(g.window, g.axis, g.axis == 1 ? g.pending.y : g.pending.x);
        g.pending = ImVec2(0, 0);
    }
    if (g.wheel != 0.0f) {
        mouse_pos = g.midpoint;
        io.MouseWheel += g.wheel;
        g.wheel = 0;
    }
    if (momentum_window) {
        const double dt = std::min(0.05, now - momentum_time);
        momentum_time = now;
        const float k = static_cast<float>(std::exp(-dt / kMomentumDecay));
        momentum.x *= k;
        momentum.y *= k;
        const float v = momentum_axis == 1 ? momentum.y : momentum.x;
        if (std::fabs(v) < kStopSpeed) momentum_window = 0;
        else scroll_by(momentum_window, momentum_axis, v * static_cast<float>(dt));
    }
    if (leave_pointer && !g.down) {
        if (leave_after > 0) {
            --leave_after;
        } else {
            mouse_pos = ImVec2(-FLT_MAX, -FLT_MAX);
            leave_pointer = false;
            if (!g.down) g.cancelled = false;
        }
    }
}

bool pinching() { return g.down && g.pinch; }

bool animating() { return momentum_window != 0 || leave_pointer || g.wheel != 0.0f || (g.pending.x != 0 || g.pending.y != 0); }

}  // namespace factlens::touch
