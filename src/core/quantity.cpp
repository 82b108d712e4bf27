#include "core/quantity.h"

#include "core/lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace factlens {

namespace {
constexpr std::array<std::string_view, 6> kQualifierNames = {"exactly", "about", "over", "at_least", "up_to", "under"};
constexpr std::array<std::string_view, 6> kQualifierWords = {"", "about ", "over ", "at least ", "up to ", "under "};
}  // namespace

std::string_view qualifier_name(Qualifier q) { return kQualifierNames[static_cast<int>(q)]; }
std::string_view qualifier_words(Qualifier q) { return kQualifierWords[static_cast<int>(q)]; }

std::optional<Qualifier> qualifier_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kQualifierNames.size(); ++i)
        if (kQualifierNames[i] == name) return static_cast<Qualifier>(i);
    return std::nullopt;
}

std::optional<double> parse_decimal(std::string_view t, int* decimals) {
    if (t.empty() || t.size() > 32) return std::nullopt;
    std::size_t i = t[0] == '-' ? 1 : 0;
    bool digits = false, point = false;
    int after = 0;
    for (; i < t.size(); ++i) {
        if (t[i] >= '0' && t[i] <= '9') {
            digits = true;
            if (point) ++after;
        } else if (t[i] == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits || t.back() == '.') return std::nullopt;
    if (decimals) *decimals = after;
    // Up to 15 digits (every figure news text states) are exact in a double, and so is a power
    // of ten up to 10^22: one division of the two is the correctly rounded value, the same
    // double strtod gives (Clinger's fast path), without strtod's long-double arithmetic,
    // which wasm does in software.
    {
        std::uint64_t m = 0;
        int count = 0;
        for (std::size_t k = t[0] == '-' ? 1 : 0; k < t.size(); ++k)
            if (t[k] != '.') m = m * 10 + static_cast<std::uint64_t>(t[k] - '0'), ++count;
        if (count <= 15) {
            static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
            const double v = static_cast<double>(m) / kPow10[after];
            return t[0] == '-' ? -v : v;
        }
    }
    // std::from_chars for double is in GCC 11+ and Emscripten's libc++ 14 lacks it: strtod
    // on a copy (the text is short and already checked).
    char buf[40];
    t.copy(buf, t.size());
    buf[t.size()] = '\0';
    return std::strtod(buf, nullptr);
}

std::optional<double> scale_factor_of(std::string_view scale) {
    if (scale.empty()) return 1.0;
    if (scale == "thousand") return 1e3;
    if (scale == "million") return 1e6;
    if (scale == "billion") return 1e9;
    if (scale == "trillion") return 1e12;
    return std::nullopt;
}

double Quantity::scale_factor() const { return scale_factor_of(scale).value_or(1.0); }

double Quantity::rounding() const { return 0.5 * std::pow(10.0, -decimals) * scale_factor(); }

bool is_known_currency(std::string_view code) { return lexicon::is_iso_currency(code); }

std::string currency_prefix(std::string_view code) {
    if (code == "USD") return "$";
    if (code == "EUR") return "\u20AC";
    if (code == "GBP") return "\u00A3";
    return std::string(code) + " ";
}

std::string plain_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

std::string format_money(double units, std::string_view currency, int decimals) {
    const double a = std::fabs(units);
    const char* suffix = "";
    double v = units;
    if (a >= 1e12) v = units / 1e12, suffix = "tn";
    else if (a >= 1e9) v = units / 1e9, suffix = "bn";
    else if (a >= 1e6) v = units / 1e6, suffix = "m";
    else if (a >= 1e3) v = units / 1e3, suffix = "k";
    if (decimals < 0) {
        const double r = std::fabs(v);
        decimals = r >= 100 ? 0 : r >= 10 ? 1 : 2;
        // Drop trailing zeros: 150.0 -> 150, 12.00 -> 12.
        char probe[64];
        std::snprintf(probe, sizeof probe, "%.*f", decimals, v);
        std::string s = probe;
        if (s.find('.') != std::string::npos) {
            while (!s.empty() && s.back() == '0') s.pop_back();
            if (!s.empty() && s.back() == '.') s.pop_back();
        }
        decimals = s.find('.') == std::string::npos ? 0 : static_cast<int>(s.size() - s.find('.') - 1);
    }
    char num[64];
    std::snprintf(num, sizeof num, "%.*f", decimals, v);
    return currency_prefix(currency) + num + suffix;
}

namespace {
// A share as it is written in news text: "a third", "two-thirds", "half"; other values as
// a percentage ("0.45" -> "45%"), never as a decimal fraction a reader would not write.
std::string fraction_words(double v) {
    static constexpr std::pair<double, std::string_view> kWords[] = {
        {1.0 / 2, "half"},         {1.0 / 3, "a third"},    {2.0 / 3, "two-thirds"}, {1.0 / 4, "a quarter"},
        {3.0 / 4, "three-quarters"}, {1.0 / 5, "a fifth"}, {2.0 / 5, "two-fifths"}, {3.0 / 5, "three-fifths"},
        {4.0 / 5, "four-fifths"},  {1.0 / 10, "a tenth"},  {1.0, "all"}};
    for (const auto& [x, words] : kWords)
        if (std::fabs(v - x) < 0.002) return std::string(words);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g%%", v * 100);
    return buf;
}
}  // namespace

std::string Quantity::display() const {
    std::string out(qualifier_words(qualifier));
    auto number_text = [&](const std::string& text) {
        std::string s = text;
        if (!scale.empty()) s += scale == "thousand" ? "k" : scale == "million" ? "m" : scale == "billion" ? "bn" : "tn";
        // A whole number of seven digits or more without a scale (a figure in crore or lakh,
        // "₹164 crore" kept as 1640000000): shown as millions or billions, "1.64bn".
        else if (s.size() >= 7 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            const double v = std::strtod(s.c_str(), nullptr);
            const bool bn = v >= 1e9;
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.3f", v / (bn ? 1e9 : 1e6));
            std::string t = buf;
            while (!t.empty() && t.back() == '0') t.pop_back();
            if (!t.empty() && t.back() == '.') t.pop_back();
            s = t + (bn ? "bn" : "m");
        }
        return s;
    };
    std::string body;
    if (is_money()) {
        const std::string sym = currency_prefix(unit);
        body = sym + number_text(low_text);
        if (is_range()) body += "\u2013" + sym + number_text(high_text);
    } else if (unit == "fraction" && !is_range()) {
        body = fraction_words(low);
    } else {
        body = number_text(low_text);
        if (is_range()) body += "\u2013" + number_text(high_text);
        if (unit == "percent") body += "%";
        else if (unit == "count" && !counts.empty()) body += " " + counts;
    }
    return out + body;
}

}  // namespace factlens
