// [SECTION] Checking and cleaning input
// [SECTION] Quotes and context words
// [SECTION] Grouping figures, dates and names into claims
// [SECTION] build_story()
#include "core/story_builder.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>

#include "core/analysis.h"
#include "core/anchor.h"
#include "core/compare.h"
#include "core/extract.h"
#include "core/claim_parts.h"
#include "core/lexicon.h"
#include "core/text.h"

namespace factlens {

// ---------------------------------------------------------------------------------
// [SECTION] Checking and cleaning input
// ---------------------------------------------------------------------------------
std::string article_problem(std::string_view bytes) {
    if (trim(bytes).empty()) return "empty: no text in it";
    if (bytes.size() > kMaxArticleBytes)
        return "too large: " + size_text(bytes.size()) + " (an article is at most " + size_text(kMaxArticleBytes) + ")";
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return "binary, not text (a NUL byte at offset " + std::to_string(nul) + ")";
    if (auto bad = find_invalid_utf8(bytes)) {
        const LinePos at = line_pos_at(bytes, *bad);
        return "not UTF-8 text (a bad byte at line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ")";
    }
    return {};
}

std::string html_to_text(std::string_view html) {
    std::string out;
    out.reserve(html.size() / 2);
    auto lower_eq = [&](std::size_t at, std::string_view word) {
        if (at + word.size() > html.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if ((html[at + k] | 0x20) != word[k]) return false;
        return true;
    };
    static constexpr std::string_view kBlocks[] = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                                                   "article", "header", "footer", "blockquote", "ul", "ol", "table", "title"};
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '<') {
            // Skip script, style and comments whole.
            if (html.substr(i, 4) == "<!--") {
                const auto e = html.find("-->", i + 4);
                i = e == std::string_view::npos ? html.size() : e + 3;
                continue;
            }
            for (std::string_view skip : {"script", "style", "noscript"}) {
                if (lower_eq(i + 1, skip)) {
                    const std::string close = "</" + std::string(skip);
                    std::size_t e = i;
                    while ((e = html.find('<', e + 1)) != std::string_view::npos && !lower_eq(e, close)) {}
                    i = e == std::string_view::npos ? html.size() : e;
                    break;
                }
            }
            const std::size_t name_at = i + 1 + (i + 1 < html.size() && html[i + 1] == '/' ? 1 : 0);
            for (std::string_view b : kBlocks) {
                if (lower_eq(name_at, b) && name_at + b.size() < html.size() &&
                    (html[name_at + b.size()] == '>' || html[name_at + b.size()] == ' ' || html[name_at + b.size()] == '/')) {
                    if (!out.empty() && out.back() != '\n') out += '\n';
                    if (b == "p" || b[0] == 'h') out += '\n';
                    break;
                }
            }
            const auto e = html.find('>', i);
            i = e == std::string_view::npos ? html.size() : e + 1;
            continue;
        }
        if (c == '&') {
            struct E { std::string_view name, text; };
            static constexpr E kEntities[] = {{"&amp;", "&"},      {"&lt;", "<"},       {"&gt;", ">"},       {"&quot;", "\""},
                                              {"&#39;", "'"},      {"&apos;", "'"},     {"&nbsp;", " "},     {"&rsquo;", "\u2019"},
                                              {"&lsquo;", "\u2018"}, {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"}, {"&ndash;", "\u2013"},
                                              {"&mdash;", "\u2014"}, {"&euro;", "\u20AC"}, {"&pound;", "\u00A3"}, {"&yen;", "\u00A5"}};
            bool done = false;
            for (const E& e : kEntities)
                if (html.substr(i, e.name.size()) == e.name) {
                    out += e.text;
                    i += e.name.size();
                    done = true;
                    break;
                }
            if (done) continue;
            // Numeric entities: &#8217; &#x2019;
            if (i + 2 < html.size() && html[i + 1] == '#') {
                std::size_t k = i + 2;
                const bool hexa = k < html.size() && (html[k] == 'x' || html[k] == 'X');
                if (hexa) ++k;
                unsigned long cp = 0;
                const std::size_t digits_at = k;
                while (k < html.size() && k - digits_at < 7 && std::isxdigit(static_cast<unsigned char>(html[k]))) {
                    const char d = html[k];
                    if (!hexa && !std::isdigit(static_cast<unsigned char>(d))) break;
                    cp = cp * (hexa ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(d)) ? d - '0' : (d | 0x20) - 'a' + 10);
                    ++k;
                }
                if (k < html.size() && html[k] == ';' && k > digits_at && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    if (cp < 0x80) out += static_cast<char>(cp);
                    else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
                    else if (cp < 0x10000)
                        out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                            out += static_cast<char>(0x80 | (cp & 0x3F));
                    else
                        out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
                    i = k + 1;
                    continue;
                }
            }
        }
        // Collapse white space inside text runs; line breaks come from the block tags.
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
            ++i;
            continue;
        }
        out += c;
        ++i;
    }
    // Trim trailing spaces on lines and fold blank lines to one.
    std::string clean;
    std::size_t blank = 0;
    std::size_t start = 0;
    while (start <= out.size()) {
        std::size_t nl = out.find('\n', start);
        if (nl == std::string::npos) nl = out.size();
        const std::string_view line = trim(std::string_view(out).substr(start, nl - start));
        if (line.empty()) {
            if (!clean.empty() && ++blank == 1) clean += '\n';
        } else {
            blank = 0;
            clean += line;
            clean += '\n';
        }
        start = nl + 1;
    }
    while (!clean.empty() && clean.back() == '\n') clean.pop_back();
    return clean;
}

std::string slug(std::string_view name, std::size_t max_len) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) out += c;
        else if (u >= 'A' && u <= 'Z') out += static_cast<char>(u | 0x20);
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= max_len) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "item" : out;
}

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] Quotes and context words
// ---------------------------------------------------------------------------------
// A label made of the source's words, cut to what a story may hold (at a code point).
std::string label(std::string_view words) { return std::string(clip_bytes(words, kMaxLabelBytes)); }

// A quote for bytes [start, end) of text. It carries its start (saved as the quote's
// "start", read back first when the draft is opened), so its words need no context to
// anchor; where they occur more than once, up to 32 bytes each side (cut at character
// boundaries) are kept as prefix and suffix, for a reader and for a text edited later.
// The anchorer answers "how often" from an index of the text once it is asked often.
std::optional<Quote> quote_for(std::string_view text, std::size_t start, std::size_t end, QuoteAnchorer& anchorer) {
    Quote q;
    q.exact = std::string(text.substr(start, end - start));
    q.start = start;
    q.end = end;
    if (anchorer.count(q.exact) <= 1) return q;
    constexpr std::size_t kContext = 32;
    std::size_t a = start >= kContext ? start - kContext : 0;
    while (a < start && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) ++a;
    std::size_t b = std::min(text.size(), end + kContext);
    while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    q.prefix = std::string(text.substr(a, start - a));
    q.suffix = std::string(text.substr(end, b - end));
    return q;
}

// Quotes of a corpus's sources (quote_for), each source's anchorer made when first asked.
class SourceQuotes {
public:
    explicit SourceQuotes(const Corpus& corpus) : corpus_(corpus), anchorers_(corpus.sources.size()) {}
    Quote operator()(std::size_t source, std::size_t start, std::size_t end) {
        const std::string_view text = corpus_.sources[source].text;
        if (!anchorers_[source]) anchorers_[source] = std::make_unique<QuoteAnchorer>(text);
        return *quote_for(text, start, end, *anchorers_[source]);
    }

private:
    const Corpus& corpus_;
    std::vector<std::unique_ptr<QuoteAnchorer>> anchorers_;
};

bool stop_word(std::string_view w) {
    static const std::set<std::string, std::less<>> kStop = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "its", "it", "is", "was", "will", "be", "by",
        "with", "as", "that", "this", "has", "have", "had", "from", "than", "more", "over", "about", "said", "which", "also"};
    return kStop.count(w) > 0;
}

// Lower-case content words within `radius` bytes after (and a few before) an item: what
// the figure is about ("for capital expenditure this year").
std::vector<std::string> context_words(std::string_view text, std::size_t start, std::size_t end) {
    std::vector<std::string> out;
    auto take = [&](std::size_t a, std::size_t b, std::size_t limit) {
        std::string w;
        std::size_t taken = 0;
        for (std::size_t i = a; i <= b && i <= text.size() && taken < limit; ++i) {
            const char c = i < b ? text[i] : ' ';
            // A sentence's end, not a decimal point ("US$4.9 million").
            if (c == '\n' || c == ';' || (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))) break;
            if (std::isalpha(static_cast<unsigned char>(c))) {
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else if (!w.empty()) {
                if (w.size() > 2 && !stop_word(w)) {
                    out.push_back(w);
                    ++taken;
                }
                w.clear();
            }
        }
    };
    take(end, std::min(text.size(), end + 80), 5);
    // Before it: from the last sentence break of the 50 bytes before, not to the first.
    std::size_t before = start >= 50 ? start - 50 : 0;
    for (std::size_t k = start; k > before; --k)
        if (text[k - 1] == '\n' || text[k - 1] == ';' || (text[k - 1] == '.' && (k >= text.size() || text[k] == ' '))) {
            before = k;
            break;
        }
    take(before, start, 4);
    return out;
}

// The first content word after `end` in its clause (to a comma, semicolon or sentence end),
// lower case: "in surcharges" -> "surcharges"; "" when none within four words.
std::string content_word_after(std::string_view text, std::size_t end) {
    std::size_t i = end;
    for (int words = 0; words < 4 && i < text.size();) {
        const char c = text[i];
        if (c == ',' || c == ';' || c == '\n' || c == '(' || c == ')' || (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' '))) break;
        if (!std::isalpha(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
        const std::string w = ascii_lower(text.substr(i, j - i));
        if (w.size() > 2 && !stop_word(w)) return w;
        ++words;
        i = j;
    }
    return {};
}

// The measure a figure is about, in the source's words: what follows it in its clause,
// up to 70 bytes (cut where a character starts, never inside one).
std::string measure_words(std::string_view text, std::size_t end) {
    const std::string_view window = clip_bytes(text.substr(end), 70);
    std::size_t b = 0;
    std::size_t words = 0;
    while (b < window.size()) {
        const char c = window[b];
        if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '(' || c == ')') break;
        if (c == ' ' && ++words > 7) break;
        ++b;
    }
    std::string m(trim(window.substr(0, b)));
    return m.empty() ? "figure" : m;
}

// ---------------------------------------------------------------------------------
// [SECTION] Grouping figures, dates and names into claims
// ---------------------------------------------------------------------------------
struct Item {
    std::size_t source;  // index into corpus.sources
    Extracted e;
    std::vector<std::string> context;
    Quote quote;  // where it stands in its source, ready for a mention or a dating
    bool measure = false;  // a measure taken as a count of its unit ("2.1 million hectares")
    std::string next_word;  // the first content word after it in its clause ("surcharges" in "MXN 1.1 billion in surcharges")
};

struct Group {
    std::vector<std::size_t> items;
};

// Each source's sentence boundaries, found once: a label or a subject asks for the start
// of an item's sentence, and walking back from every item is quadratic in a long text
// without full stops.
class Sentences {
public:
    explicit Sentences(std::string_view text) : text_(text) {
        for (std::size_t i = 1; i <= text.size(); ++i) {
            const char c = text[i - 1];
            if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i < text.size() && text[i] == ' ' &&
                              !(i >= 3 && text[i - 3] == '.')))  // not the end of "U.S."
                breaks_.push_back(i);
        }
    }
    // Byte offset where the sentence holding `at` starts.
    std::size_t start(std::size_t at) const {
        const auto it = std::upper_bound(breaks_.begin(), breaks_.end(), at);
        std::size_t i = it == breaks_.begin() ? 0 : *(it - 1);
        while (i < at && text_[i] == ' ') ++i;
        return i;
    }
    // The sentence around bytes [start, end), cut to a readable length: a label made of
    // the source's own words. Only the first 90 code points show, so the end is looked
    // for no further than the bytes that could hold them.
    std::string words(std::size_t item_start, std::size_t item_end) const {
        const std::size_t a = start(item_start);
        std::size_t b = item_end;
        const std::size_t far = std::max(item_end, a + 4 * 1024);
        while (b < text_.size() && b < far && text_[b] != '\n' &&
               !((text_[b] == '.' || text_[b] == '?' || text_[b] == '!') &&
                 (b + 1 >= text_.size() || text_[b + 1] == ' ' || text_[b + 1] == '\n')))
            ++b;
        return clip_code_points(trim(text_.substr(a, b - a)), 90);
    }

private:
    std::string_view text_;
    std::vector<std::size_t> breaks_;  // offsets just after a sentence ends
};

// A source's names in text order (extracted items never overlap, so their starts and
// their ends both increase), with what the figures and dates ask of them.
struct SourceNames {
    std::vector<const Item*> names;    // every name item
    std::vector<const Item*> outlets;  // names taken for outlets
    std::string most_named;            // the most frequent name ("" when none)

    // The first name in the figure's sentence (its subject, most often), else the nearest
    // name before it (within 200 bytes), else the source's most named.
    std::string subject_for(const Item& it, std::size_t sentence_start) const {
        const auto by_start = [](const Item* o, std::size_t at) { return o->e.start < at; };
        const auto first = std::lower_bound(names.begin(), names.end(), sentence_start, by_start);
        if (first != names.end() && (*first)->e.end <= it.e.start) return (*first)->e.text;
        const auto by_end = [](std::size_t at, const Item* o) { return at < o->e.end; };
        const auto after = std::upper_bound(names.begin(), names.end(), it.e.start, by_end);
        if (after != names.begin() && it.e.start - (*(after - 1))->e.end < 200) return (*(after - 1))->e.text;
        return most_named.empty() ? "the story" : most_named;
    }

    // An outlet named within 60 bytes of a date (the last one in the text, if several).
    std::string outlet_near(const Item& it) const {
        const auto by_start = [](std::size_t at, const Item* o) { return at < o->e.start; };
        const auto upto = std::upper_bound(outlets.begin(), outlets.end(), it.e.end + 59, by_start);
        if (upto != outlets.begin() && (*(upto - 1))->e.start > it.e.end) return (*(upto - 1))->e.text;
        const auto by_end = [](std::size_t at, const Item* o) { return at < o->e.end; };
        const auto before = std::upper_bound(outlets.begin(), outlets.end(), it.e.start, by_end);
        if (before != outlets.begin() && it.e.start - (*(before - 1))->e.end < 60) return (*(before - 1))->e.text;
        return {};
    }
};

std::vector<SourceNames> names_by_source(const std::vector<Item>& items, std::size_t sources) {
    std::vector<SourceNames> out(sources);
    std::vector<std::map<std::string, int>> counts(sources);
    for (const Item& it : items) {
        if (it.e.kind != ItemKind::Name) continue;
        out[it.source].names.push_back(&it);
        if (it.e.name_kind == "outlet") out[it.source].outlets.push_back(&it);
        ++counts[it.source][it.e.text];
    }
    for (std::size_t s = 0; s < sources; ++s) {
        int top = 0;
        for (const auto& [name, n] : counts[s])
            if (n > top) top = n, out[s].most_named = name;
    }
    return out;
}

// How many groups one key (a value bucket, a counted noun, a word, a spelling variant)
// leads to. Real stories stay far below it; past it a key is too common to tell figures
// or names apart, so later groups are found through their other keys only. This bound is
// what keeps grouping near linear on text made of nothing but figures.
constexpr std::size_t kMaxGroupsPerKey = 32;

template <class Key>
void add_to(std::unordered_map<Key, std::vector<std::uint32_t>>& index, const Key& key, std::uint32_t group) {
    std::vector<std::uint32_t>& groups = index[key];
    if (groups.size() < kMaxGroupsPerKey && (groups.empty() || groups.back() != group)) groups.push_back(group);
}

template <class Key>
void candidates_from(const std::unordered_map<Key, std::vector<std::uint32_t>>& index, const Key& key,
                     std::vector<std::uint32_t>& out) {
    const auto it = index.find(key);
    if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

// Context words as sorted ids, and a rarest-first prefix of them for prefix filtering:
// two word sets with a Jaccard index of at least 0.5 share a word among the first
// floor(n/2) + 1 words of each, in one global order (Bayardo, Ma and Srikant, 2007), so
// only groups sharing one of those words need comparing.
struct Words {
    std::vector<int> ids;     // sorted, unique
    std::vector<int> prefix;  // the rarest floor(n/2) + 1 of them
};

std::vector<Words> word_sets(const std::vector<Item>& items) {
    std::unordered_map<std::string, int> id_of;
    std::vector<Words> out(items.size());
    std::vector<std::size_t> frequency;
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (const std::string& w : items[i].context) {
            const auto [it, added] = id_of.emplace(w, static_cast<int>(id_of.size()));
            if (added) frequency.push_back(0);
            out[i].ids.push_back(it->second);
        }
        std::sort(out[i].ids.begin(), out[i].ids.end());
        out[i].ids.erase(std::unique(out[i].ids.begin(), out[i].ids.end()), out[i].ids.end());
        for (int id : out[i].ids) ++frequency[static_cast<std::size_t>(id)];
    }
    for (Words& w : out) {
        w.prefix = w.ids;
        std::sort(w.prefix.begin(), w.prefix.end(), [&](int a, int b) {
            return frequency[static_cast<std::size_t>(a)] != frequency[static_cast<std::size_t>(b)]
                       ? frequency[static_cast<std::size_t>(a)] < frequency[static_cast<std::size_t>(b)]
                       : a < b;
        });
        if (!w.prefix.empty()) w.prefix.resize(w.prefix.size() / 2 + 1);
    }
    return out;
}

// How many ids two word sets (sorted unique ids) have in common.
std::size_t common_count(const std::vector<int>& a, const std::vector<int>& b) {
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) ++common, ++i, ++j;
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return common;
}

// The Jaccard index of two word sets (sorted unique ids).
double jaccard(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.empty() || b.empty()) return 0;
    const std::size_t common = common_count(a, b);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Values within 1.5% of each other fall in the same or a neighbouring bucket (buckets
// are 2% wide on a log scale); values under 1e-6 share one bucket.
constexpr std::int64_t kTinyBucket = INT64_MIN;
std::int64_t value_bucket(double v) {
    if (!(v >= 1e-6)) return kTinyBucket;
    if (!std::isfinite(v)) return INT64_MAX;
    return static_cast<std::int64_t>(std::floor(std::log(v) / std::log(1.02)));
}

// A value bucket and a word as one key (a collision only adds a candidate to check).
std::uint64_t bucket_word(std::int64_t bucket, int word) {
    return static_cast<std::uint64_t>(bucket) * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(static_cast<unsigned>(word));
}

// Counted nouns that may count the same thing: either unstated, or the same last word
// ("passenger journeys"/"journeys"); "plants" and "countries" never are.
bool same_noun(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return true;
    auto last = [](std::string_view s) {
        s = trim(s);
        const auto sp = s.rfind(' ');
        return sp == std::string_view::npos ? s : s.substr(sp + 1);
    };
    return last(a) == last(b);
}

std::vector<std::string> share_object(std::string_view text, std::size_t end, bool noun_after);

// Figures of one kind: each joins the first group (in the order groups were made) whose
// first figure has the same value (within 1.5%, and for counts also the same noun or a
// word in common) or closely matching words and a value within a factor of two.
// Candidate groups come from indexes instead of from every group made so far: by value
// bucket (money, percentages: a bucket holds two or three groups at most), by bucket and
// word or bucket and noun (counts: many differ only in what they count), and by rare
// context words (the close matches).
// `apart(i, j)`: items i and j are in sentences that tell of different things (names_apart):
// their words alone do not join them.
// `objects` (shares only; may be empty): what each share is of (share_object, sorted). Two
// shares of one article and one value are one figure said twice, unless they are of
// different things ("Kuroshio 30%" of a venture, "about 30% of Yuanfeng's revenue"): objects
// with no word in common, or one with an object and one without and few words in common.
std::vector<Group> group_figures(const std::vector<Item>& items, const std::vector<Words>& words, ItemKind kind,
                                 const std::function<bool(std::size_t, std::size_t)>& apart,
                                 const std::vector<std::vector<std::string>>& objects = {}) {
    const bool counted = kind == ItemKind::Number || kind == ItemKind::Fraction;
    // Money in the currency it was given: figures in two currencies are never one claim's
    // figure here (a conversion travels with its figure as `converted`).
    auto value_of = [&](const Item& it) { return it.e.value.mid(); };
    auto tag_of = [&](const Item& it) { return kind == ItemKind::Money ? it.e.value.unit : std::string(); };
    std::vector<Group> groups;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_value;  // currency|bucket
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_value_word;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_counts;  // counted noun|bucket
    std::unordered_map<int, std::vector<std::uint32_t>> by_word;
    // A figure's digits in order of value, with its unit and scale: two figures of one key
    // whose digits differ are the same digits transposed ("A$7.5 million" / "A$5.7 million",
    // "₹164 crore" / "₹146 crore"), the commonest copying slip.
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_digits;
    auto digits_key = [&](const Item& it) {
        std::string d;
        for (char ch : it.e.value.low_text)
            if (ch >= '1' && ch <= '9') d += ch;  // zeros say the scale, not the figure
        if (d.size() < 2 || it.e.value.is_range()) return std::string();
        std::sort(d.begin(), d.end());
        const std::string_view counts = trim(it.e.value.counts);
        const auto sp = counts.rfind(' ');
        return d + "|" + tag_of(it) + "|" + it.e.value.scale + "|" + std::string(sp == std::string_view::npos ? counts : counts.substr(sp + 1));
    };
    auto buckets_near = [](double v) {
        std::vector<std::int64_t> out;
        const std::int64_t b = value_bucket(v);
        if (b == kTinyBucket) {
            const std::int64_t low = value_bucket(1e-6);
            out = {kTinyBucket, low, low + 1, low + 2};
        } else if (b != INT64_MAX) {
            out = {b - 1, b, b + 1};
            if (v < 2e-6) out.push_back(kTinyBucket);
        }
        return out;
    };
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (it.e.kind != kind) continue;
        const double v = value_of(it);
        if (kind == ItemKind::Money && v <= 0) continue;
        candidates.clear();
        for (std::int64_t b : buckets_near(v)) {
            if (!counted) {
                candidates_from(by_value, tag_of(it) + "|" + std::to_string(b), candidates);
                continue;
            }
            candidates_from(by_counts, it.e.value.counts + "|" + std::to_string(b), candidates);
            for (int w : words[i].ids) candidates_from(by_value_word, bucket_word(b, w), candidates);
        }
        for (int w : words[i].prefix) candidates_from(by_word, w, candidates);
        const std::string digits = digits_key(it);
        if (!digits.empty()) candidates_from(by_digits, digits, candidates);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        bool placed = false;
        for (std::uint32_t g : candidates) {
            const std::size_t h = groups[g].items.front();
            const Item& head = items[h];
            const double hv = value_of(head);
            const double tol = std::max(hv * 0.015, 1e-9);
            if (tag_of(head) != tag_of(it) || (counted && !same_noun(head.e.value.counts, it.e.value.counts))) continue;
            const double similar = jaccard(words[h].ids, words[i].ids);
            auto objects_differ = [&] {
                if (objects.empty()) return false;
                const auto &a = objects[h], &b = objects[i];
                if (a.empty() && b.empty()) return false;
                if (a.empty() || b.empty()) return similar <= 0.2;
                for (const std::string& w : a)
                    if (std::binary_search(b.begin(), b.end(), w)) return false;
                return true;
            };
            const bool same_value =
                std::fabs(hv - v) <= tol && (!counted || similar > 0.1 || head.e.value.counts == it.e.value.counts) &&
                (head.source == it.source ? !objects_differ() : !apart(h, i));
            bool same_words = similar >= 0.5 && std::fabs(hv - v) <= 0.5 * std::max(hv, v) && !apart(h, i);
            // Words alone never join a figure to a group its own source already has a figure
            // in: two figures of one sentence share their words ("the federal MXN 8.5bn and
            // the state's MXN 5.7bn") and are two claims.
            if (same_words && !same_value)
                for (std::size_t k : groups[g].items) same_words &= items[k].source != it.source;
            // Transposed digits with two words or more of their context in common.
            bool transposed = !same_value && !same_words && !digits.empty() && digits == digits_key(head) && std::fabs(hv - v) > tol &&
                              common_count(words[h].ids, words[i].ids) >= 2 && !apart(h, i);
            if (transposed)
                for (std::size_t k : groups[g].items) transposed &= items[k].source != it.source;
            if (same_value || same_words || transposed) {
                groups[g].items.push_back(i);
                placed = true;
                break;
            }
        }
        if (placed) continue;
        const auto g = static_cast<std::uint32_t>(groups.size());
        groups.push_back({{i}});
        const std::int64_t b = value_bucket(v);
        if (!counted) {
            add_to(by_value, tag_of(it) + "|" + std::to_string(b), g);
        } else {
            add_to(by_counts, it.e.value.counts + "|" + std::to_string(b), g);
            for (int w : words[i].ids) add_to(by_value_word, bucket_word(b, w), g);
        }
        for (int w : words[i].prefix) add_to(by_word, w, g);
        if (!digits.empty()) add_to(by_digits, digits, g);
    }
    return groups;
}

// Each figure's sentence as a set of content-word ids (numbers left out), for telling
// whether two articles state the same claim in other words.
class SentenceWords {
    static constexpr std::size_t kSentenceWindow = 200;

public:
    SentenceWords(const Corpus& corpus, const std::vector<Item>& items) : of_item_(items.size()) {
        std::vector<std::vector<Range>> sentences;
        for (const Source& s : corpus.sources) sentences.push_back(split_sentences(s.text));
        std::unordered_map<std::string, int> id_of;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& it = items[i];
            if (it.e.kind == ItemKind::Name || it.e.kind == ItemKind::Date || it.e.kind == ItemKind::Rate) continue;
            const std::vector<Range>& ss = sentences[it.source];
            const auto at = std::upper_bound(ss.begin(), ss.end(), it.e.start, [](std::size_t v, const Range& r) { return v < r.end; });
            if (at == ss.end()) continue;
            // The sentence, at most kSentenceWindow bytes either side of the figure (a text
            // without full stops is one long "sentence").
            const std::size_t a = std::max(at->start, it.e.start > kSentenceWindow ? it.e.start - kSentenceWindow : 0);
            const std::size_t b = std::min(at->end, it.e.end + kSentenceWindow);
            const std::string_view text = std::string_view(corpus.sources[it.source].text).substr(a, b > a ? b - a : 0);
            std::vector<int>& ids = of_item_[i];
            std::string w;
            for (std::size_t k = 0; k <= text.size(); ++k) {
                const char c = k < text.size() ? text[k] : ' ';
                if (std::isalpha(static_cast<unsigned char>(c))) {
                    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                } else {
                    if (w.size() > 2 && !stop_word(w)) ids.push_back(id_of.emplace(w, static_cast<int>(id_of.size())).first->second);
                    w.clear();
                }
            }
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
    }
    const std::vector<int>& of(std::size_t item) const { return of_item_[item]; }

private:
    std::vector<std::vector<int>> of_item_;
};

// Groups of figures joined into claims, one union-find over them: each root knows its
// sources, and two groups a source states both of are never joined (two claims).
class GroupUnion {
public:
    GroupUnion(const std::vector<Item>& items, std::vector<Group> groups)
        : groups_(std::move(groups)), group_of_(items.size(), UINT32_MAX), parent_(groups_.size()), sources_(groups_.size()) {
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            parent_[g] = static_cast<std::uint32_t>(g);
            for (std::size_t i : groups_[g].items) {
                group_of_[i] = static_cast<std::uint32_t>(g);
                sources_[g].push_back(items[i].source);
            }
            std::sort(sources_[g].begin(), sources_[g].end());
            sources_[g].erase(std::unique(sources_[g].begin(), sources_[g].end()), sources_[g].end());
        }
    }
    bool grouped(std::size_t item) const { return group_of_[item] != UINT32_MAX; }
    std::uint32_t root(std::uint32_t g) {
        while (parent_[g] != g) g = parent_[g] = parent_[parent_[g]];
        return g;
    }
    std::uint32_t root_of(std::size_t item) { return root(group_of_[item]); }
    // Joins the claims of items a and b, unless they are one already or (unless `always`) a
    // source states both.
    void join(std::size_t a, std::size_t b, bool always = false) {
        const std::uint32_t ga = root_of(a), gb = root_of(b);
        if (ga == gb) return;
        const std::vector<std::size_t>& sa = sources_[ga];
        const std::vector<std::size_t>& sb = sources_[gb];
        for (std::size_t src : sb)
            if (!always && std::binary_search(sa.begin(), sa.end(), src)) return;
        const std::uint32_t keep = std::min(ga, gb), gone = std::max(ga, gb);
        parent_[gone] = keep;
        std::vector<std::size_t> both = sa;
        both.insert(both.end(), sb.begin(), sb.end());
        std::sort(both.begin(), both.end());
        sources_[keep] = std::move(both);
    }
    // The joined groups, in the order of their first group, its items first.
    std::vector<Group> take() {
        std::vector<Group> out;
        std::vector<std::uint32_t> out_of(groups_.size(), UINT32_MAX);
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            const std::uint32_t r = root(static_cast<std::uint32_t>(g));
            if (out_of[r] == UINT32_MAX) {
                out_of[r] = static_cast<std::uint32_t>(out.size());
                out.push_back({});
            }
            auto& dst = out[out_of[r]].items;
            dst.insert(dst.end(), groups_[g].items.begin(), groups_[g].items.end());
        }
        return out;
    }

private:
    std::vector<Group> groups_;
    std::vector<std::uint32_t> group_of_, parent_;
    std::vector<std::vector<std::size_t>> sources_;  // per root: its sources, sorted
};

// Claims across sources: a figure another article restates in other words, with another
// value, is the same claim (where they disagree). Two figures of one kind (money in one
// currency, counts of the same noun) from different sources are one claim when their
// sentences share enough content words (Jaccard >= kRestatedSimilarity), their values are
// within a factor of kRestatedRatio, and each is the other's best match in its source.
// Groups are merged; the first group's figure leads. Candidates are compared within a
// kind, currency or noun, at most kMaxRestatedCandidates per figure.
// Two figures written with the same digits in another order ("NOK 310 million" / "NOK 130
// million", "42 trains" / "24 trains", "R1,250" / "R1,520"): the commonest slip of a
// rewrite, whatever the ratio of the values, so such figures may be one claim's figures
// even where their values are too far apart for a restatement otherwise.
bool digits_transposed(const Item& a, const Item& b) {
    if (a.e.value.scale != b.e.value.scale || a.e.value.is_range() || b.e.value.is_range()) return false;
    auto digits = [](const std::string& t) {
        std::string d;
        for (char c : t)
            if (c >= '0' && c <= '9') d += c;
        return d;
    };
    const std::string x = digits(a.e.value.low_text), y = digits(b.e.value.low_text);
    if (x.size() < 2 || x.size() != y.size() || x == y) return false;
    std::string sx = x, sy = y;
    std::sort(sx.begin(), sx.end());
    std::sort(sy.begin(), sy.end());
    return sx == sy;
}

constexpr double kRestatedSimilarity = 0.3;
constexpr double kRestatedRatio = 1.5;
constexpr std::size_t kMaxRestatedCandidates = 128;

// How many of one item's context words the other's has.
int shared_context(const Item& a, const Item& b) {
    int n = 0;
    for (const std::string& w : a.context) n += std::find(b.context.begin(), b.context.end(), w) != b.context.end();
    return n;
}

// The same stated value (within 0.5%).
bool same_figure(const Item& a, const Item& b) {
    const double x = a.e.value.mid(), y = b.e.value.mid();
    return std::fabs(x - y) <= 0.005 * std::max(std::fabs(x), std::fabs(y));
}

struct RestatedScore {
    double sim;
    bool same_value;
    int context;
    bool operator==(const RestatedScore& o) const { return sim == o.sim && same_value == o.same_value && context == o.context; }
    bool operator>(const RestatedScore& o) const {
        if (sim != o.sim) return sim > o.sim;
        if (same_value != o.same_value) return same_value;
        return context > o.context;
    }
};

struct RestatedBest {
    RestatedScore score{-1, false, 0};
    std::size_t item = SIZE_MAX;
    bool tie = false;
    void offer(const RestatedScore& s, std::size_t other) {
        if (s > score) score = s, item = other, tie = false;
        else if (s == score) tie = true;
    }
};

// `apart(i, j)`: items i and j are in sentences that tell of different things (names_apart).
std::vector<Group> merge_restated(const std::vector<Item>& items, const SentenceWords& sw, ItemKind kind, std::vector<Group> groups,
                                  const std::function<bool(std::size_t, std::size_t)>& apart) {
    GroupUnion u(items, std::move(groups));
    auto tag = [&](const Item& it) {
        if (kind == ItemKind::Money) return it.e.value.unit;
        const std::string_view c = trim(it.e.value.counts);
        const auto sp = c.rfind(' ');
        return std::string(sp == std::string_view::npos ? c : c.substr(sp + 1));
    };
    std::unordered_map<std::string, std::vector<std::size_t>> by_tag;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].e.kind == kind && u.grouped(i) && !sw.of(i).empty()) {
            auto& v = by_tag[tag(items[i])];
            if (v.size() < kMaxRestatedCandidates) v.push_back(i);
        }
    // best[i]: per other source, the best match of item i (similarity, item).
    auto close_values = [&](const Item& a, const Item& b) {
        const double x = a.e.value.mid(), y = b.e.value.mid();
        if (!(x > 0) || !(y > 0)) return false;
        return std::max(x, y) / std::min(x, y) <= kRestatedRatio || digits_transposed(a, b);
    };
    for (const auto& [key, members] : by_tag) {
        if (kind != ItemKind::Money && key.empty()) continue;  // a count of nothing named
        // For each item, its best match in each other source. Two figures of one sentence
        // have the same sentence words: between them the one with the same value wins, then
        // the one whose own words (Item::context) share more with the item's; a tie left
        // after that is no match ("federal ... MXN 8.5bn ... the state MXN 5.7bn" against
        // "the state ... MXN 6.6bn; the federal ... MXN 8.5bn" pairs 8.5 with 8.5 only).
        std::map<std::pair<std::size_t, std::size_t>, RestatedBest> best;  // (item, source) -> best
        for (std::size_t a = 0; a < members.size(); ++a)
            for (std::size_t b = a + 1; b < members.size(); ++b) {
                const std::size_t i = members[a], j = members[b];
                if (items[i].source == items[j].source || !close_values(items[i], items[j])) continue;
                const double sim = jaccard(sw.of(i), sw.of(j));
                if (sim < kRestatedSimilarity) continue;
                if (!same_figure(items[i], items[j]) && apart(i, j)) continue;  // last: it reads both sentences
                const RestatedScore sc{sim, same_figure(items[i], items[j]), shared_context(items[i], items[j])};
                best[{i, items[j].source}].offer(sc, j);
                best[{j, items[i].source}].offer(sc, i);
            }
        for (const auto& [k, v] : best) {
            const std::size_t i = k.first, j = v.item;
            if (v.tie) continue;
            const auto back = best.find({j, items[i].source});
            if (back == best.end() || back->second.item != i || back->second.tie) continue;  // not mutual
            u.join(i, j, true);
        }
    }
    return u.take();
}

// Spellings of one entity (same_name, conservative): each name joins the first group whose
// first name is the same entity. Candidates come from the name's words with one word left
// out (two names of as many words that differ in one word only share such a key), so
// grouping stays linear; at most kMaxGroupsPerKey groups per key.
std::vector<Group> group_names(const std::vector<Item>& items) {
    std::vector<Group> entities;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_words;
    std::vector<std::uint32_t> candidates;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].e.kind != ItemKind::Name) continue;
        const std::string_view text = items[i].e.text;
        const std::vector<std::string> tokens = name_tokens(text);
        if (tokens.empty()) continue;
        keys.clear();
        std::string all;
        for (const std::string& t : tokens) all += t + " ";
        keys.push_back("=" + all);
        if (tokens.size() <= 8)
            for (std::size_t k = 0; k < tokens.size(); ++k) {
                std::string key = std::to_string(tokens.size()) + "|" + std::to_string(k) + "|";
                for (std::size_t j = 0; j < tokens.size(); ++j)
                    if (j != k) key += tokens[j] + " ";
                // A misspelt word keeps its first letter (same_name): part of the key.
                key += tokens[k][0];
                keys.push_back(std::move(key));
            }
        candidates.clear();
        for (const std::string& key : keys) candidates_from(by_words, key, candidates);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        bool placed = false;
        for (std::uint32_t g : candidates)
            if (same_name(items[entities[g].items.front()].e.text, text)) {
                entities[g].items.push_back(i);
                placed = true;
                break;
            }
        if (placed) continue;
        const auto g = static_cast<std::uint32_t>(entities.size());
        entities.push_back({{i}});
        for (const std::string& key : keys) add_to(by_words, key, g);
    }
    return entities;
}


// ---------------------------------------------------------------------------------
// [SECTION] Statements across sources: aligned sentences
// ---------------------------------------------------------------------------------
// Sentences of different articles that state the same thing, found without comparing
// every pair: each sentence's content words (stemmed, function words and numbers left
// out) index it; a sentence's candidates are the sentences sharing one of its words (each
// word lists at most kMaxSentencesPerWord sentences: a word more common than that tells
// nothing apart). Two sentences of different sources are one statement when their
// Jaccard index reaches kAlignSimilarity with at least kAlignMinCommon words in common and
// each is the other's best match in its source; statements are joined (most similar pairs
// first) as long as each keeps one sentence per source.
constexpr double kAlignSimilarity = 0.25;
constexpr std::size_t kAlignMinCommon = 4;
// Short sentences align with fewer words in common: all of the shorter one's, at least
// kShortMinCommon, with a similarity of kShortSimilarity.
constexpr std::size_t kShortMinCommon = 2;
constexpr double kShortSimilarity = 0.5;
constexpr std::size_t kMaxSentencesPerWord = 64;

struct AlignedSentence {
    std::size_t source;
    std::size_t start, end;          // byte range in the source text
    std::size_t item_begin, item_end;  // its items: [item_begin, item_end) in `items`
    std::vector<int> words;          // sorted unique word ids
    std::vector<int> figures;        // sorted unique ids of its figures (figure_word)
    std::vector<int> plain;          // `words` without those inside its dates ("March", "Monday")
};

// A figure as a word of its sentence: its kind, its currency or counted noun, and its
// value rounded to two significant digits ("#money|MXN|1.4e+10"); "" for other items.
std::string figure_word(const Item& it) {
    const double v = it.e.kind == ItemKind::Fraction ? it.e.value.mid() * 100 : it.e.value.mid();
    if (!(v > 0) || !std::isfinite(v)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1e", v);
    switch (it.e.kind) {
        case ItemKind::Money: return "#money|" + it.e.value.unit + "|" + buf;
        case ItemKind::Number: {
            const std::string_view c = trim(it.e.value.counts);
            if (c.empty()) return {};
            const auto sp = c.rfind(' ');
            return "#count|" + word_stem(std::string(sp == std::string_view::npos ? c : c.substr(sp + 1))) + "|" + buf;
        }
        case ItemKind::Percent:
        case ItemKind::Fraction: return std::string("#share|") + buf;
        default: return {};
    }
}

std::vector<AlignedSentence> sentences_of(const Corpus& corpus, const std::vector<Item>& items) {
    std::vector<AlignedSentence> out;
    std::unordered_map<std::string, int> id_of;
    std::size_t next_item = 0;
    for (std::size_t s = 0; s < corpus.sources.size(); ++s) {
        const std::string_view text = corpus.sources[s].text;
        while (next_item < items.size() && items[next_item].source < s) ++next_item;
        bool first = true;
        // Clauses joined by a semicolon, the second opening with a name, are two statements
        // ("China Mobile has 990 million customers; China Unicom has 480 million"): each
        // aligns on its own ("... 2.1 million ha; the season counted 612 fires" stays one).
        std::vector<Range> clauses;
        for (const Range& r : split_sentences(text)) {
            std::size_t from = r.start;
            for (std::size_t k = r.start; k + 1 < r.end; ++k)
                if (text[k] == ';' && text[k + 1] == ' ' && k + 2 < r.end && std::isupper(static_cast<unsigned char>(text[k + 2]))) {
                    clauses.push_back({from, k + 1});
                    from = k + 2;
                }
            clauses.push_back({from, r.end});
        }
        for (const Range& r : clauses) {
            // A headline (a short first line without a full stop) states in brief what the
            // text states: left out, so that the text's own sentences align.
            const std::string_view line = trim(text.substr(r.start, r.end - r.start));
            const bool headline = first && !line.empty() && line.size() < 200 && line.back() != '.' &&
                                  (r.end >= text.size() || text[r.end] == '\n' || text[r.end - 1] == '\n');
            first = false;
            AlignedSentence a{s, r.start, r.end, next_item, next_item, {}, {}, {}};
            while (a.item_begin < items.size() && items[a.item_begin].source == s && items[a.item_begin].e.start < r.start) ++a.item_begin;
            a.item_end = a.item_begin;
            while (a.item_end < items.size() && items[a.item_end].source == s && items[a.item_end].e.start < r.end) ++a.item_end;
            next_item = a.item_begin;
            std::string w;
            // Diacritics folded, so "Nuevo León" and "Nuevo Leon" give the same words.
            const std::string folded = fold_diacritics(text.substr(r.start, r.end - r.start));
            const std::string_view t = folded;
            for (std::size_t k = 0; k <= t.size(); ++k) {
                const char c = k < t.size() ? t[k] : ' ';
                if (std::isalpha(static_cast<unsigned char>(c)) || (c == '\'' && !w.empty())) {
                    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    continue;
                }
                if (w.size() > 2 && !is_function_word(w)) {
                    const int id = id_of.emplace(verb_lemma(w), static_cast<int>(id_of.size())).first->second;
                    a.words.push_back(id);
                    const std::size_t at = r.start + k - w.size();  // folding keeps ASCII offsets only roughly
                    bool in_date = false;
                    for (std::size_t i = a.item_begin; i < a.item_end && !in_date; ++i)
                        in_date = items[i].e.kind == ItemKind::Date && at >= items[i].e.start && at < items[i].e.end;
                    if (!in_date) a.plain.push_back(id);
                }
                w.clear();
            }
            // The figures it gives are words too: the same amount in one currency, the same
            // count of one noun, the same share tell two sentences about one thing apart
            // from two that merely share words.
            // Only a figure both give counts (one figure more in one of them is no word
            // less in common).
            for (std::size_t i = a.item_begin; i < a.item_end; ++i)
                if (std::string key = figure_word(items[i]); !key.empty())
                    a.figures.push_back(id_of.emplace(key, static_cast<int>(id_of.size())).first->second);
            std::sort(a.words.begin(), a.words.end());
            a.words.erase(std::unique(a.words.begin(), a.words.end()), a.words.end());
            std::sort(a.plain.begin(), a.plain.end());
            a.plain.erase(std::unique(a.plain.begin(), a.plain.end()), a.plain.end());
            std::sort(a.figures.begin(), a.figures.end());
            a.figures.erase(std::unique(a.figures.begin(), a.figures.end()), a.figures.end());
            if (headline) a.words.clear(), a.figures.clear(), a.plain.clear();  // kept for its items, never aligned
            if (std::getenv("FACTLENS_DEBUG_SIM")) std::fprintf(stderr, "sent %zu %zu %zu %zu\n", s, r.start, r.end, a.words.size());
            out.push_back(std::move(a));
        }
    }
    return out;
}

// Statements: groups of sentence indexes, one per source, at least two.
// Two passes. First, sentences whose words match closely (kAlignSimilarity, at least
// kAlignMinCommon words in common, each the other's best in its article) are joined, most
// similar first. Then, for each pair of articles, the statements they share are anchors:
// a rewrite keeps its source's order, so between two anchors (or before the first, or
// after the last) a sentence left unpaired in one article and one left unpaired in the
// other that are each other's best there, with kGapMinCommon words in common and a
// similarity of kGapSimilarity, state the same thing in other words ("Construction is
// due to begin in August and to finish by December 2028" / "Work is set to start in
// August, with completion planned for December 2029").
constexpr double kGapSimilarity = 0.12;
constexpr std::size_t kGapMinCommon = 2;
// Of those, words that at most a fifth of the story's sentences have (or figures both give).
constexpr std::size_t kGapMinTelling = 2;
// A sentence that states two things (two consecutive sentences of the other article) is
// paired with the second one too, in a copy of that one's statement, when they are each
// other's best, similar to 0.2, and the unpaired one has no better unpaired partner.
constexpr double kFusedSimilarity = 0.2;
// Articles further apart in days than this align in the first pass only.
constexpr long kGapMaxDays = 3;

std::vector<std::vector<std::size_t>> align_statements(const std::vector<AlignedSentence>& ss, std::size_t sources,
                                                       const std::vector<long>& day_of = {}) {
    std::vector<std::vector<std::size_t>> out;
    if (sources < 2) return out;
    std::unordered_map<int, std::vector<std::uint32_t>> by_word, by_figure;
    for (std::size_t i = 0; i < ss.size(); ++i) {
        for (int w : ss[i].words) {
            auto& v = by_word[w];
            if (v.size() <= kMaxSentencesPerWord) v.push_back(static_cast<std::uint32_t>(i));
        }
        for (int w : ss[i].figures) {
            auto& v = by_figure[w];
            if (v.size() <= kMaxSentencesPerWord) v.push_back(static_cast<std::uint32_t>(i));
        }
    }
    // best[i]: per other source, its best sentence for i.
    struct Best {
        double sim;
        std::size_t other;
    };
    struct Weak {
        double sim;
        std::size_t a, b;
        std::size_t common = 0;
    };
    std::vector<Weak> weak;  // pairs close enough for a gap between anchors (a < b)
    std::set<std::pair<std::size_t, std::size_t>> close_pairs;  // pairs close enough to be in one statement (a < b)
    std::vector<std::unordered_map<std::size_t, Best>> best(ss.size());
    std::unordered_map<std::uint32_t, std::pair<std::size_t, std::size_t>> common;  // words, figures in common
    std::unordered_map<std::uint32_t, std::size_t> telling;  // words in common that few sentences have
    // A word most sentences of the story have (its main names) tells no statement apart:
    // between anchors it is not counted.
    const std::size_t frequent = std::max<std::size_t>(3, ss.size() / 5);

    const bool debug_sim = std::getenv("FACTLENS_DEBUG_SIM") != nullptr;
    for (std::size_t i = 0; i < ss.size(); ++i) {
        if (ss[i].words.empty()) continue;
        common.clear();
        telling.clear();
        for (int w : ss[i].words) {
            const auto& v = by_word[w];
            if (v.size() > kMaxSentencesPerWord) continue;
            for (std::uint32_t j : v)
                if (ss[j].source != ss[i].source) {
                    ++common[j].first;
                    if (v.size() <= frequent) ++telling[j];
                }
        }
        for (int w : ss[i].figures) {
            const auto& v = by_figure[w];
            if (v.size() > kMaxSentencesPerWord) continue;
            for (std::uint32_t j : v)
                if (ss[j].source != ss[i].source && common.count(j)) ++common[j].second;
        }
        for (const auto& [j, nf] : common) {
            const std::size_t n = nf.first + nf.second;
            if (n < kGapMinCommon || ss[j].words.empty()) continue;
            // Figures count only when both sentences give them.
            const double sim = static_cast<double>(n) / static_cast<double>(ss[i].words.size() + ss[j].words.size() - nf.first + nf.second);
            if (debug_sim && ss[j].source > ss[i].source)
                std::fprintf(stderr, "sim %zu %zu %zu %zu %zu %.3f\n", ss[i].source, ss[i].start, ss[j].source, ss[j].start, n, sim);
            if (j > i && sim >= kGapSimilarity) {
                close_pairs.insert({i, j});
                if (telling[j] + nf.second >= kGapMinTelling) weak.push_back({sim, i, j, n});
            }
            // Short sentences ("The company was founded in 1998." / "... in 1989."): two
            // words or more in common that are every word of the shorter, at half similarity;
            // the words of their dates left out ("The law takes effect on March 1." / "on April 1.").
            bool short_match = false;
            if (n < kAlignMinCommon || ss[i].words.size() < kAlignMinCommon) {
                const std::vector<int>& pa = ss[i].plain;
                const std::vector<int>& pb = ss[j].plain;
                std::size_t both = 0;
                for (int w : pa) both += std::binary_search(pb.begin(), pb.end(), w);
                // Figures both give count, as in `sim`.
                const double plain_sim = both == 0 ? 0.0 : static_cast<double>(both + nf.second) /
                                                               static_cast<double>(pa.size() + pb.size() - both + nf.second);
                short_match = both >= kShortMinCommon && plain_sim >= kShortSimilarity && both >= std::min(pa.size(), pb.size());
            }
            if (!short_match && (n < kAlignMinCommon || ss[i].words.size() < kAlignMinCommon)) continue;
            if (!short_match && sim < kAlignSimilarity) continue;
            auto [it, added] = best[i].emplace(ss[j].source, Best{sim, j});
            if (!added && (sim > it->second.sim || (sim == it->second.sim && j < it->second.other))) it->second = {sim, j};
        }
    }
    struct Pair {
        double sim;
        std::size_t a, b;
    };
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < ss.size(); ++i)
        for (const auto& [src, b] : best[i]) {
            if (b.other <= i) continue;
            const auto back = best[b.other].find(ss[i].source);
            if (back != best[b.other].end() && back->second.other == i) pairs.push_back({b.sim, i, b.other});
        }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return x.sim != y.sim ? x.sim > y.sim : (x.a != y.a ? x.a < y.a : x.b < y.b);
    });
    std::vector<std::uint32_t> group_of(ss.size(), UINT32_MAX);
    std::vector<std::vector<std::size_t>> groups;
    auto sources_of = [&](const std::vector<std::size_t>& g) {
        std::vector<std::size_t> s;
        for (std::size_t i : g) s.push_back(ss[i].source);
        return s;
    };
    // Sentences join a statement only when they are close (a weak pair) to at least half
    // of its sentences, not through one sentence of a third article alone.
    auto join = [&](std::size_t a, std::size_t b) {
        const std::uint32_t ga = group_of[a], gb = group_of[b];
        if (ga != UINT32_MAX && ga == gb) return;
        {
            const std::vector<std::size_t> xa = ga == UINT32_MAX ? std::vector<std::size_t>{a} : groups[ga];
            const std::vector<std::size_t> xb = gb == UINT32_MAX ? std::vector<std::size_t>{b} : groups[gb];
            std::size_t close = 0;
            for (std::size_t x : xa)
                for (std::size_t y : xb) close += close_pairs.count({std::min(x, y), std::max(x, y)});
            if (2 * close < xa.size() * xb.size()) return;
        }
        std::vector<std::size_t> members;
        if (ga != UINT32_MAX) members = groups[ga];
        else members = {a};
        const std::vector<std::size_t> other = gb != UINT32_MAX ? groups[gb] : std::vector<std::size_t>{b};
        std::vector<std::size_t> sa = sources_of(members), sb = sources_of(other);
        bool disjoint = true;
        for (std::size_t x : sa)
            if (std::find(sb.begin(), sb.end(), x) != sb.end()) disjoint = false;
        if (!disjoint) return;
        members.insert(members.end(), other.begin(), other.end());
        std::uint32_t g;
        if (ga != UINT32_MAX) g = ga;
        else if (gb != UINT32_MAX) g = gb;
        else {
            g = static_cast<std::uint32_t>(groups.size());
            groups.emplace_back();
        }
        if (gb != UINT32_MAX && gb != g) groups[gb].clear();
        groups[g] = members;
        for (std::size_t i : members) group_of[i] = g;
    };
    for (const Pair& p : pairs) join(p.a, p.b);
    const bool debug_align = std::getenv("FACTLENS_DEBUG_ALIGN") != nullptr;
    if (debug_align)
        for (const Pair& p : pairs) std::fprintf(stderr, "align %.2f s%zu@%zu ~ s%zu@%zu\n", p.sim, ss[p.a].source, ss[p.a].start, ss[p.b].source, ss[p.b].start);

    // Gaps between anchors, per pair of articles.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<Weak>> weak_of;  // (source a, source b) -> pairs
    for (const Weak& w : weak) {
        const bool lower = ss[w.a].source < ss[w.b].source;
        const Weak o = lower ? w : Weak{w.sim, w.b, w.a, w.common};
        weak_of[{ss[o.a].source, ss[o.b].source}].push_back(o);
    }
    auto paired_with = [&](std::size_t i, std::size_t source) {
        if (group_of[i] == UINT32_MAX) return SIZE_MAX;
        for (std::size_t k : groups[group_of[i]])
            if (ss[k].source == source) return k;
        return SIZE_MAX;
    };
    std::vector<std::pair<std::size_t, std::size_t>> gap_pairs, fused;
    for (const auto& [key, list] : weak_of) {
        const auto [sa, sb] = key;
        // A follow-up days later tells new things in its own words: between its sentences and
        // an earlier article's, only close matches (the first pass) align.
        if (sa < day_of.size() && sb < day_of.size() && day_of[sa] != LONG_MIN && day_of[sb] != LONG_MIN &&
            std::labs(day_of[sa] - day_of[sb]) > kGapMaxDays)
            continue;
        // Anchors: sentences of sa paired with sentences of sb, in sa's order, kept where
        // sb's order agrees (a longest increasing run).
        std::vector<std::pair<std::size_t, std::size_t>> anchors;
        for (std::size_t i = 0; i < ss.size(); ++i)
            if (ss[i].source == sa)
                if (const std::size_t j = paired_with(i, sb); j != SIZE_MAX) anchors.push_back({i, j});
        if (anchors.empty()) continue;
        std::vector<std::size_t> len(anchors.size(), 1), prev(anchors.size(), SIZE_MAX);
        std::size_t top = 0;
        for (std::size_t x = 0; x < anchors.size(); ++x) {
            for (std::size_t y = 0; y < x; ++y)
                if (anchors[y].second < anchors[x].second && len[y] + 1 > len[x]) len[x] = len[y] + 1, prev[x] = y;
            if (len[x] > len[top]) top = x;
        }
        std::vector<std::pair<std::size_t, std::size_t>> run;
        for (std::size_t x = top; x != SIZE_MAX; x = prev[x]) run.push_back(anchors[x]);
        std::reverse(run.begin(), run.end());
        auto gap_a = [&](std::size_t i) {
            return static_cast<std::size_t>(std::upper_bound(run.begin(), run.end(), i, [](std::size_t v, const auto& r) { return v < r.first; }) - run.begin());
        };
        auto gap_b = [&](std::size_t j) {
            return static_cast<std::size_t>(std::upper_bound(run.begin(), run.end(), j, [](std::size_t v, const auto& r) { return v < r.second; }) - run.begin());
        };
        // Each unpaired sentence's best in its gap.
        std::unordered_map<std::size_t, Weak> best_a, best_b;
        auto offer = [](std::unordered_map<std::size_t, Weak>& m, std::size_t k, const Weak& w, bool tie_low) {
            auto [it, added] = m.emplace(k, w);
            if (added) return;
            if (w.sim > it->second.sim) it->second = w;
            else if (w.sim == it->second.sim && tie_low) it->second.sim = w.sim, it->second.a = SIZE_MAX;  // a tie: none
        };
        std::unordered_map<std::size_t, Weak> fused_a, fused_b;  // one side already paired: a sentence stating two things
        for (const Weak& w : list) {
            const bool pa = paired_with(w.a, sb) != SIZE_MAX, pb = paired_with(w.b, sa) != SIZE_MAX;
            if (pa && pb) continue;
            if (pa || pb) {
                // The two things are told in consecutive sentences of the other article: the
                // sentence's first partner and the one right before or after it.
                const std::size_t first = pa ? paired_with(w.a, sb) : paired_with(w.b, sa);
                const std::size_t second = pa ? w.b : w.a;
                const bool next_to = first + 1 == second || second + 1 == first;
                if (w.sim >= kFusedSimilarity && next_to) {
                    offer(fused_a, w.a, w, true);
                    offer(fused_b, w.b, w, true);
                }
                continue;
            }
            if (gap_a(w.a) != gap_b(w.b)) continue;
            offer(best_a, w.a, w, true);
            offer(best_b, w.b, w, true);
        }
        for (const auto& [i, w] : fused_a) {
            if (w.a == SIZE_MAX) continue;
            const auto back = fused_b.find(w.b);
            if (back == fused_b.end() || back->second.a != w.a || back->second.b != w.b) continue;
            // The unpaired one must have no better partner among the other article's unpaired sentences.
            const bool a_free = paired_with(w.a, sb) == SIZE_MAX;
            const auto& rival = a_free ? best_a : best_b;
            const auto other = rival.find(a_free ? w.a : w.b);
            if (other != rival.end() && other->second.a != SIZE_MAX && other->second.sim >= w.sim) continue;
            fused.push_back({w.a, w.b});
        }
        for (const auto& [i, w] : best_a) {
            if (w.a == SIZE_MAX) continue;
            const auto back = best_b.find(w.b);
            if (back == best_b.end() || back->second.a != w.a || back->second.b != w.b) continue;
            gap_pairs.push_back({w.a, w.b});
        }
    }
    std::sort(gap_pairs.begin(), gap_pairs.end());
    for (const auto& [a, b] : gap_pairs) {
        if (debug_align) std::fprintf(stderr, "gap s%zu@%zu ~ s%zu@%zu\n", ss[a].source, ss[a].start, ss[b].source, ss[b].start);
        join(a, b);
    }
    // The sentence that states two things joins a copy of its second partner's statement
    // (once, whichever sentence of it led there).
    std::set<std::vector<std::size_t>> seen;
    std::vector<std::vector<std::size_t>> copies;
    for (const auto& pair : fused) {
        // Named copies, not structured bindings: a lambda below uses them (C++20 allows
        // capturing bindings, Emscripten's clang 14 does not).
        const std::size_t a = pair.first, b = pair.second;
        if (debug_align) std::fprintf(stderr, "fused s%zu@%zu ~ s%zu@%zu\n", ss[a].source, ss[a].start, ss[b].source, ss[b].start);
        const bool a_two = [&] {
            for (std::size_t k : group_of[a] == UINT32_MAX ? std::vector<std::size_t>{} : groups[group_of[a]])
                if (ss[k].source == ss[b].source) return true;
            return false;
        }();
        const std::size_t two = a_two ? a : b, other = a_two ? b : a;  // two: the sentence stating two things
        std::vector<std::size_t> st = group_of[other] == UINT32_MAX ? std::vector<std::size_t>{other} : groups[group_of[other]];
        bool clash = false;
        for (std::size_t k : st) clash |= ss[k].source == ss[two].source;
        if (clash) st = {other};
        st.push_back(two);
        std::sort(st.begin(), st.end());
        if (seen.insert(st).second) copies.push_back(std::move(st));
    }
    for (auto& g : groups)
        if (g.size() >= 2) {
            std::sort(g.begin(), g.end());
            out.push_back(std::move(g));
        }
    for (auto& st : copies) out.push_back(std::move(st));
    return out;
}

// Figures that aligned sentences give for the same thing: in each pair of a statement's
// sentences, the one figure of a slot in each (money in one currency, a count of one noun,
// a share as a percent or a fraction), with values within a factor of kAlignedRatio
// (kAlignedCountRatio for counts), are one claim (a later article's new figure is then an
// update, which analyse() tells), unless some source states both.
constexpr double kAlignedRatio = 1.5;

// Among several figures of one slot in two aligned sentences, the pair that share the most
// words around them, each the other's best and no tie: "EUR 42.50 per share ... EUR 3.4bn in
// total" against "EUR 45.20 a share ... EUR 3.6bn in all".
bool matched_by_words(const std::vector<Item>& items, const std::vector<std::size_t>& xs, const std::vector<std::size_t>& ys,
                      std::size_t& ia, std::size_t& ib);
constexpr double kAlignedCountRatio = 4.0;  // a count may have been updated (a death toll)
constexpr double kAlignedShareRatio = 2.0;  // a share and another of the same thing

// The figures of `mine` whose claim (root) none of `theirs` has.
template <class RootOf>
std::vector<std::size_t> not_in_both(const std::vector<std::size_t>& mine, const std::vector<std::size_t>& theirs, RootOf root_of) {
    std::vector<std::size_t> out;
    for (std::size_t i : mine) {
        bool both = false;
        for (std::size_t j : theirs) both |= root_of(i) == root_of(j);
        if (!both) out.push_back(i);
    }
    return out;
}

// Of two sentences' figures of one slot, those whose claim (root) the other sentence
// also has are set aside; when one is left on each side, they are the pair.
template <class RootOf>
bool left_over_pair(const std::vector<std::size_t>& xs, const std::vector<std::size_t>& ys, RootOf root_of, std::size_t& ia,
                    std::size_t& ib) {
    if (xs.size() > 8 || ys.size() > 8) return false;
    const std::vector<std::size_t> rx = not_in_both(xs, ys, root_of), ry = not_in_both(ys, xs, root_of);
    if (rx.size() != 1 || ry.size() != 1 || rx.size() == xs.size()) return false;
    ia = rx.front(), ib = ry.front();
    return true;
}

// A figure that is a difference between two others: "a margin of 47,540 votes", "a lead of
// 3,000", "a majority of 12", "a deficit of $2bn" (the words right before it).
std::string word_before(std::string_view text, std::size_t at);
bool difference_figure(std::string_view text, std::size_t start) {
    if (word_before(text, start) != "of") return false;
    std::size_t at = start;
    while (at > 0 && text[at - 1] == ' ') --at;
    const std::string noun = word_before(text, at - 2);  // past "of"
    for (std::string_view w : {"margin", "lead", "majority", "gap", "difference", "deficit", "surplus", "shortfall"})
        if (noun == w) return true;
    return false;
}

std::vector<Group> merge_aligned(const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                                 const std::vector<std::vector<std::size_t>>& statements, std::vector<Group> groups,
                                 const Corpus& corpus) {
    auto text_of = [&](const Item& it) { return std::string_view(corpus.sources[it.source].text); };
    GroupUnion u(items, std::move(groups));
    auto slot = [&](const Item& it) -> std::string {
        switch (it.e.kind) {
            case ItemKind::Money: return "money|" + it.e.value.unit;
            case ItemKind::Number: {
                const std::string_view c = trim(it.e.value.counts);
                const auto sp = c.rfind(' ');
                const std::string noun(sp == std::string_view::npos ? c : c.substr(sp + 1));
                return noun.empty() ? std::string() : "count|" + word_stem(noun);
            }
            case ItemKind::Percent:
            case ItemKind::Fraction: return "share";
            default: return {};
        }
    };
    auto share_value = [](const Item& it) { return it.e.kind == ItemKind::Fraction ? it.e.value.mid() * 100 : it.e.value.mid(); };
    for (const auto& st : statements) {
        std::vector<std::map<std::string, std::vector<std::size_t>>> slots(st.size());
        for (std::size_t x = 0; x < st.size(); ++x)
            for (std::size_t i = ss[st[x]].item_begin; i < ss[st[x]].item_end; ++i)
                if (u.grouped(i))
                    if (std::string k = slot(items[i]); !k.empty()) slots[x][k].push_back(i);
        // Counts of different nouns ("about 3,500 workers" / "about 5,300 jobs"): when each
        // sentence has one count only, the two are one slot.
        for (std::size_t x = 0; x < st.size(); ++x) {
            std::size_t counts = 0;
            for (const auto& [k, xs] : slots[x]) counts += k.rfind("count|", 0) == 0 ? xs.size() : 0;
            if (counts == 1)
                for (const auto& [k, xs] : slots[x])
                    if (k.rfind("count|", 0) == 0) slots[x]["count"] = xs;
        }
        for (std::size_t x = 0; x < st.size(); ++x)
            for (std::size_t y = x + 1; y < st.size(); ++y)
                for (const auto& [k, xs] : slots[x]) {
                    const auto it = slots[y].find(k);
                    if (it == slots[y].end()) continue;
                    // A lone count: only against another sentence's lone count of another noun.
                    if (k == "count" && slot(items[xs.front()]) == slot(items[it->second.front()])) continue;
                    // One figure each; or else the one figure of each left once the figures
                    // both state (one claim already) are set aside; or else the pair whose next
                    // words match (mutually best) ("federal MXN 8.5bn ... the state MXN
                    // 5.7bn" against "federal MXN 8.5bn, while the state MXN 6.7bn").
                    // Pairs one at a time: once the best pair is one claim, the figures left
                    // are paired again ("Rp 9.7 trillion of equity and ... Rp 22.7 trillion" /
                    // "Rp9.7tn equity plus Rp21.7tn in bank loans, for a Rp32.4tn total").
                    for (int round = 0; round < 4; ++round) {
                        std::size_t ia = xs.front(), ib = it->second.front();
                        if (xs.size() != 1 || it->second.size() != 1) {
                            const auto root_of = [&](std::size_t i) { return u.root_of(i); };
                            if (!left_over_pair(xs, it->second, root_of, ia, ib)) {
                                // Of the figures left once those both state are set aside, the
                                // pair whose words match ("MXN 0.9 billion in surcharges" / "MXN
                                // 1.1 billion in surcharges", past "MXN 4.2 billion in all").
                                const std::vector<std::size_t> rx = not_in_both(xs, it->second, root_of),
                                                               ry = not_in_both(it->second, xs, root_of);
                                if (round > 0 && (rx.empty() || ry.empty())) break;
                                if (!matched_by_words(items, rx.empty() ? xs : rx, ry.empty() ? it->second : ry, ia, ib)) break;
                            }
                        }
                        const Item& a = items[ia];
                        const Item& b = items[ib];
                        // A margin is a difference, not the count: "won by a margin of 47,540
                        // votes" / "won 71,850 votes against 24,310".
                        if (difference_figure(text_of(a), a.e.start) != difference_figure(text_of(b), b.e.start)) break;
                        const double va = share_value(a), vb = share_value(b);
                        // Shares of one thing ("about a quarter of the city's supply" / "roughly 40%
                        // of what the city consumes"): up to twice the other, when their own words
                        // share a word or when each is its sentence's only share.
                        const bool share = k == "share" && (shared_context(a, b) > 0 || (xs.size() == 1 && it->second.size() == 1));
                        // A measure is no toll that rises: within kAlignedRatio, as money is.
                        const double ratio = k == "count" || a.measure || b.measure ? kAlignedRatio : a.e.kind == ItemKind::Number ? kAlignedCountRatio
                                           : share ? kAlignedShareRatio : kAlignedRatio;
                        if (!(va > 0) || !(vb > 0) || (std::max(va, vb) / std::min(va, vb) > ratio && !digits_transposed(a, b))) break;
                        // Two claims a source states both of are two claims, whatever the alignment says.
                        u.join(ia, ib);
                        if (u.root_of(ia) != u.root_of(ib) || (xs.size() == 1 && it->second.size() == 1)) break;
                    }
                }
    }
    return u.take();
}

bool matched_by_words(const std::vector<Item>& items, const std::vector<std::size_t>& xs, const std::vector<std::size_t>& ys,
                      std::size_t& ia, std::size_t& ib) {
    if (xs.size() > 8 || ys.size() > 8) return false;
    auto score = [&](std::size_t i, std::size_t j) {
        const std::vector<std::string>& a = items[i].context;
        const std::vector<std::string>& b = items[j].context;
        int n = 0;
        for (const std::string& w : a) n += std::find(b.begin(), b.end(), w) != b.end();
        // The word right after each says what the figure is of: it weighs most.
        if (!items[i].next_word.empty() && items[i].next_word == items[j].next_word) n += 3;
        return n;
    };
    // Between pairs whose words match as well, the one whose values are nearer ("Rp 22.7
    // trillion" / "Rp21.7tn" rather than "Rp32.4tn"), when clearly nearer.
    auto spread = [&](std::size_t i, std::size_t j) {
        const double x = items[i].e.value.mid(), y = items[j].e.value.mid();
        return x > 0 && y > 0 ? std::max(x, y) / std::min(x, y) : HUGE_VAL;
    };
    int best = 0;
    double near = HUGE_VAL;
    std::size_t bi = 0, bj = 0;
    bool tie = false;
    for (std::size_t i : xs)
        for (std::size_t j : ys) {
            const int sc = score(i, j);
            const double sp = spread(i, j);
            if (sc > best) best = sc, bi = i, bj = j, tie = false, near = sp;
            else if (sc == best && sc > 0) {
                if (sp < near / 1.2) bi = i, bj = j, tie = false, near = sp;
                else if (!(sp > near * 1.2)) tie = true;
            }
        }
    if (best < 1 || tie) return false;
    ia = bi, ib = bj;
    return true;
}

// Parts of a total inside one article: after a money figure, the figures of its currency
// (or converted to it) in its sentence and the next two, each smaller than it, whose
// first two to four add up to within kPartsSpread of it (the closest of those sums) ("$12bn ... Rmb40bn ($5.5bn) for
// chips in China ... around $6.8bn abroad"); failing that, the figures before it in its
// sentence ("EUR 4.1bn for the shares and EUR 1.2bn of debt, an enterprise value of EUR
// 5.1bn"). Their claims become parts of its claim, which analyse() checks (parts_checks).
std::string word_after(std::string_view text, std::size_t at, bool* possessive = nullptr, bool* comma = nullptr);
std::string word_before(std::string_view text, std::size_t at);

constexpr double kPartsSpread = 0.2;
constexpr std::size_t kMaxPartItems = 8;
constexpr std::size_t kMaxPartScan = 48;

// Whether a figure says it is a total: its sentence opens with "Total", "Altogether",
// "Combined" or "Overall", or "total", "in all", "in total", "altogether", "combined" stand
// within a few words of it.
bool says_total(std::string_view text, const AlignedSentence& s, const Item& it) {
    const std::size_t a = it.e.start > s.start + 24 ? it.e.start - 24 : s.start;
    const std::size_t b = std::min(s.end, it.e.end + 24);
    const std::string near = ascii_lower(text.substr(a, b - a));
    std::size_t open = s.start;
    while (open < s.end && !std::isalpha(static_cast<unsigned char>(text[open]))) ++open;
    const std::string first = ascii_lower(text.substr(open, std::min<std::size_t>(12, s.end - open)));
    for (std::string_view w : {"total", "altogether", "combined", "overall"})
        if (first.rfind(w, 0) == 0) return true;
    for (std::string_view w : {"total", "in all", "altogether", "combined"})
        if (near.find(w) != std::string::npos) return true;
    return false;
}

void mark_parts(Corpus& corpus, const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                const std::vector<std::size_t>& claim_of_item) {
    // A figure in the total's unit: money in its currency (or converted to it), or a count
    // of its noun ("312 domestic flights" of "592 flights"); `cur` is "#" + the counted noun.
    auto in_currency = [&](const Item& it, const std::string& cur) -> double {
        if (cur.starts_with("#"))
            return it.e.kind == ItemKind::Number && !it.e.value.counts.empty() && same_noun(it.e.value.counts, std::string_view(cur).substr(1))
                       ? it.e.value.mid()
                       : 0;
        if (it.e.kind != ItemKind::Money) return 0;
        if (it.e.value.unit == cur) return it.e.value.mid();
        if (it.e.converted && it.e.converted->unit == cur) return it.e.converted->mid();
        return 0;
    };
    // A sentence's first word, lower-cased, past what opens a line ("- Total:").
    auto first_word = [&](const AlignedSentence& s) {
        const std::string_view text = corpus.sources[s.source].text;
        std::size_t at = s.start;
        const std::size_t stop = std::min(s.end, s.start + 16);  // a bullet, a dash: a few bytes, not a sentence of "$1 ($1 (..."
        while (at < stop && !std::isalpha(static_cast<unsigned char>(text[at]))) ++at;
        return at < stop ? word_after(text, at) : std::string();
    };
    // A figure a colon opens a list after ("up to 2.5 million tonnes a year: 1.5 million
    // tonnes to China, 0.6 million ..."), a few words on.
    auto colon_after = [&](const Item& it) {
        const std::string_view text = corpus.sources[it.source].text;
        const std::size_t colon = text.find(':', it.e.end);
        if (colon == std::string_view::npos || colon > it.e.end + 24) return false;
        const std::string_view between = text.substr(it.e.end, colon - it.e.end);
        return between.find_first_of("0123456789.;,()") == std::string_view::npos;
    };
    // Totals that say they are one ("a total of ISK 3.8 billion") take their parts first, so
    // a larger figure before them cannot take one of their parts and them as its own.
    std::vector<signed char> said(items.size(), -1);  // says_total of each item, read once for both passes
    for (int pass = 0; pass < 2; ++pass)
    for (std::size_t si = 0; si < ss.size(); ++si) {
        for (std::size_t t = ss[si].item_begin; t < ss[si].item_end; ++t) {
            const Item& total = items[t];
            const bool count = total.e.kind == ItemKind::Number && !total.e.value.counts.empty();
            if ((total.e.kind != ItemKind::Money && !count) || claim_of_item[t] == SIZE_MAX) continue;
            if (said[t] < 0) said[t] = says_total(corpus.sources[total.source].text, ss[si], total) ? 1 : 0;
            const bool said_total = said[t] == 1;
            if (said_total != (pass == 0)) continue;
            // An exchange rate is no total ("3.70 shekels to the dollar" of "1.42 shekels" and
            // "1.58 shekels" a cubic metre): the extractor read a rate where the figure stands.
            bool rate = false;
            for (std::size_t r = t > ss[si].item_begin ? t - 1 : t; r < ss[si].item_end && r <= t + 1; ++r)
                rate |= r != t && items[r].e.kind == ItemKind::Rate && items[r].e.start <= total.e.start && items[r].e.end >= total.e.end;
            if (rate) continue;
            // "raised its estimate to 177.6 million tonnes, from 176.1 million": the old figure
            // of a change is no total of what follows.
            if (word_before(corpus.sources[total.source].text, total.e.start) == "from") continue;
            const std::string cur = count ? "#" + total.e.value.counts : total.e.value.unit;
            const double tv = total.e.value.mid();
            if (!(tv > 0)) continue;
            auto sentence_of = [&](std::size_t i) {
                std::size_t sj = si;
                while (sj + 1 < ss.size() && ss[sj + 1].source == ss[si].source && i >= ss[sj + 1].item_begin) ++sj;
                return sj;
            };
            // A later sentence of one list of parts opens with an additive connective
            // ("Additionally, they plan to invest around $6.8bn").
            auto adds_on = [&](std::size_t sj) {
                const std::string first = first_word(ss[sj]);
                return first == "additionally" || first == "also" || first == "moreover" || first == "another" || first == "furthermore" ||
                       first == "besides" || first == "plus";
            };
            auto try_parts = [&](const std::vector<std::size_t>& cands) {
                const std::size_t n = std::min<std::size_t>(cands.size(), kMaxPartItems);
                std::vector<std::size_t> chosen;
                // Two to four of them that add up to it exactly (within 0.5%), in their order:
                // "a total of €212.4 million" = €71.3m + €96.5m + €44.6m, past the reduced
                // €63.2m between them.
                for (std::size_t size = 2; size <= 4 && chosen.empty(); ++size) {
                    std::vector<std::size_t> pick;
                    std::function<bool(std::size_t, double)> search = [&](std::size_t from, double sum) {
                        if (pick.size() == size) return std::fabs(sum - tv) <= 0.005 * tv;
                        for (std::size_t k = from; k < n; ++k) {
                            pick.push_back(cands[k]);
                            if (search(k + 1, sum + in_currency(items[cands[k]], cur))) return true;
                            pick.pop_back();
                        }
                        return false;
                    };
                    if (search(0, 0)) chosen = pick;
                }
                // Else the first two to four that come closest to it (within kPartsSpread), in
                // one sentence or in sentences that each add on to the one before. Counts only
                // when the total says it is one ("Total: 592 flights", "1,240 in all"): "exports
                // of 112 million tonnes" and "crushing of 58 million" are no parts of a harvest.
                if (chosen.empty() && (!count || said_total || colon_after(total))) {
                    double sum = 0, best = kPartsSpread * tv;
                    std::size_t best_k = SIZE_MAX;
                    for (std::size_t k = 0; k < n && k < 4; ++k) {
                        if (k > 0 && sentence_of(cands[k]) != sentence_of(cands[k - 1]) &&
                            !(sentence_of(cands[k]) == sentence_of(cands[k - 1]) + 1 && adds_on(sentence_of(cands[k]))))
                            break;
                        sum += in_currency(items[cands[k]], cur);
                        if (k >= 1 && std::fabs(sum - tv) <= best) best = std::fabs(sum - tv), best_k = k;
                    }
                    if (best_k == SIZE_MAX) return false;
                    chosen.assign(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(best_k) + 1);
                    // Parts that add up to another total the article states ("C$480m and
                    // C$930m" of the new C$1.41bn, after the old C$1.34bn) are that one's.
                    double parts_sum = 0;
                    for (std::size_t i : chosen) parts_sum += in_currency(items[i], cur);
                    if (best > 0.005 * tv)
                        for (std::size_t o = t > 256 ? t - 256 : 0; o < items.size() && o <= t + 256; ++o)  // bounded: linear overall
                            if (o != t && items[o].source == total.source && std::fabs(in_currency(items[o], cur) - parts_sum) <= 0.005 * parts_sum)
                                return false;
                }
                Claim& tc = corpus.claims[claim_of_item[t]];
                if (!tc.part_of.empty()) return false;
                std::vector<std::size_t> claims;
                for (std::size_t i : chosen) {
                    const std::size_t c = claim_of_item[i];
                    if (c == SIZE_MAX || c == claim_of_item[t] || !corpus.claims[c].part_of.empty() ||
                        std::find(claims.begin(), claims.end(), c) != claims.end())
                        return false;
                    claims.push_back(c);
                }
                for (std::size_t c : claims) corpus.claims[c].part_of = tc.id;
                return true;
            };
            // At most kMaxPartItems figures (of kMaxPartScan items) looked at either side: a
            // text of nothing but figures stays linear.
            std::vector<std::size_t> after, before;
            std::size_t window_end = ss[si].item_end;
            for (std::size_t sj = si + 1; sj < ss.size() && sj <= si + 2 && ss[sj].source == ss[si].source; ++sj)
                window_end = ss[sj].item_end;
            // Names and dates between them do not count (at most kMaxPartScan items either side).
            // Nor is the old figure of a change a part ("to GH¢58,000 a tonne ... from GH¢51,250").
            const auto old_figure = [&](std::size_t i) { return word_before(corpus.sources[items[i].source].text, items[i].e.start) == "from"; };
            for (std::size_t i = t + 1; i < window_end && i <= t + kMaxPartScan && after.size() < kMaxPartItems; ++i) {
                const double v = in_currency(items[i], cur);
                if (v > 0 && v < tv && !old_figure(i)) after.push_back(i);
            }
            // A total that says it is one ("Total: 592 flights", "In all, ...") is of the lines
            // before it too (a digest's list: "- Shirasagi Air: 186 flights").
            std::size_t floor = ss[si].item_begin;
            {
                const std::string first = first_word(ss[si]);
                if (first == "total" || first == "altogether" || first == "combined" || first == "overall")
                    for (std::size_t sj = si; sj > 0 && si - sj < 4 && ss[sj - 1].source == ss[si].source; --sj) floor = ss[sj - 1].item_begin;
            }
            for (std::size_t i = t; i > floor && t - i < kMaxPartScan && before.size() < kMaxPartItems; --i) {
                const double v = in_currency(items[i - 1], cur);
                if (v > 0 && v < tv && !old_figure(i - 1)) before.insert(before.begin(), i - 1);
            }
            if (!try_parts(after)) try_parts(before);
        }
    }
}

// A count broken down by place with its noun left out: "runs 14 hospitals - eight in
// Victoria, four in New South Wales and three in Queensland -", "eight farms (five in
// Balsfjorden and four in Malangen)". The extractor takes no figure without its noun, so the
// parts are read here: after the count, a dash, colon or parenthesis, then two or more of
// "<number> [noun] in|at <Name>" joined by commas and "and", to the closing mark or the
// sentence's end. Each part becomes a claim of its own, part of the count's claim, which
// analyse() checks like any parts.
void breakdown_parts(Corpus& corpus, const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                     const std::vector<std::size_t>& claim_of_item, const std::function<std::string(const std::string&)>& claim_id) {
    SourceQuotes quote(corpus);
    for (const AlignedSentence& s : ss) {
        const std::string_view text = corpus.sources[s.source].text;
        for (std::size_t t = s.item_begin; t < s.item_end; ++t) {
            const Item& total = items[t];
            if (total.e.kind != ItemKind::Number || total.e.value.counts.empty() || claim_of_item[t] == SIZE_MAX) continue;
            if (!corpus.claims[claim_of_item[t]].part_of.empty()) continue;
            std::size_t i = total.e.end;
            auto spaces = [&] {
                while (i < s.end && text[i] == ' ') ++i;
            };
            spaces();
            std::string_view close;
            if (text.substr(i, 1) == "-" || text.substr(i, 1) == ":") close = text.substr(i, 1), ++i;
            else if (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") close = text.substr(i, 3), i += 3;
            else if (text.substr(i, 1) == "(") close = ")", ++i;
            else continue;
            if (close == ":") close = {};
            struct Part {
                double n;
                std::size_t start, end;
            };
            std::vector<Part> parts;
            auto word = [&]() {
                std::size_t j = i;
                while (j < s.end && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == ',' || text[j] == '-')) {
                    if (text[j] == ',' && !(j + 1 < s.end && std::isdigit(static_cast<unsigned char>(text[j + 1])))) break;
                    ++j;
                }
                return text.substr(i, j - i);
            };
            while (i < s.end) {
                spaces();
                if (!parts.empty()) {
                    if (text.substr(i, 1) == ",") ++i, spaces();
                    if (text.substr(i, 4) == "and ") i += 4, spaces();
                }
                const std::size_t start = i;
                const std::string_view w = word();
                double n = -1;
                if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) {
                    std::string digits;
                    for (char ch : w)
                        if (ch != ',') digits += ch;
                    n = parse_decimal(digits).value_or(-1);
                } else if (!w.empty()) {
                    const std::string lw = ascii_lower(w);
                    const auto dash = lw.find('-');
                    const int tens = lexicon::tens_number(lw.substr(0, dash));
                    const int unit = lexicon::unit_number(dash == std::string::npos ? lw : lw.substr(dash + 1));
                    n = dash == std::string::npos ? (unit >= 0 ? unit : tens) : (tens >= 0 && unit >= 0 ? tens + unit : -1);
                }
                if (n < 0) break;
                i = start + w.size();
                spaces();
                // Its noun, written or not ("five farms in", "five in").
                std::size_t k = i;
                while (k < s.end && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
                std::string next = ascii_lower(text.substr(i, k - i));
                if (next != "in" && next != "at" && same_noun(next, total.e.value.counts)) {
                    i = k;
                    spaces();
                    k = i;
                    while (k < s.end && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
                    next = ascii_lower(text.substr(i, k - i));
                }
                if (next != "in" && next != "at") break;
                i = k;
                spaces();
                // The place: one to four capitalised words.
                std::size_t names = 0, end = i;
                while (i < s.end && names < 4 && std::isupper(static_cast<unsigned char>(text[i]))) {
                    while (i < s.end && (std::isalpha(static_cast<unsigned char>(text[i])) || static_cast<unsigned char>(text[i]) >= 0x80)) ++i;
                    end = i;
                    ++names;
                    if (i < s.end && text[i] == ' ' && i + 1 < s.end && std::isupper(static_cast<unsigned char>(text[i + 1]))) ++i;
                }
                if (names == 0) break;
                parts.push_back({n, start, end});
                i = end;
            }
            spaces();
            const bool closed = close.empty() ? (i >= s.end || text[i] == '.' || text[i] == ';') : text.substr(i, close.size()) == close;
            if (parts.size() < 2 || !closed) continue;
            const std::string total_id = corpus.claims[claim_of_item[t]].id;  // a copy: claims grows below
            for (const Part& p : parts) {
                Quantity q;
                q.low = q.high = p.n;
                q.low_text = plain_number(p.n);
                q.unit = "count";
                q.counts = total.e.value.counts;
                const std::string where(text.substr(p.start, p.end - p.start));
                Claim c;
                c.kind = ClaimKind::Count;
                c.subject = label(where);
                c.measure = q.counts;
                c.value = q;
                c.part_of = total_id;
                c.id = claim_id("count-" + q.low_text + "-" + std::string(clip_bytes(where, 24)));
                Mention m;
                m.source = corpus.sources[s.source].id;
                m.claim = c.id;
                m.quote = quote(s.source, p.start, p.end);
                m.value = q;
                corpus.claims.push_back(std::move(c));
                corpus.mentions.push_back(std::move(m));
            }
        }
    }
}

// The next word after byte `at` (letters and apostrophes), lower-cased, and whether a
// possessive ('s) comes first.
std::string word_after(std::string_view text, std::size_t at, bool* possessive, bool* comma) {
    std::size_t i = at;
    if (possessive) *possessive = false;
    if (comma) *comma = false;
    if (text.substr(i, 2) == "'s") {
        if (possessive) *possessive = true;
        i += 2;
    } else if (text.substr(i, 4) == "\u2019s") {
        if (possessive) *possessive = true;
        i += 4;
    }
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) {
        if (text[i] == ',' && comma) *comma = true;
        ++i;
    }
    std::string w;
    while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '-'))
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    return w;
}

// Whether a preposition stands between the start of the clause (the sentence start, a
// comma, a colon, a dash between spaces) and byte `at`: "The algae bloom in northern
// Norway" puts "Norway" in a phrase of place.
bool in_prepositional_phrase(std::string_view text, std::size_t sentence_start, std::size_t at) {
    static constexpr std::string_view kPrepositions[] = {"in", "of", "at", "from", "to", "for", "with", "by", "on", "near", "across", "around"};
    std::size_t a = at;
    while (a > sentence_start && text[a - 1] != ',' && text[a - 1] != ':' && text[a - 1] != ';' && text[a - 1] != '(' &&
           !(text[a - 1] == ' ' && a >= 2 && text[a - 2] == '-'))
        --a;
    std::string w;
    for (std::size_t i = a; i <= at; ++i) {
        const char c = i < at ? text[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        for (std::string_view p : kPrepositions)
            if (w == p) return true;
        w.clear();
    }
    return false;
}

// The head noun of an appositive after a name: ", the state water utility," -> "utility"
// (at most five words after "the", up to a clause break); "" when there is none.
std::string appositive_after(std::string_view text, std::size_t end) {
    std::size_t i = end;
    if (text.substr(i, 6) != ", the " && text.substr(i, 5) != " (the") return {};
    i += text[i] == ',' ? 6 : 5;
    std::string last;
    for (int words = 0; words < 6; ++words) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::string w;
        while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '-'))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
        if (w.empty()) break;
        last = w;
        if (i >= text.size() || text[i] != ' ') break;
    }
    if (i < text.size() && text[i] != ',' && text[i] != '.' && text[i] != ')' && text[i] != ';') return {};
    return last.size() >= 4 ? last : std::string();
}

// The head noun of an appositive before a name: "the state water utility, SADM" ->
// "utility" (the phrase starts with "the", at most six words back).
std::string appositive_before(std::string_view text, std::size_t start) {
    if (start < 2 || text.substr(start - 2, 2) != ", ") return {};
    std::size_t i = start - 2;
    std::string head;
    for (int words = 0; words < 7; ++words) {
        while (i > 0 && text[i - 1] == ' ') --i;
        std::size_t j = i;
        while (j > 0 && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
        if (j == i) return {};
        std::string w(text.substr(j, i - j));
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (words == 0) {
            if (!std::islower(static_cast<unsigned char>(text[j]))) return {};
            head = w;
        } else if (w == "the") {
            return head.size() >= 4 ? head : std::string();
        }
        i = j;
    }
    return {};
}

// The slot of a name: the words before it back to the first content word, lower case
// ("a PLN 1.5bn loan from the European Investment Bank" -> "loan from the"); "" when a
// clause break, a number or the sentence start comes first, or the content word is a
// reporting verb or shorter than four letters (a slot too loose to tell one entity's).
std::string slot_before(std::string_view text, std::size_t sentence_start, std::size_t at) {
    std::string key;
    std::size_t i = at;
    for (int words = 0; words < 4; ++words) {
        while (i > sentence_start && text[i - 1] == ' ') --i;
        std::size_t j = i;
        while (j > sentence_start && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
        if (j == i) return {};
        std::string w(text.substr(j, i - j));
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // A place is no slot: "a smelter in X" / "a smelter in Y" may name a town and its
        // province.
        if (key.empty() && (w == "in" || w == "at" || w == "near" || w == "across" || w == "around" || w == "on" ||
                            w == "outside" || w == "inside" || w == "into"))
            return {};
        key = key.empty() ? w : w + " " + key;
        if (!is_function_word(w)) {
            if (w.size() < 4 || is_reporting_verb(w) || !std::islower(static_cast<unsigned char>(text[j]))) return {};
            return key.find(' ') == std::string::npos ? std::string() : key;
        }
        i = j;
    }
    return {};
}

// Whether byte `at` is in a dateline, the article's own place and date before its first
// sentence ("OSLO, March 17 (Meridian Wire) - ..."): a sentence that opens with a word in
// capitals and a comma, `at` within its first 48 bytes.
bool in_dateline(std::string_view text, std::size_t sentence_start, std::size_t at) {
    if (at < sentence_start || at - sentence_start > 48) return false;
    std::size_t i = sentence_start, caps = 0;
    while (i < text.size() && std::isupper(static_cast<unsigned char>(text[i]))) ++i, ++caps;
    return caps >= 3 && i < at && text[i] == ',';
}

// The word before byte `at`, lower-cased ("" at a clause break).
std::string word_before(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && text[i - 1] == ' ') --i;
    std::size_t j = i;
    while (j > 0 && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
    std::string w(text.substr(j, i - j));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
}

bool is_be_form(std::string_view w) {
    return w == "be" || w == "been" || w == "being" || w == "was" || w == "were" || w == "is" || w == "are";
}

// A past participle as is_action_verb knows it ("bought", "fined", "licensed").
bool is_participle(std::string_view w) {
    return !w.empty() && w.back() != 's' && w != "will" && w != "had" && w != "would" && w != "could" && w != "been" &&
           w != "being" && is_action_verb(w);
}

// Whether the words after byte `at` (to a comma, at most four) are a passive: a form of
// "be" and a participle ("will be bought by", "was fined"): the name before them is done to.
bool passive_after(std::string_view text, std::size_t at) {
    bool be = false;
    for (int k = 0; k < 4; ++k) {
        const std::string w = word_after(text, at);
        if (w.empty()) return false;
        if (be && is_participle(w)) return true;
        be = is_be_form(w);
        while (at < text.size() && text[at] == ' ') ++at;
        if (at < text.size() && text[at] == ',') return false;
        at += w.size();
    }
    return false;
}

// Whether the name at byte `at` is the agent of a passive: "by" before it, a participle
// before that and a form of "be" at most two words before the participle ("was bought by
// X", "was bought in 2024 by" is not read).
bool passive_agent(std::string_view text, std::size_t at) {
    std::string words[4];
    for (int k = 0; k < 4; ++k) {
        std::size_t i = at;
        while (i > 0 && text[i - 1] == ' ') --i;
        std::size_t j = i;
        while (j > 0 && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
        if (j == i) break;
        words[k] = word_before(text, at);
        at = j;
    }
    return words[0] == "by" && is_participle(words[1]) && (is_be_form(words[2]) || (is_be_form(words[3]) && words[2] != "not"));
}

// Whether two sentences of different articles tell of different things however alike their
// words: each names an entity that the other does not, in the same place (the same word
// right after both names, or the same content word right before): "China Mobile added 3.2
// million subscribers" / "China Telecom added 1.1 million subscribers", "Floods in Hubei
// province killed 12" / "Floods in Hebei province killed 7"; or each gives one year and the
// years differ ("a profit of 412 million pounds in 2024" / "expects 450 million pounds in
// 2025"). A name that credits the sentence ("Reuters reported", "according to Statvia") is
// not what it is about, unless it is a country ("Austria reported 320 cases"). Callers ask only where the figures differ
// too: the same figure with another name is one claim whose doer differs.
bool names_apart(const Corpus& corpus, const std::vector<Item>& items, const AlignedSentence& a, const AlignedSentence& b) {
    struct Named {
        std::string text;
        std::size_t start, end;  // bytes in the source text
        std::string after, before;
    };
    // A name that credits the sentence: an outlet, the speaker of a reporting verb ("Reuters
    // reported", "said Statvia") or after "according to", "citing".
    auto credits = [](std::string_view text, std::size_t start, const std::string& before, const std::string& after) {
        static constexpr std::string_view kSpeech[] = {"said", "says", "say", "told", "tells", "wrote", "writes", "stated",
                                                       "claimed", "claims", "estimated", "estimates", "reported", "reports"};
        if (std::find(std::begin(kSpeech), std::end(kSpeech), after) != std::end(kSpeech)) return true;
        if (before == "said" || before == "says" || before == "told" || before == "citing") return true;
        const std::string_view head = text.substr(0, start);
        const std::size_t cut = head.find_last_not_of(' ');
        const std::string_view prior = cut == std::string_view::npos ? std::string_view() : head.substr(0, cut + 1);
        if (prior.size() < 12) return false;
        return ascii_lower(prior.substr(prior.size() - 12)) == "according to";
    };
    // Its names, and the countries it names in a word with a capital that the extractor
    // left out of its names ("Austria reported 320 new cases" opens the sentence).
    auto named = [&](const AlignedSentence& s, int& year, int& years) {
        const std::string_view text = corpus.sources[s.source].text;
        std::vector<Named> out;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
            const Item& it = items[i];
            if (it.e.kind == ItemKind::Date && it.e.date.ok) ++years, year = it.e.date.date.year;
            if (it.e.kind != ItemKind::Name) continue;
            Named n{it.e.text, it.e.start, it.e.end, word_after(text, it.e.end), word_before(text, it.e.start)};
            const bool country = is_country(name_key(it.e.text, false));
            if ((it.e.name_kind == "outlet" || credits(text, it.e.start, n.before, n.after)) && !country) continue;
            out.push_back(std::move(n));
        }
        for (std::size_t i = s.start; i < s.end;) {
            if (!std::isupper(static_cast<unsigned char>(text[i])) || (i > s.start && std::isalpha(static_cast<unsigned char>(text[i - 1])))) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < s.end && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
            const std::string lower = ascii_lower(text.substr(i, j - i));
            bool inside = false;
            for (const Named& n : out) inside |= i >= n.start && i < n.end;
            if (!inside && j > i + 2 && is_country(lower))
                out.push_back({std::string(text.substr(i, j - i)), i, j, word_after(text, j), word_before(text, i)});
            i = j > i ? j : i + 1;
        }
        return out;
    };
    int year_a = 0, years_a = 0, year_b = 0, years_b = 0;
    const std::vector<Named> na = named(a, year_a, years_a), nb = named(b, year_b, years_b);
    if (years_a == 1 && years_b == 1 && year_a != year_b) return true;
    auto named_in = [](const Named& n, const std::vector<Named>& other) {
        for (const Named& o : other)
            if (same_name(n.text, o.text)) return true;
        return false;
    };
    for (const Named& x : na) {
        if (named_in(x, nb)) continue;
        for (const Named& y : nb) {
            if (named_in(y, na)) continue;
            if (!x.after.empty() && x.after == y.after) return true;
            if (!x.before.empty() && x.before == y.before && !is_function_word(x.before)) return true;
        }
    }
    return false;
}

// A name in capitals of two to six letters ("CEL", "STSB"): an acronym.
bool is_acronym(std::string_view name) {
    return name.size() >= 2 && name.size() <= 6 && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// One entity for a doer: the same name, or one's words the start or the end of the
// other's ("Trump"/"Donald Trump", "Halbrecht"/"Halbrecht Chemie").
bool same_doer(const std::string& a, const std::string& b) {
    if (same_name(a, b)) return true;
    std::vector<std::string> x = name_tokens(a), y = name_tokens(b);
    if (x.empty() || y.empty()) return false;
    if (x.size() > y.size()) std::swap(x, y);
    return std::equal(x.begin(), x.end(), y.begin()) || std::equal(x.rbegin(), x.rend(), y.rbegin());
}

// The name that does what figure `i` counts: the nearest name before it in its sentence,
// in the same clause (no comma, semicolon or colon between), at most six words and eight
// items before it, no outlet ("Shirasagi Air cancelled 186 flights", "Kirara Air said it had cancelled 140
// flights"). Empty when none.
std::string figure_doer(const Corpus& corpus, const std::vector<Item>& items, const AlignedSentence& s, std::size_t i) {
    const std::string_view text = corpus.sources[s.source].text;
    for (std::size_t k = i; k > s.item_begin && i - k < 8;) {
        const Item& it = items[--k];
        if (it.e.kind != ItemKind::Name) continue;
        if (it.e.name_kind == "outlet") return {};
        const std::string_view between = text.substr(it.e.end, items[i].e.start - it.e.end);
        if (between.find_first_of(",;:()") != std::string_view::npos) return {};
        if (std::count(between.begin(), between.end(), ' ') > 6) return {};
        return it.e.text;
    }
    return {};
}

// What a share is of: the stemmed content words after "of" right after it, to a clause
// break or a preposition, at most four ("about 40% of the India net" -> india, net; "more
// than 40% of tickets in the big cities" -> ticket). Empty when no "of" follows.
std::vector<std::string> share_object(std::string_view text, std::size_t end, bool noun_after) {
    std::vector<std::string> out;
    std::size_t i = end;
    auto word = [&]() {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = i;
        while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) || text[j] == '\'' || text[j] == '-')) ++j;
        std::string w = ascii_lower(text.substr(i, j - i));
        i = j;
        if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
        return w;
    };
    if (const std::string first = word(); first != "of") {
        // "a 40% chance", "a 20% stake": the noun the share is of, right after it.
        if (noun_after && first.size() > 2 && !is_function_word(first)) out.push_back(word_stem(first));
        return out;
    }
    for (int n = 0; n < 6 && out.size() < 4 && i < text.size(); ++n) {
        if (text[i] == ',' || text[i] == ';' || text[i] == '.' || text[i] == '(') break;
        const std::string w = word();
        if (w.empty() || w == "in" || w == "at" || w == "for" || w == "on" || w == "by" || w == "from" || w == "to" || w == "that" ||
            w == "which" || w == "were" || w == "was" || w == "is" || w == "are")
            break;
        if (!is_function_word(w)) out.push_back(word_stem(w));
    }
    return out;
}

// Shares of one thing in different articles, whatever their sentences: two shares (percent
// or fraction) whose "of ..." objects have at least two content words in common and one's
// words all in the other's ("About 40% of outstanding Czech mortgage volume" / "Roughly a
// quarter of outstanding mortgage volume"), within kAlignedShareRatio of each other, are
// one claim. Only when each source has one share of that object (two of one source are
// two claims), no source states both groups, and the sentences are not apart.
constexpr std::size_t kMinShareObjectWords = 2;
// `object`: what each share is of (share_object, sorted and without repeats), made once by
// the caller for group_figures too.
std::vector<Group> merge_share_objects(const std::vector<Item>& items, std::vector<Group> groups,
                                       const std::vector<std::vector<std::string>>& object,
                                       const std::function<bool(std::size_t, std::size_t)>& apart) {
    auto is_share = [&](const Item& it) { return it.e.kind == ItemKind::Percent || it.e.kind == ItemKind::Fraction; };
    GroupUnion u(items, std::move(groups));
    std::vector<std::size_t> shares;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (is_share(items[i]) && u.grouped(i) && !items[i].e.value.is_range() && !object[i].empty()) shares.push_back(i);
    // Candidates by their objects' words: a word in 64 shares or more says nothing.
    std::unordered_map<std::string, std::vector<std::size_t>> by_word;
    for (std::size_t i : shares)
        for (const std::string& w : object[i]) by_word[w].push_back(i);
    auto covers = [&](std::size_t i, std::size_t j) {  // i's words all in j's, at least two
        const auto& a = object[i];
        const auto& b = object[j];
        return a.size() <= b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
    };
    // Objects of one word ("half of its fleet" / "two-thirds of the fleet") only when equal
    // and the figures' own words share two more.
    auto same_object = [&](std::size_t i, std::size_t j) {
        if (object[i].size() < kMinShareObjectWords || object[j].size() < kMinShareObjectWords)
            return object[i] == object[j] && shared_context(items[i], items[j]) >= 2;
        return covers(i, j) || covers(j, i);
    };
    auto share_value = [](const Item& it) { return it.e.kind == ItemKind::Fraction ? it.e.value.mid() * 100 : it.e.value.mid(); };
    for (std::size_t i : shares) {
        std::vector<std::size_t> cands;
        for (const std::string& w : object[i])
            if (const auto& v = by_word[w]; v.size() < 64) cands.insert(cands.end(), v.begin(), v.end());
        std::sort(cands.begin(), cands.end());
        cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
        // The one share of each other source with this object; a source with two is left.
        std::map<std::size_t, std::size_t> match_in;  // source -> item, SIZE_MAX when two
        bool own_twice = false;
        for (std::size_t j : cands) {
            if (j == i || !same_object(i, j)) continue;
            if (items[j].source == items[i].source) {
                own_twice |= u.root_of(j) != u.root_of(i);
                continue;
            }
            auto [at, added] = match_in.emplace(items[j].source, j);
            if (!added && u.root_of(at->second) != u.root_of(j)) at->second = SIZE_MAX;
        }
        if (own_twice) continue;
        for (const auto& [src, j] : match_in) {
            if (j == SIZE_MAX || j < i) continue;
            const double va = share_value(items[i]), vb = share_value(items[j]);
            if (!(va > 0) || !(vb > 0) || std::max(va, vb) / std::min(va, vb) > kAlignedShareRatio) continue;
            if (apart(i, j)) continue;
            u.join(i, j);
        }
    }
    return u.take();
}

// Whether two sentences' figures are done by different doers: some figure of each has a
// doer (figure_doer), and no doer of one is a doer of the other.
bool doers_apart(const Corpus& corpus, const std::vector<Item>& items, const AlignedSentence& a, const AlignedSentence& b) {
    auto doers = [&](const AlignedSentence& s) {
        std::vector<std::string> out;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
            const ItemKind k = items[i].e.kind;
            if (k != ItemKind::Money && k != ItemKind::Number && k != ItemKind::Percent && k != ItemKind::Fraction) continue;
            if (std::string d = figure_doer(corpus, items, s, i); !d.empty()) out.push_back(std::move(d));
        }
        return out;
    };
    const std::vector<std::string> da = doers(a), db = doers(b);
    if (da.empty() || db.empty()) return false;
    for (const std::string& x : da)
        for (const std::string& y : db)
            if (same_doer(x, y)) return false;
    return true;
}

// Whether some figure of one sentence is the same figure (within 0.5%) as one of the other's,
// and both give figures at all.
bool figures_differ(const std::vector<Item>& items, const AlignedSentence& a, const AlignedSentence& b) {
    auto figure = [](const Item& it) {
        return it.e.kind == ItemKind::Money || it.e.kind == ItemKind::Number || it.e.kind == ItemKind::Percent ||
               it.e.kind == ItemKind::Fraction;
    };
    bool any_a = false, any_b = false;
    for (std::size_t i = a.item_begin; i < a.item_end; ++i) {
        if (!figure(items[i])) continue;
        any_a = true;
        for (std::size_t j = b.item_begin; j < b.item_end; ++j)
            if (figure(items[j]) && items[j].e.kind == items[i].e.kind && same_figure(items[i], items[j])) return false;
    }
    for (std::size_t j = b.item_begin; j < b.item_end; ++j) any_b |= figure(items[j]);
    return any_a && any_b;
}

// Adverbs and time words that stand between a doer and its verb ("Alphabet last year
// planned", "Seorim also said", "the ministry on Monday said").
bool is_adverb(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "also", "already", "now", "recently", "previously", "earlier", "last", "this", "next", "year", "week", "month",
        "still", "reportedly", "then", "initially", "originally", "currently", "jointly", "formally", "officially",
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "late", "early", "later", "finally", "eventually", "quickly", "had", "has", "have", "will", "would", "is", "was"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The first word after byte `at` that is not an adverb or a time word (at most three
// skipped); an auxiliary counts as the verb when nothing verb-like follows it.
std::string verb_after(std::string_view text, std::size_t at) {
    std::string first;
    std::size_t i = at;
    for (int hop = 0; hop < 4; ++hop) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::string w;
        while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '-'))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
        if (hop == 0) first = w;
        if (w.empty()) return first;
        if (!is_adverb(w) || hop == 3) return is_action_verb(w) || is_reporting_verb(w) ? w : first;
    }
    return first;
}

// What the names of one entity are called: the spelling most of its mentions use.
struct NameEntities {
    std::vector<std::uint32_t> parent;        // union-find over name groups
    std::vector<std::uint32_t> group_of_item;  // name item -> group (UINT32_MAX: not a name)
    std::uint32_t find(std::uint32_t g) {
        while (parent[g] != g) g = parent[g] = parent[parent[g]];
        return g;
    }
    void join(std::uint32_t a, std::uint32_t b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
    std::uint32_t entity(std::size_t item) {
        const std::uint32_t g = group_of_item[item];
        return g == UINT32_MAX ? g : find(g);
    }
};

// A misspelt name in the same place of the same statement ("text-to-video generator
// Simmeng" / "text-to-video generator Jimeng"): one-word names of six letters or more, at
// most two edits apart, not a place and its demonym, with the same content word right
// before or right after them, each the only name of its sentence that the other lacks.
// The first letter may differ here (the statement says they are the same slot); names
// that merely look alike elsewhere ("Elland"/"England") stay apart.
constexpr std::size_t kMaxSlotItems = 64;

void join_misspelt_slots(const Corpus& corpus, const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                         const std::vector<std::vector<std::size_t>>& statements, NameEntities& names) {
    for (const auto& st : statements)
        for (std::size_t x = 0; x < st.size(); ++x)
            for (std::size_t y = x + 1; y < st.size(); ++y) {
                const AlignedSentence& a = ss[st[x]];
                const AlignedSentence& b = ss[st[y]];
                auto only = [&](const AlignedSentence& p, const AlignedSentence& q) {
                    std::vector<std::size_t> out;
                    for (std::size_t i = p.item_begin; i < p.item_end; ++i) {
                        if (items[i].e.kind != ItemKind::Name || names.group_of_item[i] == UINT32_MAX) continue;
                        bool shared = false;
                        for (std::size_t j = q.item_begin; j < q.item_end && !shared; ++j)
                            shared = items[j].e.kind == ItemKind::Name && names.entity(j) == names.entity(i);
                        if (!shared) out.push_back(i);
                    }
                    return out;
                };
                // Sentences with many names (a list, a text without full stops) are not slots.
                if (a.item_end - a.item_begin > kMaxSlotItems || b.item_end - b.item_begin > kMaxSlotItems) continue;
                const std::vector<std::size_t> oa = only(a, b), ob = only(b, a);
                const std::string_view ta = corpus.sources[a.source].text, tb = corpus.sources[b.source].text;
                for (std::size_t i : oa)
                    for (std::size_t j : ob) {
                        const std::vector<std::string> wa = name_tokens(items[i].e.text), wb = name_tokens(items[j].e.text);
                        // Names of two or more words that differ in one word by one edit ("Priya
                        // Anand" / "Priya Anant"), each absent from the other's sentence: one
                        // person or firm, misspelt, wherever the name stands in the sentence.
                        if (wa.size() >= 2 && wa.size() == wb.size()) {
                            std::size_t differ = 0, at = 0;
                            for (std::size_t k = 0; k < wa.size(); ++k)
                                if (wa[k] != wb[k]) ++differ, at = k;
                            if (differ == 1 && wa[at].size() >= 4 && wb[at].size() >= 4 && edit_distance(wa[at], wb[at], 2) == 1 &&
                                !is_country(wa[at]) && !is_country(wb[at]) && !is_demonym(wa[at]) && !is_demonym(wb[at]) &&
                                !same_name(items[i].e.text, items[j].e.text))
                                names.join(names.group_of_item[i], names.group_of_item[j]);
                            continue;
                        }
                        if (wa.size() != 1 || wb.size() != 1 || wa[0].size() < 6 || wb[0].size() < 6) continue;
                        if (edit_distance(wa[0], wb[0], 3) > 2 || same_name(items[i].e.text, items[j].e.text)) continue;
                        const std::string pa = word_before(ta, items[i].e.start), pb = word_before(tb, items[j].e.start);
                        const std::string na = word_after(ta, items[i].e.end), nb = word_after(tb, items[j].e.end);
                        const bool slot = (!pa.empty() && pa == pb && !is_function_word(pa)) ||
                                          (!na.empty() && na == nb && !is_function_word(na));
                        if (!slot) continue;
                        // A place and its demonym ("Germany"/"German") are never a misspelling, nor
                        // is a demonym (WordNet's) of any other word ("Turkish"/"Türkiye"), nor
                        // two countries.
                        if (wa[0].rfind(wb[0].substr(0, wb[0].size() - 1), 0) == 0 || wb[0].rfind(wa[0].substr(0, wa[0].size() - 1), 0) == 0)
                            continue;
                        if (is_demonym(wa[0]) || is_demonym(wb[0]) || (is_country(wa[0]) && is_country(wb[0]))) continue;
                        names.join(names.group_of_item[i], names.group_of_item[j]);
                    }
            }
}

// The parts of each statement that its sentences state besides figures, made claims of
// their own so that analyse() compares them: the date or year (one date in the sentence),
// who does it (the name before its verb), whose it is (the name before 's), whom it is
// credited to (core/claim_parts.h) and what it covers. A part becomes a claim when at least
// two of the statement's sources state it.
// Whom a statement is credited to is a report: a class ("sources", "analysts",
// "officials") or a name, one report each, without dates.
// One speaker's names: the same name (same_name: diacritics, legal forms and titles
// aside), or one's words the start or the end of the other's, or its start after a first
// word (a role written in capitals at a sentence's start: "Insurer Caldera Re" / "Caldera").
bool one_speaker(const std::string& a, const std::string& b) {
    if (same_name(a, b)) return true;
    std::vector<std::string> x = name_tokens(a), y = name_tokens(b);
    if (x.empty() || y.empty()) return false;
    if (x.size() > y.size()) std::swap(x, y);
    return std::equal(x.begin(), x.end(), y.begin()) || std::equal(x.rbegin(), x.rend(), y.rbegin()) ||
           (y.size() > x.size() && std::equal(x.begin(), x.end(), y.begin() + 1) && x.front().size() >= 4);
}

struct CreditReports {
    Corpus& corpus;
    std::function<std::string(const std::string&)> claim_id;
    std::map<std::string, std::string> report_of;
    std::vector<std::pair<std::string, std::string>> named_reports;  // (who, report id)
    // A speaker and the body it speaks for ("Mette Holm" of "Kronborg Securities") are one
    // report: whichever was credited first, the other credits it too.
    void alias(const std::string& who, const std::string& body) {
        const auto w = report_of.find(who), b = report_of.find(body);
        if (w == report_of.end() && b == report_of.end()) report_of.emplace(who, (*this)(body, true));
        else if (w == report_of.end()) report_of.emplace(who, b->second);
        else if (b == report_of.end()) report_of.emplace(body, w->second);
    }
    std::string operator()(const std::string& who, bool named) {
        auto it = report_of.find(who);
        if (it != report_of.end()) return it->second;
        // One speaker written two ways ("Insurer Caldera Assicurazioni", "Caldera",
        // "Mayor Ana Silva of Porto" / "Ana Silva"): one report.
        if (named)
            for (const auto& [other, id] : named_reports)
                if (one_speaker(other, who)) {
                    report_of.emplace(who, id);
                    return id;
                }
        Report r;
        r.id = claim_id("credited-" + who);
        r.outlet = named ? label(who) : "unnamed";
        r.label = named ? label(who) : label("unnamed " + who);
        report_of.emplace(who, r.id);
        if (named) named_reports.push_back({who, r.id});
        corpus.reports.push_back(r);
        return r.id;
    }
};

// The event a day date is the day of: the word before the date's preposition ("on", "at"),
// adverbs crossed ("first detected on", "was detected early on"), or before its object
// ("signed the agreement on Monday"), when it is a past form of an action verb
// ("detected", "released"; with `irregular`, also "began", "struck"), its lemma stemmed;
// else empty. Aligned sentences read regular forms only: two of their irregular verbs are
// as often one event in other words ("struck" / "hit") as two.
std::string event_day_key(std::string_view text, std::size_t floor, std::size_t at, bool irregular = false, bool* crossed = nullptr) {
    auto past = [&](const std::string& w) {
        return !is_reporting_verb(w) && (irregular ? is_past_form(w) : w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0);
    };
    std::string object;  // a noun right before the preposition, with its determiner
    // Only a date of "on" or "at" crosses an object: "signed the agreement on Monday", not
    // "released the figures yesterday" (the day of the telling).
    const std::string_view head = text.substr(at, 3);
    const bool dated_on = head == "on " || head == "On " || head == "at " || head == "At ";
    for (int hop = 0; hop < 5 && at > floor; ++hop) {
        while (at > floor && text[at - 1] == ' ') --at;
        const std::string w = word_before(text, at);
        if (w.empty() || w.size() > at - floor) return {};
        at -= w.size();
        if (object.empty() && (w == "on" || w == "at" || w == "early" || w == "late" || w == "first" || w == "initially" ||
                               w == "originally" || w == "only" || is_be_form(w)))
            continue;
        if (past(w)) {
            if (crossed) *crossed = !object.empty();
            return verb_lemma(w);
        }
        // "signed the agreement on": the noun, then its determiner, then the verb.
        if (object.empty() && dated_on && !is_function_word(w) && w.size() > 2 && !is_past_form(w)) {
            object = w;
            continue;
        }
        // ... or a preposition ("came into force on 1 January").
        if (!object.empty() && (w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "into" || w == "in" || w == "to"))
            continue;
        return {};
    }
    return {};
}

// The day dates of one keyed event lie within a fortnight of each other: a slip of a day or
// two, not two events of one kind (two deals signed a month apart).
bool days_close(const std::vector<Item>& items, const std::vector<std::size_t>& v) {
    long lo = LONG_MAX, hi = LONG_MIN;
    for (std::size_t i : v) {
        const Date& d = items[i].e.date.date;
        const long n = days_from_civil(d.year, d.month, d.day);
        lo = std::min(lo, n), hi = std::max(hi, n);
    }
    return hi - lo <= 14 && hi != lo;
}

// Years of one event in sentences that did not align: "The mine, which opened in 1998,
// employs ..." and "The mine, opened in 1989, has not had ...". A sentence's one year (a
// date of year precision, not the date of a telling) is keyed by the content word before
// it (the event: "opened") and the content word before that (what it happened to:
// "mine"); a key that two or more sources give once each, and no source more than once,
// is one claim, whose years analyse() compares.
void event_date_claims(Corpus& corpus, const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                       const std::vector<std::vector<std::size_t>>& statements,
                       const std::function<std::string(const std::string&)>& claim_id) {
    std::vector<char> aligned(ss.size(), 0);
    std::vector<std::size_t> statement_of(ss.size(), SIZE_MAX);
    for (std::size_t k = 0; k < statements.size(); ++k)
        for (std::size_t i : statements[k]) aligned[i] = 1, statement_of[i] = k;
    std::map<std::size_t, std::size_t> sentence_of;  // day date item -> its sentence
    // The content words before byte `at`, nearest first, at most `want`, within 4 words
    // (commas crossed: "The mine, which opened in").
    auto words_before = [&](std::string_view text, std::size_t at, std::size_t floor, std::size_t want) {
        std::vector<std::string> out;
        for (int hop = 0; hop < 4 && out.size() < want && at > floor; ++hop) {
            while (at > floor && (text[at - 1] == ' ' || text[at - 1] == ',')) --at;
            std::size_t j = at;
            while (j > floor && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
            if (j == at) break;
            std::string w(text.substr(j, at - j));
            for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (!is_function_word(w) && w.size() > 2 && w != "which" && w != "that" && w != "who") out.push_back(word_stem(w));
            at = j;
        }
        return out;
    };
    std::map<std::string, std::vector<std::size_t>> by_key;  // key -> date items
    std::map<std::string, std::set<std::size_t>> twice;      // key -> sources that give it more than once
    std::map<std::string, std::set<std::size_t>> told;       // day key -> sources that give it in any sentence
    std::vector<std::string> day_keys;                       // the verbs of day keys so far, read next to their dates
    for (std::size_t si = 0; si < ss.size(); ++si) {
        const AlignedSentence& s = ss[si];
        std::size_t date = SIZE_MAX, dates = 0;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i)
            if (items[i].e.kind == ItemKind::Date && items[i].e.date.ok) ++dates, date = i;
        const std::string_view text = corpus.sources[s.source].text;
        // A day an event happened on, keyed by its verb alone ("the intrusion was detected
        // early on Saturday" / "a ransomware attack first detected on Friday 13 March"): the
        // word right before the date's preposition (adverbs crossed) when it is a past form.
        for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
            if (items[i].e.kind != ItemKind::Date || !items[i].e.date.ok || items[i].e.date.date.precision != Precision::Day) continue;
            bool crossed = false;
            std::string day_key = event_day_key(text, s.start, items[i].e.start, true, &crossed);
            if (day_key.empty()) continue;
            // Verbs of one meaning are one event's ("detected" / "found", "began" / "started");
            // a verb read across its object ("issued a statement on Thursday") only the same verb.
            for (const std::string& k : day_keys)
                if (!crossed && same_action(k, day_key)) {
                    day_key = k;
                    break;
                }
            if (!crossed && std::find(day_keys.begin(), day_keys.end(), day_key) == day_keys.end()) day_keys.push_back(day_key);
            const std::string key = "day " + day_key;
            if (!told[key].insert(s.source).second) twice[key].insert(s.source);
            auto& v = by_key[key];
            bool again = false;
            for (std::size_t j : v) again |= items[j].source == s.source;
            if (!again) v.push_back(i), sentence_of[i] = si;
        }
        if (dates != 1) continue;
        if (items[date].e.date.date.precision != Precision::Year) continue;
        // A year right after a figure dates the figure ("a profit of 412 million pounds in
        // 2024"): the figure's period, not the year of an event named by the words before.
        if (date > s.item_begin) {
            const Item& prev = items[date - 1];
            const bool figure = prev.e.kind == ItemKind::Money || prev.e.kind == ItemKind::Number ||
                                prev.e.kind == ItemKind::Percent || prev.e.kind == ItemKind::Fraction;
            if (figure && prev.e.end <= items[date].e.start && trim(text.substr(prev.e.end, items[date].e.start - prev.e.end)).empty())
                continue;
        }
        const std::vector<std::string> before = words_before(text, items[date].e.start, s.start, 2);
        if (before.size() < 2 || is_reporting_verb(before[0])) continue;
        const std::string key = before[1] + " " + before[0];
        auto& v = by_key[key];
        bool again = false;
        for (std::size_t j : v) again |= items[j].source == s.source;
        if (again) twice[key].insert(s.source);
        else v.push_back(date), sentence_of[date] = si;
    }
    for (auto& [key, v] : by_key) {
        if (v.size() < 2 || !twice[key].empty()) continue;
        if (key.rfind("day ", 0) == 0) {
            // Dates a fortnight apart at most, one of them written out ("14 March"): two
            // weekdays alone ("on Tuesday" / "last Monday") may name two events of one kind.
            // A key whose sentences all aligned into one statement is that statement's date.
            bool written = false, one_statement = true;
            for (std::size_t i : v) {
                written |= std::any_of(items[i].e.text.begin(), items[i].e.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
                const std::size_t st = statement_of[sentence_of[i]];
                one_statement &= st != SIZE_MAX && st == statement_of[sentence_of[v.front()]];
            }
            if (!written || one_statement || !days_close(items, v)) continue;
        } else {
            // A year's words: sentences that aligned are compared as statements; the key
            // adds those of some sentence that aligned with none ("to start volume production
            // in 2028" in two aligned sentences, "begin volume production in 2029" in a third).
            bool any_alone = false;
            for (std::size_t i : v) any_alone |= !aligned[sentence_of[i]];
            bool one_statement = true;
            for (std::size_t i : v) {
                const std::size_t st = statement_of[sentence_of[i]];
                one_statement &= st != SIZE_MAX && st == statement_of[sentence_of[v.front()]];
            }
            if (!any_alone || one_statement) continue;
        }
        Claim c;
        c.kind = ClaimKind::Date;
        const Item& lead = items[v.front()];
        const std::string_view text = corpus.sources[lead.source].text;
        const AlignedSentence* ls = nullptr;
        for (const AlignedSentence& a : ss)
            if (a.source == lead.source && a.start <= lead.e.start && lead.e.start < a.end) ls = &a;
        const std::string sentence = ls ? std::string(clip_code_points(trim(text.substr(ls->start, ls->end - ls->start)), 90)) : key;
        c.subject = label(sentence);
        c.measure = "date " + key;
        c.id = claim_id("date-" + key + "-" + std::string(clip_bytes(sentence, 32)));
        corpus.claims.push_back(c);
        for (std::size_t i : v) {
            Mention m;
            m.source = corpus.sources[items[i].source].id;
            m.claim = c.id;
            m.quote = items[i].quote;
            m.period = label(items[i].e.text);
            corpus.mentions.push_back(std::move(m));
        }
    }
}

// Superlatives said of different places: "the largest rolling stock order in Poland's
// history" / "the largest train order ever placed in central Europe", "Indonesia's largest
// HPAL plant" / "the largest HPAL project in Southeast Sulawesi". Wherever the sentences are
// (aligned or not, since a rewrite words them apart): two of different articles are one
// superlative when their adjectives mean one thing (WordNet) and what they are said of shares
// a word; one claim per such group whose places differ (superlative_places_differ), each
// mention's scope the place as written. A group that one article gives twice, for
// different places, is left out: which of them the others say, the words do not tell.
void superlative_claims(Corpus& corpus, const std::vector<AlignedSentence>& ss,
                        const std::function<std::string(const std::string&)>& claim_id) {
    struct Found {
        std::size_t source, sentence;
        Superlative sup;
    };
    std::vector<Found> found;
    for (std::size_t si = 0; si < ss.size(); ++si) {
        const std::string_view text = corpus.sources[ss[si].source].text;
        for (Superlative& sup : find_superlatives(text.substr(ss[si].start, ss[si].end - ss[si].start)))
            found.push_back({ss[si].source, si, std::move(sup)});
    }
    std::vector<std::size_t> parent(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) parent[i] = i;
    std::function<std::size_t(std::size_t)> root = [&](std::size_t i) { return parent[i] == i ? i : parent[i] = root(parent[i]); };
    // Compared within one meaning only.
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_meaning;
    // At most kMaxSuperlativesPerArticle of one meaning per article: a text of nothing but
    // superlatives stays linear.
    constexpr std::size_t kMaxSuperlativesPerArticle = 8;
    std::map<std::pair<std::uint32_t, std::size_t>, std::size_t> per_article;
    for (std::size_t i = 0; i < found.size(); ++i)
        if (found[i].sup.meaning != 0 && ++per_article[{found[i].sup.meaning, found[i].source}] <= kMaxSuperlativesPerArticle)
            by_meaning[found[i].sup.meaning].push_back(i);
    for (const auto& [meaning, same] : by_meaning)
        for (std::size_t x = 0; x < same.size(); ++x)
            for (std::size_t y = x + 1; y < same.size(); ++y) {
                const std::size_t a = same[x], b = same[y];
                if (found[a].source == found[b].source) continue;
                bool shared = false;
                for (const std::string& w : found[a].sup.nouns)
                    shared |= std::find(found[b].sup.nouns.begin(), found[b].sup.nouns.end(), w) != found[b].sup.nouns.end();
                if (shared) parent[root(a)] = root(b);
            }
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < found.size(); ++i) groups[root(i)].push_back(i);
    SourceQuotes quote(corpus);
    for (const auto& [r, members] : groups) {
        bool differ = false, twice = false;
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const Found& a = found[members[x]];
                const Found& b = found[members[y]];
                const bool apart = superlative_places_differ(a.sup, b.sup);
                if (a.source == b.source) twice |= apart;
                else differ |= apart;
            }
        if (!differ || twice) continue;
        const Found& lead = found[members.front()];
        const AlignedSentence& ls = ss[lead.sentence];
        const std::string_view lead_text = corpus.sources[lead.source].text;
        Claim c;
        c.kind = ClaimKind::Statement;
        const std::string sentence(clip_code_points(trim(lead_text.substr(ls.start, ls.end - ls.start)), 90));
        c.subject = label(sentence);
        c.measure = "scope";
        c.id = claim_id("scope-" + lead.sup.degree + "-" + std::string(clip_bytes(sentence, 32)));
        corpus.claims.push_back(c);
        std::set<std::size_t> sources;
        for (std::size_t k : members) {
            const Found& f = found[k];
            if (!sources.insert(f.source).second) continue;
            const std::string_view text = corpus.sources[f.source].text;
            const std::size_t at = ss[f.sentence].start;
            Mention m;
            m.source = corpus.sources[f.source].id;
            m.claim = c.id;
            m.quote = quote(f.source, at + f.sup.start, at + f.sup.end);
            m.scope = label(text.substr(at + f.sup.place_start, f.sup.place_end - f.sup.place_start));
            corpus.mentions.push_back(std::move(m));
        }
    }
}

// A single capitalised word that opens sentence `s`, that no name item covers and that is no
// word of running English (is_common_word), no function word, adverb or date word: a name
// the extractor does not take, since at a sentence's start a capital says nothing
// ("Brenmark agreed", "Helvara expects"). Its bytes [first, second) in the text; empty when none.
std::pair<std::size_t, std::size_t> opening_name(std::string_view text, const AlignedSentence& s, const std::vector<Item>& items) {
    std::size_t i = s.start;
    while (i < s.end && (text[i] == ' ' || text[i] == '"' || text[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < s.end && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    bool named = false;
    for (std::size_t k = s.item_begin; k < s.item_end; ++k)
        named |= items[k].e.kind == ItemKind::Name && items[k].e.start <= i && items[k].e.end > i;
    const std::string lower = ascii_lower(text.substr(i, j - i));
    const bool capital = j >= i + 3 && std::isupper(static_cast<unsigned char>(text[i])) &&
                         std::all_of(text.begin() + i + 1, text.begin() + j, [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (!capital || named || j >= s.end || lexicon::word_class(lower) != 0 || is_function_word(lower) || is_common_word(lower) ||
        is_adverb(lower))
        return {i, i};
    // Not part of a longer word ("Pune-based", "Muñoz").
    const unsigned char after = static_cast<unsigned char>(text[j]);
    if (after == '-' || (after >= 0x80 && after != 0xE2)) return {i, i};
    return {i, j};
}

// Does this date's text name a day by the article's own ("yesterday", "today", "late
// last night", "two days ago"), so that the same words in an article of another day name
// another day?
bool moves_with_article(std::string_view date_text) {
    const std::string t = ascii_lower(date_text);
    for (std::string_view w : {"yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "this afternoon",
                               "this evening", " ago"})
        if (t.find(w) != std::string::npos) return true;
    return false;
}

// Could a speaker called by a common noun ("the company", "the banks", "the ministry") be
// the one a name calls? Not when the name says what it is and that is another thing: "the
// companies" is no "Investment Ministry", "the banks" no "Marunouchi Securities"; a name that
// does not say ("Halvik", "Helvara AG") may be anything.
bool may_be_named(const std::string& common, const std::string& name) {
    static constexpr std::string_view kKinds[] = {"agency", "association", "authority", "bank", "board", "bureau", "capital",
                                                  "commission", "council", "court", "department", "federation", "fund",
                                                  "government", "institute", "ministry", "office", "police", "regulator",
                                                  "securities", "service", "survey", "union", "university"};
    auto last = [](const std::string& s) {
        const auto sp = s.rfind(' ');
        return word_stem(ascii_lower(sp == std::string::npos ? s : s.substr(sp + 1)));
    };
    const std::string kind = last(name), head = last(common);
    if (std::none_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view k) { return word_stem(k) == kind; })) return true;
    return kind == head;
}

void statement_claims(Corpus& corpus, const std::vector<Item>& items, const std::vector<AlignedSentence>& ss,
                      const std::vector<std::vector<std::size_t>>& statements, NameEntities& names,
                      const std::vector<std::string>& entity_name, const std::function<std::string(const std::string&)>& claim_id,
                      CreditReports& credit_report, const std::vector<std::size_t>& claim_of_item) {
    SourceQuotes quote(corpus);
    struct Part {
        std::size_t source;
        Quote quote;
        std::string value;
        const AlignedSentence* sentence = nullptr;  // for names: the sentence, to tell a swap
        std::vector<std::string> owned;             // for owners: the content words after "'s"
        std::size_t words_at = 0;                   // for scopes: where the scope's own words start in the text
        std::string words;                          // for scopes: those words ("overseas", "in Japan")
        std::size_t item = SIZE_MAX;                // for dates: the item
    };
    // The entities a sentence names, by their canonical names.
    // done_to: only names that something may be done to (not after "from", "with" or
    // "by"); from_only: only the names after "from" (the other side of a deal).
    auto named_in = [&](const AlignedSentence& s, bool done_to = false, bool from_only = false) {
        std::vector<std::string> out;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i)
            if (items[i].e.kind == ItemKind::Name) {
                if (done_to || from_only) {
                    const std::string prev = word_before(corpus.sources[s.source].text, items[i].e.start);
                    if (from_only ? prev != "from" : prev == "from" || prev == "with" || prev == "by") continue;
                }
                const std::uint32_t ent = names.entity(i);
                out.push_back(ent == UINT32_MAX ? items[i].e.text : entity_name[ent]);
            }
        return out;
    };
    // Who does what to whom in a sentence (find_roles), with the canonical name of each
    // named doer or done-to ("" for a doer that is no name).
    struct SentenceRole {
        Role role;
        std::string who;
    };
    using SentenceRoles = std::vector<SentenceRole>;
    std::map<const AlignedSentence*, SentenceRoles> roles_cache;
    auto roles_of = [&](const AlignedSentence& s) -> const SentenceRoles& {
        auto it = roles_cache.find(&s);
        if (it != roles_cache.end()) return it->second;
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        std::vector<std::size_t> item_of;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i)
            if (items[i].e.kind == ItemKind::Name && items[i].e.name_kind != "outlet") {
                ranges.push_back({items[i].e.start - s.start, items[i].e.end - s.start});
                item_of.push_back(i);
            }
        SentenceRoles out;
        for (Role& r : find_roles(corpus.sources[s.source].text.substr(s.start, s.end - s.start), ranges)) {
            std::string who;
            if (r.name != SIZE_MAX) {
                const std::uint32_t ent = names.entity(item_of[r.name]);
                who = ent == UINT32_MAX ? items[item_of[r.name]].e.text : entity_name[ent];
            }
            out.push_back({std::move(r), std::move(who)});
        }
        return roles_cache.emplace(&s, std::move(out)).first->second;
    };
    // A swap of roles between two sentences of different articles: a name that does a
    // verb's action in `a` has the same action done to it in `b`, where someone else does it
    // ("X criticised the government" / "The government criticised X"). With `mirror`, that
    // other is a name that `a` does it to (sentences that did not align must say both).
    auto find_swap = [&](const AlignedSentence& a, const AlignedSentence& b, bool mirror) {
        const SentenceRoles& ra = roles_of(a);
        const SentenceRoles& rb = roles_of(b);
        std::vector<Part> swapped;
        for (const SentenceRole& doer : ra)
            for (const SentenceRole& done : rb) {
                if (!swapped.empty() || !doer.role.agent || done.role.agent || doer.who.empty() || done.who.empty() ||
                    !same_action(doer.role.verb, done.role.verb) || !same_doer(doer.who, done.who))
                    continue;
                const SentenceRole* other = nullptr;
                bool also = false;  // b has the name do the verb too
                for (const SentenceRole& r : rb)
                    if (r.role.agent && same_action(r.role.verb, done.role.verb)) {
                        if (!r.who.empty() && same_doer(r.who, doer.who)) also = true;
                        else if (!other) other = &r;
                    }
                if (also || !other) continue;
                if (mirror) {
                    bool done_in_a = false;  // a does the verb to b's doer
                    for (const SentenceRole& r : ra)
                        done_in_a |= !r.role.agent && !r.who.empty() && !other->who.empty() && same_doer(r.who, other->who) &&
                                     same_action(r.role.verb, doer.role.verb);
                    if (!done_in_a) continue;
                }
                const std::string other_who = other->who.empty()
                    ? std::string(trim(corpus.sources[b.source].text.substr(b.start + other->role.start, other->role.end - other->role.start)))
                    : other->who;
                // Each quote from the doer to the last name the verb is done to
                // ("Cúcuta's water utility sent 14 tanker trucks to El Zulia").
                auto clause = [&](const SentenceRoles& rs, const SentenceRole& by) {
                    std::size_t lo = by.role.start, hi = by.role.end;
                    for (const SentenceRole& r : rs)
                        if (!r.role.agent && r.role.verb_at == by.role.verb_at)
                            lo = std::min(lo, r.role.start), hi = std::max(hi, r.role.end);
                    return std::pair<std::size_t, std::size_t>{lo, hi};
                };
                const auto [qa0, qa1] = clause(ra, doer);
                const auto [qb0, qb1] = clause(rb, *other);
                swapped = {{a.source, quote(a.source, a.start + qa0, a.start + qa1), doer.who, &a},
                           {b.source, quote(b.source, b.start + qb0, b.start + qb1), other_who, &b}};
            }
        return swapped;
    };
    std::set<std::pair<std::string, std::string>> swapped_pairs;  // doers compared in a statement, (lesser, greater)
    // The class of an entity that a spelled-out name of it says ("Japan Meteorological
    // Agency": officials), for its acronym.
    std::map<std::uint32_t, std::string> spelled_class;
    std::map<std::string, std::uint32_t> by_initials;  // "JMA" -> the entity "Japan Meteorological Agency"
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].e.kind != ItemKind::Name || is_acronym(items[i].e.text)) continue;
        const std::uint32_t ent = names.entity(i);
        if (ent == UINT32_MAX) continue;
        std::string initials;
        bool words = true;
        const std::string_view t = items[i].e.text;
        for (std::size_t a = 0; a < t.size();) {
            while (a < t.size() && t[a] == ' ') ++a;
            std::size_t b = a;
            while (b < t.size() && t[b] != ' ') ++b;
            const std::string_view w = t.substr(a, b - a);
            a = b;
            if (w.empty() || w == "of" || w == "and" || w == "the" || w == "for" || w == "de" || w == "del" || w == "la") continue;
            if (!std::isupper(static_cast<unsigned char>(w[0]))) words = false;
            initials += w[0];
        }
        if (words && initials.size() >= 2) by_initials.emplace(initials, ent);
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].e.kind == ItemKind::Name && !is_acronym(items[i].e.text))
            if (const std::uint32_t ent = names.entity(i); ent != UINT32_MAX && !spelled_class.count(ent))
                if (std::string c = attribution_class(ascii_lower(items[i].e.text)); !c.empty()) spelled_class.emplace(ent, std::move(c));
    // What the story calls its entities: the head noun of an appositive ("SADM, the state
    // water utility", "the state water utility, SADM") -> the entities it is said of.
    std::map<std::string, std::map<std::uint32_t, int>> heads;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].e.kind != ItemKind::Name) continue;
        const std::uint32_t ent = names.entity(i);
        if (ent == UINT32_MAX) continue;
        const std::string_view text = corpus.sources[items[i].source].text;
        for (const std::string& h : {appositive_after(text, items[i].e.end), appositive_before(text, items[i].e.start)})
            if (!h.empty()) ++heads[h][ent];
    }
    // One entity for a doer: the same name, or one's words the start or the end of the
    // other's ("Trump"/"Donald Trump", "Halbrecht"/"Halbrecht Chemie").
    // Names that differ make a finding only where one sentence names the other's doer too
    // (a swap: "Nvidia planned to spend" / "ByteDance intended to buy Nvidia chips"); two
    // sentences about different entities that merely read alike are not one statement's doers.
    auto doers = [&](std::vector<Part>& parts) {
        for (std::size_t k = 1; k < parts.size(); ++k)
            for (std::size_t j = 0; j < k; ++j)
                if (same_doer(parts[j].value, parts[k].value)) {
                    parts[k].value = parts[j].value;
                    break;
                }
        // The other doer must be named as what is done to, not as the other side of a deal
        // ("Y has won a contract from X", "X signed a contract with Y", "bought by X" tell
        // one deal from the other side): names after "from", "with" or "by" are left out.
        // Or the same deed: the same verb after both doers, and a figure both sentences
        // give ("Kestrel Rail won a GBP 180m order for 20 trams" / "Osprey Rail won the
        // GBP 180m contract"), when neither sentence names the other's doer at all.
        auto same_deed = [&](const Part& x, const Part& y) {
            if (x.owned.empty() || y.owned.empty() || x.owned.front() != y.owned.front()) return false;
            for (const std::string& n : named_in(*x.sentence))
                if (same_doer(n, y.value)) return false;
            for (const std::string& n : named_in(*y.sentence))
                if (same_doer(n, x.value)) return false;
            for (std::size_t i = x.sentence->item_begin; i < x.sentence->item_end; ++i)
                for (std::size_t j = y.sentence->item_begin; j < y.sentence->item_end; ++j)
                    if (claim_of_item[i] != SIZE_MAX && claim_of_item[i] == claim_of_item[j]) return true;
            return false;
        };
        // One deal told from its two sides is no swap: a doer written after "from" in the
        // other sentence ("Corvane sold its terminal to Baltia" / "Baltia bought the terminal
        // from Corvane", "paid X" / "X received ... from").
        auto from_side = [&](const Part& x, const Part& y) {
            for (const std::string& n : named_in(*y.sentence, false, true))
                if (same_doer(n, x.value)) return true;
            return false;
        };
        bool differ = false, swap = false, sides = false;
        for (std::size_t a = 0; a < parts.size(); ++a)
            for (std::size_t b = 0; b < parts.size(); ++b) {
                if (parts[a].value == parts[b].value) continue;
                differ = true;
                if (from_side(parts[a], parts[b])) sides = true;
                for (const std::string& n : named_in(*parts[b].sentence, true))
                    if (same_doer(n, parts[a].value)) swap = true;
                if (same_deed(parts[a], parts[b])) swap = true;
            }
        if (differ && (!swap || sides)) parts.clear();
    };
    // What was emitted, so that a statement's copy (a sentence stating two things joined to
    // a second statement) adds only what it changes.
    std::set<std::string> emitted;
    auto emit = [&](ClaimKind kind, const std::string& what, const AlignedSentence& lead, std::vector<Part>& parts,
                    std::string Mention::*field) {
        if (parts.size() < 2) return;
        {
            std::vector<std::string> keys;
            for (const Part& p : parts) keys.push_back(std::to_string(p.source) + "@" + std::to_string(p.quote.start) + "=" + p.value);
            std::sort(keys.begin(), keys.end());
            std::string sig = std::to_string(static_cast<int>(kind)) + "|" + what;
            for (const std::string& k : keys) sig += "|" + k;
            if (!emitted.insert(sig).second) return;
        }
        Claim c;
        c.kind = kind;
        const std::string_view text = corpus.sources[lead.source].text;
        const std::string sentence(clip_code_points(trim(text.substr(lead.start, lead.end - lead.start)), 90));
        c.subject = label(sentence);
        c.measure = what;
        c.id = claim_id(what + "-" + std::string(clip_bytes(sentence, 32)));
        corpus.claims.push_back(c);
        for (Part& p : parts) {
            Mention m;
            m.source = corpus.sources[p.source].id;
            m.claim = c.id;
            m.quote = std::move(p.quote);
            m.*field = label(p.value);
            corpus.mentions.push_back(std::move(m));
        }
    };
    for (const auto& st : statements) {
        std::vector<Part> actors, owners, credits, scopes;
        std::string credit_kind;  // per credit: 'n' a name, 'a' analysts at a name, 'k' a class, 'c' a common noun
        std::vector<std::string> credit_who;  // per credit: whom, as compared (the name, or "the company")
        std::vector<char> scope_named;  // per scope: only a country's or a city's name ("in India")
        std::map<std::string, std::vector<Part>> dates;  // "" for a sentence's one date; "<word" for one of several
        // Sentences with several dates: each date by the word before it.
        std::vector<std::pair<std::size_t, std::vector<std::pair<std::string, std::size_t>>>> several;
        // A relative date that moves with its article's date ("yesterday", "today", "two days
        // ago"), written the same in sentences of articles of different days: copied from the
        // older one, it names another day in the newer ("data released yesterday showed" /
        // "Output data released yesterday showed"). Compared whatever it dates, the telling too.
        std::map<std::string, std::vector<Part>> copied;
        for (std::size_t si : st) {
            const AlignedSentence& s = ss[si];
            const std::string_view text = corpus.sources[s.source].text;
            const std::string_view sentence = text.substr(s.start, s.end - s.start);
            // The dates: a sentence's one date; or, of two or three, each by the content word
            // before it ("will start in 2027 and open in 2031": "start", "open"), when no two
            // of them have the same word.
            // A date that dates the telling ("said on Wednesday", "announced on Monday", "on
            // Monday said") is when a source spoke, not when the thing happened: left out.
            std::vector<std::size_t> date_items;
            for (std::size_t i = s.item_begin; i < s.item_end; ++i)
                if (items[i].e.kind == ItemKind::Date && items[i].e.date.ok) date_items.push_back(i);
            for (std::size_t i : date_items)
                if (moves_with_article(items[i].e.text)) {
                    auto& v = copied[ascii_lower(items[i].e.text)];
                    if (std::none_of(v.begin(), v.end(), [&](const Part& p) { return p.source == s.source; }))
                        v.push_back({s.source, items[i].quote, items[i].e.text});
                }
            auto telling = [&](std::size_t i) {
                return is_reporting_verb(word_before(text, items[i].e.start)) || is_reporting_verb(verb_after(text, items[i].e.end)) ||
                       in_dateline(text, s.start, items[i].e.start);
            };
            date_items.erase(std::remove_if(date_items.begin(), date_items.end(), telling), date_items.end());
            if (date_items.size() == 1) {
                dates[""].push_back({s.source, items[date_items[0]].quote, items[date_items[0]].e.text, &s,
                                     {std::to_string(static_cast<int>(items[date_items[0]].e.date.date.precision))}, 0, {}, date_items[0]});
            } else if (date_items.size() <= 3) {
                std::vector<std::string> keys;
                for (std::size_t i : date_items) {
                    std::string key;
                    std::size_t at = items[i].e.start;
                    for (int hop = 0; hop < 3 && key.empty(); ++hop) {
                        const std::string w = word_before(text, at);
                        if (w.empty()) break;
                        if (!is_function_word(w) && w.size() > 2) key = "<" + word_stem(w);
                        // Step back over the word (and the spaces before it).
                        std::size_t j = at;
                        while (j > 0 && text[j - 1] == ' ') --j;
                        while (j > 0 && (std::isalpha(static_cast<unsigned char>(text[j - 1])) || text[j - 1] == '-')) --j;
                        at = j;
                    }
                    keys.push_back(key);
                }
                bool unique = true;
                for (std::size_t a = 0; a < keys.size(); ++a)
                    for (std::size_t b = a + 1; b < keys.size(); ++b) unique &= keys[a] != keys[b];
                std::vector<std::pair<std::string, std::size_t>> keyed;
                for (std::size_t k = 0; unique && k < keys.size(); ++k)
                    if (!telling(date_items[k])) keyed.push_back({keys[k], date_items[k]});
                if (!keyed.empty()) several.push_back({s.source, std::move(keyed)});
            }
            // Who does it: the first name followed by a verb (a name in a list, "X and Y" or
            // "X, Y", makes the doer unclear: none). Whose: the first name before 's and a word.
            bool actor_done = false, owner_done = false;
            // A single capitalised word that opens the sentence and names something
            // (opening_name) does it when a verb follows ("Brenmark agreed", "Halvorsen won").
            const std::pair<std::size_t, std::size_t> opening = opening_name(text, s, items);
            {
                const std::size_t i = opening.first;
                std::size_t j = opening.second;
                const bool word = j > i;
                // Two doers, this word and a name ("Ontario and New Brunswick sent"): the pair
                // does it. In a longer list ("Ontario, Manitoba and ...") the doer is unclear.
                std::size_t e = j;
                if (word && text.substr(j, 5) == " and ")
                    for (std::size_t k = s.item_begin; k < s.item_end; ++k)
                        if (items[k].e.kind == ItemKind::Name && items[k].e.start == j + 5) e = items[k].e.end;
                if (word && j < s.end && (text[j] != ' ' || (e == j && text.substr(j, 5) == " and "))) actor_done = true;
                if (word && j < s.end && text[j] == ' ' && (e > j || text.substr(j, 5) != " and ")) {
                    const std::string next = verb_after(text, e);
                    // A passive ("Oostwal will be bought by ...", "was fined") is done to it.
                    const bool passive = passive_after(text, e);
                    if (!passive && is_action_verb(next) && !is_reciprocal(verb_lemma(next))) {
                        j = e;
                        std::string canonical(text.substr(i, j - i));
                        for (const std::string& en : entity_name)
                            if (same_name(canonical, en)) {
                                canonical = en;
                                break;
                            }
                        actors.push_back({s.source, quote(s.source, i, j), canonical, &s, {next}});
                    }
                    if ((is_action_verb(next) || is_reporting_verb(next)) && !passive) actor_done = true;
                }
            }
            std::vector<std::pair<std::size_t, std::size_t>> name_ranges;
            for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
                const Item& it = items[i];
                if (it.e.kind != ItemKind::Name) continue;
                name_ranges.push_back({it.e.start - s.start, it.e.end - s.start});
                if (it.e.name_kind == "outlet") continue;
                bool possessive = false, comma = false;
                std::string next = word_after(text, it.e.end, &possessive, &comma);
                // Past adverbs and time words: "Alphabet last year planned", "X also said".
                if (!possessive && !comma) next = verb_after(text, it.e.end);
                const std::string prev = word_before(text, it.e.start);
                const std::uint32_t ent = names.entity(i);
                const std::string& canonical = ent == UINT32_MAX ? it.e.text : entity_name[ent];
                if (possessive) {
                    if (!owner_done && !next.empty() && !actor_done) {
                        // What is owned: the content words of the next four words, stemmed
                        // ("largest customer in Asia").
                        std::vector<std::string> owned;
                        std::size_t at = it.e.end + (text.substr(it.e.end, 2) == "'s" ? 2 : text.substr(it.e.end, 4) == "\u2019s" ? 4 : 0);
                        for (int k = 0; k < 4; ++k) {
                            const std::string w = word_after(text, at);
                            if (w.empty()) break;
                            if (!is_function_word(w) && w.size() > 2) owned.push_back(word_stem(w));
                            while (at < text.size() && (text[at] == ' ' || text[at] == ',')) ++at;
                            at += w.size();
                        }
                        owners.push_back({s.source, it.quote, canonical, &s, std::move(owned)});
                    }
                    owner_done = true;
                    continue;
                }
                if (actor_done) continue;
                // The agent of a passive does it ("the chain was bought by Tallis").
                if (prev == "by" && !comma && next != "and" && passive_agent(text, it.e.start)) {
                    actors.push_back({s.source, it.quote, canonical, &s, {word_before(text, text.rfind("by", it.e.start))}});
                    actor_done = true;
                    continue;
                }
                // The subject of a passive is done to; its agent may follow.
                if (!possessive && !comma && passive_after(text, it.e.end)) continue;
                if (comma || next == "and" || prev == "and" || prev == "of" || prev == "by" || prev == "to" || prev == "from" ||
                    prev == "with" || prev == "at" || prev == "in" || prev == "for" || prev == "like") {
                    if (comma || next == "and") actor_done = true;  // a list: no single doer
                    continue;
                }
                // A name inside a phrase of place or part ("the bloom in northern Norway has
                // killed", "shares of X fell") is not the doer, however far the preposition.
                if (is_action_verb(next) && !is_reciprocal(verb_lemma(next)) && !in_prepositional_phrase(text, s.start, it.e.start))
                    actors.push_back({s.source, it.quote, canonical, &s, {next}});
                if (is_action_verb(next) || is_reporting_verb(next)) actor_done = true;
            }
            if (opening.second > opening.first)
                name_ranges.insert(name_ranges.begin(), {opening.first - s.start, opening.second - s.start});
            const Attribution at = find_attribution(sentence, name_ranges);
            if (!at.label.empty()) {
                std::string who = at.label;
                bool named = at.named, common = at.common;
                // An acronym no name item covers, whose letters start the words of a name the
                // story gives ("JMA": the Japan Meteorological Agency): that name's class, or it.
                if (at.named && is_acronym(who))
                    if (const auto c = by_initials.find(who); c != by_initials.end()) {
                        const auto k = spelled_class.find(c->second);
                        who = k != spelled_class.end() ? k->second : entity_name[c->second];
                        named = k == spelled_class.end();
                    }
                if (at.named)
                    for (std::size_t i = s.item_begin; i < s.item_end; ++i)
                        if (items[i].e.kind == ItemKind::Name && items[i].e.start == s.start + at.start) {
                            const std::uint32_t ent = names.entity(i);
                            who = ent == UINT32_MAX ? items[i].e.text : entity_name[ent];
                            // An acronym of a body whose name says its class ("JMA", the Japan
                            // Meteorological Agency) is credited as that name is: to the class.
                            if (const auto c = spelled_class.find(ent); ent != UINT32_MAX && is_acronym(items[i].e.text) && c != spelled_class.end())
                                who = c->second, named = false;
                        }
                // "the utility said", where the story calls one entity the utility more often
                // than any other ("SADM, the state water utility"): that entity.
                if (common) {
                    const auto sp = who.rfind(' ');
                    const auto head = heads.find(who.substr(sp == std::string::npos ? 0 : sp + 1));
                    if (head != heads.end()) {
                        std::uint32_t top = UINT32_MAX;
                        int most = 0, second = 0;
                        for (const auto& [ent, n] : head->second) {
                            if (n > most) second = most, most = n, top = ent;
                            else second = std::max(second, n);
                        }
                        if (top != UINT32_MAX && most > second) {
                            who = entity_name[top];
                            named = true, common = false;
                        }
                    }
                }
                if (named && !at.affiliation.empty()) credit_report.alias(who, at.affiliation);
                credits.push_back({s.source, quote(s.source, s.start + at.start, s.start + at.end), credit_report(who, named), &s});
                // "Analysts at Marunouchi Securities": a name, but of analysts, never "the banks".
                const std::string phrase = ascii_lower(sentence.substr(at.start, at.end - at.start));
                // The class may stand before the name's range: "Analysts at" + "Casa de Bolsa Cumbre".
                std::string people_class = named ? attribution_class(phrase.substr(0, phrase.find(' '))) : std::string();
                if (named && people_class.empty()) {
                    const std::string before = ascii_lower(sentence.substr(0, at.start));
                    for (std::string_view link : {" at ", " from ", " with "})
                        if (before.size() > link.size() && before.ends_with(link)) {
                            const std::string head = before.substr(0, before.size() - link.size());
                            const auto sp = head.find_last_of(' ');
                            people_class = attribution_class(head.substr(sp == std::string::npos ? 0 : sp + 1));
                        }
                }
                const bool analysts_at = !people_class.empty();
                credit_kind.push_back(analysts_at ? 'a' : named ? 'n' : common ? 'c' : 'k');
                credit_who.push_back(analysts_at ? people_class : who);
            }
            std::vector<ScopeWord> sc = find_scope(sentence);
            // A country is what a figure covers only right after it ("employs 2,100 people
            // in Sweden"); elsewhere it is where something is.
            sc.erase(std::remove_if(sc.begin(), sc.end(), [&](const ScopeWord& w) {
                         if (!w.country) return false;
                         for (std::size_t i = s.item_begin; i < s.item_end; ++i)
                             if (items[i].e.kind != ItemKind::Name && items[i].e.kind != ItemKind::Date &&
                                 items[i].e.end <= s.start + w.start && s.start + w.start <= items[i].e.end + 24)
                                 return false;
                         return true;
                     }),
                     sc.end());
            if (!sc.empty()) {
                std::string classes;
                for (const ScopeWord& w : sc)
                    if (classes.find(w.cls) == std::string::npos) classes += (classes.empty() ? "" : ", ") + w.cls;
                // Quoted from the first figure before it within 90 bytes, so that the quote says
                // what the scope is of: "₹612 crore (about $72.9 million ...) worldwide" (the
                // nearest figure, "$72.9 million", is the conversion, not what it covers).
                std::size_t from = s.start + sc.front().start;
                for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
                    const ItemKind k = items[i].e.kind;
                    if ((k == ItemKind::Money || k == ItemKind::Number || k == ItemKind::Percent || k == ItemKind::Fraction) &&
                        items[i].e.end <= s.start + sc.front().start && s.start + sc.front().start - items[i].e.end <= 90)
                        from = std::min(from, items[i].e.start);
                }
                scopes.push_back({s.source, quote(s.source, from, s.start + sc.back().end), classes});
                scopes.back().words_at = s.start + sc.front().start;
                scopes.back().words = std::string(sentence.substr(sc.front().start, sc.back().end - sc.front().start));
                scope_named.push_back(std::all_of(sc.begin(), sc.end(), [](const ScopeWord& w) { return w.country; }));
            }
        }
        // A scope one sentence states and another leaves out, where every sentence gives
        // the same figure ("half of the funds on overseas infrastructure" / "about half of
        // that on infrastructure"): the one that leaves it out says "not stated", quoted at
        // its figure.
        // Not a city: where a figure was taken ("shares fell 2.1% in Tokyo") goes unsaid.
        // Nor a country's name: where it happened ("tickets sold in India" / "19 million
        // tickets") goes unsaid as often as not; a scope word ("overseas") does not.
        bool city_only = true, named_only = true;
        for (const Part& p : scopes) city_only &= p.value == "city";
        for (char n : scope_named) named_only &= n != 0;
        if (!scopes.empty() && scopes.size() < st.size() && !city_only && !named_only) {
            // The figure each scope follows closely (within 40 bytes), or opens the phrase of
            // ("a nationwide dropped-call rate of 4.1%"): one claim for all.
            std::size_t figure = SIZE_MAX;
            bool close = true;
            for (const Part& p : scopes) {
                std::size_t here = SIZE_MAX;
                for (std::size_t si : st) {
                    const AlignedSentence& s = ss[si];
                    if (s.source != p.source) continue;
                    const std::string_view text = corpus.sources[s.source].text;
                    for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
                        if (claim_of_item[i] == SIZE_MAX) continue;
                        const Item& it = items[i];
                        const bool after = p.words_at >= it.e.end && p.words_at <= it.e.end + 40;
                        // (Not a possessive: "the state's THB 9.4 billion subsidy" is whose it is.)
                        const bool before = here == SIZE_MAX && p.words_at < it.e.start && it.e.start - p.words_at <= 40 &&
                                            !p.words.ends_with("'s") && !p.words.ends_with("\u2019s") &&
                                            text.substr(p.words_at, it.e.start - p.words_at).find_first_of(",;") == std::string_view::npos;
                        if (after || before) here = claim_of_item[i];
                    }
                }
                if (here == SIZE_MAX || (figure != SIZE_MAX && here != figure)) close = false;
                figure = here;
            }
            // The sentences that give that figure without a scope say "not stated" (the
            // sentences that do not give it say nothing of it).
            if (close)
                for (std::size_t si : st) {
                    const AlignedSentence& s = ss[si];
                    bool has = false;
                    for (const Part& p : scopes) has |= p.source == s.source;
                    // A sentence that names the scope's place elsewhere ("Its market share in
                    // Japan is 15%" / "a market share of 15 percent in Japan") does not leave it out.
                    const std::string_view own = std::string_view(corpus.sources[s.source].text).substr(s.start, s.end - s.start);
                    for (const Part& p : scopes) has |= !p.words.empty() && own.find(p.words) != std::string_view::npos;
                    if (has) continue;
                    for (std::size_t i = s.item_begin; i < s.item_end; ++i)
                        if (claim_of_item[i] == figure) {
                            scopes.push_back({s.source, items[i].quote, "not stated"});
                            break;
                        }
                }
        }
        // Several dates by the words before them; those whose word no other sentence of the
        // statement has, in sentences with as many such dates, by their order: "due to
        // begin in August and to finish by December 2028" / "set to start in August, with
        // completion planned for December 2029" pairs August with August, 2028 with 2029.
        {
            // Sentences that give the same dates in another order ("begin in 2028 and run
            // until 2032" / "run from 2028 to 2032") agree on them.
            if (several.size() >= 2) {
                auto dates_of = [&](const std::vector<std::pair<std::string, std::size_t>>& keyed) {
                    std::vector<std::string> d;
                    for (const auto& [key, i] : keyed) d.push_back(items[i].e.date.date.iso());
                    std::sort(d.begin(), d.end());
                    return d;
                };
                bool same = true;
                for (std::size_t k = 1; k < several.size(); ++k) same &= dates_of(several[k].second) == dates_of(several[0].second);
                if (same) several.clear();
            }
            std::map<std::string, int> seen_in;
            for (const auto& [src, keyed] : several)
                for (const auto& [key, i] : keyed)
                    if (!key.empty()) ++seen_in[key];
            for (const auto& [src, keyed] : several) {
                std::vector<std::size_t> rest;
                for (const auto& [key, i] : keyed) {
                    if (!key.empty() && seen_in[key] >= 2) dates[key].push_back({src, items[i].quote, items[i].e.text});
                    else rest.push_back(i);
                }
                // The dates left once the words paired the others, in sentences with as many
                // left: by their order ("scheduled for January 12, 2027, and ... the second
                // half of 2028" / "break ground on January 21, 2027 and ... the second half
                // of 2028" pairs the two Januaries once "half" paired the 2028s).
                if (!rest.empty() && several.size() >= 2)
                    for (std::size_t k = 0; k < rest.size(); ++k)
                        dates["#" + std::to_string(rest.size()) + "." + std::to_string(k)].push_back({src, items[rest[k]].quote, items[rest[k]].e.text});
                // Against sentences with one date, all of one kind (a year, a day), the one date
                // of that kind this sentence has: "the second-worst season on record after 2023"
                // (with "between May and early September") / "... after 2021".
                if (!rest.empty() && several.size() == 1 && dates.count("") && !dates[""].empty()) {
                    const std::string kind = dates[""].front().owned.empty() ? std::string() : dates[""].front().owned.front();
                    bool one_kind = !kind.empty();
                    for (const Part& p : dates[""]) one_kind &= !p.owned.empty() && p.owned.front() == kind;
                    std::vector<std::size_t> same;
                    for (std::size_t i : rest)
                        if (std::to_string(static_cast<int>(items[i].e.date.date.precision)) == kind) same.push_back(i);
                    if (one_kind && same.size() == 1) {
                        // With its sentence, so the event it dates is read as the others' are.
                        const AlignedSentence* in = nullptr;
                        for (std::size_t si : st)
                            if (ss[si].item_begin <= same[0] && same[0] < ss[si].item_end) in = &ss[si];
                        dates[""].push_back({src, items[same[0]].quote, items[same[0]].e.text, in, {}, 0, {}, same[0]});
                    }
                }
            }
        }
        for (auto& [text, parts] : copied) {
            std::set<long> days;
            for (const Part& p : parts)
                if (const auto& d = corpus.sources[p.source].published) days.insert(d->first_day());
            if (days.size() >= 2) dates["~" + text] = std::move(parts);
        }
        const AlignedSentence& lead = ss[st.front()];
        for (auto& [key, parts] : dates) {
            // A sentence's one date against another's when both tell what happened on it by a
            // past form, the same one: "the fire started on Monday" / "the fire was contained
            // on Tuesday" are two events, however alike the sentences.
            if (key.empty()) {
                std::vector<std::string> events;
                for (const Part& p : parts)
                    if (p.sentence)
                        if (std::string e = event_day_key(corpus.sources[p.source].text, p.sentence->start, p.quote.start, true); !e.empty())
                            events.push_back(std::move(e));
                bool two = false;  // two events: verbs of different meanings ("started" / "contained"; not "struck" / "hit")
                for (std::size_t x = 0; x < events.size(); ++x)
                    for (std::size_t y = x + 1; y < events.size(); ++y) two |= !same_action(events[x], events[y]);
                // "The first round of talks ... on 3 March" / "a second round of talks on 10
                // March": sentences that number their events differently tell of two.
                std::vector<std::set<std::string>> ordinals;
                for (const Part& p : parts)
                    if (p.sentence) {
                        std::set<std::string> o;
                        const std::string lower = ascii_lower(corpus.sources[p.source].text.substr(p.sentence->start, p.sentence->end - p.sentence->start));
                        for (std::string_view w : {"first", "second", "third", "fourth", "fifth", "sixth", "final"}) {
                            for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
                                const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
                                const bool ends = at + w.size() >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[at + w.size()]));
                                if (starts && ends) o.insert(std::string(w));
                            }
                        }
                        if (!o.empty()) ordinals.push_back(std::move(o));
                    }
                for (std::size_t x = 0; x < ordinals.size(); ++x)
                    for (std::size_t y = x + 1; y < ordinals.size(); ++y)
                        two |= std::none_of(ordinals[x].begin(), ordinals[x].end(), [&](const std::string& w) { return ordinals[y].count(w) > 0; });
                // "Traffic averaged 38 ships a day in June" (5 July) / "41 ships a day in July"
                // (4 August): other figures for a later period in a later article are the next
                // reading of a series, not another date for one.
                for (std::size_t x = 0; x < parts.size() && !two; ++x)
                    for (std::size_t y = 0; y < parts.size() && !two; ++y) {
                        const Part& a = parts[x];
                        const Part& b = parts[y];
                        if (!a.sentence || !b.sentence || a.item == SIZE_MAX || b.item == SIZE_MAX) continue;
                        const auto& pa = corpus.sources[a.source].published;
                        const auto& pb = corpus.sources[b.source].published;
                        if (!pa || !pb || pa->first_day() >= pb->first_day()) continue;
                        const Date& da = items[a.item].e.date.date;
                        const Date& db = items[b.item].e.date.date;
                        // Readings of the past, each on or before its own article's date (not
                        // "first power in 2027" / "in 2029", which may be two plans for one).
                        two = da.last_day() < db.first_day() && da.first_day() <= pa->last_day() && db.first_day() <= pb->last_day() &&
                              figures_differ(items, *a.sentence, *b.sentence);
                    }
                if (two) continue;
            }
            // One sentence's date against another's, once per article and word.
            std::set<std::size_t> seen;
            std::vector<Part> once;
            for (Part& p : parts)
                if (seen.insert(p.source).second) once.push_back(std::move(p));
            // Words copied that move with their article's date (kCopiedDateMeasure, analysis.h):
            // "today" in the later article is then no present of its own.
            emit(ClaimKind::Date, key.empty() || key[0] == '#' ? "date" : key[0] == '~' ? std::string(kCopiedDateMeasure) : "date " + key.substr(1),
                 lead, once, &Mention::period);
        }
        doers(actors);
        doers(owners);
        // Different owners of different things are two statements' owners: "X's largest
        // customer" / "Y's top customer" differ, "X's chips" / "Y's infrastructure" do not.
        for (std::size_t a = 0; a < owners.size(); ++a)
            for (std::size_t b = a + 1; b < owners.size(); ++b) {
                if (owners[a].value == owners[b].value) continue;
                bool shared = false;
                for (const std::string& w : owners[a].owned)
                    shared |= std::find(owners[b].owned.begin(), owners[b].owned.end(), w) != owners[b].owned.end();
                if (!shared) owners.clear();
            }
        emit(ClaimKind::Statement, "who", lead, actors, &Mention::actor);
        for (const Part& x : actors)
            for (const Part& y : actors)
                if (x.value < y.value) swapped_pairs.insert({x.value, y.value});
        // Roles swapped between two sentences of the statement: a name that does a verb's
        // action in one has the same verb done to it in the other, where someone else does
        // it ("X criticised the government" / "The government criticised X", "the court
        // ordered X to compensate Y" / "... ordered Y to compensate X", "X bought Y" / "X was
        // bought by Y"). Sentences whose doers were compared above are left to that.
        {
            std::set<std::size_t> compared;
            for (const Part& p : actors) compared.insert(p.source);
            for (std::size_t x = 0; x < st.size(); ++x)
                for (std::size_t y = 0; y < st.size(); ++y) {
                    const AlignedSentence& a = ss[st[x]];
                    const AlignedSentence& b = ss[st[y]];
                    if (a.source == b.source || (compared.count(a.source) && compared.count(b.source))) continue;
                    std::vector<Part> swapped = find_swap(a, b, false);
                    if (swapped.size() == 2) swapped_pairs.insert(std::minmax(swapped[0].value, swapped[1].value));
                    emit(ClaimKind::Statement, "who", lead, swapped, &Mention::actor);
                }
        }
        // Different entities in one slot of two sentences of the statement: after the same
        // words ("a PLN 1.5bn loan from the X" / "a PLN 1.5bn loan from the Y"), each name
        // absent from the other sentence: who it is differs.
        for (std::size_t x = 0; x < st.size(); ++x)
            for (std::size_t y = x + 1; y < st.size(); ++y) {
                const AlignedSentence& a = ss[st[x]];
                const AlignedSentence& b = ss[st[y]];
                if (a.source == b.source) continue;
                const std::vector<std::string> na = named_in(a), nb = named_in(b);
                auto absent = [&](const std::string& n, const std::vector<std::string>& other) {
                    for (const std::string& o : other)
                        if (same_doer(n, o)) return false;
                    return true;
                };
                std::vector<Part> slot;
                for (std::size_t i = a.item_begin; i < a.item_end && slot.empty(); ++i) {
                    if (items[i].e.kind != ItemKind::Name || items[i].e.name_kind == "outlet") continue;
                    const std::string ka = slot_before(corpus.sources[a.source].text, a.start, items[i].e.start);
                    if (ka.empty()) continue;
                    const std::uint32_t ei = names.entity(i);
                    const std::string ni = ei == UINT32_MAX ? items[i].e.text : entity_name[ei];
                    if (!absent(ni, nb)) continue;
                    for (std::size_t j = b.item_begin; j < b.item_end; ++j) {
                        if (items[j].e.kind != ItemKind::Name || items[j].e.name_kind == "outlet") continue;
                        if (slot_before(corpus.sources[b.source].text, b.start, items[j].e.start) != ka) continue;
                        const std::uint32_t ej = names.entity(j);
                        const std::string nj = ej == UINT32_MAX ? items[j].e.text : entity_name[ej];
                        if (!absent(nj, na) || same_doer(ni, nj)) continue;
                        slot = {{a.source, items[i].quote, ni, &a}, {b.source, items[j].quote, nj, &b}};
                        break;
                    }
                }
                emit(ClaimKind::Statement, "who", lead, slot, &Mention::actor);
            }
        emit(ClaimKind::Statement, "whose", lead, owners, &Mention::actor);
        // A speaker called by a common noun ("the company said") may be the one another
        // sentence names: compared only with classes (analysts, officials, sources), and
        // only where no sentence names its speaker.
        // A common noun of another kind than every name ("the companies" / "the Investment
        // Ministry", "the banks" / "analysts at Marunouchi Securities") is none of them.
        // Credits of one claim: a sentence whose figures are all other than the first credited
        // sentence's ("wages rose 30%, the union says" / "prices rose 31.5%, INDEC said") credits
        // another claim; it is left out (with its kind and speaker).
        for (std::size_t k = credits.size(); k-- > 1;)
            if (credits[k].sentence && credits.front().sentence && figures_differ(items, *credits.front().sentence, *credits[k].sentence)) {
                credits.erase(credits.begin() + static_cast<std::ptrdiff_t>(k));
                credit_kind.erase(credit_kind.begin() + static_cast<std::ptrdiff_t>(k));
                credit_who.erase(credit_who.begin() + static_cast<std::ptrdiff_t>(k));
            }
        // "Analysts at Casa de Bolsa Cumbre" and "analysts": the one says which analysts, the
        // other does not; where a sentence credits the class alone, the named ones compare
        // as that class.
        for (std::size_t k = 0; k < credits.size(); ++k) {
            if (credit_kind[k] != 'a') continue;
            for (std::size_t j = 0; j < credits.size(); ++j)
                if (credit_kind[j] == 'k' && credit_who[j] == credit_who[k]) {
                    credits[k].value = credit_report(credit_who[k], false);
                    break;
                }
        }
        if (credit_kind.find('c') != std::string::npos) {
            const bool keep = credit_kind.find('n') == std::string::npos && credit_kind.find('k') != std::string::npos;
            const bool others = credit_kind.find_first_of("nka") != std::string::npos;
            std::vector<Part> kept;
            for (std::size_t k = 0; k < credits.size(); ++k) {
                bool maybe = false;
                for (std::size_t j = 0; j < credits.size(); ++j)
                    if (credit_kind[j] == 'n') maybe |= may_be_named(credit_who[k], credit_who[j]);
                if (credit_kind[k] != 'c' || keep || (others && !maybe)) kept.push_back(std::move(credits[k]));
            }
            credits = std::move(kept);
        }
        emit(ClaimKind::Statement, "credited to", lead, credits, &Mention::attribution);
        // Scope: compared as classes; only statements whose readings share no class differ.
        if (scopes.size() >= 2) {
            bool differ = false;
            for (std::size_t a = 0; a < scopes.size() && !differ; ++a)
                for (std::size_t b = a + 1; b < scopes.size() && !differ; ++b) {
                    const auto ca = scopes[a].value, cb = scopes[b].value;
                    bool shared = false;
                    std::size_t p = 0;
                    while (p < ca.size() && !shared) {
                        const std::size_t q = ca.find(", ", p);
                        const std::string one = ca.substr(p, q == std::string::npos ? std::string::npos : q - p);
                        shared = (", " + cb + ", ").find(", " + one + ", ") != std::string::npos;
                        p = q == std::string::npos ? ca.size() : q + 2;
                    }
                    differ = !shared;
                }
            if (differ) emit(ClaimKind::Statement, "scope", lead, scopes, &Mention::scope);
        }
    }
    // The day the news was told, in the leads of articles a day or three apart: "the
    // regulator said on Monday" (Tuesday's wire) / "announced the fine against Zenicell
    // yesterday" (Wednesday's rewrite). Each article's lead (its first two sentences after
    // the headline) gives its first day date outside the dateline; two leads that name one
    // entity and give different days, one of them in words relative to the article, are
    // compared.
    {
        struct Lead {
            std::size_t source, item;
            const AlignedSentence* s;
            std::set<std::uint32_t> ents;
        };
        std::vector<Lead> leads;
        std::vector<int> nth(corpus.sources.size(), 0);
        std::vector<bool> done(corpus.sources.size(), false);
        for (const AlignedSentence& s : ss) {
            const int k = ++nth[s.source];
            if (k < 2 || k > 3 || done[s.source]) continue;
            const std::string_view text = corpus.sources[s.source].text;
            std::set<std::uint32_t> ents;
            for (std::size_t i = s.item_begin; i < s.item_end; ++i)
                if (items[i].e.kind == ItemKind::Name && names.entity(i) != UINT32_MAX) ents.insert(names.entity(i));
            for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
                const Item& it = items[i];
                if (it.e.kind != ItemKind::Date || !it.e.date.ok || it.e.date.date.precision != Precision::Day || in_dateline(text, s.start, it.e.start))
                    continue;
                // A byline's date ("Wednesday, 11 March 2026"): the article's own day, written out.
                const auto& pub = corpus.sources[s.source].published;
                if (pub && it.e.date.date.first_day() == pub->first_day() &&
                    std::any_of(it.e.text.begin(), it.e.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                    continue;
                leads.push_back({s.source, i, &s, ents});
                done[s.source] = true;
                break;
            }
        }
        auto relative = [&](const Item& it) {
            return moves_with_article(it.e.text) || std::none_of(it.e.text.begin(), it.e.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        };
        for (std::size_t a = 0; a < leads.size(); ++a)
            for (std::size_t b = a + 1; b < leads.size(); ++b) {
                const Lead& x = leads[a];
                const Lead& y = leads[b];
                const auto& px = corpus.sources[x.source].published;
                const auto& py = corpus.sources[y.source].published;
                if (!px || !py || px->precision != Precision::Day || py->precision != Precision::Day) continue;
                if (std::labs(px->first_day() - py->first_day()) > 3) continue;
                const Item& ix = items[x.item];
                const Item& iy = items[y.item];
                if (ix.e.date.date.first_day() == iy.e.date.date.first_day() || (!relative(ix) && !relative(iy))) continue;
                if (std::none_of(x.ents.begin(), x.ents.end(), [&](std::uint32_t e) { return y.ents.count(e) > 0; })) continue;
                std::vector<Part> parts{{x.source, ix.quote, ix.e.text, x.s, {}, 0, {}, x.item}, {y.source, iy.quote, iy.e.text, y.s, {}, 0, {}, y.item}};
                emit(ClaimKind::Date, "date", *x.s, parts, &Mention::period);
            }
    }
    // Roles swapped between sentences that did not align (a rewrite words the same deed
    // apart: "Real Corvera beat Atletico Sanmar 2-1 in the cup final" / "Atletico Sanmar
    // defeated Real Corvera 2-1 to lift the cup"): both names in both sentences, each doing
    // the action to the other, with verbs of one meaning; sentences that give different
    // dates tell of different deeds.
    {
        std::vector<std::size_t> statement_of(ss.size(), SIZE_MAX);
        for (std::size_t k = 0; k < statements.size(); ++k)
            for (std::size_t i : statements[k]) statement_of[i] = k;
        std::map<std::uint32_t, std::vector<std::size_t>> by_entity;  // entity -> sentences that give it a role
        for (std::size_t si = 0; si < ss.size(); ++si) {
            std::set<std::uint32_t> seen;
            for (std::size_t i = ss[si].item_begin; i < ss[si].item_end; ++i)
                if (items[i].e.kind == ItemKind::Name) {
                    const std::uint32_t ent = names.entity(i);
                    if (ent != UINT32_MAX && seen.insert(ent).second) by_entity[ent].push_back(si);
                }
        }
        auto dates_of = [&](const AlignedSentence& x) {
            std::set<long> out;
            for (std::size_t i = x.item_begin; i < x.item_end; ++i)
                if (items[i].e.kind == ItemKind::Date && items[i].e.date.ok) out.insert(items[i].e.date.date.first_day());
            return out;
        };
        std::set<std::pair<std::size_t, std::size_t>> tried;
        for (const auto& [ent, sentences] : by_entity) {
            if (sentences.size() > 40) continue;  // a story's main name: too many to pair
            for (std::size_t x : sentences)
                for (std::size_t y : sentences) {
                    const AlignedSentence& a = ss[x];
                    const AlignedSentence& b = ss[y];
                    if (a.source == b.source || (statement_of[x] != SIZE_MAX && statement_of[x] == statement_of[y])) continue;
                    if (!tried.insert({x, y}).second) continue;
                    const std::set<long> da = dates_of(a), db = dates_of(b);
                    if (!da.empty() && !db.empty() && da != db) continue;
                    std::vector<Part> swapped = find_swap(a, b, true);
                    // A pair whose doers a statement compared already: one finding is enough.
                    if (swapped.size() == 2 && swapped_pairs.count(std::minmax(swapped[0].value, swapped[1].value))) continue;
                    emit(ClaimKind::Statement, "who", a, swapped, &Mention::actor);
                }
        }
    }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] build_story()
// ---------------------------------------------------------------------------------
struct StoryBuild::State {
    Corpus corpus;
    std::vector<Item> items;
    std::size_t next_source = 0;
    std::size_t items_dropped = 0;
    std::size_t items_repeated = 0;
    std::size_t articles_dropped = 0;
    bool finished = false;
};

StoryBuild::StoryBuild(const std::vector<Article>& articles, const BuildOptions& options) : state_(std::make_unique<State>()) {
    Corpus& corpus = state_->corpus;
    corpus.id = slug(options.id);
    corpus.title = std::string(clip_bytes(options.title, kMaxTitleBytes));

    // Sources, with a date given, or found in the text, or none; at most kMaxBuildArticles.
    std::set<std::string> ids;
    for (const Article& a : articles) {
        if (corpus.sources.size() >= kMaxBuildArticles) {
            ++state_->articles_dropped;
            continue;
        }
        Source s;
        std::string id = slug(a.name);
        for (int n = 2; ids.count(id); ++n) id = slug(a.name) + "-" + std::to_string(n);
        ids.insert(id);
        s.id = id;
        s.kind = SourceKind::Unknown;
        s.text = a.text;
        if (a.date) {
            s.published = a.date;
            s.published_reason = "the date given for it";
        } else if (auto found = find_article_date(a.text)) {
            s.published = found;
            s.published_reason = "the first full date in its text";
        }
        corpus.sources.push_back(std::move(s));
    }
}

StoryBuild::~StoryBuild() = default;
StoryBuild::StoryBuild(StoryBuild&&) noexcept = default;
StoryBuild& StoryBuild::operator=(StoryBuild&&) noexcept = default;

namespace {
void group(Corpus& corpus, std::vector<Item>& items);
}  // namespace

float StoryBuild::progress() const {
    const std::size_t n = state_->corpus.sources.size();
    if (state_->finished || n == 0) return 1.0f;
    return 0.95f * static_cast<float>(state_->next_source) / static_cast<float>(n);
}

std::size_t StoryBuild::items_dropped() const { return state_->items_dropped; }
std::size_t StoryBuild::articles_dropped() const { return state_->articles_dropped; }
std::size_t StoryBuild::items_repeated() const { return state_->items_repeated; }

bool StoryBuild::step() {
    State& st = *state_;
    if (st.finished) return true;
    // One source's extraction per step, anchored on its date, each item with its quote
    // (the source's text indexed once, if it has many); then the grouping.
    if (st.next_source < st.corpus.sources.size()) {
        const std::size_t si = st.next_source++;
        const Source& s = st.corpus.sources[si];
        QuoteAnchorer anchorer(s.text);
        // The line the last item was on, and whether it is a link to another story: lines
        // are found once each (an article of one 800 KB line has 100,000 items on it).
        std::size_t line_from = 0, line_to = 0;
        bool line_is_link = false;
        for (Extracted& e : extract(s.text, s.published)) {
            if (st.items.size() >= kMaxBuildItems) {
                ++st.items_dropped;
                continue;
            }
            // A link to another story ("Related: Chile's copper output forecast for 2026
            // raised") or a prompt says nothing of this one.
            if (e.start < line_from || e.start >= line_to) {
                const std::size_t nl = e.start == 0 ? std::string_view::npos : std::string_view(s.text).rfind('\n', e.start - 1);
                line_from = nl == std::string_view::npos ? 0 : nl + 1;
                line_to = std::min(s.text.size(), s.text.find('\n', e.start));
                if (line_to <= e.start) line_to = e.start + 1;
                line_is_link = is_navigation_line(std::string_view(s.text).substr(line_from, line_to - line_from));
            }
            if (line_is_link) continue;
            std::optional<Quote> quote = quote_for(s.text, e.start, e.end, anchorer);
            if (!quote) {
                ++st.items_repeated;
                continue;
            }
            Item it{si, std::move(e), {}, std::move(*quote)};
            // A measure is a count of its unit in a story ("2.1 million hectares": a count
            // claim of hectares), compared like any count.
            if (it.e.kind == ItemKind::Measure) it.e.kind = ItemKind::Number, it.measure = true;
            it.e.value.counts = label(it.e.value.counts);
            it.context = context_words(s.text, it.e.start, it.e.end);
            it.next_word = content_word_after(s.text, it.e.end);
            st.items.push_back(std::move(it));
        }
        return false;
    }
    group(st.corpus, st.items);
    st.finished = true;
    return true;
}

Corpus StoryBuild::take() {
    while (!step()) {}
    return std::move(state_->corpus);
}

Corpus build_story(const std::vector<Article>& articles, const BuildOptions& options) {
    return StoryBuild(articles, options).take();
}

namespace {

// Rates, claims, reports and name claims from the extracted items; then the findings.
// Acronyms one article defines after a name ("The Cámara de Exportadores del Litoral
// (CEL)") are names in every article of the story: the extractor reads one article, and
// takes a short acronym for a name only where that article defines it ("The CEL rejected
// the FAP's offer" in a digest that never spells them out). Their uses where no item
// stands become name items, in text order.
void add_story_acronyms(const Corpus& corpus, std::vector<Item>& items) {
    std::set<std::string> defined;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) {
        const Item& a = items[i];
        const Item& b = items[i + 1];
        if (a.e.kind != ItemKind::Name || b.e.kind != ItemKind::Name || a.source != b.source || !is_acronym(b.e.text)) continue;
        const std::string_view text = corpus.sources[a.source].text;
        if (b.e.start == a.e.end + 2 && text.substr(a.e.end, 2) == " (" && b.e.end < text.size() && text[b.e.end] == ')')
            defined.insert(b.e.text);
    }
    if (defined.empty()) return;
    std::vector<Item> added;
    std::size_t at = 0;  // items of the source being read: [at, end)
    for (std::size_t si = 0; si < corpus.sources.size(); ++si) {
        const std::string_view text = corpus.sources[si].text;
        while (at < items.size() && items[at].source < si) ++at;
        std::size_t end = at;
        while (end < items.size() && items[end].source == si) ++end;
        std::unique_ptr<QuoteAnchorer> anchorer;
        for (const std::string& acronym : defined)
            for (std::size_t p = text.find(acronym); p != std::string_view::npos; p = text.find(acronym, p + 1)) {
                const std::size_t q = p + acronym.size();
                auto letter = [&](std::size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
                if ((p > 0 && letter(p - 1)) || (q < text.size() && letter(q))) continue;
                bool covered = false;
                for (std::size_t k = at; k < end && !covered; ++k) covered = items[k].e.start < q && items[k].e.end > p;
                if (covered) continue;
                if (!anchorer) anchorer = std::make_unique<QuoteAnchorer>(text);
                std::optional<Quote> quote = quote_for(text, p, q, *anchorer);
                if (!quote) continue;
                Item it;
                it.source = si;
                it.e.kind = ItemKind::Name;
                it.e.start = p, it.e.end = q;
                it.e.text = acronym;
                it.e.name_kind = "name";
                it.quote = std::move(*quote);
                it.context = context_words(text, p, q);
                it.next_word = content_word_after(text, q);
                added.push_back(std::move(it));
            }
        at = end;
    }
    if (added.empty()) return;
    items.insert(items.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return x.source != y.source ? x.source < y.source : x.e.start < y.e.start;
    });
}

void group(Corpus& corpus, std::vector<Item>& items) {
    add_story_acronyms(corpus, items);
    // Stated exchange rates become the corpus's rates (one per currency pair), when they
    // are rates a story may hold: between two currencies, within kMinRate..kMaxRate.
    // A money figure's conversion may state its rate in the brackets ("at R18 to the
    // dollar"): that is a stated rate too.
    for (const Item& it : items) {
        const bool inline_rate = it.e.kind == ItemKind::Money && !it.e.rate_base.empty();
        if (it.e.kind != ItemKind::Rate && !inline_rate) continue;
        const std::string& base = inline_rate ? it.e.rate_base : it.e.value.unit;
        const Source& s = corpus.sources[it.source];
        if (base == it.e.rate_currency || !std::isnormal(it.e.rate) || it.e.rate < kMinRate || it.e.rate > kMaxRate) continue;
        if (find_rate(corpus, base, it.e.rate_currency)) continue;
        Rate r;
        r.id = "rate-" + slug(base + "-" + it.e.rate_currency);
        r.base = base;
        r.quote_currency = it.e.rate_currency;
        r.rate = it.e.rate;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", it.e.rate);
        r.rate_text = buf;
        r.source = s.id;
        r.quote = it.quote;
        corpus.rates.push_back(std::move(r));
    }

    // Ids: the first free "<base>-<n>" for a repeated base, counted per base rather
    // than tried from 2 each time.
    std::set<std::string> claim_ids;
    std::unordered_map<std::string, int> next_number;
    auto claim_id = [&](const std::string& base) {
        std::string id = slug(base, 48);
        if (claim_ids.count(id)) {
            const std::string stem = slug(base, 44);
            int& n = next_number.emplace(stem, 2).first->second;
            for (; claim_ids.count(stem + "-" + std::to_string(n)); ++n) {}
            id = stem + "-" + std::to_string(n++);
        }
        claim_ids.insert(id);
        return id;
    };
    auto add_mention = [&](const Item& it, const std::string& claim) {
        Mention m;
        m.source = corpus.sources[it.source].id;
        m.claim = claim;
        m.quote = it.quote;
        if (it.e.kind == ItemKind::Money || it.e.kind == ItemKind::Number || it.e.kind == ItemKind::Percent ||
            it.e.kind == ItemKind::Fraction)
            m.value = it.e.value;
        m.converted = it.e.converted;
        if (it.e.kind == ItemKind::Name) m.spelling = label(it.e.text);
        corpus.mentions.push_back(std::move(m));
    };

    std::vector<Sentences> sentences;
    for (const Source& s : corpus.sources) sentences.emplace_back(s.text);
    const std::vector<SourceNames> names = names_by_source(items, corpus.sources.size());
    const std::vector<Words> words = word_sets(items);

    // Statements across sources (aligned sentences), for figures and for the parts below.
    const std::vector<AlignedSentence> aligned = sentences_of(corpus, items);
    std::vector<long> day_of;
    for (const Source& s : corpus.sources) day_of.push_back(s.published ? s.published->first_day() : LONG_MIN);
    // Sentences that tell of different things (names_apart) with different figures are no
    // statement: "China Mobile added 3.2 million" / "China Telecom added 1.1 million". Each
    // sentence that is so against the statement's first leaves it.
    std::vector<std::vector<std::size_t>> statements;
    for (std::vector<std::size_t> st : align_statements(aligned, corpus.sources.size(), day_of)) {
        if (st.empty()) continue;
        const AlignedSentence& first = aligned[st.front()];
        st.erase(std::remove_if(st.begin() + 1, st.end(),
                                [&](std::size_t si) {
                                    return figures_differ(items, first, aligned[si]) &&
                                           (names_apart(corpus, items, first, aligned[si]) || doers_apart(corpus, items, first, aligned[si]));
                                }),
                 st.end());
        if (st.size() >= 2) statements.push_back(std::move(st));
    }
    // FACTLENS_DEBUG_STATEMENTS=1: each statement's sentences, as source:start-end
    // (tools/diagnose-stories.mjs reads them).
    if (std::getenv("FACTLENS_DEBUG_STATEMENTS"))
        for (const auto& st : statements) {
            std::fprintf(stderr, "statement");
            for (std::size_t si : st)
                std::fprintf(stderr, " %s:%zu-%zu", corpus.sources[aligned[si].source].id.c_str(), aligned[si].start, aligned[si].end);
            std::fprintf(stderr, "\n");
        }

    // Figures: the same value (within rounding, or one satisfying the other's qualifier)
    // is one claim; so is a figure whose surrounding words match another's closely, and
    // the one figure of its kind that aligned sentences of two sources each give
    // (merge_aligned: a share as a fraction and as a percent is one kind).
    const SentenceWords sentence_words(corpus, items);
    std::vector<std::uint32_t> sentence_index(items.size(), UINT32_MAX);
    for (std::size_t si = 0; si < aligned.size(); ++si)
        for (std::size_t i = aligned[si].item_begin; i < aligned[si].item_end; ++i) sentence_index[i] = static_cast<std::uint32_t>(si);
    // Figures of sentences about different things, or done by different doers ("Shirasagi
    // Air cancelled 186 flights" / "Kirara Air said it had cancelled 140 flights").
    const std::function<bool(std::size_t, std::size_t)> apart = [&](std::size_t i, std::size_t j) {
        // A margin and a count ("a margin of 47,540 votes" / "71,850 votes").
        if (difference_figure(corpus.sources[items[i].source].text, items[i].e.start) !=
            difference_figure(corpus.sources[items[j].source].text, items[j].e.start))
            return true;
        const std::uint32_t si = sentence_index[i], sj = sentence_index[j];
        if (si == UINT32_MAX || sj == UINT32_MAX || si == sj) return false;
        if (names_apart(corpus, items, aligned[si], aligned[sj])) return true;
        const std::string a = figure_doer(corpus, items, aligned[si], i), b = figure_doer(corpus, items, aligned[sj], j);
        if (!a.empty() && !b.empty() && !same_doer(a, b)) return true;
        // Shares of different things ("40% of the India net" / "40% of tickets"), and
        // measures of different things ("60,000 tonnes of nickel" / "tonnes of cobalt").
        const ItemKind ki = items[i].e.kind, kj = items[j].e.kind;
        if (items[i].measure && items[j].measure) {
            const std::vector<std::string> oa = share_object(corpus.sources[items[i].source].text, items[i].e.end, false);
            const std::vector<std::string> ob = share_object(corpus.sources[items[j].source].text, items[j].e.end, false);
            if (!oa.empty() && !ob.empty() &&
                std::none_of(oa.begin(), oa.end(), [&](const std::string& w) { return std::find(ob.begin(), ob.end(), w) != ob.end(); }))
                return true;
        }
        if ((ki == ItemKind::Percent || ki == ItemKind::Fraction) && (kj == ItemKind::Percent || kj == ItemKind::Fraction)) {
            const std::vector<std::string> oa = share_object(corpus.sources[items[i].source].text, items[i].e.end, true);
            const std::vector<std::string> ob = share_object(corpus.sources[items[j].source].text, items[j].e.end, true);
            if (!oa.empty() && !ob.empty() &&
                std::none_of(oa.begin(), oa.end(), [&](const std::string& w) { return std::find(ob.begin(), ob.end(), w) != ob.end(); }))
                return true;
        }
        return false;
    };
    std::vector<Group> figure_groups;
    std::vector<std::vector<std::string>> share_objects(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].e.kind == ItemKind::Percent || items[i].e.kind == ItemKind::Fraction) {
            share_objects[i] = share_object(corpus.sources[items[i].source].text, items[i].e.end, false);
            std::sort(share_objects[i].begin(), share_objects[i].end());
            share_objects[i].erase(std::unique(share_objects[i].begin(), share_objects[i].end()), share_objects[i].end());
        }
    for (ItemKind kind : {ItemKind::Money, ItemKind::Number, ItemKind::Percent, ItemKind::Fraction}) {
        const bool share = kind == ItemKind::Percent || kind == ItemKind::Fraction;
        for (Group& g : merge_restated(items, sentence_words, kind,
                                       group_figures(items, words, kind, apart, share ? share_objects : std::vector<std::vector<std::string>>{}),
                                       apart))
            figure_groups.push_back(std::move(g));
    }
    std::vector<std::size_t> claim_of_item(items.size(), SIZE_MAX);  // index into corpus.claims
    // A figure's sentence that no other article's sentence aligns with still states its
    // year, its attribution and its scope: they go on the figure's mention, so a claim that
    // two articles word differently compares them too (aligned ones are statement claims).
    std::vector<std::uint32_t> sentence_of_item(items.size(), UINT32_MAX);
    for (std::size_t si = 0; si < aligned.size(); ++si)
        for (std::size_t i = aligned[si].item_begin; i < aligned[si].item_end; ++i) sentence_of_item[i] = static_cast<std::uint32_t>(si);
    std::vector<bool> in_statement(aligned.size(), false);
    for (const auto& st : statements)
        for (std::size_t si : st) in_statement[si] = true;
    CreditReports credits{corpus, claim_id, {}};
    auto figure_parts = [&](Mention& m, std::size_t item) {
        const std::uint32_t si = sentence_of_item[item];
        if (si == UINT32_MAX || in_statement[si]) return;
        const AlignedSentence& s = aligned[si];
        const std::string_view text = corpus.sources[s.source].text;
        const std::string_view sentence = text.substr(s.start, s.end - s.start);
        std::size_t years = 0, year_item = 0;
        std::vector<std::pair<std::size_t, std::size_t>> name_ranges;
        for (std::size_t i = s.item_begin; i < s.item_end; ++i) {
            const Item& it = items[i];
            if (it.e.kind == ItemKind::Date && it.e.date.ok) ++years, year_item = i;
            if (it.e.kind == ItemKind::Name) name_ranges.push_back({it.e.start - s.start, it.e.end - s.start});
        }
        if (years == 1 && items[year_item].e.date.date.precision == Precision::Year) m.period = label(items[year_item].e.text);
        if (const auto opening = opening_name(text, s, items); opening.second > opening.first)
            name_ranges.insert(name_ranges.begin(), {opening.first - s.start, opening.second - s.start});
        const Attribution at = find_attribution(sentence, name_ranges);
        if (!at.label.empty()) m.attribution = credits(at.label, at.named);
        // The scope word nearest the figure, within 60 bytes of it.
        const std::size_t fs = items[item].e.start - s.start, fe = items[item].e.end - s.start;
        std::size_t best = 61;
        for (const ScopeWord& w : find_scope(sentence)) {
            if (w.country && !(w.start >= fe && w.start <= fe + 24)) continue;  // a country: right after it only
            const std::size_t d = w.end <= fs ? fs - w.end : w.start >= fe ? w.start - fe : 0;
            if (d < best) best = d, m.scope = w.cls;
        }
    };
    for (const Group& g : merge_share_objects(items, merge_aligned(items, aligned, statements, std::move(figure_groups), corpus), share_objects, apart)) {
        const Item& head = items[g.items.front()];
        const ItemKind kind = head.e.kind;
        // A figure only one source states once is still a claim: it may be checked.
        Claim c;
        c.kind = kind == ItemKind::Money ? ClaimKind::Money : kind == ItemKind::Number ? ClaimKind::Count
               : kind == ItemKind::Percent ? ClaimKind::Percent : ClaimKind::Fraction;
        const std::string_view text = corpus.sources[head.source].text;
        c.subject = label(names[head.source].subject_for(head, sentences[head.source].start(head.e.start)));
        c.measure = kind == ItemKind::Number && !head.e.value.counts.empty() ? head.e.value.counts : measure_words(text, head.e.end);
        c.value = head.e.value;
        c.id = claim_id(std::string(item_kind_name(kind)) + "-" + head.e.value.display() + "-" +
                        std::string(clip_bytes(c.measure, 24)));
        for (std::size_t i : g.items) claim_of_item[i] = corpus.claims.size();
        corpus.claims.push_back(c);
        std::set<std::size_t> from;
        for (std::size_t i : g.items) from.insert(items[i].source);
        for (std::size_t i : g.items) {
            add_mention(items[i], c.id);
            if (from.size() >= 2) figure_parts(corpus.mentions.back(), i);
        }
    }
    mark_parts(corpus, items, aligned, claim_of_item);
    breakdown_parts(corpus, items, aligned, claim_of_item, claim_id);

    // Dates: each resolved date is a report (an outlet named near it) or an event; every
    // source that dates it is a dating with its words.
    std::map<std::string, std::size_t> report_of_date;
    for (const Item& it : items) {
        if (it.e.kind != ItemKind::Date || !it.e.date.ok) continue;
        // A bare year is a period, not an event on a timeline.
        if (it.e.date.date.precision == Precision::Year) continue;
        const std::string key = it.e.date.date.iso();
        const Source& s = corpus.sources[it.source];
        // The outlet: a name the extractor took for an outlet, in the same sentence.
        const std::string outlet = label(names[it.source].outlet_near(it));
        auto found = report_of_date.find(key + "|" + outlet);
        if (found == report_of_date.end()) {
            Report r;
            r.is_event = outlet.empty();
            r.outlet = outlet;
            r.label = outlet.empty() ? sentences[it.source].words(it.e.start, it.e.end) : label(outlet + " report");
            r.id = claim_id((outlet.empty() ? "event-" : "report-" + outlet + "-") + key);
            found = report_of_date.emplace(key + "|" + outlet, corpus.reports.size()).first;
            corpus.reports.push_back(std::move(r));
        }
        DatedBy d;
        d.source = s.id;
        d.quote = it.quote;
        d.expression = label(it.e.text);
        corpus.reports[found->second].dated_by.push_back(std::move(d));
    }

    // Names: spellings of one entity (same_name), then joined where aligned statements put
    // a misspelling in the same place.
    const std::vector<Group> name_groups = group_names(items);
    NameEntities entities;
    entities.group_of_item.assign(items.size(), UINT32_MAX);
    entities.parent.resize(name_groups.size());
    for (std::size_t g = 0; g < name_groups.size(); ++g) {
        entities.parent[g] = static_cast<std::uint32_t>(g);
        for (std::size_t i : name_groups[g].items) entities.group_of_item[i] = static_cast<std::uint32_t>(g);
    }
    join_misspelt_slots(corpus, items, aligned, statements, entities);
    // An acronym defined after a name ("the Swiss Transportation Safety Investigation Board
    // (STSB)", "Exportadores del Litoral (CEL)") is that name's entity wherever it is used.
    for (std::size_t i = 0; i + 1 < items.size(); ++i) {
        const Item& a = items[i];
        const Item& b = items[i + 1];
        if (a.e.kind != ItemKind::Name || b.e.kind != ItemKind::Name || a.source != b.source || !is_acronym(b.e.text) ||
            entities.group_of_item[i] == UINT32_MAX || entities.group_of_item[i + 1] == UINT32_MAX)
            continue;
        const std::string_view text = corpus.sources[a.source].text;
        if (b.e.start == a.e.end + 2 && text.substr(a.e.end, 2) == " (" && b.e.end < text.size() && text[b.e.end] == ')')
            entities.join(entities.group_of_item[i], entities.group_of_item[i + 1]);
    }
    std::vector<Group> merged(name_groups.size());
    for (std::size_t g = 0; g < name_groups.size(); ++g) {
        auto& dst = merged[entities.find(static_cast<std::uint32_t>(g))].items;
        dst.insert(dst.end(), name_groups[g].items.begin(), name_groups[g].items.end());
    }
    std::vector<std::string> entity_name(name_groups.size());
    for (std::size_t g = 0; g < merged.size(); ++g) {
        if (merged[g].items.empty()) continue;
        std::sort(merged[g].items.begin(), merged[g].items.end());
        std::map<std::string, int> spellings;
        for (std::size_t i : merged[g].items) ++spellings[items[i].e.text];
        int top = 0;
        for (const auto& [sp, n] : spellings)
            if (n > top) top = n, entity_name[g] = sp;
    }

    // Statements across sources: their dates, doers, owners, attributions and scopes.
    statement_claims(corpus, items, aligned, statements, entities, entity_name, claim_id, credits, claim_of_item);
    event_date_claims(corpus, items, aligned, statements, claim_id);
    superlative_claims(corpus, aligned, claim_id);

    // Names: spellings of one entity across sources become one name claim, when the
    // entity appears in at least two sources (so a spelling difference can show).
    for (const Group& all : merged) {
        // An acronym is not a spelling of the name it stands for: compared only with
        // itself, when the entity has no other name.
        Group g = all;
        if (std::any_of(g.items.begin(), g.items.end(), [&](std::size_t i) { return !is_acronym(items[i].e.text); }))
            g.items.erase(std::remove_if(g.items.begin(), g.items.end(), [&](std::size_t i) { return is_acronym(items[i].e.text); }), g.items.end());
        if (g.items.empty()) continue;
        std::set<std::size_t> sources;
        for (std::size_t i : g.items) sources.insert(items[i].source);
        if (sources.size() < 2) continue;
        const std::string& canonical = entity_name[entities.entity(g.items.front())];
        Claim c;
        c.kind = ClaimKind::Name;
        c.subject = label(canonical);
        c.measure = items[g.items.front()].e.name_kind;
        c.id = claim_id("name-" + canonical);
        corpus.claims.push_back(c);
        // One mention per source and spelling (the first place it is written that way).
        std::set<std::pair<std::size_t, std::string>> seen;
        for (std::size_t i : g.items)
            if (seen.insert({items[i].source, items[i].e.text}).second) add_mention(items[i], c.id);
    }

    analyse(corpus);
}

}  // namespace

}  // namespace factlens
