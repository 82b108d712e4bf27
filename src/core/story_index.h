// What the views look up every frame, computed once when a story is loaded: entries by
// id, where each stands in its array, a claim's mentions, sources and findings, a source's
// mentions and claims. The model's own Corpus::find_* walk their arrays, and a view that
// asks them for every row of a story of 10,000 sources asks 10,000 times 10,000 questions
// a frame; the index answers each with one hash lookup.
//
// Built from a loaded (analysed) corpus, and valid while that corpus is left as it is: it
// keeps the corpus's address and views of its ids. Whoever holds the corpus holds its
// index beside it and builds a new one when the corpus is replaced (src/app/app.cpp).
// No UI here: the core and the CLI may use it as well.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"

namespace factlens {

class StoryIndex {
public:
    StoryIndex() = default;  // indexes nothing: every lookup misses
    explicit StoryIndex(const Corpus& corpus);

    // True when this is the index of `corpus` (the same object, of the same sizes).
    bool indexes(const Corpus& corpus) const;

    // Entries by id (the first when ids repeat, as Corpus::find_*); nullptr when unknown.
    const Source* source(std::string_view id) const;
    const Report* report(std::string_view id) const;
    const Claim* claim(std::string_view id) const;
    const Finding* finding(std::string_view id) const;

    // Where an entry stands in its array (Corpus::sources, claims).
    std::optional<std::size_t> source_position(std::string_view id) const;
    std::optional<std::size_t> claim_position(std::string_view id) const;

    // Indexes into Corpus::mentions of a claim's mentions, and of a source's, in corpus
    // order (also for an id that only mentions name).
    std::span<const std::size_t> mentions_of(std::string_view claim_id) const;
    std::span<const std::size_t> mentions_in(std::string_view source_id) const;
    // Indexes into Corpus::claims of the claims a source mentions, in claim order.
    std::span<const std::size_t> claims_of(std::string_view source_id) const;
    // How many distinct sources state a claim.
    std::size_t source_count(std::string_view claim_id) const;
    // Indexes into Corpus::findings of a claim's findings, in their order.
    std::span<const std::size_t> findings_of(std::string_view claim_id) const;
    // How many sources of the story have this outlet (0 for ""): a name that is not enough
    // to tell a source apart when it is more than one.
    std::size_t outlet_count(std::string_view outlet) const;
    // The currencies of the story's money figures, the most used first, then the other side
    // of each rate a source states from one of them (story_currencies in view_state.h).
    const std::vector<std::string>& currencies() const { return currencies_; }
    // The kinds of the story's findings, each once, in the order they first occur.
    const std::vector<FindingKind>& finding_kinds() const { return finding_kinds_; }

private:
    // Lists by key, flat: the entries of key k are items[start[k] .. start[k + 1]).
    struct Lists {
        std::vector<std::size_t> start, items;
        std::span<const std::size_t> of(std::optional<std::size_t> key) const;
    };
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    // Every id gets a slot: an entry's first place in its array, or a slot past the array
    // for an id that only mentions or findings name.
    std::optional<std::size_t> slot(const std::unordered_map<std::string_view, std::size_t>& slots, std::string_view id) const;

    const Corpus* corpus_ = nullptr;
    std::size_t sizes_[4] = {0, 0, 0, 0};  // sources, claims, mentions, findings when built
    std::unordered_map<std::string_view, std::size_t> source_slots_, claim_slots_, reports_, findings_, outlets_;
    Lists claim_mentions_, source_mentions_, source_claims_, claim_findings_;
    std::vector<std::size_t> claim_sources_;  // per claim slot: distinct sources
    std::vector<std::string> currencies_;
    std::vector<FindingKind> finding_kinds_;
};

}  // namespace factlens
