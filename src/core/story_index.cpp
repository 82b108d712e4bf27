#include "core/story_index.h"

namespace factlens {

namespace {
const std::vector<std::size_t> kNone;

template <class Map>
const typename Map::mapped_type* entry(const Map& map, std::string_view id) {
    const auto it = map.find(id);
    return it == map.end() ? nullptr : &it->second;
}
}  // namespace

StoryIndex::StoryIndex(const Corpus& corpus)
    : corpus_(&corpus),
      sizes_{corpus.sources.size(), corpus.claims.size(), corpus.mentions.size(), corpus.findings.size()} {
    sources_.reserve(corpus.sources.size());
    claims_.reserve(corpus.claims.size());
    for (std::size_t i = 0; i < corpus.sources.size(); ++i) {
        const Source& s = corpus.sources[i];
        SourceEntry& e = sources_[s.id];
        if (e.position == kNowhere) e.position = i;
        if (!s.outlet.empty()) ++outlets_[s.outlet];
    }
    for (std::size_t i = 0; i < corpus.reports.size(); ++i) reports_.emplace(corpus.reports[i].id, i);
    for (std::size_t i = 0; i < corpus.claims.size(); ++i) {
        ClaimEntry& e = claims_[corpus.claims[i].id];
        if (e.position == kNowhere) e.position = i;
    }
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
        const Mention& m = corpus.mentions[i];
        claims_[m.claim].mentions.push_back(i);
        sources_[m.source].mentions.push_back(i);
    }
    // A claim's sources, and a source's claims, each pair once: claims in their order, so
    // a source's list is in claim order and a stamp per source tells a repeat.
    for (std::size_t c = 0; c < corpus.claims.size(); ++c) {
        ClaimEntry& e = claims_[corpus.claims[c].id];
        if (e.position != c) continue;  // a repeated id: its mentions belong to the first
        for (std::size_t i : e.mentions) {
            SourceEntry& s = sources_[corpus.mentions[i].source];
            if (s.last_claim == c) continue;
            s.last_claim = c;
            s.claims.push_back(c);
            ++e.sources;
        }
    }
    for (std::size_t i = 0; i < corpus.findings.size(); ++i) {
        findings_.emplace(corpus.findings[i].id, i);
        claims_[corpus.findings[i].claim].findings.push_back(i);
    }
}

bool StoryIndex::indexes(const Corpus& corpus) const {
    return corpus_ == &corpus && sizes_[0] == corpus.sources.size() && sizes_[1] == corpus.claims.size() &&
           sizes_[2] == corpus.mentions.size() && sizes_[3] == corpus.findings.size();
}

const Source* StoryIndex::source(std::string_view id) const {
    const SourceEntry* e = entry(sources_, id);
    return e && e->position != kNowhere ? &corpus_->sources[e->position] : nullptr;
}

const Report* StoryIndex::report(std::string_view id) const {
    const std::size_t* i = entry(reports_, id);
    return i ? &corpus_->reports[*i] : nullptr;
}

const Claim* StoryIndex::claim(std::string_view id) const {
    const ClaimEntry* e = entry(claims_, id);
    return e && e->position != kNowhere ? &corpus_->claims[e->position] : nullptr;
}

const Finding* StoryIndex::finding(std::string_view id) const {
    const std::size_t* i = entry(findings_, id);
    return i ? &corpus_->findings[*i] : nullptr;
}

std::optional<std::size_t> StoryIndex::source_position(std::string_view id) const {
    const SourceEntry* e = entry(sources_, id);
    if (!e || e->position == kNowhere) return std::nullopt;
    return e->position;
}

std::optional<std::size_t> StoryIndex::claim_position(std::string_view id) const {
    const ClaimEntry* e = entry(claims_, id);
    if (!e || e->position == kNowhere) return std::nullopt;
    return e->position;
}

const std::vector<std::size_t>& StoryIndex::mentions_of(std::string_view claim_id) const {
    const ClaimEntry* e = entry(claims_, claim_id);
    return e ? e->mentions : kNone;
}

const std::vector<std::size_t>& StoryIndex::mentions_in(std::string_view source_id) const {
    const SourceEntry* e = entry(sources_, source_id);
    return e ? e->mentions : kNone;
}

const std::vector<std::size_t>& StoryIndex::claims_of(std::string_view source_id) const {
    const SourceEntry* e = entry(sources_, source_id);
    return e ? e->claims : kNone;
}

std::size_t StoryIndex::source_count(std::string_view claim_id) const {
    const ClaimEntry* e = entry(claims_, claim_id);
    return e ? e->sources : 0;
}

const std::vector<std::size_t>& StoryIndex::findings_of(std::string_view claim_id) const {
    const ClaimEntry* e = entry(claims_, claim_id);
    return e ? e->findings : kNone;
}

std::size_t StoryIndex::outlet_count(std::string_view outlet) const {
    const std::size_t* n = entry(outlets_, outlet);
    return n ? *n : 0;
}

}  // namespace factlens
