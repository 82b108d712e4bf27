// Wrapped text with highlighted spans that can be hovered and clicked: the reader's and
// Compare's way of drawing source text. Lays text out word by word with the current font.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlens {

struct TextSpan {
    std::size_t start = 0;  // byte offsets into the text
    std::size_t end = 0;
    ImU32 background = 0;   // 0: none
    ImU32 underline = 0;    // 0: none
    int id = -1;            // reported back when hovered or clicked (-1: not interactive)
    std::string name;       // the item id its start is listed under in items() ("mark/<claim>/<n>"), or ""
};

struct RichTextResult {
    int hovered = -1;  // span id under the mouse
    int clicked = -1;  // span id clicked this frame
    std::size_t top_offset = 0;  // byte offset of the first line at the top of the visible area
    bool cite_selection = false; // "Copy with its source" chosen from the selection's menu
};

// The one text selection of the app, as a browser has one: made by dragging over text drawn
// with draw_rich_text, drawn there, copied with Ctrl+C or from its menu (a right click).
struct TextSelection {
    const char* text = nullptr;  // the text it is in (its first byte), nullptr when none
    std::size_t anchor = 0;      // byte offsets into that text: where the drag began...
    std::size_t focus = 0;       // ...and where it is now
    bool dragging = false;
    std::size_t start() const { return anchor < focus ? anchor : focus; }
    std::size_t end() const { return anchor < focus ? focus : anchor; }
    bool in(std::string_view t) const { return text == t.data() && end() > start() && end() <= t.size(); }
};
TextSelection& text_selection();

// Draws `text` wrapped to the content width. Later spans paint over earlier ones. When
// `scroll_to` is a byte offset inside the text, the enclosing window scrolls so that its
// line is the top line.
RichTextResult draw_rich_text(std::string_view text, const std::vector<TextSpan>& spans,
                              std::size_t scroll_to = static_cast<std::size_t>(-1));

}  // namespace factlens
