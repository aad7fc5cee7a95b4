#include "dealsheet/scenario.hpp"

namespace dealsheet {

Problems validate(const Scenario& scenario) {
    Problems problems;
    if (scenario.title.size() > max_title_bytes)
        problems.push_back({"title", "must be at most " + std::to_string(max_title_bytes) + " bytes long (got " +
                                         std::to_string(scenario.title.size()) + ")"});
    for (const unsigned char c : scenario.title)
        if (c < 0x20 || c == 0x7F) {
            problems.push_back({"title", "must not contain control characters (line breaks, tabs, ...)"});
            break;
        }
    for (Problems part : {validate(scenario.publishing_quick, "publishing.quick"),
                          validate(scenario.publishing, "publishing"), validate(scenario.release)})
        for (Problem& problem : part) problems.push_back(std::move(problem));
    return problems;
}

Result<ScenarioResult> calculate(const Scenario& scenario) {
    if (Problems problems = validate(scenario); !problems.empty()) return problems;
    Result<QuickEstimate> quick = estimate_publishing(scenario.publishing_quick);
    if (!quick.ok()) return quick.problems();
    Result<PublishingResult> publishing = calculate_publishing(scenario.publishing_quick, scenario.publishing);
    if (!publishing.ok()) return publishing.problems();
    Result<std::vector<YearEstimate>> by_year =
        estimates_by_year(scenario.publishing_quick.streams, scenario.publishing_quick.revenue_per_stream);
    if (!by_year.ok()) return by_year.problems();
    Result<ReleaseResult> release = calculate_release(scenario.release);
    if (!release.ok()) return release.problems();
    return ScenarioResult{std::move(quick.value()), std::move(publishing.value()), std::move(by_year.value()),
                          std::move(release.value())};
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
