#include "core/dates.h"

#include <gtest/gtest.h>

using namespace factlens;

namespace {
Date day(int y, int m, int d) { return Date{y, m, d, Precision::Day}; }
Date month(int y, int m) { return Date{y, m, 0, Precision::Month}; }
Date year(int y) { return Date{y, 0, 0, Precision::Year}; }
}  // namespace

TEST(Calendar, WeekdaysAndDays) {
    EXPECT_EQ(weekday_of(days_from_civil(2025, 1, 23)), 3);  // Thursday
    EXPECT_EQ(weekday_of(days_from_civil(2025, 1, 20)), 0);  // Monday
    EXPECT_EQ(civil_from_days(days_from_civil(2024, 2, 29)), day(2024, 2, 29));
    EXPECT_EQ(days_in_month(2024, 2), 29);
    EXPECT_EQ(days_in_month(2025, 2), 28);
}

TEST(IsoDate, ParsesThreePrecisions) {
    EXPECT_EQ(parse_iso_date("2025-01-23"), day(2025, 1, 23));
    EXPECT_EQ(parse_iso_date("2024-12"), month(2024, 12));
    EXPECT_EQ(parse_iso_date("2025"), year(2025));
    EXPECT_FALSE(parse_iso_date("2025-02-30"));
    EXPECT_FALSE(parse_iso_date("2025-13"));
    EXPECT_FALSE(parse_iso_date("25-01-01"));
    EXPECT_FALSE(parse_iso_date("2025-1-5"));
    EXPECT_EQ(day(2025, 1, 21).display(), "Tue 2025-01-21");
}

struct Case {
    const char* words;
    std::optional<Date> anchor;
    std::optional<Date> expected;  // nullopt: must not resolve
};

class Resolve : public ::testing::TestWithParam<Case> {};

TEST_P(Resolve, AgainstTheSourceDate) {
    const Case& c = GetParam();
    const DateResolution r = resolve_date_expression(c.words, c.anchor);
    if (!c.expected) {
        EXPECT_FALSE(r.ok) << c.words << " resolved to " << r.date.iso();
        EXPECT_FALSE(r.reasoning.empty());
        return;
    }
    ASSERT_TRUE(r.ok) << c.words << ": " << r.reasoning;
    EXPECT_EQ(r.date, *c.expected) << c.words << " -> " << r.date.iso() << " (" << r.reasoning << ")";
    EXPECT_NE(r.reasoning.find("\u2192"), std::string::npos);
}

// The Reuters report is dated Thursday 23 January 2025.
const Date kReuters = day(2025, 1, 23);

INSTANTIATE_TEST_SUITE_P(
    Table, Resolve,
    ::testing::Values(
        // weekdays: the most recent one on or before the source's date
        Case{"On Tuesday", kReuters, day(2025, 1, 21)}, Case{"on Monday", kReuters, day(2025, 1, 20)},
        Case{"On Wednesday", kReuters, day(2025, 1, 22)}, Case{"on Thursday", kReuters, day(2025, 1, 23)},
        Case{"on Friday", kReuters, day(2025, 1, 17)}, Case{"last Thursday", kReuters, day(2025, 1, 16)},
        Case{"next Monday", kReuters, day(2025, 1, 27)}, Case{"on Tuesday", month(2025, 1), std::nullopt},
        // months without a year: the most recent, or the year before when it says so
        Case{"In December", kReuters, month(2024, 12)}, Case{"in September", kReuters, month(2024, 9)},
        Case{"In December last year", kReuters, month(2024, 12)}, Case{"Last December", kReuters, month(2024, 12)},
        Case{"in January", kReuters, month(2025, 1)}, Case{"last January", kReuters, month(2024, 1)},
        Case{"in December", month(2025, 1), month(2024, 12)}, Case{"in March", std::nullopt, std::nullopt},
        // days of the month
        Case{"on January 21", kReuters, day(2025, 1, 21)}, Case{"Thursday (January 23)", kReuters, day(2025, 1, 23)},
        Case{"On January 23, 2025", std::nullopt, day(2025, 1, 23)}, Case{"13 March 2025", std::nullopt, day(2025, 3, 13)},
        Case{"December 5", kReuters, day(2024, 12, 5)}, Case{"February 30, 2025", std::nullopt, std::nullopt},
        // years
        Case{"last year", kReuters, year(2024)}, Case{"this year", kReuters, year(2025)},
        Case{"the current year", month(2025, 1), year(2025)}, Case{"next year", year(2025), year(2026)},
        Case{"In 2024", std::nullopt, year(2024)}, Case{"early 2019", std::nullopt, year(2019)},
        Case{"since 2024", kReuters, year(2024)}, Case{"December 2024", std::nullopt, month(2024, 12)},
        Case{"previous year's", kReuters, year(2024)},
        // fiscal years end on the most recent such day
        Case{"fiscal year ended June 30", kReuters, day(2024, 6, 30)},
        Case{"fiscal year ending June 30, 2024", kReuters, day(2024, 6, 30)},
        Case{"fiscal year ended June 30", day(2025, 7, 15), day(2025, 6, 30)},
        // weeks and months relative to the date
        Case{"last week", kReuters, Date{2025, 1, 13, Precision::Week}},
        Case{"this week", kReuters, Date{2025, 1, 20, Precision::Week}},
        Case{"last month", kReuters, month(2024, 12)}, Case{"three days ago", kReuters, day(2025, 1, 20)},
        Case{"yesterday", kReuters, day(2025, 1, 22)},
        // quarters
        Case{"Q4", kReuters, Date{2024, 10, 0, Precision::Quarter}}, Case{"Q1 2026", std::nullopt, Date{2026, 1, 0, Precision::Quarter}},
        Case{"the fourth quarter of 2025", std::nullopt, Date{2025, 10, 0, Precision::Quarter}},
        Case{"last quarter", kReuters, Date{2024, 10, 0, Precision::Quarter}},
        Case{"by 2028", kReuters, year(2028)},
        // no date in the words
        Case{"recently", kReuters, std::nullopt}, Case{"", kReuters, std::nullopt}));

TEST(Resolve, ReasoningNamesTheWordsAndTheAnchor) {
    const DateResolution r = resolve_date_expression("On Tuesday", kReuters);
    EXPECT_EQ(r.reasoning, "\u201COn Tuesday\u201D \u2192 Tue 2025-01-21: the most recent Tuesday on or before the source's date Thu 2025-01-23");
    EXPECT_EQ(Date({2025, 1, 13, Precision::Week}).iso(), "2025-W03");
}

// "N years ago" and "N months ago" resolve against the source's date as the extractor reads
// them: the year (month) that many before.
TEST(DatesRelative, YearsAndMonthsAgo) {
    const Date anchor{2025, 2, 11, Precision::Day};
    const DateResolution y = resolve_date_expression("four years ago", anchor);
    ASSERT_TRUE(y.ok);
    EXPECT_EQ(y.date.iso(), "2021");
    const DateResolution m = resolve_date_expression("three months ago", anchor);
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(m.date.iso(), "2024-11");
}

// "2025/26", "2024-25": a fiscal year or a season across two calendar years is named by the
// year it ends in, as the extractor reads it; "2024-2026" and "2025/27" are no such year.
TEST(DatesSpan, AYearAcrossTwoCalendarYearsIsTheLater) {
    const Date anchor{2026, 7, 6, Precision::Day};
    EXPECT_EQ(resolve_date_expression("in the 2025/26", anchor).date.iso(), "2026");
    EXPECT_EQ(resolve_date_expression("the 2024-25 season", anchor).date.iso(), "2025");
    EXPECT_EQ(resolve_date_expression("in 2025/27", anchor).date.iso(), "2025");
    EXPECT_EQ(resolve_date_expression("2024-2026", anchor).date.iso(), "2026");
}

// A deadline without a year is the coming one ("have until 2 July" in a June paper), unless
// the sentence says it has passed ("had until").
TEST(DatesDeadline, ADeadlineWithoutAYearIsTheComingOne) {
    const Date june{2027, 6, 9, Precision::Day};
    EXPECT_EQ(resolve_date_in_context("until 2 July", "Creditors have ", june).date.iso(), "2027-07-02");
    EXPECT_EQ(resolve_date_in_context("by 13 November", "Altamira must pay ", june).date.iso(), "2027-11-13");
    EXPECT_EQ(resolve_date_in_context("until 2 July", "Creditors had ", june).date.iso(), "2026-07-02");
}
