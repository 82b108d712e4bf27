// The Timeline view: reports, events and our sources on a time axis, a lane per outlet.
// Day precision is a point, coarser precision a band. Wheel zooms, drag pans; hovering a
// mark shows the words that date it and how they were resolved.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <cmath>
#include <string>
#include <vector>

#include "app/theme.h"
#include "app/items.h"
#include "app/touch.h"
#include "app/view.h"
#include "core/dates.h"
#include "core/text.h"

namespace factlens {

namespace {

struct Mark {
    std::string lane;
    std::string id;       // report or source id
    bool is_source = false;
    bool is_event = false;
    Date date;
    std::string label;
    std::string tooltip;
    float label_w = 0;  // the label's width in the font it is drawn in
    ImU32 colour = 0;
    std::string item;   // its name in factlens.items()
};

std::vector<Mark> collect_marks(const Corpus& corpus) {
    std::vector<Mark> marks;
    for (const Report& r : corpus.reports) {
        auto d = r.date();
        if (!d) continue;
        // Reports read at a glance by their date and the words that give it; events by
        // what happened.
        std::string label = d->display();
        if (const DatedBy* best = r.best_dating()) label += "  \u201C" + best->quote.exact + "\u201D";
        if (r.is_event) label = clip_code_points(r.label, 36) + " \u00B7 " + d->display();
        Mark m{r.is_event ? "Events" : r.outlet, r.id, false, r.is_event, *d, label, {}};
        m.tooltip = r.label + (r.is_event ? "" : " (" + r.outlet + ")") + "\n" + d->display() + ", " +
                    std::string(precision_name(d->precision)) + " precision\n";
        for (const DatedBy& db : r.dated_by)
            m.tooltip += "\n\u201C" + db.quote.exact + "\u201D in " + source_name(corpus, db.source) + ":\n  " + db.resolved.reasoning;
        marks.push_back(std::move(m));
    }
    for (const Source& s : corpus.sources) {
        if (!s.published) continue;
        Mark m{s.outlet.empty() ? "Sources, outlet unknown" : s.outlet, s.id, true, false, *s.published, source_name(corpus, s.id), {}};
        m.tooltip = source_name(corpus, s.id) + " (" + std::string(source_kind_name(s.kind)) + ") published " + s.published->display() +
                    ", " + std::string(precision_name(s.published->precision)) + " precision";
        if (!s.published_reason.empty()) m.tooltip += "\n" + s.published_reason;
        for (const auto& e : s.published_evidence) m.tooltip += "\n\u201C" + e.quote.exact + "\u201D (" + source_name(corpus, e.source) + ")";
        marks.push_back(std::move(m));
    }
    return marks;
}

const char* kMonthAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

void draw_timeline_view(ViewContext& ctx) {
    ViewState& st = ctx.state;
    // The visible range: the user's (zoomed or panned, and in the link), or else the range
    // that fits every report, event and source dated to the month or better.
    // The marks and their labels' widths are made once per story (and font size), the search's
    // choice of them once per search: not every frame.
    static std::vector<Mark> all_marks;
    static std::uint64_t marks_key = 0;
    static std::vector<const Mark*> marks;
    static std::uint64_t search_key = 0;
    const std::uint64_t mk = layout_key({std::to_string(ctx.generation)}, ImGui::GetFontSize());
    if (mk != marks_key) {
        marks_key = mk;
        all_marks = collect_marks(ctx.corpus);
        for (Mark& m : all_marks) {
            m.label_w = ImGui::CalcTextSize(m.label.c_str()).x;
            m.colour = m.is_source ? source_colour(ctx.corpus, m.id) : m.is_event ? IM_COL32(120, 60, 150, 255) : IM_COL32(28, 92, 158, 255);
            m.item = "timeline/" + m.id;
        }
        search_key = 0;
    }
    double from = st.timeline_from, to = st.timeline_to;
    if (to <= from) {
        double lo = 1e12, hi = -1e12;
        for (const Mark& m : all_marks) {
            if (static_cast<int>(m.date.precision) < static_cast<int>(Precision::Month)) continue;
            lo = std::min(lo, static_cast<double>(m.date.first_day()));
            hi = std::max(hi, static_cast<double>(m.date.last_day() + 1));
        }
        if (hi <= lo) lo = 0, hi = 365;
        const double pad = std::max(5.0, (hi - lo) * 0.06);
        from = lo - pad;
        to = hi + pad;
    }
    if (ImGui::Button("Reset zoom")) st.timeline_from = st.timeline_to = 0;  // the user's click
    ImGui::SameLine();
    search_box(ctx, "Find a report or event (Ctrl+F)", ctx.compact ? ImGui::GetContentRegionAvail().x : 240.0f);
    if (ctx.compact) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("Pinch to zoom, drag to pan; press and hold a mark for the words that date it.");
        ImGui::PopTextWrapPos();
    } else {
        ImGui::SameLine();
        text_ellipsized("Wheel to zoom, drag to pan. \u25CF a day, a bar a week or month; \u25C6 when one of our sources was published. Hover for the words that date it.", true);
    }

    // The search keeps the marks whose label, id or dating words match; by date.
    static std::vector<std::string> lanes;
    static std::vector<std::size_t> lane_of;  // per mark in `marks`
    const std::uint64_t sk = layout_key({std::to_string(mk), st.search}, 0.0f);
    if (sk != search_key) {
        search_key = sk;
        marks.clear();
        for (const Mark& m : all_marks)
            if (contains_ci(m.label, st.search) || contains_ci(m.id, st.search) || contains_ci(m.tooltip, st.search)) marks.push_back(&m);
        lanes.clear();
        std::unordered_map<std::string_view, std::size_t> lane_at;
        for (const Mark* m : marks)
            if (lane_at.emplace(m->lane, lanes.size()).second) lanes.push_back(m->lane);
        std::stable_sort(marks.begin(), marks.end(), [](const Mark* l, const Mark* r) { return l->date.first_day() < r->date.first_day(); });
        std::stable_sort(lanes.begin(), lanes.end(), [](const std::string& a, const std::string& b) {
            return (a == "Events") < (b == "Events");  // events last
        });
        lane_at.clear();
        for (std::size_t i = 0; i < lanes.size(); ++i) lane_at.emplace(lanes[i], i);
        lane_of.clear();
        for (const Mark* m : marks) lane_of.push_back(lane_at[m->lane]);
    }

    const float details_h = st.selection.report.empty() ? 0.0f : 150.0f;
    ImGui::BeginChild("timeline", ImVec2(0, -details_h), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // A narrow screen gives the axis the whole width: each lane's name goes above it.
    const float label_w = ctx.compact ? 0.0f : 190.0f, axis_h = 34.0f, row_h = 22.0f;
    const float lane_head = ctx.compact ? ImGui::GetTextLineHeight() + 4.0f : 0.0f;
    const float x0 = p0.x + label_w, x1 = p0.x + avail.x - 10.0f;
    const double span = to - from;
    auto x_of = [&](double day) { return static_cast<float>(x0 + (day - from) / span * (x1 - x0)); };

    // Lay marks out: in each lane, a mark and its label take the first row where they do
    // not overlap an earlier one, so clustered dates (20-23 January) stay readable.
    struct Placed {
        const Mark* mark;
        std::size_t lane;
        int row;
        float a, b;  // mark extent in x
        bool labelled;
    };
    // Made again only when the marks, the range or the axis change (a zoom, a pan, a resize),
    // not on every frame: a large story has tens of thousands of marks.
    struct PlacedFor {
        std::uint64_t marks = 0;
        double from = 0, to = 0;
        float left = 0, x0 = 0, x1 = 0;
        bool operator==(const PlacedFor&) const = default;
    };
    static std::vector<Placed> placed;
    static std::vector<int> lane_rows;
    static PlacedFor placed_for;
    const PlacedFor now_for{sk, from, to, p0.x, x0, x1};
    if (!(now_for == placed_for) || lane_rows.size() != lanes.size()) {
        placed_for = now_for;
        placed.clear();
        lane_rows.assign(lanes.size(), 1);
        // A lane takes at most kLabelRows rows of labels; marks past them (a dense stretch of
        // a large story) are drawn on the first row without a label, and one drawn where the
        // last of those was (under 3 pixels away) is not drawn again.
        constexpr int kLabelRows = 4;
        std::vector<std::vector<float>> row_end(lanes.size());
        std::vector<float> dense_at(lanes.size(), -1e9f);
        for (std::size_t k = 0; k < marks.size(); ++k) {
            const Mark* m = marks[k];
            const std::size_t lane = lane_of[k];
            float a, b;
            if (m->date.precision == Precision::Day) {
                const float x = x_of(static_cast<double>(m->date.first_day()) + 0.5);
                a = x - 7;
                b = x + 7;
            } else {
                a = x_of(static_cast<double>(m->date.first_day()));
                b = std::max(a + 3, x_of(static_cast<double>(m->date.last_day() + 1)));
            }
            // The label goes right of the mark, or left of it where it would run off the end
            // (as drawn below): the row must have room for whichever it is.
            if (b < x0 - 40 || a > x1 + 40) continue;  // off the axis: zoomed or panned away
            const float lw = m->label_w;
            const bool right = b + 5 + lw <= x1 + 8;
            const float start = right ? a : std::max(p0.x + 2, a - 5 - lw);
            const float end = right ? b + 6 + lw : b + 2;
            auto& rows = row_end[lane];
            int row = 0;
            while (row < static_cast<int>(rows.size()) && rows[static_cast<std::size_t>(row)] > start - 4) ++row;
            if (row >= kLabelRows) {
                if (a - dense_at[lane] < 3.0f) continue;
                dense_at[lane] = a;
                placed.push_back({m, lane, 0, a, b, false});
                continue;
            }
            if (row == static_cast<int>(rows.size())) rows.push_back(end);
            else rows[static_cast<std::size_t>(row)] = end;
            lane_rows[lane] = std::max(lane_rows[lane], row + 1);
            placed.push_back({m, lane, row, a, b, true});
        }
    }
    std::vector<float> lane_top(lanes.size() + 1);
    lane_top[0] = p0.y + axis_h;
    // Lanes share the height there is (each at least as tall as its rows need).
    float needed = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) needed += lane_head + std::max(40.0f, 12.0f + row_h * static_cast<float>(lane_rows[i]));
    const float spare = std::max(0.0f, avail.y - axis_h - 40.0f - needed) / std::max<std::size_t>(1, lanes.size());
    for (std::size_t i = 0; i < lanes.size(); ++i)
        lane_top[i + 1] = lane_top[i] + lane_head + std::max(40.0f, 12.0f + row_h * static_cast<float>(lane_rows[i])) + std::min(spare, 40.0f);

    ImGui::InvisibleButton("canvas", avail, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    const bool zoom = hovered && io.MouseWheel != 0.0f && io.MousePos.x > x0;
    if (zoom) {
        const double at = from + (io.MousePos.x - x0) / (x1 - x0) * span;
        const double factor = std::pow(0.85, io.MouseWheel);
        const double new_span = std::clamp(span * factor, 7.0, 3650.0);
        st.timeline_from = at - (at - from) * new_span / span;
        st.timeline_to = st.timeline_from + new_span;
    }
    if (ImGui::IsItemActive()) touch::claim_drag();  // a finger on the timeline pans it, not the page
    // A drag pans; not in a frame that zooms, nor while two fingers pinch (the pointer then
    // jumps between the fingers and their midpoint).
    if (!zoom && !touch::pinching() && ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        const double shift = -io.MouseDelta.x / (x1 - x0) * span;
        st.timeline_from = from + shift;
        st.timeline_to = to + shift;
    }

    dl->PushClipRect(p0, ImVec2(p0.x + avail.x, p0.y + avail.y), true);
    // Axis: months, with weeks or days when zoomed in.
    const Date first = civil_from_days(static_cast<long>(std::floor(from)));
    const float top = lane_top.front(), bottom = lane_top.back();
    float month_label_end = -1e9f;
    for (int y = first.year, m = first.month;; ++m) {
        if (m > 12) m = 1, ++y;
        const long d = days_from_civil(y, m, 1);
        if (d > to) break;
        const float x = x_of(static_cast<double>(d));
        if (x >= x0) {
            dl->AddLine(ImVec2(x, p0.y + 18), ImVec2(x, bottom), IM_COL32(200, 196, 188, 255));
            char buf[32];
            std::snprintf(buf, sizeof buf, "%s %d", kMonthAbbr[m - 1], y);
            // A month's name only where it does not run into the last one drawn.
            const float w = ImGui::CalcTextSize(buf).x;
            if (x + 4 > month_label_end + 6) {
                dl->AddText(ImVec2(x + 4, p0.y + 2), ImGui::GetColorU32(ImGuiCol_Text), buf);
                month_label_end = x + 4 + w;
            }
        }
        // Day ticks once a day is wider than 14 px.
        const double px_per_day = (x1 - x0) / span;
        if (px_per_day > 14.0) {
            for (int dd = 1; dd <= days_in_month(y, m); ++dd) {
                const float xd = x_of(static_cast<double>(d + dd - 1));
                if (xd < x0 || xd > x1) continue;
                dl->AddLine(ImVec2(xd, top - 6), ImVec2(xd, top), IM_COL32(170, 165, 155, 255));
                if (px_per_day > 26.0 || dd % 5 == 1) {
                    char b2[8];
                    std::snprintf(b2, sizeof b2, "%d", dd);
                    dl->AddText(ImVec2(xd + 2, top - 18), IM_COL32(120, 118, 112, 255), b2);
                }
            }
        }
    }
    // Lanes.
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const float ly = lane_top[i];
        if (i % 2 == 1) dl->AddRectFilled(ImVec2(p0.x, ly), ImVec2(x1 + 10, lane_top[i + 1]), IM_COL32(0, 0, 0, 10));
        dl->AddText(ctx.fonts.ui_bold, ctx.fonts.ui_bold->FontSize * ImGui::GetIO().FontGlobalScale,
                    ImVec2(p0.x + 6, ctx.compact ? ly + 2 : (ly + lane_top[i + 1]) / 2 - 9),
                    ImGui::GetColorU32(ImGuiCol_Text), lanes[i].c_str());
    }
    // Marks.
    const Claim* sel_claim = story_index(ctx.corpus).claim(st.selection.claim);
    const Mark* hover_mark = nullptr;
    for (const Placed& pl : placed) {
        const Mark& m = *pl.mark;
        const float lane_pad = (lane_top[pl.lane + 1] - lane_top[pl.lane] - lane_head - row_h * static_cast<float>(lane_rows[pl.lane])) / 2;
        const float cy = lane_top[pl.lane] + lane_head + lane_pad + row_h * (static_cast<float>(pl.row) + 0.5f);
        const bool selected = m.is_source ? st.selection.source == m.id : st.selection.report == m.id;
        const bool related = sel_claim && (sel_claim->report == m.id || sel_claim->event == m.id);
        const ImU32 colour = m.colour;
        const ImVec2 a(pl.a, cy - 7), b(pl.b, cy + 7);
        if (m.date.precision == Precision::Day) {
            const float x = (pl.a + pl.b) / 2;
            if (m.is_source) {
                const ImVec2 pts[4] = {ImVec2(x, cy - 8), ImVec2(x + 8, cy), ImVec2(x, cy + 8), ImVec2(x - 8, cy)};
                dl->AddConvexPolyFilled(pts, 4, colour);
            } else {
                dl->AddCircleFilled(ImVec2(x, cy), 6.5f, colour);
            }
        } else {
            dl->AddRectFilled(ImVec2(a.x, cy - 6), ImVec2(b.x, cy + 6), (colour & ~IM_COL32_A_MASK) | (70u << IM_COL32_A_SHIFT), 3.0f);
            dl->AddRect(ImVec2(a.x, cy - 6), ImVec2(b.x, cy + 6), colour, 3.0f, 0, 1.5f);
        }
        if (selected || related) dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), IM_COL32(230, 120, 0, 255), 4.0f, 0, 2.5f);
        items::add_item(m.item, m.label, ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), selected);
        // The label right of the mark, or left of it where it would run off the end.
        const float lw = m.label_w;
        if (!pl.labelled) {
            // no room for its label here: hover or zoom in to read it
        } else if (b.x + 5 + lw <= x1 + 8) {
            dl->AddText(ImVec2(std::max(b.x + 5, x0 + 2), cy - 9), IM_COL32(50, 50, 50, 255), m.label.c_str());
        } else {
            // Left of the mark, cut with an ellipsis where the lane is too narrow for it.
            const std::string fit = ellipsized(m.label, std::max(0.0f, a.x - 5 - (p0.x + 2)));
            const float fw = ImGui::CalcTextSize(fit.c_str()).x;
            dl->AddText(ImVec2(a.x - 5 - fw, cy - 9), IM_COL32(50, 50, 50, 255), fit.c_str());
        }
        if (hovered && io.MousePos.x >= a.x - 3 && io.MousePos.x <= b.x + 3 && io.MousePos.y >= a.y - 3 && io.MousePos.y <= b.y + 3)
            hover_mark = &m;
    }
    // What the texts do not date cannot sit on the axis: say so, with the words tried.
    std::string undated;
    for (const Report& r : ctx.corpus.reports)
        if (!r.date() && (contains_ci(r.label, st.search) || contains_ci(r.id, st.search)))
            undated += (undated.empty() ? "" : "; ") + r.label;
    if (!undated.empty()) {
        const std::string line = "Not on the axis, no date in the texts: " + undated;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p0.x + 6, bottom + 10), IM_COL32(110, 108, 100, 255),
                    line.c_str(), nullptr, avail.x - 20);
    }
    dl->PopClipRect();
    if (hover_mark) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        wrapped_tooltip(hover_mark->tooltip.c_str());
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < 16.0f) {
            if (!hover_mark->is_source) select_report(st, hover_mark->id);
            else if (st.selection.source != hover_mark->id) toggle_source(st, hover_mark->id);
        }
    }
    ImGui::EndChild();

    // The selected report: its dating, with quotes and reasoning, and the claims from it.
    if (const Report* r = story_index(ctx.corpus).report(st.selection.report)) {
        ImGui::BeginChild("report", ImVec2(0, 0), true);
        ImGui::PushFont(ctx.fonts.ui_bold);
        ImGui::Text("%s%s%s", r->label.c_str(), r->is_event ? "" : " \u2014 ", r->is_event ? "" : r->outlet.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        if (auto d = r->date()) ImGui::TextDisabled("%s (%s precision)", d->display().c_str(), std::string(precision_name(d->precision)).c_str());
        for (const DatedBy& db : r->dated_by) {
            ImGui::PushID(&db);
            ImGui::PushFont(ctx.fonts.reading);
            ImGui::Text("\u201C%s\u201D", db.quote.exact.c_str());
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::TextDisabled("%s", db.resolved.reasoning.c_str());
            ImGui::SameLine();
            if (link_button("in text")) show_offset(st, db.source, db.quote.start);
            ImGui::PopID();
        }
        bool first_claim = true;
        for (const Claim& c : ctx.corpus.claims) {
            if (c.report != r->id && c.event != r->id) continue;
            if (first_claim) ImGui::TextUnformatted("Claims from it:");
            first_claim = false;
            ImGui::SameLine();
            if (link_button(c.id.c_str())) select_claim(st, c.id);
            items::name_item("report-claim/" + c.id, claim_name(c));
        }
        ImGui::EndChild();
    }
}

}  // namespace factlens
