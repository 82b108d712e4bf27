// The extractor against spec tables of our own (tests/core/spec/*.tsv, format and matching
// rule in tests/core/spec/README.md): for each kind, how many expected spans it finds
// (recall), how many of those carry the right value (value accuracy), and how much of what
// it reports of that kind is expected (precision, with every item on a negative row a false
// positive). The figures are printed and held above floors so they cannot silently drop.
// FACTLENS_SPEC_VERBOSE=1 lists every failing row.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract.h"

using namespace factlens;

namespace {

// Measured floors, a little under what the extractor reaches today (the report printed by
// this test). Raise them when the extractor improves; never lower them to make a change pass.
struct Floor {
    const char* kind;
    double spans, values, precision, negatives;  // shares of 1
};
constexpr Floor kFloors[] = {
    // kind       spans values precision negatives      measured when set (with extra.tsv)
    {"money", 0.99, 0.99, 0.99, 0.96},    // 123/123, 123/123, 123/123, 29/29
    {"percent", 0.98, 0.98, 0.99, 0.99},  // 79/79, 79/79, 79/79, 24/24
    {"number", 0.99, 0.99, 0.98, 0.99},   // 83/83, 83/83, 83/83, 132/132
    {"date", 0.99, 0.99, 0.99, 0.98},     // 172/172, 172/172, 172/172, 93/93
    {"measure", 0.99, 0.99, 0.99, 0.99},  // 24/24, 24/24, 24/24, 9/9
};

constexpr const char* kColumns[] = {"input", "ref_date", "kind", "span", "value", "unit", "precision", "note"};
constexpr std::size_t kColumnCount = sizeof kColumns / sizeof kColumns[0];
constexpr double kMinOverlap = 0.8;  // the matching rule's share of the longer core span

struct Row {
    std::string file;  // "money.tsv"
    int line = 0;      // 1-based, the header is line 1
    std::string input, ref_date, kind, span, value, unit, precision, note;
    bool negative() const { return span.empty(); }
    std::string where() const { return file + ":" + std::to_string(line); }
};

struct Table {
    std::vector<Row> rows;
    std::vector<std::string> errors;  // malformed lines, with where they are
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t') out.emplace_back();
        else out.back() += c;
    }
    return out;
}

// Every *.tsv in the spec folder, in name order.
Table load_tables() {
    Table t;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(FACTLENS_SPEC_DIR, ec))
        // findings.tsv is the findings' table (findings_spec_test.cpp), in its own format.
        if (entry.path().extension() == ".tsv" && entry.path().filename() != "findings.tsv") files.push_back(entry.path());
    if (ec) t.errors.push_back(std::string("cannot list ") + FACTLENS_SPEC_DIR + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string name = path.filename().string();
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            std::vector<std::string> f = split_tabs(line);
            if (number == 1) {
                bool ok = f.size() == kColumnCount;
                for (std::size_t i = 0; ok && i < kColumnCount; ++i) ok = f[i] == kColumns[i];
                if (!ok) t.errors.push_back(name + ":1: the header is not input, ref_date, kind, span, value, unit, precision, note");
                continue;
            }
            if (line.empty() || line[0] == '#') continue;
            // Editors may drop trailing tabs: missing trailing columns are empty.
            if (f.size() > kColumnCount || f.size() < 3) {
                t.errors.push_back(name + ":" + std::to_string(number) + ": " + std::to_string(f.size()) + " columns, want " +
                                   std::to_string(kColumnCount));
                continue;
            }
            f.resize(kColumnCount);
            t.rows.push_back(Row{name, number, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
        }
    }
    return t;
}

std::optional<ItemKind> kind_from_name(std::string_view name) {
    for (ItemKind k : {ItemKind::Money, ItemKind::Number, ItemKind::Percent, ItemKind::Fraction, ItemKind::Date, ItemKind::Measure})
        if (item_kind_name(k) == name) return k;
    return std::nullopt;
}

std::optional<Date> anchor_of(const Row& r) {
    if (r.ref_date.empty()) return std::nullopt;
    return parse_iso_date(r.ref_date);
}

// "5000000" or a range "5000000000..7000000000".
bool parse_value(const std::string& text, double& low, double& high) {
    const std::size_t dots = text.find("..");
    auto number = [](const std::string& s, double& out) {
        if (s.empty()) return false;
        char* end = nullptr;
        out = std::strtod(s.c_str(), &end);
        return end == s.c_str() + s.size();
    };
    if (dots == std::string::npos) return number(text, low) && (high = low, true);
    return number(text.substr(0, dots), low) && number(text.substr(dots + 2), high);
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

// --- the matching rule ------------------------------------------------------------------
// Both the expected span and an item's span are reduced to their core: surrounding white
// space and punctuation go, and so do leading words that only introduce the figure or the
// date (prepositions, "the", qualifiers, "early"/"late"/"mid"). An item matches when the
// cores are equal or overlap by at least 80% of the longer core.
struct Range {
    std::size_t start = 0, end = 0;
    std::size_t size() const { return end - start; }
};

bool trim_char(unsigned char c) {
    return c == ' ' || c == '\t' || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
           c == '\'' || c == '!' || c == '?' || c == '-';
}

bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

constexpr std::string_view kLeadWords[] = {
    "as much as", "as many as", "more than", "less than", "fewer than", "at least", "up to", "close to", "upwards of",
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "above", "under", "below", "just",
    "exactly", "on", "in", "at", "by", "the", "since", "until", "from", "during", "for", "of", "to", "early", "earlier",
    "late", "later", "mid"};

Range core(std::string_view text, Range r) {
    const Range whole = r;
    bool changed = true;
    while (changed && r.start < r.end) {
        changed = false;
        while (r.start < r.end && trim_char(static_cast<unsigned char>(text[r.start]))) ++r.start, changed = true;
        while (r.end > r.start && trim_char(static_cast<unsigned char>(text[r.end - 1]))) --r.end, changed = true;
        for (std::string_view w : kLeadWords) {
            if (r.size() <= w.size()) continue;
            bool same = true;
            for (std::size_t i = 0; same && i < w.size(); ++i)
                same = (static_cast<unsigned char>(text[r.start + i]) | 0x20) == static_cast<unsigned char>(w[i]);
            if (same && !ascii_alnum(static_cast<unsigned char>(text[r.start + w.size()]))) {
                r.start += w.size();
                changed = true;
                break;
            }
        }
    }
    return r.start < r.end ? r : whole;
}

// The share of the longer core that the two cores have in common (1 when equal).
double match_score(std::string_view text, Range expected, Range item) {
    const Range a = core(text, expected), b = core(text, item);
    if (a.start == b.start && a.end == b.end) return 1;
    const std::size_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
    if (hi <= lo) return 0;
    return static_cast<double>(hi - lo) / static_cast<double>(std::max(a.size(), b.size()));
}

bool overlaps(Range a, Range b) { return a.start < b.end && b.start < a.end; }

// --- scoring ----------------------------------------------------------------------------
struct Score {
    std::size_t cases = 0, spans = 0, values = 0, false_positives = 0, negatives = 0, clean_negatives = 0;
    std::vector<std::string> failures;
    double share(std::size_t n, std::size_t d) const { return d ? static_cast<double>(n) / static_cast<double>(d) : 1; }
    double span_recall() const { return share(spans, cases); }
    double value_accuracy() const { return share(values, cases); }
    double precision() const { return share(spans, spans + false_positives); }
    double negatives_clean() const { return share(clean_negatives, negatives); }
};

std::string value_text(const Extracted& e) {
    char buf[128];
    if (e.kind == ItemKind::Date)
        return e.date.ok ? e.date.date.iso() + " (" + std::string(precision_name(e.date.date.precision)) + ")"
                         : "unresolved: " + e.date.reasoning;
    if (e.value.is_range() || !near(e.value.low, e.value.high))
        std::snprintf(buf, sizeof buf, "%.12g..%.12g", e.value.low, e.value.high);
    else
        std::snprintf(buf, sizeof buf, "%.12g", e.value.low);
    std::string out = buf;
    if (e.kind == ItemKind::Money) out += " " + e.value.unit;
    if (e.kind == ItemKind::Measure) out += " " + e.value.counts;
    return out;
}

std::string expected_text(const Row& r) {
    if (r.kind == "date") return r.value + " (" + r.precision + ")";
    return r.value + (r.unit.empty() ? "" : " " + r.unit);
}

bool value_right(const Row& r, const Extracted& e) {
    if (r.kind == "date")
        return e.date.ok && e.date.date.iso() == r.value && precision_name(e.date.date.precision) == r.precision;
    double low = 0, high = 0;
    if (!parse_value(r.value, low, high)) return false;
    if (r.kind == "money" && e.value.unit != r.unit) return false;
    if (r.kind == "measure" && e.value.counts != r.unit) return false;  // the canonical unit ("km", "hectares")
    return near(e.value.low, low) && near(e.value.high, high);
}

std::string in_quotes(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

// Everything that every kind is scored on: the rows grouped by input and reference date,
// each input extracted once.
struct Spec {
    Table table;
    struct Group {
        std::string input;
        std::optional<Date> anchor;
        std::vector<std::size_t> rows;  // indices into table.rows
        std::vector<Extracted> items;
    };
    std::vector<Group> groups;

    Spec() : table(load_tables()) {
        std::map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row& r = table.rows[i];
            const std::string key = r.input + '\t' + r.ref_date;
            auto [it, fresh] = index.emplace(key, groups.size());
            if (fresh) groups.push_back(Group{r.input, anchor_of(r), {}, {}});
            groups[it->second].rows.push_back(i);
        }
        for (Group& g : groups) g.items = extract(g.input, g.anchor);
    }

    Score score(std::string_view kind_name) const {
        Score sc;
        const ItemKind kind = *kind_from_name(kind_name);
        for (const Group& g : groups) {
            std::vector<const Row*> positives, negatives;
            for (std::size_t i : g.rows) {
                const Row& r = table.rows[i];
                if (r.kind != kind_name) continue;
                (r.negative() ? negatives : positives).push_back(&r);
            }
            if (positives.empty() && negatives.empty()) continue;
            std::vector<std::size_t> of_kind;  // items of this kind, indices into g.items
            for (std::size_t k = 0; k < g.items.size(); ++k)
                if (g.items[k].kind == kind) of_kind.push_back(k);
            auto list_items = [&] {
                std::string s;
                for (std::size_t k : of_kind) s += (s.empty() ? "" : ", ") + in_quotes(g.items[k].text) + " " + value_text(g.items[k]);
                return s.empty() ? std::string("none") : s;
            };

            // Positive rows: the best unused item that matches the expected span.
            std::vector<Range> expected;
            std::set<std::size_t> used;
            for (const Row* r : positives) {
                ++sc.cases;
                const std::size_t at = g.input.find(r->span);
                if (at == std::string::npos) {  // TablesAreWellFormed reports it
                    sc.failures.push_back(r->where() + " span " + in_quotes(r->span) + " is not in the input");
                    continue;
                }
                const Range want{at, at + r->span.size()};
                expected.push_back(want);
                double best = 0;
                std::size_t best_item = 0;
                for (std::size_t k : of_kind) {
                    if (used.count(k)) continue;
                    const double m = match_score(g.input, want, {g.items[k].start, g.items[k].end});
                    if (m > best) best = m, best_item = k;
                }
                if (best < kMinOverlap) {
                    sc.failures.push_back(r->where() + " span missed: " + in_quotes(r->span) + " in " + in_quotes(g.input) + " (" +
                                          std::string(kind_name) + " items: " + list_items() + ")");
                    continue;
                }
                used.insert(best_item);
                ++sc.spans;
                const Extracted& e = g.items[best_item];
                if (value_right(*r, e)) ++sc.values;
                else
                    sc.failures.push_back(r->where() + " value: " + in_quotes(e.text) + " expected " + expected_text(*r) + ", got " +
                                          value_text(e));
            }
            // False positives: items of this kind that overlap no expected span.
            for (std::size_t k : of_kind) {
                const Extracted& e = g.items[k];
                bool expected_here = false;
                for (const Range& want : expected) expected_here |= overlaps(want, {e.start, e.end});
                if (expected_here) continue;
                ++sc.false_positives;
                const Row* r = negatives.empty() ? positives.front() : negatives.front();
                sc.failures.push_back(r->where() + " false positive: " + std::string(kind_name) + " " + in_quotes(e.text) + " " +
                                      value_text(e) + " in " + in_quotes(g.input));
            }
            sc.negatives += negatives.size();
            if (of_kind.empty()) sc.clean_negatives += negatives.size();
        }
        return sc;
    }
};

const Spec& spec() {
    static const Spec s;
    return s;
}

bool verbose() {
    const char* v = std::getenv("FACTLENS_SPEC_VERBOSE");
    return v && *v && std::string_view(v) != "0";
}

void check_kind(const char* kind) {
    const Score sc = spec().score(kind);
    auto pct = [](double x) { return static_cast<int>(std::lround(100 * x)); };
    std::printf("spec %s: spans %zu/%zu (%d%%), values %zu/%zu (%d%%), precision %zu/%zu (%d%%), negatives clean %zu/%zu (%d%%)\n",
                kind, sc.spans, sc.cases, pct(sc.span_recall()), sc.values, sc.cases, pct(sc.value_accuracy()), sc.spans,
                sc.spans + sc.false_positives, pct(sc.precision()), sc.clean_negatives, sc.negatives, pct(sc.negatives_clean()));
    if (verbose())
        for (const std::string& f : sc.failures) std::printf("  %s\n", f.c_str());
    const std::string k = kind;
    ::testing::Test::RecordProperty(k + "_span_recall", std::to_string(sc.span_recall()));
    ::testing::Test::RecordProperty(k + "_value_accuracy", std::to_string(sc.value_accuracy()));
    ::testing::Test::RecordProperty(k + "_precision", std::to_string(sc.precision()));
    ::testing::Test::RecordProperty(k + "_negatives_clean", std::to_string(sc.negatives_clean()));
    const Floor* floor = nullptr;
    for (const Floor& f : kFloors)
        if (k == f.kind) floor = &f;
    ASSERT_NE(floor, nullptr) << "no floor for " << kind;
    ASSERT_GT(sc.cases, 0u) << "no " << kind << " rows in " << FACTLENS_SPEC_DIR;
    const char* hint = "; FACTLENS_SPEC_VERBOSE=1 lists the failing rows";
    EXPECT_GE(sc.span_recall(), floor->spans) << kind << " span recall fell under its floor" << hint;
    EXPECT_GE(sc.value_accuracy(), floor->values) << kind << " value accuracy fell under its floor" << hint;
    EXPECT_GE(sc.precision(), floor->precision) << kind << " precision fell under its floor" << hint;
    EXPECT_GE(sc.negatives_clean(), floor->negatives) << kind << " negative rows reported items" << hint;
}

}  // namespace

// The tables themselves: header, columns, kinds, spans that occur in their input, values,
// units and precisions of the right form, and enough cases.
TEST(ExtractSpec, TablesAreWellFormed) {
    const Spec& s = spec();
    for (const std::string& e : s.table.errors) ADD_FAILURE() << e;
    std::map<std::string, std::size_t> positives;
    std::size_t negatives = 0;
    std::set<std::string> files;
    std::map<std::string, std::set<std::string>> negative_kinds, positive_kinds;  // by input + ref date
    for (const Row& r : s.table.rows) {
        files.insert(r.file);
        const std::string at = r.where() + ": ";
        EXPECT_FALSE(r.input.empty()) << at << "empty input";
        EXPECT_TRUE(kind_from_name(r.kind).has_value()) << at << "unknown kind " << in_quotes(r.kind);
        if (!r.ref_date.empty()) {
            EXPECT_TRUE(parse_iso_date(r.ref_date).has_value()) << at << "bad ref_date " << r.ref_date;
        }
        const std::string key = r.input + '\t' + r.ref_date;
        if (r.negative()) {
            ++negatives;
            negative_kinds[key].insert(r.kind);
            EXPECT_TRUE(r.value.empty() && r.unit.empty() && r.precision.empty()) << at << "a negative row has a value";
            continue;
        }
        ++positives[r.kind];
        positive_kinds[key].insert(r.kind);
        EXPECT_NE(r.input.find(r.span), std::string::npos) << at << "span " << in_quotes(r.span) << " is not in the input";
        if (r.kind == "date") {
            EXPECT_TRUE(r.unit.empty()) << at << "a date has no unit";
            EXPECT_TRUE(r.precision == "day" || r.precision == "week" || r.precision == "month" || r.precision == "quarter" ||
                        r.precision == "year")
                << at << "bad precision " << in_quotes(r.precision);
            // The value is what Date::iso() prints for that precision.
            bool form = false;
            const std::string& v = r.value;
            if (r.precision == "day") form = parse_iso_date(v).has_value() && v.size() == 10;
            else if (r.precision == "month") form = parse_iso_date(v).has_value() && v.size() == 7;
            else if (r.precision == "year") form = parse_iso_date(v).has_value() && v.size() == 4;
            else if (r.precision == "quarter") form = v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4';
            else if (r.precision == "week") form = v.size() == 8 && v[4] == '-' && v[5] == 'W';
            EXPECT_TRUE(form) << at << "value " << in_quotes(v) << " is not an ISO " << r.precision;
        } else {
            double low = 0, high = 0;
            EXPECT_TRUE(parse_value(r.value, low, high)) << at << "value " << in_quotes(r.value) << " is not a number or a range";
            EXPECT_TRUE(r.precision.empty()) << at << "only dates have a precision";
            if (r.kind == "money") {
                EXPECT_TRUE(r.unit.size() == 3 && (is_known_currency(r.unit) || r.unit == "XBT"))
                    << at << "unit " << in_quotes(r.unit) << " is not a currency code";
                if (r.unit == "XBT") {
                    EXPECT_NE(r.note.find("XBT"), std::string::npos) << at << "XBT rows say so in the note";
                }
            } else if (r.kind == "measure") {
                EXPECT_FALSE(r.unit.empty()) << at << "a measure names its canonical unit (km, hectares, tonnes)";
            } else {
                EXPECT_TRUE(r.unit.empty()) << at << "only money and measures have a unit";
            }
        }
    }
    // A kind cannot be both expected and forbidden for one input.
    for (const auto& [key, kinds] : negative_kinds)
        for (const std::string& k : kinds)
            EXPECT_FALSE(positive_kinds[key].count(k)) << in_quotes(key.substr(0, key.find('\t'))) << " both expects and forbids " << k;
    for (const char* f : {"money.tsv", "percent.tsv", "number.tsv", "date.tsv", "measure.tsv", "negative.tsv"})
        EXPECT_TRUE(files.count(f)) << f << " is missing from " << FACTLENS_SPEC_DIR;
    std::size_t total = negatives;
    for (const auto& [kind, n] : positives) total += n;
    std::printf("spec tables: %zu rows: money %zu, percent %zu, number %zu, date %zu, measure %zu, negative %zu\n", total,
                positives["money"], positives["percent"], positives["number"], positives["date"], positives["measure"], negatives);
    EXPECT_GE(total, 400u);
    EXPECT_GE(negatives, 120u);
}

TEST(ExtractSpec, Money) { check_kind("money"); }
TEST(ExtractSpec, Percent) { check_kind("percent"); }
TEST(ExtractSpec, Number) { check_kind("number"); }
TEST(ExtractSpec, Date) { check_kind("date"); }
TEST(ExtractSpec, Measure) { check_kind("measure"); }
