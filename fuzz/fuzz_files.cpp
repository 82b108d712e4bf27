// libFuzzer: the corpus loader reading its text files from a real folder. The input is
// the story JSON, then (after each 0xFF byte, which UTF-8 never holds) the contents of
// a.txt, b.txt, c.txt and d.txt. Beside them the folder holds what a story must not get
// read: a link out of the folder (relative and absolute) to a file of known words, a
// FIFO, a folder, a link loop, and one link that stays inside (in.txt -> a.txt). Loading
// never crashes or hangs, a story that loads holds nothing from outside its folder, and
// what loads writes and reads back the same.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/corpus_io.h"

namespace {

constexpr std::string_view kOutside = "OUTSIDE-THE-STORY-FOLDER";

// The folder, made once per process (/tmp/factlens-fuzz-files-XXXXXX/story/) and
// removed when the process ends.
std::string g_root;
void remove_root() {
    std::error_code ec;
    std::filesystem::remove_all(g_root, ec);
}

const std::string& story_folder() {
    static const std::string folder = [] {
        char root[] = "/tmp/factlens-fuzz-files-XXXXXX";
        if (!::mkdtemp(root)) std::abort();
        g_root = root;
        std::atexit(remove_root);
        const std::string base = root;
        const std::string story = base + "/story";
        ::mkdir(story.c_str(), 0700);
        std::ofstream(base + "/secret.txt") << kOutside << "\n";
        (void)!::symlink("../secret.txt", (story + "/up.txt").c_str());
        (void)!::symlink((base + "/secret.txt").c_str(), (story + "/abs.txt").c_str());
        (void)!::symlink("a.txt", (story + "/in.txt").c_str());
        (void)!::symlink("loop2.txt", (story + "/loop.txt").c_str());
        (void)!::symlink("loop.txt", (story + "/loop2.txt").c_str());
        ::mkfifo((story + "/fifo.txt").c_str(), 0600);
        ::mkdir((story + "/dir.txt").c_str(), 0700);
        return story;
    }();
    return folder;
}

void write(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& folder = story_folder();
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    std::string_view parts[5];
    for (std::string_view& part : parts) {
        const std::size_t cut = rest.find('\xFF');
        part = rest.substr(0, cut);
        rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    }
    write(folder + "/corpus.json", parts[0]);
    const char* names[] = {"a.txt", "b.txt", "c.txt", "d.txt"};
    for (int i = 0; i < 4; ++i) write(folder + "/" + names[i], parts[i + 1]);

    const factlens::CorpusLoad load = factlens::load_corpus_file(folder + "/corpus.json");
    if (!load.ok()) {
        if (!load.corpus.sources.empty() || load.errors.front().message.empty()) std::abort();
        return 0;
    }
    // Each text read from a file is that file's, inside the folder: nothing else can load.
    for (const factlens::Source& s : load.corpus.sources) {
        if (s.text_file.empty()) continue;
        std::string name;  // the path without "." and empty parts
        std::string_view path = s.text_file;
        while (!path.empty()) {
            const std::size_t slash = path.find('/');
            const std::string_view part = path.substr(0, slash);
            if (!part.empty() && part != ".") name += (name.empty() ? "" : "/") + std::string(part);
            path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
        }
        std::string_view expected;
        if (name == "corpus.json") expected = parts[0];
        else if (name == "in.txt") expected = parts[1];
        else {
            bool known = false;
            for (int i = 0; i < 4; ++i)
                if (name == names[i]) expected = parts[i + 1], known = true;
            if (!known) std::abort();  // up.txt, abs.txt, fifo.txt, dir.txt, loop.txt: must not load
        }
        if (s.text != expected) std::abort();
    }
    const factlens::FileReader none = [](const std::string&, std::string& why) -> std::optional<std::string> {
        why = "no files";
        return std::nullopt;
    };
    const factlens::CorpusLoad again = factlens::parse_corpus(factlens::corpus_to_json(load.corpus), "again.json", ".", none);
    if (!again.ok() || again.corpus.mentions.size() != load.corpus.mentions.size()) std::abort();
    return 0;
}
