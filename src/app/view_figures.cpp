// The Figures view: every money claim as a bar in one of the story's currencies, with its
// qualifier drawn (an open end for "over", a band for "about", a cap for "up to"), each
// source's stated variant as a mark on its bar, the peers on the same axis, and the
// arithmetic checks with their working.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <string>
#include <vector>

#include "app/theme.h"
#include "app/items.h"
#include "app/view.h"
#include "core/analysis.h"

namespace factlens {

namespace {

struct Bar {
    const Claim* claim;
    double low, high;  // in the display currency
    std::string working;
};

// "Nice" axis step: 1, 2 or 5 times a power of ten.
double nice_step(double range, int ticks) {
    const double raw = range / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / mag;
    return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
}

void draw_checks(ViewContext& ctx) {
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Arithmetic checks");
    ImGui::PopFont();
    // The checks, listed once per story; only those on screen are drawn.
    static std::vector<const Finding*> checks;
    static unsigned long long checks_of = ~0ull;
    if (checks_of != ctx.generation) {
        checks.clear();
        for (const Finding& f : ctx.corpus.findings)
            if (is_check(f.kind)) checks.push_back(&f);
        checks_of = ctx.generation;
    }
    static VirtualRows rows;
    const std::string& focus = items::focus();
    rows.draw(checks.size(), layout_key({std::to_string(ctx.generation)}, ImGui::GetContentRegionAvail().x), ImGui::GetTextLineHeightWithSpacing(),
              [&](std::size_t k) {
        const Finding& f = *checks[k];
        ImGui::PushID(f.id.c_str());
        const ImVec4 c = f.agrees ? ImVec4(0.1f, 0.5f, 0.2f, 1) : theme::kError;
        ImGui::TextColored(c, "%s", f.agrees ? "=" : "\u2260");
        ImGui::SameLine();
        const bool selected = ctx.state.selection.finding == f.id;
        ImGui::PushFont(ctx.fonts.mono);
        // The working on one line; cut with an ellipsis when the panel is narrower, whole on hover.
        const std::string fit = ellipsized(f.detail, ImGui::GetContentRegionAvail().x);
        if (ImGui::Selectable((fit + "##" + f.id).c_str(), selected) && !selected) toggle_finding(ctx.state, ctx.corpus, f.id);
        items::name_item("check/" + f.id, f.detail, selected);
        ImGui::PopFont();
        if (ImGui::IsItemHovered()) {
            std::string tip = f.detail + "\n\n" + std::string(finding_kind_title(f.kind)) + " on claim " + f.claim + "\n";
            for (std::size_t i : f.mentions)
                tip += "\n" + source_name(ctx.corpus, ctx.corpus.mentions[i].source) + ": \u201C" + ctx.corpus.mentions[i].quote.exact + "\u201D";
            wrapped_tooltip(tip.c_str());
        }
        ImGui::PopID();
    }, [&](std::size_t k) { return checks[k]->id == ctx.state.selection.finding || (focus.starts_with("check/") && focus.compare(6, std::string::npos, checks[k]->id) == 0); },
              layout_key({ctx.state.selection.finding, focus}, 0.0f));
}

}  // namespace

void draw_figures_view(ViewContext& ctx) {
    ViewState& st = ctx.state;
    // The story's own currencies (the most used first), and those its stated rates reach.
    const std::vector<std::string>& currencies = story_currencies(ctx.corpus);
    const std::string cur = figures_currency(st, currencies);
    ImGui::TextUnformatted("Currency:");
    for (const std::string& code : currencies) {
        ImGui::SameLine();
        if (ImGui::RadioButton(code.c_str(), cur == code)) set_currency(st, ctx.corpus, code);
        items::name_item("currency/" + code, code);
    }
    ImGui::SameLine(0, 24);
    search_box(ctx, "Filter figures (Ctrl+F)", 200.0f);
    ImGui::SameLine(0, 24);
    ImGui::Checkbox("Log scale", &st.log_scale);
    items::name_item("log-scale", "Log scale");
    const bool log_scale = st.log_scale;
    // The rate figures were converted with, and whose words state it.
    const Rate* rate = nullptr;
    for (const Rate& r : ctx.corpus.rates)
        if (r.base == cur || r.quote_currency == cur) {
            rate = &r;
            break;
        }
    if (rate) {
        ImGui::SameLine();
        const Source* by = story_index(ctx.corpus).source(rate->source);
        ImGui::TextDisabled("converted at the rate %s states: 1 %s = %s %s \u00B7 dots: each source's stated figure",
                            by ? by->display_outlet().c_str() : rate->source.c_str(), rate->base.c_str(), rate->rate_text.c_str(),
                            rate->quote_currency.c_str());
    }

    // The bars and the axis's end are made when the story, the search or the currency
    // changes, not every frame.
    static std::vector<Bar> bars;
    static double max_v = 1;
    static std::uint64_t bars_key = 0;
    static std::size_t first_peer = 0;  // bars: the claims, then from here their peers
    const std::uint64_t key = layout_key({std::to_string(ctx.generation), st.search, cur}, 0.0f);
    if (key != bars_key) {
        bars_key = key;
        bars.clear();
    for (int pass = 0; pass < 2; ++pass) {
        for (const Claim& c : ctx.corpus.claims) {
            // Money claims, and shares of money claims ("about half of that").
            if (!c.value || c.peer != (pass == 1)) continue;
            if (!contains_ci(c.subject, st.search) && !contains_ci(c.measure, st.search) && !contains_ci(c.id, st.search)) continue;
            std::string working;
            auto v = money_value(ctx.corpus, story_index(ctx.corpus), *c.value, cur, &working);
            if (!v) continue;
            double lo = *v, hi = *v;
            if (c.value->is_range()) {
                lo = convert(ctx.corpus, c.value->low, c.value->unit, cur).value_or(*v);
                hi = convert(ctx.corpus, c.value->high, c.value->unit, cur).value_or(*v);
            }
            bars.push_back({&c, lo, hi, working});
        }
    }
    first_peer = bars.size();
    for (std::size_t i = 0; i < bars.size(); ++i)
        if (bars[i].claim->peer) {
            first_peer = i;
            break;
        }
    max_v = 1;
    for (const Bar& b : bars) max_v = std::max(max_v, b.high * 1.15);
    for (const Mention& m : ctx.corpus.mentions)
        if (m.value && (m.value->is_money() || !m.value->of.empty()))
            if (auto v = money_value(ctx.corpus, story_index(ctx.corpus), *m.value, cur)) max_v = std::max(max_v, *v * 1.05);
    }

    const float checks_h = std::min(260.0f, ImGui::GetContentRegionAvail().y * 0.34f);
    ImGui::BeginChild("bars", ImVec2(0, -checks_h), true);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A narrow screen puts each figure's name above its bar, across the whole width.
    const float label_w = ctx.compact ? 0.0f : std::min(360.0f, ImGui::GetContentRegionAvail().x * 0.34f);
    const float label_top = ctx.compact ? ImGui::GetTextLineHeight() + 2.0f : 0.0f;
    const float row_h = 40.0f + label_top;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float x0 = p0.x + label_w, x1 = p0.x + ImGui::GetContentRegionAvail().x - 16.0f;
    // Linear from 0, or logarithmic from a tenth of the smallest figure: the story's
    // figures run from $5bn to a $300bn valuation.
    double min_v = max_v;
    for (const Bar& b : bars) min_v = std::min(min_v, b.low);
    const double log_lo = std::log10(std::max(min_v * 0.5, 1.0)), log_hi = std::log10(max_v);
    auto x_of = [&](double v) {
        if (!log_scale) return static_cast<float>(x0 + v / max_v * (x1 - x0));
        const double t = (std::log10(std::max(v, 1.0)) - log_lo) / (log_hi - log_lo);
        return static_cast<float>(x0 + std::max(0.0, t) * (x1 - x0));
    };
    const float axis_y = p0.y + 16.0f;
    const float height = 24.0f + row_h * static_cast<float>(bars.size()) + 24.0f;
    // Axis: nice linear steps, or 1-2-5 steps per decade.
    std::vector<double> ticks;
    if (log_scale) {
        for (double dec = std::pow(10.0, std::floor(log_lo)); dec <= max_v; dec *= 10)
            for (double m : {1.0, 2.0, 5.0})
                if (dec * m >= std::pow(10.0, log_lo) && dec * m <= max_v) ticks.push_back(dec * m);
    } else {
        const double step = nice_step(max_v, 6);
        for (double t = 0; t <= max_v; t += step) ticks.push_back(t);
    }
    // Every tick gets its line; a label only where it does not run into the last one drawn.
    float label_end = -1e9f;
    for (double t : ticks) {
        const float x = x_of(t);
        dl->AddLine(ImVec2(x, axis_y), ImVec2(x, p0.y + height - 10), IM_COL32(225, 221, 213, 255));
        const std::string label = format_money(t, cur);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        if (x - w / 2 < label_end + 8.0f) continue;
        dl->AddText(ImVec2(x - w / 2, p0.y), IM_COL32(110, 108, 100, 255), label.c_str());
        label_end = x + w / 2;
    }
    const Mention* hover_mention = nullptr;
    const Bar* hover_bar = nullptr;
    // Every bar has the same height, and the peers' heading comes once before the first
    // peer: a bar's place is worked out, and only the bars on screen are drawn, with the
    // selected one and the one with the keyboard's focus (found again when either changes).
    const float bars_top = axis_y + 8.0f;
    constexpr float kPeersHeading = 22.0f;
    const auto bar_y = [&](std::size_t i) { return bars_top + row_h * static_cast<float>(i) + (i >= first_peer ? kPeersHeading : 0.0f); };
    const float clip_top = ImGui::GetCurrentWindow()->ClipRect.Min.y, clip_bottom = ImGui::GetCurrentWindow()->ClipRect.Max.y;
    const std::string& focus = items::focus();
    static std::uint64_t kept_key = ~0ull;
    static std::vector<std::size_t> kept;
    if (const std::uint64_t k = layout_key({std::to_string(bars_key), st.selection.claim, focus}, 0.0f); k != kept_key) {
        kept_key = k;
        kept.clear();
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const std::string& id = bars[i].claim->id;
            if (st.selection.claim == id || (focus.size() == id.size() + 4 && focus.starts_with("bar/") && focus.ends_with(id)))
                kept.push_back(i);
        }
    }
    std::vector<std::size_t> shown = kept;
    if (!bars.empty()) {
        const auto row_at = [&](float at) {
            const float off = at - bars_top;
            const float in_peers = off - row_h * static_cast<float>(first_peer) - kPeersHeading;
            const float r = in_peers >= 0 ? static_cast<float>(first_peer) + in_peers / row_h : std::min(off / row_h, static_cast<float>(first_peer));
            return static_cast<std::size_t>(std::clamp(r, 0.0f, static_cast<float>(bars.size() - 1)));
        };
        for (std::size_t i = row_at(clip_top - row_h), last = row_at(clip_bottom); i <= last; ++i) shown.push_back(i);
        std::sort(shown.begin(), shown.end());
        shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    }
    if (first_peer < bars.size()) {
        const float hy = bar_y(first_peer) - kPeersHeading;
        if (hy + kPeersHeading >= clip_top && hy <= clip_bottom) {
            dl->AddLine(ImVec2(p0.x, hy + 2), ImVec2(x1, hy + 2), IM_COL32(160, 155, 145, 255), 1.0f);
            dl->AddText(ImVec2(p0.x, hy + 4), IM_COL32(110, 108, 100, 255), "Peers the sources compare with");
        }
    }
    for (std::size_t bi : shown) {
        const Bar& b = bars[bi];
        const Claim& c = *b.claim;
        const float y = bar_y(bi);
        const bool selected = st.selection.claim == c.id;
        const ImU32 col = claim_colour(ctx.corpus, c.id, selected ? 0.95f : 0.7f);
        const float cy = y + label_top + (row_h - label_top) / 2;
        if (selected) dl->AddRectFilled(ImVec2(p0.x - 4, y), ImVec2(x1 + 12, y + row_h), IM_COL32(28, 92, 158, 28), 4.0f);
        const std::string label = c.subject + " \u2014 " + c.measure + (c.period.empty() ? "" : " (" + c.period + ")");
        if (ctx.compact) {
            dl->AddText(ImVec2(p0.x, y + 1), ImGui::GetColorU32(ImGuiCol_Text), ellipsized(label, x1 - p0.x).c_str());
        } else {
            // Wrapped in its column; what does not fit in two lines ends in an ellipsis.
            const float wrap = label_w - 12;
            std::string fit = label;
            if (ImGui::CalcTextSize(fit.c_str(), nullptr, false, wrap).y > row_h - 2) fit = ellipsized(label, wrap * 1.8f);
            const float label_h = ImGui::CalcTextSize(fit.c_str(), nullptr, false, wrap).y;
            dl->PushClipRect(ImVec2(p0.x, y), ImVec2(x0 - 8, y + row_h), true);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p0.x, cy - label_h / 2), ImGui::GetColorU32(ImGuiCol_Text),
                        fit.c_str(), nullptr, wrap);
            dl->PopClipRect();
        }
        const float bl = x_of(b.low), bh = x_of(b.high);
        const Qualifier q = c.value->qualifier;
        dl->AddRectFilled(ImVec2(x0, cy - 7), ImVec2(bh, cy + 7), col, 2.0f);
        if (q == Qualifier::Over || q == Qualifier::AtLeast) {
            // An open end: the bar fades on past the stated figure, with an arrow.
            for (int k = 0; k < 10; ++k) {
                const float a = 0.55f * (1.0f - k / 10.0f);
                dl->AddRectFilled(ImVec2(bh + k * 4.0f, cy - 7), ImVec2(bh + k * 4.0f + 4.0f, cy + 7),
                                  claim_colour(ctx.corpus, c.id, a));
            }
            dl->AddTriangleFilled(ImVec2(bh + 42, cy - 6), ImVec2(bh + 50, cy), ImVec2(bh + 42, cy + 6), col);
        } else if (q == Qualifier::About) {
            const float e0 = x_of(b.low * 0.9), e1 = x_of(b.high * 1.1);
            dl->AddLine(ImVec2(e0, cy), ImVec2(e1, cy), IM_COL32(40, 40, 40, 255), 1.5f);
            dl->AddLine(ImVec2(e0, cy - 9), ImVec2(e0, cy + 9), IM_COL32(40, 40, 40, 255), 1.5f);
            dl->AddLine(ImVec2(e1, cy - 9), ImVec2(e1, cy + 9), IM_COL32(40, 40, 40, 255), 1.5f);
        } else if (q == Qualifier::UpTo || q == Qualifier::Under) {
            dl->AddRectFilled(ImVec2(bh - 3, cy - 12), ImVec2(bh + 1, cy + 12), IM_COL32(40, 40, 40, 255));
        }
        if (c.value->is_range()) dl->AddRectFilled(ImVec2(bl, cy - 9), ImVec2(bh, cy + 9), claim_colour(ctx.corpus, c.id, 0.35f));
        std::string vtext = c.value->display() + (c.value->unit == cur ? "" : " \u2248 " + format_money(b.high, cur));
        // The value after the bar's end (and its open end or whisker), or inside near the axis end.
        float vw = ImGui::CalcTextSize(vtext.c_str()).x;
        const float after = (q == Qualifier::Over || q == Qualifier::AtLeast) ? bh + 58 : q == Qualifier::About ? x_of(b.high * 1.1) + 8 : bh + 12;
        // Too long for a narrow screen: the figure in the shown currency only ("over $20.6bn"
        // for "over CNY 150bn ≈ $20.6bn"; the tooltip has the figure as stated and the rate).
        if (after + vw > x1 + 12 && c.value->unit != cur) {
            vtext = std::string(qualifier_words(q)) + format_money(b.high, cur);
            vw = ImGui::CalcTextSize(vtext.c_str()).x;
        }
        // Inside the bar when it does not fit after it, but never before the bar's start (a
        // narrow screen's long bar would cut the value's first words off at the left).
        const float vx = after + vw <= x1 + 12 ? after : std::max(x0 + 4.0f, bh - vw - 10);
        dl->AddText(ImVec2(vx, cy - 9), IM_COL32(50, 50, 50, 255), vtext.c_str());
        items::add_item("value/" + c.id, vtext, ImVec2(vx, cy - 9), ImVec2(vx + vw, cy + 9));
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        if (ImGui::IsWindowHovered() && mouse.y >= y && mouse.y < y + row_h && mouse.x >= p0.x) hover_bar = &b;
        items::add_item("bar/" + c.id, label, ImVec2(x0, cy - 7), ImVec2(std::max(bh, x0 + 2), cy + 7), selected);
        // Each source's stated variant.
        const StoryIndex& index = story_index(ctx.corpus);
        for (std::size_t mi : index.mentions_of(c.id)) {
            const Mention& m = ctx.corpus.mentions[mi];
            if (!m.value) continue;
            auto v = money_value(ctx.corpus, story_index(ctx.corpus), *m.value, cur);
            if (!v) continue;
            // Sources stating the same figure sit a little apart so each dot shows.
            const std::size_t si = index.source_position(m.source).value_or(ctx.corpus.sources.size());
            const float my = cy - 8.0f + 4.0f * static_cast<float>(si % 5);
            const float mx = x_of(*v);
            dl->AddCircleFilled(ImVec2(mx, my), 5.0f, source_colour(ctx.corpus, m.source));
            dl->AddCircle(ImVec2(mx, my), 5.0f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
            items::add_item("dot/" + c.id + "/" + m.source, source_name(ctx.corpus, m.source) + ": " + m.value->display(), ImVec2(mx - 5, my - 5),
                            ImVec2(mx + 5, my + 5));
            if (ImGui::IsWindowHovered() && std::fabs(mouse.x - mx) <= 6 && std::fabs(mouse.y - my) <= 6) hover_mention = &m;
        }
    }
    const float bars_end = bars_top + row_h * static_cast<float>(bars.size()) + (first_peer < bars.size() ? kPeersHeading : 0.0f);
    ImGui::Dummy(ImVec2(0, bars_end - p0.y + 8));
    if (hover_mention) {
        std::string working;
        money_value(ctx.corpus, story_index(ctx.corpus), *hover_mention->value, cur, &working);
        const std::string tip = source_name(ctx.corpus, hover_mention->source) + " states " + hover_mention->value->display() +
                                (hover_mention->converted ? " (" + hover_mention->converted->display() + ")" : "") + "\n\u201C" +
                                hover_mention->quote.exact + "\u201D\n" + working;
        wrapped_tooltip(tip.c_str());
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) select_claim(st, hover_mention->claim);
    } else if (hover_bar) {
        const std::string tip = hover_bar->claim->id + ": " + hover_bar->claim->value->display() + "\n" + hover_bar->working +
                                "\nClick to select; dots are each source's figure.";
        wrapped_tooltip(tip.c_str());
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) select_claim(st, hover_bar->claim->id);
    }
    ImGui::EndChild();
    ImGui::BeginChild("checks", ImVec2(0, 0), true);
    draw_checks(ctx);
    ImGui::EndChild();
}

}  // namespace factlens
