// Dealsheet core (internal) — outcome distributions of lifetime streams as the offer comparison reads them:
// the shape's parts (before the "pays at all" mixture), the outcome terms' checks and their words.
//
// Index of this file
// [SECTION] Outcome terms
// [SECTION] Shapes
// [SECTION] Words
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "dealsheet/offers.hpp"

namespace dealsheet::detail {

// [SECTION] Outcome terms

// Every problem with the outcome terms, each named by its JSON path under `path` ("compare.outcomes.sigma").
Problems validate_outcomes(const OutcomeTerms& t, std::string_view path);

// The share of releases that never stream under `t` (loud_and_clear only): as entered, or the population's
// default (all uploaders: Luminate 2023's 24.8% [S]; professional artists: 0 [U]).
std::int64_t never_streams_ppm(const OutcomeTerms& t);

// [SECTION] Shapes
// Each shape before the pays mixture: survival, the continuous part's partial mean, and its one atom.

// P(N ≥ n) of the shape alone; 1 for n ≤ 0.
double shape_survival(const StreamDistribution& d, double n);

// E[N·1{lo ≤ N < hi}] over the shape's continuous part only (atoms excluded); hi may be +infinity.
double shape_continuous_mean_between(const StreamDistribution& d, double lo, double hi);

// The shape's atom (streams, probability): a shape has at most one; empty = none.
std::optional<std::pair<double, double>> shape_atom(const StreamDistribution& d);

// [SECTION] Words

// Whole streams from a real count: ⌊n⌋ within 0..answer_max_streams, after allowing a relative 1e-12 of
// floating-point error (so a quantile computed as 49,999,999.9999999 for 50,000,000 stays 50,000,000).
std::int64_t whole_streams(double streams);

// A ppm ratio as a short decimal ("2", "1.5").
std::string ratio_text(std::int64_t ppm);

// "all ~12M Spotify uploaders" or "Spotify's ~235k professional or emerging artists": named in the verdict.
std::string population_phrase(const OutcomeTerms& t);

// One line saying what the distribution is, for display ("Log-normal: median 100,000 streams, sigma 2").
std::string distribution_line(const StreamDistribution& d, const OutcomeTerms& t);

}  // namespace dealsheet::detail
