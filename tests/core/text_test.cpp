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
