// [SECTION] Reading files
// [SECTION] JSON parsing without exceptions
// [SECTION] Field readers
// [SECTION] Corpus
// [SECTION] Writing
#include "core/corpus_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "core/anchor.h"
#include "core/text.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_NOFOLLOW
#define O_NOFOLLOW 0
#endif

namespace factlens {

using nlohmann::json;

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line) + ":" + std::to_string(column);
    } else if (!pointer.empty()) {
        out += ":" + pointer;
    }
    out += ": " + message;
    return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] Reading files
// ---------------------------------------------------------------------------------
namespace {

std::string what_it_is(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a plain file";
}

std::string open_error(int err) {
    if (err == ENOENT || err == ENOTDIR) return "cannot open file: no such file";
    if (err == ELOOP) return "cannot open file: it is a symbolic link";
    return std::string("cannot open file: ") + std::strerror(err);
}

// Opens without blocking (a FIFO would otherwise wait for a writer for ever), asks the
// descriptor what it is and how large, and reads only a regular file within the limit.
std::optional<std::string> read_regular(const std::string& path, int flags, std::size_t max_bytes, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | flags);
    if (fd < 0) {
        error = open_error(errno);
        return std::nullopt;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = std::string("cannot read file: ") + std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        error = "not a regular file: it is " + what_it_is(st.st_mode);
        return std::nullopt;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) {
        error = "too large: " + size_text(size) + " (at most " + size_text(max_bytes) + ")";
        return std::nullopt;
    }
    // Read until the end, one byte beyond the size fstat gave: a file that grows while it
    // is read still stops one byte past the limit.
    std::string out(size + 1, '\0');
    std::size_t got = 0;
    for (;;) {
        if (got == out.size()) {
            if (out.size() > max_bytes) break;
            out.resize(std::min(out.size() * 2, max_bytes + 1));
        }
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            error = std::string("read error: ") + std::strerror(errno);
            return std::nullopt;
        }
        got += static_cast<std::size_t>(n);
    }
    if (got > max_bytes) {
        error = "too large: over " + size_text(max_bytes) + " (it grew while it was read)";
        return std::nullopt;
    }
    out.resize(got);
    return out;
}

std::vector<std::string> path_parts(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        if (end > start) parts.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string join_parts(const std::string& folder, const std::vector<std::string>& parts) {
    std::string out = folder.empty() ? "." : folder;
    for (const std::string& p : parts) out += (out.back() == '/' ? "" : "/") + p;
    return out;
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::string& path, std::string& error, std::size_t max_bytes) {
    return read_regular(path, 0, max_bytes, error);
}

std::optional<std::string> read_file_inside(const std::string& folder, const std::string& relative, std::size_t max_bytes,
                                            std::string& error) {
    if (relative.empty() || relative.front() == '/') {
        error = "must be a relative path inside the story's folder";
        return std::nullopt;
    }
    // Walk the path a part at a time from the folder, reading each symbolic link and
    // going on from where it points, so where the path really leads is known before the
    // file is opened: a link may point anywhere inside the folder, but not out of it.
    std::vector<std::string> todo = path_parts(relative);
    std::reverse(todo.begin(), todo.end());
    std::vector<std::string> done;
    int links = 0;
    while (!todo.empty()) {
        const std::string part = std::move(todo.back());
        todo.pop_back();
        if (part == ".") continue;
        if (part == "..") {
            if (done.empty()) {
                error = "leads outside the story's folder";
                return std::nullopt;
            }
            done.pop_back();
            continue;
        }
        done.push_back(part);
        const std::string here = join_parts(folder, done);
        struct stat st {};
        if (::lstat(here.c_str(), &st) != 0) {
            error = open_error(errno);
            return std::nullopt;
        }
        if (S_ISLNK(st.st_mode)) {
            if (++links > 32) {
                error = "too many symbolic links";
                return std::nullopt;
            }
            std::string target(4096, '\0');
            const ssize_t n = ::readlink(here.c_str(), target.data(), target.size());
            if (n <= 0 || static_cast<std::size_t>(n) >= target.size()) {
                error = "cannot read the symbolic link " + here;
                return std::nullopt;
            }
            target.resize(static_cast<std::size_t>(n));
            if (target.front() == '/') {
                error = "is a symbolic link out of the story's folder (to " + clip_code_points(target, 80) + ")";
                return std::nullopt;
            }
            done.pop_back();  // the link's target is relative to the folder holding it
            std::vector<std::string> more = path_parts(target);
            todo.insert(todo.end(), more.rbegin(), more.rend());
            continue;
        }
        if (!todo.empty() && !S_ISDIR(st.st_mode)) {
            error = "cannot open file: " + here + " is not a folder";
            return std::nullopt;
        }
    }
    if (done.empty()) {
        error = "names the story's folder, not a file in it";
        return std::nullopt;
    }
    // Every part is resolved: the file itself must not have become a link since.
    return read_regular(join_parts(folder, done), O_NOFOLLOW, max_bytes, error);
}

// ---------------------------------------------------------------------------------
// [SECTION] JSON parsing without exceptions
// ---------------------------------------------------------------------------------
namespace {

// JSON pointer escaping of one reference token (RFC 6901).
std::string pointer_token(std::string_view token) {
    std::string out;
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// A key as a message shows it: a key can be megabytes long.
std::string shown_key(std::string_view key) { return clip_code_points(key, 64); }

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1,
// column 5: syntax error while parsing value - invalid literal; last read: 'x'" or
// "[json.exception.out_of_range.406] number overflow parsing '1e400'". A user gets a
// sentence; the Diagnostic carries the line and column itself.
std::string plain_parse_message(int id, const std::string& what, const std::string& last_token) {
    if (id == 406) return "the number " + clip_code_points(last_token, 40) + " is out of range (too large to hold)";
    std::string m = what;
    if (m.rfind("[json.exception.", 0) == 0 && m.find("] ") != std::string::npos) m = m.substr(m.find("] ") + 2);
    if (m.rfind("parse error", 0) == 0 && m.find(": ") != std::string::npos) m = m.substr(m.find(": ") + 2);
    return "not valid JSON: " + m;
}

// The web build runs without C++ exception support, so the DOM is built through
// nlohmann's SAX interface (which reports errors instead of throwing). Around nlohmann's
// own DOM builder this handler also refuses a key given twice in one object (nlohmann
// would keep the last value silently, so the curator's first one would vanish) and
// nesting deeper than kMaxJsonDepth, each with a JSON pointer to where it is.
class CheckedDom {
public:
    explicit CheckedDom(json& root) : dom_(root, false) {}

    bool null() { return element() && dom_.null(); }
    bool boolean(bool v) { return element() && dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return element() && dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return element() && dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& text) { return element() && dom_.number_float(v, text); }
    bool string(std::string& v) { return element() && dom_.string(v); }
    bool binary(json::binary_t& v) { return element() && dom_.binary(v); }
    bool start_object(std::size_t n) { return element() && open(false) && dom_.start_object(n); }
    bool key(std::string& k) {
        Frame& f = frames_.back();
        f.key = k;
        if (!f.keys.insert(k).second && duplicates.size() < kMaxReported) duplicates.push_back(pointer());
        return dom_.key(k);
    }
    bool end_object() {
        frames_.pop_back();
        return dom_.end_object();
    }
    bool start_array(std::size_t n) { return element() && open(true) && dom_.start_array(n); }
    bool end_array() {
        frames_.pop_back();
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
        // A number out of range is placed at its first digit, not just after it.
        error_position = ex.id == 406 && position >= last_token.size() ? position - last_token.size() + 1 : position;
        error_message = plain_parse_message(ex.id, ex.what(), last_token);
        failed = true;
        return false;
    }

    static constexpr std::size_t kMaxReported = 100;
    bool failed = false;  // a syntax error: error_position and error_message say where and what
    std::size_t error_position = 0;
    std::string error_message;
    std::string too_deep;  // pointer to the first value nested too deep, if any
    std::vector<std::string> duplicates;  // pointers to keys given twice

private:
    struct Frame {
        bool array = false;
        std::size_t count = 0;  // arrays: elements begun
        std::string key;        // objects: the current key
        std::unordered_set<std::string> keys;
    };
    bool element() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().count;
        return true;
    }
    bool open(bool array) {
        if (frames_.size() >= kMaxJsonDepth) {
            too_deep = pointer();
            return false;
        }
        frames_.push_back(Frame{array, 0, {}, {}});
        return true;
    }
    std::string pointer() const {
        std::string p;
        for (const Frame& f : frames_) p += "/" + (f.array ? std::to_string(f.count - 1) : pointer_token(shown_key(f.key)));
        return p;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<Frame> frames_;
};

// ---------------------------------------------------------------------------------
// [SECTION] Field readers
// ---------------------------------------------------------------------------------
class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& errors) : file_(std::move(file)), errors_(errors) {}

    // Records a problem; past kMaxDiagnostics only counts it (nullptr), so a story of a
    // million bad entries costs a count, not a million messages.
    Diagnostic* error(const std::string& pointer, std::string message) {
        return add(Diagnostic{file_, pointer, 0, 0, std::move(message)});
    }
    Diagnostic* add(Diagnostic d) {
        if (errors_.size() >= kMaxDiagnostics) {
            ++unlisted_;
            return nullptr;
        }
        errors_.push_back(std::move(d));
        return &errors_.back();
    }
    // Says how many problems went unlisted, if any.
    void finish() {
        if (unlisted_ > 0)
            errors_.push_back(Diagnostic{file_, "", 0, 0,
                                         "and " + std::to_string(unlisted_) + " more problems (only the first " +
                                             std::to_string(kMaxDiagnostics) + " are listed)"});
    }

    // Reports keys of `obj` that are not in `known`.
    void check_keys(const json& obj, const std::string& pointer, std::initializer_list<std::string_view> known) {
        for (const auto& [key, value] : obj.items()) {
            bool found = false;
            for (auto k : known) found |= (k == key);
            if (!found) error(pointer + "/" + pointer_token(shown_key(key)), "unknown key \"" + shown_key(key) + "\"");
        }
    }

    // Reads an optional string member of at most `max_bytes`; reports a wrong type or
    // length. Most strings are labels; titles, texts, quotes, URLs and reasons say theirs.
    std::optional<std::string> string(const json& obj, const std::string& pointer, const char* key, bool required,
                                      std::size_t max_bytes = kMaxLabelBytes) {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) error(pointer + "/" + key, std::string("missing required string \"") + key + "\"");
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be a string, not " + it->type_name());
            return std::nullopt;
        }
        const std::string& v = it->get_ref<const std::string&>();
        if (v.size() > max_bytes) {
            error(pointer + "/" + key, std::string("\"") + key + "\" is too long: " + size_text(v.size()) + " (at most " +
                                           size_text(max_bytes) + ")");
            return std::nullopt;
        }
        return v;
    }

    // Reads an optional array of strings.
    std::vector<std::string> strings(const json& obj, const std::string& pointer, const char* key) {
        std::vector<std::string> out;
        const auto it = obj.find(key);
        if (it == obj.end()) return out;
        if (!it->is_array()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be an array of strings");
            return out;
        }
        if (!small_enough(*it, pointer + "/" + key, kMaxArrayItems)) return out;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            if (!v.is_string()) error(pointer + "/" + key + "/" + std::to_string(i), "must be a string");
            else if (v.get_ref<const std::string&>().size() > kMaxLabelBytes)
                error(pointer + "/" + key + "/" + std::to_string(i), "is too long (at most " + size_text(kMaxLabelBytes) + ")");
            else out.push_back(v.get<std::string>());
        }
        return out;
    }

    // Iterates an optional array member of objects, calling f(element, pointer); an array
    // of more than `max_items` is refused whole, before any element is looked at.
    template <class F>
    void each(const json& obj, const std::string& pointer, const char* key, bool required, F&& f,
              std::size_t max_items = kMaxArrayItems) {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) error(pointer + "/" + key, std::string("missing required array \"") + key + "\"");
            return;
        }
        if (!it->is_array()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be an array, not " + it->type_name());
            return;
        }
        if (!small_enough(*it, pointer + "/" + key, max_items)) return;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string p = pointer + "/" + key + "/" + std::to_string(i);
            if (!(*it)[i].is_object()) {
                error(p, std::string("must be an object, not ") + (*it)[i].type_name());
                continue;
            }
            f((*it)[i], p);
        }
    }

    bool small_enough(const json& array, const std::string& pointer, std::size_t max_items) {
        if (array.size() <= max_items) return true;
        error(pointer, "too many entries: " + std::to_string(array.size()) + " (at most " + std::to_string(max_items) + ")");
        return false;
    }

private:
    std::string file_;
    std::vector<Diagnostic>& errors_;
    std::size_t unlisted_ = 0;
};

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

bool is_safe_relative_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        if (path.substr(start, end - start) == "..") return false;
        start = end + 1;
    }
    return true;
}

std::string join_path(const std::string& dir, const std::string& rel) {
    if (dir.empty() || dir == ".") return rel;
    return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] Corpus
// ---------------------------------------------------------------------------------
namespace {

// Parses the sections of a corpus into `corpus`, reporting problems through `r`.
class CorpusParser {
public:
    // Every problem goes through `r` (which caps the list); `errors` is where it keeps them.
    CorpusParser(Reader& r, std::vector<Diagnostic>& /*errors*/, const std::string& file_name, const std::string& base_dir,
                 const FileReader& read)
        : r_(r), file_name_(file_name), base_dir_(base_dir), read_(read) {}

    void parse(const json& root, Corpus& corpus) {
        r_.check_keys(root, "", {"format", "version", "id", "title", "sources", "reports", "events", "rates", "claims",
                                 "mentions"});
        header(root, corpus);
        std::set<std::string> ids;
        reserve(root, "sources", corpus.sources, kMaxSources);
        reserve(root, "claims", corpus.claims, kMaxArrayItems);
        reserve(root, "mentions", corpus.mentions, kMaxMentions);
        r_.each(
            root, "", "sources", true,
            [&](const json& js, const std::string& ptr) {
                corpus.sources.push_back(source(js, ptr, ids));
                source_ptrs_.push_back(ptr);
            },
            kMaxSources);
        if (root.contains("sources") && root["sources"].is_array() && root["sources"].empty())
            r_.error("/sources", "a corpus needs at least one source");
        ids.clear();
        for (const char* key : {"reports", "events"}) {
            r_.each(root, "", key, false, [&](const json& js, const std::string& ptr) {
                corpus.reports.push_back(report(js, ptr, std::string_view(key) == "events", ids));
                report_ptrs_.push_back(ptr);
            });
        }
        ids.clear();
        r_.each(root, "", "rates", false, [&](const json& js, const std::string& ptr) {
            corpus.rates.push_back(rate(js, ptr, ids));
            rate_ptrs_.push_back(ptr);
        });
        ids.clear();
        r_.each(root, "", "claims", false, [&](const json& js, const std::string& ptr) {
            corpus.claims.push_back(claim(js, ptr, ids));
            claim_ptrs_.push_back(ptr);
        });
        r_.each(
            root, "", "mentions", false,
            [&](const json& js, const std::string& ptr) {
                corpus.mentions.push_back(mention(js, ptr));
                mention_ptrs_.push_back(ptr);
            },
            kMaxMentions);
        // References and quotes are checked even when something else is wrong, so one
        // load reports every problem; but not past a limit, which bounds that work.
        const CorpusIndex index(corpus);
        check_references(corpus, index);
        const std::size_t quotes = cited_ptrs_.size() + dating_ptrs_.size() + rate_ptrs_.size() + mention_ptrs_.size();
        if (quotes > kMaxQuotes) {
            r_.error("", "too many quotes: " + std::to_string(quotes) + " in mentions, datings, evidence and rates (at most " +
                             std::to_string(kMaxQuotes) + ")");
            return;
        }
        if (!text_over_limit_) anchor_all(corpus, index);
    }

private:
    // Room for an array's entries at once (when within its limit), not grown by doubling:
    // 200,000 mentions take 180 MB, and a doubling copies them with twice that held.
    template <class T>
    static void reserve(const json& root, const char* key, std::vector<T>& list, std::size_t max_items) {
        const auto it = root.find(key);
        if (it != root.end() && it->is_array() && it->size() <= max_items) list.reserve(it->size());
    }

    void header(const json& root, Corpus& corpus) {
        if (auto format = r_.string(root, "", "format", true); format && *format != kCorpusFormatName)
            r_.error("/format", "format is \"" + *format + "\", expected \"" + std::string(kCorpusFormatName) + "\"");
        if (const auto it = root.find("version"); it == root.end()) {
            r_.error("/version", "missing required integer \"version\"");
        } else if (!it->is_number_integer()) {
            r_.error("/version", std::string("\"version\" must be an integer, not ") + it->type_name());
        } else if (it->get<long long>() != kCorpusFormatVersion) {
            r_.error("/version", "unsupported corpus version " + std::to_string(it->get<long long>()) +
                                     " (this build reads version " + std::to_string(kCorpusFormatVersion) + ")");
        } else {
            corpus.version = kCorpusFormatVersion;
        }
        if (auto id = r_.string(root, "", "id", true)) {
            if (!is_valid_id(*id)) r_.error("/id", "id \"" + *id + "\" must be 1-64 characters of a-z A-Z 0-9 - _ .");
            corpus.id = *id;
        }
        if (auto title = r_.string(root, "", "title", false, kMaxTitleBytes)) corpus.title = *title;
    }

    std::string id(const json& js, const std::string& ptr, std::set<std::string>& seen, const char* what) {
        auto v = r_.string(js, ptr, "id", true);
        if (!v) return {};
        if (!is_valid_id(*v)) r_.error(ptr + "/id", "id \"" + *v + "\" must be 1-64 characters of a-z A-Z 0-9 - _ .");
        else if (!seen.insert(*v).second) r_.error(ptr + "/id", std::string("duplicate ") + what + " id \"" + *v + "\"");
        return *v;
    }

    std::optional<Date> date(const json& js, const std::string& ptr, const char* key) {
        auto v = r_.string(js, ptr, key, false);
        if (!v) return std::nullopt;
        auto d = parse_iso_date(*v);
        if (!d) r_.error(ptr + "/" + key, "bad date \"" + *v + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return d;
    }

    Quote quote(const json& js, const std::string& ptr, const char* key = "quote") {
        Quote q;
        const auto it = js.find(key);
        const std::string p = ptr + "/" + key;
        if (it == js.end()) {
            r_.error(p, std::string("missing required quote \"") + key + "\"");
            return q;
        }
        if (!it->is_object()) {
            r_.error(p, std::string("a quote must be an object {exact, prefix, suffix}, not ") + it->type_name());
            return q;
        }
        r_.check_keys(*it, p, {"exact", "prefix", "suffix", "start"});
        if (const auto s = it->find("start"); s != it->end()) {
            if (s->is_number_unsigned() && s->get<std::uint64_t>() <= kMaxArticleBytes) q.hint = s->get<std::size_t>();
            else r_.error(p + "/start", "a quote's start is the byte offset of its words in the text: a whole number from 0");
        }
        if (auto v = r_.string(*it, p, "exact", true, kMaxArticleBytes)) {
            if (v->empty()) r_.error(p + "/exact", "a quote's exact text cannot be empty");
            q.exact = *v;
        }
        if (auto v = r_.string(*it, p, "prefix", false, kMaxArticleBytes)) q.prefix = *v;
        if (auto v = r_.string(*it, p, "suffix", false, kMaxArticleBytes)) q.suffix = *v;
        return q;
    }

    std::vector<CitedQuote> cited_quotes(const json& js, const std::string& ptr, const char* key) {
        std::vector<CitedQuote> out;
        r_.each(js, ptr, key, false, [&](const json& jc, const std::string& p) {
            r_.check_keys(jc, p, {"source", "quote"});
            CitedQuote c;
            if (auto v = r_.string(jc, p, "source", true)) c.source = *v;
            c.quote = quote(jc, p);
            out.push_back(std::move(c));
            cited_ptrs_.push_back(p);
        });
        return out;
    }

    std::optional<Quantity> quantity(const json& js, const std::string& ptr, const char* key) {
        const auto it = js.find(key);
        if (it == js.end()) return std::nullopt;
        const std::string p = ptr + "/" + key;
        if (!it->is_object()) {
            r_.error(p, std::string("a quantity must be an object, not ") + it->type_name());
            return std::nullopt;
        }
        r_.check_keys(*it, p, {"amount", "low", "high", "scale", "unit", "counts", "qualifier", "of"});
        Quantity q;
        // Decimals are strings so the stated precision survives ("20.60" is not "20.6"): a
        // number given instead says how to write it.
        auto decimal = [&](const char* name) -> std::optional<std::string> {
            if (const auto n = it->find(name); n != it->end() && n->is_number()) {
                r_.error(p + "/" + name, std::string("\"") + name + "\" must be a string, not a number: write " + n->dump() +
                                             " as \"" + n->dump() + "\" so its stated precision is kept");
                return std::nullopt;
            }
            return r_.string(*it, p, name, false);
        };
        auto amount = decimal("amount");
        auto low = decimal("low");
        auto high = decimal("high");
        // A key given but unreadable has its own error already.
        const bool unreadable = (it->contains("amount") && !amount) || (it->contains("low") && !low) ||
                                (it->contains("high") && !high);
        if (amount && (low || high)) r_.error(p, "a quantity has \"amount\" or \"low\"/\"high\", not both");
        else if (!amount && !(low && high) && !unreadable)
            r_.error(p, "a quantity needs \"amount\", or both \"low\" and \"high\"");
        if (auto s = r_.string(*it, p, "scale", false)) {
            if (!scale_factor_of(*s) || s->empty())
                r_.error(p + "/scale", "unknown scale \"" + *s + "\" (thousand, million, billion, trillion)");
            else q.scale = *s;
        }
        const double factor = scale_factor_of(q.scale).value_or(1.0);
        auto number = [&](const std::optional<std::string>& text, const char* name, std::string& out_text, double& out,
                          int* decimals) {
            if (!text) return;
            auto v = parse_decimal(*text, decimals);
            if (!v) {
                r_.error(p + "/" + name,
                         "\"" + *text + "\" is not a decimal number (digits, an optional point and sign: \"20.64\", \"-3\")");
                return;
            }
            out_text = *text;
            out = *v * factor;
        };
        int ignored = 0;
        number(amount ? amount : low, amount ? "amount" : "low", q.low_text, q.low, &q.decimals);
        if (high) number(high, "high", q.high_text, q.high, &ignored);
        if (!q.is_range()) q.high = q.low;
        if (auto u = r_.string(*it, p, "unit", true)) {
            const bool ok = *u == "count" || *u == "percent" || *u == "fraction" || is_known_currency(*u);
            if (!ok) r_.error(p + "/unit", "unknown unit or currency \"" + *u + "\" (an ISO 4217 code, count, percent or fraction)");
            q.unit = *u;
        }
        if (auto c = r_.string(*it, p, "counts", false)) q.counts = *c;
        if (auto v = r_.string(*it, p, "qualifier", false)) {
            if (auto qq = qualifier_from_name(*v)) q.qualifier = *qq;
            else r_.error(p + "/qualifier", "unknown qualifier \"" + *v + "\" (exactly, about, over, at_least, up_to, under)");
        }
        if (auto v = r_.string(*it, p, "of", false)) {
            q.of = *v;
            of_refs_.push_back({*v, p + "/of"});
        }
        return q;
    }

    Source source(const json& js, const std::string& ptr, std::set<std::string>& ids) {
        r_.check_keys(js, ptr, {"id", "outlet", "outlet_basis", "outlet_evidence", "outlet_reason", "kind", "derived_from",
                                "published", "title", "text", "text_file", "url"});
        Source s;
        s.id = id(js, ptr, ids, "source");
        if (auto v = r_.string(js, ptr, "outlet", false)) s.outlet = *v;
        if (auto v = r_.string(js, ptr, "outlet_basis", false)) {
            if (*v == "inferred") s.outlet_inferred = true;
            else if (*v != "stated") r_.error(ptr + "/outlet_basis", "outlet_basis is \"stated\" or \"inferred\", not \"" + *v + "\"");
        }
        s.outlet_evidence = cited_quotes(js, ptr, "outlet_evidence");
        if (auto v = r_.string(js, ptr, "outlet_reason", false, kMaxReasonBytes)) s.outlet_reason = *v;
        if (s.outlet_inferred && s.outlet_reason.empty() && s.outlet_evidence.empty())
            r_.error(ptr + "/outlet_reason", "an inferred outlet needs a reason or evidence");
        if (auto v = r_.string(js, ptr, "kind", false)) {
            if (auto k = source_kind_from_name(*v)) s.kind = *k;
            else r_.error(ptr + "/kind", "unknown source kind \"" + *v + "\" (original, rewrite, digest, summary)");
        }
        s.derived_from = r_.strings(js, ptr, "derived_from");
        for (std::size_t i = 0; i < s.derived_from.size(); ++i)
            report_refs_.push_back({s.derived_from[i], ptr + "/derived_from/" + std::to_string(i)});
        if (const auto it = js.find("published"); it != js.end()) {
            const std::string p = ptr + "/published";
            if (!it->is_object()) {
                r_.error(p, "\"published\" must be an object {date, evidence, reason}");
            } else {
                r_.check_keys(*it, p, {"date", "evidence", "reason"});
                s.published = date(*it, p, "date");
                if (!it->contains("date")) r_.error(p + "/date", "missing required date");
                s.published_evidence = cited_quotes(*it, p, "evidence");
                if (auto v = r_.string(*it, p, "reason", false, kMaxReasonBytes)) s.published_reason = *v;
            }
        }
        if (auto v = r_.string(js, ptr, "title", false, kMaxTitleBytes)) s.title = *v;
        auto text = r_.string(js, ptr, "text", false, kMaxArticleBytes);
        auto text_file = r_.string(js, ptr, "text_file", false);
        if (text && text_file) {
            r_.error(ptr, "a source has either \"text\" or \"text_file\", not both");
        } else if (text) {
            if (text_fits(*text, ptr + "/text")) s.text = std::move(*text);
        } else if (text_file) {
            s.text_file = *text_file;
            read_text_file(*text_file, ptr, s.text);
        } else if (!js.contains("text") && !js.contains("text_file")) {
            r_.error(ptr, "a source needs \"text\" or \"text_file\"");
        }
        if (auto v = r_.string(js, ptr, "url", false, kMaxUrlBytes)) {
            if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
                r_.error(ptr + "/url", "url must start with http:// or https://");
            s.url = *v;
        }
        return s;
    }

    // A source's text is text: no NUL byte (a binary file, or "\u0000" in the JSON), and
    // all texts together within kMaxStoryTextBytes.
    bool text_fits(const std::string& text, const std::string& ptr) {
        if (const auto nul = text.find('\0'); nul != std::string::npos) {
            r_.error(ptr, "the text holds a NUL byte at offset " + std::to_string(nul) + ": binary, not text");
            return false;
        }
        text_bytes_ += text.size();
        if (text_bytes_ > kMaxStoryTextBytes && !text_over_limit_) {
            text_over_limit_ = true;
            r_.error(ptr, "the sources' texts together are over " + size_text(kMaxStoryTextBytes) + " (at most " +
                              size_text(kMaxStoryTextBytes) + " in one story)");
        }
        return !text_over_limit_;
    }

    void read_text_file(const std::string& rel, const std::string& ptr, std::string& out) {
        if (!is_safe_relative_path(rel)) {
            r_.error(ptr + "/text_file", "\"" + rel + "\" must be a relative path inside the corpus folder");
            return;
        }
        if (text_over_limit_) return;  // said once already; read no more
        const std::string path = join_path(base_dir_, rel);
        std::string why;
        auto bytes = read_ ? read_(path, why) : read_file_inside(base_dir_, rel, kMaxArticleBytes, why);
        if (bytes && bytes->size() > kMaxArticleBytes) {
            why = "too large: " + size_text(bytes->size()) + " (at most " + size_text(kMaxArticleBytes) + ")";
            bytes.reset();
        }
        if (!bytes) {
            r_.error(ptr + "/text_file", "cannot read \"" + path + "\": " + why);
        } else if (auto bad = find_invalid_utf8(*bytes)) {
            const LinePos at = line_pos_at(*bytes, *bad);
            r_.add({path, "", at.line, at.column,
                    "not valid UTF-8 (byte " + std::to_string(*bad) + "), named by " + file_name_ + ":" + ptr + "/text_file"});
        } else if (trim(*bytes).empty()) {
            r_.error(ptr + "/text_file", "\"" + rel + "\" is empty");
        } else if (text_fits(*bytes, ptr + "/text_file")) {
            out = std::move(*bytes);
        }
    }

    Report report(const json& js, const std::string& ptr, bool is_event, std::set<std::string>& ids) {
        r_.check_keys(js, ptr, {"id", "outlet", "label", "dated_by", "date"});
        Report rep;
        rep.is_event = is_event;
        rep.id = id(js, ptr, ids, "report or event");
        if (auto v = r_.string(js, ptr, "outlet", !is_event)) rep.outlet = *v;
        if (auto v = r_.string(js, ptr, "label", true)) rep.label = *v;
        rep.stated_date = date(js, ptr, "date");
        r_.each(js, ptr, "dated_by", false, [&](const json& jd, const std::string& p) {
            r_.check_keys(jd, p, {"source", "quote", "expression"});
            DatedBy d;
            if (auto v = r_.string(jd, p, "source", true)) d.source = *v;
            d.quote = quote(jd, p);
            if (auto v = r_.string(jd, p, "expression", false)) d.expression = *v;
            if (d.expression.empty()) d.expression = d.quote.exact;
            rep.dated_by.push_back(std::move(d));
            dating_ptrs_.push_back(p);
        });
        return rep;
    }

    Rate rate(const json& js, const std::string& ptr, std::set<std::string>& ids) {
        r_.check_keys(js, ptr, {"id", "base", "quote_currency", "rate", "source", "quote"});
        Rate rt;
        rt.id = id(js, ptr, ids, "rate");
        for (auto [key, out] : {std::pair{"base", &rt.base}, std::pair{"quote_currency", &rt.quote_currency}}) {
            if (auto v = r_.string(js, ptr, key, true)) {
                if (!is_known_currency(*v)) r_.error(ptr + "/" + key, "unknown currency \"" + *v + "\"");
                *out = *v;
            }
        }
        if (!rt.base.empty() && rt.base == rt.quote_currency)
            r_.error(ptr + "/quote_currency", "a rate is between two currencies; base and quote_currency are both \"" + rt.base + "\"");
        // A usable rate: a normal double in a sane range (1e-320 is a denormal, and one
        // divided by it is infinite; no currency pair is 1e12 apart).
        const auto it = js.find("rate");
        const bool number = it != js.end() && it->is_number();
        const double value = number ? it->get<double>() : 0;
        if (!number) {
            r_.error(ptr + "/rate", "\"rate\" must be a number: 1 base is rate quote_currency");
        } else if (!std::isnormal(value) || value < kMinRate || value > kMaxRate) {
            char range[64];
            std::snprintf(range, sizeof range, "between %g and %g", kMinRate, kMaxRate);
            r_.error(ptr + "/rate", "\"rate\" " + clip_code_points(it->dump(), 40) + " is not a usable exchange rate (a positive number " +
                                        range + ")");
        } else {
            rt.rate = value;
            rt.rate_text = it->dump();
        }
        if (auto v = r_.string(js, ptr, "source", true)) rt.source = *v;
        rt.quote = quote(js, ptr);
        return rt;
    }

    Claim claim(const json& js, const std::string& ptr, std::set<std::string>& ids) {
        r_.check_keys(js, ptr, {"id", "kind", "subject", "measure", "value", "period", "report", "event", "part_of", "peer"});
        Claim c;
        c.id = id(js, ptr, ids, "claim");
        if (auto v = r_.string(js, ptr, "kind", true)) {
            if (auto k = claim_kind_from_name(*v)) c.kind = *k;
            else r_.error(ptr + "/kind", "unknown claim kind \"" + *v + "\"");
        }
        if (auto v = r_.string(js, ptr, "subject", true)) c.subject = *v;
        if (auto v = r_.string(js, ptr, "measure", true)) c.measure = *v;
        c.value = quantity(js, ptr, "value");
        const bool needs_value = c.kind == ClaimKind::Money || c.kind == ClaimKind::Count || c.kind == ClaimKind::Percent ||
                                 c.kind == ClaimKind::Fraction;
        if (needs_value && !js.contains("value")) r_.error(ptr + "/value", "a " + std::string(claim_kind_name(c.kind)) + " claim needs a value");
        if (auto v = r_.string(js, ptr, "period", false)) {
            if (!parse_iso_date(*v)) r_.error(ptr + "/period", "bad date \"" + *v + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
            c.period = *v;
        }
        if (auto v = r_.string(js, ptr, "report", false)) {
            c.report = *v;
            report_refs_.push_back({*v, ptr + "/report"});
        }
        if (auto v = r_.string(js, ptr, "event", false)) {
            c.event = *v;
            report_refs_.push_back({*v, ptr + "/event"});
        }
        if (auto v = r_.string(js, ptr, "part_of", false)) {
            c.part_of = *v;
            of_refs_.push_back({*v, ptr + "/part_of"});
        }
        if (const auto it = js.find("peer"); it != js.end()) {
            if (it->is_boolean()) c.peer = it->get<bool>();
            else r_.error(ptr + "/peer", "\"peer\" must be true or false");
        }
        return c;
    }

    Mention mention(const json& js, const std::string& ptr) {
        r_.check_keys(js, ptr, {"source", "claim", "quote", "value", "converted", "period", "scope", "attribution", "actor",
                                "spelling", "stance"});
        Mention m;
        if (auto v = r_.string(js, ptr, "source", true)) m.source = *v;
        if (auto v = r_.string(js, ptr, "claim", true)) m.claim = *v;
        m.quote = quote(js, ptr);
        m.value = quantity(js, ptr, "value");
        m.converted = quantity(js, ptr, "converted");
        for (auto [key, out] : {std::pair{"period", &m.period}, std::pair{"scope", &m.scope},
                                std::pair{"attribution", &m.attribution}, std::pair{"actor", &m.actor},
                                std::pair{"spelling", &m.spelling}, std::pair{"stance", &m.stance}})
            if (auto v = r_.string(js, ptr, key, false)) *out = *v;
        if (!m.attribution.empty() && m.attribution != "unnamed") report_refs_.push_back({m.attribution, ptr + "/attribution"});
        return m;
    }

    void check_references(const Corpus& corpus, const CorpusIndex& index) {
        auto source_ref = [&](const std::string& sid, const std::string& p) {
            if (!index.source(sid)) r_.error(p, "unknown source id \"" + sid + "\"");
        };
        std::size_t cited = 0;
        for (const Source& s : corpus.sources) {
            for (const auto& c : s.outlet_evidence) source_ref(c.source, cited_ptrs_[cited++] + "/source");
            for (const auto& c : s.published_evidence) source_ref(c.source, cited_ptrs_[cited++] + "/source");
        }
        std::size_t dating = 0;
        for (const Report& rep : corpus.reports)
            for (const DatedBy& d : rep.dated_by) source_ref(d.source, dating_ptrs_[dating++] + "/source");
        for (std::size_t i = 0; i < corpus.rates.size(); ++i) source_ref(corpus.rates[i].source, rate_ptrs_[i] + "/source");
        for (const auto& [rid, p] : report_refs_)
            if (!index.report(rid)) r_.error(p, "unknown report or event id \"" + rid + "\"");
        for (const auto& [cid, p] : of_refs_)
            if (!index.claim(cid)) r_.error(p, "unknown claim id \"" + cid + "\"");
        for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
            source_ref(corpus.mentions[i].source, mention_ptrs_[i] + "/source");
            if (!index.claim(corpus.mentions[i].claim))
                r_.error(mention_ptrs_[i] + "/claim", "unknown claim id \"" + corpus.mentions[i].claim + "\"");
        }
    }

    // One anchorer per source text: a story with thousands of quotes in one long text
    // indexes that text once instead of searching all of it for every quote.
    void anchor_one(const CorpusIndex& index, const std::string& sid, Quote& q, const std::string& p) {
        const Source* s = index.source(sid);
        if (!s) return;
        auto it = anchorers_.find(s);
        if (it == anchorers_.end()) it = anchorers_.emplace(s, QuoteAnchorer(s->text)).first;
        const AnchorResult res = it->second.anchor(q);
        if (res == AnchorResult::Found) return;
        if (Diagnostic* d = r_.error(p, anchor_error(res, q, sid))) {
            d->orphan_source = sid;
            d->orphan_exact = q.exact;
        }
    }

    void anchor_all(Corpus& corpus, const CorpusIndex& index) {
        std::size_t cited = 0;
        for (Source& s : corpus.sources) {
            for (auto& c : s.outlet_evidence) anchor_one(index, c.source, c.quote, cited_ptrs_[cited++] + "/quote");
            for (auto& c : s.published_evidence) anchor_one(index, c.source, c.quote, cited_ptrs_[cited++] + "/quote");
        }
        std::size_t dating = 0;
        for (Report& rep : corpus.reports)
            for (DatedBy& d : rep.dated_by) anchor_one(index, d.source, d.quote, dating_ptrs_[dating++] + "/quote");
        for (std::size_t i = 0; i < corpus.rates.size(); ++i)
            anchor_one(index, corpus.rates[i].source, corpus.rates[i].quote, rate_ptrs_[i] + "/quote");
        for (std::size_t i = 0; i < corpus.mentions.size(); ++i)
            anchor_one(index, corpus.mentions[i].source, corpus.mentions[i].quote, mention_ptrs_[i] + "/quote");
    }

    Reader& r_;
    const std::string& file_name_;
    const std::string& base_dir_;
    const FileReader& read_;
    std::vector<std::string> source_ptrs_, report_ptrs_, rate_ptrs_, claim_ptrs_, mention_ptrs_, cited_ptrs_, dating_ptrs_;
    std::vector<std::pair<std::string, std::string>> report_refs_, of_refs_;  // id, pointer
    std::unordered_map<const Source*, QuoteAnchorer> anchorers_;
    std::size_t text_bytes_ = 0;    // all source texts so far
    bool text_over_limit_ = false;  // over kMaxStoryTextBytes: said once, nothing more read
};

}  // namespace

// [SECTION] Parsing in steps ---------------------------------------------------------------
bool read_json(std::string_view json_text, const std::string& file_name, std::vector<Diagnostic>& errors, json& root);

struct CorpusParse::State {
    std::string text;
    std::string file_name, base_dir;
    FileReader read;
    int stage = 0;  // 0: read the JSON, 1: the model, 2: the analysis, 3: done
    json root;
    Corpus corpus;
    CorpusLoad result;
};

CorpusParse::CorpusParse(std::string json_text, std::string file_name, std::string base_dir, FileReader read)
    : state_(std::make_unique<State>()) {
    state_->text = std::move(json_text);
    state_->file_name = std::move(file_name);
    state_->base_dir = std::move(base_dir);
    state_->read = std::move(read);
}
CorpusParse::~CorpusParse() = default;
CorpusParse::CorpusParse(CorpusParse&&) noexcept = default;
CorpusParse& CorpusParse::operator=(CorpusParse&&) noexcept = default;

bool CorpusParse::step() {
    State& st = *state_;
    auto& errors = st.result.errors;
    switch (st.stage) {
        case 0: {
            st.stage = read_json(st.text, st.file_name, errors, st.root) ? 1 : 3;
            st.text = std::string();  // the JSON is in the tree now
            return st.stage == 3;
        }
        case 1: {
            Reader r(st.file_name, errors);
            CorpusParser(r, errors, st.file_name, st.base_dir, st.read).parse(st.root, st.corpus);
            r.finish();
            st.root = json();
            st.stage = errors.empty() ? 2 : 3;
            return st.stage == 3;
        }
        case 2:
            analyse(st.corpus);
            st.result.corpus = std::move(st.corpus);
            st.stage = 3;
            return true;
        default: return true;
    }
}

CorpusLoad CorpusParse::take() {
    while (!step()) {}
    return std::move(state_->result);
}

CorpusLoad parse_corpus(std::string_view json_text, const std::string& file_name, const std::string& base_dir,
                        const FileReader& read) {
    CorpusLoad result;
    auto& errors = result.errors;
    json root;
    if (!read_json(json_text, file_name, errors, root)) return result;
    Reader r(file_name, errors);
    Corpus corpus;
    CorpusParser(r, errors, file_name, base_dir, read).parse(root, corpus);
    r.finish();
    root = json();  // read: the analysis needs only the model
    if (errors.empty()) {
        analyse(corpus);
        result.corpus = std::move(corpus);
    }
    return result;
}

// Size, UTF-8 and JSON checks, then the tree: false (with the errors) when the text is not
// a JSON object factlens can read.
bool read_json(std::string_view json_text, const std::string& file_name, std::vector<Diagnostic>& errors, json& root) {

    if (json_text.size() > kMaxStoryBytes) {
        errors.push_back({file_name, "", 0, 0,
                          "the story is too large: " + size_text(json_text.size()) + " (at most " + size_text(kMaxStoryBytes) + ")"});
        return false;
    }
    if (auto bad = find_invalid_utf8(json_text)) {
        const LinePos at = line_pos_at(json_text, *bad);
        errors.push_back({file_name, "", at.line, at.column, "not valid UTF-8 (byte " + std::to_string(*bad) + ")"});
        return false;
    }
    CheckedDom dom(root);
    json::sax_parse(json_text, &dom);
    if (dom.failed) {
        // nlohmann counts the position in bytes read, one past the offending byte.
        const std::size_t at_byte = dom.error_position > 0 ? dom.error_position - 1 : 0;
        const LinePos at = line_pos_at(json_text, at_byte);
        errors.push_back({file_name, "", at.line, at.column, dom.error_message});
        return false;
    }
    Reader r(file_name, errors);
    if (!dom.too_deep.empty()) {
        r.error(dom.too_deep, "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
        return false;
    }
    for (const std::string& pointer : dom.duplicates) r.error(pointer, "this key is given twice in one object (keep one)");
    if (!errors.empty()) return false;  // at most CheckedDom::kMaxReported: all listed
    if (!root.is_object()) {
        r.error("", std::string("the corpus must be a JSON object, not ") + root.type_name());
        return false;
    }
    return true;
}

CorpusLoad load_corpus_file(const std::string& path, const FileReader& read) {
    std::string why;
    auto bytes = read ? read(path, why) : read_file_bytes(path, why, kMaxStoryBytes);
    if (!bytes) {
        CorpusLoad result;
        result.errors.push_back({path, "", 0, 0, "cannot read the story: " + why});
        return result;
    }
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    // As parse_corpus, in the steps that free the file's bytes once they are a tree, and the
    // tree once it is the model: a story of 50 MB does not keep all three.
    return CorpusParse(std::move(*bytes), path, dir, read).take();
}

// ---------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------
namespace {

json quote_json(const Quote& q) {
    json j{{"exact", q.exact}};
    if (!q.prefix.empty()) j["prefix"] = q.prefix;
    if (!q.suffix.empty()) j["suffix"] = q.suffix;
    // Where it was anchored: read back first, so reopening needs no search (and a
    // phrase the text repeats stays where it was).
    if (q.end > q.start) j["start"] = q.start;
    return j;
}

json cited_json(const std::vector<CitedQuote>& cs) {
    json a = json::array();
    for (const auto& c : cs) a.push_back({{"source", c.source}, {"quote", quote_json(c.quote)}});
    return a;
}

json quantity_json(const Quantity& q) {
    json j;
    if (q.is_range()) {
        j["low"] = q.low_text;
        j["high"] = q.high_text;
    } else {
        j["amount"] = q.low_text;
    }
    if (!q.scale.empty()) j["scale"] = q.scale;
    j["unit"] = q.unit;
    if (!q.counts.empty()) j["counts"] = q.counts;
    if (q.qualifier != Qualifier::Exactly) j["qualifier"] = qualifier_name(q.qualifier);
    if (!q.of.empty()) j["of"] = q.of;
    return j;
}

}  // namespace

std::string corpus_to_json(const Corpus& corpus, int indent) {
    json root;
    root["format"] = kCorpusFormatName;
    root["version"] = kCorpusFormatVersion;
    root["id"] = corpus.id;
    if (!corpus.title.empty()) root["title"] = corpus.title;
    json sources = json::array();
    for (const Source& s : corpus.sources) {
        json js{{"id", s.id}};
        if (!s.outlet.empty()) {
            js["outlet"] = s.outlet;
            js["outlet_basis"] = s.outlet_inferred ? "inferred" : "stated";
        }
        if (!s.outlet_evidence.empty()) js["outlet_evidence"] = cited_json(s.outlet_evidence);
        if (!s.outlet_reason.empty()) js["outlet_reason"] = s.outlet_reason;
        if (s.kind != SourceKind::Unknown) js["kind"] = source_kind_name(s.kind);
        if (!s.derived_from.empty()) js["derived_from"] = s.derived_from;
        if (s.published) {
            json p{{"date", s.published->iso()}};
            if (!s.published_evidence.empty()) p["evidence"] = cited_json(s.published_evidence);
            if (!s.published_reason.empty()) p["reason"] = s.published_reason;
            js["published"] = std::move(p);
        }
        if (!s.title.empty()) js["title"] = s.title;
        if (!s.url.empty()) js["url"] = s.url;
        js["text"] = s.text;
        sources.push_back(std::move(js));
    }
    root["sources"] = std::move(sources);
    json reports = json::array(), events = json::array();
    for (const Report& rep : corpus.reports) {
        json jr{{"id", rep.id}};
        if (!rep.outlet.empty()) jr["outlet"] = rep.outlet;
        jr["label"] = rep.label;
        if (rep.stated_date) jr["date"] = rep.stated_date->iso();
        json dated = json::array();
        for (const DatedBy& d : rep.dated_by) {
            json jd{{"source", d.source}, {"quote", quote_json(d.quote)}};
            if (d.expression != d.quote.exact) jd["expression"] = d.expression;
            dated.push_back(std::move(jd));
        }
        jr["dated_by"] = std::move(dated);
        (rep.is_event ? events : reports).push_back(std::move(jr));
    }
    if (!reports.empty()) root["reports"] = std::move(reports);
    if (!events.empty()) root["events"] = std::move(events);
    if (!corpus.rates.empty()) {
        json rates = json::array();
        for (const Rate& rt : corpus.rates)
            rates.push_back({{"id", rt.id}, {"base", rt.base}, {"quote_currency", rt.quote_currency}, {"rate", rt.rate},
                             {"source", rt.source}, {"quote", quote_json(rt.quote)}});
        root["rates"] = std::move(rates);
    }
    if (!corpus.claims.empty()) {
        json claims = json::array();
        for (const Claim& c : corpus.claims) {
            json jc{{"id", c.id}, {"kind", claim_kind_name(c.kind)}, {"subject", c.subject}, {"measure", c.measure}};
            if (c.value) jc["value"] = quantity_json(*c.value);
            if (!c.period.empty()) jc["period"] = c.period;
            if (!c.report.empty()) jc["report"] = c.report;
            if (!c.event.empty()) jc["event"] = c.event;
            if (!c.part_of.empty()) jc["part_of"] = c.part_of;
            if (c.peer) jc["peer"] = true;
            claims.push_back(std::move(jc));
        }
        root["claims"] = std::move(claims);
    }
    if (!corpus.mentions.empty()) {
        json mentions = json::array();
        for (const Mention& m : corpus.mentions) {
            json jm{{"source", m.source}, {"claim", m.claim}, {"quote", quote_json(m.quote)}};
            if (m.value) jm["value"] = quantity_json(*m.value);
            if (m.converted) jm["converted"] = quantity_json(*m.converted);
            for (auto [key, v] : {std::pair{"period", &m.period}, std::pair{"scope", &m.scope},
                                  std::pair{"attribution", &m.attribution}, std::pair{"actor", &m.actor},
                                  std::pair{"spelling", &m.spelling}, std::pair{"stance", &m.stance}})
                if (!v->empty()) jm[key] = *v;
            mentions.push_back(std::move(jm));
        }
        root["mentions"] = std::move(mentions);
    }
    return root.dump(indent);
}

}  // namespace factlens
