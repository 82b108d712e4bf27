// libFuzzer: any article text builds a draft story that serialises (corpus_to_json, which
// throws on a string that is not UTF-8), loads back with no error (the builder only
// writes what the loader accepts: limits, labels, rates, quotes that anchor), with the
// same mentions and findings, and exports in every format.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/corpus_io.h"
#include "core/export.h"
#include "core/story_builder.h"
#include "core/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!factlens::article_problem(text).empty()) return 0;  // refused before building
    // Two articles: the text, and its second half (cut where a character starts), so
    // figures and names are grouped across sources too.
    const std::string half(text.substr(factlens::code_point_start(text, text.size() / 2)));
    std::vector<factlens::Article> articles{{"first", std::string(text), factlens::Date{2025, 1, 23, factlens::Precision::Day}}};
    if (factlens::article_problem(half).empty()) articles.push_back({"second", half, std::nullopt});
    const factlens::Corpus draft = factlens::build_story(articles, {"fuzz", "Fuzz"});
    const std::string json = factlens::corpus_to_json(draft);
    const factlens::FileReader none = [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "no files while fuzzing";
        return std::nullopt;
    };
    const factlens::CorpusLoad again = factlens::parse_corpus(json, "draft.json", ".", none);
    if (!again.ok()) std::abort();
    if (again.corpus.mentions.size() != draft.mentions.size() || again.corpus.findings.size() != draft.findings.size())
        std::abort();
    for (factlens::ExportFormat f : {factlens::ExportFormat::ClaimReview, factlens::ExportFormat::WebAnnotation,
                                     factlens::ExportFormat::TimelineJS, factlens::ExportFormat::Csv})
        if (factlens::export_corpus(again.corpus, f).empty()) std::abort();
    return 0;
}
