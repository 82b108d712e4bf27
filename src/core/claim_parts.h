// The parts of a claim that a sentence states besides its figures, read from the words in a
// controlled vocabulary (never free text): whom it is credited to (a named organisation,
// or a class: "sources", "analysts", "officials"), what it covers (domestic, overseas,
// national, regional, European, global), and the words that make two sentences the same
// statement (content words, stemmed). The story builder uses these on sentences that
// different articles align (core/story_builder.cpp); the rules are tested on their own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

namespace factlens {

// A light, symmetric stem of a lower-case word: "plans"/"planned"/"planning" -> "plan",
// "companies" -> "company", "privately" -> "private". Good enough to compare sentences.
std::string word_stem(std::string_view lower);

// Words that say nothing of what a sentence is about ("the", "said", "would", ...).
bool is_function_word(std::string_view lower);

// Is this word a verb that makes the name before it the one who does something ("plans",
// "agreed", "will", "is", or a regular past tense)? Reporting verbs are not: see
// is_reporting_verb.
bool is_action_verb(std::string_view lower);
// "said", "says", "told", "reported", "estimated", "showed", ...: who it is credited to.
bool is_reporting_verb(std::string_view lower);
// Is this lower-case word, or its singular ("shares", "customs"), a word of running English
// (a lemma WordNet tags in SemCor: commonwords_data.inc)? "police", "revenue" are; "brenmark" is not.
bool is_common_word(std::string_view lower);

// Whom a sentence credits what it says to.
struct Attribution {
    std::string label;  // "sources", "analysts", "officials", or the name as written; "" when none
    std::size_t start = 0, end = 0;  // the words that say so, byte offsets into the sentence
    bool named = false;  // label is a name (compare by name, not by class)
    bool common = false;  // label is a common noun ("the company", "the utility"): who it is, the text does not say
    std::string affiliation;  // a named speaker's body, as written after it ("Mette Holm, an analyst at Kronborg Securities")
};
// A phrase that credits a statement ("two sources with knowledge of the matter", "people
// familiar with the plan", "the finance ministry", "economists at the bank"): its class
// ("sources", "analysts", "officials"), or "" when the words are none of them.
std::string attribution_class(std::string_view phrase_lower);
// The attribution in `sentence`: "according to X", "X said/reported/estimated ...",
// "..., said X", "citing X", "X told Reuters". `names` are the byte ranges (in the
// sentence) of the names the extractor found there; a phrase that is a name and no class
// is credited to that name. Empty label when the sentence credits nobody it can name or
// class ("it said", "the company said").
Attribution find_attribution(std::string_view sentence, const std::vector<std::pair<std::size_t, std::size_t>>& names);

// Who does what to whom in a sentence, as far as its word order tells: for each name (byte
// ranges in the sentence, as for find_attribution), whether it does a verb's action (its
// subject, "X has agreed to sell", or the agent of a passive, "was bought by X") or has it
// done to it (its object, "rejected X's offer", "to X", "into X", the subject of a passive),
// and the verb's lemma ("sold" and "sells" -> "sell"). A verb done to a name whose doer is
// no name gets that doer as written ("The regional government criticised X"). Verbs whose
// sides do the same to each other ("met", "faced") give no roles.
struct Role {
    std::size_t name = SIZE_MAX;     // index into the names; SIZE_MAX: a doer that is no name
    bool agent = false;              // does the action (else: has it done to it)
    std::string verb;                // verb_lemma of the verb
    std::size_t start = 0, end = 0;  // the name's or the doer's words, bytes in the sentence
    std::size_t verb_at = 0;         // the verb's first byte in the sentence
};
std::vector<Role> find_roles(std::string_view sentence, const std::vector<std::pair<std::size_t, std::size_t>>& names);
// A verb's lemma, stemmed as word_stem: irregular forms from WordNet ("bought" -> "buy",
// "taken" -> "take"), then word_stem ("acquired" and "acquire" -> "acquir").
std::string verb_lemma(std::string_view lower);
// Whether a verb's lemma (verb_lemma's form) is one both sides do to each other ("met",
// "faced", "merged"): it has no doer apart from whom it is done to.
bool is_reciprocal(std::string_view lemma);
// Whether two verb lemmas (verb_lemma's form) mean one action: the same, or sharing a
// meaning of the senses WordNet's SemCor tags ("strik" / "hit", "begin" / "start",
// "detect" / "find"), or one meaning a kind of the other ("beat" / "defeat"); not "begin" /
// "end", "buy" / "sell".
bool same_action(std::string_view lemma_a, std::string_view lemma_b);
// A past form or participle: a regular "-ed" ("detected") or an irregular one from WordNet
// ("began", "struck", "sold").
bool is_past_form(std::string_view lower);

// What a sentence says its figure covers, as classes ("domestic", "overseas", "national",
// "regional", "european", "global"), each with the byte range of its words in the sentence.
struct ScopeWord {
    std::string cls;
    std::size_t start = 0, end = 0;
    bool country = false;  // a country's or a city's name ("in Sweden", "in Lima"), not a scope word
};
// "national" also for a country after "in", "across" or "throughout" ("in Sweden").
std::vector<ScopeWord> find_scope(std::string_view sentence);

// A superlative and the place it is said of: "the largest rolling stock order in Poland's
// history", "Indonesia's largest HPAL plant", "the costliest fire season on record in the
// province", "the world's biggest producer". Two articles that give the same superlative of
// the same thing for different places disagree on its scope.
struct Superlative {
    std::string degree;              // "largest", "most expensive" (lower case)
    std::uint32_t meaning = 0;       // its adjective's WordNet meaning: one for "largest" and "biggest", "costliest" and "most expensive"
    std::vector<std::string> nouns;  // the stemmed content words of what it is said of ("rolling", "stock", "order")
    std::string place;               // as written, without "the", a possessive or "whole": "Poland", "province", "central Europe"
    std::string level;               // "city", "regional", "national", "continental", "global"; "" when the place is a name of no known kind
    bool generic = false;            // a place named by a common noun ("the province", "the country")
    std::size_t place_start = 0, place_end = 0;  // the place's words as written ("Poland", "the province"), bytes in the sentence
    std::size_t start = 0, end = 0;  // the words from the first of the superlative and its place to the last, bytes in the sentence
};
std::vector<Superlative> find_superlatives(std::string_view sentence);
// Whether two superlatives' places differ: levels that differ ("the province" / "Canada"),
// a named place against a country, a continent or the world that is not it ("Southeast
// Sulawesi" / "Indonesia"), or two names of no known kind, neither inside the other. A
// common noun against a name of no known kind ("the province" / "Quebec") may be the same.
bool superlative_places_differ(const Superlative& a, const Superlative& b);

// Countries and demonyms (lower case) from WordNet (places_data.inc, tools/gen_places.py).
bool is_country(std::string_view lower);
// A province or a state (kRegions, from WordNet) by its lower-case name. (Not a city: "Lima"
// said is as often a firm's home as its government.)
bool is_region(std::string_view lower);
bool is_demonym(std::string_view lower);
// The one country a demonym or a city is of ("qatari", "doha" -> "qatar"), from WordNet's
// pertainyms and part holonyms; "" for none or several.
std::string_view country_of_place(std::string_view lower);

// Two scope readings disagree when both say something and share no class.
bool scopes_disagree(const std::vector<ScopeWord>& a, const std::vector<ScopeWord>& b);

}  // namespace factlens
