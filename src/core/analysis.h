// What the core computes from a curated corpus: dates resolved against each citing
// source's date, amounts normalised to one currency, and the findings (disagreements
// between sources about a claim, and arithmetic checks with their working).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace factlens {

// Resolves every dating and mention period, then computes Corpus::findings.
void analyse(Corpus& corpus);

// The stated rate between two currencies (direct or inverted), if the corpus has one.
const Rate* find_rate(const Corpus& corpus, std::string_view from, std::string_view to);

// Converts `units` of currency `from` into `to` with the corpus's stated rates; sets
// *working to "CNY 150bn / 7.2671 = $20.64bn" when given. A currency converts to itself
// with no rate at all: code that needs the rate it converted with asks find_rate, and
// must expect none.
std::optional<double> convert(const Corpus& corpus, double units, std::string_view from, std::string_view to,
                              std::string* working = nullptr);

// A money quantity as a value in `currency`: its midpoint converted at the stated rate.
// A fraction or percent of a money claim ("about half of that") becomes that share of
// the whole. nullopt when it is not money or cannot be converted.
std::optional<double> money_value(const Corpus& corpus, const Quantity& q, std::string_view currency,
                                  std::string* working = nullptr);

// The date of a source (its published date), if known.
std::optional<Date> source_date(const Corpus& corpus, std::string_view source_id);

}  // namespace factlens
