#include "dealsheet/scenario.hpp"

namespace dealsheet {

Problems validate(const Scenario& scenario) { return validate(scenario.publishing_quick, "publishing.quick"); }

Result<ScenarioResult> calculate(const Scenario& scenario) {
    if (Problems problems = validate(scenario); !problems.empty()) return problems;
    Result<QuickEstimate> quick = estimate_publishing(scenario.publishing_quick);
    if (!quick.ok()) return quick.problems();
    return ScenarioResult{quick.value()};
}

std::string summarize(const Scenario& scenario, const ScenarioResult& result) {
    const QuickEstimateTerms& terms = scenario.publishing_quick;
    const QuickEstimate& quick = result.publishing_quick;
    return format_count(terms.streams) + " US on-demand streams in " + std::to_string(terms.year) +
           " earn an estimated " + format_usd(quick.publishing_total) +
           " in publishing royalties (performance and mechanical together): the " +
           format_percent(quick.rate.rate_ppm) + " headline rate (" + quick.rate.proceeding + ") applied to " + format_usd(quick.service_revenue) +
           " of service revenue.";
}

}  // namespace dealsheet
