// libFuzzer: the extractor and the story builder on any UTF-8 text: items stay inside the
// text, in order, and cover exactly the words they report.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/extract.h"
#include "core/story_builder.h"
#include "core/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!factlens::article_problem(text).empty()) return 0;  // the app refuses these before extracting
    const std::optional<factlens::Date> date = factlens::Date{2025, 1, 23, factlens::Precision::Day};
    std::size_t last_end = 0;
    for (const factlens::Extracted& e : factlens::extract(text, date)) {
        if (e.start > e.end || e.end > text.size() || e.start < last_end) std::abort();
        if (text.substr(e.start, e.end - e.start) != e.text) std::abort();
        last_end = e.end;
    }
    (void)factlens::build_story({{"a", std::string(text), date}, {"b", std::string(text), std::nullopt}});
    (void)factlens::html_to_text(text);
    return 0;
}
