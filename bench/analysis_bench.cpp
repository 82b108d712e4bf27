// Analysis time for a story of 50 articles of about 5 KB each (Google Benchmark): the
// whole draft (extraction, grouping into claims, findings) and analyse() alone on the
// built draft. Target: under 1 s natively for the whole draft.
//   build/native/bench/analysis_bench
// The articles are the five seed texts, each made into ten variants whose figures differ
// (every digit shifted by the variant's number), cut or repeated to about 5 KB.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/corpus_io.h"
#include "core/story_builder.h"

namespace {

std::vector<factlens::Article> fifty_articles() {
    std::vector<factlens::Article> out;
    factlens::CorpusLoad load = factlens::load_corpus_file(std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/corpus.json");
    for (int variant = 0; variant < 10; ++variant) {
        for (const auto& s : load.corpus.sources) {
            std::string text = s.text;
            while (text.size() < 5000) text += "\n" + s.text;
            text.resize(5000);
            while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
            if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
            for (char& c : text)
                if (c >= '1' && c <= '9') c = static_cast<char>('1' + (c - '1' + variant) % 9);
            out.push_back({s.id + "-" + std::to_string(variant), text, s.published});
        }
    }
    return out;
}

void BM_BuildStory50(benchmark::State& state) {
    const auto articles = fifty_articles();
    std::size_t bytes = 0;
    for (const auto& a : articles) bytes += a.text.size();
    for (auto _ : state) {
        auto corpus = factlens::build_story(articles);
        benchmark::DoNotOptimize(corpus.findings.data());
    }
    state.counters["articles"] = static_cast<double>(articles.size());
    state.counters["KB"] = static_cast<double>(bytes) / 1024.0;
    state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
}
BENCHMARK(BM_BuildStory50)->Unit(benchmark::kMillisecond);

void BM_Analyse50(benchmark::State& state) {
    const factlens::Corpus built = factlens::build_story(fifty_articles());
    for (auto _ : state) {
        factlens::Corpus c = built;
        factlens::analyse(c);
        benchmark::DoNotOptimize(c.findings.data());
    }
    state.counters["claims"] = static_cast<double>(built.claims.size());
    state.counters["mentions"] = static_cast<double>(built.mentions.size());
    state.counters["findings"] = static_cast<double>(built.findings.size());
}
BENCHMARK(BM_Analyse50)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
