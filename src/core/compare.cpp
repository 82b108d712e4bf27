#include "core/compare.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/limits.h"

namespace factlens {

namespace {

bool is_word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '$' || c == '%'; }

struct Word {
    Range range;
    std::string lower;
};

std::vector<Word> words_of(std::string_view t) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && !is_word_char(static_cast<unsigned char>(t[i]))) ++i;
        std::size_t j = i;
        while (j < t.size() && (is_word_char(static_cast<unsigned char>(t[j])) ||
                                ((t[j] == '.' || t[j] == ',') && j + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[j + 1])))))
            ++j;
        if (j > i) {
            std::string w(t.substr(i, j - i));
            for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            out.push_back({{i, j}, std::move(w)});
        }
        i = j;
    }
    return out;
}

}  // namespace

std::vector<Range> split_sentences(std::string_view t) {
    std::vector<Range> out;
    std::size_t start = 0;
    auto push = [&](std::size_t end) {
        std::size_t a = start, b = end;
        while (a < b && std::isspace(static_cast<unsigned char>(t[a]))) ++a;
        while (b > a && std::isspace(static_cast<unsigned char>(t[b - 1]))) --b;
        if (b > a) out.push_back({a, b});
        start = end;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\n') {
            push(i);
            continue;
        }
        if ((c == '.' || c == '?' || c == '!') && i + 2 < t.size() && t[i + 1] == ' ') {
            const unsigned char next = static_cast<unsigned char>(t[i + 2]);
            const bool capital = std::isupper(next) || next == '"' || next == 0xE2;  // 0xE2: a curly quote
            // An initial or abbreviation: one letter before the dot ("U.S.").
            // A letter after a slash ends a unit ("160 km/h."), not an initial.
            const bool initial = c == '.' && i >= 1 && std::isalpha(static_cast<unsigned char>(t[i - 1])) &&
                                 (i < 2 || (!std::isalpha(static_cast<unsigned char>(t[i - 2])) && t[i - 2] != '/'));
            if (capital && !initial) push(i + 1);
        }
    }
    push(t.size());
    return out;
}

namespace {

// A sentence's lower-case words, sorted and unique: made once per sentence, not once per
// pair of sentences compared.
std::vector<std::string> word_set(std::string_view t) {
    std::vector<std::string> out;
    for (auto& w : words_of(t)) out.push_back(std::move(w.lower));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<std::string>& wa, const std::vector<std::string>& wb) {
    if (wa.empty() || wb.empty()) return 0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < wa.size() && j < wb.size();) {
        const int c = wa[i].compare(wb[j]);
        if (c == 0) ++common, ++i, ++j;
        else if (c < 0) ++i;
        else ++j;
    }
    return static_cast<double>(common) / static_cast<double>(wa.size() + wb.size() - common);
}

}  // namespace

double sentence_similarity(std::string_view a, std::string_view b) { return jaccard(word_set(a), word_set(b)); }

std::vector<AlignedPair> align_sentences(std::string_view ta, const std::vector<Range>& all_a, std::string_view tb,
                                         const std::vector<Range>& all_b, double min_similarity) {
    // The alignment is quadratic in time and memory: only the first kMaxAlignedSentences
    // of each text are aligned; the rest stand alone against gaps, after them.
    const std::vector<Range> a(all_a.begin(), all_a.begin() + static_cast<std::ptrdiff_t>(std::min(all_a.size(), kMaxAlignedSentences)));
    const std::vector<Range> b(all_b.begin(), all_b.begin() + static_cast<std::ptrdiff_t>(std::min(all_b.size(), kMaxAlignedSentences)));
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::string>> words_a, words_b;
    for (const Range& r : a) words_a.push_back(word_set(ta.substr(r.start, r.end - r.start)));
    for (const Range& r : b) words_b.push_back(word_set(tb.substr(r.start, r.end - r.start)));
    std::vector<double> sim(n * m);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) sim[i * m + j] = jaccard(words_a[i], words_b[j]);
    // score[i][j]: best total similarity aligning the first i and j sentences.
    std::vector<double> score((n + 1) * (m + 1), 0.0);
    auto S = [&](std::size_t i, std::size_t j) -> double& { return score[i * (m + 1) + j]; };
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            double best = std::max(S(i - 1, j), S(i, j - 1));
            const double s = sim[(i - 1) * m + (j - 1)];
            if (s >= min_similarity) best = std::max(best, S(i - 1, j - 1) + s);
            S(i, j) = best;
        }
    std::vector<AlignedPair> out;
    std::size_t i = n, j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0) {
            const double s = sim[(i - 1) * m + (j - 1)];
            if (s >= min_similarity && S(i, j) == S(i - 1, j - 1) + s) {
                out.push_back({static_cast<int>(i - 1), static_cast<int>(j - 1), s});
                --i, --j;
                continue;
            }
        }
        if (i > 0 && (j == 0 || S(i, j) == S(i - 1, j))) {
            out.push_back({static_cast<int>(i - 1), -1, 0});
            --i;
        } else {
            out.push_back({-1, static_cast<int>(j - 1), 0});
            --j;
        }
    }
    std::reverse(out.begin(), out.end());
    for (std::size_t k = n; k < all_a.size(); ++k) out.push_back({static_cast<int>(k), -1, 0});
    for (std::size_t k = m; k < all_b.size(); ++k) out.push_back({-1, static_cast<int>(k), 0});
    return out;
}

void word_diff(std::string_view a, std::string_view b, std::vector<Range>& only_a, std::vector<Range>& only_b) {
    const std::vector<Word> wa = words_of(a), wb = words_of(b);
    const std::size_t n = wa.size(), m = wb.size();
    // The longest common subsequence is a table of (n+1)(m+1) cells. Two sentences too
    // long for it (a text with no full stops) keep their common first and last words, and
    // the middle of each is marked as differing whole.
    if ((n + 1) * (m + 1) > kMaxDiffCells) {
        std::size_t head = 0, tail = 0;
        while (head < n && head < m && wa[head].lower == wb[head].lower) ++head;
        while (tail < n - head && tail < m - head && wa[n - 1 - tail].lower == wb[m - 1 - tail].lower) ++tail;
        for (std::size_t i = head; i < n - tail; ++i) only_a.push_back(wa[i].range);
        for (std::size_t j = head; j < m - tail; ++j) only_b.push_back(wb[j].range);
        return;
    }
    std::vector<int> L((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int& { return L[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = wa[i].lower == wb[j].lower ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (wa[i].lower == wb[j].lower) ++i, ++j;
        else if (at(i + 1, j) >= at(i, j + 1)) only_a.push_back(wa[i++].range);
        else only_b.push_back(wb[j++].range);
    }
    while (i < n) only_a.push_back(wa[i++].range);
    while (j < m) only_b.push_back(wb[j++].range);
}

}  // namespace factlens
