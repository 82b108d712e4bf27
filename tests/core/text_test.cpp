#include "core/text.h"

#include <gtest/gtest.h>

using namespace factlens;

TEST(Utf8, AcceptsAsciiAndMultibyte) {
    EXPECT_FALSE(find_invalid_utf8("TikTok’s future — ¥ 字 😀"));
    EXPECT_FALSE(find_invalid_utf8(""));
}

TEST(Utf8, PointsAtFirstBadByte) {
    EXPECT_EQ(find_invalid_utf8("ab\xff"), 2u);
    EXPECT_EQ(find_invalid_utf8("ab\xe2\x80"), 2u);        // truncated 3-byte sequence
    EXPECT_EQ(find_invalid_utf8("\xc0\xaf"), 0u);          // overlong '/'
    EXPECT_EQ(find_invalid_utf8("x\xed\xa0\x80"), 1u);     // UTF-16 surrogate
    EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0u);  // beyond U+10FFFF
}

TEST(Utf8, CountsCodePoints) {
    EXPECT_EQ(count_code_points("abc"), 3u);
    EXPECT_EQ(count_code_points("’"), 1u);
    EXPECT_EQ(count_code_points("a😀b"), 3u);
}

TEST(Utf8, DecodesCodePointsOneByOne) {
    const std::string s = "a\u00E9\u20AC\U0001F600";  // 1, 2, 3 and 4 bytes
    std::size_t i = 0;
    EXPECT_EQ(next_code_point(s, i), U'a');
    EXPECT_EQ(i, 1u);
    EXPECT_EQ(next_code_point(s, i), U'\u00E9');
    EXPECT_EQ(next_code_point(s, i), U'\u20AC');
    EXPECT_EQ(next_code_point(s, i), U'\U0001F600');
    EXPECT_EQ(i, s.size());
    // A stray continuation byte is itself; a sequence cut short ends with the text.
    const std::string bad = "\x80z\xE2\x82";
    i = 0;
    EXPECT_EQ(next_code_point(bad, i), char32_t{0x80});
    EXPECT_EQ(next_code_point(bad, i), U'z');
    next_code_point(bad, i);
    EXPECT_EQ(i, bad.size());
}

TEST(LinePos, CountsLinesAndCodePointColumns) {
    const std::string_view text = "ab\n’cd\nx";
    EXPECT_EQ(line_pos_at(text, 0).line, 1u);
    EXPECT_EQ(line_pos_at(text, 3).line, 2u);
    EXPECT_EQ(line_pos_at(text, 3).column, 1u);
    // byte 6 is 'c': after the 3-byte ’, so column 2
    EXPECT_EQ(line_pos_at(text, 6).column, 2u);
}

TEST(FirstLine, SkipsBlankLinesAndTrims) {
    EXPECT_EQ(first_line("\n\n  Hello world  \nsecond"), "Hello world");
    EXPECT_EQ(first_line("   "), "");
}

TEST(Clip, CutsAtCodePointBoundaryWithEllipsis) {
    EXPECT_EQ(clip_code_points("short", 10), "short");
    EXPECT_EQ(clip_code_points("abcdef", 4), "abc…");
    EXPECT_EQ(clip_code_points("’’’’’’", 3), "’’…");  // never splits a multibyte character
}
