// Runs every entry of tests/bad-inputs/catalogue.json through the factlens CLI, as a user
// would (format: tests/bad-inputs/README.md): `check` for a story, `build` (or the
// entry's command) for an article. Each must finish within a minute, exit below 128 (no
// signal, no abort), print the message the entry expects, and exit non-zero when the
// entry is refused (zero when not; an accepted build's draft must then pass `check`).
//   bad_inputs_runner FACTLENS_CLI CATALOGUE_DIR WORK_DIR
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Run {
    bool finished = false;  // within the time limit
    bool signalled = false;
    int code = -1;          // exit status, or 128 + signal
    std::string output;     // stdout and stderr together
};

// Runs argv with stdout and stderr into one file; kills it after `seconds`.
Run run(const std::vector<std::string>& argv, const fs::path& out_file, int seconds = 60) {
    Run r;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        r.output = "cannot start " + argv[0];
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (true) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            r.finished = true;
            break;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (WIFSIGNALED(status)) {
        r.signalled = true;
        r.code = 128 + WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        r.code = WEXITSTATUS(status);
    }
    std::ifstream in(out_file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    r.output = text.str();
    return r;
}

// A story folder whose one source's text is in `text_file`.
fs::path story_folder(const fs::path& dir, const std::string& text_file) {
    fs::create_directories(dir);
    std::ofstream(dir / "corpus.json") << R"({"format": "factlens-corpus", "version": 1, "id": "made", "sources": [{"id": "a", "text_file": ")"
                                      << text_file << R"("}]})";
    return dir / "corpus.json";
}

// Makes the input an entry describes with "make" (README.md) under `dir`; returns its path.
fs::path make_input(const json& make, const std::string& as, const fs::path& dir, std::string& error) {
    fs::create_directories(dir);
    if (make.contains("repeat")) {
        const std::string before = make.value("before", ""), after = make.value("after", "");
        const std::string unit = make["repeat"].get<std::string>();
        const std::size_t bytes = make["bytes"].get<std::size_t>();
        std::string body;
        body.reserve(bytes + unit.size());
        while (body.size() < bytes) body += unit;
        body.resize(bytes);
        const fs::path p = dir / (as == "story" ? "made.json" : "made.txt");
        std::ofstream(p, std::ios::binary) << before << body << after;
        return p;
    }
    if (make.contains("sparse")) {
        const fs::path p = dir / (as == "story" ? "made.json" : "made.txt");
        std::ofstream(p, std::ios::binary).close();
        fs::resize_file(p, make["sparse"].get<std::uintmax_t>());
        return p;
    }
    if (make.contains("link_out")) {
        fs::create_symlink(make["link_out"].get<std::string>(), dir / "linked.txt");
        return story_folder(dir, "linked.txt");
    }
    if (make.contains("fifo")) {
        const fs::path fifo = dir / "fifo.txt";
        if (mkfifo(fifo.c_str(), 0600) != 0) {
            error = "cannot make a FIFO";
            return {};
        }
        return as == "story" ? story_folder(dir, "fifo.txt") : fifo;
    }
    error = "unknown \"make\": " + make.dump();
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: bad_inputs_runner FACTLENS_CLI CATALOGUE_DIR WORK_DIR\n");
        return 2;
    }
    const std::string cli = argv[1];
    const fs::path catalogue_dir = argv[2];
    const fs::path work = argv[3];
    std::error_code ec;
    fs::remove_all(work, ec);
    fs::create_directories(work);

    std::ifstream in(catalogue_dir / "catalogue.json");
    const json catalogue = json::parse(in, nullptr, false);
    if (catalogue.is_discarded() || !catalogue.contains("inputs")) {
        std::fprintf(stderr, "%s: not a catalogue\n", (catalogue_dir / "catalogue.json").c_str());
        return 2;
    }
    int failures = 0, count = 0;
    for (const json& entry : catalogue["inputs"]) {
        ++count;
        const std::string name = entry.at("name").get<std::string>();
        const std::string as = entry.at("as").get<std::string>();
        const bool refused = entry.at("refused").get<bool>();
        const std::string expect = entry.at("expect").get<std::string>();
        const fs::path dir = work / name;
        fs::create_directories(dir);
        std::string error;
        fs::path input;
        if (entry.contains("make")) {
            input = make_input(entry["make"], as, dir / "input", error);
        } else {
            const std::string file = entry.at("file").get<std::string>();
            input = file.front() == '/' ? fs::path(file) : catalogue_dir / file;
        }
        auto fail = [&](const std::string& why, const std::string& output) {
            ++failures;
            std::printf("FAIL %s: %s\n%s\n", name.c_str(), why.c_str(), output.substr(0, 2000).c_str());
        };
        if (input.empty()) {
            fail(error, "");
            continue;
        }
        std::vector<std::string> args{cli};
        const fs::path draft = dir / "draft.json";
        if (as == "story") {
            args.insert(args.end(), {"check", input.string()});
        } else {
            const std::string command = entry.value("command", "build");
            args.insert(args.end(), {command, input.string()});
            if (command == "build") args.insert(args.end(), {"-o", draft.string()});
            else if (command == "extract") args.push_back("--count");
        }
        const Run r = run(args, dir / "output.txt");
        if (!r.finished) {
            fail("did not finish within a minute (killed)", r.output);
            continue;
        }
        if (r.signalled || r.code >= 128) {
            fail("crashed (exit " + std::to_string(r.code) + ")", r.output);
            continue;
        }
        if (refused && r.code == 0) fail("was accepted (exit 0), but must be refused", r.output);
        else if (!refused && r.code != 0) fail("was refused (exit " + std::to_string(r.code) + "), but must be accepted", r.output);
        else if (r.output.find(expect) == std::string::npos) fail("the output lacks \"" + expect + "\"", r.output);
        else if (!refused && as == "article" && fs::exists(draft)) {
            const Run check = run({cli, "check", draft.string()}, dir / "check.txt");
            if (!check.finished || check.code != 0) fail("its draft does not pass check", check.output);
            else std::printf("ok   %s\n", name.c_str());
        } else {
            std::printf("ok   %s\n", name.c_str());
        }
    }
    std::printf("%d of %d bad inputs behaved\n", count - failures, count);
    return failures == 0 ? 0 : 1;
}
