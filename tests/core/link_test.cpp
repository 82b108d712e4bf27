#include "core/limits.h"
#include "core/link.h"

#include <gtest/gtest.h>

#include <random>

#include "core/corpus_io.h"
#include "test_corpora.h"

using namespace factlens;

namespace {

const Corpus& story() { return factlens::testing::default_story(); }

bool same(const ViewState& a, const ViewState& b) {
    return a.view == b.view && a.selection.source == b.selection.source && a.selection.claim == b.selection.claim &&
           a.selection.report == b.selection.report && a.selection.finding == b.selection.finding &&
           a.compare_source == b.compare_source && a.currency == b.currency && a.log_scale == b.log_scale && a.timeline_from == b.timeline_from &&
           a.timeline_to == b.timeline_to && a.search == b.search && a.reader_at == b.reader_at;
}

}  // namespace

TEST(Link, DefaultStateIsTheEmptyFragment) {
    EXPECT_EQ(encode_fragment(ViewState{}), "");
    const FragmentDecode d = decode_fragment("", story());
    EXPECT_TRUE(same(d.state, ViewState{}));
    EXPECT_TRUE(d.notices.empty());
}

TEST(Link, ReadableKeyValuePairs) {
    ViewState s;
    s.view = View::Figures;
    s.selection.claim = "capex-2025";
    s.currency = "CNY";
    EXPECT_EQ(encode_fragment(s), "view=figures&claim=capex-2025&cur=CNY");
}

TEST(Link, EveryFieldRoundTrips) {
    ViewState s;
    s.view = View::Compare;
    s.selection.source = "reuters-000";
    s.selection.claim = "ai-infra-share";
    s.selection.report = "ft-2025-01-21";
    s.selection.finding = "spelling:name-cambricon";
    s.compare_source = "rewrite-001";
    s.currency = "CNY";
    s.log_scale = false;
    s.timeline_from = static_cast<double>(days_from_civil(2024, 11, 1));
    s.timeline_to = static_cast<double>(days_from_civil(2025, 1, 31));
    s.reader_at = 1342;
    s.search = "Cambrian & co: 50% \u201Csure\u201D? #1 + a/b=c";
    const std::string frag = encode_fragment(s);
    EXPECT_EQ(frag.find(' '), std::string::npos);
    EXPECT_EQ(frag.find('#'), std::string::npos);
    EXPECT_NE(frag.find("from=2024-11-01&to=2025-01-31"), std::string::npos) << frag;
    const FragmentDecode d = decode_fragment("#" + frag, story());
    EXPECT_TRUE(d.notices.empty()) << d.notices.front();
    EXPECT_TRUE(same(d.state, s)) << frag;
    EXPECT_TRUE(d.state.reader_scroll);  // a link brings its position into view
}

TEST(Link, PercentEncoding) {
    EXPECT_EQ(percent_encode("a b&c=d%e/\u00E9~._-"), "a%20b%26c%3Dd%25e%2F%C3%A9~._-");
    std::string out;
    ASSERT_TRUE(percent_decode("a%20b+c%c3%a9", out));
    EXPECT_EQ(out, "a b c\u00E9");
    EXPECT_FALSE(percent_decode("%zz", out));
    EXPECT_FALSE(percent_decode("%4", out));
    EXPECT_FALSE(percent_decode("%ff%fe", out));  // not UTF-8
}

TEST(Link, UnknownKeysAreIgnoredBadValuesFallBackWithANotice) {
    const FragmentDecode d = decode_fragment(
        "view=nope&claim=no-such-claim&source=reuters-000&cur=EUR&utm_source=x&from=2024-13-01&to=2025-01-01&at=-5&q=ok",
        story());
    EXPECT_EQ(d.state.view, View::Overview);          // default
    EXPECT_EQ(d.state.selection.claim, "");           // unknown id dropped
    EXPECT_EQ(d.state.selection.source, "reuters-000");  // good values kept
    EXPECT_EQ(d.state.currency, "");  // the story's main currency
    EXPECT_EQ(figures_currency(d.state, story()), "USD");
    EXPECT_EQ(d.state.timeline_to, 0);
    EXPECT_EQ(d.state.reader_at, -1);
    EXPECT_EQ(d.state.search, "ok");
    std::string all;
    for (const auto& n : d.notices) all += n + "\n";
    EXPECT_NE(all.find("view: no view \u201Cnope\u201D"), std::string::npos) << all;
    EXPECT_NE(all.find("claim: no claim \u201Cno-such-claim\u201D in this story"), std::string::npos) << all;
    EXPECT_NE(all.find("cur: currency \u201CEUR\u201D"), std::string::npos) << all;
    EXPECT_NE(all.find("from: not a date"), std::string::npos) << all;
    EXPECT_NE(all.find("at: not a text position"), std::string::npos) << all;
    EXPECT_EQ(all.find("utm_source"), std::string::npos) << all;
}

TEST(Link, PositionOutsideTheTextIsDropped) {
    const FragmentDecode d = decode_fragment("source=reuters-000&at=999999", story());
    EXPECT_EQ(d.state.reader_at, -1);
    ASSERT_EQ(d.notices.size(), 1u);
}

TEST(Link, GarbageNeverThrowsAndAlwaysGivesAUsableState) {
    std::mt19937 rng(1234);
    for (int i = 0; i < 2000; ++i) {
        std::string junk;
        const int n = static_cast<int>(rng() % 300);
        for (int k = 0; k < n; ++k) {
            const char alphabet[] = "view=claim&source%=#+~zZ09-.\xff\xc3\xa9 timelinefromto2025-01-01at";
            junk += (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % (sizeof alphabet - 1)];
        }
        const FragmentDecode d = decode_fragment(junk, story());
        // Whatever came in, the state names only things the story has.
        if (!d.state.selection.claim.empty()) EXPECT_NE(story().find_claim(d.state.selection.claim), nullptr);
        if (!d.state.selection.source.empty()) EXPECT_NE(story().find_source(d.state.selection.source), nullptr);
        EXPECT_TRUE(d.state.currency.empty() || d.state.currency == "CNY");
        // And its own link decodes back to the same state without complaint.
        const FragmentDecode again = decode_fragment(encode_fragment(d.state), story());
        EXPECT_TRUE(again.notices.empty());
        EXPECT_TRUE(same(again.state, d.state));
    }
    // Over the fragment limit (core/limits.h): read up to the last whole key=value pair
    // before the cut, and said.
    const std::string huge(kMaxFragmentBytes, 'a');
    const FragmentDecode cut = decode_fragment("view=claims&q=" + huge, story());
    ASSERT_FALSE(cut.notices.empty());
    EXPECT_NE(cut.notices.front().find("longer than 256 KB"), std::string::npos) << cut.notices.front();
    EXPECT_EQ(cut.state.view, View::Claims);
    EXPECT_EQ(cut.state.search, "");
    // A long search within the limit is clipped quietly to what a search box holds.
    EXPECT_TRUE(decode_fragment("q=" + std::string(100000, 'a'), story()).notices.empty());
}

TEST(Link, TextFragmentToTheOriginalArticle) {
    Source s;
    s.id = "x";
    EXPECT_EQ(text_fragment_url(s, Quote{"On Tuesday", "", "", 0, 0}), "");
    s.url = "https://example.com/story#top";
    EXPECT_EQ(text_fragment_url(s, Quote{"$12 billion", "invest ", " in AI", 0, 0}),
              "https://example.com/story#:~:text=invest%20-,%2412%20billion,-%20in%20AI");
    // A dash inside a term is escaped: it is the syntax's own delimiter.
    EXPECT_EQ(text_fragment_url(s, Quote{"AI-related", "", "", 0, 0}), "https://example.com/story#:~:text=AI%2Drelated");
}
