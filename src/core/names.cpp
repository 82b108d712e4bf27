#include "core/names.h"

#include "core/text.h"

namespace factlens {

std::string source_name(const Corpus& corpus, std::string_view source_id) {
    const Source* s = corpus.find_source(source_id);
    if (!s) return std::string(source_id);
    if (s->outlet.empty()) {
        const std::string title = clip_code_points(s->display_title(), 40);
        if (title.empty()) return s->id;
        // Two untitled sources that open alike ("Deal"): told apart by date, else by id.
        for (const Source& other : corpus.sources)
            if (&other != s && other.outlet.empty() && clip_code_points(other.display_title(), 40) == title)
                return title + " (" + (s->published && !(other.published && *other.published == *s->published) ? s->published->iso() : s->id) + ")";
        return title;
    }
    for (const Source& other : corpus.sources)
        if (&other != s && other.outlet == s->outlet)
            return s->outlet + ", " + (s->published ? s->published->iso() : s->id);
    return s->outlet;
}

std::string attribution_name(const Corpus& corpus, std::string_view attribution) {
    if (const Report* r = corpus.find_report(attribution)) {
        if (!r->label.empty() && !r->outlet.empty() && r->label.find(r->outlet) == std::string::npos) return r->outlet + ": " + r->label;
        return !r->label.empty() ? r->label : !r->outlet.empty() ? r->outlet : r->id;
    }
    if (corpus.find_source(attribution)) return source_name(corpus, attribution);
    return std::string(attribution);
}

std::string quote_citation(const Corpus& corpus, std::size_t mention_index, std::string_view link) {
    if (mention_index >= corpus.mentions.size()) return {};
    const Mention& m = corpus.mentions[mention_index];
    std::string out = "\u201C" + m.quote.exact + "\u201D\n\u2014 ";
    const Source* s = corpus.find_source(m.source);
    if (!s) {
        out += m.source;
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
