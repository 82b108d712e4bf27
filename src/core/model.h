// The model of a story: the documents we hold (sources) and, in later issues, the
// reports they cite, the claims they make and where they make them (mentions).
// Plain data: no UI, no I/O. Text is UTF-8; offsets are byte offsets into Source::text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factlens {

// One document we hold, exactly as it was published or received.
struct Source {
    std::string id;         // stable id from the corpus, used in links
    std::string outlet;     // publishing outlet as stated; empty when unknown
    std::string title;      // headline when the corpus gives one; empty otherwise
    std::string text;       // full text, byte for byte as in its file
    std::string text_file;  // corpus-relative path the text was read from (may be empty)
    std::string url;        // where it was published, when known

    // What a list shows: the title, or else the first non-blank line of the text.
    std::string display_title() const;
};

struct Corpus {
    int version = 1;
    std::string id;
    std::string title;
    std::vector<Source> sources;

    const Source* find_source(std::string_view source_id) const;
};

}  // namespace factlens
