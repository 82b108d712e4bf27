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

TEST(Mirror, FiguresAndCompareControlsActAsTheirWidgets) {
    ViewState s;
    s.view = View::Figures;
    const std::string html = mirror_page(story(), s).html;
    // The story's own currencies, the one in force pressed; the log scale; each check.
    const std::vector<std::string> codes = story_currencies(story());
    ASSERT_GE(codes.size(), 2u);
    EXPECT_NE(html.find("data-id=\"currency/" + codes[0] + "\" aria-pressed=\"true\""), std::string::npos);
    EXPECT_NE(html.find("data-id=\"currency/" + codes[1] + "\" aria-pressed=\"false\""), std::string::npos);
    EXPECT_TRUE(act_on(s, story(), "currency/" + codes[1]).known);
    EXPECT_EQ(figures_currency(s, story()), codes[1]);
    EXPECT_FALSE(act_on(s, story(), "currency/XXX").known);
    EXPECT_EQ(figures_currency(s, story()), codes[1]);
    const bool log_scale = s.log_scale;
    EXPECT_NE(html.find(std::string("data-id=\"log-scale\" aria-pressed=\"") + (log_scale ? "true" : "false")), std::string::npos);
    EXPECT_TRUE(act_on(s, story(), "log-scale").known);
    EXPECT_NE(s.log_scale, log_scale);
    for (const Finding& f : story().findings)
        if (is_check(f.kind)) {
            EXPECT_NE(html.find("data-id=\"check/" + f.id + "\""), std::string::npos) << f.id;
            act_on(s, story(), "check/" + f.id);
            EXPECT_EQ(s.selection.finding, f.id);
            act_on(s, story(), "check/" + f.id);  // a second press keeps it, as a click does
            EXPECT_EQ(s.selection.finding, f.id);
            break;
        }

    ViewState c;
    c.view = View::Compare;
    const SourcePair before = compare_sources(c, story());
    const std::string third = story().sources[2].id;
    EXPECT_NE(mirror_page(story(), c).html.find("data-id=\"compare/right/" + third + "\""), std::string::npos);
    EXPECT_TRUE(act_on(c, story(), "compare/right/" + third).known);
    EXPECT_EQ(compare_sources(c, story()).right->id, third);
    EXPECT_EQ(compare_sources(c, story()).left->id, before.left->id);
    EXPECT_FALSE(act_on(c, story(), "compare/middle/" + third).known);
    EXPECT_FALSE(act_on(c, story(), "compare/left/no-such-source").known);

    // The reader's way back to the list.
    ViewState r;
    act_on(r, story(), "source/" + third);
    EXPECT_EQ(r.selection.source, third);
    EXPECT_TRUE(act_on(r, story(), "sources/back").known);
    EXPECT_TRUE(r.selection.source.empty());
}

TEST(Mirror, TheStoryMenuOffersWhatApplies) {
    ViewState s;
    const std::string kept = mirror_page(story(), s, MirrorMenu{true, true}).html;
    for (const char* id : {"menu/add-sources", "menu/library", "menu/save-page", "menu/export/claimreview", "menu/export/csv",
                           "menu/export/timelinejs", "menu/export/webannotation"})
        EXPECT_NE(kept.find(std::string("data-id=\"") + id + "\""), std::string::npos) << id;
    const std::string building = mirror_page(story(), s, MirrorMenu{false, false}).html;
    EXPECT_EQ(building.find("data-id=\"menu/add-sources\""), std::string::npos);
    EXPECT_EQ(building.find("data-id=\"menu/save-page\""), std::string::npos);
}

TEST(Mirror, FieldsAreLabelledAndEscaped) {
    MirrorHtml h;
    h.field("add-sources/title", "Story title", "\"Tom & Jerry\" <b>", false, "YYYY", "not a date", "x/save");
    const std::string out = h.take();
    EXPECT_NE(out.find("<label class=\"field\"><span>Story title</span><input type=\"text\" data-set=\"add-sources/title\""), std::string::npos);
    EXPECT_NE(out.find("value=\"&quot;Tom &amp; Jerry&quot; &lt;b&gt;\""), std::string::npos);
    EXPECT_NE(out.find("aria-invalid=\"true\""), std::string::npos);
    EXPECT_NE(out.find("data-enter=\"x/save\""), std::string::npos);
    MirrorHtml t;
    t.field("add-sources/paste", "Paste", "a </textarea> b", true);
    EXPECT_NE(t.take().find("<textarea rows=\"6\" data-set=\"add-sources/paste\">a &lt;/textarea&gt; b</textarea>"), std::string::npos);
}
