// [SECTION] Words
// [SECTION] Attribution
// [SECTION] Roles
// [SECTION] Scope
#include "core/claim_parts.h"

#include <algorithm>
#include <utility>
#include <array>
#include <cctype>
#include <cstdint>
#include <unordered_map>

namespace factlens {

namespace {
#include "core/verbs_data.inc"
#include "core/commonwords_data.inc"
}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] Words
// ---------------------------------------------------------------------------------
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "plann" -> "plan" (a doubled consonant before a dropped ending), but "fall" stays.
std::string undouble(std::string s) {
    if (s.size() > 3 && s[s.size() - 1] == s[s.size() - 2] && !vowel(s.back()) && !in(s.substr(s.size() - 2), {"ll", "ss", "zz"}))
        s.pop_back();
    return s;
}

struct Token {
    std::size_t start, end;
    std::string lower;
};

// Words of a sentence (letters, digits, inner apostrophes and hyphens), lower-cased.
std::vector<Token> tokens_of(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!std::isalnum(c)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::string w;
        while (j < s.size()) {
            const auto d = static_cast<unsigned char>(s[j]);
            if (std::isalnum(d)) {
                w += static_cast<char>(std::tolower(d));
                ++j;
            } else if ((d == '\'' || d == '-') && j + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[j + 1]))) {
                w += static_cast<char>(d);
                ++j;
            } else if (d == 0xE2 && j + 3 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
                       static_cast<unsigned char>(s[j + 2]) == 0x99 && std::isalnum(static_cast<unsigned char>(s[j + 3]))) {
                w += '\'';  // a typographic apostrophe
                j += 3;
            } else {
                break;
            }
        }
        out.push_back({i, j, std::move(w)});
        i = j;
    }
    return out;
}

// Is there a clause break (, ; : — parentheses, quotes) between two byte offsets?
bool clause_break(std::string_view s, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b && k < s.size(); ++k) {
        const char c = s[k];
        // A thousands separator or a decimal point ("2,000 hopper wagons", "1.5 million") breaks nothing.
        auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
        if ((c == ',' || c == '.') && k > 0 && digit(k - 1) && digit(k + 1)) continue;
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '.') return true;
        if (static_cast<unsigned char>(c) == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80) {
            const auto d = static_cast<unsigned char>(s[k + 2]);
            if (d == 0x94 || d == 0x93 || d == 0x9C || d == 0x9D) return true;  // dashes, curly double quotes
        }
    }
    return false;
}

}  // namespace

std::string word_stem(std::string_view lower) {
    std::string w(lower);
    if (ends_with(w, "'s")) w.resize(w.size() - 2);
    if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 4 && ends_with(w, "ied")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 5 && ends_with(w, "ing")) w = undouble(w.substr(0, w.size() - 3));
    else if (w.size() > 4 && ends_with(w, "ed")) w = undouble(w.substr(0, w.size() - 2));
    else if (w.size() > 5 && ends_with(w, "ly")) w = w.substr(0, w.size() - 2);
    else if (w.size() > 4 && (ends_with(w, "ses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes")))
        w = w.substr(0, w.size() - 2);
    else if (w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
        w.pop_back();
    if (w.size() > 4 && w.back() == 'e') w.pop_back();
    return w;
}

bool is_function_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "its", "it", "is", "was", "will", "be", "by",
        "with", "as", "that", "this", "has", "have", "had", "from", "than", "more", "over", "about", "said", "which",
        "also", "says", "say", "would", "could", "should", "can", "may", "might", "must", "their", "they", "them",
        "there", "these", "those", "been", "were", "are", "being", "into", "after", "before", "other", "such", "some",
        "most", "much", "many", "very", "just", "only", "then", "when", "where", "who", "whom", "whose", "what", "not",
        "but", "while", "his", "her", "she", "he", "him", "our", "we", "you", "your", "it's", "its", "per", "up",
        "out", "so", "if", "no", "yet", "all", "any", "each", "both", "now", "new", "one", "two", "three", "mr", "ms"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool is_reporting_verb(std::string_view w) {
    return in(w, {"said", "says", "say", "told", "tells", "reported", "reports", "report", "estimated", "estimates",
                  "estimate", "stated", "noted", "notes", "added", "showed", "shows", "show", "revealed",
                  "indicated", "confirmed", "calculated", "calculates", "forecast", "forecasts", "projected",
                  "projects", "announced", "announces", "claimed", "claims", "wrote", "writes", "believe", "believes",
                  "expect", "expects", "put", "puts", "found", "finds"});
}

bool is_action_verb(std::string_view w) {
    if (is_reporting_verb(w)) return false;
    if (in(w, {"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
               "shall", "should", "plans", "intends", "aims", "wants", "buys", "sells", "pays", "spends", "offers",
               "acquires", "owns", "runs", "leads", "opens", "launches", "makes", "takes", "gets", "gives", "holds",
               "agrees", "becomes", "remains", "seeks", "hopes", "needs", "faces", "employs", "operates", "produces",
               "supplies", "builds", "bought", "sold", "paid", "spent", "made", "took", "won", "lost", "became", "began",
               "begins", "did", "does", "got", "gave", "held", "led", "ran", "set", "sets", "sees", "saw", "invests",
               "bid", "bids", "wins", "loses", "cut", "cuts", "hires", "hired", "builds", "built", "supplies", "ships",
               // Past forms the same as the verb, which WordNet's exceptions do not list.
               "beat", "beats", "hit", "hits", "shut", "split", "spread", "cost", "costs", "quit", "cast", "burst", "hurt", "upset",
               "shed"}))
        return true;
    if (w.size() > 4 && ends_with(w, "ed") && w.find('\'') == std::string_view::npos) return true;
    // Irregular past forms from WordNet ("sent", "brought", "kept"): verbs_data.inc.
    return std::binary_search(std::begin(kIrregularVerbs), std::end(kIrregularVerbs), w);
}

bool is_common_word(std::string_view w) {
    auto known = [](std::string_view x) {
        std::uint32_t h = 2166136261u;
        for (char c : x) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return std::binary_search(std::begin(kCommonWordHashes), std::end(kCommonWordHashes), h);
    };
    if (known(w)) return true;
    if (w.size() > 3 && ends_with(w, "ies") && known(std::string(w.substr(0, w.size() - 3)) + "y")) return true;
    if (w.size() > 3 && ends_with(w, "es") && known(w.substr(0, w.size() - 2))) return true;
    return w.size() > 2 && ends_with(w, "s") && known(w.substr(0, w.size() - 1));
}

// ---------------------------------------------------------------------------------
// [SECTION] Attribution
// ---------------------------------------------------------------------------------
std::string attribution_class(std::string_view p) {
    const std::vector<Token> ts = tokens_of(p);
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const std::string& w = ts[i].lower;
        const std::string next = i + 1 < ts.size() ? ts[i + 1].lower : std::string();
        if (in(w, {"source", "sources", "insider", "insiders"})) return "sources";
        if (in(w, {"people", "person", "persons"}) && in(next, {"familiar", "with", "close", "briefed", "knowledgeable", "aware"}))
            return "sources";
        if (in(w, {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "expert", "experts",
                   "observers", "brokers", "forecasters", "watchers", "researcher", "researchers", "scientist", "scientists",
                   "academics"}))
            return "analysts";
        // Judges are not the government: "the Commission estimated" / "the court found"
        // credit two bodies.
        if (in(w, {"court", "courts", "judge", "judges", "tribunal"})) return "courts";
        // The other sides a newsroom quotes, each a class of its own: organisers of an
        // event, unions, rebels, medics, a defendant's lawyers.
        if (in(w, {"organiser", "organisers", "organizer", "organizers"})) return "organisers";
        if (in(w, {"union", "unions", "unionists"})) return "unions";
        if (in(w, {"rebel", "rebels", "militants", "insurgents"})) return "rebels";
        if (in(w, {"hospital", "hospitals", "doctor", "doctors", "medics", "paramedics", "surgeon"})) return "medics";
        if (in(w, {"lawyer", "lawyers", "attorney", "attorneys", "defence", "defense"})) return "defence";
        if (in(w, {"official", "officials", "authorities", "ministry", "minister", "government", "department", "agency",
                   "regulator", "regulators", "police", "council", "administration", "office", "institute", "bureau",
                   "commission", "statistics", "customs", "treasury", "parliament", "prosecutors", "ministers",
                   "authority", "prosecutor", "army", "military"}))
            return "officials";
    }
    return {};
}

Attribution find_attribution(std::string_view s, const std::vector<std::pair<std::size_t, std::size_t>>& names_in) {
    const std::vector<Token> ts = tokens_of(s);
    // Two names joined by "of" or "of the" are one body's name: "Federation" + "Swiss Watch
    // Industry" is "the Federation of the Swiss Watch Industry" (said by one article, "according
    // to" another), not two speakers.
    std::vector<std::pair<std::size_t, std::size_t>> names;
    for (const auto& n : names_in) {
        if (!names.empty() && n.first >= names.back().second) {
            const std::string_view gap = s.substr(names.back().second, n.first - names.back().second);
            // "Casa de Bolsa Cumbre", "Banco do Brasil", "Cassa di Risparmio": the particles of
            // names in other languages join them too.
            static constexpr std::string_view kJoins[] = {" of ", " of the ", " de ", " de la ", " del ", " des ", " du ",
                                                          " da ", " do ", " dos ", " di ", " della ", " van ", " von ", " der "};
            if (std::find(std::begin(kJoins), std::end(kJoins), gap) != std::end(kJoins)) {
                names.back().second = n.second;
                continue;
            }
        }
        names.push_back(n);
    }
    // A phrase [a, b) of tokens as a label: a class, else the name it holds.
    // A phrase [a, b) of tokens as a label: a class anywhere in it, else a name that ends
    // it (`name_last`: "Reuters reported", "a Reuters report") or, after the verb, starts it.
    auto label_of = [&](std::size_t a, std::size_t b, bool name_last) -> Attribution {
        if (a >= b) return {};
        const std::size_t from = ts[a].start, to = ts[b - 1].end;
        const std::string phrase(s.substr(from, to - from));
        // Names are in text order: only those starting within the phrase are looked at.
        const auto first = std::lower_bound(names.begin(), names.end(), from,
                                            [](const std::pair<std::size_t, std::size_t>& n, std::size_t v) { return n.first < v; });
        // A name as a label: a named body of a class ("the National Statistics Office") is
        // that class.
        auto named = [&](std::size_t ns, std::size_t ne) -> Attribution {
            std::string lower(s.substr(ns, ne - ns));
            for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (std::string c = attribution_class(lower); !c.empty()) return {c, ns, ne, false};
            // A country that says or expects something is its government: "Turkey expects ..."
            // and "the government expected ..." credit one speaker.
            // So is a province or a state: "Quebec's government said" / "the government had
            // put the bill at".
            if (is_country(lower) || is_region(lower)) return {"officials", ns, ne, false};
            Attribution got{std::string(s.substr(ns, ne - ns)), ns, ne, true};
            // "Mette Holm, an analyst at Kronborg Securities": the speaker's body, a name after
            // a comma, a role of at most four words and "at", "of", "for" or "with".
            if (s.substr(ne, 2) == ", ") {
                std::size_t k = ne + 2;
                for (int words = 0; words < 5 && k < s.size(); ++words) {
                    std::size_t j = k;
                    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
                    if (j == k || !std::islower(static_cast<unsigned char>(s[k]))) break;
                    const std::string_view w = s.substr(k, j - k);
                    k = j + 1;
                    if (j >= s.size() || s[j] != ' ') break;
                    if (w != "at" && w != "of" && w != "for" && w != "with") continue;
                    if (s.substr(k, 4) == "the ") k += 4;
                    for (const auto& n : names)
                        if (n.first == k) got.affiliation = std::string(s.substr(n.first, n.second - n.first));
                    break;
                }
            }
            return got;
        };
        // "Analysts at Kōyō Securities", "economists from Nomura", "lawyers with Baker &
        // Co": people of a class at a named body are that body's word.
        for (std::size_t i = a; i + 2 < b; ++i) {
            if (!in(ts[i + 1].lower, {"at", "from", "with"}) || attribution_class(ts[i].lower).empty()) continue;
            const std::size_t n = ts[i + 2].lower == "the" && i + 3 < b ? i + 3 : i + 2;
            for (auto it = first; it != names.end() && it->first < to; ++it)
                if (it->first == ts[n].start && it->second <= to) return named(it->first, it->second);
        }
        // "the national statistics institute INDEC", "the fire agency SOPFEU": a body named
        // after the words that say its class is that name, as "INDEC" alone is.
        if (!name_last)
            for (auto it = first; it != names.end() && it->first < to; ++it)
                if (it->second == to && it->first > from && !attribution_class(s.substr(from, it->first - from)).empty())
                    return named(it->first, it->second);
        if (std::string c = attribution_class(phrase); !c.empty()) return {c, from, to, false};
        for (auto it = first; it != names.end() && it->first < to; ++it) {
            const auto [ns, ne] = *it;
            if (ns >= from && ne <= to && (name_last ? ne == to : ns == from)) return named(ns, ne);
        }
        // An acronym alone ("the IMF estimated", "according to UNHCR"): a body the
        // extractor does not take for a name (names of three capitals or fewer are not).
        if (b - a == 1 || (b - a == 2 && ts[a].lower == "the")) {
            const Token& t = ts[b - 1];
            const std::string_view w = s.substr(t.start, t.end - t.start);
            const bool caps = w.size() >= 2 && w.size() <= 6 &&
                              std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
            // Roles in capitals ("the CEO said") are no body.
            if (caps && !in(t.lower, {"ceo", "cfo", "coo", "cto", "md"})) return {std::string(w), t.start, t.end, true};
        }
        return {};
    };
    auto skip_lead = [&](std::size_t a, std::size_t b) {
        while (a < b && in(ts[a].lower, {"the", "a", "an", "data", "figures", "from", "by", "report", "estimates", "of", "two",
                                          "three", "several", "some", "unnamed", "anonymous"}))
            ++a;
        return a;
    };
    for (std::size_t k = 0; k < ts.size(); ++k) {
        const std::string& w = ts[k].lower;
        // "according to X", "citing X", "as per X": X runs to the next clause break, at most 8 words.
        const bool according = w == "according" && k + 1 < ts.size() && ts[k + 1].lower == "to";
        const bool as_per = w == "as" && k + 1 < ts.size() && ts[k + 1].lower == "per";
        if (according || as_per || w == "citing") {
            std::size_t a = k + (according || as_per ? 2 : 1), b = a;
            while (b < ts.size() && b - a < 8 && !clause_break(s, ts[b - (b > a ? 1 : 0)].end, ts[b].start)) ++b;
            const Attribution got = label_of(skip_lead(a, b), b, false);
            if (!got.label.empty()) return got;
            continue;
        }
        // Who measured or counted a figure is whom it is credited to ("The Pollution Control
        // Department measured PM2.5 at ...", "The agency counted 612 fires").
        const bool measured = in(w, {"measured", "recorded", "counted", "registered", "tallied", "logged", "measures", "records", "counts"});
        if (!is_reporting_verb(w) && !measured) continue;
        // Unless the sentence credits the count to someone ("the season counted 612 fires,
        // according to Natural Resources Canada").
        if (measured) {
            bool credited = false;
            for (std::size_t j = k + 1; j + 1 < ts.size(); ++j)
                credited |= (ts[j].lower == "according" && ts[j + 1].lower == "to") || ts[j].lower == "citing";
            if (credited) continue;
        }
        // A noun, not a verb: after a possessive ("analysts' forecast of 6%", "the bank's
        // estimate"), or before "of" when it is no past tense ("a forecast of 6%"; "said of"
        // is a verb).
        if (k > 0) {
            const std::string_view gap = s.substr(ts[k - 1].end, ts[k].start - ts[k - 1].end);
            const std::string& prev = ts[k - 1].lower;
            const bool possessive = gap.find('\'') != std::string_view::npos || gap.find("\u2019") != std::string_view::npos ||
                                    (prev.size() > 2 && (prev.ends_with("'s") || prev.ends_with("\u2019s")));
            if (possessive) continue;
        }
        if (k + 1 < ts.size() && ts[k + 1].lower == "of" && !w.ends_with("ed") &&
            !in(w, {"said", "says", "say", "told", "tells", "wrote", "writes", "found", "put", "puts"}))
            continue;
        // Before the verb: back to a clause break, at most 7 words, past auxiliaries.
        std::size_t b = k;
        while (b > 0 && in(ts[b - 1].lower, {"have", "has", "had", "were", "was", "also", "previously", "earlier"})) --b;
        std::size_t a = b;
        while (a > 0 && b - a < 7 && !clause_break(s, ts[a - 1].end, ts[a].start)) --a;
        const std::size_t lead = skip_lead(a, b);
        Attribution got = label_of(lead, b, true);
        if (!got.label.empty()) return got;
        // "the company said", "the utility said": a speaker named by a common noun.
        if (lead + 1 == b && lead > 0 && ts[lead - 1].lower == "the" && ts[lead].lower.size() >= 4 &&
            std::islower(static_cast<unsigned char>(s[ts[lead].start])) && !in(ts[lead].lower, {"report", "statement", "data", "figures", "study"})) {
            Attribution c{"the " + ts[lead].lower, ts[lead - 1].start, ts[lead].end, false, true};
            return c;
        }
        // After it, when the verb opens its clause: "..., said the sources, who ...".
        if (a == b && in(w, {"said", "says", "say"})) {
            std::size_t c = k + 1, d = c;
            while (d < ts.size() && d - c < 7 && !clause_break(s, ts[d - (d > c ? 1 : 0)].end, ts[d].start)) ++d;
            got = label_of(skip_lead(c, d), d, false);
            if (!got.label.empty()) return got;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------
// [SECTION] Roles
// ---------------------------------------------------------------------------------
bool same_action(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.empty() || b.empty()) return false;
    // The senses by stemmed lemma (verb_lemma's form: "releas", "begin"), built once.
    struct Meanings {
        std::vector<std::uint16_t> senses, kinds;  // its meanings, and the meanings they are kinds of
    };
    static const std::unordered_map<std::string, Meanings> by_stem = [] {
        std::unordered_map<std::string, Meanings> m;
        for (const VerbSenses& v : kVerbSenses) {
            Meanings& dst = m[word_stem(std::string_view(kVerbLemmas + v.lemma))];
            const std::uint16_t* at = kVerbMeanings + v.first;
            dst.senses.insert(dst.senses.end(), at, at + v.count);
            dst.kinds.insert(dst.kinds.end(), at + v.count, at + v.count + v.kind_count);
        }
        return m;
    }();
    const auto x = by_stem.find(std::string(a)), y = by_stem.find(std::string(b));
    if (x == by_stem.end() || y == by_stem.end()) return false;
    auto any_in = [](const std::vector<std::uint16_t>& from, const std::vector<std::uint16_t>& to) {
        for (std::uint16_t s : from)
            if (std::find(to.begin(), to.end(), s) != to.end()) return true;
        return false;
    };
    // One meaning, or one a kind of the other ("beat" of "defeat", "take over" of "buy").
    return any_in(x->second.senses, y->second.senses) || any_in(x->second.kinds, y->second.senses) ||
           any_in(y->second.kinds, x->second.senses);
}

bool is_past_form(std::string_view w) {
    if (w.size() > 4 && ends_with(w, "ed") && w.find('\'') == std::string_view::npos) return true;
    return std::binary_search(std::begin(kIrregularVerbs), std::end(kIrregularVerbs), w);
}

std::string verb_lemma(std::string_view w) {
    const auto it = std::lower_bound(std::begin(kIrregularVerbs), std::end(kIrregularVerbs), w);
    if (it != std::end(kIrregularVerbs) && *it == w) return word_stem(kIrregularLemmas[it - std::begin(kIrregularVerbs)]);
    return word_stem(w);
}

namespace {

bool is_be(std::string_view w) { return in(w, {"is", "was", "are", "were", "be", "been", "being"}); }

// Words between a subject and its verb that are neither: auxiliaries, modals, adverbs of time
// and manner ("has also agreed", "will formally").
bool is_auxiliary(std::string_view w) {
    return is_be(w) || in(w, {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "shall", "should",
                              "do", "does", "did", "also", "now", "then", "already", "still", "just", "recently", "formally",
                              "finally", "officially", "reportedly", "later", "yet", "last", "week", "year", "month"});
}

// Verbs whose action is the infinitive after them: "agreed to sell", "plans to buy", "is
// set to acquire".
bool is_control_verb(std::string_view w) {
    return in(w, {"agreed", "agree", "agrees", "plans", "planned", "plan", "aims", "aimed", "aim", "wants", "wanted",
                  "intends", "intended", "decided", "decides", "expects", "expected", "hopes", "hoped", "seeks", "sought",
                  "set", "due", "likely", "going", "tried", "tries", "moved", "offered", "offers", "voted", "votes",
                  "promised", "pledged", "threatened", "refused", "failed", "chose", "opted", "is", "was", "are", "were"});
}

bool is_determiner(std::string_view w) {
    return in(w, {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"});
}

// Verbs whose two sides do the same to each other: no direction to swap.
}  // namespace

bool is_reciprocal(std::string_view lemma) {
    return in(lemma, {"meet", "met", "marry", "merg", "fac", "face", "play", "fight", "battl", "talk", "negotiat", "partner",
                      "draw", "tie", "ti", "clash", "compet"});
}

std::vector<Role> find_roles(std::string_view sentence, const std::vector<std::pair<std::size_t, std::size_t>>& names) {
    const std::vector<Token> ts = tokens_of(sentence);
    const std::size_t n = ts.size();
    std::vector<std::size_t> name_of(n, SIZE_MAX);  // token -> the name it is part of
    std::vector<std::pair<std::size_t, std::size_t>> span(names.size(), {SIZE_MAX, SIZE_MAX});  // name -> first, last token
    for (std::size_t k = 0; k < names.size(); ++k)
        for (std::size_t t = 0; t < n; ++t)
            if (ts[t].start < names[k].second && ts[t].end > names[k].first && name_of[t] == SIZE_MAX) {
                name_of[t] = k;
                if (span[k].first == SIZE_MAX) span[k].first = t;
                span[k].second = t;
            }
    auto broken = [&](std::size_t a, std::size_t b) { return clause_break(sentence, ts[a].end, ts[b].start); };
    // A verb of action as written: not in a name, not hyphenated ("Pune-based"), in lower
    // case, not an adjective after a determiner ("its planned wind farm").
    auto verb_at = [&](std::size_t t) {
        const std::string& w = ts[t].lower;
        if (name_of[t] != SIZE_MAX || w.find('-') != std::string::npos || w.find('\'') != std::string::npos) return false;
        if (std::isupper(static_cast<unsigned char>(sentence[ts[t].start])) && t > 0) return false;
        if (t > 0 && is_determiner(ts[t - 1].lower)) return false;
        if (is_action_verb(w) && !is_auxiliary(w) && !is_control_verb(w)) return true;
        // A verb's bare form after a modal or "to" ("will take over X", "to compensate X").
        return t > 0 && in(ts[t - 1].lower, {"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should"}) &&
               !is_function_word(w) && !is_auxiliary(w) && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    };
    auto participle = [&](std::size_t t) {
        const std::string& w = ts[t].lower;
        return verb_at(t) && w.back() != 's';
    };
    std::vector<Role> out;
    auto add = [&](std::size_t name, bool agent, std::size_t verb, std::size_t start, std::size_t end) {
        std::string lemma = verb_lemma(ts[verb].lower);
        if (is_reciprocal(lemma)) return;
        out.push_back({name, agent, std::move(lemma), start, end, ts[verb].start});
    };
    // The verb a subject ending at token `last` does or undergoes: {verb token, passive}, or
    // {SIZE_MAX, false}. Auxiliaries and adverbs crossed, "agreed to" / "is to be" crossed.
    auto verb_after = [&](std::size_t last) -> std::pair<std::size_t, bool> {
        bool be = false;
        for (std::size_t t = last + 1, hops = 0; t < n && hops < 7; ++t, ++hops) {
            if (broken(t - 1, t)) break;
            const std::string& w = ts[t].lower;
            if (be && participle(t)) return {t, true};
            if (w == "to" || (is_control_verb(w) && t + 1 < n && ts[t + 1].lower == "to")) {
                be = false;
                continue;
            }
            if (is_auxiliary(w)) {
                be = is_be(w) || (be && w != "not");
                continue;
            }
            if (verb_at(t)) return {t, false};
            break;
        }
        return {SIZE_MAX, false};
    };
    static constexpr std::string_view kPrepositions[] = {"in", "of", "at", "from", "for", "with", "on", "into", "under",
                                                         "against", "than", "like", "between", "among", "after", "before",
                                                         "over", "about", "via", "without", "per"};
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (span[k].first == SIZE_MAX) continue;
        const std::size_t f = span[k].first, l = span[k].second;
        const std::string prev = f > 0 && !broken(f - 1, f) ? ts[f - 1].lower : std::string();
        const std::size_t start = names[k].first, end = names[k].second;
        // Its verb, as subject ("X sold", "X has agreed to sell", "X was bought"), or, with
        // another name, as one of two ("X and Y sent").
        if (prev != "and" && prev != "by" && prev != "to" &&
            std::find(std::begin(kPrepositions), std::end(kPrepositions), prev) == std::end(kPrepositions)) {
            std::size_t last = l;
            // A legal form the name leaves out ("Limfjord Energi A/S has agreed").
            while (last + 1 < n && !broken(last, last + 1) && std::isupper(static_cast<unsigned char>(sentence[ts[last + 1].start])) &&
                   in(ts[last + 1].lower, {"a", "s", "as", "ab", "ag", "sa", "se", "nv", "bv", "plc", "ltd", "inc", "co", "corp",
                                           "llc", "spa", "asa", "oyj", "pcl", "bhd", "tbk", "pt", "kk", "gmbh"}))
                ++last;
            std::size_t pair = SIZE_MAX;
            if (l + 2 < n && ts[l + 1].lower == "and" && !broken(l, l + 1) && name_of[l + 2] != SIZE_MAX) {
                pair = name_of[l + 2];
                last = span[pair].second;
            }
            const bool possessive = ts[l].lower.size() > 2 && ts[l].lower.compare(ts[l].lower.size() - 2, 2, "'s") == 0;
            const auto [v, passive] = possessive ? std::pair<std::size_t, bool>{SIZE_MAX, false} : verb_after(last);
            if (v != SIZE_MAX) {
                add(k, !passive, v, start, end);
                if (pair != SIZE_MAX) add(pair, !passive, v, names[pair].first, names[pair].second);
            }
        }
        // The agent of a passive: "was bought by X", "is to be taken over by X", "has been
        // owned by X".
        if (prev == "by" && f >= 3) {
            std::size_t p = f - 2;
            if (in(ts[p].lower, {"over", "up", "out", "off", "down"}) && p > 0) --p;
            if (participle(p) && p >= 1 && (is_be(ts[p - 1].lower) || (p >= 2 && is_be(ts[p - 2].lower))) && !broken(p, f - 1))
                add(k, true, p, start, end);
        }
        // What a verb is done to: its object, after determiners, titles in capitals and
        // hyphenated modifiers ("would acquire Nagano-based Azumino Bank", "rejected the
        // CEL's offer", "criticised Mayor Ilse Brandt"); "ordered X to compensate Y" makes X
        // the one who compensates.
        {
            std::size_t t = f;
            for (int hop = 0; hop < 3 && t > 0 && !broken(t - 1, t); ++hop) {
                const std::string& w = ts[t - 1].lower;
                const bool title = std::isupper(static_cast<unsigned char>(sentence[ts[t - 1].start])) && name_of[t - 1] == SIZE_MAX;
                if (!is_determiner(w) && w.find('-') == std::string::npos && !title) break;
                --t;
            }
            // A particle between ("will take over X", "bought up X").
            if (t >= 2 && !broken(t - 2, t) && in(ts[t - 1].lower, {"over", "up", "out", "off", "down"}) && verb_at(t - 2)) --t;
            if (t > 0 && !broken(t - 1, t) && verb_at(t - 1) && !(t >= 2 && is_be(ts[t - 2].lower))) add(k, false, t - 1, start, end);
            if (l + 2 < n && ts[l + 1].lower == "to" && !broken(l, l + 2) && verb_at(l + 2) && t > 0 && verb_at(t - 1))
                add(k, true, l + 2, start, end);
        }
        // Whom it goes to: "sent 12 tanker trucks to X", "sell its terminal to X", "inject
        // 200 million euros into X": the nearest verb before, in the clause.
        // Or whom it comes from: "will lease 2,000 hopper wagons from X", "bought the stake
        // from X" (the other side of the same verb as its subject).
        if ((prev == "to" || prev == "into" || prev == "from") && f >= 2)
            for (std::size_t t = f - 1, hops = 0; t-- > 0 && hops < 14; ++hops) {
                if (broken(t, t + 1)) break;
                if (verb_at(t)) {
                    add(k, false, t, start, end);
                    break;
                }
            }
    }
    // A verb done to a name whose doer is no name: the words before it from the clause's
    // start, a determiner and at most three words in lower case ("The regional government
    // criticised X", "the state will inject ... into X").
    const std::size_t named = out.size();
    for (std::size_t r = 0; r < named; ++r) {
        if (out[r].agent) continue;
        bool has_agent = false;
        for (const Role& o : out) has_agent |= o.agent && o.verb_at == out[r].verb_at;
        if (has_agent) continue;
        std::size_t v = 0;
        while (v < n && ts[v].start != out[r].verb_at) ++v;
        std::size_t t = v;
        while (t > 0 && !broken(t - 1, t) && (is_auxiliary(ts[t - 1].lower) || ts[t - 1].lower == "to" ||
                                              (is_control_verb(ts[t - 1].lower) && ts[t].lower == "to")))
            --t;
        std::size_t b = t;
        auto conjunction = [&](std::size_t i) { return in(ts[i].lower, {"and", "but", "while", "whereas"}); };
        while (b > 0 && !broken(b - 1, b) && t - b < 5 && name_of[b - 1] == SIZE_MAX && !conjunction(b - 1)) --b;
        // Or a name's possessive and what it owns ("Cúcuta's water utility sent").
        bool owned = false;
        if (b > 0 && b < t && !broken(b - 1, b) && name_of[b - 1] != SIZE_MAX) {
            const std::string& w = ts[b - 1].lower;
            if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) b = span[name_of[b - 1]].first, owned = true;
        }
        // The clause opens at a break or after a conjunction ("..., and the state will").
        const bool opens = b == 0 || broken(b - 1, b) || conjunction(b - 1);
        if (b == t || !opens || t - b < 2 ||
            (!owned && (!is_determiner(ts[b].lower) || ts[b].lower == "its" || ts[b].lower == "their" || ts[b].lower == "this" ||
                        ts[b].lower == "that")))
            continue;
        bool plain = true;
        for (std::size_t i = owned ? b : b + 1; i < t; ++i)
            if (name_of[i] == SIZE_MAX)
                plain &= std::islower(static_cast<unsigned char>(sentence[ts[i].start])) && !is_function_word(ts[i].lower) &&
                         !std::isdigit(static_cast<unsigned char>(ts[i].lower[0]));
        if (!plain) continue;
        out.push_back({SIZE_MAX, true, out[r].verb, ts[b].start, ts[t - 1].end, out[r].verb_at});
    }
    return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] Scope
// ---------------------------------------------------------------------------------
namespace {

#include "core/places_data.inc"

// A lower-case word without its possessive's "'s" ("poland's" -> "poland").
std::string without_possessive(std::string w) {
    if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
    return w;
}

// Whether tokens [i, i + n) name a place of the sorted table [first, last) (kCountries,
// kCities, from WordNet), written with a capital; a possessive's "'s" is left out ("Poland's history").
bool place_at(std::string_view s, const std::vector<Token>& ts, std::size_t i, std::size_t n, const std::string_view* first,
              const std::string_view* last) {
    if (i + n > ts.size() || !std::isupper(static_cast<unsigned char>(s[ts[i].start]))) return false;
    std::string name;
    for (std::size_t k = i; k < i + n; ++k) {
        name += (k == i ? "" : " ") + (k + 1 == i + n ? without_possessive(ts[k].lower) : ts[k].lower);
    }
    // A short name is an abbreviation in capitals ("the UK", not "us").
    if (name.size() < 4)
        for (std::size_t k = ts[i].start; k < ts[i + n - 1].end; ++k)
            if (std::islower(static_cast<unsigned char>(s[k]))) return false;
    return std::binary_search(first, last, std::string_view(name));
}

// A place named by a common noun ("the province", "the world"), by its word; its level.
std::string_view generic_level(std::string_view w) {
    if (w == "province" || w == "state" || w == "region" || w == "territory" || w == "county") return "regional";
    if (w == "country" || w == "nation") return "national";
    if (w == "world" || w == "globe" || w == "planet") return "global";
    if (w == "continent" || w == "bloc") return "continental";
    if (w == "city" || w == "capital") return "city";
    return {};
}

bool country_at(std::string_view s, const std::vector<Token>& ts, std::size_t i, std::size_t n) {
    return place_at(s, ts, i, n, std::begin(kCountries), std::end(kCountries));
}

}  // namespace

bool is_country(std::string_view lower) {
    return std::binary_search(std::begin(kCountries), std::end(kCountries), lower);
}

// A province or a state by its name ("quebec", "bavaria").
bool is_region(std::string_view lower) {
    return std::binary_search(std::begin(kRegions), std::end(kRegions), lower);
}

bool is_demonym(std::string_view lower) {
    return std::binary_search(std::begin(kDemonyms), std::end(kDemonyms), lower);
}

std::string_view country_of_place(std::string_view lower) {
    // Hashed once: the extractor asks this of every capitalised word of a text that names a
    // currency several countries share (a binary search there was a tenth of its time).
    static const std::unordered_map<std::string_view, std::string_view> kByPlace(std::begin(kPlaceCountry), std::end(kPlaceCountry));
    const auto it = kByPlace.find(lower);
    return it != kByPlace.end() ? it->second : std::string_view();
}

std::vector<ScopeWord> find_scope(std::string_view s) {
    struct Cue {
        std::string_view first, second;  // second empty for one word
        std::string_view cls;
    };
    static constexpr Cue kCues[] = {
        {"domestic", "", "national"},      {"domestically", "", "national"}, {"nationwide", "", "national"},
        {"nationally", "", "national"},    {"countrywide", "", "national"},  {"national", "", "national"},
        {"overseas", "", "overseas"},      {"abroad", "", "overseas"},       {"international", "", "overseas"},
        {"internationally", "", "overseas"}, {"foreign", "", "overseas"},    {"offshore", "", "overseas"},
        {"statewide", "", "regional"},     {"regional", "", "regional"},     {"regionally", "", "regional"},
        {"provincial", "", "regional"},    {"citywide", "", "regional"},     {"the", "state", "regional"},
        {"state's", "", "regional"},
        {"the", "region", "regional"},     {"region's", "", "regional"},     {"the", "capital", "regional"},
        {"capital's", "", "regional"},     {"the", "province", "regional"},
        {"metropolitan", "area", "city"},     {"euro", "zone", "european"},     {"eurozone", "", "european"},
        {"european", "", "european"},
        {"europe", "", "european"},        {"europe's", "", "european"},     {"eu-wide", "", "european"},
        {"global", "", "global"},          {"globally", "", "global"},       {"worldwide", "", "global"},
        {"world's", "", "global"},         {"the", "world", "global"},
    };
    std::vector<ScopeWord> out;
    const std::vector<Token> ts = tokens_of(s);
    for (std::size_t i = 0; i < ts.size(); ++i) {
        for (const Cue& c : kCues) {
            if (ts[i].lower != c.first) continue;
            if (!c.second.empty() && (i + 1 >= ts.size() || ts[i + 1].lower != c.second)) continue;
            // "the World Bank", "the State Department": a name, not the place.
            if (c.second == "world" || c.second == "state" || c.second == "region" || c.second == "capital" || c.second == "province") {
                const std::size_t w = i + 1;
                if (std::isupper(static_cast<unsigned char>(s[ts[w].start])) && w + 1 < ts.size() &&
                    std::isupper(static_cast<unsigned char>(s[ts[w + 1].start])))
                    continue;
            }
            // An adjective that names a body or a yardstick, not what a figure covers: "the
            // foreign ministry", "the national average", "more than eight times the national
            // limit", "the regional government".
            auto body_or_yardstick = [&](std::size_t k) {
                return k < ts.size() && !clause_break(s, ts[k - 1].end, ts[k].start) && in(ts[k].lower, {"ministry", "ministries", "minister", "ministers", "affairs", "office", "agency", "department",
                                     "government", "governments", "authority", "authorities", "bank", "assembly", "congress",
                                     "parliament", "council", "court", "guard", "police", "army", "team", "squad", "anthem",
                                     "holiday", "average", "averages", "standard", "standards", "limit", "limits", "guideline",
                                     "guidelines", "benchmark", "threshold", "press", "media", "broadcaster", "carrier", "airline",
                                     "election", "elections", "security", "news", "institute", "bureau", "commission",
                                     "committee", "board", "service", "utility", "railway", "railways", "grid"});
            };
            // ("the national safe limit": one adjective between)
            if (c.second.empty() && (body_or_yardstick(i + 1) || (i + 2 < ts.size() && !is_function_word(ts[i + 1].lower) &&
                                                                  std::islower(static_cast<unsigned char>(s[ts[i + 1].start])) &&
                                                                  body_or_yardstick(i + 2))))
                continue;
            // "the state" is a scope only as a place ("in the state", "across the state").
            if ((c.second == "state" || c.second == "capital") && (i == 0 || !in(ts[i - 1].lower, {"in", "across", "throughout", "of"})))
                continue;
            if (c.second == "province" && (i == 0 || !in(ts[i - 1].lower, {"in", "across", "throughout"}))) continue;
            const std::size_t end = c.second.empty() ? ts[i].end : ts[i + 1].end;
            out.push_back({std::string(c.cls), ts[i].start, end});
            break;
        }
        // "its German plants", "their French stores": a country's adjective between a
        // possessive and a noun says what "in Germany" says (a country, so only right after a
        // figure is it its scope). Not "Indonesian banks will lend": who, not where.
        if (i > 0 && in(ts[i - 1].lower, {"its", "their", "our", "his", "her"}) &&
            std::isupper(static_cast<unsigned char>(s[ts[i].start])) && i + 1 < ts.size() && is_demonym(ts[i].lower) &&
            std::islower(static_cast<unsigned char>(s[ts[i + 1].start])) && !is_function_word(ts[i + 1].lower) &&
            !clause_break(s, ts[i].end, ts[i + 1].start))
            out.push_back({"national", ts[i].start, ts[i].end, true});
        // "in Sweden", "across the whole of Poland", "in Poland's history": one country.
        if (in(ts[i].lower, {"in", "across", "throughout"})) {
            std::size_t at = i + 1;
            if (at < ts.size() && ts[at].lower == "the") ++at;
            bool found = false;
            for (std::size_t n = 3; n >= 1 && !found; --n)
                if (country_at(s, ts, at, n)) {
                    out.push_back({"national", ts[at].start, ts[at + n - 1].end, true});
                    found = true;
                }
            // "in Lima", "across Warsaw": one city (kCities), read as a country is.
            for (std::size_t n = 3; n >= 1 && !found; --n)
                if (place_at(s, ts, at, n, std::begin(kCities), std::end(kCities))) {
                    out.push_back({"city", ts[at].start, ts[at + n - 1].end, true});
                    found = true;
                }
        }
    }
    // Some of a place's parts: "in 11 districts", "across eleven districts", "three
    // provinces": a part, against "the whole region" or "nationwide".
    static constexpr std::string_view kParts[] = {"districts", "counties", "municipalities", "provinces", "states", "regions",
                                                  "towns", "villages", "communes", "prefectures", "boroughs", "departments"};
    static constexpr std::string_view kFew[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                "eleven", "twelve", "several", "dozens", "some"};
    for (std::size_t i = 0; i + 1 < ts.size(); ++i) {
        const bool count = std::isdigit(static_cast<unsigned char>(ts[i].lower[0])) ||
                           std::find(std::begin(kFew), std::end(kFew), ts[i].lower) != std::end(kFew);
        if (count && std::find(std::begin(kParts), std::end(kParts), ts[i + 1].lower) != std::end(kParts) &&
            !clause_break(s, ts[i].end, ts[i + 1].start))
            out.push_back({"local", ts[i].start, ts[i + 1].end});
        // "the MRTA's lines alone carry", "14 deaths in Quang Ngai alone": that part only,
        // against a whole (not "was left alone", "stands alone").
        if (ts[i + 1].lower == "alone" && !is_function_word(ts[i].lower) &&
            !in(ts[i].lower, {"is", "are", "was", "were", "be", "been", "being", "left", "stand", "stands", "stood", "standing", "go", "went", "live", "lived", "lives", "not"}) &&
            !clause_break(s, ts[i].end, ts[i + 1].start)) {
            // Its words are the part's name ("MRTA" of "the MRTA's lines alone"), else the
            // noun before "alone" ("ore" of "Iron ore alone"): a sentence that names it too
            // does not leave the scope out.
            std::size_t k = i;
            for (std::size_t j = i + 1; j-- > (i >= 2 ? i - 2 : 0);)
                if (j > 0 && std::isupper(static_cast<unsigned char>(s[ts[j].start])) && !is_function_word(ts[j].lower)) {
                    k = j;
                    break;
                }
            std::size_t end = ts[k].end;
            const std::string_view word = s.substr(ts[k].start, end - ts[k].start);
            if (word.ends_with("'s")) end -= 2;
            else if (word.ends_with("\u2019s")) end -= 4;
            out.push_back({"part only", ts[k].start, end});
        }
        // "the whole Ica region", "the whole coastal region", "the entire country": all of it.
        if (ts[i].lower == "whole" || ts[i].lower == "entire") {
            std::size_t j = i + 1;
            while (j < ts.size() && j - i <= 3 && !is_function_word(ts[j].lower) && generic_level(ts[j].lower).empty() &&
                   !clause_break(s, ts[j - 1].end, ts[j].start))
                ++j;
            if (j < ts.size())
                if (const std::string_view cls = generic_level(ts[j].lower); !cls.empty()) out.push_back({std::string(cls), ts[i].start, ts[j].end});
        }
    }
    std::sort(out.begin(), out.end(), [](const ScopeWord& a, const ScopeWord& b) { return a.start < b.start; });
    // "domestic and international", "at home and abroad": both, so everywhere.
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
        const std::string& a = out[k].cls;
        const std::string& b = out[k + 1].cls;
        if (!((a == "national" && b == "overseas") || (a == "overseas" && b == "national")) || out[k].country || out[k + 1].country) continue;
        const std::string_view between = s.substr(out[k].end, out[k + 1].start - out[k].end);
        if (between != " and " && between != " and the ") continue;
        out[k] = {"global", out[k].start, out[k + 1].end};
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
    return out;
}

namespace {

#include "core/superlatives_data.inc"

struct SuperlativeForm {
    std::uint32_t meaning = 0;  // 0: not in the table
    bool est = false;           // an -est form ("largest"), not an adjective for "most ..."
};
// The form's meaning in the table (superlatives_data.inc, binary search on its offsets).
SuperlativeForm superlative_form(std::string_view lower) {
    constexpr std::size_t n = sizeof kSuperlativeAt / sizeof kSuperlativeAt[0];
    static_assert(n == sizeof kSuperlativeMeaning / sizeof kSuperlativeMeaning[0]);
    auto word = [](std::size_t k) { return std::string_view(kSuperlativeWords + kSuperlativeAt[k]); };
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (word(mid) < lower) lo = mid + 1;
        else hi = mid;
    }
    if (lo == n || word(lo) != lower) return {};
    return {static_cast<std::uint32_t>(kSuperlativeMeaning[lo] & 0x7fffu), (kSuperlativeMeaning[lo] & 0x8000u) != 0};
}
bool is_superlative(std::string_view lower) { return superlative_form(lower).est; }

bool capitalised(std::string_view s, const Token& t) { return std::isupper(static_cast<unsigned char>(s[t.start])); }

bool is_direction(std::string_view w) {
    static constexpr std::string_view kDirections[] = {"central", "east", "eastern", "north", "northeast", "northeastern", "northern",
                                                       "northwest", "northwestern", "south", "southeast", "southeastern", "southern",
                                                       "southwest", "southwestern", "west", "western"};
    return std::find(std::begin(kDirections), std::end(kDirections), w) != std::end(kDirections);
}

// The place that tokens from `i` name, as `out` (place, level, generic, end); its last token
// index + 1, or 0 when none. "the province", "the whole Ica region", "Poland's history",
// "central Europe", "Southeast Sulawesi".
std::size_t place_from(std::string_view s, const std::vector<Token>& ts, std::size_t i, Superlative& out) {
    const std::size_t from = i;
    if (i < ts.size() && ts[i].lower == "the") ++i;
    while (i < ts.size() && (ts[i].lower == "whole" || ts[i].lower == "entire")) ++i;
    if (i >= ts.size()) return 0;
    const std::string first = without_possessive(ts[i].lower);
    // Its words as written, without a possessive ("Poland's" -> "Poland").
    auto written = [&](std::size_t a, std::size_t last) {
        out.place_start = ts[a].start;
        out.place_end = ts[last].end - (ts[last].lower.ends_with("'s") ? (s.substr(ts[last].end - 2, 2) == "'s" ? 2 : 4) : 0);
    };
    if (!capitalised(s, ts[i])) {
        if (const std::string_view level = generic_level(first); !level.empty()) {
            out.place = first, out.level = std::string(level), out.generic = true;
            written(from, i);
            return i + 1;
        }
        if (!is_direction(ts[i].lower) || i + 1 >= ts.size() || !capitalised(s, ts[i + 1])) return 0;
    }
    // Capitalised words (a direction may open them): the name.
    std::size_t j = i;
    std::string name;
    bool direction = false;
    while (j < ts.size() && j - i < 4 && (capitalised(s, ts[j]) || (j == i && is_direction(ts[j].lower)))) {
        if (j > i && clause_break(s, ts[j - 1].end, ts[j].start)) break;
        direction |= j == i && is_direction(ts[j].lower);
        name += (name.empty() ? "" : " ") + without_possessive(ts[j].lower);
        const bool possessive = ts[j].lower.ends_with("'s");
        ++j;
        if (possessive) break;
    }
    // "the Ica region", "the Ica and Lima regions": the region's name.
    if (j < ts.size() && (ts[j].lower == "region" || ts[j].lower == "province" || ts[j].lower == "state")) {
        out.level = "regional";
        ++j;
    }
    if (name.empty()) return 0;
    written(i, j - 1);
    const std::string bare = direction ? name.substr(name.find(' ') + 1) : name;
    out.place = name;
    if (out.level.empty()) {
        const bool country = std::binary_search(std::begin(kCountries), std::end(kCountries), std::string_view(bare));
        const bool continent = std::binary_search(std::begin(kContinents), std::end(kContinents), std::string_view(bare));
        if (country) out.level = direction ? "regional" : "national";
        else if (continent) out.level = direction ? "" : "continental";
        else if (!direction && std::binary_search(std::begin(kCities), std::end(kCities), std::string_view(bare))) out.level = "city";
    }
    return j;
}

}  // namespace

std::vector<Superlative> find_superlatives(std::string_view s) {
    std::vector<Superlative> out;
    const std::vector<Token> ts = tokens_of(s);
    for (std::size_t i = 0; i < ts.size(); ++i) {
        std::size_t k = i;  // the superlative's last token
        std::string degree;
        std::uint32_t meaning = 0;
        if ((ts[i].lower == "most" || ts[i].lower == "least") && i + 1 < ts.size() && !clause_break(s, ts[i].end, ts[i + 1].start)) {
            if (const SuperlativeForm f = superlative_form(ts[i + 1].lower); f.meaning && !f.est)
                degree = ts[i].lower + " " + ts[i + 1].lower, k = i + 1, meaning = f.meaning | (ts[i].lower == "least" ? 0x80000000u : 0u);
        } else if (const SuperlativeForm f = superlative_form(ts[i].lower); f.meaning && f.est) {
            degree = ts[i].lower, meaning = f.meaning;
        }
        if (degree.empty()) continue;
        // What it is said of: the content words up to a preposition or a clause break.
        Superlative sup;
        sup.degree = degree;
        sup.meaning = meaning;
        std::size_t j = k + 1;
        while (j < ts.size() && j - k <= 4 && !clause_break(s, ts[j - 1].end, ts[j].start) && !is_function_word(ts[j].lower) &&
               ts[j].lower != "ever" && ts[j].lower != "on" && !is_superlative(ts[j].lower)) {
            if (!std::isdigit(static_cast<unsigned char>(ts[j].lower[0]))) sup.nouns.push_back(word_stem(ts[j].lower));
            ++j;
        }
        // Its place before it: "Indonesia's largest", "the world's biggest", "the province's".
        std::size_t first = i;
        if (i > 0 && ts[i - 1].lower.ends_with("'s") && !clause_break(s, ts[i - 1].end, ts[i].start)) {
            std::size_t a = i - 1;
            while (a > 0 && capitalised(s, ts[a - 1]) && capitalised(s, ts[a]) && i - a < 3 && !clause_break(s, ts[a - 1].end, ts[a].start)) --a;
            if (a > 0 && ts[a - 1].lower == "the") --a;
            Superlative p;
            if (place_from(s, ts, a, p) == i) {
                sup.place = p.place, sup.level = p.level, sup.generic = p.generic, first = a;
                sup.place_start = p.place_start, sup.place_end = p.place_end;
            }
        }
        std::size_t last = j;
        // Its place after what it is said of: "in Poland's history", "on record in the
        // province", "ever placed in central Europe", "across the state".
        if (sup.place.empty()) {
            std::size_t p = j;
            for (std::size_t hop = 0; p < ts.size() && hop < 3 && !clause_break(s, ts[p - 1].end, ts[p].start); ++hop) {
                const std::string& w = ts[p].lower;
                if (w == "in" || w == "across" || w == "throughout") {
                    Superlative at;
                    if (const std::size_t end = place_from(s, ts, p + 1, at); end > 0) {
                        sup.place = at.place, sup.level = at.level, sup.generic = at.generic, last = end;
                        sup.place_start = at.place_start, sup.place_end = at.place_end;
                    }
                    break;
                }
                if (w != "ever" && w != "on" && w != "record" && !(w.size() > 3 && w.ends_with("ed"))) break;
                ++p;
            }
        }
        if (sup.place.empty() || sup.nouns.empty()) continue;
        sup.start = ts[first].start;
        sup.end = ts[last - 1].end;
        out.push_back(std::move(sup));
        i = last - 1;
    }
    return out;
}

bool superlative_places_differ(const Superlative& a, const Superlative& b) {
    if (a.place == b.place) return false;
    if (!a.level.empty() && !b.level.empty()) return a.level != b.level;
    // A common noun against a name of no known kind: perhaps that very place.
    if (a.generic || b.generic) return false;
    // A name of no known kind inside the other ("Norway" / "northern Norway" has a level).
    if (a.place.find(b.place) != std::string::npos || b.place.find(a.place) != std::string::npos) return false;
    return true;
}

bool scopes_disagree(const std::vector<ScopeWord>& a, const std::vector<ScopeWord>& b) {
    if (a.empty() || b.empty()) return false;
    for (const ScopeWord& x : a)
        for (const ScopeWord& y : b)
            if (x.cls == y.cls) return false;
    return true;
}

}  // namespace factlens
