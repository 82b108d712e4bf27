// Finding figures, dates and names in plain news text: money (with paired conversions
// and ranges), exchange rates, counted numbers, percentages and shares, dates (absolute
// and relative to the article's date), and names. One pass to tokenise, one pass over
// the tokens; no regular expressions, no allocation per character.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/quantity.h"

namespace factlens {

// Measure: a physical quantity with its unit ("2.1 million hectares", "372 km"); its unit,
// canonical ("hectares", "km"), is in value.counts and value.unit is "count".
enum class ItemKind { Money, Number, Percent, Fraction, Date, Rate, Name, Measure };
std::string_view item_kind_name(ItemKind kind);  // "money", "number", ...

struct Extracted {
    ItemKind kind = ItemKind::Number;
    std::size_t start = 0;  // byte offsets into the text, end exclusive
    std::size_t end = 0;
    std::string text;       // the words, as written
    Quantity value;         // money, number, percent, fraction
    std::optional<Quantity> converted;  // money: a paired conversion "($20.64 billion)"
    DateResolution date;    // dates: the resolved date, its precision and the reasoning
    double rate = 0;        // rates: 1 `value.unit` = rate `rate_currency`
    std::string rate_currency;
    std::string rate_base;  // money: the rate its conversion states, 1 rate_base = rate rate_currency ("at R18 to the dollar")
    std::string name_kind;  // names: "organisation", "person", "outlet", "product" or "name"
    std::string note;       // an ambiguity said out loud ("¥ read as CNY: the text says yuan")
};

struct ExtractOptions {
    // Currency for a bare "$" (default USD); an article about Hong Kong or Taiwan makes
    // "$" ambiguous, and the item says so in its note.
    std::string dollar = "USD";
};

// Everything found in `text`, in text order. `article_date` anchors relative dates.
std::vector<Extracted> extract(std::string_view text, const std::optional<Date>& article_date,
                               const ExtractOptions& options = {});

// The article's own date when its first 16 KB state one ("On January 23, 2025, ..." or a
// dateline), else nullopt.
std::optional<Date> find_article_date(std::string_view text);

// Names that are spellings of one entity ("Cambricon"/"Cambrian", "Jimeng"/"Ji Meng",
// "ByteDance"/"Bytedance"): same letters ignoring case and spaces, or a small edit distance
// between long enough first words.
bool same_entity(std::string_view a, std::string_view b);

}  // namespace factlens
