// Helpers the views share: colours, selection changes, search box, links.
#include <imgui.h>
#include <imgui_internal.h>

#include <cctype>

#include "app/items.h"
#include "app/theme.h"
#include "app/platform.h"
#include "app/view.h"
#include "core/shaping.h"
#include "core/text.h"
#include "core/link.h"

namespace factlens {

namespace {
const StoryIndex* g_story_index = nullptr;  // the app's, for the story on screen
}  // namespace

void use_story_index(const StoryIndex* index) { g_story_index = index; }

const StoryIndex& story_index(const Corpus& corpus) {
    if (g_story_index && g_story_index->indexes(corpus)) return *g_story_index;
    static StoryIndex own;
    if (!own.indexes(corpus)) own = StoryIndex(corpus);
    return own;
}

std::string source_name(const Corpus& corpus, std::string_view source_id) {
    const StoryIndex& index = story_index(corpus);
    const Source* s = index.source(source_id);
    if (!s) return std::string(source_id);
    if (s->outlet.empty()) {
        const std::string title = clip_code_points(s->display_title(), 40);
        return title.empty() ? s->id : title;
    }
    if (index.outlet_count(s->outlet) > 1) return s->outlet + ", " + (s->published ? s->published->iso() : s->id);
    return s->outlet;
}

std::string attribution_name(const Corpus& corpus, std::string_view attribution) {
    const StoryIndex& index = story_index(corpus);
    if (const Report* r = index.report(attribution)) {
        if (!r->label.empty() && !r->outlet.empty() && r->label.find(r->outlet) == std::string::npos) return r->outlet + ": " + r->label;
        return !r->label.empty() ? r->label : !r->outlet.empty() ? r->outlet : r->id;
    }
    if (index.source(attribution)) return source_name(corpus, attribution);
    return std::string(attribution);
}

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
    ImGui::SetNextItemWidth(width);
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

bool contains_ci(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && std::tolower(static_cast<unsigned char>(haystack[i + k])) ==
                                        std::tolower(static_cast<unsigned char>(needle[k])))
            ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

}  // namespace factlens
