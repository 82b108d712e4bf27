#include "app/rich_text.h"

#include <algorithm>

#include "app/items.h"
#include "app/platform.h"
#include "core/shaping.h"

namespace factlens {

TextSelection& text_selection() {
    static TextSelection selection;
    return selection;
}

namespace {
// The byte offset in [a, b) nearest to x (code point boundaries), measured from x0.
std::size_t offset_in(ImFont* font, float size, std::string_view text, std::size_t a, std::size_t b, float x0, float x) {
    float at = x0;
    std::size_t i = a;
    while (i < b) {
        std::size_t next = i + 1;
        while (next < b && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
        const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + i, text.data() + next).x;
        if (x < at + w * 0.5f) return i;
        at += w;
        i = next;
    }
    return b;
}
}  // namespace

RichTextResult draw_rich_text(std::string_view text, const std::vector<TextSpan>& spans, std::size_t scroll_to) {
    RichTextResult result;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line_h = ImGui::GetTextLineHeightWithSpacing() + 2.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(50.0f, ImGui::GetContentRegionAvail().x);
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool window_hovered = ImGui::IsWindowHovered();
    const ImVec2 clip_min = dl->GetClipRectMin();
    const ImVec2 clip_max = dl->GetClipRectMax();

    // Span boundaries split words into pieces, so a highlight can start mid-word ("($20.64").
    std::vector<std::size_t> cuts;
    for (const TextSpan& s : spans) {
        cuts.push_back(s.start);
        cuts.push_back(s.end);
    }
    std::sort(cuts.begin(), cuts.end());

    auto span_at = [&](std::size_t pos) -> const TextSpan* {
        const TextSpan* hit = nullptr;
        for (const TextSpan& s : spans)
            if (pos >= s.start && pos < s.end) hit = &s;
        return hit;
    };
    auto measure = [&](std::size_t a, std::size_t b) {
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + a, text.data() + b).x;
    };

    // Arabic and Hebrew (core/shaping.h): each word is drawn in its display order, with
    // Arabic letters in their joined forms, and a paragraph that starts right-to-left is laid
    // out from the right edge. Words keep their logical order inside a line, so a run of
    // several left-to-right words inside a right-to-left paragraph reads right to left
    // (a simplification; docs/architecture.md).
    // Whether the text needs it, looked at once per text rather than every frame (a source's
    // text stays put while it is shown; the reader draws one at a time).
    static const char* looked_at = nullptr;
    static std::size_t looked_size = 0;
    static bool looked_bidi = false;
    if (text.data() != looked_at || text.size() != looked_size) {
        looked_at = text.data();
        looked_size = text.size();
        looked_bidi = needs_display_order(text);
    }
    const bool bidi = looked_bidi;
    bool rtl = false;
    std::string shaped;
    auto paragraph_at = [&](std::size_t at) {
        if (!bidi) return;
        const std::size_t end = text.find('\n', at);
        rtl = paragraph_direction(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at)) ==
              TextDirection::RightToLeft;
    };
    paragraph_at(0);
    float x = 0, y = 0;
    std::size_t line_start = 0;
    float scroll_y = -1;
    bool top_found = false;
    std::size_t i = 0;
    const std::size_t n = text.size();
    // Selecting by dragging: the offset under the mouse, found while laying out.
    TextSelection& sel = text_selection();
    const bool mine = sel.text == text.data();
    const bool selected_here = sel.in(text);
    std::size_t mouse_offset = static_cast<std::size_t>(-1);
    const bool track = window_hovered || (mine && sel.dragging);
    while (i < n) {
        if (text[i] == '\n') {
            x = 0;
            y += line_h;
            ++i;
            paragraph_at(i);
            continue;
        }
        // A run of spaces, or a word.
        const bool space = text[i] == ' ' || text[i] == '\t';
        std::size_t j = i;
        while (j < n && text[j] != '\n' && ((text[j] == ' ' || text[j] == '\t') == space)) ++j;
        const bool shape = bidi && !space && needs_display_order(text.substr(i, j - i));
        if (shape) shaped = display_order(text.substr(i, j - i));
        const float w = shape ? font->CalcTextSizeA(size, FLT_MAX, 0.0f, shaped.data(), shaped.data() + shaped.size()).x : measure(i, j);
        if (!space && x > 0 && x + w > width) {
            x = 0;
            y += line_h;
        }
        if (x == 0) line_start = i;
        if (space && x == 0) {  // no leading spaces on a wrapped line
            i = j;
            continue;
        }
        if (scroll_to >= i && scroll_to < j && scroll_y < 0) scroll_y = y;
        if (!top_found && origin.y + y >= clip_min.y - 1.0f) {
            top_found = true;
            result.top_offset = line_start;
        }
        // Draw the run in pieces cut at span boundaries (a shaped word in one piece: its
        // letters join across them).
        std::size_t a = i;
        float px = rtl ? width - x - w : x;
        while (a < j) {
            auto next_cut = std::upper_bound(cuts.begin(), cuts.end(), a);
            std::size_t b = next_cut == cuts.end() ? j : std::min(j, *next_cut);
            if (b <= a || shape) b = j;
            const float pw = shape ? w : measure(a, b);
            const ImVec2 p0(origin.x + px, origin.y + y);
            const ImVec2 p1(p0.x + pw, p0.y + line_h - 2.0f);
            const bool visible = p1.y >= clip_min.y && p0.y <= clip_max.y;
            const TextSpan* s = span_at(a);
            if (track && !shape && mouse.y >= p0.y - 1 && mouse.y < p0.y + line_h - 1) {
                if (mouse.x >= p1.x) mouse_offset = b;
                else if (mouse.x >= p0.x) mouse_offset = offset_in(font, size, text, a, b, p0.x, mouse.x);
                else if (x == 0 && a == i) mouse_offset = a;  // left of a line: its start
            }
            if (selected_here && visible && b > sel.start() && a < sel.end() && !shape) {
                const std::size_t sa = std::max(a, sel.start()), sb = std::min(b, sel.end());
                const float sx0 = p0.x + measure(a, sa), sx1 = p0.x + measure(a, sb);
                dl->AddRectFilled(ImVec2(sx0, p0.y - 1), ImVec2(sx1, p1.y + 1), IM_COL32(70, 130, 220, 90));
            }
            if (s && visible) {
                if (s->background) dl->AddRectFilled(ImVec2(p0.x, p0.y - 1), ImVec2(p1.x, p1.y + 1), s->background);
                if (s->underline) dl->AddLine(ImVec2(p0.x, p1.y), ImVec2(p1.x, p1.y), s->underline, 2.0f);
                if (s->id >= 0 && window_hovered && mouse.x >= p0.x && mouse.x < p1.x && mouse.y >= p0.y - 1 &&
                    mouse.y < p1.y + 1)
                    result.hovered = s->id;
            }
            if (s && a == s->start && !s->name.empty())
                items::add_item(s->name, std::string_view(text).substr(s->start, s->end - s->start), p0, p1);
            if (!space && visible) {
                if (shape) dl->AddText(font, size, ImVec2(p0.x, p0.y + 1), text_col, shaped.data(), shaped.data() + shaped.size());
                else dl->AddText(font, size, ImVec2(p0.x, p0.y + 1), text_col, text.data() + a, text.data() + b);
            }
            px += pw;
            a = b;
        }
        x += w;
        i = j;
    }
    ImGui::Dummy(ImVec2(width, y + line_h));
    if (scroll_y >= 0) ImGui::SetScrollY(ImGui::GetScrollY() + (origin.y + scroll_y) - (clip_min.y));
    // Above the first line or below the last one, a drag reaches the start or the end.
    if (mine && sel.dragging && mouse_offset == static_cast<std::size_t>(-1))
        mouse_offset = mouse.y < origin.y ? 0 : mouse.y > origin.y + y ? n : mouse_offset;
    const bool inside = window_hovered && mouse.y >= origin.y && mouse.y < origin.y + y + line_h && mouse.x >= origin.x &&
                        mouse.x < origin.x + width;
    if (inside && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && mouse_offset != static_cast<std::size_t>(-1)) {
        sel = TextSelection{text.data(), mouse_offset, mouse_offset, true};
    } else if (mine && sel.dragging) {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            if (mouse_offset != static_cast<std::size_t>(-1)) sel.focus = std::min(mouse_offset, n);
        } else {
            sel.dragging = false;
            if (sel.anchor == sel.focus) sel.text = nullptr;  // a click, not a selection
        }
    }
    // Copying it: Ctrl+C (Dear ImGui 1.86's SDL backend indexes keys by scancode; C is 6),
    // or the menu a right click opens over the text.
    if (sel.in(text)) {
        const std::string_view words = text.substr(sel.start(), sel.end() - sel.start());
        const ImGuiIO& io = ImGui::GetIO();
        if ((io.KeyCtrl || io.KeySuper) && !io.KeyShift && ImGui::IsKeyPressed(6, false)) platform::copy_to_clipboard(std::string(words));
        ImGui::PushID(text.data());
        if (inside && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) ImGui::OpenPopup("selection");
        if (ImGui::BeginPopup("selection")) {
            if (ImGui::MenuItem("Copy", "Ctrl+C")) platform::copy_to_clipboard(std::string(words));
            items::name_item("selection/copy", "Copy");
            if (ImGui::MenuItem("Copy with its source")) result.cite_selection = true;
            items::name_item("selection/cite", "Copy with its source");
            ImGui::EndPopup();
        }
        ImGui::PopID();
        items::add_item("selection", words, origin, ImVec2(origin.x + width, origin.y + y + line_h));
    }
    if (result.hovered >= 0) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) result.clicked = result.hovered;
    }
    return result;
}

}  // namespace factlens
