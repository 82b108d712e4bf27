// Calendar dates with a precision, and the resolution of date words ("on Tuesday", "in
// December", "last year", "fiscal year ended June 30") against the date of the source
// that uses them. News bias: a weekday or month without a year is the most recent one on
// or before the source's date, unless the words say "next".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlens {

enum class Precision { None, Year, Quarter, Month, Week, Day };
std::string_view precision_name(Precision p);

struct Date {
    int year = 0;
    int month = 0;  // 1-12, 0 when the precision is Year
    int day = 0;    // 1-31, 0 when coarser than Day; a Week is stored as its Monday
    Precision precision = Precision::None;

    // "2025-01-21", "2025-01", "2025", "2025-Q4", "2025-W04"
    std::string iso() const;
    // "Tue 2025-01-21" for days, else iso()
    std::string display() const;
    // Days since 1970-01-01 of the first day the date covers, and of the last.
    long first_day() const;
    long last_day() const;
    friend bool operator==(const Date&, const Date&) = default;
};

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the corpus format's dates).
std::optional<Date> parse_iso_date(std::string_view text);

// Days since 1970-01-01 (proleptic Gregorian) and back.
long days_from_civil(int year, int month, int day);
Date civil_from_days(long days);  // precision Day
int weekday_of(long days);        // 0 = Monday ... 6 = Sunday
int days_in_month(int year, int month);

struct DateResolution {
    bool ok = false;
    Date date;
    std::string reasoning;  // how the words became the date, or why they could not
};

// Resolves date words against the date of the source that uses them. `anchor` may be
// absent or coarse; words that need a finer anchor than we have fail with a reason.
DateResolution resolve_date_expression(std::string_view words, const std::optional<Date>& anchor);

// Whether the words before a date (its sentence up to it) speak of the future: "will",
// "shall", "would" (not "would have"), "due to", "expected" among the last eight words,
// within the clause (a full stop, a semicolon or a year ends the search).
bool speaks_of_future(std::string_view before);
// A date's words read with the words before them: a weekday or a month without a year
// ("on Monday", "in March", "on 14 July") in a sentence that speaks of the future is the
// coming one after the anchor ("will reopen on Monday"); else resolve_date_expression.
DateResolution resolve_date_in_context(std::string_view words, std::string_view before, const std::optional<Date>& anchor);

}  // namespace factlens
