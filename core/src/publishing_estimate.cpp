#include "dealsheet/publishing_estimate.hpp"

#include <cmath>

namespace dealsheet {
namespace {

std::string dollars_per_stream(double value) {
    std::string text = "$";
    text += format_fixed(value, 7);
    text += " per stream";
    return text;
}

}  // namespace

Problems validate(const QuickEstimateTerms& terms, const std::string& path) {
    Problems problems;
    if (terms.streams < 0 || terms.streams > max_streams)
        problems.push_back({path + ".streams", "must be a whole number of streams from 0 to 100,000,000,000 (got " +
                                                   std::to_string(terms.streams) + ")"});
    if (!headline_rate(terms.year))
        problems.push_back({path + ".year", "must be a year from " + std::to_string(first_statutory_year) + " to " +
                                                std::to_string(last_statutory_year) + " (got " +
                                                std::to_string(terms.year) + ")"});
    if (!std::isfinite(terms.revenue_per_stream) || terms.revenue_per_stream < 0.0 ||
        terms.revenue_per_stream > max_revenue_per_stream)
        problems.push_back({path + ".revenue_per_stream",
                            "must be an amount in dollars per stream from 0 to 1 (got " +
                                (std::isfinite(terms.revenue_per_stream) ? std::to_string(terms.revenue_per_stream)
                                                                          : std::string("a non-finite number")) +
                                ")"});
    return problems;
}

QuickEstimate detail::quick_amounts(const QuickEstimateTerms& terms) {
    QuickEstimate estimate;
    estimate.rate = *headline_rate(terms.year);
    // R in 1e-12 $ × streams → micros (÷1e6), then × rate ppm ÷ 1e6: two exact roundings, half away from zero.
    const std::int64_t revenue_picos = to_scaled_integer(terms.revenue_per_stream, revenue_scale);
    estimate.service_revenue = mul_div_round(revenue_picos, terms.streams, revenue_scale / micros_per_unit);
    estimate.publishing_total = mul_div_round(estimate.service_revenue, estimate.rate.rate_ppm, 1'000'000);
    return estimate;
}

Result<QuickEstimate> estimate_publishing(const QuickEstimateTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;
    return detail::estimate_valid_publishing(terms);
}

QuickEstimate detail::estimate_valid_publishing(const QuickEstimateTerms& terms) {
    QuickEstimate estimate = detail::quick_amounts(terms);
    const bool implied_default = terms.revenue_per_stream == billboard_implied_revenue_per_stream;
    // One push_back each: a braced list would copy every string of every assumption once more.
    estimate.assumptions.reserve(4);
    estimate.assumptions.push_back({"Headline rate " + std::to_string(terms.year),
                                    format_percent(estimate.rate.rate_ppm) + " of service revenue",
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
