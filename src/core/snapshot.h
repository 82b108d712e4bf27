// A loaded story as compact bytes: how the build worker hands a story to the page.
//
// The worker has already read the story the way the page would (parse_corpus: every check,
// quotes anchored, dates resolved, the analysis run), so the page does not read its JSON
// again: it copies the finished model out of a snapshot, a few thousand records per step,
// and never holds the main thread for long however large the story is
// (docs/architecture.md, "Opening a story").
//
// The format is private to one build of factlens (the worker and the page come from the same
// sources): a magic, a version, then every field of the model in a fixed order (varints,
// raw doubles, length-prefixed strings). It is not a file format; saved stories are JSON.
// Reading checks every length against what is left, so damaged bytes give an error, never a
// crash, and never a half-made corpus.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/corpus_io.h"
#include "core/model.h"

namespace factlens {

inline constexpr std::string_view kSnapshotMagic = "factlens-snapshot";
inline constexpr int kSnapshotVersion = 2;  // 2: findings carry their credits

// Every field of `corpus`, computed ones included (anchored quotes, resolved dates,
// findings).
std::string encode_snapshot(const Corpus& corpus);

// Reads a snapshot in steps: each step() copies at most `records` sources, claims, mentions
// or findings, and returns true once done (or failed). take() finishes what is left and
// gives the corpus, or one error naming `file_name` when the bytes are not a snapshot of
// this version or are damaged.
class SnapshotRead {
public:
    SnapshotRead(std::string bytes, std::string file_name);
    ~SnapshotRead();
    SnapshotRead(SnapshotRead&&) noexcept;
    SnapshotRead& operator=(SnapshotRead&&) noexcept;
    bool step(std::size_t records = 2000);
    CorpusLoad take();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The whole snapshot at once (tests, the CLI).
CorpusLoad decode_snapshot(std::string bytes, const std::string& file_name);

}  // namespace factlens
