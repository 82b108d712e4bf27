// factlens: the command-line face of the core library.
//   factlens --help
//   factlens sources CORPUS [--json]     list the sources of a corpus
//   factlens check CORPUS [--json]       validate a corpus and list its findings
// CORPUS is a corpus.json file or a folder that holds one (directly or one level down).
// Exit codes: 0 done, 1 the input is invalid, 2 the command line is wrong.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/analysis.h"
#include "core/corpus_io.h"
#include "core/text.h"

namespace factlens::cli {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "factlens - explore how several outlets report one story\n"
    "\n"
    "usage:\n"
    "  factlens --help                 show this help\n"
    "  factlens --version              show the version\n"
    "  factlens sources CORPUS [--json]\n"
    "                                  list the sources of a corpus: id, outlet, length, title\n"
    "  factlens check CORPUS [--json]  validate a corpus; print counts, orphan quotes and every\n"
    "                                  finding with its kind, claim, sources, quotes and working\n"
    "  factlens extract [--date YYYY-MM-DD] FILE... [--json | --count]\n"
    "                                  every figure, rate, date and name found in the articles\n"
    "                                  (--count: only how many of each kind, for timing)\n"
    "  factlens build [--date YYYY-MM-DD] FILE... -o CORPUS.json [--id ID] [--title TITLE]\n"
    "                                  a draft story from the articles, which check accepts\n"
    "  factlens export CORPUS --format claimreview|webannotation|timelinejs|csv [-o FILE]\n"
    "                                  the story as ClaimReview, Web Annotations, TimelineJS or CSV\n"
    "\n"
    "CORPUS is a corpus.json file, or a folder that holds one (directly or one level down),\n"
    "e.g. assets/ or assets/bytedance-ai-2025/corpus.json. FILE is a .txt, .md or .html\n"
    "article; FILE@YYYY-MM-DD gives that file its own date (--date gives the rest theirs).\n"
    "\n"
    "exit status: 0 done, 1 invalid input, 2 bad command line\n";

// What a path is when it is neither a file nor a folder we read ("a FIFO"), asked of the
// file system without opening it (opening a FIFO would wait for a writer).
std::string what_path_is(const fs::path& p) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    switch (st.type()) {
        case fs::file_type::not_found: return "no such file or folder";
        case fs::file_type::fifo: return "not a regular file: it is a FIFO (named pipe)";
        case fs::file_type::character:
        case fs::file_type::block: return "not a regular file: it is a device";
        case fs::file_type::socket: return "not a regular file: it is a socket";
        default: return ec ? "cannot read it: " + ec.message() : "not a regular file or a folder";
    }
}

// Finds corpus.json given a file or a folder; empty when there is none.
std::string resolve_corpus_path(const std::string& arg, std::string& why) {
    std::error_code ec;
    const fs::path p(arg);
    if (fs::is_regular_file(p, ec)) return arg;
    if (!fs::is_directory(p, ec)) {
        why = what_path_is(p);
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

// Parses "CORPUS [--json]"; returns 0 when fine, else the exit code for a usage error.
int corpus_args(const char* cmd, const std::vector<std::string>& args, std::string& corpus_arg, bool& as_json) {
    for (const auto& a : args) {
        if (a == "--json") as_json = true;
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "factlens %s: unknown option %s\n", cmd, a.c_str());
            return 2;
        } else if (corpus_arg.empty()) corpus_arg = a;
        else {
            std::fprintf(stderr, "factlens %s: one corpus at a time\n", cmd);
            return 2;
        }
    }
    if (corpus_arg.empty()) {
        std::fprintf(stderr, "factlens %s: name a corpus (see factlens --help)\n", cmd);
        return 2;
    }
    return 0;
}

int cmd_check(const std::vector<std::string>& args) {
    std::string corpus_arg;
    bool as_json = false;
    if (int rc = corpus_args("check", args, corpus_arg, as_json)) return rc;
    std::string why;
    const std::string path = resolve_corpus_path(corpus_arg, why);
    if (path.empty()) {
        std::fprintf(stderr, "factlens: %s: %s\n", corpus_arg.c_str(), why.c_str());
        return 1;
    }
    CorpusLoad load = load_corpus_file(path);
    nlohmann::json orphans = nlohmann::json::array();
    for (const Diagnostic& d : load.errors)
        if (!d.orphan_source.empty())
            orphans.push_back({{"source", d.orphan_source}, {"exact", d.orphan_exact}, {"pointer", d.pointer}, {"reason", d.message}});
    const Corpus& c = load.corpus;
    if (as_json) {
        nlohmann::json out;
        out["valid"] = load.ok();
        out["errors"] = nlohmann::json::array();
        for (const Diagnostic& d : load.errors) out["errors"].push_back(d.to_string());
        out["sources"] = c.sources.size();
        out["reports"] = c.report_count();
        out["events"] = c.event_count();
        out["claims"] = c.claims.size();
        out["mentions"] = c.mentions.size();
        out["orphans"] = orphans;
        nlohmann::json findings = nlohmann::json::array();
        for (const Finding& f : c.findings) {
            nlohmann::json quotes = nlohmann::json::array();
            for (std::size_t i : f.mentions) {
                const Mention& m = c.mentions[i];
                quotes.push_back({{"source", m.source}, {"exact", m.quote.exact}, {"start", m.quote.start}, {"end", m.quote.end}});
            }
            // An attribution's credits ("according to ..."), each with its mention's source.
            for (std::size_t k = 0; k < f.credits.size() && k < f.mentions.size(); ++k)
                if (!f.credits[k].exact.empty())
                    quotes.push_back({{"source", c.mentions[f.mentions[k]].source}, {"exact", f.credits[k].exact}, {"start", f.credits[k].start},
                                      {"end", f.credits[k].end}, {"role", "credit"}});
            findings.push_back({{"id", f.id}, {"kind", finding_kind_name(f.kind)}, {"check", is_check(f.kind)},
                                {"agrees", f.agrees}, {"claim", f.claim}, {"sources", f.sources}, {"quotes", quotes},
                                {"detail", f.detail}, {"severity", severity_name(f.severity)}, {"reason", f.reason}});
        }
        out["findings"] = findings;
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return load.ok() ? 0 : 1;
    }
    for (const Diagnostic& d : load.errors) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    if (!load.ok()) {
        std::printf("%s: INVALID: %zu error(s), %zu orphan quote(s); nothing loaded\n", path.c_str(), load.errors.size(),
                    orphans.size());
        return 1;
    }
    std::size_t checks = 0, disagreements = 0, failed = 0;
    for (const Finding& f : c.findings) {
        if (is_check(f.kind)) {
            ++checks;
            failed += !f.agrees;
        } else {
            ++disagreements;
        }
    }
    std::printf("%s: valid\n", path.c_str());
    std::printf("sources %zu, reports %zu, events %zu, claims %zu, mentions %zu, orphan quotes %zu, findings %zu "
                "(%zu disagreements, %zu checks of which %zu do not agree)\n",
                c.sources.size(), c.report_count(), c.event_count(), c.claims.size(), c.mentions.size(), orphans.size(),
                c.findings.size(), disagreements, checks, failed);
    for (const Finding& f : c.findings) {
        std::printf("\n[%s] %s  claim %s  sources %s\n", std::string(finding_kind_name(f.kind)).c_str(),
                    is_check(f.kind) ? (f.agrees ? "check: agrees" : "check: DOES NOT AGREE") : "disagreement",
                    f.claim.c_str(), [&] {
                        std::string s;
                        for (const auto& id : f.sources) s += (s.empty() ? "" : ",") + id;
                        return s;
                    }().c_str());
        std::printf("  [%s] %s\n", std::string(severity_name(f.severity)).c_str(), f.reason.c_str());
        std::printf("  %s\n", f.detail.c_str());
        for (std::size_t i : f.mentions) {
            const Mention& m = c.mentions[i];
            std::printf("    %-14s %s  @%zu\n", m.source.c_str(), ("\u201C" + m.quote.exact + "\u201D").c_str(), m.quote.start);
        }
    }
    return 0;
}

int cmd_sources(const std::vector<std::string>& args) {
    std::string corpus_arg;
    bool as_json = false;
    if (int rc = corpus_args("sources", args, corpus_arg, as_json)) return rc;
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
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
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

}  // namespace factlens::cli

int main(int argc, char** argv) {
    using namespace factlens::cli;
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
        std::printf("factlens %s (corpus format %d)\n", FACTLENS_VERSION, factlens::kCorpusFormatVersion);
        return 0;
    }
    if (cmd == "sources") return cmd_sources(args);
    if (cmd == "check") return cmd_check(args);
    if (cmd == "extract") return cmd_extract(args);
    if (cmd == "build") return cmd_build(args);
    if (cmd == "export") return cmd_export(args);
    std::fprintf(stderr, "factlens: unknown command \"%s\" (see factlens --help)\n", cmd.c_str());
    return 2;
}
