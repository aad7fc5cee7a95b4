// The whole scenario: its validation (every engine's, each naming its problems by the JSON path of the field, as
// written where the problem is found) and its calculation, one song's streams driving both sides.
#include "dealsheet/scenario.hpp"

#include "foundation/text.hpp"

namespace dealsheet {

Scenario new_scenario(int current_year) {
    Scenario scenario;
    scenario.publishing_quick.year = current_year;
    scenario.publishing.offering.year = current_year;
    return scenario;
}

Problems validate(const Scenario& scenario) {
    Problems problems;
    if (scenario.title.size() > max_title_bytes)
        problems.push_back({"title", "must be at most " + std::to_string(max_title_bytes) + " bytes long (got " +
                                         std::to_string(scenario.title.size()) + ")"});
    if (!detail::valid_utf8(scenario.title)) problems.push_back({"title", "must be UTF-8 text"});
    for (const unsigned char c : scenario.title)
        if (c < 0x20 || c == 0x7F) {
            problems.push_back({"title", "must not contain control characters (line breaks, tabs, ...)"});
            break;
        }
    for (Problems part :
         {validate(scenario.publishing_quick, "publishing.quick"), validate(scenario.publishing, "publishing"),
          validate(scenario.release), validate(scenario.compare, scenario.release.recording, "compare")})
        for (Problem& problem : part) problems.push_back(std::move(problem));
    return problems;
}

Result<ScenarioResult> calculate(const Scenario& scenario) {
    if (Problems problems = validate(scenario); !problems.empty()) return problems;
    Result<ReleaseResult> release = detail::calculate_valid_release(scenario.release);  // validated above
    if (!release.ok()) return release.problems();
    // One song, one truth: the publishing estimate counts the release's streams unless the user entered its own.
    const std::int64_t streams = release.value().streams;
    const QuickEstimateTerms quick_terms = resolve_streams(scenario.publishing_quick, streams);
    // Validated above: the quick terms and the publishing terms (calculate_publishing would validate them again).
    QuickEstimate quick = detail::estimate_valid_publishing(quick_terms);
    quick.streams_follow_release = !scenario.publishing_quick.streams.has_value();
    if (quick.streams_follow_release)
        quick.assumptions.insert(
            quick.assumptions.begin(),
            Assumption{
                "US on-demand streams",
                format_count(quick.streams) + " = the release's " + format_count(streams) + " streams × " +
                    format_percent(quick_terms.us_share_ppm) + " in the US",
                quick_terms.us_share_ppm == 1'000'000
                    ? "Default: every stream counts as a US on-demand stream (section 115 is US law); set the US share "
                      "of your streams"
                    : "Entered by you: the US share of the release's streams",
                quick_terms.us_share_ppm == 1'000'000 ? "[U]" : "", ""});
    Result<PublishingResult> publishing = detail::calculate_valid_publishing(quick, scenario.publishing);
    if (!publishing.ok()) return publishing.problems();
    std::vector<YearEstimate> by_year;
    if (!scenario.publishing_quick.rate_ppm) {  // the statutory years; a rate of the user's is for its own year only
        Result<std::vector<YearEstimate>> rows =
            estimates_by_year(*quick_terms.streams, quick_terms.revenue_per_stream);
        if (!rows.ok()) return rows.problems();
        by_year = std::move(rows.value());
    }
    ScenarioResult out{std::move(quick), std::move(publishing.value()), std::move(by_year), std::move(release.value()),
                       std::nullopt};
    if (out.release.answers && !scenario.compare.offers.empty()) {  // label deal: the answers' model and N
        const AnswerTerms& answers = out.release.answer_terms;
        Result<Comparison> comparison =  // the deal and the offers passed validate(scenario) above
            detail::compare_valid_offers(scenario.release.recording, answers.model, scenario.compare, answers.streams);
        if (!comparison.ok()) return comparison.problems();
        out.comparison = std::move(comparison.value());
    }
    return out;
}

std::string summarize(const Scenario& scenario, const ScenarioResult& result) {
    const QuickEstimateTerms& terms = scenario.publishing_quick;
    const QuickEstimate& quick = result.publishing_quick;
    return format_count(quick.streams) + " US on-demand streams in " + std::to_string(terms.year) +
           " earn an estimated " + format_usd(quick.publishing_total) +
           " in publishing royalties (performance and mechanical together): the " +
           format_percent(quick.rate.rate_ppm) + " headline rate (" + quick.rate.proceeding + ") applied to " +
           format_usd(quick.service_revenue) + " of service revenue.";
}

}  // namespace dealsheet
