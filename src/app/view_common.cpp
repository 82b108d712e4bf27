// Helpers the views share: colours, selection changes, search box, links.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>

#include "app/items.h"
#include "app/theme.h"
#include "app/platform.h"
#include "app/view.h"
#include "core/shaping.h"
#include "core/text.h"
#include "core/link.h"

namespace factlens {

std::string shown(std::string_view label) {
    return needs_display_order(label) ? display_order(label) : std::string(label);
}

namespace {
// A qualitative palette that stays readable as a light highlight behind black text.
constexpr ImU32 kPalette[] = {
    IM_COL32(31, 119, 180, 255), IM_COL32(255, 127, 14, 255), IM_COL32(44, 160, 44, 255),
    IM_COL32(214, 39, 40, 255),  IM_COL32(148, 103, 189, 255), IM_COL32(140, 86, 75, 255),
    IM_COL32(227, 119, 194, 255), IM_COL32(127, 127, 127, 255), IM_COL32(188, 189, 34, 255),
    IM_COL32(23, 190, 207, 255),
};
constexpr int kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

ImU32 with_alpha(ImU32 c, float alpha) {
    const unsigned a = static_cast<unsigned>(alpha * 255.0f + 0.5f);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}
}  // namespace

ImU32 claim_colour(const Corpus& corpus, std::string_view claim_id, float alpha) {
    if (const auto i = story_index(corpus).claim_position(claim_id)) return with_alpha(kPalette[*i % kPaletteSize], alpha);
    return with_alpha(IM_COL32(120, 120, 120, 255), alpha);
}

ImU32 source_colour(const Corpus& corpus, std::string_view source_id, float alpha) {
    static constexpr ImU32 kSourcePalette[] = {IM_COL32(28, 92, 158, 255), IM_COL32(200, 82, 0, 255),
                                               IM_COL32(0, 130, 90, 255), IM_COL32(150, 40, 140, 255),
                                               IM_COL32(170, 30, 30, 255), IM_COL32(90, 90, 90, 255)};
    if (const auto i = story_index(corpus).source_position(source_id)) return with_alpha(kSourcePalette[*i % 6], alpha);
    return with_alpha(IM_COL32(90, 90, 90, 255), alpha);
}

bool search_box(ViewContext& ctx, const char* hint, float width) {
    if (ctx.focus_search) ImGui::SetKeyboardFocusHere();
    // Never wider than what is left of the line (a narrow screen, a long line before it).
    ImGui::SetNextItemWidth(std::max(80.0f, std::min(width, ImGui::GetContentRegionAvail().x)));
    char buf[256];
    const std::size_t n = ctx.state.search.copy(buf, sizeof buf - 1);
    buf[n] = '\0';
    const bool edited = ImGui::InputTextWithHint("##search", hint, buf, sizeof buf);
    items::name_item("search", hint);
    if (edited) ctx.state.search = buf;
    return edited;
}

void article_link_button(const Corpus& corpus, std::size_t mention_index) {
    const Mention& m = corpus.mentions[mention_index];
    const Source* src = story_index(corpus).source(m.source);
    if (!src || src->url.empty()) return;  // only sources with an address have an article to link to
    ImGui::SameLine();
    const bool clicked = link_button("copy article link");
    items::name_item("article-link/" + std::to_string(mention_index), "copy article link");
    if (clicked) platform::copy_to_clipboard(text_fragment_url(*src, m.quote));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A link to these words in the original article (a URL text fragment)");
}

void show_in_text_button(ViewContext& ctx, std::size_t mention_index, const char* label) {
    const bool clicked = link_button(label);
    items::name_item("show-in-text/" + std::to_string(mention_index), label);
    if (clicked) show_in_text(ctx.state, ctx.corpus, mention_index);
}

void copy_quote_button(ViewContext& ctx, std::size_t mention_index) {
    ImGui::SameLine();
    const bool clicked = link_button("copy quote");
    items::name_item("copy-quote/" + std::to_string(mention_index), "copy quote");
    if (clicked) ctx.copy_mention = mention_index;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copies the exact words, with the outlet, headline, date and a link");
}

std::string ellipsized(std::string_view text, float width) {
    const std::string whole(text);
    if (ImGui::CalcTextSize(whole.c_str()).x <= width) return whole;
    const float dots = ImGui::CalcTextSize("\u2026").x;
    // The longest start that fits, at a code point boundary (binary search over bytes).
    std::size_t lo = 0, hi = text.size();
    while (lo < hi) {
        std::size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && mid < text.size() && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
        if (mid <= lo) break;
        const std::string part(text.substr(0, mid));
        if (ImGui::CalcTextSize(part.c_str()).x + dots <= width) lo = mid;
        else hi = mid - 1;
    }
    while (lo > 0 && lo < text.size() && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) --lo;
    return std::string(text.substr(0, lo)) + "\u2026";
}

void text_ellipsized(std::string_view text, bool disabled) {
    const std::string fit = ellipsized(text, ImGui::GetContentRegionAvail().x);
    if (disabled) ImGui::TextDisabled("%s", fit.c_str());
    else ImGui::TextUnformatted(fit.c_str());
    if (fit.size() != text.size() && ImGui::IsItemHovered()) wrapped_tooltip(std::string(text).c_str());
}

bool link_button(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool clicked = ImGui::SmallButton(label);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    return clicked;
}

void wrapped_tooltip(const char* text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::size_t add_search_spans(std::string_view text, std::string_view query, std::vector<TextSpan>& spans, std::size_t* first) {
    std::size_t matches = 0;
    for (std::size_t at = 0; !query.empty() && at + query.size() <= text.size(); ++at) {
        if (!contains_ci(text.substr(at, query.size()), query)) continue;
        spans.push_back(TextSpan{at, at + query.size(), IM_COL32(255, 214, 0, 200), IM_COL32(160, 120, 0, 255), -1});
        if (first && matches == 0) *first = at;
        ++matches;
        at += query.size() - 1;
    }
    return matches;
}

std::uint64_t layout_key(std::initializer_list<std::string_view> parts, float width) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    const auto mix = [&](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        h = (h ^ 0xff) * 1099511628211ull;
    };
    for (std::string_view p : parts) mix(p);
    mix(std::to_string(static_cast<int>(width)));
    return h;
}

}  // namespace factlens
