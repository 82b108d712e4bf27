// The analysis properties one by one, on small invented texts (never the held-out stories'
// words): conservative name matching, money in the currency it was given, ...
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "core/analysis.h"
#include "core/claim_parts.h"
#include "core/extract.h"
#include "core/story_builder.h"

using namespace factlens;

namespace {

bool has_finding(const Corpus& c, FindingKind kind) {
    for (const Finding& f : c.findings)
        if (f.kind == kind && (!is_check(kind) || !f.agrees)) return true;
    return false;
}

}  // namespace

TEST(AnalysisNames, DifferentEntitiesSharingAWordOrALetterAreNeverOne) {
    EXPECT_FALSE(same_name("United States", "United Kingdom"));
    EXPECT_FALSE(same_name("China Mobile", "China Telecom"));
    EXPECT_FALSE(same_name("Hubei", "Hebei"));
    EXPECT_FALSE(same_name("Seoul", "Seoul Tech Digest"));
    EXPECT_FALSE(same_name("Elland", "England"));
    EXPECT_FALSE(same_name("Germany", "German"));
    EXPECT_FALSE(same_name("Korea", "Korean"));
    EXPECT_FALSE(same_name("Italy", "Italian"));
    EXPECT_FALSE(same_name("Brazilian", "Bras\u00EDlia"));
    EXPECT_FALSE(same_name("Northfield Mining", "Northfield Bank"));
    EXPECT_FALSE(same_name("Chief Executive Ana Duarte", "Chief Financial Officer Rui Duarte"));
}

TEST(AnalysisNames, LookAlikesThatAgreeAreOneName) {
    EXPECT_TRUE(same_name("Varnholt AG", "Varnholt"));
    EXPECT_TRUE(same_name("Kestrel Groep NV", "Kestrel Group"));
    EXPECT_TRUE(same_name("Orvane Electronics Co., Ltd.", "Orvane Electronics"));
    EXPECT_TRUE(same_name("Mayor Tereza Campos", "Tereza Campos"));
    EXPECT_TRUE(same_name("Sao Tiago", "S\u00E3o Tiago"));
    EXPECT_TRUE(same_name("Brasil\u2019s Cear\u00E1", "Brasil Ceara"));
    EXPECT_EQ(name_key("DORTMUND", false), "dortmund");
    EXPECT_EQ(name_key("Jo\u00E3o Ferreira"), "Joao Ferreira");
    EXPECT_EQ(name_key("Lindqvist Chief Executive Maren Holt"), "Maren Holt");
}

TEST(AnalysisNames, MisspellingsOfOneNameAreOneName) {
    EXPECT_TRUE(same_name("Governor Paulo Ribeiro", "Paulo Riberio"));  // transposition
    EXPECT_TRUE(same_name("Tomas Vandermeer", "Tomas Vandemeer"));      // a letter dropped
    EXPECT_TRUE(same_name("Kim Jae-won", "Kim Jea-won"));
    EXPECT_FALSE(same_name("Paulo Ribeiro", "Paulo Medeiros"));
    EXPECT_TRUE(romanisation_variant("Gyeongju", "Gyongju"));
    EXPECT_FALSE(romanisation_variant("Gyeongju", "Gyeongjo"));
    EXPECT_FALSE(romanisation_variant("MoXiang", "Maoxiang"));  // a capital changes too
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("abcd", "abdc"), 1u);
}

TEST(AnalysisNames, DraftsFlagMisspellingsButNotSuffixesDiacriticsOrDemonyms) {
    const std::vector<Article> articles = {
        {"a", "Varnholt AG buys Kestrel\nDORTMUND, May 4 - German group Varnholt AG said Chief Executive Ana Duarte "
              "would visit S\u00E3o Tiago and Germany. Mayor Tomas Vandermeer said the port was ready.\n", Date{2026, 5, 4, Precision::Day}},
        {"b", "Kestrel sold\nVarnholt, based in Dortmund, said Ana Duarte would visit Sao Tiago. Germany's market "
              "was calm, said Mayor Tomas Vandemeer.\n", Date{2026, 5, 4, Precision::Day}},
    };
    const Corpus c = build_story(articles);
    std::vector<std::string> spelt;
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Spelling) spelt.push_back(f.detail);
    ASSERT_EQ(spelt.size(), 1u) << (spelt.empty() ? "" : spelt[0]);
    EXPECT_NE(spelt[0].find("Vandemeer"), std::string::npos) << spelt[0];
}

TEST(AnalysisMoney, ComparedInTheCurrencyItWasGiven) {
    const std::vector<Article> articles = {
        {"a", "Deal\nThe port authority will spend \u20AC5 billion on the new terminal, it said.\n", Date{2026, 5, 4, Precision::Day}},
        {"b", "Deal\nThe port authority will spend \u20AC9 billion on the new terminal, it said.\n", Date{2026, 5, 4, Precision::Day}},
    };
    const Corpus c = build_story(articles);
    ASSERT_TRUE(has_finding(c, FindingKind::Value));
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Value) EXPECT_EQ(f.detail.find("USD"), std::string::npos) << f.detail;
}

TEST(AnalysisMoney, AnotherCurrencyOnlyAtAStatedRateWithItsSource) {
    Corpus c;
    c.sources = {{"a"}, {"b"}};
    c.sources[0].text = "x";
    c.sources[1].text = "y";
    Rate r;
    r.id = "r";
    r.base = "EUR";
    r.quote_currency = "USD";
    r.rate = 1.1;
    r.rate_text = "1.1";
    r.source = "a";
    c.rates.push_back(r);
    Claim cl;
    cl.id = "price";
    cl.kind = ClaimKind::Money;
    Quantity eur;
    eur.low = eur.high = 4e9;
    eur.low_text = "4";
    eur.scale = "billion";
    eur.unit = "EUR";
    cl.value = eur;
    c.claims.push_back(cl);
    Quantity usd = eur;
    usd.low = usd.high = 6e9;
    usd.low_text = "6";
    usd.unit = "USD";
    Quantity gbp = usd;
    gbp.unit = "GBP";
    Mention m1, m2, m3;
    m1.source = "a", m1.claim = "price", m1.value = eur;
    m2.source = "b", m2.claim = "price", m2.value = usd;
    m3.source = "b", m3.claim = "price", m3.value = gbp;  // no rate: not compared
    c.mentions = {m1, m2, m3};
    analyse(c);
    const Finding* f = c.find_finding("value:price");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("at 1.1"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("rate stated in a"), std::string::npos) << f->detail;
    EXPECT_EQ(f->detail.find("GBP"), std::string::npos) << f->detail;
}

TEST(AnalysisRanking, EachFindingHasASeverityAndAReason) {
    const std::vector<Article> articles = {
        {"a", "Deal\nThe port authority will spend \u20AC5 billion on the new terminal, Mayor Tomas Vandermeer said.\n",
         Date{2026, 5, 4, Precision::Day}},
        {"b", "Deal\nThe port authority will spend \u20AC9 billion on the new terminal, Mayor Tomas Vandemeer said.\n",
         Date{2026, 5, 4, Precision::Day}},
    };
    const Corpus c = build_story(articles);
    ASSERT_GE(c.findings.size(), 2u);
    for (const Finding& f : c.findings) EXPECT_FALSE(f.reason.empty()) << f.id;
    // A contradicted value ranks above a spelling, and comes first.
    EXPECT_EQ(c.findings.front().kind, FindingKind::Value);
    EXPECT_EQ(c.findings.front().severity, Severity::Contradiction);
    EXPECT_NE(c.findings.front().reason.find("Deal (a) says \u20AC5bn"), std::string::npos) << c.findings.front().reason;
    const auto spelling = std::find_if(c.findings.begin(), c.findings.end(), [](const Finding& f) { return f.kind == FindingKind::Spelling; });
    ASSERT_NE(spelling, c.findings.end());
    EXPECT_EQ(spelling->severity, Severity::Spelling);
    EXPECT_EQ(severity_of(FindingKind::Qualifier, false), Severity::Nuance);
    EXPECT_EQ(severity_of(FindingKind::Conversion, false), Severity::Contradiction);
    EXPECT_EQ(severity_of(FindingKind::Conversion, true), Severity::Info);
    EXPECT_LT(severity_of(FindingKind::Scope, false), severity_of(FindingKind::Spelling, false));
}

TEST(AnalysisClaims, ARestatedFigureWithAnotherValueIsOneClaim) {
    const std::vector<Article> articles = {
        {"a", "Bridge\nThe county council will spend \u00A342 million repairing the old river bridge, officials said.\n"
              "Traffic fell by 3,100 cars a day.\n", Date{2026, 5, 4, Precision::Day}},
        {"b", "Repairs\nOfficials said the county council will spend \u00A348 million repairing the river bridge.\n"
              "Schools will open on time.\n", Date{2026, 5, 4, Precision::Day}},
    };
    const Corpus c = build_story(articles);
    const auto value = std::find_if(c.findings.begin(), c.findings.end(), [](const Finding& f) { return f.kind == FindingKind::Value; });
    ASSERT_NE(value, c.findings.end());
    EXPECT_EQ(value->sources.size(), 2u);
    EXPECT_NE(value->detail.find("\u00A342m"), std::string::npos) << value->detail;
    EXPECT_NE(value->detail.find("\u00A348m"), std::string::npos) << value->detail;
    // Figures in unrelated sentences, or in two currencies, stay apart.
    const std::vector<Article> apart = {
        {"a", "Bridge\nThe county council will spend \u00A342 million repairing the old river bridge.\n", Date{2026, 5, 4, Precision::Day}},
        {"b", "Port\nA shipping firm reported profit of \u00A348 million in its first quarter.\n", Date{2026, 5, 4, Precision::Day}},
        {"c", "Bridge\nThe county council will spend \u20AC48 million repairing the old river bridge.\n", Date{2026, 5, 4, Precision::Day}},
    };
    const Corpus d = build_story(apart);
    for (const Finding& f : d.findings) EXPECT_NE(f.kind, FindingKind::Value) << f.detail;
}

TEST(AnalysisAttribution, ParaphrasesOfWhatHappenedAgree) {
    Corpus c;
    c.sources = {{"a"}, {"b"}, {"d"}};
    Claim cl;
    cl.id = "reply";
    c.claims.push_back(cl);
    Mention m1, m2, m3;
    m1.source = "a", m1.claim = "reply", m1.stance = "did not immediately respond";
    m2.source = "b", m2.claim = "reply", m2.stance = "did not respond";
    c.mentions = {m1, m2};
    analyse(c);
    EXPECT_EQ(c.find_finding("stance:reply"), nullptr);
    m3.source = "d", m3.claim = "reply", m3.stance = "declined to comment";
    c.mentions.push_back(m3);
    analyse(c);
    EXPECT_NE(c.find_finding("stance:reply"), nullptr);
}

// [SECTION] Statements across sources (aligned sentences) and checks inside one article.
// Each rule on small invented articles.
namespace {

const Date kMar2{2026, 3, 2, Precision::Day};
const Date kMar3{2026, 3, 3, Precision::Day};
const Date kMar9{2026, 3, 9, Precision::Day};

Corpus two(const std::string& a, const std::string& b, Date da = kMar2, Date db = kMar2) {
    return build_story({{"a", "Tunnel\n" + a + "\n", da}, {"b", "Harbour\n" + b + "\n", db}});
}

const Finding* first_of(const Corpus& c, FindingKind kind) {
    for (const Finding& f : c.findings)
        if (f.kind == kind) return &f;
    return nullptr;
}

}  // namespace

TEST(AnalysisStatements, TheYearOfAlignedSentencesIsCompared) {
    const Corpus c = two("Construction of the harbour tunnel will start in 2027, the regional council said on its website.",
                         "Construction of the harbour tunnel will start in 2028, the regional council said on its website.");
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2027"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("2028"), std::string::npos) << f->detail;
    EXPECT_EQ(f->severity, Severity::Contradiction);
    // The same year in other words agrees: "next year" from a 2026 article is 2027.
    const Corpus same = two("Construction of the harbour tunnel will start in 2027, the regional council said on its website.",
                            "Construction of the harbour tunnel will start next year, the regional council said on its website.");
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
}

TEST(AnalysisStatements, SeveralDatesOfASentenceAreComparedByTheWordBeforeThem) {
    const Corpus c = two("Construction of the harbour tunnel will start in 2027, and the tunnel is due to open in 2031.",
                         "Construction of the harbour tunnel will start in 2028, and the tunnel is due to open in 2031.");
    std::size_t years = 0;
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Year) {
            ++years;
            EXPECT_NE(f.detail.find("2027"), std::string::npos) << f.detail;
            EXPECT_EQ(f.detail.find("2031"), std::string::npos) << f.detail;
        }
    EXPECT_EQ(years, 1u);
}

TEST(AnalysisStatements, TheDateOfTheTellingIsNotTheDateOfWhatIsTold) {
    const Corpus c = two("Nordvik Shipping will buy the ferry operator Baltfjord Lines for SEK 8.4 billion, the company said on Monday.",
                         "Nordvik Shipping will buy the ferry operator Baltfjord Lines for SEK 8.4 billion, the company said on Wednesday.",
                         kMar2, kMar9);
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
}

TEST(AnalysisStatements, ARelativeDateCopiedIntoALaterArticleNamesAnotherDay) {
    const Corpus c = two("Heavy storms flooded the coastal villages of the county late yesterday, the fire service reported.",
                         "Heavy storms flooded the coastal villages of the county late yesterday, the fire service reported.", kMar2, kMar3);
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2026-03-01"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("2026-03-02"), std::string::npos) << f->detail;
    // "on Monday" in an article of Tuesday 3 March and "2 March" are one day.
    const Corpus same = two("Heavy storms flooded the coastal villages of the county on Monday, the fire service reported.",
                            "Heavy storms flooded the coastal villages of the county on March 2, the fire service reported.", kMar3, kMar9);
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
}

TEST(AnalysisStatements, WhoDoesItIsComparedAndASwapIsFound) {
    const Corpus c = two("Marlow Construction agreed to buy Tennant Civil for \u00A3120 million, the two companies said.",
                         "Tennant Civil agreed to buy Marlow Construction for \u00A3120 million, the two companies said.");
    const Finding* f = first_of(c, FindingKind::Actor);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Marlow Construction"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("Tennant Civil"), std::string::npos) << f->detail;
    // One person named in full and by surname, or a company with and without its legal form, agree.
    const Corpus same = two("Mayor Donald Harrow signed the harbour tunnel contract with Tennant Civil AG on Monday evening.",
                            "Harrow signed the harbour tunnel contract with Tennant Civil on Monday evening.");
    EXPECT_EQ(first_of(same, FindingKind::Actor), nullptr);
    // Sentences about different entities that read alike are not one doer swapped.
    const Corpus apart = two("Marlow Construction will build the northern harbour tunnel portal from next spring.",
                             "Gresley Rail will build the northern harbour tunnel portal from next spring.");
    EXPECT_EQ(first_of(apart, FindingKind::Actor), nullptr);
}

TEST(AnalysisStatements, AOneWordNameThatOpensTheSentenceDoesIt) {
    // The extractor takes no lone capitalised word at a sentence's start for a name; one that
    // is no English word and is followed by a verb is the doer.
    const Corpus c = two("Pellworth signed the ferry terminal lease with the port authority for 30 years.",
                         "Kirrane signed the ferry terminal lease with the port authority for 30 years.");
    const Finding* f = first_of(c, FindingKind::Actor);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Pellworth"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("Kirrane"), std::string::npos) << f->detail;
    // Common words that open a sentence are no names ("Engineers", "Officials").
    const Corpus common = two("Engineers signed the ferry terminal lease with the port authority for 30 years.",
                              "Officials signed the ferry terminal lease with the port authority for 30 years.");
    EXPECT_EQ(first_of(common, FindingKind::Actor), nullptr);
    // The same name, alone at the start and with its legal form elsewhere, agrees.
    const Corpus same = two("Pellworth signed the ferry terminal lease with the port authority for 30 years.",
                            "The port authority said Pellworth Holdings signed the ferry terminal lease for 30 years.");
    EXPECT_EQ(first_of(same, FindingKind::Actor), nullptr);
    // In a passive the word opening the sentence is done to ("Kirrane will be bought by").
    const Corpus passive = two("Pellworth agreed to buy the ferry operator Kirrane for 30 million euros.",
                               "Kirrane will be bought by Pellworth for 30 million euros, the ferry operator said.");
    EXPECT_EQ(first_of(passive, FindingKind::Actor), nullptr);
    EXPECT_TRUE(is_common_word("shares"));
    EXPECT_TRUE(is_common_word("police"));
    EXPECT_FALSE(is_common_word("pellworth"));
}

TEST(AnalysisStatements, TheAgentOfAPassiveDoesIt) {
    // "was bought by X" names the buyer as "X bought" does: a buyer and the bought swapped differ.
    const Corpus c = two("Pellworth Holdings bought the Danish ferry operator Kirrane Lines in 2019.",
                         "Pellworth Holdings was bought by Kirrane Lines in 2019, the Danish ferry operator said.");
    const Finding* f = first_of(c, FindingKind::Actor);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Kirrane Lines"), std::string::npos) << f->detail;
    // The same deal told in the active and the passive agrees.
    const Corpus same = two("Pellworth Holdings bought the Danish ferry operator Kirrane Lines in 2019.",
                            "Kirrane Lines was bought by Pellworth Holdings in 2019, the Danish ferry operator said.");
    EXPECT_EQ(first_of(same, FindingKind::Actor), nullptr);
}

TEST(AnalysisStatements, AttributionIsAControlledVocabulary) {
    EXPECT_EQ(attribution_class("two sources with knowledge of the matter"), "sources");
    EXPECT_EQ(attribution_class("people familiar with the plans"), "sources");
    EXPECT_EQ(attribution_class("economists at the bank"), "analysts");
    EXPECT_EQ(attribution_class("the finance ministry"), "officials");
    EXPECT_EQ(attribution_class("the company"), "");
    EXPECT_EQ(find_attribution("The plan will cost more, analysts said.", {}).label, "analysts");
    EXPECT_EQ(find_attribution("The plan will cost more, according to people familiar with it.", {}).label, "sources");
    EXPECT_EQ(find_attribution("The plan will cost more, it said.", {}).label, "");
    // An acronym alone is a body; "the World Bank" is no scope "the world".
    EXPECT_EQ(find_attribution("Growth will slow to 2.1% this year, the IMF estimated.", {}).label, "IMF");
    EXPECT_EQ(find_attribution("Growth will slow to 2.1% this year, the CEO said.", {}).label, "");
    EXPECT_TRUE(find_scope("Growth will slow to 2.1% this year, the World Bank estimated.").empty());
    EXPECT_EQ(find_scope("Growth will slow to 2.1% across the world.").size(), 1u);
    // The other sides a newsroom quotes are classes of their own.
    EXPECT_EQ(find_attribution("About 23 people were arrested, according to the organisers.", {}).label, "organisers");
    EXPECT_EQ(find_attribution("The strike cost 40 million dollars, the dockers' union said.", {}).label, "unions");
    EXPECT_EQ(find_attribution("The rebels killed 14 soldiers, a rebel spokesman said.", {}).label, "rebels");
    EXPECT_EQ(find_attribution("A hospital director said 62 people were treated.", {}).label, "medics");
    EXPECT_EQ(find_attribution("The defendant was paid $40,000, his lawyer said.", {}).label, "defence");
    EXPECT_EQ(find_attribution("The strike cost 40 million dollars, the port authority said.", {}).label, "officials");
    // A reporting word that is a noun credits nobody: after a possessive, or before "of".
    EXPECT_EQ(find_attribution("Sales rose 8%, beating analysts' forecast of 6%.", {}).label, "");
    EXPECT_EQ(find_attribution("Sales rose 8%, above the ministry\u2019s estimate.", {}).label, "");
    EXPECT_EQ(find_attribution("Sales rose 8%, above a forecast of 6% by analysts.", {}).label, "");
    EXPECT_EQ(find_attribution("Sales rose 8%, analysts estimated.", {}).label, "analysts");
    // A name credits only when it is the one who says ("Reuters reported"), not a name nearby.
    const std::string s = "Halbrecht is the largest buyer of Nvidia chips, Reuters reported in May.";
    auto at = [&](const char* name) { return std::pair<std::size_t, std::size_t>{s.find(name), s.find(name) + std::string(name).size()}; };
    const Attribution a = find_attribution(s, {at("Halbrecht"), at("Nvidia"), at("Reuters")});
    EXPECT_EQ(a.label, "Reuters");
    EXPECT_TRUE(a.named);
    // Across sources: a ministry's figure credited to analysts differs; paraphrases agree.
    const Corpus c = two("The harbour tunnel will create 2,400 jobs in the county by 2030, the transport ministry said.",
                         "The harbour tunnel will create 2,400 jobs in the county by 2030, analysts said.");
    ASSERT_NE(first_of(c, FindingKind::Attribution), nullptr);
    const Corpus same = two("The harbour tunnel will create 2,400 jobs in the county by 2030, two sources with knowledge of the plan said.",
                            "The harbour tunnel will create 2,400 jobs in the county by 2030, people familiar with the plan said.");
    EXPECT_EQ(first_of(same, FindingKind::Attribution), nullptr);
}

TEST(AnalysisStatements, ACityIsAScopeAsACountryIs) {
    // A city right after a figure (WordNet's cities) is what the figure covers; the province
    // and a metropolitan area are scopes too.
    const std::vector<ScopeWord> w = find_scope("Rents rose 6% in Warsaw, less than across the province.");
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0].cls, "city");
    EXPECT_TRUE(w[0].country);
    EXPECT_EQ(w[1].cls, "regional");
    EXPECT_EQ(find_scope("Rents rose 6% in the metropolitan area.").size(), 1u);
    const Corpus c = two("Average office rents rose 6% in Warsaw over the twelve months to June, the broker said.",
                         "Average office rents rose 6% in Poland over the twelve months to June, the broker said.");
    const Finding* f = first_of(c, FindingKind::Scope);
    ASSERT_NE(f, nullptr);
    // The same city in both agrees; a city away from the figure is where, not what it covers.
    const Corpus same = two("Average office rents rose 6% in Warsaw over the twelve months to June, the broker said.",
                            "Average office rents rose 6% in Warsaw in the twelve months to June, the broker said.");
    EXPECT_EQ(first_of(same, FindingKind::Scope), nullptr);
    // Where a price was taken, which another sentence leaves out, is no scope left out.
    const Corpus market = two("Shares of the ferry operator fell 4.2% in Oslo on Tuesday after the warning.",
                              "Shares of the ferry operator fell 4.2% on Tuesday after the warning.");
    EXPECT_EQ(first_of(market, FindingKind::Scope), nullptr);
    EXPECT_TRUE(find_scope("Ottawa will pay 40% of the province's bill.").empty());
    // A country's abbreviation in capitals is the country: a city against it differs.
    const Corpus uk = two("Average office rents rose 6% in Leeds over the twelve months to June, the broker said.",
                          "Average office rents rose 6% across the UK over the twelve months to June, the broker said.");
    EXPECT_NE(first_of(uk, FindingKind::Scope), nullptr);
    EXPECT_TRUE(find_scope("Rents rose 6% for us in Leeds.").size() == 1u);
}

TEST(AnalysisStatements, AOneWordNameThatOpensTheSentenceIsCredited) {
    // "Pellworth expects" credits Pellworth, as "Pellworth Holdings expects" would: against
    // analysts it differs; the same word in both agrees.
    const Corpus c = two("Pellworth expects ferry revenue of 410 million euros next year.",
                         "Analysts expect ferry revenue of 410 million euros next year.");
    const Finding* f = first_of(c, FindingKind::Attribution);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Pellworth"), std::string::npos) << f->detail;
    const Corpus same = two("Pellworth expects ferry revenue of 410 million euros next year.",
                            "Pellworth expects ferry revenue of about 410 million euros next year.");
    EXPECT_EQ(first_of(same, FindingKind::Attribution), nullptr);
}

TEST(AnalysisStatements, ScopeIsCompared) {
    const std::vector<ScopeWord> w = find_scope("Jobs created nationwide, abroad, not in the state");
    ASSERT_EQ(w.size(), 3u);
    EXPECT_EQ(w[0].cls, "national");
    EXPECT_EQ(w[1].cls, "overseas");
    EXPECT_EQ(w[2].cls, "regional");
    // At home and abroad together: everywhere.
    const std::vector<ScopeWord> both = find_scope("312 flights across its domestic and international network");
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].cls, "global");
    // Some of a place's parts, against all of it.
    const std::vector<ScopeWord> part = find_scope("a state of emergency in 11 districts of the Ica and Lima regions");
    ASSERT_EQ(part.size(), 1u);
    EXPECT_EQ(part[0].cls, "local");
    const std::vector<ScopeWord> whole = find_scope("a state of emergency across the whole Ica region");
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(whole[0].cls, "regional");
    const Corpus c = two("The number of construction jobs created nationwide by the tunnel is expected to reach 2,400.",
                         "The number of construction jobs created in the region by the tunnel is expected to reach 2,400.");
    const Finding* f = first_of(c, FindingKind::Scope);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Nuance);
    // A scope right after the one figure both sentences give, which the other leaves out.
    const Corpus left_out = two("The company will spend half of the new funds on overseas data centres and network equipment this year.",
                                "The company will spend about half of the new funds on data centres and network equipment this year.");
    const Finding* g = first_of(left_out, FindingKind::Scope);
    ASSERT_NE(g, nullptr);
    EXPECT_NE(g->detail.find("not stated"), std::string::npos) << g->detail;
    // "local" is not a scope ("local officials said").
    EXPECT_TRUE(find_scope("At least 18 people died, local officials said").empty());
}

TEST(AnalysisUpdates, ALaterFigureForACountIsAnUpdateNotADisagreement) {
    const Corpus c = build_story({
        {"a", "Storms\nThe storms killed 14 people across the county, the civil defence agency said.\n", kMar2},
        {"b", "Toll rises\nThe death toll from the storms has risen to 46 people across the county, the civil defence agency said.\n", kMar9},
    });
    const Finding* u = first_of(c, FindingKind::Update);
    ASSERT_NE(u, nullptr);
    EXPECT_TRUE(u->agrees);
    EXPECT_TRUE(is_check(FindingKind::Update));
    EXPECT_EQ(u->severity, Severity::Info);
    EXPECT_NE(u->detail.find("from 14 people"), std::string::npos) << u->detail;
    EXPECT_NE(u->detail.find("to 46 people"), std::string::npos) << u->detail;
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
    // The same figures on the same day are a disagreement.
    const Corpus d = build_story({
        {"a", "Storms\nThe storms killed 14 people across the county, the civil defence agency said.\n", kMar2},
        {"b", "Storms\nThe storms killed 16 people across the county, the civil defence agency said.\n", kMar2},
    });
    EXPECT_NE(first_of(d, FindingKind::Value), nullptr);
    EXPECT_EQ(first_of(d, FindingKind::Update), nullptr);
}

TEST(AnalysisChecks, APercentageChangeAgainstItsTwoFigures) {
    const Corpus c = build_story({{"a", "Ferry\nPassenger numbers were up 38% from 2.1 million to 3.4 million last year.\n", kMar2}});
    const Finding* f = first_of(c, FindingKind::Change);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees);
    EXPECT_NE(f->detail.find("+61.9%"), std::string::npos) << f->detail;
    const Corpus ok = build_story({{"a", "Ferry\nPassenger numbers were up 62% from 2.1 million to 3.4 million last year.\n", kMar2}});
    const Finding* g = first_of(ok, FindingKind::Change);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
}

TEST(AnalysisChecks, AFigurePerPersonAgainstTheTotalAndThePopulation) {
    const Corpus c = build_story({{"a", "Tunnel\nThe council approved a \u00A3900 million tunnel. It will cost \u00A32,500 per resident "
                                        "of the 600,000 people in the district.\n", kMar2}});
    const Finding* f = first_of(c, FindingKind::PerCapita);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Tunnel\nThe council approved a \u00A3900 million tunnel. It will cost about \u00A31,500 per resident "
                                         "of the 600,000 people in the district.\n", kMar2}});
    ASSERT_NE(first_of(ok, FindingKind::PerCapita), nullptr);
    EXPECT_TRUE(first_of(ok, FindingKind::PerCapita)->agrees) << first_of(ok, FindingKind::PerCapita)->detail;
}

TEST(AnalysisChecks, PartsOfATotalInADraft) {
    const Corpus bad = build_story({{"a", "Deal\nThe deal values the group at \u20AC5.6 billion. That is \u20AC4.1 billion for the shares "
                                          "and \u20AC1.2 billion of net debt.\n", kMar2}});
    const Finding* f = first_of(bad, FindingKind::Parts);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Deal\nThe deal values the group at \u20AC5.3 billion. That is \u20AC4.1 billion for the shares "
                                         "and \u20AC1.2 billion of net debt.\n", kMar2}});
    ASSERT_NE(first_of(ok, FindingKind::Parts), nullptr);
    EXPECT_TRUE(first_of(ok, FindingKind::Parts)->agrees);
}

TEST(AnalysisShares, AFractionAndAPercentAreOneKind) {
    const Corpus c = two("Roughly two-thirds of the money will go to boring machines and other tunnel equipment, the council said.",
                         "Around 60% of the budget will be spent on boring machines and other tunnel equipment, the council said.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->sources.size(), 2u);
    // Rounding agrees: "about 40%" and "41.3%".
    const Corpus same = two("About 40% of the money will go to boring machines and other tunnel equipment, the council said.",
                            "Some 41.3% of the money will go to boring machines and other tunnel equipment, the council said.");
    EXPECT_EQ(first_of(same, FindingKind::Value), nullptr);
}

TEST(AnalysisNames, AMisspellingInTheSameSlotOfAlignedSentencesIsOneName) {
    const Corpus c = two("It also runs the text-to-video generator Simmeng and the image generator Xinghui for its users.",
                         "It also runs the text-to-video generator Jimeng and the image generator Xinghui for its users.");
    const Finding* f = first_of(c, FindingKind::Spelling);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Simmeng"), std::string::npos) << f->detail;
    // Different places that look alike, in the same sentence but not the same slot, stay apart.
    const Corpus apart = two("Trams will run every ten minutes from Halifax to Elland, the operator said.",
                             "Trams will run every ten minutes from Halifax to England, the operator said.");
    EXPECT_EQ(first_of(apart, FindingKind::Spelling), nullptr);
}

TEST(AnalysisClaims, TwoFiguresOfOneSentenceArePairedByValueThenByWhatIsLeft) {
    // The federal share is the same in both; the state's share is the figure left on each side.
    const Corpus c = two("The federal government will cover MXN 8.5 billion of the cost and the state the remaining MXN 5.7 billion.",
                         "Mexico's federal government will pay MXN 8.5bn, while the state contributes MXN 6.7bn.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("5.7"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("6.7"), std::string::npos) << f->detail;
    EXPECT_EQ(f->detail.find("8.5"), std::string::npos) << f->detail;
    // A later article's sentence with both figures in another order is no reason to join them.
    const Corpus later = two("The federal government will cover MXN 8.5 billion of the cost and the state the remaining MXN 5.7 billion.",
                             "The state will cover the extra MXN 0.9 billion, bringing its share to MXN 6.6 billion; the federal "
                             "contribution of MXN 8.5 billion is unchanged.",
                             kMar2, kMar9);
    for (const Finding& g : later.findings)
        if (g.kind == FindingKind::Value) EXPECT_EQ(g.detail.find("8.5"), std::string::npos) << g.detail;
}

TEST(AnalysisChecks, AConversionAgainstTheRateItsBracketsState) {
    const Corpus bad = build_story({{"a", "Strike\nThe company lost R2.3bn (about $155 million at R18 to the dollar) in revenue.\n", kMar2}});
    const Finding* f = first_of(bad, FindingKind::Conversion);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Strike\nThe company lost R2.3bn (about $128 million at R18 to the dollar) in revenue.\n", kMar2}});
    const Finding* g = first_of(ok, FindingKind::Conversion);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
}

TEST(AnalysisQualifiers, AboutAndNoQualifierAreOneFigure) {
    const Corpus c = two("The strike cost the company about 62,000 ounces of platinum and much of its quarterly revenue.",
                         "The strike cost the company 62,000 ounces of platinum and much of its quarterly revenue.");
    EXPECT_EQ(first_of(c, FindingKind::Qualifier), nullptr);
    const Corpus over = two("The strike cost the company more than 62,000 ounces of platinum and much of its quarterly revenue.",
                            "The strike cost the company 62,000 ounces of platinum and much of its quarterly revenue.");
    EXPECT_NE(first_of(over, FindingKind::Qualifier), nullptr);
}

TEST(AnalysisChecks, AnAboutConversionIsRounded) {
    const Corpus c = build_story(
        {{"a", "Trains\nThe operator signed a PLN 3.6 billion (about EUR 840 million at 4.30 zlotys per euro) contract.\n", kMar2}});
    const Finding* f = first_of(c, FindingKind::Conversion);
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->agrees) << f->detail;
}

TEST(AnalysisStatements, OneDealToldFromItsTwoSidesIsNoSwap) {
    const Corpus c = two("Koleje Wislanskie signed a contract worth PLN 3.6bn to buy new electric trains from Torvia Rail, the operator said.",
                         "Torvia Rail has won a contract worth PLN 3.6bn to build new electric trains from Koleje Wislanskie, the operator said.");
    EXPECT_EQ(first_of(c, FindingKind::Actor), nullptr);
    // A place in a phrase of place is not a doer: "the bloom in northern Norway has killed".
    const Corpus place = two("Well boats raced as the fish farmer Havbruk Nordkyst removed 1.8 million dead salmon from its farms.",
                             "The algae bloom in northern Norway has killed 1.8 million salmon at Havbruk Nordkyst farms.");
    EXPECT_EQ(first_of(place, FindingKind::Actor), nullptr);
}

TEST(AnalysisStatements, TheStateNowInALaterArticleIsNotTheYearOfWhatHappened) {
    const Corpus c = two("Last year's drought left the Cerro Prieto dam at 4% of its capacity, the water utility reported.",
                         "The water utility reported that the Cerro Prieto dam stood at 38% of its capacity on Monday after the drought.",
                         kMar2, Date{2026, 3, 30, Precision::Day});
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
}

TEST(AnalysisClaims, TransposedDigitsAreOneClaimsFiguresWhateverTheirRatio) {
    const Corpus c = two("The company estimated the cost of the losses at NOK 310 million, including clean-up and lost sales.",
                         "The company said the losses from the algae would cost it around NOK 130 million, including clean-up.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("310"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("130"), std::string::npos) << f->detail;
    // Other digits that far apart stay two claims.
    const Corpus apart = two("The company estimated the cost of the losses at NOK 310 million, including clean-up and lost sales.",
                             "The company said the losses from the algae would cost it around NOK 120 million, including clean-up.");
    EXPECT_EQ(first_of(apart, FindingKind::Value), nullptr);
}

TEST(AnalysisShares, SharesOfOneThingInAlignedSentencesMayBeTwiceApart) {
    const Corpus c = two("The pipeline is designed to deliver 5,000 litres per second, about a quarter of the city's current supply.",
                         "The pipeline will move 5,000 litres of water a second, roughly 40% of what the city now consumes.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("40%"), std::string::npos) << f->detail;
}

TEST(AnalysisAttribution, ASpeakerCalledByACommonNounAgainstAClass) {
    const Corpus c = two("The bloom is the worst for salmon farmers in northern Norway since 2019, the Institute of Marine Research said.",
                         "The bloom is the worst for salmon farmers in Norway since 2019, the company said.");
    const Finding* f = first_of(c, FindingKind::Attribution);
    ASSERT_NE(f, nullptr);
    // "the company" may be the company another sentence names: not compared with a name.
    const Corpus named = two("The bloom is the worst for salmon farmers in northern Norway since 2019, Havbruk Nordkyst said.",
                             "The bloom is the worst for salmon farmers in Norway since 2019, the company said.");
    EXPECT_EQ(first_of(named, FindingKind::Attribution), nullptr);
}

TEST(AnalysisNames, AMisspeltDoubleBarrelledName) {
    const Corpus c = two("\"Our members cannot eat promises,\" said Nomvula Dlamini-Khoza, general secretary of the mineworkers' union.",
                         "\"Our members cannot eat promises,\" said Nomvula Dlamini-Koza, general secretary of the mineworkers' union.");
    const Finding* f = first_of(c, FindingKind::Spelling);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Dlamini-Koza"), std::string::npos) << f->detail;
}

TEST(AnalysisStatements, TheYearOfOneEventInSentencesThatDoNotAlign) {
    const Corpus c = two("The mine, which opened in 1998, employs workers from across the province and from Lesotho.",
                         "The mine, opened in 1989, has not had a strike of this length before.");
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("1998"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("1989"), std::string::npos) << f->detail;
    // Another thing that opened another year is another event.
    const Corpus other = two("The mine, which opened in 1998, employs workers from across the province and from Lesotho.",
                             "The smelter, opened in 1989, has not had a strike of this length before.");
    EXPECT_EQ(first_of(other, FindingKind::Year), nullptr);
}

// A year's words across articles where two of the sentences aligned and a third did not:
// the two agree as a statement, and the third's year is compared with theirs.
TEST(AnalysisStatements, TheYearOfOneEventWhenSomeOfItsSentencesAligned) {
    const Corpus c = build_story({{"a", "Fab\nYuanfeng plans to start volume production in 2028, the ministry said.\n", kMar2},
                                  {"b", "Fab\nYuanfeng plans to start volume production in 2028, the ministry said.\n", kMar2},
                                  {"c", "Chips\nThe company expects the plant to begin volume production in 2029 and to make power chips.\n", kMar3}});
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2029"), std::string::npos) << f->detail;
    // All three in one year: nothing to tell.
    const Corpus same = build_story({{"a", "Fab\nYuanfeng plans to start volume production in 2028, the ministry said.\n", kMar2},
                                     {"b", "Fab\nYuanfeng plans to start volume production in 2028, the ministry said.\n", kMar2},
                                     {"c", "Chips\nThe company expects the plant to begin volume production in 2028 and to make power chips.\n", kMar3}});
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
}

// The day of one event in sentences that do not align, keyed by its verb: "first detected on
// 13 March" / "detected on 14 March". Two weekdays alone, or days a month apart, are not
// compared: they may tell of two events of one kind.
TEST(AnalysisStatements, TheDayOfOneEventInSentencesThatDoNotAlign) {
    const Corpus c = two("Hospital booking systems went down after a ransomware attack first detected on 13 March 2025.",
                         "The intrusion, which staff say was detected on 14 March 2025, has cost the group about A$30 million.");
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("13 March"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("14 March"), std::string::npos) << f->detail;
    const Corpus weekdays = two("Hospital booking systems went down after a ransomware attack first detected on Friday.",
                                "The intrusion, which staff say was detected on Saturday, has cost the group about A$30 million.");
    EXPECT_EQ(first_of(weekdays, FindingKind::Year), nullptr);
    const Corpus apart = two("Hospital booking systems went down after a ransomware attack first detected on 13 March 2025.",
                             "The intrusion, which staff say was detected on 14 April 2025, has cost the group about A$30 million.");
    EXPECT_EQ(first_of(apart, FindingKind::Year), nullptr);
}

// An umlaut, a sharp s or a Scandinavian letter written out in two ASCII letters is one
// spelling ("Müller" / "Mueller", "Strauß" / "Strauss").
TEST(AnalysisNames, AnUmlautWrittenOutIsNoMisspelling) {
    const Corpus c = two("Chief executive Petra M\u00FCller said the firm would close 40 branches in Saxony.",
                         "Chief executive Petra Mueller said the firm would close 40 branches in Saxony.");
    EXPECT_EQ(first_of(c, FindingKind::Spelling), nullptr);
    const Corpus s = two("Coach Henrik Strau\u00DF resigned after eight seasons at the club in Bremen.",
                         "Coach Henrik Strauss resigned after eight seasons at the club in Bremen.");
    EXPECT_EQ(first_of(s, FindingKind::Spelling), nullptr);
    // Another letter is still a misspelling.
    const Corpus wrong = two("Chief executive Petra M\u00FCller said the firm would close 40 branches in Saxony.",
                             "Chief executive Petra Mauller said the firm would close 40 branches in Saxony.");
    EXPECT_NE(first_of(wrong, FindingKind::Spelling), nullptr);
}

TEST(AnalysisNames, ADroppedVowelInANameWithDiacriticsIsAMisspelling) {
    const Corpus c = two("Chief executive Grzegorz W\u00F3jcik said the company would hire about 400 extra staff in Bydgoszcz.",
                         "Chief executive Grzegorz W\u00F3jciak said the company would hire about 400 extra staff in Bydgoszcz.");
    EXPECT_NE(first_of(c, FindingKind::Spelling), nullptr);
    // In plain letters it may be one romanisation of the name: not a finding.
    const Corpus roman = two("The plant in Pyeongtaek will employ about 400 extra staff from next year, the company said.",
                             "The plant in Pyongtaek will employ about 400 extra staff from next year, the company said.");
    EXPECT_EQ(first_of(roman, FindingKind::Spelling), nullptr);
}

// Sentences between two aligned ones (anchors), each the other's best there, state the
// same thing in other words: their dates are compared, several by their order when the
// words before them differ.
TEST(AnalysisStatements, SentencesBetweenAnchorsAlignAndTheirDatesPairInOrder) {
    const std::string first = "The city council approved a new swimming pool for the northern district after a long and heated debate.";
    const std::string last = "The pool will have eight lanes, a diving tower and a small cafe run by a local charity.";
    const Corpus c = two(first + " Work on the pool by the contractor is due to begin in May and to finish by October 2027. " + last,
                         first + " The contractor will start on the pool in May, with the opening planned for October 2028. " + last);
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2027"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("2028"), std::string::npos) << f->detail;
    std::size_t dates = 0;
    for (const Finding& g : c.findings) dates += g.kind == FindingKind::Year;
    EXPECT_EQ(dates, 1u);  // May and May agree
    // The same months and years in other words agree.
    const Corpus same = two(first + " Work on the pool by the contractor is due to begin in May and to finish by October 2027. " + last,
                            first + " The contractor will start on the pool in May, with the opening planned for October 2027. " + last);
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
}

// A dateline's date is when the article was written, not when the thing happened.
TEST(AnalysisStatements, ADatelineIsNotTheDateOfWhatIsTold) {
    const Corpus c = two("HAMBURG, March 2 (Harbour Post) - The port authority has opened a second container terminal on the river.",
                         "HAMBURG, March 9 (Harbour Post) - The port authority has opened a second container terminal on the river.",
                         kMar2, kMar9);
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
}

// A later article's own day tells of that day ("closed higher on Wednesday" in
// Wednesday's paper), not of the day an earlier article reported; another day does.
TEST(AnalysisStatements, ALaterArticlesOwnDayIsNotTheEarlierDay) {
    const Date mar4{2026, 3, 4, Precision::Day};
    const Corpus c = two("The shipyard agreed on Monday to sell its dry dock to a rival builder for EUR 40 million in cash.",
                         "Shares in the shipyard closed higher on Wednesday after it agreed to sell its dry dock to a rival builder for EUR 40 million in cash.",
                         kMar2, mar4);
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
    const Corpus other = two("The shipyard agreed on Monday to sell its dry dock to a rival builder for EUR 40 million in cash.",
                             "The shipyard agreed on Tuesday to sell its dry dock to a rival builder for EUR 40 million in cash.",
                             kMar2, mar4);
    EXPECT_NE(first_of(other, FindingKind::Year), nullptr);
}

// The one count of each of two aligned sentences is one slot even when they count other
// nouns ("workers" / "jobs"), within the ratio of a restatement or with transposed digits.
TEST(AnalysisClaims, TheLoneCountsOfAlignedSentencesAreOneSlot) {
    const Corpus c = two("The new hospital will employ about 3,400 workers once it opens next spring, the health board said.",
                         "The new hospital will create about 4,300 jobs once it opens next spring, the health board said.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("4300 jobs"), std::string::npos) << f->detail;
    const Corpus apart = two("The new hospital will employ about 3,400 workers once it opens next spring, the health board said.",
                             "The new hospital will have about 120 beds once it opens next spring, the health board said.");
    EXPECT_EQ(first_of(apart, FindingKind::Value), nullptr);
}

// A country after "in", "across" or "throughout" is a national scope (countries from
// WordNet, places_data.inc): "in Portugal" against "worldwide" differs.
TEST(AnalysisStatements, ACountryIsANationalScope) {
    std::vector<ScopeWord> sc = find_scope("The bakery chain employs 900 people in Portugal.");
    ASSERT_EQ(sc.size(), 1u);
    EXPECT_EQ(sc[0].cls, "national");
    EXPECT_TRUE(find_scope("The bakery chain employs 900 people in portugal's north.").empty());  // no capital: no name
    EXPECT_TRUE(is_country("portugal"));
    EXPECT_TRUE(is_demonym("portuguese"));
    EXPECT_FALSE(is_country("lisbon"));
    const Corpus c = two("The bakery chain, founded in 1921, runs 80 shops and employs 900 people in Portugal.",
                         "The bakery chain, founded in 1921, runs 80 shops and employs 900 people worldwide.");
    EXPECT_NE(first_of(c, FindingKind::Scope), nullptr);
    const Corpus same = two("The bakery chain, founded in 1921, runs 80 shops and employs 900 people in Portugal.",
                            "The bakery chain, founded in 1921, runs 80 shops and employs 900 people nationwide.");
    EXPECT_EQ(first_of(same, FindingKind::Scope), nullptr);
}

// "the watchdog said" is the entity the story calls the watchdog in an appositive
// ("Ofwat, the water watchdog"): against another named speaker it differs, against the
// same one it agrees.
TEST(AnalysisAttribution, ACommonNounSpeakerIsTheEntityTheStoryCallsSo) {
    const Date mar4{2026, 3, 4, Precision::Day};
    const std::string intro = "The charity Clearwater Trust, the campaign group, and Ofwat, the water watchdog, met on Monday. ";
    const Corpus c = build_story({{"a", "Leaks\n" + intro + "Leaking pipes lost a fifth of the water pumped in the county last year, the watchdog said.\n", kMar2},
                                  {"b", "Pipes\nLeaking pipes lost a fifth of the water pumped in the county last year, according to Clearwater Trust.\n", mar4}});
    const Finding* f = first_of(c, FindingKind::Attribution);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Ofwat"), std::string::npos) << f->detail;
    const Corpus same = build_story({{"a", "Leaks\n" + intro + "Leaking pipes lost a fifth of the water pumped in the county last year, the watchdog said.\n", kMar2},
                                     {"b", "Pipes\nLeaking pipes lost a fifth of the water pumped in the county last year, according to Ofwat.\n", mar4}});
    EXPECT_EQ(first_of(same, FindingKind::Attribution), nullptr);
}

// Two different entities after the same words of aligned sentences ("a loan from the X")
// are who it is, and differ; one entity written two ways does not.
TEST(AnalysisStatements, DifferentEntitiesInOneSlotOfAlignedSentencesDiffer) {
    const Corpus c = two("The rest of the new bridge will be paid for with a loan from the Nordic Investment Bank, the city said.",
                         "The rest of the new bridge will be paid for with a loan from the Council of Europe Development Bank.");
    const Finding* f = first_of(c, FindingKind::Actor);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Nordic Investment Bank"), std::string::npos) << f->detail;
    const Corpus same = two("The rest of the new bridge will be paid for with a loan from the Nordic Investment Bank, the city said.",
                            "The rest of the new bridge will be paid for with a loan from the Nordic Investment Bank.");
    EXPECT_EQ(first_of(same, FindingKind::Actor), nullptr);
    // Two people quoted are not one slot: "said X" is no slot.
    const Corpus quoted = two("\"We will build it on time,\" said Anna Berg, the mayor of the city, at the council meeting.",
                              "\"We will build it on time,\" said Jonas Lind, the mayor of the city, at the council meeting.");
    EXPECT_EQ(first_of(quoted, FindingKind::Actor), nullptr);
}

// A sentence joins a statement only when it is close to at least half of its sentences:
// one that only resembles one sentence of three ("overseas ferry passengers") is not the
// statement the others make, and its scope is no finding.
TEST(AnalysisStatements, ASentenceJoinsOnlyAStatementItResembles) {
    const std::string first = "The city council approved a new swimming pool for the northern district after a long and heated debate.";
    const std::string last = "The pool will have eight lanes, a diving tower and a small cafe run by a local charity.";
    const std::string same = "Domestic tourists should fill the new pool each summer, officials said.";
    const Corpus c = build_story({
        {"a", "Pool\n" + first + " " + same + " " + last + "\n", kMar2},
        {"b", "Swim\n" + first + " Domestic tourists should fill the new pool each summer, officials said, and the harbour would gain overseas ferry passengers. " + last + "\n", kMar2},
        {"c", "Lanes\n" + first + " Overseas ferry passengers will reach the harbour. " + last + "\n", kMar2},
        {"d", "Dive\n" + first + " " + same + " " + last + "\n", kMar2},
    });
    EXPECT_EQ(first_of(c, FindingKind::Scope), nullptr);
}

// "X's largest customer" against "Y's top customer" is whose it is; "X's chips" against
// "Y's infrastructure" owns two different things and is no finding.
TEST(AnalysisStatements, OwnersDifferOnlyOverTheSameThing) {
    const Corpus c = two("The airline is also Boeing's largest customer in Asia for freighters, sources said on Monday.",
                         "The airline is also Airbus's largest customer in Asia for freighters, sources said on Monday.");
    EXPECT_NE(first_of(c, FindingKind::Actor), nullptr);
    const Corpus other = two("The airline is also the largest buyer of Boeing's new freighters in Asia, sources said on Monday.",
                             "The airline is also the largest buyer in Asia and key to Airbus's service network, sources said on Monday.");
    EXPECT_EQ(first_of(other, FindingKind::Actor), nullptr);
}

// A scope stated right after a figure that another sentence gives without one: "not
// stated", even when a third sentence of the statement does not give the figure.
TEST(AnalysisStatements, AScopeLeftOutIsNotStatedWhereTheFigureIsGiven) {
    const Corpus c = build_story({
        {"a", "Fund\nThe fund will spend about half of the money abroad on wind farms and grid links, the ministry said.\n", kMar2},
        {"b", "Wind\nThe fund will spend about half of the money on wind farms and grid links, the ministry said.\n", kMar2},
        {"c", "Grid\nThe fund will spend its money on wind farms and grid links, the ministry said on its website.\n", kMar2},
    });
    const Finding* f = first_of(c, FindingKind::Scope);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("not stated"), std::string::npos) << f->detail;
}

// One speaker written two ways (a role before the name at a sentence's start, a title and
// a place after it, diacritics, a legal form) is one report: no attribution finding.
TEST(AnalysisAttribution, OneSpeakerWrittenTwoWaysAgrees) {
    const Corpus c = two("The storm cut power to about 3,000 homes in the valley, said Mayor Inês Duarte of Vale Novo on Monday.",
                         "The storm cut power to about 3,000 homes in the valley, said Ines Duarte on Monday.");
    EXPECT_EQ(first_of(c, FindingKind::Attribution), nullptr);
    const Corpus firm = two("Insurer Tavora Seguros SA estimated the claims at EUR 60 million, a record for the valley.",
                            "Tavora estimated the claims at EUR 60 million, a record for the valley.");
    EXPECT_EQ(first_of(firm, FindingKind::Attribution), nullptr);
    const Corpus other = two("Insurer Tavora Seguros SA estimated the claims at EUR 60 million, a record for the valley.",
                             "Brokers estimated the claims at EUR 60 million, a record for the valley.");
    EXPECT_NE(first_of(other, FindingKind::Attribution), nullptr);
}

// "raised its budget to" in a later article is a new figure: an update.
TEST(AnalysisUpdates, ARaisedFigureInALaterArticleIsAnUpdate) {
    const Corpus c = two("The regional government said it would spend EUR 40 million on emergency repairs to roads and bridges.",
                         "The regional government raised its spending on emergency repairs to roads and bridges to EUR 55 million.",
                         kMar2, kMar9);
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
    EXPECT_NE(first_of(c, FindingKind::Update), nullptr);
    const Corpus cut = two("The growers' cooperative expects the highland harvest to reach 1.9 million bags this season.",
                           "The growers' cooperative cut its forecast for the highland harvest to 1.7 million bags this season.",
                           kMar2, kMar9);
    EXPECT_EQ(first_of(cut, FindingKind::Value), nullptr);
}

// Between anchors, the words two sentences share must tell them apart from the rest of
// the story: the names every sentence has do not ("Norberg will pay 31% more for Halvik
// shares" is not "holders of 40% of Halvik's shares").
TEST(AnalysisStatements, TheStorysMainNamesAloneAlignNothing) {
    const Date mar4{2026, 3, 4, Precision::Day};
    const Corpus c = build_story({
        {"a", "Deal\nNorberg Foods agreed on Monday to buy Halvik Snacks for EUR 1.2 billion in cash, the companies said. "
              "Norberg will pay EUR 24.50 per Halvik share, a premium of 31% to the last close. "
              "Halvik, founded in 1921, employs about 4,000 people, and Norberg makes soups.\n", kMar2},
        {"b", "Bid\nNorberg Foods agreed on Monday to buy Halvik Snacks for EUR 1.2 billion in cash, the companies said. "
              "Norberg said on Wednesday that holders of 40% of Halvik shares had backed the offer. "
              "Halvik, founded in 1921, employs about 4,000 people, and Norberg makes soups.\n", mar4},
    });
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
}

// Two doers of the same deed: the same verb and a figure both sentences give, neither
// sentence naming the other's doer ("Falk Bau won the EUR 90m contract" / "Brenner Bau
// won the EUR 90m contract"). Another verb is another side of the deal.
TEST(AnalysisStatements, DifferentDoersOfTheSameDeedDiffer) {
    const Corpus c = two("Builder Falk Bau won the EUR 90 million contract for the new ring road, the council said.",
                         "Brenner Bau won the EUR 90 million contract for the new ring road, the council said.");
    EXPECT_NE(first_of(c, FindingKind::Actor), nullptr);
    const Corpus sides = two("Falk Bau won the EUR 90 million contract for the new ring road, the council said.",
                             "The council awarded the EUR 90 million contract for the new ring road, its leader said.");
    EXPECT_EQ(first_of(sides, FindingKind::Actor), nullptr);
}

// A name of two words misspelt in one ("Tomas Ekberg" / "Tomas Ekbert") in aligned
// sentences is one name with a spelling finding; another first name is another person.
TEST(AnalysisNames, AMisspeltWordOfALongerNameInAlignedSentences) {
    const Corpus c = two("Council leader Tomas Ekberg said the ring road would create 1,800 construction jobs in the county.",
                         "Tomas Ekbert, the council's leader, said the ring road would create 1,800 construction jobs in the county.");
    const Finding* f = first_of(c, FindingKind::Spelling);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("Ekbert"), std::string::npos) << f->detail;
    const Corpus other = two("Council leader Tomas Ekberg said the ring road would create 1,800 construction jobs in the county.",
                             "Jonas Ekberg, the council's leader, said the ring road would create 1,800 construction jobs in the county.");
    const Finding* g = first_of(other, FindingKind::Spelling);
    EXPECT_TRUE(g == nullptr || g->detail.find("Jonas") == std::string::npos);
}

// The only share of each of two aligned sentences is one slot up to twice apart even when
// their own words differ ("about a quarter of its sales" / "around 40% of its output").
TEST(AnalysisShares, TheLoneSharesOfAlignedSentencesAreOneSlot) {
    const Corpus c = two("The mill sells about a quarter of its paper to the Danish publisher Holm Media, the company said.",
                         "The Danish publisher Holm Media buys around 40% of the mill's output, the company said.");
    const Finding* f = first_of(c, FindingKind::Value);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("40%"), std::string::npos) << f->detail;
    // Further apart they are two things.
    const Corpus apart = two("The mill sells about a tenth of its paper to the Danish publisher Holm Media, the company said.",
                             "The Danish publisher Holm Media buys around 40% of the mill's output, the company said.");
    EXPECT_EQ(first_of(apart, FindingKind::Value), nullptr);
}

// A sentence that states two things is paired with both of the other article's sentences
// that state them: here its attribution is compared with the second one's too.
TEST(AnalysisStatements, ASentenceStatingTwoThingsAlignsWithBoth) {
    const std::string bridge = "The council will spend EUR 12 million on the new river bridge in the old town";
    const Corpus c = two(bridge + ", the mayor said on Monday. It will also buy 20 electric buses for the city fleet by next spring, "
                                  "according to the transport office.",
                         bridge + " and buy 20 electric buses for the city fleet by next spring, the mayor said on Monday.");
    const Finding* f = first_of(c, FindingKind::Attribution);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("officials"), std::string::npos) << f->detail;
    const Corpus one = two(bridge + ", the mayor said on Monday. It has 40 electric buses already.",
                           bridge + " and buy 20 electric buses for the city fleet by next spring, the mayor said on Monday.");
    EXPECT_EQ(first_of(one, FindingKind::Attribution), nullptr);
}

// "was X, up N% from Y": without a "to", the new figure is the sentence's first one before
// the percent in the old one's unit (within a factor of ten: not a rate in that currency).
TEST(AnalysisChecks, APercentageChangeFromAnEarlierFigureWithoutTo) {
    const Corpus bad = build_story({{"a", "Sales\nRevenue was EUR 5.2 billion last year, up 38% from EUR 4.1 billion.\n", kMar2}});
    const Finding* f = first_of(bad, FindingKind::Change);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Sales\nRevenue was EUR 5.2 billion last year, up 27% from EUR 4.1 billion.\n", kMar2}});
    const Finding* g = first_of(ok, FindingKind::Change);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
    const Corpus rate = build_story({{"a", "Sales\nThe shares cost EUR 12 each, up 38% from EUR 4.1 billion in value.\n", kMar2}});
    EXPECT_EQ(first_of(rate, FindingKind::Change), nullptr);
}

// A rate stated in the text ("converted at R18 to the dollar", "at 4.30 zlotys per euro")
// is the story's rate: a conversion in brackets is checked against it.
TEST(AnalysisChecks, ARateStatedInTheTextChecksTheConversions) {
    const Corpus bad = build_story({{"a", "Strike\nThe mine lost R2.3bn ($155 million) in revenue, converted at R18 to the dollar.\n", kMar2}});
    const Finding* f = first_of(bad, FindingKind::Conversion);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Strike\nThe mine lost R2.3bn ($128 million) in revenue, converted at R18 to the dollar.\n", kMar2}});
    const Finding* g = first_of(ok, FindingKind::Conversion);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
    // A price per share is no rate.
    const Corpus price = build_story({{"a", "Shares\nThe shares were sold at $12 per share, or EUR 11 ($12).\n", kMar2}});
    EXPECT_TRUE(price.rates.empty());
    // "the dollar traded at 1,380 won", "a rate of 1,380 won to the dollar".
    const Corpus traded = build_story({{"a", "Profit\nProfit was 1.2 trillion won ($780 million). The dollar traded at 1,380 won.\n", kMar2}});
    const Finding* t = first_of(traded, FindingKind::Conversion);
    ASSERT_NE(t, nullptr);
    EXPECT_FALSE(t->agrees) << t->detail;
    const Corpus of = build_story({{"a", "Profit\nProfit was 1.2 trillion won, or $870 million at a rate of 1,380 won to the dollar.\n", kMar2}});
    const Finding* o = first_of(of, FindingKind::Conversion);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->agrees) << o->detail;
}

// A conversion after ", or" in another currency travels with its figure and is checked
// at the story's stated rate; ", or $2 a share" in the same currency is no conversion.
TEST(AnalysisChecks, AConversionAfterOrIsChecked) {
    const Corpus bad = build_story({{"a", "Deal\nThe deal is worth EUR 3.4 billion, or $4.1 billion, converted at $1.09 per euro.\n", kMar2}});
    const Finding* f = first_of(bad, FindingKind::Conversion);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    const Corpus ok = build_story({{"a", "Deal\nThe deal is worth EUR 3.4 billion, or about $3.7 billion, converted at $1.09 per euro.\n", kMar2}});
    const Finding* g = first_of(ok, FindingKind::Conversion);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
    const Corpus share = build_story({{"a", "Loss\nThe loss was $5 million, or $2 a share, the company said.\n", kMar2}});
    EXPECT_EQ(first_of(share, FindingKind::Conversion), nullptr);
}

// "eight of the company's fish farms" counts farms (the last plural of the run after a
// possessive), so it is compared with "six farms" in an aligned sentence.
TEST(AnalysisClaims, ACountOfWhatAPossessiveOwns) {
    const std::vector<Extracted> items = extract("Storms damaged eight of Nordfisk AS's fish farms on the coast.", std::nullopt);
    bool farms = false;
    for (const Extracted& e : items) farms |= e.kind == ItemKind::Number && e.value.low == 8 && e.value.counts == "fish farms";
    EXPECT_TRUE(farms);
    const Corpus c = two("Storms in the north damaged eight of Nordfisk AS's fish farms on the coast last week, the company said.",
                         "Storms in the north damaged six farms of the fish farmer Nordfisk on the coast last week, the company said.");
    EXPECT_NE(first_of(c, FindingKind::Value), nullptr);
}

// A place is no slot: "a smelter in X" / "a smelter in Y" may name a town and its
// province; no "who" finding.
TEST(AnalysisStatements, PlacesAfterTheSameWordsAreNoSlot) {
    const Corpus c = two("The two miners signed an agreement on Tuesday to build a nickel smelter in West Halmera, the ministry said.",
                         "The two miners signed an agreement on Tuesday to build a nickel smelter in Sorong Regency, the ministry said.");
    EXPECT_EQ(first_of(c, FindingKind::Actor), nullptr);
}

// Sentences that give the same dates in another order agree on them.
TEST(AnalysisStatements, TheSameDatesInAnotherOrderAgree) {
    const Corpus c = two("Deliveries of the new ferries will begin in 2028 and run until 2032, the shipyard said in a statement.",
                         "Deliveries of the new ferries will run from 2028 to 2032, the shipyard said in a statement.");
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
}

// A follow-up more than three days later aligns with an earlier article only where their
// sentences match closely: its lead tells a new event in words of its own.
TEST(AnalysisStatements, AFollowUpDaysLaterAlignsOnlyClosely) {
    const std::string first = "The city council approved a new swimming pool for the northern district after a long and heated debate.";
    const std::string last = "The pool will have eight lanes, a diving tower and a small cafe run by a local charity.";
    const std::string a = first + " Work on the pool by the contractor is due to begin in May and to finish by October 2027. " + last;
    const std::string b = first + " The contractor will start on the pool in May, with the opening planned for October 2028. " + last;
    EXPECT_NE(first_of(two(a, b, kMar2, kMar3), FindingKind::Year), nullptr);
    EXPECT_EQ(first_of(two(a, b, kMar2, Date{2026, 3, 20, Precision::Day}), FindingKind::Year), nullptr);
}

// "over five years" is a span of time, not more than five years: no qualifier finding.
TEST(AnalysisQualifiers, OverASpanOfTimeIsNoQualifier) {
    const std::vector<Extracted> items = extract("The payments are spread over five years. Over 300 people came.", std::nullopt);
    for (const Extracted& e : items) {
        if (e.kind != ItemKind::Number) continue;
        if (e.value.low == 5) EXPECT_EQ(e.value.qualifier, Qualifier::Exactly) << e.text;
        if (e.value.low == 300) EXPECT_EQ(e.value.qualifier, Qualifier::Over) << e.text;
    }
    const Corpus c = two("The airline will pay for the new jets in instalments over five years, the finance chief said.",
                         "The airline will pay for the new jets in instalments for five years, the finance chief said.");
    EXPECT_EQ(first_of(c, FindingKind::Qualifier), nullptr);
}

// A demonym is never a misspelling of a name in the same slot ("the Danish central bank" /
// "Denmark's central bank"), nor are two countries.
TEST(AnalysisNames, ADemonymIsNoMisspellingInASlot) {
    const Corpus c = two("At the Danish central bank's rate of 6.9 kroner to the dollar, the order is worth about 36 billion kroner.",
                         "At Danmark's central bank's rate of 6.9 kroner to the dollar, the order is worth about 36 billion kroner.");
    EXPECT_EQ(first_of(c, FindingKind::Spelling), nullptr);
}

// A later article that gives the old figure beside its new one tells an update, never a
// disagreement, whether the two figures are one claim or two.
TEST(AnalysisUpdates, ALaterArticleGivingBothFiguresIsNoDisagreement) {
    const Date mar12{2026, 3, 12, Precision::Day};
    const Corpus c = build_story({
        {"a", "Fires\nThe provincial government put the cost of the fire season at C$1.34 billion, the finance ministry said.\n", kMar2},
        {"b", "Cost\nThe cost of the fire season is C$1.34 billion, the finance ministry said.\n", kMar3},
        {"c", "Bill\nThe provincial government now puts the cost of the fire season at C$1.41 billion, the finance ministry said. "
              "The earlier estimate of the cost of the fire season was C$1.34 billion.\n", mar12},
    });
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
}

// Parts that add up to another total the article states are not the first total's parts.
TEST(AnalysisChecks, PartsOfTheOtherTotalAreNotChecked) {
    const Corpus c = build_story({{"a", "Fires\nThe bill rose to C$1.41 billion this week. That is up from C$1.34 billion in August. "
                                        "Firefighting cost C$480 million and aircraft C$930 million.\n", kMar2}});
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Parts) EXPECT_TRUE(f.agrees) << f.detail;
}

// Dates left once the words before them paired the others are paired by their order.
TEST(AnalysisStatements, DatesLeftAfterTheWordsPairInOrder) {
    const Corpus c = two("Groundbreaking for the new port is scheduled for May 12, 2027, and operations are due to start in the second half of 2029.",
                         "The partners plan to break ground on the new port on May 21, 2027 and to begin operations in the second half of 2029.");
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2027-05-12"), std::string::npos) << f->detail;
    EXPECT_EQ(f->detail.find("2029"), std::string::npos) << f->detail;
}

// The rupiah written "Rp" before its number is money in IDR.
TEST(AnalysisMoney, TheRupiahBeforeItsNumber) {
    const std::vector<Extracted> items = extract("The plant will cost Rp 32.4 trillion, the ministry said.", std::nullopt);
    bool idr = false;
    for (const Extracted& e : items) idr |= e.kind == ItemKind::Money && e.value.unit == "IDR";
    EXPECT_TRUE(idr);
}

// Irregular past forms from WordNet are verbs a doer does ("sent", "brought", "kept").
TEST(AnalysisStatements, IrregularPastFormsAreVerbs) {
    EXPECT_TRUE(is_action_verb("sent"));
    EXPECT_TRUE(is_action_verb("brought"));
    EXPECT_FALSE(is_action_verb("said"));  // a reporting verb
    EXPECT_FALSE(is_action_verb("the"));
}

// Against a sentence with one date of one kind (a year), the other sentence's one date of
// that kind, whatever its other dates ("between May and early September ... after 2023").
TEST(AnalysisStatements, ALoneYearPairsWithTheOtherSentencesOneYear) {
    const Corpus c = two("Fires burned 2.1 million hectares between May and early September, the second-worst season on record after 2019.",
                         "The blazes burned 2.1 million hectares of forest, making this the second-worst season on record after 2017.");
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2019"), std::string::npos) << f->detail;
    EXPECT_NE(f->detail.find("2017"), std::string::npos) << f->detail;
}

// A court is not the government: "the Commission estimated" / "the court found" credit
// two bodies; "the ministry" / "officials" one.
TEST(AnalysisAttribution, ACourtIsNotTheGovernment) {
    EXPECT_EQ(attribution_class("the court"), "courts");
    EXPECT_EQ(attribution_class("the ministry"), "officials");
    const Corpus c = two("The Commission had estimated that the agreements raised prices by up to 12% in some markets.",
                         "The court found the agreements raised prices by as much as 12% in some markets.");
    EXPECT_NE(first_of(c, FindingKind::Attribution), nullptr);
}

// A bound and a figure beyond it are one count told roughly and precisely ("more than
// 300 flights" / "320 flights"): no qualifier nuance. The bound's own number against it
// ("more than 300" / "300") still is one.
TEST(AnalysisValues, AFigureWithinABoundIsNoQualifierNuance) {
    const Corpus c = two("More than 300 flights were cancelled at Varnholt airport because of the snow.",
                         "Varnholt airport cancelled 320 flights because of the snow, the operator said.");
    EXPECT_EQ(first_of(c, FindingKind::Qualifier), nullptr);
    EXPECT_FALSE(has_finding(c, FindingKind::Value));
    const Corpus least = two("At least 20 people were arrested during the protest in Maasveld on Saturday.",
                             "Police arrested 23 people during the protest in Maasveld on Saturday.");
    EXPECT_EQ(first_of(least, FindingKind::Qualifier), nullptr);
    const Corpus equal = two("More than 300 flights were cancelled at Varnholt airport because of the snow.",
                             "Varnholt airport cancelled 300 flights because of the snow, the operator said.");
    EXPECT_NE(first_of(equal, FindingKind::Qualifier), nullptr);
}

// Aligned sentences that name different entities in the same place, with different figures,
// tell of different things: no figure disagreement, no doer or attribution between them.
// A name that only credits the sentence does not make it another thing.
TEST(AnalysisStatements, DifferentEntitiesInOneSlotWithOtherFiguresAreDifferentThings) {
    const Corpus c = two("China Mobile added 3.2 million subscribers in January, the operator said in a filing.",
                         "China Telecom added 1.1 million subscribers in January, the operator said in a filing.");
    EXPECT_FALSE(has_finding(c, FindingKind::Value));
    EXPECT_FALSE(has_finding(c, FindingKind::Attribution));
    EXPECT_FALSE(has_finding(c, FindingKind::Actor));
    const Corpus floods = two("Floods in Hubei province killed 12 people this week, officials said on Sunday.",
                              "Floods in Hebei province killed 7 people this week, officials said on Sunday.");
    EXPECT_FALSE(has_finding(floods, FindingKind::Value));
    const Corpus years = two("Tallis made a pre-tax profit of 412 million pounds in 2024, the retailer said.",
                             "Tallis expects a pre-tax profit of 450 million pounds in 2025, the retailer said.");
    EXPECT_FALSE(has_finding(years, FindingKind::Value));
    // A country the extractor leaves out of its names (it opens the sentence) counts too.
    const Corpus countries = two("Austria reported 320 new cases of measles last year, health officials said.",
                                 "Australia reported 410 new cases of measles last year, health officials said.");
    EXPECT_FALSE(has_finding(countries, FindingKind::Value));
    // One entity, two figures: a disagreement.
    const Corpus one = two("China Mobile added 3.2 million subscribers in January, the operator said in a filing.",
                           "China Mobile added 2.3 million subscribers in January, the operator said in a filing.");
    EXPECT_TRUE(has_finding(one, FindingKind::Value));
    // Two credited sources, two figures: a disagreement too.
    const Corpus credited = two("The bus crash near Maasveld killed 23 people, according to Statvia.",
                                "The bus crash near Maasveld killed 32 people, according to Norvik.");
    EXPECT_TRUE(has_finding(credited, FindingKind::Value));
}

// A country's adjective after a possessive, right after a figure ("1,200 jobs at its German
// plants"), states the scope "in Germany" states: no scope nuance between them. Elsewhere
// ("with Indonesian banks lending") it says who, not where.
TEST(AnalysisStatements, ACountrysAdjectiveIsItsScope) {
    const std::vector<ScopeWord> sc = find_scope("Korvath will cut 1,200 jobs at its German plants.");
    ASSERT_EQ(sc.size(), 1u);
    EXPECT_EQ(sc.front().cls, "national");
    EXPECT_EQ(find_scope("Tallis will shut 40 of their French stores.").size(), 1u);
    EXPECT_TRUE(find_scope("The partners put in Rp 9.7 trillion, with Indonesian banks lending the rest.").empty());
    EXPECT_TRUE(find_scope("Its German said no.").empty());  // no noun after it
    const Corpus c = two("Korvath will cut 1,200 jobs at its German plants by the end of next year, the carmaker said.",
                         "Korvath will cut 1,200 jobs in Germany by the end of next year, the carmaker said.");
    EXPECT_EQ(first_of(c, FindingKind::Scope), nullptr);
}

// Short sentences that share every content word of the shorter one are one statement, so
// their dates and figures are compared ("The company was founded in 1998." / "... in 1989.").
TEST(AnalysisStatements, ShortSentencesWithAllTheirWordsInCommonAlign) {
    const Corpus c = two("The company was founded in 1998.", "The company was founded in 1989.");
    EXPECT_NE(first_of(c, FindingKind::Year), nullptr);
    const Corpus same = two("The company was founded in 1998.", "The company was founded in 1998.");
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
    // The words of their dates are left out: "on March 1" / "on April 1" differ in a date only.
    const Corpus days = two("The law takes effect on March 1.", "The law takes effect on April 1.");
    EXPECT_NE(first_of(days, FindingKind::Year), nullptr);
    // Two words in common out of many are not enough.
    const Corpus loose = two("The company was founded in 1998.",
                             "The company opened a new plant near the harbour in 1989, hiring local workers.");
    EXPECT_EQ(first_of(loose, FindingKind::Year), nullptr);
}

// A sentence that names the other's scope place elsewhere than right after its figure does
// not leave the scope out: "Its market share in Japan is 15%" / "15 percent in Japan".
TEST(AnalysisStatements, APlaceNamedBeforeTheFigureIsNoScopeLeftOut) {
    const Corpus c = two("The brand has a market share of 15 percent in Japan.", "Its market share in Japan is 15%.");
    EXPECT_EQ(first_of(c, FindingKind::Scope), nullptr);
    // Nor does one that leaves a country's name out: where it is goes unsaid as often as not
    // ("1.9 crore tickets were sold in India" / "About 19 million tickets").
    const Corpus other = two("The brand has a market share of 15 percent in Japan.", "Its market share is 15%.");
    EXPECT_EQ(first_of(other, FindingKind::Scope), nullptr);
    const Corpus march = two("Sales rose 8% in March, the company said.", "Sales rose 8% in March.");
    EXPECT_EQ(first_of(march, FindingKind::Scope), nullptr);
}

// The figures of a percentage change are read to two significant figures: "from R$1 billion"
// is R$1.0bn, so a stated 18% for a fall to R$920 million does not hold, and 8% does.
TEST(AnalysisChecks, AChangeFromARoundFigureIsReadToTwoSignificantFigures) {
    auto change = [](const Corpus& c) {
        for (const Finding& f : c.findings)
            if (f.kind == FindingKind::Change) return std::optional<bool>(f.agrees);
        return std::optional<bool>();
    };
    const Corpus wrong = two("Revenue fell 18% to R$920 million from R$1 billion, the company said.", "Revenue fell to R$920 million.");
    ASSERT_TRUE(change(wrong).has_value());
    EXPECT_FALSE(*change(wrong));
    const Corpus right = two("Revenue fell 8% to R$920 million from R$1 billion, the company said.", "Revenue fell to R$920 million.");
    ASSERT_TRUE(change(right).has_value());
    EXPECT_TRUE(*change(right));
    const Corpus yen = two("Exports grew 21% to \u00A55.6 trillion from \u00A55 trillion last year.", "Exports reached \u00A55.6 trillion.");
    ASSERT_TRUE(change(yen).has_value());
    EXPECT_FALSE(*change(yen));
}

// A later article's count "by Wednesday" is a count up to its day: an update of an earlier
// article's, not a disagreement with it.
TEST(AnalysisValues, ACountByALaterDayIsAnUpdate) {
    const Date mon{2025, 2, 10, Precision::Day}, wed{2025, 2, 12, Precision::Day};
    const Corpus c = two("Rescuers had pulled 14 survivors from the rubble by Monday evening.",
                         "By Wednesday, 31 survivors had been pulled from the rubble.", mon, wed);
    EXPECT_FALSE(has_finding(c, FindingKind::Value));
    EXPECT_NE(first_of(c, FindingKind::Update), nullptr);
    // The same day's two counts disagree.
    const Corpus same = two("Rescuers had pulled 14 survivors from the rubble by Monday evening.",
                            "By Monday evening, 31 survivors had been pulled from the rubble.", mon, mon);
    EXPECT_TRUE(has_finding(same, FindingKind::Value));
}

// A year right after a figure is the figure's period: two articles' different figures for
// different years are no year disagreement ("412 million pounds in 2024" / "450 million pounds
// in 2025"); two events' years still are.
TEST(AnalysisStatements, AYearRightAfterAFigureDatesTheFigure) {
    const Corpus c = two("Tallis made a pre-tax profit of 412 million pounds in 2024.",
                         "Tallis expects pre-tax profit of 450 million pounds in 2025.");
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
    EXPECT_FALSE(has_finding(c, FindingKind::Value));
}

// Clauses joined by a semicolon, the second opening with a name, are two statements: the
// other article's sentence about the second name's figure is not compared with the first's.
TEST(AnalysisStatements, ASemicolonBeforeANameSplitsTwoStatements) {
    const Corpus c = two("China Mobile has 990 million customers; China Unicom has 480 million.",
                         "China Unicom has 480 million customers.");
    EXPECT_FALSE(has_finding(c, FindingKind::Value));
    EXPECT_FALSE(has_finding(c, FindingKind::Actor));
}

// "in the capital" is a regional scope and "the euro zone" a European one, as "in the state"
// and "Europe" are: against a national figure they differ.
TEST(AnalysisStatements, TheCapitalAndTheEuroZoneAreScopes) {
    auto classes = [](std::string_view s) {
        std::string out;
        for (const ScopeWord& w : find_scope(s)) out += w.cls + " ";
        return out;
    };
    EXPECT_EQ(classes("Unemployment in the capital rose to 7.2%."), "regional ");
    EXPECT_EQ(classes("Inflation in the euro zone was 2.4% in January."), "european ");
    EXPECT_EQ(classes("The capital of the province is Maasveld."), "");  // not a place a figure covers
    const Corpus c = two("Unemployment in the capital rose to 7.2%.", "National unemployment rose to 7.2%.");
    EXPECT_NE(first_of(c, FindingKind::Scope), nullptr);
}

// Two lower bounds (or two upper ones) in other words are no qualifier nuance: "at least
// 562 flights" and "more than 560 flights". A lower against an upper bound still is one.
TEST(AnalysisQualifiers, BoundsOnOneSideAreNoNuance) {
    const Corpus c = two("At least 562 flights were cancelled at Varnholt airport because of the typhoon.",
                         "More than 560 flights were cancelled at Varnholt airport because of the typhoon.");
    EXPECT_EQ(first_of(c, FindingKind::Qualifier), nullptr);
    const Corpus up = two("Up to 40 flights were cancelled at Varnholt airport because of the typhoon.",
                          "Fewer than 40 flights were cancelled at Varnholt airport because of the typhoon.");
    EXPECT_EQ(first_of(up, FindingKind::Qualifier), nullptr);
    const Corpus both = two("More than 40 flights were cancelled at Varnholt airport because of the typhoon.",
                            "Up to 40 flights were cancelled at Varnholt airport because of the typhoon.");
    EXPECT_NE(first_of(both, FindingKind::Qualifier), nullptr);
}

// A date's role in its statement: when something happened, or since when it has lasted.
// "since 2019" does not contradict "on Sunday"; two dates of one role still do.
TEST(AnalysisStatements, ASinceDateIsNotWhenItHappened) {
    const Corpus c = two("Ashbourne United finished fifth in the league on Sunday, a club spokesman said.",
                         "Ashbourne United finished fifth in the league, their best since 2019, a club spokesman said.");
    EXPECT_EQ(first_of(c, FindingKind::Year), nullptr);
    const Corpus d = two("Ashbourne United have not finished in the top five of the league since 2019, a club spokesman said.",
                         "Ashbourne United have not finished in the top five of the league since 2018, a club spokesman said.");
    EXPECT_NE(first_of(d, FindingKind::Year), nullptr);
}

// People of a class at a named body are that body's word: "analysts at Kōyō Securities"
// credits Kōyō Securities, and "Koyo Securities" is the same body without its accents.
TEST(AnalysisAttribution, AClassAtANamedBodyIsThatBody) {
    const std::string s = "Losses will reach 4 billion yen, analysts at Koyo Securities said.";
    const std::size_t at = s.find("Koyo Securities");
    const Attribution a = find_attribution(s, {{at, at + std::string("Koyo Securities").size()}});
    EXPECT_EQ(a.label, "Koyo Securities");
    EXPECT_TRUE(a.named);
    const Corpus c = two("Losses at the airlines will reach 4 billion yen, analysts at K\u014dy\u014d Securities said.",
                         "Losses at the airlines will reach 4 billion yen, Koyo Securities said.");
    EXPECT_EQ(first_of(c, FindingKind::Attribution), nullptr);
}


TEST(AnalysisStatements, SuperlativesAndTheirPlaces) {
    std::vector<Superlative> s = find_superlatives("The contract, the largest rolling stock order in Poland's history, includes maintenance.");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].degree, "largest");
    EXPECT_EQ(s[0].place, "poland");
    EXPECT_EQ(s[0].level, "national");
    EXPECT_EQ(s[0].nouns, (std::vector<std::string>{word_stem("rolling"), word_stem("stock"), word_stem("order")}));
    s = find_superlatives("It described it as the largest train order ever placed in central Europe.");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].place, "central europe");
    s = find_superlatives("* Billed as Indonesia's largest HPAL plant.");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].level, "national");
    s = find_superlatives("making it the costliest fire season on record in the province.");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_TRUE(s[0].generic);
    EXPECT_EQ(s[0].level, "regional");
    // "biggest" and "largest" mean one thing (WordNet: large, big); "most expensive" and "costliest" too.
    EXPECT_EQ(find_superlatives("the biggest bank in Norway")[0].meaning, find_superlatives("the largest bank in Norway")[0].meaning);
    EXPECT_EQ(find_superlatives("the most expensive season in Canada")[0].meaning,
              find_superlatives("the costliest season in Canada")[0].meaning);
    EXPECT_NE(find_superlatives("the least expensive season in Canada")[0].meaning,
              find_superlatives("the most expensive season in Canada")[0].meaning);
    // No place, no scope; a word that only ends like one is none ("interest", "forest").
    EXPECT_TRUE(find_superlatives("It is the largest order so far.").empty());
    EXPECT_TRUE(find_superlatives("Rising interest in Poland lifted the forest in Norway.").empty());
}

TEST(AnalysisStatements, SuperlativePlacesDiffer) {
    auto one = [](std::string_view text) { return find_superlatives(text).at(0); };
    EXPECT_TRUE(superlative_places_differ(one("the costliest season on record in the province"), one("the costliest season on record in Canada")));
    EXPECT_TRUE(superlative_places_differ(one("the largest HPAL project in Southeast Sulawesi"), one("Indonesia's largest HPAL plant")));
    EXPECT_TRUE(superlative_places_differ(one("the largest order in Poland's history"), one("the largest order ever placed in central Europe")));
    // The same place, or maybe the same: no disagreement.
    EXPECT_FALSE(superlative_places_differ(one("the largest order in Poland's history"), one("Poland's largest order")));
    EXPECT_FALSE(superlative_places_differ(one("the largest order in the country"), one("the largest order in Poland")));
    EXPECT_FALSE(superlative_places_differ(one("the costliest season in the province"), one("the costliest season in Quebec")));
}

TEST(AnalysisStatements, SuperlativeScopesAcrossArticles) {
    const Corpus c = two("Brenmark ordered 24 trains from Torvia Rail on Monday. The contract is the largest rolling stock order in Poland's history.",
                         "Brenmark bought 24 trains in what it called the largest train order ever placed in central Europe.");
    const Finding* f = first_of(c, FindingKind::Scope);
    ASSERT_NE(f, nullptr);
    const Corpus same = two("Brenmark ordered 24 trains from Torvia Rail on Monday. The contract is the largest rolling stock order in Poland's history.",
                            "Brenmark bought 24 trains, Poland's largest train order.");
    EXPECT_EQ(first_of(same, FindingKind::Scope), nullptr);
}

// A figure for a period that was over before either article ("3.3% in September" in
// November) is no count that changes: a later article's other figure for it disagrees.
TEST(AnalysisUpdates, AFigureOfAClosedPeriodIsNoUpdate) {
    const Date nov5{2026, 11, 5, Precision::Day}, nov12{2026, 11, 12, Precision::Day};
    const Corpus c = two("Inflation slowed to 2.9% in October from 3.1% in September, the statistics office said.",
                         "Inflation fell to 2.9% in October from 3.3% in September, the statistics office said.", nov5, nov12);
    EXPECT_NE(first_of(c, FindingKind::Value), nullptr);
    EXPECT_EQ(first_of(c, FindingKind::Update), nullptr);
    // A revision of it is one.
    const Corpus revised = two("Inflation slowed to 2.9% in October from 3.1% in September, the statistics office said.",
                               "Inflation fell to 2.9% in October from a revised 3.3% in September, the statistics office said.", nov5, nov12);
    EXPECT_EQ(first_of(revised, FindingKind::Value), nullptr);
}

// "yesterday" copied into an article of the next day names another day.
TEST(AnalysisStatements, ACopiedYesterdayNamesAnotherDay) {
    const Date nov5{2026, 11, 5, Precision::Day}, nov6{2026, 11, 6, Precision::Day};
    const Corpus c = two("Industry ministry data released yesterday showed industrial output fell 1.2% in September.",
                         "Industrial output data released yesterday showed a 1.2% fall in September.", nov5, nov6);
    const Finding* f = first_of(c, FindingKind::Year);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("2026-11-04"), std::string::npos) << f->detail;
    // The same day's articles: one day.
    const Corpus same = two("Industry ministry data released yesterday showed industrial output fell 1.2% in September.",
                            "Industrial output data released yesterday showed a 1.2% fall in September.", nov5, nov5);
    EXPECT_EQ(first_of(same, FindingKind::Year), nullptr);
}

// Figures done by different doers are different claims: "Shirasagi Air cancelled 186
// flights" / "Kirara Air said it had cancelled 140 flights".
TEST(AnalysisStatements, FiguresOfDifferentDoersAreApart) {
    const Corpus c = two("Shirasagi Air cancelled 186 flights on Tuesday as the typhoon crossed Okinawa.",
                         "Kirara Air said it had cancelled 140 flights on Tuesday as the typhoon crossed Okinawa.");
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
    const Corpus same = two("Shirasagi Air cancelled 186 flights on Tuesday as the typhoon crossed Okinawa.",
                            "Shirasagi Air said it had cancelled 168 flights on Tuesday as the typhoon crossed Okinawa.");
    EXPECT_NE(first_of(same, FindingKind::Value), nullptr);
}

// Figures each said for another period are different claims: "42 deaths last year" /
// "14 deaths in 2026", "down 9% on the week" / "6.4% on Tuesday".
TEST(AnalysisStatements, FiguresOfDifferentPeriodsAreApart) {
    const Date may13{2026, 5, 13, Precision::Day};
    const Corpus c = two("The industry recorded 42 deaths last year, according to the Minerals Council.",
                         "The industry recorded 14 deaths in 2026, according to the Minerals Council.", may13, may13);
    EXPECT_EQ(first_of(c, FindingKind::Value), nullptr);
    const Corpus same = two("The industry recorded 42 deaths last year, according to the Minerals Council.",
                            "The industry recorded 24 deaths in 2025, according to the Minerals Council.", may13, may13);
    EXPECT_NE(first_of(same, FindingKind::Value), nullptr);
}

// Shares of different things are different claims, even of one value: "about 40% of the
// India net" / "more than 40% of tickets in the big cities" differ in no qualifier.
TEST(AnalysisStatements, SharesOfDifferentThingsAreApart) {
    const Corpus c = two("The Hindi version accounted for about 40% of the India net, the analyst said.",
                         "More than 40% of tickets in the big cities were sold for premium formats, the analyst said.");
    EXPECT_EQ(first_of(c, FindingKind::Qualifier), nullptr);
}

// Parts of a total: two to four figures that add up to it exactly, past one between them
// that is no part ("a total of €212.4 million": €71.3m, reduced to €63.2m, + €96.5m +
// €44.6m); else the closest sum in one sentence, or in sentences that add on ("Additionally").
TEST(AnalysisChecks, PartsAddUpExactlyPastAFigureBetweenThem) {
    const Corpus c = build_story({{"a", "Fines\nThe Commission fined the four companies a total of EUR 212.4 million in 2024. "
                                        "The court reduced Brenets's fine from EUR 71.3 million to EUR 63.2 million. "
                                        "The fines on Valmont, EUR 96.5 million, and Grenchen, EUR 44.6 million, were confirmed.\n", kMar2}});
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Parts) EXPECT_TRUE(f.agrees) << f.detail;
    const Corpus split = build_story({{"a", "Box office\nThe producers put the India net collection at Rs 358 crore. "
                                            "By language: Telugu Rs 150 crore, Hindi Rs 140 crore, Tamil Rs 38 crore and the rest Rs 20 crore.\n", kMar2}});
    const Finding* f = first_of(split, FindingKind::Parts);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    // Figures of two sentences that merely come close are no parts.
    const Corpus apart = build_story({{"a", "Film\nIt beat the four-day record of Rs 540 crore set in 2024. "
                                            "Its opening day alone brought in Rs 164 crore worldwide. "
                                            "An analyst estimated the India net at Rs 358 crore.\n", kMar2}});
    EXPECT_EQ(first_of(apart, FindingKind::Parts), nullptr);
}

// A count broken down by place with its noun left out ("14 hospitals - eight in Victoria,
// four in New South Wales and three in Queensland -"), and a digest's list with its total
// ("- Total: 592 flights"): parts checked like money's.
TEST(AnalysisChecks, CountsBrokenDownAreCheckedAgainstTheirTotal) {
    const Corpus c = build_story({{"a", "Hospitals\nThe private operator, which runs 14 hospitals - eight in Victoria, four in New South Wales "
                                        "and three in Queensland - said all sites had resumed surgery.\n", kMar2}});
    const Finding* f = first_of(c, FindingKind::Parts);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->agrees) << f->detail;
    EXPECT_NE(f->detail.find("8 + 4 + 3 = 15"), std::string::npos) << f->detail;
    const Corpus right = build_story({{"a", "Hospitals\nThe operator runs 15 hospitals (eight in Victoria, four in New South Wales and three "
                                            "in Queensland).\n", kMar2}});
    const Finding* g = first_of(right, FindingKind::Parts);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->agrees) << g->detail;
    const Corpus list = build_story({{"a", "Briefing\nCANCELLATIONS\n- Nanpu Airways: 312 domestic flights\n- Shirasagi Air: 186 flights\n"
                                           "- Kirara Air: 64 flights\n- Total: 592 flights\n", kMar2}});
    const Finding* h = first_of(list, FindingKind::Parts);
    ASSERT_NE(h, nullptr);
    EXPECT_FALSE(h->agrees) << h->detail;
}

// A speaker called by a common noun of another kind than the name ("the banks" / "analysts
// at Marunouchi Securities") is someone else; one the name may be ("the company" / "Halvik")
// is not compared.
TEST(AnalysisStatements, ACommonNounOfAnotherKindIsAnotherSpeaker) {
    const Corpus c = two("The banks said they expected annual cost savings of about 12 billion yen from the merger.",
                         "Analysts at Marunouchi Securities estimate annual cost savings of 12 billion yen from the merger.");
    EXPECT_NE(first_of(c, FindingKind::Attribution), nullptr);
    const Corpus same = two("The company said it expected annual cost savings of about 12 billion yen from the merger.",
                            "Halvik said it expected annual cost savings of 12 billion yen from the merger.");
    EXPECT_EQ(first_of(same, FindingKind::Attribution), nullptr);
}

// Transposed digits with the words around them in common are one figure copied wrong:
// "a ransom of A$7.5 million" / "put the ransom at A$5.7 million"; not two figures that
// share digits and nothing else.
TEST(AnalysisStatements, TransposedDigitsAreOneFigureCopiedWrong) {
    const Corpus c = two("The gang demanded a ransom of A$7.5 million in bitcoin from the hospital group.",
                         "Investigators put the hospital group's ransom demand at A$5.7 million, paid in bitcoin.");
    EXPECT_NE(first_of(c, FindingKind::Value), nullptr);
    const Corpus apart = two("The gang demanded a ransom of A$7.5 million in bitcoin from the hospital group.",
                             "The state will spend A$5.7 million on new school buses next year.");
    EXPECT_EQ(first_of(apart, FindingKind::Value), nullptr);
}

// An attribution finding quotes, beside each figure, the words that credit it, so the two
// credits can be read side by side and found in the text.
TEST(AnalysisAttribution, AFindingQuotesTheWordsThatCreditTheFigure) {
    const Corpus c = two("The canal's losses since the crisis began are estimated at about $13 billion, according to the International Monetary Fund.",
                         "The canal has lost about $13 billion in revenue since late 2023, according to Egypt's finance ministry.");
    const Finding* f = first_of(c, FindingKind::Attribution);
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->credits.size(), f->mentions.size());
    std::set<std::string> credits;
    for (const Quote& q : f->credits) credits.insert(q.exact);
    EXPECT_TRUE(credits.count("according to the International Monetary Fund")) << f->detail;
    EXPECT_TRUE(credits.count("according to Egypt's finance ministry")) << f->detail;
    for (std::size_t k = 0; k < f->mentions.size(); ++k) {
        const Source* s = c.find_source(c.mentions[f->mentions[k]].source);
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->text.substr(f->credits[k].start, f->credits[k].end - f->credits[k].start), f->credits[k].exact);
    }
}
