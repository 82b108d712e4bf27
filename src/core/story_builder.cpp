// [SECTION] Checking and cleaning input
// [SECTION] Quotes and context words
// [SECTION] Grouping figures, dates and names into claims
// [SECTION] build_story()
#include "core/story_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/analysis.h"
#include "core/extract.h"
#include "core/text.h"

namespace factlens {

// ---------------------------------------------------------------------------------
// [SECTION] Checking and cleaning input
// ---------------------------------------------------------------------------------
std::string article_problem(std::string_view bytes) {
    if (trim(bytes).empty()) return "empty: no text in it";
    if (bytes.size() > kMaxArticleBytes)
        return "too large: " + std::to_string(bytes.size() >> 20) + " MiB (an article is at most " +
               std::to_string(kMaxArticleBytes >> 20) + " MiB)";
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return "binary, not text (a NUL byte at offset " + std::to_string(nul) + ")";
    if (auto bad = find_invalid_utf8(bytes)) {
        const LinePos at = line_pos_at(bytes, *bad);
        return "not UTF-8 text (a bad byte at line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ")";
    }
    return {};
}

std::string html_to_text(std::string_view html) {
    std::string out;
    out.reserve(html.size() / 2);
    auto lower_eq = [&](std::size_t at, std::string_view word) {
        if (at + word.size() > html.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if ((html[at + k] | 0x20) != word[k]) return false;
        return true;
    };
    static constexpr std::string_view kBlocks[] = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                                                   "article", "header", "footer", "blockquote", "ul", "ol", "table", "title"};
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '<') {
            // Skip script, style and comments whole.
            if (html.substr(i, 4) == "<!--") {
                const auto e = html.find("-->", i + 4);
                i = e == std::string_view::npos ? html.size() : e + 3;
                continue;
            }
            for (std::string_view skip : {"script", "style", "noscript"}) {
                if (lower_eq(i + 1, skip)) {
                    const std::string close = "</" + std::string(skip);
                    std::size_t e = i;
                    while ((e = html.find('<', e + 1)) != std::string_view::npos && !lower_eq(e, close)) {}
                    i = e == std::string_view::npos ? html.size() : e;
                    break;
                }
            }
            const std::size_t name_at = i + 1 + (i + 1 < html.size() && html[i + 1] == '/' ? 1 : 0);
            for (std::string_view b : kBlocks) {
                if (lower_eq(name_at, b) && name_at + b.size() < html.size() &&
                    (html[name_at + b.size()] == '>' || html[name_at + b.size()] == ' ' || html[name_at + b.size()] == '/')) {
                    if (!out.empty() && out.back() != '\n') out += '\n';
                    if (b == "p" || b[0] == 'h') out += '\n';
                    break;
                }
            }
            const auto e = html.find('>', i);
            i = e == std::string_view::npos ? html.size() : e + 1;
            continue;
        }
        if (c == '&') {
            struct E { std::string_view name, text; };
            static constexpr E kEntities[] = {{"&amp;", "&"},      {"&lt;", "<"},       {"&gt;", ">"},       {"&quot;", "\""},
                                              {"&#39;", "'"},      {"&apos;", "'"},     {"&nbsp;", " "},     {"&rsquo;", "\u2019"},
                                              {"&lsquo;", "\u2018"}, {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"}, {"&ndash;", "\u2013"},
                                              {"&mdash;", "\u2014"}, {"&euro;", "\u20AC"}, {"&pound;", "\u00A3"}, {"&yen;", "\u00A5"}};
            bool done = false;
            for (const E& e : kEntities)
                if (html.substr(i, e.name.size()) == e.name) {
                    out += e.text;
                    i += e.name.size();
                    done = true;
                    break;
                }
            if (done) continue;
            // Numeric entities: &#8217; &#x2019;
            if (i + 2 < html.size() && html[i + 1] == '#') {
                std::size_t k = i + 2;
                const bool hexa = k < html.size() && (html[k] == 'x' || html[k] == 'X');
                if (hexa) ++k;
                unsigned long cp = 0;
                const std::size_t digits_at = k;
                while (k < html.size() && k - digits_at < 7 && std::isxdigit(static_cast<unsigned char>(html[k]))) {
                    const char d = html[k];
                    if (!hexa && !std::isdigit(static_cast<unsigned char>(d))) break;
                    cp = cp * (hexa ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(d)) ? d - '0' : (d | 0x20) - 'a' + 10);
                    ++k;
                }
                if (k < html.size() && html[k] == ';' && k > digits_at && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    if (cp < 0x80) out += static_cast<char>(cp);
                    else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
                    else if (cp < 0x10000)
                        out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                            out += static_cast<char>(0x80 | (cp & 0x3F));
                    else
                        out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
                    i = k + 1;
                    continue;
                }
            }
        }
        // Collapse white space inside text runs; line breaks come from the block tags.
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
            ++i;
            continue;
        }
        out += c;
        ++i;
    }
    // Trim trailing spaces on lines and fold blank lines to one.
    std::string clean;
    std::size_t blank = 0;
    std::size_t start = 0;
    while (start <= out.size()) {
        std::size_t nl = out.find('\n', start);
        if (nl == std::string::npos) nl = out.size();
        const std::string_view line = trim(std::string_view(out).substr(start, nl - start));
        if (line.empty()) {
            if (!clean.empty() && ++blank == 1) clean += '\n';
        } else {
            blank = 0;
            clean += line;
            clean += '\n';
        }
        start = nl + 1;
    }
    while (!clean.empty() && clean.back() == '\n') clean.pop_back();
    return clean;
}

std::string slug(std::string_view name, std::size_t max_len) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) out += c;
        else if (u >= 'A' && u <= 'Z') out += static_cast<char>(u | 0x20);
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= max_len) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "item" : out;
}

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] Quotes and context words
// ---------------------------------------------------------------------------------
// A quote for bytes [start, end) of text, with prefix/suffix only when the words occur
// more than once (then up to 32 bytes, cut at character boundaries).
Quote quote_for(std::string_view text, std::size_t start, std::size_t end) {
    Quote q;
    q.exact = std::string(text.substr(start, end - start));
    q.start = start;
    q.end = end;
    const std::size_t first = text.find(q.exact);
    if (first == start && text.find(q.exact, start + 1) == std::string_view::npos) return q;
    std::size_t a = start >= 32 ? start - 32 : 0;
    while (a < start && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) ++a;
    std::size_t b = std::min(text.size(), end + 32);
    while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    q.prefix = std::string(text.substr(a, start - a));
    q.suffix = std::string(text.substr(end, b - end));
    return q;
}

bool stop_word(std::string_view w) {
    static const std::set<std::string, std::less<>> kStop = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "its", "it", "is", "was", "will", "be", "by",
        "with", "as", "that", "this", "has", "have", "had", "from", "than", "more", "over", "about", "said", "which", "also"};
    return kStop.count(w) > 0;
}

// Lower-case content words within `radius` bytes after (and a few before) an item: what
// the figure is about ("for capital expenditure this year").
std::vector<std::string> context_words(std::string_view text, std::size_t start, std::size_t end) {
    std::vector<std::string> out;
    auto take = [&](std::size_t a, std::size_t b, std::size_t limit) {
        std::string w;
        std::size_t taken = 0;
        for (std::size_t i = a; i <= b && i <= text.size() && taken < limit; ++i) {
            const char c = i < b ? text[i] : ' ';
            if (c == '.' || c == '\n' || c == ';') break;
            if (std::isalpha(static_cast<unsigned char>(c))) {
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else if (!w.empty()) {
                if (w.size() > 2 && !stop_word(w)) {
                    out.push_back(w);
                    ++taken;
                }
                w.clear();
            }
        }
    };
    take(end, std::min(text.size(), end + 80), 5);
    const std::size_t before = start >= 50 ? start - 50 : 0;
    take(before, start, 4);
    return out;
}

// The measure a figure is about, in the source's words: what follows it in its clause.
std::string measure_words(std::string_view text, std::size_t end) {
    std::size_t b = end;
    std::size_t words = 0;
    while (b < text.size() && b < end + 70) {
        const char c = text[b];
        if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '(' || c == ')') break;
        if (c == ' ' && ++words > 7) break;
        ++b;
    }
    std::string m(trim(text.substr(end, b - end)));
    return m.empty() ? "figure" : m;
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    if (sa.empty() || sb.empty()) return 0;
    std::size_t common = 0;
    for (const auto& w : sa) common += sb.count(w);
    return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

// ---------------------------------------------------------------------------------
// [SECTION] Grouping figures, dates and names into claims
// ---------------------------------------------------------------------------------
struct Item {
    std::size_t source;  // index into corpus.sources
    Extracted e;
    std::vector<std::string> context;
    double usd = 0;  // money: the value in USD (0 when it cannot be converted)
};

struct Group {
    std::vector<std::size_t> items;
};

// Byte offset where the sentence holding `at` starts.
std::size_t sentence_start(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i > 0) {
        const char c = text[i - 1];
        if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i < text.size() && text[i] == ' ' &&
                          !(i >= 3 && text[i - 3] == '.')))  // not the end of "U.S."
            break;
        --i;
    }
    while (i < at && text[i] == ' ') ++i;
    return i;
}

// The sentence around bytes [start, end), cut to a readable length: a label made of the
// source's own words.
std::string sentence_words(std::string_view text, std::size_t start, std::size_t end) {
    const std::size_t a = sentence_start(text, start);
    std::size_t b = end;
    while (b < text.size() && text[b] != '\n' && !((text[b] == '.' || text[b] == '?' || text[b] == '!') &&
                                                    (b + 1 >= text.size() || text[b + 1] == ' ' || text[b + 1] == '\n')))
        ++b;
    return clip_code_points(trim(text.substr(a, b - a)), 90);
}

std::string subject_for(const std::vector<Item>& items, const Item& it, std::string_view text) {
    // The first name in the figure's sentence (its subject, most often), else the nearest
    // name before it, else the source's most named.
    const std::size_t from = sentence_start(text, it.e.start);
    std::string best;
    std::size_t best_pos = 0;
    std::map<std::string, int> counts;
    for (const Item& o : items) {
        if (o.source != it.source || o.e.kind != ItemKind::Name) continue;
        ++counts[o.e.text];
        if (o.e.start >= from && o.e.end <= it.e.start) return o.e.text;
        if (o.e.end <= it.e.start && o.e.end >= best_pos && it.e.start - o.e.end < 200) {
            best = o.e.text;
            best_pos = o.e.end;
        }
    }
    if (!best.empty()) return best;
    int top = 0;
    for (const auto& [name, n] : counts)
        if (n > top) top = n, best = name;
    return best.empty() ? "the story" : best;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] build_story()
// ---------------------------------------------------------------------------------
struct StoryBuild::State {
    Corpus corpus;
    std::vector<Item> items;
    std::size_t next_source = 0;
    bool finished = false;
};

StoryBuild::StoryBuild(const std::vector<Article>& articles, const BuildOptions& options) : state_(std::make_unique<State>()) {
    Corpus& corpus = state_->corpus;
    corpus.id = slug(options.id);
    corpus.title = options.title;

    // Sources, with a date given, or found in the text, or none.
    std::set<std::string> ids;
    for (const Article& a : articles) {
        Source s;
        std::string id = slug(a.name);
        for (int n = 2; ids.count(id); ++n) id = slug(a.name) + "-" + std::to_string(n);
        ids.insert(id);
        s.id = id;
        s.kind = SourceKind::Unknown;
        s.text = a.text;
        if (a.date) {
            s.published = a.date;
            s.published_reason = "the date given for it";
        } else if (auto found = find_article_date(a.text)) {
            s.published = found;
            s.published_reason = "the first full date in its text";
        }
        corpus.sources.push_back(std::move(s));
    }
}

StoryBuild::~StoryBuild() = default;
StoryBuild::StoryBuild(StoryBuild&&) noexcept = default;
StoryBuild& StoryBuild::operator=(StoryBuild&&) noexcept = default;

namespace {
void group(Corpus& corpus, std::vector<Item>& items);
}  // namespace

float StoryBuild::progress() const {
    const std::size_t n = state_->corpus.sources.size();
    if (state_->finished || n == 0) return 1.0f;
    return 0.95f * static_cast<float>(state_->next_source) / static_cast<float>(n);
}

bool StoryBuild::step() {
    State& st = *state_;
    if (st.finished) return true;
    // One source's extraction per step, anchored on its date; then the grouping.
    if (st.next_source < st.corpus.sources.size()) {
        const std::size_t si = st.next_source++;
        const Source& s = st.corpus.sources[si];
        for (Extracted& e : extract(s.text, s.published)) {
            Item it{si, std::move(e), {}, 0};
            it.context = context_words(s.text, it.e.start, it.e.end);
            st.items.push_back(std::move(it));
        }
        return false;
    }
    group(st.corpus, st.items);
    st.finished = true;
    return true;
}

Corpus StoryBuild::take() {
    while (!step()) {}
    return std::move(state_->corpus);
}

Corpus build_story(const std::vector<Article>& articles, const BuildOptions& options) {
    return StoryBuild(articles, options).take();
}

namespace {

// Rates, claims, reports and name claims from the extracted items; then the findings.
void group(Corpus& corpus, std::vector<Item>& items) {
    // Stated exchange rates become the corpus's rates (one per currency pair).
    for (const Item& it : items) {
        if (it.e.kind != ItemKind::Rate) continue;
        const Source& s = corpus.sources[it.source];
        if (find_rate(corpus, it.e.value.unit, it.e.rate_currency)) continue;
        Rate r;
        r.id = "rate-" + slug(it.e.value.unit + "-" + it.e.rate_currency);
        r.base = it.e.value.unit;
        r.quote_currency = it.e.rate_currency;
        r.rate = it.e.rate;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", it.e.rate);
        r.rate_text = buf;
        r.source = s.id;
        r.quote = quote_for(s.text, it.e.start, it.e.end);
        corpus.rates.push_back(std::move(r));
    }
    for (Item& it : items)
        if (it.e.kind == ItemKind::Money) it.usd = money_value(corpus, it.e.value, "USD").value_or(0);

    std::set<std::string> claim_ids;
    auto claim_id = [&](const std::string& base) {
        std::string id = slug(base, 48);
        for (int n = 2; claim_ids.count(id); ++n) id = slug(base, 44) + "-" + std::to_string(n);
        claim_ids.insert(id);
        return id;
    };
    auto add_mention = [&](const Item& it, const std::string& claim) {
        const Source& s = corpus.sources[it.source];
        Mention m;
        m.source = s.id;
        m.claim = claim;
        m.quote = quote_for(s.text, it.e.start, it.e.end);
        if (it.e.kind == ItemKind::Money || it.e.kind == ItemKind::Number || it.e.kind == ItemKind::Percent ||
            it.e.kind == ItemKind::Fraction)
            m.value = it.e.value;
        m.converted = it.e.converted;
        if (it.e.kind == ItemKind::Name) m.spelling = it.e.text;
        corpus.mentions.push_back(std::move(m));
    };

    // Figures: the same value (within rounding, or one satisfying the other's qualifier)
    // is one claim; so is a figure whose surrounding words match another's closely.
    for (ItemKind kind : {ItemKind::Money, ItemKind::Number, ItemKind::Percent, ItemKind::Fraction}) {
        std::vector<Group> groups;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& it = items[i];
            if (it.e.kind != kind) continue;
            const double v = kind == ItemKind::Money ? it.usd : it.e.value.mid();
            if (kind == ItemKind::Money && v <= 0) continue;
            bool placed = false;
            for (Group& g : groups) {
                const Item& head = items[g.items.front()];
                const double hv = kind == ItemKind::Money ? head.usd : head.e.value.mid();
                const double tol = std::max(hv * 0.015, 1e-9);
                const bool same_value = std::fabs(hv - v) <= tol && ((kind != ItemKind::Number && kind != ItemKind::Fraction) || jaccard(head.context, it.context) > 0.1 ||
                                                                      head.e.value.counts == it.e.value.counts);
                const bool same_words = jaccard(head.context, it.context) >= 0.5 && std::fabs(hv - v) <= 0.5 * std::max(hv, v);
                if (same_value || same_words) {
                    g.items.push_back(i);
                    placed = true;
                    break;
                }
            }
            if (!placed) groups.push_back({{i}});
        }
        for (const Group& g : groups) {
            const Item& head = items[g.items.front()];
            // A figure only one source states once is still a claim: it may be checked.
            Claim c;
            c.kind = kind == ItemKind::Money ? ClaimKind::Money : kind == ItemKind::Number ? ClaimKind::Count
                   : kind == ItemKind::Percent ? ClaimKind::Percent : ClaimKind::Fraction;
            const std::string_view text = corpus.sources[head.source].text;
            c.subject = subject_for(items, head, text);
            c.measure = kind == ItemKind::Number && !head.e.value.counts.empty() ? head.e.value.counts : measure_words(text, head.e.end);
            c.value = head.e.value;
            c.id = claim_id(std::string(item_kind_name(kind)) + "-" + head.e.value.display() + "-" + c.measure.substr(0, 24));
            corpus.claims.push_back(c);
            for (std::size_t i : g.items) add_mention(items[i], c.id);
        }
    }

    // Dates: each resolved date is a report (an outlet named near it) or an event; every
    // source that dates it is a dating with its words.
    std::map<std::string, std::size_t> report_of_date;
    for (const Item& it : items) {
        if (it.e.kind != ItemKind::Date || !it.e.date.ok) continue;
        // A bare year is a period, not an event on a timeline.
        if (it.e.date.date.precision == Precision::Year) continue;
        const std::string key = it.e.date.date.iso();
        const Source& s = corpus.sources[it.source];
        // The outlet: a name the extractor took for an outlet, in the same sentence.
        std::string outlet;
        for (const Item& o : items)
            if (o.source == it.source && o.e.kind == ItemKind::Name && o.e.name_kind == "outlet" &&
                (o.e.start > it.e.end ? o.e.start - it.e.end : it.e.start - o.e.end) < 60)
                outlet = o.e.text;
        auto found = report_of_date.find(key + "|" + outlet);
        if (found == report_of_date.end()) {
            Report r;
            r.is_event = outlet.empty();
            r.outlet = outlet;
            r.label = outlet.empty() ? sentence_words(s.text, it.e.start, it.e.end) : outlet + " report";
            r.id = claim_id((outlet.empty() ? "event-" : "report-" + outlet + "-") + key);
            found = report_of_date.emplace(key + "|" + outlet, corpus.reports.size()).first;
            corpus.reports.push_back(std::move(r));
        }
        DatedBy d;
        d.source = s.id;
        d.quote = quote_for(s.text, it.e.start, it.e.end);
        d.expression = it.e.text;
        corpus.reports[found->second].dated_by.push_back(std::move(d));
    }

    // Names: spellings of one entity across sources become one name claim, when the
    // entity appears in at least two sources (so a spelling difference can show).
    std::vector<Group> entities;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].e.kind != ItemKind::Name) continue;
        bool placed = false;
        for (Group& g : entities)
            if (same_entity(items[g.items.front()].e.text, items[i].e.text)) {
                g.items.push_back(i);
                placed = true;
                break;
            }
        if (!placed) entities.push_back({{i}});
    }
    for (const Group& g : entities) {
        std::set<std::size_t> sources;
        std::map<std::string, int> spellings;
        for (std::size_t i : g.items) {
            sources.insert(items[i].source);
            ++spellings[items[i].e.text];
        }
        if (sources.size() < 2) continue;
        std::string canonical;
        int top = 0;
        for (const auto& [sp, n] : spellings)
            if (n > top) top = n, canonical = sp;
        Claim c;
        c.kind = ClaimKind::Name;
        c.subject = canonical;
        c.measure = items[g.items.front()].e.name_kind;
        c.id = claim_id("name-" + canonical);
        corpus.claims.push_back(c);
        // One mention per source and spelling (the first place it is written that way).
        std::set<std::pair<std::size_t, std::string>> seen;
        for (std::size_t i : g.items)
            if (seen.insert({items[i].source, items[i].e.text}).second) add_mention(items[i], c.id);
    }

    analyse(corpus);
}

}  // namespace

}  // namespace factlens
