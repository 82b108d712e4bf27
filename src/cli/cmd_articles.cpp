// factlens extract / build / export: from the user's own articles to items, a draft
// story, and the story in other formats.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/corpus_io.h"
#include "core/export.h"
#include "core/extract.h"
#include "core/story_builder.h"
#include "core/text.h"

namespace factlens::cli {

namespace {

struct ArticleArgs {
    std::vector<std::string> files;
    std::optional<Date> date;  // --date: for files without their own
    bool json = false;
    bool count = false;  // extract: only count the items (for timing extraction without output)
    std::string out, id, title, format;
};

// Parses the options of extract/build/export; returns 0 or a usage exit code.
int parse_args(const char* cmd, const std::vector<std::string>& args, ArticleArgs& a) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& x = args[i];
        auto value = [&](const char* opt) -> const std::string* {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "factlens %s: %s needs a value\n", cmd, opt);
                return nullptr;
            }
            return &args[++i];
        };
        if (x == "--json") {
            a.json = true;
        } else if (x == "--count") {
            a.count = true;
        } else if (x == "--date") {
            const std::string* v = value("--date");
            if (!v) return 2;
            a.date = parse_iso_date(*v);
            if (!a.date || a.date->precision != Precision::Day) {
                std::fprintf(stderr, "factlens %s: --date %s is not YYYY-MM-DD\n", cmd, v->c_str());
                return 2;
            }
        } else if (x == "-o" || x == "--output") {
            const std::string* v = value("-o");
            if (!v) return 2;
            a.out = *v;
        } else if (x == "--id" || x == "--title" || x == "--format") {
            const std::string* v = value(x.c_str());
            if (!v) return 2;
            (x == "--id" ? a.id : x == "--title" ? a.title : a.format) = *v;
        } else if (!x.empty() && x[0] == '-') {
            std::fprintf(stderr, "factlens %s: unknown option %s\n", cmd, x.c_str());
            return 2;
        } else {
            a.files.push_back(x);
        }
    }
    if (a.files.empty()) {
        std::fprintf(stderr, "factlens %s: name at least one file (see factlens --help)\n", cmd);
        return 2;
    }
    return 0;
}

// FILE@YYYY-MM-DD: the path, and the date when the suffix is one.
std::pair<std::string, std::optional<Date>> split_dated_arg(const std::string& arg) {
    if (const auto at = arg.rfind('@'); at != std::string::npos)
        if (auto d = parse_iso_date(arg.substr(at + 1)); d && d->precision == Precision::Day) return {arg.substr(0, at), d};
    return {arg, std::nullopt};
}

// Reads FILE or FILE@YYYY-MM-DD as an article; prints why not and returns false.
bool read_article(const std::string& arg, const std::optional<Date>& default_date, Article& out) {
    auto [path, own_date] = split_dated_arg(arg);
    out.date = own_date ? own_date : default_date;
    std::string why;
    // The size is checked before a byte is read; a device or a FIFO is refused unread.
    auto bytes = read_file_bytes(path, why, kMaxArticleBytes);
    if (!bytes) {
        std::fprintf(stderr, "factlens: %s: %s\n", path.c_str(), why.c_str());
        return false;
    }
    if (const std::string problem = article_problem(*bytes); !problem.empty()) {
        std::fprintf(stderr, "factlens: %s: %s; skipped\n", path.c_str(), problem.c_str());
        return false;
    }
    const bool html = path.ends_with(".html") || path.ends_with(".htm");
    out.text = html ? html_to_text(*bytes) : std::move(*bytes);
    const auto slash = path.find_last_of('/');
    out.name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (const auto dot = out.name.find_last_of('.'); dot != std::string::npos && dot > 0) out.name.resize(dot);
    return true;
}

nlohmann::json item_json(const std::string& file, const Extracted& e, std::size_t cp_start, std::size_t cp_end) {
    using nlohmann::json;
    json j{{"file", file}, {"kind", item_kind_name(e.kind)}, {"text", e.text}, {"start", cp_start}, {"end", cp_end}};
    const bool quantity = e.kind == ItemKind::Money || e.kind == ItemKind::Number || e.kind == ItemKind::Percent ||
                          e.kind == ItemKind::Fraction || e.kind == ItemKind::Rate || e.kind == ItemKind::Measure;
    if (quantity) {
        j["value"] = e.value.mid();
        j["low"] = e.value.low;
        j["high"] = e.value.high;
        j["unit"] = e.value.unit;
        j["qualifier"] = qualifier_name(e.value.qualifier);
        if (!e.value.counts.empty()) j["counts"] = e.value.counts;
    }
    if (e.converted) j["converted"] = {{"value", e.converted->mid()}, {"unit", e.converted->unit}};
    if (e.kind == ItemKind::Rate) {
        j["value"] = e.rate;
        j["unit"] = e.value.unit + "/" + e.rate_currency;
        j["base"] = e.value.unit;
        j["quote_currency"] = e.rate_currency;
    }
    if (e.kind == ItemKind::Date) {
        j["date"] = e.date.ok ? json(e.date.date.iso()) : json(nullptr);
        j["precision"] = e.date.ok ? precision_name(e.date.date.precision) : "none";
        j["reason"] = e.date.reasoning;
    }
    if (e.kind == ItemKind::Name) j["name_kind"] = e.name_kind;
    if (!e.note.empty()) j["note"] = e.note;
    return j;
}

}  // namespace

int cmd_extract(const std::vector<std::string>& args) {
    ArticleArgs a;
    if (int rc = parse_args("extract", args, a)) return rc;
    int failed = 0;
    nlohmann::json all = nlohmann::json::array();
    for (const std::string& f : a.files) {
        Article art;
        if (!read_article(f, a.date, art)) {
            ++failed;
            continue;
        }
        const auto anchor = art.date ? art.date : find_article_date(art.text);
        const std::vector<Extracted> items = extract(art.text, anchor);
        if (a.count) {
            std::size_t by_kind[7] = {};
            for (const Extracted& e : items) ++by_kind[static_cast<int>(e.kind)];
            std::printf("%s: %zu items", f.c_str(), items.size());
            for (int k = 0; k < 7; ++k) std::printf(" %s %zu", std::string(item_kind_name(static_cast<ItemKind>(k))).c_str(), by_kind[k]);
            std::printf("\n");
            continue;
        }
        // Offsets for people and other tools are in code points; walk the text once.
        std::size_t byte = 0, cp = 0;
        auto cp_at = [&](std::size_t target) {
            if (target < byte) byte = 0, cp = 0;
            for (; byte < target; ++byte) cp += (static_cast<unsigned char>(art.text[byte]) & 0xC0) != 0x80;
            return cp;
        };
        const std::string file = split_dated_arg(f).first;
        if (!a.json) std::printf("%s: %zu items (date %s)\n", file.c_str(), items.size(), anchor ? anchor->iso().c_str() : "unknown");
        for (const Extracted& e : items) {
            const std::size_t s = cp_at(e.start), en = cp_at(e.end);
            if (a.json) {
                all.push_back(item_json(file, e, s, en));
                continue;
            }
            std::string what;
            if (e.kind == ItemKind::Date) what = e.date.ok ? e.date.date.iso() + " (" + std::string(precision_name(e.date.date.precision)) + ")" : "unresolved";
            else if (e.kind == ItemKind::Name) what = e.name_kind;
            else if (e.kind == ItemKind::Rate) what = "1 " + e.value.unit + " = " + std::to_string(e.rate) + " " + e.rate_currency;
            else what = e.value.display() + (e.converted ? " (" + e.converted->display() + ")" : "");
            std::printf("  %-8s %5zu-%-5zu %-40s %s%s%s\n", std::string(item_kind_name(e.kind)).c_str(), s, en,
                        clip_code_points(e.text, 40).c_str(), what.c_str(), e.note.empty() ? "" : "  note: ", e.note.c_str());
        }
    }
    if (a.json) std::printf("%s\n", all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return failed ? 1 : 0;
}

int cmd_build(const std::vector<std::string>& args) {
    ArticleArgs a;
    if (int rc = parse_args("build", args, a)) return rc;
    if (a.out.empty()) {
        std::fprintf(stderr, "factlens build: say where to write the corpus: -o corpus.json\n");
        return 2;
    }
    // The limits of core/limits.h, before any article is read.
    if (a.files.size() > kMaxBuildArticles) {
        std::fprintf(stderr, "factlens build: %zu articles given; one build takes at most %zu\n", a.files.size(), kMaxBuildArticles);
        return 1;
    }
    if (a.title.size() > kMaxTitleBytes) {
        std::fprintf(stderr, "factlens build: --title is too long: %s (at most %s)\n", size_text(a.title.size()).c_str(),
                     size_text(kMaxTitleBytes).c_str());
        return 1;
    }
    std::vector<Article> articles;
    int failed = 0;
    for (const std::string& f : a.files) {
        Article art;
        if (read_article(f, a.date, art)) articles.push_back(std::move(art));
        else ++failed;
    }
    if (articles.empty()) {
        std::fprintf(stderr, "factlens build: no readable article; nothing written\n");
        return 1;
    }
    BuildOptions options;
    if (!a.id.empty()) options.id = a.id;
    if (!a.title.empty()) options.title = a.title;
    StoryBuild build(articles, options);
    const Corpus corpus = build.take();
    if (build.items_dropped() > 0)
        std::fprintf(stderr, "factlens build: note: only the first %zu figures, dates and names were kept; %zu more left out\n",
                     kMaxBuildItems, build.items_dropped());
    if (build.items_repeated() > 0)
        std::fprintf(stderr, "factlens build: note: %zu items left out: their words and the 256 bytes around them repeat in their article\n",
                     build.items_repeated());
    std::ofstream out(a.out, std::ios::binary);
    out << corpus_to_json(corpus) << "\n";
    if (!out) {
        std::fprintf(stderr, "factlens build: cannot write %s\n", a.out.c_str());
        return 1;
    }
    std::size_t checks = 0;
    for (const Finding& f : corpus.findings) checks += is_check(f.kind);
    std::printf("%s: %zu sources, %zu reports, %zu events, %zu claims, %zu mentions, %zu findings (%zu checks)\n",
                a.out.c_str(), corpus.sources.size(), corpus.report_count(), corpus.event_count(), corpus.claims.size(),
                corpus.mentions.size(), corpus.findings.size(), checks);
    return failed ? 1 : 0;
}

int cmd_export(const std::vector<std::string>& args) {
    ArticleArgs a;
    if (int rc = parse_args("export", args, a)) return rc;
    const auto format = export_format_from_name(a.format);
    if (!format) {
        std::fprintf(stderr, "factlens export: --format is claimreview, webannotation, timelinejs or csv\n");
        return 2;
    }
    if (a.files.size() != 1) {
        std::fprintf(stderr, "factlens export: one corpus at a time\n");
        return 2;
    }
    Corpus corpus;
    if (!load(a.files.front(), corpus)) return 1;
    const std::string text = export_corpus(corpus, *format);
    if (a.out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    std::ofstream out(a.out, std::ios::binary);
    out << text;
    if (!out) {
        std::fprintf(stderr, "factlens export: cannot write %s\n", a.out.c_str());
        return 1;
    }
    return 0;
}

}  // namespace factlens::cli
