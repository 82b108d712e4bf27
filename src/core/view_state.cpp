#include "core/view_state.h"

#include <nlohmann/json.hpp>

namespace factlens {

namespace {
constexpr std::string_view kViewNames[] = {"sources"};
}

std::string_view view_name(View view) { return kViewNames[static_cast<int>(view)]; }

std::optional<View> view_from_name(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kViewNames); ++i)
        if (kViewNames[i] == name) return static_cast<View>(i);
    return std::nullopt;
}

std::string state_json(const ViewState& state, const Corpus& corpus, const AppStatus& status) {
    using nlohmann::json;
    const auto id_or_null = [](const std::string& id) { return id.empty() ? json(nullptr) : json(id); };
    json j;
    j["view"] = view_name(state.view);
    j["selection"] = {{"source", id_or_null(state.selection.source)}};
    j["corpus"] = corpus.id;
    j["counts"] = {{"sources", corpus.sources.size()}, {"reports", 0}, {"claims", 0}, {"findings", 0}};
    j["frames"] = status.frames_drawn;
    j["error"] = status.corpus_error.empty() ? json(nullptr) : json(status.corpus_error);
    return j.dump();
}

}  // namespace factlens
