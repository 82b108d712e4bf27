// Reading and writing a corpus (docs/corpus-format.md). Loading is all or nothing:
// every problem is reported at once, each with its file and JSON pointer (or line and
// column for a syntax error), and a corpus with any error is not returned half-made.
#pragma once

#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "core/model.h"

namespace factlens {

inline constexpr int kCorpusFormatVersion = 1;
inline constexpr std::string_view kCorpusFormatName = "factlens-corpus";

struct Diagnostic {
    std::string file;     // the file at fault (the corpus JSON or a text file it names)
    std::string pointer;  // JSON pointer into the corpus ("/sources/2/id"); empty if none
    std::size_t line = 0;  // 1-based line and column for a syntax error; 0 when not known
    std::size_t column = 0;
    std::string message;  // what is wrong, in a sentence a user can act on
    // For a quote that does not anchor (an "orphan"): its source and exact words.
    std::string orphan_source;
    std::string orphan_exact;

    // "corpus.json:/sources/2/id: duplicate source id "x"" or "corpus.json:3:14: ..."
    std::string to_string() const;
};

struct CorpusLoad {
    Corpus corpus;  // empty unless errors is empty
    std::vector<Diagnostic> errors;
    bool ok() const { return errors.empty(); }
};

// Reads the bytes of a file; on failure returns nullopt and says why in `error`. An empty
// FileReader stands for the local file system, confined to the story's folder (below).
using FileReader = std::function<std::optional<std::string>(const std::string& path, std::string& error)>;

// Reads a regular file from the local file system (native, or Emscripten's virtual FS),
// of at most `max_bytes`: a folder, a device (/dev/zero), a FIFO (without waiting on it)
// or a socket is refused, and so is a file that is too large, before a byte is read.
std::optional<std::string> read_file_bytes(const std::string& path, std::string& error,
                                           std::size_t max_bytes = kMaxStoryBytes);

// Reads `relative` (no leading '/', no "..") inside `folder` as read_file_bytes does,
// following symbolic links only while they stay inside the folder: a link to /etc/passwd,
// or one that climbs out with "..", is refused.
std::optional<std::string> read_file_inside(const std::string& folder, const std::string& relative,
                                            std::size_t max_bytes, std::string& error);

// Parses corpus JSON. `file_name` names it in diagnostics; text files it names are read
// through `read` (given "base_dir/relative"), or, when `read` is empty, with
// read_file_inside(base_dir, relative). Every limit of core/limits.h is checked first.
CorpusLoad parse_corpus(std::string_view json_text, const std::string& file_name, const std::string& base_dir,
                        const FileReader& read = {});

// Reads a corpus file (read_file_bytes, at most kMaxStoryBytes, when `read` is empty)
// and the text files next to it.
CorpusLoad load_corpus_file(const std::string& path, const FileReader& read = {});

// parse_corpus in three steps (read the JSON; the model, with its quotes anchored; the
// analysis), so a page can spread a large story over frames and keep answering input.
// step() returns true once done; take() finishes what is left and gives the result.
class CorpusParse {
public:
    CorpusParse(std::string json_text, std::string file_name, std::string base_dir, FileReader read = {});
    ~CorpusParse();
    CorpusParse(CorpusParse&&) noexcept;
    CorpusParse& operator=(CorpusParse&&) noexcept;
    bool step();
    CorpusLoad take();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The corpus as self-contained JSON (texts inline), readable by parse_corpus.
std::string corpus_to_json(const Corpus& corpus, int indent = 2);

}  // namespace factlens
