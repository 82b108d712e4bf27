// Anchoring quotes (W3C TextQuoteSelector) to byte offsets in a source's text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace factlens {

enum class AnchorResult { Found, NotFound, Ambiguous };

// Finds quote.exact in text; where it occurs more than once, keeps the occurrences whose
// preceding text ends with quote.prefix and following text starts with quote.suffix.
// On success sets quote.start and quote.end. One pass over the text per quote.
AnchorResult anchor_quote(std::string_view text, Quote& quote);

// "quote "…" not found in source "x"" and the like, for diagnostics.
std::string anchor_error(AnchorResult result, const Quote& quote, std::string_view source_id);

// An index of one text for finding many patterns in it: its suffix array, built once in
// linear time (SA-IS), after which a look-up is a binary search, O(m log n) for a pattern
// of m bytes, however often the pattern or its first byte occurs. The text must outlive
// the index. About 4 bytes of memory per byte of text, and up to 3 times that while building.
class TextIndex {
public:
    explicit TextIndex(std::string_view text);

    struct Occurrences {
        std::size_t count = 0;  // how many times the pattern occurs
        std::size_t at = 0;     // one of its offsets (the only one when count == 1)
    };
    Occurrences find(std::string_view pattern) const;

private:
    std::string_view text_;
    std::vector<int> suffixes_;  // offsets of the text's suffixes, in sorted order
};

// The same as anchor_quote(text, quote), through an index of the text.
AnchorResult anchor_quote(const TextIndex& index, Quote& quote);

// Anchors the quotes of one text: a pass over the text for each of the first few, and
// through a TextIndex built on first need once they are many, so n quotes cost
// O(n log) rather than O(n × text).
class QuoteAnchorer {
public:
    explicit QuoteAnchorer(std::string_view text) : text_(text) {}
    AnchorResult anchor(Quote& quote);
    // How often `words` occur in the text: 0, 1, or 2 for "more than once".
    std::size_t count(std::string_view words);

private:
    const TextIndex* index();
    std::string_view text_;
    std::size_t calls_ = 0;
    std::unique_ptr<TextIndex> index_;
};

}  // namespace factlens
