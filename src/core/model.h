// The model of a story: the documents we hold (sources), the reports and events they cite,
// the claims they make, and where each source makes them (mentions), plus what the core
// computes from them (anchored quotes, resolved dates, findings).
// Plain data: no UI, no I/O. Text is UTF-8; offsets are byte offsets into Source::text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/dates.h"
#include "core/quantity.h"

namespace factlens {

// [SECTION] Quotes ---------------------------------------------------------------------

// Where words stand in a source (W3C Web Annotation TextQuoteSelector), and, once the
// corpus is loaded, the byte range they were anchored to.
struct Quote {
    std::string exact;
    std::string prefix;
    std::string suffix;
    std::size_t start = 0;  // byte offsets into the source text, set by anchoring
    std::size_t end = 0;
    // Where the story file says the words start (its "start", a TextPositionSelector
    // start): tried first, so a quote anchors without a search and a repeated phrase in a
    // saved draft is not ambiguous. kNoHint when the file gives none.
    static constexpr std::size_t kNoHint = static_cast<std::size_t>(-1);
    std::size_t hint = kNoHint;
};

struct CitedQuote {
    std::string source;  // Source::id
    Quote quote;
};

// [SECTION] Sources, reports, events ------------------------------------------------------

enum class SourceKind { Unknown, Original, Rewrite, Digest, Summary };
std::string_view source_kind_name(SourceKind kind);
std::optional<SourceKind> source_kind_from_name(std::string_view name);

// A date we hold for something, with why we believe it.
struct DatedBy {
    std::string source;      // the source whose words date it
    Quote quote;             // those words
    std::string expression;  // the date words to resolve (defaults to quote.exact)
    DateResolution resolved; // computed: the date, its precision and the reasoning
};

// One document we hold, exactly as it was published or received.
struct Source {
    std::string id;
    std::string outlet;         // empty when unknown
    bool outlet_inferred = false;
    std::vector<CitedQuote> outlet_evidence;
    std::string outlet_reason;
    SourceKind kind = SourceKind::Unknown;
    std::vector<std::string> derived_from;  // Report ids
    std::optional<Date> published;
    std::vector<CitedQuote> published_evidence;
    std::string published_reason;
    std::string title;      // headline when the corpus gives one
    std::string text;       // full text, byte for byte as in its file
    std::string text_file;  // corpus-relative path the text was read from (may be empty)
    std::string url;

    // What a list shows: the title, or else the first non-blank line of the text.
    std::string display_title() const;
    // What a list names it by: the outlet, or "unknown outlet".
    std::string display_outlet() const;
};

// A publication that sources cite, or something that happened.
struct Report {
    std::string id;
    std::string outlet;  // reports only; "unnamed" when the texts do not say
    std::string label;
    bool is_event = false;
    std::optional<Date> stated_date;  // an absolute date the curator gave
    std::vector<DatedBy> dated_by;

    // The best date: the most precise resolution among dated_by (or the stated date).
    std::optional<Date> date() const;
    const DatedBy* best_dating() const;
};

// [SECTION] Claims and mentions -----------------------------------------------------------

enum class ClaimKind { Money, Count, Percent, Fraction, Date, Name, Statement };
std::string_view claim_kind_name(ClaimKind kind);
std::optional<ClaimKind> claim_kind_from_name(std::string_view name);

struct Claim {
    std::string id;
    ClaimKind kind = ClaimKind::Statement;
    std::string subject;
    std::string measure;
    std::optional<Quantity> value;
    std::string period;  // a date, as text ("2025")
    std::string report;  // Report id it is attributed to
    std::string event;   // Report id (an event) it is about
    std::string part_of; // Claim id of the total
    bool peer = false;
};

// Where a source states a claim, with the value as that source states it. Empty strings
// mean "not stated".
struct Mention {
    std::string source;
    std::string claim;
    Quote quote;
    std::optional<Quantity> value;
    std::optional<Quantity> converted;
    std::string period;
    DateResolution period_resolved;  // computed from period against the source's date
    std::string scope;
    std::string attribution;
    std::string actor;
    std::string spelling;
    std::string stance;
};

struct Rate {
    std::string id;
    std::string base;            // 1 unit of this currency...
    std::string quote_currency;  // ...is `rate` units of this one
    double rate = 0;
    std::string rate_text;       // as stated, for the working
    std::string source;
    Quote quote;
};

// [SECTION] Findings -----------------------------------------------------------------------

enum class FindingKind {
    Value, Qualifier, Scope, Year, Attribution, Actor, Spelling, Stance,  // disagreements
    Conversion, Parts, Fraction, Change, PerCapita,                        // arithmetic checks
    Update,  // a later article's new figure for the same count: information, never a disagreement
};
std::string_view finding_kind_name(FindingKind kind);
std::optional<FindingKind> finding_kind_from_name(std::string_view name);
// What the screen calls a kind: "Figure", "Who did it", "Conversion check".
std::string_view finding_kind_title(FindingKind kind);
// Checks: computed facts that hold or not (arithmetic), and updates (which always "hold":
// a figure that changed over time is not a disagreement). Not claims of a disagreement.
bool is_check(FindingKind kind);

// How much a finding matters to a journalist: a contradicted value, year, actor,
// attribution or what happened, or a failed check, ranks above a name's spelling, which
// ranks above a qualifier or scope nuance; a check that holds is informational.
enum class Severity { Info = 0, Nuance = 1, Spelling = 2, Contradiction = 3 };
std::string_view severity_name(Severity s);  // "info", "nuance", "spelling", "contradiction"
// The severity a finding of this kind gets (checks: by whether they agree).
Severity severity_of(FindingKind kind, bool agrees);

// A disagreement between sources about one claim, or an arithmetic check, with its
// working and the quotes involved. Computed by the core, never written by hand.
struct Finding {
    std::string id;  // stable: "<kind>:<claim>[:n]", used in links
    FindingKind kind = FindingKind::Value;
    std::string claim;
    bool agrees = false;  // checks: whether the arithmetic holds; disagreements: false
    std::string detail;   // the working or the difference, in words
    Severity severity = Severity::Info;  // computed with the finding (severity_of)
    std::string reason;   // one line a journalist can read: what differs, between whom
    std::vector<std::size_t> mentions;  // indexes into Corpus::mentions
    std::vector<std::string> sources;
    // An attribution finding's evidence beside its mentions: per mention (same order), the
    // words of its sentence that credit it ("according to the International Monetary Fund");
    // an empty quote where the sentence does not say, or the mention's quote already is them.
    std::vector<Quote> credits;
};

// [SECTION] Corpus ---------------------------------------------------------------------------

struct Corpus {
    int version = 1;
    std::string id;
    std::string title;
    std::vector<Source> sources;
    std::vector<Report> reports;  // reports and events
    std::vector<Rate> rates;
    std::vector<Claim> claims;
    std::vector<Mention> mentions;
    std::vector<Finding> findings;  // computed at load

    const Source* find_source(std::string_view wanted) const;
    const Report* find_report(std::string_view wanted) const;
    const Claim* find_claim(std::string_view wanted) const;
    const Finding* find_finding(std::string_view wanted) const;
    std::size_t report_count() const;
    std::size_t event_count() const;
};

// Ids to entries for code that looks up many ids: Corpus::find_* walk their array, so
// looking up every mention's claim that way is quadratic over a large story. Holds
// pointers into the corpus: valid while its sources, reports, claims and mentions are
// left as they are (findings may change). The first entry wins when ids repeat, as in
// Corpus::find_*.
class CorpusIndex {
public:
    explicit CorpusIndex(const Corpus& corpus);
    const Source* source(std::string_view id) const;
    const Report* report(std::string_view id) const;
    const Claim* claim(std::string_view id) const;
    // Indexes into Corpus::mentions of a claim's mentions, in corpus order.
    const std::vector<std::size_t>& mentions_of(std::string_view claim_id) const;

private:
    std::unordered_map<std::string_view, const Source*> sources_;
    std::unordered_map<std::string_view, const Report*> reports_;
    std::unordered_map<std::string_view, const Claim*> claims_;
    std::unordered_map<std::string_view, std::vector<std::size_t>> mentions_;
};

}  // namespace factlens
