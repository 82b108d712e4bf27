#include "core/compare.h"

#include <gtest/gtest.h>

#include <string>

using namespace factlens;

namespace {
std::string piece(std::string_view t, Range r) { return std::string(t.substr(r.start, r.end - r.start)); }
}  // namespace

TEST(Sentences, SplitsAtStopsButNotInitials) {
    const std::string t = "U.S. President Donald Trump signed it. Nvidia declined to comment.\nNew line here";
    const auto s = split_sentences(t);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(piece(t, s[0]), "U.S. President Donald Trump signed it.");
    EXPECT_EQ(piece(t, s[1]), "Nvidia declined to comment.");
    EXPECT_EQ(piece(t, s[2]), "New line here");
    // A unit after a slash ends a sentence: "160 km/h." is no initial.
    const std::string u = "The trains reach 160 km/h. Deliveries start in May.";
    const auto su = split_sentences(u);
    ASSERT_EQ(su.size(), 2u);
    EXPECT_EQ(piece(u, su[1]), "Deliveries start in May.");
}

TEST(Alignment, PairsRewrittenSentencesInOrderAndLeavesGaps) {
    const std::string a = "ByteDance will spend over 150 billion yuan. Nvidia declined to comment. The end is near.";
    const std::string b = "See also: something else. ByteDance is expected to spend more than 150 billion yuan. The end is near.";
    const auto sa = split_sentences(a), sb = split_sentences(b);
    const auto pairs = align_sentences(a, sa, b, sb);
    int matched = 0;
    for (const auto& p : pairs) {
        if (p.a == 0) EXPECT_EQ(p.b, 1);
        if (p.a == 1) EXPECT_EQ(p.b, -1);  // no counterpart
        if (p.a == 2) EXPECT_EQ(p.b, 2);
        matched += p.a >= 0 && p.b >= 0;
    }
    EXPECT_EQ(matched, 2);
    EXPECT_EQ(pairs.size(), 4u);  // two pairs and two gaps
}

TEST(WordDiff, MarksTheWordsThatDiffer) {
    const std::string a = "plans to spend about half of that";
    const std::string b = "will spend half of the funds";
    std::vector<Range> only_a, only_b;
    word_diff(a, b, only_a, only_b);
    std::string wa, wb;
    for (auto r : only_a) wa += piece(a, r) + " ";
    for (auto r : only_b) wb += piece(b, r) + " ";
    EXPECT_EQ(wa, "plans to about that ");
    EXPECT_EQ(wb, "will the funds ");
}
