// [SECTION] JSON parsing without exceptions
// [SECTION] Field readers
// [SECTION] Corpus
// [SECTION] Writing
#include "core/corpus_io.h"

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "core/anchor.h"
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

    // Reads an optional array of strings.
    std::vector<std::string> strings(const json& obj, const std::string& pointer, const char* key) {
        std::vector<std::string> out;
        const auto it = obj.find(key);
        if (it == obj.end()) return out;
        if (!it->is_array()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be an array of strings");
            return out;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            if ((*it)[i].is_string()) out.push_back((*it)[i].get<std::string>());
            else error(pointer + "/" + key + "/" + std::to_string(i), "must be a string");
        }
        return out;
    }

    // Iterates an optional array member of objects, calling f(element, pointer).
    template <class F>
    void each(const json& obj, const std::string& pointer, const char* key, bool required, F&& f) {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) error(pointer + "/" + key, std::string("missing required array \"") + key + "\"");
            return;
        }
        if (!it->is_array()) {
            error(pointer + "/" + key, std::string("\"") + key + "\" must be an array, not " + it->type_name());
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string p = pointer + "/" + key + "/" + std::to_string(i);
            if (!(*it)[i].is_object()) {
                error(p, std::string("must be an object, not ") + (*it)[i].type_name());
                continue;
            }
            f((*it)[i], p);
        }
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
namespace {

// Parses the sections of a corpus into `corpus`, reporting problems through `r`.
class CorpusParser {
public:
    CorpusParser(Reader& r, std::vector<Diagnostic>& errors, const std::string& file_name, const std::string& base_dir,
                 const FileReader& read)
        : r_(r), errors_(errors), file_name_(file_name), base_dir_(base_dir), read_(read) {}

    void parse(const json& root, Corpus& corpus) {
        r_.check_keys(root, "", {"format", "version", "id", "title", "sources", "reports", "events", "rates", "claims",
                                 "mentions"});
        header(root, corpus);
        std::set<std::string> ids;
        r_.each(root, "", "sources", true, [&](const json& js, const std::string& ptr) {
            corpus.sources.push_back(source(js, ptr, ids));
            source_ptrs_.push_back(ptr);
        });
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
        r_.each(root, "", "mentions", false, [&](const json& js, const std::string& ptr) {
            corpus.mentions.push_back(mention(js, ptr));
            mention_ptrs_.push_back(ptr);
        });
        // References and quotes are checked even when something else is wrong, so one
        // load reports every problem.
        check_references(corpus);
        anchor_all(corpus);
    }

private:
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
        if (auto title = r_.string(root, "", "title", false)) corpus.title = *title;
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
        r_.check_keys(*it, p, {"exact", "prefix", "suffix"});
        if (auto v = r_.string(*it, p, "exact", true)) {
            if (v->empty()) r_.error(p + "/exact", "a quote's exact text cannot be empty");
            q.exact = *v;
        }
        if (auto v = r_.string(*it, p, "prefix", false)) q.prefix = *v;
        if (auto v = r_.string(*it, p, "suffix", false)) q.suffix = *v;
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
        auto amount = r_.string(*it, p, "amount", false);
        auto low = r_.string(*it, p, "low", false);
        auto high = r_.string(*it, p, "high", false);
        if (amount && (low || high)) r_.error(p, "a quantity has \"amount\" or \"low\"/\"high\", not both");
        else if (!amount && !(low && high)) r_.error(p, "a quantity needs \"amount\", or both \"low\" and \"high\"");
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
                r_.error(p + "/" + name, "\"" + *text + "\" is not a decimal number (write it as a string: \"20.64\")");
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
        if (auto v = r_.string(js, ptr, "outlet_reason", false)) s.outlet_reason = *v;
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
                if (auto v = r_.string(*it, p, "reason", false)) s.published_reason = *v;
            }
        }
        if (auto v = r_.string(js, ptr, "title", false)) s.title = *v;
        auto text = r_.string(js, ptr, "text", false);
        auto text_file = r_.string(js, ptr, "text_file", false);
        if (text && text_file) {
            r_.error(ptr, "a source has either \"text\" or \"text_file\", not both");
        } else if (text) {
            s.text = std::move(*text);
        } else if (text_file) {
            s.text_file = *text_file;
            read_text_file(*text_file, ptr, s.text);
        } else if (!js.contains("text") && !js.contains("text_file")) {
            r_.error(ptr, "a source needs \"text\" or \"text_file\"");
        }
        if (auto v = r_.string(js, ptr, "url", false)) {
            if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
                r_.error(ptr + "/url", "url must start with http:// or https://");
            s.url = *v;
        }
        return s;
    }

    void read_text_file(const std::string& rel, const std::string& ptr, std::string& out) {
        if (!is_safe_relative_path(rel)) {
            r_.error(ptr + "/text_file", "\"" + rel + "\" must be a relative path inside the corpus folder");
            return;
        }
        const std::string path = join_path(base_dir_, rel);
        std::string why;
        auto bytes = read_(path, why);
        if (!bytes) {
            r_.error(ptr + "/text_file", "cannot read \"" + path + "\": " + why);
        } else if (auto bad = find_invalid_utf8(*bytes)) {
            const LinePos at = line_pos_at(*bytes, *bad);
            errors_.push_back({path, "", at.line, at.column,
                               "not valid UTF-8 (byte " + std::to_string(*bad) + "), named by " + file_name_ + ":" + ptr +
                                   "/text_file"});
        } else if (trim(*bytes).empty()) {
            r_.error(ptr + "/text_file", "\"" + rel + "\" is empty");
        } else {
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
        if (const auto it = js.find("rate"); it == js.end() || !it->is_number() || it->get<double>() <= 0) {
            r_.error(ptr + "/rate", "\"rate\" must be a positive number");
        } else {
            rt.rate = it->get<double>();
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

    void check_references(const Corpus& corpus) {
        auto source_ref = [&](const std::string& sid, const std::string& p) {
            if (!corpus.find_source(sid)) r_.error(p, "unknown source id \"" + sid + "\"");
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
            if (!corpus.find_report(rid)) r_.error(p, "unknown report or event id \"" + rid + "\"");
        for (const auto& [cid, p] : of_refs_)
            if (!corpus.find_claim(cid)) r_.error(p, "unknown claim id \"" + cid + "\"");
        for (std::size_t i = 0; i < corpus.mentions.size(); ++i) {
            source_ref(corpus.mentions[i].source, mention_ptrs_[i] + "/source");
            if (!corpus.find_claim(corpus.mentions[i].claim))
                r_.error(mention_ptrs_[i] + "/claim", "unknown claim id \"" + corpus.mentions[i].claim + "\"");
        }
    }

    void anchor_one(const Corpus& corpus, const std::string& sid, Quote& q, const std::string& p) {
        const Source* s = corpus.find_source(sid);
        if (!s) return;
        const AnchorResult res = anchor_quote(s->text, q);
        if (res == AnchorResult::Found) return;
        r_.error(p, anchor_error(res, q, sid));
        errors_.back().orphan_source = sid;
        errors_.back().orphan_exact = q.exact;
    }

    void anchor_all(Corpus& corpus) {
        std::size_t cited = 0;
        for (Source& s : corpus.sources) {
            for (auto& c : s.outlet_evidence) anchor_one(corpus, c.source, c.quote, cited_ptrs_[cited++] + "/quote");
            for (auto& c : s.published_evidence) anchor_one(corpus, c.source, c.quote, cited_ptrs_[cited++] + "/quote");
        }
        std::size_t dating = 0;
        for (Report& rep : corpus.reports)
            for (DatedBy& d : rep.dated_by) anchor_one(corpus, d.source, d.quote, dating_ptrs_[dating++] + "/quote");
        for (std::size_t i = 0; i < corpus.rates.size(); ++i)
            anchor_one(corpus, corpus.rates[i].source, corpus.rates[i].quote, rate_ptrs_[i] + "/quote");
        for (std::size_t i = 0; i < corpus.mentions.size(); ++i)
            anchor_one(corpus, corpus.mentions[i].source, corpus.mentions[i].quote, mention_ptrs_[i] + "/quote");
    }

    Reader& r_;
    std::vector<Diagnostic>& errors_;
    const std::string& file_name_;
    const std::string& base_dir_;
    const FileReader& read_;
    std::vector<std::string> source_ptrs_, report_ptrs_, rate_ptrs_, claim_ptrs_, mention_ptrs_, cited_ptrs_, dating_ptrs_;
    std::vector<std::pair<std::string, std::string>> report_refs_, of_refs_;  // id, pointer
};

}  // namespace

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
    Corpus corpus;
    CorpusParser(r, errors, file_name, base_dir, read).parse(root, corpus);
    if (errors.empty()) {
        analyse(corpus);
        result.corpus = std::move(corpus);
    }
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
namespace {

json quote_json(const Quote& q) {
    json j{{"exact", q.exact}};
    if (!q.prefix.empty()) j["prefix"] = q.prefix;
    if (!q.suffix.empty()) j["suffix"] = q.suffix;
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
