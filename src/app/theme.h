// Colours and spacing: a light, paper-like theme for reading news text.
#pragma once

#include <imgui.h>

namespace factlens::theme {

void apply();

// Named colours the views share, so a colour means the same thing everywhere.
inline constexpr ImU32 kClear = IM_COL32(246, 244, 239, 255);  // page background
inline const ImVec4 kMuted{0.42f, 0.42f, 0.40f, 1.0f};          // secondary text
inline const ImVec4 kAccent{0.11f, 0.36f, 0.62f, 1.0f};         // links, selection
inline const ImVec4 kError{0.70f, 0.13f, 0.10f, 1.0f};          // errors

}  // namespace factlens::theme
