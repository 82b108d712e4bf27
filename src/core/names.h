// What the screen, the page's mirror and the exports call things: sources by their outlet
// and date, reports by their outlet and label. Ids stay in links, files and items().
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"
#include "core/story_index.h"
#include "core/view_state.h"

namespace factlens {

// The loaded story's index (core/story_index.h), built once per load: the app hands it
// over whenever it replaces the story, and names and views look ids, a claim's mentions
// and findings up in it instead of walking the arrays every frame. story_index() gives the
// index of `corpus`: the one handed over when it is that corpus's, else one built for it
// here (and kept until another corpus is asked for). Main thread only.
void use_story_index(const StoryIndex* index);
const StoryIndex& story_index(const Corpus& corpus);

// While alive, names of `corpus` are looked up in an index built once here: for code that
// names sources many times while the story is still changing (the analysis adding
// findings). Its sources and reports must stay as they are meanwhile.
class NamesScope {
public:
    explicit NamesScope(const Corpus& corpus);
    ~NamesScope();
    NamesScope(const NamesScope&) = delete;
    NamesScope& operator=(const NamesScope&) = delete;

private:
    void* outer_;
    void* mine_;
};

// A source: its outlet ("Reuters"), with its date when another source of the story has the
// same outlet ("Reuters, 2025-01-23"); its headline when the outlet is not known; its id
// only when it has neither.
std::string source_name(const Corpus& corpus, std::string_view source_id);
// A claim: "ByteDance — capital expenditure" (its subject and measure); its id when it has
// neither. The second form names an id the story may not have (then the id itself).
std::string claim_name(const Claim& claim);
std::string claim_name(const Corpus& corpus, std::string_view claim_id);
// A Findings filter in words, as its chip shows it: "claim ByteDance — capital
// expenditure", "Reuters", "Attribution", "“Nvidia”".
std::string findings_filter_name(const Corpus& corpus, const FindingsFilter& filter);
// What "credited to" names: a report's outlet and label, or a source's name; else the words.
std::string attribution_name(const Corpus& corpus, std::string_view attribution);

// A quote as a fact-checker pastes it: the exact words, then who said them where and when
// (outlet, headline, date) and `link` (a link to the quote in factlens; left out when empty).
//   “over $12bn in artificial intelligence infrastructure”
//   — Financial Times, “ByteDance to invest $12bn in AI”, 2025-01-22
//   https://…#view=sources&source=ft-002&m=7
std::string quote_citation(const Corpus& corpus, std::size_t mention_index, std::string_view link);
// The same for any words of a source (a selection in the reader).
std::string words_citation(const Corpus& corpus, std::string_view source_id, std::string_view words, std::string_view link);

}  // namespace factlens
