// Lining up two texts: sentences, their alignment (rewrites follow their origin closely),
// and the words that differ between two aligned sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlens {

struct Range {
    std::size_t start = 0;  // byte offsets
    std::size_t end = 0;
};

// Sentences of a text, split at ". ", "? ", "! " before a capital or a quote, and at line
// breaks; "U.S. President" is not split.
std::vector<Range> split_sentences(std::string_view text);

// Word overlap of two pieces of text (Jaccard index of their lower-case words), 0..1.
double sentence_similarity(std::string_view a, std::string_view b);

struct AlignedPair {
    int a = -1;  // sentence index in the first text, -1 for a gap
    int b = -1;
    double similarity = 0;
};

// Aligns two lists of sentences in order (dynamic programming), pairing sentences whose
// similarity reaches `min_similarity`; the others stand alone against a gap.
std::vector<AlignedPair> align_sentences(std::string_view text_a, const std::vector<Range>& a, std::string_view text_b,
                                         const std::vector<Range>& b, double min_similarity = 0.15);

// Words of `a` missing from `b` and words of `b` missing from `a` (longest common
// subsequence of words), as byte ranges relative to each piece.
void word_diff(std::string_view a, std::string_view b, std::vector<Range>& only_a, std::vector<Range>& only_b);

}  // namespace factlens
