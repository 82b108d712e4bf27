// From a user's own articles to a draft story: each article checked and made a source,
// its figures, dates and names extracted, and mentions of the same figure, date or name
// across articles grouped into claims, reports and events, in the corpus format the
// explorer and `factlens check` read. The findings then come from analyse() as for the
// curated story.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/limits.h"
#include "core/model.h"

namespace factlens {

// What we accept as an article: kMaxArticleBytes (core/limits.h).

// Why these bytes are not an article we can read ("empty", "binary (a NUL byte at 12)",
// "not UTF-8 (line 3, column 9)", "too large"), or "" when they are fine.
std::string article_problem(std::string_view bytes);

// The readable text of an HTML page: tags dropped, script/style skipped, block elements
// and <br> as line breaks, the common entities decoded, runs of blank lines folded.
std::string html_to_text(std::string_view html);

struct Article {
    std::string name;          // file name or a label; the source id is made from it
    std::string text;          // UTF-8 text (already checked)
    std::optional<Date> date;  // the user's date for it, if given
};

struct BuildOptions {
    std::string id = "my-story";
    std::string title = "My story";
};

// Builds the draft story. Sources whose date is neither given nor found in their text are
// undated (relative dates in them stay unresolved, with the reason). The draft stays
// within core/limits.h, so `factlens check` and the page read it back: the first
// kMaxBuildArticles articles are used, the first kMaxBuildItems figures, dates and names
// kept, labels cut to kMaxLabelBytes and the title to kMaxTitleBytes, and stated rates
// outside kMinRate..kMaxRate left out; an item whose words repeat with the same 256
// bytes around them is left out too (its quote could not anchor). Grouping is near
// linear in the number of items.
Corpus build_story(const std::vector<Article>& articles, const BuildOptions& options = {});

// The same, a step at a time, so a UI can show progress and stay responsive: each step()
// extracts one source (the last one groups and analyses); true when the story is done.
class StoryBuild {
public:
    StoryBuild(const std::vector<Article>& articles, const BuildOptions& options = {});
    ~StoryBuild();
    StoryBuild(StoryBuild&&) noexcept;
    StoryBuild& operator=(StoryBuild&&) noexcept;

    bool step();
    float progress() const;  // 0..1
    Corpus take();           // finishes the remaining steps

    // What was left out, for the caller to say so (counted as the steps run): articles
    // beyond kMaxBuildArticles, extracted items beyond kMaxBuildItems, and items whose words
    // the text repeats so widely (256 bytes either side) that no quote tells them apart.
    std::size_t articles_dropped() const;
    std::size_t items_dropped() const;
    std::size_t items_repeated() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Lower-case id from a name: letters and digits kept, other runs become '-'.
std::string slug(std::string_view name, std::size_t max_len = 40);

}  // namespace factlens
