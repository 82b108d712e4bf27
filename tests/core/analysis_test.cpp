// The analysis properties one by one, on small invented texts (never the held-out stories'
// words): conservative name matching, money in the currency it was given, ...
#include <gtest/gtest.h>

#include <algorithm>

#include "core/analysis.h"
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
    EXPECT_NE(c.findings.front().reason.find("a says \u20AC5bn"), std::string::npos) << c.findings.front().reason;
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
