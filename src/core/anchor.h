// Anchoring quotes (W3C TextQuoteSelector) to byte offsets in a source's text.
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"

namespace factlens {

enum class AnchorResult { Found, NotFound, Ambiguous };

// Finds quote.exact in text; where it occurs more than once, keeps the occurrences whose
// preceding text ends with quote.prefix and following text starts with quote.suffix.
// On success sets quote.start and quote.end.
AnchorResult anchor_quote(std::string_view text, Quote& quote);

// "quote "…" not found in source "x"" and the like, for diagnostics.
std::string anchor_error(AnchorResult result, const Quote& quote, std::string_view source_id);

}  // namespace factlens
