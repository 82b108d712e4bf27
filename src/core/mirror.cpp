#include "core/mirror.h"

#include <algorithm>
#include <unordered_map>

#include "core/compare.h"
#include "core/export.h"
#include "core/names.h"
#include "core/text.h"

namespace factlens {

using Html = MirrorHtml;

namespace {

// A source's text beyond this is left out of the mirror (a note says so): a screen reader
// user reads on with the reader's own scrolling, and the page stays light.
constexpr std::size_t kMirrorTextBytes = 200 * 1024;
constexpr std::size_t kMirrorRows = 400;  // list rows per view before "and N more"

std::string source_date(const Source& s) { return s.published ? s.published->iso() : std::string(); }


void quote_block(Html& h, const Corpus& corpus, std::size_t mi, bool marked) {
    const Mention& m = corpus.mentions[mi];
    const Source* s = corpus.find_source(m.source);
    h.raw(marked ? "<blockquote class=\"marked\">" : "<blockquote>");
    h.el("p", "\u201C" + m.quote.exact + "\u201D");
    h.raw("<footer>\u2014 <cite>").text(source_name(corpus, m.source)).raw("</cite>");
    if (s && s->published) h.raw(", <time datetime=\"").text(s->published->iso()).raw("\">").text(s->published->iso()).raw("</time>");
    h.raw(" ");
    h.button("show-in-text/" + std::to_string(mi), "Show in text", std::nullopt,
             "Show in text: " + source_name(corpus, m.source));
    h.raw(" ");
    h.button("copy-quote/" + std::to_string(mi), "Copy quote", std::nullopt, "Copy quote: " + source_name(corpus, m.source));
    h.raw("</footer></blockquote>");
}

// `select_id`: the widget that selects it where it is shown ("check/<id>" in Figures).
void finding_article(Html& h, const Corpus& corpus, const ViewState& state, const Finding& f, int level,
                     std::size_t max_quotes, const std::string& select_id = {}) {
    const bool selected = state.selection.finding == f.id;
    const Claim* claim = corpus.find_claim(f.claim);
    const std::string hl = "h" + std::to_string(level);
    h.raw(selected ? "<article class=\"selected\" aria-current=\"true\">" : "<article>");
    std::string heading = std::string(finding_kind_title(f.kind)) + ": " +
                          (is_check(f.kind) ? (f.agrees ? "agrees" : "does not agree") : "sources differ");
    if (claim) heading += " \u2014 " + claim_name(*claim);
    h.el(hl, heading);
    h.el("p", std::string("Severity: ") + std::string(severity_name(f.severity)));
    if (!f.reason.empty()) h.el("p", f.reason);
    if (!f.detail.empty() && f.detail != f.reason) h.el("p", f.detail);
    const std::size_t n = std::min(f.mentions.size(), max_quotes);
    for (std::size_t k = 0; k < n; ++k)
        if (f.mentions[k] < corpus.mentions.size())
            quote_block(h, corpus, f.mentions[k], state.mention == static_cast<long>(f.mentions[k]) || selected);
    if (f.mentions.size() > n) h.el("p", "and " + std::to_string(f.mentions.size() - n) + " more quotes");
    h.button(select_id.empty() ? "finding/" + f.id + "/select" : select_id, selected ? "Selected" : "Select", selected,
             (selected ? "Selected: " : "Select: ") + heading);
    h.raw("</article>");
}

void nav(Html& h, const ViewState& state, const MirrorMenu& menu) {
    h.raw("<nav aria-label=\"Views\"><ul>");
    for (int i = 0; i < kViewCount; ++i) {
        const View v = static_cast<View>(i);
        h.raw("<li><button type=\"button\" data-id=\"tab/").raw(view_name(v)).raw("\"");
        if (v == state.view) h.raw(" aria-current=\"page\"");
        h.raw(">").text(view_title(v)).raw("</button></li>");
    }
    h.raw("</ul></nav>");
    // What the Story menu and Copy link do (the app acts on these names itself).
    h.raw("<nav aria-label=\"Story\"><ul>");
    std::vector<std::pair<std::string, std::string>> items{{"copy-link", "Copy link to this view"}};
    if (menu.can_add_sources) items.emplace_back("menu/add-sources", "Add sources");
    items.emplace_back("menu/open", "Open a saved story");
    items.emplace_back("menu/save", "Save this story");
    if (menu.kept) items.emplace_back("menu/save-page", "Save as a single-file page");
    for (ExportFormat f : {ExportFormat::ClaimReview, ExportFormat::WebAnnotation, ExportFormat::TimelineJS, ExportFormat::Csv})
        items.emplace_back("menu/export/" + std::string(export_format_name(f)), "Export: " + std::string(export_format_title(f)));
    items.emplace_back("menu/default-story", "Open the default story");
    items.emplace_back("menu/library", "Your stories");
    for (const auto& [id, label] : items) {
        h.raw("<li>");
        h.button(id, label);
        h.raw("</li>");
    }
    h.raw("</ul></nav>");
}

void overview_html(Html& h, const Corpus& corpus, const ViewState& state) {
    const Overview o = story_overview(corpus);
    h.el("h2", "What the story is about");
    h.el("p", std::to_string(corpus.sources.size()) + " sources report it, with " + std::to_string(corpus.claims.size()) +
                  " claims; the sources disagree in " + std::to_string(o.disagreements) + " findings, and " +
                  std::to_string(o.failed_checks) + " of " + std::to_string(o.checks) + " arithmetic checks do not hold.");
    h.el("h2", "Who reported what, and when");
    h.raw("<ol>");
    for (std::size_t k = 0; k < o.reporters.size() && k < kOverviewReporters; ++k) {
        const Overview::Reporter& r = o.reporters[k];
        h.raw("<li>");
        const std::string date = source_date(*r.source);
        if (!date.empty()) h.raw("<time datetime=\"").text(date).raw("\">").text(date).raw("</time>: ");
        h.button("source/" + r.source->id, source_name(corpus, r.source->id), state.selection.source == r.source->id);
        h.raw(" \u201C").text(clip_code_points(r.source->display_title(), 160)).raw("\u201D, ");
        h.text(std::to_string(r.claims) + " claims, in " + std::to_string(r.findings) + " disagreements");
        h.raw("</li>");
    }
    h.raw("</ol>");
    if (o.reporters.size() > kOverviewReporters) {
        h.raw("<p>").text("and " + std::to_string(o.reporters.size() - kOverviewReporters) + " more sources ");
        h.button("overview/all-sources", "All sources");
        h.raw("</p>");
    }
    h.el("h2", "Top findings");
    if (o.top.empty()) h.el("p", "The sources do not disagree on anything factlens checks.");
    h.raw("<ol>");
    for (const Finding* f : o.top) {
        h.raw("<li>");
        finding_article(h, corpus, state, *f, 3, 2);
        h.raw("</li>");
    }
    h.raw("</ol>");
    h.button("overview/all-findings", "All " + std::to_string(corpus.findings.size()) + " findings");
}

void findings_html(Html& h, const Corpus& corpus, const ViewState& state) {
    const std::vector<const Finding*> shown = findings_shown(state, corpus);
    h.el("p", "Showing " + std::to_string(shown.size()) + " of " + std::to_string(corpus.findings.size()) +
                  " findings, the most severe first.", "role=\"status\"");
    const std::vector<FindingsFilter> filters = findings_filters(state);
    if (!filters.empty()) {
        h.raw("<ul aria-label=\"Filters in force\">");
        for (const FindingsFilter& f : filters) {
            const std::string what = findings_filter_name(corpus, f);
            h.raw("<li>").text("Only " + what + " ");
            h.button("filter/" + f.key + "/clear", "Clear", std::nullopt, "Clear the filter: only " + what);
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("<div role=\"group\" aria-label=\"Kind of finding\">");
    std::vector<FindingKind> kinds;
    for (const Finding& f : corpus.findings)
        if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end()) kinds.push_back(f.kind);
    for (FindingKind k : kinds) {
        h.button("kind/" + std::string(finding_kind_name(k)), std::string(finding_kind_title(k)),
                 state.finding_kind == finding_kind_name(k));
        h.raw(" ");
    }
    h.raw("</div>");
    std::size_t n = 0;
    for (int pass = 0; pass < 2; ++pass) {
        h.el("h2", pass == 0 ? "Where sources disagree" : "Arithmetic checks and updates");
        for (const Finding* f : shown) {
            if (is_check(f->kind) != (pass == 1)) continue;
            if (++n > kMirrorRows) break;
            finding_article(h, corpus, state, *f, 3, 8);
        }
    }
    if (n > kMirrorRows) h.el("p", "and " + std::to_string(shown.size() - kMirrorRows) + " more findings: narrow the list with a filter.");
}

// A source's text as paragraphs, its claims' quotes marked.
void source_text(Html& h, const Corpus& corpus, const ViewState& state, const Source& src) {
    std::vector<std::size_t> marks;
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i)
        if (corpus.mentions[i].source == src.id && corpus.mentions[i].quote.end > corpus.mentions[i].quote.start) marks.push_back(i);
    std::sort(marks.begin(), marks.end(), [&](std::size_t a, std::size_t b) {
        return corpus.mentions[a].quote.start < corpus.mentions[b].quote.start;
    });
    const std::string_view text = std::string_view(src.text).substr(0, std::min(src.text.size(), kMirrorTextBytes));
    std::size_t at = 0, k = 0;
    h.raw("<p>");
    const auto plain = [&](std::size_t to) {
        while (at < to) {
            const std::size_t nl = text.find('\n', at);
            const std::size_t end = std::min(to, nl == std::string_view::npos ? text.size() : nl);
            h.text(text.substr(at, end - at));
            at = end;
            if (at < to && text[at] == '\n') {
                while (at < to && text[at] == '\n') ++at;
                h.raw("</p><p>");
            }
        }
    };
    for (; k < marks.size(); ++k) {
        const Mention& m = corpus.mentions[marks[k]];
        if (m.quote.start < at || m.quote.end > text.size()) continue;  // overlapping or beyond the cut
        plain(m.quote.start);
        const Claim* c = corpus.find_claim(m.claim);
        const bool marked = state.mention == static_cast<long>(marks[k]);
        h.raw(marked ? "<mark class=\"marked\" title=\"" : "<mark title=\"").text(c ? claim_name(*c) : m.claim).raw("\">");
        h.text(text.substr(m.quote.start, m.quote.end - m.quote.start)).raw("</mark>");
        at = m.quote.end;
    }
    plain(text.size());
    h.raw("</p>");
    if (text.size() < src.text.size())
        h.el("p", "The text goes on for " + std::to_string((src.text.size() - text.size()) / 1024) + " KB more; scroll the reader to read it.");
}

void sources_html(Html& h, const Corpus& corpus, const ViewState& state) {
    h.raw("<ul aria-label=\"Sources\">");
    for (const Source& s : corpus.sources) {
        h.raw("<li>");
        h.button("source/" + s.id, source_name(corpus, s.id) + ": " + clip_code_points(s.display_title(), 120),
                 state.selection.source == s.id);
        const std::string date = source_date(s);
        if (!date.empty()) h.raw(" <time datetime=\"").text(date).raw("\">").text(date).raw("</time>");
        h.raw("</li>");
    }
    h.raw("</ul>");
    const Source* src = corpus.find_source(state.selection.source);
    if (!src) {
        h.el("p", "Choose a source to read it with every claim marked.");
        return;
    }
    h.raw("<article aria-label=\"Source text\">");
    h.el("h2", src->display_title());
    std::string byline = src->display_outlet();
    if (src->published) byline += ", " + src->published->iso();
    h.el("p", byline);
    if (!src->derived_from.empty()) {
        h.raw("<p>Derived from: ");
        for (const std::string& rid : src->derived_from) {
            h.button("derived-from/" + rid, attribution_name(corpus, rid));
            h.raw(" ");
        }
        h.raw("</p>");
    }
    h.button("sources/back", "All sources");
    source_text(h, corpus, state, *src);
    h.raw("</article>");
}

void claims_html(Html& h, const Corpus& corpus, const ViewState& state) {
    // The rows first (at most kMirrorRows), then one pass over the mentions and findings for
    // what each row says: linear in the story, whatever its size.
    std::vector<const Claim*> rows;
    std::unordered_map<std::string_view, std::size_t> row_of;
    for (const Claim& c : corpus.claims) {
        if (!state.search.empty() && claim_name(c).find(state.search) == std::string::npos && c.id.find(state.search) == std::string::npos)
            continue;
        if (rows.size() == kMirrorRows) break;
        row_of.emplace(c.id, rows.size());
        rows.push_back(&c);
    }
    std::vector<std::vector<std::string_view>> sources(rows.size());
    std::vector<std::size_t> findings(rows.size(), 0);
    for (const Mention& m : corpus.mentions)
        if (auto it = row_of.find(m.claim); it != row_of.end()) {
            auto& list = sources[it->second];
            if (std::find(list.begin(), list.end(), std::string_view(m.source)) == list.end()) list.push_back(m.source);
        }
    for (const Finding& f : corpus.findings)
        if (auto it = row_of.find(f.claim); it != row_of.end()) ++findings[it->second];
    h.raw("<table><caption>Claims</caption><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Value</th>"
          "<th scope=\"col\">Period</th><th scope=\"col\">Sources</th><th scope=\"col\">Findings</th></tr></thead><tbody>");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Claim& c = *rows[r];
        h.raw("<tr><th scope=\"row\">");
        h.button("claim/" + c.id, claim_name(c), state.selection.claim == c.id);
        h.raw("</th>");
        h.el("td", c.value ? c.value->display() : std::string("\u2014"));
        h.el("td", c.period);
        std::string names;
        for (std::string_view s : sources[r]) names += (names.empty() ? "" : ", ") + source_name(corpus, s);
        h.el("td", names);
        h.el("td", std::to_string(findings[r]));
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    if (rows.size() == kMirrorRows) h.el("p", "Only the first " + std::to_string(kMirrorRows) + " claims are listed here: search to narrow them.");
    if (const Claim* c = corpus.find_claim(state.selection.claim)) {
        h.el("h2", "What the sources say: " + claim_name(*c));
        std::size_t n = 0;
        for (std::size_t i = 0; i < corpus.mentions.size() && n < kMirrorRows; ++i)
            if (corpus.mentions[i].claim == c->id) {
                ++n;
                quote_block(h, corpus, i, state.mention == static_cast<long>(i));
            }
    }
}

void timeline_html(Html& h, const Corpus& corpus, const ViewState& state) {
    struct Row {
        std::string date, id, label, kind;
    };
    std::vector<Row> rows;
    for (const Source& s : corpus.sources)
        if (s.published) rows.push_back({s.published->iso(), s.id, source_name(corpus, s.id) + ": " + s.display_title(), "published"});
    for (const Report& r : corpus.reports)
        if (auto d = r.date()) rows.push_back({d->iso(), r.id, attribution_name(corpus, r.id), r.is_event ? "event" : "report"});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
    h.raw("<ol aria-label=\"Reports and events by date\">");
    for (const Row& r : rows) {
        h.raw("<li><time datetime=\"").text(r.date).raw("\">").text(r.date).raw("</time> ").text(r.kind + ": ");
        h.button("timeline/" + r.id, r.label, state.selection.report == r.id || state.selection.source == r.id);
        h.raw("</li>");
    }
    h.raw("</ol>");
    if (const Report* r = corpus.find_report(state.selection.report)) {
        h.el("h2", attribution_name(corpus, r->id));
        if (const DatedBy* d = r->best_dating()) {
            h.el("p", "Dated by \u201C" + d->quote.exact + "\u201D in " + source_name(corpus, d->source) +
                          (d->resolved.ok ? ", read as " + d->resolved.date.iso() : std::string()));
        }
        h.raw("<ul>");
        for (const Claim& c : corpus.claims)
            if (c.report == r->id || c.event == r->id) {
                h.raw("<li>");
                h.button("report-claim/" + c.id, claim_name(c));
                h.raw("</li>");
            }
        h.raw("</ul>");
    }
}

void figures_html(Html& h, const Corpus& corpus, const ViewState& state) {
    const std::vector<std::string> currencies = story_currencies(corpus);
    if (!currencies.empty()) {
        const std::string cur = figures_currency(state, currencies);
        h.raw("<div role=\"group\" aria-label=\"Currency the figures are drawn in\">");
        for (const std::string& code : currencies) {
            h.button("currency/" + code, code, cur == code);
            h.raw(" ");
        }
        h.raw("</div>");
    }
    h.button("log-scale", "Log scale", state.log_scale);
    h.raw("<table><caption>Figures, as each source states them</caption><thead><tr><th scope=\"col\">Figure</th>"
          "<th scope=\"col\">Source</th><th scope=\"col\">Stated</th><th scope=\"col\">Quote</th></tr></thead><tbody>");
    std::size_t n = 0;
    for (std::size_t i = 0; i < corpus.mentions.size() && n < kMirrorRows; ++i) {
        const Mention& m = corpus.mentions[i];
        const Claim* c = corpus.find_claim(m.claim);
        if (!c || !m.value || !(c->kind == ClaimKind::Money || c->kind == ClaimKind::Count || c->kind == ClaimKind::Percent ||
                                c->kind == ClaimKind::Fraction))
            continue;
        ++n;
        h.raw("<tr><th scope=\"row\">");
        h.button("bar/" + c->id, claim_name(*c), state.selection.claim == c->id);
        h.raw("</th>");
        h.el("td", source_name(corpus, m.source));
        h.el("td", m.value->display());
        h.el("td", "\u201C" + m.quote.exact + "\u201D");
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    std::vector<const Finding*> checks;
    for (const Finding& f : corpus.findings)
        if (is_check(f.kind) && (state.selection.claim.empty() || f.claim == state.selection.claim)) checks.push_back(&f);
    if (!checks.empty()) {
        h.el("h2", "Arithmetic checks");
        for (const Finding* f : checks) {
            finding_article(h, corpus, state, *f, 3, 4, "check/" + f->id);
        }
    }
}

void compare_html(Html& h, const Corpus& corpus, const ViewState& state) {
    const SourcePair pair = compare_sources(state, corpus);
    if (!pair.left || !pair.right) {
        h.el("p", "Compare needs two sources.");
        return;
    }
    for (const auto& [side, chosen] : {std::pair{"left", pair.left}, std::pair{"right", pair.right}}) {
        h.raw("<div role=\"group\" aria-label=\"").raw(side == std::string_view("left") ? "Left" : "Right").raw(" source\">");
        for (const Source& s : corpus.sources) {
            h.button(std::string("compare/") + side + "/" + s.id, source_name(corpus, s.id), &s == chosen);
            h.raw(" ");
        }
        h.raw("</div>");
    }
    h.el("p", "Left: " + source_name(corpus, pair.left->id) + ", \u201C" + pair.left->display_title() + "\u201D. Right: " +
                  source_name(corpus, pair.right->id) + ", \u201C" + pair.right->display_title() + "\u201D.");
    const std::string_view ta = std::string_view(pair.left->text).substr(0, std::min(pair.left->text.size(), kMirrorTextBytes));
    const std::string_view tb = std::string_view(pair.right->text).substr(0, std::min(pair.right->text.size(), kMirrorTextBytes));
    const std::vector<Range> sa = split_sentences(ta), sb = split_sentences(tb);
    const std::vector<AlignedPair> rows = align_sentences(ta, sa, tb, sb);
    h.raw("<table><caption>Sentences aligned</caption><thead><tr><th scope=\"col\">").text(source_name(corpus, pair.left->id));
    h.raw("</th><th scope=\"col\">").text(source_name(corpus, pair.right->id)).raw("</th></tr></thead><tbody>");
    std::size_t n = 0;
    for (const AlignedPair& r : rows) {
        if (++n > kMirrorRows) break;
        const auto cell = [&](std::string_view t, const std::vector<Range>& s, int i) {
            if (i < 0) return std::string("(nothing here)");
            return std::string(t.substr(s[i].start, s[i].end - s[i].start));
        };
        h.raw("<tr>");
        h.el("td", cell(ta, sa, r.a));
        h.el("td", cell(tb, sb, r.b));
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
}

}  // namespace

MirrorHtml& MirrorHtml::text(std::string_view s) {
    out_ += html_escape(s);
    return *this;
}

MirrorHtml& MirrorHtml::el(std::string_view tag, std::string_view content, std::string_view attrs) {
    out_ += '<';
    out_ += tag;
    if (!attrs.empty()) out_ += ' ', out_ += attrs;
    out_ += '>';
    text(content);
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

MirrorHtml& MirrorHtml::button(std::string_view id, std::string_view label, std::optional<bool> pressed,
                               std::string_view described) {
    out_ += "<button type=\"button\" data-id=\"";
    text(id);
    out_ += '"';
    if (pressed) out_ += *pressed ? " aria-pressed=\"true\"" : " aria-pressed=\"false\"";
    if (!described.empty()) {
        out_ += " aria-label=\"";
        text(described);
        out_ += '"';
    }
    out_ += '>';
    text(label);
    out_ += "</button>";
    return *this;
}

MirrorHtml& MirrorHtml::field(std::string_view id, std::string_view label, std::string_view value, bool multiline,
                              std::string_view hint, std::string_view error, std::string_view enter) {
    // The label wraps its field, so it needs no id of its own; the error is announced with it.
    out_ += "<label class=\"field\"><span>";
    text(label);
    out_ += "</span>";
    out_ += multiline ? "<textarea rows=\"6\" data-set=\"" : "<input type=\"text\" data-set=\"";
    text(id);
    out_ += '"';
    if (!hint.empty()) out_ += " placeholder=\"", text(hint), out_ += '"';
    if (!error.empty()) out_ += " aria-invalid=\"true\"";
    if (!enter.empty()) out_ += " data-enter=\"", text(enter), out_ += '"';
    if (multiline) {
        out_ += '>';
        text(value);
        out_ += "</textarea>";
    } else {
        out_ += " value=\"";
        text(value);
        out_ += "\">";
    }
    if (!error.empty()) out_ += "<strong class=\"error\">", text(error), out_ += "</strong>";
    out_ += "</label>";
    return *this;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

Overview story_overview(const Corpus& corpus, std::size_t top_n) {
    Overview o;
    std::unordered_map<std::string_view, std::size_t> at;
    for (const Source& s : corpus.sources) {
        at.emplace(s.id, o.reporters.size());
        o.reporters.push_back(Overview::Reporter{&s, 0, 0});
    }
    // Claims per source: a claim counted once per source (its mentions may repeat it).
    std::unordered_map<std::string_view, std::vector<std::string_view>> claims_of;
    for (const Mention& m : corpus.mentions) {
        auto& list = claims_of[m.source];
        if (list.empty() || list.back() != m.claim) list.push_back(m.claim);
    }
    for (auto& [source, list] : claims_of) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        if (auto it = at.find(source); it != at.end()) o.reporters[it->second].claims = list.size();
    }
    for (const Finding& f : corpus.findings) {
        if (is_check(f.kind)) {
            ++o.checks;
            o.failed_checks += !f.agrees;
            continue;
        }
        ++o.disagreements;
        for (const std::string& s : f.sources)
            if (auto it = at.find(s); it != at.end()) ++o.reporters[it->second].findings;
    }
    std::stable_sort(o.reporters.begin(), o.reporters.end(), [](const Overview::Reporter& a, const Overview::Reporter& b) {
        if (a.source->published.has_value() != b.source->published.has_value()) return a.source->published.has_value();
        return a.source->published && a.source->published->first_day() < b.source->published->first_day();
    });
    for (const Finding* f : findings_ranked(corpus)) {
        if (o.top.size() >= top_n) break;
        if (f->kind == FindingKind::Update || (is_check(f->kind) && f->agrees)) continue;
        o.top.push_back(f);
    }
    std::stable_sort(o.top.begin(), o.top.end(), [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
    return o;
}

MirrorPage mirror_page(const Corpus& corpus, const ViewState& state, const MirrorMenu& menu) {
    MirrorPage page;
    Html h;
    const std::string story = corpus.title.empty() ? std::string("no story loaded") : corpus.title;
    nav(h, state, menu);
    h.raw("<main>");
    h.el("h1", std::string(view_title(state.view)) + ": " + story);
    switch (state.view) {
        case View::Overview: overview_html(h, corpus, state); break;
        case View::Timeline: timeline_html(h, corpus, state); break;
        case View::Figures: figures_html(h, corpus, state); break;
        case View::Sources: sources_html(h, corpus, state); break;
        case View::Claims: claims_html(h, corpus, state); break;
        case View::Findings: findings_html(h, corpus, state); break;
        case View::Compare: compare_html(h, corpus, state); break;
    }
    h.raw("</main>");
    page.html = h.take();

    // The title names the view, then what is selected in it, then the story.
    std::string title(view_title(state.view));
    if (const Finding* f = corpus.find_finding(state.selection.finding)) {
        title += " \u00B7 " + std::string(finding_kind_title(f->kind));
        if (const Claim* c = corpus.find_claim(f->claim)) title += ": " + clip_code_points(claim_name(*c), 60);
    } else if (const Claim* c = corpus.find_claim(state.selection.claim)) {
        title += " \u00B7 " + clip_code_points(claim_name(*c), 60);
    }
    if (state.view == View::Sources || state.view == View::Compare)
        if (const Source* s = corpus.find_source(state.selection.source)) title += " \u00B7 " + source_name(corpus, s->id);
    title += " \u00B7 " + clip_code_points(story, 60) + " \u00B7 factlens";
    page.title = std::move(title);
    return page;
}

MirrorAct act_on(ViewState& state, const Corpus& corpus, std::string_view id) {
    MirrorAct r;
    if (id == "log-scale") {
        r.known = true;
        state.log_scale = !state.log_scale;
        return r;
    }
    const std::size_t slash = id.find('/');
    if (slash == std::string_view::npos) return r;
    const std::string_view what = id.substr(0, slash);
    std::string arg(id.substr(slash + 1));
    const auto index = [&](std::size_t& out) {
        const auto n = parse_index(arg);
        out = n.value_or(0);
        return n && *n < corpus.mentions.size();
    };
    std::size_t mi = 0;
    if (what == "tab") {
        if (auto v = view_from_name(arg)) {
            r.known = true;
            r.view_changed = state.view != *v;
            select_view(state, *v);
        }
    } else if (what == "source" && corpus.find_source(arg)) {
        r.known = true;
        toggle_source(state, arg);
        if (state.view == View::Overview && !state.selection.source.empty()) {
            select_view(state, View::Sources);
            r.view_changed = true;
        }
    } else if ((what == "claim" || what == "bar" || what == "report-claim") && corpus.find_claim(arg)) {
        r.known = true;
        select_claim(state, state.selection.claim == arg && what != "report-claim" ? std::string() : arg);
    } else if (what == "finding") {
        const std::size_t tail = arg.rfind("/select");
        if (tail != std::string::npos && tail + 7 == arg.size()) arg.resize(tail);
        if (corpus.find_finding(arg)) {
            r.known = true;
            if (state.view == View::Overview) {
                // One click from the overview to the finding's quotes.
                if (state.selection.finding != arg) toggle_finding(state, corpus, arg);
                select_view(state, View::Findings);
                r.view_changed = true;
            } else {
                toggle_finding(state, corpus, arg);
            }
        }
    } else if (what == "show-in-text" && index(mi)) {
        r.known = true;
        r.view_changed = state.view != View::Sources;
        show_in_text(state, corpus, mi);
    } else if (what == "copy-quote" && index(mi)) {
        r.known = true;
        r.copy_mention = mi;
    } else if (what == "filter") {
        const std::size_t tail = arg.find('/');
        const std::string key = arg.substr(0, tail);
        if (key == "claim" || key == "source" || key == "kind" || key == "search") {
            r.known = true;
            clear_findings_filter(state, key);
        }
    } else if (what == "kind" && finding_kind_from_name(arg)) {
        r.known = true;
        set_finding_kind(state, state.finding_kind == arg ? std::string_view() : std::string_view(arg));
    } else if (id == "overview/all-sources") {
        r.known = true;
        r.view_changed = state.view != View::Sources;
        select_view(state, View::Sources);
    } else if (id == "overview/all-findings") {
        r.known = true;
        r.view_changed = state.view != View::Findings;
        select_view(state, View::Findings);
    } else if (what == "check" && corpus.find_finding(arg)) {
        // As in Figures: a check is selected by a click, not unselected.
        r.known = true;
        if (state.selection.finding != arg) toggle_finding(state, corpus, arg);
    } else if (what == "currency") {
        const std::vector<std::string> codes = story_currencies(corpus);
        if (std::find(codes.begin(), codes.end(), arg) != codes.end()) {
            r.known = true;
            set_currency(state, corpus, arg);
        }
    } else if (what == "compare") {
        // "compare/left/<source>" or "compare/right/<source>": the Compare pickers' choices.
        const std::size_t tail = arg.find('/');
        const std::string side = arg.substr(0, tail);
        const std::string pick = tail == std::string::npos ? std::string() : arg.substr(tail + 1);
        const SourcePair pair = compare_sources(state, corpus);
        if ((side == "left" || side == "right") && corpus.find_source(pick) && pair.left && pair.right) {
            r.known = true;
            if (side == "left") set_compare_sources(state, pick, pair.right->id);
            else set_compare_sources(state, pair.left->id, pick);
        }
    } else if (id == "sources/back") {
        r.known = true;
        if (!state.selection.source.empty()) toggle_source(state, state.selection.source);
    } else if (what == "derived-from" && corpus.find_report(arg)) {
        r.known = true;
        select_report(state, arg);
    } else if (what == "timeline") {
        if (corpus.find_report(arg)) {
            r.known = true;
            select_report(state, state.selection.report == arg ? std::string() : arg);
        } else if (corpus.find_source(arg)) {
            r.known = true;
            toggle_source(state, arg);
        }
    }
    return r;
}

}  // namespace factlens
