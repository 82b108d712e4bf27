// factlens: the command-line face of the core library.
//   factlens --help
//   factlens sources CORPUS [--json]     list the sources of a corpus
// CORPUS is a corpus.json file or a folder that holds one (directly or one level down).
// Exit codes: 0 done, 1 the input is invalid, 2 the command line is wrong.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus_io.h"
#include "core/text.h"

namespace {

namespace fs = std::filesystem;
using namespace factlens;

constexpr const char* kUsage =
    "factlens - explore how several outlets report one story\n"
    "\n"
    "usage:\n"
    "  factlens --help                 show this help\n"
    "  factlens --version              show the version\n"
    "  factlens sources CORPUS [--json]\n"
    "                                  list the sources of a corpus: id, outlet, length, title\n"
    "\n"
    "CORPUS is a corpus.json file, or a folder that holds one (directly or one level down),\n"
    "e.g. assets/ or assets/bytedance-ai-2025/corpus.json.\n"
    "\n"
    "exit status: 0 done, 1 invalid input, 2 bad command line\n";

// Finds corpus.json given a file or a folder; empty when there is none.
std::string resolve_corpus_path(const std::string& arg, std::string& why) {
    std::error_code ec;
    const fs::path p(arg);
    if (fs::is_regular_file(p, ec)) return arg;
    if (!fs::is_directory(p, ec)) {
        why = "no such file or folder";
        return {};
    }
    if (fs::is_regular_file(p / "corpus.json", ec)) return (p / "corpus.json").string();
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(p, ec))
        if (entry.is_directory() && fs::is_regular_file(entry.path() / "corpus.json", ec))
            found.push_back(entry.path() / "corpus.json");
    if (found.size() == 1) return found.front().string();
    why = found.empty() ? "the folder holds no corpus.json" : "the folder holds several corpora; name one corpus.json";
    return {};
}

bool load(const std::string& arg, Corpus& out) {
    std::string why;
    const std::string path = resolve_corpus_path(arg, why);
    if (path.empty()) {
        std::fprintf(stderr, "factlens: %s: %s\n", arg.c_str(), why.c_str());
        return false;
    }
    CorpusLoad load = load_corpus_file(path);
    for (const Diagnostic& d : load.errors) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    if (!load.ok()) {
        std::fprintf(stderr, "factlens: %s: %zu error(s); nothing loaded\n", path.c_str(), load.errors.size());
        return false;
    }
    out = std::move(load.corpus);
    return true;
}

int cmd_sources(const std::vector<std::string>& args) {
    std::string corpus_arg;
    bool as_json = false;
    for (const auto& a : args) {
        if (a == "--json") as_json = true;
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "factlens sources: unknown option %s\n", a.c_str());
            return 2;
        } else if (corpus_arg.empty()) corpus_arg = a;
        else {
            std::fprintf(stderr, "factlens sources: one corpus at a time\n");
            return 2;
        }
    }
    if (corpus_arg.empty()) {
        std::fprintf(stderr, "factlens sources: name a corpus (see factlens --help)\n");
        return 2;
    }
    Corpus corpus;
    if (!load(corpus_arg, corpus)) return 1;

    if (as_json) {
        nlohmann::json out = nlohmann::json::array();
        for (const Source& s : corpus.sources)
            out.push_back({{"id", s.id},
                           {"outlet", s.outlet.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.outlet)},
                           {"title", s.display_title()},
                           {"chars", count_code_points(s.text)},
                           {"bytes", s.text.size()}});
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf("%s (%s): %zu sources\n", corpus.title.c_str(), corpus.id.c_str(), corpus.sources.size());
    std::printf("%-16s %-14s %7s  %s\n", "ID", "OUTLET", "CHARS", "TITLE");
    for (const Source& s : corpus.sources) {
        const std::string title = clip_code_points(s.display_title(), 72);
        std::printf("%-16s %-14s %7zu  %s\n", s.id.c_str(), s.outlet.empty() ? "(unknown)" : s.outlet.c_str(),
                    count_code_points(s.text), title.c_str());
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string cmd = args.front();
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (cmd == "--version") {
        std::printf("factlens %s (corpus format %d)\n", FACTLENS_VERSION, kCorpusFormatVersion);
        return 0;
    }
    if (cmd == "sources") return cmd_sources(args);
    std::fprintf(stderr, "factlens: unknown command \"%s\" (see factlens --help)\n", cmd.c_str());
    return 2;
}
