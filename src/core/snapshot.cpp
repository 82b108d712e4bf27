// Snapshots: every field of the model, written and read by one list per type (io() below),
// so the two directions cannot drift apart. When a field is added to model.h, add it to
// its io(); the size checks at the end of this file stop a native build that forgets.
#include "core/snapshot.h"

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace factlens {
namespace {

// [SECTION] The two archives ---------------------------------------------------------------

// Writes. Takes fields by reference like In, so that one io() serves both; it never
// changes them.
struct Out {
    std::string b;

    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            b.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        b.push_back(static_cast<char>(v));
    }
    void operator()(std::string& s) {
        varint(s.size());
        b.append(s);
    }
    void operator()(bool& v) { b.push_back(v ? 1 : 0); }
    void operator()(int& v) {
        const auto u = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
        varint((u << 1) ^ (v < 0 ? ~std::uint64_t{0} : 0));  // zigzag
    }
    void operator()(std::size_t& v) { varint(v == Quote::kNoHint ? 0 : std::uint64_t{v} + 1); }
    void operator()(double& v) {
        char raw[sizeof(double)];
        std::memcpy(raw, &v, sizeof raw);
        b.append(raw, sizeof raw);
    }
    template <class E>
        requires std::is_enum_v<E>
    void operator()(E& e) {
        varint(static_cast<std::uint64_t>(e));
    }
    template <class T> void operator()(std::optional<T>& o) {
        bool has = o.has_value();
        (*this)(has);
        if (has) (*this)(*o);
    }
    template <class T> void operator()(std::vector<T>& v) {
        std::size_t n = v.size();
        varint(n);
        for (T& x : v) (*this)(x);
    }
    template <class T>
        requires std::is_class_v<T>
    void operator()(T& x) {
        io(*this, x);
    }
};

// Reads, checking every length against what is left. After the first problem every read
// does nothing and `failed` holds.
struct In {
    std::string_view b;
    std::size_t at = 0;
    bool failed = false;
    std::string why;

    void fail(std::string what) {
        if (failed) return;
        failed = true;
        why = std::move(what) + " at byte " + std::to_string(at);
    }
    std::size_t left() const { return b.size() - at; }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; !failed; shift += 7) {
            if (at >= b.size() || shift > 63) {
                fail(at >= b.size() ? "it ends early" : "a number is too long");
                break;
            }
            const auto c = static_cast<unsigned char>(b[at++]);
            v |= std::uint64_t{c & 0x7fu} << shift;
            if (!(c & 0x80)) return v;
        }
        return 0;
    }
    // A count of things that take at least one byte each: never more than what is left.
    std::size_t count() {
        const std::uint64_t n = varint();
        if (n > left()) {
            fail("a count is larger than the data");
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    void operator()(std::string& s) {
        const std::size_t n = count();
        if (failed) return;
        s.assign(b.data() + at, n);
        at += n;
    }
    void operator()(bool& v) {
        const std::uint64_t x = varint();
        if (x > 1) fail("a flag is neither 0 nor 1");
        v = x == 1;
    }
    void operator()(int& v) {
        const std::uint64_t z = varint();
        const auto x = static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
        if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max()) fail("a number is out of range");
        v = static_cast<int>(x);
    }
    void operator()(std::size_t& v) {
        const std::uint64_t x = varint();
        if (x == 0) {
            v = Quote::kNoHint;
        } else if (x - 1 > std::numeric_limits<std::size_t>::max()) {
            fail("an offset is out of range");
        } else {
            v = static_cast<std::size_t>(x - 1);
        }
    }
    void operator()(double& v) {
        if (failed) return;
        if (left() < sizeof(double)) {
            fail("it ends early");
            return;
        }
        std::memcpy(&v, b.data() + at, sizeof(double));
        at += sizeof(double);
    }
    template <class E>
        requires std::is_enum_v<E>
    void operator()(E& e) {
        const std::uint64_t x = varint();
        if (x > static_cast<std::uint64_t>(last_of(E{}))) fail("an unknown kind");
        e = static_cast<E>(x);
    }
    template <class T> void operator()(std::optional<T>& o) {
        bool has = false;
        (*this)(has);
        if (!has || failed) return;
        o.emplace();
        (*this)(*o);
    }
    template <class T> void operator()(std::vector<T>& v) {
        const std::size_t n = count();
        v.clear();
        v.reserve(n);
        for (std::size_t i = 0; i < n && !failed; ++i) (*this)(v.emplace_back());
    }
    template <class T>
        requires std::is_class_v<T>
    void operator()(T& x) {
        io(*this, x);
    }

    // The largest value of each enum of the model: a byte past it is damage.
    static constexpr Precision last_of(Precision) { return Precision::Day; }
    static constexpr Qualifier last_of(Qualifier) { return Qualifier::Under; }
    static constexpr SourceKind last_of(SourceKind) { return SourceKind::Summary; }
    static constexpr ClaimKind last_of(ClaimKind) { return ClaimKind::Statement; }
    static constexpr FindingKind last_of(FindingKind) { return FindingKind::Update; }
    static constexpr Severity last_of(Severity) { return Severity::Contradiction; }
};

// [SECTION] Every field of every type, in one order -------------------------------------------

template <class A, class... F> void fields(A& a, F&... f) { (a(f), ...); }

template <class A> void io(A& a, Date& d) { fields(a, d.year, d.month, d.day, d.precision); }
template <class A> void io(A& a, DateResolution& r) { fields(a, r.ok, r.date, r.reasoning); }
template <class A> void io(A& a, Quantity& q) {
    fields(a, q.low_text, q.high_text, q.low, q.high, q.decimals, q.scale, q.unit, q.counts, q.qualifier, q.of);
}
template <class A> void io(A& a, Quote& q) { fields(a, q.exact, q.prefix, q.suffix, q.start, q.end, q.hint); }
template <class A> void io(A& a, CitedQuote& q) { fields(a, q.source, q.quote); }
template <class A> void io(A& a, DatedBy& d) { fields(a, d.source, d.quote, d.expression, d.resolved); }
template <class A> void io(A& a, Source& s) {
    fields(a, s.id, s.outlet, s.outlet_inferred, s.outlet_evidence, s.outlet_reason, s.kind, s.derived_from, s.published,
           s.published_evidence, s.published_reason, s.title, s.text, s.text_file, s.url);
}
template <class A> void io(A& a, Report& r) { fields(a, r.id, r.outlet, r.label, r.is_event, r.stated_date, r.dated_by); }
template <class A> void io(A& a, Rate& r) {
    fields(a, r.id, r.base, r.quote_currency, r.rate, r.rate_text, r.source, r.quote);
}
template <class A> void io(A& a, Claim& c) {
    fields(a, c.id, c.kind, c.subject, c.measure, c.value, c.period, c.report, c.event, c.part_of, c.peer);
}
template <class A> void io(A& a, Mention& m) {
    fields(a, m.source, m.claim, m.quote, m.value, m.converted, m.period, m.period_resolved, m.scope, m.attribution,
           m.actor, m.spelling, m.stance);
}
template <class A> void io(A& a, Finding& f) {
    fields(a, f.id, f.kind, f.claim, f.agrees, f.detail, f.severity, f.reason, f.mentions, f.sources, f.credits);
}

// The corpus in sections, so reading can stop between records.
enum Section { Header, Sources, Reports, Rates, Claims, Mentions, Findings, Done };

void header(Out& out, Corpus& c) {
    out.b.append(kSnapshotMagic);
    int version = kSnapshotVersion;
    fields(out, version, c.version, c.id, c.title);
}

}  // namespace

std::string encode_snapshot(const Corpus& corpus) {
    Out out;
    Corpus& c = const_cast<Corpus&>(corpus);  // Out only reads (see Out)
    header(out, c);
    fields(out, c.sources, c.reports, c.rates, c.claims, c.mentions, c.findings);
    return std::move(out.b);
}

// [SECTION] Reading in steps ----------------------------------------------------------------

struct SnapshotRead::State {
    std::string bytes;
    std::string file_name;
    In in;
    Corpus corpus;
    int section = Header;
    std::size_t remaining = 0;  // records of the current section still to read
    bool counted = false;       // the current section's count has been read
    CorpusLoad result;
    bool finished = false;
};

SnapshotRead::SnapshotRead(std::string bytes, std::string file_name) : state_(std::make_unique<State>()) {
    state_->bytes = std::move(bytes);
    state_->file_name = std::move(file_name);
    state_->in.b = state_->bytes;
}
SnapshotRead::~SnapshotRead() = default;
SnapshotRead::SnapshotRead(SnapshotRead&&) noexcept = default;
SnapshotRead& SnapshotRead::operator=(SnapshotRead&&) noexcept = default;

namespace {

// Reads up to `budget` records of `list`; true when the section is complete.
template <class T> bool read_some(In& in, std::vector<T>& list, std::size_t& remaining, bool& counted, std::size_t& budget) {
    if (!counted) {
        remaining = in.count();
        list.reserve(remaining);
        counted = true;
    }
    while (remaining > 0 && budget > 0 && !in.failed) {
        in(list.emplace_back());
        --remaining;
        --budget;
    }
    return remaining == 0 || in.failed;
}

// What the views index with must be in range, whatever the bytes said: every finding's
// mentions, and every anchored quote inside its source's text.
void check_references(In& in, const Corpus& c) {
    for (const Finding& f : c.findings)
        for (std::size_t m : f.mentions)
            if (m >= c.mentions.size()) in.fail("a finding names mention " + std::to_string(m) + " of " + std::to_string(c.mentions.size()));
    std::unordered_map<std::string_view, std::size_t> text_size;
    for (const Source& s : c.sources) text_size.emplace(s.id, s.text.size());
    auto quote = [&](const std::string& source, const Quote& q) {
        const auto it = text_size.find(source);
        const std::size_t size = it == text_size.end() ? 0 : it->second;
        if (q.start > q.end || q.end > size) in.fail("a quote of '" + source + "' lies outside its text");
    };
    for (const Mention& m : c.mentions) quote(m.source, m.quote);
    for (const Rate& r : c.rates)
        if (!r.source.empty()) quote(r.source, r.quote);
    for (const Report& r : c.reports)
        for (const DatedBy& d : r.dated_by) quote(d.source, d.quote);
    for (const Source& s : c.sources) {
        for (const CitedQuote& q : s.outlet_evidence) quote(q.source, q.quote);
        for (const CitedQuote& q : s.published_evidence) quote(q.source, q.quote);
    }
}

}  // namespace

bool SnapshotRead::step(std::size_t records) {
    State& st = *state_;
    if (st.finished) return true;
    In& in = st.in;
    Corpus& c = st.corpus;
    std::size_t budget = std::max<std::size_t>(records, 1);
    while (budget > 0 && st.section != Done && !in.failed) {
        bool complete = true;
        switch (st.section) {
            case Header: {
                int version = 0;
                if (!in.b.starts_with(kSnapshotMagic)) {
                    in.fail("it is not a factlens snapshot");
                    break;
                }
                in.at = kSnapshotMagic.size();
                in(version);
                if (!in.failed && version != kSnapshotVersion)
                    in.fail("it is a snapshot of version " + std::to_string(version) + ", not " + std::to_string(kSnapshotVersion));
                fields(in, c.version, c.id, c.title);
                break;
            }
            case Sources: complete = read_some(in, c.sources, st.remaining, st.counted, budget); break;
            case Reports: complete = read_some(in, c.reports, st.remaining, st.counted, budget); break;
            case Rates: complete = read_some(in, c.rates, st.remaining, st.counted, budget); break;
            case Claims: complete = read_some(in, c.claims, st.remaining, st.counted, budget); break;
            case Mentions: complete = read_some(in, c.mentions, st.remaining, st.counted, budget); break;
            case Findings: complete = read_some(in, c.findings, st.remaining, st.counted, budget); break;
            default: break;
        }
        if (complete) {
            ++st.section;
            st.counted = false;
        }
    }
    if (!in.failed && st.section == Done && in.at != in.b.size()) in.fail("there are bytes after the story");
    if (!in.failed && st.section == Done) check_references(in, c);
    if (in.failed || st.section == Done) {
        if (in.failed) {
            st.result.errors.push_back(Diagnostic{st.file_name, "", 0, 0, "the story could not be read from the worker's answer: " + in.why});
        } else {
            st.result.corpus = std::move(st.corpus);
        }
        st.bytes = std::string();
        st.in.b = {};
        st.finished = true;
    }
    return st.finished;
}

CorpusLoad SnapshotRead::take() {
    while (!step(std::numeric_limits<std::size_t>::max())) {}
    return std::move(state_->result);
}

CorpusLoad decode_snapshot(std::string bytes, const std::string& file_name) {
    return SnapshotRead(std::move(bytes), file_name).take();
}

// [SECTION] A field added to the model and not to io() -----------------------------------
// The sizes of the model's types on 64-bit Linux with libstdc++ (the native build and the
// fuzzers). A new field changes one: add it to its io() above, then update the size here.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Date) == 16, "Date changed: update io(Date) in snapshot.cpp");
static_assert(sizeof(DateResolution) == 56, "DateResolution changed: update its io() in snapshot.cpp");
static_assert(sizeof(Quantity) == 224, "Quantity changed: update io(Quantity) in snapshot.cpp");
static_assert(sizeof(Quote) == 120, "Quote changed: update io(Quote) in snapshot.cpp");
static_assert(sizeof(CitedQuote) == 152, "CitedQuote changed: update its io() in snapshot.cpp");
static_assert(sizeof(DatedBy) == 240, "DatedBy changed: update io(DatedBy) in snapshot.cpp");
static_assert(sizeof(Source) == 368, "Source changed: update io(Source) in snapshot.cpp");
static_assert(sizeof(Report) == 144, "Report changed: update io(Report) in snapshot.cpp");
static_assert(sizeof(Rate) == 288, "Rate changed: update io(Rate) in snapshot.cpp");
static_assert(sizeof(Claim) == 472, "Claim changed: update io(Claim) in snapshot.cpp");
static_assert(sizeof(Mention) == 896, "Mention changed: update io(Mention) in snapshot.cpp");
static_assert(sizeof(Finding) == 224, "Finding changed: update io(Finding) in snapshot.cpp");
static_assert(sizeof(Corpus) == 216, "Corpus changed: update encode_snapshot and SnapshotRead in snapshot.cpp");
#endif

}  // namespace factlens
