#include "core/link.h"

#include <charconv>
#include <cmath>

#include "core/dates.h"
#include "core/limits.h"
#include "core/text.h"

namespace factlens {

namespace {

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Timeline bounds travel as dates (readable in a link); fractions of a day are dropped.
std::string day_text(double day) { return civil_from_days(static_cast<long>(std::floor(day))).iso(); }

constexpr std::size_t kMaxSearch = 200;

}  // namespace

std::string percent_encode(std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
        if (unreserved(c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

bool percent_decode(std::string_view value, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '%') {
            if (i + 2 >= value.size()) return false;
            const int hi = hex(value[i + 1]), lo = hex(value[i + 2]);
            if (hi < 0 || lo < 0) return false;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (c == '+') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return !find_invalid_utf8(out).has_value();
}

std::string encode_fragment(const ViewState& s) {
    const ViewState d;
    std::string out;
    auto add = [&](std::string_view key, std::string_view value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += percent_encode(value);
    };
    if (s.view != d.view) add("view", view_name(s.view));
    if (!s.selection.source.empty()) add("source", s.selection.source);
    if (!s.selection.claim.empty()) add("claim", s.selection.claim);
    if (!s.selection.report.empty()) add("report", s.selection.report);
    if (!s.selection.finding.empty()) add("finding", s.selection.finding);
    if (!s.compare_source.empty() && s.view == View::Compare) add("compare", s.compare_source);
    if (s.currency != d.currency) add("cur", s.currency);
    if (s.log_scale != d.log_scale) add("scale", s.log_scale ? "log" : "linear");
    if (s.timeline_to > s.timeline_from) {
        add("from", day_text(s.timeline_from));
        add("to", day_text(s.timeline_to));
    }
    if (s.reader_at >= 0 && !s.selection.source.empty()) add("at", std::to_string(s.reader_at));
    if (!s.search.empty()) add("q", s.search);
    if (s.mention >= 0) add("m", std::to_string(s.mention));
    if (!s.finding_kind.empty()) add("kind", s.finding_kind);
    return out;
}

FragmentDecode decode_fragment(std::string_view fragment, const Corpus& corpus) {
    FragmentDecode r;
    ViewState& s = r.state;
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.size() > kMaxFragmentBytes) {
        // Cut at a pair boundary, so no value is read half.
        fragment = fragment.substr(0, kMaxFragmentBytes);
        fragment = fragment.substr(0, fragment.rfind('&') == std::string_view::npos ? 0 : fragment.rfind('&'));
        r.notices.push_back("the link is longer than " + std::to_string(kMaxFragmentBytes >> 10) +
                            " KB, the most a link may be; only its start was read");
    }
    auto note = [&](std::string_view key, const std::string& why) {
        r.notices.push_back(std::string(key) + ": " + why);
    };
    std::optional<Date> from, to;
    while (!fragment.empty()) {
        const std::size_t amp = fragment.find('&');
        const std::string_view pair = fragment.substr(0, amp);
        fragment = amp == std::string_view::npos ? std::string_view() : fragment.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t eq = pair.find('=');
        const std::string_view key = pair.substr(0, eq);
        std::string value;
        if (!percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), value)) {
            if (key == "view" || key == "source" || key == "claim" || key == "report" || key == "finding" ||
                key == "compare" || key == "cur" || key == "scale" || key == "from" || key == "to" || key == "at" || key == "q" || key == "m" || key == "kind")
                note(key, "badly encoded value ignored");
            continue;
        }
        const std::string shown = "\u201C" + clip_code_points(value, 40) + "\u201D";
        if (key == "view") {
            if (auto v = view_from_name(value)) s.view = *v;
            else note(key, "no view " + shown);
        } else if (key == "source") {
            s.selection.source = value;  // ids are checked against the story by validate_state
        } else if (key == "compare") {
            s.compare_source = value;
        } else if (key == "claim") {
            s.selection.claim = value;
        } else if (key == "report") {
            s.selection.report = value;
        } else if (key == "finding") {
            s.selection.finding = value;
        } else if (key == "cur") {
            s.currency = value;
        } else if (key == "scale") {
            if (value == "log" || value == "linear") s.log_scale = value == "log";
            else note(key, "scale " + shown + " is not log or linear");
        } else if (key == "from" || key == "to") {
            auto d = parse_iso_date(value);
            if (!d || d->precision != Precision::Day || d->year < 1900 || d->year > 2200) note(key, "not a date: " + shown);
            else (key == "from" ? from : to) = d;
        } else if (key == "at") {
            long v = -1;
            const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
            if (ec != std::errc() || p != value.data() + value.size() || v < 0 || v > 100000000) {
                note(key, "not a text position: " + shown);
            } else {
                s.reader_at = v;
                s.reader_scroll = true;
            }
        } else if (key == "q") {
            s.search = clip_code_points(value, kMaxSearch);
        } else if (key == "m") {
            long v = -1;
            const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
            if (ec != std::errc() || p != value.data() + value.size() || v < 0 || v > 100000000) note(key, "not a quote number: " + shown);
            else s.mention = v;
        } else if (key == "kind") {
            s.finding_kind = value;  // checked by validate_state
        }
        // Other keys: ignored, so links from newer versions still open.
    }
    if (from && to) {
        const long a = from->first_day(), b = to->first_day();
        if (b > a && b - a <= 36500) {
            s.timeline_from = static_cast<double>(a);
            s.timeline_to = static_cast<double>(b);
        } else {
            note("from", "the timeline range is empty or too long");
        }
    } else if (from || to) {
        note(from ? "from" : "to", "a timeline range needs both from and to");
    }
    for (std::string& n : validate_state(s, corpus)) r.notices.push_back(std::move(n));
    return r;
}

std::string text_fragment_url(const Source& source, const Quote& quote) {
    if (source.url.empty()) return {};
    // Text fragments use '-' and ',' as delimiters: percent-encode them inside the terms.
    auto term = [](std::string_view t) {
        std::string out;
        for (char c : percent_encode(t)) out += c == '-' ? std::string("%2D") : std::string(1, c);
        return out;
    };
    std::string url = source.url.substr(0, source.url.find('#')) + "#:~:text=";
    if (!quote.prefix.empty()) url += term(quote.prefix) + "-,";
    url += term(quote.exact);
    if (!quote.suffix.empty()) url += ",-" + term(quote.suffix);
    return url;
}

}  // namespace factlens
