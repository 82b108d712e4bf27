// How much of the hand-curated default story the extractor finds by itself (recall), and
// how much of what it finds is a curated figure or date (precision). The figures are
// printed and held above a floor so they cannot silently drop.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/corpus_io.h"
#include "core/extract.h"

// Measured floors; raise them when the extractor improves.
#define FIGURE_RECALL_FLOOR 0.95
#define FIGURE_PRECISION_FLOOR 0.90
#define DATE_RECALL_FLOOR 0.95
#define DATE_PRECISION_FLOOR 0.85

using namespace factlens;

namespace {

struct Span {
    std::size_t start, end;
};

bool overlaps(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

struct Score {
    std::size_t truth = 0, found = 0, extracted = 0, correct = 0;
    double recall() const { return truth ? static_cast<double>(found) / static_cast<double>(truth) : 0; }
    double precision() const { return extracted ? static_cast<double>(correct) / static_cast<double>(extracted) : 0; }
};

bool is_figure(ItemKind k) {
    return k == ItemKind::Money || k == ItemKind::Number || k == ItemKind::Percent || k == ItemKind::Fraction || k == ItemKind::Rate;
}

}  // namespace

TEST(ExtractAgainstCuratedStory, RecallAndPrecision) {
    const CorpusLoad load = load_corpus_file(std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/corpus.json");
    ASSERT_TRUE(load.ok());
    const Corpus& c = load.corpus;
    Score figures, dates;
    for (const Source& s : c.sources) {
        // The truth in this source: figure mentions (claims with a value) and date words
        // (what dates reports and events, and the periods mentions give).
        std::vector<Span> fig_truth, date_truth;
        for (const Mention& m : c.mentions) {
            if (m.source != s.id) continue;
            const Claim* claim = c.find_claim(m.claim);
            if (claim && m.value && claim->kind != ClaimKind::Name && claim->kind != ClaimKind::Statement)
                fig_truth.push_back({m.quote.start, m.quote.end});
            if (!m.period.empty() && m.period_resolved.ok) date_truth.push_back({m.quote.start, m.quote.end});
        }
        for (const Rate& r : c.rates)
            if (r.source == s.id) fig_truth.push_back({r.quote.start, r.quote.end});
        for (const Report& r : c.reports)
            for (const DatedBy& d : r.dated_by)
                if (d.source == s.id) date_truth.push_back({d.quote.start, d.quote.end});

        const std::vector<Extracted> items = extract(s.text, s.published);
        auto score = [&](Score& sc, const std::vector<Span>& truth, bool (*kind_ok)(ItemKind), const char* what) {
            sc.truth += truth.size();
            for (const Span& t : truth) {
                bool hit = false;
                for (const Extracted& e : items) hit |= kind_ok(e.kind) && overlaps(t, {e.start, e.end});
                sc.found += hit;
                if (!hit)
                    std::printf("  missed %s in %s: \u201C%s\u201D\n", what, s.id.c_str(),
                                s.text.substr(t.start, t.end - t.start).c_str());
            }
            for (const Extracted& e : items) {
                if (!kind_ok(e.kind)) continue;
                ++sc.extracted;
                bool hit = false;
                for (const Span& t : truth) hit |= overlaps(t, {e.start, e.end});
                sc.correct += hit;
            }
        };
        score(figures, fig_truth, is_figure, "figure");
        score(dates, date_truth, [](ItemKind k) { return k == ItemKind::Date; }, "date");
    }
    std::printf("extractor vs curated story: figures recall %zu/%zu = %.1f%%, precision %zu/%zu = %.1f%%\n", figures.found,
                figures.truth, 100 * figures.recall(), figures.correct, figures.extracted, 100 * figures.precision());
    std::printf("extractor vs curated story: dates   recall %zu/%zu = %.1f%%, precision %zu/%zu = %.1f%%\n", dates.found,
                dates.truth, 100 * dates.recall(), dates.correct, dates.extracted, 100 * dates.precision());
    RecordProperty("figure_recall", std::to_string(figures.recall()));
    RecordProperty("figure_precision", std::to_string(figures.precision()));
    RecordProperty("date_recall", std::to_string(dates.recall()));
    RecordProperty("date_precision", std::to_string(dates.precision()));
    // Floors a little under what it measures today (see the closing note of issue 5).
    EXPECT_GE(figures.recall(), FIGURE_RECALL_FLOOR);
    EXPECT_GE(figures.precision(), FIGURE_PRECISION_FLOOR);
    EXPECT_GE(dates.recall(), DATE_RECALL_FLOOR);
    EXPECT_GE(dates.precision(), DATE_PRECISION_FLOOR);
}
