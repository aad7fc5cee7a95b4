#include "dealsheet/publishing_estimate.hpp"

#include <cmath>

#include "engines/checks.hpp"

namespace dealsheet {
namespace {

std::string dollars_per_stream(double value) {
    std::string text = "$";
    text += format_fixed(value, 7);
    text += " per stream";
    return text;
}

constexpr std::int64_t whole_ppm = 1'000'000;

}  // namespace

Problems validate(const QuickEstimateTerms& terms, const std::string& path) {
    Problems problems;
    if (terms.streams && (*terms.streams < 0 || *terms.streams > max_streams))
        problems.push_back({path + ".streams", "must be a whole number of streams from 0 to 100,000,000,000 (got " +
                                                   std::to_string(*terms.streams) + ")"});
    if (terms.year < first_statutory_year || terms.year > last_scenario_year)
        problems.push_back({path + ".year", "must be a year from " + std::to_string(first_statutory_year) + " to " +
                                                std::to_string(last_statutory_year) +
                                                " (later years need the rate you assume, in rate) (got " +
                                                std::to_string(terms.year) + ")"});
    else if (terms.year > last_statutory_year && !terms.rate_ppm)
        problems.push_back(
            {path + ".rate", "is needed for " + std::to_string(terms.year) +
                                 ": there is no statutory streaming rate after " + std::to_string(last_statutory_year) +
                                 " (Phonorecords V, 2028-2032, is pending); enter the headline rate you assume, in "
                                 "percent of service revenue (assumption - Phonorecords V pending)"});
    if (terms.rate_ppm) detail::check_percentage(problems, path, ".rate", *terms.rate_ppm);
    detail::check_percentage(problems, path, ".us_share", terms.us_share_ppm);
    if (!std::isfinite(terms.revenue_per_stream) || terms.revenue_per_stream < 0.0 ||
        terms.revenue_per_stream > max_revenue_per_stream)
        problems.push_back({path + ".revenue_per_stream",
                            "must be an amount in dollars per stream from 0 to 1 (got " +
                                (std::isfinite(terms.revenue_per_stream) ? std::to_string(terms.revenue_per_stream)
                                                                         : std::string("a non-finite number")) +
                                ")"});
    return problems;
}

QuickEstimateTerms quick_terms(std::int64_t streams, int year, double revenue_per_stream) {
    QuickEstimateTerms terms;
    terms.streams = streams;
    terms.year = year;
    terms.revenue_per_stream = revenue_per_stream;
    return terms;
}

QuickEstimateTerms resolve_streams(QuickEstimateTerms terms, std::int64_t song_streams) {
    if (!terms.streams) terms.streams = mul_div_round(song_streams, terms.us_share_ppm, whole_ppm);
    return terms;
}

HeadlineRate effective_headline_rate(const QuickEstimateTerms& terms) {
    if (terms.rate_ppm) {
        const bool statutory = headline_rate(terms.year) != nullptr;
        return {terms.year,
                static_cast<int>(*terms.rate_ppm),
                "Your assumption",
                statutory
                    ? "Entered by you, in place of the statutory rate"
                    : "Entered by you: assumption - Phonorecords V pending (no statutory streaming rate after 2027)",
                "[U]",
                ""};
    }
    return *headline_rate(terms.year);
}

QuickEstimate detail::quick_amounts(const QuickEstimateTerms& terms) {
    QuickEstimate estimate;
    estimate.rate = effective_headline_rate(terms);
    estimate.streams = *terms.streams;
    estimate.us_share_ppm = terms.us_share_ppm;
    // R in 1e-12 $ × streams → micros (÷1e6), then × rate ppm ÷ 1e6: two exact roundings, half away from zero.
    const std::int64_t revenue_picos = to_scaled_integer(terms.revenue_per_stream, revenue_scale);
    estimate.service_revenue = mul_div_round(revenue_picos, estimate.streams, revenue_scale / micros_per_unit);
    estimate.publishing_total = mul_div_round(estimate.service_revenue, estimate.rate.rate_ppm, 1'000'000);
    return estimate;
}

Result<QuickEstimate> estimate_publishing(const QuickEstimateTerms& terms) {
    Problems problems = validate(terms);
    if (!terms.streams)
        problems.push_back({"publishing.quick.streams",
                            "needs a stream count (in a scenario, leaving it out follows the release's streams)"});
    if (!problems.empty()) return problems;
    return detail::estimate_valid_publishing(terms);
}

QuickEstimate detail::estimate_valid_publishing(const QuickEstimateTerms& terms) {
    QuickEstimate estimate = detail::quick_amounts(terms);
    const bool implied_default = terms.revenue_per_stream == billboard_implied_revenue_per_stream;
    // One push_back each: a braced list would copy every string of every assumption once more.
    estimate.assumptions.reserve(5);
    const bool statutory = terms.rate_ppm == std::nullopt;
    estimate.assumptions.push_back(
        {(statutory ? "Headline rate " : "Headline rate you assume, ") + std::to_string(terms.year),
         format_percent(estimate.rate.rate_ppm) + " of service revenue" +
             (statutory || headline_rate(terms.year) ? "" : " (assumption - Phonorecords V pending)"),
         estimate.rate.source, estimate.rate.tag, estimate.rate.as_of});
    estimate.assumptions.push_back(
        {"Service revenue per stream", dollars_per_stream(terms.revenue_per_stream),
         implied_default ? "Implied by Billboard's 2023-2027 publishing-per-1M-streams figures; not a published rate"
                         : "Entered by you",
         implied_default ? "[C][D]" : "", implied_default ? "2023" : ""});
    estimate.assumptions.push_back({"Method", "Headline prong binds (TCC prong and mechanical floor not applied)",
                                    "Billboard's per-stream method, domain notes section 5.3", "[C][D]", ""});
    estimate.assumptions.push_back({"Not modelled", "Non-US territories, SoundExchange, sync, tax",
                                    "Out of scope of Dealsheet (domain notes section 8)", "", ""});
    return estimate;
}

}  // namespace dealsheet
