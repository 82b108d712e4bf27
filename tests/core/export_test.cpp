// Exports (ClaimReview, Web Annotation, TimelineJS, CSV) on a small story of our own, and
// on the default story.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "core/corpus_io.h"
#include "core/export.h"
#include "test_corpora.h"

using namespace factlens;
using nlohmann::json;

namespace {

// Two outlets report a plan; the text opens with curly quotes (3 bytes each in UTF-8) so
// byte and code point offsets differ, and one quote holds commas, quotes and a newline.
const char* kStory = R"JSON({
  "format": "factlens-corpus", "version": 1, "id": "fixture", "title": "Acme's plans",
  "sources": [
    {"id": "wire", "outlet": "Wire, Inc.", "kind": "original", "published": {"date": "2025-03-13"},
     "url": "https://example.com/wire",
     "text": "“Big plans,” said Acme’s chief. Acme will spend $12 billion this year, the Daily reported on Tuesday. Capex is 100 billion yuan ($20 billion).\nHe said \"we are all in, truly\"\nand left.\n($1 = 7.2 yuan)"},
    {"id": "copy", "outlet": "Copy Desk", "kind": "rewrite", "published": {"date": "2025-03"},
     "text": "Acme will spend $15 billion this year, the Daily reported last month. Acme did not comment."}
  ],
  "reports": [
    {"id": "daily", "outlet": "The Daily", "label": "Daily report <plan>",
     "dated_by": [{"source": "wire", "quote": {"exact": "on Tuesday"}},
                  {"source": "copy", "quote": {"exact": "last month"}}]},
    {"id": "memo", "outlet": "unnamed", "label": "A memo",
     "dated_by": [{"source": "copy", "quote": {"exact": "last month"}}]},
    {"id": "lost", "outlet": "unnamed", "label": "An undated report"}
  ],
  "events": [
    {"id": "launch", "label": "Acme launches", "date": "2025-02"}
  ],
  "rates": [{"id": "r", "base": "USD", "quote_currency": "CNY", "rate": 7.2, "source": "wire",
             "quote": {"exact": "$1 = 7.2 yuan"}}],
  "claims": [
    {"id": "plan", "kind": "money", "subject": "Acme", "measure": "AI spending", "period": "2025", "report": "daily",
     "value": {"amount": "12", "scale": "billion", "unit": "USD"}},
    {"id": "capex", "kind": "money", "subject": "Acme", "measure": "capex",
     "value": {"amount": "100", "scale": "billion", "unit": "CNY"}},
    {"id": "motto", "kind": "statement", "subject": "Acme, the company", "measure": "chief's \"words\""},
    {"id": "year", "kind": "date", "subject": "Acme", "measure": "year of the plan", "period": "2025"},
    {"id": "silent", "kind": "statement", "subject": "Acme", "measure": "comment", "report": "memo"},
    {"id": "unstated", "kind": "statement", "subject": "Acme", "measure": "nothing"}
  ],
  "mentions": [
    {"source": "wire", "claim": "plan", "quote": {"exact": "$12 billion"}, "attribution": "daily",
     "value": {"amount": "12", "scale": "billion", "unit": "USD"}},
    {"source": "copy", "claim": "plan", "quote": {"exact": "$15 billion"}, "attribution": "daily",
     "value": {"amount": "15", "scale": "billion", "unit": "USD"}},
    {"source": "wire", "claim": "capex", "quote": {"exact": "100 billion yuan ($20 billion)"},
     "value": {"amount": "100", "scale": "billion", "unit": "CNY"},
     "converted": {"amount": "20", "scale": "billion", "unit": "USD"}},
    {"source": "wire", "claim": "motto", "quote": {"exact": "He said \"we are all in, truly\"\nand left"},
     "stance": "all in, truly"},
    {"source": "wire", "claim": "motto", "quote": {"exact": "“Big plans,” said Acme’s chief"}, "stance": "big plans"},
    {"source": "wire", "claim": "year", "quote": {"exact": "this year"}, "period": "this year"},
    {"source": "copy", "claim": "year", "quote": {"exact": "this year"}, "period": "this year"},
    {"source": "copy", "claim": "silent", "quote": {"exact": "did not comment", "prefix": "Acme "}, "stance": "no comment"}
  ]
})JSON";

FileReader no_files() {
    return [](const std::string&, std::string& e) -> std::optional<std::string> {
        e = "no files here";
        return std::nullopt;
    };
}

const Corpus& story() {
    static const Corpus corpus = [] {
        CorpusLoad load = parse_corpus(kStory, "fixture.json", ".", no_files());
        std::string errors;
        for (const auto& d : load.errors) errors += d.to_string() + "\n";
        EXPECT_TRUE(load.ok()) << errors;
        return std::move(load.corpus);
    }();
    return corpus;
}

const Corpus& default_story() { return factlens::testing::default_story(); }

json parse_json(const std::string& text) {
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON:\n" << text.substr(0, 400);
    return j;
}

// RFC 4180 reader: records end in CRLF outside quotes; "" inside quotes is one quote.
// Fails the test on a bare CR/LF outside quotes or a quote inside an unquoted field.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            EXPECT_TRUE(field.empty() && !quoted) << "quote inside an unquoted field at byte " << i;
            in_quotes = quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            quoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            quoted = false;
            ++i;
        } else {
            EXPECT_TRUE(c != '\r' && c != '\n') << "bare line break outside quotes at byte " << i;
            field += c;
        }
    }
    EXPECT_FALSE(in_quotes) << "unterminated quoted field";
    EXPECT_TRUE(row.empty() && field.empty()) << "last record does not end in CRLF";
    return rows;
}

const json* find_by(const json& items, const char* key, const std::string& value) {
    for (const json& item : items)
        if (item.is_object() && item.contains(key) && item[key] == value) return &item;
    ADD_FAILURE() << "no item with " << key << " = " << value;
    return nullptr;
}

}  // namespace

TEST(Export, NamesFileNamesAndMimeTypes) {
    EXPECT_EQ(export_format_from_name("claimreview"), ExportFormat::ClaimReview);
    EXPECT_EQ(export_format_from_name("webannotation"), ExportFormat::WebAnnotation);
    EXPECT_EQ(export_format_from_name("timelinejs"), ExportFormat::TimelineJS);
    EXPECT_EQ(export_format_from_name("csv"), ExportFormat::Csv);
    EXPECT_EQ(export_format_from_name("CSV"), ExportFormat::Csv);
    EXPECT_EQ(export_format_from_name("xlsx"), std::nullopt);
    EXPECT_EQ(export_format_from_name(""), std::nullopt);
    for (ExportFormat f : {ExportFormat::ClaimReview, ExportFormat::WebAnnotation, ExportFormat::TimelineJS, ExportFormat::Csv})
        EXPECT_EQ(export_format_from_name(export_format_name(f)), f);
    EXPECT_EQ(export_file_name(ExportFormat::ClaimReview), "factlens-claimreview.jsonld");
    EXPECT_EQ(export_file_name(ExportFormat::WebAnnotation), "factlens-annotations.jsonld");
    EXPECT_EQ(export_file_name(ExportFormat::TimelineJS), "factlens-timeline.json");
    EXPECT_EQ(export_file_name(ExportFormat::Csv), "factlens-claims.csv");
    EXPECT_EQ(export_mime_type(ExportFormat::ClaimReview), "application/ld+json");
    EXPECT_EQ(export_mime_type(ExportFormat::WebAnnotation), "application/ld+json");
    EXPECT_EQ(export_mime_type(ExportFormat::TimelineJS), "application/json");
    EXPECT_EQ(export_mime_type(ExportFormat::Csv), "text/csv");
}

TEST(ExportCsv, EscapesCommasQuotesAndNewlines) {
    const std::string csv = export_corpus(story(), ExportFormat::Csv);
    // The raw text: quoted, inner quotes doubled, the newline kept inside the quotes.
    EXPECT_NE(csv.find(",\"He said \"\"we are all in, truly\"\"\nand left\","), std::string::npos) << csv;
    EXPECT_NE(csv.find(",\"Wire, Inc.\","), std::string::npos);
    EXPECT_NE(csv.find("motto,statement,\"Acme, the company\",\"chief's \"\"words\"\"\","), std::string::npos);
    // The whole record, as docs/exports.md shows it.
    EXPECT_NE(csv.find("\r\nmotto,statement,\"Acme, the company\",\"chief's \"\"words\"\"\",,,wire,\"Wire, Inc.\","
                       "\"He said \"\"we are all in, truly\"\"\nand left\",143,182,,,,,,,,\"all in, truly\",stance:motto\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find(",no comment,\r\n"), std::string::npos) << "a field without specials is not quoted";
    EXPECT_EQ(csv.rfind("\r\n"), csv.size() - 2) << "records end in CRLF";

    const auto rows = parse_csv(csv);
    ASSERT_EQ(rows.size(), story().mentions.size() + 1);
    for (const auto& row : rows) EXPECT_EQ(row.size(), 20u);
    EXPECT_EQ(rows[0][0], "claim_id");
    EXPECT_EQ(rows[0][19], "findings");
    const auto& motto = rows[4];
    EXPECT_EQ(motto[0], "motto");
    EXPECT_EQ(motto[2], "Acme, the company");
    EXPECT_EQ(motto[3], "chief's \"words\"");
    EXPECT_EQ(motto[7], "Wire, Inc.");
    EXPECT_EQ(motto[8], "He said \"we are all in, truly\"\nand left");
    EXPECT_EQ(motto[18], "all in, truly");
}

TEST(ExportCsv, RowPerMentionWithCodePointOffsetsAndFindings) {
    const auto rows = parse_csv(export_corpus(story(), ExportFormat::Csv));
    ASSERT_EQ(rows.size(), 9u);
    const std::vector<std::string> header = {"claim_id", "claim_kind", "subject", "measure", "claim_value",
                                             "claim_period", "source_id", "outlet", "quote", "start", "end",
                                             "stated_value", "converted", "period", "scope", "attribution", "actor",
                                             "spelling", "stance", "findings"};
    EXPECT_EQ(rows[0], header);
    const auto& plan = rows[1];
    EXPECT_EQ(plan[0], "plan");
    EXPECT_EQ(plan[1], "money");
    EXPECT_EQ(plan[4], "$12bn");
    EXPECT_EQ(plan[5], "2025");
    EXPECT_EQ(plan[6], "wire");
    EXPECT_EQ(plan[8], "$12 billion");
    EXPECT_EQ(plan[9], "48");  // code points; the byte offset is 54
    EXPECT_EQ(plan[10], "59");
    EXPECT_EQ(plan[11], "$12bn");
    EXPECT_EQ(plan[15], "daily");
    EXPECT_EQ(plan[19], "value:plan");
    const auto& capex = rows[3];
    EXPECT_EQ(capex[12], "$20bn");
    EXPECT_EQ(capex[19], "conversion:capex:wire");
    EXPECT_EQ(rows[8][19], "") << "a claim without findings lists none";
}

TEST(ExportWebAnnotation, PositionsAreCodePointsNotBytes) {
    const Corpus& c = story();
    const json j = parse_json(export_corpus(c, ExportFormat::WebAnnotation));
    EXPECT_EQ(j["@context"], "http://www.w3.org/ns/anno.jsonld");
    EXPECT_EQ(j["type"], "AnnotationCollection");
    EXPECT_EQ(j["total"], c.mentions.size());
    const json& items = j["first"]["items"];
    EXPECT_EQ(j["first"]["type"], "AnnotationPage");
    ASSERT_EQ(items.size(), c.mentions.size());

    // "$12 billion" follows three curly quotes: byte 54, code point 48.
    ASSERT_EQ(c.mentions[0].quote.start, 54u);
    const json& a = items[0];
    EXPECT_EQ(a["id"], "urn:factlens:fixture:mention:0");
    EXPECT_EQ(a["type"], "Annotation");
    EXPECT_EQ(a["target"]["source"], "https://example.com/wire");
    const json& selectors = a["target"]["selector"];
    ASSERT_EQ(selectors.size(), 2u);
    EXPECT_EQ(selectors[0]["type"], "TextQuoteSelector");
    EXPECT_EQ(selectors[0]["exact"], "$12 billion");
    // No prefix/suffix in the corpus: 32 code points either side, cut at code points (the
    // prefix starts right before a 3-byte apostrophe's word).
    EXPECT_EQ(selectors[0]["prefix"], "d Acme’s chief. Acme will spend ");
    EXPECT_EQ(selectors[0]["suffix"], " this year, the Daily reported o");
    EXPECT_EQ(selectors[1]["type"], "TextPositionSelector");
    EXPECT_EQ(selectors[1]["start"], 48);
    EXPECT_EQ(selectors[1]["end"], 59);

    // A quote at the very start: no prefix; positions 0..30 although it is 36 bytes.
    const json& start = items[4]["target"]["selector"];
    EXPECT_FALSE(start[0].contains("prefix"));
    EXPECT_EQ(start[1]["start"], 0);
    EXPECT_EQ(start[1]["end"], 30);
    EXPECT_EQ(c.mentions[4].quote.end, 36u);

    // A curator's prefix is kept; a source without url gets a URN.
    const json& silent = items[7];
    EXPECT_EQ(silent["target"]["source"], "urn:factlens:fixture:source:copy");
    EXPECT_EQ(silent["target"]["selector"][0]["prefix"], "Acme ");
    EXPECT_EQ(silent["target"]["selector"][0]["suffix"], ".");
}

TEST(ExportWebAnnotation, BodiesNameTheClaimAndAssessFindings) {
    const json j = parse_json(export_corpus(story(), ExportFormat::WebAnnotation));
    const json& items = j["first"]["items"];
    const json& plan = items[1];  // copy's $15 billion: part of the value disagreement
    EXPECT_EQ(plan["motivation"], "assessing");
    ASSERT_GE(plan["body"].size(), 3u);
    EXPECT_EQ(plan["body"][0]["value"], "Acme \u2014 AI spending");
    EXPECT_EQ(plan["body"][1]["purpose"], "tagging");
    EXPECT_EQ(plan["body"][1]["value"], "plan");
    EXPECT_EQ(plan["body"][2]["purpose"], "assessing");
    EXPECT_EQ(plan["body"][2]["id"], "urn:factlens:fixture:finding:value:plan");
    const json& silent = items[7];
    EXPECT_EQ(silent["motivation"], "highlighting");
    EXPECT_EQ(silent["body"].size(), 2u);
}

TEST(ExportClaimReview, FieldsComeFromTheClaimItsReportAndMentions) {
    const json j = parse_json(export_corpus(story(), ExportFormat::ClaimReview));
    ASSERT_TRUE(j.is_array());
    EXPECT_EQ(j.size(), 5u) << "one review per claim with a mention; 'unstated' has none";
    const json* plan = find_by(j, "@id", "urn:factlens:fixture:claim:plan");
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ((*plan)["@context"], "https://schema.org");
    EXPECT_EQ((*plan)["@type"], "ClaimReview");
    EXPECT_EQ((*plan)["claimReviewed"], "Acme \u2014 AI spending: $12bn (2025)");
    const json& item = (*plan)["itemReviewed"];
    EXPECT_EQ(item["@type"], "Claim");
    EXPECT_EQ(item["author"]["@type"], "Organization");
    EXPECT_EQ(item["author"]["name"], "The Daily");
    EXPECT_EQ(item["datePublished"], "2025-03-11");  // "on Tuesday" in wire of Thu 13 March
    ASSERT_EQ(item["appearance"].size(), 2u);
    EXPECT_EQ(item["appearance"][0]["@type"], "CreativeWork");
    EXPECT_EQ(item["appearance"][0]["url"], "https://example.com/wire");
    // The article's headline (here its first line, clipped), never the story's id for it.
    EXPECT_EQ(item["appearance"][0]["name"].get<std::string>().rfind("\u201CBig plans,\u201D said Acme", 0), 0u);
    EXPECT_LE(item["appearance"][0]["name"].get<std::string>().size(), 400u);
    EXPECT_EQ(item["appearance"][0]["text"], "$12 billion");
    EXPECT_FALSE(item["appearance"][1].contains("url"));
    EXPECT_EQ(item["appearance"][1]["text"], "$15 billion");
    EXPECT_FALSE(plan->contains("datePublished")) << "no clock: the review carries no date";

    // No report: the first mentioning source's outlet and date.
    const json* capex = find_by(j, "@id", "urn:factlens:fixture:claim:capex");
    ASSERT_NE(capex, nullptr);
    EXPECT_EQ((*capex)["itemReviewed"]["author"]["name"], "Wire, Inc.");
    EXPECT_EQ((*capex)["itemReviewed"]["datePublished"], "2025-03-13");
    // An unnamed report: no author, but its date.
    const json* silent = find_by(j, "@id", "urn:factlens:fixture:claim:silent");
    ASSERT_NE(silent, nullptr);
    EXPECT_FALSE((*silent)["itemReviewed"].contains("author"));
    EXPECT_EQ((*silent)["itemReviewed"]["datePublished"], "2025-02");
}

TEST(ExportClaimReview, RatingReflectsDisagreementsAndFailedChecks) {
    const json j = parse_json(export_corpus(story(), ExportFormat::ClaimReview));
    auto rating = [&](const std::string& claim) -> std::string {
        const json* r = find_by(j, "@id", "urn:factlens:fixture:claim:" + claim);
        if (!r) return "";
        EXPECT_EQ((*r)["reviewRating"]["@type"], "Rating");
        return (*r)["reviewRating"]["alternateName"].get<std::string>();
    };
    EXPECT_EQ(rating("plan"), "Sources disagree: value");
    EXPECT_EQ(rating("capex"), "Checks fail: conversion");  // 100bn yuan at 7.2 is not $20bn
    EXPECT_EQ(rating("year"), "Sources agree");
    EXPECT_EQ(rating("silent"), "Single source");
    const json* plan = find_by(j, "@id", "urn:factlens:fixture:claim:plan");
    ASSERT_NE(plan, nullptr);
    EXPECT_NE((*plan)["reviewRating"]["ratingExplanation"].get<std::string>().find("value: "), std::string::npos);
}

TEST(ExportTimelineJS, DatesAtMonthVsDayPrecision) {
    const json j = parse_json(export_corpus(story(), ExportFormat::TimelineJS));
    EXPECT_EQ(j["title"]["text"]["headline"], "Acme's plans");
    const json& events = j["events"];
    // daily, memo, launch and both sources; "lost" has no date.
    ASSERT_EQ(events.size(), 5u);

    const json* daily = find_by(events, "unique_id", "daily");
    ASSERT_NE(daily, nullptr);
    EXPECT_EQ((*daily)["start_date"], (json{{"year", 2025}, {"month", 3}, {"day", 11}}));
    EXPECT_FALSE(daily->contains("end_date"));
    EXPECT_EQ((*daily)["group"], "The Daily");
    EXPECT_EQ((*daily)["text"]["headline"], "Daily report &lt;plan&gt;");
    const std::string text = (*daily)["text"]["text"];
    EXPECT_NE(text.find("<q>on Tuesday</q>"), std::string::npos) << text;
    EXPECT_NE(text.find("<q>last month</q>"), std::string::npos) << text;
    EXPECT_NE(text.find("Tue 2025-03-11"), std::string::npos) << "the resolution reasoning: " << text;

    // Month precision: no day in start_date; end_date is the month's last day.
    const json* memo = find_by(events, "unique_id", "memo");
    ASSERT_NE(memo, nullptr);
    EXPECT_EQ((*memo)["start_date"], (json{{"year", 2025}, {"month", 2}}));
    EXPECT_EQ((*memo)["end_date"], (json{{"year", 2025}, {"month", 2}, {"day", 28}}));
    EXPECT_EQ((*memo)["display_date"], "2025-02");
    const json* launch = find_by(events, "unique_id", "launch");
    ASSERT_NE(launch, nullptr);
    EXPECT_EQ((*launch)["group"], "Events");
    EXPECT_EQ((*launch)["start_date"], (json{{"year", 2025}, {"month", 2}}));

    // Sources by their published date, grouped by outlet.
    const json* wire = find_by(events, "unique_id", "source-wire");
    ASSERT_NE(wire, nullptr);
    EXPECT_EQ((*wire)["group"], "Wire, Inc.");
    EXPECT_EQ((*wire)["start_date"], (json{{"year", 2025}, {"month", 3}, {"day", 13}}));
    const json* copy = find_by(events, "unique_id", "source-copy");
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ((*copy)["start_date"], (json{{"year", 2025}, {"month", 3}}));
}

TEST(Export, CorpusBuiltInCodeWithoutAnchoringStillGetsPositions) {
    Corpus c;
    c.id = "mini";
    Source s;
    s.id = "s";
    s.text = "\u201CNo,\u201D it said, costing \u20AC5m.";
    c.sources.push_back(s);
    Claim cl;
    cl.id = "cost";
    cl.subject = "It";
    cl.measure = "cost";
    c.claims.push_back(cl);
    Mention m;
    m.source = "s";
    m.claim = "cost";
    m.quote.exact = "\u20AC5m";  // start/end left at 0: not anchored
    c.mentions.push_back(m);
    const json j = parse_json(export_corpus(c, ExportFormat::WebAnnotation));
    const json& sel = j["first"]["items"][0]["target"]["selector"];
    ASSERT_EQ(sel.size(), 2u);
    EXPECT_EQ(sel[1]["start"], 23);  // byte 27
    EXPECT_EQ(sel[1]["end"], 26);
    EXPECT_EQ(sel[0]["prefix"], "\u201CNo,\u201D it said, costing ");
    EXPECT_EQ(sel[0]["suffix"], ".");
    const auto rows = parse_csv(export_corpus(c, ExportFormat::Csv));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][9], "23");
    EXPECT_EQ(rows[1][10], "26");
}

TEST(Export, DefaultStoryExportsParseWithExpectedCounts) {
    const Corpus& c = default_story();
    ASSERT_FALSE(c.mentions.empty());

    const json reviews = parse_json(export_corpus(c, ExportFormat::ClaimReview));
    ASSERT_TRUE(reviews.is_array());
    std::size_t stated = 0;
    for (const Claim& cl : c.claims) {
        bool any = false;
        for (const Mention& m : c.mentions) any = any || m.claim == cl.id;
        for (const Finding& f : c.findings) any = any || f.claim == cl.id;
        stated += any;
    }
    EXPECT_EQ(reviews.size(), stated);
    std::size_t appearances = 0;
    bool some_disagree = false;
    for (const json& r : reviews) {
        appearances += r["itemReviewed"]["appearance"].size();
        const std::string name = r["reviewRating"]["alternateName"];
        some_disagree = some_disagree || name.rfind("Sources disagree: ", 0) == 0;
    }
    EXPECT_EQ(appearances, c.mentions.size());
    EXPECT_TRUE(some_disagree);
    const json* cambricon = find_by(reviews, "@id", "urn:factlens:bytedance-ai-2025:claim:name-cambricon");
    ASSERT_NE(cambricon, nullptr);
    EXPECT_NE((*cambricon)["reviewRating"]["alternateName"].get<std::string>().find("spelling"), std::string::npos);

    const json annotations = parse_json(export_corpus(c, ExportFormat::WebAnnotation));
    EXPECT_EQ(annotations["total"], c.mentions.size());
    ASSERT_EQ(annotations["first"]["items"].size(), c.mentions.size());
    for (const json& a : annotations["first"]["items"]) {
        const json& sel = a["target"]["selector"];
        ASSERT_EQ(sel.size(), 2u) << a["id"];
        EXPECT_LT(sel[1]["start"].get<std::size_t>(), sel[1]["end"].get<std::size_t>());
    }

    const json timeline = parse_json(export_corpus(c, ExportFormat::TimelineJS));
    std::size_t dated = 0;
    for (const Report& r : c.reports) dated += r.date().has_value();
    for (const Source& s : c.sources) dated += s.published.has_value();
    EXPECT_EQ(timeline["events"].size(), dated);
    const json* week = find_by(timeline["events"], "unique_id", "us-chip-rules");  // "last week": 2025-W03
    ASSERT_NE(week, nullptr);
    EXPECT_EQ((*week)["start_date"], (json{{"year", 2025}, {"month", 1}, {"day", 13}}));
    EXPECT_EQ((*week)["end_date"], (json{{"year", 2025}, {"month", 1}, {"day", 19}}));
    for (const json& e : timeline["events"]) EXPECT_NE(e["unique_id"], "questmobile-doubao") << "undated: left out";

    const auto rows = parse_csv(export_corpus(c, ExportFormat::Csv));
    EXPECT_EQ(rows.size(), c.mentions.size() + 1);
    for (const auto& row : rows) EXPECT_EQ(row.size(), 20u);

    // Deterministic: the same corpus gives the same bytes.
    for (ExportFormat f : {ExportFormat::ClaimReview, ExportFormat::WebAnnotation, ExportFormat::TimelineJS, ExportFormat::Csv})
        EXPECT_EQ(export_corpus(c, f), export_corpus(c, f));
}
