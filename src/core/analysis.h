// What the core computes from a curated corpus: dates resolved against each citing
// source's date, amounts normalised to one currency, and the findings (disagreements
// between sources about a claim, and arithmetic checks with their working).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace factlens {

class StoryIndex;

// Resolves every dating and mention period, then computes Corpus::findings.
void analyse(Corpus& corpus);

// The measure of a date claim whose mentions write the same words that move with their
// article's date ("yesterday", "today"), copied from one article into a later one: the
// later one's "today" is then the copy's, not a present of its own (core/story_builder.cpp).
inline constexpr std::string_view kCopiedDateMeasure = "date, in the same words";

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
// The same, with the whole of a share looked up in the story's index (core/story_index.h)
// rather than searched for: for code that asks for every figure of a large story.
std::optional<double> money_value(const Corpus& corpus, const StoryIndex& index, const Quantity& q,
                                  std::string_view currency, std::string* working = nullptr);

// [SECTION] Names
// Latin letters with diacritics (U+00C0..U+017F) folded to their base letters, other
// bytes kept: "Wiślańskie" -> "Wislanskie".
std::string fold_diacritics(std::string_view s);

// A name with what is not part of a spelling taken out: diacritics folded to their base
// letters ("Düsseldorf" -> "Dusseldorf"), a possessive dropped ("Germany's"), leading
// titles and a role before the person ("Mayor", "Maasveld Chief Executive"), trailing
// legal and company forms ("AG", "NV", "Co., Ltd.", "Group"/"Groep"). `keep_case` false
// lowers everything (spelling findings ignore the case of a name written in capitals).
std::string name_key(std::string_view name, bool keep_case = true);

// The words of name_key(name, false), letters and digits only ("Hae-jin" -> "haejin").
std::vector<std::string> name_tokens(std::string_view name);

// Optimal string alignment distance (insertions, deletions, substitutions, adjacent
// transpositions), counted up to `cap` (returns cap when farther).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 3);

// Conservative: two names are one entity when their words (name_tokens) are the same, or
// when the same number of words differ in one word only, by a misspelling: the same first
// letter, one edit in a word of six letters or more (two from eight), and the two words
// not a country and its demonym ("Germany"/"German"), nor an adjective of nationality and
// another word ("Brazilian"/"Brasilia"). "United States"/"United Kingdom",
// "Hubei"/"Hebei", "Elland"/"England", "Seoul"/"Seoul Tech Digest" are different entities.
bool same_name(std::string_view a, std::string_view b);

// Spellings that are one romanisation of the same word: one vowel dropped beside another
// ("Pyeongtaek"/"Pyongtaek"). Not a spelling finding.
bool romanisation_variant(std::string_view a, std::string_view b);

// The date of a source (its published date), if known.
std::optional<Date> source_date(const Corpus& corpus, std::string_view source_id);

}  // namespace factlens
