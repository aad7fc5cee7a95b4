// Dealsheet web app — a statement's charts, drawn on the canvas while the statement view (statement-page.js)
// holds it: earnings by store and by country as ranked bars, by sale month as columns with the best month marked.
// The view's page keeps the same numbers as tables of text; the charts show their shape.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app.hpp"
#include "charts.hpp"
#include "dealsheet/money.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

namespace {

constexpr std::size_t ranked_rows = 8;  // a chart's bars; the rest are one "other" bar (the table lists each)

// The largest `ranked_rows - 1` rows and one bar for the rest ("3 other countries"), or all when they fit.
std::vector<charts::RankedBar> top_rows(const std::vector<StatementChartRow>& rows, const char* others,
                                        const std::string& currency) {
    std::vector<charts::RankedBar> bars;
    const std::size_t shown = rows.size() <= ranked_rows ? rows.size() : ranked_rows - 1;
    for (std::size_t i = 0; i < shown; ++i)
        bars.push_back(
            {.label = rows[i].label, .amount = rows[i].amount, .value = rows[i].value, .note = rows[i].note});
    if (shown < rows.size()) {
        charts::RankedBar rest{.label = std::to_string(rows.size() - shown) + " " + others};
        for (std::size_t i = shown; i < rows.size(); ++i) rest.amount += rows[i].amount;
        rest.value = format_money(rest.amount, currency);  // as the rows show money ("GBP 4.20")
        rest.note = "Each is in the table below.";
        bars.push_back(std::move(rest));
    }
    return bars;
}

}  // namespace

void App::draw_statement_charts(const StatementCharts& statement) {
    if (!statement.stores.empty()) {
        ui::heading("Earnings by store");
        charts::ranked("chart_stores", top_rows(statement.stores, "other stores", statement.currency));
        remember_item("statement_chart_stores");
    }
    if (!statement.countries.empty()) {
        ui::heading("Earnings by country");
        charts::ranked("chart_countries", top_rows(statement.countries, "other countries", statement.currency));
        remember_item("statement_chart_countries");
    }
    if (!statement.months.empty()) {
        ui::heading("Earnings by sale month");
        const auto best = std::max_element(
            statement.months.begin(), statement.months.end(),
            [](const StatementChartRow& a, const StatementChartRow& b) { return a.amount < b.amount; });
        std::vector<charts::Bar> bars;
        for (auto row = statement.months.begin(); row != statement.months.end(); ++row)
            bars.push_back({.label = row->label,
                            .amount = std::max<Micros>(row->amount, 0),
                            .tooltip = row->note,
                            .highlight = row == best,
                            .value = row->value});
        charts::bars("chart_months", bars);
        remember_item("statement_chart_months");
        ui::note("The best month is marked. The latest months are still being reported.");
    }
}

}  // namespace dealsheet::app
