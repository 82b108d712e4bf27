// The default story's snapshot, written at build time (docs/architecture.md, "Opening a
// story"): the core compiled to wasm for node, the same code and layout as the page's, reads
// the curated story with every check and runs its analysis; the page then opens the
// finished model from these bytes and carries no JSON reader or analysis of its own.
//   node factlens-snapshot.cjs STORY.json OUT
// Exit status 0 when written; 1 with the story's problems (file, line, JSON pointer) when
// it does not read; 2 on a wrong command line.
#include <cstdio>
#include <fstream>
#include <string>

#include "core/corpus_io.h"
#include "core/snapshot.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: factlens-snapshot STORY.json OUT\n");
        return 2;
    }
    const factlens::CorpusLoad load = factlens::load_corpus_file(argv[1]);
    if (!load.ok()) {
        for (const factlens::Diagnostic& d : load.errors) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return 1;
    }
    const std::string bytes = factlens::encode_snapshot(load.corpus);
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        std::fprintf(stderr, "factlens-snapshot: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
