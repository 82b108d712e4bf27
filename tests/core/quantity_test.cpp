#include "core/quantity.h"

#include <gtest/gtest.h>

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
