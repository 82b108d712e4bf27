// The Compare view: two sources side by side, sentences aligned (the rewrites follow their
// origin closely), with the words that differ marked on each side.
#include <imgui.h>

#include <string>
#include <vector>

#include "app/rich_text.h"
#include "app/items.h"
#include "app/view.h"
#include "core/compare.h"

namespace factlens {

namespace {

// A source picker; returns the source chosen this frame, or nullptr.
const Source* source_combo(const char* label, const char* name, const Corpus& corpus, const Source& current) {
    const Source* chosen = nullptr;
    ImGui::SetNextItemWidth(260.0f);
    const bool open = ImGui::BeginCombo(label, (current.id + " \u00B7 " + current.display_outlet()).c_str());
    items::name_item(name, current.display_outlet());
    if (open) {
        for (const Source& s : corpus.sources) {
            if (ImGui::Selectable((s.id + " \u00B7 " + s.display_outlet()).c_str(), s.id == current.id)) chosen = &s;
            items::name_item(std::string(name) + "/" + s.id, s.display_outlet());
        }
        ImGui::EndCombo();
    }
    return chosen;
}

// Sentences of both texts and their alignment, recomputed only when the pair changes.
struct Alignment {
    std::string a_id, b_id;
    std::vector<Range> a, b;
    std::vector<AlignedPair> pairs;
};

}  // namespace

void draw_compare_view(ViewContext& ctx) {
    ViewState& st = ctx.state;
    if (ctx.corpus.sources.size() < 2) {
        ImGui::TextDisabled("Compare needs two sources.");
        return;
    }
    // The pair shown is derived from the state (defaults when it names none); only the
    // user's choice writes it.
    const SourcePair pair = compare_sources(st, ctx.corpus);
    const Source& a = *pair.left;
    const Source& b = *pair.right;
    if (const Source* s = source_combo("##left", "compare/left", ctx.corpus, a)) set_compare_sources(st, s->id, b.id);
    ImGui::SameLine();
    ImGui::TextUnformatted("compared with");
    ImGui::SameLine();
    if (const Source* s = source_combo("##right", "compare/right", ctx.corpus, b)) set_compare_sources(st, a.id, s->id);
    ImGui::SameLine();
    if (ImGui::Button("Swap")) set_compare_sources(st, b.id, a.id);
    ImGui::SameLine();
    search_box(ctx, "Find (Ctrl+F)", 160.0f);

    static Alignment cache;  // derived data only: rebuilt from the model when the pair changes
    if (cache.a_id != a.id || cache.b_id != b.id) {
        cache.a_id = a.id;
        cache.b_id = b.id;
        cache.a = split_sentences(a.text);
        cache.b = split_sentences(b.text);
        cache.pairs = align_sentences(a.text, cache.a, b.text, cache.b);
    }
    std::size_t matched = 0;
    for (const auto& p : cache.pairs) matched += p.a >= 0 && p.b >= 0;
    ImGui::SameLine();
    ImGui::TextDisabled("%zu aligned sentence pairs; %zu and %zu sentences. Red: only on the left; green: only on the right.",
                        matched, cache.a.size(), cache.b.size());

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("compare", 2, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn((shown(source_name(ctx.corpus, a.id)) + "##left").c_str());
    ImGui::TableSetupColumn((shown(source_name(ctx.corpus, b.id)) + "##right").c_str());
    ImGui::TableHeadersRow();
    ImGui::PushFont(ctx.fonts.reading);
    for (std::size_t k = 0; k < cache.pairs.size(); ++k) {
        const AlignedPair& p = cache.pairs[k];
        ImGui::PushID(static_cast<int>(k));
        ImGui::TableNextRow();
        std::string_view sa, sb;
        if (p.a >= 0) sa = std::string_view(a.text).substr(cache.a[p.a].start, cache.a[p.a].end - cache.a[p.a].start);
        if (p.b >= 0) sb = std::string_view(b.text).substr(cache.b[p.b].start, cache.b[p.b].end - cache.b[p.b].start);
        std::vector<Range> only_a, only_b;
        if (p.a >= 0 && p.b >= 0) word_diff(sa, sb, only_a, only_b);
        const std::string& q = st.search;
        // The words that differ, listed in items() as diff/<left|right>/<row>/<n>.
        auto spans_of = [&](std::string_view text, const std::vector<Range>& rs, ImU32 colour, const char* side) {
            std::vector<TextSpan> out;
            for (const Range& r : rs)
                out.push_back(TextSpan{r.start, r.end, colour, 0, -1,
                                       "diff/" + std::string(side) + "/" + std::to_string(k) + "/" + std::to_string(out.size())});
            add_search_spans(text, q, out);
            return out;
        };
        ImGui::TableSetColumnIndex(0);
        if (p.a >= 0) {
            draw_rich_text(sa, spans_of(sa, p.b >= 0 ? only_a : std::vector<Range>{}, IM_COL32(230, 80, 60, 70), "left"));
        } else {
            ImGui::TextDisabled("(no matching sentence)");
        }
        ImGui::TableSetColumnIndex(1);
        if (p.b >= 0) {
            draw_rich_text(sb, spans_of(sb, p.a >= 0 ? only_b : std::vector<Range>{}, IM_COL32(40, 170, 80, 70), "right"));
        } else {
            ImGui::TextDisabled("(no matching sentence)");
        }
        ImGui::PopID();
    }
    ImGui::PopFont();
    ImGui::EndTable();
}

}  // namespace factlens
