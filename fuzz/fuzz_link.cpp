// libFuzzer: any URL fragment decodes without crashing, names only what the story has,
// and the link it re-encodes decodes back to the same state without complaint.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/corpus_io.h"
#include "core/link.h"

namespace {
const factlens::Corpus& story() {
    static const factlens::Corpus c = factlens::load_corpus_file(FACTLENS_ASSETS_DIR "/bytedance-ai-2025/corpus.json").corpus;
    return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const factlens::FragmentDecode d = factlens::decode_fragment(fragment, story());
    if (!d.state.selection.claim.empty() && !story().find_claim(d.state.selection.claim)) std::abort();
    if (!d.state.selection.source.empty() && !story().find_source(d.state.selection.source)) std::abort();
    const factlens::FragmentDecode again = factlens::decode_fragment(factlens::encode_fragment(d.state), story());
    if (!again.notices.empty()) std::abort();
    if (factlens::encode_fragment(again.state) != factlens::encode_fragment(d.state)) std::abort();
    return 0;
}
