// Offers compared and weighed by outcomes (method in offers.hpp).
//
// Index of this file
// [SECTION] Deterministic elementary functions
// [SECTION] Names, tiers, validation
// [SECTION] Payouts
// [SECTION] Distributions
// [SECTION] Intervals where one offer pays more
// [SECTION] The comparison
#include "dealsheet/offers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "engines/lean_deal.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

using detail::cat;

// Concatenates with += only (GCC 12 reports false -Wrestrict errors on `"literal" + std::string`).

// [SECTION] Deterministic elementary functions
// Built from +, −, ×, ÷ and frexp/ldexp (exact) only, so glibc and musl (WebAssembly) give the same bits.

constexpr double ln2 = 0.69314718055994530942;
constexpr double ln2_hi = 6.93147180369123816490e-01;  // fdlibm's split of ln 2: k × ln2_hi is exact
constexpr double ln2_lo = 1.90821492927058770002e-10;
constexpr double inv_sqrt_2pi = 0.39894228040143267794;
constexpr double infinity = std::numeric_limits<double>::infinity();

// ln x for finite x > 0 (−infinity for 0): x = m·2^e with m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by
// its series (|t| ≤ 0.1716, 15 terms: below 1e-22).
double det_log(double x) {
    if (x <= 0) return -infinity;
    if (x == infinity) return infinity;
    int e = 0;
    double m = std::frexp(x, &e);
    if (m < 0.70710678118654752440) {
        m *= 2;
        --e;
    }
    const double t = (m - 1) / (m + 1), t2 = t * t;
    double s = 1.0 / 29;
    for (int k = 27; k >= 1; k -= 2) s = s * t2 + 1.0 / k;
    return e * ln2_hi + (2 * t * s + e * ln2_lo);
}

// e^x: x = k·ln 2 + r with |r| ≤ ln2/2, e^r by its Taylor series to r^20/20! (below 1e-25), then × 2^k.
double det_exp(double x) {
    if (x != x) return x;
    if (x > 709.78) return infinity;
    if (x < -745.2) return 0;
    const double k = std::floor(x / ln2 + 0.5);
    const double r = (x - k * ln2_hi) - k * ln2_lo;
    double s = 1;
    for (int n = 20; n >= 1; --n) s = 1 + s * r / n;
    return std::ldexp(s, static_cast<int>(k));
}

// (e^u − 1)/u, accurate near 0.
double exprel(double u) {
    if (u > -1e-4 && u < 1e-4) return 1 + u / 2 + u * u / 6 + u * u * u / 24;
    return (det_exp(u) - 1) / u;
}

// P(Z > x) for x ≥ 0: the series of Φ near 0, the continued fraction of the Mills ratio in the tail.
double upper_tail(double x) {
    if (x > 40) return 0;
    const double density = inv_sqrt_2pi * det_exp(-x * x / 2);
    if (x <= 3) {  // Φ(x) − ½ = φ(x)·Σ x^(2n+1)/(2n+1)!!
        double term = x, sum = x;
        for (int n = 1; n < 200; ++n) {
            term = term * x * x / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-18) break;
        }
        return 0.5 - density * sum;
    }
    double f = x;  // x + 1/(x + 2/(x + 3/(x + …))), evaluated backwards from a fixed depth
    for (int k = 300; k >= 1; --k) f = x + k / f;
    return density / f;
}

// An amount in micros from a double: rounded half away from zero, clamped to ±max_deal_amount × 10.
Micros to_micros(double value) {
    const double limit = 1e18;
    if (!(value == value)) return 0;
    value = std::clamp(value, -limit, limit);
    return static_cast<Micros>(value < 0 ? -std::floor(-value + 0.5) : std::floor(value + 0.5));
}

// A probability in parts per million, rounded, within 0..1'000'000.
std::int64_t to_ppm(double probability) {
    if (!(probability > 0)) return 0;
    if (probability >= 1) return full_share_ppm;
    return static_cast<std::int64_t>(std::floor(probability * 1e6 + 0.5));
}

// Whole streams from a real count: ⌊n⌋ within 0..answer_max_streams, after allowing a relative 1e-12 of
// floating-point error (so a quantile computed as 49,999,999.9999999 for 50,000,000 stays 50,000,000).
std::int64_t whole_streams(double streams) {
    if (!(streams > 0)) return 0;
    if (streams >= static_cast<double>(answer_max_streams)) return answer_max_streams;
    return static_cast<std::int64_t>(std::floor(streams * (1 + 1e-12)));
}

// A ppm ratio as a short decimal ("2", "1.5").
std::string ratio_text(std::int64_t ppm) {
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

// [SECTION] Names, tiers, validation

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

// Validation runs on every compute and nearly always finds nothing, so each helper builds the field's path
// (`path` + `member`) and its message only for a value out of range; `shown()` gives the value as displayed.
template <class Shown>
void check_range(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                 std::int64_t low, std::int64_t high, std::string_view what, const Shown& shown) {
    if (value >= low && value <= high) return;
    problems.push_back({cat(path, member), cat("must be ", what, " (got ", shown(), ")")});
}

void check_count(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                 std::int64_t low, std::int64_t high) {
    if (value >= low && value <= high) return;
    check_range(problems, path, member, value, low, high,
                cat("a whole number of streams from ", format_count(low), " to ", format_count(high)),
                [&] { return format_count(value); });
}

void check_money(Problems& problems, std::string_view path, std::string_view member, Micros value) {
    if (value >= 0 && value <= max_deal_amount) return;
    check_range(problems, path, member, value, 0, max_deal_amount,
                cat("an amount from $0.00 to ", format_usd(max_deal_amount)), [&] { return format_usd(value); });
}

void check_chance(Problems& problems, std::string_view path, std::string_view member, std::int64_t ppm) {
    check_range(problems, path, member, ppm, 0, full_share_ppm, "a percentage from 0% to 100%",
                [&] { return format_percent(ppm); });
}

// The share of releases that never stream under `t` (loud_and_clear only): as entered, or the population's
// default (all uploaders: Luminate 2023's 24.8% [S]; professional artists: 0 [U]).
std::int64_t never_streams_ppm(const OutcomeTerms& t) {
    if (t.never_streams_ppm) return *t.never_streams_ppm;
    return t.population == OutcomePopulation::all_uploaders ? luminate_zero_plays_ppm : 0;
}

// "all ~12M Spotify uploaders" or "Spotify's ~235k professional or emerging artists": named in the verdict.
std::string population_phrase(const OutcomeTerms& t) {
    return t.population == OutcomePopulation::professional ? "Spotify's ~235k professional or emerging artists"
                                                           : "all ~12M Spotify uploaders";
}

Problems validate_outcomes(const OutcomeTerms& t, std::string_view path) {
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
    check_chance(problems, path, ".pays_chance", t.pays_chance_ppm);
    check_chance(problems, path, ".community_chance", t.community_chance_ppm);
    if (to_string(t.report).empty())
        problems.push_back({cat(path, ".report"), detail::one_of(loud_and_clear_report_names)});
    if (to_string(t.population).empty())
        problems.push_back({cat(path, ".population"), detail::one_of(outcome_population_names)});
    if (t.never_streams_ppm) {
        check_chance(problems, path, ".never_streams", *t.never_streams_ppm);
        if (*t.never_streams_ppm >= full_share_ppm)
            problems.push_back(
                {cat(path, ".never_streams"), "must be below 100% (the tiers need releases that stream)"});
    }
    return problems;
}

// [SECTION] Payouts

// Party `party` as paid under `offer`: the offer's points, its advance, and record one when the offer says so.
PointsParty with_offer(const PointsParty& party, const Offer& offer) {
    PointsParty with = party;
    with.points_ppm = offer.points_ppm;
    with.advance = offer.advance;
    if (offer.record_one) with.convention = PaymentConvention::record_one;
    return with;
}

// An offer's payouts on the deal, evaluated by the deal engine's lean path (lean_deal.hpp: the same micros as
// deal_answers.hpp's lifetime model, numbers only).
struct OfferEngine {
    StreamModel model;
    std::size_t party = 0;
    Micros upfront = 0;
    Micros fee = 0;
    Micros advance = 0;
    detail::LeanDeal lean;  // the deal with the offer applied (terms_with_offer); valid

    OfferEngine(const RecordingTerms& terms, const StreamModel& model_, std::size_t party_, const Offer& offer)
            : model(model_),
              party(party_),
              upfront(offer.fee + offer.advance),
              fee(offer.fee),
              advance(offer.advance),
              lean(terms, party_, with_offer(terms.points[party_], offer)) {}

    // The offer's points prorated by the party's tracks.
    std::int64_t effective_points_ppm() const { return lean.parties[party].weight; }

    // Royalties paid beyond the advance at `streams` (0..answer_max_streams).
    Micros backend(std::int64_t streams) const {
        return detail::lean_party_paid(lean, receipts_for_streams(streams, model), party);
    }
    Micros payout(std::int64_t streams) const { return upfront + backend(streams); }
    // The least N with backend(N) > 0; empty = never.
    std::optional<std::int64_t> first_paid() const {
        return detail::lean_streams_until_party(lean, model, party, 0, true);
    }
    // The least N with payout(N) ≥ target; empty = never.
    std::optional<std::int64_t> reaching(Micros target) const {
        return detail::lean_streams_until_party(lean, model, party, target - upfront, false);
    }
};

// The least x in low..high for which `holds` is true, given it is monotone (false … true) there and true at
// high. About 37 evaluations over 1e11.
template <class Holds>
std::int64_t least(std::int64_t low, std::int64_t high, Holds holds) {
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        if (holds(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

// [SECTION] Distributions

double shape_survival(const StreamDistribution& d, double n) {
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

// P(a ≤ Z < b) for a standard normal Z, from the tails (precise far from 0).
double normal_between(double a, double b) {
    if (!(a < b)) return 0;
    if (a >= 0) return upper_tail(a) - (b == infinity ? 0 : upper_tail(b));
    if (b <= 0) return upper_tail(-b) - (a == -infinity ? 0 : upper_tail(-a));
    return 1 - (a == -infinity ? 0 : upper_tail(-a)) - (b == infinity ? 0 : upper_tail(b));
}

// E[N·1{from ≤ N < to}] on the power-law segment starting at `knot`, for knot.streams ≤ from < to ≤ the next
// knot's streams. With S(n) = S_k (n/x_k)^(−a): ∫ n f(n) dn = a/(1−a)·(S(from)·from − S(to)·to)
// = a·S(from)·from·ln(to/from)·(e^u − 1)/u with u = (1 − a)·ln(to/from) (stable at a = 1).
double segment_mean(const StreamDistribution::Knot& knot, double from, double to) {
    const double s_from = knot.survival * det_exp(-knot.slope * det_log(from / knot.streams));
    const double span = det_log(to / from);
    return knot.slope * s_from * from * span * exprel((1 - knot.slope) * span);
}

// E[N·1{lo ≤ N < hi}] over the shape's continuous part only (atoms excluded); hi may be +infinity.
double shape_continuous_mean_between(const StreamDistribution& d, double lo, double hi) {
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

// The shape's atom (streams, probability), before the pays mixture: a shape has at most one.
std::optional<std::pair<double, double>> shape_atom(const StreamDistribution& d) {
    if (d.kind == OutcomeKind::fixed) return std::pair{d.point, 1.0};
    if (d.kind != OutcomeKind::lognormal && !d.knots.empty() && d.knots.back().survival > 0)
        return std::pair{d.knots.back().streams, d.knots.back().survival};
    return std::nullopt;
}

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

std::string distribution_line(const StreamDistribution& d, const OutcomeTerms& t) {
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

// [SECTION] Intervals where one offer pays more

// The streams where a pair's payouts may change course: both offers' first-paid streams, ascending; past
// answer_max_streams = none (an offer never paid). A fixed array: `where` runs for every pair.
using Cuts = std::array<std::int64_t, 2>;

// Whole-stream intervals [first, last + 1) within 0..answer_max_streams, ascending and disjoint: at most one
// per piece between the cuts, so a fixed array too.
struct Intervals {
    using Interval = std::pair<std::int64_t, std::int64_t>;
    std::array<Interval, std::tuple_size_v<Cuts> + 1> items{};
    std::size_t count = 0;

    bool empty() const { return count == 0; }
    const Interval* begin() const { return items.data(); }
    const Interval* end() const { return items.data() + count; }
    Interval& back() { return items[count - 1]; }
    const Interval& back() const { return items[count - 1]; }
    void emplace_back(std::int64_t first, std::int64_t end) { items[count++] = {first, end}; }
};

// Where `holds(n)` is true, given it is monotone on each piece between consecutive `cuts` (those in
// 1..answer_max_streams): each piece is checked at its ends and, when they differ, searched for its one change.
// `certain(low, n)` may settle holds(n) for n on the piece starting at `low` without evaluating it (+1 true,
// −1 false, 0 unknown); it must never contradict holds, so the search probes and returns exactly the same.
template <class Holds, class Certain>
Intervals where(const Cuts& cuts, Holds holds, Certain certain) {
    std::array<std::int64_t, std::tuple_size_v<Cuts> + 1> starts{0};
    std::size_t count = 1;
    for (const std::int64_t cut : cuts)
        if (cut > starts[count - 1] && cut <= answer_max_streams) starts[count++] = cut;
    Intervals out;
    const auto add = [&](std::int64_t first, std::int64_t end) {
        if (first >= end) return;
        if (!out.empty() && out.back().second == first)
            out.back().second = end;
        else
            out.emplace_back(first, end);
    };
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t low = starts[i], high = i + 1 < count ? starts[i + 1] - 1 : answer_max_streams;
        const bool at_low = holds(low), at_high = holds(high);
        if (at_low == at_high) {
            if (at_low) add(low, high + 1);
        } else {
            const std::int64_t change = least(low + 1, high, [&](std::int64_t n) {
                const int known = certain(low, n);
                return (known != 0 ? known > 0 : holds(n)) != at_low;
            });
            if (at_low)
                add(low, change);
            else
                add(change, high + 1);
        }
    }
    return out;
}

// Whether payout_a(n) − payout_b(n) is certainly > 0 (+1) or certainly < 0 (−1), from the payouts' linear
// model on the piece of `where` starting at `low` (0 = too close to tell: evaluate). On a piece each offer is
// either not yet paid (payout = upfront) or paid throughout (payout = upfront + e(n) − advance, since paid is
// non-decreasing and positive from first_paid on). e(n), the party's credited royalty, is n·r·p/1e9 up to the
// rounding of the receipts (≤ ½ micro), of the all-in royalty (≤ ½) and of each two-way split of the chain
// (≤ ½ each, carried): within 1.5 + ½·(chain position) micros, bounded here by 2 + the number of parties.
// The double arithmetic adds at most a relative ~1e-15, covered by a relative 1e-9 margin.
int settled(const OfferEngine& a, const std::optional<std::int64_t>& a_first_paid, const OfferEngine& b,
            const std::optional<std::int64_t>& b_first_paid, std::int64_t low, std::int64_t n) {
    double margin = 1;
    const auto linear = [&](const OfferEngine& e, const std::optional<std::int64_t>& first_paid) {
        const double upfront = static_cast<double>(e.upfront);
        if (!first_paid || low < *first_paid) return upfront;
        const double per_stream = static_cast<double>(e.model.receipts_per_1000_streams) *
                                  static_cast<double>(e.lean.parties[e.party].weight) / 1e9;
        const double backend = static_cast<double>(n) * per_stream - static_cast<double>(e.advance);
        margin += 2 + static_cast<double>(e.lean.parties.size()) +
                  1e-9 * (std::fabs(backend) + static_cast<double>(n) * per_stream + static_cast<double>(e.advance));
        return upfront + backend;
    };
    const double difference = linear(a, a_first_paid) - linear(b, b_first_paid);
    margin += 1e-9 * (static_cast<double>(a.upfront) + static_cast<double>(b.upfront));
    if (difference > margin) return 1;
    if (difference < -margin) return -1;
    return 0;
}

// [SECTION] The comparison

// The distribution as the comparison uses it: N capped at answer_max_streams; atoms evaluated by the engine.
struct Weights {
    const StreamDistribution& d;
    double bound = static_cast<double>(answer_max_streams);

    // P(N' ≥ n) for whole n (N' = min(N, bound)).
    double at_least(std::int64_t n) const { return n > answer_max_streams ? 0 : survival(d, static_cast<double>(n)); }
    double between(const Intervals& intervals) const {
        double sum = 0;
        for (const auto& [first, end] : intervals) sum += at_least(first) - at_least(end);
        return sum;
    }
    // The atoms of N' (the 0 atom excluded: no offer has a backend at 0 streams), plus the continuous mass
    // beyond the bound, placed at the bound.
    std::vector<std::pair<std::int64_t, double>> atoms() const {
        std::vector<std::pair<std::int64_t, double>> out;
        if (const auto atom = shape_atom(d)) out.emplace_back(whole_streams(atom->first), atom->second * d.pays);
        out.emplace_back(answer_max_streams, continuous_at_least(bound));
        return out;
    }
    // P(N ≥ n, N in the continuous part) and E[N·1{N ≥ m}] over the continuous part, both below the bound.
    double continuous_at_least(double n) const {
        const auto atom = shape_atom(d);
        const double atom_at_or_above = atom && atom->first >= n ? atom->second : 0;
        return std::max(0.0, d.pays * (shape_survival(d, n) - atom_at_or_above));
    }
    double continuous_below_bound_at_least(double n) const {
        return std::max(0.0, continuous_at_least(n) - continuous_at_least(bound));
    }
    double continuous_below_bound_partial_mean(double m) const {
        return d.pays * shape_continuous_mean_between(d, m, bound);
    }
};

// "about 1 release in 40 reaches" / "about 62% of releases reach" / "no release reaches …"; one_in = round(1/P)
// (0: computed from ppm).
std::string reach_phrase(std::int64_t ppm, std::int64_t one_in = 0) {
    if (ppm <= 0 && one_in <= 0) return "which no release reaches under this distribution";
    if (ppm >= 500'000) return cat("which about ", format_percent(ppm), " of releases reach");
    if (one_in <= 0) one_in = (full_share_ppm + ppm / 2) / ppm;
    if (one_in > 1'000'000) return "which fewer than 1 release in a million reaches";
    return cat("which about 1 release in ", format_count(one_in), " reaches");
}

// The offer with the most money up front (the first of equals).
std::size_t largest_upfront(const std::vector<OfferResult>& offers) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < offers.size(); ++i)
        if (offers[i].upfront > offers[best].upfront) best = i;
    return best;
}

// What an offer pays up front, saying which money is a fee (kept whatever happens) and which a recoupable
// advance (repaid out of the party's royalties first): "$15,000.00 fee", "$7,500.00 recoupable advance".
std::string upfront_phrase(const Offer& offer) {
    if (offer.fee > 0 && offer.advance > 0)
        return cat(format_usd(offer.fee), " fee + ", format_usd(offer.advance), " recoupable advance");
    if (offer.advance > 0) return cat(format_usd(offer.advance), " recoupable advance");
    if (offer.fee > 0) return cat(format_usd(offer.fee), " fee");
    return "nothing";
}

std::string verdict_core(const Comparison& c);

// The verdict, naming the population whose odds it uses.
std::string verdict_sentence(const Comparison& c) {
    std::string out = verdict_core(c);
    if (c.outcomes.kind == OutcomeKind::loud_and_clear)
        out += cat(" Odds among ", population_phrase(c.outcomes), " (Spotify Loud & Clear ",
                   to_string(c.outcomes.report), ").");
    return out;
}

std::string verdict_core(const Comparison& c) {
    const std::vector<OfferResult>& offers = c.offers;
    const OfferResult& best = offers[c.recommended];
    if (offers.size() == 1) {
        return cat(best.offer.name, " pays ", upfront_phrase(best.offer), " up front; its backend adds an expected ",
                   format_usd(best.expected_backend), " (median ",
                   format_usd(best.percentiles[median_index] - best.upfront),
                   "), and pays anything beyond the upfront money ",
                   best.backend_from_streams ? cat("past ", format_count(*best.backend_from_streams), " streams, ",
                                                   reach_phrase(best.backend_chance_ppm))
                                             : std::string("never within 100 billion streams"),
                   ".");
    }
    // The largest upfront offer, against the recommended one or else the alternative with the highest expected value.
    const std::size_t upfront = largest_upfront(offers);
    std::size_t other = upfront == 0 ? 1 : 0;
    for (std::size_t i = 0; i < offers.size(); ++i)
        if (i != upfront && offers[i].expected > offers[other].expected) other = i;
    if (c.recommended != upfront) other = c.recommended;
    const OfferPair* pair = nullptr;
    for (const OfferPair& p : c.pairs)
        if ((p.earlier == upfront && p.later == other) || (p.earlier == other && p.later == upfront)) pair = &p;
    const OfferResult& u = offers[upfront];
    const OfferResult& o = offers[other];
    if (c.recommended == other) {
        return cat("Take ", o.offer.name, " (", upfront_phrase(o.offer), " up front): it pays more than ", u.offer.name,
                   " (", upfront_phrase(u.offer), " up front) in ", format_percent(o.beats_ppm[upfront]),
                   " of outcomes",
                   pair && pair->later == other && pair->break_even_streams > 0
                       ? cat(", from ", format_count(pair->break_even_streams), " streams, ",
                             reach_phrase(pair->reach_ppm, pair->reach_one_in))
                       : std::string(),
                   "; expected ", format_usd(o.expected), " against ", format_usd(u.expected), ".");
    }
    std::string out = cat("Take ", u.offer.name, " (", upfront_phrase(u.offer), " up front): ", o.offer.name, " (",
                          upfront_phrase(o.offer), " up front)");
    if (pair && pair->later == other)
        out += cat(" pays more only past ", format_count(pair->break_even_streams), " streams, ",
                   reach_phrase(pair->reach_ppm, pair->reach_one_in));
    else if (o.beats_ppm[upfront] > 0)
        out += cat(" pays more in only ", format_percent(o.beats_ppm[upfront]), " of outcomes");
    else
        out += " never pays more";
    out += cat("; its expected backend is ", format_usd(o.expected_backend));
    if (o.expected > u.expected)
        out += cat(", and its higher expected value (", format_usd(o.expected),
                   ") comes from rare hits: backend is a bonus, never a business plan");
    out += '.';
    return out;
}

// 0, then 10^(3 + j/4) rounded for j = 0..28 (1,000 to 10 billion, 4 per decade).
std::vector<std::int64_t> log_grid() {
    constexpr std::array<std::int64_t, 4> mantissa{100'000'000, 177'827'941, 316'227'766,
                                                   562'341'325};  // 10^(j/4) × 1e8
    std::vector<std::int64_t> grid{0};
    grid.reserve(2 + 7 * mantissa.size());
    std::int64_t power = 1'000;
    for (int decade = 0; decade < 7; ++decade, power *= 10)
        for (const std::int64_t m : mantissa) grid.push_back(mul_div_round(m, power, 100'000'000));
    grid.push_back(10'000'000'000);
    return grid;
}

}  // namespace

// [SECTION] Names, tiers, validation (public)

std::string_view to_string(OutcomeKind kind) { return detail::enum_name(kind, outcome_kind_names); }
std::optional<OutcomeKind> parse_outcome_kind(std::string_view name) {
    return detail::parse_enum<OutcomeKind>(name, outcome_kind_names);
}

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
std::string_view to_string(LoudAndClearReport report) { return detail::enum_name(report, loud_and_clear_report_names); }
std::optional<LoudAndClearReport> parse_loud_and_clear_report(std::string_view name) {
    return detail::parse_enum<LoudAndClearReport>(name, loud_and_clear_report_names);
}
std::string_view to_string(OutcomePopulation population) {
    return detail::enum_name(population, outcome_population_names);
}
std::optional<OutcomePopulation> parse_outcome_population(std::string_view name) {
    return detail::parse_enum<OutcomePopulation>(name, outcome_population_names);
}

Problems validate(const CompareTerms& compare, const RecordingTerms& terms, const std::string& path) {
    Problems problems;
    const std::string offers_path = cat(path, ".offers");
    if (compare.offers.size() > max_offers)
        problems.push_back({offers_path, cat("has ", std::to_string(compare.offers.size()), " entries; at most ",
                                             std::to_string(max_offers), " are allowed")});
    const bool party_ok = compare.party < terms.points.size();
    if (!compare.offers.empty() && !party_ok)
        problems.push_back(
            {cat(path, ".party"),
             terms.points.empty()
                 ? std::string("needs a points party in recording.points to compare offers for")
                 : cat("must name one of the ", std::to_string(terms.points.size()), " points parties (0 to ",
                       std::to_string(terms.points.size() - 1), ") (got ", std::to_string(compare.party), ")")});
    const bool deal_ok = validate(terms).empty();
    // The deal's points without the compared party's, and its all-in rate (an offer changes neither), for a
    // valid deal only.
    std::int64_t others = 0, all_in = 0;
    if (deal_ok && party_ok) {
        for (std::size_t k = 0; k < terms.points.size(); ++k)
            if (k != compare.party) others += effective_points_ppm(terms.points[k]);
        all_in = points_off_the_top(terms) ? full_share_ppm : artist_all_in_ppm(terms);
    }
    for (std::size_t i = 0; i < compare.offers.size() && i < max_offers; ++i) {
        const Offer& offer = compare.offers[i];
        const std::string at = cat(offers_path, "[", std::to_string(i), "]");
        if (offer.name.size() > max_offer_name_bytes || !detail::valid_utf8(offer.name))
            problems.push_back(
                {cat(at, ".name"), cat("must be UTF-8 text of at most ", std::to_string(max_offer_name_bytes),
                                       " bytes (got ", std::to_string(offer.name.size()), " bytes)")});
        check_money(problems, at, ".fee", offer.fee);
        check_money(problems, at, ".advance", offer.advance);
        if (offer.points_ppm < 0 || offer.points_ppm > full_share_ppm) {
            problems.push_back(
                {cat(at, ".points"), cat("must be from 0% to 100% (got ", format_percent(offer.points_ppm), ")")});
        } else if (deal_ok && party_ok) {
            const std::int64_t total = others + effective_points_ppm(with_offer(terms.points[compare.party], offer));
            if (total > all_in)
                problems.push_back({cat(at, ".points"),
                                    cat("with the other parties' points must stay within the artist's all-in rate of ",
                                        format_percent(all_in), " (got ", format_percent(total), " in all)")});
        }
    }
    if (compare.target) check_money(problems, path, ".target", *compare.target);
    for (Problem& problem : validate_outcomes(compare.outcomes, cat(path, ".outcomes")))
        problems.push_back(std::move(problem));
    return problems;
}

// [SECTION] Payouts (public)

RecordingTerms terms_with_offer(const RecordingTerms& terms, std::size_t party, const Offer& offer) {
    RecordingTerms with = terms;
    with.points[party] = with_offer(terms.points[party], offer);
    return with;
}

Result<Micros> offer_payout(const RecordingTerms& terms, const StreamModel& model, std::size_t party,
                            const Offer& offer, std::int64_t streams) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(model)) problems.push_back(std::move(problem));
    CompareTerms compare;
    compare.party = party;
    compare.offers = {offer};
    for (Problem& problem : validate(compare, terms)) problems.push_back(std::move(problem));
    if (streams < 0 || streams > answer_max_streams)
        problems.push_back({"streams", cat("must be a whole number of streams from 0 to ",
                                           format_count(answer_max_streams), " (got ", format_count(streams), ")")});
    if (!problems.empty()) return problems;
    const OfferEngine engine{terms, model, party, offer};
    return engine.payout(streams);
}

// [SECTION] Distribution functions (public)

double normal_cdf(double z) {
    if (z != z) return z;
    return z >= 0 ? 1 - upper_tail(z) : upper_tail(-z);
}

double normal_quantile(double p) {
    if (!(p > 0)) return -infinity;
    if (p >= 1) return infinity;
    if (p == 0.5) return 0;
    // Bisection on the lower tail (precise there), mirrored for the upper half: p ≥ ½ ⇒ 1 − p is exact.
    const bool upper = p > 0.5;
    const double tail = upper ? 1 - p : p;
    double low = -40, high = 0;  // upper_tail(−z) = Φ(z) for z ≤ 0
    for (int i = 0; i < 200; ++i) {
        const double middle = (low + high) / 2;
        if (middle == low || middle == high) break;
        if (upper_tail(-middle) < tail)
            low = middle;
        else
            high = middle;
    }
    return upper ? -high : high;
}

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

// [SECTION] The comparison (public)

namespace {

// The comparison after the checks of the deal and the offers (`problems`: theirs and the model's): the offers'
// count and the streams are checked last, as compare_offers lists them.
Result<Comparison> compare_checked(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                                   std::int64_t scenario_streams, Problems problems) {
    if (compare.offers.empty()) problems.push_back({"compare.offers", "must list at least one offer to compare"});
    if (scenario_streams < 0 || scenario_streams > answer_max_streams)
        problems.push_back(
            {"answers.streams", cat("must be a whole number of streams from 0 to ", format_count(answer_max_streams),
                                    " (got ", format_count(scenario_streams), ")")});
    if (!problems.empty()) return problems;
    const Result<StreamDistribution> built = stream_distribution(compare.outcomes, scenario_streams);
    if (!built.ok()) return built.problems();
    const StreamDistribution& d = built.value();
    const Weights weights{d};
    const std::size_t count = compare.offers.size();

    Comparison c;
    c.party = compare.party;
    c.party_name = terms.points[compare.party].name;
    c.model = model;
    c.scenario_streams = scenario_streams;
    c.outcomes = compare.outcomes;

    std::vector<OfferEngine> engines;
    engines.reserve(count);
    for (const Offer& offer : compare.offers) engines.emplace_back(terms, model, compare.party, offer);
    // The streams at each percentile, once: every offer's payout percentiles are its payouts there.
    for (std::size_t k = 0; k < percentile_levels_ppm.size(); ++k)
        c.stream_percentiles[k] = whole_streams(quantile(d, static_cast<double>(percentile_levels_ppm[k]) / 1e6));
    c.target = 0;
    for (const OfferEngine& engine : engines) c.target = std::max(c.target, engine.upfront);
    if (compare.target) c.target = *compare.target;

    // Streams where each offer's backend starts, and each offer's own answers.
    std::vector<std::optional<std::int64_t>> first_paid(count);
    const auto atoms = weights.atoms();
    c.offers.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const OfferEngine& e = engines[i];
        OfferResult r;
        r.offer = compare.offers[i];
        r.effective_points_ppm = e.effective_points_ppm();
        r.upfront = e.upfront;
        r.at_scenario_streams = e.payout(scenario_streams);
        first_paid[i] = e.first_paid();
        r.backend_from_streams = first_paid[i];
        r.target_streams = e.reaching(c.target);
        // E[backend] = Σ atoms P·backend(atom) + slope·E[N; N ≥ M] − advance·P(N ≥ M) over the continuous part.
        double backend = 0;
        for (const auto& [streams, p] : atoms)
            if (p > 0) backend += p * static_cast<double>(e.backend(streams));
        if (first_paid[i]) {
            const double slope = static_cast<double>(model.receipts_per_1000_streams) *
                                 static_cast<double>(r.effective_points_ppm) / 1e9;  // micros per stream
            const double m = static_cast<double>(*first_paid[i]);
            backend += slope * weights.continuous_below_bound_partial_mean(m) -
                       static_cast<double>(e.advance) * weights.continuous_below_bound_at_least(m);
        }
        r.expected_backend = std::max<Micros>(0, to_micros(backend));
        r.expected = r.upfront + r.expected_backend;
        for (std::size_t k = 0; k < percentile_levels_ppm.size(); ++k)
            r.percentiles[k] = e.payout(c.stream_percentiles[k]);
        r.backend_chance_ppm = first_paid[i] ? to_ppm(weights.at_least(*first_paid[i])) : 0;
        r.community_expected = r.upfront + mul_div_round(r.at_scenario_streams - r.upfront,
                                                         compare.outcomes.community_chance_ppm, full_share_ppm);
        r.beats_ppm.assign(count, 0);
        c.offers.push_back(std::move(r));
    }

    // Pairs: where each pays more, piece by piece between the first-paid streams.
    const auto cuts_of = [&](std::size_t i, std::size_t j) {
        Cuts cuts{first_paid[i].value_or(answer_max_streams + 1), first_paid[j].value_or(answer_max_streams + 1)};
        std::sort(cuts.begin(), cuts.end());
        return cuts;
    };
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = 0; j < count; ++j) {
            if (i == j) continue;
            const Intervals more = where(
                cuts_of(i, j), [&](std::int64_t n) { return engines[i].payout(n) > engines[j].payout(n); },
                [&](std::int64_t low, std::int64_t n) {
                    return settled(engines[i], first_paid[i], engines[j], first_paid[j], low, n);
                });
            c.offers[i].beats_ppm[j] = to_ppm(weights.between(more));
        }
    c.pairs.reserve(count * (count - 1) / 2);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = i + 1; j < count; ++j) {
            OfferPair pair;
            const bool j_wins = engines[j].payout(answer_max_streams) >= engines[i].payout(answer_max_streams);
            pair.later = j_wins ? j : i;
            pair.earlier = j_wins ? i : j;
            const OfferEngine& later = engines[pair.later];
            const OfferEngine& earlier = engines[pair.earlier];
            const Intervals ahead = where(
                cuts_of(i, j), [&](std::int64_t n) { return later.payout(n) >= earlier.payout(n); },
                [&](std::int64_t low, std::int64_t n) {
                    return settled(later, first_paid[pair.later], earlier, first_paid[pair.earlier], low, n);
                });
            pair.break_even_streams = ahead.empty() ? answer_max_streams : ahead.back().first;
            for (const auto& [first, end] : ahead)
                pair.lead_changes += (first > 0 ? 1 : 0) + (end <= answer_max_streams ? 1 : 0);
            const double reach = weights.at_least(pair.break_even_streams);
            pair.reach_ppm = to_ppm(reach);
            pair.reach_one_in = reach > 0 ? static_cast<std::int64_t>(std::min(1e15, std::floor(1 / reach + 0.5))) : 0;
            pair.later_beats_ppm = c.offers[pair.later].beats_ppm[pair.earlier];
            pair.earlier_beats_ppm = c.offers[pair.earlier].beats_ppm[pair.later];
            c.pairs.push_back(pair);
        }

    // The chart: the log grid plus the exact points where something happens.
    std::vector<std::int64_t> streams = log_grid();
    streams.reserve(streams.size() + 4 * count + 2 * (count * (count - 1) / 2) + 1);  // the marks below
    const auto mark = [&](std::optional<std::int64_t> n) {
        if (!n) return;
        streams.push_back(*n);
        if (*n > 0) streams.push_back(*n - 1);
    };
    for (std::size_t i = 0; i < count; ++i) {
        mark(first_paid[i]);
        mark(c.offers[i].target_streams);
    }
    for (const OfferPair& pair : c.pairs) mark(pair.break_even_streams);
    streams.push_back(scenario_streams);
    std::sort(streams.begin(), streams.end());
    streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    c.curve.reserve(streams.size());
    for (const std::int64_t n : streams) {
        CurvePoint point{n, {}};
        for (const OfferEngine& e : engines) point.payouts.push_back(e.payout(n));  // ≤ max_offers: validated
        c.curve.push_back(point);
    }

    // The distribution for display.
    c.distribution = distribution_line(d, compare.outcomes);
    const double bound = static_cast<double>(answer_max_streams);
    double below = d.pays * shape_continuous_mean_between(d, 0, bound);  // E[min(N, bound)]
    if (const auto atom = shape_atom(d)) below += d.pays * atom->second * std::min(atom->first, bound);
    c.mean_streams = whole_streams(below + bound * weights.continuous_at_least(bound) + 0.5);
    if (compare.outcomes.kind == OutcomeKind::loud_and_clear) {
        // One emplace_back each: a braced list would copy every string once more.
        c.caveats.reserve(5);
        c.caveats.emplace_back("Per artist per year (a whole catalogue), not per release over its lifetime.");
        c.caveats.emplace_back("Spotify only: other services' streams and money are not counted.");
        c.caveats.push_back(cat("Royalties generated (recording and publishing), turned into streams at one flat ",
                                format_usd(compare.outcomes.dollars_per_1000), " per 1,000."));
        c.caveats.emplace_back(compare.outcomes.population == OutcomePopulation::professional
                                   ? "Among Spotify's ~235k professional or emerging artists, assuming every artist in "
                                     "the tiers is one of "
                                     "them; choose all uploaders for a release that is any upload."
                                   : "Across ~12M uploading artists, many of them hobbyists; a release with a paid "
                                     "producer is not a random "
                                     "upload: the professional population's odds are ~50 times better.");
        c.caveats.emplace_back(
            "A power law between the published tiers, not a fit to individual data: below $10k the first tier's slope "
            "is extended to 100% (an extrapolation), and above $10M the last tier's slope runs to $100M a year.");
    } else {
        c.caveats.emplace_back("Entered by you: an illustrative distribution, not fitted to data.");
    }

    // The verdict: the largest upfront offer unless another pays more in most outcomes.
    const std::size_t upfront = largest_upfront(c.offers);
    c.recommended = upfront;
    for (std::size_t i = 0; i < count; ++i)
        if (i != upfront && c.offers[i].beats_ppm[upfront] > full_share_ppm / 2 &&
            (c.recommended == upfront || c.offers[i].expected > c.offers[c.recommended].expected))
            c.recommended = i;
    c.verdict = verdict_sentence(c);
    bool advances = false;
    for (const OfferResult& offer : c.offers) advances = advances || offer.offer.advance > 0;
    if (advances && terms.party_advances == PartyAdvanceBearer::artist_account)
        c.corrections.push_back(
            {"party-advance-recording-cost", "2026-12-04",
             "Corrected 2026-12-04: an offer's advance is a recording cost, so it is now charged to the artist's "
             "account and counts toward the recoupment that starts retroactive payment (Passman); before, it was "
             "left out of the artist's account."});
    if (compare.outcomes.kind == OutcomeKind::loud_and_clear && compare.outcomes.report == LoudAndClearReport::y2025)
        c.corrections.push_back(
            {"loud-and-clear-2025-500k-tier", "2026-12-04",
             "Corrected 2026-12-04: the Loud & Clear 2025 odds now pass through the report's $500k tier (2,940 "
             "artists); before, the curve ran straight (log-log) from $100k to $1M and put about 2,770 artists at "
             "$500k."});

    // Assumptions.
    const OutcomeTerms& t = compare.outcomes;
    const bool fitted = t.kind == OutcomeKind::loud_and_clear;
    c.assumptions.reserve(fitted ? 8 : 5);
    c.assumptions.push_back({"Lifetime streams of a release", c.distribution,
                             fitted ? std::string(loud_and_clear_source(t.report)) : std::string("Entered by you"),
                             fitted ? "[S][D]" : "", fitted ? loud_and_clear_as_of(t.report) : ""});
    if (fitted) {
        c.assumptions.push_back(
            {"Population", population_phrase(t),
             t.population == OutcomePopulation::professional
                 ? "Spotify Loud & Clear: ~235k professional or emerging artists (domain notes 2026, section 4); every "
                   "tier artist assumed among them"
                 : "Spotify Loud & Clear: ~12M artists uploaded (domain notes 2026, section 4)",
             t.population == OutcomePopulation::professional ? "[S][U]" : "[S]", loud_and_clear_as_of(t.report)});
        c.assumptions.push_back(
            {"Releases that never stream", format_percent(never_streams_ppm(t)),
             t.never_streams_ppm ? "Entered by you"
             : t.population == OutcomePopulation::all_uploaders
                 ? luminate_zero_plays_source
                 : "Dealsheet default for professional releases: none assumed to get 0 plays",
             t.never_streams_ppm                                ? ""
             : t.population == OutcomePopulation::all_uploaders ? "[S]"
                                                                : "[U]",
             t.never_streams_ppm || t.population != OutcomePopulation::all_uploaders ? "" : "2024-01"});
    }
    if (fitted) {
        const bool default_rate = t.dollars_per_1000 == default_outcome_dollars_per_1000;
        c.assumptions.push_back({"Earnings to streams", cat(format_usd(t.dollars_per_1000), " per 1,000 streams"),
                                 default_rate
                                     ? "Middle of $0.0033-0.0042 per stream (recording + publishing) that ~$1M a "
                                       "year on Spotify implies (domain notes section 7)"
                                     : "Entered by you",
                                 default_rate ? "[S][D]" : "", default_rate ? "2024" : ""});
    }
    c.assumptions.push_back(
        {"Chance the release pays at all", format_percent(t.pays_chance_ppm),
         t.pays_chance_ppm == full_share_ppm ? "Dealsheet default: the distribution alone" : "Entered by you",
         t.pays_chance_ppm == full_share_ppm ? "[D]" : "", ""});
    const bool community_default = t.community_chance_ppm == OutcomeTerms{}.community_chance_ppm;
    c.assumptions.push_back(
        {"Community rule: chance a project ever pays royalties", format_percent(t.community_chance_ppm),
         community_default
             ? "Producer community handbook: ~30 out of hundreds of projects ever pay a working producer or "
               "mixer royalties (domain notes section 4)"
             : "Entered by you",
         community_default ? "[C]" : "", ""});
    c.assumptions.push_back({"Label net receipts per 1,000 streams", format_usd(model.receipts_per_1000_streams),
                             "The answers' stream model (deal_answers)", "", ""});
    c.assumptions.push_back(
        {"Comparison method",
         "Payouts by the deal engine on whole streams; probabilities, expectations and percentiles in closed form, no "
         "simulation",
         "Dealsheet method (offers.hpp)", "[D]", ""});
    return c;
}

}  // namespace

Result<Comparison> compare_offers(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                                  std::int64_t scenario_streams) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(model, "answers")) problems.push_back(std::move(problem));
    for (Problem& problem : validate(compare, terms)) problems.push_back(std::move(problem));
    return compare_checked(terms, model, compare, scenario_streams, std::move(problems));
}

Result<Comparison> detail::compare_valid_offers(const RecordingTerms& terms, const StreamModel& model,
                                                const CompareTerms& compare, std::int64_t scenario_streams) {
    return compare_checked(terms, model, compare, scenario_streams, validate(model, "answers"));
}

}  // namespace dealsheet
