// [SECTION] Names
// [SECTION] Shared helpers (code points, quotes, dates)
// [SECTION] ClaimReview (schema.org JSON-LD)
// [SECTION] Web Annotation (W3C JSON-LD)
// [SECTION] TimelineJS
// [SECTION] CSV
// [SECTION] Entry point
#include "core/export.h"
#include "core/names.h"

#include <algorithm>
#include <array>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/anchor.h"
#include "core/text.h"

namespace factlens {

namespace {

using Json = nlohmann::json;  // keys sorted ("@context" first): the one instantiation the rest of the page uses too

// ---------------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------------
struct FormatInfo {
    ExportFormat format;
    std::string_view name;
    std::string_view file_name;
    std::string_view mime_type;
};

constexpr std::array<FormatInfo, 4> kFormats = {{
    {ExportFormat::ClaimReview, "claimreview", "factlens-claimreview.jsonld", "application/ld+json"},
    {ExportFormat::WebAnnotation, "webannotation", "factlens-annotations.jsonld", "application/ld+json"},
    {ExportFormat::TimelineJS, "timelinejs", "factlens-timeline.json", "application/json"},
    {ExportFormat::Csv, "csv", "factlens-claims.csv", "text/csv"},
}};

const FormatInfo& info(ExportFormat format) {
    for (const FormatInfo& f : kFormats)
        if (f.format == format) return f;
    return kFormats[0];
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------
// [SECTION] Shared helpers (code points, quotes, dates)
// ---------------------------------------------------------------------------------
constexpr std::size_t kContextCodePoints = 32;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Up to `n` code points of `text` ending at byte `pos` (cut at a code point boundary).
std::string_view code_points_before(std::string_view text, std::size_t pos, std::size_t n) {
    std::size_t i = std::min(pos, text.size());
    const std::size_t end = i;
    for (std::size_t count = 0; i > 0 && count < n; ++count) {
        --i;
        while (i > 0 && is_continuation(text[i])) --i;
    }
    return text.substr(i, end - i);
}

// Up to `n` code points of `text` starting at byte `pos`.
std::string_view code_points_after(std::string_view text, std::size_t pos, std::size_t n) {
    const std::size_t begin = std::min(pos, text.size());
    std::size_t i = begin;
    for (std::size_t count = 0; i < text.size() && count < n; ++count) {
        ++i;
        while (i < text.size() && is_continuation(text[i])) ++i;
    }
    return text.substr(begin, i - begin);
}

// Where a quote stands in its source, in bytes and in code points.
struct Located {
    std::size_t byte_start = 0, byte_end = 0;
    std::size_t start = 0, end = 0;  // code points
};

// What every export looks up per mention, indexed once: ids, the findings of each claim
// and of each mention, and each source's code point offsets. Looking each up afresh
// (walking the claims, the findings, the text up to the quote) is quadratic over a
// large story.
class Lookup {
public:
    explicit Lookup(const Corpus& c) : corpus(c), index(c) {
        for (const Finding& f : c.findings) {
            by_claim_[f.claim].push_back(&f);
            for (std::size_t m : f.mentions) by_mention_[m].push_back(&f);
        }
    }
    const std::vector<const Finding*>& findings_of_claim(std::string_view claim) const { return find(by_claim_, claim); }
    const std::vector<const Finding*>& findings_of_mention(std::size_t mention) const { return find(by_mention_, mention); }

    // The quote's anchored range when it holds `exact`; otherwise anchors a copy (a
    // corpus built in code may not have been anchored). nullopt when the words are not in
    // the text.
    std::optional<Located> locate(const Source* source, const Quote& quote) {
        if (!source || quote.exact.empty()) return std::nullopt;
        const std::string& text = source->text;
        std::size_t b = quote.start, e = quote.end;
        const bool anchored = b <= e && e <= text.size() && std::string_view(text).substr(b, e - b) == quote.exact;
        if (!anchored) {
            Quote copy = quote;
            if (anchorer(*source).anchor(copy) != AnchorResult::Found) return std::nullopt;
            b = copy.start;
            e = copy.end;
        }
        const CodePointOffsets& cps = offsets(*source);
        Located at;
        at.byte_start = b;
        at.byte_end = e;
        at.start = cps.at(b);
        at.end = cps.at(e);
        return at;
    }

    const Corpus& corpus;
    const CorpusIndex index;

private:
    template <class Key>
    static const std::vector<const Finding*>& find(const std::unordered_map<Key, std::vector<const Finding*>>& map,
                                                   const Key& key) {
        static const std::vector<const Finding*> kNone;
        const auto it = map.find(key);
        return it == map.end() ? kNone : it->second;
    }
    const CodePointOffsets& offsets(const Source& s) {
        auto& slot = offsets_[&s];
        if (!slot) slot = std::make_unique<CodePointOffsets>(s.text);
        return *slot;
    }
    QuoteAnchorer& anchorer(const Source& s) {
        auto& slot = anchorers_[&s];
        if (!slot) slot = std::make_unique<QuoteAnchorer>(s.text);
        return *slot;
    }
    std::unordered_map<std::string_view, std::vector<const Finding*>> by_claim_;
    std::unordered_map<std::size_t, std::vector<const Finding*>> by_mention_;
    std::unordered_map<const Source*, std::unique_ptr<CodePointOffsets>> offsets_;
    std::unordered_map<const Source*, std::unique_ptr<QuoteAnchorer>> anchorers_;
};

// ISO 8601 for schema.org: day, month, year and ISO week as Date::iso() writes them; a
// quarter (not ISO 8601) becomes its year, so no precision is invented.
std::string iso8601(const Date& d) {
    if (d.precision == Precision::Quarter) {
        Date y = d;
        y.precision = Precision::Year;
        return y.iso();
    }
    return d.iso();
}

// "ByteDance — capital expenditure"
std::string claim_label(const Claim& claim) {
    if (claim.subject.empty()) return claim.measure;
    if (claim.measure.empty()) return claim.subject;
    return claim.subject + " \u2014 " + claim.measure;
}

// "ByteDance — capital expenditure: over CNY 150bn (2025)": only the claim's own fields
// (subject, measure, value, period), nothing else.
std::string claim_sentence(const Claim& claim) {
    std::string s = claim_label(claim);
    if (claim.value) s += ": " + claim.value->display();
    if (!claim.period.empty()) s += " (" + claim.period + ")";
    return s;
}

std::string urn(const Corpus& corpus, std::string_view kind, std::string_view id) {
    return "urn:factlens:" + corpus.id + ":" + std::string(kind) + ":" + std::string(id);
}

std::string dump(const Json& j) {
    // Replace (never throw on) invalid UTF-8: core code runs without exceptions.
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------------------------
// [SECTION] ClaimReview (schema.org JSON-LD)
// ---------------------------------------------------------------------------------
// "Sources disagree: value, scope; checks fail: conversion", "Checks fail: parts",
// "Sources agree" (two or more sources, nothing wrong), "Single source" (one source).
std::string rating_name(const std::vector<const Finding*>& findings, std::size_t source_count) {
    std::vector<FindingKind> disagree, failed;
    for (const Finding* f : findings) {
        std::vector<FindingKind>& into = is_check(f->kind) ? failed : disagree;
        if (is_check(f->kind) && f->agrees) continue;
        if (std::find(into.begin(), into.end(), f->kind) == into.end()) into.push_back(f->kind);
    }
    std::sort(disagree.begin(), disagree.end());
    std::sort(failed.begin(), failed.end());
    auto kinds = [](const std::vector<FindingKind>& ks) {
        std::string s;
        for (FindingKind k : ks) s += (s.empty() ? "" : ", ") + std::string(finding_kind_name(k));
        return s;
    };
    std::string out;
    if (!disagree.empty()) out = "Sources disagree: " + kinds(disagree);
    if (!failed.empty()) out += out.empty() ? "Checks fail: " + kinds(failed) : "; checks fail: " + kinds(failed);
    if (!out.empty()) return out;
    return source_count >= 2 ? "Sources agree" : "Single source";
}

Json claim_review(const Lookup& at, const Claim& claim, const std::vector<std::size_t>& mentions,
                  const std::vector<const Finding*>& findings) {
    const Corpus& corpus = at.corpus;
    Json review;
    review["@context"] = "https://schema.org";
    review["@type"] = "ClaimReview";
    review["@id"] = urn(corpus, "claim", claim.id);
    review["claimReviewed"] = claim_sentence(claim);

    Json item;
    item["@type"] = "Claim";
    // Author: the outlet of the report the claim is attributed to; with no report, the
    // first mentioning source that names its outlet. An "unnamed" report has no author.
    std::string author;
    std::optional<Date> published;
    const Report* report = claim.report.empty() ? nullptr : at.index.report(claim.report);
    if (report) {
        if (report->outlet != "unnamed") author = report->outlet;
        published = report->date();
    }
    std::set<std::string> sources;
    for (std::size_t i : mentions) {
        const Source* s = at.index.source(corpus.mentions[i].source);
        if (!s) continue;
        sources.insert(s->id);
        if (!report && author.empty()) author = s->outlet;
        if (!published) published = s->published;
    }
    if (!author.empty()) item["author"] = Json{{"@type", "Organization"}, {"name", author}};
    if (published && published->precision != Precision::None) item["datePublished"] = iso8601(*published);
    Json appearance = Json::array();
    for (std::size_t i : mentions) {
        const Mention& m = corpus.mentions[i];
        const Source* s = at.index.source(m.source);
        Json work;
        work["@type"] = "CreativeWork";
        if (s && !s->url.empty()) work["url"] = s->url;
        work["name"] = s ? clip_code_points(s->display_title(), 120) : m.source;  // its headline, not our id
        if (s && !s->outlet.empty()) work["publisher"] = Json{{"@type", "Organization"}, {"name", s->outlet}};
        if (s && s->published && s->published->precision != Precision::None)
            work["datePublished"] = iso8601(*s->published);
        work["text"] = m.quote.exact;
        appearance.push_back(std::move(work));
    }
    item["appearance"] = std::move(appearance);
    review["itemReviewed"] = std::move(item);

    Json rating;
    rating["@type"] = "Rating";
    rating["alternateName"] = rating_name(findings, sources.size());
    std::string explanation;
    for (const Finding* f : findings)
        explanation += (explanation.empty() ? "" : " ") + std::string(finding_kind_name(f->kind)) + ": " + f->detail + ".";
    if (!explanation.empty()) rating["ratingExplanation"] = explanation;
    review["reviewRating"] = std::move(rating);
    return review;
}

std::string export_claimreview(const Corpus& corpus) {
    const Lookup at(corpus);
    Json out = Json::array();
    for (const Claim& claim : corpus.claims) {
        const auto& mentions = at.index.mentions_of(claim.id);
        const auto& findings = at.findings_of_claim(claim.id);
        if (mentions.empty() && findings.empty()) continue;
        out.push_back(claim_review(at, claim, mentions, findings));
    }
    return dump(out);
}

// ---------------------------------------------------------------------------------
// [SECTION] Web Annotation (W3C JSON-LD)
// ---------------------------------------------------------------------------------
Json annotation(Lookup& at, std::size_t index) {
    const Corpus& corpus = at.corpus;
    const Mention& m = corpus.mentions[index];
    const Source* source = at.index.source(m.source);
    const Claim* claim = at.index.claim(m.claim);

    Json a;
    a["id"] = urn(corpus, "mention", std::to_string(index));
    a["type"] = "Annotation";

    Json body = Json::array();
    body.push_back(Json{{"type", "TextualBody"},
                        {"value", claim ? claim_label(*claim) : m.claim},
                        {"purpose", "describing"},
                        {"format", "text/plain"}});
    body.push_back(Json{{"type", "TextualBody"}, {"value", m.claim}, {"purpose", "tagging"}});
    // The findings this mention takes part in: an assessment of these words.
    bool assessed = false;
    const Finding* last = nullptr;
    for (const Finding* fp : at.findings_of_mention(index)) {
        if (fp == last) continue;  // a finding that lists the mention twice assesses it once
        last = fp;
        const Finding& f = *fp;
        assessed = true;
        body.push_back(Json{{"id", urn(corpus, "finding", f.id)},
                            {"type", "TextualBody"},
                            {"value", std::string(finding_kind_name(f.kind)) + ": " + f.detail},
                            {"purpose", "assessing"},
                            {"format", "text/plain"}});
    }
    a["motivation"] = assessed ? "assessing" : "highlighting";
    a["body"] = std::move(body);

    Json target;
    target["source"] = source && !source->url.empty() ? source->url : urn(corpus, "source", m.source);
    Json quote_selector{{"type", "TextQuoteSelector"}, {"exact", m.quote.exact}};
    const std::optional<Located> where = at.locate(source, m.quote);
    std::string prefix = m.quote.prefix, suffix = m.quote.suffix;
    if (where) {
        if (prefix.empty()) prefix = std::string(code_points_before(source->text, where->byte_start, kContextCodePoints));
        if (suffix.empty()) suffix = std::string(code_points_after(source->text, where->byte_end, kContextCodePoints));
    }
    if (!prefix.empty()) quote_selector["prefix"] = prefix;
    if (!suffix.empty()) quote_selector["suffix"] = suffix;
    Json selectors = Json::array();
    selectors.push_back(std::move(quote_selector));
    if (where) selectors.push_back(Json{{"type", "TextPositionSelector"}, {"start", where->start}, {"end", where->end}});
    target["selector"] = std::move(selectors);
    a["target"] = std::move(target);
    return a;
}

std::string export_webannotation(const Corpus& corpus) {
    Lookup at(corpus);
    Json items = Json::array();
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) items.push_back(annotation(at, i));
    Json out;
    out["@context"] = "http://www.w3.org/ns/anno.jsonld";
    out["id"] = "urn:factlens:" + corpus.id + ":annotations";
    out["type"] = "AnnotationCollection";
    if (!corpus.title.empty()) out["label"] = corpus.title;
    out["total"] = corpus.mentions.size();
    out["first"] = Json{{"id", "urn:factlens:" + corpus.id + ":annotations:page:0"},
                        {"type", "AnnotationPage"},
                        {"startIndex", 0},
                        {"items", std::move(items)}};
    return dump(out);
}

// ---------------------------------------------------------------------------------
// [SECTION] TimelineJS
// ---------------------------------------------------------------------------------
std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// A TimelineJS date object holding only what the precision knows: {year}, {year, month}
// or {year, month, day}.
Json timeline_date(int year, int month, int day) {
    Json d;
    d["year"] = year;
    if (month > 0) d["month"] = month;
    if (day > 0) d["day"] = day;
    return d;
}

// start_date (and end_date for a quarter, month or week: the last day it covers) and
// display_date of a slide.
void put_dates(Json& slide, const Date& date) {
    switch (date.precision) {
        case Precision::None:
        case Precision::Year: slide["start_date"] = timeline_date(date.year, 0, 0); break;
        case Precision::Quarter:
        case Precision::Month: {
            const Date first = civil_from_days(date.first_day());
            const Date last = civil_from_days(date.last_day());
            slide["start_date"] = timeline_date(first.year, first.month, 0);
            slide["end_date"] = timeline_date(last.year, last.month, last.day);
            break;
        }
        case Precision::Week: {
            const Date first = civil_from_days(date.first_day());
            const Date last = civil_from_days(date.last_day());
            slide["start_date"] = timeline_date(first.year, first.month, first.day);
            slide["end_date"] = timeline_date(last.year, last.month, last.day);
            break;
        }
        case Precision::Day: slide["start_date"] = timeline_date(date.year, date.month, date.day); break;
    }
    slide["display_date"] = date.display();
}

// "<p><q>On Tuesday</q> in wire: reasoning</p>" for one piece of dating evidence.
std::string evidence_html(const Corpus& corpus, const std::string& source_id, const std::string& exact,
                          const std::string& reasoning, bool best) {
    // Sources by name, as on screen (core/names.h): ids stay in ids.
    std::string html = "<p>" + std::string(best ? "<strong>" : "") + "<q>" + html_escape(exact) + "</q> in " +
                       html_escape(source_name(corpus, source_id));
    html += best ? "</strong>" : "";
    if (!reasoning.empty()) html += ": " + html_escape(reasoning);
    return html + "</p>";
}

Json report_slide(const Corpus& corpus, const Report& r, const Date& date) {
    Json slide;
    put_dates(slide, date);
    std::string html;
    const DatedBy* best = r.best_dating();
    const bool stated_wins = !best || !best->resolved.ok || !(best->resolved.date == date);
    for (const DatedBy& d : r.dated_by)
        html += evidence_html(corpus, d.source, d.quote.exact, d.resolved.reasoning, !stated_wins && &d == best);
    if (stated_wins && r.stated_date) html += "<p><strong>Date given in the corpus: " + r.stated_date->iso() + "</strong></p>";
    slide["text"] = Json{{"headline", html_escape(r.label.empty() ? r.id : r.label)}, {"text", html}};
    slide["group"] = r.is_event ? "Events" : r.outlet.empty() ? "Reports" : r.outlet;
    slide["unique_id"] = r.id;
    return slide;
}

Json source_slide(const Corpus& corpus, const Source& s, const std::string& unique_id) {
    Json slide;
    put_dates(slide, *s.published);
    std::string html = "<p>Published " + html_escape(s.published->display());
    if (!s.published_reason.empty()) html += ": " + html_escape(s.published_reason);
    html += "</p>";
    for (const CitedQuote& q : s.published_evidence) html += evidence_html(corpus, q.source, q.quote.exact, "", false);
    if (!s.url.empty()) html += "<p><a href=\"" + html_escape(s.url) + "\">" + html_escape(s.url) + "</a></p>";
    slide["text"] = Json{{"headline", html_escape(clip_code_points(s.display_title(), 120))}, {"text", html}};
    slide["group"] = s.display_outlet();
    slide["unique_id"] = unique_id;
    return slide;
}

std::string export_timelinejs(const Corpus& corpus) {
    Json events = Json::array();
    std::set<std::string> ids;
    std::size_t reports = 0, sources = 0;
    for (const Report& r : corpus.reports) {
        const std::optional<Date> date = r.date();
        if (!date || date->precision == Precision::None) continue;
        events.push_back(report_slide(corpus, r, *date));
        ids.insert(r.id);
        ++reports;
    }
    for (const Source& s : corpus.sources) {
        if (!s.published || s.published->precision == Precision::None) continue;
        std::string id = "source-" + s.id;
        while (ids.count(id)) id += "-source";
        ids.insert(id);
        events.push_back(source_slide(corpus, s, id));
        ++sources;
    }
    Json out;
    out["title"] = Json{
        {"text",
         {{"headline", html_escape(corpus.title.empty() ? corpus.id : corpus.title)},
          {"text", "<p>" + std::to_string(reports) + " dated reports and events, " + std::to_string(sources) +
                       " dated sources</p>"}}}};
    out["events"] = std::move(events);
    return dump(out);
}

// ---------------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------------
constexpr std::string_view kCsvLineEnd = "\r\n";

// A spreadsheet reads a cell that starts with = + - @ (or a tab or CR, which some trim
// first) as a formula: text from an article such as "=HYPERLINK(...)" would run. OWASP's
// rule: such a cell starts with a single quote, which shows the text as text.
bool reads_as_formula(std::string_view field) {
    return !field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' ||
                              field[0] == '\t' || field[0] == '\r');
}

// RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled;
// one that would read as a formula gets its quote mark first.
std::string csv_field(std::string_view raw) {
    const std::string field = reads_as_formula(raw) ? "'" + std::string(raw) : std::string(raw);
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += kCsvLineEnd;
}

std::string export_csv(const Corpus& corpus) {
    Lookup at(corpus);
    std::string out;
    csv_row(out, {"claim_id", "claim_kind", "subject", "measure", "claim_value", "claim_period", "source_id", "outlet",
                  "quote", "start", "end", "stated_value", "converted", "period", "scope", "attribution", "actor",
                  "spelling", "stance", "findings"});
    std::unordered_map<std::string_view, std::string> findings_text;  // claim -> "id;id"
    for (const Mention& m : corpus.mentions) {
        const Claim* claim = at.index.claim(m.claim);
        const Source* source = at.index.source(m.source);
        const std::optional<Located> where = at.locate(source, m.quote);
        auto [slot, added] = findings_text.emplace(m.claim, std::string());
        if (added)
            for (const Finding* f : at.findings_of_claim(m.claim)) slot->second += (slot->second.empty() ? "" : ";") + f->id;
        const std::string& findings = slot->second;
        csv_row(out, {m.claim,
                      claim ? std::string(claim_kind_name(claim->kind)) : "",
                      claim ? claim->subject : "",
                      claim ? claim->measure : "",
                      claim && claim->value ? claim->value->display() : "",
                      claim ? claim->period : "",
                      m.source,
                      source ? source->outlet : "",
                      m.quote.exact,
                      where ? std::to_string(where->start) : "",
                      where ? std::to_string(where->end) : "",
                      m.value ? m.value->display() : "",
                      m.converted ? m.converted->display() : "",
                      m.period,
                      m.scope,
                      m.attribution,
                      m.actor,
                      m.spelling,
                      m.stance,
                      findings});
    }
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] Entry point
// ---------------------------------------------------------------------------------
std::optional<ExportFormat> export_format_from_name(std::string_view name) {
    for (const FormatInfo& f : kFormats)
        if (equals_ignoring_ascii_case(f.name, name)) return f.format;
    return std::nullopt;
}

std::string_view export_format_title(ExportFormat format) {
    switch (format) {
        case ExportFormat::ClaimReview: return "ClaimReview (JSON-LD)";
        case ExportFormat::WebAnnotation: return "Web Annotations (JSON-LD)";
        case ExportFormat::TimelineJS: return "TimelineJS (JSON)";
        case ExportFormat::Csv: return "Claims and mentions (CSV)";
    }
    return "";
}

std::string_view export_format_name(ExportFormat format) { return info(format).name; }
std::string_view export_file_name(ExportFormat format) { return info(format).file_name; }
std::string_view export_mime_type(ExportFormat format) { return info(format).mime_type; }

std::string export_corpus(const Corpus& corpus, ExportFormat format) {
    switch (format) {
        case ExportFormat::ClaimReview: return export_claimreview(corpus);
        case ExportFormat::WebAnnotation: return export_webannotation(corpus);
        case ExportFormat::TimelineJS: return export_timelinejs(corpus);
        case ExportFormat::Csv: return export_csv(corpus);
    }
    return {};
}

}  // namespace factlens
