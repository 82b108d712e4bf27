// Small, allocation-light helpers over UTF-8 text. Offsets are byte offsets unless a
// name says "code point".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factlens {

// Byte offset of the first byte that breaks UTF-8 (bad lead, truncated or overlong
// sequence, surrogate, beyond U+10FFFF), or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Number of Unicode code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// 1-based line and column (column counted in code points) of a byte offset.
struct LinePos {
    std::size_t line = 1;
    std::size_t column = 1;
};
LinePos line_pos_at(std::string_view text, std::size_t byte_offset);

// The first line that holds something other than white space, trimmed.
std::string_view first_line(std::string_view text);

// The text cut to at most `max_code_points` code points, ending in "…" when cut.
std::string clip_code_points(std::string_view text, std::size_t max_code_points);

// Text with leading and trailing ASCII white space removed.
std::string_view trim(std::string_view text);

}  // namespace factlens
