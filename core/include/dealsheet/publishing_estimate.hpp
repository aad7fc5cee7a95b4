// Dealsheet core — the publishing quick estimate (Billboard's per-stream method).
//
// Index of this file
// [SECTION] Terms
// [SECTION] Result
// [SECTION] Calculation
//
// Method (domain notes §5.3): total publishing royalties (performance + mechanical) for N US on-demand
// streams, assuming the headline prong of §115 binds. One song, one truth: in a scenario N is the release's
// stream count × the US share of streams, unless the user enters N (publishing.quick.streams).
//     service_revenue = R × streams              R = implied service revenue per stream
//     publishing      = headline_rate[year] × service_revenue
// R = $0.0091379 reproduces every figure of Billboard's 2023–2027 table; it is implied by those figures,
// not published by anyone, and the result says so.
#pragma once

#include <cstdint>
#include <optional>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/statutory.hpp"

namespace dealsheet {

// [SECTION] Terms

inline constexpr double billboard_implied_revenue_per_stream = 0.0091379;  // $ per stream, implied [C][D]
inline constexpr std::int64_t max_streams = 100'000'000'000;               // 1e11: above any song's lifetime
inline constexpr double max_revenue_per_stream = 1.0;                      // $ per stream; real values ~0.01
inline constexpr std::int64_t revenue_scale = 1'000'000'000'000;           // R is held in 1e-12 $ (exact to 12 places)

// What the user asks: streams, the rate year, and the service revenue each stream implies.
struct QuickEstimateTerms {
    // US on-demand streams, 0..max_streams; nullopt: the song's streams (the release's) × us_share_ppm. The
    // engine needs a count: a scenario resolves it (resolve_streams), a direct caller sets it.
    std::optional<std::int64_t> streams;
    int year = 2026;  // rate year (fixed: links keep their year), first_statutory_year..last_scenario_year
    double revenue_per_stream =
        billboard_implied_revenue_per_stream;  // $ of service revenue per stream, 0..max_revenue_per_stream
    std::int64_t us_share_ppm =
        1'000'000;  // share of the song's streams that are US on-demand streams (§115 is US law), 0..100%
    // The headline rate the user assumes, ppm of service revenue, 0..100%; nullopt: the statutory rate. Required
    // after last_statutory_year (no statutory streaming rate: Phonorecords V pending).
    std::optional<std::int64_t> rate_ppm;
    bool operator==(const QuickEstimateTerms&) const = default;
};

// Terms for `streams` US on-demand streams in `year` at `revenue_per_stream`, the rest at their defaults.
QuickEstimateTerms quick_terms(std::int64_t streams, int year,
                               double revenue_per_stream = billboard_implied_revenue_per_stream);

// `terms` with its stream count: as entered, else `song_streams` × us_share_ppm (rounded half up).
// Precondition: song_streams ≥ 0 and us_share_ppm within 0..100%.
QuickEstimateTerms resolve_streams(QuickEstimateTerms terms, std::int64_t song_streams);

// Every problem with `terms`, each naming its field under `path` (e.g. "publishing.quick"); empty when valid.
Problems validate(const QuickEstimateTerms& terms, const std::string& path = "publishing.quick");

// [SECTION] Result

// The estimate and everything it rests on.
struct QuickEstimate {
    std::int64_t streams = 0;               // the US on-demand streams estimated
    bool streams_follow_release = false;    // true: the release's streams × the US share; false: entered by the user
    std::int64_t us_share_ppm = 1'000'000;  // the US share applied when following the release
    Micros service_revenue = 0;             // R × streams
    Micros publishing_total = 0;            // headline_rate × service_revenue: performance + mechanical together
    HeadlineRate rate{};      // the statutory row used, or the user's assumed rate (proceeding "Your assumption")
    Assumptions assumptions;  // every input with source and date, for the assumptions panel
};

// [SECTION] Calculation

// The quick estimate for valid terms with a stream count, or the problems that make the terms impossible.
Result<QuickEstimate> estimate_publishing(const QuickEstimateTerms& terms);

// The headline row the estimate uses for valid terms: the user's rate when given, else the statutory row.
HeadlineRate effective_headline_rate(const QuickEstimateTerms& terms);

namespace detail {
// The estimate's amounts and row without its assumptions (estimates_by_year runs it for every year; the text
// is built once, by estimate_publishing). Precondition: validate(terms) is empty, terms.streams set.
QuickEstimate quick_amounts(const QuickEstimateTerms& terms);
// estimate_publishing without its validation (calculate(Scenario) validated the scenario once).
// Precondition: validate(terms) is empty and terms.streams is set.
QuickEstimate estimate_valid_publishing(const QuickEstimateTerms& terms);
}  // namespace detail

}  // namespace dealsheet
