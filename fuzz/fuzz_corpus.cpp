// libFuzzer: any bytes given as a corpus file load or are refused with diagnostics; never
// a crash, never a half-loaded corpus; a loaded one writes and reads back the same.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/corpus_io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const factlens::FileReader none = [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "no files while fuzzing";
        return std::nullopt;
    };
    const factlens::CorpusLoad load = factlens::parse_corpus(text, "fuzz.json", ".", none);
    if (!load.ok()) {
        if (!load.corpus.sources.empty() || load.errors.front().message.empty()) std::abort();
        return 0;
    }
    const factlens::CorpusLoad again = factlens::parse_corpus(factlens::corpus_to_json(load.corpus), "again.json", ".", none);
    if (!again.ok() || again.corpus.mentions.size() != load.corpus.mentions.size()) std::abort();
    return 0;
}
