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

    // Where an entry stands in its array (Corpus::sources, claims, findings).
    std::optional<std::size_t> source_position(std::string_view id) const;
    std::optional<std::size_t> claim_position(std::string_view id) const;

    // Indexes into Corpus::mentions of a claim's mentions, and of a source's, in corpus order.
    const std::vector<std::size_t>& mentions_of(std::string_view claim_id) const;
    const std::vector<std::size_t>& mentions_in(std::string_view source_id) const;
    // Indexes into Corpus::claims of the claims a source mentions, in the order of its
    // first mention of each.
    const std::vector<std::size_t>& claims_of(std::string_view source_id) const;
    // How many distinct sources state a claim.
    std::size_t source_count(std::string_view claim_id) const;
    // Indexes into Corpus::findings of a claim's findings, in their order.
    const std::vector<std::size_t>& findings_of(std::string_view claim_id) const;
    // How many sources of the story have this outlet (0 for ""): a name that is not enough
    // to tell a source apart when it is more than one.
    std::size_t outlet_count(std::string_view outlet) const;

private:
    static constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);
    // Mentions and findings may name an id that no entry has (a corpus made by hand): they
    // are kept under it, and the entry stays kNowhere.
    struct ClaimEntry {
        std::size_t position = kNowhere;
        std::vector<std::size_t> mentions, findings;
        std::size_t sources = 0;
    };
    struct SourceEntry {
        std::size_t position = kNowhere;
        std::vector<std::size_t> mentions, claims;
        std::size_t last_claim = kNowhere;  // while building: the last claim counted for it
    };
    const Corpus* corpus_ = nullptr;
    std::size_t sizes_[4] = {0, 0, 0, 0};  // sources, claims, mentions, findings when built
    std::unordered_map<std::string_view, SourceEntry> sources_;
    std::unordered_map<std::string_view, ClaimEntry> claims_;
    std::unordered_map<std::string_view, std::size_t> reports_, findings_, outlets_;
};

}  // namespace factlens
