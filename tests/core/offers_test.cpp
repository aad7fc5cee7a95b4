// Tests for dealsheet/offers.hpp: offers compared side by side and weighed by outcome distributions. Payouts
// and break-evens are hand calculations [D] on domain notes §3–§4 (arithmetic in the comments); distribution
// functions are checked against their closed forms (tolerances stated), and the default against the Spotify
// Loud & Clear 2024 tiers it is fitted to (domain notes §7).
//
// Index of this file
// [SECTION] Helpers: the shared deal
// [SECTION] Payouts and break-evens
// [SECTION] Distributions against closed forms
// [SECTION] Weighing offers
// [SECTION] Properties: monotone, deterministic, total
// [SECTION] Validation and the scenario format
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dealsheet/link.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::dollars;
using dealsheet::test::fields;
using dealsheet::test::ok;

namespace {

// [SECTION] Helpers: the shared deal

// Royalty deal at 18% all-in, one producer (3 points in the deal), no costs. At $3.00 of net receipts per 1,000
// streams every stream brings exactly 3,000 micros: artist royalty 540·N; a party with p points earns
// p/18 × 540·N = 30·p·N micros (3 points: 90·N, 4 points: 120·N), all exact integers.
RecordingTerms deal(Micros recording_costs = 0) {
    RecordingTerms terms;
    if (recording_costs > 0) terms.costs = {{CostKind::recording, recording_costs, {}}};
    PointsParty producer;
    producer.points_ppm = 30'000;
    producer.convention = PaymentConvention::retroactive_combined_rate;  // these hand calculations' convention
    terms.points = {producer};
    return terms;
}

const StreamModel three_dollars{3'000'000};

// The outcome terms these tests' hand calculations were made with: Loud & Clear 2025 (2024 data) among all
// uploaders, no atom of releases that never stream (format version 1's defaults).
OutcomeTerms v1_outcomes() {
    OutcomeTerms t;
    t.report = LoudAndClearReport::y2025;
    t.never_streams_ppm = 0;
    return t;
}

Offer offer(const char* name, Micros fee, Micros advance, std::int64_t points, bool record_one = false) {
    Offer o;
    o.name = name;
    o.fee = fee;
    o.advance = advance;
    o.points_ppm = points * ppm_per_point;
    o.record_one = record_one;
    return o;
}

// Full fee $15,000; $7,500 advance + 3 points (retroactive, the deal's convention); 4 points from record one.
CompareTerms three_offers(OutcomeTerms outcomes = v1_outcomes()) {
    CompareTerms c;
    c.offers = {offer("Full fee", dollars(15'000), 0, 0), offer("Advance + 3 points", 0, dollars(7'500), 3),
                offer("Points only", 0, 0, 4, true)};
    c.outcomes = outcomes;
    return c;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    for (const std::string& s : list)
        if (s == item) return true;
    return false;
}

OutcomeTerms fixed_at(std::int64_t streams, std::int64_t pays_ppm = 1'000'000) {
    OutcomeTerms t = v1_outcomes();
    t.kind = OutcomeKind::fixed;
    t.streams = streams;
    t.pays_chance_ppm = pays_ppm;
    return t;
}

double std_survival_normal(double z) { return 0.5 * std::erfc(z / std::sqrt(2.0)); }  // P(Z ≥ z)

}  // namespace

// [SECTION] Payouts and break-evens

TEST_CASE("a chart point holds one payout per offer, at most max_offers, in order", "[offers]") {
    OfferAmounts amounts;
    CHECK(amounts.size() == 0);
    CHECK(amounts.begin() == amounts.end());
    for (std::size_t i = 0; i < max_offers; ++i) CHECK(amounts.push_back(1'000'000 * static_cast<Micros>(i + 1)));
    CHECK_FALSE(amounts.push_back(99));  // a fourth offer: refused, nothing lost or overwritten
    REQUIRE(amounts.size() == 3);
    CHECK(amounts[0] == 1'000'000);
    CHECK(amounts[2] == 3'000'000);
    CHECK(std::vector<Micros>(amounts.begin(), amounts.end()) == std::vector<Micros>{1'000'000, 2'000'000, 3'000'000});
    CHECK(amounts.span().size() == 3);
}

TEST_CASE("an offer pays fee + advance + royalties beyond the advance, by the deal engine", "[offers]") {
    const RecordingTerms terms = deal();
    const auto pay = [&](const Offer& o, std::int64_t n) { return ok(offer_payout(terms, three_dollars, 0, o, n)); };
    const Offer full = offer("Full fee", dollars(15'000), 0, 0);
    const Offer advance = offer("Advance + 3 points", 0, dollars(7'500), 3);
    const Offer points = offer("Points only", 0, 0, 4, true);
    CHECK(pay(full, 0) == dollars(15'000));
    CHECK(pay(full, answer_max_streams) == dollars(15'000));  // no points: no backend
    // 90·N recoups $7,500 = 7.5e9 micros only after 83,333,333.3 streams.
    CHECK(pay(advance, 83'333'333) == dollars(7'500));
    CHECK(pay(advance, 83'333'334) == dollars(7'500) + 60);  // 90 × 83,333,334 − 7.5e9 = 60 micros beyond
    CHECK(pay(advance, 200'000'000) == dollars(18'000));     // 90 × 2e8 = $18,000 earned; advance recouped
    CHECK(pay(points, 1'000'000) == dollars(120));           // 120 × 1e6 micros
    CHECK(pay(points, 1) == 120);

    // Retroactive: with $5,400 of recording costs nothing is paid until 540·N ≥ 5.4e9 (N = 10,000,000); then the
    // producer is paid back to record one: 90 × 1e7 = $900 at once. Record one is paid from the first stream.
    const RecordingTerms costly = deal(dollars(5'400));
    const Offer three = offer("3 points", 0, 0, 3);
    CHECK(ok(offer_payout(costly, three_dollars, 0, three, 9'999'999)) == 0);
    CHECK(ok(offer_payout(costly, three_dollars, 0, three, 10'000'000)) == dollars(900));
    Offer three_record_one = three;
    three_record_one.record_one = true;
    CHECK(ok(offer_payout(costly, three_dollars, 0, three_record_one, 1'000'000)) == dollars(90));
}

TEST_CASE("break-even streams between each pair, first-paid and target streams, exact on whole streams", "[offers]") {
    const Comparison c = ok(compare_offers(deal(), three_dollars, three_offers(), 1'000'000));
    REQUIRE(c.offers.size() == 3);
    REQUIRE(c.pairs.size() == 3);
    CHECK(c.target == dollars(15'000));  // default target: the largest upfront offer
    CHECK_FALSE(c.offers[0].backend_from_streams);
    CHECK(c.offers[1].backend_from_streams == 83'333'334);
    CHECK(c.offers[2].backend_from_streams == 1);
    CHECK(c.offers[0].target_streams == 0);
    // $7,500 + (90·N − $7,500) ≥ $15,000 ⇔ 90·N ≥ 1.5e10 ⇔ N ≥ 166,666,667 (166,666,666.7 rounded up).
    CHECK(c.offers[1].target_streams == 166'666'667);
    CHECK(c.offers[2].target_streams == 125'000'000);  // 120·N ≥ 1.5e10
    CHECK(c.offers[0].at_scenario_streams == dollars(15'000));
    CHECK(c.offers[1].at_scenario_streams == dollars(7'500));
    CHECK(c.offers[2].at_scenario_streams == dollars(120));
    // Pair (0,1): the points take over for good where they reach the full fee.
    CHECK(c.pairs[0].earlier == 0);
    CHECK(c.pairs[0].later == 1);
    CHECK(c.pairs[0].break_even_streams == 166'666'667);
    CHECK(c.pairs[0].lead_changes == 1);
    CHECK(c.pairs[1].later == 2);
    CHECK(c.pairs[1].break_even_streams == 125'000'000);
    // Points only vs advance + 3 points: 120·N ≥ $7,500 at N = 62,500,000; beyond 83,333,334 both earn and 120 > 90.
    CHECK(c.pairs[2].earlier == 1);
    CHECK(c.pairs[2].later == 2);
    CHECK(c.pairs[2].break_even_streams == 62'500'000);

    // Fee + 1 point against 4 points, both from record one: $200 + 30·N micros against 120·N micros, equal at
    // N = 2e8 / 90 = 2,222,222.2, so the 4 points lead for good from 2,222,223 streams.
    CompareTerms two;
    two.offers = {offer("Fee + 1 point", dollars(200), 0, 1, true), offer("4 points", 0, 0, 4, true)};
    const Comparison d = ok(compare_offers(deal(), three_dollars, two, 0));
    CHECK(d.pairs[0].later == 1);
    CHECK(d.pairs[0].break_even_streams == 2'222'223);
    CHECK(d.pairs[0].lead_changes == 1);
}

// [SECTION] Distributions against closed forms

TEST_CASE("the normal CDF and its inverse match the closed forms everywhere", "[offers][distribution]") {
    for (const double z : {-30.0, -8.0, -5.0, -3.2, -3.0, -1.0, -0.1, 0.0, 0.5, 2.0, 3.0, 3.1, 6.0, 12.0}) {
        INFO(z);
        const double exact = std_survival_normal(-z);  // Φ(z)
        CHECK(std::abs(normal_cdf(z) - exact) <= 1e-15 + 1e-13 * exact);
    }
    for (const double p : {1e-12, 1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-9}) {
        INFO(p);
        CHECK(std::abs(normal_cdf(normal_quantile(p)) - p) <= 1e-14 + 1e-12 * p);
    }
    CHECK(normal_quantile(0.5) == 0);
    CHECK(normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-13));
}

TEST_CASE("log-normal: mean, median, survival, partial mean and quantiles in closed form", "[offers][distribution]") {
    OutcomeTerms t = v1_outcomes();
    t.kind = OutcomeKind::lognormal;
    t.median = 100'000;
    t.sigma_ppm = 2'000'000;
    const StreamDistribution d = ok(stream_distribution(t, 0));
    const double mu = std::log(100'000.0), sigma = 2;
    // Tolerance: relative 1e-12 (the functions are accurate to a few ulps; libm's are the reference).
    CHECK(mean(d) == Approx(std::exp(mu + sigma * sigma / 2)).epsilon(1e-12));  // 100,000 · e² = 738,905.6
    CHECK(quantile(d, 0.5) == Approx(100'000).epsilon(1e-12));
    CHECK(quantile(d, 0.9) == Approx(std::exp(mu + sigma * 1.2815515655446004)).epsilon(1e-12));
    for (const double n : {10.0, 1e4, 1e5, 1e6, 1e8, 1e10}) {
        INFO(n);
        const double z = (std::log(n) - mu) / sigma;
        CHECK(survival(d, n) == Approx(std_survival_normal(z)).epsilon(1e-12));
        CHECK(partial_mean(d, n) ==
              Approx(std::exp(mu + sigma * sigma / 2) * std_survival_normal(z - sigma)).epsilon(1e-11));
    }
    CHECK(survival(d, 0) == 1);
    // σ = 0 is the point mass at the median.
    t.sigma_ppm = 0;
    const StreamDistribution point = ok(stream_distribution(t, 0));
    CHECK(survival(point, 100'000) == 1);
    CHECK(survival(point, 100'001) == 0);
    CHECK(mean(point) == 100'000);
}

TEST_CASE("truncated Pareto: survival, mean and quantiles in closed form, α = 1 included", "[offers][distribution]") {
    for (const std::int64_t alpha_ppm : {500'000, 1'000'000, 1'500'000}) {
        OutcomeTerms t = v1_outcomes();
        t.kind = OutcomeKind::pareto;
        t.x_min = 10'000;
        t.alpha_ppm = alpha_ppm;
        t.cap = 1'000'000'000;
        const StreamDistribution d = ok(stream_distribution(t, 0));
        const double a = static_cast<double>(alpha_ppm) / 1e6, x = 1e4, cap = 1e9;
        INFO("alpha " << a);
        CHECK(survival(d, 5'000) == 1);
        CHECK(survival(d, 1e6) == Approx(std::pow(x / 1e6, a)).epsilon(1e-12));
        CHECK(survival(d, cap) == Approx(std::pow(x / cap, a)).epsilon(1e-12));  // the atom at the cap
        CHECK(survival(d, cap + 1) == 0);
        // E[N] = ∫ x_min..cap n α x^α n^(−α−1) dn + cap · (x/cap)^α
        const double body =
            a == 1 ? x * std::log(cap / x) : a * std::pow(x, a) * (std::pow(cap, 1 - a) - std::pow(x, 1 - a)) / (1 - a);
        CHECK(mean(d) == Approx(body + cap * std::pow(x / cap, a)).epsilon(1e-11));
        CHECK(quantile(d, 0.9) == Approx(x * std::pow(0.1, -1 / a)).epsilon(1e-12));
        CHECK(quantile(d, 0.5) == Approx(x * std::pow(0.5, -1 / a)).epsilon(1e-12));
        CHECK(quantile(d, 1 - std::pow(x / cap, a) / 2) == cap);  // inside the atom
    }
}

TEST_CASE("the default reproduces the Spotify Loud & Clear 2024 tiers it is fitted to", "[offers][distribution]") {
    const StreamDistribution d = ok(stream_distribution(v1_outcomes(), 0));
    // $3.75 per 1,000 streams: $10k = 2,666,667 streams, …, $10M = 2,666,666,667 streams.
    for (const EarningsTier& tier : loud_and_clear_tiers()) {
        const double streams = static_cast<double>(tier.earned_at_least) / 3'750.0;
        INFO(tier.earned_at_least);
        CHECK(survival(d, streams) == Approx(static_cast<double>(tier.artists) / 12e6).epsilon(1e-12));
    }
    CHECK(loud_and_clear_tiers().size() == 6);
    // The ≥ $500k tier (2,940 artists, Music Business Worldwide on the 2025 report [S]): $500k = 133,333,333
    // streams at $3.75 per 1,000, reached by 2,940 / 12M; halfway in log to $1M the curve is the geometric mean.
    CHECK(survival(d, 500'000.0 / 3.75e-3) == Approx(2'940.0 / 12e6).epsilon(1e-12));
    CHECK(survival(d, std::sqrt(500'000.0 * 1'000'000.0) / 3.75e-3) ==
          Approx(std::sqrt(2'940.0 * 1'450.0) / 12e6).epsilon(1e-9));
    CHECK(survival(d, 1'000) == 1);  // below the extrapolated bottom (~2,305 streams)
    CHECK(d.knots.front().streams == Approx(2'305.28).epsilon(1e-5));
    CHECK(d.knots.back().streams == Approx(100e6 / 3.75e-3).epsilon(1e-12));  // $100M cap
    CHECK(survival(d, 3e10) == 0);
    // Between tiers the curve is log-log linear: halfway in log between $10k and $50k it is the geometric mean.
    const double mid = std::sqrt(2'666'666.667 * 13'333'333.33);
    CHECK(survival(d, mid) == Approx(std::sqrt(71'200.0 * 22'100.0) / 12e6).epsilon(1e-9));
    // The mean is finite, and the tiers' streams scale with the rate: at $7.50 per 1,000 every quantile halves.
    CHECK(mean(d) > 0);
    OutcomeTerms doubled = v1_outcomes();
    doubled.dollars_per_1000 = 7'500'000;
    const StreamDistribution half = ok(stream_distribution(doubled, 0));
    CHECK(quantile(half, 0.99) == Approx(quantile(d, 0.99) / 2).epsilon(1e-12));
    CHECK(mean(half) == Approx(mean(d) / 2).epsilon(1e-12));
}

TEST_CASE("the pays-at-all mixture puts 1 − p at zero streams", "[offers][distribution]") {
    OutcomeTerms t = v1_outcomes();
    t.kind = OutcomeKind::lognormal;
    t.pays_chance_ppm = 250'000;
    const StreamDistribution d = ok(stream_distribution(t, 0));
    OutcomeTerms all = t;
    all.pays_chance_ppm = 1'000'000;
    const StreamDistribution full = ok(stream_distribution(all, 0));
    CHECK(survival(d, 1e5) == Approx(0.25 * survival(full, 1e5)).epsilon(1e-14));
    CHECK(mean(d) == Approx(0.25 * mean(full)).epsilon(1e-14));
    CHECK(quantile(d, 0.75) == 0);
    CHECK(quantile(d, 0.875) == Approx(quantile(full, 0.5)).epsilon(1e-12));
}

// [SECTION] Weighing offers

TEST_CASE("a fixed outcome gives exactly the deterministic payouts", "[offers][outcomes]") {
    for (const std::int64_t n :
         {std::int64_t{0}, std::int64_t{1'000'000}, std::int64_t{83'333'334}, std::int64_t{200'000'000}}) {
        INFO(n);
        const Comparison c = ok(compare_offers(deal(), three_dollars, three_offers(fixed_at(n)), 1'000'000));
        for (std::size_t i = 0; i < 3; ++i) {
            const Micros exact = ok(offer_payout(deal(), three_dollars, 0, c.offers[i].offer, n));
            CHECK(c.offers[i].expected == exact);
            for (const Micros p : c.offers[i].percentiles) CHECK(p == exact);
            for (std::size_t j = 0; j < 3; ++j) {
                const Micros other = ok(offer_payout(deal(), three_dollars, 0, c.offers[j].offer, n));
                CHECK(c.offers[i].beats_ppm[j] == (exact > other ? 1'000'000 : 0));
            }
        }
        for (const std::int64_t s : c.stream_percentiles) CHECK(s == n);
        CHECK(c.mean_streams == n);
    }
    // At 2e8 streams: $15,000, $18,000, $24,000: the points-only offer wins every outcome.
    const Comparison big = ok(compare_offers(deal(), three_dollars, three_offers(fixed_at(200'000'000)), 0));
    CHECK(big.offers[2].expected == dollars(24'000));
    CHECK(big.recommended == 2);
    // The fixed outcome defaults to the scenario's streams.
    OutcomeTerms scenario_n;
    scenario_n.kind = OutcomeKind::fixed;
    CHECK(ok(compare_offers(deal(), three_dollars, three_offers(scenario_n), 200'000'000)).offers[1].expected ==
          dollars(18'000));
    // Half the time nothing: E = upfront + ½ backend; the median is the upfront money.
    const Comparison half = ok(compare_offers(deal(), three_dollars, three_offers(fixed_at(200'000'000, 500'000)), 0));
    CHECK(half.offers[2].expected == dollars(12'000));
    CHECK(half.offers[1].expected == dollars(7'500) + dollars(10'500) / 2);
    CHECK(half.offers[1].percentiles[median_index] == dollars(7'500));
    CHECK(half.offers[2].beats_ppm[0] == 500'000);
}

TEST_CASE("expected backend, percentiles and P(points beat the fee) agree with closed forms", "[offers][outcomes]") {
    OutcomeTerms t = v1_outcomes();
    t.kind = OutcomeKind::lognormal;
    t.median = 50'000'000;
    t.sigma_ppm = 1'500'000;
    const Comparison c = ok(compare_offers(deal(), three_dollars, three_offers(t), 1'000'000));
    const StreamDistribution d = ok(stream_distribution(t, 0));
    // N counts at most B = 1e11 streams (answer_max_streams): E[g(min(N, B))] moves the mass above B to B.
    const double b = 1e11, above = partial_mean(d, b), at_b = b * survival(d, b);
    // Points only, record one, no advance: backend = 120·N micros, so E = 120·E[min(N, B)] (tolerance: a few
    // micros of the engine's rounding).
    CHECK(std::abs(static_cast<double>(c.offers[2].expected) - 120 * (mean(d) - above + at_b)) < 5);
    // Advance + 3 points: E[backend] = E[(90N − 7.5e9)·1{N ≥ 83,333,334}] = 90·PM(M) − 7.5e9·S(M), N capped.
    const double m = 83'333'334;
    CHECK(std::abs(static_cast<double>(c.offers[1].expected_backend) -
                   (90 * (partial_mean(d, m) - above + at_b) - 7.5e9 * survival(d, m))) < 5);
    // P(points beat the fee difference) = survival at the break-even (monotone difference).
    CHECK(c.pairs[0].reach_ppm == std::llround(survival(d, 166'666'667) * 1e6));
    CHECK(c.pairs[0].later_beats_ppm == std::llround(survival(d, 166'666'667) * 1e6));
    CHECK(c.offers[1].beats_ppm[0] == c.pairs[0].later_beats_ppm);
    CHECK(c.offers[2].backend_chance_ppm == std::llround(survival(d, 1) * 1e6));
    // Median payout = payout at the median streams (50,000,000): 120 × 5e7 = $6,000 for points only.
    CHECK(c.offers[2].percentiles[median_index] == dollars(6'000));
    CHECK(c.stream_percentiles[median_index] == 50'000'000);
    // Community rule: 10% × backend at the scenario's 1,000,000 streams ($120) = $12.
    CHECK(c.offers[2].community_expected == dollars(12));
}

TEST_CASE("the fee-or-points-compare preset: hand-checked numbers and the verdict", "[offers][preset]") {
    Result<Scenario> scenario = Problems{};
    for (const EmbeddedFile& file : presets())
        if (std::string(file.name) == "fee-or-points-compare.json") scenario = scenario_from_json(file.text);
    const ScenarioResult result = ok(calculate(ok(scenario)));
    REQUIRE(result.comparison);
    const Comparison& c = *result.comparison;
    CHECK(c.model.receipts_per_1000_streams == 3'000'000);
    CHECK(c.pairs[0].break_even_streams == 166'666'667);
    CHECK(c.offers[2].target_streams == 125'000'000);
    // Default distribution: S(166,666,667) on the $500k–$1M segment (133,333,333 to 266,666,667 streams at $3.75
    // per 1,000): 2,940/12M × 1.25^(−ln(2,940/1,450)/ln 2) = 2.45e-4 × 1.25^−1.019752 = 1.9513e-4 → 195 ppm,
    // 1 in 5,125 (before the 2,940 artists ≥ $500k tier [S]: 188 ppm, 1 in 5,332, on a $100k–$1M segment).
    CHECK(c.pairs[0].reach_ppm == 195);
    CHECK(c.pairs[0].reach_one_in == 5'125);
    // Points only: 120 micros × E[N]. E[N] = ∫ S(n) dn over the log-log-linear pieces, each ∫ s_a (n/n_a)^−α dn
    // in closed form, from the extrapolated bottom (2,305.28 streams, S = 1) to the $100M cap: 251,056 streams
    // (248,984 without the $500k tier) ≈ $30.13 [D].
    CHECK(c.offers[2].expected == Approx(dollars(30) + 126'745).margin(10'000));
    CHECK(c.recommended == 0);
    // The verdict says which money is a fee and which a recoupable advance, and whose odds it uses.
    CHECK(c.verdict ==
          "Take Full fee ($15,000.00 fee up front): $7,500 advance + 3 points ($7,500.00 recoupable "
          "advance up front) pays more only past 166,666,667 streams, which about 1 release in 5,125 "
          "reaches; its expected backend is $10.41. Odds among all ~12M Spotify uploaders (Spotify Loud "
          "& Clear 2025).");
}

// [SECTION] Properties: monotone, deterministic, total

TEST_CASE("curves are non-decreasing, percentiles ordered, probabilities consistent", "[offers][property]") {
    for (const OutcomeKind kind : {OutcomeKind::loud_and_clear, OutcomeKind::lognormal, OutcomeKind::pareto}) {
        OutcomeTerms t = v1_outcomes();
        t.kind = kind;
        const Comparison c = ok(compare_offers(deal(dollars(5'400)), three_dollars, three_offers(t), 1'000'000));
        for (std::size_t k = 1; k < c.curve.size(); ++k) {
            CHECK(c.curve[k].streams > c.curve[k - 1].streams);
            for (std::size_t i = 0; i < 3; ++i) CHECK(c.curve[k].payouts[i] >= c.curve[k - 1].payouts[i]);
        }
        for (const OfferResult& r : c.offers) {
            for (std::size_t k = 1; k < r.percentiles.size(); ++k) CHECK(r.percentiles[k] >= r.percentiles[k - 1]);
            CHECK(r.expected >= r.upfront);
        }
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j) CHECK(c.offers[i].beats_ppm[j] + c.offers[j].beats_ppm[i] <= 1'000'001);
        // Deterministic: the same inputs give the same result, to the micro.
        const Comparison again = ok(compare_offers(deal(dollars(5'400)), three_dollars, three_offers(t), 1'000'000));
        CHECK(again.verdict == c.verdict);
        for (std::size_t i = 0; i < 3; ++i) CHECK(again.offers[i].expected == c.offers[i].expected);
    }
}

TEST_CASE("any terms give a result or problems, never a crash", "[offers][property]") {
    std::mt19937_64 random(20261121);  // raw engine output only: std distributions differ between libraries
    for (int round = 0; round < 25; ++round) {
        CompareTerms c;
        c.party = random() % 3;
        for (auto n = random() % 5; n > 0; --n)
            c.offers.push_back(offer("x", static_cast<Micros>(random() % 3) * dollars(5'000) - 1,
                                     static_cast<Micros>(random() % 3) * dollars(5'000),
                                     static_cast<std::int64_t>(random() % 25)));
        c.outcomes.kind = static_cast<OutcomeKind>(random() % 5);
        c.outcomes.sigma_ppm = static_cast<std::int64_t>(random() % 12'000'000);
        c.outcomes.alpha_ppm = static_cast<std::int64_t>(random() % 3'000'000);
        c.outcomes.pays_chance_ppm = static_cast<std::int64_t>(random() % 1'200'000);
        const Result<Comparison> result =
            compare_offers(deal(), three_dollars, c, static_cast<std::int64_t>(random() % 1'000'000'000));
        if (result.ok()) {
            CHECK(result.value().offers.size() == c.offers.size());
            CHECK_FALSE(result.value().verdict.empty());
        } else {
            CHECK_FALSE(result.problems().empty());
        }
    }
}

// [SECTION] Validation and the scenario format

TEST_CASE("validation names each field of the compare section", "[offers][validation]") {
    CompareTerms c = three_offers();
    c.offers.push_back(offer("fourth", 0, 0, 0));
    c.offers[0].fee = -1;
    c.offers[1].points_ppm = 190'000;  // 19 points against an 18% all-in rate
    c.party = 0;
    c.target = -5;
    c.outcomes.sigma_ppm = 11'000'000;
    c.outcomes.x_min = 20'000'000'000;  // above the cap (10 billion)
    c.outcomes.pays_chance_ppm = 1'010'000;
    const std::vector<std::string> got = fields(validate(c, deal()));
    for (const char* field : {"compare.offers", "compare.offers[0].fee", "compare.offers[1].points", "compare.target",
                              "compare.outcomes.sigma", "compare.outcomes.x_min", "compare.outcomes.pays_chance"}) {
        INFO(field);
        CHECK(has(got, field));
    }
    CompareTerms wrong_party = three_offers();
    wrong_party.party = 1;
    CHECK(fields(validate(wrong_party, deal())) == std::vector<std::string>{"compare.party"});
    CHECK(validate(three_offers(), deal()).empty());
    CHECK(validate(CompareTerms{}, RecordingTerms{}).empty());  // no offers: nothing to check against the deal
    CHECK_FALSE(compare_offers(deal(), three_dollars, CompareTerms{}, 0).ok());

    // From JSON: every path exists in the user's document, in the user's units.
    const Result<Scenario> bad = scenario_from_json(
        R"({"recording":{"points":[{"points":3}]},"compare":{"offers":[{"points":30},{"fee":-2}],"outcomes":{"kind":"normal","alpha":0}}})");
    REQUIRE_FALSE(bad.ok());
    const std::vector<std::string> json_fields = fields(bad.problems());
    for (const char* field :
         {"compare.offers[0].points", "compare.offers[1].fee", "compare.outcomes.kind", "compare.outcomes.alpha"}) {
        INFO(field);
        CHECK(has(json_fields, field));
    }
    for (const Problem& problem : bad.problems()) CHECK(problem.message.find("ppm") == std::string::npos);
}

TEST_CASE("the compare section round-trips through JSON and links — the default scenario has none",
          "[offers][format]") {
    CHECK_FALSE(ok(calculate(Scenario{})).comparison);
    CHECK(encode_link(Scenario{}) == "s=2.e30");
    Scenario s;
    s.release.recording = deal();
    s.compare = three_offers();
    s.compare.target = dollars(20'000);
    s.compare.outcomes.kind = OutcomeKind::pareto;
    s.compare.outcomes.alpha_ppm = 1'250'000;
    const Scenario read = ok(scenario_from_json(scenario_to_json(s, true)));
    CHECK(read == s);
    CHECK(ok(decode_link(encode_link(s))) == s);
    const ScenarioResult result = ok(calculate(s));
    REQUIRE(result.comparison);
    CHECK(result.comparison->target == dollars(20'000));
    // Self-released: no label deal, no comparison.
    s.release.route = ReleaseRoute::self_released;
    CHECK_FALSE(ok(calculate(s)).comparison);
}

// [SECTION] Loud & Clear 2026, the population and releases that never stream (domain notes 2026, section 4)

TEST_CASE("the default odds: Loud & Clear 2026 among all uploaders, 24.8% never streaming", "[offers][distribution]") {
    const OutcomeTerms defaults;
    CHECK(defaults.report == LoudAndClearReport::y2026);
    CHECK(defaults.population == OutcomePopulation::all_uploaders);
    const StreamDistribution d = ok(stream_distribution(defaults, 0));
    // Luminate 2023: 24.8% of tracks had 0 plays — an atom at 0, so P(N ≥ 1) = 75.2%.
    CHECK(d.pays == Approx(0.752).epsilon(1e-12));
    // Each 2026 tier keeps its share of all ~12M uploaders [S]: at $3.75 per 1,000 streams, $7,300 = 1,946,667
    // streams reached by 100,000 / 12M; $100k by 13,800 / 12M; $1M by 1,500 / 12M.
    for (const EarningsTier& tier : loud_and_clear_tiers(LoudAndClearReport::y2026)) {
        const double streams = static_cast<double>(tier.earned_at_least) / 3'750.0;
        INFO(tier.earned_at_least);
        CHECK(survival(d, streams) == Approx(static_cast<double>(tier.artists) / 12e6).epsilon(1e-12));
    }
    CHECK(loud_and_clear_tiers(LoudAndClearReport::y2026).size() == 3);
    // The professional population (~235k) makes every tier ~51 times likelier [S][U], with no zero atom.
    OutcomeTerms pro;
    pro.population = OutcomePopulation::professional;
    const StreamDistribution p = ok(stream_distribution(pro, 0));
    CHECK(p.pays == 1);
    CHECK(survival(p, 100'000'000'000.0 / 3'750.0) == Approx(13'800.0 / 235'000).epsilon(1e-12));
    // The 2025 report for the professional population: 30.3% generated at least $10k [S] (71,200 / 235,000).
    pro.report = LoudAndClearReport::y2025;
    CHECK(survival(ok(stream_distribution(pro, 0)), 10'000'000'000.0 / 3'750.0) == Approx(0.303).margin(0.0005));
    OutcomeTerms bad;
    bad.never_streams_ppm = 1'000'000;
    CHECK(fields(validate(CompareTerms{{}, {offer("A", 1, 0, 0)}, {}, bad}, deal())) ==
          std::vector<std::string>{"compare.outcomes.never_streams"});
}

TEST_CASE("the verdict names the population and says fee or recoupable advance", "[offers]") {
    CompareTerms c;
    c.offers = {offer("Fee", dollars(15'000), 0, 0), offer("Advance + points", 0, dollars(7'500), 3)};
    c.outcomes.population = OutcomePopulation::professional;
    const Comparison r = ok(compare_offers(deal(), three_dollars, c, 1'000'000));
    CHECK(r.verdict.find("$15,000.00 fee up front") != std::string::npos);
    CHECK(r.verdict.find("$7,500.00 recoupable advance up front") != std::string::npos);
    CHECK(r.verdict.find("Odds among Spotify's ~235k professional or emerging artists (Spotify Loud & Clear 2026).") !=
          std::string::npos);
    // The offer's advance is a recording cost charged to the artist: the comparison says it was corrected.
    REQUIRE(r.corrections.size() == 1);
    CHECK(r.corrections[0].id == "party-advance-recording-cost");
}

TEST_CASE("odds from the Loud & Clear 2025 tiers say the $500k tier was added — the 2026 ones do not", "[offers]") {
    CompareTerms c;
    c.offers = {offer("Fee", dollars(15'000), 0, 0), offer("Points", 0, 0, 3)};
    c.outcomes = v1_outcomes();
    const Comparison r2025 = ok(compare_offers(deal(), three_dollars, c, 1'000'000));
    REQUIRE(r2025.corrections.size() == 1);
    CHECK(r2025.corrections[0].id == "loud-and-clear-2025-500k-tier");
    c.outcomes.report = LoudAndClearReport::y2026;
    CHECK(ok(compare_offers(deal(), three_dollars, c, 1'000'000)).corrections.empty());
}
