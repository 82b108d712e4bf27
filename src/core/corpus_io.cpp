// [SECTION] JSON parsing without exceptions
// [SECTION] Field readers
// [SECTION] Corpus
// [SECTION] Writing
#include "core/corpus_io.h"

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/text.h"

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

std::optional<std::string> read_file_bytes(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open file";
        return std::nullopt;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return std::move(buf).str();
}

// ---------------------------------------------------------------------------------
// [SECTION] JSON parsing without exceptions
// ---------------------------------------------------------------------------------
namespace {

// The web build runs without C++ exception support, so syntax errors are taken from
// nlohmann's SAX interface (which reports them instead of throwing) rather than from
// json::parse's exception.
struct DomWithError : nlohmann::detail::json_sax_dom_parser<json> {
    explicit DomWithError(json& out) : json_sax_dom_parser(out, false) {}
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& /*last_token*/, const Exception& ex) {
        error_position = position;
        error_message = ex.what();
        failed = true;
        return false;
    }
    bool failed = false;
    std::size_t error_position = 0;
    std::string error_message;
};

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1,
// column 5: syntax error while parsing value - invalid literal; last read: 'x'".
// Keep the part after the position: our Diagnostic carries line and column itself.
std::string short_parse_message(const std::string& what) {
    const auto colon = what.find(": ", what.find("parse error"));
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// ---------------------------------------------------------------------------------
// [SECTION] Field readers
// ---------------------------------------------------------------------------------
class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& errors) : file_(std::move(file)), errors_(errors) {}

    void error(const std::string& pointer, std::string message) {
        errors_.push_back(Diagnostic{file_, pointer, 0, 0, std::move(message)});
    }

    // Reports keys of `obj` that are not in `known`.
    void check_keys(const json& obj, const std::string& pointer, std::initializer_list<std::string_view> known) {
        for (const auto& [key, value] : obj.items()) {
            bool found = false;
            for (auto k : known) found |= (k == key);
            if (!found) error(pointer + "/" + escape(key), "unknown key \"" + key + "\"");
        }
    }

    // Reads an optional string member; reports a wrong type.
    std::optional<std::string> string(const json& obj, const std::string& pointer, const char* key, bool required) {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) error(pointer + "/" + key, std::string("missing required string \"") + key + "\"");
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be a string, not " + it->type_name());
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    // JSON pointer escaping of one reference token (RFC 6901).
    static std::string escape(std::string_view token) {
        std::string out;
        for (char c : token) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
        return out;
    }

private:
    std::string file_;
    std::vector<Diagnostic>& errors_;
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
CorpusLoad parse_corpus(std::string_view json_text, const std::string& file_name, const std::string& base_dir,
                        const FileReader& read) {
    CorpusLoad result;
    auto& errors = result.errors;

    if (auto bad = find_invalid_utf8(json_text)) {
        const LinePos at = line_pos_at(json_text, *bad);
        errors.push_back({file_name, "", at.line, at.column, "not valid UTF-8 (byte " + std::to_string(*bad) + ")"});
        return result;
    }

    json root;
    DomWithError dom(root);
    json::sax_parse(json_text, &dom);
    if (dom.failed) {
        // nlohmann counts the position in bytes read, one past the offending byte.
        const std::size_t at_byte = dom.error_position > 0 ? dom.error_position - 1 : 0;
        const LinePos at = line_pos_at(json_text, at_byte);
        errors.push_back({file_name, "", at.line, at.column, short_parse_message(dom.error_message)});
        return result;
    }

    Reader r(file_name, errors);
    if (!root.is_object()) {
        r.error("", std::string("the corpus must be a JSON object, not ") + root.type_name());
        return result;
    }
    r.check_keys(root, "", {"format", "version", "id", "title", "sources"});

    Corpus corpus;
    if (auto format = r.string(root, "", "format", true); format && *format != kCorpusFormatName)
        r.error("/format", "format is \"" + *format + "\", expected \"" + std::string(kCorpusFormatName) + "\"");
    if (const auto it = root.find("version"); it == root.end()) {
        r.error("/version", "missing required integer \"version\"");
    } else if (!it->is_number_integer()) {
        r.error("/version", std::string("\"version\" must be an integer, not ") + it->type_name());
    } else if (it->get<long long>() != kCorpusFormatVersion) {
        r.error("/version", "unsupported corpus version " + std::to_string(it->get<long long>()) +
                                " (this build reads version " + std::to_string(kCorpusFormatVersion) + ")");
    } else {
        corpus.version = kCorpusFormatVersion;
    }
    if (auto id = r.string(root, "", "id", true)) {
        if (!is_valid_id(*id)) r.error("/id", "id \"" + *id + "\" must be 1-64 characters of a-z A-Z 0-9 - _ .");
        corpus.id = *id;
    }
    if (auto title = r.string(root, "", "title", false)) corpus.title = *title;

    const auto sources = root.find("sources");
    if (sources == root.end()) {
        r.error("/sources", "missing required array \"sources\"");
    } else if (!sources->is_array()) {
        r.error("/sources", std::string("\"sources\" must be an array, not ") + sources->type_name());
    } else {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < sources->size(); ++i) {
            const json& js = (*sources)[i];
            const std::string ptr = "/sources/" + std::to_string(i);
            if (!js.is_object()) {
                r.error(ptr, std::string("a source must be an object, not ") + js.type_name());
                continue;
            }
            r.check_keys(js, ptr, {"id", "outlet", "title", "text", "text_file", "url"});
            Source s;
            if (auto id = r.string(js, ptr, "id", true)) {
                if (!is_valid_id(*id))
                    r.error(ptr + "/id", "id \"" + *id + "\" must be 1-64 characters of a-z A-Z 0-9 - _ .");
                else if (!seen.insert(*id).second)
                    r.error(ptr + "/id", "duplicate source id \"" + *id + "\"");
                s.id = *id;
            }
            if (auto v = r.string(js, ptr, "outlet", false)) s.outlet = *v;
            if (auto v = r.string(js, ptr, "title", false)) s.title = *v;
            auto text = r.string(js, ptr, "text", false);
            auto text_file = r.string(js, ptr, "text_file", false);
            if (text && text_file) {
                r.error(ptr, "a source has either \"text\" or \"text_file\", not both");
            } else if (text) {
                s.text = std::move(*text);
            } else if (text_file) {
                s.text_file = *text_file;
                if (!is_safe_relative_path(*text_file)) {
                    r.error(ptr + "/text_file", "\"" + *text_file + "\" must be a relative path inside the corpus folder");
                } else {
                    const std::string path = join_path(base_dir, *text_file);
                    std::string why;
                    if (auto bytes = read(path, why)) {
                        if (auto bad = find_invalid_utf8(*bytes)) {
                            const LinePos at = line_pos_at(*bytes, *bad);
                            errors.push_back({path, "", at.line, at.column,
                                              "not valid UTF-8 (byte " + std::to_string(*bad) + "), named by " +
                                                  file_name + ":" + ptr + "/text_file"});
                        } else if (trim(*bytes).empty()) {
                            r.error(ptr + "/text_file", "\"" + *text_file + "\" is empty");
                        } else {
                            s.text = std::move(*bytes);
                        }
                    } else {
                        r.error(ptr + "/text_file", "cannot read \"" + path + "\": " + why);
                    }
                }
            } else if (!js.contains("text") && !js.contains("text_file")) {
                r.error(ptr, "a source needs \"text\" or \"text_file\"");
            }
            if (auto v = r.string(js, ptr, "url", false)) {
                if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
                    r.error(ptr + "/url", "url must start with http:// or https://");
                s.url = *v;
            }
            corpus.sources.push_back(std::move(s));
        }
        if (sources->empty()) r.error("/sources", "a corpus needs at least one source");
    }

    if (errors.empty()) result.corpus = std::move(corpus);
    return result;
}

CorpusLoad load_corpus_file(const std::string& path, const FileReader& read) {
    std::string why;
    auto bytes = read(path, why);
    if (!bytes) {
        CorpusLoad result;
        result.errors.push_back({path, "", 0, 0, "cannot read corpus: " + why});
        return result;
    }
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    return parse_corpus(*bytes, path, dir, read);
}

// ---------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------
std::string corpus_to_json(const Corpus& corpus, int indent) {
    json root;
    root["format"] = kCorpusFormatName;
    root["version"] = kCorpusFormatVersion;
    root["id"] = corpus.id;
    if (!corpus.title.empty()) root["title"] = corpus.title;
    json sources = json::array();
    for (const Source& s : corpus.sources) {
        json js;
        js["id"] = s.id;
        if (!s.outlet.empty()) js["outlet"] = s.outlet;
        if (!s.title.empty()) js["title"] = s.title;
        if (!s.url.empty()) js["url"] = s.url;
        js["text"] = s.text;
        sources.push_back(std::move(js));
    }
    root["sources"] = std::move(sources);
    return root.dump(indent);
}

}  // namespace factlens
