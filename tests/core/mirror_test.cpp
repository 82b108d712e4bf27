// The page's mirror (core/mirror.h), what it acts on, the Findings order and filters, the
// quote citation and the boilerplate lines a headline skips.
#include "core/mirror.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/link.h"
#include "core/names.h"
#include "core/text.h"
#include "test_corpora.h"

using namespace factlens;

namespace {
const Corpus& story() { return factlens::testing::default_story(); }

std::vector<std::string> data_ids(const std::string& html) {
    std::vector<std::string> out;
    static const std::regex re("data-id=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}
}  // namespace

TEST(Boilerplate, PromptsAndLinksAreNotHeadlines) {
    EXPECT_TRUE(is_boilerplate_line("Sign up to our free morning newsletter"));
    EXPECT_TRUE(is_boilerplate_line("Subscribe for unlimited access to the Business Briefing"));
    EXPECT_TRUE(is_boilerplate_line("Follow us on Facebook, Instagram and Telegram"));
    EXPECT_TRUE(is_boilerplate_line("See also: Port strike enters its third week"));
    EXPECT_TRUE(is_boilerplate_line("  ADVERTISEMENT  "));
    EXPECT_FALSE(is_boilerplate_line("Harbour tunnel contract signed for €2.1bn"));
    EXPECT_FALSE(is_boilerplate_line("Regulator follows up on ferry operator's safety record"));
    EXPECT_FALSE(is_boilerplate_line(""));
    EXPECT_EQ(headline_line("\nGet exclusive access to the Morning Digest for free\nMinistry doubles rail budget\nBody."),
              "Ministry doubles rail budget");
    EXPECT_EQ(headline_line("Only a body line."), "Only a body line.");
}

TEST(FindingsOrder, DisagreementsFirstMostSevereFirst) {
    const std::vector<const Finding*> ranked = findings_ranked(story());
    ASSERT_EQ(ranked.size(), story().findings.size());
    bool seen_check = false;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (is_check(ranked[i]->kind)) seen_check = true;
        else EXPECT_FALSE(seen_check) << "a disagreement after a check: " << ranked[i]->id;
        if (i > 0 && is_check(ranked[i]->kind) == is_check(ranked[i - 1]->kind))
            EXPECT_GE(static_cast<int>(ranked[i - 1]->severity), static_cast<int>(ranked[i]->severity)) << ranked[i]->id;
    }
}

TEST(FindingsOrder, EveryFilterIsNamedAndClears) {
    ViewState s;
    const Finding& any = story().findings.front();
    set_finding_kind(s, finding_kind_name(any.kind));
    s.selection.source = any.sources.empty() ? std::string() : any.sources.front();
    const std::vector<const Finding*> shown = findings_shown(s, story());
    EXPECT_FALSE(shown.empty());
    for (const Finding* f : shown) EXPECT_EQ(f->kind, any.kind);
    const std::vector<FindingsFilter> filters = findings_filters(s);
    EXPECT_EQ(filters.size(), s.selection.source.empty() ? 1u : 2u);
    for (const FindingsFilter& f : filters) clear_findings_filter(s, f.key);
    EXPECT_TRUE(findings_filters(s).empty());
    EXPECT_EQ(findings_shown(s, story()).size(), story().findings.size());
    set_finding_kind(s, "no-such-kind");
    EXPECT_TRUE(s.finding_kind.empty());
}

TEST(Mirror, EveryViewHoldsTheStorysWordsAndEveryButtonActs) {
    ViewState s;
    s.selection.source = story().sources[2].id;
    s.selection.claim = story().claims.front().id;
    std::set<std::string> titles;
    for (int i = 0; i < kViewCount; ++i) {
        s.view = static_cast<View>(i);
        const MirrorPage page = mirror_page(story(), s);
        SCOPED_TRACE(std::string(view_name(s.view)));
        EXPECT_NE(page.html.find("<h1>"), std::string::npos);
        EXPECT_NE(page.html.find("aria-current=\"page\""), std::string::npos);
        EXPECT_GT(page.html.size(), 800u);
        titles.insert(page.title);
        for (const std::string& id : data_ids(page.html)) {
            // The Story menu's items and Copy link are the app's own (App::story_action).
            if (id == "copy-link" || id.rfind("menu/", 0) == 0) continue;
            ViewState copy = s;
            EXPECT_TRUE(act_on(copy, story(), id).known) << id;
        }
    }
    EXPECT_EQ(titles.size(), static_cast<std::size_t>(kViewCount));  // document.title names the view
    // The reader's text with its quotes marked, in the Sources view.
    s.view = View::Sources;
    const std::string html = mirror_page(story(), s).html;
    EXPECT_NE(html.find("<mark"), std::string::npos);
    EXPECT_NE(html.find(html_escape(story().sources[2].display_title())), std::string::npos);
    // Findings as articles with their quotes as blockquotes.
    s.view = View::Findings;
    s.selection = {};
    const std::string findings = mirror_page(story(), s).html;
    EXPECT_NE(findings.find("<article"), std::string::npos);
    EXPECT_NE(findings.find("<blockquote"), std::string::npos);
    EXPECT_NE(findings.find(html_escape(story().mentions[story().findings.front().mentions.front()].quote.exact)), std::string::npos);
}

TEST(Mirror, ActsLikeTheCanvas) {
    ViewState s;
    EXPECT_TRUE(act_on(s, story(), "tab/findings").view_changed);
    EXPECT_EQ(s.view, View::Findings);
    const Finding& f = story().findings.front();
    act_on(s, story(), "finding/" + f.id + "/select");
    EXPECT_EQ(s.selection.finding, f.id);
    EXPECT_EQ(s.selection.claim, f.claim);
    const std::size_t m = f.mentions.front();
    EXPECT_TRUE(act_on(s, story(), "show-in-text/" + std::to_string(m)).view_changed);
    EXPECT_EQ(s.view, View::Sources);
    EXPECT_EQ(s.mention, static_cast<long>(m));
    EXPECT_EQ(s.selection.source, story().mentions[m].source);
    EXPECT_EQ(act_on(s, story(), "copy-quote/" + std::to_string(m)).copy_mention, m);
    EXPECT_FALSE(act_on(s, story(), "copy-quote/999999").known);
    EXPECT_FALSE(act_on(s, story(), "nothing").known);
    EXPECT_FALSE(act_on(s, story(), "claim/no-such-claim").known);
    // From the overview, a top finding opens Findings with it selected.
    ViewState o;
    const Overview ov = story_overview(story());
    ASSERT_FALSE(ov.top.empty());
    act_on(o, story(), "finding/" + ov.top.front()->id + "/select");
    EXPECT_EQ(o.view, View::Findings);
    EXPECT_EQ(o.selection.finding, ov.top.front()->id);
}

TEST(Mirror, OverviewRanksTheDisagreementsThatMatter) {
    const Overview o = story_overview(story());
    EXPECT_EQ(o.reporters.size(), story().sources.size());
    ASSERT_FALSE(o.top.empty());
    for (const Finding* f : o.top) {
        EXPECT_NE(f->kind, FindingKind::Update);
        EXPECT_FALSE(is_check(f->kind) && f->agrees);
    }
    for (std::size_t i = 1; i < o.top.size(); ++i) EXPECT_GE(o.top[i - 1]->severity, o.top[i]->severity);
    for (std::size_t i = 1; i < o.reporters.size(); ++i)
        if (o.reporters[i].source->published && o.reporters[i - 1].source->published)
            EXPECT_LE(o.reporters[i - 1].source->published->first_day(), o.reporters[i].source->published->first_day());
}

TEST(Mirror, EscapesTheStorysText) {
    EXPECT_EQ(html_escape("<b>\"AT&T\"</b> 'x'"), "&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt; &#39;x&#39;");
    Corpus c;
    c.title = "<script>alert(1)</script>";
    c.sources.resize(1);
    c.sources[0].id = "a";
    c.sources[0].text = "<img src=x onerror=alert(1)>";
    ViewState s;
    s.view = View::Sources;
    s.selection.source = "a";
    const std::string html = mirror_page(c, s).html;
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
}

TEST(Citation, ExactWordsThenOutletHeadlineDateAndLink) {
    const Corpus& c = story();
    const Mention& m = c.mentions.front();
    const Source* src = c.find_source(m.source);
    ASSERT_TRUE(src);
    const std::string cite = quote_citation(c, 0, "https://example.org/#view=sources&m=0");
    EXPECT_EQ(cite.rfind("\u201C" + m.quote.exact + "\u201D\n", 0), 0u);
    EXPECT_NE(cite.find(src->display_outlet()), std::string::npos);
    if (src->published) EXPECT_NE(cite.find(src->published->iso()), std::string::npos);
    EXPECT_NE(cite.find("https://example.org/#view=sources&m=0"), std::string::npos);
    EXPECT_EQ(quote_citation(c, c.mentions.size(), ""), "");
}

TEST(Link, MarkedQuoteAndKindFilterTravel) {
    ViewState s;
    s.view = View::Findings;
    s.mention = 3;
    s.finding_kind = "value";
    const std::string frag = encode_fragment(s);
    EXPECT_NE(frag.find("m=3"), std::string::npos);
    EXPECT_NE(frag.find("kind=value"), std::string::npos);
    const FragmentDecode d = decode_fragment(frag, story());
    EXPECT_EQ(d.state.mention, 3);
    EXPECT_EQ(d.state.finding_kind, "value");
    EXPECT_TRUE(d.notices.empty());
    const FragmentDecode bad = decode_fragment("m=9999999&kind=nope", story());
    EXPECT_EQ(bad.state.mention, -1);
    EXPECT_EQ(bad.state.finding_kind, "");
    EXPECT_EQ(bad.notices.size(), 2u);
}
