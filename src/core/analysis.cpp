// [SECTION] Money
// [SECTION] Names
// [SECTION] Dates
// [SECTION] Disagreements
// [SECTION] Arithmetic checks
#include "core/analysis.h"

#include "core/claim_parts.h"
#include "core/lexicon.h"
#include "core/names.h"
#include "core/text.h"

#include <climits>
#include "core/story_index.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace factlens {

// ---------------------------------------------------------------------------------
// [SECTION] Money
// ---------------------------------------------------------------------------------
const Rate* find_rate(const Corpus& corpus, std::string_view from, std::string_view to) {
    for (const Rate& r : corpus.rates)
        if ((r.base == from && r.quote_currency == to) || (r.base == to && r.quote_currency == from)) return &r;
    return nullptr;
}

namespace {

// Converts with one stated rate (1 base = rate quote_currency) between its two currencies.
double convert_at(const Rate& r, double units, std::string_view from, std::string_view to, std::string* working) {
    const bool divide = r.quote_currency == from;
    const double out = divide ? units / r.rate : units * r.rate;
    if (working) {
        *working = format_money(units, from) + (divide ? " / " : " \u00D7 ") + r.rate_text + " = " +
                   format_money(out, to, 3);
    }
    return out;
}

// Conversion and money values over a way to find rates and claims: the public functions
// walk the corpus, analyse() looks them up in its Lookup.
template <class RateFor>
std::optional<double> convert_with(const RateFor& rate_for, double units, std::string_view from, std::string_view to,
                                   std::string* working) {
    if (from == to) return units;
    const Rate* r = rate_for(from, to);
    if (!r) return std::nullopt;
    return convert_at(*r, units, from, to, working);
}

template <class RateFor, class ClaimFor>
std::optional<double> money_value_with(const RateFor& rate_for, const ClaimFor& claim_for, const Quantity& q,
                                       std::string_view currency, std::string* working) {
    if (q.is_money()) return convert_with(rate_for, q.mid(), q.unit, currency, working);
    if ((q.unit == "fraction" || q.unit == "percent") && !q.of.empty()) {
        const Claim* whole = claim_for(q.of);
        if (!whole || !whole->value || !whole->value->is_money()) return std::nullopt;
        const double share = q.unit == "percent" ? q.mid() / 100.0 : q.mid();
        std::string w;
        auto base = convert_with(rate_for, whole->value->mid() * share, whole->value->unit, currency, &w);
        if (base && working) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", share);
            *working = std::string(buf) + " \u00D7 " + format_money(whole->value->mid(), whole->value->unit) + " (" +
                       whole->id + ")" + (whole->value->unit == currency ? "" : "; " + w);
        }
        return base;
    }
    return std::nullopt;
}

// What analyse() looks up for every mention, indexed once: ids (CorpusIndex), and rates
// by currency pair (the first stated rate for a pair wins, as in find_rate).
class Lookup {
public:
    explicit Lookup(const Corpus& corpus) : index(corpus) {
        for (const Rate& r : corpus.rates) rates_.emplace(pair_key(r.base, r.quote_currency), &r);
    }
    const Rate* rate(std::string_view from, std::string_view to) const {
        const auto it = rates_.find(pair_key(from, to));
        return it == rates_.end() ? nullptr : it->second;
    }
    std::optional<double> convert(double units, std::string_view from, std::string_view to,
                                  std::string* working = nullptr) const {
        return convert_with(RateFor{this}, units, from, to, working);
    }
    std::optional<double> money_value(const Quantity& q, std::string_view currency, std::string* working = nullptr) const {
        return money_value_with(RateFor{this}, [this](std::string_view id) { return index.claim(id); }, q, currency, working);
    }

    const CorpusIndex index;

    // The analysis under way on this thread (analyse() sets it for its run): helpers the
    // rules call with the corpus alone (claim_words) look ids up here instead of walking
    // the corpus's arrays, which is quadratic over a large story.
    static const Lookup*& current() {
        thread_local const Lookup* at = nullptr;
        return at;
    }
    struct Current {
        explicit Current(const Lookup& at) : previous(current()) { current() = &at; }
        ~Current() { current() = previous; }
        Current(const Current&) = delete;
        Current& operator=(const Current&) = delete;
        const Lookup* previous;
    };

private:
    struct RateFor {
        const Lookup* at;
        const Rate* operator()(std::string_view from, std::string_view to) const { return at->rate(from, to); }
    };
    static std::string pair_key(std::string_view a, std::string_view b) {
        return a < b ? std::string(a) + "|" + std::string(b) : std::string(b) + "|" + std::string(a);
    }
    std::unordered_map<std::string, const Rate*> rates_;
};

}  // namespace

std::optional<double> convert(const Corpus& corpus, double units, std::string_view from, std::string_view to,
                              std::string* working) {
    return convert_with([&](std::string_view f, std::string_view t) { return find_rate(corpus, f, t); }, units, from, to,
                        working);
}

std::optional<double> money_value(const Corpus& corpus, const Quantity& q, std::string_view currency, std::string* working) {
    return money_value_with([&](std::string_view f, std::string_view t) { return find_rate(corpus, f, t); },
                            [&](std::string_view id) { return corpus.find_claim(id); }, q, currency, working);
}

std::optional<double> money_value(const Corpus& corpus, const StoryIndex& index, const Quantity& q, std::string_view currency,
                                  std::string* working) {
    return money_value_with([&](std::string_view f, std::string_view t) { return find_rate(corpus, f, t); },
                            [&](std::string_view id) { return index.claim(id); }, q, currency, working);
}

// ---------------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------------
namespace {

// Base letters of U+00C0..U+00FF and U+0100..U+017F (Latin-1 Supplement, Latin Extended-A).
constexpr std::string_view kLatin1Base = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
constexpr std::string_view kExtendedABase =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatin1Base.size() == 64 && kExtendedABase.size() == 128);

}  // namespace

std::string fold_diacritics(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xC2 && c <= 0xC5 && i + 1 < s.size()) {
            const auto d = static_cast<unsigned char>(s[i + 1]);
            const unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
            if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
                out += kLatin1Base[cp - 0xC0];
                ++i;
                continue;
            }
            if (cp >= 0x100 && cp <= 0x17F) {
                out += kExtendedABase[cp - 0x100];
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

namespace {

// Decodes UTF-8 (a stray byte is taken as itself).
std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out += next_code_point(s, i);
    return out;
}
// "QUẢNG NGÃI" (a dateline's capitals) and "Quảng Ngãi": one spelling in other case.
// Word by word: a word in capitals in one ("BORUSSIA Dortmund", a tabloid's) and in other
// case in the other is one word.
bool same_but_capitals(std::string_view a, std::string_view b) {
    std::u32string x = code_points(a), y = code_points(b);
    while (!x.empty() && x.back() == U' ') x.pop_back();
    while (!y.empty() && y.back() == U' ') y.pop_back();
    if (x.size() != y.size()) return false;
    auto caps = [](std::u32string_view v) { return std::none_of(v.begin(), v.end(), latin_is_lower); };
    for (std::size_t i = 0; i < x.size();) {
        std::size_t j = i;
        while (j < x.size() && x[j] != U' ') ++j;
        const std::u32string_view wx = std::u32string_view(x).substr(i, j - i), wy = std::u32string_view(y).substr(i, j - i);
        if (wx != wy) {
            if (!caps(wx) && !caps(wy)) return false;
            for (std::size_t k = 0; k < wx.size(); ++k)
                if (latin_lower(wx[k]) != latin_lower(wy[k])) return false;
        }
        i = j + 1;
    }
    return true;
}

// Words that name a role, not a person: dropped before the person's name.
bool title_word(std::string_view lower) {
    static constexpr std::string_view kTitles[] = {
        "mayor", "governor", "chief", "executive", "financial", "operating", "officer", "ceo", "cfo", "coo", "cto",
        "secretary", "president", "minister", "chairman", "chairwoman", "director", "spokesperson", "spokesman",
        "spokeswoman", "mr", "mrs", "ms", "dr", "sir", "dame", "senator", "deputy", "founder"};
    return std::find(std::begin(kTitles), std::end(kTitles), lower) != std::end(kTitles);
}

// Legal and company forms, and their translations: dropped at the end of a name.
bool legal_form(std::string_view lower) {
    static constexpr std::string_view kForms[] = {
        "ag", "nv", "bv", "se", "sa", "spa", "plc", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
        "co", "company", "llc", "gmbh", "kg", "kgaa", "oyj", "ab", "asa", "pte", "pty", "group", "groep", "gruppe",
        "groupe", "grupo", "holding", "holdings"};
    return std::find(std::begin(kForms), std::end(kForms), lower) != std::end(kForms);
}

// Words of a name with diacritics folded, possessives and the punctuation around them dropped.
std::vector<std::string> raw_words(std::string_view name) {
    const std::string folded = fold_diacritics(name);
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        for (std::string_view poss : {"'s", "\u2019s"})
            if (w.size() > poss.size() && w.compare(w.size() - poss.size(), poss.size(), poss) == 0) w.resize(w.size() - poss.size());
        while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == '\'')) w.pop_back();
        if (!w.empty()) words.push_back(w);
        w.clear();
    };
    for (char c : folded) {
        if (c == ' ' || c == ',' || c == '\n' || c == '\t') flush();
        else w += c;
    }
    flush();
    return words;
}

// The words that name the entity: the person after a role ("Maasveld Chief Executive
// Annelies Wijnbergen" -> "Annelies Wijnbergen"), without a legal form at the end.
std::vector<std::string> entity_words(std::string_view name) {
    std::vector<std::string> words = raw_words(name);
    std::size_t last_title = std::string::npos;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (title_word(ascii_lower(words[i])) && i + 1 < words.size()) last_title = i;
    // Titles count only when a name of two words or more follows, or they lead the name.
    if (last_title != std::string::npos) {
        const bool leading = [&] {
            for (std::size_t i = 0; i <= last_title; ++i)
                if (!title_word(ascii_lower(words[i]))) return false;
            return true;
        }();
        if (leading || words.size() - last_title - 1 >= 2) {
            words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(last_title + 1));
            // A titled person's place after "of" is not their name ("Governor Álvaro
            // Peñaranda of Norte de Santander", "Mayor Ana Silva of Porto").
            for (std::size_t i = 2; i < words.size(); ++i)
                if (words[i] == "of") {
                    words.resize(i);
                    break;
                }
        }
    }
    while (words.size() > 1 && legal_form(ascii_lower(words.back()))) words.pop_back();
    return words;
}

}  // namespace

std::string name_key(std::string_view name, bool keep_case) {
    std::string out;
    for (const std::string& w : entity_words(name)) out += (out.empty() ? "" : " ") + w;
    return keep_case ? out : ascii_lower(out);
}

std::vector<std::string> name_tokens(std::string_view name) {
    std::vector<std::string> out;
    for (const std::string& w : entity_words(name)) {
        std::string t;
        for (char c : w)
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
                t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!t.empty()) out.push_back(t);
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) >= cap) return cap;
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t best = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, prev2[j - 2] + 1);
            cur[j] = best;
            row_min = std::min(row_min, best);
        }
        if (row_min >= cap) return cap;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], cap);
}

namespace {

// "germany"/"german", "korea"/"korean", "italy"/"italian": a place and its demonym.
bool demonym_pair(const std::string& a, const std::string& b) {
    const std::string& s = a.size() < b.size() ? a : b;
    const std::string& l = a.size() < b.size() ? b : a;
    static constexpr std::string_view kEndings[] = {"n", "an", "ian", "ese", "ish", "i", "ic", "y"};
    // A country and its adjective from WordNet's tables ("philippines"/"philippine"), one
    // the other's start.
    // ... or all but the last letter of the shorter alike ("argentina"/"argentine"; not
    // "austria"/"australian").
    if ((is_country(l) && is_demonym(s)) || (is_country(s) && is_demonym(l))) {
        std::size_t common = 0;
        while (common < s.size() && s[common] == l[common]) ++common;
        if (common == s.size() || (common >= 4 && common + 1 >= s.size() && l.size() <= s.size() + 3)) return true;
    }
    if (l.compare(0, s.size(), s) == 0) {
        const std::string_view extra = std::string_view(l).substr(s.size());
        if (std::find(std::begin(kEndings), std::end(kEndings), extra) != std::end(kEndings)) return true;
    }
    // "italy"/"italian": the place's last letter replaced by the ending.
    if (s.size() >= 4 && l.compare(0, s.size() - 1, s, 0, s.size() - 1) == 0) {
        const std::string_view extra = std::string_view(l).substr(s.size() - 1);
        if (extra == "ian" || extra == "an" || extra == "ese") return true;
    }
    // "brazilian"/"brasilia": one word is an adjective of nationality, the other is not.
    auto nationality = [](const std::string& w) {
        for (std::string_view e : {"ian", "ean", "ese", "ish"})
            if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
        return false;
    };
    return nationality(a) != nationality(b);
}

bool misspelling(const std::string& a, const std::string& b, bool single_word) {
    if (a.empty() || b.empty() || a[0] != b[0] || demonym_pair(a, b)) return false;
    const std::size_t len = std::min(a.size(), b.size());
    if (len < (single_word ? 7u : 6u)) return false;
    const std::size_t d = edit_distance(a, b, 3);
    return (d <= 1) || (len >= 8 && d <= 2);
}

}  // namespace

bool same_name(std::string_view a, std::string_view b) {
    const std::vector<std::string> ta = name_tokens(a), tb = name_tokens(b);
    if (ta.empty() || tb.empty()) return false;
    if (ta == tb) return true;
    if (ta.size() != tb.size()) return false;
    std::size_t differ = 0, at = 0;
    for (std::size_t i = 0; i < ta.size(); ++i)
        if (ta[i] != tb[i]) ++differ, at = i;
    return differ == 1 && misspelling(ta[at], tb[at], ta.size() == 1);
}

// "Paraguayans" and "Paraguayan": a demonym (WordNet's) and its plural.
bool demonym_plural(std::string_view plural, std::string_view one) {
    if (plural.size() != one.size() + 1 || plural.back() != 's' || plural.substr(0, one.size()) != one) return false;
    return is_demonym(ascii_lower(one));
}

bool romanisation_variant(std::string_view a, std::string_view b) {
    // Case is kept: "MoXiang"/"Maoxiang" changes a capital too, a spelling of its own.
    const std::string la = fold_diacritics(a), lb = fold_diacritics(b);
    const std::string& s = la.size() < lb.size() ? la : lb;
    const std::string& l = la.size() < lb.size() ? lb : la;
    if (l.size() != s.size() + 1) return false;
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    for (std::size_t i = 0; i < l.size(); ++i) {
        // A "y" between vowels ("Mykolayiv" / "Mykolaiv"): one transliteration's glide.
        if (l[i] == 'y' && i > 0 && i + 1 < l.size() && vowel(l[i - 1]) && vowel(l[i + 1]) && l.substr(0, i) + l.substr(i + 1) == s)
            return true;
        // Korean's two romanisations: "eo" / "o" and "eu" / "u" ("Pyeongtaek" / "Pyongtaek").
        // Any other vowel dropped is a misspelling ("Perrenoud" / "Perrenod", "Manpoong" /
        // "Manpong").
        if (l[i] == 'e' && i + 1 < l.size() && (l[i + 1] == 'o' || l[i + 1] == 'u') && l.substr(0, i) + l.substr(i + 1) == s) return true;
    }
    return false;
}

std::optional<Date> source_date(const Corpus& corpus, std::string_view source_id) {
    const Lookup* at = Lookup::current();  // in analyse(): its index, not a walk of the sources
    const Source* s = at ? at->index.source(source_id) : corpus.find_source(source_id);
    return s ? s->published : std::nullopt;
}

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] Dates
// ---------------------------------------------------------------------------------
void resolve_dates(Corpus& corpus, const Lookup& at) {
    auto date_of = [&](std::string_view source_id) -> std::optional<Date> {
        const Source* s = at.index.source(source_id);
        return s ? s->published : std::nullopt;
    };
    for (Report& rep : corpus.reports) {
        for (DatedBy& d : rep.dated_by) {
            d.resolved = resolve_date_expression(d.expression, date_of(d.source));
            d.resolved.reasoning += " (in " + d.source + ")";
        }
    }
    for (Mention& m : corpus.mentions) {
        if (m.period.empty()) continue;
        // In its sentence's tense: "will reopen on Monday" is the coming Monday.
        std::string_view before;
        if (const Source* s = at.index.source(m.source); s && m.quote.end > m.quote.start && m.quote.start <= s->text.size()) {
            const std::size_t from = m.quote.start > 160 ? m.quote.start - 160 : 0;
            before = std::string_view(s->text).substr(from, m.quote.start - from);
        }
        m.period_resolved = resolve_date_in_context(m.period, before, date_of(m.source));
    }
}

// ---------------------------------------------------------------------------------
// [SECTION] Disagreements
// ---------------------------------------------------------------------------------
std::string lower_trimmed(std::string_view s) {
    std::string out;
    for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

struct Group {
    std::string label;                  // how the value reads in the detail
    std::vector<std::size_t> mentions;  // indexes into corpus.mentions
};

// A claim's figures are compared with at most this many distinct groups of figures: a
// claim whose sources give more distinct figures than that is not told apart further
// (each further figure is its own group), so one claim of 100,000 differing figures
// costs 100,000 × 64 comparisons, not 100,000².
constexpr std::size_t kMaxComparedGroups = 64;

std::string join_sources(const Corpus& corpus, const std::vector<std::size_t>& mentions) {
    std::vector<std::string> ids;
    for (std::size_t i : mentions) {
        const std::string& s = corpus.mentions[i].source;
        if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
    }
    // Sentences name sources as the screen does (core/names.h), never by id.
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + source_name(corpus, id);
    return out;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// What a claim is about, for a reason line: its measure and subject when known.
std::string claim_words(const Corpus& corpus, const std::string& claim) {
    const Lookup* at = Lookup::current();
    const Claim* c = at ? at->index.claim(claim) : corpus.find_claim(claim);
    if (!c) return claim;
    if (c->kind == ClaimKind::Name && !c->subject.empty()) return "the name " + c->subject;
    std::string out = c->measure.empty() ? claim : "\u201C" + c->measure + "\u201D";
    if (!c->subject.empty() && c->subject != "the story") out += " (" + c->subject + ")";
    return out;
}

// "says" for one source, "say" for several.
std::string says(const Corpus& corpus, const std::vector<std::size_t>& mentions) {
    const std::string& first = corpus.mentions[mentions.front()].source;
    for (std::size_t i : mentions)
        if (corpus.mentions[i].source != first) return "say";
    return "says";
}

void add_disagreement(Corpus& corpus, FindingKind kind, const std::string& claim, const std::vector<Group>& groups,
                      const std::string& what) {
    if (groups.size() < 2) return;
    // A figure's disagreement is between sources: one article's two figures in one claim
    // (two figures of one sentence) are not. (Its qualifiers may differ: "around $6.8bn"
    // and later "$6.8bn" in one article is a nuance.)
    if (kind == FindingKind::Value) {
        const std::string& first = corpus.mentions[groups[0].mentions.front()].source;
        bool two = false;
        for (const Group& g : groups)
            for (std::size_t i : g.mentions) two |= corpus.mentions[i].source != first;
        if (!two) return;
    }
    Finding f;
    f.id = std::string(finding_kind_name(kind)) + ":" + claim;
    f.kind = kind;
    f.claim = claim;
    f.agrees = false;
    f.detail = what + " differs: ";
    f.severity = severity_of(kind, false);
    // The reason: what differs and who says what, the first two versions.
    f.reason = capitalised(what) + " differs for " + claim_words(corpus, claim) + ": " + join_sources(corpus, groups[0].mentions) +
               " " + says(corpus, groups[0].mentions) + " " + groups[0].label + ", " +
               join_sources(corpus, groups[1].mentions) + " " + says(corpus, groups[1].mentions) +
               " " + groups[1].label + (groups.size() > 2 ? " (and " + std::to_string(groups.size() - 2) + " more)" : "");
    for (std::size_t g = 0; g < groups.size(); ++g) {
        f.detail += (g ? "; " : "") + groups[g].label + " (" + join_sources(corpus, groups[g].mentions) + ")";
        for (std::size_t i : groups[g].mentions) {
            f.mentions.push_back(i);
            const std::string& s = corpus.mentions[i].source;
            if (std::find(f.sources.begin(), f.sources.end(), s) == f.sources.end()) f.sources.push_back(s);
        }
    }
    corpus.findings.push_back(std::move(f));
}

// A demonym's country, for a doer ("Japanese" / "Japan": one doer); any other text as it is.
std::string country_of_demonym(std::string lower) {
    if (is_demonym(lower))
        if (const std::string_view c = country_of_place(lower); !c.empty()) return std::string(c);
    return lower;
}

// Groups mentions by a text attribute; `exact` keeps case ("ByteDance" vs "Bytedance");
// `key`, when given, reads the lower-cased text as what it stands for.
std::vector<Group> group_by_text(const Corpus& corpus, const std::vector<std::size_t>& ms, std::string Mention::*field, bool exact,
                                 std::string (*key)(std::string) = nullptr) {
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> group_of;  // key -> index into groups
    for (std::size_t i : ms) {
        const std::string& v = corpus.mentions[i].*field;
        if (v.empty()) continue;
        const auto [it, added] = group_of.emplace(exact ? v : key ? key(lower_trimmed(v)) : lower_trimmed(v), groups.size());
        if (added) groups.push_back({"\u201C" + v + "\u201D", {i}});
        else groups[it->second].mentions.push_back(i);
    }
    return groups;
}

// The letters that German, the Scandinavian languages and their newsrooms write with two
// letters in plain ASCII ("Müller" / "Mueller", "Strauß" / "Strauss", "Ørsted" / "Oersted",
// "Ångström" / "Aangstroem"), spelt so; other bytes kept. fold_diacritics("Müller") is
// "Muller", which "Mueller" is not: the two transcriptions of one letter.
std::string transcribe_digraphs(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"\u00E4", "ae"}, {"\u00F6", "oe"}, {"\u00FC", "ue"}, {"\u00C4", "Ae"}, {"\u00D6", "Oe"}, {"\u00DC", "Ue"},
        {"\u00DF", "ss"}, {"\u00F8", "oe"}, {"\u00D8", "Oe"}, {"\u00E6", "ae"}, {"\u00C6", "Ae"}, {"\u00E5", "aa"},
        {"\u00C5", "Aa"}};
    std::string out;
    out.reserve(s.size() + 4);
    for (std::size_t i = 0; i < s.size();) {
        bool done = false;
        for (const auto& p : kPairs)
            if (s.compare(i, p.first.size(), p.first) == 0) {
                out += p.second;
                i += p.first.size();
                done = true;
                break;
            }
        if (!done) out += s[i++];
    }
    return out;
}

// Spellings of one name: what name_key() drops (diacritics, legal forms, titles, a
// dateline's capitals) is not a spelling difference, nor is a romanisation variant, nor
// an umlaut written out ("Müller" / "Mueller": transcribe_digraphs).
std::vector<Group> spelling_groups(const Corpus& corpus, const std::vector<std::size_t>& ms) {
    std::vector<Group> groups;
    std::vector<std::string> keys;
    std::vector<std::string> written;  // per group: name_key of its first spelling, umlauts written out
    std::vector<bool> plain;  // per group: its first spelling is in plain ASCII letters
    // A romanisation is written in plain Latin letters: a spelling with a diacritic
    // ("Wójciak" beside "Wójcik") is in its own alphabet, so a dropped vowel is a misspelling.
    auto ascii = [](const std::string& v) { return std::none_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }); };
    for (std::size_t i : ms) {
        const std::string& v = corpus.mentions[i].spelling;
        if (v.empty()) continue;
        const std::string key = name_key(v);
        const std::string written_out = name_key(transcribe_digraphs(v));
        auto same = [&](std::size_t g) {
            const std::string& k = keys[g];
            if (k == key || written[g] == written_out || (plain[g] && ascii(v) && romanisation_variant(k, key))) return true;
            // A demonym and its plural ("Paraguayan" / "Paraguayans").
            if (demonym_plural(k, key) || demonym_plural(key, k)) return true;
            // A dateline's capitals say nothing of the spelling.
            return same_but_capitals(k, key);
        };
        std::size_t g = 0;
        while (g < keys.size() && g < kMaxComparedGroups && !same(g)) ++g;
        if (g < keys.size() && g < kMaxComparedGroups) {
            groups[g].mentions.push_back(i);
        } else {
            keys.push_back(key);
            written.push_back(written_out);
            plain.push_back(ascii(v));
            groups.push_back({"\u201C" + v + "\u201D", {i}});
        }
    }
    return groups;
}

// Spellings one article writes both of are two names, not one misspelt ("Gazipur", the
// district, and "the Ghazipur landfill in Delhi" in one digest): of two such groups the
// smaller (the other name) is left out.
std::vector<Group> names_of_one(const Corpus& corpus, std::vector<Group> groups) {
    if (groups.size() < 2) return groups;
    std::vector<bool> out(groups.size(), false);
    for (std::size_t a = 0; a < groups.size(); ++a)
        for (std::size_t b = a + 1; b < groups.size(); ++b) {
            const bool shared = std::any_of(groups[a].mentions.begin(), groups[a].mentions.end(), [&](std::size_t i) {
                return std::any_of(groups[b].mentions.begin(), groups[b].mentions.end(),
                                   [&](std::size_t j) { return corpus.mentions[i].source == corpus.mentions[j].source; });
            });
            if (shared) out[groups[a].mentions.size() < groups[b].mentions.size() ? a : b] = true;
        }
    std::vector<Group> kept;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (!out[g]) kept.push_back(std::move(groups[g]));
    return kept;
}

// A misspelling is close to the name: spellings far from the one most sources use
// ("National Forestry Corporation" / "Conaf", a name and its short form) are other names
// of one body, and left out of the spelling finding.
std::vector<Group> close_spellings(std::vector<Group> groups) {
    if (groups.size() < 2) return groups;
    std::size_t ref = 0;
    for (std::size_t g = 1; g < groups.size(); ++g)
        if (groups[g].mentions.size() > groups[ref].mentions.size()) ref = g;
    // Compared by the words that name the entity (titles and legal forms left out).
    const auto key = [](const Group& g) {
        const std::string_view quoted = g.label.size() >= 6 ? std::string_view(g.label).substr(3, g.label.size() - 6) : std::string_view();
        return fold_diacritics(ascii_lower(name_key(quoted, false)));  // the label without its curly quotes
    };
    const std::string a = key(groups[ref]);
    std::vector<Group> kept;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string b = key(groups[g]);
        const std::size_t cap = std::max<std::size_t>(3, std::min(a.size(), b.size()) / 3);
        if (g == ref || edit_distance(a, b, cap + 1) <= cap) kept.push_back(std::move(groups[g]));
    }
    return kept;
}

// What happened, in a controlled vocabulary: hedges that do not change it are dropped, so
// paraphrases agree ("did not immediately respond" / "did not respond", "relative
// laggard" / "laggard", "does not typically disclose" / "does not disclose").
std::string stance_key(std::string_view stance) {
    static constexpr std::string_view kHedges[] = {"immediately", "typically", "usually", "relative", "relatively",
                                                   "currently", "still", "yet", "also", "publicly", "formally"};
    std::string out, w;
    const std::string lower = lower_trimmed(stance) + " ";
    for (char c : lower) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
            w += c;
            continue;
        }
        if (!w.empty() && std::find(std::begin(kHedges), std::end(kHedges), w) == std::end(kHedges)) out += (out.empty() ? "" : " ") + w;
        w.clear();
    }
    return out;
}

std::vector<Group> stance_groups(const Corpus& corpus, const std::vector<std::size_t>& ms) {
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> group_of;
    for (std::size_t i : ms) {
        const std::string& v = corpus.mentions[i].stance;
        if (v.empty()) continue;
        const auto [it, added] = group_of.emplace(stance_key(v), groups.size());
        if (added) groups.push_back({"\u201C" + v + "\u201D", {i}});
        else groups[it->second].mentions.push_back(i);
    }
    return groups;
}

// Two stated amounts agree when their rounding intervals overlap: "$20.6bn" (+-0.05bn)
// and "$20.64bn" (+-0.005bn) agree; "$12bn" and "$10.3bn" do not.
bool amounts_agree(double a, double a_round, double b, double b_round) {
    return std::fabs(a - b) <= a_round + b_round + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool satisfies(double value, const Quantity& stated, double stated_value, double stated_rounding);

// The currency a money claim is compared in: the claim's own, else its whole's (a share
// of money), else its first money mention's; "" when it is not money.
std::string claim_currency(const Corpus& corpus, const Lookup& at, const Claim& claim, const std::vector<std::size_t>& ms) {
    if (claim.value && claim.value->is_money()) return claim.value->unit;
    if (claim.value && !claim.value->of.empty())
        if (const Claim* whole = at.index.claim(claim.value->of); whole && whole->value && whole->value->is_money())
            return whole->value->unit;
    for (std::size_t i : ms)
        if (corpus.mentions[i].value && corpus.mentions[i].value->is_money()) return corpus.mentions[i].value->unit;
    return {};
}

// The sentence around bytes [start, end) of a text (at most 400 bytes either side).
std::string_view sentence_around(std::string_view text, std::size_t start, std::size_t end) {
    if (start > text.size()) return {};
    std::size_t a = start, b = std::min(end, text.size());
    const std::size_t far_a = start > 400 ? start - 400 : 0, far_b = std::min(text.size(), b + 400);
    while (a > far_a && text[a - 1] != '\n' && !(a >= 2 && (text[a - 2] == '.' || text[a - 2] == '?' || text[a - 2] == '!') && text[a - 1] == ' '))
        --a;
    while (b < far_b && text[b] != '\n' && !((text[b] == '.' || text[b] == '?' || text[b] == '!') && (b + 1 >= text.size() || text[b + 1] == ' ' || text[b + 1] == '\n')))
        ++b;
    return text.substr(a, b - a);
}

// The clause of a sentence that holds [start, end): cut at semicolons, colons, dashes and
// ", and" / ", but" / ", while" ("Roughly a quarter ... will be refixed by 2027, and the
// average rate fell to 4.4%": "fell" is the rate's, not the quarter's).
std::string_view clause_around(std::string_view text, std::string_view sentence, std::size_t start, std::size_t end) {
    const std::size_t base = static_cast<std::size_t>(sentence.data() - text.data());
    if (start < base || end > base + sentence.size()) return sentence;
    const std::size_t a = start - base, b = end - base;
    static constexpr std::string_view kBreaks[] = {";", ": ", " \u2014 ", " \u2013 ", " - ", ", and ", ", but ", ", while ", ", whereas "};
    std::size_t from = 0, to = sentence.size();
    for (std::string_view br : kBreaks) {
        for (std::size_t at = sentence.find(br); at != std::string_view::npos; at = sentence.find(br, at + 1)) {
            if (at + br.size() <= a) from = std::max(from, at + br.size());
            else if (at >= b) to = std::min(to, at);
        }
    }
    // A figure inside a relative clause is that clause's, to its closing comma: "Power
    // chips, which account for nearly half of Yuanfeng's revenue, grew fastest" ("grew" is
    // the chips', not the share's).
    for (std::string_view rel : {", which ", ", who ", ", whose "}) {
        const std::size_t w = sentence.substr(0, a).rfind(rel);
        if (w == std::string_view::npos || w < from) continue;
        const std::size_t close = sentence.find(", ", b);
        if (close == std::string_view::npos || close >= to) continue;
        from = w + 2, to = close;
        break;
    }
    return sentence.substr(from, to - from);
}

// The text of up to `n` words before `at`, within its line.
std::string_view words_before(std::string_view text, std::size_t at, int n) {
    std::size_t a = std::min(at, text.size());
    for (int words = 0; a > 0 && text[a - 1] != '\n';) {
        --a;
        if (text[a] == ' ' && ++words > n) break;
    }
    return text.substr(a, std::min(at, text.size()) - a);
}

// Whether lower-case `text` holds one of `words` as whole words.
template <std::size_t N>
bool any_word(std::string_view text, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
        for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
            const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
            const bool right = at + w.size() >= text.size() || !std::isalpha(static_cast<unsigned char>(text[at + w.size()]));
            if (left && right) return true;
        }
    return false;
}

// Whether the figure ending at `end` is a market price of one unit: an exchange rate ("per
// dollar", "to the euro") or a commodity's ("a barrel", "a tonne", "an ounce", "a litre",
// "a kilo"). Not "a share": an offer's price per share is fixed, and two of them disagree.
bool unit_price(std::string_view text, std::size_t end) {
    const std::string after = ascii_lower(text.substr(std::min(end, text.size()), 16));
    for (std::string_view w : {" per dollar", " per euro", " to the dollar", " to the euro", " a barrel",
                               " per barrel", " a tonne", " per tonne", " a ton", " an ounce", " per ounce", " a litre",
                               " per litre", " a kilo", " per kilo"})
        if (after.rfind(w, 0) == 0 && (after.size() == w.size() || !std::isalpha(static_cast<unsigned char>(after[w.size()]))))
            return true;
    return false;
}

// Words that say a figure changed, not only when it was counted.
bool change_words(std::string_view clause) {
    static constexpr std::string_view kWords[] = {"now", "revised", "raised", "raises", "lowered", "lowers", "reduced", "lifted",
                                                  "doubled", "halved", "cut", "trimmed", "up from", "down from", "rose", "risen",
                                                  "increased", "fell", "dropped", "updated"};
    const std::string lower = ascii_lower(clause);
    return any_word(lower, kWords);
}

// Words that make a figure a forecast, not a new count: "He expects the A321neo to form
// nearly two-thirds of the fleet by then", "will reach", "is forecast to".
bool forecast_words(std::string_view clause) {
    static constexpr std::string_view kWords[] = {"will", "would", "expects", "expected", "forecast", "forecasts", "projected",
                                                  "plans", "aims", "targets", "could", "may", "might"};
    const std::string lower = ascii_lower(clause);
    return any_word(lower, kWords);
}

// Words that say a figure is a new one for something that changes ("the death toll rose
// to 46", "now stands at", "the latest count", "updated figures").
bool update_words(std::string_view sentence) {
    static constexpr std::string_view kWords[] = {"rose", "risen", "climbed", "increased", "grew", "jumped", "reached",
                                                  "now", "latest", "updated", "revised", "fell", "dropped", "declined",
                                                  "so far", "has since", "as of", "by then", "has grown", "had grown",
                                                  "closed at", "ended at", "stood at", "stands at", "new figures",
                                                  "rises", "raised", "raises", "lowered", "lowers", "reduced", "lifted",
                                                  "doubled", "up from", "down from", "cut", "trimmed", "halved",
                                                  "final figures", "final figure", "final count", "final tally",
                                                  "final results", "final toll", "latest tally", "latest count"};
    const std::string lower = ascii_lower(sentence);
    if (any_word(lower, kWords)) return true;
    // A market's value at a day's close ("At Tuesday's close, the company was valued at"):
    // of that day.
    if (lower.find("'s close") != std::string::npos || lower.find("\u2019s close") != std::string::npos ||
        lower.find("at the close") != std::string::npos)
        return true;
    // A count up to a day: "by Wednesday", "as of Monday evening", "by late Tuesday".
    for (std::string_view lead : {"by ", "as of "}) {
        for (std::size_t at = lower.find(lead); at != std::string::npos; at = lower.find(lead, at + 1)) {
            if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
            std::size_t i = at + lead.size();
            for (int word = 0; word < 2 && i < lower.size(); ++word) {
                std::size_t j = i;
                while (j < lower.size() && std::isalpha(static_cast<unsigned char>(lower[j]))) ++j;
                const std::string_view w = std::string_view(lower).substr(i, j - i);
                if (lexicon::weekday_number(w) >= 0 || w == "today" || w == "tonight") return true;
                if (w != "late" && w != "early") break;
                i = j + 1;
            }
        }
    }
    return false;
}

// Does the figure that ends at `end` say the period it is for, right after it, one that
// was over before `before` (a day number): "3.3% in September" in November, "412 million
// pounds for 2024"? Such a figure is of a closed period: a later article's other figure
// for it is no update, unless its sentence says it was revised.
bool of_closed_period(std::string_view text, std::size_t end, const std::optional<Date>& anchor, long before) {
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t words_from = std::string_view::npos;
    for (std::string_view lead : {"in ", "for ", "during "})
        if (text.substr(i, lead.size()) == lead) words_from = i + lead.size();
    if (words_from == std::string_view::npos) return false;
    // Up to three words, to a clause break.
    std::size_t j = words_from;
    for (int w = 0; w < 3 && j < text.size(); ++w) {
        std::size_t k = j;
        while (k < text.size() && (std::isalnum(static_cast<unsigned char>(text[k])) || text[k] == '-')) ++k;
        if (k == j) break;
        j = k;
        if (j < text.size() && text[j] == ' ' && w < 2) ++j;
        else break;
    }
    const std::string_view words = trim(text.substr(words_from, j - words_from));
    for (std::size_t n = words.size(); n > 0;) {
        const DateResolution r = resolve_date_expression(words.substr(0, n), anchor);
        if (r.ok) return r.date.precision != Precision::Day && r.date.last_day() < before;
        const std::size_t sp = words.substr(0, n).rfind(' ');
        if (sp == std::string_view::npos) break;
        n = sp;
    }
    return false;
}

// The period a figure is said for, in the rest of its clause (to a comma, semicolon,
// parenthesis or the sentence's end, at most 48 bytes): "42 deaths last year", "14 deaths
// in 2026", "down 9% on the week", "6.4% in Johannesburg on Tuesday". A key: the resolved
// year, month or day ("y2025", "d2026-05-12"), or the words of a period that is no date
// ("the week"); "" when the clause says none.
std::string period_after(std::string_view text, std::size_t end, const std::optional<Date>& anchor) {
    std::size_t stop = end;
    while (stop < text.size() && stop - end < 48 && std::string_view(",;()\n").find(text[stop]) == std::string_view::npos &&
           !(text[stop] == '.' && (stop + 1 >= text.size() || text[stop + 1] == ' ' || text[stop + 1] == '\n')))
        ++stop;
    const std::string clause = ascii_lower(text.substr(end, stop - end));
    std::vector<std::string> ws;
    for (std::size_t i = 0; i < clause.size();) {
        if (!std::isalnum(static_cast<unsigned char>(clause[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < clause.size() && std::isalnum(static_cast<unsigned char>(clause[j]))) ++j;
        ws.push_back(clause.substr(i, j - i));
        i = j;
    }
    auto key_of = [&](std::string_view words) -> std::string {
        const DateResolution r = resolve_date_expression(words, anchor);
        if (!r.ok) return {};
        const Date& d = r.date;
        return d.precision == Precision::Year ? "y" + std::to_string(d.year) : "d" + d.iso();
    };
    for (std::size_t k = 0; k < ws.size(); ++k) {
        const std::string& w = ws[k];
        if (w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) && std::all_of(w.begin(), w.end(), ::isdigit)) return "y" + w;
        if ((w == "last" || w == "this" || w == "next") && k + 1 < ws.size()) {
            if (ws[k + 1] == "year" || ws[k + 1] == "month") {
                if (std::string key = key_of(w + " " + ws[k + 1]); !key.empty()) return key;
            }
            if (ws[k + 1] == "week" || ws[k + 1] == "quarter") return w + " " + ws[k + 1];
        }
        if (w == "on" && k + 2 < ws.size() && ws[k + 1] == "the" && (ws[k + 2] == "week" || ws[k + 2] == "day" || ws[k + 2] == "month" || ws[k + 2] == "year"))
            return "the " + ws[k + 2];
        if (lexicon::weekday_number(w) >= 0 || w == "yesterday" || w == "today" || lexicon::month_number(w) > 0)
            if (std::string key = key_of(w); !key.empty()) return key;
    }
    return {};
}

// What befell the people a count counts, from the words of its clause: "dead" (killed, died,
// deaths), "missing" (unaccounted for), "injured", "displaced" (evacuated, homeless),
// "rescued", "held" (arrested, detained); "" for none or several.
std::string fate_words(std::string_view clause) {
    struct Fate {
        std::string_view stem, fate;
    };
    static constexpr Fate kFates[] = {
        {"kill", "dead"},        {"dead", "dead"},         {"died", "dead"},        {"death", "dead"},       {"die ", "dead"},
        {"missing", "missing"},  {"unaccounted", "missing"}, {"injur", "injured"}, {"hurt", "injured"},   {"wounded", "injured"},
        {"evacuat", "displaced"}, {"displaced", "displaced"}, {"homeless", "displaced"}, {"rescued", "rescued"},
        {"arrest", "held"},      {"detain", "held"},
    };
    const std::string lower = ascii_lower(clause);
    std::string found;
    for (const Fate& f : kFates)
        if (lower.find(f.stem) != std::string::npos) {
            if (!found.empty() && found != f.fate) return {};
            found = std::string(f.fate);
        }
    return found;
}

// A figure that changed over time is an update, not a disagreement: when every version
// comes from sources dated after every source of the version before it, and each later
// version's sentence says so (update_words) or its source also gives the earlier figure.
// Adds the update ("rose from 14 (a, 2026-02-01) to 46 (d, 2026-02-08)") and returns true.
bool add_update(Corpus& corpus, const Lookup& at, const std::string& claim, const std::vector<Group>& groups) {
    if (groups.size() < 2 || groups.size() > 8) return false;
    struct Span {
        Date first, last;
        const Group* g;
    };
    std::vector<Span> spans;
    // A later article that gives the old figure beside its new one ("rose to C$1.41bn, up
    // from C$1.34bn") dates the new one: it is left out of the old version's span when that
    // version has other sources, and is what "its article also gives the earlier figure" is.
    auto latest_of = [&](const Group& g) {
        long hi = LONG_MIN;
        for (std::size_t i : g.mentions) {
            const Source* src = at.index.source(corpus.mentions[i].source);
            if (src && src->published) hi = std::max(hi, src->published->first_day());
        }
        return hi;
    };
    for (const Group& g : groups) {
        std::optional<Date> lo, hi;
        std::optional<Date> lo_all, hi_all;
        for (std::size_t i : g.mentions) {
            const Source* src = at.index.source(corpus.mentions[i].source);
            const std::optional<Date> d = src ? src->published : std::nullopt;
            if (!d || d->precision != Precision::Day) return false;
            if (!lo_all || d->first_day() < lo_all->first_day()) lo_all = d;
            if (!hi_all || hi_all->first_day() < d->first_day()) hi_all = d;
            bool in_later = false;
            for (const Group& o : groups)
                if (&o != &g && latest_of(o) > d->first_day() - 1)
                    for (std::size_t j : o.mentions) in_later |= corpus.mentions[j].source == corpus.mentions[i].source && latest_of(o) >= latest_of(g);
            if (in_later) continue;
            if (!lo || d->first_day() < lo->first_day()) lo = d;
            if (!hi || hi->first_day() < d->first_day()) hi = d;
        }
        if (!lo) lo = lo_all, hi = hi_all;
        spans.push_back({*lo, *hi, &g});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.first.first_day() < b.first.first_day(); });
    for (std::size_t k = 1; k < spans.size(); ++k) {
        if (!(spans[k - 1].last.first_day() < spans[k].first.first_day())) return false;
        bool said = false;
        std::unordered_map<std::string_view, bool> earlier;
        for (std::size_t j : spans[k - 1].g->mentions) earlier.emplace(corpus.mentions[j].source, true);
        std::size_t looked = 0;
        bool closed = false;
        for (std::size_t i : spans[k].g->mentions) {
            const Mention& m = corpus.mentions[i];
            if (earlier.count(m.source)) said = true;
            if (said || ++looked > kMaxComparedGroups) break;
            const Source* s = at.index.source(m.source);
            if (!s) continue;
            const std::string_view sentence = sentence_around(s->text, m.quote.start, m.quote.end);
            const std::string_view clause = clause_around(s->text, sentence, m.quote.start, m.quote.end);
            // A forecast ("expects ... nearly two-thirds of the fleet by then") is an update
            // only when it says that it changed ("will now borrow", "raised its forecast").
            if (update_words(clause) && (!forecast_words(words_before(s->text, m.quote.start, 6)) || change_words(clause))) said = true;
            // A rate or a commodity's price ("1,465 pesos per dollar", "$97 a tonne") is of its
            // own day: a later article's other one is a new price.
            if (unit_price(s->text, m.quote.end)) said = true;
            closed |= of_closed_period(s->text, m.quote.end, s->published, spans[0].first.first_day()) &&
                      !contains_ci(sentence, "revised");
        }
        if (!said || closed) return false;
    }
    Finding f;
    f.id = "update:" + claim;
    f.kind = FindingKind::Update;
    f.claim = claim;
    f.agrees = true;
    f.severity = severity_of(FindingKind::Update, true);
    std::string steps;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        steps += (k == 0 ? "from " : " to ") + spans[k].g->label + " (" + join_sources(corpus, spans[k].g->mentions) + ", " +
                 spans[k].first.iso() + ")";
        for (std::size_t i : spans[k].g->mentions) {
            f.mentions.push_back(i);
            const std::string& src = corpus.mentions[i].source;
            if (std::find(f.sources.begin(), f.sources.end(), src) == f.sources.end()) f.sources.push_back(src);
        }
    }
    f.detail = "the figure was updated: " + steps;
    f.reason = "An update, not a disagreement: " + claim_words(corpus, claim) + " changed " + steps;
    corpus.findings.push_back(std::move(f));
    return true;
}

// "about 62,000 ounces" and "62,000 ounces", "three weeks" and "about three weeks": one
// figure, written with and without "about" (a headline drops it, a rewrite adds it). Only
// "about" against no qualifier; "over" or "up to" against none is a nuance.
bool about_or_none_only(const Corpus& corpus, const std::vector<Group>& qualifiers) {
    if (qualifiers.size() != 2) return false;
    for (const Group& g : qualifiers) {
        const Qualifier q = corpus.mentions[g.mentions.front()].value->qualifier;
        if (q != Qualifier::About && q != Qualifier::Exactly) return false;
    }
    return true;
}

// "at least 562 flights" and "more than 560 flights", "up to 40" and "under 40": bounds
// on one side, in other words. Whether their figures agree is the value's question.
bool bounds_one_way(const Corpus& corpus, const std::vector<Group>& qualifiers) {
    if (qualifiers.size() < 2) return false;
    int lower = 0, upper = 0;
    for (const Group& g : qualifiers) {
        const Qualifier q = corpus.mentions[g.mentions.front()].value->qualifier;
        if (q == Qualifier::Over || q == Qualifier::AtLeast) ++lower;
        else if (q == Qualifier::UpTo || q == Qualifier::Under) ++upper;
        else return false;
    }
    return lower == 0 || upper == 0;
}

struct Valued {
    std::size_t mention;
    double value;
    double rounding;
    std::string label;
    const Quantity* q;
};

// "more than 300 flights" and "320 flights", "at least 20 people" and "23 people": a
// bound and figures that lie beyond it, one count told precisely and roughly, not a
// nuance. Only bounds ("over", "at least", "up to", "under") against unqualified figures,
// each of those within every bound and none equal to one ("more than 300" / "300" is).
bool precise_within_bound(const std::vector<Valued>& vals) {
    bool any_bound = false, any_exact = false;
    for (const Valued& b : vals) {
        const Qualifier q = b.q->qualifier;
        if (q == Qualifier::About) return false;
        if (q == Qualifier::Exactly) {
            any_exact = true;
            continue;
        }
        any_bound = true;
        for (const Valued& e : vals) {
            if (e.q->qualifier != Qualifier::Exactly) continue;
            if (!satisfies(e.value, *b.q, b.value, b.rounding) || amounts_agree(e.value, e.rounding, b.value, b.rounding))
                return false;
        }
    }
    return any_bound && any_exact;
}

// "About 42,600 houses" and "more than 42,000 houses", "4.2%" and "more than 4%": one
// figure could make every statement true, so the qualifiers say it with other words, not
// something else. They contradict only when no figure lies within all of them ("more than
// 40%" / "nearly 40%", "more than a quarter" / "nearly half"). "About" is within a tenth;
// "more than" and "at least" a figure is within a quarter above it, "nearly" and "under"
// within a fifth below ("up to" is a maximum only); a bound's own figure is outside it for
// "over" and "under", inside for "at least" and "up to".
bool qualifiers_hold_together(const std::vector<Valued>& vals) {
    // A figure as stated against a bound on that very figure ("$12bn" / "over $12bn", "$7bn"
    // / "up to $7bn"): a nuance, shown as one (the curated story's qualifier findings).
    // (Sorted, so a story of 100,000 figures is not compared pair by pair.)
    std::vector<double> exact, bounds;
    for (const Valued& v : vals) {
        if (v.q->qualifier == Qualifier::Exactly) exact.push_back(v.value);
        else if (v.q->qualifier != Qualifier::About) bounds.push_back(v.value);
    }
    std::sort(exact.begin(), exact.end());
    for (double b : bounds) {
        const auto it = std::lower_bound(exact.begin(), exact.end(), b - 1e-9 * std::fabs(b));
        if (it != exact.end() && std::fabs(*it - b) <= 1e-9 * std::fabs(b)) return false;
    }
    double lo = -HUGE_VAL, hi = HUGE_VAL;
    bool lo_open = false, hi_open = false;
    for (const Valued& v : vals) {
        double a = v.value - v.rounding, b = v.value + v.rounding;
        bool a_open = false, b_open = false;
        switch (v.q->qualifier) {
            case Qualifier::Exactly: break;
            case Qualifier::About: a = v.value - std::max(0.1 * std::fabs(v.value), v.rounding), b = v.value + std::max(0.1 * std::fabs(v.value), v.rounding); break;
            case Qualifier::Over: a = v.value, a_open = true, b = 1.25 * v.value + v.rounding; break;
            case Qualifier::AtLeast: a = v.value, b = 1.25 * v.value + v.rounding; break;
            case Qualifier::Under: a = 0.8 * v.value - v.rounding, b = v.value, b_open = true; break;
            case Qualifier::UpTo: a = -HUGE_VAL, b = v.value; break;
        }
        if (a > lo || (a == lo && a_open)) lo = a, lo_open = a_open;
        if (b < hi || (b == hi && b_open)) hi = b, hi_open = b_open;
    }
    return lo < hi || (lo == hi && !lo_open && !hi_open);
}

void value_disagreements(Corpus& corpus, const Lookup& at, const Claim& claim, const std::vector<std::size_t>& ms) {
    // Two stated figures are the same claim's figure when one satisfies the other's
    // qualifier ("over $20bn" and "$20.64bn") or their rounding intervals overlap.
    // Shares with a qualifier ("about 60%", "roughly two-thirds") agree within five
    // percentage points (or 10% of the share, if less): "around 60%" is not two-thirds.
    auto compatible = [](const auto& a, double b_value, double b_rounding, const Quantity* b_q) {
        const bool share = (a.q->unit == "percent" || a.q->unit == "fraction") && (b_q->unit == "percent" || b_q->unit == "fraction");
        if (share && !a.q->is_range() && !b_q->is_range() && a.value > 1.5 && b_value > 1.5) {
            if (amounts_agree(a.value, a.rounding, b_value, b_rounding)) return true;
            if (a.q->qualifier == Qualifier::Exactly && b_q->qualifier == Qualifier::Exactly) return false;
            // A bound and a figure, or two bounds: one share within them all ("more than a
            // quarter" / "nearly half" is none).
            if (a.q->qualifier != Qualifier::About && b_q->qualifier != Qualifier::About)
                return qualifiers_hold_together({{a.mention, a.value, a.rounding, a.label, a.q}, {0, b_value, b_rounding, {}, b_q}});
            const double v = std::max(a.value, b_value);
            return std::fabs(a.value - b_value) <= std::max({a.rounding + b_rounding, std::min(0.1 * v, 5.0)});
        }
        // Two bounds of one side are two figures: "up to €8 million" and "up to €12m" give
        // different maxima, though 8 is within "up to 12".
        auto side = [](Qualifier q) {
            return q == Qualifier::UpTo || q == Qualifier::Under ? 1 : q == Qualifier::Over || q == Qualifier::AtLeast ? 2 : 0;
        };
        // Bounds of one side within a tenth of each other ("at least 562" / "more than 560",
        // "more than CNY 150bn" / "over $20bn" at the stated rate) agree.
        if (side(a.q->qualifier) != 0 && side(a.q->qualifier) == side(b_q->qualifier))
            return amounts_agree(a.value, a.rounding, b_value, b_rounding) ||
                   std::fabs(a.value - b_value) <= 0.1 * std::max(std::fabs(a.value), std::fabs(b_value));
        if (amounts_agree(a.value, a.rounding, b_value, b_rounding)) return true;
        // A bound against a figure, a rough figure or a bound of the other side: one figure
        // within them all ("more than 300 flights" / "320", not "more than 40" / "nearly 40"
        // or "more than a quarter" / "about half").
        if (!(a.q->qualifier == Qualifier::About && b_q->qualifier == Qualifier::About) &&
            (a.q->qualifier != Qualifier::Exactly || b_q->qualifier != Qualifier::Exactly))
            return qualifiers_hold_together({{a.mention, a.value, a.rounding, a.label, a.q}, {0, b_value, b_rounding, {}, b_q}});
        return (a.q->qualifier != Qualifier::Exactly && satisfies(b_value, *a.q, a.value, a.rounding)) ||
               (b_q->qualifier != Qualifier::Exactly && satisfies(a.value, *b_q, b_value, b_rounding));
    };
    std::vector<Valued> vals;
    bool any_percent = false, any_fraction = false;
    for (std::size_t i : ms)
        if (const auto& v = corpus.mentions[i].value) any_percent |= v->unit == "percent", any_fraction |= v->unit == "fraction" && v->of.empty();
    const bool shares_mixed = any_percent && any_fraction;
    // Money is compared in the currency the claim was given in; a figure in another
    // currency only at a rate a source states (and the label shows that rate). A share
    // of a money figure ("about half of that") is compared as money.
    const std::string cur = claim_currency(corpus, at, claim, ms);
    const bool money_claim = !cur.empty() && (claim.kind == ClaimKind::Money || (claim.value && at.money_value(*claim.value, cur)));
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        if (!m.value) continue;
        const Quantity& q = *m.value;
        if (money_claim) {
            std::string working;
            auto value = at.money_value(q, cur, &working);
            if (!value) continue;
            double rounding = 0;
            if (q.is_money()) rounding = at.convert(q.rounding(), q.unit, cur).value_or(0);
            else if (const Claim* whole = at.index.claim(q.of); whole && whole->value)
                rounding = at.convert(whole->value->rounding(), whole->value->unit, cur).value_or(0);
            std::string label = q.display();
            if (q.is_money() && q.unit != cur) {
                label += " \u2248 " + format_money(*value, cur);
                if (const Rate* r = at.rate(q.unit, cur))
                    label += " at " + r->rate_text + " " + (r->base == cur ? q.unit + " per " + cur : cur + " per " + q.unit) +
                             " (rate stated in " + r->source + ")";
            }
            vals.push_back({i, *value, rounding, label, &q});
        } else {
            // A share written as a fraction and as a percent is one kind: compared in percent.
            const double scale = q.unit == "fraction" && shares_mixed ? 100.0 : 1.0;
            vals.push_back({i, q.mid() * scale, q.rounding() * scale, q.display(), &q});
        }
    }
    // Cluster: each value joins the first group it agrees with (among the first
    // kMaxComparedGroups).
    std::vector<Group> groups;
    std::vector<const Valued*> centres;
    for (const Valued& v : vals) {
        bool placed = false;
        for (std::size_t g = 0; g < groups.size() && g < kMaxComparedGroups; ++g) {
            if (compatible(v, centres[g]->value, centres[g]->rounding, centres[g]->q)) {
                groups[g].mentions.push_back(v.mention);
                placed = true;
                break;
            }
        }
        if (!placed) {
            groups.push_back({v.label, {v.mention}});
            centres.push_back(&v);
        }
    }
    // Figures each said for a period, no period in two groups: figures of different
    // periods ("42 deaths last year" / "14 deaths in 2026", "down 9% on the week" / "6.4% on
    // Tuesday"), not one figure told two ways.
    bool periods_apart = groups.size() >= 2;
    {
        std::map<std::string, std::size_t> group_of_period;
        for (std::size_t g = 0; g < groups.size() && periods_apart; ++g)
            for (std::size_t i : groups[g].mentions) {
                const Mention& m = corpus.mentions[i];
                const Source* src = at.index.source(m.source);
                const std::string key = src ? period_after(src->text, m.quote.end, src->published) : std::string();
                const auto [it, added] = group_of_period.emplace(key, g);
                if (key.empty() || (!added && it->second != g)) {
                    periods_apart = false;
                    break;
                }
            }
    }
    // Counts of people of different fates in each group: the dead, the missing, the injured,
    // the evacuated ("killed at least 13 people" / "31 people are still missing"), each a
    // figure of its own, not one figure told two ways.
    if (!periods_apart && groups.size() >= 2 && claim.kind == ClaimKind::Count) {
        std::vector<std::string> fate_of(groups.size());
        bool each = true;
        for (std::size_t g = 0; g < groups.size() && each; ++g)
            for (std::size_t i : groups[g].mentions) {
                const Mention& m = corpus.mentions[i];
                const Source* src = at.index.source(m.source);
                const std::string f = src ? fate_words(clause_around(src->text, sentence_around(src->text, m.quote.start, m.quote.end),
                                                                     m.quote.start, m.quote.end))
                                          : std::string();
                if (f.empty() || (!fate_of[g].empty() && fate_of[g] != f)) {
                    each = false;
                    break;
                }
                fate_of[g] = f;
            }
        bool differ = each;
        for (std::size_t a = 0; a < groups.size() && differ; ++a)
            for (std::size_t b = a + 1; b < groups.size() && differ; ++b) differ = fate_of[a] != fate_of[b];
        periods_apart = differ;
    }
    if (!periods_apart && !add_update(corpus, at, claim.id, groups))
        add_disagreement(corpus, FindingKind::Value, claim.id, groups, "the figure");
    // Figures that differ are told as figures (or an update, or figures of different
    // periods), not again as their qualifiers.
    if (groups.size() >= 2) return;

    std::vector<Group> qualifiers;
    for (const Valued& v : vals) {
        const Qualifier q = corpus.mentions[v.mention].value->qualifier;
        const std::string label = q == Qualifier::Exactly ? "no qualifier" : std::string(qualifier_words(q)).substr(0, qualifier_words(q).size() - 1);
        auto it = std::find_if(qualifiers.begin(), qualifiers.end(), [&](const Group& g) { return g.label == "\u201C" + label + "\u201D"; });
        if (it == qualifiers.end()) qualifiers.push_back({"\u201C" + label + "\u201D", {v.mention}});
        else it->mentions.push_back(v.mention);
    }
    // "about 40%" and "41.3%" is rounding, not a nuance: only "about" and no qualifier, and
    // every unqualified figure stated more precisely than every "about" one.
    bool rounding_only = qualifiers.size() == 2;
    int about_decimals = -1, exact_decimals = 1 << 20;
    for (const Valued& v : vals) {
        const Quantity& q = *corpus.mentions[v.mention].value;
        if (q.qualifier == Qualifier::About) about_decimals = std::max(about_decimals, q.decimals);
        else if (q.qualifier == Qualifier::Exactly) exact_decimals = std::min(exact_decimals, q.decimals);
        else rounding_only = false;
    }
    if (rounding_only && about_decimals >= 0 && exact_decimals > about_decimals) return;
    if (about_or_none_only(corpus, qualifiers)) return;
    if (bounds_one_way(corpus, qualifiers)) return;
    if (qualifiers.size() == 2 && precise_within_bound(vals)) return;
    // Ways of putting one figure that one figure makes true, each in the claim's own unit (a
    // bound converted at a stated rate is only roughly that figure: "about half" / "half" /
    // "over $10bn" of a budget in yuan are shown as a nuance).
    if (std::none_of(vals.begin(), vals.end(), [&](const Valued& v) { return v.label.find("\u2248") != std::string::npos; }) &&
        qualifiers_hold_together(vals))
        return;
    // Qualifiers differ between articles, not between two places of one ("up to 60
    // kilometres" and "60 km" in one digest; a headline's "17 workers" over its own "at least
    // 17 workers"): some two groups each hold a source the other does not.
    bool across = false;
    for (std::size_t a = 0; a < qualifiers.size() && !across; ++a)
        for (std::size_t b = a + 1; b < qualifiers.size() && !across; ++b) {
            auto only_in = [&](const Group& x, const Group& y) {
                return std::any_of(x.mentions.begin(), x.mentions.end(), [&](std::size_t i) {
                    return std::none_of(y.mentions.begin(), y.mentions.end(),
                                        [&](std::size_t j) { return corpus.mentions[i].source == corpus.mentions[j].source; });
                });
            };
            across = only_in(qualifiers[a], qualifiers[b]) && only_in(qualifiers[b], qualifiers[a]);
        }
    if (!across) return;
    add_disagreement(corpus, FindingKind::Qualifier, claim.id, qualifiers, "the qualifier");
}

// The year, or the day when every mention gives a day (or the month when every one gives
// a month): "late yesterday" in an article dated a day later than the one it copied names
// another day; "on Tuesday" and "10 February" that resolve to one day agree.
// A date claim's mentions without those that date the present of a later article: where
// some mention gives only a year ("last year's drought", "since 2019"), a day or month
// within 35 days of its own article's date, in an article dated more than a week after
// another mention's ("the dam stood at 38% on Monday", "calm weather in March"), tells
// how things stand now, not when the thing happened. Likewise a day that is its own
// article's day, in an article dated after another mention's: each tells of its own day
// ("agreed on Monday" in Monday's report, "closed at SEK 110 on Wednesday" in Wednesday's).
// Whether a date's words name a weekday ("on Tuesday", "last Monday", "Tuesday evening").
bool names_weekday(std::string_view words) {
    const std::string lower = ascii_lower(words);
    for (std::size_t i = 0; i < lower.size();) {
        while (i < lower.size() && !std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
        std::size_t j = i;
        while (j < lower.size() && std::isalpha(static_cast<unsigned char>(lower[j]))) ++j;
        if (j > i && lexicon::weekday_number(std::string_view(lower).substr(i, j - i)) >= 0) return true;
        i = j;
    }
    return false;
}

std::vector<std::size_t> without_present_of_later(const Corpus& corpus, const std::vector<std::size_t>& ms, bool copied) {
    bool year_only = false;
    long earliest = LONG_MAX;
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        if (!m.period_resolved.ok) continue;
        if (m.period_resolved.date.precision == Precision::Year) year_only = true;
        if (const auto d = source_date(corpus, m.source)) earliest = std::min(earliest, d->first_day());
    }
    std::vector<std::size_t> out;
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        const auto d = source_date(corpus, m.source);
        const Precision p = m.period_resolved.date.precision;
        if (year_only && m.period_resolved.ok && d && (p == Precision::Day || p == Precision::Month) && d->first_day() > earliest + 7 &&
            std::labs(d->first_day() - m.period_resolved.date.first_day()) <= 35)
            continue;
        // (Not where the words were copied from an older article: its "today" is the copy's.)
        if (!copied && m.period_resolved.ok && d && p == Precision::Day && d->first_day() > earliest &&
            m.period_resolved.date.first_day() == d->first_day())
            continue;
        // A day of the week before its own article's day, in an article a week or more
        // after another ("the monitor read 58 micrograms on Tuesday" in a paper of Thursday
        // two weeks on): that article's present, not the earlier one's day.
        if (m.period_resolved.ok && d && p == Precision::Day && d->first_day() >= earliest + 7 &&
            d->first_day() - m.period_resolved.date.first_day() >= 0 && d->first_day() - m.period_resolved.date.first_day() < 7 &&
            names_weekday(m.period))
            continue;
        out.push_back(i);
    }
    return out;
}

// What a date is to its statement, from its first word: the start of a period ("since
// 2019": how long something has lasted), a day something must happen by ("until 30
// September", "by 15 May": a deadline, not the day it happened) or when it happened ("on
// Sunday", "in 2024", "by October 2027"). They do not contradict one another. ("From" is
// no role of its own: "from May" is when work begins; "by" a month or a year is when.)
enum class DateRole { When, Since, Deadline };
DateRole date_role(const Corpus& corpus, const Mention& m) {
    const std::string_view period = m.period;
    const std::size_t end = std::min(period.size(), period.find(' '));
    const std::string first = ascii_lower(period.substr(0, end));
    if (first == "since") return DateRole::Since;
    // "Until" ends a period ("extended until December"), unless a "not" before it makes it
    // when ("will not be in place until October 2028"); "by" or "before" a day is a
    // deadline, "by" a month or a year may be when it is done.
    if (first == "until" || first == "till") {
        const Lookup* at = Lookup::current();
        const Source* s = at ? at->index.source(m.source) : corpus.find_source(m.source);
        if (!s || m.quote.end > s->text.size() || m.quote.start > m.quote.end) return DateRole::Deadline;
        const std::size_t from = m.quote.start > 40 ? m.quote.start - 40 : 0;
        const std::string before = " " + ascii_lower(std::string_view(s->text).substr(from, m.quote.end - from)) + " ";
        const bool negated = before.find(" not ") != std::string::npos || before.find("n't ") != std::string::npos ||
                             before.find(" never ") != std::string::npos;
        return negated ? DateRole::When : DateRole::Deadline;
    }
    if ((first == "by" || first == "before") && m.period_resolved.ok && m.period_resolved.date.precision == Precision::Day)
        return DateRole::Deadline;
    return DateRole::When;
}

// Of a date claim's mentions, those of the role most of them have (when a tie, the dates
// of when it happened): "on Sunday" and "since 2019" tell two things, as do "by 15 May"
// and "on 12 May".
std::vector<std::size_t> of_one_role(const Corpus& corpus, const std::vector<std::size_t>& ms) {
    std::array<std::size_t, 3> count{};
    std::vector<int> roles;  // each mention's, read once (a role may look at its source's text)
    roles.reserve(ms.size());
    for (std::size_t i : ms) ++count[static_cast<std::size_t>(roles.emplace_back(static_cast<int>(date_role(corpus, corpus.mentions[i]))))];
    int role = 0;
    for (int r = 1; r < 3; ++r)
        if (count[static_cast<std::size_t>(r)] > count[static_cast<std::size_t>(role)]) role = r;
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < ms.size(); ++k)
        if (roles[k] == role) out.push_back(ms[k]);
    return out;
}

void year_disagreements(Corpus& corpus, const Claim& claim, const std::vector<std::size_t>& all) {
    const std::vector<std::size_t> ms = without_present_of_later(corpus, of_one_role(corpus, all), claim.measure == kCopiedDateMeasure);
    Precision finest = Precision::Day;
    bool any = false;
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        if (!m.period_resolved.ok) continue;
        any = true;
        const Precision p = m.period_resolved.date.precision;
        const Precision as = p == Precision::Day ? Precision::Day : p == Precision::Month ? Precision::Month : Precision::Year;
        if (as < finest) finest = as;
    }
    if (!any) return;
    // A month (or day) whose year the words leave out was given the nearest one by
    // assumption: where another mention writes that month with its year ("from January" /
    // "from 1 January 2027"), it is that one's, not a disagreement about the year.
    auto writes_year = [](std::string_view words) {
        for (std::size_t k = 0; k + 4 <= words.size(); ++k)
            if ((words.substr(k, 2) == "19" || words.substr(k, 2) == "20") && std::isdigit(static_cast<unsigned char>(words[k + 2])) &&
                std::isdigit(static_cast<unsigned char>(words[k + 3])))
                return true;
        return contains_ci(words, "year");
    };
    std::unordered_map<std::size_t, Date> read_as;
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        const Precision p = m.period_resolved.date.precision;
        if (!m.period_resolved.ok || (p != Precision::Month && p != Precision::Day) || writes_year(m.period)) continue;
        const Date& d = m.period_resolved.date;
        for (std::size_t j : ms) {
            const Mention& o = corpus.mentions[j];
            if (j == i || !o.period_resolved.ok || !writes_year(o.period)) continue;
            const Date& e = o.period_resolved.date;
            if (e.month != d.month || e.year == d.year || (d.precision == Precision::Day && (e.precision != Precision::Day || e.day != d.day)))
                continue;
            Date moved = d;
            moved.year = e.year;
            read_as[i] = moved;
            break;
        }
    }
    // A weekday in a sentence that does not say its tense ("Allotment on Monday; listing on
    // 25 November") was read as the last one: where another mention's date is the coming
    // one ("Shares will be credited on Monday"), it may be that, and is read so.
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        if (!m.period_resolved.ok || m.period_resolved.date.precision != Precision::Day || read_as.count(i) || !names_weekday(m.period) ||
            std::any_of(m.period.begin(), m.period.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        const DateResolution coming = resolve_date_expression("next " + m.period, source_date(corpus, m.source));
        if (!coming.ok || coming.date.first_day() == m.period_resolved.date.first_day()) continue;
        for (std::size_t j : ms)
            if (j != i && corpus.mentions[j].period_resolved.ok && corpus.mentions[j].period_resolved.date.precision == Precision::Day &&
                corpus.mentions[j].period_resolved.date.first_day() == coming.date.first_day()) {
                read_as[i] = coming.date;
                break;
            }
    }
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> group_of;  // year, month or day -> index into groups
    for (std::size_t i : ms) {
        const Mention& m = corpus.mentions[i];
        if (!m.period_resolved.ok) continue;
        const auto moved = read_as.find(i);
        const Date& d = moved != read_as.end() ? moved->second : m.period_resolved.date;
        Date key{d.year, finest >= Precision::Month ? d.month : 0, finest == Precision::Day ? d.day : 0,
                 finest == Precision::Day ? Precision::Day : finest == Precision::Month ? Precision::Month : Precision::Year};
        const std::string k = key.iso();
        const auto [it, added] = group_of.emplace(k, groups.size());
        if (added) groups.push_back({"\u201C" + m.period + "\u201D = " + (finest == Precision::Day ? key.display() : k), {i}});
        else groups[it->second].mentions.push_back(i);
    }
    add_disagreement(corpus, FindingKind::Year, claim.id, groups, finest == Precision::Year ? "the year" : "the date");
}

// ---------------------------------------------------------------------------------
// [SECTION] Arithmetic checks
// ---------------------------------------------------------------------------------
void add_check(Corpus& corpus, FindingKind kind, const std::string& claim, const std::string& suffix, bool agrees,
               std::string detail, const std::vector<std::size_t>& mentions, const char* what_is_checked = nullptr) {
    Finding f;
    f.id = std::string(finding_kind_name(kind)) + ":" + claim + (suffix.empty() ? "" : ":" + suffix);
    f.kind = kind;
    f.claim = claim;
    f.agrees = agrees;
    f.detail = std::move(detail) + (agrees ? ": agrees" : ": does not agree");
    f.severity = severity_of(kind, agrees);
    {
        const char* what = what_is_checked                    ? what_is_checked
                         : kind == FindingKind::Conversion ? "The conversion at the stated rate"
                         : kind == FindingKind::Parts      ? "The parts against the total"
                         : kind == FindingKind::Change     ? "The percentage change against its two figures"
                         : kind == FindingKind::PerCapita  ? "The figure per person against the total and the population"
                                                           : "The share against the figures given";
        const std::string src = join_sources(corpus, mentions);
        f.reason = std::string(what) + (agrees ? " holds" : " does not hold") + " in " + src + ": " + f.detail.substr(0, f.detail.rfind(": "));
    }
    f.mentions = mentions;
    for (std::size_t i : mentions) {
        const std::string& s = corpus.mentions[i].source;
        if (std::find(f.sources.begin(), f.sources.end(), s) == f.sources.end()) f.sources.push_back(s);
    }
    corpus.findings.push_back(std::move(f));
}

// Does `value` satisfy a stated figure with its qualifier? "over 12" holds for 12.3;
// "about 10" within 10%; "up to 7" for anything not above 7; exact within rounding.
bool satisfies(double value, const Quantity& stated, double stated_value, double stated_rounding) {
    const double tol = stated_rounding + 1e-9 * std::fabs(stated_value);
    switch (stated.qualifier) {
        case Qualifier::Over:
        case Qualifier::AtLeast: return value >= stated_value - tol;
        case Qualifier::UpTo:
        case Qualifier::Under: return value <= stated_value + tol;
        case Qualifier::About: return std::fabs(value - stated_value) <= std::max(0.1 * std::fabs(stated_value), tol);
        case Qualifier::Exactly: return std::fabs(value - stated_value) <= tol;
    }
    return false;
}

// A bracketed conversion against the rate a source states. Only a conversion between two
// currencies with a stated rate is checked: "$5 billion ($4.8 billion)" names one
// currency twice and has no rate to check against.
// The rounding of a whole number written with trailing zeros and no scale: "38,300" is to
// the hundred (50 either side); 0 when it has decimals, a scale or no such zeros.
double whole_rounding(const Quantity& q) {
    if (q.decimals > 0 || !q.scale.empty()) return 0;
    std::string digits;
    for (char c : q.low_text)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() < 3) return 0;
    std::size_t zeros = 0;
    while (zeros + 1 < digits.size() && digits[digits.size() - 1 - zeros] == '0') ++zeros;
    return zeros == 0 ? 0 : 0.5 * std::pow(10.0, static_cast<double>(zeros));
}

// A stated rate's relative rounding: "43.1" is good to 0.05 in 43.1.
double rate_precision(const Rate& r) {
    const std::size_t dot = r.rate_text.find('.');
    const std::size_t decimals = dot == std::string::npos ? 0 : r.rate_text.size() - dot - 1;
    return r.rate > 0 ? 0.5 * std::pow(10.0, -static_cast<double>(decimals)) / r.rate : 0;
}

void conversion_checks(Corpus& corpus, const Lookup& at) {
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
        const Mention& m = corpus.mentions[i];
        if (!m.value || !m.converted || !m.value->is_money() || !m.converted->is_money()) continue;
        const Quantity& from = *m.value;
        const Quantity& to = *m.converted;
        if (from.unit == to.unit) continue;
        const Rate* rate = at.rate(from.unit, to.unit);
        if (!rate) continue;
        std::string working;
        const double computed = convert_at(*rate, from.mid(), from.unit, to.unit, &working);
        // "about EUR 840 million" for EUR 837.2m: an "about" conversion is rounded to its
        // leading figures, so it agrees within 2% (or its rounding, if wider).
        const double slack = to.qualifier == Qualifier::About || from.qualifier == Qualifier::About ? 0.02 * std::fabs(to.mid()) : 0.0;
        // A converted figure is rounded however it is written ("$38,300" for $38,259 is to
        // the hundred), and a stated rate is itself rounded ("43.1 lira" is 43.05-43.15).
        const double tol = std::max({to.rounding(), whole_rounding(to), slack}) + std::fabs(computed) * rate_precision(*rate) +
                           1e-9 * std::fabs(to.mid());
        const bool agrees = std::fabs(computed - to.mid()) <= tol;
        add_check(corpus, FindingKind::Conversion, m.claim, m.source, agrees,
                  working + " (rate stated in " + rate->source + "); stated " + to.display(), {i});
    }
}

void parts_checks(Corpus& corpus, const Lookup& at) {
    // The parts of each total, in claim order, and each source's first mention with a
    // value of each claim: looked up, not searched for, per total and source.
    std::unordered_map<std::string_view, std::vector<const Claim*>> parts_of;
    for (const Claim& c : corpus.claims)
        if (!c.part_of.empty()) parts_of[c.part_of].push_back(&c);
    if (parts_of.empty()) return;
    std::unordered_map<std::string, std::size_t> first_valued;  // "source|claim" -> mention index
    for (const Claim& total : corpus.claims) {
        const auto pit = parts_of.find(total.id);
        if (pit == parts_of.end()) continue;
        // Only the totals' and their parts' mentions are ever asked for.
        std::vector<std::size_t> asked = at.index.mentions_of(total.id);
        for (const Claim* p : pit->second)
            for (std::size_t i : at.index.mentions_of(p->id)) asked.push_back(i);
        for (std::size_t i : asked)
            if (corpus.mentions[i].value) first_valued.emplace(corpus.mentions[i].source + "|" + corpus.mentions[i].claim, i);
    }
    auto first = [&](const std::string& source, const std::string& claim) -> std::optional<std::size_t> {
        const auto it = first_valued.find(source + "|" + claim);
        if (it == first_valued.end()) return std::nullopt;
        return it->second;
    };
    // Where each source id stands in corpus.sources (every place, should ids repeat).
    std::unordered_map<std::string_view, std::vector<std::size_t>> source_places;
    for (std::size_t k = 0; k < corpus.sources.size(); ++k) source_places[corpus.sources[k].id].push_back(k);
    for (const Claim& total : corpus.claims) {
        const auto pit = parts_of.find(total.id);
        if (pit == parts_of.end()) continue;
        const std::vector<const Claim*>& parts = pit->second;
        // Per source that states the total and every part, in the story's order of sources:
        // only the sources of the total's mentions can, so only they are looked at.
        std::vector<std::size_t> stating;
        for (std::size_t i : at.index.mentions_of(total.id)) {
            if (!corpus.mentions[i].value) continue;
            if (const auto it = source_places.find(corpus.mentions[i].source); it != source_places.end())
                stating.insert(stating.end(), it->second.begin(), it->second.end());
        }
        std::sort(stating.begin(), stating.end());
        stating.erase(std::unique(stating.begin(), stating.end()), stating.end());
        for (std::size_t k : stating) {
            const Source& s = corpus.sources[k];
            const std::optional<std::size_t> total_mention = first(s.id, total.id);
            if (!total_mention) continue;
            std::vector<std::size_t> part_mentions;
            for (const Claim* p : parts)
                if (const auto pm = first(s.id, p->id)) part_mentions.push_back(*pm);
            if (part_mentions.size() != parts.size()) continue;
            std::sort(part_mentions.begin(), part_mentions.end());  // in the order the story gives them
            const Quantity& tq = *corpus.mentions[*total_mention].value;
            // Money in the total's currency, or a count ("592 flights" of "186 flights" ...).
            const bool count = tq.unit == "count";
            const std::string cur = tq.is_money() ? tq.unit : count ? "count" : "";
            if (cur.empty()) continue;
            auto value_of = [&](const Quantity& q) -> std::optional<double> {
                if (count) return q.unit == "count" ? std::optional<double>(q.mid()) : std::nullopt;
                return at.money_value(q, cur);
            };
            auto shown = [&](double v) {
                if (!count) return format_money(v, cur);
                if (v < 1e5) return plain_number(v);
                std::string m = format_money(v, "");  // "2.4m" and "600k", not "2400000"
                m.erase(0, m.find_first_not_of(' '));
                return m;
            };
            double sum = 0;
            std::string working;
            bool ok = true;
            for (std::size_t j : part_mentions) {
                const Mention& pm = corpus.mentions[j];
                // A part stated with a conversion in the total's currency counts as stated.
                const Quantity& q = !count && pm.converted && pm.converted->unit == cur ? *pm.converted : *pm.value;
                auto v = value_of(q);
                if (!v) {
                    ok = false;
                    break;
                }
                sum += *v;
                working += (working.empty() ? "" : " + ") + shown(*v);
            }
            if (!ok) continue;
            // A total that changed over time is one claim of two figures ("C$1.34 billion",
            // later "C$1.41 billion"): the parts are checked against this source's figure of it
            // nearest their sum.
            std::size_t total_at = *total_mention;
            for (std::size_t i : at.index.mentions_of(total.id)) {
                const Mention& m = corpus.mentions[i];
                if (m.source != s.id || !m.value) continue;
                const auto v = value_of(*m.value), best = value_of(*corpus.mentions[total_at].value);
                if (v && best && std::fabs(*v - sum) < std::fabs(*best - sum)) total_at = i;
            }
            const Quantity& tq_at = *corpus.mentions[total_at].value;
            working += " = " + shown(sum) + "; stated " + tq_at.display();
            std::vector<std::size_t> involved = part_mentions;
            involved.insert(involved.begin(), total_at);
            bool agrees = satisfies(sum, tq_at, tq_at.mid(), tq_at.rounding());
            // Parts stated exactly leave "about" or "up to" only the total's rounding: "about
            // UAH 1,420: UAH 820 in freight, UAH 310 in insurance and UAH 190 in charges" is
            // UAH 1,320, a sum off by 7%, not a rough figure (within a tenth of it would hold);
            // "up to 2.5 million tonnes a year: 1.5 million ..., 0.6 million ... and 0.3
            // million" is a breakdown of 2.4 million, not of the cap.
            const bool exact_parts = std::all_of(part_mentions.begin(), part_mentions.end(), [&](std::size_t j) {
                return corpus.mentions[j].value->qualifier == Qualifier::Exactly && !corpus.mentions[j].value->is_range();
            });
            if (agrees && exact_parts && (tq_at.qualifier == Qualifier::About || tq_at.qualifier == Qualifier::UpTo))
                agrees = std::fabs(sum - tq_at.mid()) <= std::max(whole_rounding(tq_at), 0.025 * tq_at.mid());
            add_check(corpus, FindingKind::Parts, total.id, s.id, agrees, working, involved);
        }
    }
}

// "about half of that" against the figures other sources give for the same part. Each
// fraction is checked against at most kMaxComparedGroups figures (the first in the
// story): one claim of 50,000 shares and 50,000 figures would otherwise make 2.5e9
// checks.
void fraction_checks(Corpus& corpus, const Lookup& at) {
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
        const Mention& fm = corpus.mentions[i];
        if (!fm.value || fm.value->of.empty() || (fm.value->unit != "fraction" && fm.value->unit != "percent")) continue;
        const Claim* whole = at.index.claim(fm.value->of);
        if (!whole || !whole->value || !whole->value->is_money()) continue;
        const std::string cur = whole->value->unit;  // compared in the whole's currency
        std::string working;
        auto expected = at.money_value(*fm.value, cur, &working);
        if (!expected) continue;
        std::size_t checked = 0;
        for (std::size_t j : at.index.mentions_of(fm.claim)) {
            if (checked == kMaxComparedGroups) break;
            const Mention& mm = corpus.mentions[j];
            if (j == i || !mm.value || !mm.value->is_money()) continue;
            // Compare only figures credited to the same report (or to none): a figure
            // from another report is a disagreement, not an arithmetic check.
            const bool same_origin = mm.attribution.empty() || mm.attribution == "unnamed" || mm.attribution == fm.attribution;
            if (!same_origin) continue;
            auto stated = at.money_value(*mm.value, cur);
            if (!stated) continue;
            ++checked;
            const double stated_round = at.convert(mm.value->rounding(), mm.value->unit, cur).value_or(0);
            const std::string detail = fm.value->display() + " of the whole: " + working + " = " +
                                       format_money(*expected, cur) + "; " + mm.source + " states " + mm.value->display();
            // The fraction is itself approximate when qualified ("about half").
            Quantity stated_q = *mm.value;
            bool agrees = satisfies(*expected, stated_q, *stated, stated_round);
            if (!agrees && fm.value->qualifier == Qualifier::About)
                agrees = std::fabs(*expected - *stated) <= 0.1 * std::fabs(*expected);
            add_check(corpus, FindingKind::Fraction, fm.claim, fm.source + "-" + mm.source, agrees, detail, {i, j});
        }
    }
}

// Each source's mentions with a value, in text order: what the checks inside one article
// (changes, shares of a whole, figures per person) walk. Made once per analysis.
using MentionsBySource = std::unordered_map<std::string_view, std::vector<std::size_t>>;
MentionsBySource valued_mentions_by_source(const Corpus& corpus) {
    MentionsBySource out;
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i)
        if (corpus.mentions[i].value) out[corpus.mentions[i].source].push_back(i);
    for (auto& [source, ms] : out)
        std::sort(ms.begin(), ms.end(), [&](std::size_t a, std::size_t b) { return corpus.mentions[a].quote.start < corpus.mentions[b].quote.start; });
    return out;
}

// Calls fn(text, mentions) for each source of by_source that the story has.
template <class Fn>
void each_source(const Lookup& at, const MentionsBySource& by_source, Fn&& fn) {
    for (const auto& [source, ms] : by_source)
        if (const Source* src = at.index.source(source)) fn(std::string_view(src->text), ms);
}

// A percentage change against the two figures it is a change between, inside one
// sentence of one source: "up 38% from 2.1 million to 3.4 million" is a rise of 61.9%, not
// 38%. The figures are the two after "from" and "to" (or a range "from X to Y"), of one
// unit, with a word of change in the sentence. Each source's mentions are taken in text
// order, so the sentence is found once per mention.
// Half the step of a value's second significant figure: 0.05bn for 1bn, 0.5 for 12.
double two_figure_rounding(double v) {
    if (!(v > 0) || !std::isfinite(v)) return 0;
    return 0.5 * std::pow(10.0, std::floor(std::log10(v)) - 1);
}

// A number in digits at `at` ("1,240", "3.4", "310"; not a year like "2019"), with its
// rounding; false when none starts there.
bool bare_number_at(std::string_view s, std::size_t at, double& value, double& rounding) {
    std::size_t i = at;
    std::string digits;
    int decimals = -1;
    while (i < s.size()) {
        const char c = s[i];
        auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
        if (c >= '0' && c <= '9') {
            digits += c;
            if (decimals >= 0) ++decimals;
        } else if (c == ',' && decimals < 0 && !digits.empty() && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)) {
            // a thousands separator: skipped
        } else if (c == '.' && decimals < 0 && digit(i + 1)) {
            digits += '.';
            decimals = 0;
        } else {
            break;
        }
        ++i;
    }
    if (digits.empty() || (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '%'))) return false;
    value = std::strtod(digits.c_str(), nullptr);
    if (decimals < 0 && digits.size() == 4 && value >= 1900 && value <= 2100) return false;  // a year
    rounding = 0.5 * std::pow(10.0, -std::max(decimals, 0));
    return value > 0;
}

// "from 1,240 ... to 310" after the start of a sentence and before `percent_at` or after it
// within the sentence: the two bare numbers of a change.
bool bare_from_to(std::string_view sentence, std::size_t percent_at, double& a, double& ra, double& b, double& rb) {
    const std::string lower = ascii_lower(sentence);
    const std::size_t f = lower.find(" from ");
    if (f == std::string::npos || !bare_number_at(sentence, f + 6, a, ra)) return false;
    const std::size_t t = lower.find(" to ", f + 6);
    if (t == std::string::npos || t > f + 64 || !bare_number_at(sentence, t + 4, b, rb)) return false;
    // The percent is not one of them, and lies outside the two ("a drop of 60%" after them).
    return percent_at < f || percent_at > t + 4;
}

void change_checks(Corpus& corpus, const Lookup& at, const MentionsBySource& by_source) {
    auto lower_words_before = [](std::string_view text, std::size_t pos, std::size_t n) {
        std::size_t a = pos > n ? pos - n : 0;
        std::string w(text.substr(a, pos - a));
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return w;
    };
    auto ends_with_word = [](const std::string& s, std::string_view w) {
        std::string t = s;
        while (!t.empty() && t.back() == ' ') t.pop_back();
        return t.size() >= w.size() && t.compare(t.size() - w.size(), w.size(), w) == 0 &&
               (t.size() == w.size() || !std::isalpha(static_cast<unsigned char>(t[t.size() - w.size() - 1])));
    };
    static constexpr std::string_view kFalls[] = {"down", "fell", "fall", "falls", "decline", "declined", "drop", "dropped",
                                                  "decrease", "decreased", "lower", "plunged", "slumped", "shrank", "cut"};
    static constexpr std::string_view kRises[] = {"up", "rose", "rise", "rises", "increase", "increased", "grew", "growth",
                                                  "jumped", "climbed", "higher", "surged", "gain", "gained", "soared", "more"};
    each_source(at, by_source, [&](std::string_view text, const std::vector<std::size_t>& ms) {
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const Mention& p = corpus.mentions[ms[k]];
            if (p.value->unit != "percent" || p.value->is_range() || !p.value->of.empty()) continue;
            // "about 22% of general government revenue" is a share, not a change.
            if (p.quote.end + 4 <= text.size() && text.substr(p.quote.end, 4) == " of ") continue;
            const std::string_view sentence = sentence_around(text, p.quote.start, p.quote.end);
            if (sentence.empty()) continue;
            const std::size_t s_start = static_cast<std::size_t>(sentence.data() - text.data()), s_end = s_start + sentence.size();
            // The figures "from" and "to" in the same sentence, next to the percent.
            std::optional<std::size_t> from, to;
            std::vector<std::size_t> before_percent;
            std::optional<std::size_t> range;
            for (std::size_t j = (k >= 4 ? k - 4 : 0); j < ms.size() && j <= k + 4; ++j) {
                const Mention& m = corpus.mentions[ms[j]];
                if (j == k || m.quote.start < s_start || m.quote.end > s_end || m.value->unit == "percent" || m.value->unit == "fraction") continue;
                const std::string before = lower_words_before(text, m.quote.start, 12);
                // "a rise of 16% on the current ARS 2.07 million", "up 5% on last year's": the
                // old figure after the percent, British style.
                const std::string before24 = lower_words_before(text, m.quote.start, 24);
                const bool on_old = j > k && (ends_with_word(before, "on") || ends_with_word(before24, "on the current") ||
                                              ends_with_word(before24, "on last year's"));
                // "up from the company's earlier offer of 18 million pesos": "from" a few words
                // before the old figure, with no figure or stop between.
                const std::string before48 = lower_words_before(text, m.quote.start, 48);
                const std::size_t f_at = before48.rfind(" from ");
                const bool from_words = f_at != std::string::npos && before48.find_first_of("0123456789,.;:()", f_at) == std::string::npos &&
                                        std::count(before48.begin() + static_cast<std::ptrdiff_t>(f_at), before48.end(), ' ') <= 7;
                if (m.value->is_range() && ends_with_word(before, "from")) range = ms[j];
                else if (ends_with_word(before, "from") || on_old || (from_words && !from)) from = ms[j];
                else if (ends_with_word(before, "to")) to = ms[j];
                else if (j < k && !m.value->is_range()) before_percent.push_back(ms[j]);
            }
            // "Revenue was EUR 5.2bn, up 38% from EUR 4.1bn": without a "to", the new figure
            // is the sentence's first one before the percent in the unit of the old one, when
            // within a factor of ten of it (not a rate or a price in the same currency).
            if (from && !to)
                for (std::size_t j : before_percent) {
                    const Quantity& qa = *corpus.mentions[*from].value;
                    const Quantity& qb = *corpus.mentions[j].value;
                    if (qb.unit != qa.unit) continue;
                    if (qa.mid() > 0 && qb.mid() > 0 && std::max(qa.mid(), qb.mid()) / std::min(qa.mid(), qb.mid()) <= 10) to = j;
                    break;
                }
            double a = 0, b = 0, ra = 0, rb = 0;
            std::vector<std::size_t> involved = {ms[k]};
            std::string unit;
            // Counts the extractor leaves alone (no plural after them): "hotspots fell from
            // 1,240 on 16 March to 310 on 31 March, a drop of 60%", read here.
            double bare_a = 0, bare_b = 0, bare_ra = 0, bare_rb = 0;
            const bool bare = !range && !(from && to) && bare_from_to(sentence, p.quote.start - s_start, bare_a, bare_ra, bare_b, bare_rb);
            if (bare) {
                a = bare_a, b = bare_b, ra = bare_ra, rb = bare_rb, unit = "count";
            } else if (range) {
                const Quantity& q = *corpus.mentions[*range].value;
                a = q.low, b = q.high, ra = rb = q.rounding(), unit = q.unit;
                involved.push_back(*range);
            } else if (from && to) {
                const Quantity& qa = *corpus.mentions[*from].value;
                const Quantity& qb = *corpus.mentions[*to].value;
                if (qa.unit != qb.unit) continue;
                a = qa.mid(), b = qb.mid(), ra = qa.rounding(), rb = qb.rounding(), unit = qa.unit;
                involved.push_back(*from), involved.push_back(*to);
            } else {
                continue;
            }
            if (!(a > 0) || !(b > 0)) continue;
            // The two figures of a change are read to two significant figures at least: "from
            // R$1 billion" is R$1.0bn, not anything from R$0.5bn to R$1.5bn (which would let a
            // stated 18% hold for a fall from 1bn to 920m).
            ra = std::min(ra, two_figure_rounding(a)), rb = std::min(rb, two_figure_rounding(b));
            const std::string lower_sentence = ascii_lower(sentence);
            const bool falls = any_word(lower_sentence, kFalls), rises = any_word(lower_sentence, kRises);
            if (!falls && !rises) continue;
            const double change = (b - a) / a * 100.0;
            const double stated = p.value->mid();
            const double tol = p.value->rounding() + 100.0 * (rb / a + b * ra / (a * a)) + 1e-9;
            bool agrees = std::fabs(std::fabs(change) - stated) <= tol;
            if (!agrees && p.value->qualifier != Qualifier::Exactly)
                agrees = satisfies(std::fabs(change), *p.value, stated, p.value->rounding());
            char buf[160];
            // Bare numbers as written ("24.85", "1240"), money as money.
            const auto shown = [&](double v) { return unit == "count" ? plain_number(v) : format_money(v, unit); };
            std::snprintf(buf, sizeof buf, "(%s - %s) / %s = %+.1f%%; stated %s", shown(b).c_str(), shown(a).c_str(), shown(a).c_str(), change,
                          p.value->display().c_str());
            add_check(corpus, FindingKind::Change, p.claim, p.source, agrees, buf, involved);
        }
    });
}

// A share of a stated figure against the part the same article gives: "S$38.6 million ...
// That is about 84% of the S$52.3 million sought" is 73.8%, "a TWD 12bn grant, roughly 8% of
// a cost of NT$310 billion" 3.9%. The whole: the money figure a few words after "of" (no
// figure between). The part: a figure in the whole's currency right before the percent (a
// few words, no figure or stop between), else, when the sentence opens "That is", "This
// is", "That's", "It is" or "Which is", the last such figure of the sentence before.
void share_of_checks(Corpus& corpus, const Lookup& at, const MentionsBySource& by_source) {
    // Only words between two places of a text: no digit, no stop, at most `words` spaces.
    auto words_only = [](std::string_view between, int words) {
        return between.find_first_of("0123456789.;:()%") == std::string_view::npos &&
               std::count(between.begin(), between.end(), ' ') <= words;
    };
    auto in_currency = [](const Mention& m, const std::string& cur) {
        return m.value && m.value->is_money() && !m.value->is_range() && m.value->unit == cur;
    };
    // The check: part / whole against the stated percent, within the rounding of all three
    // (and the percent's qualifier); `unit` shows the figures ("" for counts).
    auto check = [&](std::size_t part, std::size_t percent, std::size_t whole, const std::string& unit) {
        const Quantity& pq = *corpus.mentions[part].value;
        const Quantity& wq = *corpus.mentions[whole].value;
        const Quantity& stated = *corpus.mentions[percent].value;
        const double share = pq.mid() / wq.mid() * 100.0;
        const double tol = stated.rounding() + 100.0 * (pq.rounding() / wq.mid() + pq.mid() * wq.rounding() / (wq.mid() * wq.mid())) + 1e-9;
        bool agrees = std::fabs(share - stated.mid()) <= tol;
        if (!agrees && stated.qualifier != Qualifier::Exactly) agrees = satisfies(share, stated, stated.mid(), stated.rounding());
        const auto shown = [&](double v) { return unit.empty() ? plain_number(v) : format_money(v, unit); };
        char buf[200];
        std::snprintf(buf, sizeof buf, "%s / %s = %.1f%%; stated %s", shown(pq.mid()).c_str(), shown(wq.mid()).c_str(), share,
                      stated.display().c_str());
        const Mention& p = corpus.mentions[percent];
        add_check(corpus, FindingKind::Fraction, p.claim, p.source + "-of", agrees, buf, {part, percent, whole},
                  "The share of a stated whole against its part");
    };
    each_source(at, by_source, [&](std::string_view text, const std::vector<std::size_t>& ms) {
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const Mention& p = corpus.mentions[ms[k]];
            if (p.value->unit != "percent" || p.value->is_range() || !(p.value->mid() > 0) || p.value->mid() >= 100) continue;
            if (p.quote.end + 4 > text.size() || text.substr(p.quote.end, 4) != " of ") continue;
            // The whole: the next money figure, a few words after "of".
            std::optional<std::size_t> whole;
            for (std::size_t j = k + 1; j < ms.size() && j <= k + 2 && !whole; ++j) {
                const Mention& w = corpus.mentions[ms[j]];
                if (w.quote.start < p.quote.end + 4 || !w.value->is_money() || w.value->is_range()) break;
                if (words_only(text.substr(p.quote.end + 4, w.quote.start - (p.quote.end + 4)), 5)) whole = j;
                else break;
            }
            // Or a count "out of" a whole right before the percent: "cancelled 1,620 flights
            // out of about 3,780 scheduled, about 55% of its programme" (42.9%).
            if (!whole && k >= 2) {
                const Mention& b = corpus.mentions[ms[k - 1]];
                const Mention& a = corpus.mentions[ms[k - 2]];
                const std::size_t s0 = static_cast<std::size_t>(sentence_around(text, p.quote.start, p.quote.end).data() - text.data());
                if (a.value->unit == "count" && b.value->unit == "count" && a.quote.start >= s0 && !a.value->is_range() &&
                    !b.value->is_range() && b.quote.end <= p.quote.start &&
                    ascii_lower(text.substr(a.quote.end, b.quote.start - a.quote.end)).find(" out of ") == 0 &&
                    words_only(text.substr(a.quote.end, b.quote.start - a.quote.end), 4) &&
                    words_only(text.substr(b.quote.end, p.quote.start - b.quote.end), 3) && a.value->mid() < b.value->mid())
                    check(ms[k - 2], ms[k], ms[k - 1], "");
            }
            if (!whole) continue;
            const Mention& wm = corpus.mentions[ms[*whole]];
            const std::string cur = wm.value->unit;
            // The part: right before the percent in its sentence ...
            const std::string_view sentence = sentence_around(text, p.quote.start, p.quote.end);
            if (sentence.empty()) continue;
            const std::size_t s_start = static_cast<std::size_t>(sentence.data() - text.data());
            std::optional<std::size_t> part;
            if (k > 0) {
                const Mention& b = corpus.mentions[ms[k - 1]];
                if (b.quote.start >= s_start && b.quote.end <= p.quote.start && in_currency(b, cur) &&
                    words_only(text.substr(b.quote.end, p.quote.start - b.quote.end), 5))
                    part = k - 1;
            }
            // ... else the last of the sentence before, when this one opens by pointing at it.
            if (!part && s_start >= 2) {
                std::size_t open = s_start;
                while (open < p.quote.start && !std::isalpha(static_cast<unsigned char>(text[open]))) ++open;
                const std::string first = ascii_lower(text.substr(open, std::min<std::size_t>(10, p.quote.start - open)));
                bool points = false;
                for (std::string_view w : {"that is ", "this is ", "that's ", "that\u2019s ", "it is ", "which is "}) points |= first.rfind(w, 0) == 0;
                if (points) {
                    const std::string_view before = sentence_around(text, s_start - 2, s_start - 1);
                    const std::size_t b_start = static_cast<std::size_t>(before.data() - text.data());
                    for (std::size_t j = k; j > 0 && !part; --j) {
                        const Mention& b = corpus.mentions[ms[j - 1]];
                        if (b.quote.end > s_start) continue;
                        if (b.quote.start < b_start) break;
                        if (in_currency(b, cur)) part = j - 1;
                    }
                }
            }
            if (!part) continue;
            const Quantity& pq = *corpus.mentions[ms[*part]].value;
            const Quantity& wq = *wm.value;
            if (!(wq.mid() > 0) || !(pq.mid() < wq.mid())) continue;
            check(ms[*part], ms[k], ms[*whole], cur);
        }
    });
}

// A figure per person ("GBP 1,400 per resident") against the total and the population the
// same article gives: the total in the same currency in its sentence (else the one before
// or after), the largest there; the population the one count of residents, people,
// inhabitants or households in the article.
void per_capita_checks(Corpus& corpus, const Lookup& at, const MentionsBySource& by_source) {
    static constexpr std::string_view kPer[] = {" per resident", " per person", " per head", " per capita", " per inhabitant",
                                                " per household", " per citizen", " a resident", " a head", " a person",
                                                " for every resident", " for each resident", " per local resident"};
    // Words that say "each" of some count without naming it ("$250 for each of Quebec's nine
    // million residents", "$40 each"): only with the total and the people in its sentence.
    static constexpr std::string_view kEach[] = {" for each of ", " for every one of ", " each ", " each,", " each."};
    static constexpr std::string_view kPeople[] = {"residents", "people", "inhabitants", "households", "citizens", "population", "persons"};
    each_source(at, by_source, [&](std::string_view text, const std::vector<std::size_t>& ms) {
        // The populations: the counts of people.
        std::vector<std::size_t> people;
        for (std::size_t i : ms) {
            const Quantity& q = *corpus.mentions[i].value;
            if (q.unit != "count" || !(q.mid() >= 2)) continue;
            std::string noun = q.counts.substr(q.counts.rfind(' ') == std::string::npos ? 0 : q.counts.rfind(' ') + 1);
            for (char& c : noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            // "a population of about 186,000": people whatever the words after the count.
            const std::size_t qs = corpus.mentions[i].quote.start;
            const bool population = qs <= text.size() && ascii_lower(text.substr(qs > 16 ? qs - 16 : 0, qs > 16 ? 16 : qs)).find("population of") != std::string::npos;
            if (population || std::find(std::begin(kPeople), std::end(kPeople), noun) != std::end(kPeople)) people.push_back(i);
        }
        // (no early exit without people: "for each of its 21.4 million subscribers" names its own)
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const std::size_t i = ms[k];
            const Mention& m = corpus.mentions[i];
            const Quantity& q = *m.value;
            if (!q.is_money() || m.quote.end > text.size()) continue;
            std::string after(text.substr(m.quote.end, 24));
            for (char& c : after) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            bool per = false;
            for (std::string_view w : kPer) per |= after.rfind(w, 0) == 0;
            bool each = false;
            for (std::string_view w : kEach) each |= after.rfind(w, 0) == 0;
            if (!per && !each) continue;
            // "about N3,100 for each of its 21.4 million subscribers": the count right after
            // "for each of" is the population, whatever it counts, and the total may be in the
            // sentence before ("The NCC has fined Zenicell 45 billion naira ...").
            std::optional<std::size_t> each_of;
            if (after.rfind(" for each of ", 0) == 0 || after.rfind(" for every one of ", 0) == 0)
                for (std::size_t kk = k + 1; kk < ms.size() && kk <= k + 2 && !each_of; ++kk) {
                    const Mention& c = corpus.mentions[ms[kk]];
                    if (c.value->unit == "count" && c.value->mid() >= 2 && c.quote.start <= m.quote.end + 40) each_of = ms[kk];
                }
            // The total: the largest figure in the currency, in its sentence, else next to it.
            const std::string_view sentence = sentence_around(text, m.quote.start, m.quote.end);
            const std::size_t s0 = static_cast<std::size_t>(sentence.data() - text.data()), s1 = s0 + sentence.size();
            std::optional<std::size_t> total;
            for (int pass = 0; pass < (each && !each_of ? 1 : 2) && !total; ++pass) {
                const std::size_t lo = pass == 0 ? s0 : (s0 > 400 ? s0 - 400 : 0);
                const std::size_t hi = pass == 0 || each_of ? s1 : std::min(text.size(), s1 + 400);
                // Mentions in text order: the 16 either side are all that can fall in the window.
                for (std::size_t kk = k > 16 ? k - 16 : 0; kk < ms.size() && kk <= k + 16; ++kk) {
                    const std::size_t j = ms[kk];
                    const Mention& t = corpus.mentions[j];
                    if (j == i || !t.value->is_money() || t.value->unit != q.unit || t.quote.start < lo || t.quote.end > hi) continue;
                    if (t.value->mid() < 100 * q.mid()) continue;
                    if (!total || t.value->mid() > corpus.mentions[*total].value->mid()) total = j;
                }
            }
            if (!total) continue;
            // The population: a count of people in its sentence, else the article's only one.
            std::optional<std::size_t> population = each_of;
            const auto near = std::lower_bound(people.begin(), people.end(), s0, [&](std::size_t j, std::size_t v) { return corpus.mentions[j].quote.start < v; });
            if (!population && near != people.end() && corpus.mentions[*near].quote.end <= s1) population = *near;
            if (!population && people.size() == 1 && !each) population = people.front();
            if (!population) continue;
            const Quantity& pop = *corpus.mentions[*population].value;
            const Quantity& tq = *corpus.mentions[*total].value;
            const double expected = tq.mid() / pop.mid();
            const double tol = q.rounding() + tq.rounding() / pop.mid() + tq.mid() * pop.rounding() / (pop.mid() * pop.mid()) +
                               0.02 * q.mid();
            bool agrees = std::fabs(expected - q.mid()) <= tol;
            if (!agrees && q.qualifier != Qualifier::Exactly) agrees = satisfies(expected, q, q.mid(), q.rounding());
            const std::string detail = format_money(tq.mid(), tq.unit) + " / " + pop.display() + " = " +
                                       format_money(expected, q.unit) + " each; stated " + q.display();
            add_check(corpus, FindingKind::PerCapita, m.claim, m.source, agrees, detail, {i, *total, *population});
        }
    });
}

// The words of a mention's sentence that credit it to `who` (a report's label, or its class
// for an unnamed one): "according to Egypt's finance ministry", "the International Monetary
// Fund estimated". Empty when the mention's own quote holds them or the sentence has none.
Quote credit_words(std::string_view text, const Mention& m, const Report* who) {
    if (m.quote.end > text.size() || m.quote.start >= m.quote.end) return {};
    const std::string_view sentence = sentence_around(text, m.quote.start, m.quote.end);
    const std::size_t base = static_cast<std::size_t>(sentence.data() - text.data());
    std::size_t a = std::string_view::npos, b = 0;
    // By the report's label ("International Monetary Fund"), else its outlet's name ("The
    // Information" of "The Information report: up to $7bn ...").
    if (who && who->outlet != "unnamed") {
        const std::string lower = ascii_lower(sentence);
        for (const std::string& name : {who->label, who->outlet}) {
            if (name.empty() || a != std::string_view::npos) continue;
            const std::string wanted = ascii_lower(name);
            if (const std::size_t at = lower.find(wanted); at != std::string::npos) a = at, b = at + wanted.size();
        }
    }
    if (a == std::string_view::npos) {
        const Attribution found = find_attribution(sentence, {});
        if (found.label.empty() || found.end <= found.start) return {};
        a = found.start, b = found.end;
    }
    // With the words that make it a credit: "according to", "citing", "as per".
    for (std::string_view lead : {"according to the ", "according to ", "as per the ", "as per ", "citing the ", "citing "})
        if (a >= lead.size() && ascii_lower(sentence.substr(a - lead.size(), lead.size())) == lead) {
            a -= lead.size();
            break;
        }
    Quote q;
    q.start = base + a;
    q.end = base + b;
    if (q.start >= m.quote.start && q.end <= m.quote.end) return {};
    q.exact = std::string(text.substr(q.start, q.end - q.start));
    return q;
}

}  // namespace

void analyse(Corpus& corpus) {
    corpus.findings.clear();
    // Findings are added to corpus.findings only, and resolving dates changes no id: the
    // index into the rest stays valid.
    const Lookup at(corpus);
    const Lookup::Current current(at);
    const NamesScope names(corpus);  // every finding's reason names its sources
    resolve_dates(corpus, at);
    for (const Claim& claim : corpus.claims) {
        const std::vector<std::size_t>& ms = at.index.mentions_of(claim.id);
        if (ms.size() < 2) continue;
        value_disagreements(corpus, at, claim, ms);
        add_disagreement(corpus, FindingKind::Scope, claim.id, group_by_text(corpus, ms, &Mention::scope, false), "the scope");
        year_disagreements(corpus, claim, ms);
        {
            std::vector<Group> groups = group_by_text(corpus, ms, &Mention::attribution, true);
            for (Group& g : groups) {
                const std::string id = g.label.substr(3, g.label.size() - 6);  // strip the curly quotes
                if (const Report* r = at.index.report(id))
                    g.label = r->outlet.empty() || r->outlet == r->label || r->outlet == "unnamed" ? r->label : r->label + " (" + r->outlet + ")";
                else if (id == "unnamed") g.label = "no named report";
            }
            const std::size_t before = corpus.findings.size();
            add_disagreement(corpus, FindingKind::Attribution, claim.id, groups, "whom it is credited to");
            if (corpus.findings.size() > before) {
                Finding& f = corpus.findings.back();
                for (std::size_t i : f.mentions) {
                    const Mention& m = corpus.mentions[i];
                    const Source* src = at.index.source(m.source);
                    f.credits.push_back(src ? credit_words(src->text, m, at.index.report(m.attribution)) : Quote{});
                }
            }
            // One side credits it and the other names nobody: an omission, not two sources
            // contradicting each other. A nuance, and said so.
            const auto unnamed = std::find_if(groups.begin(), groups.end(), [](const Group& g) { return g.label == "no named report"; });
            if (corpus.findings.size() > before && groups.size() == 2 && unnamed != groups.end()) {
                const Group& named = groups[unnamed == groups.begin() ? 1 : 0];
                Finding& f = corpus.findings.back();
                f.severity = Severity::Nuance;
                f.reason = join_sources(corpus, named.mentions) + " " + (says(corpus, named.mentions) == "say" ? "credit " : "credits ") +
                           claim_words(corpus, claim.id) + " to " + named.label + "; " + join_sources(corpus, unnamed->mentions) +
                           " " + (says(corpus, unnamed->mentions) == "say" ? "name" : "names") + " no source for it";
            }
        }
        add_disagreement(corpus, FindingKind::Actor, claim.id, group_by_text(corpus, ms, &Mention::actor, false, country_of_demonym),
                         "who does it");
        add_disagreement(corpus, FindingKind::Spelling, claim.id, close_spellings(names_of_one(corpus, spelling_groups(corpus, ms))),
                         "the spelling");
        add_disagreement(corpus, FindingKind::Stance, claim.id, stance_groups(corpus, ms), "what happened");
    }
    conversion_checks(corpus, at);
    parts_checks(corpus, at);
    fraction_checks(corpus, at);
    {
        const MentionsBySource by_source = valued_mentions_by_source(corpus);
        change_checks(corpus, at, by_source);
        per_capita_checks(corpus, at, by_source);
        share_of_checks(corpus, at, by_source);
    }
    // Ranked: contradictions and failed checks first, then spellings, then nuances, then
    // checks that hold; in the order found within a rank.
    std::stable_sort(corpus.findings.begin(), corpus.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
}

}  // namespace factlens
