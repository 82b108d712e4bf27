// The Compare view: two sources side by side, sentences aligned (the rewrites follow their
// origin closely), with the words that differ marked on each side.
#include <imgui.h>

#include <string>
#include <vector>

#include "app/rich_text.h"
#include "app/view.h"
#include "core/compare.h"

namespace factlens {

namespace {

bool source_combo(const char* label, const Corpus& corpus, std::string& id) {
    const Source* cur = corpus.find_source(id);
    bool changed = false;
    ImGui::SetNextItemWidth(260.0f);
    if (ImGui::BeginCombo(label, cur ? (cur->id + " \u00B7 " + cur->display_outlet()).c_str() : "choose a source")) {
        for (const Source& s : corpus.sources) {
            if (ImGui::Selectable((s.id + " \u00B7 " + s.display_outlet()).c_str(), s.id == id)) {
                id = s.id;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
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
    if (!ctx.corpus.find_source(st.selection.source)) st.selection.source = ctx.corpus.sources[0].id;
    if (!ctx.corpus.find_source(st.compare_source) || st.compare_source == st.selection.source)
        st.compare_source = ctx.corpus.sources[st.selection.source == ctx.corpus.sources[1].id ? 0 : 1].id;
    source_combo("##left", ctx.corpus, st.selection.source);
    ImGui::SameLine();
    ImGui::TextUnformatted("compared with");
    ImGui::SameLine();
    source_combo("##right", ctx.corpus, st.compare_source);
    ImGui::SameLine();
    if (ImGui::Button("Swap")) std::swap(st.selection.source, st.compare_source);
    ImGui::SameLine();
    search_box(ctx, "Find (Ctrl+F)", 160.0f);

    const Source& a = *ctx.corpus.find_source(st.selection.source);
    const Source& b = *ctx.corpus.find_source(st.compare_source);
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
    ImGui::TableSetupColumn((a.id + " \u00B7 " + a.display_outlet()).c_str());
    ImGui::TableSetupColumn((b.id + " \u00B7 " + b.display_outlet()).c_str());
    ImGui::TableHeadersRow();
    ImGui::PushFont(ctx.fonts.mono);
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
        auto spans_of = [&](std::string_view text, const std::vector<Range>& rs, ImU32 colour) {
            std::vector<TextSpan> out;
            for (const Range& r : rs) out.push_back(TextSpan{r.start, r.end, colour, 0, -1});
            add_search_spans(text, q, out);
            return out;
        };
        ImGui::TableSetColumnIndex(0);
        if (p.a >= 0) {
            draw_rich_text(sa, spans_of(sa, p.b >= 0 ? only_a : std::vector<Range>{}, IM_COL32(230, 80, 60, 70)));
        } else {
            ImGui::TextDisabled("(no matching sentence)");
        }
        ImGui::TableSetColumnIndex(1);
        if (p.b >= 0) {
            draw_rich_text(sb, spans_of(sb, p.a >= 0 ? only_b : std::vector<Range>{}, IM_COL32(40, 170, 80, 70)));
        } else {
            ImGui::TextDisabled("(no matching sentence)");
        }
        ImGui::PopID();
    }
    ImGui::PopFont();
    ImGui::EndTable();
}

}  // namespace factlens
