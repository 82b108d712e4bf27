#include "core/quantity.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

using namespace factlens;

TEST(Decimal, KeepsStatedPrecision) {
    int d = -1;
    EXPECT_DOUBLE_EQ(*parse_decimal("20.64", &d), 20.64);
    EXPECT_EQ(d, 2);
    EXPECT_DOUBLE_EQ(*parse_decimal("150", &d), 150);
    EXPECT_EQ(d, 0);
    EXPECT_FALSE(parse_decimal("1,000"));
    EXPECT_FALSE(parse_decimal("12."));
    EXPECT_FALSE(parse_decimal("abc"));
}

// parse_decimal's fast path (digits / 10^decimals) gives the very double strtod gives.
TEST(Decimal, FastPathMatchesStrtod) {
    std::vector<std::string> texts = {"0", "1", "20.64", "0.1", "0.3", "7.2671", "99.99", "123456789012345", "1234567.89012345",
                                      "0.000000000000001", "-3.2", "4.25", "150", "2.675", "1.005", "1e3x"};
    for (unsigned k = 1; k < 4000; ++k) texts.push_back(std::to_string(k * 7919 % 100000) + "." + std::to_string(k % 1000));
    for (const std::string& t : texts) {
        const auto v = parse_decimal(t);
        if (t == "1e3x") {
            EXPECT_FALSE(v.has_value());
            continue;
        }
        ASSERT_TRUE(v.has_value()) << t;
        EXPECT_EQ(*v, std::strtod(t.c_str(), nullptr)) << t;
    }
}

TEST(Quantity, RoundingFollowsStatedDecimals) {
    Quantity q;
    q.low_text = "20.6";
    q.decimals = 1;
    q.scale = "billion";
    EXPECT_DOUBLE_EQ(q.rounding(), 0.05e9);
}

TEST(Quantity, DisplaysQualifierUnitAndScale) {
    Quantity q;
    q.low_text = "150";
    q.scale = "billion";
    q.unit = "CNY";
    q.qualifier = Qualifier::Over;
    EXPECT_EQ(q.display(), "over CNY 150bn");
    q.unit = "USD";
    q.qualifier = Qualifier::UpTo;
    q.low_text = "7";
    EXPECT_EQ(q.display(), "up to $7bn");
    Quantity p;
    p.low_text = "60";
    p.unit = "percent";
    p.qualifier = Qualifier::About;
    EXPECT_EQ(p.display(), "about 60%");
}

TEST(Money, FormatsForPeople) {
    EXPECT_EQ(format_money(20.6408e9, "USD", 2), "$20.64bn");
    EXPECT_EQ(format_money(150e9, "CNY"), "CNY 150bn");
    EXPECT_EQ(format_money(12e9, "USD"), "$12bn");
    EXPECT_EQ(format_money(5.5e9, "USD"), "$5.5bn");
    EXPECT_TRUE(is_known_currency("CNY"));
    EXPECT_FALSE(is_known_currency("XYZ"));
}

// A figure in crore or lakh is kept in units (no scale the corpus knows): shown compactly.
TEST(QuantityDisplay, ALongWholeNumberWithoutAScaleIsShownInMillionsOrBillions) {
    Quantity q;
    q.low_text = "1640000000";
    q.low = q.high = 1.64e9;
    q.unit = "INR";
    EXPECT_EQ(q.display(), currency_prefix("INR") + "1.64bn");
    q.low_text = "17500000";
    EXPECT_EQ(q.display(), currency_prefix("INR") + "17.5m");
    q.low_text = "950000";  // six digits: as written
    EXPECT_EQ(q.display(), currency_prefix("INR") + "950000");
}
