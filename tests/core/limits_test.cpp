// The limits of core/limits.h and the loader's refusals (docs/limits.md): each refused
// before the work it bounds, with a message naming what and where; and the files a story
// may name: regular files inside its folder only.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include <gtest/gtest.h>

#include "core/corpus_io.h"
#include "core/limits.h"
#include "core/text.h"

using namespace factlens;
namespace fs = std::filesystem;

namespace {

FileReader no_files() {
    return [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "no files here";
        return std::nullopt;
    };
}

// A story around one source text, with extra top-level members spliced in.
std::string story(const std::string& source = R"({"id": "a", "text": "Acme will spend $5 billion."})",
                  const std::string& extra = "") {
    return R"({"format": "factlens-corpus", "version": 1, "id": "t", "sources": [)" + source + "]" + extra + "}";
}

std::string dump_errors(const CorpusLoad& load) {
    std::string out;
    for (const auto& d : load.errors) out += d.to_string() + "\n";
    return out;
}

bool has_error(const CorpusLoad& load, const std::string& pointer, const std::string& words) {
    for (const auto& d : load.errors)
        if (d.pointer == pointer && d.message.find(words) != std::string::npos) return true;
    return false;
}

// A fresh folder for files, removed afterwards.
class Folder {
public:
    Folder() {
        std::random_device rd;
        path_ = fs::temp_directory_path() / ("factlens-limits-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string path() const { return path_.string(); }
    std::string file(const std::string& name, const std::string& bytes) const {
        const fs::path p = path_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }
    std::string corpus(const std::string& text_file) const {
        return file("corpus.json", story(R"({"id": "a", "text_file": ")" + text_file + R"("})"));
    }

private:
    fs::path path_;
};

}  // namespace

// [SECTION] Sizes and lengths ------------------------------------------------------------

TEST(Limits, AStoryOverTheSizeLimitIsRefusedBeforeParsing) {
    std::string big = story();
    big.append(kMaxStoryBytes, ' ');  // white space parses; the size alone refuses it
    const CorpusLoad load = parse_corpus(big, "big.json", ".", no_files());
    ASSERT_EQ(load.errors.size(), 1u) << dump_errors(load);
    EXPECT_NE(load.errors[0].message.find("the story is too large"), std::string::npos) << dump_errors(load);
    EXPECT_NE(load.errors[0].message.find("at most 64 MiB"), std::string::npos) << dump_errors(load);
}

TEST(Limits, ATwentyMegabyteTitleIsRefusedWithItsPointer) {
    const std::string title(20u << 20, 'T');
    const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": "Acme."})", R"(, "title": ")" + title + "\""),
                                         "t.json", ".", no_files());
    EXPECT_FALSE(load.ok());
    EXPECT_TRUE(has_error(load, "/title", "\"title\" is too long: 20 MiB (at most 1 KiB)")) << dump_errors(load);
    EXPECT_LT(dump_errors(load).size(), 1000u) << "the message does not repeat the title";
}

TEST(Limits, LabelsAndSourceTitlesHaveTheirLimits) {
    const std::string long_label(kMaxLabelBytes + 1, 'x');
    const CorpusLoad load = parse_corpus(
        story(R"({"id": "a", "title": ")" + std::string(kMaxTitleBytes + 1, 'y') + R"(", "text": "Acme."})",
              R"(, "events": [{"id": "e", "label": ")" + long_label + R"("}])"),
        "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "/sources/0/title", "too long")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/events/0/label", "\"label\" is too long: 1025 bytes (at most 1 KiB)")) << dump_errors(load);
}

TEST(Limits, TooManySourcesAreRefusedWhole) {
    std::string sources;
    for (std::size_t i = 0; i <= kMaxSources; ++i)
        sources += (i ? "," : "") + std::string(R"({"id": "s)") + std::to_string(i) + R"(", "text": "x"})";
    const CorpusLoad load = parse_corpus(story(sources), "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "/sources", "too many entries: " + std::to_string(kMaxSources + 1) + " (at most 20000)"))
        << dump_errors(load);
}

TEST(Limits, ASourceTextOverTheArticleLimitIsRefused) {
    const std::string text(kMaxArticleBytes + 1, 'a');
    const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": ")" + text + "\"}"), "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "/sources/0/text", "too long: 4194305 bytes (4.0 MiB) (at most 4 MiB)")) << dump_errors(load);
}

TEST(Limits, NestingDeeperThanTheLimitIsRefusedWithAPointer) {
    std::string deep = story("", R"(, "title": "x")");
    deep.insert(deep.size() - 1, R"(, "mentions": )" + std::string(40, '[') + std::string(40, ']'));
    const CorpusLoad load = parse_corpus(deep, "t.json", ".", no_files());
    ASSERT_FALSE(load.ok());
    EXPECT_NE(load.errors[0].message.find("nested more than 32 levels deep"), std::string::npos) << dump_errors(load);
    EXPECT_EQ(load.errors[0].pointer.rfind("/mentions/0/0/0", 0), 0u) << dump_errors(load);
}

// [SECTION] Duplicate keys, NUL bytes, rates, odd messages -----------------------------------

TEST(Limits, AMillionProblemsAreCountedNotListed) {
    std::string extra = R"(, "claims": [)";
    for (int i = 0; i < 5000; ++i) extra += std::string(i ? "," : "") + R"({"id": "c", "kind": "nonsense"})";
    extra += "]";
    const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": "Acme."})", extra), "t.json", ".", no_files());
    ASSERT_EQ(load.errors.size(), kMaxDiagnostics + 1);
    EXPECT_NE(load.errors.back().message.find("more problems (only the first 1000 are listed)"), std::string::npos)
        << load.errors.back().message;
}

TEST(Limits, DuplicateKeysAreRefusedWithAPointerToTheKey) {
    const CorpusLoad load = parse_corpus(
        story(R"({"id": "a", "text": "Acme.", "text": "Other."}, {"id": "b", "text": "B.", "outlet": "X", "outlet": "Y"})",
              R"(, "id": "again")"),
        "t.json", ".", no_files());
    EXPECT_FALSE(load.ok());
    EXPECT_TRUE(has_error(load, "/sources/0/text", "given twice")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/sources/1/outlet", "given twice")) << dump_errors(load);
    EXPECT_TRUE(has_error(load, "/id", "given twice")) << dump_errors(load);
}

TEST(Limits, ANulByteInASourceTextIsRefused) {
    const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": "Acme\u0000 spent."})"), "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "/sources/0/text", "NUL byte at offset 4")) << dump_errors(load);
}

TEST(Limits, AnAbsurdRateIsRefused) {
    auto rate = [](const std::string& value, const std::string& quote_currency = "CNY") {
        return R"(, "rates": [{"id": "r", "base": "USD", "quote_currency": ")" + quote_currency + R"(", "rate": )" + value +
               R"(, "source": "a", "quote": {"exact": "Acme"}}])";
    };
    for (const char* bad : {"1e-320", "0", "-7.2", "1e300", "1e-12"}) {
        const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": "Acme."})", rate(bad)), "t.json", ".", no_files());
        EXPECT_TRUE(has_error(load, "/rates/0/rate", "is not a usable exchange rate")) << bad << "\n" << dump_errors(load);
    }
    const CorpusLoad same = parse_corpus(story(R"({"id": "a", "text": "Acme."})", rate("1", "USD")), "t.json", ".", no_files());
    EXPECT_TRUE(has_error(same, "/rates/0/quote_currency", "both \"USD\"")) << dump_errors(same);
    const CorpusLoad fine = parse_corpus(story(R"({"id": "a", "text": "Acme."})", rate("7.2671")), "t.json", ".", no_files());
    EXPECT_TRUE(fine.ok()) << dump_errors(fine);
}

TEST(Limits, AHugeNumberGivesASentenceWithLineAndColumn) {
    const CorpusLoad load = parse_corpus("{\"format\": \"factlens-corpus\",\n \"version\": 1e400}", "t.json", ".", no_files());
    ASSERT_EQ(load.errors.size(), 1u);
    const std::string msg = load.errors[0].to_string();
    EXPECT_EQ(msg.find("json.exception"), std::string::npos) << msg;
    EXPECT_EQ(msg.rfind("t.json:2:", 0), 0u) << msg;
    EXPECT_NE(msg.find("the number 1e400 is out of range"), std::string::npos) << msg;
    const CorpusLoad syntax = parse_corpus("{\"a\" 1}", "t.json", ".", no_files());
    ASSERT_EQ(syntax.errors.size(), 1u);
    EXPECT_EQ(syntax.errors[0].message.find("json.exception"), std::string::npos) << syntax.errors[0].message;
    EXPECT_EQ(syntax.errors[0].message.rfind("not valid JSON: ", 0), 0u) << syntax.errors[0].message;
}

TEST(Limits, AnAmountGivenAsANumberSaysToQuoteIt) {
    const CorpusLoad load = parse_corpus(
        story(R"({"id": "a", "text": "Acme."})",
              R"(, "claims": [{"id": "c", "kind": "money", "subject": "s", "measure": "m", "value": {"amount": 20.64, "unit": "USD"}},
                              {"id": "d", "kind": "money", "subject": "s", "measure": "m", "value": {"amount": "20,64", "unit": "USD"}}])"),
        "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "/claims/0/value/amount", "must be a string, not a number: write 20.64 as \"20.64\"")) << dump_errors(load);
    EXPECT_FALSE(has_error(load, "/claims/0/value", "needs \"amount\"")) << dump_errors(load);
    // A string that is not a decimal is not told to be written as a string.
    EXPECT_TRUE(has_error(load, "/claims/1/value/amount", "\"20,64\" is not a decimal number")) << dump_errors(load);
    for (const auto& d : load.errors) EXPECT_EQ(d.message.find("write it as a string"), std::string::npos) << d.message;
}

TEST(Limits, TooManyQuotesAreRefusedBeforeAnchoring) {
    // Every array within its own limit, the quotes together over theirs.
    std::string extra = R"(, "claims": [{"id": "c", "kind": "statement", "subject": "s", "measure": "m"}], "reports": [)";
    for (int r = 0; r < 2; ++r) {
        extra += std::string(r ? "," : "") + R"({"id": "r)" + std::to_string(r) + R"(", "outlet": "o", "label": "l", "dated_by": [)";
        for (std::size_t i = 0; i < kMaxQuotes / 4 + 1; ++i) extra += std::string(i ? "," : "") + R"({"source": "a", "quote": {"exact": "A"}})";
        extra += "]}";
    }
    extra += "], \"mentions\": [";
    for (std::size_t i = 0; i < kMaxQuotes / 2; ++i) extra += std::string(i ? "," : "") + R"({"source": "a", "claim": "c", "quote": {"exact": "A"}})";
    extra += "]";
    const CorpusLoad load = parse_corpus(story(R"({"id": "a", "text": "A"})", extra), "t.json", ".", no_files());
    EXPECT_TRUE(has_error(load, "", "too many quotes: 200002")) << dump_errors(load).substr(0, 500);
    EXPECT_EQ(load.errors.size(), 1u) << "no quote is anchored";
}

// [SECTION] Files ------------------------------------------------------------------------------

TEST(StoryFiles, ATextFileInsideTheFolderIsRead) {
    Folder dir;
    dir.file("texts/a.txt", "Acme will spend $5 billion.");
    const CorpusLoad load = load_corpus_file(dir.corpus("texts/a.txt"));
    ASSERT_TRUE(load.ok()) << dump_errors(load);
    EXPECT_EQ(load.corpus.sources[0].text, "Acme will spend $5 billion.");
}

TEST(StoryFiles, ALinkThatStaysInsideIsFollowed) {
    Folder dir;
    dir.file("texts/a.txt", "Acme will spend $5 billion.");
    fs::create_symlink("texts/a.txt", dir.path() + "/alias.txt");
    fs::create_directories(dir.path() + "/sub");
    fs::create_symlink("../texts/a.txt", dir.path() + "/sub/up.txt");
    for (const char* name : {"alias.txt", "sub/up.txt"}) {
        const CorpusLoad load = load_corpus_file(dir.corpus(name));
        EXPECT_TRUE(load.ok()) << name << "\n" << dump_errors(load);
    }
}

TEST(StoryFiles, ALinkOutOfTheFolderIsNotRead) {
    Folder dir;
    fs::create_symlink("/etc/passwd", dir.path() + "/passwd.txt");
    fs::create_directories(dir.path() + "/sub");
    fs::create_symlink("../../../../../../../../etc/passwd", dir.path() + "/sub/climb.txt");
    fs::create_symlink(fs::temp_directory_path(), dir.path() + "/tmp");
    for (const char* name : {"passwd.txt", "sub/climb.txt", "tmp/x.txt"}) {
        const CorpusLoad load = load_corpus_file(dir.corpus(name));
        EXPECT_FALSE(load.ok()) << name;
        const std::string all = dump_errors(load);
        EXPECT_TRUE(all.find("out of the story's folder") != std::string::npos ||
                    all.find("leads outside the story's folder") != std::string::npos)
            << name << "\n" << all;
        EXPECT_EQ(all.find("root:"), std::string::npos) << "nothing of /etc/passwd shows";
    }
}

TEST(StoryFiles, ADeviceAFifoAndAFolderAreRefusedWithoutWaiting) {
    Folder dir;
    fs::create_symlink("/dev/zero", dir.path() + "/zero.txt");  // absolute: refused as a link out
    ASSERT_EQ(::mkfifo((dir.path() + "/fifo.txt").c_str(), 0600), 0);
    fs::create_directories(dir.path() + "/folder.txt");
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(has_error(load_corpus_file(dir.corpus("fifo.txt")), "/sources/0/text_file", "it is a FIFO"));
    EXPECT_TRUE(has_error(load_corpus_file(dir.corpus("folder.txt")), "/sources/0/text_file", "it is a folder"));
    EXPECT_FALSE(load_corpus_file(dir.corpus("zero.txt")).ok());
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 5.0);
    // read_file_bytes itself: a device and a FIFO are not read.
    std::string why;
    EXPECT_FALSE(read_file_bytes("/dev/zero", why).has_value());
    EXPECT_NE(why.find("it is a device"), std::string::npos) << why;
    EXPECT_FALSE(read_file_bytes(dir.path() + "/fifo.txt", why).has_value());
    EXPECT_NE(why.find("FIFO"), std::string::npos) << why;
}

TEST(StoryFiles, ATextFileTooLargeIsRefusedBeforeReading) {
    Folder dir;
    // A sparse file: its size is what counts, and it is never read.
    const std::string big = dir.file("big.txt", "");
    fs::resize_file(big, kMaxArticleBytes + 1);
    const CorpusLoad load = load_corpus_file(dir.corpus("big.txt"));
    EXPECT_TRUE(has_error(load, "/sources/0/text_file", "too large: 4194305 bytes (4.0 MiB) (at most 4 MiB)")) << dump_errors(load);
    std::string why;
    EXPECT_FALSE(read_file_bytes(big, why, kMaxArticleBytes).has_value());
    EXPECT_TRUE(read_file_bytes(big, why, kMaxArticleBytes + 1).has_value()) << why;
}

TEST(StoryFiles, AStoryFileTooLargeIsRefusedBeforeReading) {
    Folder dir;
    const std::string big = dir.file("corpus.json", "");
    fs::resize_file(big, kMaxStoryBytes + 1);
    const CorpusLoad load = load_corpus_file(big);
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_NE(load.errors[0].message.find("cannot read the story: too large"), std::string::npos) << dump_errors(load);
}

TEST(StoryFiles, ANulByteInATextFileIsRefused) {
    Folder dir;
    dir.file("a.txt", std::string("Acme\0 spent.", 12));
    EXPECT_TRUE(has_error(load_corpus_file(dir.corpus("a.txt")), "/sources/0/text_file", "NUL byte at offset 4"));
}

// [SECTION] Sizes in messages ------------------------------------------------------------------

TEST(Limits, SizesReadAsPeopleWriteThem) {
    EXPECT_EQ(size_text(4u << 20), "4 MiB");
    EXPECT_EQ(size_text(1024), "1 KiB");
    EXPECT_EQ(size_text(1025), "1025 bytes");
    EXPECT_EQ(size_text((4u << 20) + 1), "4194305 bytes (4.0 MiB)");
    EXPECT_EQ(size_text(1), "1 byte");
}
