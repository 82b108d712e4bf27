// [SECTION] Tokens
// [SECTION] Word lists
// [SECTION] Qualifiers, numbers, scales, currencies
// [SECTION] Recognisers: rate, date, money, percent, fraction, number, name
// [SECTION] extract()
#include "core/extract.h"

#include "core/claim_parts.h"
#include "core/lexicon.h"
#include "core/text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>

// The scanner's accessors are called tens of times per token: GCC and Clang would not
// always inline them inside the large recognisers on their own.
#if defined(__GNUC__) || defined(__clang__)
#define FACTLENS_INLINE [[gnu::always_inline]] inline
#else
#define FACTLENS_INLINE inline
#endif

namespace factlens {

std::string_view item_kind_name(ItemKind kind) {
    static constexpr std::array<std::string_view, 8> kNames = {"money", "number", "percent", "fraction", "date", "rate", "name", "measure"};
    return kNames[static_cast<int>(kind)];
}

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] Tokens
// ---------------------------------------------------------------------------------
enum class Tok : std::uint8_t { Word, Number, Punct, Newline };

struct Token {
    Tok kind;
    bool space_before;  // white space between this token and the previous one
    std::uint32_t start, end;
    std::uint16_t cls = 0;  // words: lexicon::word_class, looked up once here
    bool headline = false;  // on a line taken for a headline (extract() marks it)
    bool may_start = false; // an item may start here (extract() marks it, once)
};

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence at p (1 for ASCII or a stray byte).
std::size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1; }

// Non-ASCII characters that are punctuation or symbols in news text, not letters.
bool utf8_symbol(std::string_view t, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(t.data() + i);
    if (p[0] == 0xC2) return p[1] == 0xA3 || p[1] == 0xA5 || p[1] == 0xA0 || p[1] == 0xB7 || p[1] == 0xAB || p[1] == 0xBB;  // £ ¥ nbsp · « »
    if (p[0] == 0xE2 && p[1] == 0x80) return true;                                  // ‘ ’ “ ” – — … and friends
    if (p[0] == 0xE2 && p[1] == 0x82) return true;                                  // € ₩ ₹ and other currency signs
    // Currency signs of other blocks (CLDR's, lexicon::currency_symbol): ৳ (taka), ฿ (baht), ៛ (riel).
    if (i + 2 >= t.size()) return false;
    if (p[0] == 0xE0) return (p[1] == 0xA7 && p[2] == 0xB3) || (p[1] == 0xB8 && p[2] == 0xBF);
    if (p[0] == 0xE1) return p[1] == 0x9F && p[2] == 0x9B;
    return false;
}

// One pass over the bytes: words, numbers ("3,000", "20.64"), single punctuation or
// symbol characters, and line breaks.
std::vector<Token> tokenize(std::string_view t) {
    std::vector<Token> out;
    out.reserve(t.size() / 4 + 8);
    std::size_t i = 0;
    bool space = true;
    const std::size_t n = t.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c == '\n') {
            out.push_back({Tok::Newline, space, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)});
            space = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(t[i + 1]) == 0xA0)) {
            space = true;
            i += c == 0xC2 ? 2 : 1;
            continue;
        }
        const std::size_t start = i;
        Tok kind;
        if (ascii_digit(c)) {
            kind = Tok::Number;
            ++i;
            while (i < n) {
                const auto d = static_cast<unsigned char>(t[i]);
                if (ascii_digit(d)) ++i;
                // "3,000": a comma before exactly three digits; "20.64": a point before a digit.
                else if (d == ',' && i + 3 < n && ascii_digit(t[i + 1]) && ascii_digit(t[i + 2]) && ascii_digit(t[i + 3]) &&
                         (i + 4 >= n || !ascii_digit(t[i + 4])))
                    i += 4;
                else if (d == '.' && i + 1 < n && ascii_digit(t[i + 1])) i += 2;
                // A decimal comma before a scale word ("R2,3-billion", "1,5 million euros"):
                // one or two digits after the comma, then a hyphen or a space and the scale,
                // in a number with no other separator ("items 1,5 and 7" stay two numbers).
                else if (d == ',' && i + 2 < n && ascii_digit(t[i + 1]) &&
                         t.substr(start, i - start).find_first_of(",.") == std::string_view::npos) {
                    std::size_t e = i + 1;
                    while (e < n && e < i + 3 && ascii_digit(t[e])) ++e;
                    bool scale_word = false;
                    if (e + 1 < n && !ascii_digit(t[e]) && (t[e] == '-' || t[e] == ' ')) {
                        std::size_t w = e + 1;
                        while (w < n && ascii_alpha(t[w])) ++w;
                        std::string word(t.substr(e + 1, w - e - 1));
                        for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                        for (std::string_view sw : {"million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn", "mrd"})
                            scale_word |= word == sw;
                    }
                    if (scale_word) i = e;
                    else break;
                } else break;
            }
        } else if (ascii_alpha(c) || (c >= 0x80 && !utf8_symbol(t, i))) {
            kind = Tok::Word;
            while (i < n) {
                const auto d = static_cast<unsigned char>(t[i]);
                if (ascii_alpha(d)) ++i;
                else if (d >= 0x80 && !utf8_symbol(t, i)) i += utf8_len(d);
                // "U.S." keeps its points: a point between single letters.
                else if (d == '.' && i + 1 < n && ascii_alpha(t[i + 1]) && i - start == 1 && (i + 2 >= n || t[i + 2] == '.')) i += 1;
                else break;
            }
            if (i < n && t[i] == '.' && i - start >= 2 && t[i - 2] == '.') ++i;  // the final point of "U.S."
        } else {
            kind = Tok::Punct;
            i += utf8_len(c);
        }
        if (i > n) i = n;
        out.push_back({kind, space, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i)});
        if (kind == Tok::Word)
            out.back().cls = static_cast<std::uint16_t>(start + 16 <= n ? lexicon::word_class_padded(t.data() + start, i - start)
                                                                       : lexicon::word_class(t.substr(start, i - start)));
        space = false;
    }
    return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] Word lists
// ---------------------------------------------------------------------------------
bool ieq_same_size(std::string_view a, std::string_view b) {
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20) || ((a[i] | 0x20) != a[i] && !ascii_alpha(a[i]) && a[i] != b[i])) return false;
    return true;
}
// Equal ignoring ASCII case; the sizes are compared inline, which rules out most calls.
FACTLENS_INLINE bool ieq(std::string_view a, std::string_view b) { return a.size() == b.size() && ieq_same_size(a, b); }

// Lower-case copy of a short word into a buffer (no allocation); empty when too long.
std::string_view lowered(std::string_view w, char (&buf)[24]) {
    if (w.size() >= sizeof buf) return {};
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] | 0x20) : w[i];
    return {buf, w.size()};
}

// Word lists for names and counts live in lexicon.cpp (kNotNameWord, kTitleWord, kStopWord):
// each token's classes come from one hash probe when it is read.
bool is_month_word(std::string_view w) { return lexicon::month_number(w) > 0; }
bool is_full_month(std::string_view w) {
    bool abbr = false;
    return lexicon::month_number(w, &abbr) > 0 && !abbr;
}
bool is_month_abbr(std::string_view w) {
    bool abbr = false;
    return lexicon::month_number(w, &abbr) > 0 && abbr;
}
bool is_weekday(std::string_view w) { return lexicon::weekday_number(w) >= 0; }
// "zero" ... "nineteen": 0-19, else -1.
int number_word(std::string_view w) { return lexicon::unit_number(w); }

// ---------------------------------------------------------------------------------
// [SECTION] Qualifiers, numbers, scales, currencies
// ---------------------------------------------------------------------------------
class Scanner {
public:
    Scanner(std::string_view text, const std::vector<Token>& toks) : t_(text), k_(toks) {}

    std::size_t size() const { return k_.size(); }
    FACTLENS_INLINE std::string_view text(std::size_t i) const { return i < k_.size() ? t_.substr(k_[i].start, k_[i].end - k_[i].start) : std::string_view(); }
    FACTLENS_INLINE bool word(std::size_t i) const { return i < k_.size() && k_[i].kind == Tok::Word; }
    FACTLENS_INLINE unsigned cls(std::size_t i) const { return i < k_.size() ? k_[i].cls : 0; }  // lexicon::WordClass bits
    FACTLENS_INLINE bool month(std::size_t i) const { return cls(i) & lexicon::kMonthWord; }
    FACTLENS_INLINE bool weekday(std::size_t i) const { return cls(i) & lexicon::kWeekdayWord; }
    // A unit of measure ("km", "GB", "degrees"; lexicon::is_measure_unit) from the token's classes
    FACTLENS_INLINE bool measure(std::size_t i) const {
        return word(i) && ((cls(i) & lexicon::kMeasureWord) || is(i, "a.m.") || is(i, "p.m.") || text(i) == "K");
    }
    FACTLENS_INLINE bool not_name(std::size_t i) const { return cls(i) & lexicon::kNotNameWord; }  // "The", "However"
    FACTLENS_INLINE bool title(std::size_t i) const { return (cls(i) & lexicon::kTitleWord) || is(i, "U.S."); }  // "President", "CEO"
    FACTLENS_INLINE bool number(std::size_t i) const { return i < k_.size() && k_[i].kind == Tok::Number; }
    FACTLENS_INLINE bool punct(std::size_t i, std::string_view p) const {
        if (i >= k_.size() || k_[i].kind != Tok::Punct) return false;
        const Token& k = k_[i];
        const std::size_t n = k.end - k.start;
        if (n != p.size()) return false;
        if (n == 1) return t_[k.start] == p[0];  // most punctuation is one byte: no memcmp call
        return t_.compare(k.start, n, p) == 0;
    }
    // The word at token i, ignoring ASCII case: its length rules most words out at once.
    FACTLENS_INLINE bool is(std::size_t i, std::string_view w) const {
        if (i >= k_.size()) return false;
        const Token& k = k_[i];
        if (k.end - k.start != w.size() || k.kind != Tok::Word) return false;
        const char* p = t_.data() + k.start;
        if ((p[0] | 0x20) != (w[0] | 0x20)) return false;
        return ieq({p, w.size()}, w);
    }
    FACTLENS_INLINE bool glued(std::size_t i) const { return i < k_.size() && !k_[i].space_before; }  // no space before token i
    FACTLENS_INLINE bool capital(std::size_t i) const {
        if (!word(i)) return false;
        const auto c = static_cast<unsigned char>(t_[k_[i].start]);
        if (c < 0x80) return c >= 'A' && c <= 'Z';
        // "Ásgeir Þorvaldsson", "Łukasz", "Ørsted": a Latin capital beyond ASCII.
        std::size_t at = k_[i].start;
        return latin_is_upper(next_code_point(t_, at));
    }
    FACTLENS_INLINE std::size_t start(std::size_t i) const { return k_[i].start; }
    FACTLENS_INLINE std::size_t end(std::size_t i) const { return k_[i].end; }

    // The value of a number token ("3,000" -> 3000, "20.64" -> 20.64) with its stated
    // text; nullopt for one no story could hold (over 32 digits: parse_decimal refuses it,
    // and so would the loader, so it is no figure).
    std::optional<double> value(std::size_t i, std::string& digits, int& decimals) const {
        digits.clear();
        const std::string_view t = text(i);
        const std::size_t comma = t.find(',');
        // One comma with one or two digits after it is a decimal comma (the tokenizer keeps
        // one only before a word): "2,3" -> 2.3.
        const bool decimal_comma = comma != std::string_view::npos && t.find(',', comma + 1) == std::string_view::npos &&
                                   t.size() - comma - 1 <= 2 && t.find('.') == std::string_view::npos;
        for (char c : t)
            if (c != ',') digits += c;
            else if (decimal_comma) digits += '.';
        return parse_decimal(digits, &decimals);
    }

    // A scale word right after a number: "bn", "billion", "m", "million", "k", "tn".
    double scale_at(std::size_t i, std::string& name) const {
        if (!word(i)) return 0;
        const std::string_view w = text(i);
        struct S { std::string_view word; double factor; std::string_view name; bool glued_only; };
        static constexpr S kScales[] = {
            {"thousand", 1e3, "thousand", false}, {"k", 1e3, "thousand", true},   {"million", 1e6, "million", false},
            {"mn", 1e6, "million", false},        {"m", 1e6, "million", true},    {"mln", 1e6, "million", false},
            {"billion", 1e9, "billion", false},   {"bn", 1e9, "billion", false},  {"b", 1e9, "billion", true},
            {"bln", 1e9, "billion", false},       {"trillion", 1e12, "trillion", false}, {"tn", 1e12, "trillion", false},
            {"trn", 1e12, "trillion", false},     {"crore", 1e7, "", false},       {"crores", 1e7, "", false},
            {"lakh", 1e5, "", false},              {"lakhs", 1e5, "", false},
        };
        for (const S& s : kScales)
            if (ieq(w, s.word) && (!s.glued_only || glued(i))) {
                name = s.name;
                return s.factor;
            }
        return 0;
    }

    // A currency written before the number: "$", "US$", "HK$", "C$", "€", "£", "¥", "Rmb",
    // "USD" (lexicon.h has the symbols, the dollar prefixes and the ISO codes). Returns the
    // number of tokens it takes (0: none).
    std::size_t prefix_currency(std::size_t i, std::string& code, bool& ambiguous_yen) const {
        ambiguous_yen = false;
        if (i >= k_.size()) return 0;
        if (punct(i, "$")) {
            code = "$";
            return 1;
        }
        if (word(i) && punct(i + 1, "$") && glued(i + 1)) {
            const std::string_view c = lexicon::dollar_prefix(text(i));
            if (c.empty()) return 0;
            code = std::string(c);
            return 2;
        }
        const std::string_view p = text(i);
        if (!word(i)) {
            const std::string_view c = lexicon::currency_symbol(p);
            if (c.empty()) return 0;
            ambiguous_yen = c == "\u00A5";
            code = ambiguous_yen ? "CNY" : std::string(c);
            return 1;
        }
        if (ieq(p, "Rmb") || p == "CNH") code = "CNY";
        else if (p == "BTC") code = "XBT";  // bitcoin's ticker; XBT is its code (lexicon.h)
        else if ((p == "Rs" || p == "Rs.") && number(i + 1)) code = newsroom_code(p);  // the rupee of the country named, else INR
        else if (p == "NIS" && number(i + 1)) code = "ILS";  // "NIS 4.6 billion": the new Israeli shekel, as English papers write it
        else if (p == "Rp" && number(i + 1)) code = "IDR";  // "Rp 32.4 trillion", "Rp32,4 triliun": the rupiah
        else if (p == "R" && number(i + 1) && glued(i + 1)) code = "ZAR";  // "R1,250", "R2.3 billion": the rand
        else if (p.size() == 3 && p == std::string_view(upper(p)) && is_known_currency(p)) code = std::string(p);
        else return letter_symbol_at(i, code);
        return 1;
    }

    // A currency's letter symbol from CLDR before the number ("S/ 150 million", "Ft 20bn",
    // "RM4.2 billion", "Ksh3,000", "Kč 250 million"), in one to three glued tokens. Short
    // letters are often other things ("KM 40", "SR 2"): only glued to the number or with a
    // scale word after it.
    std::size_t letter_symbol_at(std::size_t i, std::string& code) const {
        for (std::size_t n = 1; n <= 3 && i + n < k_.size(); ++n) {
            if (n > 1 && !glued(i + n - 1)) break;
            if (!number(i + n)) continue;  // cheap, and most words are followed by no number
            const std::string_view sym = t_.substr(k_[i].start, k_[i + n - 1].end - k_[i].start);
            if (sym.size() > 6) break;
            std::string c = newsroom_code(sym);  // a newsroom's reading first: "SR" in Saudi Arabia is SAR
            if (c.empty()) c = std::string(lexicon::letter_symbol(sym));
            if (c.empty()) continue;
            std::string scale;
            const bool scaled = i + n + 1 < k_.size() && scale_at(i + n + 1, scale) > 0;
            if (!glued(i + n) && !scaled) continue;
            // One letter is a model's or a size's as often ("N95" masks): the naira's "N" takes
            // a scale or a number written with thousands ("N45 billion", "N3,100").
            if (sym.size() == 1 && !scaled && text(i + n).find(',') == std::string_view::npos) continue;
            code = std::string(c);
            return n;
        }
        return 0;
    }

    // A currency written after the number: "yuan", "euros", "dollars", "won", "USD",
    // "Chinese yuan", "U.S. dollars", "Hong Kong dollars", "Swiss francs" and every ISO 4217
    // name (lexicon.h). Returns tokens taken.
    std::size_t suffix_currency(std::size_t i, std::string& code) const {
        if (i < k_.size() && k_[i].kind == Tok::Punct) {
            // "500 €", "1.2 million €"
            const std::string_view c = lexicon::currency_symbol(text(i));
            if (c.empty() || c == "$" || c == "\u00A5") return 0;
            return code = std::string(c), 1;
        }
        if (!word(i)) return 0;
        const std::string_view w = text(i);
        if (w.size() == 3 && w == std::string_view(upper(w)) && is_known_currency(w)) return code = std::string(w), 1;
        std::string_view words[4];
        int n = 0;
        while (n < 4 && word(i + n) && (n == 0 || !glued(i + n))) {
            words[n] = text(i + n);
            ++n;
        }
        int taken = 0;
        std::string_view c = lexicon::currency_by_words(words, n, &taken);
        // "Hungarian forints": a country's adjective before a currency's name
        if (c.empty() && n >= 2 && capital(i)) {
            c = lexicon::currency_by_words(words + 1, n - 1, &taken);
            if (c == "$") c = {};
            ++taken;
        }
        // A bare name only several currencies have ("kroner": Danish and Norwegian): the one
        // of a country the text names, else the first of them.
        const std::string lower = ascii_lower(w);
        if (c.empty()) {
            const std::vector<std::string_view> codes = lexicon::codes_named(lower);
            if (codes.empty() || capital(i)) return 0;
            if (!countries_read_) read_countries();
            c = codes.front();
            for (const std::string& mentioned : country_codes_)
                if (std::find(codes.begin(), codes.end(), mentioned) != codes.end()) {
                    c = mentioned;
                    break;
                }
            taken = 1;
        }
        code = std::string(c);
        // A bare name several currencies share ("pesos", "rupees", "shillings", "pounds"), in
        // an article that names a country using one of them: that country's (the one it
        // names most). "Argentine pesos" said so already; dollars are "$"'s (settle_currency).
        if (taken == 1 && code != "$") {
            if (!countries_read_) read_countries();  // once, and only for such a name: most texts have none
            for (const std::string& mentioned : country_codes_)
                if (lexicon::shares_name(lower, mentioned)) {
                    code = mentioned;
                    break;
                }
        }
        return static_cast<std::size_t>(taken);
    }

    // The code a newsroom's abbreviation stands for here ("QR": QAR in an article that names
    // Qatar; "Rs": PKR in one about Pakistan, else INR), "" when it stands for none.
    std::string newsroom_code(std::string_view sym) const {
        bool needs_country = false;
        const std::string_view codes = lexicon::newsroom_symbol(sym, &needs_country);
        if (codes.empty()) return {};
        if (!countries_read_) read_countries();
        for (const std::string& mentioned : country_codes_)
            for (std::size_t at = codes.find(mentioned); at != std::string_view::npos; at = codes.find(mentioned, at + 1))
                if ((at == 0 || codes[at - 1] == ' ') && (at + mentioned.size() == codes.size() || codes[at + mentioned.size()] == ' '))
                    return mentioned;
        return needs_country ? std::string() : std::string(codes.substr(0, codes.find(' ')));
    }

    // The currencies of the countries the text names, most named first ("Argentina" x4,
    // "Chile" x1: ARS, CLP), from CLDR's English country names.
    void read_countries() const {
        countries_read_ = true;
        std::vector<std::pair<int, std::string>> counted;
        char buf[48];
        for (std::size_t i = 0; i < k_.size(); ++i) {
            if (!word(i) || !capital(i)) continue;
            // One to three words: "Chile", "South Africa", "Dominican Republic".
            std::size_t len = 0;
            for (std::size_t n = 0; n < 3 && i + n < k_.size() && word(i + n); ++n) {
                const std::string_view w = text(i + n);
                if (n > 0 && (glued(i + n) || !capital(i + n))) break;
                if (len + w.size() + 1 > sizeof buf) break;
                if (n > 0) buf[len++] = ' ';
                for (char ch : w) buf[len++] = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                std::string_view code = lexicon::country_currency(std::string_view(buf, len));
                // "Qatari", "Doha": the country's currency too (WordNet's demonyms and cities).
                if (code.empty())
                    if (const std::string_view country = country_of_place(std::string_view(buf, len)); !country.empty())
                        code = lexicon::country_currency(country);
                if (code.empty()) continue;
                auto it = std::find_if(counted.begin(), counted.end(), [&](const auto& p) { return p.second == code; });
                if (it == counted.end()) counted.push_back({1, std::string(code)});
                else ++it->first;
            }
        }
        std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (auto& [n, code] : counted) country_codes_.push_back(std::move(code));
    }

    // A qualifier in the words before token `first`: returns the qualifier and moves
    // `first` back over its words ("more than", "at least", "up to", "about").
    Qualifier qualifier_before(std::size_t& first) const {
        struct Q { std::string_view a, b, c; Qualifier q; };
        static constexpr Q kQualifiers[] = {
            {"as", "much", "as", Qualifier::UpTo},  {"as", "many", "as", Qualifier::UpTo}, {"more", "than", "", Qualifier::Over},
            {"at", "least", "", Qualifier::AtLeast}, {"up", "to", "", Qualifier::UpTo},     {"close", "to", "", Qualifier::About},
            {"less", "than", "", Qualifier::Under},  {"fewer", "than", "", Qualifier::Under}, {"upwards", "of", "", Qualifier::Over},
            {"about", "", "", Qualifier::About},     {"around", "", "", Qualifier::About},  {"roughly", "", "", Qualifier::About},
            {"approximately", "", "", Qualifier::About}, {"nearly", "", "", Qualifier::About}, {"almost", "", "", Qualifier::About},
            {"some", "", "", Qualifier::About},      {"over", "", "", Qualifier::Over},     {"above", "", "", Qualifier::Over},
            {"under", "", "", Qualifier::Under},     {"below", "", "", Qualifier::Under},   {"exactly", "", "", Qualifier::Exactly},
        };
        for (const Q& q : kQualifiers) {
            const std::size_t len = q.c.empty() ? (q.b.empty() ? 1 : 2) : 3;
            if (first < len) continue;
            const std::size_t s = first - len;
            if (!is(s, q.a) || (len >= 2 && !is(s + 1, q.b)) || (len == 3 && !is(s + 2, q.c))) continue;
            first = s;
            if (s >= 1 && (is(s - 1, "just") || is(s - 1, "slightly") || is(s - 1, "well"))) first = s - 1;
            return q.q;
        }
        return Qualifier::Exactly;
    }

    static std::string upper(std::string_view w) {
        std::string u(w);
        for (char& c : u)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        return u;
    }

private:
    std::string_view t_;
    const std::vector<Token>& k_;
    mutable std::vector<std::string> country_codes_;  // read_countries(), when first needed
    mutable bool countries_read_ = false;
};

// ---------------------------------------------------------------------------------
// [SECTION] Recognisers: rate, date, money, percent, fraction, number, name
// ---------------------------------------------------------------------------------
struct Context {
    const Scanner& s;
    std::string_view text;
    const std::optional<Date>& anchor;
    const ExtractOptions& options;
    bool says_yuan = false, says_yen = false, says_hong_kong = false, says_taiwan = false;
    // "All figures in Canadian dollars": the article's own dollar, and the words that said so
    std::string article_dollar, article_dollar_words;
    // The last date to the day found, and the token after it: "from next Monday to Friday"
    // reads Friday after that Monday.
    std::size_t day_after = static_cast<std::size_t>(-1);
    Date last_day;
    // Acronyms the article defines after a name ("the Federación Aceitera del Paraná (FAP)"):
    // names, however short ("FAP", "CEL", "NCC"); an acronym alone is none ("AI", "US").
    std::vector<std::string_view> acronyms;
};

Extracted make(const Context& c, ItemKind kind, std::size_t first, std::size_t last) {
    Extracted e;
    e.kind = kind;
    e.start = c.s.start(first);
    e.end = c.s.end(last);
    e.text = std::string(c.text.substr(e.start, e.end - e.start));
    return e;
}

// Resolves "$" and "¥" and says so where the text leaves doubt.
std::string settle_currency(const Context& c, const std::string& code, bool yen_sign, std::string& note) {
    if (code == "$" && !c.article_dollar.empty()) {
        note = std::string("\u201C$\u201D read as ") + c.article_dollar + ": the article says \u201C" + c.article_dollar_words + "\u201D";
        return c.article_dollar;
    }
    if (code == "$") {
        if (c.says_hong_kong || c.says_taiwan)
            note = std::string("\u201C$\u201D read as ") + c.options.dollar + "; the article also mentions " +
                   (c.says_hong_kong ? "Hong Kong" : "Taiwan") + ", whose dollar is written the same way";
        return c.options.dollar;
    }
    if (yen_sign) {
        if (c.says_yen && !c.says_yuan) {
            note = "\u201C\u00A5\u201D read as JPY: the article speaks of yen";
            return "JPY";
        }
        note = c.says_yuan ? "\u201C\u00A5\u201D read as CNY: the article speaks of yuan"
                           : "\u201C\u00A5\u201D is used for both yuan (CNY) and yen (JPY); read as CNY";
        return "CNY";
    }
    return code;
}

// "5000000" for 5e6, "2.5" for 2.5: the shortest decimal that reads back as `v`.
std::string decimal_text(double v, int& decimals) {
    // Whole numbers (most amounts in words) without printf and strtod, which are slow in wasm
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        decimals = 0;
        return std::to_string(static_cast<long long>(v));
    }
    char buf[40];
    for (int d = 0; d <= 6; ++d) {
        std::snprintf(buf, sizeof buf, "%.*f", d, v);
        if (std::fabs(std::strtod(buf, nullptr) - v) <= 1e-9 * std::max(1.0, std::fabs(v))) {
            decimals = d;
            return buf;
        }
    }
    decimals = 6;
    return buf;
}

// Numbers in words at token i (lexicon.h has the words): "five million", "one hundred and
// fifty million", "forty-five", "twenty five", "two thousand and twenty", "two and a half
// billion", "half a million", "a billion", "a dozen", "three point five". Returns the index
// after the words (i when none). `digits`/`scale` say it as a figure would ("5" and
// "million" for "five million"), `units` is the value.
std::size_t words_amount_at(const Scanner& s, std::size_t i, double& units, std::string& digits, int& decimals, std::string& scale) {
    if (!s.word(i)) return i;
    double total = 0, group = 0;
    bool any = false;       // a number word taken
    bool can_and = false;   // after "hundred" or a scale, "and" may join the rest
    double last_scale = 0;  // the scale word that closed the amount, if it is the last word
    std::string_view last_scale_name;
    std::size_t j = i;
    // "a hundred", "a million", "an eighty-year" (not), "half a million", "a dozen"
    if ((s.is(j, "a") || s.is(j, "an")) && s.word(j + 1)) {
        if (lexicon::scale_word(s.text(j + 1)) > 0) group = 1, ++j;
        else if (s.is(j + 1, "dozen")) group = 12, j += 2, any = true;
        else return i;
    } else if (s.is(j, "half") && (s.is(j + 1, "a") || s.is(j + 1, "an")) && lexicon::scale_word(s.text(j + 2)) >= 1e3) {
        group = 0.5;
        j += 2;
    }
    while (j < s.size() && s.word(j)) {
        const std::string_view w = s.text(j);
        std::string_view name;
        if (const int u = lexicon::unit_number(w); u >= 0) {
            if (any && !can_and && std::fmod(group, 100) != 0) break;  // "five six"
            group += u;
            ++j;
        } else if (const int t = lexicon::tens_number(w); t > 0) {
            if (any && !can_and && std::fmod(group, 100) != 0) break;
            group += t;
            ++j;
            // "forty-five", "twenty five"
            if (s.punct(j, "-") && s.glued(j) && s.glued(j + 1) && s.word(j + 1)) {
                const int u2 = lexicon::unit_number(s.text(j + 1));
                if (u2 >= 1 && u2 <= 9) group += u2, j += 2;
            } else if (s.word(j)) {
                const int u2 = lexicon::unit_number(s.text(j));
                if (u2 >= 1 && u2 <= 9) group += u2, ++j;
            }
        } else if (const double f = lexicon::scale_word(w, &name); f > 0) {
            if (f == 100) {
                if (group == 0 && !any && j == i) break;  // "hundred" alone
                group = (group == 0 ? 1 : group) * 100;
                last_scale = 0;
            } else {
                if (group == 0 && total == 0) break;
                if (last_scale != 0 && f >= last_scale && group == 0) break;
                total += group * f;
                group = 0;
                last_scale = f;
                last_scale_name = name;
            }
            ++j;
            any = true;
            can_and = true;
            continue;
        } else if (ieq(w, "and") && any) {
            // "two and a half billion": a half added to what was said
            if (s.is(j + 1, "a") && s.is(j + 2, "half") && total == 0) {
                group += 0.5;
                j += 3;
                can_and = false;
                continue;
            }
            // "one hundred and fifty", "two thousand and twenty"
            if (!can_and || !s.word(j + 1) || (lexicon::unit_number(s.text(j + 1)) < 0 && lexicon::tens_number(s.text(j + 1)) <= 0))
                break;
            ++j;
            can_and = false;
            continue;
        } else if (ieq(w, "point") && any && s.word(j + 1) && lexicon::unit_number(s.text(j + 1)) >= 0 &&
                   lexicon::unit_number(s.text(j + 1)) <= 9) {
            // "three point five"
            double place = 0.1;
            ++j;
            while (s.word(j) && lexicon::unit_number(s.text(j)) >= 0 && lexicon::unit_number(s.text(j)) <= 9) {
                group += place * lexicon::unit_number(s.text(j));
                place /= 10;
                ++j;
            }
            any = true;
            break;
        } else {
            break;
        }
        any = true;
        last_scale = 0;
        if (can_and) can_and = std::fmod(group, 100) == 0;  // "hundred and fifty" takes one "and"
    }
    if (!any || j == i) return i;
    units = total + group;
    scale.clear();
    // "five million" is 5 million, as a figure would say it; "two thousand and twenty" is 2020.
    if (last_scale >= 1e6 && group == 0 && scale_factor_of(last_scale_name)) {
        digits = decimal_text(units / last_scale, decimals);
        scale = std::string(last_scale_name);
    } else {
        digits = decimal_text(units, decimals);
    }
    return j;
}

// An amount at token i: NUMBER [SCALE], or a number in words. Returns the index after it
// (i when none).
std::size_t amount_at(const Scanner& s, std::size_t i, double& units, std::string& digits, int& decimals, std::string& scale,
                      bool after_currency = false) {
    if (!s.number(i)) return after_currency ? i : words_amount_at(s, i, units, digits, decimals, scale);
    // "H20", "G7": a number glued to letters is a name, not an amount ("Rmb40bn" is money).
    if (!after_currency && s.glued(i) && i > 0 && s.word(i - 1)) return i;
    const std::optional<double> parsed = s.value(i, digits, decimals);
    if (!parsed) return i;
    const double v = *parsed;
    scale.clear();
    double f = s.scale_at(i + 1, scale);
    // "R2,3-billion", "$1.2-billion", "Rs 3,120-crore": a scale word joined by a hyphen,
    // after a currency.
    bool hyphen = false;
    if (f == 0 && after_currency && s.punct(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) && s.word(i + 2)) {
        const std::string_view w = s.text(i + 2);
        if (w == "million" || w == "billion" || w == "trillion" || w == "crore" || w == "lakh") f = s.scale_at(i + 2, scale), hyphen = f > 0;
    }
    units = v * (f > 0 ? f : 1);
    if (f > 0 && scale.empty()) digits = decimal_text(units, decimals);  // "500 crore": no scale the corpus knows
    if (f > 0) return i + (hyphen ? 3 : 2);
    // "5 hundred", "two and a half" is for words; "1.5 trillion" took its scale above.
    return i + 1;
}

// Money: [qualifier] CUR NUMBER [SCALE] [range] | [qualifier] NUMBER [SCALE] CUR, with an
// optional bracketed conversion after it. Also "between 10 and 12 billion yuan". A
// conversion has no conversion of its own: "$1 ($1 ($1 (…" must not recurse once per
// bracket (a megabyte of them would overflow the stack, the page's first).
bool money_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out, bool with_conversion = true) {
    const Scanner& s = c.s;
    std::string code, digits, scale, digits2, scale2, note;
    int decimals = 0, decimals2 = 0;
    double low = 0, high = 0;
    bool yen = false;
    std::size_t first = i, last = 0;
    bool range = false;
    // "between $5 billion and $7 billion"
    if (s.is(i, "between") && s.prefix_currency(i + 1, code, yen)) {
        Extracted a, b;
        std::size_t after = i + 1, after2 = 0;
        if (!money_at(c, i + 1, after, a, false) || !s.is(after, "and") || !money_at(c, after + 1, after2, b, false) ||
            a.value.unit != b.value.unit || a.value.is_range())
            return false;
        Extracted e = make(c, ItemKind::Money, i, after2 - 1);
        std::size_t f = i;
        e.value = a.value;
        e.value.qualifier = s.qualifier_before(f);
        if (f < i) e = make(c, ItemKind::Money, f, after2 - 1), e.value = a.value, e.value.qualifier = s.qualifier_before(f);
        e.value.high = b.value.low;
        e.value.high_text = b.value.low_text;
        if (b.value.scale != a.value.scale) e.value.high_text = decimal_text(b.value.low / a.value.scale_factor(), decimals);
        e.note = a.note;
        next = after2;
        out = std::move(e);
        return true;
    }
    if (std::size_t cur = s.prefix_currency(i, code, yen)) {
        std::size_t j = amount_at(s, i + cur, low, digits, decimals, scale, true);
        if (j == i + cur) return false;
        last = j - 1;
        high = low;
        // "$5bn-$7bn", "$5 to $7 billion"; "from $2.75 to $2.90" is a change, two amounts
        const bool from = i > 0 && s.is(i - 1, "from");
        if ((s.punct(j, "-") || s.punct(j, "\u2013") || (s.is(j, "to") && !from)) && j + 1 < s.size()) {
            std::string code2;
            bool yen2 = false;
            std::size_t k = j + 1;
            if (std::size_t cur2 = s.prefix_currency(k, code2, yen2)) k += cur2;
            std::size_t e = amount_at(s, k, high, digits2, decimals2, scale2, true);
            // "pay S$38.6 million to 41 shipowners": a bare number after "to" with a scale
            // before it, or a noun after it, is whom it goes to, not the range's other end.
            if (e > k && s.is(j, "to") && k == j + 1 && scale2.empty() && (!scale.empty() || (s.word(e) && !s.capital(e)))) e = k;
            if (e > k) {
                if (scale.empty() && !scale2.empty()) {  // "$5 to $7 billion": the scale covers both
                    const double f = scale_factor_of(scale2).value_or(1);
                    low *= f;
                    scale = scale2;
                }
                range = true;
                last = e - 1;
            } else {
                high = low;
            }
        }
    } else {
        // "between 10 and 12 billion yuan" / "10-12 billion yuan" / "150 billion yuan"
        std::size_t k = i;
        bool between = false;
        if (s.is(k, "between") && s.number(k + 1)) {
            between = true;
            ++k;
        }
        std::size_t j = amount_at(s, k, low, digits, decimals, scale);
        if (j == k) return false;
        high = low;
        if ((between && s.is(j, "and")) || (!between && (s.punct(j, "-") || s.punct(j, "\u2013") || s.is(j, "to")) && s.number(j + 1))) {
            std::size_t e = amount_at(s, j + 1, high, digits2, decimals2, scale2);
            if (e > j + 1) {
                if (scale.empty() && !scale2.empty()) {
                    low *= scale_factor_of(scale2).value_or(1);
                    scale = scale2;
                }
                range = true;
                j = e;
            }
        } else if (between) {
            return false;
        }
        // "75 usd million": a code between the number and its scale
        bool coded = false;
        if (scale.empty() && s.word(j) && s.text(j).size() == 3 && is_known_currency(Scanner::upper(s.text(j)))) {
            std::string sc;
            const double f = s.scale_at(j + 1, sc);
            if (f > 0 && !s.glued(j + 1)) {
                code = Scanner::upper(s.text(j));
                low *= f;
                high *= f;
                scale = sc;
                last = j + 1;
                coded = true;
            }
        }
        if (coded) {
        } else if (const std::size_t suffix = s.suffix_currency(j, code)) {
            last = j + suffix - 1;
            // "thirteen dollars and forty-five cents"
            std::string_view sub_code;
            // "1 dollar 50 cents", "5 pounds 20 pence": the sub-unit without "and"
            const bool joined = s.is(last + 1, "and");
            if ((joined || s.number(last + 1)) && !range && scale.empty()) {
                const std::size_t from = last + (joined ? 2 : 1);
                double cents = 0;
                std::string d3, sc3;
                int dec3 = 0;
                const std::size_t e = amount_at(s, from, cents, d3, dec3, sc3);
                if (e > from && sc3.empty() && cents < 100 && dec3 == 0 && s.word(e) && lexicon::sub_unit(s.text(e), &sub_code) > 0 &&
                    !s.is(e, "p")) {
                    low += cents / 100;
                    high = low;
                    digits = decimal_text(low, decimals);
                    last = e;
                }
            }
        } else {
            // Sub-units: "45 cents", "8 pence", "50p", "a 12-cent levy"
            std::string_view sub_code;
            std::size_t u = j;
            if (s.punct(u, "-") && s.glued(u) && s.glued(u + 1) && s.is(u + 1, "cent")) ++u;
            const double f = s.word(u) ? lexicon::sub_unit(s.text(u), &sub_code) : 0;
            if (f == 0 || (s.is(u, "p") && !s.glued(u)) || range) return false;
            if (u > j && !s.number(j - 1)) return false;
            low *= f;
            high = low;
            digits = decimal_text(low, decimals);
            scale.clear();
            code = std::string(sub_code);
            last = u;
        }
    }
    // "lost 20 pounds", "2 pounds of beef": a weight; "18 won on appeal": a verb.
    if (s.is(last, "pounds") || s.is(last, "pound")) {
        if (s.is(last + 1, "of")) return false;
        for (std::size_t b = first; b > 0 && b + 4 > first; --b)
            for (std::string_view w : {"weighed", "weighs", "weigh", "weighing", "lost", "lose", "gained", "gain", "heavier", "lighter"})
                if (s.is(b - 1, w)) return false;
    }
    if (s.is(last, "won") && scale.empty() && low < 100) return false;
    // "PHP 8.3", "PHP 7": the language's versions, not pesos. Pesos come with a scale, two
    // decimals or an amount a price could be.
    if (code == "PHP" && first == i && scale.empty() && !range && low < 100 && decimals != 2) return false;
    Extracted e = make(c, ItemKind::Money, first, last);
    Qualifier q = s.qualifier_before(first);
    if (first < i) e = make(c, ItemKind::Money, first, last);
    e.value.low_text = digits;
    e.value.high_text = range ? digits2 : std::string();
    e.value.low = low;
    e.value.high = high;
    e.value.decimals = decimals;
    e.value.scale = scale;
    e.value.qualifier = q;
    e.value.unit = settle_currency(c, code, yen, e.note);
    if (e.value.unit == "XBT" && e.note.empty()) e.note = "bitcoin has no ISO 4217 code: read as XBT, the code markets use";
    next = last + 1;
    // The rate a conversion was made at, from token r: "R18 to the dollar", "4.30 zlotys per
    // euro", "PLN 4.30/EUR", "3.75 soles per dollar", read as 1 base = rate currency. With
    // `implied_base` (the converted figure's currency) the base may go unsaid: "is about
    // $41,500 at 43.1 lira" is 1 USD = 43.1 TRY. `end` gets the token after it.
    struct StatedRate {
        double rate = 0;
        std::string currency, base;
        std::size_t end = SIZE_MAX;
    };
    auto rate_after = [&](std::size_t r, const std::string& implied_base = {}) -> std::optional<StatedRate> {
        std::size_t r_end = r;
        Extracted rm;
        if (!money_at(c, r, r_end, rm, false) || rm.value.is_range() || !rm.value.scale.empty() || !(rm.value.low > 0)) return std::nullopt;
        std::size_t k = r_end;
        if (s.is(k, "to") && s.is(k + 1, "the")) k += 2;
        else if (s.is(k, "to") || s.is(k, "per") || s.is(k, "a") || s.punct(k, "/")) k += 1;
        else if (!implied_base.empty() && implied_base != rm.value.unit && rm.value.unit == e.value.unit)
            return StatedRate{rm.value.low, rm.value.unit, implied_base, k};
        else return std::nullopt;
        std::string base_code;
        const std::size_t taken = s.suffix_currency(k, base_code);
        const bool dollar = !taken && s.punct(k, "$");
        if (!taken && !dollar) return std::nullopt;
        std::string ignored;
        const std::string base = settle_currency(c, dollar ? "$" : base_code, false, ignored);
        if (base.empty() || base == rm.value.unit) return std::nullopt;
        return StatedRate{rm.value.low, rm.value.unit, base, k + (dollar ? 1 : taken)};
    };
    auto keep_rate = [&](const StatedRate& r) { e.rate = r.rate, e.rate_currency = r.currency, e.rate_base = r.base; };
    // A conversion in brackets right after: "150 billion yuan ($20.64 billion)".
    if (with_conversion && s.punct(next, "(")) {
        std::size_t after = next + 1;
        Extracted conv;
        std::size_t in = next + 1;  // "(about $2.2 billion)": a qualifier inside the brackets
        bool about = false;
        for (std::string_view w : {"about", "around", "roughly", "approximately", "nearly", "some", "over", "almost"})
            if (s.is(in, w)) ++in, about = w != "over";
        // The rate it was converted at may follow inside the brackets: "(about $155 million
        // at R18 to the dollar)", "(about EUR 840 million at 4.30 zlotys per euro)",
        // "(EUR 920m at PLN 4.30/EUR)": kept on the item as 1 rate_base = rate rate_currency.
        std::size_t close = SIZE_MAX;
        if (money_at(c, in, after, conv, false)) {
            if (s.punct(after, ")")) close = after;
            else if (s.is(after, "at")) {
                if (const auto r = rate_after(after + 1); r && s.punct(r->end, ")")) close = r->end, keep_rate(*r);
            }
        }
        if (close != SIZE_MAX) {
            after = close;
            e.converted = conv.value;
            if (about && e.converted->qualifier == Qualifier::Exactly) e.converted->qualifier = Qualifier::About;
            if (e.note.empty()) e.note = conv.note;
            e.end = s.end(after);
            e.text = std::string(c.text.substr(e.start, e.end - e.start));
            next = after + 1;
        }
    }
    // A conversion in brackets a few words on, with the rate it was made at: "₲2.4 trillion
    // over three years (some US$240 million at ₲7,750 to the dollar)", "HKD 41.3bn of total
    // borrowings (roughly US$4.6bn at HK$7.80 to the US dollar)". Kept on the item, whose
    // words stay its own: the words between and the brackets' figure are items of their own.
    if (with_conversion && !e.converted) {
        std::size_t k = next;
        while (k < next + 4 && s.word(k) && !s.capital(k)) ++k;
        if (k > next && s.punct(k, "(")) {
            std::size_t in = k + 1, after = in;
            bool about = false;
            for (std::string_view w : {"about", "around", "roughly", "approximately", "nearly", "some", "almost"})
                if (s.is(in, w)) ++in, about = true;
            Extracted conv;
            if (money_at(c, in, after, conv, false) && !conv.value.unit.empty() && conv.value.unit != e.value.unit && s.is(after, "at"))
                if (const auto r = rate_after(after + 1, conv.value.unit); r && s.punct(r->end, ")")) {
                    keep_rate(*r);
                    e.converted = conv.value;
                    if (about && e.converted->qualifier == Qualifier::Exactly) e.converted->qualifier = Qualifier::About;
                }
        }
    }
    // A conversion after ", or" or a comma and "about": "KRW 1.2 trillion, or about $870
    // million", "S/ 150 million, about $56 million at 3.75 soles per dollar", in another
    // currency, with the rate it was made at when one follows.
    // A conversion in another currency from token `in` ("about $870 million", with "at" and
    // its rate after it when `needs_rate`, else when one follows): kept on the item, which
    // then runs to its end. "₺1,649,000 is about $41,500 at 43.1 lira" (a rate needed, the
    // base unsaid), "KRW 1.2 trillion, or about $870 million", "S/ 150 million, about $56
    // million at 3.75 soles per dollar".
    auto conversion_from = [&](std::size_t in, bool needs_about, bool needs_rate, bool extend = true) {
        bool about = false;
        for (std::string_view w : {"about", "around", "roughly", "approximately", "nearly", "some", "almost"})
            if (s.is(in, w)) ++in, about = true;
        std::size_t after = in;
        Extracted conv;
        if ((needs_about && !about) || !money_at(c, in, after, conv, false) || conv.value.unit == e.value.unit || conv.value.unit.empty())
            return;
        const auto r = s.is(after, "at") ? rate_after(after + 1, conv.value.unit) : std::nullopt;
        if (r) after = r->end, keep_rate(*r);
        else if (needs_rate) return;
        e.converted = conv.value;
        if (about && e.converted->qualifier == Qualifier::Exactly) e.converted->qualifier = Qualifier::About;
        if (!extend) return;
        if (e.note.empty()) e.note = conv.note;
        e.end = s.end(after - 1);
        e.text = std::string(c.text.substr(e.start, e.end - e.start));
        next = after;
    };
    if (with_conversion && !e.converted && (s.is(next, "is") || s.is(next, "equals") || s.is(next, "was")))
        conversion_from(next + 1, false, true);
    if (with_conversion && !e.converted && s.punct(next, ",")) {
        const bool or_after = s.is(next + 1, "or");
        conversion_from(next + (or_after ? 2 : 1), !or_after, false);
    }
    // Or after a dash: "Rs 12.4 crore - about $14.6 million", "CLP 45 billion - about $61
    // million at 950 pesos to the dollar -".
    if (with_conversion && !e.converted && (s.punct(next, "-") || s.punct(next, "\u2013") || s.punct(next, "\u2014")) && !s.glued(next))
        conversion_from(next + 1, true, false);
    // The same a few lower-case words on, with its rate: "THB 27.8 billion investment,
    // roughly $820 million at 36.2 baht to the dollar", "the N45 billion fine, about $34
    // million at N1,540 to the dollar". Kept on the item, whose words stay its own (the
    // figure after the comma is an item too).
    if (with_conversion && !e.converted) {
        std::size_t k = next;
        while (k < next + 3 && s.word(k) && !s.capital(k)) ++k;
        if (k > next && s.punct(k, ",")) {
            const bool or_after = s.is(k + 1, "or");
            conversion_from(k + (or_after ? 2 : 1), !or_after, true, false);
        }
    }
    out = std::move(e);
    return true;
}

// "$1 = 7.2671 Chinese yuan", "1 dollar = 7.27 yuan"
bool rate_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    // "at 4.30 zlotys per euro", "at R18 to the dollar", "at $1.09 a euro", "a rate of
    // 1,380 won to the dollar", "the dollar traded at 1,380 won": a rate in the text, as the
    // brackets of a conversion may state it (money_at), read as 1 base = rate.
    if (i > 0 && (c.s.is(i - 1, "at") || (i > 1 && c.s.is(i - 1, "of") && c.s.is(i - 2, "rate")))) {
        std::size_t after = i;
        Extracted rm;
        if (money_at(c, i, after, rm, false) && !rm.value.is_range() && rm.value.scale.empty() && rm.value.low > 0) {
            std::size_t k = after;
            if (c.s.is(k, "to") && c.s.is(k + 1, "the")) k += 2;
            else if (c.s.is(k, "per") || c.s.is(k, "a") || c.s.is(k, "to") || c.s.punct(k, "/")) k += 1;
            else k = SIZE_MAX;
            std::string code;
            std::size_t taken = k == SIZE_MAX ? 0 : c.s.suffix_currency(k, code);
            std::size_t last = k + taken - 1;
            // The base before the verb: "the dollar traded at", "the euro stood at".
            if (!taken && i >= 4 && c.s.is(i - 1, "at") && c.s.is(i - 4, "the")) {
                bool verb = false;
                for (std::string_view w : {"traded", "stood", "was", "fetched", "bought", "closed", "ended", "changed"})
                    verb |= c.s.is(i - 2, w);
                if (verb && c.s.suffix_currency(i - 3, code) == 1) taken = 1, last = after - 1;
            }
            if (taken) {
                std::string ignored;
                const std::string base = settle_currency(c, code, false, ignored);
                if (!base.empty() && base != rm.value.unit) {
                    Extracted e = make(c, ItemKind::Rate, i, last);
                    e.value = rm.value;
                    e.value.unit = base;
                    e.value.low = e.value.high = 1;
                    e.value.low_text = "1";
                    e.value.high_text.clear();
                    e.value.decimals = 0;
                    e.rate = rm.value.low;
                    e.rate_currency = rm.value.unit;
                    next = last + 1;
                    out = std::move(e);
                    return true;
                }
            }
        }
    }
    // A rate has "=" within a few tokens of its start: look before reading any money.
    bool equals = false;
    for (std::size_t k = i + 1; k < c.s.size() && k < i + 8 && !equals; ++k) equals = c.s.punct(k, "=");
    if (!equals) return false;
    std::size_t after = i;
    Extracted base_item;
    if (!money_at(c, i, after, base_item)) return false;
    const Extracted* base = &base_item;
    if (base->value.low != 1.0 || !c.s.punct(after, "=")) return false;
    std::size_t j = after + 1;
    std::string digits, scale, code;
    int decimals = 0;
    double v = 0;
    std::size_t k = amount_at(c.s, j, v, digits, decimals, scale);
    if (k == j) return false;
    std::size_t cur = c.s.suffix_currency(k, code);
    if (!cur) return false;
    Extracted e = make(c, ItemKind::Rate, i, k + cur - 1);
    e.value = base->value;
    e.rate = v;
    std::string ignored;
    e.rate_currency = settle_currency(c, code, false, ignored);
    e.note = base->note;
    next = k + cur;
    out = std::move(e);
    return true;
}

// Dates written in digits: "2020-07-01", "2021/03/05", "2022.08.15", "1/1/2016",
// "12/25/2023", "25/12/2023", "23.04.2022", "15-Aug-2022", "20161016", "2019-W05".
// `last` gets the date's last token; an order that could be read both ways (day/month or
// month/day) says so in `note`.
bool numeric_date_at(const Scanner& s, std::size_t i, std::size_t& last, Date& d, std::string& how, std::string& note) {
    if (!s.number(i)) return false;
    auto num = [&](std::size_t k) { return std::atoi(std::string(s.text(k)).c_str()); };
    auto valid = [](int y, int m, int dd) { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && dd >= 1 && dd <= days_in_month(y, m); };
    auto sep = [&](std::size_t k, std::string_view p) { return s.punct(k, p) && s.glued(k) && s.glued(k + 1); };
    // Part of a longer code: "133-03-03-2020", "Tel: 138-2010-2015", "a/1/1/2016".
    // A dash with a space before it only brackets the date ("-2020-07-01-").
    if (i > 0 && s.glued(i) && (s.word(i - 1) || (s.punct(i - 1, "-") && s.glued(i - 1)) || s.punct(i - 1, "/") || s.punct(i - 1, ".") || s.punct(i - 1, "+")))
        return false;
    auto free_after = [&](std::size_t k) {
        return !(s.glued(k + 1) && (s.punct(k + 1, "-") || s.punct(k + 1, "/")) && s.number(k + 2)) && !(s.glued(k + 1) && s.number(k + 1));
    };
    const std::string_view t = s.text(i);
    // "23.04.2022", "2022.08.15": the tokenizer keeps dotted digits together
    if (std::count(t.begin(), t.end(), '.') == 2) {
        const std::size_t p1 = t.find('.'), p2 = t.find('.', p1 + 1);
        const int a = std::atoi(std::string(t.substr(0, p1)).c_str()), b = std::atoi(std::string(t.substr(p1 + 1, p2 - p1 - 1)).c_str());
        const int c3 = std::atoi(std::string(t.substr(p2 + 1)).c_str());
        if (p1 == 4 && valid(a, b, c3)) d = Date{a, b, c3, Precision::Day}, how = "year.month.day";
        else if (p1 <= 2 && t.size() - p2 - 1 == 4 && valid(c3, b, a)) d = Date{c3, b, a, Precision::Day}, how = "day.month.year";
        else return false;
        last = i;
        return free_after(i);
    }
    if (t.find('.') != std::string_view::npos || t.find(',') != std::string_view::npos) return false;
    // "20161016"
    if (t.size() == 8 && !(s.glued(i + 1) && !s.punct(i + 1, ".") && !s.punct(i + 1, ","))) {
        const int v = std::atoi(std::string(t).c_str());
        if (!valid(v / 10000, v / 100 % 100, v % 100)) return false;
        d = Date{v / 10000, v / 100 % 100, v % 100, Precision::Day};
        how = "year, month and day run together";
        last = i;
        return true;
    }
    // "2020-07-01", "2021/03/05", "2019-W05"
    if (t.size() == 4) {
        const int y = num(i);
        for (std::string_view p : {"-", "/"}) {
            if (!sep(i + 1, p)) continue;
            if (p == "-" && s.is(i + 2, "W") && s.glued(i + 2) && s.number(i + 3) && s.glued(i + 3) && s.text(i + 3).size() == 2) {
                const int wk = num(i + 3);
                if (wk < 1 || wk > 53 || y < 1900 || y > 2100) return false;
                const long jan4 = days_from_civil(y, 1, 4);
                const long monday = jan4 - weekday_of(jan4) + 7L * (wk - 1);
                d = civil_from_days(monday);
                d.precision = Precision::Week;
                how = "an ISO week";
                last = i + 3;
                return free_after(last);
            }
            if (!s.number(i + 2) || s.text(i + 2).size() > 2 || !sep(i + 3, p) || !s.number(i + 4) || s.text(i + 4).size() > 2) continue;
            if (!valid(y, num(i + 2), num(i + 4))) return false;
            d = Date{y, num(i + 2), num(i + 4), Precision::Day};
            how = "year, month, day";
            last = i + 4;
            return free_after(last);
        }
        return false;
    }
    if (t.size() > 2) return false;
    // "15-Aug-2022"
    if (sep(i + 1, "-") && s.word(i + 2) && is_month_word(s.text(i + 2)) && sep(i + 3, "-") && s.number(i + 4) && s.text(i + 4).size() == 4) {
        const int m = lexicon::month_number(s.text(i + 2));
        if (!valid(num(i + 4), m, num(i))) return false;
        d = Date{num(i + 4), m, num(i), Precision::Day};
        how = "day, month, year";
        last = i + 4;
        return free_after(last);
    }
    // "1/1/2016", "12/25/2023", "25/12/2023", "01-02-2024"
    for (std::string_view p : {"/", "-"}) {
        if (!sep(i + 1, p) || !s.number(i + 2) || s.text(i + 2).size() > 2 || !sep(i + 3, p) || !s.number(i + 4)) continue;
        const std::size_t ylen = s.text(i + 4).size();
        if (ylen != 4 && !(ylen == 2 && p == "/")) return false;
        int y = num(i + 4);
        if (ylen == 2) y += y < 70 ? 2000 : 1900;
        const int a = num(i), b = num(i + 2);
        last = i + 4;
        if (!free_after(last)) return false;
        if (a > 12 && valid(y, b, a)) d = Date{y, b, a, Precision::Day}, how = "day/month/year";
        else if (b > 12 && valid(y, a, b)) d = Date{y, a, b, Precision::Day}, how = "month/day/year";
        else if (valid(y, a, b)) {
            d = Date{y, a, b, Precision::Day};
            how = "month/day/year";
            if (a != b)
                note = "\u201C" + std::string(s.text(i)) + std::string(p) + std::string(s.text(i + 2)) + std::string(p) +
                       std::string(s.text(i + 4)) + "\u201D read as month/day/year; as day/month/year it would be " +
                       Date{y, b, a, Precision::Day}.iso();
        } else return false;
        return true;
    }
    return false;
}

// Lower-case words after which a month alone is a date: prepositions, determiners and the
// words of time ("in April", "the April report", "last April", "April and May").
bool month_introducer(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "in", "on", "at", "by", "since", "until", "till", "through", "throughout", "from", "to", "of", "during", "before",
        "after", "last", "next", "this", "that", "early", "late", "mid", "end", "each", "every", "the", "and", "or", "between",
        "for", "around", "about", "over", "first", "past", "coming", "following", "than", "into", "starting", "beginning",
        "ending", "ended", "as", "per", "its", "their", "his", "her", "our", "a", "an", "late", "earlier", "later", "since",
        "like", "not", "only", "even", "as", "till", "toward", "towards", "against", "versus", "vs", "within", "across",
        "throughout", "mid-", "previous", "same", "whole", "entire", "rest", "most", "all", "half", "via", "ahead", "by",
        "expected", "due", "scheduled", "planned", "set", "slated", "is", "was", "were", "be", "been", "being", "are", "will",
        "would", "could", "should", "may", "might", "in-", "either", "both", "also", "then", "again", "still"};
    for (std::string_view k : kWords)
        if (ieq(w, k)) return true;
    return false;
}

// "Friday" for 4
std::string capital_weekday(int weekday) {
    std::string d(lexicon::weekday_name(weekday));
    if (!d.empty()) d[0] = static_cast<char>(d[0] - 32);
    return d;
}

// "February" for 2
std::string capital_month(int month) {
    std::string m(lexicon::month_name(month));
    if (!m.empty()) m[0] = static_cast<char>(m[0] - 32);
    return m;
}

// Nouns whose number is a label, not a year: "room 2012", "gate 2014", "page 1998".
bool label_noun(std::string_view w) {
    static constexpr std::string_view kLabels[] = {
        "room", "suite", "flat", "apartment", "unit", "gate", "platform", "terminal", "page", "pages", "chapter", "section",
        "article", "clause", "route", "bus", "flight", "train", "exit", "junction", "highway", "lane", "floor", "level",
        "box", "lot", "ticket", "order", "invoice", "case", "no", "number", "building", "block", "track", "episode",
        "row", "seat", "pier", "bay", "ward", "model", "version", "channel", "item", "patent", "serial", "code", "pin"};
    if (w.size() < 2 || w.size() > 9) return false;
    for (std::string_view l : kLabels)
        if (ieq(w, l)) return true;
    return false;
}

// Dates: the phrase is found here; its meaning comes from resolve_date_expression.
bool date_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    const Scanner& s = c.s;
    std::size_t first = i, last = i;
    auto lead_in = [&](std::size_t& f) {
        while (f > 0 && (s.is(f - 1, "last") || s.is(f - 1, "next") || s.is(f - 1, "this") || s.is(f - 1, "past") ||
                         s.is(f - 1, "early") || s.is(f - 1, "late") || s.is(f - 1, "mid") || s.is(f - 1, "since") ||
                         s.is(f - 1, "by") || s.is(f - 1, "until") || s.is(f - 1, "in") || s.is(f - 1, "on") ||
                         s.is(f - 1, "the") || s.is(f - 1, "previous") || s.is(f - 1, "current") || s.is(f - 1, "following") ||
                         s.is(f - 1, "coming")))
            --f;
        // "the" alone does not open a date phrase ("the 2021 plan").
        while (f < i && s.is(f, "the") && !(s.is(f + 1, "current") || s.is(f + 1, "previous") || s.is(f + 1, "past") ||
                                             s.is(f + 1, "following") || s.is(f + 1, "coming") || s.is(f + 1, "day") ||
                                             s.is(f + 1, "year") || s.is(f + 1, "week")))
            ++f;
    };
    auto year_at = [&](std::size_t k) {
        if (!s.number(k) || s.text(k).size() != 4) return false;
        const int y = std::atoi(std::string(s.text(k)).c_str());
        return y >= 1900 && y <= 2100 && !(s.glued(k) && k > 0 && s.word(k - 1));
    };
    auto day_at = [&](std::size_t k) {
        if (!s.number(k) || s.text(k).size() > 2) return false;
        const int d = std::atoi(std::string(s.text(k)).c_str());
        return d >= 1 && d <= 31;
    };
    const std::string_view w = s.text(i);
    // A word starts a date only if the lexicon knows it (months, weekdays, number words,
    // ordinals, holidays, time words), or it is "FY" or "Q".
    if (s.word(i) && (s.cls(i) & lexicon::kStartsItem) == 0 && !(w.size() <= 2 && (ieq(w, "FY") || ieq(w, "Q")))) return false;
    {
        Date d;
        std::string how, note;
        if (numeric_date_at(s, i, last, d, how, note)) {
            Extracted e = make(c, ItemKind::Date, first, last);
            e.date.ok = true;
            e.date.date = d;
            e.date.reasoning = "\u201C" + e.text + "\u201D \u2192 " + d.display() + ": the date as written (" + how + ")";
            e.note = std::move(note);
            next = last + 1;
            out = std::move(e);
            return true;
        }
        last = i;
    }
    // An item whose date is computed here rather than by resolve_date_expression.
    auto emit = [&](std::size_t f, std::size_t l, DateResolution r) {
        Extracted e = make(c, ItemKind::Date, f, l);
        e.date = std::move(r);
        next = l + 1;
        out = std::move(e);
        return true;
    };
    auto resolved = [&](std::size_t f, std::size_t l, const std::string& words, const std::string& how) {
        DateResolution r = resolve_date_expression(words, c.anchor);
        const std::string text(c.text.substr(s.start(f), s.end(l) - s.start(f)));
        if (r.ok) r.reasoning = "\u201C" + text + "\u201D \u2192 " + r.date.display() + ": " + how;
        return emit(f, l, std::move(r));
    };
    // "2025/26", "2025-26": a year that spans two calendar years (a fiscal year, a season),
    // named by the year it ends in, as "fiscal 2026" and "the year to March 2025" are.
    auto span_end_year = [&](std::size_t k) {
        if (!year_at(k) || !s.glued(k + 1) || !(s.punct(k + 1, "/") || s.punct(k + 1, "-")) || !s.glued(k + 2) || !s.number(k + 2) ||
            s.text(k + 2).size() != 2 || (s.glued(k + 3) && (s.number(k + 3) || s.punct(k + 3, "/") || s.punct(k + 3, "-"))))
            return 0;
        const int y = std::atoi(std::string(s.text(k)).c_str());
        return std::atoi(std::string(s.text(k + 2)).c_str()) == (y + 1) % 100 ? y + 1 : 0;
    };
    // The resolver reads the span the same way (dates.cpp); its words from the year on.
    auto span_year = [&](std::size_t f, std::size_t k) {
        return resolved(f, k + 2, std::string(c.text.substr(s.start(k), s.end(k + 2) - s.start(k))),
                        "a year across two calendar years (a fiscal year, a season), named by the year it ends in");
    };
    auto two_digit_year = [&](std::size_t k) {
        if (!s.number(k) || s.text(k).size() != 2) return 0;
        return 2000 + std::atoi(std::string(s.text(k)).c_str());
    };
    // "3Q24", "4Q 2023": quarter first
    if (s.number(i) && s.text(i).size() == 1 && s.text(i)[0] >= '1' && s.text(i)[0] <= '4' && s.is(i + 1, "Q") && s.glued(i + 1)) {
        const std::string q = "Q" + std::string(s.text(i));
        if (const int y = s.glued(i + 2) ? two_digit_year(i + 2) : 0) return resolved(i, i + 2, q + " " + std::to_string(y), "the quarter as written");
        if (year_at(i + 2) && !s.glued(i + 2)) return resolved(i, i + 2, q + " " + std::string(s.text(i + 2)), "the quarter as written");
        if (!s.glued(i + 2) || !s.number(i + 2)) return resolved(i, i + 1, q, "the most recent " + q + " on or before the source's date");
    }
    // "FY2024", "FY25", "fiscal 2026", "fiscal year 2025"
    if (s.is(i, "FY") && s.number(i + 1) && s.glued(i + 1) && (s.text(i + 1).size() == 2 || s.text(i + 1).size() == 4) &&
        !(s.glued(i + 2) && (s.word(i + 2) || s.number(i + 2))) && (s.text(i + 1).size() == 2 || s.text(i + 1).substr(0, 2) == "19" || s.text(i + 1).substr(0, 2) == "20")) {
        const int y = s.text(i + 1).size() == 2 ? two_digit_year(i + 1) : std::atoi(std::string(s.text(i + 1)).c_str());
        DateResolution r;
        r.ok = true;
        r.date = Date{y, 0, 0, Precision::Year};
        r.reasoning = "\u201C" + std::string(c.text.substr(s.start(i), s.end(i + 1) - s.start(i))) + "\u201D \u2192 " + r.date.iso() +
                      ": the fiscal year as written (its calendar months depend on the company)";
        return emit(i, i + 1, std::move(r));
    }
    if (s.is(i, "fiscal") && (year_at(i + 1) || (s.is(i + 1, "year") && year_at(i + 2)))) {
        const std::size_t l = year_at(i + 1) ? i + 1 : i + 2;
        if (span_end_year(l)) return span_year(i, l);
        DateResolution r = resolve_date_expression(s.text(l), c.anchor);
        if (r.ok) r.reasoning = "\u201C" + std::string(c.text.substr(s.start(i), s.end(l) - s.start(i))) + "\u201D \u2192 " + r.date.iso() +
                                ": the fiscal year as written (its calendar months depend on the company)";
        return emit(i, l, std::move(r));
    }
    // "week 37", "week 5 of 2019": ISO weeks
    if (s.is(i, "week") && s.number(i + 1) && s.text(i + 1).size() <= 2 && !s.glued(i + 1)) {
        const int wk = std::atoi(std::string(s.text(i + 1)).c_str());
        std::size_t l = i + 1;
        int y = c.anchor ? c.anchor->year : 0;
        if (s.is(i + 2, "of") && year_at(i + 3)) y = std::atoi(std::string(s.text(i + 3)).c_str()), l = i + 3;
        if (wk >= 1 && wk <= 53 && y) {
            const long jan4 = days_from_civil(y, 1, 4);
            Date d = civil_from_days(jan4 - weekday_of(jan4) + 7L * (wk - 1));
            d.precision = Precision::Week;
            DateResolution r;
            r.ok = true;
            r.date = d;
            r.reasoning = "\u201C" + std::string(c.text.substr(s.start(i), s.end(l) - s.start(i))) + "\u201D \u2192 " + d.iso() +
                          ": ISO week " + std::to_string(wk) + (l == i + 1 ? " of the source's year" : "");
            std::size_t f = i;
            lead_in(f);
            return emit(f, l, std::move(r));
        }
    }
    // "the week of March 4, 2024": the week holding that day
    if (s.is(i, "week") && s.is(i + 1, "of") && s.word(i + 2) && is_full_month(s.text(i + 2))) {
        std::size_t n2 = i + 2;
        Extracted inner;
        if (date_at(c, i + 2, n2, inner) && inner.date.ok && inner.date.date.precision == Precision::Day) {
            const long day = inner.date.date.first_day();
            Date d = civil_from_days(day - weekday_of(day));
            d.precision = Precision::Week;
            DateResolution r;
            r.ok = true;
            r.date = d;
            r.reasoning = "\u201C" + std::string(c.text.substr(s.start(i), s.end(n2 - 1) - s.start(i))) + "\u201D \u2192 " + d.iso() +
                          ": the week (Monday to Sunday) holding " + inner.date.date.iso();
            std::size_t f = i;
            if (f > 0 && s.is(f - 1, "the")) --f;
            return emit(f, n2 - 1, std::move(r));
        }
    }
    // Holidays: "Christmas Day 2024", "New Year's Eve", "Thanksgiving 2024", "Easter Sunday"
    if (s.capital(i) && (lexicon::starts_holiday_name(w) || ieq(w, "Thanksgiving") || ieq(w, "Easter") || ieq(w, "Labor") ||
                         ieq(w, "Labour") || ieq(w, "Memorial") || ieq(w, "Good"))) {
        std::string name;
        std::size_t l = i, best_l = 0;
        int month = 0, day = 0;
        std::string best;
        for (std::size_t k = i; k < s.size() && k < i + 6; ++k) {
            const std::string_view t = s.text(k);
            if (s.word(k)) {
                if (k > i && !s.glued(k)) name += ' ';
                char buf[24];
                const std::string_view low = lowered(t, buf);
                if (low.empty()) break;
                name += low;
            } else if (t == "'" || t == "\u2019") {
                name += '\'';
            } else {
                break;
            }
            l = k;
            if (const lexicon::Holiday* h = lexicon::holiday_named(name)) month = h->month, day = h->day, best_l = l, best = name;
            else if (name == "thanksgiving" || name == "thanksgiving day" || name == "easter" || name == "easter sunday" ||
                     name == "labor day" || name == "labour day" || name == "memorial day" || name == "good friday")
                month = -1, best_l = l, best = name;
        }
        if (month != 0 && !(s.capital(best_l + 1) && !year_at(best_l + 1))) {
            l = best_l;
            int y = 0;
            if (year_at(l + 1)) y = std::atoi(std::string(s.text(l + 1)).c_str()), ++l;
            auto date_in = [&](int year) {
                if (month > 0) return Date{year, month, day, Precision::Day};
                if (best.starts_with("thanksgiving")) {  // the fourth Thursday of November
                    const long nov1 = days_from_civil(year, 11, 1);
                    return civil_from_days(nov1 + (3 - weekday_of(nov1) + 7) % 7 + 21);
                }
                if (best.starts_with("labo") ) {  // the first Monday of September (US)
                    const long sep1 = days_from_civil(year, 9, 1);
                    return civil_from_days(sep1 + (7 - weekday_of(sep1)) % 7);
                }
                if (best.starts_with("memorial")) {  // the last Monday of May
                    const long may31 = days_from_civil(year, 5, 31);
                    return civil_from_days(may31 - weekday_of(may31));
                }
                // Easter Sunday (anonymous Gregorian computus); Good Friday two days before
                const int a = year % 19, b = year / 100, cc = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
                          g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, ii = cc / 4, k = cc % 4,
                          L = (32 + 2 * e + 2 * ii - h - k) % 7, m = (a + 11 * h + 22 * L) / 451;
                const int em = (h + L - 7 * m + 114) / 31, ed = (h + L - 7 * m + 114) % 31 + 1;
                const long easter = days_from_civil(year, em, ed);
                return civil_from_days(best == "good friday" ? easter - 2 : easter);
            };
            DateResolution r;
            const std::string text(c.text.substr(s.start(i), s.end(l) - s.start(i)));
            if (y) {
                r.ok = true;
                r.date = date_in(y);
                r.reasoning = "\u201C" + text + "\u201D \u2192 " + r.date.display() + ": the holiday in the year as written";
            } else if (c.anchor && c.anchor->precision == Precision::Day) {
                Date d = date_in(c.anchor->year);
                if (d.first_day() > c.anchor->first_day()) d = date_in(c.anchor->year - 1);
                r.ok = true;
                r.date = d;
                r.reasoning = "\u201C" + text + "\u201D \u2192 " + d.display() + ": the most recent one on or before the source's date " +
                              c.anchor->display();
            } else {
                r.reasoning = "\u201C" + text + "\u201D: needs the source's date to know the year";
            }
            return emit(i, l, std::move(r));
        }
    }
    // "tomorrow", "the day before yesterday", "the day after tomorrow", "last night",
    // "this morning", "tonight"
    if (s.is(i, "tomorrow") || s.is(i, "tonight") ||
        ((s.is(i, "night") || s.is(i, "morning") || s.is(i, "afternoon") || s.is(i, "evening")) && i > 0 &&
         (s.is(i - 1, "last") || s.is(i - 1, "this"))) ||
        (s.is(i, "day") && (s.is(i + 1, "before") || s.is(i + 1, "after")) && (s.is(i + 2, "yesterday") || s.is(i + 2, "tomorrow")))) {
        long offset = 0;
        std::size_t f = i, l = i;
        if (s.is(i, "tomorrow")) offset = 1;
        else if (s.is(i, "day")) offset = s.is(i + 2, "yesterday") ? -2 : 2, l = i + 2;
        else if (s.is(i, "night") && s.is(i - 1, "last")) offset = -1, f = i - 1;
        else if (!s.is(i, "tonight")) f = i - 1;
        if (f > 0 && s.is(f - 1, "the") && s.is(i, "day")) --f;
        DateResolution r;
        const std::string text(c.text.substr(s.start(f), s.end(l) - s.start(f)));
        if (c.anchor && c.anchor->precision == Precision::Day) {
            r.ok = true;
            r.date = civil_from_days(c.anchor->first_day() + offset);
            r.reasoning = "\u201C" + text + "\u201D \u2192 " + r.date.display() + ": " +
                          (offset == 0 ? std::string("the source's own date") : std::to_string(offset < 0 ? -offset : offset) +
                                                                                  (offset == 1 || offset == -1 ? " day " : " days ") +
                                                                                  (offset < 0 ? "before" : "after") + " the source's date");
        } else {
            r.reasoning = "\u201C" + text + "\u201D: needs the source's date to the day";
        }
        return emit(f, l, std::move(r));
    }
    // "in three days", "in two weeks", "a week ago", "three months ago", "two years ago"
    if ((s.number(i) || (s.word(i) && (lexicon::unit_number(w) >= 1 || s.is(i, "a") || lexicon::tens_number(w) > 0))) &&
        (s.is(i + 1, "day") || s.is(i + 1, "days") || s.is(i + 1, "week") || s.is(i + 1, "weeks") || s.is(i + 1, "month") ||
         s.is(i + 1, "months") || s.is(i + 1, "year") || s.is(i + 1, "years")) &&
        (s.is(i + 2, "ago") || (i > 0 && s.is(i - 1, "in") && !s.is(i + 2, "of") && !s.is(i + 2, "to")))) {
        int n = s.is(i, "a") ? 1 : s.number(i) ? std::atoi(std::string(w).c_str()) : std::max(lexicon::unit_number(w), lexicon::tens_number(w));
        const bool ago = s.is(i + 2, "ago");
        const std::size_t f = ago ? i : i - 1, l = ago ? i + 2 : i + 1;
        const char unit = static_cast<char>(s.text(i + 1)[0] | 0x20);
        const std::string text(c.text.substr(s.start(f), s.end(l) - s.start(f)));
        DateResolution r;
        const int sign = ago ? -1 : 1;
        if (n > 0 && n < 1000 && c.anchor && (unit == 'y' || c.anchor->precision == Precision::Day ||
                                              (unit == 'm' && static_cast<int>(c.anchor->precision) >= static_cast<int>(Precision::Month)))) {
            const Date& a = *c.anchor;
            Date d;
            if (unit == 'd') d = civil_from_days(a.first_day() + sign * n);
            else if (unit == 'w') {
                const long day = a.first_day() + sign * 7L * n;
                d = civil_from_days(day - weekday_of(day));
                d.precision = Precision::Week;
            } else if (unit == 'm') {
                int mm = a.month + sign * n, yy = a.year;
                while (mm < 1) mm += 12, --yy;
                while (mm > 12) mm -= 12, ++yy;
                d = Date{yy, mm, 0, Precision::Month};
            } else {
                d = Date{a.year + sign * n, 0, 0, Precision::Year};
            }
            r.ok = true;
            r.date = d;
            r.reasoning = "\u201C" + text + "\u201D \u2192 " + d.display() + ": " + std::to_string(n) + " " + std::string(s.text(i + 1)) +
                          (ago ? " before " : " after ") + "the source's date " + a.display();
        } else {
            r.reasoning = "\u201C" + text + "\u201D: needs the source's date";
        }
        return emit(f, l, std::move(r));
    }
    // "the 15th": that day of the month, the most recent on or before the source's date
    if (s.number(i) && s.text(i).size() <= 2 && i > 0 && s.is(i - 1, "the") && s.glued(i + 1) &&
        (s.is(i + 1, "st") || s.is(i + 1, "nd") || s.is(i + 1, "rd") || s.is(i + 1, "th")) && !s.word(i + 2) && !s.number(i + 2)) {
        const int dom = std::atoi(std::string(w).c_str());
        if (dom >= 1 && dom <= 31) {
            DateResolution r;
            const std::string text(c.text.substr(s.start(i - 1), s.end(i + 1) - s.start(i - 1)));
            if (c.anchor && c.anchor->precision == Precision::Day) {
                int y = c.anchor->year, m = c.anchor->month;
                if (dom > c.anchor->day && --m < 1) m = 12, --y;
                while (dom > days_in_month(y, m))
                    if (--m < 1) m = 12, --y;
                r.ok = true;
                r.date = Date{y, m, dom, Precision::Day};
                r.reasoning = "\u201C" + text + "\u201D \u2192 " + r.date.display() + ": the most recent " + std::to_string(dom) +
                              " of a month on or before the source's date " + c.anchor->display();
            } else {
                r.reasoning = "\u201C" + text + "\u201D: needs the source's date to the day";
            }
            std::size_t f = i - 1;
            lead_in(f);
            if (f == i && i > 0) f = i - 1;
            return emit(f, i + 1, std::move(r));
        }
    }
    // "the first three months of 2024", "the first three months of the year": the first quarter
    if (s.is(i, "first") && (s.is(i + 1, "three") || (s.number(i + 1) && s.text(i + 1) == "3")) && s.is(i + 2, "months") &&
        s.is(i + 3, "of")) {
        std::size_t f = i > 0 && s.is(i - 1, "the") ? i - 1 : i;
        if (year_at(i + 4)) return resolved(f, i + 4, "Q1 " + std::string(s.text(i + 4)), "the first three months: the first quarter");
        if ((s.is(i + 4, "the") || s.is(i + 4, "this")) && s.is(i + 5, "year"))
            return resolved(f, i + 5, "Q1", "the first three months of the source's year: its first quarter");
    }
    // "the 12 months to June 2024", "the twelve months to September 2023": a trailing year,
    // dated by its last month
    if ((s.number(i) ? s.text(i) == "12" : s.is(i, "twelve")) && s.is(i + 1, "months") && s.is(i + 2, "to") && s.month(i + 3)) {
        std::size_t n2 = i + 3;
        Extracted inner;
        if (date_at(c, i + 3, n2, inner) && inner.date.ok && inner.date.date.precision == Precision::Month) {
            std::size_t f = i > 0 && s.is(i - 1, "the") ? i - 1 : i;
            DateResolution r = inner.date;
            r.reasoning = "\u201C" + std::string(c.text.substr(s.start(f), s.end(n2 - 1) - s.start(f))) + "\u201D \u2192 " +
                          r.date.iso() + ": the twelve months ending in that month (dated by their last month)";
            return emit(f, n2 - 1, std::move(r));
        }
    }
    // "this weekend", "last weekend", "next weekend": the week that holds that Saturday and
    // Sunday (dates have no weekend precision; the reasoning says which days)
    if (s.is(i, "weekend") && i > 0 &&
        (s.is(i - 1, "this") || s.is(i - 1, "last") || s.is(i - 1, "next") || s.is(i - 1, "past") || s.is(i - 1, "coming"))) {
        const std::size_t f = i - 1;
        const int step = s.is(f, "last") || s.is(f, "past") ? -1 : s.is(f, "next") ? 1 : 0;
        DateResolution r;
        const std::string text(c.text.substr(s.start(f), s.end(i) - s.start(f)));
        if (c.anchor && c.anchor->precision == Precision::Day) {
            const long a = c.anchor->first_day();
            const long monday = a - weekday_of(a) + 7L * step;
            Date d = civil_from_days(monday);
            d.precision = Precision::Week;
            r.ok = true;
            r.date = d;
            r.reasoning = "\u201C" + text + "\u201D \u2192 " + d.iso() + ": the weekend of " + civil_from_days(monday + 5).iso() +
                          " and " + civil_from_days(monday + 6).iso() + ", given as its week, " +
                          (step < 0 ? "the week before " : step > 0 ? "the week after " : "the week of ") + "the source's date " +
                          c.anchor->display();
        } else {
            r.reasoning = "\u201C" + text + "\u201D: needs the source's date to the day";
        }
        return emit(f, i, std::move(r));
    }
    // "on 10/2", "by 3/15": a month and a day without a year, read month/day (the US order),
    // and the note gives the other reading
    if (s.number(i) && i > 0 && (s.is(i - 1, "on") || s.is(i - 1, "by") || s.is(i - 1, "until") || s.is(i - 1, "since")) &&
        s.text(i).size() <= 2 && s.punct(i + 1, "/") && s.glued(i + 1) && s.glued(i + 2) && s.number(i + 2) && s.text(i + 2).size() <= 2 &&
        !(s.glued(i + 3) && (s.punct(i + 3, "/") || s.punct(i + 3, "-") || s.number(i + 3) || s.word(i + 3)))) {
        const int a = std::atoi(std::string(w).c_str()), b = std::atoi(std::string(s.text(i + 2)).c_str());
        const bool us = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        const bool eu = b >= 1 && b <= 12 && a >= 1 && a <= 31;
        if (us || eu) {
            const int month = us ? a : b, day = us ? b : a;
            if (resolved(i - 1, i + 2, std::string(lexicon::month_name(month)) + " " + std::to_string(day),
                         std::string(us ? "month/day" : "day/month (no month " + std::to_string(a) + ")") +
                             ", the most recent on or before the source's date")) {
                if (us && eu && a != b)
                    out.note = "\u201C" + std::string(w) + "/" + std::string(s.text(i + 2)) + "\u201D read as month/day; as day/month it would be " +
                               std::to_string(a) + " " + capital_month(b);
                return true;
            }
        }
    }
    // "in two thousand and twenty": a year in words
    if (s.word(i) && i > 0 && (s.is(i - 1, "in") || s.is(i - 1, "since") || s.is(i - 1, "by")) && lexicon::unit_number(w) >= 1) {
        double v = 0;
        std::string digits, scale;
        int decimals = 0;
        const std::size_t e = words_amount_at(s, i, v, digits, decimals, scale);
        if (e > i + 1 && v >= 1900 && v <= 2100 && v == std::floor(v) && !(s.word(e) && lexicon::is_plural_noun(s.text(e))))
            return resolved(i, e - 1, std::to_string(static_cast<int>(v)), "the year in words");
    }
    bool found = false;
    bool undated_words = false;  // "recently": a date reference that no date resolves
    if (s.is(i, "fiscal") && s.is(i + 1, "year") && (s.is(i + 2, "ended") || s.is(i + 2, "ending")) && s.word(i + 3) &&
        is_month_word(s.text(i + 3)) && day_at(i + 4)) {
        last = i + 4;
        if (s.punct(last + 1, ",") && year_at(last + 2)) last += 2;
        found = true;
    } else if (s.word(i) && (is_full_month(w) || (is_month_abbr(w) && s.capital(i)))) {
        // "May" the month wants a capital and a day or a year next to it; so does a month in
        // lower case ("thousands march"), and a month glued to a hyphen and a word is a name
        // ("Mar-a-Lago").
        const bool dated = day_at(i + 1) || year_at(i + 1) || day_at(i - 1);
        if ((ieq(w, "may") || !s.capital(i)) && !dated && !(i >= 2 && s.number(i - 2))) return false;
        // A month alone right after a verb is a person ("She asked April to join"); one that
        // opens a sentence with "on" or "forward" is the verb ("March on, the general said").
        const bool numbers_near = s.number(i + 1) || s.number(i + 2) || s.number(i + 3) || (i > 0 && s.number(i - 1));
        // ("said March sales rose": a month before a noun is a date, so only a month followed by
        // punctuation or a function word is taken for a person)
        const bool object_like = !s.word(i + 1) || s.is(i + 1, "to") || s.is(i + 1, "that") || s.is(i + 1, "about") ||
                                 s.is(i + 1, "if") || s.is(i + 1, "whether") || s.is(i + 1, "for") || s.is(i + 1, "with") ||
                                 s.is(i + 1, "at");
        if (!numbers_near && object_like && i > 0 && s.word(i - 1) && !s.capital(i - 1) && !month_introducer(s.text(i - 1)))
            return false;
        if (!dated && ieq(w, "March") && (i == 0 || !s.word(i - 1)) && (s.is(i + 1, "on") || s.is(i + 1, "forward")) &&
            !s.word(i + 2))
            return false;
        if (s.punct(i + 1, "-") && s.glued(i + 1) && s.word(i + 2) && !is_month_word(s.text(i + 2))) return false;
        // "March Madness", "April Ryan", "Jan Koum": a month before a capitalised word is a
        // name, unless words before make it a date ("in March Google said").
        const bool introduced = i > 0 && (s.is(i - 1, "in") || s.is(i - 1, "on") || s.is(i - 1, "since") || s.is(i - 1, "by") ||
                                          s.is(i - 1, "until") || s.is(i - 1, "last") || s.is(i - 1, "next") || s.is(i - 1, "early") ||
                                          s.is(i - 1, "late") || s.is(i - 1, "mid") || s.is(i - 1, "from") || s.is(i - 1, "to") ||
                                          s.is(i - 1, "of") || s.is(i - 1, "during") || s.is(i - 1, "this"));
        if (s.capital(i + 1) && !is_month_word(s.text(i + 1)) && !introduced && !day_at(i - 1)) return false;
        // "July-September", "the April-June quarter": three months that make a quarter
        if (s.punct(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) && s.word(i + 2) && is_full_month(s.text(i + 2))) {
            const int m1 = lexicon::month_number(w), m2 = lexicon::month_number(s.text(i + 2));
            std::size_t l = i + 2, f = i;
            if (s.is(l + 1, "quarter")) ++l;
            if (year_at(l + 1)) ++l;
            if (f > 0 && s.is(f - 1, "the")) --f;
            if (m1 % 3 == 1 && m2 == m1 + 2) {
                std::string words = "Q" + std::to_string((m1 - 1) / 3 + 1);
                if (year_at(l)) words += " " + std::string(s.text(l));
                return resolved(f, l, words, "the quarter of those months" + std::string(year_at(l) ? "" : ", the most recent on or before the source's date"));
            }
        }
        // "the year to March 2025", "the 12 months to June 2024": the period's last month
        if (i >= 2 && s.is(i - 1, "to") && (s.is(i - 2, "year") || (s.is(i - 2, "months") && s.number(i - 3)))) first = s.is(i - 2, "year") ? i - 2 : i - 3;
        last = i;
        if (s.punct(i + 1, ".") && is_month_abbr(w)) last = i + 1;
        auto ordinal_day = [&](std::size_t k) {  // "04th", "1st": a day and its glued suffix
            return k >= 1 && day_at(k - 1) && s.glued(k) &&
                   (s.is(k, "st") || s.is(k, "nd") || s.is(k, "rd") || s.is(k, "th"));
        };
        if (i >= 2 && ordinal_day(i - 1) && !s.glued(i) && !day_at(last + 1)) {
            first = i - 2;  // "04th Jan 2019"
            if (year_at(last + 1)) ++last;
        } else if (i >= 3 && s.is(i - 1, "of") && ordinal_day(i - 2) && !day_at(last + 1)) {
            first = i - 3;  // "5th of March 2021"
            if (year_at(last + 1)) ++last;
        } else if (i > 0 && day_at(i - 1) && !s.glued(i) && !day_at(last + 1)) {
            first = i - 1;  // "13 March 2025", "Wed 22 Jan"
            if (year_at(last + 1)) ++last;
            if (i >= 2 && s.capital(i - 2) && (lexicon::weekday_abbreviation(s.text(i - 2)) >= 0 || s.weekday(i - 2))) first = i - 2;
        } else if (day_at(last + 1)) {
            ++last;
            if (s.word(last + 1) && (ieq(s.text(last + 1), "st") || ieq(s.text(last + 1), "nd") || ieq(s.text(last + 1), "rd") ||
                                     ieq(s.text(last + 1), "th")) && s.glued(last + 1))
                ++last;
            if (s.punct(last + 1, ",") && year_at(last + 2)) last += 2;
            else if (year_at(last + 1)) ++last;
        } else if (year_at(last + 1)) {
            ++last;
        } else if (s.is(last + 1, "of") && year_at(last + 2)) {
            last += 2;  // "June of 2021"
        }
        if ((s.is(last + 1, "last") || s.is(last + 1, "this") || s.is(last + 1, "next")) && s.is(last + 2, "year")) last += 2;
        found = true;
    } else if (s.word(i) && is_weekday(w)) {
        // "The Sunday Times", "Good Friday Agreement": a name; "every Saturday": no one day.
        if (s.capital(i + 1) && !is_month_word(s.text(i + 1))) return false;
        if (i > 0 && (s.is(i - 1, "every") || s.is(i - 1, "Good") || (s.is(i - 1, "other") && s.is(i - 2, "every")) ||
                      s.is(i - 1, "each")))
            return false;
        // "the Mail on Sunday", "the Independent on Sunday": newspapers.
        if (i >= 2 && s.is(i - 1, "on") && s.capital(i - 2) && (s.is(i - 2, "Mail") || s.is(i - 2, "Independent"))) return false;
        last = i;
        // "Monday, June 3, 2024", "Wednesday, January 22": the date after the weekday
        // "Tuesday, 24 November": the day first.
        const bool month_next = s.word(i + 2) && s.capital(i + 2) && is_month_word(s.text(i + 2));
        const bool day_next = s.number(i + 2) && s.text(i + 2).size() <= 2 && s.word(i + 3) && s.capital(i + 3) && is_month_word(s.text(i + 3));
        if (s.punct(i + 1, ",") && (month_next || day_next)) {
            // A day-first date is read from its month, reaching back to the day.
            std::size_t n2 = i + (day_next ? 3 : 2);
            Extracted inner;
            if (date_at(c, n2, n2, inner) && inner.date.ok && inner.date.date.precision == Precision::Day && inner.start == s.start(i + 2)) {
                std::size_t f = i;
                lead_in(f);
                DateResolution r = inner.date;
                // No year written: of the year the date was read in and the ones either side,
                // the one whose day is that weekday.
                bool year_by_weekday = false;
                if (!year_at(n2 - 1) && weekday_of(r.date.first_day()) != lexicon::weekday_number(w))
                    for (int dy : {1, -1}) {
                        const Date d{r.date.year + dy, r.date.month, r.date.day, Precision::Day};
                        if (d.day <= days_in_month(d.year, d.month) && weekday_of(d.first_day()) == lexicon::weekday_number(w)) {
                            r.date = d;
                            year_by_weekday = true;
                            break;
                        }
                    }
                r.reasoning = "\u201C" + std::string(c.text.substr(s.start(f), s.end(n2 - 1) - s.start(f))) + "\u201D \u2192 " +
                              r.date.display() + ": the date as written" +
                              (year_by_weekday ? " (the year whose " + std::to_string(r.date.day) + " " + capital_month(r.date.month) + " is that weekday)"
                               : weekday_of(r.date.first_day()) == lexicon::weekday_number(w) ? "" : " (its weekday does not match)");
                return emit(f, n2 - 1, std::move(r));
            }
        }
        // "wednesday the 31st", "wednesday the thirty first"
        if (s.is(i + 1, "the")) {
            int dom = 0;
            std::size_t l = i + 1;
            if (s.number(i + 2) && s.text(i + 2).size() <= 2 && s.glued(i + 3) &&
                (s.is(i + 3, "st") || s.is(i + 3, "nd") || s.is(i + 3, "rd") || s.is(i + 3, "th")))
                dom = std::atoi(std::string(s.text(i + 2)).c_str()), l = i + 3;
            else if (lexicon::ordinal_number(s.text(i + 2)) > 0) dom = lexicon::ordinal_number(s.text(i + 2)), l = i + 2;
            else if (lexicon::tens_number(s.text(i + 2)) > 0) {
                const int t = lexicon::tens_number(s.text(i + 2));
                std::size_t k = i + 3;
                if (s.punct(k, "-") && s.glued(k)) ++k;
                if (lexicon::ordinal_number(s.text(k)) > 0 && lexicon::ordinal_number(s.text(k)) < 10)
                    dom = t + lexicon::ordinal_number(s.text(k)), l = k;
            }
            if (dom >= 1 && dom <= 31) {
                DateResolution r;
                const std::string text(c.text.substr(s.start(i), s.end(l) - s.start(i)));
                if (c.anchor && c.anchor->precision == Precision::Day) {
                    // the most recent such day of a month, on or before the source's date, that is that weekday
                    const Date& a = *c.anchor;
                    int y = a.year, m = a.month;
                    bool ok = false;
                    for (int step = 0; step < 28 && !ok; ++step) {
                        if (dom <= days_in_month(y, m) && days_from_civil(y, m, dom) <= a.first_day() &&
                            weekday_of(days_from_civil(y, m, dom)) == lexicon::weekday_number(w))
                            ok = true;
                        else if (--m < 1) m = 12, --y;
                    }
                    if (ok) {
                        r.ok = true;
                        r.date = Date{y, m, dom, Precision::Day};
                        r.reasoning = "\u201C" + text + "\u201D \u2192 " + r.date.display() + ": the most recent " +
                                      std::to_string(dom) + " of a month that is that weekday, on or before the source's date " + a.display();
                    } else {
                        r.reasoning = "\u201C" + text + "\u201D: no such day";
                    }
                } else {
                    r.reasoning = "\u201C" + text + "\u201D: needs the source's date to the day";
                }
                std::size_t f = i;
                lead_in(f);
                return emit(f, l, std::move(r));
            }
        }
        // "from next Monday to Friday": the first such weekday after the day the range starts on
        if (i >= 2 && (s.is(i - 1, "to") || s.is(i - 1, "until") || s.is(i - 1, "through")) && c.day_after == i - 1 &&
            c.last_day.precision == Precision::Day && !s.punct(i + 1, ",")) {
            const long from = c.last_day.first_day();
            const long ahead = (lexicon::weekday_number(w) - weekday_of(from) + 7) % 7;
            DateResolution r;
            r.ok = true;
            r.date = civil_from_days(from + (ahead == 0 ? 7 : ahead));
            r.reasoning = "\u201C" + std::string(w) + "\u201D \u2192 " + r.date.display() + ": the end of a range that starts on " +
                          c.last_day.display() + ", the first " + capital_weekday(lexicon::weekday_number(w)) + " after it";
            return emit(i, i, std::move(r));
        }
        // "Thursday (January 23)"
        if (s.punct(i + 1, "(") && s.word(i + 2) && is_month_word(s.text(i + 2)) && day_at(i + 3) && s.punct(i + 4, ")")) last = i + 4;
        found = true;
    } else if (year_at(i)) {
        if (span_end_year(i)) {
            std::size_t f = i;
            lead_in(f);
            return span_year(f, i);
        }
        // A year, unless it counts something ("2025 employees") or is money.
        if (s.punct(i + 1, "%")) return false;
        // A label's number: "room 2012", "gate 2014", "page 1998", "flight 2020".
        if (i > 0 && !s.glued(i) && s.word(i - 1) && label_noun(s.text(i - 1))) return false;
        // A URL's path: "example.org/2024/05/report.html" ("5/2024" is read above as a date).
        if (i > 0 && s.glued(i) && s.punct(i - 1, "/") && !s.number(i - 2)) return false;
        // Part of a code or a phone number: "32-2015", "2015-778-331", "138-2010-2015"
        if (s.glued(i) && i > 0 && (s.punct(i - 1, "-") || s.punct(i - 1, "/")) && s.number(i - 2) &&
            (!year_at(i - 2) || (s.punct(i - 3, "-") && s.glued(i - 2) && s.number(i - 4))))
            return false;
        if (s.glued(i + 1) && (s.punct(i + 1, "-") || s.punct(i + 1, "/")) && s.glued(i + 2) && s.number(i + 2) &&
            s.text(i + 2).size() != 2 && !year_at(i + 2))
            return false;
        if (s.glued(i + 1) && s.word(i + 1)) return false;  // "2015ABC"
        // Inside a code or a file name: "ABC-2019-07-XY", "report_2021_final.pdf"
        auto joint = [&](std::size_t k) { return s.punct(k, "-") || s.punct(k, "_"); };
        if ((i > 0 && s.glued(i) && s.punct(i - 1, "_")) || (s.glued(i + 1) && s.punct(i + 1, "_"))) return false;
        if (i >= 2 && s.glued(i) && joint(i - 1) && s.glued(i - 1) && (s.word(i - 2) || s.number(i - 2)) && s.glued(i + 1) &&
            joint(i + 1) && s.glued(i + 2) && (s.word(i + 2) || s.number(i + 2)))
            return false;
        // A street address: "1990 Court", "1600 Pennsylvania Avenue" (the capital rule below
        // keeps "in 1990 Google said" a date)
        for (std::size_t k = i + 1; k <= i + 2 && s.capital(k); ++k)
            for (std::string_view street : {"Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Court", "Way", "Drive", "Place",
                                            "Square", "Boulevard", "Terrace", "Close", "Crescent", "Parkway"})
                if (s.text(k) == street) return false;
        // "2019-B", "2048-bit", "id=2015", "0044 20 2016 3344", "Nokia 2100", "UA 1999"
        if (s.punct(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) && s.word(i + 2)) return false;
        if (i > 0 && s.glued(i) && (s.punct(i - 1, "=") || s.punct(i - 1, "#"))) return false;
        if ((i > 0 && s.number(i - 1) && !s.glued(i)) || (s.number(i + 1) && !s.glued(i + 1))) return false;
        if (i > 0 && s.capital(i - 1) && !s.not_name(i - 1) && !is_month_word(s.text(i - 1)) &&
            !(s.is(i - 1, "By") || s.is(i - 1, "Until") || s.is(i - 1, "During") || s.is(i - 1, "Before") || s.is(i - 1, "Early") ||
              s.is(i - 1, "Late") || s.is(i - 1, "Mid") || s.is(i - 1, "Through") || s.is(i - 1, "Between") || s.is(i - 1, "Christmas")))
            return false;
        // "the year 2000"
        if (i >= 2 && s.is(i - 1, "year") && s.is(i - 2, "the")) first = i - 2;
        // "deliver 2000 pieces", "has 2025 employees": a count that looks like a year
        if (s.word(i + 1) && !s.capital(i + 1) && lexicon::is_plural_noun(s.text(i + 1)) &&
            !(i > 0 && (s.is(i - 1, "the") || s.is(i - 1, "its") || s.is(i - 1, "their") || s.is(i - 1, "his") ||
                        s.is(i - 1, "her") || s.is(i - 1, "our") || s.is(i - 1, "in") || s.is(i - 1, "of") ||
                        s.is(i - 1, "for") || s.is(i - 1, "since") || s.is(i - 1, "this") || s.is(i - 1, "that") ||
                        s.is(i - 1, "a") || s.is(i - 1, "an") || s.punct(i - 1, "'") || s.capital(i - 1))))
            return false;
        last = i;
        found = true;
    } else if (s.word(i) && (w == "Q" || w == "q") && s.number(i + 1) && s.glued(i + 1) && s.text(i + 1).size() == 1 &&
               s.text(i + 1)[0] >= '1' && s.text(i + 1)[0] <= '4') {
        // "Q4" (the tokenizer splits letters from digits), "Q4 2024"
        last = i + 1;
        if (year_at(i + 2)) last = i + 2;
        else if (s.is(i + 2, "of") && year_at(i + 3)) last = i + 3;  // "Q3 of 2024"
        found = true;
    } else if (s.word(i) && (ieq(w, "first") || ieq(w, "second") || ieq(w, "third") || ieq(w, "fourth")) &&
               (s.is(i + 1, "quarter") || (s.punct(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) && s.is(i + 2, "quarter")))) {
        // "Second-quarter profit"; "the first quarter of the game" is no date
        const std::size_t qw = s.is(i + 1, "quarter") ? i + 1 : i + 2;
        if (s.is(qw + 1, "of") && !year_at(qw + 2) && !(s.is(qw + 2, "the") && (s.is(qw + 3, "year") || s.is(qw + 3, "fiscal"))) &&
            !s.is(qw + 2, "this") && !s.is(qw + 2, "last") && !s.is(qw + 2, "next"))
            return false;
        last = qw;
        if (s.is(qw + 1, "of") && year_at(qw + 2)) last = qw + 2;
        found = true;
    } else if ((ieq(w, "year") || ieq(w, "month") || ieq(w, "week") || ieq(w, "quarter")) && i > 0 &&
               (s.is(i - 1, "last") || s.is(i - 1, "this") || s.is(i - 1, "next") || s.is(i - 1, "past") ||
                s.is(i - 1, "previous") || s.is(i - 1, "current") || s.is(i - 1, "following") || s.is(i - 1, "coming") ||
                (ieq(w, "quarter") && s.is(i - 1, "final")))) {
        last = i;
        // "the last quarter of 2025": the year's fourth, not the one before the article.
        if (ieq(w, "quarter") && (s.is(i - 1, "last") || s.is(i - 1, "final")) && s.is(i + 1, "of") && year_at(i + 2)) last = i + 2;
        if (s.is(i - 1, "final")) first = i - 1;
        found = true;
    } else if (s.is(i, "yesterday") || s.is(i, "today")) {
        last = i;
        found = true;
    } else if (s.is(i, "recently") || s.is(i, "recent") || (s.is(i, "fiscal") && s.is(i + 1, "year"))) {
        // Time words without a date ("recently", "its fiscal year"): kept as dates that
        // cannot be resolved, with the reason, so a reader sees they are undated.
        last = s.is(i, "fiscal") ? i + 1 : i;
        if (s.is(i, "fiscal") && i > 0 && s.is(i - 1, "its")) first = i - 1;
        found = true;
        undated_words = true;
    } else if ((s.number(i) || (s.word(i) && number_word(w) >= 0)) && s.word(i + 1) &&
               (s.is(i + 1, "days") || s.is(i + 1, "weeks") || s.is(i + 1, "day") || s.is(i + 1, "week")) && s.is(i + 2, "ago")) {
        last = i + 2;
        found = true;
    }
    if (!found) return false;
    lead_in(first);
    Extracted e = make(c, ItemKind::Date, first, last);
    // "will report on Monday", "will launch in March": a weekday or month without a year in a
    // sentence that speaks of the future is the coming one (dates.h; the analysis reads a
    // mention's date the same way, from its quote).
    const std::size_t from = e.start > 160 ? e.start - 160 : 0;
    e.date = resolve_date_in_context(e.text, c.text.substr(from, e.start - from), c.anchor);
    if (!e.date.ok && !undated_words && first == i && !year_at(i) && s.word(i) && !is_weekday(w) && !is_month_word(w))
        return false;
    next = last + 1;
    out = std::move(e);
    return true;
}

// A figure item: the value with its stated text, scale, unit and qualifier.
Extracted figure(const Context& c, ItemKind kind, std::size_t first, std::size_t last, double value, std::string digits,
                 int decimals, std::string scale, const char* unit, Qualifier q) {
    Extracted e = make(c, kind, first, last);
    e.value.low = e.value.high = value;
    e.value.low_text = std::move(digits);
    e.value.decimals = decimals;
    e.value.scale = std::move(scale);
    e.value.unit = unit;
    e.value.qualifier = q;
    return e;
}

// The percent word at token i: "%", "percent", "per cent", "pct", "pc", "percentage"
// ("percentage points" too). Returns the last token of it, or 0 when none.
std::size_t percent_word_at(const Scanner& s, std::size_t i) {
    if (s.punct(i, "%")) return i;
    if (s.is(i, "percent") || s.is(i, "percents") || s.is(i, "pct") || s.is(i, "pc") || s.is(i, "per-cent")) return i;
    if (s.is(i, "per") && s.is(i + 1, "cents")) return i + 1;
    if (s.is(i, "per") && s.is(i + 1, "cent")) return i + 1;
    if (s.is(i, "percentage")) return s.is(i + 1, "points") || s.is(i + 1, "point") ? i + 1 : i;
    if (s.is(i, "percent") || s.is(i, "pc")) return i;
    return 0;
}

// "60%", "8.5 per cent", "20 percent", "at least 30%", "twenty percent", "minus five
// percent", "-3.2%", "20 pc", "15pc", "42 percentage", "50-percent", "5 to 7 percent",
// "10-15%", "between 3% and 4%", "3.5 percentage points"
// "a quarter of a percent", "half a per cent", "three quarters of a percentage point": a
// share of one percent. Returns the last token (0 when none) and the value in percent.
std::size_t percent_share_at(const Scanner& s, std::size_t i, double& value) {
    std::size_t k = i;
    double times = 1;
    if (s.is(k, "a") || s.is(k, "an") || s.is(k, "one")) ++k;
    else if (const int n = lexicon::unit_number(s.text(k)); n >= 2 && n <= 9) times = n, ++k;
    double part = 0;
    if (s.is(k, "half")) part = 0.5;
    else if (s.is(k, "quarter") || s.is(k, "quarters")) part = 0.25;
    else if (s.is(k, "third") || s.is(k, "thirds")) part = 1.0 / 3;
    else if (s.is(k, "tenth") || s.is(k, "tenths")) part = 0.1;
    if (part == 0 || (k == i && part != 0.5) || (times > 1 && s.is(k, "half"))) return 0;
    ++k;
    if (s.is(k, "of")) ++k;  // "a quarter of a percent"; "half a percent" has none
    if (!(s.is(k, "a") || s.is(k, "one"))) return 0;
    const std::size_t last = percent_word_at(s, k + 1);
    if (!last) return 0;
    value = times * part;
    return last;
}

bool percent_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    const Scanner& s = c.s;
    // "percent of 10", "per cent of twenty-two": the percent word first, the number last, and
    // nothing counted after it ("What percent of voters", "percent of 2024 sales" are none)
    if ((s.is(i, "percent") || s.is(i, "per") || s.is(i, "percentage")) && !(i > 0 && (s.number(i - 1) || (s.word(i - 1) && lexicon::starts_number_words(s.text(i - 1)))))) {
        const std::size_t pw = percent_word_at(s, i);
        if (pw && s.is(pw + 1, "of")) {
            double v = 0;
            std::string digits, scale;
            int decimals = 0;
            const std::size_t e = amount_at(s, pw + 2, v, digits, decimals, scale);
            if (e > pw + 2 && scale.empty() && !s.word(e) && !s.number(e) && !s.punct(e, "%") && v <= 1000) {
                next = e;
                out = figure(c, ItemKind::Percent, i, e - 1, v, digits, decimals, "", "percent", Qualifier::Exactly);
                return true;
            }
        }
        return false;
    }
    if (s.word(i)) {
        double share = 0;
        if (const std::size_t last = percent_share_at(s, i, share)) {
            std::size_t first = i;
            const Qualifier q = s.qualifier_before(first);
            int decimals = 0;
            std::string digits = decimal_text(share, decimals);
            if (share < 0.34 && share > 0.33) digits = "0.333", decimals = 3;
            next = last + 1;
            out = figure(c, ItemKind::Percent, first, last, share, digits, decimals, "", "percent", q);
            return true;
        }
    }
    if (s.number(i) && s.glued(i) && i > 0 && s.word(i - 1)) return false;
    if (!s.number(i) && !s.word(i)) return false;
    const bool between = s.is(i, "between") && s.number(i + 1);
    const std::size_t a = between ? i + 1 : i;
    double v = 0, v2 = 0;
    std::string digits, digits2, scale, scale2;
    int decimals = 0, decimals2 = 0;
    std::size_t j = amount_at(s, a, v, digits, decimals, scale);
    if (j == a || !scale.empty()) return false;
    // A glued word right after a number is a unit ("15pc" is one, "180ml" is not).
    if (s.number(j - 1) && s.glued(j) && s.word(j) && !s.is(j, "pc") && !s.is(j, "pct") && !s.is(j, "percent")) return false;
    // "50-percent": the hyphen joins
    if (s.punct(j, "-") && s.glued(j) && s.glued(j + 1) && s.is(j + 1, "percent")) ++j;
    std::size_t last = percent_word_at(s, j);
    bool range = false;
    if (!last) {
        // "5 to 7 percent", "10-15%", "between 3% and 4%" (below)
        if (!between && (s.is(j, "to") || (s.punct(j, "-") && s.glued(j))) && (s.number(j + 1) || s.word(j + 1))) {
            const std::size_t e = amount_at(s, j + 1, v2, digits2, decimals2, scale2);
            if (e > j + 1 && scale2.empty() && (last = percent_word_at(s, e))) range = true;
        }
        if (!range) return false;
    } else if (between && s.is(last + 1, "and")) {
        const std::size_t e = amount_at(s, last + 2, v2, digits2, decimals2, scale2);
        if (e == last + 2 || !scale2.empty()) return false;
        const std::size_t l2 = percent_word_at(s, e);
        if (!l2 && !s.is(e, "percent")) return false;
        last = l2 ? l2 : e;
        range = true;
    } else if (between) {
        return false;
    } else if (s.punct(last + 1, "-") && s.glued(last + 1) && s.glued(last + 2) && s.number(last + 2)) {
        // "10%-15%"
        const std::size_t e = amount_at(s, last + 2, v2, digits2, decimals2, scale2);
        if (e > last + 2 && scale2.empty() && percent_word_at(s, e)) {
            last = percent_word_at(s, e);
            range = true;
        }
    }
    // "?share=50%25off", "a%2D9114": a percent sign glued to what follows, or a number glued
    // to "=" or "/" before it, is a URL's escape or query, not a percentage.
    if (s.punct(last, "%") && s.glued(last + 1) && (s.number(last + 1) || s.word(last + 1))) return false;
    if (s.number(a) && a > 0 && s.glued(a) && (s.punct(a - 1, "=") || s.punct(a - 1, "/") || s.punct(a - 1, "&"))) return false;
    std::size_t first = i;
    // "minus five percent", "-3.2%": a sign before the number
    bool negative = false;
    if (!between && first > 0 && (s.is(first - 1, "minus") || s.is(first - 1, "negative"))) {
        negative = true;
        --first;
    } else if (!between && s.number(i) && first > 0 && (s.punct(first - 1, "-") || s.punct(first - 1, "\u2212")) && s.glued(i) &&
               (first == 1 || !s.glued(first - 1) || s.punct(first - 2, "("))) {
        negative = true;
        --first;
    }
    const Qualifier q = s.qualifier_before(first);
    if (negative) {
        v = -v;
        digits = "-" + digits;
    }
    next = last + 1;
    out = figure(c, ItemKind::Percent, first, last, v, digits, decimals, "", "percent", q);
    if (range) {
        out.value.high = v2;
        out.value.high_text = digits2;
    }
    return true;
}

// "about half of", "two-thirds of", "a fifth of"
bool fraction_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    const Scanner& s = c.s;
    struct F { std::string_view word; double value; std::string_view text; };
    static constexpr F kParts[] = {{"half", 0.5, "0.5"},          {"third", 1.0 / 3, "0.333"}, {"thirds", 1.0 / 3, "0.333"},
                                   {"quarter", 0.25, "0.25"},     {"quarters", 0.25, "0.25"},  {"fifth", 0.2, "0.2"},
                                   {"fifths", 0.2, "0.2"},        {"tenth", 0.1, "0.1"},        {"tenths", 0.1, "0.1"}};
    const F* part = nullptr;
    for (const F& f : kParts)
        if (s.is(i, f.word)) part = &f;
    if (!part) return false;
    std::size_t first = i;
    double times = 1;
    // "two-thirds", "two thirds", "three quarters", "a fifth", "one third"
    if (i >= 1 && s.word(i - 1)) {
        const int n = number_word(s.text(i - 1));
        if (n >= 1) times = n, first = i - 1;
        else if (s.is(i - 1, "a") || s.is(i - 1, "an")) first = i - 1;
    } else if (i >= 2 && s.punct(i - 1, "-") && s.word(i - 2) && number_word(s.text(i - 2)) >= 1) {
        times = number_word(s.text(i - 2));
        first = i - 2;
    }
    // "quarter" alone is a period ("the fourth quarter"): insist on "of" after it.
    if (!s.is(i + 1, "of") && !(part->value == 0.5 && first == i && i > 0 && s.is(i - 1, "by"))) return false;
    if (part->value == 0.25 && first == i) return false;
    if (first > 0 && (s.is(first - 1, "first") || s.is(first - 1, "second") || s.is(first - 1, "fourth"))) return false;
    const Qualifier q = s.qualifier_before(first);
    const std::string text = times == 1 ? std::string(part->text) : std::to_string(part->value * times).substr(0, 5);
    next = i + 1;
    out = figure(c, ItemKind::Fraction, first, i, part->value * times, text, static_cast<int>(text.size()) - 2, "", "fraction", q);
    return true;
}

// Is the number at token i (its amount ending before token j) a figure someone counts,
// and not part of a name, a code, a time, a score, a version or a measurement? "Boeing
// 737", "COVID-19", "Chapter 11", "Android 14", "B-52", "5-4 ruling", "020 7946 0958",
// "10:45", "%2D", "180ml", "12 km", "65-inch", "7-Eleven" are none.
bool plain_number(const Context& c, std::size_t i, std::size_t j) {
    const Scanner& s = c.s;
    const std::string_view t = s.text(i);
    if (t.size() > 1 && t[0] == '0' && (t.size() < 2 || t[1] != '.')) return false;  // "0958": a code's digits
    if (i > 0) {
        const std::string_view p = s.text(i - 1);
        if (s.glued(i) && (p == ":" || p == "%" || p == "#" || p == "/" || p == "." || p == "-" || p == "+")) return false;
        if (s.number(i - 1)) return false;  // digit groups of a phone number
        // A capitalised word right before, not a qualifier or a sentence's first word:
        // "Boeing 737", "Section 230", "Python 3.12", "Apollo 11".
        const bool mixed = s.word(i - 1) && std::any_of(p.begin(), p.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });  // "iOS 17.2"
        if (mixed && !s.not_name(i - 1)) {
            std::size_t f = i;
            if (s.qualifier_before(f) == Qualifier::Exactly && !is_month_word(p) && !is_weekday(p)) return false;
        }
    }
    // Glued letters after the amount are a unit or a code ("180ml", "5G", "2AA", "9.30pm").
    if (s.word(j) && s.glued(j)) return false;
    if (s.word(j) && s.measure(j)) return false;
    if (s.punct(j, "-") && s.glued(j) && s.glued(j + 1)) {
        if (s.number(j + 1)) return false;                                           // "5-4", "32-2015"
        if (s.word(j + 1) && (s.capital(j + 1) || s.measure(j + 1))) return false;  // "7-Eleven", "65-inch"
    }
    if (s.punct(j, ":") && s.glued(j) && s.number(j + 1)) return false;  // "10:45"
    // "737 MAX jets", "iPhone 15 Pro", "Galaxy S24 Ultra": a model's suffix after the number.
    if (s.capital(j))
        for (std::string_view m : {"MAX", "Max", "Pro", "Plus", "Ultra", "Mini", "Neo", "XL", "Turbo", "Lite", "SE"})
            if (s.text(j) == m) return false;
    if (s.punct(j, "%") && s.glued(j) && s.number(j + 1)) return false;  // "%2D9114%29"
    return true;
}

// The canonical unit of a length, area, weight, volume or energy a story compares ("km",
// "hectares", "tonnes", "MW"), from the word after a number; "" for none. Times, sizes of
// screens and data, temperatures and speeds are no story's figure.
std::string_view measure_unit(std::string_view w) {
    struct U {
        std::string_view word, unit;
    };
    static constexpr U kUnits[] = {
        {"km", "km"},           {"kms", "km"},          {"kilometre", "km"},     {"kilometres", "km"},   {"kilometer", "km"},
        {"kilometers", "km"},   {"mile", "miles"},      {"miles", "miles"},      {"metre", "metres"},    {"metres", "metres"},
        {"meter", "metres"},    {"meters", "metres"},   {"hectare", "hectares"}, {"hectares", "hectares"}, {"ha", "hectares"},
        {"acre", "acres"},      {"acres", "acres"},     {"tonne", "tonnes"},     {"tonnes", "tonnes"},   {"ton", "tons"},
        {"tons", "tons"},       {"kg", "kg"},           {"kilogram", "kg"},      {"kilograms", "kg"},    {"litre", "litres"},
        {"litres", "litres"},   {"liter", "litres"},    {"liters", "litres"},    {"mw", "MW"},           {"megawatt", "MW"},
        {"megawatts", "MW"},    {"gw", "GW"},           {"gigawatt", "GW"},      {"gigawatts", "GW"},    {"kwh", "kWh"},
        {"mwh", "MWh"},         {"gwh", "GWh"},         {"twh", "TWh"}};
    for (const U& u : kUnits)
        if (ieq(w, u.word)) return u.unit;
    return {};
}

// A measure: "2.1 million hectares", "372 km", "a 372-kilometre pipeline", "about 1,400
// metres below surface", "60,000 tonnes". A number in digits (or with a scale) and a unit.
bool measure_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    const Scanner& s = c.s;
    if (!s.number(i)) return false;
    if (i > 0 && s.glued(i) && (s.punct(i - 1, ":") || s.punct(i - 1, "/") || s.punct(i - 1, "-") || s.punct(i - 1, "."))) return false;
    auto digit_group = [&](std::size_t k, std::size_t lo, std::size_t hi) {
        const std::string_view t = s.text(k);
        return s.number(k) && t.size() >= lo && t.size() <= hi && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    // "1 400 metres" is read from its "1"; the "400" after it is not a measure of its own.
    if (i > 0 && !s.glued(i) && digit_group(i - 1, 1, 3) && digit_group(i, 3, 3)) return false;
    std::size_t first_group = i;
    double first_value = 0;
    if (digit_group(i, 1, 3) && !s.glued(i + 1) && digit_group(i + 1, 3, 3) && s.word(i + 2)) {
        first_value = std::atof(std::string(s.text(i)).c_str());
        ++i;
    }
    double units = 0;
    std::string digits, scale;
    int decimals = 0;
    const std::size_t j = amount_at(s, i, units, digits, decimals, scale);
    if (j == i || !(units > 0)) return false;
    std::size_t u = j;
    if (s.punct(j, "-") && s.glued(j) && s.glued(j + 1)) u = j + 1;  // "372-kilometre"
    else if (s.word(j) && s.glued(j) && !scale.empty()) return false;  // "5m" is a scale, done by amount_at
    if (!s.word(u)) return false;
    std::string_view unit = measure_unit(s.text(u));
    std::size_t last = u;
    // "square kilometres", "sq km"
    if (unit.empty() && (s.is(u, "square") || s.is(u, "sq")) && s.word(u + 1)) {
        const std::string_view inner = measure_unit(s.text(u + 1));
        if (inner == "km") unit = "sq km", last = u + 1;
        else if (inner == "miles") unit = "sq miles", last = u + 1;
    }
    if (unit.empty()) return false;
    // "ha" only after a number, never a word that starts a name ("Ha Long").
    if ((ieq(s.text(u), "ha")) && s.capital(u + 1)) return false;
    // A speed is no length: "216 km/h", "90 km per hour", "120 miles an hour".
    if ((s.punct(last + 1, "/") && s.glued(last + 1)) || ((s.is(last + 1, "per") || s.is(last + 1, "an") || s.is(last + 1, "a")) && s.is(last + 2, "hour")))
        return false;
    // "1 400 metres": thousands apart by a space, read whole ("400 metres" alone is not the figure).
    if (first_group != i) {
        if (!scale.empty() || decimals > 0) return false;
        units += first_value * std::pow(10.0, static_cast<double>(s.text(i).size()));
        digits = std::string(s.text(first_group)) + digits;
    }
    std::size_t first = first_group;
    const Qualifier q = s.qualifier_before(first);
    Extracted e = figure(c, ItemKind::Measure, first, last, units, digits, decimals, scale, "count", q);
    e.value.counts = std::string(unit);
    next = last + 1;
    out = std::move(e);
    return true;
}

// A counted number: "75 million monthly active users", "more than 15 independent AI apps",
// "nearly 3,000 people", "two sources".
bool number_at(const Context& c, std::size_t i, std::size_t& next, Extracted& out) {
    const Scanner& s = c.s;
    double units = 0;
    std::string digits, scale;
    int decimals = 0;
    std::size_t j;
    bool from_word = false;
    if (s.number(i)) {
        j = amount_at(s, i, units, digits, decimals, scale);
        if (j == i || !plain_number(c, i, j)) return false;
    } else if (s.word(i) && lexicon::starts_number_words(s.text(i))) {
        j = words_amount_at(s, i, units, digits, decimals, scale);
        if (j == i || units < 2) return false;
        from_word = true;
    } else {
        return false;
    }
    // What it counts: the next few words, lower case or acronyms, up to a stop word.
    // "a 75-day extension" counts days: a glued hyphen joins the unit to the number.
    if (s.punct(j, "-") && s.glued(j) && s.glued(j + 1) && s.word(j + 1) && !from_word) {
        if (s.measure(j + 1) || s.capital(j + 1)) return false;
        std::size_t first = i;
        const Qualifier q = s.qualifier_before(first);
        Extracted e = figure(c, ItemKind::Number, first, j + 1, units, digits, decimals, scale, "count", q);
        e.value.counts = std::string(s.text(j + 1));
        next = j + 2;
        out = std::move(e);
    return true;
    }
    // "eight of the company's fish farms", "three of Acme Corp's plants": a count of the
    // plural after "of" and a name's or a determiner's possessive (at most six tokens on).
    if (s.is(j, "of") && units >= 2 && scale.empty()) {
        std::size_t k2 = j + 1, noun_start = SIZE_MAX;
        bool possessive = false;
        for (; k2 < s.size() && k2 < j + 8; ++k2) {
            const std::string_view t = s.text(k2);
            if (s.punct(k2, "'") || s.punct(k2, "\u2019") || t == "'s" || t == "\u2019s" || (t == "s" && s.glued(k2))) {
                possessive = true;
                continue;
            }
            if (!s.word(k2)) break;
            if (s.is(k2, "the") || s.is(k2, "its") || s.is(k2, "their") || s.is(k2, "his") || s.is(k2, "her")) {
                possessive = true;
                continue;
            }
            if (s.capital(k2)) {
                if (noun_start != SIZE_MAX) break;
                continue;
            }
            if (s.cls(k2) & lexicon::kStopWord) break;
            if (noun_start == SIZE_MAX) noun_start = k2;
            // The last plural of a run of lower-case words ("fish farms").
            if (lexicon::is_plural_noun(t) && !(s.word(k2 + 1) && !s.capital(k2 + 1) && lexicon::is_plural_noun(s.text(k2 + 1)))) {
                ++k2;
                break;
            }
        }
        if (possessive && noun_start != SIZE_MAX && k2 > noun_start && lexicon::is_plural_noun(s.text(k2 - 1)) && k2 - noun_start <= 3) {
            std::size_t first = i;
            const Qualifier q = s.qualifier_before(first);
            Extracted e = figure(c, ItemKind::Number, first, j - 1, units, digits, decimals, scale, "count", q);
            e.value.counts = std::string(c.text.substr(s.start(noun_start), s.end(k2 - 1) - s.start(noun_start)));
            next = j;
            out = std::move(e);
            return true;
        }
    }
    std::size_t k = j;
    // "50 A321neo jets", "10,000 H100 chips": a model's name before the counted plural
    bool model = false;
    if (s.capital(j) && s.number(j + 1) && s.glued(j + 1)) {
        std::size_t m = j + 2;
        if (s.word(m) && s.glued(m)) ++m;
        if (s.word(m) && !s.glued(m) && !s.capital(m) && lexicon::is_plural_noun(s.text(m))) k = m + 1, model = true;
    }
    while (!model && k < s.size() && k < j + 4 && s.word(k) && !s.punct(k, "-") && !(s.cls(k) & lexicon::kStopWord) &&
           !s.month(k) && !s.weekday(k)) {
        // A capitalised word that is not an acronym ends the phrase ("15 ... Baidu"), unless
        // a plural follows it ("40 Chinese companies").
        if (s.capital(k) && s.text(k) != std::string_view(Scanner::upper(s.text(k))) &&
            !(s.word(k + 1) && !s.capital(k + 1) && lexicon::is_plural_noun(s.text(k + 1))))
            break;
        ++k;
        // The counted noun ends the phrase: "14 satellites" (into orbit), "fans" (filled).
        if (lexicon::is_plural_noun(s.text(k - 1)) && !s.capital(k - 1)) break;
    }
    if (k > j && s.word(j) && s.measure(j)) return false;
    // A count in digits counts a plural ("120 flights", "3,000 staff"): "the 5.15 train",
    // "the number 10 shirt", "101 meet there", "51.5074 N" count nothing. Without one the
    // number stays only when a scale or a qualifier makes it a figure (as a bare one does).
    if (!from_word && !model && k > j && units != 1) {
        bool plural = false;
        for (std::size_t w = j; w < k && !plural; ++w) plural = lexicon::is_plural_noun(s.text(w));
        if (!plural) k = j;
    }
    // "3M said", "3M cut its forecast": a capital letter glued to the number as its scale,
    // with no plural noun to count, is a name ("300K users" counts users).
    if (!from_word && s.glued(i + 1) && s.word(i + 1) && s.text(i + 1).size() == 1 && s.capital(i + 1) &&
        ((k > j && !lexicon::is_plural_noun(s.text(k - 1))) || (k == j && s.word(j))))
        return false;
    // Hyphenated counts: "short-video app" keeps its hyphen.
    if (k == j) {
        if (from_word) return false;
        // A bare number: keep it when it has a scale or a qualifier, else it is noise.
        std::size_t first = i;
        const Qualifier q = s.qualifier_before(first);
        if (scale.empty() && q == Qualifier::Exactly) return false;
        next = j;
        out = figure(c, ItemKind::Number, first, j - 1, units, digits, decimals, scale, "count", q);
    return true;
    }
    // "two thirds", "three quarters" are shares, not counts.
    for (std::string_view part : {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})
        if (s.is(j, part)) return false;
    // Number words count plurals only ("two sources", not "one of").
    if (from_word && units < 1000 && !lexicon::is_plural_noun(s.text(k - 1))) return false;
    std::size_t first = i;
    Qualifier q = s.qualifier_before(first);
    // "over five years" is a span of time ("during"), not more than five years.
    if (q == Qualifier::Over && first + 1 == i && s.is(first, "over") && k == j + 1)
        for (std::string_view unit : {"years", "months", "weeks", "days", "decades", "hours", "quarters"})
            if (s.is(j, unit)) q = Qualifier::Exactly, first = i;
    Extracted e = figure(c, ItemKind::Number, first, k - 1, units, digits, decimals, scale, "count", q);
    e.value.counts = std::string(c.text.substr(s.start(j), s.end(k - 1) - s.start(j)));
    next = k;
    out = std::move(e);
    return true;
}

// Names: runs of capitalised words ("Huawei Technologies", "Financial Times", "ByteDance"),
// not at the start of a sentence unless they are more than a common word.
// The lower-case half of a hyphenated given name ("hsiung", "yong", "in"): a short word of
// letters that is no participle or suffix of a compound adjective.
bool given_name_syllable(std::string_view w) {
    if (w.empty() || w.size() > 7 || !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0) return false;
    static constexpr std::string_view kNot[] = {"based", "born", "made", "run", "led", "era", "style", "wide", "like", "free",
                                                "only", "class", "level", "type", "year", "day", "old", "long", "term", "time",
                                                "owned", "backed", "listed", "linked", "bound", "sized", "up", "out", "off"};
    return std::find(std::begin(kNot), std::end(kNot), w) == std::end(kNot);
}

bool name_at(const Context& c, std::size_t i, std::size_t& next, bool sentence_start, Extracted& out) {
    const Scanner& s = c.s;
    if (!s.capital(i)) return false;
    std::size_t last = i;
    // A currency that opens an amount ends the name: "Telugu Rs 150 crore", "Hindi Rs 140 crore".
    auto opens_amount = [&](std::size_t k) {
        std::string code;
        bool yen = false;
        const std::size_t n = s.prefix_currency(k, code, yen);
        return n > 0 && s.number(k + n);
    };
    while (true) {
        if (s.capital(last + 1) && !s.month(last + 1) && !s.weekday(last + 1) && !s.not_name(last + 1) && !opens_amount(last + 1))
            ++last;
        else if ((s.is(last + 1, "of") || s.punct(last + 1, "&")) && s.capital(last + 2) && !s.glued(last + 1))
            last += 2;
        // A double-barrelled name: "Dlamini-Khoza", "Rolls-Royce", "Baden-W\u00FCrttemberg".
        else if (s.punct(last + 1, "-") && s.glued(last + 1) && s.glued(last + 2) && s.capital(last + 2) && !s.month(last + 2) &&
                 !s.weekday(last + 2))
            last += 2;
        // A given name's second syllable in lower case after a family name and its first
        // ("Lin Cheng-hsiung", "Lee Jae-yong"), not a compound adjective ("Pune-based").
        else if (last > i && s.punct(last + 1, "-") && s.glued(last + 1) && s.glued(last + 2) && s.word(last + 2) &&
                 !s.capital(last + 2) && given_name_syllable(s.text(last + 2)))
            last += 2;
        else
            break;
    }
    std::size_t first = i;
    // Drop leading words that are not names ("The", "However", "Chinese") and titles
    // ("U.S. President Donald Trump" is Donald Trump, a person).
    bool titled = false;
    while (first <= last && (s.not_name(first) || s.title(first))) {
        titled |= s.title(first);
        ++first;
    }
    if (first > last) {
        next = i + 1;
        return false;
    }
    const std::string_view head = s.text(first);
    const bool camel = std::any_of(head.begin() + 1, head.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    const bool single = first == last;
    // Acronyms alone ("AI", "US", "IPO") and months or weekdays are not names.
    if (single && (head.size() <= 3 && head == std::string_view(Scanner::upper(head))) &&
        std::find(c.acronyms.begin(), c.acronyms.end(), head) == c.acronyms.end()) {
        next = last + 1;
        return false;
    }
    if (single && (s.month(first) || s.weekday(first) || (s.number(last + 1) && lexicon::weekday_abbreviation(head) >= 0))) {
        next = last + 1;
        return false;
    }
    // A lone capitalised word opening a sentence is usually just a word ("Chipmakers").
    if (single && sentence_start && first == i && !camel) {
        next = last + 1;
        return false;
    }
    Extracted e = make(c, ItemKind::Name, first, last);
    const std::string_view tail = s.text(last);
    if (ieq(tail, "Inc") || ieq(tail, "Corp") || ieq(tail, "Co") || ieq(tail, "Ltd") || ieq(tail, "Technologies") ||
        ieq(tail, "Holdings") || ieq(tail, "Group") || ieq(tail, "Bank") || ieq(tail, "Administration") || ieq(tail, "Ministry"))
        e.name_kind = "organisation";
    else if (ieq(tail, "Times") || ieq(tail, "Post") || ieq(tail, "Journal") || ieq(tail, "News") || ieq(tail, "Reuters") ||
             ieq(tail, "Bloomberg") || ieq(tail, "Information") || s.is(last + 1, "reported") || s.is(last + 1, "reports"))
        e.name_kind = "outlet";
    else if (titled || (first > 0 && (s.is(first - 1, "President") || s.is(first - 1, "founder") || s.is(first - 1, "CEO") ||
                           s.is(first - 1, "Mr") || s.is(first - 1, "Ms") || s.is(first - 1, "by")) && !single))
        e.name_kind = "person";
    else if (first > 0 && (s.is(first - 1, "chatbot") || s.is(first - 1, "app") || s.is(first - 1, "model") ||
                           s.is(first - 1, "generator") || s.is(first - 1, "platform")))
        e.name_kind = "product";
    else
        e.name_kind = "name";
    next = last + 1;
    out = std::move(e);
    return true;
}

// Could an item start at token i? Most tokens are ordinary lower-case words that start
// nothing: rule them out with a glance at the first letter, before any recogniser runs.
bool may_start_item(const Scanner& s, std::size_t i) {
    if (s.number(i) || s.capital(i)) return true;
    const std::string_view w = s.text(i);
    if (!s.word(i)) {
        const auto b = static_cast<unsigned char>(w[0]);
        if (b < 0x80 && b != '$') return false;  // ASCII punctuation other than "$" starts nothing
        return !lexicon::currency_symbol(w).empty();
    }
    // One hash probe: months, weekdays, number words, ordinals, holidays and time words
    // ("year", "today", "fiscal", "quarter", "between", "half", ...) are in lexicon.h.
    return (s.cls(i) & lexicon::kStartsItem & ~unsigned{lexicon::kHolidayWord}) != 0;  // holidays are capitalised
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] extract()
// ---------------------------------------------------------------------------------
std::vector<Extracted> extract(std::string_view text, const std::optional<Date>& article_date, const ExtractOptions& options) {
    std::vector<Token> toks = tokenize(text);
    const Scanner s(text, toks);
    Context c{s, text, article_date, options};
    // One pass marks where items may start (their count bounds the items, so the vector of
    // items, 672 bytes each, is reserved once and never moved to grow) and reads the
    // article's currency context.
    std::size_t starts = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        starts += toks[i].may_start = may_start_item(s, i);
        if (!s.word(i)) continue;
        const std::string_view w = s.text(i);
        if (w.size() >= 2 && w.size() <= 3 && i >= 2 && s.punct(i - 1, "(") && s.punct(i + 1, ")") && s.capital(i - 2) &&
            w == std::string_view(Scanner::upper(w)) && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
            c.acronyms.push_back(w);
        const char f = static_cast<char>(w[0] | 0x20);
        if (f == 'f' || f == 'a' || f == 'p' || f == 'v') {
            // "All figures in Canadian dollars", "amounts are in Australian dollars", "prices
            // in New Zealand dollars": the article's "$" is that dollar.
            if (!(ieq(w, "figures") || ieq(w, "amounts") || ieq(w, "prices") || ieq(w, "values"))) continue;
            for (std::size_t k = i + 1; k < s.size() && k < i + 5; ++k) {
                if (!s.is(k, "in")) continue;
                std::string_view words[4];
                int n = 0;
                while (n < 4 && s.word(k + 1 + n)) words[n] = s.text(k + 1 + n), ++n;
                int taken = 0;
                const std::string_view code = lexicon::currency_by_words(words, n, &taken);
                if (!code.empty() && code != "$" && code != "USD" && taken >= 2 && (s.is(k + taken, "dollars") || s.is(k + taken, "dollar"))) {
                    c.article_dollar = std::string(code);
                    c.article_dollar_words = std::string(text.substr(s.start(i), s.end(k + taken) - s.start(i)));
                }
                break;
            }
            continue;
        }
        if (f != 'y' && f != 'r' && f != 'h' && f != 't') continue;
        c.says_yuan |= ieq(w, "yuan") || ieq(w, "Rmb") || ieq(w, "renminbi");
        c.says_yen |= ieq(w, "yen");
        c.says_hong_kong |= ieq(w, "Hong") && s.is(i + 1, "Kong");
        c.says_taiwan |= ieq(w, "Taiwan") || ieq(w, "Taiwanese");
    }

    // Headlines capitalise every word: names found there are mostly not names. A line of
    // four or more words, most of them capitalised, is taken for a headline.
    for (std::size_t a = 0; a < s.size();) {
        std::size_t b = a, words = 0, caps = 0;
        while (b < s.size() && toks[b].kind != Tok::Newline) {
            if (s.word(b) && s.text(b).size() > 3) {
                ++words;
                caps += s.capital(b);
            }
            ++b;
        }
        // A line that ends with a full stop is a sentence, however many names it holds
        // ("Deal of the week: Íñigo Larañaga, Real Sporting Alcázar SAD to Ashbourne United,
        // completed on 28 August.").
        const bool sentence = b > a && s.punct(b - 1, ".");
        if (words >= 4 && caps * 10 >= words * 8 && b - a < 40 && !sentence)
            for (std::size_t k = a; k < b; ++k) toks[k].headline = true;
        a = b + 1;
    }

    std::vector<Extracted> out;
    out.reserve(starts);
    bool sentence_start = true;
    std::size_t i = 0;
    Extracted item;  // reused: recognisers fill it in place
    while (i < s.size()) {
        std::size_t next = i + 1;
        bool found = false;
        if (toks[i].may_start) {
            // Only the recognisers that can start at this kind of token.
            const bool num = s.number(i);
            const bool word = s.word(i);
            std::string code;
            bool yen = false;
            const bool in_words = word && (s.cls(i) & lexicon::kNumberWord) && !s.is(i, "dozen");
            const bool money_start = num || !word || in_words || s.is(i, "between") || s.prefix_currency(i, code, yen) > 0;
            const bool counted = num || in_words;
            found = (money_start && (rate_at(c, i, next, item) || money_at(c, i, next, item))) ||
                    ((num || in_words || s.is(i, "between") || (word && (s.cls(i) & lexicon::kPercentWord))) && percent_at(c, i, next, item)) ||
                    date_at(c, i, next, item) || (num && measure_at(c, i, next, item)) ||
                    (word && (s.cls(i) & (lexicon::kTimeWord | lexicon::kOrdinalWord)) && fraction_at(c, i, next, item)) || (counted && number_at(c, i, next, item));
            if (!found) {
                next = i + 1;
                found = !toks[i].headline && s.capital(i) && name_at(c, i, next, sentence_start, item);
            }
        }
        if (found) {
            // A qualifier may reach back over an item we already took: keep them apart.
            if (!out.empty() && item.start < out.back().end) {
                item.start = out.back().end;
                while (item.start < item.end && text[item.start] == ' ') ++item.start;
                item.text = std::string(text.substr(item.start, item.end - item.start));
            }
            if (item.kind == ItemKind::Date && item.date.ok && item.date.date.precision == Precision::Day)
                c.day_after = next, c.last_day = item.date.date;
            // A rate stated in words ("traded at PHP 56.20 per dollar") is an amount of money
            // too: the amount follows the rate, inside its span.
            Extracted amount;
            std::size_t amount_next = i;
            const bool in_words_rate = item.kind == ItemKind::Rate && item.text.find('=') == std::string::npos &&
                                       money_at(c, i, amount_next, amount, false);
            out.push_back(std::move(item));  // every recogniser assigns the whole item: no reset needed
            if (in_words_rate) out.push_back(std::move(amount));
        }
        // Does the token just passed end a sentence (or open a quote or a bracket)?
        const std::size_t last = next - 1;
        sentence_start = false;
        if (last < s.size() && toks[last].kind == Tok::Newline) {
            sentence_start = true;
        } else if (last < s.size() && toks[last].kind == Tok::Punct) {
            const std::string_view p = s.text(last);
            sentence_start = (p.size() == 1 && (p[0] == '.' || p[0] == '!' || p[0] == '?' || p[0] == ':' || p[0] == '"' ||
                                                p[0] == '-' || p[0] == '(')) ||
                             p == "\u201C";
        }
        i = next;
    }
    return out;
}

std::optional<Date> find_article_date(std::string_view text) {
    // The article's own date is a full date in its dateline (the first lines) or one that
    // a note or byline introduces ("Published", "Updated", "Note: On ..."); other dates in
    // the text are what it reports about ("fiscal year ending June 30, 2024").
    // Only the article's start is read: a dateline or a publication note sits there, and a
    // 4 MB text must not be extracted twice (once here, once when it is built).
    constexpr std::size_t kDatelineWindow = 16 << 10;
    std::size_t window = std::min(text.size(), kDatelineWindow);
    while (window < text.size() && (static_cast<unsigned char>(text[window]) & 0xC0) == 0x80) ++window;  // whole characters
    text = text.substr(0, window);
    for (const Extracted& e : extract(text, std::nullopt)) {
        if (e.kind != ItemKind::Date || !e.date.ok || e.date.date.precision != Precision::Day) continue;
        if (e.text.find("fiscal") != std::string::npos) continue;
        const std::string_view before = text.substr(e.start >= 40 ? e.start - 40 : 0, std::min<std::size_t>(e.start, 40));
        bool introduced = false;
        for (std::string_view w : {"Published", "published", "Updated", "updated", "Posted", "posted", "Note:", "Dated", "dated"})
            introduced |= before.find(w) != std::string_view::npos;
        if (e.start < 200 || introduced) return e.date.date;
    }
    return std::nullopt;
}

bool same_entity(std::string_view a, std::string_view b) {
    auto letters = [](std::string_view s) {
        std::string out;
        for (char ch : s)
            if (ascii_alpha(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80)
                out += static_cast<char>(ascii_alpha(static_cast<unsigned char>(ch)) ? (ch | 0x20) : ch);
        return out;
    };
    auto first_word = [](std::string_view s) { return s.substr(0, s.find(' ')); };
    const std::string la = letters(a), lb = letters(b);
    if (la == lb) return true;
    // Compare the first words: "Huawei Technologies" / "Huawei Technologies Co Ltd",
    // "Cambricon Technologies" / "Cambrian Technologies Inc".
    const std::string fa = letters(first_word(a)), fb = letters(first_word(b));
    if (fa.size() < 5 || fb.size() < 5) return false;
    if (fa == fb) return true;
    // Damerau-Levenshtein (optimal string alignment) distance between the first words,
    // small for long words. Only "at most 2" matters, so only the diagonals within 2 of
    // the main one are computed (an alignment that strays further costs more than 2):
    // O(5n) for a first word of any length, exact up to 2, and 3 for "more".
    const std::size_t n = fa.size(), m = fb.size();
    if ((n > m ? n - m : m - n) > 2) return false;
    constexpr std::size_t kBand = 2, kFar = 3;
    auto in_band = [](std::size_t i, std::size_t j) { return (i > j ? i - j : j - i) <= kBand; };
    std::vector<std::size_t> prev2(m + 1, kFar), prev(m + 1, kFar), cur(m + 1, kFar);
    for (std::size_t j = 0; j <= std::min(m, kBand); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::fill(cur.begin() + static_cast<std::ptrdiff_t>(i > kBand + 1 ? i - kBand - 1 : 0),
                  cur.begin() + static_cast<std::ptrdiff_t>(std::min(m, i + kBand) + 1), kFar);
        if (i <= kBand) cur[0] = i;
        const std::size_t from = i > kBand ? i - kBand : 1, to = std::min(m, i + kBand);
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = fa[i - 1] == fb[j - 1] ? 0 : 1;
            std::size_t best = prev[j - 1] + cost;
            if (in_band(i - 1, j)) best = std::min(best, prev[j] + 1);
            if (in_band(i, j - 1)) best = std::min(best, cur[j - 1] + 1);
            if (i > 1 && j > 1 && fa[i - 1] == fb[j - 2] && fa[i - 2] == fb[j - 1]) best = std::min(best, prev2[j - 2] + 1);
            cur[j] = std::min(best, kFar);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    const std::size_t d = prev[m];
    const std::size_t len = std::min(n, m);
    // Transliterations differ at the front ("Simmeng"/"Jimeng"): allow two edits in a
    // six-letter word when the endings agree.
    const bool same_end = fa.compare(n - 3, 3, fb, m - 3, 3) == 0;
    return (len >= 7 && d <= 2) || (len >= 6 && d <= 2 && same_end) || (len >= 5 && d <= 1);
}

}  // namespace factlens
