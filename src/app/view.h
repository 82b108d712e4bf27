// What every view draws from: the read-only model, the one piece of selection state,
// and the fonts. A view changes only `state`; views never call each other.
#pragma once

#include "app/fonts.h"
#include "core/model.h"
#include "core/view_state.h"

namespace factlens {

struct ViewContext {
    const Corpus& corpus;
    ViewState& state;
    const Fonts& fonts;
};

// One function per view, each in its own file (view_<name>.cpp).
void draw_sources_view(ViewContext& ctx);

}  // namespace factlens
