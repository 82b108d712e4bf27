#include "test_corpora.h"

#include <gtest/gtest.h>

#include "core/corpus_io.h"

namespace factlens::testing {

const Corpus& default_story() {
    static const Corpus corpus = [] {
        CorpusLoad load = load_corpus_file(std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/corpus.json");
        std::string errors;
        for (const auto& d : load.errors) errors += d.to_string() + "\n";
        EXPECT_TRUE(load.ok()) << errors;
        return std::move(load.corpus);
    }();
    return corpus;
}

}  // namespace factlens::testing
