#include "core/story_index.h"

#include <algorithm>
#include <string>
#include <utility>

namespace factlens {

namespace {

template <class Map>
const typename Map::mapped_type* entry(const Map& map, std::string_view id) {
    const auto it = map.find(id);
    return it == map.end() ? nullptr : &it->second;
}

// The slot of `id`, given a new one past the others when it has none.
std::size_t slot_for(std::unordered_map<std::string_view, std::size_t>& slots, std::string_view id, std::size_t& next) {
    const auto [it, added] = slots.emplace(id, next);
    if (added) ++next;
    return it->second;
}

// The story's currencies, the most used first (StoryIndex::currencies).
std::vector<std::string> currencies_of(const Corpus& corpus) {
    std::vector<std::pair<std::string, std::size_t>> counts;  // in order of first use
    auto count = [&](const std::optional<Quantity>& q) {
        if (!q || !q->is_money()) return;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == q->unit; });
        if (it == counts.end()) counts.emplace_back(q->unit, 1);
        else ++it->second;
    };
    for (const Claim& c : corpus.claims) count(c.value);
    for (const Mention& m : corpus.mentions) count(m.value);
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> out;
    for (auto& c : counts) out.push_back(std::move(c.first));
    if (out.empty()) return out;
    // A stated rate from a currency the story uses gives the other side too.
    for (const Rate& r : corpus.rates) {
        const bool base = std::find(out.begin(), out.end(), r.base) != out.end();
        const bool quote = std::find(out.begin(), out.end(), r.quote_currency) != out.end();
        if (base && !quote) out.push_back(r.quote_currency);
        if (quote && !base) out.push_back(r.base);
    }
    return out;
}

}  // namespace

std::span<const std::size_t> StoryIndex::Lists::of(std::optional<std::size_t> key) const {
    if (!key || *key + 1 >= start.size()) return {};
    return std::span<const std::size_t>(items).subspan(start[*key], start[*key + 1] - start[*key]);
}

// Flat lists in two passes: count per key, then place each item after the ones before it.
// `each(f)` calls f(key, item) for every item, in the order wanted within a key.
template <class Each>
static void fill(std::vector<std::size_t>& start, std::vector<std::size_t>& items, std::size_t keys, const Each& each) {
    start.assign(keys + 1, 0);
    std::size_t total = 0;
    each([&](std::size_t key, std::size_t) {
        ++start[key + 1];
        ++total;
    });
    for (std::size_t k = 0; k < keys; ++k) start[k + 1] += start[k];
    items.resize(total);
    std::vector<std::size_t> at(start.begin(), start.end() - 1);
    each([&](std::size_t key, std::size_t item) { items[at[key]++] = item; });
}

StoryIndex::StoryIndex(const Corpus& corpus)
    : corpus_(&corpus),
      sizes_{corpus.sources.size(), corpus.claims.size(), corpus.mentions.size(), corpus.findings.size()},
      currencies_(currencies_of(corpus)) {
    // Slots: the first place of each id in its array, then the ids only references name.
    source_slots_.reserve(corpus.sources.size());
    for (std::size_t i = 0; i < corpus.sources.size(); ++i) {
        source_slots_.emplace(corpus.sources[i].id, i);
        if (!corpus.sources[i].outlet.empty()) ++outlets_[corpus.sources[i].outlet];
    }
    claim_slots_.reserve(corpus.claims.size());
    for (std::size_t i = 0; i < corpus.claims.size(); ++i) claim_slots_.emplace(corpus.claims[i].id, i);
    for (std::size_t i = 0; i < corpus.reports.size(); ++i) reports_.emplace(corpus.reports[i].id, i);
    findings_.reserve(corpus.findings.size());
    for (std::size_t i = 0; i < corpus.findings.size(); ++i) {
        findings_.emplace(corpus.findings[i].id, i);
        const FindingKind k = corpus.findings[i].kind;
        if (std::find(finding_kinds_.begin(), finding_kinds_.end(), k) == finding_kinds_.end()) finding_kinds_.push_back(k);
    }

    std::size_t source_next = corpus.sources.size(), claim_next = corpus.claims.size();
    std::vector<std::size_t> mention_source(corpus.mentions.size()), mention_claim(corpus.mentions.size());
    for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
        mention_source[i] = slot_for(source_slots_, corpus.mentions[i].source, source_next);
        mention_claim[i] = slot_for(claim_slots_, corpus.mentions[i].claim, claim_next);
    }
    std::vector<std::size_t> finding_claim(corpus.findings.size());
    for (std::size_t i = 0; i < corpus.findings.size(); ++i)
        finding_claim[i] = slot_for(claim_slots_, corpus.findings[i].claim, claim_next);

    fill(claim_mentions_.start, claim_mentions_.items, claim_next, [&](auto&& f) {
        for (std::size_t i = 0; i < mention_claim.size(); ++i) f(mention_claim[i], i);
    });
    fill(source_mentions_.start, source_mentions_.items, source_next, [&](auto&& f) {
        for (std::size_t i = 0; i < mention_source.size(); ++i) f(mention_source[i], i);
    });
    fill(claim_findings_.start, claim_findings_.items, claim_next, [&](auto&& f) {
        for (std::size_t i = 0; i < finding_claim.size(); ++i) f(finding_claim[i], i);
    });
    // A source's claims and a claim's sources, each pair once: the claims in their order
    // (an id's first place only), a stamp per source telling a repeat within a claim.
    claim_sources_.assign(claim_next, 0);
    std::vector<std::size_t> stamp;
    fill(source_claims_.start, source_claims_.items, source_next, [&](auto&& f) {
        stamp.assign(source_next, kNone);
        for (std::size_t c = 0; c < corpus.claims.size(); ++c) {
            if (claim_slots_.at(corpus.claims[c].id) != c) continue;  // a repeated id
            for (std::size_t i : claim_mentions_.of(c)) {
                const std::size_t s = mention_source[i];
                if (stamp[s] == c) continue;
                stamp[s] = c;
                f(s, c);
            }
        }
    });
    for (std::size_t s = 0; s < source_next; ++s)
        for (std::size_t c : source_claims_.of(s)) ++claim_sources_[c];
}

bool StoryIndex::indexes(const Corpus& corpus) const {
    return corpus_ == &corpus && sizes_[0] == corpus.sources.size() && sizes_[1] == corpus.claims.size() &&
           sizes_[2] == corpus.mentions.size() && sizes_[3] == corpus.findings.size();
}

std::optional<std::size_t> StoryIndex::slot(const std::unordered_map<std::string_view, std::size_t>& slots,
                                            std::string_view id) const {
    const std::size_t* s = entry(slots, id);
    if (!s) return std::nullopt;
    return *s;
}

const Source* StoryIndex::source(std::string_view id) const {
    const auto p = source_position(id);
    return p ? &corpus_->sources[*p] : nullptr;
}

const Report* StoryIndex::report(std::string_view id) const {
    const std::size_t* i = entry(reports_, id);
    return i ? &corpus_->reports[*i] : nullptr;
}

const Claim* StoryIndex::claim(std::string_view id) const {
    const auto p = claim_position(id);
    return p ? &corpus_->claims[*p] : nullptr;
}

const Finding* StoryIndex::finding(std::string_view id) const {
    const std::size_t* i = entry(findings_, id);
    return i ? &corpus_->findings[*i] : nullptr;
}

std::optional<std::size_t> StoryIndex::source_position(std::string_view id) const {
    const auto s = slot(source_slots_, id);
    if (!s || *s >= sizes_[0]) return std::nullopt;
    return s;
}

std::optional<std::size_t> StoryIndex::claim_position(std::string_view id) const {
    const auto s = slot(claim_slots_, id);
    if (!s || *s >= sizes_[1]) return std::nullopt;
    return s;
}

std::span<const std::size_t> StoryIndex::mentions_of(std::string_view claim_id) const {
    return claim_mentions_.of(slot(claim_slots_, claim_id));
}

std::span<const std::size_t> StoryIndex::mentions_in(std::string_view source_id) const {
    return source_mentions_.of(slot(source_slots_, source_id));
}

std::span<const std::size_t> StoryIndex::claims_of(std::string_view source_id) const {
    return source_claims_.of(slot(source_slots_, source_id));
}

std::size_t StoryIndex::source_count(std::string_view claim_id) const {
    const auto s = slot(claim_slots_, claim_id);
    return s && *s < claim_sources_.size() ? claim_sources_[*s] : 0;
}

std::span<const std::size_t> StoryIndex::findings_of(std::string_view claim_id) const {
    return claim_findings_.of(slot(claim_slots_, claim_id));
}

std::size_t StoryIndex::outlet_count(std::string_view outlet) const {
    const std::size_t* n = entry(outlets_, outlet);
    return n ? *n : 0;
}

}  // namespace factlens
