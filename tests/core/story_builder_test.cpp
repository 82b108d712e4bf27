// From plain articles to a draft story: the seed files alone, without the curated corpus.
#include "core/story_builder.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/corpus_io.h"

using namespace factlens;

namespace {

std::vector<Article> seed_articles() {
    // The articles' dates as a user would give them (only 001 states its own).
    const std::pair<const char*, std::optional<Date>> files[] = {
        {"000_2989c3a89f501b39", Date{2025, 1, 23, Precision::Day}}, {"001_c4fc644a30ee8e09", std::nullopt},
        {"002_d57242899e7cdc56", Date{2025, 1, 23, Precision::Day}}, {"003_926aa627a11609fc", Date{2025, 1, 24, Precision::Day}},
        {"004_c4e00ad887c80f4a", Date{2025, 1, 24, Precision::Day}}};
    std::vector<Article> out;
    for (const auto& [name, date] : files) {
        std::string why;
        auto text = read_file_bytes(std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/sources/" + name + ".txt", why);
        EXPECT_TRUE(text.has_value()) << why;
        out.push_back({name, text.value_or(""), date});
    }
    return out;
}

bool has_finding(const Corpus& c, FindingKind kind, std::string_view claim_part) {
    for (const Finding& f : c.findings)
        if (f.kind == kind && f.claim.find(claim_part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(StoryBuilder, SeedArticlesGiveADraftWithFiguresDatesAndSpellings) {
    const Corpus c = build_story(seed_articles(), {"draft", "Draft"});
    ASSERT_EQ(c.sources.size(), 5u);
    EXPECT_EQ(c.sources[1].published, (Date{2025, 1, 23, Precision::Day}));  // found in 001's own text
    EXPECT_GE(c.claims.size(), 20u);
    EXPECT_GE(c.mentions.size(), 80u);
    // Spelling variants across sources, figures with qualifiers, the stated rate checked.
    EXPECT_TRUE(has_finding(c, FindingKind::Spelling, "cambricon"));
    // "Simmeng"/"Jimeng" differ in their first letter: same_name keeps them apart, but
    // aligned sentences put them in the same slot ("text-to-video generator ...").
    EXPECT_TRUE(has_finding(c, FindingKind::Spelling, "jimeng"));
    EXPECT_TRUE(has_finding(c, FindingKind::Spelling, "maoxiang"));
    // Statements across sources: the plan's year (2021 vs 2025), the laggard year (early
    // 2019 vs 2024), who planned the $7bn, whose top customer, and the FT's parts.
    EXPECT_TRUE(has_finding(c, FindingKind::Year, "2021"));
    EXPECT_TRUE(has_finding(c, FindingKind::Year, "laggard"));
    EXPECT_TRUE(has_finding(c, FindingKind::Actor, "december"));
    EXPECT_TRUE(has_finding(c, FindingKind::Actor, "microso"));
    EXPECT_TRUE(has_finding(c, FindingKind::Parts, "12bn"));
    EXPECT_TRUE(has_finding(c, FindingKind::Spelling, "bytedance"));
    EXPECT_TRUE(has_finding(c, FindingKind::Qualifier, "12bn"));
    EXPECT_TRUE(has_finding(c, FindingKind::Qualifier, "7bn"));
    ASSERT_EQ(c.rates.size(), 1u);
    EXPECT_DOUBLE_EQ(c.rates[0].rate, 7.2671);
    std::size_t conversions = 0;
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Conversion) {
            ++conversions;
            EXPECT_TRUE(f.agrees) << f.detail;
        }
    EXPECT_GE(conversions, 3u);
    // The FT "on Tuesday" resolves to Tuesday 21 January from Reuters' date.
    bool ft = false;
    for (const Report& r : c.reports)
        if (r.outlet == "Financial Times" && r.date() == Date{2025, 1, 21, Precision::Day}) ft = true;
    EXPECT_TRUE(ft);
}

TEST(StoryBuilder, DraftIsAValidCorpus) {
    const Corpus c = build_story(seed_articles());
    const CorpusLoad again = parse_corpus(corpus_to_json(c), "draft.json", ".");
    std::string errors;
    for (const auto& d : again.errors) errors += d.to_string() + "\n";
    ASSERT_TRUE(again.ok()) << errors;
    EXPECT_EQ(again.corpus.mentions.size(), c.mentions.size());
    EXPECT_EQ(again.corpus.findings.size(), c.findings.size());
}

TEST(StoryBuilder, StepsReportProgressAndGiveTheSameStory) {
    StoryBuild build(seed_articles());
    float last = -1;
    int steps = 0;
    while (!build.step()) {
        EXPECT_GT(build.progress(), last);
        last = build.progress();
        ++steps;
    }
    EXPECT_EQ(steps, 5);  // one per article, then the grouping
    EXPECT_EQ(build.take().claims.size(), build_story(seed_articles()).claims.size());
}

// A link to another story ("Related: ... forecast for 2026 raised") is not part of the
// article: nothing on its line becomes a claim's mention.
TEST(StoryBuilder, ALinkToAnotherStoryGivesNoMentions) {
    const std::string text =
        "Copper strike\nThe mine produced 318,000 tonnes of copper last year, the company said.\n"
        "Related: Chile's copper output forecast for 2026 raised by state agency\n";
    const std::string other = "Copper forecast\nChile's state copper agency raised its copper output forecast for 2026 on Tuesday.\n";
    const Corpus c = build_story({{"a.txt", text, Date{2026, 4, 8, Precision::Day}}, {"b.txt", other, Date{2026, 4, 8, Precision::Day}}});
    const std::string a = c.sources.front().id;
    bool any = false;
    for (const Mention& m : c.mentions) {
        if (m.source != a) continue;
        EXPECT_LT(m.quote.start, text.find("Related:")) << m.quote.exact;
        any = true;
    }
    EXPECT_TRUE(any);
}

// The day the news was told, in the leads of two articles a day apart: Monday in Tuesday's
// wire, "yesterday" (Tuesday) in Wednesday's rewrite, is a date claim whose days differ.
TEST(StoryBuilder, LeadsADayApartThatTellTheNewsOnDifferentDaysDisagree) {
    const std::string wire =
        "Nigeria fines Zenicell\nLAGOS, March 10 (Wire) - The Nigerian Communications Commission (NCC) has fined Zenicell N45 "
        "billion for activating unverified SIM cards, the regulator said on Monday.\nThe operator has 30 days to pay.\n";
    const std::string rewrite =
        "Zenicell fined\nThe NCC announced the N45 billion fine against Zenicell yesterday, saying the operator had activated "
        "unverified SIM cards.\nZenicell said it would study the decision.\n";
    const Corpus c = build_story({{"wire.txt", wire, Date{2026, 3, 10, Precision::Day}}, {"rewrite.txt", rewrite, Date{2026, 3, 11, Precision::Day}}});
    bool found = false;
    for (const Finding& f : c.findings)
        if (f.kind == FindingKind::Year && f.detail.find("on Monday") != std::string::npos && f.detail.find("yesterday") != std::string::npos)
            found = true;
    EXPECT_TRUE(found);
    // The same day told both ways is no finding.
    const Corpus same = build_story({{"wire.txt", wire, Date{2026, 3, 10, Precision::Day}}, {"rewrite.txt", rewrite, Date{2026, 3, 10, Precision::Day}}});
    for (const Finding& f : same.findings) EXPECT_FALSE(f.kind == FindingKind::Year && f.detail.find("yesterday") != std::string::npos) << f.detail;
}

TEST(Articles, BadInputIsNamed) {
    EXPECT_EQ(article_problem("Fine text."), "");
    EXPECT_NE(article_problem("   \n ").find("empty"), std::string::npos);
    EXPECT_NE(article_problem(std::string("ab\0cd", 5)).find("binary"), std::string::npos);
    EXPECT_NE(article_problem("ok\nbad \xff byte").find("line 2, column 5"), std::string::npos);
    EXPECT_NE(article_problem(std::string(kMaxArticleBytes + 1, 'a')).find("too large"), std::string::npos);
}

TEST(Articles, HtmlToText) {
    const std::string html =
        "<html><head><title>T</title><style>p{color:red}</style><script>var x = '<p>';</script></head>"
        "<body><h1>ByteDance &amp; AI</h1><p>It will spend&nbsp;over $20&#160;billion.</p><!-- note -->"
        "<p>TikTok&rsquo;s future &#x2014; unclear<br>next line</p></body></html>";
    EXPECT_EQ(html_to_text(html), "T\n\nByteDance & AI\n\nIt will spend over $20\u00A0billion.\n\nTikTok\u2019s future \u2014 unclear\nnext line");
}

TEST(Slug, MakesIds) {
    EXPECT_EQ(slug("My Article (final).txt"), "my-article-final-txt");
    EXPECT_EQ(slug("***"), "item");
}
