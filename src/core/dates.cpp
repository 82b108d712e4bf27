// [SECTION] Calendar arithmetic
// [SECTION] Date
// [SECTION] Resolving date words
#include "core/dates.h"

#include "core/lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <vector>

namespace factlens {

// ---------------------------------------------------------------------------------
// [SECTION] Calendar arithmetic
// ---------------------------------------------------------------------------------
// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), Precision::Day};
}

int weekday_of(long days) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const long w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}


// ---------------------------------------------------------------------------------
// [SECTION] Date
// ---------------------------------------------------------------------------------
std::string_view precision_name(Precision p) {
    switch (p) {
        case Precision::None: return "none";
        case Precision::Year: return "year";
        case Precision::Quarter: return "quarter";
        case Precision::Month: return "month";
        case Precision::Week: return "week";
        case Precision::Day: return "day";
    }
    return "none";
}

std::string Date::iso() const {
    char buf[32];
    // Years 0-9999 are written by hand (this runs for every date item); others by snprintf.
    const bool plain = year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99;
    auto put4 = [&](int v, char* p) { p[0] = char('0' + v / 1000), p[1] = char('0' + v / 100 % 10), p[2] = char('0' + v / 10 % 10), p[3] = char('0' + v % 10); };
    auto put2 = [&](int v, char* p) { p[0] = char('0' + v / 10), p[1] = char('0' + v % 10); };
    switch (precision) {
        case Precision::None: return "";
        case Precision::Year:
            if (!plain) break;
            put4(year, buf);
            return std::string(buf, 4);
        case Precision::Quarter: std::snprintf(buf, sizeof buf, "%04d-Q%d", year, (month - 1) / 3 + 1); return buf;
        case Precision::Month:
            if (!plain) break;
            put4(year, buf), buf[4] = '-', put2(month, buf + 5);
            return std::string(buf, 7);
        case Precision::Week: {
            // ISO week: the week with the year's first Thursday is week 1.
            const long monday = days_from_civil(year, month, day);
            const Date thursday = civil_from_days(monday + 3);
            const long jan1 = days_from_civil(thursday.year, 1, 1);
            const int week = static_cast<int>((monday + 3 - jan1) / 7 + 1);
            std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, week);
            return buf;
        }
        case Precision::Day:
            if (!plain) break;
            put4(year, buf), buf[4] = '-', put2(month, buf + 5), buf[7] = '-', put2(day, buf + 8);
            return std::string(buf, 10);
    }
    switch (precision) {
        case Precision::Year: std::snprintf(buf, sizeof buf, "%04d", year); break;
        case Precision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
        case Precision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
        default: return "";
    }
    return buf;
}

std::string Date::display() const {
    if (precision != Precision::Day) return iso();
    return std::string(lexicon::weekday_short(weekday_of(first_day()))) + " " + iso();
}

long Date::first_day() const {
    switch (precision) {
        case Precision::None:
        case Precision::Year: return days_from_civil(year, 1, 1);
        case Precision::Quarter: return days_from_civil(year, ((month - 1) / 3) * 3 + 1, 1);
        case Precision::Month: return days_from_civil(year, month, 1);
        case Precision::Week:
        case Precision::Day: return days_from_civil(year, month, day);
    }
    return 0;
}

long Date::last_day() const {
    switch (precision) {
        case Precision::None:
        case Precision::Year: return days_from_civil(year, 12, 31);
        case Precision::Quarter: {
            const int m = ((month - 1) / 3) * 3 + 3;
            return days_from_civil(year, m, days_in_month(year, m));
        }
        case Precision::Month: return days_from_civil(year, month, days_in_month(year, month));
        case Precision::Week: return days_from_civil(year, month, day) + 6;
        case Precision::Day: return days_from_civil(year, month, day);
    }
    return 0;
}

std::optional<Date> parse_iso_date(std::string_view t) {
    auto num = [&](std::size_t pos, std::size_t len, int& out) {
        if (pos + len > t.size()) return false;
        for (std::size_t i = pos; i < pos + len; ++i)
            if (t[i] < '0' || t[i] > '9') return false;
        std::from_chars(t.data() + pos, t.data() + pos + len, out);
        return true;
    };
    Date d;
    if (!num(0, 4, d.year)) return std::nullopt;
    if (t.size() == 4) {
        d.precision = Precision::Year;
        return d;
    }
    if (t.size() < 7 || t[4] != '-' || !num(5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
    if (t.size() == 7) {
        d.precision = Precision::Month;
        return d;
    }
    if (t.size() != 10 || t[7] != '-' || !num(8, 2, d.day) || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    d.precision = Precision::Day;
    return d;
}

// ---------------------------------------------------------------------------------
// [SECTION] Resolving date words
// ---------------------------------------------------------------------------------
namespace {

// Lower-case ASCII words and numbers; punctuation separates. Views into one lowered copy;
// a date phrase of a few words costs no allocation.
class Words {
public:
    explicit Words(std::string_view text) {
        char* buf = small_;
        if (text.size() > sizeof small_) {
            big_.resize(text.size());
            buf = big_.data();
        }
        std::size_t n = 0, start = 0;
        auto flush = [&] {
            if (n > start) push({buf + start, n - start});
            start = n;
        };
        for (char c : text) {
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum) buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            else flush();
        }
        flush();
    }
    Words(const Words&) = delete;  // the views point into this object
    Words& operator=(const Words&) = delete;
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::string_view operator[](std::size_t i) const { return count_ <= kSmall ? few_[i] : many_[i]; }

private:
    static constexpr std::size_t kSmall = 16;
    void push(std::string_view w) {
        if (count_ < kSmall) few_[count_] = w;
        else {
            if (count_ == kSmall) many_.assign(few_.begin(), few_.end());
            many_.push_back(w);
        }
        ++count_;
    }
    char small_[160];
    std::string big_;
    std::array<std::string_view, kSmall> few_{};
    std::vector<std::string_view> many_;
    std::size_t count_ = 0;
};

int month_index(std::string_view w) { return lexicon::month_number(w); }

int weekday_index(std::string_view w) { return lexicon::weekday_number(w); }

std::optional<int> number(std::string_view w) {
    if (w.empty() || w.size() > 4) return std::nullopt;
    int v = 0;
    const auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc() || p != w.data() + w.size()) return std::nullopt;
    return v;
}

std::optional<int> small_number(std::string_view w) {
    if (const int n = lexicon::unit_number(w); n >= 0) return n;
    if (const int n = lexicon::tens_number(w); n > 0) return n;
    if (w == "a") return 1;
    return number(w);
}

bool has(const Words& ws, std::string_view w) {
    for (std::size_t i = 0; i < ws.size(); ++i)
        if (ws[i] == w) return true;
    return false;
}

// "tuesday" -> "Tuesday", for reasoning a person reads.
std::string capitalised(std::string_view w) {
    std::string out(w);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string quoted(std::string_view words) { return "\u201C" + std::string(words) + "\u201D"; }

DateResolution fail(std::string_view words, std::string why) {
    DateResolution r;
    r.reasoning = quoted(words) + ": " + std::move(why);
    return r;
}

DateResolution done(std::string_view words, Date d, std::string why) {
    DateResolution r;
    r.ok = true;
    r.date = d;
    r.reasoning = quoted(words) + " \u2192 " + d.display() + ": " + std::move(why);
    return r;
}

Date month_date(int year, int month) { return Date{year, month, 0, Precision::Month}; }
Date year_date(int year) { return Date{year, 0, 0, Precision::Year}; }

bool at_least(const std::optional<Date>& a, Precision p) {
    return a && static_cast<int>(a->precision) >= static_cast<int>(p) &&
           !(a->precision == Precision::Week && p == Precision::Day) && !(a->precision == Precision::Quarter && p == Precision::Month);
}

std::string anchor_text(const Date& a) { return "the source's date " + a.display(); }

}  // namespace

DateResolution resolve_date_expression(std::string_view words, const std::optional<Date>& anchor) {
    const Words ws(words);
    if (ws.empty()) return fail(words, "no date words");

    const bool last = has(ws, "last") || has(ws, "previous") || has(ws, "past");
    const bool next = has(ws, "next") || has(ws, "coming") || has(ws, "following");

    // Find the pieces: a year, a month, a day of the month, a weekday.
    int year = 0, month = 0, day = 0, weekday = -1;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const std::string_view w = ws[i];
        if (auto n = number(w); n && w.size() == 4 && *n >= 1900 && *n <= 2200) year = *n;
        else if (int m = month_index(w)) month = m;
        else if (int wd = weekday_index(w); wd >= 0) weekday = wd;
    }
    // A day of the month next to the month: "January 21", "21 January", "Jan. 21st".
    if (month) {
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (month_index(ws[i]) != month) continue;
            for (std::size_t j : {i + 1, i - 1, i >= 2 && ws[i - 1] == "of" ? i - 2 : ws.size()}) {
                if (j >= ws.size()) continue;
                std::string_view w = ws[j];
                for (std::string_view suffix : {"st", "nd", "rd", "th"})
                    if (w.size() > 2 && w.ends_with(suffix)) w.remove_suffix(2);
                if (auto n = number(w); n && w.size() <= 2 && *n >= 1 && *n <= 31) {
                    day = *n;
                    break;
                }
            }
        }
    }

    // "fiscal year ended June 30": the fiscal year that ends on the most recent such day.
    if (has(ws, "fiscal") && month && day) {
        if (!year) {
            if (!at_least(anchor, Precision::Day) && !at_least(anchor, Precision::Month))
                return fail(words, "needs the source's date to know which year");
            const Date& a = *anchor;
            year = a.year;
            const bool after = a.precision == Precision::Day ? (month > a.month || (month == a.month && day > a.day))
                                                             : month >= a.month;
            if (after) --year;
        }
        if (day > days_in_month(year, month)) return fail(words, "no such day");
        const Date end{year, month, day, Precision::Day};
        return done(words, end,
                    "a fiscal year ending on " + end.iso() + (anchor ? ", the most recent such day before " + anchor_text(*anchor) : ""));
    }

    // An absolute date with a day: "January 23, 2025", "23 January 2025", "January 21".
    constexpr long kComingDays = 14;
    if (month && day) {
        if (year) {
            if (day > days_in_month(year, month)) return fail(words, "no such day");
            return done(words, Date{year, month, day, Precision::Day}, "the date as written");
        }
        if (!at_least(anchor, Precision::Month)) return fail(words, "needs the source's date to know the year");
        const Date& a = *anchor;
        int y = a.year;
        const bool ahead = a.precision == Precision::Day ? (month > a.month || (month == a.month && day > a.day))
                                                         : month > a.month;
        // A day up to two weeks after the source's day is coming ("listing on 24 November" in
        // an article of November 19), not the one of nearly a year before. Further ahead only
        // when the sentence speaks of the future (extract.cpp's date_at reads "next").
        if (!next && ahead && a.precision == Precision::Day && day <= days_in_month(y, month) &&
            days_from_civil(y, month, day) - a.first_day() <= kComingDays)
            return done(words, Date{y, month, day, Precision::Day},
                        "the coming " + capitalised(lexicon::month_name(month)) + " " + std::to_string(day) + ", " +
                            std::to_string(days_from_civil(y, month, day) - a.first_day()) + " days after " + anchor_text(a));
        if (next ? !ahead : ahead) y += next ? 1 : -1;
        if (day > days_in_month(y, month)) return fail(words, "no such day");
        return done(words, Date{y, month, day, Precision::Day},
                    std::string(next ? "the next " : "the most recent ") + capitalised(lexicon::month_name(month)) + " " +
                        std::to_string(day) + (next ? " after " : " on or before ") + anchor_text(a));
    }

    // A weekday: "on Tuesday", "last Monday", "Thursday (January 23)" was handled above.
    if (weekday >= 0) {
        if (!at_least(anchor, Precision::Day)) return fail(words, "a weekday needs the source's date to the day");
        const long a = anchor->first_day();
        const int aw = weekday_of(a);
        long back = (aw - weekday + 7) % 7;  // 0 when the same weekday: "on Thursday" in a Thursday report
        if (last && back == 0) back = 7;
        long day_number = a - back;
        std::string why = "the most recent " + capitalised(lexicon::weekday_name(weekday)) + " on or before " + anchor_text(*anchor);
        if (next) {
            long ahead = (weekday - aw + 7) % 7;
            if (ahead == 0) ahead = 7;
            day_number = a + ahead;
            why = "the next " + capitalised(lexicon::weekday_name(weekday)) + " after " + anchor_text(*anchor);
        } else if (has(ws, "this")) {
            // "this Friday": the one of this week still to come (or today)
            day_number = a + (weekday - aw + 7) % 7;
            why = "the coming " + capitalised(lexicon::weekday_name(weekday)) + " (or the day itself) from " + anchor_text(*anchor);
        }
        return done(words, civil_from_days(day_number), why);
    }

    // A quarter: "Q4", "Q4 2024", "the fourth quarter", "last quarter", "this quarter".
    int quarter = 0;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const std::string_view w = ws[i];
        if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') quarter = w[1] - '0';
        if (w == "quarter" && i > 0) {
            static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
            for (int k = 0; k < 4; ++k)
                if (ws[i - 1] == kOrdinals[k] || ws[i - 1] == std::string(1, static_cast<char>('1' + k)) + (k == 0 ? "st" : k == 1 ? "nd" : k == 2 ? "rd" : "th"))
                    quarter = k + 1;
            // "the last quarter of 2025", "the final quarter of 2024": its fourth.
            if ((ws[i - 1] == "last" || ws[i - 1] == "final") && year && i + 1 < ws.size() && ws[i + 1] == "of") quarter = 4;
            if (!quarter && (last || next || has(ws, "this") || has(ws, "current"))) {
                if (!at_least(anchor, Precision::Month) && !(anchor && anchor->precision == Precision::Quarter))
                    return fail(words, "needs the source's date to know which quarter");
                int q = (anchor->month - 1) / 3 + (last ? -1 : next ? 1 : 0);
                int y = anchor->year;
                if (q < 0) q += 4, --y;
                if (q > 3) q -= 4, ++y;
                return done(words, Date{y, q * 3 + 1, 0, Precision::Quarter},
                            std::string(last ? "the quarter before " : next ? "the quarter after " : "the quarter of ") + anchor_text(*anchor));
            }
        }
    }
    if (quarter) {
        if (year) return done(words, Date{year, (quarter - 1) * 3 + 1, 0, Precision::Quarter}, "the quarter as written");
        if (!at_least(anchor, Precision::Month)) return fail(words, "needs the source's date to know the year");
        int y = anchor->year;
        const int current = (anchor->month - 1) / 3 + 1;
        if (next ? quarter <= current : quarter > current) y += next ? 1 : -1;
        return done(words, Date{y, (quarter - 1) * 3 + 1, 0, Precision::Quarter},
                    std::string(next ? "the next " : "the most recent ") + "Q" + std::to_string(quarter) +
                        (next ? " after " : " on or before ") + anchor_text(*anchor));
    }

    // A month, with or without a year: "in December", "December last year", "last December".
    if (month) {
        if (year) return done(words, month_date(year, month), "the month as written");
        if (!at_least(anchor, Precision::Month)) {
            if (has(ws, "year") && last && anchor && anchor->precision == Precision::Year)
                return done(words, month_date(anchor->year - 1, month), "that month of the year before the source's year");
            return fail(words, "needs the source's month to know the year");
        }
        const Date& a = *anchor;
        if (has(ws, "year") && last)
            return done(words, month_date(a.year - 1, month),
                        capitalised(lexicon::month_name(month)) + " of the year before " + anchor_text(a));
        int y = a.year;
        if (next) {
            if (month <= a.month) ++y;
            return done(words, month_date(y, month), "the next " + capitalised(lexicon::month_name(month)) + " after " + anchor_text(a));
        }
        if (month > a.month || (last && month == a.month)) --y;
        return done(words, month_date(y, month),
                    "the most recent " + capitalised(lexicon::month_name(month)) + " on or before " + anchor_text(a));
    }

    // A year as a number: "2025", "in 2024", "early 2019", "since 2024".
    if (year) {
        // "2025/26", "2024-25": a year across two calendar years (a fiscal year, a season),
        // named by the year it ends in (as the extractor reads it).
        for (std::size_t k = 0; k + 7 <= words.size(); ++k) {
            auto digit = [&](std::size_t at) { return std::isdigit(static_cast<unsigned char>(words[at])) != 0; };
            if (!(digit(k) && digit(k + 1) && digit(k + 2) && digit(k + 3) && (words[k + 4] == '/' || words[k + 4] == '-') && digit(k + 5) &&
                  digit(k + 6) && (k + 7 == words.size() || !digit(k + 7)) && (k == 0 || !digit(k - 1))))
                continue;
            const int from = std::atoi(std::string(words.substr(k, 4)).c_str());
            if (from == year && std::atoi(std::string(words.substr(k + 5, 2)).c_str()) == (from + 1) % 100)
                return done(words, year_date(from + 1), "a year across two calendar years (a fiscal year, a season), named by the year it ends in");
        }
        std::string why = "the year as written";
        if (has(ws, "early")) why += " (early in the year)";
        if (has(ws, "late")) why += " (late in the year)";
        if (has(ws, "since")) why += " (since then)";
        if (has(ws, "by")) why += " (by then: a deadline)";
        return done(words, year_date(year), why);
    }

    // Words relative to the source's date.
    const bool says_year = has(ws, "year");
    const bool says_month = has(ws, "month");
    const bool says_week = has(ws, "week");
    if (says_year || says_month || says_week) {
        const bool current = has(ws, "this") || has(ws, "current") || has(ws, "same");
        if (!last && !next && !current) return fail(words, "no date in the words");
        const int step = last ? -1 : next ? 1 : 0;
        if (says_year) {
            if (!anchor) return fail(words, "needs the source's date");
            const std::string rel = step < 0 ? "the year before " : step > 0 ? "the year after " : "the year of ";
            return done(words, year_date(anchor->year + step), rel + anchor_text(*anchor));
        }
        if (says_month) {
            if (!at_least(anchor, Precision::Month)) return fail(words, "needs the source's month");
            int y = anchor->year, m = anchor->month + step;
            if (m < 1) m += 12, --y;
            if (m > 12) m -= 12, ++y;
            const std::string rel = step < 0 ? "the month before " : step > 0 ? "the month after " : "the month of ";
            return done(words, month_date(y, m), rel + anchor_text(*anchor));
        }
        if (!at_least(anchor, Precision::Day)) return fail(words, "a week needs the source's date to the day");
        const long a = anchor->first_day();
        const long monday = a - weekday_of(a) + 7L * step;
        Date w = civil_from_days(monday);
        w.precision = Precision::Week;
        const std::string rel = step < 0 ? "the week before " : step > 0 ? "the week after " : "the week of ";
        return done(words, w, rel + anchor_text(*anchor) + " (Monday to Sunday)");
    }

    // "three days ago", "two weeks ago"
    if (has(ws, "ago") && ws.size() >= 3) {
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            const auto n = small_number(ws[i]);
            if (!n) continue;
            const std::string_view unit = ws[i + 1];
            if (unit == "day" || unit == "days" || unit == "week" || unit == "weeks") {
                if (!at_least(anchor, Precision::Day)) return fail(words, "needs the source's date to the day");
                const long span = (unit[0] == 'w' ? 7L : 1L) * *n;
                Date d = civil_from_days(anchor->first_day() - span);
                if (unit[0] == 'w') {
                    d = civil_from_days(d.first_day() - weekday_of(d.first_day()));
                    d.precision = Precision::Week;
                }
                return done(words, d, std::to_string(*n) + " " + std::string(unit) + " before " + anchor_text(*anchor));
            }
            // "six years ago", "three months ago": the year (the month) that many before the
            // source's, as the extractor reads them.
            if (unit == "year" || unit == "years") {
                if (!anchor) return fail(words, "needs the source's date");
                return done(words, Date{anchor->year - static_cast<int>(*n), 0, 0, Precision::Year},
                            std::to_string(*n) + " " + std::string(unit) + " before " + anchor_text(*anchor));
            }
            if (unit == "month" || unit == "months") {
                if (!at_least(anchor, Precision::Month)) return fail(words, "needs the source's date to the month");
                const int total = anchor->year * 12 + (anchor->month - 1) - static_cast<int>(*n);
                return done(words, Date{total / 12, total % 12 + 1, 0, Precision::Month},
                            std::to_string(*n) + " " + std::string(unit) + " before " + anchor_text(*anchor));
            }
        }
    }

    // Days counted from the source's own: "the day before yesterday", "the day after
    // tomorrow", "tomorrow", "last night", "tonight", "this morning".
    const bool day_word = has(ws, "day");
    const int offset = day_word && has(ws, "before") && has(ws, "yesterday") ? -2
                       : day_word && has(ws, "after") && has(ws, "tomorrow") ? 2
                       : has(ws, "tomorrow")                                  ? 1
                       : has(ws, "last") && has(ws, "night")                  ? -1
                       : has(ws, "tonight") || (has(ws, "this") && (has(ws, "morning") || has(ws, "afternoon") || has(ws, "evening"))) ? 0
                                                                              : 99;
    if (offset != 99) {
        if (!at_least(anchor, Precision::Day)) return fail(words, "needs the source's date to the day");
        if (offset == 0) return done(words, *anchor, "the source's own date");
        return done(words, civil_from_days(anchor->first_day() + offset),
                    std::to_string(offset < 0 ? -offset : offset) + (offset == 1 || offset == -1 ? " day " : " days ") +
                        (offset < 0 ? "before " : "after ") + anchor_text(*anchor));
    }
    if (has(ws, "today")) {
        if (!at_least(anchor, Precision::Day)) return fail(words, "needs the source's date to the day");
        return done(words, *anchor, "the source's own date");
    }
    if (has(ws, "yesterday")) {
        if (!at_least(anchor, Precision::Day)) return fail(words, "needs the source's date to the day");
        return done(words, civil_from_days(anchor->first_day() - 1), "the day before " + anchor_text(*anchor));
    }
    return fail(words, "no date in the words");
}

bool speaks_of_future(std::string_view before) {
    // The words, last first, back to a full stop, a semicolon or a year.
    std::vector<std::string> words;
    std::size_t i = before.size();
    while (i > 0 && words.size() < 8) {
        const char c = before[i - 1];
        if (c == '.' || c == ';') break;
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            --i;
            continue;
        }
        std::size_t j = i;
        while (j > 0 && (std::isalnum(static_cast<unsigned char>(before[j - 1])) || before[j - 1] == '\'')) --j;
        std::string w(before.substr(j, i - j));
        for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (w.size() == 4 && (w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0) &&
            std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            break;
        words.push_back(std::move(w));
        i = j;
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        const std::string after = k > 0 ? words[k - 1] : std::string();  // the word after it in the text
        if (w == "will" || w == "shall" || w == "expected" || w == "scheduled" || w == "planned" || w == "plans" || w == "due" ||
            (w == "would" && after != "have") || ((w == "set" || w == "aims" || w == "intends" || w == "going") && after == "to"))
            return true;
        // "is to", "are to" before a verb: "the line is to reopen in August".
        if ((w == "is" || w == "are") && after == "to" && k >= 2 && words[k - 2] != "be") return true;
    }
    return false;
}

DateResolution resolve_date_in_context(std::string_view words, std::string_view before, const std::optional<Date>& anchor) {
    DateResolution d = resolve_date_expression(words, anchor);
    if (!d.ok || !anchor || (d.date.precision != Precision::Day && d.date.precision != Precision::Month)) return d;
    std::string lower(words);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower.find("last") != std::string::npos || lower.find("next") != std::string::npos || lower.find("this") != std::string::npos ||
        lower.find("yesterday") != std::string::npos || lower.find("today") != std::string::npos ||
        lower.find("tomorrow") != std::string::npos || lower.find("ago") != std::string::npos)
        return d;
    // A year written in the words fixes the date.
    for (std::size_t k = 0; k + 4 <= lower.size(); ++k)
        if ((lower.compare(k, 2, "19") == 0 || lower.compare(k, 2, "20") == 0) &&
            std::all_of(lower.begin() + static_cast<std::ptrdiff_t>(k), lower.begin() + static_cast<std::ptrdiff_t>(k + 4),
                        [](char ch) { return ch >= '0' && ch <= '9'; }) &&
            (k + 4 == lower.size() || !std::isdigit(static_cast<unsigned char>(lower[k + 4]))))
            return d;
    // A deadline without a year ("have until 2 July", "must pay by 13 November") is the
    // coming one, unless the sentence says it has passed ("had until", "was due by").
    const std::size_t sp = lower.find(' ');
    const std::string first = lower.substr(0, sp);
    bool deadline = first == "until" || first == "till" || first == "by" || first == "before";
    if (deadline) {
        std::string tail(before.substr(before.size() > 24 ? before.size() - 24 : 0));
        for (char& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        tail = " " + tail + " ";
        for (std::string_view past : {" had ", " was ", " were ", " expired ", " passed ", " ended "})
            if (tail.find(past) != std::string::npos) deadline = false;
    }
    if (!deadline && !speaks_of_future(before)) return d;
    DateResolution r = resolve_date_expression("next " + std::string(words), anchor);
    // A weekday of the future written on that weekday is that very day ("would add flights
    // on Thursday" in Thursday's paper), not the next week's.
    if (r.ok && r.date.precision == Precision::Day && anchor->precision == Precision::Day &&
        r.date.first_day() == anchor->first_day() + 7 && d.date.first_day() != r.date.first_day()) {
        std::string lower_words(words);
        for (char& ch : lower_words) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (!std::any_of(lower_words.begin(), lower_words.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
            r.date = *anchor;
            r.reasoning = quoted(words) + " \u2192 " + r.date.display() + ": the source's own day " +
                          anchor->display() + " (the sentence speaks of the future)";
            return r;
        }
    }
    if (r.ok && r.date.first_day() > anchor->last_day() - (r.date.precision == Precision::Month ? 31 : 0)) {
        r.reasoning = quoted(words) + " \u2192 " + r.date.display() + ": the coming one after the source's date " +
                      anchor->display() + " (the sentence speaks of the future)";
        return r;
    }
    return d;
}

}  // namespace factlens
