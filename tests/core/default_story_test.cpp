// The curated default story: it loads with every quote anchored, its dates resolve as a
// reader of the texts would resolve them, and the engine reports the differences a
// careful side-by-side reading finds.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/analysis.h"
#include "core/corpus_io.h"
#include "test_corpora.h"

using namespace factlens;

namespace {

const Corpus& story() { return factlens::testing::default_story(); }

std::string date_of(const char* report_id) {
    const Report* r = story().find_report(report_id);
    if (!r) return "no report " + std::string(report_id);
    auto d = r->date();
    return d ? d->iso() : "undated";
}

}  // namespace

TEST(DefaultStory, EverySourceHasMentionsAndEveryQuoteAnchors) {
    const Corpus& c = story();
    ASSERT_EQ(c.sources.size(), 5u);
    for (const Source& s : c.sources) {
        std::size_t n = 0;
        for (const Mention& m : c.mentions) {
            if (m.source != s.id) continue;
            ++n;
            ASSERT_LT(m.quote.start, m.quote.end);
            EXPECT_EQ(s.text.substr(m.quote.start, m.quote.end - m.quote.start), m.quote.exact);
        }
        EXPECT_GE(n, 10u) << s.id << " has few mentions";
    }
    EXPECT_GE(c.claims.size(), 40u);
    EXPECT_GE(c.mentions.size(), 140u);
}

TEST(DefaultStory, RelativeDatesResolveAgainstEachArticle) {
    EXPECT_EQ(date_of("reuters-2025-01-23"), "2025-01-23");
    EXPECT_EQ(date_of("ft-2025-01-21"), "2025-01-21");             // "On Tuesday" in a Thursday report
    EXPECT_EQ(date_of("information-2024-12"), "2024-12");          // "In December", month precision
    EXPECT_EQ(date_of("reuters-2024-09"), "2024-09");              // "in September"
    EXPECT_EQ(date_of("scmp-2025-01-21"), "2025-01-21");
    EXPECT_EQ(date_of("tiktok-order-2025-01-20"), "2025-01-20");   // "on Monday"
    EXPECT_EQ(date_of("doubao-update-2025-01-22"), "2025-01-22");  // "On Wednesday"
    EXPECT_EQ(date_of("us-chip-rules"), "2025-W03");               // "last week" in 001 of 23 January
    EXPECT_EQ(date_of("questmobile-doubao"), "undated");
    const Report* ft = story().find_report("ft-2025-01-21");
    ASSERT_NE(ft, nullptr);
    EXPECT_NE(ft->dated_by[0].resolved.reasoning.find("Tue 2025-01-21"), std::string::npos);
    EXPECT_NE(ft->dated_by[0].resolved.reasoning.find("Thu 2025-01-23"), std::string::npos);
}

TEST(DefaultStory, ReportsTheDisagreementsBetweenSources) {
    const Corpus& c = story();
    for (const char* id : {
             "spelling:name-cambricon",         // Cambricon / Cambrian
             "spelling:name-jimeng",            // Simmeng / Jimeng / Ji Meng
             "spelling:name-maoxiang",          // MoXiang / Maoxiang
             "spelling:name-bytedance",         // ByteDance / Bytedance / Bitbeat
             "year:ai-laggard",                 // early 2019 vs 2024
             "year:capex-plan-year",            // the 2021 plan vs plans for 2025
             "qualifier:ai-infra-share",        // about half vs half
             "scope:ai-infra-share",            // AI infrastructure vs overseas
             "qualifier:information-nvidia-chips",  // up to $7bn vs $7bn
             "actor:information-nvidia-chips",  // ByteDance vs Nvidia plans to spend
             "attribution:information-nvidia-chips",
             "actor:microsoft-top-customer",    // Microsoft's vs Nvidia's top customer
             "stance:bytedance-response",       // responded vs did not respond
             "qualifier:ft-ai-infra",           // $12bn vs over $12bn
             "scope:doubao-mau",                // monthly active users vs active users
         }) {
        const Finding* f = c.find_finding(id);
        ASSERT_NE(f, nullptr) << "missing finding " << id;
        EXPECT_FALSE(f->agrees);
        EXPECT_GE(f->sources.size(), 2u) << id;
        EXPECT_FALSE(f->detail.empty());
    }
    // "over $20bn" (003) fits CNY 150bn at the stated rate: not a disagreement.
    EXPECT_EQ(c.find_finding("value:capex-2025"), nullptr);
}

TEST(DefaultStory, ArithmeticChecksHold) {
    const Corpus& c = story();
    for (const char* id : {"conversion:capex-2025:reuters-000", "conversion:capex-2025:rewrite-001",
                           "conversion:capex-2025:future-004", "conversion:ft-china-chips:ft-digest-002",
                           "parts:ft-ai-infra:ft-digest-002", "fraction:ai-infra-share:reuters-000-summary-003"}) {
        const Finding* f = c.find_finding(id);
        ASSERT_NE(f, nullptr) << "missing check " << id;
        EXPECT_TRUE(f->agrees) << id << ": " << f->detail;
    }
    const Finding* conv = c.find_finding("conversion:capex-2025:reuters-000");
    EXPECT_NE(conv->detail.find("CNY 150bn / 7.2671 = $20.641bn"), std::string::npos) << conv->detail;
    const Finding* parts = c.find_finding("parts:ft-ai-infra:ft-digest-002");
    EXPECT_NE(parts->detail.find("$5.5bn + $6.8bn = $12.3bn; stated over $12bn"), std::string::npos) << parts->detail;
}

// A source that credits a figure against sources that name nobody is an omission, not a
// contradiction: ranked as a nuance (below every contradicted value and year), and its
// reason says who credits it and who names no source.
TEST(DefaultStory, CreditedAgainstNoneIsANuance) {
    std::size_t omissions = 0;
    for (const Finding& f : story().findings) {
        if (f.kind != FindingKind::Attribution || f.detail.find("no named report") == std::string::npos) continue;
        if (std::count(f.detail.begin(), f.detail.end(), ';') != 1) continue;  // two versions only
        ++omissions;
        EXPECT_EQ(f.severity, Severity::Nuance) << f.id;
        EXPECT_NE(f.reason.find("no source for it"), std::string::npos) << f.reason;
    }
    EXPECT_GE(omissions, 3u);
}
