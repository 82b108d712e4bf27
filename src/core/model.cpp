#include "core/model.h"

#include <array>

#include "core/text.h"

namespace factlens {

namespace {
constexpr std::array<std::string_view, 5> kSourceKinds = {"unknown", "original", "rewrite", "digest", "summary"};
constexpr std::array<std::string_view, 7> kClaimKinds = {"money", "count", "percent", "fraction", "date", "name", "statement"};
constexpr std::array<std::string_view, 14> kFindingKinds = {"value",       "qualifier", "scope",      "year",
                                                            "attribution", "actor",     "spelling",   "stance",
                                                            "conversion",  "parts",     "fraction",   "change",
                                                            "per-capita", "update"};

template <class E, std::size_t N>
std::optional<E> from_name(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<E>(i);
    return std::nullopt;
}
}  // namespace

std::string_view source_kind_name(SourceKind kind) { return kSourceKinds[static_cast<int>(kind)]; }
std::optional<SourceKind> source_kind_from_name(std::string_view name) {
    auto k = from_name<SourceKind>(kSourceKinds, name);
    if (k == SourceKind::Unknown) return std::nullopt;
    return k;
}
std::string_view claim_kind_name(ClaimKind kind) { return kClaimKinds[static_cast<int>(kind)]; }
std::optional<ClaimKind> claim_kind_from_name(std::string_view name) { return from_name<ClaimKind>(kClaimKinds, name); }
std::string_view finding_kind_name(FindingKind kind) { return kFindingKinds[static_cast<int>(kind)]; }

std::string_view finding_kind_title(FindingKind kind) {
    switch (kind) {
        case FindingKind::Value: return "Figure";
        case FindingKind::Qualifier: return "Qualifier";
        case FindingKind::Scope: return "Scope";
        case FindingKind::Year: return "Year";
        case FindingKind::Attribution: return "Attribution";
        case FindingKind::Actor: return "Who did it";
        case FindingKind::Spelling: return "Spelling";
        case FindingKind::Stance: return "What happened";
        case FindingKind::Conversion: return "Conversion check";
        case FindingKind::Parts: return "Parts vs total";
        case FindingKind::Fraction: return "Share of whole";
        case FindingKind::Change: return "Percentage change check";
        case FindingKind::PerCapita: return "Per person check";
        case FindingKind::Update: return "Update";
    }
    return "";
}
std::optional<FindingKind> finding_kind_from_name(std::string_view name) {
    return from_name<FindingKind>(kFindingKinds, name);
}
std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::Info: return "info";
        case Severity::Nuance: return "nuance";
        case Severity::Spelling: return "spelling";
        case Severity::Contradiction: return "contradiction";
    }
    return "info";
}

Severity severity_of(FindingKind kind, bool agrees) {
    switch (kind) {
        case FindingKind::Value:
        case FindingKind::Year:
        case FindingKind::Attribution:
        case FindingKind::Actor:
        case FindingKind::Stance: return Severity::Contradiction;
        case FindingKind::Spelling: return Severity::Spelling;
        case FindingKind::Qualifier:
        case FindingKind::Scope: return Severity::Nuance;
        case FindingKind::Conversion:
        case FindingKind::Parts:
        case FindingKind::Fraction:
        case FindingKind::Change:
        case FindingKind::PerCapita: return agrees ? Severity::Info : Severity::Contradiction;
        case FindingKind::Update: return Severity::Info;
    }
    return Severity::Info;
}

bool is_check(FindingKind kind) {
    return kind == FindingKind::Conversion || kind == FindingKind::Parts || kind == FindingKind::Fraction ||
           kind == FindingKind::Change || kind == FindingKind::PerCapita || kind == FindingKind::Update;
}

std::string Source::display_title() const {
    if (!title.empty()) return title;
    return std::string(headline_line(text));
}

std::string Source::display_outlet() const { return outlet.empty() ? "unknown outlet" : outlet; }

const DatedBy* Report::best_dating() const {
    const DatedBy* best = nullptr;
    for (const DatedBy& d : dated_by) {
        if (!d.resolved.ok) continue;
        if (!best || static_cast<int>(d.resolved.date.precision) > static_cast<int>(best->resolved.date.precision)) best = &d;
    }
    return best;
}

std::optional<Date> Report::date() const {
    const DatedBy* best = best_dating();
    if (best && (!stated_date || static_cast<int>(best->resolved.date.precision) >= static_cast<int>(stated_date->precision)))
        return best->resolved.date;
    return stated_date;
}

template <class T>
static const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

const Source* Corpus::find_source(std::string_view wanted) const { return find_by_id(sources, wanted); }
const Report* Corpus::find_report(std::string_view wanted) const { return find_by_id(reports, wanted); }
const Claim* Corpus::find_claim(std::string_view wanted) const { return find_by_id(claims, wanted); }
const Finding* Corpus::find_finding(std::string_view wanted) const { return find_by_id(findings, wanted); }

std::size_t Corpus::report_count() const {
    std::size_t n = 0;
    for (const Report& r : reports) n += !r.is_event;
    return n;
}
std::size_t Corpus::event_count() const { return reports.size() - report_count(); }

CorpusIndex::CorpusIndex(const Corpus& corpus) {
    for (const Source& s : corpus.sources) sources_.emplace(s.id, &s);
    for (const Report& r : corpus.reports) reports_.emplace(r.id, &r);
    for (const Claim& c : corpus.claims) claims_.emplace(c.id, &c);
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) mentions_[corpus.mentions[i].claim].push_back(i);
}

template <class T>
static const T* find_in(const std::unordered_map<std::string_view, const T*>& map, std::string_view id) {
    const auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

const Source* CorpusIndex::source(std::string_view id) const { return find_in(sources_, id); }
const Report* CorpusIndex::report(std::string_view id) const { return find_in(reports_, id); }
const Claim* CorpusIndex::claim(std::string_view id) const { return find_in(claims_, id); }

const std::vector<std::size_t>& CorpusIndex::mentions_of(std::string_view claim_id) const {
    static const std::vector<std::size_t> kNone;
    const auto it = mentions_.find(claim_id);
    return it == mentions_.end() ? kNone : it->second;
}

}  // namespace factlens
