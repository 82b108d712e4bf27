// The words every recogniser shares, in one place: month and weekday names, number words
// and scales, ordinals, currencies (ISO 4217, generated at build time from Debian's
// iso-codes by tools/gen_iso4217.py, plus the names, symbols and dollar prefixes news text
// uses) and holidays. dates.cpp, extract.cpp and quantity.cpp look words up here; none
// keeps a list of its own. Lookups ignore ASCII case.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlens::lexicon {

// --- word classes ----------------------------------------------------------------------
// What a word may be, from one hash lookup (the recognisers ask this first, so that the
// common words that start nothing cost one probe): a bit set of the classes below.
enum WordClass : unsigned {
    kMonthWord = 1,     // "january", "jan", "sept"
    kWeekdayWord = 2,   // "monday"
    kNumberWord = 4,    // "five", "twenty", "hundred", "million", "a", "an", "half", "dozen"
    kHolidayWord = 8,   // the first word of a holiday's name ("christmas", "new")
    kOrdinalWord = 16,  // "first" ... "thirtieth"
    kTimeWord = 32,     // words that start a date or a share: "year", "today", "fiscal", "quarter", "between", ...
    kPercentWord = 1024, // "percent", "per", "percentage": "percent of 10" starts with it
    // The classes above are the words an item may start with; the ones below only describe.
    kMeasureWord = 64,   // a unit of measure after a number (is_measure_unit)
    kNotNameWord = 128,  // a capitalised word that names nothing ("The", "However", "Chinese")
    kTitleWord = 256,    // a title before a person's name ("President", "CEO", "Dr")
    kStopWord = 512,     // a function word that ends what a number counts ("of", "to", "was")
};
constexpr unsigned kStartsItem = kMonthWord | kWeekdayWord | kNumberWord | kHolidayWord | kOrdinalWord | kTimeWord | kPercentWord;
unsigned word_class(std::string_view word);
// The same for the `n` bytes at `p`, when 16 bytes from `p` may be read (the tokenizer's
// fast path: most words are not near the text's end).
unsigned word_class_padded(const char* p, std::size_t n);

// --- calendar -------------------------------------------------------------------------
// 1-12 for "january" ... "december" and the abbreviations "jan" ... "dec", "sept"; 0 else.
// *abbreviated is set when the word is an abbreviation ("may" is a full name).
int month_number(std::string_view word, bool* abbreviated = nullptr);
std::string_view month_name(int month);  // "january" for 1
// 0 (Monday) ... 6 (Sunday) for "monday" ... "sunday"; -1 else.
int weekday_number(std::string_view word);
std::string_view weekday_name(int weekday);   // "monday" for 0
// 0-6 for "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"; -1 else.
int weekday_abbreviation(std::string_view word);
std::string_view weekday_short(int weekday);  // "Mon" for 0

// A holiday with a fixed date: "christmas" -> 12-25. Returns false when the words (lower or
// any case, one or two of them: "christmas day", "new year's day" given as "new", "years",
// "day" is not supported; pass the joined words "new year's day") are no such holiday.
struct Holiday {
    std::string_view name;  // lower case, words separated by one space
    int month, day;
};
const Holiday* holiday_named(std::string_view words);
// Every holiday whose name starts with this word ("christmas", "new", "boxing", ...).
bool starts_holiday_name(std::string_view word);

// --- numbers --------------------------------------------------------------------------
// 0-19 for "zero" ... "nineteen"; -1 else.
int unit_number(std::string_view word);
// 20, 30 ... 90 for "twenty" ... "ninety"; -1 else.
int tens_number(std::string_view word);
// 100 for "hundred", 1e3 "thousand", 1e6 "million", 1e9 "billion", 1e12 "trillion" (and
// "lakh" 1e5, "crore" 1e7); 0 else. *name gets the scale's name for Quantity::scale.
double scale_word(std::string_view word, std::string_view* name = nullptr);
// 1-31 for "first" ... "thirty-first"'s last word ("first", "second", ..., "twentieth",
// "thirtieth"); -1 else. Use with tens_number for "thirty first".
int ordinal_number(std::string_view word);
// Any of the above, or "a"/"an"/"half": could this word begin a number in words?
bool starts_number_words(std::string_view word);

// A unit of measure after a number ("km", "kg", "ml", "GB", "GHz", "mph", "degrees",
// "litres", "inch", "pm"): such a number is a measurement, not a count.
bool is_measure_unit(std::string_view word);
// A plural noun as counts take it: "users", "people", "children", "aircraft" (not "was",
// "this", "does").
bool is_plural_noun(std::string_view word);

// --- currencies -----------------------------------------------------------------------
// Is this an ISO 4217 code (from iso-codes), CNH (the offshore yuan news text quotes) or XBT
// (bitcoin, which has no ISO code; XBT is the code markets use, "BTC" its ticker)?
bool is_iso_currency(std::string_view code);
// The ISO 4217 name ("Swiss Franc" for CHF); empty when unknown.
std::string_view currency_name(std::string_view code);
// A currency named by words after a number: tries `words[0..n)` (n <= 4) longest first and
// returns the code, "$" for a dollar whose country the words do not say, or "" for none;
// *taken gets the number of words used. Knows ISO names ("Swiss francs", "Mexican pesos",
// "Canadian dollars", "Hong Kong dollars"), their plurals, and everyday names ("yuan",
// "euros", "yen", "rupees", "U.S. dollars", "Chinese yuan", "reais").
std::string_view currency_by_words(const std::string_view* words, int n, int* taken);
// A currency symbol ("€", "£", "₩", "₹", "¥" is "¥": yuan or yen, decided by the caller;
// "$" is "$"); "" else.
std::string_view currency_symbol(std::string_view symbol);
// The one currency a country uses, by its English name in lower case ("argentina" -> ARS),
// from CLDR; "" for none or several.
std::string_view country_currency(std::string_view lower_name);
// Whether `lower_word` is the bare name ("pesos", "rupee", "shillings") of the currency
// `code` as well as of others (CLDR's English names).
bool shares_name(std::string_view lower_word, std::string_view code);
// The currencies whose bare name `lower_word` is ("kroner": DKK, NOK), sorted; empty for none.
std::vector<std::string_view> codes_named(std::string_view lower_word);
// A currency's letter symbol in the countries that use it, from CLDR ("S/" PEN, "Ft" HUF,
// "RM" MYR, "Ksh" KES, "zł" PLN, "lei" RON); only the symbols of one currency; "" else.
// Case matters ("RM", not "rm").
std::string_view letter_symbol(std::string_view symbol);
// A newsroom's abbreviation that CLDR does not give as the symbol ("QR" QAR, "Dh" AED or
// MAD, "Rs" INR, PKR, LKR ..., "GH¢" GHS): the codes it may stand for, space-separated, the
// first the one to take when no country decides; "" for none. *needs_country: only as the
// currency of a country the text names.
std::string_view newsroom_symbol(std::string_view symbol, bool* needs_country = nullptr);
// The letters before a "$": "US" -> USD, "HK" -> HKD, "C"/"CA" -> CAD, "A"/"AU" -> AUD,
// "NZ", "S", "NT", "R" (BRL), "MXN"/"Mex" (MXN); "" else.
std::string_view dollar_prefix(std::string_view letters);
// Sub-units: "cents"/"cent" -> 0.01 of the dollar (or euro), "pence"/"penny"/"p" -> 0.01
// GBP. Returns the fraction, 0 when none; *code gets "$" for cents, "GBP" for pence.
double sub_unit(std::string_view word, std::string_view* code);

}  // namespace factlens::lexicon
