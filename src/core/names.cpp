#include "core/names.h"

#include "core/text.h"

#include <unordered_map>

namespace factlens {

namespace {
const StoryIndex* g_story_index = nullptr;  // the app's, for the story on screen
// Untitled sources are told apart by date or id when two open alike; past this many
// sources that check (a walk over them all) is left out.
constexpr std::size_t kTwinCheckSources = 2000;

// What names need, by id, while a NamesScope is alive (the analysis names sources in
// every finding it adds, and StoryIndex counts findings, so it would be rebuilt for each).
struct NameIndex {
    const Corpus* corpus = nullptr;
    std::unordered_map<std::string_view, const Source*> source;
    std::unordered_map<std::string_view, const Report*> report;
    std::unordered_map<std::string_view, std::size_t> outlet;
};
thread_local NameIndex* g_names = nullptr;

// Lookups through the scope's index, else the app's StoryIndex, else a walk.
const Source* find_source_named(const Corpus& corpus, std::string_view id) {
    if (g_names && g_names->corpus == &corpus) {
        const auto it = g_names->source.find(id);
        return it == g_names->source.end() ? nullptr : it->second;
    }
    if (g_story_index && g_story_index->indexes(corpus)) return g_story_index->source(id);
    return corpus.find_source(id);
}
const Report* find_report_named(const Corpus& corpus, std::string_view id) {
    if (g_names && g_names->corpus == &corpus) {
        const auto it = g_names->report.find(id);
        return it == g_names->report.end() ? nullptr : it->second;
    }
    if (g_story_index && g_story_index->indexes(corpus)) return g_story_index->report(id);
    return corpus.find_report(id);
}
std::size_t outlet_count(const Corpus& corpus, const std::string& outlet) {
    if (g_names && g_names->corpus == &corpus) {
        const auto it = g_names->outlet.find(outlet);
        return it == g_names->outlet.end() ? 0 : it->second;
    }
    if (g_story_index && g_story_index->indexes(corpus)) return g_story_index->outlet_count(outlet);
    std::size_t n = 0;
    for (const Source& s : corpus.sources) n += s.outlet == outlet;
    return n;
}
}  // namespace

void use_story_index(const StoryIndex* index) { g_story_index = index; }

NamesScope::NamesScope(const Corpus& corpus) : outer_(g_names) {
    auto* n = new NameIndex{&corpus, {}, {}, {}};
    for (const Source& s : corpus.sources) {
        n->source.emplace(s.id, &s);  // the first wins, as in Corpus::find_source
        if (!s.outlet.empty()) ++n->outlet[s.outlet];
    }
    for (const Report& r : corpus.reports) n->report.emplace(r.id, &r);
    mine_ = n;
    g_names = n;
}

NamesScope::~NamesScope() {
    g_names = static_cast<NameIndex*>(outer_);
    delete static_cast<NameIndex*>(mine_);
}

const StoryIndex& story_index(const Corpus& corpus) {
    if (g_story_index && g_story_index->indexes(corpus)) return *g_story_index;
    static StoryIndex own;
    if (!own.indexes(corpus)) own = StoryIndex(corpus);
    return own;
}

std::string source_name(const Corpus& corpus, std::string_view source_id) {
    const Source* s = find_source_named(corpus, source_id);
    if (!s) return std::string(source_id);
    if (s->outlet.empty()) {
        const std::string title = clip_code_points(s->display_title(), 40);
        if (title.empty()) return s->id;
        // Two untitled sources that open alike ("Deal"): told apart by date, else by id.
        if (corpus.sources.size() > kTwinCheckSources) return title;
        for (const Source& other : corpus.sources)
            if (&other != s && other.outlet.empty() && clip_code_points(other.display_title(), 40) == title)
                return title + " (" + (s->published && !(other.published && *other.published == *s->published) ? s->published->iso() : s->id) + ")";
        return title;
    }
    if (outlet_count(corpus, s->outlet) > 1) return s->outlet + ", " + (s->published ? s->published->iso() : s->id);
    return s->outlet;
}

std::string claim_name(const Claim& c) {
    std::string t = c.subject;
    if (!c.measure.empty()) t += (t.empty() ? "" : " \u2014 ") + c.measure;
    return t.empty() ? c.id : t;
}

std::string claim_name(const Corpus& corpus, std::string_view claim_id) {
    const Claim* c = story_index(corpus).claim(claim_id);
    return c ? claim_name(*c) : std::string(claim_id);
}

std::string findings_filter_name(const Corpus& corpus, const FindingsFilter& filter) {
    if (filter.key == "claim") return "claim " + claim_name(corpus, filter.value);
    if (filter.key == "source") return source_name(corpus, filter.value);
    if (filter.key == "kind") {
        const auto k = finding_kind_from_name(filter.value);
        return k ? std::string(finding_kind_title(*k)) : filter.value;
    }
    return "\u201C" + filter.value + "\u201D";
}

std::string attribution_name(const Corpus& corpus, std::string_view attribution) {
    if (const Report* r = find_report_named(corpus, attribution)) {
        if (!r->label.empty() && !r->outlet.empty() && r->label.find(r->outlet) == std::string::npos) return r->outlet + ": " + r->label;
        return !r->label.empty() ? r->label : !r->outlet.empty() ? r->outlet : r->id;
    }
    if (find_source_named(corpus, attribution)) return source_name(corpus, attribution);
    return std::string(attribution);
}

std::string quote_citation(const Corpus& corpus, std::size_t mention_index, std::string_view link) {
    if (mention_index >= corpus.mentions.size()) return {};
    const Mention& m = corpus.mentions[mention_index];
    return words_citation(corpus, m.source, m.quote.exact, link);
}

std::string words_citation(const Corpus& corpus, std::string_view source_id, std::string_view words, std::string_view link) {
    std::string out = "\u201C" + std::string(words) + "\u201D\n\u2014 ";
    const Source* s = find_source_named(corpus, source_id);
    if (!s) {
        out += source_id;
    } else {
        out += s->display_outlet();
        const std::string headline = clip_code_points(s->display_title(), 120);
        if (!headline.empty()) out += ", \u201C" + headline + "\u201D";
        if (s->published) out += ", " + s->published->iso();
    }
    if (!link.empty()) {
        out += "\n";
        out += link;
    }
    return out;
}

}  // namespace factlens
