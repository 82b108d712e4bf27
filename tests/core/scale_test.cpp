// A story of thousands of sources loads and analyses to the same findings as its parts
// analysed alone, and the views' index (core/story_index.h) answers as the plain walks of
// the arrays do. Not a timing test: what it holds is that the indexed loops (the analysis's
// and the views') neither lose nor add nor reorder anything. Figures for time and memory
// come from bench/scale_bench.cpp.
#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include <regex>
#include <nlohmann/json.hpp>

#include "core/corpus_io.h"
#include "core/story_index.h"

using namespace factlens;
using nlohmann::json;

namespace {

FileReader no_files() {
    return [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "no files here";
        return std::nullopt;
    };
}

// A small deterministic generator (the same recipe as tools/make-big-story.py, in brief).
struct Rng {
    unsigned long long s;
    unsigned next(unsigned n) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>((s >> 33) % n);
    }
};

std::string id5(const char* prefix, int i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%05d", prefix, i);
    return buf;
}

std::string money_words(const std::string& unit, const std::string& amount) {
    return unit == "USD" ? "$" + amount + " billion" : amount + " billion " + (unit == "CNY" ? "yuan" : "euros");
}

json money(const std::string& unit, const std::string& amount, const char* qualifier = nullptr) {
    json q{{"amount", amount}, {"scale", "billion"}, {"unit", unit}};
    if (qualifier) q["qualifier"] = qualifier;
    return q;
}

// What the recipe makes sure of, finding by finding id: for a check, whether it agrees;
// for a disagreement, true (it must be found) or false (it must not be).
using Expected = std::map<std::string, bool>;

// Sources [first, first + count): source 2k's claims are stated in 2k and 2k+1, source
// 2k+1's in 2k+1 and 2k, so every pair of sources is a story of its own. One rate, stated
// in the first source; 20 reports.
std::string story(int first, int count, Expected* expected = nullptr) {
    Expected ignored;
    Expected& want = expected ? *expected : ignored;
    json sources = json::array(), claims = json::array(), mentions = json::array(), reports = json::array();
    for (int r = 0; r < 20; ++r)
        reports.push_back({{"id", "r" + std::to_string(r)}, {"outlet", r % 2 ? "Reuters" : "Bloomberg"}, {"label", "Report " + std::to_string(r)}});
    std::vector<std::string> texts(static_cast<std::size_t>(count));
    std::vector<json> per_source(static_cast<std::size_t>(count), json::array());
    auto say = [&](int source, const std::string& claim, const std::string& sentence, const std::string& exact, json extra) {
        const std::size_t k = static_cast<std::size_t>(source - first);
        texts[k] += sentence + "\n";
        json m{{"source", id5("s", source)}, {"claim", claim}, {"quote", {{"exact", exact}}}};
        m.update(extra);
        per_source[k].push_back(m);
    };
    for (int i = first; i < first + count; ++i) {
        Rng rng{static_cast<unsigned long long>(i) * 7919 + 1};
        const int other = i % 2 == 0 ? i + 1 : i - 1;
        const std::string firm = "Firm " + id5("", i), unit = i % 3 == 0 ? "CNY" : i % 3 == 1 ? "USD" : "EUR";
        const std::string report = "r" + std::to_string(i % 20);
        auto cid = [&](int k) { return id5("c", i) + "." + std::to_string(k); };
        const int total = 40 + static_cast<int>(rng.next(200)), p1 = total / 3, p2 = rng.next(4) ? total - p1 : total - p1 + 5;
        const int total_b = rng.next(4) ? total : total + 7;
        const char* qual = rng.next(3) ? nullptr : "over";
        // The parts against the total, in both sources (the total "over" is met by more).
        want["parts:" + cid(0) + ":" + id5("s", i)] = qual ? p1 + p2 >= total : p1 + p2 == total;
        want["parts:" + cid(0) + ":" + id5("s", other)] = p1 + p2 == total_b;
        claims.push_back({{"id", cid(0)}, {"kind", "money"}, {"subject", firm}, {"measure", "capital expenditure"},
                          {"value", money(unit, std::to_string(total), qual)}, {"report", report}});
        say(i, cid(0), firm + " plans to spend " + money_words(unit, std::to_string(total)) + " this year.",
            firm + " plans to spend " + money_words(unit, std::to_string(total)) + " this year",
            {{"value", money(unit, std::to_string(total), qual)}, {"period", "this year"}, {"scope", "capital expenditure"},
             {"attribution", report}});
        json follow{{"value", money(unit, std::to_string(total_b))}, {"period", rng.next(6) ? "this year" : "last year"},
                    {"scope", rng.next(5) ? "capital expenditure" : "AI infrastructure"},
                    {"attribution", rng.next(5) ? report : "unnamed"}};
        want["scope:" + cid(0)] = follow["scope"] != "capital expenditure";
        want["attribution:" + cid(0)] = follow["attribution"] != report;
        std::string words = money_words(unit, std::to_string(total_b));
        if (unit == "CNY") {
            const bool right = rng.next(4) != 0;
            if (first == 0) want["conversion:" + cid(0) + ":" + id5("s", other)] = right;  // the rate is in s00000
            const double usd = total_b / 7.2671 * (right ? 1.0 : 1.2);
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.2f", usd);
            follow["converted"] = money("USD", buf);
            words += " ($" + std::string(buf) + " billion)";
        }
        say(other, cid(0), firm + " will invest " + words + ".", firm + " will invest " + words, follow);
        for (int k = 1; k <= 2; ++k) {
            const std::string amount = std::to_string(k == 1 ? p1 : p2), what = k == 1 ? "data centres" : "chips";
            claims.push_back({{"id", cid(k)}, {"kind", "money"}, {"subject", firm}, {"measure", what},
                              {"value", money(unit, amount)}, {"part_of", cid(0)}});
            say(i, cid(k), "Of that, " + money_words(unit, amount) + " goes to " + what + " at " + firm + ".",
                money_words(unit, amount) + " goes to " + what + " at " + firm, {{"value", money(unit, amount)}});
            say(other, cid(k), firm + " puts " + money_words(unit, amount) + " into " + what + ".",
                firm + " puts " + money_words(unit, amount) + " into " + what, {{"value", money(unit, amount)}});
        }
        const int share = 20 + static_cast<int>(rng.next(60));
        json pct{{"amount", std::to_string(share)}, {"unit", "percent"}, {"qualifier", "about"}, {"of", cid(0)}};
        claims.push_back({{"id", cid(3)}, {"kind", "percent"}, {"subject", firm}, {"measure", "share overseas"}, {"value", pct}});
        say(i, cid(3), "At " + firm + ", about " + std::to_string(share) + "% goes overseas.",
            "about " + std::to_string(share) + "% goes overseas", {{"value", pct}});
        const std::string share_money = std::to_string(total * share / 100 + (rng.next(4) ? 0 : 9));
        say(other, cid(3), firm + " spends " + money_words(unit, share_money) + " overseas.",
            firm + " spends " + money_words(unit, share_money) + " overseas", {{"value", money(unit, share_money)}});
        const int staff = 1000 + static_cast<int>(rng.next(5000)), staff_b = rng.next(3) ? staff + 100 : staff;
        json count{{"amount", std::to_string(staff)}, {"unit", "count"}, {"counts", "employees"}};
        claims.push_back({{"id", cid(4)}, {"kind", "count"}, {"subject", firm}, {"measure", "employees"}, {"value", count}});
        say(i, cid(4), firm + " employs " + std::to_string(staff) + " people.", firm + " employs " + std::to_string(staff) + " people",
            {{"value", count}});
        json count_b{{"amount", std::to_string(staff_b)}, {"unit", "count"}, {"counts", "employees"}};
        say(other, cid(4), "The workforce of " + firm + " rose to " + std::to_string(staff_b) + ".",
            "The workforce of " + firm + " rose to " + std::to_string(staff_b), {{"value", count_b}});
        const std::string person = "Anna Berg" + std::string(1, static_cast<char>('a' + i % 26)) + "strom";
        claims.push_back({{"id", cid(5)}, {"kind", "name"}, {"subject", person}, {"measure", "chief executive"}});
        say(i, cid(5), "Chief executive " + person + " of " + firm + " spoke.", person + " of " + firm, {{"spelling", person}});
        const std::string spelt = rng.next(4) ? person : person + "m";
        want["spelling:" + cid(5)] = spelt != person;
        say(other, cid(5), firm + ", led by " + spelt + ", said nothing.", firm + ", led by " + spelt, {{"spelling", spelt}});
        claims.push_back({{"id", cid(6)}, {"kind", "statement"}, {"subject", firm}, {"measure", "response"}});
        say(i, cid(6), firm + " declined to comment.", firm + " declined to comment", {{"stance", "declined to comment"}, {"actor", firm}});
        const std::string stance = rng.next(3) ? "declined to comment" : "confirmed the plan";
        want["stance:" + cid(6)] = stance != "declined to comment";
        say(other, cid(6), "Asked, " + firm + " " + stance + ".", "Asked, " + firm + " " + stance, {{"stance", stance}, {"actor", firm}});
    }
    for (int i = first; i < first + count; ++i) {
        const std::size_t k = static_cast<std::size_t>(i - first);
        if (i % 2 == 0) texts[k] += "($1 = 7.2671 Chinese yuan)\n";
        char date[16];
        std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 10 + i / 336, 1 + (i / 28) % 12, 1 + i % 28);
        sources.push_back({{"id", id5("s", i)}, {"outlet", i % 5 == 0 ? "Wire" + std::to_string(i) : "Outlet " + std::to_string(i % 7)},
                           {"published", {{"date", date}}}, {"text", texts[k]}});
        for (json& m : per_source[k]) mentions.push_back(std::move(m));
    }
    json rates = json::array();
    for (int i = first; i < first + count; ++i)
        if (i % 2 == 0) {
            rates.push_back({{"id", "rate" + std::to_string(i)}, {"base", "USD"}, {"quote_currency", "CNY"}, {"rate", 7.2671},
                             {"source", id5("s", i)}, {"quote", {{"exact", "($1 = 7.2671 Chinese yuan)"}}}});
            break;  // one rate per story: the first pair's
        }
    json root{{"format", "factlens-corpus"}, {"version", 1}, {"id", "scale"}, {"title", "Scale"}, {"sources", sources},
              {"reports", reports}, {"rates", rates}, {"claims", claims}, {"mentions", mentions}};
    return root.dump();
}

std::vector<std::size_t> list(std::span<const std::size_t> s) { return {s.begin(), s.end()}; }

Corpus load(const std::string& text) {
    CorpusLoad l = parse_corpus(text, "scale.json", ".", no_files());
    EXPECT_TRUE(l.ok()) << (l.errors.empty() ? "" : l.errors[0].to_string());
    return std::move(l.corpus);
}

// A finding as it reads, its mentions named by source and offset (indexes differ between
// stories).
using Seen = std::tuple<std::string, std::string, bool, std::string, std::string, std::string, std::vector<std::string>>;
std::map<std::string, Seen> findings_of(const Corpus& c) {
    std::map<std::string, Seen> out;
    for (const Finding& f : c.findings) {
        std::vector<std::string> quotes;
        for (std::size_t i : f.mentions) quotes.push_back(c.mentions[i].source + "@" + std::to_string(c.mentions[i].quote.start));
        for (const std::string& s : f.sources) quotes.push_back("source " + s);
        // Sentences name sources by outlet, with the date when another source of the story
        // has the same outlet (core/names.h): in a pair alone, the date is not needed.
        static const std::regex dated(", \\d{4}-\\d\\d-\\d\\d");
        EXPECT_TRUE(out.emplace(f.id, Seen{std::string(finding_kind_name(f.kind)), f.claim, f.agrees,
                                           std::regex_replace(f.detail, dated, ""), std::string(severity_name(f.severity)),
                                           std::regex_replace(f.reason, dated, ""), quotes})
                        .second)
            << "two findings named " << f.id;
    }
    return out;
}

}  // namespace

TEST(Scale, AStoryOfThousandsOfSourcesFindsWhatItsPartsFindAlone) {
    constexpr int kSources = 2000;
    Expected want;
    const Corpus whole = load(story(0, kSources, &want));
    ASSERT_EQ(whole.sources.size(), static_cast<std::size_t>(kSources));
    ASSERT_EQ(whole.mentions.size(), static_cast<std::size_t>(kSources) * 14);
    const auto seen = findings_of(whole);
    // What the recipe makes sure of: every check with its outcome, and each disagreement
    // found exactly when the sources differ.
    std::size_t checks = 0;
    for (const auto& [id, value] : want) {
        const auto it = seen.find(id);
        const bool is_check = id.rfind("parts:", 0) == 0 || id.rfind("conversion:", 0) == 0;
        if (is_check) {
            ++checks;
            ASSERT_NE(it, seen.end()) << "no check " << id;
            EXPECT_EQ(std::get<2>(it->second), value) << id;
        } else {
            EXPECT_EQ(it != seen.end(), value) << id;
        }
    }
    EXPECT_GT(checks, static_cast<std::size_t>(kSources));
    std::map<std::string, Seen> expected;
    for (int first = 0; first < kSources; first += 2) {
        const Corpus pair = load(story(first, 2));
        for (auto& [id, f] : findings_of(pair)) EXPECT_TRUE(expected.emplace(id, f).second) << id;
    }
    // Every rule has work, so the comparison is not of two empty lists.
    std::map<std::string, int> kinds;
    for (const auto& [id, f] : seen) ++kinds[std::get<0>(f)];
    for (const char* kind : {"value", "qualifier", "scope", "year", "attribution", "spelling", "stance", "parts", "fraction", "update"})
        EXPECT_GT(kinds[kind], 0) << kind;
    // Conversions: the whole story has one rate, stated in s00000, and each pair story of
    // its own has none but the first; compare them apart.
    std::size_t conversions = 0;
    for (auto it = expected.begin(); it != expected.end();) it = std::get<0>(it->second) == "conversion" ? expected.erase(it) : std::next(it);
    std::map<std::string, Seen> rest;
    for (const auto& [id, f] : seen) {
        if (std::get<0>(f) == "conversion") ++conversions;
        else rest.emplace(id, f);
    }
    EXPECT_GT(conversions, 0u);
    EXPECT_EQ(rest.size(), expected.size());
    for (const auto& [id, f] : expected) {
        const auto it = rest.find(id);
        ASSERT_NE(it, rest.end()) << "the whole story lacks " << id;
        EXPECT_EQ(it->second, f) << id;
    }
    for (const auto& [id, f] : rest) EXPECT_TRUE(expected.count(id)) << "the whole story adds " << id;
    // Findings are ranked by severity, in the order found within a rank.
    for (std::size_t i = 1; i < whole.findings.size(); ++i) EXPECT_GE(whole.findings[i - 1].severity, whole.findings[i].severity);
}

TEST(Scale, TheStoryIndexAnswersAsTheArraysDo) {
    const Corpus c = load(story(0, 40));
    const StoryIndex index(c);
    EXPECT_TRUE(index.indexes(c));
    const Corpus copy = c;
    EXPECT_FALSE(index.indexes(copy)) << "another corpus, even an equal one";
    for (std::size_t k = 0; k < c.claims.size(); ++k) {
        const Claim& cl = c.claims[k];
        EXPECT_EQ(index.claim(cl.id), &cl);
        EXPECT_EQ(index.claim_position(cl.id), k);
        std::vector<std::size_t> mentions, findings;
        std::vector<std::string> sources;
        for (std::size_t i = 0; i < c.mentions.size(); ++i)
            if (c.mentions[i].claim == cl.id) {
                mentions.push_back(i);
                if (std::find(sources.begin(), sources.end(), c.mentions[i].source) == sources.end()) sources.push_back(c.mentions[i].source);
            }
        for (std::size_t i = 0; i < c.findings.size(); ++i)
            if (c.findings[i].claim == cl.id) findings.push_back(i);
        EXPECT_EQ(list(index.mentions_of(cl.id)), mentions) << cl.id;
        EXPECT_EQ(list(index.findings_of(cl.id)), findings) << cl.id;
        EXPECT_EQ(index.source_count(cl.id), sources.size()) << cl.id;
    }
    for (std::size_t k = 0; k < c.sources.size(); ++k) {
        const Source& s = c.sources[k];
        EXPECT_EQ(index.source(s.id), &s);
        EXPECT_EQ(index.source_position(s.id), k);
        std::vector<std::size_t> mentions, claims;
        for (std::size_t i = 0; i < c.mentions.size(); ++i)
            if (c.mentions[i].source == s.id) mentions.push_back(i);
        for (std::size_t j = 0; j < c.claims.size(); ++j)
            for (std::size_t i : mentions)
                if (c.mentions[i].claim == c.claims[j].id) {
                    claims.push_back(j);
                    break;
                }
        EXPECT_EQ(list(index.mentions_in(s.id)), mentions) << s.id;
        EXPECT_EQ(list(index.claims_of(s.id)), claims) << s.id;
        std::size_t same_outlet = 0;
        for (const Source& o : c.sources) same_outlet += o.outlet == s.outlet;
        EXPECT_EQ(index.outlet_count(s.outlet), same_outlet) << s.id;
    }
    for (const Report& r : c.reports) EXPECT_EQ(index.report(r.id), c.find_report(r.id));
    for (const Finding& f : c.findings) EXPECT_EQ(index.finding(f.id), c.find_finding(f.id));
    // Unknown ids miss, and so does everything in an empty index.
    EXPECT_EQ(index.source("nobody"), nullptr);
    EXPECT_EQ(index.claim("nothing"), nullptr);
    EXPECT_FALSE(index.source_position("nobody"));
    EXPECT_TRUE(index.mentions_of("nothing").empty());
    EXPECT_EQ(index.outlet_count(""), 0u);
    const StoryIndex none;
    EXPECT_FALSE(none.indexes(c));
    EXPECT_EQ(none.claim(c.claims[0].id), nullptr);
    EXPECT_TRUE(none.mentions_of(c.claims[0].id).empty());
}
