// factlens in a Web Worker: a second instance of the core that builds stories off the
// page's main thread, so the page keeps answering input while a large article is read.
// web/build-worker.js loads this module and passes requests through the heap; the story
// comes back as the same self-contained JSON a saved story uses (docs/architecture.md).
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/corpus_io.h"
#include "core/dates.h"
#include "core/story_builder.h"

namespace {

std::string g_result;  // the last answer, kept alive until the next request
bool g_ok = false;     // whether it is a story (else an error message)

void answer_error(const std::string& message) {
    g_ok = false;
    g_result = message;
}

}  // namespace

extern "C" {

// Builds a story from {"id", "title", "articles": [{"name", "text", "date"?}]}; reports
// progress (0..1) to the page after every step. Returns the size of the answer, which
// factlens_worker_result() then holds: the story's JSON (the format a saved story has, so
// the page opens it with the core's own loader) when factlens_worker_ok(), else why not.
EMSCRIPTEN_KEEPALIVE int factlens_worker_build(const char* request, int length) {
    using nlohmann::json;
    const json req = json::parse(std::string_view(request, static_cast<std::size_t>(length)), nullptr, false);
    if (req.is_discarded() || !req.is_object() || !req.contains("articles") || !req["articles"].is_array()) {
        answer_error("the build request is not what the page sends");
        return static_cast<int>(g_result.size());
    }
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
    g_result = factlens::corpus_to_json(build.take(), -1);
    g_ok = true;
    return static_cast<int>(g_result.size());
}

EMSCRIPTEN_KEEPALIVE int factlens_worker_ok() { return g_ok ? 1 : 0; }

// Checks a story file as the page would open it (texts inline), so a bad or huge file is
// refused without the page's main thread parsing it: {"ok": true} or {"ok": false,
// "errors": [{"file", "pointer", "line", "column", "message"}]}.
EMSCRIPTEN_KEEPALIVE int factlens_worker_check(const char* name, int name_length, const char* bytes, int length) {
    const std::string file(name, static_cast<std::size_t>(name_length));
    const factlens::FileReader no_files = [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "a story opened in the browser must carry its texts inline";
        return std::nullopt;
    };
    const factlens::CorpusLoad load =
        factlens::parse_corpus(std::string_view(bytes, static_cast<std::size_t>(length)), file, ".", no_files);
    nlohmann::json answer{{"ok", load.ok()}};
    if (!load.ok()) {
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

EMSCRIPTEN_KEEPALIVE const char* factlens_worker_result() { return g_result.c_str(); }

}  // extern "C"
