// Snapshots (core/snapshot.h): what the build worker hands the page must come back as the
// very corpus it was made from, read in steps of any size, and damaged bytes must give an
// error, never a crash or a half-made corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/corpus_io.h"
#include "core/snapshot.h"
#include "core/story_builder.h"
#include "test_corpora.h"

namespace factlens {
namespace {

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A draft built from real articles: one of the held-out stories (its texts only; the gold
// file is not read), so the snapshot carries what the builder and the analysis make.
Corpus held_out_draft() {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(FACTLENS_ASSETS_DIR) / ".." / "tests" / "stories" / "espirito-santo-floods";
    std::vector<Article> articles;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") articles.push_back({e.path().filename().string(), read_all(e.path()), std::nullopt});
    std::sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) { return a.name < b.name; });
    for (std::size_t i = 0; i < articles.size(); ++i) articles[i].date = Date{2026, 3, static_cast<int>(3 + i), Precision::Day};
    // Read back the way the page reads it (anchored, analysed), so findings are in it.
    CorpusLoad load = parse_corpus(corpus_to_json(build_story(articles)), "draft.json", ".");
    EXPECT_TRUE(load.ok()) << (load.errors.empty() ? "" : load.errors[0].to_string());
    return std::move(load.corpus);
}

void expect_same(const Corpus& a, const Corpus& b) {
    EXPECT_EQ(corpus_to_json(a), corpus_to_json(b));
    ASSERT_EQ(a.findings.size(), b.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        EXPECT_EQ(a.findings[i].id, b.findings[i].id);
        EXPECT_EQ(a.findings[i].detail, b.findings[i].detail);
        EXPECT_EQ(a.findings[i].reason, b.findings[i].reason);
        EXPECT_EQ(a.findings[i].severity, b.findings[i].severity);
        EXPECT_EQ(a.findings[i].mentions, b.findings[i].mentions);
    }
    ASSERT_EQ(a.mentions.size(), b.mentions.size());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        EXPECT_EQ(a.mentions[i].quote.start, b.mentions[i].quote.start);
        EXPECT_EQ(a.mentions[i].quote.end, b.mentions[i].quote.end);
        EXPECT_EQ(a.mentions[i].period_resolved.reasoning, b.mentions[i].period_resolved.reasoning);
    }
    // Every field, computed ones included: the bytes of the copy are the bytes of the original.
    EXPECT_EQ(encode_snapshot(a), encode_snapshot(b));
}

TEST(Snapshot, TheCuratedStoryComesBackWhole) {
    const Corpus& story = testing::default_story();
    CorpusLoad back = decode_snapshot(encode_snapshot(story), "story");
    ASSERT_TRUE(back.ok()) << back.errors[0].to_string();
    EXPECT_FALSE(back.corpus.findings.empty());
    expect_same(story, back.corpus);
}

TEST(Snapshot, ADraftComesBackWholeReadOneRecordAtATime) {
    const Corpus draft = held_out_draft();
    ASSERT_GT(draft.mentions.size(), 20u);
    SnapshotRead read(encode_snapshot(draft), "draft");
    int steps = 0;
    while (!read.step(1)) ++steps;
    // One record per step: about one step per source, claim, mention and finding.
    EXPECT_GE(steps, static_cast<int>(draft.mentions.size()));
    CorpusLoad back = read.take();
    ASSERT_TRUE(back.ok()) << back.errors[0].to_string();
    expect_same(draft, back.corpus);
}

TEST(Snapshot, EveryTruncationIsAnErrorNeverAHalfStory) {
    const Corpus draft = held_out_draft();
    const std::string bytes = encode_snapshot(draft);
    // Every cut in the first 4 KB, then a cut every 97 bytes to the end.
    for (std::size_t cut = 0; cut < bytes.size(); cut += cut < 4096 ? 1 : 97) {
        CorpusLoad back = decode_snapshot(bytes.substr(0, cut), "cut");
        ASSERT_FALSE(back.ok()) << "cut at " << cut;
        EXPECT_TRUE(back.corpus.sources.empty());
        EXPECT_NE(back.errors[0].message.find("could not be read"), std::string::npos);
    }
}

TEST(Snapshot, DamagedBytesAreAnErrorOrAValidStory) {
    const Corpus draft = held_out_draft();
    const std::string bytes = encode_snapshot(draft);
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        std::string damaged = bytes;
        for (int k = 0; k < 4; ++k) damaged[next() % damaged.size()] = static_cast<char>(next() >> 24);
        CorpusLoad back = decode_snapshot(std::move(damaged), "damaged");
        if (!back.ok()) {
            ++refused;
            continue;
        }
        // Whatever came through is safe to draw: offsets inside texts, findings' mentions exist.
        for (const Finding& f : back.corpus.findings)
            for (std::size_t m : f.mentions) ASSERT_LT(m, back.corpus.mentions.size());
    }
    EXPECT_GT(refused, 0);
}

TEST(Snapshot, NamesWhatIsWrong) {
    CorpusLoad json = decode_snapshot("{\"format\": \"factlens-corpus\"}", "story.json");
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.errors[0].file, "story.json");
    EXPECT_NE(json.errors[0].message.find("not a factlens snapshot"), std::string::npos) << json.errors[0].message;

    std::string bytes = encode_snapshot(testing::default_story());
    bytes += "x";
    CorpusLoad extra = decode_snapshot(bytes, "story");
    ASSERT_FALSE(extra.ok());
    EXPECT_NE(extra.errors[0].message.find("bytes after the story"), std::string::npos);
}

}  // namespace
}  // namespace factlens
