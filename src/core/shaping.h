// Display shaping for renderers that draw code points left to right, one glyph each, with
// no shaping and no bidi (Dear ImGui): Arabic letters are given their contextual
// presentation forms (U+FB50..U+FEFF, the mandatory lam-alef ligatures included) and a
// line's right-to-left runs are put in visual order by a simplified Unicode Bidirectional
// Algorithm. What is and is not done: docs/architecture.md, "Scripts and fonts".
//
// Input is one line (one visual line: reorder after wrapping, never before). The tables
// come from Debian's unicode-data at build time (tools/gen_shaping.py).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlens {

enum class TextDirection { Auto, LeftToRight, RightToLeft };

// True when display_order would look at the line: it is valid UTF-8 and holds a
// right-to-left code point (bidi class R or AL: Hebrew, Arabic, Syriac, Thaana, ...) or an
// Arabic digit (AN). Lines without one are drawn as they are.
// Allocates nothing; a Latin or CJK line answers false after one pass over its bytes.
bool needs_display_order(std::string_view utf8_line);

// The paragraph direction of a line by the first strong character (rules P2-P3):
// RightToLeft for R or AL, LeftToRight for L or when there is none. Invalid UTF-8: LTR.
TextDirection paragraph_direction(std::string_view utf8_line);

// The line as it is to be drawn left to right: shaped, then reordered. `paragraph` is the
// direction of the paragraph the line belongs to (Auto: from the line itself), so the lines
// of one wrapped paragraph agree. Returns false and leaves `out` (and `source`) untouched
// when the line is drawn as it is: invalid UTF-8, or none of the code points
// needs_display_order looks for and a paragraph not forced right-to-left. Otherwise
// writes `out` and returns true.
// Bidi format characters and ZWJ/ZWNJ (bidi class BN, LRM, RLM, ALM, embeddings and
// isolates) are used, then left out of `out`. When `source` is given, it gets one entry
// per byte of `out`: the byte offset in `utf8_line` of the code point that byte comes
// from (a lam-alef ligature comes from its lam), to map highlights and hits back.
bool display_order(std::string_view utf8_line, std::string& out, TextDirection paragraph = TextDirection::Auto,
                   std::vector<std::uint32_t>* source = nullptr);

// The same as a value: the line unchanged (a copy) when there is nothing to do.
std::string display_order(std::string_view utf8_line, TextDirection paragraph = TextDirection::Auto);

// Bytes of the generated Unicode tables behind these functions.
std::size_t shaping_table_bytes();

}  // namespace factlens
