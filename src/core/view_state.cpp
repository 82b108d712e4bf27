#include "core/view_state.h"

#include <nlohmann/json.hpp>

#include "core/link.h"

namespace factlens {

namespace {
constexpr std::string_view kViewNames[kViewCount] = {"timeline", "figures", "sources", "claims", "findings", "compare"};
constexpr std::string_view kViewTitles[kViewCount] = {"Timeline", "Figures", "Sources", "Claims", "Findings", "Compare"};
}  // namespace

std::string_view view_name(View view) { return kViewNames[static_cast<int>(view)]; }
std::string_view view_title(View view) { return kViewTitles[static_cast<int>(view)]; }

std::optional<View> view_from_name(std::string_view name) {
    for (int i = 0; i < kViewCount; ++i)
        if (kViewNames[i] == name) return static_cast<View>(i);
    return std::nullopt;
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
    j["currency"] = state.currency;
    j["scale"] = state.log_scale ? "log" : "linear";
    j["search"] = state.search;
    j["timeline"] = {{"from", state.timeline_from}, {"to", state.timeline_to}};
    j["corpus"] = corpus.id;
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
    j["building"] = status.building;
    j["dialog"] = status.dialog.empty() ? json(nullptr) : json(status.dialog);
    j["open_errors"] = status.open_errors;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace factlens
