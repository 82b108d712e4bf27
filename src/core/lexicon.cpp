// [SECTION] Helpers
// [SECTION] Calendar
// [SECTION] Numbers
// [SECTION] Currencies
#include "core/lexicon.h"
#include "core/text.h"

#include <algorithm>
#include <bit>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace factlens::lexicon {

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------
// Equal ignoring ASCII case; `lower` is already lower case.
bool ieq(std::string_view w, std::string_view lower) {
    if (w.size() != lower.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] | 0x20) : w[i];
        if (c != lower[i]) return false;
    }
    return true;
}

template <std::size_t N>
int find(std::string_view w, const std::array<std::string_view, N>& list) {
    for (std::size_t i = 0; i < N; ++i)
        if (ieq(w, list[i])) return static_cast<int>(i);
    return -1;
}


// ---------------------------------------------------------------------------------
// [SECTION] Calendar
// ---------------------------------------------------------------------------------
constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> kWeekdaysShort = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

constexpr Holiday kHolidays[] = {
    {"christmas", 12, 25},     {"christmas day", 12, 25},     {"christmas eve", 12, 24}, {"boxing day", 12, 26},
    {"new year's day", 1, 1},  {"new year's eve", 12, 31},    {"new years day", 1, 1},   {"new years eve", 12, 31},
    {"valentine's day", 2, 14}, {"valentines day", 2, 14},    {"halloween", 10, 31},     {"independence day", 7, 4},
    {"st patrick's day", 3, 17}, {"st. patrick's day", 3, 17}, {"bastille day", 7, 14},   {"guy fawkes night", 11, 5},
    {"armistice day", 11, 11}, {"veterans day", 11, 11},      {"juneteenth", 6, 19},     {"may day", 5, 1},
};

// ---------------------------------------------------------------------------------
// [SECTION] Numbers
// ---------------------------------------------------------------------------------
constexpr std::array<std::string_view, 20> kUnits = {"zero",    "one",     "two",       "three",    "four",
                                                     "five",    "six",     "seven",     "eight",    "nine",
                                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 31> kOrdinals = {
    "first",       "second",      "third",      "fourth",     "fifth",      "sixth",      "seventh",   "eighth",
    "ninth",       "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth",  "nineteenth", "twentieth",  "",           "",           "",          "",
    "",            "",            "",           "",           "",           "thirtieth",  ""};
struct Scale {
    std::string_view word;
    double factor;
    std::string_view name;
};
constexpr Scale kScaleWords[] = {{"hundred", 1e2, "hundred"},   {"thousand", 1e3, "thousand"}, {"million", 1e6, "million"},
                                 {"billion", 1e9, "billion"},   {"trillion", 1e12, "trillion"}, {"lakh", 1e5, "lakh"},
                                 {"lakhs", 1e5, "lakh"},        {"crore", 1e7, "crore"},       {"crores", 1e7, "crore"}};

// ---------------------------------------------------------------------------------
// [SECTION] Currencies
// ---------------------------------------------------------------------------------
struct Iso {
    std::string_view code, name;
};
constexpr Iso kIso4217[] = {
#include "core/iso4217.inc"
};

// Everyday names news text uses besides the ISO ones (lower case, one space between words).
struct Named {
    std::string_view words, code;
};
constexpr Named kEverydayNames[] = {
    {"dollar", "$"},          {"dollars", "$"},           {"buck", "$"},               {"bucks", "$"},           {"us dollar", "USD"},        {"us dollars", "USD"},
    {"u.s. dollar", "USD"},   {"u.s. dollars", "USD"},    {"american dollars", "USD"}, {"usd", "USD"},
    {"euro", "EUR"},          {"euros", "EUR"},           {"pound", "GBP"},            {"pounds", "GBP"},
    {"sterling", "GBP"},      {"pounds sterling", "GBP"}, {"british pounds", "GBP"},   {"yen", "JPY"},
    {"japanese yen", "JPY"},  {"yuan", "CNY"},            {"chinese yuan", "CNY"},     {"renminbi", "CNY"},
    {"chinese renminbi", "CNY"}, {"rmb", "CNY"},          {"won", "KRW"},              {"korean won", "KRW"},
    {"south korean won", "KRW"}, {"rupee", "INR"},        {"rupees", "INR"},           {"indian rupees", "INR"},
    {"franc", "CHF"},         {"francs", "CHF"},          {"taiwan dollar", "TWD"},    {"taiwan dollars", "TWD"},
    {"taiwanese dollars", "TWD"}, {"real", "BRL"},        {"reais", "BRL"},            {"brazilian reais", "BRL"},
    {"rouble", "RUB"},        {"roubles", "RUB"},         {"ruble", "RUB"},            {"rubles", "RUB"},
    {"russian roubles", "RUB"}, {"rand", "ZAR"},          {"south african rand", "ZAR"}, {"lira", "TRY"},
    {"turkish lira", "TRY"},  {"ringgit", "MYR"},         {"rupiah", "IDR"},           {"baht", "THB"},
    {"shekel", "ILS"},        {"shekels", "ILS"},         {"zloty", "PLN"},            {"zlotys", "PLN"},
    {"riyal", "SAR"},         {"riyals", "SAR"},          {"dirham", "AED"},           {"dirhams", "AED"},
    {"krona", "SEK"},         {"kronor", "SEK"},          {"swedish kronor", "SEK"},   {"norwegian kroner", "NOK"},
    {"danish kroner", "DKK"}, {"dong", "VND"},            {"naira", "NGN"},            {"mexican pesos", "MXN"},
    {"peso", "MXN"},          {"pesos", "MXN"},           {"hryvnia", "UAH"},          {"hryvnias", "UAH"},
    // Bitcoin has no ISO 4217 code; XBT (the X- form ISO uses for units of no country, as
    // in XAU for gold) is the code markets quote, and BTC its ticker.
    {"bitcoin", "XBT"},       {"bitcoins", "XBT"},        {"btc", "XBT"},              {"xbt", "XBT"},
};

// From Unicode CLDR (tools/gen_currency_cldr.py): kCldrNames ("peruvian soles", "soles",
// "romanian lei"), kCldrSymbols ("S/", "Ft", "RM", "Ksh"), kCldrCountries ("argentina" ARS)
// and kCldrShared ("pesos": ARS, CLP, COP, MXN, PHP ...).
#include "core/currency_cldr.inc"

// Words that ISO names hold but that name no currency on their own after a number.
bool too_plain(std::string_view name) {
    return name.find('(') != std::string_view::npos || name.find("Bond Markets") != std::string_view::npos ||
           name.find("Unidad") != std::string_view::npos || name.find("SDR") != std::string_view::npos ||
           name == "Gold" || name == "Silver" || name == "Platinum" || name == "Palladium";
}

struct NameIndex {
    // first word (lower case) -> phrases starting with it: words and code
    std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::string>>> by_first;
    void add(std::string_view phrase, std::string_view code) {
        std::vector<std::string> words;
        std::string cur;
        for (char c : ascii_lower(phrase)) {
            if (c == ' ') {
                if (!cur.empty()) words.push_back(std::move(cur));
                cur.clear();
            } else {
                cur += c;
            }
        }
        if (!cur.empty()) words.push_back(std::move(cur));
        if (words.empty() || words.size() > 4) return;
        auto& list = by_first[words[0]];
        for (const auto& [w, c] : list)
            if (w == words) return;  // the first name given wins ("dollar" is "$", not a country's)
        list.emplace_back(std::move(words), std::string(code));
    }
    NameIndex() {
        for (const Named& n : kEverydayNames) add(n.words, n.code);
        for (const Named& n : kCldrNames) add(n.words, n.code);
        for (const Iso& c : kIso4217) {
            if (too_plain(c.name) || c.code[0] == 'X') continue;
            add(c.name, c.code);
            std::string plural(c.name);
            if (!plural.ends_with("s")) add(plural + "s", c.code);  // "Swiss Francs", "Canadian Dollars"
        }
        for (auto& [first, list] : by_first)
            std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }
};

const NameIndex& name_index() {
    static const NameIndex index;
    return index;
}

constexpr std::string_view kTimeWords[] = {
    "year", "years", "yesterday", "today", "tomorrow", "tonight", "day", "days", "week", "weeks", "month", "months",
    "morning", "afternoon", "evening", "night", "quarter", "quarters", "q", "fiscal", "fy", "between", "recently", "recent",
    "half", "halves", "third", "thirds", "fifth", "fifths", "tenth", "tenths", "rmb", "minus", "negative", "weekend"};

// Units of measure after a number ("180 ml", "12 km", "3 GHz").
constexpr std::array<std::string_view, 72> kUnitsOfMeasure = {
    "ml", "cl", "dl", "l", "km", "cm", "mm", "kg", "g", "mg", "lb", "lbs", "oz", "mph", "kph", "kmh", "ft", "yd", "gb", "mb",
    "tb", "kb", "ghz", "mhz", "hz", "mw", "gw", "kw", "kwh", "mwh", "gwh", "w", "v", "mah", "pm", "am",
    "degrees", "degree", "grams", "gram", "kilograms", "kilogram", "kilos", "metres", "meters", "metre", "meter",
    "kilometres", "kilometers", "miles", "mile", "litres", "liters", "litre", "liter", "inch", "inches", "feet", "foot",
    "tonnes", "tons", "yards", "acres", "hectares", "celsius", "fahrenheit", "centimetres", "millimetres", "gigabytes", "knots",
        "pound", "pounds"};
// Capitalised words that begin sentences or stand for nothing in particular (names).
constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "in", "on",
    "at", "as", "but", "and", "however", "additionally", "despite", "although", "while", "unlike", "from", "for",
    "with", "if", "when", "after", "before", "since", "still", "also", "there", "according", "see", "note",
    "his", "her", "their", "our", "what", "who", "approximately", "about", "over", "more", "some", "last", "next",
    "each", "all", "chinese"};
// Titles before a person's name ("U.S." is matched apart: the table holds words of letters).
constexpr std::string_view kTitles[] = {"president", "mr", "ms", "mrs", "dr", "ceo", "chairman", "prime", "minister", "secretary", "founder"};
// Function words after a number: what it counts ends before them.
constexpr std::string_view kStopAfterNumber[] = {
    "of", "to", "in", "on", "at", "for", "and", "or", "the", "a", "an", "by", "from", "with", "than", "as",
    "that", "which", "who", "is", "are", "was", "were", "has", "have", "will"};

// Open addressing over lower-case words of up to 15 bytes.
class ClassTable {
public:
    constexpr ClassTable() {
        for (auto w : kMonths) add(w, kMonthWord);
        for (auto w : kMonthAbbr) add(w, kMonthWord);
        add("sept", kMonthWord);
        for (auto w : kWeekdays) add(w, kWeekdayWord);
        for (auto w : kUnits) add(w, kNumberWord);
        for (auto w : kTens) add(w, kNumberWord);
        for (const Scale& sc : kScaleWords) add(sc.word, kNumberWord);
        for (auto w : {"a", "an", "half", "dozen"}) add(w, kNumberWord);
        for (const Holiday& h : kHolidays) add(h.name.substr(0, h.name.find_first_of(" '")), kHolidayWord);
        for (auto w : {"thanksgiving", "easter", "labor", "labour", "memorial", "good"}) add(w, kHolidayWord);
        for (auto w : kOrdinals)
            if (!w.empty()) add(w, kOrdinalWord);
        for (auto w : kTimeWords) add(w, kTimeWord);
        for (auto w : kUnitsOfMeasure) add(w, kMeasureWord);
        for (auto w : kNotNames) add(w, kNotNameWord);
        for (auto w : kTitles) add(w, kTitleWord);
        for (auto w : kStopAfterNumber) add(w, kStopWord);
        for (std::string_view w : {"percent", "per", "percentage"}) add(w, kPercentWord);
    }
    unsigned get(std::string_view w) const {
        if (w.empty() || w.size() > 15) return 0;
        // Most words are in no class: their first letter, last letter and length rule them
        // out before any hashing.
        const unsigned f = static_cast<unsigned char>(w.front()) | 0x20, l = static_cast<unsigned char>(w.back()) | 0x20;
        if (f < 'a' || f > 'z' || l < 'a' || l > 'z' || !maybe_[((f - 'a') * 26 + (l - 'a')) * 16 + w.size()]) return 0;
        std::uint64_t lo = 0, hi = 0;
        key(w, lo, hi);
        return find(lo, hi);
    }
    // The same for a word with 16 readable bytes from its start (the tokenizer's words
    // before the text's last 16 bytes): two unaligned loads instead of a loop over bytes.
    unsigned get_padded(const char* p, std::size_t n) const {
        if constexpr (std::endian::native != std::endian::little) return get({p, n});
        if (n == 0 || n > 15) return 0;
        const unsigned f = static_cast<unsigned char>(p[0]) | 0x20, l = static_cast<unsigned char>(p[n - 1]) | 0x20;
        if (f < 'a' || f > 'z' || l < 'a' || l > 'z' || !maybe_[((f - 'a') * 26 + (l - 'a')) * 16 + n]) return 0;
        std::uint64_t lo, hi;
        std::memcpy(&lo, p, 8);
        std::memcpy(&hi, p + 8, 8);
        if (n < 8) lo &= (std::uint64_t{1} << (8 * n)) - 1, hi = 0;
        else if (n == 8) hi = 0;
        else hi &= (std::uint64_t{1} << (8 * (n - 8))) - 1;
        return find(lower8(lo), lower8(hi));
    }

private:
    unsigned find(std::uint64_t lo, std::uint64_t hi) const {
        for (std::size_t h = hash(lo, hi);; h = (h + 1) & kMask) {
            const Slot& s = slots_[h];
            if (s.lo == lo && s.hi == hi) return s.flags;
            if (s.lo == 0) return 0;
        }
    }
    static constexpr std::size_t kSize = 1024, kMask = kSize - 1;
    // A word of up to 15 bytes, lower-cased and padded with zeros, as two 64-bit halves:
    // one comparison of two integers finds it, and a zero `lo` marks an empty slot.
    struct Slot {
        std::uint64_t lo = 0, hi = 0;
        unsigned flags = 0;
    };
    static constexpr std::uint64_t lower8(std::uint64_t x) {
        // ASCII 'A'-'Z' to lower case, eight bytes at a time (bytes >= 0x80 stay as they are).
        constexpr std::uint64_t k7f = 0x7F7F7F7F7F7F7F7Full, k80 = 0x8080808080808080ull;
        const std::uint64_t low7 = x & k7f;
        const std::uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3Full;   // high bit set where the byte >= 'A'
        const std::uint64_t gt_z = low7 + 0x2525252525252525ull;   // high bit set where the byte > 'Z'
        const std::uint64_t upper = ge_a & ~gt_z & ~x & k80;
        return x | (upper >> 2);
    }
    static constexpr void key(std::string_view w, std::uint64_t& lo, std::uint64_t& hi) {
        // Bytes gathered in registers, not stored to memory and read back as words (a
        // store-to-load stall on every word token).
        lo = hi = 0;
        const std::size_t n = w.size() < 16 ? w.size() : 16;
        for (std::size_t i = 0; i < n && i < 8; ++i) lo |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
        for (std::size_t i = 8; i < n; ++i) hi |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * (i - 8));
        lo = lower8(lo);
        hi = lower8(hi);
    }
    static constexpr std::size_t hash(std::uint64_t lo, std::uint64_t hi) {
        const std::uint64_t h = (lo ^ (hi * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full;
        return static_cast<std::size_t>(h >> 40) & kMask;
    }
    constexpr void add(std::string_view w, unsigned f) {
        if (w.empty() || w.size() > 15) return;
        const unsigned a = static_cast<unsigned char>(w.front()), z = static_cast<unsigned char>(w.back());
        if (a >= 'a' && a <= 'z' && z >= 'a' && z <= 'z') maybe_[((a - 'a') * 26 + (z - 'a')) * 16 + w.size()] = 1;
        std::uint64_t lo = 0, hi = 0;
        key(w, lo, hi);
        for (std::size_t h = hash(lo, hi);; h = (h + 1) & kMask) {
            Slot& s = slots_[h];
            if (s.lo == 0) {
                s = Slot{lo, hi, f};
                return;
            }
            if (s.lo == lo && s.hi == hi) {
                s.flags |= f;
                return;
            }
        }
    }
    std::array<Slot, kSize> slots_{};
    std::array<std::uint8_t, 26 * 26 * 16> maybe_{};  // (first letter, last letter, length) of some word in the table
};

// Built by the compiler (constinit): no guard to test on every word, and no start-up order
// to worry about when another file's static objects look words up.
constinit const ClassTable kClassTable{};
const ClassTable& class_table() { return kClassTable; }

}  // namespace

unsigned word_class(std::string_view w) { return class_table().get(w); }
unsigned word_class_padded(const char* p, std::size_t n) { return class_table().get_padded(p, n); }

int month_number(std::string_view w, bool* abbreviated) {
    if (abbreviated) *abbreviated = false;
    if (w.size() < 3 || w.size() > 9 || !(word_class(w) & kMonthWord)) return 0;
    if (int m = find(w, kMonths); m >= 0) return m + 1;
    int m = find(w, kMonthAbbr);
    if (m < 0 && ieq(w, "sept")) m = 8;
    if (m < 0) return 0;
    if (abbreviated) *abbreviated = true;
    return m + 1;
}
std::string_view month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view(); }
int weekday_number(std::string_view w) {
    return w.size() < 6 || w.size() > 9 || !(word_class(w) & kWeekdayWord) ? -1 : find(w, kWeekdays);
}
int weekday_abbreviation(std::string_view w) {
    static constexpr std::array<std::string_view, 10> kAbbr = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
    static constexpr int kDay[] = {0, 1, 1, 2, 3, 3, 3, 4, 5, 6};
    const int i = w.size() < 3 || w.size() > 5 ? -1 : find(w, kAbbr);
    return i < 0 ? -1 : kDay[i];
}
std::string_view weekday_name(int wd) { return wd >= 0 && wd < 7 ? kWeekdays[wd] : std::string_view(); }
std::string_view weekday_short(int wd) { return wd >= 0 && wd < 7 ? kWeekdaysShort[wd] : std::string_view(); }

const Holiday* holiday_named(std::string_view words) {
    for (const Holiday& h : kHolidays)
        if (ieq(words, h.name)) return &h;
    return nullptr;
}
bool starts_holiday_name(std::string_view word) {
    if (!(word_class(word) & kHolidayWord)) return false;
    for (const Holiday& h : kHolidays) {
        const std::string_view first = h.name.substr(0, h.name.find_first_of(" '"));  // "valentine" of "valentine's day"
        if (ieq(word, first)) return true;
    }
    return false;
}

int unit_number(std::string_view w) {
    return w.size() < 3 || w.size() > 9 || !(word_class(w) & kNumberWord) ? -1 : find(w, kUnits);
}
int tens_number(std::string_view w) {
    const int i = w.size() < 5 || w.size() > 7 || !(word_class(w) & kNumberWord) ? -1 : find(w, kTens);
    return i < 0 ? -1 : (i + 2) * 10;
}
double scale_word(std::string_view w, std::string_view* name) {
    for (const Scale& s : kScaleWords)
        if (ieq(w, s.word)) {
            if (name) *name = s.name;
            return s.factor;
        }
    return 0;
}
int ordinal_number(std::string_view w) {
    if (w.size() < 5 || w.size() > 11 || !(word_class(w) & kOrdinalWord)) return -1;
    for (std::size_t i = 0; i < kOrdinals.size(); ++i)
        if (!kOrdinals[i].empty() && ieq(w, kOrdinals[i])) return static_cast<int>(i) + 1;
    return -1;
}
bool starts_number_words(std::string_view w) { return (word_class(w) & kNumberWord) && !ieq(w, "dozen"); }

bool is_measure_unit(std::string_view w) {
    // "a.m."/"p.m." keep their points (the table holds letters-only words); "K" (kelvin)
    // only in capitals.
    return (word_class(w) & kMeasureWord) || ieq(w, "a.m.") || ieq(w, "p.m.") || w == "K";
}

bool is_plural_noun(std::string_view w) {
    static constexpr std::array<std::string_view, 12> kIrregular = {"people", "children", "men", "women", "staff", "aircraft",
                                                                    "police", "personnel", "sheep", "fish", "cattle", "troops"};
    static constexpr std::array<std::string_view, 16> kNot = {"does", "this", "thus", "plus", "less", "always", "perhaps", "whereas",
                                                              "across", "unless", "towards", "besides", "news", "series", "yes", "sometimes"};
    if (find(w, kIrregular) >= 0) return true;
    if (w.size() < 4 || !(w.back() == 's' || w.back() == 'S')) return false;
    const char p = static_cast<char>(w[w.size() - 2] | 0x20);
    if (p == 's' || p == 'u' || p == 'i') return false;  // "business", "status", "analysis"
    return find(w, kNot) < 0;
}

bool is_iso_currency(std::string_view code) {
    if (code.size() != 3) return false;
    if (code == "CNH" || code == "XBT") return true;
    const auto it = std::lower_bound(std::begin(kIso4217), std::end(kIso4217), code,
                                     [](const Iso& a, std::string_view b) { return a.code < b; });
    return it != std::end(kIso4217) && it->code == code;
}
std::string_view currency_name(std::string_view code) {
    if (code == "XBT") return "Bitcoin";
    for (const Iso& c : kIso4217)
        if (c.code == code) return c.name;
    return {};
}

std::string_view currency_by_words(const std::string_view* words, int n, int* taken) {
    *taken = 0;
    if (n <= 0 || words[0].empty() || words[0].size() > 24) return {};
    const auto& index = name_index().by_first;
    const auto it = index.find(ascii_lower(words[0]));
    if (it == index.end()) return {};
    for (const auto& [phrase, code] : it->second) {
        if (static_cast<int>(phrase.size()) > n) continue;
        bool all = true;
        for (std::size_t k = 1; k < phrase.size() && all; ++k) all = ieq(words[k], phrase[k]);
        if (all) {
            *taken = static_cast<int>(phrase.size());
            return code;
        }
    }
    return {};
}

std::string_view currency_symbol(std::string_view s) {
    struct S {
        std::string_view sym, code;
    };
    static constexpr S kSymbols[] = {{"$", "$"},         {"\u20AC", "EUR"}, {"\u00A3", "GBP"}, {"\u00A5", "\u00A5"},
                                     {"\u20A9", "KRW"},  {"\u20B9", "INR"}, {"\u20BD", "RUB"}, {"\u20BA", "TRY"},
                                     {"\u20AA", "ILS"},  {"\u20AB", "VND"}, {"\u20B1", "PHP"}, {"\u20A6", "NGN"},
                                     {"\u20B4", "UAH"},  {"\uFFE5", "\u00A5"}};
    for (const S& x : kSymbols)
        if (s == x.sym) return x.code;
    // CLDR's other signs of one currency each ("₲" PYG, "₵" GHS, "৳" BDT, "₸" KZT).
    for (const Named& x : kCldrSigns)
        if (s == x.words) return x.code;
    return {};
}

std::string_view country_currency(std::string_view lower_name) {
    // Hashed once (the extractor looks up every capitalised word of some texts).
    static const std::unordered_map<std::string_view, std::string_view> kByName = [] {
        std::unordered_map<std::string_view, std::string_view> m;
        for (const Named& n : kCldrCountries) m.emplace(n.words, n.code);  // the first of a repeated name, as the search found
        return m;
    }();
    const auto it = kByName.find(lower_name);
    return it != kByName.end() ? it->second : std::string_view();
}

bool shares_name(std::string_view lower_word, std::string_view code) {
    auto it = std::lower_bound(std::begin(kCldrShared), std::end(kCldrShared), lower_word,
                               [](const Named& n, std::string_view v) { return n.words < v; });
    for (; it != std::end(kCldrShared) && it->words == lower_word; ++it)
        if (it->code == code) return true;
    return false;
}

std::vector<std::string_view> codes_named(std::string_view lower_word) {
    std::vector<std::string_view> out;
    auto it = std::lower_bound(std::begin(kCldrShared), std::end(kCldrShared), lower_word,
                               [](const Named& n, std::string_view v) { return n.words < v; });
    for (; it != std::end(kCldrShared) && it->words == lower_word; ++it) out.push_back(it->code);
    return out;
}

std::string_view newsroom_symbol(std::string_view s, bool* needs_country) {
    // Abbreviations newsrooms write that CLDR does not list as the symbol (the Gulf papers'
    // "QR", "SR", "RO", "KD", "BD" and "Dh"; Nigerian papers' "N"; the subcontinent's "Rs" and
    // Bangladesh's "Tk"; a cent sign for the cedi's, which keyboards lack). Most stand for
    // the currency of a country the article names, so a letter or two is never read as
    // money by itself.
    struct N {
        std::string_view sym, codes;
        bool needs_country;
    };
    static constexpr N kNewsroom[] = {
        {"GH\u00A2", "GHS", false},  {"Dh", "AED MAD", true},  {"Dhs", "AED MAD", true}, {"DH", "MAD AED", true},
        {"QR", "QAR", true},         {"SR", "SAR", true},      {"RO", "OMR", true},      {"KD", "KWD", true},
        {"BD", "BHD", true},         {"N", "NGN", true},       {"Rs", "INR PKR LKR NPR MUR SCR", false},
        {"Rs.", "INR PKR LKR NPR MUR SCR", false}, {"Tk", "BDT", true},
    };
    for (const N& x : kNewsroom)
        if (s == x.sym) {
            if (needs_country) *needs_country = x.needs_country;
            return x.codes;
        }
    return {};
}

std::string_view letter_symbol(std::string_view s) {
    for (const Named& x : kCldrSymbols)
        if (s == x.words) return x.code;
    return {};
}

std::string_view dollar_prefix(std::string_view l) {
    struct P {
        std::string_view letters, code;
    };
    static constexpr P kPrefixes[] = {{"us", "USD"}, {"hk", "HKD"}, {"nt", "TWD"}, {"s", "SGD"},   {"a", "AUD"},
                                      {"au", "AUD"}, {"c", "CAD"},  {"ca", "CAD"}, {"can", "CAD"}, {"nz", "NZD"},
                                      {"r", "BRL"},  {"mxn", "MXN"}, {"mex", "MXN"}, {"mx", "MXN"}};
    for (const P& p : kPrefixes)
        if (ieq(l, p.letters)) return p.code;
    return {};
}

double sub_unit(std::string_view w, std::string_view* code) {
    if (ieq(w, "cent") || ieq(w, "cents")) return *code = "$", 0.01;
    if (ieq(w, "pence") || ieq(w, "penny") || ieq(w, "p")) return *code = "GBP", 0.01;
    return 0;
}

}  // namespace factlens::lexicon
