#include "core/text.h"

#include <cstdio>

namespace factlens {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

LinePos line_pos_at(std::string_view text, std::size_t byte_offset) {
    LinePos pos;
    const std::size_t end = byte_offset < text.size() ? byte_offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

std::string clip_code_points(std::string_view text, std::size_t max_code_points) {
    if (count_code_points(text) <= max_code_points) return std::string(text);
    if (max_code_points == 0) return {};
    std::size_t cps = 0, i = 0;
    for (; i < text.size() && cps < max_code_points - 1; ++i) cps += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    return std::string(text.substr(0, i)) + "\u2026";
}

std::size_t code_point_start(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return text.size();
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
    return pos;
}

std::string_view clip_bytes(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    return text.substr(0, code_point_start(text, max_bytes));
}

namespace {
constexpr std::size_t kCheckpointBytes = 256;
}  // namespace

CodePointOffsets::CodePointOffsets(std::string_view text) : text_(text) {
    checkpoints_.reserve(text.size() / kCheckpointBytes + 1);
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kCheckpointBytes == 0) checkpoints_.push_back(count);
        count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    if (text.size() % kCheckpointBytes == 0) checkpoints_.push_back(count);
}

std::size_t CodePointOffsets::at(std::size_t byte_offset) const {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const std::size_t block = byte_offset / kCheckpointBytes;
    std::size_t count = checkpoints_[block];
    for (std::size_t i = block * kCheckpointBytes; i < byte_offset; ++i)
        count += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return count;
}

std::string size_text(std::size_t bytes) {
    constexpr std::size_t kKiB = 1024, kMiB = kKiB * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
    std::string out = std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    char buf[32] = "";
    if (bytes >= kMiB) std::snprintf(buf, sizeof buf, " (%.1f MiB)", static_cast<double>(bytes) / kMiB);
    else if (bytes >= 10 * kKiB) std::snprintf(buf, sizeof buf, " (%.0f KiB)", static_cast<double>(bytes) / kKiB);
    return out + buf;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
}

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    std::size_t b = 0, e = text.size();
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    return text.substr(b, e - b);
}

std::string_view first_line(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = trim(text.substr(start, nl - start));
        if (!line.empty()) return line;
        start = nl + 1;
    }
    return {};
}

bool contains_ci(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(haystack[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

std::string count_words(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

bool is_navigation_line(std::string_view line) {
    line = trim(line);
    std::string lower;
    for (char c : line.substr(0, 16)) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const auto starts = [&](std::string_view w) { return lower.rfind(w, 0) == 0; };
    return starts("see also:") || starts("read more") || starts("related:") || starts("advertisement") || starts("recommended:") ||
           starts("most read") || starts("also read:");
}

bool is_boilerplate_line(std::string_view line) {
    line = trim(line);
    if (line.empty()) return false;
    // Short navigation labels and links to other stories.
    if (is_navigation_line(line)) return true;
    std::string lower;
    lower.reserve(line.size());
    for (char c : line) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const auto has = [&](std::string_view w) { return lower.find(w) != std::string::npos; };
    const auto starts = [&](std::string_view w) { return lower.rfind(w, 0) == 0; };
    // Prompts: what they ask the reader to do, with what they offer.
    const bool asks = has("sign up") || has("subscribe") || has("newsletter") || has("exclusive access") ||
                      has("register for free") || has("log in to") || has("follow us") || starts("follow ");
    const bool offers = has("newsletter") || has("for free") || has("digest") || has("inbox") || has("linkedin") ||
                        has("facebook") || has("instagram") || has("telegram") || has("whatsapp") || has("subscri") ||
                        has(" on x") || has("twitter") || has("handpicks") || has("briefing");
    return asks && offers && line.size() < 240;
}

std::string_view headline_line(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = trim(text.substr(start, nl - start));
        if (!line.empty() && !is_boilerplate_line(line)) return line;
        start = nl + 1;
    }
    return {};
}

std::optional<std::size_t> parse_index(std::string_view digits) {
    if (digits.empty() || digits.size() > 9) return std::nullopt;
    std::size_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    std::size_t k = 1;
    for (; k < static_cast<std::size_t>(n) && i + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += k;
    return cp;
}

char32_t latin_lower(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) || (cp >= 0x1E00 && cp <= 0x1EFF)) return cp | 1u;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1u) ? cp + 1 : cp;
    return cp;
}

bool latin_is_lower(char32_t cp) {
    if (cp >= 'a' && cp <= 'z') return true;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return true;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) || (cp >= 0x1E00 && cp <= 0x1EFF)) return (cp & 1u) != 0;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1u) == 0;
    return false;
}

bool latin_is_upper(char32_t cp) { return latin_lower(cp) != cp; }

}  // namespace factlens
