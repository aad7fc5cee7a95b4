// Dealsheet core — compare up to three offers for one points party side by side, and weigh their backend by
// how likely a release is to reach the streams it needs ("always get your money up front — backend is a
// bonus, never a business plan" [C], domain notes §4 and §7).
//
// Index of this file
// [SECTION] Offers
// [SECTION] Outcome distributions of lifetime streams
// [SECTION] Comparison terms and validation
// [SECTION] Payouts (deterministic, whole streams)
// [SECTION] Distribution functions (analytic)
// [SECTION] The comparison
//
// Method.
// - Payout. An offer replaces the party's points, advance (and optionally its convention) in the scenario's
//   recording deal; every other term stays. payout(N) = fee + advance + the royalties paid beyond the advance
//   at N lifetime streams, by the same lifetime model as deal_answers.hpp (totals_at_streams): so the curves,
//   break-evens and target streams are exact whole-stream answers that match everything else the app shows.
//   payout(N) is non-decreasing in N: flat at fee + advance until the party is first paid at M streams (its
//   advance recouped and, for the retroactive conventions, the recording costs), then fee + e(N), where e(N)
//   is the party's credited royalty, linear in N up to micro-unit rounding (slope receipts per stream × its
//   effective points).
// - Outcomes. Lifetime streams N are a random variable: a heavy-tailed survival curve fitted to Spotify Loud &
//   Clear 2024 (the default), a log-normal, a truncated Pareto, or one fixed value; optionally mixed with
//   "the release never pays" (N = 0 with probability 1 − pays_chance). A real N pays what ⌊N⌋ streams pay,
//   and N above answer_max_streams counts as answer_max_streams.
// - Why analytic rather than simulated. Every distribution here has a closed-form survival function
//   S(n) = P(N ≥ n), partial mean E[N·1{N ≥ n}] and quantile, and a payout is "flat, then linear" in N, so:
//     P(one offer pays more than another) = Σ over the whole-stream intervals where it does (found exactly with
//         the engine, piece by piece between the offers' first-paid streams, on each of which the difference
//         is monotone) of S(start) − S(end);
//     a percentile of a payout = the payout at that percentile of streams (payouts are non-decreasing in N);
//     E[payout] = upfront + Σ atoms P(atom)·backend(atom) (each atom evaluated by the engine, so a fixed
//         outcome gives exactly the deterministic payout) + slope·E[N·1{N ≥ M}] − advance·P(N ≥ M) over the
//         continuous part (exact up to the engine's micro-unit rounding of e(N), a few micros at most).
//   No random numbers are drawn, so results are identical everywhere with no seed to choose.
// - Determinism across toolchains. The distribution functions use this file's own exp, log and normal CDF
//   built from +, −, ×, ÷ and frexp/ldexp only (compiled with -ffp-contract=off): libm's exp, log, pow and
//   erfc differ in the last bit between glibc (native) and musl (WebAssembly), and the native CLI and the JS
//   API must agree byte for byte. Probabilities leave the core as parts per million, money as micro-units.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/deal_answers.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/recording.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Offers

inline constexpr std::size_t max_offers = 3;              // offers compared side by side
inline constexpr std::size_t max_offer_name_bytes = 100;  // an offer's name, in UTF-8 bytes

// One offer to the points party: money up front and/or points. The party's tracks (proration) and every other
// term of the recording deal come from the scenario.
struct Offer {
    std::string name = "Offer";   // shown in the legend ("Full fee", "Fee + 3 points")
    Micros fee = 0;               // paid up front, not recoupable, 0..max_deal_amount
    Micros advance = 0;           // paid up front, recouped from the party's own royalties, 0..max_deal_amount
    std::int64_t points_ppm = 0;  // the party's points under this offer (ppm of the royalty base), prorated by
                                  // the party's tracks; with the other parties' points at most the all-in rate
    bool record_one = false;      // true: paid from the first stream (convention 1) whatever the party's
                                  // convention in the deal; false: the party's convention
    bool operator==(const Offer&) const = default;
};

// [SECTION] Outcome distributions of lifetime streams

// The shape of the lifetime-streams distribution.
enum class OutcomeKind {
    loud_and_clear,  // the default: Spotify Loud & Clear earnings tiers as a piecewise power law
    lognormal,       // median and σ of ln(streams)
    pareto,          // truncated Pareto: x_min, tail index α, cap
    fixed,           // one outcome (degenerate): gives exactly the deterministic payout
};
inline constexpr std::array<std::string_view, 4> outcome_kind_names{"loud_and_clear", "lognormal", "pareto", "fixed"};

// The JSON name of a kind ("loud_and_clear"); "" for a value outside the enum.
std::string_view to_string(OutcomeKind kind);
// The kind named `name` (exact, lower case), or empty for an unknown name.
std::optional<OutcomeKind> parse_outcome_kind(std::string_view name);

// One tier of Spotify Loud & Clear: how many of the artists who uploaded earned at least an amount.
struct EarningsTier {
    Micros earned_at_least;  // per artist per year, recorded + publishing royalties generated on Spotify
    std::int64_t artists;    // artists at or above it
};

// Which Loud & Clear report the tiers come from (domain notes 2026 §4).
enum class LoudAndClearReport {
    y2026,  // published ~2026-03-11, 2025 data: 13,800 ≥ $100k, > 1,500 ≥ $1M, the 100,000th artist $7,300 [S]
    y2025,  // 2024 data: 71,200 ≥ $10k, 22,100 ≥ $50k, 12,500 ≥ $100k, 2,940 ≥ $500k, ~1,450 ≥ $1M, 70 ≥ $10M [S]
};
inline constexpr std::array<std::string_view, 2> loud_and_clear_report_names{"2026", "2025"};

// Whom a release is compared with: the odds differ ~50× (domain notes 2026 §4).
enum class OutcomePopulation {
    all_uploaders,  // every artist who uploaded to Spotify (~12M [S])
    professional,   // Spotify's ~235k "professional or emerging" artists [S]; every tier artist assumed among them [U]
};
inline constexpr std::array<std::string_view, 2> outcome_population_names{"all_uploaders", "professional"};

std::string_view to_string(LoudAndClearReport report);                                 // "2026"; "" outside the enum
std::optional<LoudAndClearReport> parse_loud_and_clear_report(std::string_view name);  // nullopt when unknown
std::string_view to_string(OutcomePopulation population);                              // "all_uploaders"; "" outside
std::optional<OutcomePopulation> parse_outcome_population(std::string_view name);      // nullopt when unknown

inline constexpr std::int64_t loud_and_clear_artists = 12'000'000;  // ~12M artists uploaded [S] (domain §7)
inline constexpr std::int64_t professional_artists = 235'000;       // ~235k professional or emerging [S]
// Luminate 2023: 24.8% of 184M tracks had 0 plays in the year [S] — the default share of releases that never
// stream, among all uploaders; an atom at 0 streams, not part of the fitted curve.
inline constexpr std::int64_t luminate_zero_plays_ppm = 248'000;
inline constexpr const char* luminate_zero_plays_source =
    "Luminate 2023 year-end report: 24.8% of 184M tracks had 0 plays";
// The tiers of the 2025 report (2024 data), ascending [S] (domain notes §7).
std::span<const EarningsTier> loud_and_clear_tiers();
// The tiers of `report`, ascending: the 2025 report's include ≥ $500k; the 2026 report gives none.
std::span<const EarningsTier> loud_and_clear_tiers(LoudAndClearReport report);
// The report's name and publication date for the assumptions panel.
const char* loud_and_clear_source(LoudAndClearReport report);
const char* loud_and_clear_as_of(LoudAndClearReport report);
// $3.75 per 1,000 streams converts the tiers' dollars to streams: the middle of the $0.0033–0.0042 per stream
// (recording + publishing) that ~$1M a year on Spotify implies [S][D] (domain notes §7).
inline constexpr Micros default_outcome_dollars_per_1000 = 3'750'000;
// The fit stops at $100M a year (~27 billion streams at $3.75): the tail above it (~3 of 12M artists on the
// last segment's slope) is placed at the cap, so the mean is finite and bounded.
inline constexpr Micros loud_and_clear_cap = 100'000'000 * micros_per_unit;

// The editable outcome distribution, and the community's simpler rule.
struct OutcomeTerms {
    OutcomeKind kind = OutcomeKind::loud_and_clear;
    Micros dollars_per_1000 = default_outcome_dollars_per_1000;  // loud_and_clear: $ per 1,000 streams, $0.01..$1,000
    std::int64_t median = 100'000;                // lognormal: median lifetime streams, 1..answer_max_streams
    std::int64_t sigma_ppm = 2'000'000;           // lognormal: σ of ln(streams), 0..10 (0 = fixed at the median)
    std::int64_t x_min = 10'000;                  // pareto: streams every paying release reaches, 1..cap
    std::int64_t alpha_ppm = 1'000'000;           // pareto: tail index α, 0.05..10 (smaller = heavier tail)
    std::int64_t cap = 10'000'000'000;            // pareto: most streams; the tail beyond is placed here, ≤ bound
    std::optional<std::int64_t> streams;          // fixed: the outcome; empty = the scenario's streams (answers N)
    std::int64_t pays_chance_ppm = 1'000'000;     // every kind: with probability 1 − this the release has 0
                                                  // streams, so each offer pays its upfront money only
    std::int64_t community_chance_ppm = 100'000;  // the community rule: ~30 of 300 projects ever pay royalties [C];
                                                  // the release reaches the scenario's streams with this chance,
                                                  // else pays nothing beyond the upfront money
    LoudAndClearReport report = LoudAndClearReport::y2026;            // loud_and_clear: which report's tiers
    OutcomePopulation population = OutcomePopulation::all_uploaders;  // loud_and_clear: whom the release is among
    std::optional<std::int64_t> never_streams_ppm;  // loud_and_clear: share that never streams (0 plays), an atom at
                                                    // 0; empty = the population's default (all: Luminate's 24.8%;
                                                    // professional: 0 [U])
    bool operator==(const OutcomeTerms&) const = default;
};

// [SECTION] Comparison terms and validation

// What the user asks: which offer for which party, against which target, under which outcomes.
struct CompareTerms {
    std::size_t party = 0;         // index into RecordingTerms::points
    std::vector<Offer> offers;     // 0 (no comparison) to max_offers
    std::optional<Micros> target;  // "streams each offer needs to reach $X"; empty = the largest upfront offer
    OutcomeTerms outcomes;
    bool operator==(const CompareTerms&) const = default;
};

// Every problem with `compare` for the deal `terms`, each naming its JSON path under `path`: more than
// max_offers offers ("compare.offers"), a party index out of range ("compare.party", only when there are
// offers), names too long, fees and advances outside 0..max_deal_amount, points outside 0..100% or that would
// take the parties' points above the artist's all-in rate ("compare.offers[1].points"), a target outside
// 0..max_deal_amount, and outcome parameters outside their ranges ("compare.outcomes.sigma"). Empty when valid.
Problems validate(const CompareTerms& compare, const RecordingTerms& terms, const std::string& path = "compare");

// [SECTION] Payouts (deterministic, whole streams)

// The deal `terms` with party `party` under `offer`: its points, advance and (record_one) convention replaced.
// Precondition: party < terms.points.size().
RecordingTerms terms_with_offer(const RecordingTerms& terms, std::size_t party, const Offer& offer);

// What `offer` pays the party in all at `streams` (0..answer_max_streams) lifetime streams: fee + advance +
// royalties paid beyond the advance; or the problems with the terms, the offer or the streams.
Result<Micros> offer_payout(const RecordingTerms& terms, const StreamModel& model, std::size_t party,
                            const Offer& offer, std::int64_t streams);

// [SECTION] Distribution functions (analytic)

// A lifetime-streams distribution ready to evaluate: with probability 1 − pays the release has 0 streams; else
// streams follow one shape. Built by stream_distribution(); the fields are for display and tests.
struct StreamDistribution {
    struct Knot {
        double streams;    // > 0, ascending
        double survival;   // P(N ≥ streams) of the shape (before the pays mixture), non-increasing, first 1
        double slope = 0;  // the power law's exponent a up to the next knot, S(n) = survival·(n/streams)^−a
        double mean = 0;   // E[N·1{streams ≤ N < the next knot's}] of the shape
                           // (both 0 on the last knot; computed once by stream_distribution)
    };
    OutcomeKind kind = OutcomeKind::fixed;
    double pays = 1;           // P(the shape applies); the rest is an atom at 0 streams
    double point = 0;          // fixed: the outcome
    double mu = 0, sigma = 0;  // lognormal: ln(median), σ
    std::vector<Knot> knots;   // loud_and_clear, pareto: power law between knots (log-log linear); S = 1
                               // below the first; the last knot is the cap, where the rest of the mass sits
};

// The distribution the terms describe; `scenario_streams` is the fixed outcome when `terms.streams` is empty.
// Problems for parameters outside their ranges (as validate() under "compare.outcomes").
Result<StreamDistribution> stream_distribution(const OutcomeTerms& terms, std::int64_t scenario_streams);

// P(N ≥ streams); 1 for streams ≤ 0.
double survival(const StreamDistribution& distribution, double streams);
// E[N · 1{N ≥ streams}]: the part of the mean from releases with at least `streams` streams.
double partial_mean(const StreamDistribution& distribution, double streams);
// E[N].
double mean(const StreamDistribution& distribution);
// The q-quantile inf{n ≥ 0 : P(N ≤ n) ≥ q} for q in (0, 1); q ≤ 0 gives 0 and q ≥ 1 the largest outcome
// (the cap; +infinity for a log-normal with σ > 0).
double quantile(const StreamDistribution& distribution, double q);

// The standard normal CDF Φ(z) and its inverse, computed deterministically (see the file comment): within
// ~1e-15 of the true value (absolute), identical on every platform.
double normal_cdf(double z);
double normal_quantile(double p);

// [SECTION] The comparison

// Percentile levels reported for streams and payouts: P1, P10 (band), P50 (median), P90 (band), P99. P10–P90
// is the band a chart shades; P1 and P99 show how far the heavy tail reaches.
inline constexpr std::array<std::int64_t, 5> percentile_levels_ppm{10'000, 100'000, 500'000, 900'000, 990'000};
inline constexpr std::size_t median_index = 2;  // percentile_levels_ppm[2] = 50%

// One offer, worked out.
struct OfferResult {
    Offer offer;                                       // as given
    std::int64_t effective_points_ppm = 0;             // its points prorated by the party's tracks
    Micros upfront = 0;                                // fee + advance: paid whatever happens
    Micros at_scenario_streams = 0;                    // payout at the scenario's streams (answers N)
    std::optional<std::int64_t> backend_from_streams;  // first N paying royalties beyond the advance; empty = never
    std::optional<std::int64_t> target_streams;        // least N with payout ≥ the target; empty = never
    Micros expected = 0;                               // E[payout] under the outcome distribution
    Micros expected_backend = 0;                       // expected − upfront
    std::array<Micros, 5> percentiles{};               // payout at each percentile_levels_ppm; [median_index] = median
    std::int64_t backend_chance_ppm = 0;               // P(N ≥ backend_from_streams): any backend at all
    std::vector<std::int64_t> beats_ppm;  // per offer j: P(this offer pays strictly more than j); 0 for itself
    Micros community_expected = 0;        // upfront + community chance × backend at the scenario's streams
};

// Two offers against each other. `later` is the one paying at least as much at answer_max_streams (the one whose
// backend wins if the release is big enough); `earlier` the other.
struct OfferPair {
    std::size_t earlier = 0, later = 1;  // indices into Comparison::offers; earlier < later when both tie at the bound
    // The least N such that payout_later(n) ≥ payout_earlier(n) for every whole n from N to answer_max_streams:
    // where `later` takes over for good (0 = it is never behind). Exact on whole streams: the difference is
    // monotone between the offers' first-paid streams, and each piece is searched with the engine.
    std::int64_t break_even_streams = 0;
    std::size_t lead_changes = 0;        // how often the lead changes hands over 0..answer_max_streams (0 = never)
    std::int64_t reach_ppm = 0;          // P(N ≥ break_even_streams): chance a release gets there
    std::int64_t reach_one_in = 0;       // the same as "1 release in K": round(1 / P); 0 when P is 0
    std::int64_t later_beats_ppm = 0;    // P(payout_later > payout_earlier)
    std::int64_t earlier_beats_ppm = 0;  // P(payout_earlier > payout_later)
};

// One amount per offer, in order: at most max_offers, held in place (a comparison has a chart point every
// quarter decade of streams, and one small vector each was a tenth of calculate()'s allocations: 268 → 244).
class OfferAmounts {
public:
    std::size_t size() const { return count_; }
    Micros operator[](std::size_t i) const { return values_[i]; }
    const Micros* begin() const { return values_.data(); }
    const Micros* end() const { return values_.data() + count_; }
    std::span<const Micros> span() const { return {values_.data(), count_}; }
    // Adds one amount; false (and nothing added) when max_offers are already held.
    bool push_back(Micros amount) {
        if (count_ == values_.size()) return false;
        values_[count_++] = amount;
        return true;
    }

private:
    std::array<Micros, max_offers> values_{};
    std::size_t count_ = 0;
};

// Every offer's payout at one stream count (a chart's point).
struct CurvePoint {
    std::int64_t streams = 0;
    OfferAmounts payouts;  // one per offer, in order
};

// Everything the Compare panel shows.
struct Comparison {
    std::size_t party = 0;  // the points party (index) and its name
    std::string party_name;
    StreamModel model;                  // receipts per 1,000 streams (the answers' model)
    std::int64_t scenario_streams = 0;  // the answers' N
    Micros target = 0;                  // the target used (given, or the largest upfront)
    std::vector<OfferResult> offers;    // in the order given
    std::vector<OfferPair> pairs;       // (0,1), (0,2), (1,2) as far as there are offers
    std::vector<CurvePoint> curve;      // ascending streams: 0, 1,000 … 10 billion at 4 per decade, plus each
                                        // offer's first-paid N and N − 1, each break-even and the one before,
                                        // each target N, and the scenario's N (exact points for the chart)
    OutcomeTerms outcomes;              // as given
    std::string distribution;           // one line: what the distribution is
    std::vector<std::string> caveats;   // why it is only a rough prior
    std::int64_t mean_streams = 0;      // E[N], rounded to whole streams (N capped at answer_max_streams)
    std::array<std::int64_t, 5> stream_percentiles{};  // whole streams at each percentile_levels_ppm
    std::size_t recommended = 0;                       // the offer the verdict recommends
    std::string verdict;                               // one plain-language sentence
    std::vector<Correction> corrections;  // corrections of how Dealsheet applies deals that change these numbers
    Assumptions assumptions;              // sources and dates: the distribution, the community rule, the method
};

// The comparison for valid terms, or every problem (validate() for the deal and `compare`, under "compare").
// `scenario_streams` (0..answer_max_streams) is the scenario's N. Needs at least one offer.
Result<Comparison> compare_offers(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                                  std::int64_t scenario_streams);

namespace detail {
// compare_offers for a deal and offers already valid together (validate(terms) and validate(compare, terms) are
// empty, as in a valid Scenario, so calculate() does not check them twice): checks the model and the streams
// only, with the same problems.
Result<Comparison> compare_valid_offers(const RecordingTerms& terms, const StreamModel& model,
                                        const CompareTerms& compare, std::int64_t scenario_streams);
}  // namespace detail

}  // namespace dealsheet
