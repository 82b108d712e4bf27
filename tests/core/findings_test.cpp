// Findings, checks and validation on a small story of our own (not the seeds).
#include <gtest/gtest.h>

#include "core/analysis.h"
#include "core/anchor.h"
#include "core/corpus_io.h"

using namespace factlens;

namespace {

// Two outlets report a company's spending; the second gets several things wrong.
const char* kStory = R"JSON({
  "format": "factlens-corpus", "version": 1, "id": "fixture",
  "sources": [
    {"id": "wire", "outlet": "Wire", "kind": "original", "published": {"date": "2025-03-13"},
     "text": "Acme will spend over 100 billion yuan ($13.76 billion) this year, about half of it on chips. On Tuesday, the Daily reported a $12 billion plan. Acme said it was wrong. Acme said nothing else. Made by Zentrix.\n($1 = 7.2671 Chinese yuan)"},
    {"id": "copy", "kind": "rewrite", "published": {"date": "2025-03"},
     "text": "Acme will spend more than 100 billion yuan ($15 billion) in 2024, half of it on overseas chips. Last month the Daily reported a plan by Zenith to spend $12 billion. Acme did not respond. Made by Zentryx."},
    {"id": "digest", "kind": "digest", "published": {"date": "2025-03-14"},
     "text": "The Daily: Acme plans over $12bn: Rmb40bn ($5.5bn) at home and $6.8bn abroad; Beta plans $9bn: $5bn and $3bn."}
  ],
  "reports": [
    {"id": "daily", "outlet": "The Daily", "label": "Daily report",
     "dated_by": [{"source": "wire", "quote": {"exact": "On Tuesday"}},
                  {"source": "copy", "quote": {"exact": "Last month"}}]}
  ],
  "rates": [{"id": "r", "base": "USD", "quote_currency": "CNY", "rate": 7.2671, "source": "wire",
             "quote": {"exact": "$1 = 7.2671 Chinese yuan"}}],
  "claims": [
    {"id": "capex", "kind": "money", "subject": "Acme", "measure": "capital expenditure", "period": "2025",
     "value": {"amount": "100", "scale": "billion", "unit": "CNY", "qualifier": "over"}},
    {"id": "chips", "kind": "money", "subject": "Acme", "measure": "chip spending",
     "value": {"amount": "0.5", "unit": "fraction", "qualifier": "about", "of": "capex"}},
    {"id": "plan", "kind": "money", "subject": "Acme", "measure": "AI plan", "report": "daily",
     "value": {"amount": "12", "scale": "billion", "unit": "USD"}},
    {"id": "home", "kind": "money", "subject": "Acme", "measure": "chips at home", "part_of": "plan",
     "value": {"amount": "40", "scale": "billion", "unit": "CNY"}},
    {"id": "abroad", "kind": "money", "subject": "Acme", "measure": "chips abroad", "part_of": "plan",
     "value": {"amount": "6.8", "scale": "billion", "unit": "USD"}},
    {"id": "beta", "kind": "money", "subject": "Beta", "measure": "plan", "value": {"amount": "9", "scale": "billion", "unit": "USD"}},
    {"id": "beta-a", "kind": "money", "subject": "Beta", "measure": "a", "part_of": "beta", "value": {"amount": "5", "scale": "billion", "unit": "USD"}},
    {"id": "beta-b", "kind": "money", "subject": "Beta", "measure": "b", "part_of": "beta", "value": {"amount": "3", "scale": "billion", "unit": "USD"}},
    {"id": "response", "kind": "statement", "subject": "Acme", "measure": "response to the report"},
    {"id": "name-zentrix", "kind": "name", "subject": "Zentrix", "measure": "supplier name"}
  ],
  "mentions": [
    {"source": "wire", "claim": "capex", "quote": {"exact": "over 100 billion yuan ($13.76 billion)"},
     "value": {"amount": "100", "scale": "billion", "unit": "CNY", "qualifier": "over"},
     "converted": {"amount": "13.76", "scale": "billion", "unit": "USD"}, "period": "this year"},
    {"source": "copy", "claim": "capex", "quote": {"exact": "more than 100 billion yuan ($15 billion)"},
     "value": {"amount": "100", "scale": "billion", "unit": "CNY", "qualifier": "over"},
     "converted": {"amount": "15", "scale": "billion", "unit": "USD"}, "period": "in 2024"},
    {"source": "wire", "claim": "chips", "quote": {"exact": "about half of it on chips"},
     "value": {"amount": "0.5", "unit": "fraction", "qualifier": "about", "of": "capex"}, "scope": "chips"},
    {"source": "copy", "claim": "chips", "quote": {"exact": "half of it on overseas chips"},
     "value": {"amount": "0.5", "unit": "fraction", "of": "capex"}, "scope": "overseas chips"},
    {"source": "wire", "claim": "plan", "quote": {"exact": "$12 billion plan"}, "attribution": "daily", "actor": "Acme",
     "value": {"amount": "12", "scale": "billion", "unit": "USD"}},
    {"source": "copy", "claim": "plan", "quote": {"exact": "a plan by Zenith to spend $12 billion"}, "attribution": "daily",
     "actor": "Zenith", "value": {"amount": "12", "scale": "billion", "unit": "USD"}},
    {"source": "digest", "claim": "plan", "quote": {"exact": "over $12bn"}, "attribution": "daily",
     "value": {"amount": "12", "scale": "billion", "unit": "USD", "qualifier": "over"}},
    {"source": "digest", "claim": "home", "quote": {"exact": "Rmb40bn ($5.5bn)"},
     "value": {"amount": "40", "scale": "billion", "unit": "CNY"}, "converted": {"amount": "5.5", "scale": "billion", "unit": "USD"}},
    {"source": "digest", "claim": "abroad", "quote": {"exact": "$6.8bn"}, "value": {"amount": "6.8", "scale": "billion", "unit": "USD"}},
    {"source": "digest", "claim": "beta", "quote": {"exact": "$9bn"}, "value": {"amount": "9", "scale": "billion", "unit": "USD"}},
    {"source": "digest", "claim": "beta-a", "quote": {"exact": "$5bn"}, "value": {"amount": "5", "scale": "billion", "unit": "USD"}},
    {"source": "digest", "claim": "beta-b", "quote": {"exact": "$3bn"}, "value": {"amount": "3", "scale": "billion", "unit": "USD"}},
    {"source": "wire", "claim": "response", "quote": {"exact": "Acme said", "suffix": " it was wrong"}, "stance": "said it was wrong"},
    {"source": "copy", "claim": "response", "quote": {"exact": "Acme did not respond"}, "stance": "did not respond"},
    {"source": "wire", "claim": "name-zentrix", "quote": {"exact": "Zentrix"}, "spelling": "Zentrix"},
    {"source": "copy", "claim": "name-zentrix", "quote": {"exact": "Zentryx"}, "spelling": "Zentryx"}
  ]
})JSON";

FileReader no_files() {
    return [](const std::string&, std::string& e) -> std::optional<std::string> {
        e = "no files here";
        return std::nullopt;
    };
}

Corpus load_story() {
    CorpusLoad load = parse_corpus(kStory, "fixture.json", ".", no_files());
    std::string errors;
    for (const auto& d : load.errors) errors += d.to_string() + "\n";
    EXPECT_TRUE(load.ok()) << errors;
    return std::move(load.corpus);
}

const Finding* find(const Corpus& c, const std::string& id) {
    const Finding* f = c.find_finding(id);
    if (!f) {
        std::string all;
        for (const auto& x : c.findings) all += x.id + "\n";
        ADD_FAILURE() << "no finding " << id << "; have:\n" << all;
    }
    return f;
}

}  // namespace

TEST(Anchor, FindsUniqueQuoteAndDisambiguatesRepeats) {
    const std::string text = "Acme said it was wrong. Acme said nothing else.";
    Quote q{"Acme said", "", "", 0, 0};
    EXPECT_EQ(anchor_quote(text, q), AnchorResult::Ambiguous);
    q.suffix = " nothing";
    ASSERT_EQ(anchor_quote(text, q), AnchorResult::Found);
    EXPECT_EQ(q.start, 24u);
    EXPECT_EQ(q.end, 33u);
    Quote p{"said", "Acme ", " it", 0, 0};
    ASSERT_EQ(anchor_quote(text, p), AnchorResult::Found);
    EXPECT_EQ(p.start, 5u);
    Quote missing{"Acme sold", "", "", 0, 0};
    EXPECT_EQ(anchor_quote(text, missing), AnchorResult::NotFound);
    EXPECT_NE(anchor_error(AnchorResult::NotFound, missing, "wire").find("not found in source \"wire\""), std::string::npos);
}

TEST(Findings, StoryLoadsAndQuotesAnchor) {
    const Corpus c = load_story();
    ASSERT_EQ(c.mentions.size(), 16u);
    const Mention& response = c.mentions[12];
    EXPECT_EQ(c.find_source("wire")->text.substr(response.quote.start, response.quote.end - response.quote.start), "Acme said");
    EXPECT_EQ(response.quote.start, c.find_source("wire")->text.find("Acme said it was wrong"));
}

TEST(Findings, ReportDatesResolveAgainstEachCitingSource) {
    const Corpus c = load_story();
    const Report* daily = c.find_report("daily");
    ASSERT_NE(daily, nullptr);
    EXPECT_EQ(daily->dated_by[0].resolved.date, (Date{2025, 3, 11, Precision::Day}));  // Tuesday before Thu 13 March
    EXPECT_EQ(daily->dated_by[1].resolved.date, (Date{2025, 2, 0, Precision::Month}));  // "Last month" in March
    EXPECT_EQ(daily->date(), (Date{2025, 3, 11, Precision::Day}));  // the more precise one wins
    EXPECT_NE(daily->dated_by[0].resolved.reasoning.find("(in wire)"), std::string::npos);
}

TEST(Findings, ValueQualifierScopeYearActorStanceSpelling) {
    const Corpus c = load_story();
    if (const Finding* f = find(c, "scope:chips")) {
        EXPECT_FALSE(f->agrees);
        EXPECT_EQ(f->sources, (std::vector<std::string>{"wire", "copy"}));
        EXPECT_NE(f->detail.find("\u201Coverseas chips\u201D (Acme will spend"), std::string::npos) << f->detail;
    }
    // "about half" and "half": one figure with and without "about", not a finding.
    EXPECT_EQ(c.find_finding("qualifier:chips"), nullptr);
    if (const Finding* f = find(c, "year:capex")) EXPECT_NE(f->detail.find("= 2024"), std::string::npos) << f->detail;
    if (const Finding* f = find(c, "actor:plan")) EXPECT_NE(f->detail.find("Zenith"), std::string::npos);
    if (const Finding* f = find(c, "qualifier:plan")) EXPECT_EQ(f->mentions.size(), 3u);
    if (const Finding* f = find(c, "stance:response")) EXPECT_EQ(f->mentions.size(), 2u);
    if (const Finding* f = find(c, "spelling:name-zentrix")) EXPECT_NE(f->detail.find("Zentryx"), std::string::npos);
    // "over 100 billion yuan" and "more than 100 billion yuan" are the same figure and qualifier.
    EXPECT_EQ(c.find_finding("value:capex"), nullptr);
    EXPECT_EQ(c.find_finding("qualifier:capex"), nullptr);
    // Everyone credits the plan to the Daily.
    EXPECT_EQ(c.find_finding("attribution:plan"), nullptr);
}

TEST(Findings, ConversionCheckedAgainstTheStatedRate) {
    const Corpus c = load_story();
    if (const Finding* f = find(c, "conversion:capex:wire")) {
        EXPECT_TRUE(f->agrees) << f->detail;  // 100 / 7.2671 = 13.760
        EXPECT_NE(f->detail.find("CNY 100bn / 7.2671 = $13.761bn"), std::string::npos) << f->detail;
    }
    if (const Finding* f = find(c, "conversion:capex:copy")) EXPECT_FALSE(f->agrees) << f->detail;  // $15bn is wrong
    if (const Finding* f = find(c, "conversion:home:digest")) EXPECT_TRUE(f->agrees) << f->detail;  // 40 / 7.2671 = 5.504
}

TEST(Findings, PartsAgainstTotal) {
    const Corpus c = load_story();
    if (const Finding* f = find(c, "parts:plan:digest")) {
        EXPECT_TRUE(f->agrees) << f->detail;  // 5.5 + 6.8 = 12.3 > 12
        EXPECT_NE(f->detail.find("$5.5bn + $6.8bn = $12.3bn; stated over $12bn"), std::string::npos) << f->detail;
        EXPECT_EQ(f->mentions.size(), 3u);
    }
    if (const Finding* f = find(c, "parts:beta:digest")) EXPECT_FALSE(f->agrees) << f->detail;  // 5 + 3 != 9
}

TEST(Findings, FractionAgainstTheWhole) {
    CorpusLoad load = parse_corpus(kStory, "fixture.json", ".", no_files());
    ASSERT_TRUE(load.ok());
    Corpus& c = load.corpus;
    // Add a third source's figure for the chips: "over $6 billion" is about half of
    // CNY 100bn (= $6.88bn); "$9 billion" is not.
    Source s;
    s.id = "third";
    s.text = "over $6 billion on chips, or $9 billion";
    c.sources.push_back(s);
    auto add = [&](const char* exact, const char* amount, Qualifier q) {
        Mention m;
        m.source = "third";
        m.claim = "chips";
        m.quote.exact = exact;
        ASSERT_EQ(anchor_quote(c.sources.back().text, m.quote), AnchorResult::Found);
        Quantity v;
        v.low_text = amount;
        v.low = v.high = std::stod(amount) * 1e9;
        v.scale = "billion";
        v.unit = "USD";
        v.qualifier = q;
        m.value = v;
        c.mentions.push_back(m);
    };
    add("over $6 billion", "6", Qualifier::Over);
    add("$9 billion", "9", Qualifier::Exactly);
    analyse(c);
    if (const Finding* f = find(c, "fraction:chips:wire-third")) {
        EXPECT_EQ(f->mentions.size(), 2u);
        EXPECT_NE(f->detail.find("about half of the whole"), std::string::npos) << f->detail;
    }
    int agree = 0, disagree = 0;
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Fraction && f.id.starts_with("fraction:chips:wire-third")) (f.agrees ? agree : disagree)++;
    EXPECT_EQ(agree, 1);
    EXPECT_EQ(disagree, 1);
    // And the figures themselves disagree with each other.
    EXPECT_NE(c.find_finding("value:chips"), nullptr);
}

TEST(CorpusValidation, ReferencesQuotesDatesAndCurrencies) {
    const char* bad = R"JSON({
      "format": "factlens-corpus", "version": 1, "id": "bad",
      "sources": [{"id": "a", "text": "One two. One three.", "published": {"date": "2025-02-30"}}],
      "reports": [{"id": "r", "outlet": "X", "label": "R", "dated_by": [{"source": "zz", "quote": {"exact": "One"}}]}],
      "claims": [{"id": "c", "kind": "money", "subject": "s", "measure": "m",
                  "value": {"amount": "1,5", "unit": "XYZ", "qualifier": "roughly"}},
                 {"id": "d", "kind": "sort-of", "subject": "s", "measure": "m", "part_of": "nope"}],
      "mentions": [{"source": "a", "claim": "c", "quote": {"exact": "One"}},
                   {"source": "a", "claim": "missing", "quote": {"exact": "four"}},
                   {"source": "a", "claim": "c", "quote": {"exact": "four"}, "attribution": "ghost"}]
    })JSON";
    const CorpusLoad load = parse_corpus(bad, "bad.json", ".", no_files());
    EXPECT_FALSE(load.ok());
    EXPECT_TRUE(load.corpus.claims.empty());
    auto has = [&](const std::string& ptr, const std::string& words) {
        for (const auto& d : load.errors)
            if (d.pointer == ptr && d.message.find(words) != std::string::npos) return true;
        std::string all;
        for (const auto& d : load.errors) all += d.to_string() + "\n";
        ADD_FAILURE() << "no error at " << ptr << " with \"" << words << "\"; have:\n" << all;
        return false;
    };
    has("/sources/0/published/date", "bad date \"2025-02-30\"");
    has("/claims/0/value/amount", "not a decimal number");
    has("/claims/0/value/unit", "unknown unit or currency \"XYZ\"");
    has("/claims/0/value/qualifier", "unknown qualifier \"roughly\"");
    has("/claims/1/kind", "unknown claim kind");
    // Reference errors are reported in the same load as structural ones.
    has("/mentions/1/claim", "unknown claim id \"missing\"");
    has("/reports/0/dated_by/0/source", "unknown source id \"zz\"");
    has("/mentions/2/quote", "not found in source \"a\"");
    // And in a corpus whose structure is sound.
    const char* refs = R"JSON({
      "format": "factlens-corpus", "version": 1, "id": "refs",
      "sources": [{"id": "a", "text": "One two. One three."}],
      "reports": [{"id": "r", "outlet": "X", "label": "R", "dated_by": [{"source": "zz", "quote": {"exact": "One"}}]}],
      "claims": [{"id": "c", "kind": "statement", "subject": "s", "measure": "m", "part_of": "nope"}],
      "mentions": [{"source": "a", "claim": "missing", "quote": {"exact": "two"}},
                   {"source": "a", "claim": "c", "quote": {"exact": "four"}, "attribution": "ghost"}]
    })JSON";
    const CorpusLoad load2 = parse_corpus(refs, "refs.json", ".", no_files());
    std::string all;
    for (const auto& d : load2.errors) all += d.to_string() + "\n";
    EXPECT_NE(all.find("refs.json:/reports/0/dated_by/0/source: unknown source id \"zz\""), std::string::npos) << all;
    EXPECT_NE(all.find("/claims/0/part_of: unknown claim id \"nope\""), std::string::npos) << all;
    EXPECT_NE(all.find("/mentions/0/claim: unknown claim id \"missing\""), std::string::npos) << all;
    EXPECT_NE(all.find("/mentions/1/attribution: unknown report or event id \"ghost\""), std::string::npos) << all;
    // With references fixed, quotes are anchored: one not found, one ambiguous.
    const char* quotes = R"JSON({
      "format": "factlens-corpus", "version": 1, "id": "q",
      "sources": [{"id": "a", "text": "One two. One three."}],
      "claims": [{"id": "c", "kind": "statement", "subject": "s", "measure": "m"}],
      "mentions": [{"source": "a", "claim": "c", "quote": {"exact": "One"}},
                   {"source": "a", "claim": "c", "quote": {"exact": "four"}},
                   {"source": "a", "claim": "c", "quote": {"exact": "One", "suffix": " three"}}]
    })JSON";
    const CorpusLoad load3 = parse_corpus(quotes, "q.json", ".", no_files());
    all.clear();
    for (const auto& d : load3.errors) all += d.to_string() + "\n";
    EXPECT_EQ(load3.errors.size(), 2u) << all;
    EXPECT_NE(all.find("q.json:/mentions/0/quote: quote \u201COne\u201D occurs more than once"), std::string::npos) << all;
    EXPECT_NE(all.find("q.json:/mentions/1/quote: quote \u201Cfour\u201D not found in source \"a\""), std::string::npos) << all;
}

TEST(CorpusIo, FullCorpusRoundTrips) {
    const Corpus c = load_story();
    const CorpusLoad again = parse_corpus(corpus_to_json(c), "again.json", ".", no_files());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.corpus.mentions.size(), c.mentions.size());
    EXPECT_EQ(again.corpus.findings.size(), c.findings.size());
    EXPECT_EQ(again.corpus.rates.size(), 1u);
}
