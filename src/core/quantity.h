// Typed values: an amount or a range, in a currency (ISO 4217), a count, a percentage or
// a fraction, with a scale and a qualifier ("over", "about", "up to"). Amounts keep the
// decimal text they were stated with, so rounding checks know the stated precision.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlens {

enum class Qualifier { Exactly, About, Over, AtLeast, UpTo, Under };
std::string_view qualifier_name(Qualifier q);  // "exactly", "about", "over", "at_least", ...
std::optional<Qualifier> qualifier_from_name(std::string_view name);
std::string_view qualifier_words(Qualifier q);  // "", "about ", "over ", "at least ", ...

struct Quantity {
    std::string low_text;   // decimal as stated ("20.64"); the amount when not a range
    std::string high_text;  // empty unless a range
    double low = 0;         // in units, scale applied (20.64e9)
    double high = 0;        // == low unless a range
    int decimals = 0;       // decimals stated in low_text (2 for "20.64")
    std::string scale;      // "", "thousand", "million", "billion", "trillion"
    std::string unit;       // ISO 4217 code, "count", "percent" or "fraction"
    std::string counts;     // for a count: what is counted
    Qualifier qualifier = Qualifier::Exactly;
    std::string of;         // for a fraction or percent: the claim it is a part of

    bool is_range() const { return !high_text.empty(); }
    bool is_money() const { return unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z'; }
    double mid() const { return (low + high) / 2; }
    double scale_factor() const;
    // The half-width of the stated rounding in units: "20.64 billion" is +-0.005e9.
    double rounding() const;
    // "over CNY 150bn", "$20.64bn", "about 0.5", "60%", "up to $7bn", "15 AI apps"
    std::string display() const;
};

// Parses a plain decimal ("150", "20.64", "-3.5"); sets *decimals to the digits after
// the point.
std::optional<double> parse_decimal(std::string_view text, int* decimals = nullptr);

// Scale words of the corpus format: "", "thousand", "million", "billion", "trillion".
std::optional<double> scale_factor_of(std::string_view scale);

// ISO 4217 codes that news text uses; enough to reject typos.
bool is_known_currency(std::string_view code);

// What is written before an amount: "$", "€", "£", or the code and a space ("CNY ").
std::string currency_prefix(std::string_view code);

// Money in a unit for people: "$20.64bn", "CNY 150bn", "€3.2m"; `decimals` < 0 picks.
std::string format_money(double units, std::string_view currency, int decimals = -1);

// A number as plain digits, as few as it needs: "15", "2.5", "1400000".
std::string plain_number(double v);

}  // namespace factlens
