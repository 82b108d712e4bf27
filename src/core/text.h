// Small, allocation-light helpers over UTF-8 text. Offsets are byte offsets unless a
// name says "code point".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
// Case-insensitive (ASCII) substring search; an empty needle is everywhere.
bool contains_ci(std::string_view haystack, std::string_view needle);
// "1 claim", "3 claims": a count with its noun.
std::string count_words(std::size_t n, std::string_view one, std::string_view many);

// A small index written in decimal digits only ("12" in "copy-quote/12"), of at most nine
// digits; nothing for anything else ("", "-1", "3a").
std::optional<std::size_t> parse_index(std::string_view digits);

// Page furniture rather than the article: a newsletter or subscription prompt ("Get
// exclusive access to the Editor's Digest for free", "Sign up to our newsletter"), a
// "follow us" line, "See also:" and "Read more" links, an advertisement label.
bool is_boilerplate_line(std::string_view line);
// A link to another story or a navigation label: "Related: ...", "See also: ...", "Read
// more", "Advertisement" (the first part of is_boilerplate_line, without its prompts).
bool is_navigation_line(std::string_view line);
// What can stand as a text's headline: its first line that is not boilerplate, trimmed
// (a body paragraph when the text has no headline; callers clip it).
std::string_view headline_line(std::string_view text);

// The text cut to at most `max_code_points` code points, ending in "…" when cut.
std::string clip_code_points(std::string_view text, std::size_t max_code_points);

// The longest start of `text` that is at most `max_bytes` long and ends on a code point
// boundary: the way to cut UTF-8 text to a byte budget without splitting a character.
std::string_view clip_bytes(std::string_view text, std::size_t max_bytes);

// The code point that starts at byte `i` of UTF-8 text, with `i` moved past it. A byte that
// starts no sequence is taken as itself, and a sequence cut short by the text's end ends
// there (valid text, as find_invalid_utf8 passes it, decodes exactly).
char32_t next_code_point(std::string_view text, std::size_t& i);

// The lower case of a Latin letter (ASCII, Latin-1, Latin Extended-A, Latin Extended
// Additional: "Ả" -> "ả", "Þ" -> "þ"), the code point itself for any other; whether a
// code point is a Latin letter in lower or in upper case.
char32_t latin_lower(char32_t cp);
bool latin_is_lower(char32_t cp);
bool latin_is_upper(char32_t cp);

// The byte offset at or before `pos` where a code point starts (a UTF-8 continuation
// byte is never a start); text.size() when pos is beyond the text.
std::size_t code_point_start(std::string_view text, std::size_t pos);

// Code point offsets of byte offsets in one text, for many look-ups: counting from the
// start every time is quadratic over a long text. Keeps a count every 256 bytes.
class CodePointOffsets {
public:
    explicit CodePointOffsets(std::string_view text);
    std::size_t at(std::size_t byte_offset) const;  // code points before byte_offset

private:
    std::string_view text_;
    std::vector<std::size_t> checkpoints_;  // code points before byte k * 256
};

// A size for a message: "4 MiB" or "16 KiB" when whole, else "4194305 bytes (4.0 MiB)".
std::string size_text(std::size_t bytes);

// Text with leading and trailing ASCII white space removed.
std::string_view trim(std::string_view text);

// A copy with ASCII letters in lower case (other bytes, UTF-8 included, as they are).
std::string ascii_lower(std::string_view text);

}  // namespace factlens
