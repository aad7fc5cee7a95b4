// Outcome distributions of lifetime streams: the Loud & Clear tiers, the outcome terms' checks, and each shape's
// survival, partial mean and quantile in closed form (method in offers.hpp).
//
// Index of this file
// [SECTION] Tiers and segments
// [SECTION] Words, roundings, validation
// [SECTION] Shapes
// [SECTION] Names and tiers (public)
// [SECTION] Distribution functions (public)
#include "engines/stream_outcomes.hpp"

#include <algorithm>
#include <cmath>

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "engines/portable_maths.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

using detail::det_exp;
using detail::det_log;
using detail::exprel;
using detail::never_streams_ppm;
using detail::shape_atom;
using detail::shape_continuous_mean_between;
using detail::shape_survival;
using detail::validate_outcomes;

constexpr double infinity = detail::det_infinity;

// [SECTION] Tiers and segments

// Spotify Loud & Clear 2025 (2024 data) [S]. The ≥ $500k tier (2,940 artists, "up 205% on 2017") is from Music
// Business Worldwide's report of the same release, as reposted at lewlewbiz.com and vinylmeplease.com (2025-03) [S];
// version 1 of the format did without it, so its links list the correction loud-and-clear-2025-500k-tier.
constexpr std::array<EarningsTier, 6> tiers{{
    {10'000 * micros_per_unit, 71'200},
    {50'000 * micros_per_unit, 22'100},
    {100'000 * micros_per_unit, 12'500},
    {500'000 * micros_per_unit, 2'940},
    {1'000'000 * micros_per_unit, 1'450},
    {10'000'000 * micros_per_unit, 70},
}};

// Spotify Loud & Clear 2026 (2025 data, published ~2026-03-11) [S]: the 100,000th artist generated $7,300;
// 13,800 artists ≥ $100k; more than 1,500 ≥ $1M. No ≥ $10k, ≥ $500k or ≥ $10M tier is given in the notes, and
// none for ≥ $500k was found in the stored coverage of this report (searched 2026-12-04: "Loud & Clear 2026
// $500,000", "artists generated over $500,000" — the pages found give only $1M, $100k and the 100,000th
// artist); the 2025 report's 2,940 is not used here: tiers of different years are never mixed.
constexpr std::array<EarningsTier, 3> tiers_2026{{
    {7'300 * micros_per_unit, 100'000},
    {100'000 * micros_per_unit, 13'800},
    {1'000'000 * micros_per_unit, 1'500},
}};

// E[N·1{from ≤ N < to}] on the power-law segment starting at `knot`, for knot.streams ≤ from < to ≤ the next
// knot's streams. With S(n) = S_k (n/x_k)^(−a): ∫ n f(n) dn = a/(1−a)·(S(from)·from − S(to)·to)
// = a·S(from)·from·ln(to/from)·(e^u − 1)/u with u = (1 − a)·ln(to/from) (stable at a = 1).
double segment_mean(const StreamDistribution::Knot& knot, double from, double to) {
    const double s_from = knot.survival * det_exp(-knot.slope * det_log(from / knot.streams));
    const double span = det_log(to / from);
    return knot.slope * s_from * from * span * exprel((1 - knot.slope) * span);
}

// The q-quantile of the shape alone (before the pays mixture), for q in [0, 1).
double shape_quantile(const StreamDistribution& d, double q) {
    switch (d.kind) {
        case OutcomeKind::fixed: return d.point;
        case OutcomeKind::lognormal: return det_exp(d.mu + d.sigma * normal_quantile(q));
        case OutcomeKind::loud_and_clear:
        case OutcomeKind::pareto: {
            const auto& k = d.knots;
            if (k.empty()) return 0;
            const double s = 1 - q;  // the survival to reach
            if (s >= 1) return k.front().streams;
            for (std::size_t i = 0; i + 1 < k.size(); ++i)
                if (s > k[i + 1].survival)
                    return std::min(k[i + 1].streams, k[i].streams * det_exp(det_log(k[i].survival / s) / k[i].slope));
            return k.back().streams;
        }
    }
    return 0;
}

}  // namespace

// [SECTION] Words, roundings, validation

std::int64_t detail::whole_streams(double streams) {
    if (!(streams > 0)) return 0;
    if (streams >= static_cast<double>(answer_max_streams)) return answer_max_streams;
    return static_cast<std::int64_t>(std::floor(streams * (1 + 1e-12)));
}

std::string detail::ratio_text(std::int64_t ppm) {
    std::string out = std::to_string(ppm / 1'000'000);
    std::int64_t fraction = ppm % 1'000'000;
    if (fraction == 0) return out;
    std::string digits = std::to_string(fraction);
    digits.insert(0, 6 - digits.size(), '0');
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    out += '.';
    out += digits;
    return out;
}

std::int64_t detail::never_streams_ppm(const OutcomeTerms& t) {
    if (t.never_streams_ppm) return *t.never_streams_ppm;
    return t.population == OutcomePopulation::all_uploaders ? luminate_zero_plays_ppm : 0;
}

std::string detail::population_phrase(const OutcomeTerms& t) {
    return t.population == OutcomePopulation::professional ? "Spotify's ~235k professional or emerging artists"
                                                           : "all ~12M Spotify uploaders";
}

Problems detail::validate_outcomes(const OutcomeTerms& t, std::string_view path) {
    Problems problems;
    if (to_string(t.kind).empty()) problems.push_back({cat(path, ".kind"), detail::one_of(outcome_kind_names)});
    check_range(problems, path, ".dollars_per_1000", t.dollars_per_1000, 10'000, 1'000 * micros_per_unit,
                "an amount from $0.01 to $1,000.00 per 1,000 streams", [&] { return format_usd(t.dollars_per_1000); });
    check_count(problems, path, ".median", t.median, 1, answer_max_streams);
    check_range(problems, path, ".sigma", t.sigma_ppm, 0, 10'000'000, "a ratio from 0 to 10",
                [&] { return ratio_text(std::max<std::int64_t>(t.sigma_ppm, 0)); });
    if (t.sigma_ppm < 0) problems.back().message = "must be a ratio from 0 to 10 (got a negative number)";
    check_count(problems, path, ".cap", t.cap, 1, answer_max_streams);
    check_count(problems, path, ".x_min", t.x_min, 1, answer_max_streams);
    if (t.x_min >= 1 && t.cap >= 1 && t.x_min > t.cap)
        problems.push_back({cat(path, ".x_min"), cat("must not exceed cap (", format_count(t.cap), " streams) (got ",
                                                     format_count(t.x_min), ")")});
    check_range(problems, path, ".alpha", t.alpha_ppm, 50'000, 10'000'000, "a ratio from 0.05 to 10",
                [&] { return t.alpha_ppm < 0 ? std::string("a negative number") : ratio_text(t.alpha_ppm); });
    if (t.streams) check_count(problems, path, ".streams", *t.streams, 0, answer_max_streams);
    check_percentage(problems, path, ".pays_chance", t.pays_chance_ppm);
    check_percentage(problems, path, ".community_chance", t.community_chance_ppm);
    if (to_string(t.report).empty())
        problems.push_back({cat(path, ".report"), detail::one_of(loud_and_clear_report_names)});
    if (to_string(t.population).empty())
        problems.push_back({cat(path, ".population"), detail::one_of(outcome_population_names)});
    if (t.never_streams_ppm) {
        check_percentage(problems, path, ".never_streams", *t.never_streams_ppm);
        if (*t.never_streams_ppm >= full_share_ppm)
            problems.push_back(
                {cat(path, ".never_streams"), "must be below 100% (the tiers need releases that stream)"});
    }
    return problems;
}

// [SECTION] Shapes

double detail::shape_survival(const StreamDistribution& d, double n) {
    if (n <= 0) return 1;
    switch (d.kind) {
        case OutcomeKind::fixed: return n <= d.point ? 1 : 0;
        case OutcomeKind::lognormal: {
            const double z = (det_log(n) - d.mu) / d.sigma;  // P(N ≥ n) = P(Z ≥ z)
            return z >= 0 ? upper_tail(z) : 1 - upper_tail(-z);
        }
        case OutcomeKind::loud_and_clear:
        case OutcomeKind::pareto: {
            const auto& k = d.knots;
            if (k.empty() || n <= k.front().streams) return 1;
            if (n > k.back().streams) return 0;
            for (std::size_t i = 0; i + 1 < k.size(); ++i)
                if (n < k[i + 1].streams) return k[i].survival * det_exp(-k[i].slope * det_log(n / k[i].streams));
            return k.back().survival;  // n is the cap: its atom
        }
    }
    return 0;
}

double detail::shape_continuous_mean_between(const StreamDistribution& d, double lo, double hi) {
    if (!(lo < hi)) return 0;
    switch (d.kind) {
        case OutcomeKind::fixed: return 0;
        case OutcomeKind::lognormal: {  // E[N·1{N in [lo, hi)}] = e^(μ+σ²/2)·P(ln lo ≤ μ + σ² + σZ < ln hi)
            const double shift = d.mu + d.sigma * d.sigma;
            const double a = lo <= 0 ? -infinity : (det_log(lo) - shift) / d.sigma;
            const double b = hi == infinity ? infinity : (det_log(hi) - shift) / d.sigma;
            return det_exp(d.mu + d.sigma * d.sigma / 2) * normal_between(a, b);
        }
        case OutcomeKind::loud_and_clear:
        case OutcomeKind::pareto: {
            double sum = 0;
            const auto& k = d.knots;
            for (std::size_t i = 0; i + 1 < k.size(); ++i) {
                const double from = std::max(lo, k[i].streams), to = std::min(hi, k[i + 1].streams);
                if (from >= to) continue;
                sum += from == k[i].streams && to == k[i + 1].streams ? k[i].mean : segment_mean(k[i], from, to);
            }
            return sum;
        }
    }
    return 0;
}

std::optional<std::pair<double, double>> detail::shape_atom(const StreamDistribution& d) {
    if (d.kind == OutcomeKind::fixed) return std::pair{d.point, 1.0};
    if (d.kind != OutcomeKind::lognormal && !d.knots.empty() && d.knots.back().survival > 0)
        return std::pair{d.knots.back().streams, d.knots.back().survival};
    return std::nullopt;
}

std::string detail::distribution_line(const StreamDistribution& d, const OutcomeTerms& t) {
    std::string out;
    switch (d.kind) {
        case OutcomeKind::loud_and_clear:
            out = cat("Spotify Loud & Clear ", to_string(t.report), " earnings tiers among ", population_phrase(t),
                      " as lifetime streams at ", format_usd(t.dollars_per_1000),
                      " per 1,000 (power law between tiers, capped at ",
                      format_count(whole_streams(d.knots.back().streams)), " streams); ",
                      format_percent(never_streams_ppm(t)), " never stream");
            break;
        case OutcomeKind::lognormal:
            out = cat("Log-normal: median ", format_count(t.median), " streams, sigma ", ratio_text(t.sigma_ppm));
            break;
        case OutcomeKind::pareto:
            out = cat("Pareto: at least ", format_count(t.x_min), " streams, tail index ", ratio_text(t.alpha_ppm),
                      ", capped at ", format_count(t.cap), " streams");
            break;
        case OutcomeKind::fixed:
            out = cat("Fixed: exactly ", format_count(whole_streams(d.point)), " streams");
            if (t.kind == OutcomeKind::lognormal) out += " (log-normal with sigma 0)";
            break;
    }
    if (t.pays_chance_ppm < full_share_ppm)
        out += cat("; the release pays at all with a ", format_percent(t.pays_chance_ppm), " chance (else 0 streams)");
    return out;
}

// [SECTION] Names and tiers (public)

DEALSHEET_ENUM_NAME_FUNCTIONS(OutcomeKind, kind, parse_outcome_kind, name, outcome_kind_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(LoudAndClearReport, report, parse_loud_and_clear_report, name,
                              loud_and_clear_report_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(OutcomePopulation, population, parse_outcome_population, name, outcome_population_names)

std::span<const EarningsTier> loud_and_clear_tiers() { return tiers; }
std::span<const EarningsTier> loud_and_clear_tiers(LoudAndClearReport report) {
    if (report == LoudAndClearReport::y2026) return tiers_2026;
    return tiers;
}
const char* loud_and_clear_source(LoudAndClearReport report) {
    return report == LoudAndClearReport::y2026
               ? "Spotify Loud & Clear 2026 (2025 data): the 100,000th artist $7,300; 13,800 at least $100k; over "
                 "1,500 at least $1M (domain notes 2026, section 4)"
               : "Spotify Loud & Clear 2025 (2024 data): 71,200 at least $10k, 22,100 $50k, 12,500 $100k, 2,940 $500k, "
                 "~1,450 $1M, 70 $10M (domain notes 2026, section 4; the $500k tier per Music Business Worldwide)";
}
const char* loud_and_clear_as_of(LoudAndClearReport report) {
    return report == LoudAndClearReport::y2026 ? "2026-03-11" : "2025";
}

// [SECTION] Distribution functions (public)

Result<StreamDistribution> stream_distribution(const OutcomeTerms& terms, std::int64_t scenario_streams) {
    if (Problems problems = validate_outcomes(terms, "compare.outcomes"); !problems.empty()) return problems;
    StreamDistribution d;
    d.kind = terms.kind;
    d.pays = static_cast<double>(terms.pays_chance_ppm) / 1e6;
    switch (terms.kind) {
        case OutcomeKind::fixed:
            d.point = static_cast<double>(
                terms.streams ? *terms.streams : std::clamp<std::int64_t>(scenario_streams, 0, answer_max_streams));
            break;
        case OutcomeKind::lognormal:
            if (terms.sigma_ppm == 0) {
                d.kind = OutcomeKind::fixed;
                d.point = static_cast<double>(terms.median);
            } else {
                d.mu = det_log(static_cast<double>(terms.median));
                d.sigma = static_cast<double>(terms.sigma_ppm) / 1e6;
            }
            break;
        case OutcomeKind::pareto: {
            const double x_min = static_cast<double>(terms.x_min), cap = static_cast<double>(terms.cap);
            const double alpha = static_cast<double>(terms.alpha_ppm) / 1e6;
            d.knots = {{x_min, 1.0}};
            if (cap > x_min) {
                d.knots.push_back({cap, det_exp(-alpha * det_log(cap / x_min))});
            } else {  // x_min = cap: every paying release has exactly that many streams
                d.kind = OutcomeKind::fixed;
                d.point = x_min;
                d.knots.clear();
            }
            break;
        }
        case OutcomeKind::loud_and_clear: {
            const double per_stream = static_cast<double>(terms.dollars_per_1000) / 1000;  // micros per stream
            const double artists = static_cast<double>(
                terms.population == OutcomePopulation::professional ? professional_artists : loud_and_clear_artists);
            // Releases that never stream are an atom at 0 (part of the distribution): the tiers keep their share
            // of the whole population, so the curve's own survival is that share ÷ the part that streams.
            const double never = static_cast<double>(never_streams_ppm(terms)) / 1e6;
            d.pays *= 1 - never;
            const std::span<const EarningsTier> table = loud_and_clear_tiers(terms.report);
            std::vector<StreamDistribution::Knot> k;
            k.reserve(table.size());
            for (const EarningsTier& tier : table)
                k.push_back({static_cast<double>(tier.earned_at_least) / per_stream,
                             static_cast<double>(tier.artists) / artists / (1 - never)});
            // Below the first tier: the first segment's slope extended to where it reaches 100% [D][U].
            const double first = det_log(k[0].survival / k[1].survival) / det_log(k[1].streams / k[0].streams);
            const double bottom = k[0].streams * det_exp(det_log(k[0].survival) / first);
            // Above the last tier: the last segment's slope extended to the cap.
            const std::size_t n = k.size();
            const double last =
                det_log(k[n - 2].survival / k[n - 1].survival) / det_log(k[n - 1].streams / k[n - 2].streams);
            const double cap = static_cast<double>(loud_and_clear_cap) / per_stream;
            const double at_cap = k[n - 1].survival * det_exp(-last * det_log(cap / k[n - 1].streams));
            d.knots.reserve(k.size() + 2);
            d.knots.push_back({bottom, 1.0});
            for (const auto& knot : k) d.knots.push_back(knot);
            d.knots.push_back({cap, at_cap});
            break;
        }
    }
    // Each segment's exponent and whole mean, once (every survival, partial mean and quantile reads them).
    for (std::size_t i = 0; i + 1 < d.knots.size(); ++i) {
        StreamDistribution::Knot& from = d.knots[i];
        const StreamDistribution::Knot& to = d.knots[i + 1];
        from.slope = det_log(from.survival / to.survival) / det_log(to.streams / from.streams);
        if (from.streams < to.streams) from.mean = segment_mean(from, from.streams, to.streams);
    }
    return d;
}

double survival(const StreamDistribution& distribution, double streams) {
    if (streams <= 0) return 1;
    return distribution.pays * shape_survival(distribution, streams);
}

double partial_mean(const StreamDistribution& distribution, double streams) {
    double sum = shape_continuous_mean_between(distribution, streams, infinity);
    if (const auto atom = shape_atom(distribution); atom && atom->first >= streams) sum += atom->first * atom->second;
    return distribution.pays * sum;
}

double mean(const StreamDistribution& distribution) { return partial_mean(distribution, 0); }

double quantile(const StreamDistribution& distribution, double q) {
    if (!(q > 0)) return 0;
    const double zero = 1 - distribution.pays;
    if (q <= zero) return 0;
    if (q >= 1) {
        if (distribution.kind == OutcomeKind::lognormal) return infinity;
        return distribution.kind == OutcomeKind::fixed ? distribution.point : distribution.knots.back().streams;
    }
    return shape_quantile(distribution, (q - zero) / distribution.pays);
}

}  // namespace dealsheet
