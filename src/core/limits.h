// Every limit on what factlens accepts, in one place (docs/limits.md explains each).
// The limits are checked before any work is done on the input they bound, so an
// oversized or overlong input is refused at once with a message naming what and where,
// instead of costing seconds, memory or a crash first. The CLI, the loader, the story
// builder and the page all read these constants; change one here and in docs/limits.md.
#pragma once

#include <cstddef>

namespace factlens {

// [SECTION] Bytes -------------------------------------------------------------------------

// One article, and one source's text in a story (inline or from its text file): 4 MiB of
// text is a book, not an article.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{4} << 20;

// A story file (corpus JSON). It holds its texts inline when saved, so it must hold
// kMaxSources articles' worth of figures: a draft built from a 4 MiB article of nothing
// but figures writes about 40 MiB.
inline constexpr std::size_t kMaxStoryBytes = std::size_t{64} << 20;

// All source texts of one story together, inline or read from text files.
inline constexpr std::size_t kMaxStoryTextBytes = std::size_t{64} << 20;

// A built story the page keeps in the browser's library (IndexedDB): any story the app can
// open. When the browser refuses (its quota is full), the user is told it was not kept.
inline constexpr std::size_t kMaxStoredStoryBytes = kMaxStoryBytes;

// A URL fragment (a link's state). Generous on purpose: a future link that carries a
// whole small story (about 100 KB once encoded) must fit.
inline constexpr std::size_t kMaxFragmentBytes = std::size_t{256} << 10;

// [SECTION] Strings in a story -------------------------------------------------------------

// A story's title, a source's title, and the title given to `factlens build`.
inline constexpr std::size_t kMaxTitleBytes = 1024;

// A label or a name: report and event labels, outlets, claim subjects and measures, what a
// count counts, mention attributes (scope, actor, spelling, stance ...), date expressions
// and periods, text file paths.
inline constexpr std::size_t kMaxLabelBytes = 1024;

// A curator's reasoning (outlet_reason, published.reason): a few sentences.
inline constexpr std::size_t kMaxReasonBytes = 4096;

// A source's URL.
inline constexpr std::size_t kMaxUrlBytes = 8192;

// [SECTION] Counts ----------------------------------------------------------------------------

// Sources in one story (a story of 10,000 sources must open).
inline constexpr std::size_t kMaxSources = 20'000;

// Articles given to one build (a draft story); each is read and extracted, so a build is
// held to fewer than a story may hold.
inline constexpr std::size_t kMaxBuildArticles = 1'000;

// Entries of any one array in a story (reports, events, rates, claims, and the evidence or
// datings of one source or report).
inline constexpr std::size_t kMaxArrayItems = 100'000;

// Mentions in one story: two for each of kMaxArrayItems claims, so a story of 10,000
// sources making ten claims each, every claim stated twice, opens. Each mention holds a
// quote, so they are bounded by kMaxQuotes as well.
inline constexpr std::size_t kMaxMentions = 2 * kMaxArrayItems;

// Quotes in one story together (mentions, datings, evidence and rates), each anchored in
// its source's text when the story loads.
inline constexpr std::size_t kMaxQuotes = 200'000;

// Figures, dates and names the story builder keeps from one story's articles; the rest
// are dropped (and counted), so a draft always stays within the limits above.
inline constexpr std::size_t kMaxBuildItems = 100'000;

// Problems one load lists: a story with a million bad entries gets the first ones and a
// count of the rest, not a million messages.
inline constexpr std::size_t kMaxDiagnostics = 1000;

// How deep objects and arrays may nest in a story file (the format itself needs 5).
inline constexpr std::size_t kMaxJsonDepth = 32;

// Compare (two sources side by side): sentences aligned per text (the alignment is a
// table of n × m similarities), and cells of one word-by-word diff between two aligned
// sentences. Past them, the rest of a text stands unaligned and an overlong sentence
// pair is marked as differing between its common first and last words.
inline constexpr std::size_t kMaxAlignedSentences = 2000;
inline constexpr std::size_t kMaxDiffCells = std::size_t{4} << 20;

// Exchange rates a story may state: 1 unit of one currency is between kMinRate and
// kMaxRate units of another (1 USD is about 25,000 VND; the inverse is 4e-5).
inline constexpr double kMinRate = 1e-9;
inline constexpr double kMaxRate = 1e9;

}  // namespace factlens
