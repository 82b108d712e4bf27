#include "core/corpus_io.h"

#include <filesystem>
#include <map>

#include <gtest/gtest.h>

using namespace factlens;

namespace {

const std::string kDefaultCorpus = std::string(FACTLENS_ASSETS_DIR) + "/bytedance-ai-2025/corpus.json";

// An in-memory file system for fixtures.
FileReader memory_files(std::map<std::string, std::string> files) {
    return [files = std::move(files)](const std::string& path, std::string& error) -> std::optional<std::string> {
        const auto it = files.find(path);
        if (it == files.end()) {
            error = "cannot open file";
            return std::nullopt;
        }
        return it->second;
    };
}

bool has_error(const CorpusLoad& load, const std::string& pointer, const std::string& words) {
    for (const auto& d : load.errors)
        if (d.pointer == pointer && d.message.find(words) != std::string::npos) return true;
    return false;
}

std::string dump_errors(const CorpusLoad& load) {
    std::string out;
    for (const auto& d : load.errors) out += d.to_string() + "\n";
    return out;
}

}  // namespace

TEST(DefaultCorpus, LoadsAllFiveSources) {
    const CorpusLoad load = load_corpus_file(kDefaultCorpus);
    ASSERT_TRUE(load.ok()) << dump_errors(load);
    EXPECT_EQ(load.corpus.id, "bytedance-ai-2025");
    ASSERT_EQ(load.corpus.sources.size(), 5u);
    EXPECT_EQ(load.corpus.sources[0].outlet, "Reuters");
    EXPECT_EQ(load.corpus.sources[0].display_title(), "ByteDance to Pour Over $20 Billion into AI Infrastructure");
    // Without a title the list shows the first line of the text that is not page furniture:
    // the FT digest's newsletter prompt and its blurb are skipped.
    EXPECT_EQ(load.corpus.sources[2].display_title().rfind("ByteDance, the company behind TikTok", 0), 0u);
}

TEST(DefaultCorpus, TextIsByteForByteTheSeedFiles) {
    const std::filesystem::path seeds(FACTLENS_SEEDS_DIR);
    if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no ../shared/seeds beside the checkout";
    const CorpusLoad load = load_corpus_file(kDefaultCorpus);
    ASSERT_TRUE(load.ok()) << dump_errors(load);
    for (const Source& s : load.corpus.sources) {
        const std::string seed_name = std::filesystem::path(s.text_file).filename().string();
        std::string why;
        const auto seed = read_file_bytes((seeds / seed_name).string(), why);
        ASSERT_TRUE(seed.has_value()) << seed_name << ": " << why;
        EXPECT_EQ(s.text, *seed) << s.id;
    }
}

TEST(DefaultCorpus, KeepsUtf8Punctuation) {
    const CorpusLoad load = load_corpus_file(kDefaultCorpus);
    ASSERT_TRUE(load.ok()) << dump_errors(load);
    const Source* rewrite = load.corpus.find_source("rewrite-001");
    ASSERT_NE(rewrite, nullptr);
    EXPECT_NE(rewrite->text.find("Coping with TikTok\xE2\x80\x99s future"), std::string::npos);
    EXPECT_NE(rewrite->text.find("\xE2\x80\x9C" "China softens attitude"), std::string::npos);
}

TEST(CorpusIo, WrittenJsonReadsBackTheSame) {
    const CorpusLoad load = load_corpus_file(kDefaultCorpus);
    ASSERT_TRUE(load.ok()) << dump_errors(load);
    const std::string json = corpus_to_json(load.corpus);
    const CorpusLoad again = parse_corpus(json, "saved.json", ".", memory_files({}));
    ASSERT_TRUE(again.ok()) << dump_errors(again);
    ASSERT_EQ(again.corpus.sources.size(), load.corpus.sources.size());
    for (std::size_t i = 0; i < again.corpus.sources.size(); ++i) {
        EXPECT_EQ(again.corpus.sources[i].id, load.corpus.sources[i].id);
        EXPECT_EQ(again.corpus.sources[i].outlet, load.corpus.sources[i].outlet);
        EXPECT_EQ(again.corpus.sources[i].text, load.corpus.sources[i].text);
    }
}

TEST(CorpusErrors, SyntaxErrorGivesLineAndColumn) {
    const CorpusLoad load = parse_corpus("{\n  \"format\": \"factlens-corpus\",\n  \"version\": 1,,\n}", "bad.json", ".",
                                         memory_files({}));
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].file, "bad.json");
    EXPECT_EQ(load.errors[0].line, 3u);
    EXPECT_EQ(load.errors[0].column, 16u);
    EXPECT_EQ(load.errors[0].to_string().rfind("bad.json:3:16: ", 0), 0u) << load.errors[0].to_string();
}

TEST(CorpusErrors, ReportsEveryProblemAtOnceAndLoadsNothing) {
    const std::string json = R"({
      "format": "factlens-corpus", "version": 1, "id": "t", "colour": "red",
      "sources": [
        {"id": "a", "text": "Alpha."},
        {"id": "a", "text": "Duplicate."},
        {"id": "b", "text_file": "missing.txt"},
        {"id": "c", "text_file": "bad.txt"},
        {"id": "d", "text": "x", "text_file": "a.txt"},
        {"id": "e f", "text": 3},
        {"id": "g", "text_file": "../escape.txt"},
        {"outlet": "Nobody"},
        "not an object"
      ]})";
    const CorpusLoad load =
        parse_corpus(json, "t.json", "dir", memory_files({{"dir/bad.txt", "ok\nthen \xff here"}, {"dir/a.txt", "A"}}));
    EXPECT_FALSE(load.ok());
    EXPECT_TRUE(load.corpus.sources.empty());
    EXPECT_TRUE(has_error(load, "/colour", "unknown key")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/1/id", "duplicate source id \"a\"")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/2/text_file", "cannot read \"dir/missing.txt\"")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/4", "not both")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/5/id", "must be 1-64 characters")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/5/text", "must be a string, not number")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/6/text_file", "relative path inside")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/7/id", "missing required string")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/8", "must be an object, not string")) << dump_errors(load);
    // The bad byte in a text file is placed by file, line and column.
    bool utf8_error = false;
    for (const auto& d : load.errors)
        utf8_error |= d.file == "dir/bad.txt" && d.line == 2 && d.column == 6 && d.message.find("UTF-8") != std::string::npos;
    EXPECT_TRUE(utf8_error) << dump_errors(load);
}

TEST(CorpusErrors, RejectsOtherFormatsAndVersions) {
    const CorpusLoad load =
        parse_corpus(R"({"format": "other", "version": 99, "id": "t", "sources": []})", "t.json", ".", memory_files({}));
    EXPECT_TRUE(has_error(load, "/format", "expected \"factlens-corpus\"")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/version", "unsupported corpus version 99")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources", "at least one source")) << dump_errors(load);
}

TEST(CorpusErrors, RootMustBeAnObject) {
    const CorpusLoad load = parse_corpus("[1, 2]", "t.json", ".", memory_files({}));
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_NE(load.errors[0].message.find("must be a JSON object"), std::string::npos);
}

TEST(CorpusErrors, MissingCorpusFileIsNamed) {
    const CorpusLoad load = load_corpus_file("nowhere/corpus.json", memory_files({}));
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].file, "nowhere/corpus.json");
}
