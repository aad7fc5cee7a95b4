// Dealsheet core — the publishing quick estimate (Billboard's per-stream method).
//
// Index of this file
// [SECTION] Terms
// [SECTION] Result
// [SECTION] Calculation
//
// Method (domain notes §5.3): total publishing royalties (performance + mechanical) for N US on-demand
// streams, assuming the headline prong of §115 binds:
//     service_revenue = R × streams              R = implied service revenue per stream
//     publishing      = headline_rate[year] × service_revenue
// R = $0.0091379 reproduces every figure of Billboard's 2023–2027 table; it is implied by those figures,
// not published by anyone, and the result says so.
#pragma once

#include <cstdint>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/statutory.hpp"

namespace dealsheet {

// [SECTION] Terms

inline constexpr double billboard_implied_revenue_per_stream = 0.0091379;   // $ per stream, implied [C][D]
inline constexpr std::int64_t max_streams = 100'000'000'000;               // 1e11: above any song's lifetime
inline constexpr double max_revenue_per_stream = 1.0;                       // $ per stream; real values ~0.01
inline constexpr std::int64_t revenue_scale = 1'000'000'000'000;            // R is held in 1e-12 $ (exact to 12 places)

// What the user asks: streams, the rate year, and the service revenue each stream implies.
struct QuickEstimateTerms {
    std::int64_t streams = 1'000'000;                              // US on-demand streams, 0..max_streams
    int year = 2026;                                               // statutory year (fixed: links keep their year), first_statutory_year..last_statutory_year
    double revenue_per_stream = billboard_implied_revenue_per_stream;  // $ of service revenue per stream, 0..max_revenue_per_stream
    bool operator==(const QuickEstimateTerms&) const = default;
};

// Every problem with `terms`, each naming its field under `path` (e.g. "publishing.quick"); empty when valid.
Problems validate(const QuickEstimateTerms& terms, const std::string& path = "publishing.quick");

// [SECTION] Result

// The estimate and everything it rests on.
struct QuickEstimate {
    Micros service_revenue = 0;     // R × streams
    Micros publishing_total = 0;    // headline_rate × service_revenue: performance + mechanical together
    HeadlineRate rate{};            // the statutory row used
    Assumptions assumptions;        // every input with source and date, for the assumptions panel
};

// [SECTION] Calculation

// The quick estimate for valid terms, or the problems that make the terms impossible.
Result<QuickEstimate> estimate_publishing(const QuickEstimateTerms& terms);

namespace detail {
// The estimate's amounts and row without its assumptions (estimates_by_year runs it for every year; the text
// is built once, by estimate_publishing). Precondition: validate(terms) is empty.
QuickEstimate quick_amounts(const QuickEstimateTerms& terms);
// estimate_publishing without its validation (calculate(Scenario) validated the scenario once).
// Precondition: validate(terms) is empty.
QuickEstimate estimate_valid_publishing(const QuickEstimateTerms& terms);
}  // namespace detail

}  // namespace dealsheet
