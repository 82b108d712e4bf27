// The view state as a URL fragment, and back: "#view=figures&claim=capex-2025&cur=CNY".
// Readable key=value pairs, ids from the corpus, values percent-encoded (RFC 3986).
// Decoding is strict and forgiving at once: unknown keys are ignored, and a bad value or
// an id the corpus does not have falls back to the default for that key with a notice
// saying what could not be restored. See docs/links.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/view_state.h"

namespace factlens {

// The fragment (without '#') for a state: only keys that differ from the defaults.
std::string encode_fragment(const ViewState& state);

struct FragmentDecode {
    ViewState state;
    std::vector<std::string> notices;  // one per key that could not be restored
};

// Decodes a fragment (with or without a leading '#') against the corpus.
FragmentDecode decode_fragment(std::string_view fragment, const Corpus& corpus);

// Percent-encoding of a value: unreserved characters (A-Z a-z 0-9 - . _ ~) stay, all other
// bytes become %XX. Decoding accepts %XX (either case) and '+' as a space; it fails on a
// malformed escape or on bytes that are not UTF-8.
std::string percent_encode(std::string_view value);
bool percent_decode(std::string_view value, std::string& out);

// A link to the words in the original article (URL text fragment,
// "#:~:text=prefix-,exact,-suffix"), or "" when the source has no URL.
std::string text_fragment_url(const Source& source, const Quote& quote);

}  // namespace factlens
