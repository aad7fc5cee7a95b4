#include "dealsheet/report.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "dealsheet/money.hpp"

namespace dealsheet {
namespace {

using Rows = std::vector<std::pair<std::string, std::string>>;

// "label ....  value" rows with the values right-aligned in one column.
void append_table(std::string& out, const Rows& rows) {
    size_t label_width = 0, value_width = 0;
    for (const auto& [label, value] : rows) {
        label_width = std::max(label_width, label.size());
        value_width = std::max(value_width, value.size());
    }
    for (const auto& [label, value] : rows) {
        out += "  ";
        out += label;
        out.append(label_width - label.size() + 2, ' ');
        out.append(value_width - value.size(), ' ');
        out += value;
        out += '\n';
    }
}

}  // namespace

std::string report_text(const Scenario& scenario, const ScenarioResult& result) {
    const QuickEstimateTerms& terms = scenario.publishing_quick;
    const QuickEstimate& quick = result.publishing_quick;
    std::string out = "Publishing quick estimate\n";
    append_table(out, {
                          {"Streams (US on-demand)", format_count(terms.streams)},
                          {"Rate year", std::to_string(terms.year)},
                          {"Headline rate", format_percent(quick.rate.rate_ppm)},
                          {"Service revenue", format_usd(quick.service_revenue)},
                          {"Publishing (performance + mechanical)", format_usd(quick.publishing_total)},
                      });
    out += "\n";
    out += summarize(scenario, result);
    out += "\n\nAssumptions and sources\n";
    for (const Assumption& a : quick.assumptions) {
        out += "  - ";
        out += a.name;
        out += ": ";
        out += a.value;
        out += "\n    ";
        out += a.source;
        if (!a.tag.empty()) {
            out += ' ';
            out += a.tag;
        }
        if (!a.as_of.empty()) {
            out += ", as of ";
            out += a.as_of;
        }
        out += '\n';
    }
    return out;
}

}  // namespace dealsheet
