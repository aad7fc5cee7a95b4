// Dealsheet web app — charts drawn with ImGui draw lists: the listener's-dollar money flow, payout-vs-streams
// curves with break-even markers, recoupment progress, vertical bars (Phonorecords years, a statement's months),
// ranked horizontal bars (a statement's stores and countries), and a per-party stacked bar. Each takes the full available width, reserves its space as one item (so layout, scrolling and
// keyboard navigation treat it like any widget) and shows exact values in a tooltip on hover.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/share.hpp"

namespace dealsheet::app::charts {

// Listener → service / recording / publishing → parties, boxes proportional to their share of $1. `amounts`
// (parallel to flow.nodes, may be empty) adds "$X in this scenario" to each tooltip.
void money_flow(const char* id, const MoneyFlow& flow, const std::vector<Micros>& amounts);

// Lines of lifetime payouts against streams (linear axes from 0, or a log streams axis), dashed vertical markers
// with labels, and a crosshair tooltip listing every series at the nearest grid point. `highlight` (-1 for
// none) draws thicker.
void payout_lines(const char* id, const PayoutCurves& curves, int highlight = -1, bool log_streams = false);

// One row per offer: its P10–P90 payout band (thick), P1–P99 whiskers, the median tick and the expected value
// dot, on a log dollar axis; the tooltip gives every figure exactly.
struct Band {
    std::string label;
    std::array<Micros, 5> percentiles{};  // P1, P10, P50, P90, P99
    Micros expected = 0;
};
void bands(const char* id, const std::vector<Band>& rows);

// A horizontal bar filled to done/total with "label: done of total (x%)" inside; total 0 shows a full bar.
void progress(const char* id, const std::string& label, Micros done, Micros total);

// One vertical bar per entry, heights relative to the largest; the highlighted bar is in the accent colour.
struct Bar {
    std::string label;    // under the bar ("2025")
    Micros amount = 0;    // its height
    std::string tooltip;  // shown on hover, with the amount
    bool highlight = false;
    std::string value;  // the amount as shown ("GBP 4.20"); empty: in dollars
};
void bars(const char* id, const std::vector<Bar>& bars);

// One horizontal bar per row, its length relative to the largest amount (a negative one draws none): the label
// above its bar, the value at the bar's end; the tooltip adds the row's note.
struct RankedBar {
    std::string label;
    Micros amount = 0;
    std::string value;  // the amount as shown ("$9.31", "GBP 4.20")
    std::string note;   // what the tooltip adds ("3,400 streams, $2.74 per 1,000")
};
void ranked(const char* id, const std::vector<RankedBar>& rows);

// One horizontal bar split into segments proportional to amount, with a wrapped legend below.
struct Segment {
    std::string label;
    Micros amount = 0;
};
void stacked_bar(const char* id, const std::vector<Segment>& segments);

}  // namespace dealsheet::app::charts
