// [SECTION] Anchoring one quote
// [SECTION] Suffix array (SA-IS)
// [SECTION] TextIndex and QuoteAnchorer
#include "core/anchor.h"

#include <algorithm>

#include "core/text.h"

namespace factlens {

// ---------------------------------------------------------------------------------
// [SECTION] Anchoring one quote
// ---------------------------------------------------------------------------------
// An occurrence of `exact` whose text before ends with `prefix` and whose text after
// starts with `suffix` is exactly an occurrence of prefix + exact + suffix: search for
// that, so a short `exact` that occurs thousands of times costs one pass, not thousands.
namespace {
std::string context_pattern(const Quote& quote) { return quote.prefix + quote.exact + quote.suffix; }

AnchorResult settle(const Quote& quote, std::size_t count, std::size_t at, Quote& out) {
    if (count == 0) return AnchorResult::NotFound;
    if (count > 1) return AnchorResult::Ambiguous;
    out.start = at + quote.prefix.size();
    out.end = out.start + quote.exact.size();
    return AnchorResult::Found;
}
}  // namespace

AnchorResult anchor_quote(std::string_view text, Quote& quote) {
    if (quote.exact.empty()) return AnchorResult::NotFound;
    const std::string pattern = context_pattern(quote);
    const std::size_t at = text.find(pattern);
    std::size_t count = 0;
    if (at != std::string_view::npos) count = text.find(pattern, at + 1) == std::string_view::npos ? 1 : 2;
    return settle(quote, count, at, quote);
}

std::string anchor_error(AnchorResult result, const Quote& quote, std::string_view source_id) {
    const std::string q = "\u201C" + clip_code_points(quote.exact, 60) + "\u201D";
    switch (result) {
        case AnchorResult::Found: return {};
        case AnchorResult::NotFound:
            return "quote " + q + (quote.prefix.empty() && quote.suffix.empty() ? "" : " (with its prefix/suffix)") +
                   " not found in source \"" + std::string(source_id) + "\"";
        case AnchorResult::Ambiguous:
            return "quote " + q + " occurs more than once in source \"" + std::string(source_id) +
                   "\"; add a prefix or suffix to say which";
    }
    return {};
}

// ---------------------------------------------------------------------------------
// [SECTION] Suffix array (SA-IS)
// ---------------------------------------------------------------------------------
// Nong, Zhang and Chan's induced sorting (2009), in the compact form the AtCoder Library
// uses (CC0): classify suffixes as S or L, sort the LMS substrings by inducing, name them,
// recurse on the names when two are equal, then induce the whole order from the sorted
// LMS suffixes. Linear time; `s` holds values in [0, upper].
namespace {

template <class Symbol>
std::vector<int> sa_is(const Symbol* s, int n, int upper) {
    if (n == 0) return {};
    if (n == 1) return {0};
    if (n == 2) return s[0] < s[1] ? std::vector<int>{0, 1} : std::vector<int>{1, 0};
    std::vector<int> sa(static_cast<std::size_t>(n));
    std::vector<bool> ls(static_cast<std::size_t>(n));  // true: S-type (smaller than the suffix after it)
    for (int i = n - 2; i >= 0; --i) ls[i] = s[i] == s[i + 1] ? ls[i + 1] : s[i] < s[i + 1];
    // sum_l[c]: where bucket c starts; sum_s[c]: where its S-type part starts.
    std::vector<int> sum_l(static_cast<std::size_t>(upper) + 1), sum_s(static_cast<std::size_t>(upper) + 1);
    for (int i = 0; i < n; ++i) {
        if (!ls[i]) ++sum_s[s[i]];
        else ++sum_l[s[i] + 1];
    }
    for (int c = 0; c <= upper; ++c) {
        sum_s[c] += sum_l[c];
        if (c < upper) sum_l[c + 1] += sum_s[c];
    }
    auto induce = [&](const std::vector<int>& lms) {
        std::fill(sa.begin(), sa.end(), -1);
        std::vector<int> buf(sum_s);
        for (int d : lms)
            if (d != n) sa[buf[s[d]]++] = d;
        buf = sum_l;
        sa[buf[s[n - 1]]++] = n - 1;
        for (int i = 0; i < n; ++i) {
            const int v = sa[i];
            if (v >= 1 && !ls[v - 1]) sa[buf[s[v - 1]]++] = v - 1;
        }
        buf = sum_l;
        for (int i = n - 1; i >= 0; --i) {
            const int v = sa[i];
            if (v >= 1 && ls[v - 1]) sa[--buf[s[v - 1] + 1]] = v - 1;
        }
    };
    std::vector<int> lms_map(static_cast<std::size_t>(n) + 1, -1);
    std::vector<int> lms;
    for (int i = 1; i < n; ++i)
        if (!ls[i - 1] && ls[i]) {
            lms_map[i] = static_cast<int>(lms.size());
            lms.push_back(i);
        }
    const int m = static_cast<int>(lms.size());
    induce(lms);
    if (m == 0) return sa;
    std::vector<int> sorted_lms;
    sorted_lms.reserve(static_cast<std::size_t>(m));
    for (int v : sa)
        if (lms_map[v] != -1) sorted_lms.push_back(v);
    // Name the LMS substrings: equal substrings get equal names.
    std::vector<int> rec_s(static_cast<std::size_t>(m));
    int rec_upper = 0;
    rec_s[lms_map[sorted_lms[0]]] = 0;
    for (int i = 1; i < m; ++i) {
        int l = sorted_lms[i - 1], r = sorted_lms[i];
        const int end_l = lms_map[l] + 1 < m ? lms[lms_map[l] + 1] : n;
        const int end_r = lms_map[r] + 1 < m ? lms[lms_map[r] + 1] : n;
        bool same = end_l - l == end_r - r;
        if (same) {
            while (l < end_l && s[l] == s[r]) ++l, ++r;
            // The substring that runs to the end of the text is like no other.
            same = l == end_l && l < n && r < n && s[l] == s[r];
        }
        if (!same) ++rec_upper;
        rec_s[lms_map[sorted_lms[i]]] = rec_upper;
    }
    std::vector<int>().swap(lms_map);  // not needed below: free it before recursing
    const std::vector<int> rec_sa = sa_is(rec_s.data(), m, rec_upper);
    for (int i = 0; i < m; ++i) sorted_lms[i] = lms[rec_sa[i]];
    induce(sorted_lms);
    return sa;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] TextIndex and QuoteAnchorer
// ---------------------------------------------------------------------------------
TextIndex::TextIndex(std::string_view text) : text_(text) {
    // Texts are at most kMaxArticleBytes (4 MiB); int offsets reach 2 GiB.
    suffixes_ = sa_is(reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()), 255);
}

TextIndex::Occurrences TextIndex::find(std::string_view pattern) const {
    if (pattern.empty() || pattern.size() > text_.size()) return {};
    // The suffixes that start with `pattern` are one run of the sorted array.
    auto starts_before = [&](int suffix, std::string_view p) {
        return text_.substr(static_cast<std::size_t>(suffix), p.size()) < p;
    };
    auto starts_after = [&](std::string_view p, int suffix) {
        return p < text_.substr(static_cast<std::size_t>(suffix), p.size());
    };
    const auto lo = std::lower_bound(suffixes_.begin(), suffixes_.end(), pattern, starts_before);
    const auto hi = std::upper_bound(lo, suffixes_.end(), pattern, starts_after);
    if (lo == hi) return {};
    return {static_cast<std::size_t>(hi - lo), static_cast<std::size_t>(*lo)};
}

AnchorResult anchor_quote(const TextIndex& index, Quote& quote) {
    if (quote.exact.empty()) return AnchorResult::NotFound;
    const TextIndex::Occurrences o = index.find(context_pattern(quote));
    return settle(quote, o.count, o.at, quote);
}

namespace {
// A pass over the text is cheaper than an index for the first few quotes.
constexpr std::size_t kDirectSearches = 32;
}  // namespace

const TextIndex* QuoteAnchorer::index() {
    if (++calls_ <= kDirectSearches) return nullptr;
    if (!index_) index_ = std::make_unique<TextIndex>(text_);
    return index_.get();
}

AnchorResult QuoteAnchorer::anchor(Quote& quote) {
    // The position the file gives, when the words (and their prefix and suffix) are there.
    const std::size_t h = quote.hint;
    if (h != Quote::kNoHint && !quote.exact.empty() && h <= text_.size() && quote.exact.size() <= text_.size() - h &&
        text_.compare(h, quote.exact.size(), quote.exact) == 0 && h >= quote.prefix.size() &&
        text_.compare(h - quote.prefix.size(), quote.prefix.size(), quote.prefix) == 0 &&
        quote.suffix.size() <= text_.size() - h - quote.exact.size() &&
        text_.compare(h + quote.exact.size(), quote.suffix.size(), quote.suffix) == 0) {
        quote.start = h;
        quote.end = h + quote.exact.size();
        return AnchorResult::Found;
    }
    if (const TextIndex* ix = index()) return anchor_quote(*ix, quote);
    return anchor_quote(text_, quote);
}

std::size_t QuoteAnchorer::count(std::string_view words) {
    if (words.empty()) return 0;
    if (const TextIndex* ix = index()) return std::min<std::size_t>(ix->find(words).count, 2);
    const std::size_t first = text_.find(words);
    if (first == std::string_view::npos) return 0;
    return text_.find(words, first + 1) == std::string_view::npos ? 1 : 2;
}

}  // namespace factlens
