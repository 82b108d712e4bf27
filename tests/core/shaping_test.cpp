#include "core/shaping.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <random>

#include "core/text.h"

using namespace factlens;

namespace {

// "FEE2 FEDF 0020 ...": the code points of valid UTF-8, upper-case hex, for readable failures.
std::string hex(std::string_view utf8) {
    std::string out;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = p + utf8.size();
    while (p < end) {
        unsigned c = *p++;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra) c &= 0x3Fu >> extra;
        for (; extra > 0 && p < end; --extra) c = (c << 6) | (*p++ & 0x3Fu);
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", c);
        out += buf;
    }
    return out;
}

std::string shaped(std::string_view line) { return hex(display_order(line)); }

}  // namespace

// Expected forms are read off UnicodeData.txt (the <initial>/<medial>/<final>/<isolated>
// decompositions) with the joining types of ArabicShaping.txt: alef, dal, reh are R (join
// only to the letter before), the others D. Outputs are in visual order, left to right.

TEST(Shaping, ArabicGreeting) {
    // مرحبا بالعالم: meem-init FEE3, reh-fina FEAE, hah-init FEA3 (reh does not join on),
    // beh-medi FE92, alef-fina FE8E; beh-init FE91, alef-fina, lam-init FEDF, ain-medi FECC,
    // alef-fina, lam-init, meem-fina FEE2. One right-to-left run, reversed whole.
    EXPECT_EQ(shaped("مرحبا بالعالم"), "FEE2 FEDF FE8E FECC FEDF FE8E FE91 0020 FE8E FE92 FEA3 FEAE FEE3");
}

TEST(Shaping, LamAlefLigatures) {
    EXPECT_EQ(shaped("لا"), "FEFB");  // isolated lam-alef
    // السلام: alef-isol FE8D, lam-init FEDF, seen-medi FEB4, lam-alef final FEFC (the lam
    // joins the seen), meem-isol FEE1 (the alef never joins on).
    EXPECT_EQ(shaped("السلام"), "FEE1 FEFC FEB4 FEDF FE8D");
    // lam + alef with hamza above / below / madda: FEF7, FEF9, FEF5 isolated.
    EXPECT_EQ(shaped("\u0644\u0623"), "FEF7");
    EXPECT_EQ(shaped("\u0644\u0625"), "FEF9");
    EXPECT_EQ(shaped("\u0644\u0622"), "FEF5");
    // A fatha on the lam does not stop the ligature; it follows it.
    EXPECT_EQ(shaped("\u0644\u064E\u0627"), "FEFB 064E");
    // After a joining letter: beh-init FE91, then the final ligature FEFC (بلا).
    EXPECT_EQ(shaped("بلا"), "FEFC FE91");
}

TEST(Shaping, HarakatAreTransparentAndStayOnTheirLetter) {
    // بَيْت: beh-init FE91 + fatha 064E, yeh-medi FEF4 + sukun 0652, teh-fina FE96.
    EXPECT_EQ(shaped("\u0628\u064E\u064A\u0652\u062A"), "FE96 FEF4 0652 FE91 064E");
}

TEST(Shaping, ZwjAndZwnjAreHonouredThenDropped) {
    EXPECT_EQ(shaped("بب"), "FE90 FE91");              // init + fina
    EXPECT_EQ(shaped("ب\u200Cب"), "FE8F FE8F");        // ZWNJ: two isolated behs
    EXPECT_EQ(shaped("ب\u200D"), "FE91");              // ZWJ: beh takes its initial form
    EXPECT_EQ(shaped("\u200Dب"), "FE90");              // ... or its final form
}

TEST(Shaping, DigitsInArabicStayLeftToRight) {
    // عام 2025: ain-init FECB, alef-fina FE8E, meem-isol FEE1. The number after Arabic
    // letters is AN (W2), at level 2: it reads 2025 at the left end of the line.
    EXPECT_EQ(shaped("عام 2025"), "0032 0030 0032 0035 0020 FEE1 FE8E FECB");
    // Arabic-Indic digits (AN) likewise: ٢٠٢٥.
    EXPECT_EQ(shaped("عام ٢٠٢٥"), "0662 0660 0662 0665 0020 FEE1 FE8E FECB");
    // نمو 3.5%: noon-init FEE7, meem-medi FEE4, waw-fina FEEE. The digits are AN (W2), so
    // the point between them is AN (W4) and the percent sign, not next to an EN, is a
    // neutral at the line's end: it goes to the left, "%3.5", as browsers show it.
    EXPECT_EQ(shaped("نمو 3.5%"), "0025 0033 002E 0035 0020 FEEE FEE4 FEE7");
}

TEST(Shaping, EnglishSentenceWithArabicName) {
    // The name is one right-to-left run (the spaces between its words are between two R
    // characters, N1); the spaces next to the English take the paragraph's direction.
    // محمد: meem-init FEE3, hah-medi FEA4, meem-medi FEE4, dal-fina FEAA. بن: FE91 FEE6.
    // سلمان: seen-init FEB3, lam-medi FEE0, meem-medi FEE4, alef-fina FE8E, noon-isol FEE5.
    const std::string out = display_order("Minister محمد بن سلمان spoke.");
    EXPECT_EQ(hex(out), hex("Minister ") + " FEE5 FE8E FEE4 FEE0 FEB3 0020 FEE6 FE91 0020 FEAA FEE4 FEA4 FEE3 " +
                            hex(" spoke."));
    EXPECT_EQ(paragraph_direction("Minister محمد"), TextDirection::LeftToRight);
    EXPECT_EQ(paragraph_direction("  محمد said"), TextDirection::RightToLeft);
}

TEST(Shaping, HebrewIsReversed) {
    EXPECT_EQ(shaped("שלום עולם"), "05DD 05DC 05D5 05E2 0020 05DD 05D5 05DC 05E9");
    // שנת 2025: a number after Hebrew stays EN, left to right.
    EXPECT_EQ(shaped("שנת 2025"), "0032 0030 0032 0035 0020 05EA 05E0 05E9");
    // Brackets in a right-to-left run are mirrored (BidiMirroring.txt): (עולם) reads right.
    EXPECT_EQ(shaped("שלום (עולם)"), "0028 05DD 05DC 05D5 05E2 0029 0020 05DD 05D5 05DC 05E9");
    // Trailing white space stays at the end of the line (L1) when the paragraph is LTR.
    EXPECT_EQ(shaped("Hi שלום "), "0048 0069 0020 05DD 05D5 05DC 05E9 0020");
}

TEST(Shaping, HebrewPointsStayOnTheirLetter) {
    // שָׁלוֹם: shin + qamats + shin dot, lamed, vav + holam, final mem.
    EXPECT_EQ(shaped("\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD"), "05DD 05D5 05B9 05DC 05E9 05B8 05C1");
}

TEST(Shaping, ForcedParagraphDirection) {
    // A line of an Arabic paragraph that holds only a number and a full stop: the stop goes
    // to the left end (the paragraph is right to left).
    EXPECT_EQ(hex(display_order("2025.", TextDirection::RightToLeft)), "002E 0032 0030 0032 0035");
    EXPECT_EQ(display_order("2025.", TextDirection::LeftToRight), "2025.");
}

TEST(Shaping, LatinAndCjkUnchanged) {
    for (const char* s : {"ByteDance to pour over $20 billion into AI (2025).", "TikTok’s future — ¥ 字节跳动 😀",
                          "Ελληνικά и русский", "", " "}) {
        EXPECT_FALSE(needs_display_order(s)) << s;
        EXPECT_EQ(display_order(s), s);
        std::string out = "untouched";
        std::vector<std::uint32_t> src{7};
        EXPECT_FALSE(display_order(s, out, TextDirection::Auto, &src));
        EXPECT_EQ(out, "untouched");
        EXPECT_EQ(src.size(), 1u);
    }
    EXPECT_TRUE(needs_display_order("abc שלום"));
    EXPECT_TRUE(needs_display_order("abc مرحبا"));
    // Arabic digits (AN) are looked at too: alone they stay, but a neutral between two of
    // them is R (N1), so "١ ٢" in a left-to-right line reads "٢ ١" (BidiTest.txt: AN WS AN).
    EXPECT_TRUE(needs_display_order("٢٠٢٥"));
    EXPECT_EQ(display_order("٢٠٢٥"), "٢٠٢٥");
    EXPECT_EQ(hex(display_order("١ ٢")), "0662 0020 0661");
}

TEST(Shaping, InvalidUtf8ReturnedUnchanged) {
    for (std::string s : {std::string("\xD9"), std::string("مرحبا \xD9"), std::string("\xFF\xFE שלום"),
                          std::string("\xED\xA0\x80 عام"), std::string("\xC0\xAF")}) {
        EXPECT_FALSE(needs_display_order(s));
        EXPECT_EQ(display_order(s), s);
    }
}

TEST(Shaping, SourceOffsetsMapEveryOutputByte) {
    const std::string line = "عام 2025";
    std::string out;
    std::vector<std::uint32_t> src;
    ASSERT_TRUE(display_order(line, out, TextDirection::Auto, &src));
    ASSERT_EQ(src.size(), out.size());
    // Visual: 2 0 2 5 space meem alef ain; the digits come from bytes 7.., ain from byte 0.
    EXPECT_EQ(src.front(), 7u);
    EXPECT_EQ(src[3], 10u);
    EXPECT_EQ(src.back(), 0u);
    // A lam-alef ligature maps to its lam.
    ASSERT_TRUE(display_order("بلا", out, TextDirection::Auto, &src));
    EXPECT_EQ(hex(out), "FEFC FE91");
    EXPECT_EQ(src.front(), 2u);
    EXPECT_EQ(src.back(), 0u);
}

TEST(Shaping, EveryOutputIsValidUtf8) {
    // Random lines from a mix of the cases the rules treat apart, and random bytes.
    const char32_t pool[] = {0x0627, 0x0644, 0x0628, 0x0645, 0x062F, 0x064E, 0x0652, 0x0640, 0x200C, 0x200D,
                             0x200E, 0x200F, 0x202B, 0x2067, 0x2069, 0x05E9, 0x05B8, 0x0030, 0x0661, 0x06F1,
                             0x0020, 0x0009, 0x0028, 0x0029, 0x002C, 0x002E, 0x0025, 0x0024, 0x0041, 0x4E2D,
                             0x1F600, 0xFEFB, 0x06CC, 0x06AF, 0x0622, 0x000A};
    std::mt19937 rng(42);
    auto utf8 = [](char32_t c, std::string& out) {
        if (c < 0x80) out += char(c);
        else if (c < 0x800) out += {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
        else if (c < 0x10000) out += {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
        else
            out += {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
                    char(0x80 | (c & 0x3F))};
    };
    for (int round = 0; round < 3000; ++round) {
        std::string line;
        const int n = static_cast<int>(rng() % 24);
        for (int k = 0; k < n; ++k) utf8(pool[rng() % std::size(pool)], line);
        for (TextDirection d : {TextDirection::Auto, TextDirection::LeftToRight, TextDirection::RightToLeft}) {
            std::string out;
            std::vector<std::uint32_t> src;
            if (!display_order(line, out, d, &src)) continue;
            ASSERT_FALSE(find_invalid_utf8(out)) << hex(line);
            ASSERT_EQ(src.size(), out.size());
            for (std::uint32_t s : src) ASSERT_LT(s, line.size());
            ASSERT_LE(count_code_points(out), count_code_points(line));
        }
        std::string bytes;
        for (int k = 0; k < n; ++k) bytes += static_cast<char>(rng() % 256);
        const std::string out = display_order(bytes);
        ASSERT_FALSE(find_invalid_utf8(bytes) ? out != bytes : static_cast<bool>(find_invalid_utf8(out)));
    }
}

TEST(Shaping, TablesAreSmall) {
    std::printf("shaping tables: %zu bytes\n", shaping_table_bytes());
    EXPECT_GT(shaping_table_bytes(), 0u);
    EXPECT_LT(shaping_table_bytes(), 16u * 1024);
}

// The reordering checked against Unicode's own test data (BidiTest.txt: bidi class
// sequences, each tried with auto, LTR and RTL paragraphs), on the cases within what
// display_order does: no explicit embeddings, overrides or isolates, no paragraph separator
// inside the line, no marks (reordered with their base here, as plain characters there).
// Bracket pairs (N0) do not arise: the class ON is drawn by '!'. Each class is drawn by one
// code point; AL by alef, which shaping changes but does not move. The visual order is read
// back through the source offsets.
TEST(Shaping, ConformsToBidiTestWithinItsScope) {
    std::FILE* f = std::fopen(FACTLENS_UNICODE_DIR "/BidiTest.txt", "r");
    ASSERT_NE(f, nullptr);
    const std::map<std::string, std::string> sample = {
        {"L", "a"},  {"R", "\u05D0"}, {"AL", "\u0627"}, {"EN", "1"}, {"ES", "+"}, {"ET", "%"}, {"AN", "\u0661"},
        {"CS", ","}, {"BN", "\u00AD"}, {"S", "\t"},     {"WS", " "},  {"ON", "!"},
    };
    std::string reorder;
    std::size_t checked = 0, failed = 0;
    char buf[1024];
    while (std::fgets(buf, sizeof buf, f)) {
        std::string line(buf);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("@Reorder:", 0) == 0) {
            reorder.clear();
            std::istringstream in(line.substr(9));
            for (std::string k; in >> k;) reorder += k + " ";
            continue;
        }
        if (line[0] == '@') continue;
        const std::size_t semi = line.find(';');
        if (semi == std::string::npos) continue;
        std::istringstream classes(line.substr(0, semi));
        std::string text;
        std::vector<std::uint32_t> start;
        std::vector<bool> removed;  // by X9
        bool in_scope = true;
        for (std::string c; classes >> c;) {
            const auto it = sample.find(c);
            if (it == sample.end()) {
                in_scope = false;
                break;
            }
            start.push_back(static_cast<std::uint32_t>(text.size()));
            removed.push_back(c == "BN");
            text += it->second;
        }
        if (!in_scope) continue;
        const int sets = std::stoi(line.substr(semi + 1));
        const std::pair<int, TextDirection> dirs[] = {
            {1, TextDirection::Auto}, {2, TextDirection::LeftToRight}, {4, TextDirection::RightToLeft}};
        for (const auto& [bit, dir] : dirs) {
            if (!(sets & bit)) continue;
            std::string out, got;
            std::vector<std::uint32_t> src;
            if (display_order(text, out, dir, &src)) {
                for (std::size_t k = 0; k < src.size(); ++k) {
                    if (k > 0 && src[k] == src[k - 1]) continue;  // the other bytes of one code point
                    got += std::to_string(std::lower_bound(start.begin(), start.end(), src[k]) - start.begin()) + " ";
                }
            } else {
                for (std::size_t k = 0; k < start.size(); ++k)
                    if (!removed[k]) got += std::to_string(k) + " ";
            }
            ++checked;
            if (got != reorder && ++failed <= 10)
                ADD_FAILURE() << line << " (paragraph " << bit << "): got " << got << "want " << reorder;
        }
    }
    std::fclose(f);
    std::printf("BidiTest.txt: %zu cases in scope, %zu differ\n", checked, failed);
    EXPECT_GT(checked, 10000u);
    EXPECT_EQ(failed, 0u);
}
