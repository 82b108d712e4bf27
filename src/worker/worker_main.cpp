// factlens in a Web Worker: a second instance of the core that builds stories off the
// page's main thread, so the page keeps answering input while a large article is read.
// web/build-worker.js loads this module and passes requests through the heap. A story comes
// back as a snapshot of the loaded model (core/snapshot.h), read the way the page would read
// it, so the page only copies it out (docs/architecture.md, "Opening a story").
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "core/corpus_io.h"
#include "core/dates.h"
#include "core/extract.h"
#include "core/limits.h"
#include "core/snapshot.h"
#include "core/story_builder.h"

namespace {

std::string g_result;  // the last answer, kept alive until the next request
bool g_ok = false;     // whether it is a story's snapshot (else an error message or list)
std::string g_keep;    // a built story's JSON, for the browser's storage, when small enough
std::string g_title;   // the title of the story just read (for the library's list)

void answer_error(const std::string& message) {
    g_ok = false;
    g_result = message;
}

const factlens::FileReader kNoFiles = [](const std::string&, std::string& why) -> std::optional<std::string> {
    why = "a story opened in the browser must carry its texts inline";
    return std::nullopt;
};

}  // namespace

extern "C" {

// Builds a story from {"id", "title", "articles": [{"name", "text", "date"?}]}; reports
// progress (0..1) to the page after every step. Returns the size of the answer, which
// factlens_worker_result() then holds: when factlens_worker_ok(), the snapshot of the story
// as the page would load its JSON (written, then read back with every check), else why not.
// factlens_worker_keep() then holds that JSON when it is small enough to keep in the browser.
EMSCRIPTEN_KEEPALIVE int factlens_worker_build(const char* request, int length) {
    using nlohmann::json;
    const json req = json::parse(std::string_view(request, static_cast<std::size_t>(length)), nullptr, false);
    if (req.is_discarded() || !req.is_object() || !req.contains("articles") || !req["articles"].is_array()) {
        answer_error("the build request is not what the page sends");
        return static_cast<int>(g_result.size());
    }
    g_keep.clear();
    factlens::BuildOptions options;
    options.id = req.value("id", options.id);
    options.title = req.value("title", options.title);
    std::vector<factlens::Article> articles;
    for (const json& a : req["articles"]) {
        if (!a.is_object()) continue;
        factlens::Article art;
        art.name = a.value("name", std::string());
        art.text = a.value("text", std::string());
        if (a.contains("date") && a["date"].is_string()) {
            if (auto d = factlens::parse_iso_date(a["date"].get<std::string>()); d && d->precision == factlens::Precision::Day)
                art.date = d;
        }
        articles.push_back(std::move(art));
    }
    factlens::StoryBuild build(articles, options);
    while (!build.step()) EM_ASM({ postMessage({type : 'progress', value : $0}); }, build.progress());
    EM_ASM({ postMessage({type : 'progress', value : 1}); });
    std::string story_json = factlens::corpus_to_json(build.take(), -1);
    const factlens::CorpusLoad load = factlens::parse_corpus(story_json, options.title, ".", kNoFiles);
    if (!load.ok()) {
        answer_error("the built story does not read back: " + load.errors.front().to_string());
        return static_cast<int>(g_result.size());
    }
    g_result = factlens::encode_snapshot(load.corpus);
    g_keep = story_json.size() <= factlens::kMaxStoredStoryBytes ? std::move(story_json) : std::string();
    g_ok = true;
    return static_cast<int>(g_result.size());
}

EMSCRIPTEN_KEEPALIVE int factlens_worker_ok() { return g_ok ? 1 : 0; }

// Reads a story file as the page would open it (texts inline), so the page's main thread
// never parses it: when factlens_worker_ok(), the answer is the story's snapshot; else
// {"ok": false, "errors": [{"file", "pointer", "line", "column", "message"}], "count": n}.
EMSCRIPTEN_KEEPALIVE int factlens_worker_check(const char* name, int name_length, const char* bytes, int length) {
    const std::string file(name, static_cast<std::size_t>(name_length));
    g_keep.clear();
    const factlens::CorpusLoad load =
        factlens::parse_corpus(std::string_view(bytes, static_cast<std::size_t>(length)), file, ".", kNoFiles);
    if (load.ok()) {
        g_result = factlens::encode_snapshot(load.corpus);
        g_title = load.corpus.title;
        g_ok = true;
        return static_cast<int>(g_result.size());
    }
    g_ok = false;
    nlohmann::json answer{{"ok", false}};
    {
        nlohmann::json errors = nlohmann::json::array();
        for (const factlens::Diagnostic& d : load.errors) {
            if (errors.size() >= 1000) break;  // the first thousand say enough
            errors.push_back({{"file", d.file}, {"pointer", d.pointer}, {"line", d.line}, {"column", d.column}, {"message", d.message}});
        }
        answer["errors"] = std::move(errors);
        answer["count"] = load.errors.size();
    }
    g_result = answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return static_cast<int>(g_result.size());
}

// The date an article's text states as its own (core's find_article_date, as the builder
// reads it): YYYY-MM-DD in factlens_worker_result(), or "" when none. Returns its length.
EMSCRIPTEN_KEEPALIVE int factlens_worker_article_date(const char* text, int length) {
    const auto d = factlens::find_article_date(std::string_view(text, static_cast<std::size_t>(length)));
    g_result = d ? d->iso() : std::string();
    return static_cast<int>(g_result.size());
}

// Extraction throughput in this browser, in MB/s: extract() over the texts of
// [{"text", "date"?}], `repeats` times over (bench/browser-throughput.mjs prints it; nothing
// depends on it). 0 for a request that is not such a list.
EMSCRIPTEN_KEEPALIVE double factlens_worker_measure_extract(const char* request, int length, int repeats) {
    using nlohmann::json;
    const json req = json::parse(std::string_view(request, static_cast<std::size_t>(length)), nullptr, false);
    if (!req.is_array()) return 0;
    std::vector<std::pair<std::string, std::optional<factlens::Date>>> texts;
    for (const json& a : req) {
        if (!a.is_object() || !a.contains("text") || !a["text"].is_string()) continue;
        std::optional<factlens::Date> date;
        if (a.contains("date") && a["date"].is_string()) date = factlens::parse_iso_date(a["date"].get<std::string>());
        texts.emplace_back(a["text"].get<std::string>(), date);
    }
    std::size_t bytes = 0, items = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < repeats; ++r)
        for (const auto& t : texts) {
            items += factlens::extract(t.first, t.second).size();
            bytes += t.first.size();
        }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return seconds > 0 && items > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
}

EMSCRIPTEN_KEEPALIVE const char* factlens_worker_result() { return g_result.c_str(); }
EMSCRIPTEN_KEEPALIVE const char* factlens_worker_keep() { return g_keep.c_str(); }
EMSCRIPTEN_KEEPALIVE int factlens_worker_keep_size() { return static_cast<int>(g_keep.size()); }
EMSCRIPTEN_KEEPALIVE const char* factlens_worker_title() { return g_title.c_str(); }

}  // extern "C"
