#include "core/anchor.h"

#include "core/text.h"

namespace factlens {

AnchorResult anchor_quote(std::string_view text, Quote& quote) {
    if (quote.exact.empty()) return AnchorResult::NotFound;
    std::size_t found = std::string_view::npos;
    int matches = 0;
    for (std::size_t at = text.find(quote.exact); at != std::string_view::npos; at = text.find(quote.exact, at + 1)) {
        const std::string_view before = text.substr(0, at);
        const std::string_view after = text.substr(at + quote.exact.size());
        if (!before.ends_with(quote.prefix) || !after.starts_with(quote.suffix)) continue;
        if (++matches == 1) found = at;
    }
    if (matches == 0) return AnchorResult::NotFound;
    if (matches > 1) return AnchorResult::Ambiguous;
    quote.start = found;
    quote.end = found + quote.exact.size();
    return AnchorResult::Found;
}

std::string anchor_error(AnchorResult result, const Quote& quote, std::string_view source_id) {
    const std::string q = "\u201C" + clip_code_points(quote.exact, 60) + "\u201D";
    switch (result) {
        case AnchorResult::Found: return {};
        case AnchorResult::NotFound:
            return "quote " + q + (quote.prefix.empty() && quote.suffix.empty() ? "" : " (with its prefix/suffix)") +
                   " not found in source \"" + std::string(source_id) + "\"";
        case AnchorResult::Ambiguous:
            return "quote " + q + " occurs more than once in source \"" + std::string(source_id) +
                   "\"; add a prefix or suffix to say which";
    }
    return {};
}

}  // namespace factlens
