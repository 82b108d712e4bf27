#include "core/view_state.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/link.h"
#include "core/names.h"
#include "core/text.h"

namespace factlens {

namespace {
constexpr std::string_view kViewNames[kViewCount] = {"overview", "timeline", "figures", "sources", "claims", "findings", "compare"};
constexpr std::string_view kViewTitles[kViewCount] = {"Overview", "Timeline", "Figures", "Sources", "Claims", "Findings", "Compare"};
}  // namespace

std::string_view view_name(View view) { return kViewNames[static_cast<int>(view)]; }
std::string_view view_title(View view) { return kViewTitles[static_cast<int>(view)]; }

std::optional<View> view_from_name(std::string_view name) {
    for (int i = 0; i < kViewCount; ++i)
        if (kViewNames[i] == name) return static_cast<View>(i);
    return std::nullopt;
}

// [SECTION] What the user does -----------------------------------------------------------

void select_view(ViewState& state, View view) { state.view = view; }

void toggle_source(ViewState& state, const std::string& source_id) {
    state.selection.source = state.selection.source == source_id ? std::string() : source_id;
    state.mention = -1;
    state.reader_at = -1;
    state.reader_scroll = true;  // a new text opens at its start
}

void select_claim(ViewState& state, const std::string& claim_id) {
    state.selection.claim = claim_id;
    state.mention = -1;  // show_in_text marks its quote after selecting its claim
    // Finding ids are "<kind>:<claim>[:n]": keep the finding only if it is about this claim.
    const std::string& f = state.selection.finding;
    const std::size_t colon = f.find(':');
    if (!f.empty() && (colon == std::string::npos || f.compare(colon + 1, claim_id.size(), claim_id) != 0 ||
                       (colon + 1 + claim_id.size() < f.size() && f[colon + 1 + claim_id.size()] != ':')))
        state.selection.finding.clear();
}

void toggle_finding(ViewState& state, const Corpus& corpus, const std::string& finding_id) {
    state.mention = -1;
    if (state.selection.finding == finding_id) {
        state.selection.finding.clear();
        return;
    }
    const Finding* f = corpus.find_finding(finding_id);
    if (!f) return;
    state.selection.finding = f->id;
    state.selection.claim = f->claim;
}

void select_report(ViewState& state, const std::string& report_id) { state.selection.report = report_id; }

void show_in_text(ViewState& state, const Corpus& corpus, std::size_t mention_index) {
    if (mention_index >= corpus.mentions.size()) return;
    const Mention& m = corpus.mentions[mention_index];
    show_offset(state, m.source, m.quote.start);
    if (!m.claim.empty() && corpus.find_claim(m.claim)) select_claim(state, m.claim);
    state.mention = static_cast<long>(mention_index);
}

void show_offset(ViewState& state, const std::string& source_id, std::size_t offset) {
    state.view = View::Sources;
    state.selection.source = source_id;
    state.reader_at = static_cast<long>(offset);
    state.reader_scroll = true;
}

void clear_selection(ViewState& state) {
    state.selection = Selection{};
    state.mention = -1;
}

void set_finding_kind(ViewState& state, std::string_view kind) {
    state.finding_kind = finding_kind_from_name(kind) ? std::string(kind) : std::string();
}

namespace {
// Disagreements before checks; within each, the most severe first; else the story's order.
bool ranks_before(const Finding* a, const Finding* b) {
    if (is_check(a->kind) != is_check(b->kind)) return !is_check(a->kind);
    return a->severity > b->severity;
}
}  // namespace

std::vector<const Finding*> findings_ranked(const Corpus& corpus) {
    std::vector<const Finding*> out;
    out.reserve(corpus.findings.size());
    for (const Finding& f : corpus.findings) out.push_back(&f);
    std::stable_sort(out.begin(), out.end(), ranks_before);
    return out;
}

std::vector<const Finding*> findings_shown(const ViewState& state, const Corpus& corpus) {
    return findings_shown(state, corpus, findings_ranked(corpus));
}

std::vector<const Finding*> findings_shown(const ViewState& state, const Corpus& corpus,
                                           const std::vector<const Finding*>& ranked) {
    std::vector<const Finding*> out = ranked;
    const Selection& sel = state.selection;
    const auto keep = [&](const Finding* f) {
        if (!sel.claim.empty() && f->claim != sel.claim) return false;
        if (!sel.source.empty() && std::find(f->sources.begin(), f->sources.end(), sel.source) == f->sources.end()) return false;
        if (!state.finding_kind.empty() && finding_kind_name(f->kind) != state.finding_kind) return false;
        const std::string& q = state.search;
        if (q.empty() || contains_ci(f->detail, q) || contains_ci(f->reason, q) || contains_ci(f->claim, q) ||
            contains_ci(finding_kind_name(f->kind), q))
            return true;
        for (std::size_t i : f->mentions)
            if (i < corpus.mentions.size() && contains_ci(corpus.mentions[i].quote.exact, q)) return true;
        return false;
    };
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Finding* f) { return !keep(f); }), out.end());
    return out;
}

std::vector<FindingsFilter> findings_filters(const ViewState& state) {
    std::vector<FindingsFilter> out;
    if (!state.selection.claim.empty()) out.push_back({"claim", state.selection.claim});
    if (!state.selection.source.empty()) out.push_back({"source", state.selection.source});
    if (!state.finding_kind.empty()) out.push_back({"kind", state.finding_kind});
    if (!state.search.empty()) out.push_back({"search", state.search});
    return out;
}

void clear_findings_filter(ViewState& state, std::string_view key) {
    if (key == "claim") {
        state.selection.claim.clear();
        state.selection.finding.clear();
    } else if (key == "source") {
        state.selection.source.clear();
        state.reader_at = -1;
    } else if (key == "kind") {
        state.finding_kind.clear();
    } else if (key == "search") {
        state.search.clear();
    }
}

void set_compare_sources(ViewState& state, const std::string& left, const std::string& right) {
    if (left != state.selection.source) {
        state.selection.source = left;
        state.reader_at = -1;
    }
    state.compare_source = right;
}

void reader_scrolled(ViewState& state, long top_offset) {
    if (!state.reader_scroll) state.reader_at = top_offset;
}

SourcePair compare_sources(const ViewState& state, const Corpus& corpus) {
    SourcePair p;
    if (corpus.sources.size() < 2) return p;
    p.left = corpus.find_source(state.selection.source);
    if (!p.left) p.left = &corpus.sources[0];
    p.right = corpus.find_source(state.compare_source);
    if (!p.right || p.right == p.left) p.right = &corpus.sources[p.left == &corpus.sources[1] ? 0 : 1];
    return p;
}

// [SECTION] Validation against a story --------------------------------------------------

std::vector<std::string> validate_state(ViewState& s, const Corpus& corpus) {
    std::vector<std::string> notices;
    const ViewState defaults;
    auto check_id = [&](std::string& id, const char* key, const char* what, bool found) {
        if (id.empty() || found) return;
        notices.push_back(std::string(key) + ": no " + what + " \u201C" + clip_code_points(id, 40) + "\u201D in this story");
        id.clear();
    };
    check_id(s.selection.source, "source", "source", corpus.find_source(s.selection.source) != nullptr);
    check_id(s.compare_source, "compare", "source", corpus.find_source(s.compare_source) != nullptr);
    check_id(s.selection.claim, "claim", "claim", corpus.find_claim(s.selection.claim) != nullptr);
    check_id(s.selection.report, "report", "report or event", corpus.find_report(s.selection.report) != nullptr);
    check_id(s.selection.finding, "finding", "finding", corpus.find_finding(s.selection.finding) != nullptr);
    if (!s.currency.empty()) {
        const std::vector<std::string>& have = story_currencies(corpus);
        if (std::find(have.begin(), have.end(), s.currency) == have.end()) {
            std::string listed;
            for (const std::string& c : have) listed += (listed.empty() ? "" : ", ") + c;
            notices.push_back("cur: currency \u201C" + clip_code_points(s.currency, 40) + "\u201D is not one this story has" +
                              (have.empty() ? std::string(" (it has no money figures)") : " (it has " + listed + ")"));
            s.currency = defaults.currency;
        } else if (s.currency == have.front()) {
            s.currency.clear();  // the default, written the short way
        }
    }
    if (s.timeline_to != 0 || s.timeline_from != 0) {
        if (!(s.timeline_to > s.timeline_from) || s.timeline_to - s.timeline_from > 36500) {
            notices.push_back("from: the timeline range is empty or too long");
            s.timeline_from = s.timeline_to = 0;
        }
    }
    if (s.reader_at >= 0) {
        const Source* src = corpus.find_source(s.selection.source);
        if (!src || static_cast<std::size_t>(s.reader_at) > src->text.size()) {
            notices.push_back("at: the text position is outside the source");
            s.reader_at = -1;
            s.reader_scroll = false;
        }
    } else if (s.reader_at < -1) {
        s.reader_at = -1;
    }
    if (s.mention >= 0) {
        const auto m = static_cast<std::size_t>(s.mention);
        if (m >= corpus.mentions.size()) {
            notices.push_back("m: no quote " + std::to_string(s.mention) + " in this story");
            s.mention = -1;
        }
    } else {
        s.mention = -1;
    }
    if (!s.finding_kind.empty() && !finding_kind_from_name(s.finding_kind)) {
        notices.push_back("kind: no kind of finding \u201C" + clip_code_points(s.finding_kind, 40) + "\u201D");
        s.finding_kind.clear();
    }
    return notices;
}

// [SECTION] The test hook's JSON ------------------------------------------------------------

const std::vector<std::string>& story_currencies(const Corpus& corpus) { return story_index(corpus).currencies(); }

std::string figures_currency(const ViewState& state, const std::vector<std::string>& currencies) {
    if (!state.currency.empty()) return state.currency;
    return currencies.empty() ? std::string("USD") : currencies.front();
}

std::string figures_currency(const ViewState& state, const Corpus& corpus) {
    return state.currency.empty() ? figures_currency(state, story_currencies(corpus)) : state.currency;
}

void set_currency(ViewState& state, const Corpus& corpus, std::string_view code) {
    const std::vector<std::string>& have = story_currencies(corpus);
    if (std::find(have.begin(), have.end(), code) == have.end()) return;
    state.currency = code == have.front() ? std::string() : std::string(code);
}

std::string state_json(const ViewState& state, const Corpus& corpus, const AppStatus& status) {
    using nlohmann::json;
    const auto id_or_null = [](const std::string& id) { return id.empty() ? json(nullptr) : json(id); };
    json j;
    j["view"] = view_name(state.view);
    j["selection"] = {{"source", id_or_null(state.selection.source)},
                      {"claim", id_or_null(state.selection.claim)},
                      {"report", id_or_null(state.selection.report)},
                      {"finding", id_or_null(state.selection.finding)}};
    j["compare"] = id_or_null(state.compare_source);
    j["currency"] = figures_currency(state, corpus);
    j["scale"] = state.log_scale ? "log" : "linear";
    j["search"] = state.search;
    j["mention"] = state.mention;
    j["finding_kind"] = state.finding_kind;
    j["timeline"] = {{"from", state.timeline_from}, {"to", state.timeline_to}};
    j["corpus"] = corpus.id;
    j["title"] = corpus.title;
    std::size_t checks = 0;
    for (const Finding& f : corpus.findings) checks += is_check(f.kind);
    j["counts"] = {{"sources", corpus.sources.size()}, {"reports", corpus.report_count()},
                   {"events", corpus.event_count()},   {"claims", corpus.claims.size()},
                   {"mentions", corpus.mentions.size()}, {"findings", corpus.findings.size()},
                   {"checks", checks}};
    json kinds = json::object();
    for (const Finding& f : corpus.findings) kinds[std::string(finding_kind_name(f.kind))] = kinds.value(std::string(finding_kind_name(f.kind)), 0) + 1;
    j["finding_kinds"] = kinds;
    j["frames"] = status.frames_drawn;
    j["error"] = status.corpus_error.empty() ? json(nullptr) : json(status.corpus_error);
    j["notice"] = status.notice;
    j["fragment"] = encode_fragment(state);
    j["pending"] = status.pending_articles;
    j["dates_looking"] = status.dates_looking;
    j["building"] = status.building;
    j["build_progress"] = status.build_progress;
    j["dialog"] = status.dialog.empty() ? json(nullptr) : json(status.dialog);
    j["open_errors"] = status.open_errors;
    j["open_error_list"] = status.open_error_list;
    j["pending_problems"] = status.pending_problems;
    j["story_id"] = status.story_id;
    j["generation"] = status.generation;
    j["library"] = status.library;
    j["longest_work_ms"] = std::round(status.longest_work_ms * 10) / 10;
    j["idle"] = status.idle;
    j["settled"] = status.settled;
    j["view_changes"] = status.view_changes;
    j["script_fonts"] = status.script_fonts;
    j["missing_glyphs"] = status.missing_glyphs;
    j["base_glyphs_lacking"] = status.base_glyphs_lacking;
    j["text_input"] = status.text_input;
    j["compact"] = status.compact;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace factlens
