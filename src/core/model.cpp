#include "core/model.h"

#include "core/text.h"

namespace factlens {

std::string Source::display_title() const {
    if (!title.empty()) return title;
    return std::string(first_line(text));
}

const Source* Corpus::find_source(std::string_view source_id) const {
    for (const Source& s : sources)
        if (s.id == source_id) return &s;
    return nullptr;
}

}  // namespace factlens
