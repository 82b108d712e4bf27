// How long a large story takes to open, step by step, and how much memory it takes: a
// measurement that prints figures, not a test (it exits 0 whatever they are, 1 only when a
// story does not load).
//
//   build/native/bench/scale_bench STORY.json...
//   python3 tools/make-big-story.py 10000 && build/native/bench/scale_bench build/big-stories/10000/corpus.json
//
// Each story is opened in a child process of its own (so each gets its own peak RSS), the way
// `factlens check` opens it: the file read, its JSON made a tree, the tree made the model
// with every quote anchored, the analysis; then what the app does once it has the story:
// the index the views look things up in (core/story_index.h), and the worker's snapshot
// written and read back (core/snapshot.h). Times are wall-clock seconds, with the process's
// CPU seconds (user + system) beside the total: on a shared machine the wall clock waits for
// a core. Peak RSS is the child's high-water mark (getrusage).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/corpus_io.h"
#include "core/snapshot.h"
#include "core/story_index.h"

namespace {

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

int measure(const std::string& path) {
    const double t0 = now();
    std::string why;
    auto bytes = factlens::read_file_bytes(path, why, factlens::kMaxStoryBytes);
    if (!bytes) {
        std::fprintf(stderr, "scale_bench: %s: %s\n", path.c_str(), why.c_str());
        return 1;
    }
    const double file_mb = static_cast<double>(bytes->size()) / 1e6;
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    factlens::CorpusParse parse(std::move(*bytes), path, dir);
    const double t_read = now();
    double t_steps[3] = {0, 0, 0};
    for (int stage = 0; stage < 3; ++stage) {
        const bool done = parse.step();
        t_steps[stage] = now();
        if (done) {
            for (int rest = stage + 1; rest < 3; ++rest) t_steps[rest] = t_steps[stage];
            break;
        }
    }
    factlens::CorpusLoad load = parse.take();
    const double t_loaded = now();
    if (!load.ok()) {
        std::fprintf(stderr, "scale_bench: %s: %zu error(s), first: %s\n", path.c_str(), load.errors.size(),
                     load.errors.empty() ? "" : load.errors[0].to_string().c_str());
        return 1;
    }
    const double cpu_loaded = cpu_seconds();
    const double peak_loaded = peak_mb();
    const factlens::Corpus& c = load.corpus;
    const factlens::StoryIndex index(c);
    const double t_index = now();
    const std::string snapshot = factlens::encode_snapshot(c);
    const double t_encoded = now();
    const factlens::CorpusLoad back = factlens::decode_snapshot(snapshot, path);
    const double t_decoded = now();
    const bool same = back.ok() && back.corpus.mentions.size() == c.mentions.size() && back.corpus.findings.size() == c.findings.size();
    std::printf("%7zu %8zu %8zu %7zu %7.1f | %6.2f %6.2f %6.2f %6.2f | %6.2f %6.2f | %7.1f | %6.3f %6.2f %6.2f %6.1f %s | %7.1f\n",
                c.sources.size(), c.claims.size(), c.mentions.size(), c.findings.size(), file_mb, t_read - t0,
                t_steps[0] - t_read, t_steps[1] - t_steps[0], t_steps[2] - t_steps[1], t_loaded - t0, cpu_loaded, peak_loaded,
                t_index - t_loaded, t_encoded - t_index, t_decoded - t_encoded, static_cast<double>(snapshot.size()) / 1e6,
                same ? "ok" : "DIFFERS", peak_mb());
    std::fflush(stdout);
    return same ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: scale_bench STORY.json... (python3 tools/make-big-story.py N writes build/big-stories/N)\n");
        return 2;
    }
    std::printf("                                        |  load (wall s)              | load   load  | peak   | app side                          | peak\n");
    std::printf("sources   claims mentions finding  JSON | read   tree  model analyse | total  cpu s | MB     | index  snap-w snap-r snapMB       | MB all\n");
    std::fflush(stdout);
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const pid_t child = fork();
        if (child == 0) _exit(measure(argv[i]));
        int st = 0;
        if (child < 0 || waitpid(child, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) status = 1;
    }
    return status;
}
