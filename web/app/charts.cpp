// Index of this file
// [SECTION] Helpers
// [SECTION] Money flow
// [SECTION] Payout lines
// [SECTION] Bands
// [SECTION] Progress
// [SECTION] Bars
// [SECTION] Ranked bars
// [SECTION] Stacked bar
#include "charts.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "theme.hpp"

namespace dealsheet::app::charts {

// [SECTION] Helpers

namespace {

using theme::px;

// Reserves a full-width item `height` CSS px tall; returns its rectangle and whether it is hovered.
struct Area {
    ImVec2 min, max;
    bool hovered = false;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};
Area reserve(const char* id, float height_css) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, px(120));
    const ImVec2 size(width, px(height_css));
    Area area;
    area.min = ImGui::GetCursorScreenPos();
    area.max = ImVec2(area.min.x + size.x, area.min.y + size.y);
    ImGui::InvisibleButton(id, size);
    area.hovered = ImGui::IsItemHovered();
    return area;
}

std::string cents_of_dollar(Micros per_dollar) {  // 78'000 → "7.8¢"
    char text[32];
    std::snprintf(text, sizeof text, "%.1f\u00a2", static_cast<double>(per_dollar) / 10'000.0);
    return text;
}

// "$1.2k", "$3.4M": axis labels only (tooltips always show exact amounts).
std::string short_usd(Micros amount) {
    const double dollars = static_cast<double>(amount) / 1e6;
    char text[32];
    if (dollars >= 1e6)
        std::snprintf(text, sizeof text, "$%.3gM", dollars / 1e6);
    else if (dollars >= 1e3)
        std::snprintf(text, sizeof text, "$%.3gk", dollars / 1e3);
    else
        std::snprintf(text, sizeof text, "$%.0f", dollars);
    return text;
}
std::string short_count(std::int64_t count) {
    const double value = static_cast<double>(count);
    char text[32];
    if (value >= 1e9)
        std::snprintf(text, sizeof text, "%.3gB", value / 1e9);
    else if (value >= 1e6)
        std::snprintf(text, sizeof text, "%.3gM", value / 1e6);
    else if (value >= 1e3)
        std::snprintf(text, sizeof text, "%.3gk", value / 1e3);
    else
        std::snprintf(text, sizeof text, "%lld", static_cast<long long>(count));
    return text;
}

// Text clipped to `width` with an ellipsis.
void clipped_text(ImDrawList* list, ImVec2 pos, ImU32 colour, const std::string& text, float width) {
    if (width <= 0) return;
    if (ImGui::CalcTextSize(text.c_str()).x <= width) {
        list->AddText(pos, colour, text.c_str());
        return;
    }
    std::string cut = text;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "\u2026").c_str()).x > width) cut.pop_back();
    if (!cut.empty()) list->AddText(pos, colour, (cut + "\u2026").c_str());
}

void dashed_vline(ImDrawList* list, float x, float top, float bottom, ImU32 colour) {
    const float dash = px(5);
    for (float y = top; y < bottom; y += dash * 2)
        list->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, bottom)), colour, px(1.5f));
}

}  // namespace

// [SECTION] Money flow

void money_flow(const char* id, const MoneyFlow& flow, const std::vector<Micros>& amounts) {
    if (flow.nodes.empty()) return;
    int leaves = 0;
    for (const FlowNode& node : flow.nodes) leaves += node.depth == 2;
    const float line = ImGui::GetTextLineHeight();
    const float height_css = std::max(220.0f, 26.0f * static_cast<float>(leaves + 2));
    const Area area = reserve(id, height_css);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float column_w = area.width() / 3.0f;
    const float box_w = std::min(px(18), column_w * 0.15f);
    const float gap = px(4);

    // Each depth is a column; boxes stack top to bottom with heights proportional to per_dollar.
    struct Box {
        ImVec2 min, max;
        float in_cursor, out_cursor;
    };
    std::vector<Box> boxes(flow.nodes.size());
    for (int depth = 0; depth <= 2; ++depth) {
        int count = 0;
        for (const FlowNode& node : flow.nodes) count += node.depth == depth;
        const float usable = area.height() - gap * static_cast<float>(std::max(count - 1, 0));
        float y = area.min.y;
        const float x = area.min.x + static_cast<float>(depth) * column_w + (depth == 2 ? 0.0f : 0.0f);
        for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
            if (flow.nodes[i].depth != depth) continue;
            const float h = std::max(px(2), usable * static_cast<float>(flow.nodes[i].per_dollar) / 1e6f);
            boxes[i] = {ImVec2(x, y), ImVec2(x + box_w, y + h), y, y};
            y += h + gap;
        }
    }
    // Ribbons from each parent's right edge to the child's left edge, in the child's colour.
    int colour_index = 0;
    std::vector<ImU32> colours(flow.nodes.size(), theme::grid());
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const FlowNode& node = flow.nodes[i];
        colours[i] = node.depth == 0 ? ImGui::GetColorU32(theme::accent()) : theme::series(colour_index++);
        if (node.parent < 0) continue;
        Box& parent = boxes[static_cast<std::size_t>(node.parent)];
        const Box& child = boxes[i];
        const float h = child.max.y - child.min.y;
        const float p_top = parent.out_cursor, p_bottom = p_top + h * 1.0f;
        parent.out_cursor = p_bottom;
        ImU32 ribbon = colours[i];
        ribbon = (ribbon & 0x00FFFFFFu) | (static_cast<ImU32>(theme::is_dark() ? 70 : 90) << 24);
        const float x0 = parent.max.x, x1 = child.min.x;
        const int steps = 16;
        for (int s = 0; s < steps; ++s) {  // a smooth S-shaped band made of quads
            const float t0 = static_cast<float>(s) / steps, t1 = static_cast<float>(s + 1) / steps;
            auto ease = [](float t) { return t * t * (3 - 2 * t); };
            const float xa = x0 + (x1 - x0) * t0, xb = x0 + (x1 - x0) * t1;
            const float ya_top = p_top + (child.min.y - p_top) * ease(t0),
                        yb_top = p_top + (child.min.y - p_top) * ease(t1);
            const float ya_bot = p_bottom + (child.max.y - p_bottom) * ease(t0),
                        yb_bot = p_bottom + (child.max.y - p_bottom) * ease(t1);
            list->AddQuadFilled(ImVec2(xa, ya_top), ImVec2(xb, yb_top), ImVec2(xb, yb_bot), ImVec2(xa, ya_bot), ribbon);
        }
    }
    // Boxes and labels; labels sit right of their box within the column.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hovered = -1;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const Box& box = boxes[i];
        list->AddRectFilled(box.min, box.max, colours[i], px(2));
        const float label_x = box.max.x + px(6);
        const float available = (flow.nodes[i].depth == 2 ? area.max.x : box.min.x + column_w) - label_x - px(4);
        const float mid = (box.min.y + box.max.y) * 0.5f;
        const std::string label = flow.nodes[i].name + "  " + cents_of_dollar(flow.nodes[i].per_dollar);
        if (box.max.y - box.min.y >= line * 0.8f || flow.nodes[i].depth == 2)
            clipped_text(list, ImVec2(label_x, mid - line * 0.5f), theme::text(), label, available);
        const bool over = mouse.y >= box.min.y - 1 && mouse.y <= box.max.y + 1 && mouse.x >= box.min.x &&
                          mouse.x <= (flow.nodes[i].depth == 2 ? area.max.x : box.min.x + column_w);
        if (area.hovered && over) hovered = static_cast<int>(i);
    }
    if (hovered >= 0) {
        const FlowNode& node = flow.nodes[static_cast<std::size_t>(hovered)];
        ImGui::BeginTooltip();
        ImGui::Text("%s", node.name.c_str());
        ImGui::Text("%s of each listener dollar (%s)", cents_of_dollar(node.per_dollar).c_str(),
                    format_percent(node.per_dollar).c_str());
        if (static_cast<std::size_t>(hovered) < amounts.size() && amounts[static_cast<std::size_t>(hovered)] >= 0)
            ImGui::Text("%s in this scenario", format_usd(amounts[static_cast<std::size_t>(hovered)]).c_str());
        ImGui::EndTooltip();
    }
}

// [SECTION] Payout lines

void payout_lines(const char* id, const PayoutCurves& curves, int highlight, bool log_streams) {
    if (curves.streams.size() < 2 || curves.series.empty()) return;
    const Area area = reserve(id, 240);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    Micros top = 1;
    for (const CurveSeries& series : curves.series)
        for (const Micros amount : series.amounts) top = std::max(top, amount);
    const std::int64_t x_max = std::max<std::int64_t>(curves.streams.back(), 1);
    const std::string top_label = short_usd(top);
    const float left = area.min.x + ImGui::CalcTextSize(top_label.c_str()).x + px(8);
    const float right = area.max.x - px(8), plot_top = area.min.y + line, bottom = area.max.y - line * 1.6f;
    std::int64_t x_min = 1;  // log axis: from the smallest positive grid point
    for (const std::int64_t s : curves.streams)
        if (s > 0) {
            x_min = s;
            break;
        }
    const double log_lo = std::log10(static_cast<double>(x_min)),
                 log_hi = std::log10(static_cast<double>(std::max(x_max, x_min + 1)));
    auto to_x = [&](std::int64_t s) {
        if (log_streams) {
            const double l = std::log10(static_cast<double>(std::max(s, x_min)));
            return left + (right - left) * static_cast<float>((l - log_lo) / (log_hi - log_lo));
        }
        return left + (right - left) * static_cast<float>(static_cast<double>(s) / static_cast<double>(x_max));
    };
    auto to_y = [&](Micros m) {
        return bottom - (bottom - plot_top) * static_cast<float>(static_cast<double>(m) / static_cast<double>(top));
    };

    list->AddRectFilled(area.min, area.max, theme::card(), px(6));
    for (int g = 0; g <= 4; ++g) {  // grid: five horizontal lines with amounts, x labels at both ends and middle
        const float y = bottom - (bottom - plot_top) * static_cast<float>(g) / 4.0f;
        list->AddLine(ImVec2(left, y), ImVec2(right, y), theme::grid());
        const std::string label = short_usd(top / 4 * g);
        list->AddText(ImVec2(area.min.x + px(4), y - line * 0.5f), theme::text(), label.c_str());
    }
    std::vector<std::int64_t> x_ticks;
    if (log_streams) {
        for (double p = 1; p <= static_cast<double>(x_max) * 1.0001; p *= 10)
            if (p >= static_cast<double>(x_min) * 0.9999) x_ticks.push_back(static_cast<std::int64_t>(p));
    } else {
        for (int g = 0; g <= 4; ++g) x_ticks.push_back(x_max / 4 * g);
    }
    for (const std::int64_t s : x_ticks) {
        const std::string label = short_count(s);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        const float x = std::clamp(to_x(s) - w * 0.5f, left, right - w);
        list->AddText(ImVec2(x, bottom + px(4)), theme::text(), label.c_str());
    }
    // Markers first, under the lines; labels staggered so neighbours do not overwrite each other.
    for (std::size_t m = 0; m < curves.markers.size(); ++m) {
        const CurveMarker& marker = curves.markers[m];
        if (marker.streams < 0 || marker.streams > x_max) continue;
        const float x = to_x(marker.streams);
        const bool yours = marker.label == "Your streams";
        const ImU32 colour = yours ? ImGui::GetColorU32(theme::accent()) : theme::grid() | 0xA0000000u;
        dashed_vline(list, x, plot_top, bottom, colour);
        const float w = ImGui::CalcTextSize(marker.label.c_str()).x;
        const float lx = x + px(4) + w > right ? x - px(4) - w : x + px(4);
        list->AddText(ImVec2(lx, plot_top + static_cast<float>(m % 4) * line), theme::text(), marker.label.c_str());
    }
    for (std::size_t s = 0; s < curves.series.size(); ++s) {
        const CurveSeries& series = curves.series[s];
        std::vector<ImVec2> points;
        for (std::size_t i = 0; i < series.amounts.size() && i < curves.streams.size(); ++i)
            points.emplace_back(to_x(curves.streams[i]), to_y(series.amounts[i]));
        const float thickness = static_cast<int>(s) == highlight ? px(3.5f) : px(2);
        list->AddPolyline(points.data(), static_cast<int>(points.size()), theme::series(static_cast<int>(s)), 0,
                          thickness);
    }
    // Legend along the bottom-left inside the plot.
    float legend_x = left + px(6);
    const float legend_y = plot_top + line * 4.2f;
    for (std::size_t s = 0; s < curves.series.size(); ++s) {
        const float w = ImGui::CalcTextSize(curves.series[s].party.c_str()).x;
        if (legend_x + w + px(20) > right) break;
        list->AddRectFilled(ImVec2(legend_x, legend_y + line * 0.3f), ImVec2(legend_x + px(10), legend_y + line * 0.7f),
                            theme::series(static_cast<int>(s)));
        list->AddText(ImVec2(legend_x + px(14), legend_y), theme::text(), curves.series[s].party.c_str());
        legend_x += w + px(28);
    }
    if (!area.hovered) return;
    const float mx = ImGui::GetIO().MousePos.x;
    std::size_t nearest = 0;
    for (std::size_t i = 1; i < curves.streams.size(); ++i)
        if (std::fabs(to_x(curves.streams[i]) - mx) < std::fabs(to_x(curves.streams[nearest]) - mx)) nearest = i;
    list->AddLine(ImVec2(to_x(curves.streams[nearest]), plot_top), ImVec2(to_x(curves.streams[nearest]), bottom),
                  theme::text());
    ImGui::BeginTooltip();
    ImGui::Text("At %s streams", format_count(curves.streams[nearest]).c_str());
    for (std::size_t s = 0; s < curves.series.size(); ++s) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme::series(static_cast<int>(s))));
        ImGui::TextUnformatted("\u2022");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const std::vector<Micros>& amounts = curves.series[s].amounts;
        ImGui::Text("%s: %s", curves.series[s].party.c_str(),
                    nearest < amounts.size() ? format_usd(amounts[nearest]).c_str() : "-");
    }
    for (const CurveMarker& marker : curves.markers)
        ImGui::TextDisabled("%s: %s streams", marker.label.c_str(), format_count(marker.streams).c_str());
    ImGui::EndTooltip();
}

// [SECTION] Bands

void bands(const char* id, const std::vector<Band>& rows) {
    if (rows.empty()) return;
    const float line = ImGui::GetTextLineHeight();
    const float row_h = line * 2.6f;
    const Area area = reserve(id, (static_cast<float>(rows.size()) * row_h + line * 1.6f) / theme::scale());
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(area.min, area.max, theme::card(), px(6));
    Micros lo = 0, hi = 1;
    for (const Band& row : rows) {
        hi = std::max({hi, row.percentiles[4], row.expected});
        for (const Micros m : row.percentiles)
            if (m > 0 && (lo == 0 || m < lo)) lo = m;
    }
    const double l0 = std::log10(std::max<double>(static_cast<double>(lo) / 2.0, 1e6));  // at least $1
    const double l1 = std::log10(static_cast<double>(hi) * 1.2);
    const float left = area.min.x + px(8), right = area.max.x - px(8);
    auto to_x = [&](Micros m) {
        const double l = std::log10(std::max<double>(static_cast<double>(m), std::pow(10.0, l0)));
        return left + (right - left) * static_cast<float>((l - l0) / std::max(l1 - l0, 1e-9));
    };
    const float axis_y = area.max.y - line * 1.4f;
    for (double p = std::ceil(l0); p <= l1; p += 1.0) {  // a tick per power of ten dollars
        const Micros m = static_cast<Micros>(std::pow(10.0, p));
        const float x = to_x(m);
        list->AddLine(ImVec2(x, area.min.y + px(4)), ImVec2(x, axis_y), theme::grid());
        const std::string label = short_usd(m);
        list->AddText(ImVec2(x - ImGui::CalcTextSize(label.c_str()).x * 0.5f, axis_y + px(3)), theme::text(),
                      label.c_str());
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Band& row = rows[i];
        const float top = area.min.y + px(4) + row_h * static_cast<float>(i);
        const float mid = top + line * 1.7f;
        const ImU32 colour = theme::series(static_cast<int>(i));
        list->AddText(ImVec2(left, top), theme::text(), row.label.c_str());
        list->AddLine(ImVec2(to_x(row.percentiles[0]), mid), ImVec2(to_x(row.percentiles[4]), mid), colour, px(1.5f));
        list->AddRectFilled(ImVec2(to_x(row.percentiles[1]), mid - px(6)),
                            ImVec2(std::max(to_x(row.percentiles[3]), to_x(row.percentiles[1]) + px(3)), mid + px(6)),
                            (colour & 0x00FFFFFFu) | 0xB0000000u, px(2));
        list->AddLine(ImVec2(to_x(row.percentiles[2]), mid - px(9)), ImVec2(to_x(row.percentiles[2]), mid + px(9)),
                      theme::text(), px(2.5f));
        list->AddCircleFilled(ImVec2(to_x(row.expected), mid), px(4.5f), theme::text());
        if (area.hovered && mouse.y >= top && mouse.y < top + row_h) {
            ImGui::BeginTooltip();
            ImGui::Text("%s", row.label.c_str());
            ImGui::Text("Expected %s (dot), median %s (tick)", format_usd(row.expected).c_str(),
                        format_usd(row.percentiles[2]).c_str());
            ImGui::Text("1 in 10 releases: %s or less; 1 in 10: %s or more", format_usd(row.percentiles[1]).c_str(),
                        format_usd(row.percentiles[3]).c_str());
            ImGui::Text("P1 %s, P99 %s", format_usd(row.percentiles[0]).c_str(),
                        format_usd(row.percentiles[4]).c_str());
            ImGui::EndTooltip();
        }
    }
}

// [SECTION] Progress

void progress(const char* id, const std::string& label, Micros done, Micros total) {
    const Area area = reserve(id, 28);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float fraction =
        total <= 0 ? 1.0f
                   : std::clamp(static_cast<float>(static_cast<double>(done) / static_cast<double>(total)), 0.0f, 1.0f);
    list->AddRectFilled(area.min, area.max, ImGui::GetColorU32(ImGuiCol_FrameBg), px(4));
    const ImU32 fill = fraction >= 1.0f ? theme::series(2) : theme::series(1);
    list->AddRectFilled(area.min, ImVec2(area.min.x + area.width() * fraction, area.max.y), fill, px(4));
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", fraction * 100.0f);
    const std::string text = total <= 0 ? label + ": nothing to recoup"
                                        : label + ": " + format_usd(std::min(done, total)) + " of " +
                                              format_usd(total) + " (" + percent + ")";
    const float line = ImGui::GetTextLineHeight();
    const ImU32 ink = theme::is_dark() ? IM_COL32(255, 255, 255, 255) : IM_COL32(0, 0, 0, 255);
    clipped_text(list, ImVec2(area.min.x + px(8), (area.min.y + area.max.y - line) * 0.5f), ink, text,
                 area.width() - px(16));
    if (area.hovered) ImGui::SetTooltip("%s", text.c_str());
}

// [SECTION] Bars

void bars(const char* id, const std::vector<Bar>& entries) {
    if (entries.empty()) return;
    const Area area = reserve(id, 180);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    Micros top = 1;
    for (const Bar& bar : entries) top = std::max(top, bar.amount);
    const float slot = area.width() / static_cast<float>(entries.size());
    const float bottom = area.max.y - line * 1.4f;
    const float plot_top = area.min.y + line * 1.2f;
    const float mx = ImGui::GetIO().MousePos.x;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Bar& bar = entries[i];
        const float x0 = area.min.x + slot * static_cast<float>(i) + slot * 0.15f, x1 = x0 + slot * 0.7f;
        const float y = bottom - (bottom - plot_top) *
                                     static_cast<float>(static_cast<double>(bar.amount) / static_cast<double>(top));
        const ImU32 colour = bar.highlight ? ImGui::GetColorU32(theme::accent()) : theme::series(0) & 0x90FFFFFFu;
        list->AddRectFilled(ImVec2(x0, y), ImVec2(x1, bottom), colour, px(2));
        // Year labels: all when there is room, else every other one (always the highlighted one).
        const float w = ImGui::CalcTextSize(bar.label.c_str()).x;
        if (w < slot * 0.95f || i % 2 == 0 || bar.highlight) {
            const std::string shown =
                w < slot * 0.95f ? bar.label : bar.label.substr(bar.label.size() >= 2 ? bar.label.size() - 2 : 0);
            const float sw = ImGui::CalcTextSize(shown.c_str()).x;
            list->AddText(ImVec2((x0 + x1 - sw) * 0.5f, bottom + px(3)), theme::text(), shown.c_str());
        }
        if (bar.highlight) {
            const std::string value = bar.value.empty() ? short_usd(bar.amount) : bar.value;
            const float vw = ImGui::CalcTextSize(value.c_str()).x;
            list->AddText(ImVec2(std::clamp((x0 + x1 - vw) * 0.5f, area.min.x, area.max.x - vw), y - line - px(2)),
                          theme::text(), value.c_str());
        }
        if (area.hovered && mx >= area.min.x + slot * static_cast<float>(i) &&
            mx < area.min.x + slot * static_cast<float>(i + 1))
            ImGui::SetTooltip("%s: %s\n%s", bar.label.c_str(),
                              bar.value.empty() ? format_usd(bar.amount).c_str() : bar.value.c_str(),
                              bar.tooltip.c_str());
    }
    list->AddLine(ImVec2(area.min.x, bottom), ImVec2(area.max.x, bottom), theme::grid());
}

// [SECTION] Ranked bars

void ranked(const char* id, const std::vector<RankedBar>& rows) {
    if (rows.empty()) return;
    const float line = ImGui::GetTextLineHeight();
    const float row_height = line * 2.0f + px(10);  // the label's line, then the bar's
    const Area area = reserve(id, static_cast<float>(rows.size()) * row_height / px(1));
    ImDrawList* list = ImGui::GetWindowDrawList();
    Micros top = 1;
    for (const RankedBar& row : rows) top = std::max(top, row.amount);
    float value_width = 0;
    for (const RankedBar& row : rows) value_width = std::max(value_width, ImGui::CalcTextSize(row.value.c_str()).x);
    const float bar_room = std::max(area.width() - value_width - px(8), px(20));
    const float my = ImGui::GetIO().MousePos.y;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RankedBar& row = rows[i];
        const float y = area.min.y + row_height * static_cast<float>(i);
        clipped_text(list, ImVec2(area.min.x, y), theme::text(), row.label, area.width());
        const float bar_y = y + line + px(2);
        const float share =
            static_cast<float>(static_cast<double>(std::max<Micros>(row.amount, 0)) / static_cast<double>(top));
        const float x1 = area.min.x + std::max(bar_room * share, row.amount > 0 ? px(2) : 0.0f);
        list->AddRectFilled(ImVec2(area.min.x, bar_y), ImVec2(x1, bar_y + line * 0.9f), theme::series(0), px(2));
        list->AddText(ImVec2(x1 + px(6), bar_y - px(1)), theme::text(), row.value.c_str());
        if (area.hovered && my >= y && my < y + row_height)
            ImGui::SetTooltip("%s: %s%s%s", row.label.c_str(), row.value.c_str(), row.note.empty() ? "" : "\n",
                              row.note.c_str());
    }
}

// [SECTION] Stacked bar

void stacked_bar(const char* id, const std::vector<Segment>& segments) {
    Micros total = 0;
    for (const Segment& segment : segments) total += std::max<Micros>(segment.amount, 0);
    const Area area = reserve(id, 30);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(area.min, area.max, ImGui::GetColorU32(ImGuiCol_FrameBg), px(4));
    float x = area.min.x;
    const float mx = ImGui::GetIO().MousePos.x;
    for (std::size_t i = 0; i < segments.size() && total > 0; ++i) {
        const float w = area.width() * static_cast<float>(static_cast<double>(std::max<Micros>(segments[i].amount, 0)) /
                                                          static_cast<double>(total));
        list->AddRectFilled(ImVec2(x, area.min.y), ImVec2(x + w, area.max.y), theme::series(static_cast<int>(i)));
        if (area.hovered && mx >= x && mx < x + w)
            ImGui::SetTooltip("%s: %s (%s)", segments[i].label.c_str(), format_usd(segments[i].amount).c_str(),
                              format_percent(mul_div_round(segments[i].amount, 1'000'000, total)).c_str());
        x += w;
    }
    // Legend: a swatch and "name $amount" per segment, wrapping to the width.
    const float line = ImGui::GetTextLineHeight();
    const float start_x = ImGui::GetCursorScreenPos().x, max_x = start_x + area.width();
    float lx = start_x;
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    float ly = cursor.y;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string text = segments[i].label + " " + format_usd(segments[i].amount);
        const float w = ImGui::CalcTextSize(text.c_str()).x + px(22);
        if (lx + w > max_x && lx > start_x) {
            lx = start_x;
            ly += line + px(4);
        }
        list->AddRectFilled(ImVec2(lx, ly + line * 0.25f), ImVec2(lx + px(10), ly + line * 0.75f),
                            theme::series(static_cast<int>(i)));
        list->AddText(ImVec2(lx + px(14), ly), theme::text(), text.c_str());
        lx += w;
    }
    ImGui::Dummy(ImVec2(area.width(), ly + line - cursor.y + px(2)));
}

}  // namespace dealsheet::app::charts
