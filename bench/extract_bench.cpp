// Extraction throughput on the five seed articles (Google Benchmark): bytes per second
// for extract() alone and for the whole draft story (extract + grouping + findings).
//   build/native/bench/extract_bench  (or ./build-wasm.sh bench)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/corpus_io.h"
#include "core/extract.h"
#include "core/story_builder.h"

namespace {

std::vector<factlens::Article> seed_articles() {
    std::vector<factlens::Article> out;
    factlens::CorpusLoad load = factlens::load_corpus_file(std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/corpus.json");
    for (const auto& s : load.corpus.sources) out.push_back({s.id, s.text, s.published});
    return out;
}

void BM_Extract(benchmark::State& state) {
    const auto articles = seed_articles();
    std::size_t bytes = 0;
    for (auto _ : state) {
        for (const auto& a : articles) {
            auto items = factlens::extract(a.text, a.date);
            benchmark::DoNotOptimize(items.data());
            bytes += a.text.size();
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMicrosecond);

void BM_BuildStory(benchmark::State& state) {
    const auto articles = seed_articles();
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto corpus = factlens::build_story(articles);
        benchmark::DoNotOptimize(corpus.findings.data());
        for (const auto& a : articles) bytes += a.text.size();
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_BuildStory)->Unit(benchmark::kMicrosecond);

// A long document: the five articles repeated to about 1 MB.
void BM_ExtractLong(benchmark::State& state) {
    std::string text;
    const auto articles = seed_articles();
    while (text.size() < (1u << 20))
        for (const auto& a : articles) text += a.text + "\n\n";
    const std::optional<factlens::Date> date = articles.front().date;
    for (auto _ : state) {
        auto items = factlens::extract(text, date);
        benchmark::DoNotOptimize(items.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(text.size() * state.iterations()));
}
BENCHMARK(BM_ExtractLong)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
