#include "core/view_state.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace factlens;

TEST(ViewState, ViewNamesRoundTrip) {
    EXPECT_EQ(view_name(View::Sources), "sources");
    EXPECT_EQ(view_from_name("compare"), View::Compare);
    EXPECT_EQ(view_title(View::Findings), "Findings");
    EXPECT_EQ(view_from_name("sources"), View::Sources);
    EXPECT_FALSE(view_from_name("nope").has_value());
}

TEST(ViewState, StateJsonCarriesViewSelectionAndCounts) {
    Corpus corpus;
    corpus.id = "c";
    corpus.sources.resize(2);
    corpus.sources[0].id = "a";
    corpus.sources[1].id = "b";
    corpus.title = "A story";
    ViewState state;
    state.selection.source = "b";
    AppStatus status;
    status.frames_drawn = 7;
    const auto j = nlohmann::json::parse(state_json(state, corpus, status));
    EXPECT_EQ(j["view"], "overview");
    EXPECT_EQ(j["title"], "A story");
    EXPECT_EQ(j["selection"]["source"], "b");
    EXPECT_EQ(j["counts"]["sources"], 2);
    EXPECT_EQ(j["counts"]["claims"], 0);
    EXPECT_EQ(j["frames"], 7);
    EXPECT_TRUE(j["error"].is_null());
    EXPECT_EQ(j["fragment"], "source=b");
    EXPECT_TRUE(j["dialog"].is_null());
}

TEST(ViewState, EmptySelectionIsNull) {
    const auto j = nlohmann::json::parse(state_json(ViewState{}, Corpus{}, AppStatus{}));
    EXPECT_TRUE(j["selection"]["source"].is_null());
}

// [SECTION] The rules of what the user does ------------------------------------------------

namespace {
Corpus rules_story() {
    Corpus c;
    c.id = "rules";
    for (const char* id : {"a", "b", "c"}) {
        Source s;
        s.id = id;
        s.text = "Acme will spend $5 billion on chips this year, it said on Tuesday.";
        c.sources.push_back(s);
    }
    for (const char* id : {"spend", "chips"}) {
        Claim cl;
        cl.id = id;
        c.claims.push_back(cl);
    }
    Mention m;
    m.source = "b";
    m.claim = "spend";
    m.quote.exact = "$5 billion";
    m.quote.start = 16;
    m.quote.end = 26;
    c.mentions.push_back(m);
    Finding f;
    f.id = "value:spend";
    f.claim = "spend";
    c.findings.push_back(f);
    Report r;
    r.id = "r1";
    c.reports.push_back(r);
    return c;
}
}  // namespace

TEST(ViewStateRules, SelectingAViewKeepsTheSelection) {
    ViewState s;
    s.selection.claim = "spend";
    select_view(s, View::Figures);
    EXPECT_EQ(s.view, View::Figures);
    EXPECT_EQ(s.selection.claim, "spend");
}

TEST(ViewStateRules, ASourceClickedOpensAtItsStartAndAgainClearsIt) {
    ViewState s;
    s.reader_at = 40;
    toggle_source(s, "a");
    EXPECT_EQ(s.selection.source, "a");
    EXPECT_EQ(s.reader_at, -1);
    EXPECT_TRUE(s.reader_scroll);
    toggle_source(s, "a");
    EXPECT_EQ(s.selection.source, "");
}

TEST(ViewStateRules, SelectingAClaimKeepsOnlyAFindingAboutIt) {
    ViewState s;
    s.selection.finding = "value:spend";
    select_claim(s, "spend");
    EXPECT_EQ(s.selection.finding, "value:spend");
    select_claim(s, "spe");  // a prefix of the finding's claim is another claim
    EXPECT_EQ(s.selection.finding, "");
    s.selection.finding = "value:spend:2";
    select_claim(s, "spend");
    EXPECT_EQ(s.selection.finding, "value:spend:2");
    select_claim(s, "chips");
    EXPECT_EQ(s.selection.finding, "");
}

TEST(ViewStateRules, AFindingClickedSelectsItsClaimAndAgainClearsIt) {
    const Corpus c = rules_story();
    ViewState s;
    toggle_finding(s, c, "value:spend");
    EXPECT_EQ(s.selection.finding, "value:spend");
    EXPECT_EQ(s.selection.claim, "spend");
    toggle_finding(s, c, "value:spend");
    EXPECT_EQ(s.selection.finding, "");
    EXPECT_EQ(s.selection.claim, "spend");
    toggle_finding(s, c, "no-such");
    EXPECT_EQ(s.selection.finding, "");
}

TEST(ViewStateRules, ShowInTextOpensTheReaderAtTheQuoteWithItsClaimSelected) {
    const Corpus c = rules_story();
    ViewState s;
    s.view = View::Findings;
    show_in_text(s, c, 0);
    EXPECT_EQ(s.view, View::Sources);
    EXPECT_EQ(s.selection.source, "b");
    EXPECT_EQ(s.selection.claim, "spend");
    EXPECT_EQ(s.reader_at, 16);
    EXPECT_TRUE(s.reader_scroll);
    ViewState before = s;
    show_in_text(s, c, 99);  // no such mention: nothing changes
    EXPECT_EQ(s.selection.source, before.selection.source);
}

TEST(ViewStateRules, EscClearsTheWholeSelection) {
    ViewState s;
    s.selection = {"a", "spend", "r1", "value:spend"};
    s.view = View::Claims;
    clear_selection(s);
    EXPECT_EQ(s.selection.source + s.selection.claim + s.selection.report + s.selection.finding, "");
    EXPECT_EQ(s.view, View::Claims);
}

TEST(ViewStateRules, TheReaderPositionMovesOnlyWhenNoScrollIsPending) {
    ViewState s;
    s.reader_at = 16;
    s.reader_scroll = true;  // a link asked for this place: the user's old position must not overwrite it
    reader_scrolled(s, 0);
    EXPECT_EQ(s.reader_at, 16);
    s.reader_scroll = false;
    reader_scrolled(s, 30);
    EXPECT_EQ(s.reader_at, 30);
}

TEST(ViewStateRules, CompareShowsDefaultsWithoutWritingThem) {
    const Corpus c = rules_story();
    ViewState s;
    SourcePair p = compare_sources(s, c);
    ASSERT_TRUE(p.left && p.right);
    EXPECT_EQ(p.left->id, "a");
    EXPECT_EQ(p.right->id, "b");
    EXPECT_EQ(s.selection.source, "");  // derived, not written
    EXPECT_EQ(s.compare_source, "");
    s.selection.source = "b";
    p = compare_sources(s, c);
    EXPECT_EQ(p.left->id, "b");
    EXPECT_EQ(p.right->id, "a");
    s.compare_source = "b";  // the same source twice: the other default
    EXPECT_EQ(compare_sources(s, c).right->id, "a");
    set_compare_sources(s, "c", "a");
    EXPECT_EQ(s.selection.source, "c");
    EXPECT_EQ(s.compare_source, "a");
    Corpus one;
    one.sources.resize(1);
    EXPECT_EQ(compare_sources(s, one).left, nullptr);
}

TEST(ViewStateRules, ValidationDropsUnknownIdsAndOutOfRangeValuesWithANoticeEach) {
    const Corpus c = rules_story();
    ViewState s;
    s.selection = {"nope", "ghost", "r1", "value:other"};
    s.compare_source = "b";
    s.currency = "XYZ";
    s.timeline_from = 100;
    s.timeline_to = 50;
    const auto notices = validate_state(s, c);
    EXPECT_EQ(s.selection.source, "");
    EXPECT_EQ(s.selection.claim, "");
    EXPECT_EQ(s.selection.report, "r1");  // known: kept
    EXPECT_EQ(s.selection.finding, "");
    EXPECT_EQ(s.compare_source, "b");
    EXPECT_EQ(s.currency, "");
    EXPECT_EQ(s.timeline_to, 0);
    ASSERT_EQ(notices.size(), 5u);
    EXPECT_EQ(notices[0], "source: no source \u201Cnope\u201D in this story");
    ViewState at;
    at.selection.source = "a";
    at.reader_at = 100000;
    EXPECT_EQ(validate_state(at, c).size(), 1u);
    EXPECT_EQ(at.reader_at, -1);
    ViewState fine;
    fine.selection.source = "a";
    fine.reader_at = 10;
    EXPECT_TRUE(validate_state(fine, c).empty());
    EXPECT_EQ(fine.reader_at, 10);
}

namespace factlens {
namespace {

// A story in euros with one article converting to dollars at a stated rate.
Corpus euro_story() {
    Corpus c;
    c.id = "euro";
    Source s;
    s.id = "wire";
    s.text = "Halbrecht offers EUR 2.1 billion, or $2.3 billion at 1.09 dollars per euro; a rival offered EUR 1.9 billion.";
    c.sources.push_back(s);
    auto money = [](const char* unit, double v) {
        Quantity q;
        q.unit = unit;
        q.low = q.high = v;
        q.low_text = std::to_string(v);
        return q;
    };
    for (const char* id : {"offer", "rival"}) {
        Claim cl;
        cl.id = id;
        cl.kind = ClaimKind::Money;
        cl.value = money("EUR", 2.1e9);
        c.claims.push_back(cl);
    }
    Mention m;
    m.source = "wire";
    m.claim = "offer";
    m.value = money("USD", 2.3e9);
    c.mentions.push_back(m);
    Rate r;
    r.id = "eurusd";
    r.base = "EUR";
    r.quote_currency = "USD";
    r.rate = 1.09;
    r.source = "wire";
    c.rates.push_back(r);
    return c;
}

TEST(ViewStateRules, FiguresDrawInTheStorysOwnCurrencies) {
    const Corpus c = euro_story();
    EXPECT_EQ(story_currencies(c), (std::vector<std::string>{"EUR", "USD"}));
    ViewState s;
    EXPECT_EQ(figures_currency(s, c), "EUR");  // the most used, by default
    set_currency(s, c, "USD");
    EXPECT_EQ(s.currency, "USD");
    set_currency(s, c, "EUR");
    EXPECT_EQ(s.currency, "");  // the default, kept short in links
    set_currency(s, c, "KRW");  // not in the story: nothing changes
    EXPECT_EQ(s.currency, "");
}

TEST(ViewStateRules, ALinksCurrencyMustBeOneTheStoryHas) {
    const Corpus c = euro_story();
    ViewState usd;
    usd.currency = "USD";
    EXPECT_TRUE(validate_state(usd, c).empty());
    EXPECT_EQ(usd.currency, "USD");
    ViewState krw;
    krw.currency = "KRW";
    const auto notices = validate_state(krw, c);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0], "cur: currency \u201CKRW\u201D is not one this story has (it has EUR, USD)");
    EXPECT_EQ(figures_currency(krw, c), "EUR");
    ViewState eur;
    eur.currency = "EUR";  // the main one: valid, and stored as the default
    EXPECT_TRUE(validate_state(eur, c).empty());
    EXPECT_EQ(eur.currency, "");
}

}  // namespace
}  // namespace factlens
