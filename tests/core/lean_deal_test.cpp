// The lean lifetime evaluation (core/src/engines/lean_deal.hpp) against the full engine, and the fast paths of the exact
// arithmetic (money.cpp) against the 128-bit rule: every number must match to the micro-unit.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/recording.hpp"
#include "engines/lean_deal.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::Draws;
using dealsheet::test::random_recording_terms;

namespace {

__extension__ using int128 = __int128;

std::int64_t reference_mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
    const int128 product = static_cast<int128>(value) * numerator;
    const int128 half = denominator / 2;
    return static_cast<std::int64_t>(product >= 0 ? (product + half) / denominator : (product - half) / denominator);
}

// allocate's rule in 128 bits: each part the floor of its exact share, then the micro-units left over one each to
// the largest remainders, ties to the earlier part.
std::vector<Micros> reference_allocate(Micros total, const std::vector<std::int64_t>& weights) {
    std::vector<Micros> parts(weights.size(), 0);
    const int128 sum = std::accumulate(weights.begin(), weights.end(), int128{0});
    if (total == 0 || sum <= 0) return parts;
    std::vector<int128> remainders;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const int128 exact = static_cast<int128>(total) * weights[i];
        parts[i] = static_cast<Micros>(exact / sum);
        remainders.push_back(exact % sum);
    }
    std::vector<std::size_t> by_remainder(weights.size());
    std::iota(by_remainder.begin(), by_remainder.end(), std::size_t{0});
    std::stable_sort(by_remainder.begin(), by_remainder.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    const Micros left = total - std::accumulate(parts.begin(), parts.end(), Micros{0});
    for (std::size_t k = 0; k < static_cast<std::size_t>(left); ++k) ++parts[by_remainder[k]];
    return parts;
}

RecordingResult full(const RecordingTerms& terms, Micros receipts) {
    const std::array<Micros, 1> series{receipts};
    return calculate_recording(terms, series).value();
}

// The least n in low..high for which `holds` is true, given it is monotone (false … true) there and true at high.
// Found bit by bit from the top (the largest failing n grows by powers of two) rather than by the core's bisection,
// so the reference shares no code with what it checks: about 37 evaluations over 1e11, each a full engine run.
template <class Holds>
std::int64_t reference_first(std::int64_t low, std::int64_t high, Holds holds) {
    std::int64_t failing = low - 1;
    for (auto step = static_cast<std::int64_t>(std::bit_floor(static_cast<std::uint64_t>(high - low + 1))); step > 0;
         step /= 2)
        if (failing + step < high && !holds(failing + step)) failing += step;
    return failing + 1;
}

// The least n in 0..limit for which `holds` is true; empty = not even at limit.
template <class Holds>
std::optional<std::int64_t> reference_least(std::int64_t limit, Holds holds) {
    if (!holds(limit)) return std::nullopt;
    return reference_first(0, limit, holds);
}

// allocate_monotone as its definition: each part the first side of a two-way split of what is left, between its
// weight and all the later ones together, the second side being what is left for them; the last part takes that.
std::vector<Micros> reference_allocate_monotone(Micros total, const std::vector<std::int64_t>& weights) {
    std::vector<Micros> parts;
    Micros left = total;
    for (auto weight = weights.begin(); weight != weights.end(); ++weight) {
        if (weight + 1 == weights.end()) {
            parts.push_back(left);
            break;
        }
        const std::int64_t later = std::accumulate(weight + 1, weights.end(), std::int64_t{0});
        const std::vector<Micros> split = reference_allocate(left, {*weight, later});
        parts.push_back(split[0]);
        left = split[1];
    }
    return parts;
}

}  // namespace

TEST_CASE("mul_div_round: the 64-bit fast path equals the 128-bit rule", "[money][lean]") {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min() + 1;  // |min| representable
    const std::vector<std::int64_t> values{0,
                                           1,
                                           -1,
                                           2,
                                           -2,
                                           3,
                                           -3,
                                           5,
                                           -5,
                                           7,
                                           -7,
                                           999,
                                           -999,
                                           1'000,
                                           -1'000,
                                           1'500,
                                           -1'500,
                                           2'500,
                                           -2'500,
                                           3'037'000'499,
                                           -3'037'000'499,
                                           3'037'000'500,
                                           -3'037'000'500,
                                           (std::int64_t{1} << 31) - 1,
                                           std::int64_t{1} << 31,
                                           -(std::int64_t{1} << 31),
                                           max_deal_amount,
                                           -max_deal_amount,
                                           max / 2,
                                           -(max / 2),
                                           max,
                                           min,
                                           max - 1,
                                           min + 1};
    const std::vector<std::int64_t> denominators{1,      2,         3,           4,       7,       10, 1'000,
                                                 10'000, 1'000'000, 999'999'999, max / 2, max - 1, max};
    for (std::int64_t v : values)
        for (std::int64_t n : values)
            for (std::int64_t d : denominators) {
                const int128 exact = static_cast<int128>(v) * n;
                const int128 half = d / 2;
                const int128 q = exact >= 0 ? (exact + half) / d : (exact - half) / d;
                if (q > max || q < min) continue;  // the result itself would not fit: outside the contract
                INFO(v << " * " << n << " / " << d);
                REQUIRE(mul_div_round(v, n, d) == reference_mul_div_round(v, n, d));
            }
    // Rounding half away from zero on both paths.
    CHECK(mul_div_round(5, 1, 10) == 1);
    CHECK(mul_div_round(-5, 1, 10) == -1);
    CHECK(mul_div_round(15, 1, 10) == 2);
    CHECK(mul_div_round(-15, 1, 10) == -2);
    CHECK(mul_div_round(14, 1, 10) == 1);
    CHECK(mul_div_round(-14, 1, 10) == -1);
    CHECK(mul_div_round(4'611'686'018'427'387'904, 3, 6) == 2'305'843'009'213'693'952);  // 128-bit path
    CHECK(mul_div_round(-4'611'686'018'427'387'904, 3, 6) == -2'305'843'009'213'693'952);
    Draws rng(20261121);
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t v = rng.between(-1, 1) * rng.spread(max_deal_amount);
        const std::int64_t n = rng.between(-1, 1) * rng.spread(1'000'000'000);
        const std::int64_t d = std::max<std::int64_t>(1, rng.spread(1'000'000'000'000));
        REQUIRE(mul_div_round(v, n, d) == reference_mul_div_round(v, n, d));
    }
}

TEST_CASE("allocate and allocate_monotone: the int64 path equals the 128-bit rule", "[money][lean]") {
    Draws rng(7);
    for (int i = 0; i < 50'000; ++i) {
        std::vector<std::int64_t> weights(static_cast<std::size_t>(rng.between(1, 5)));
        for (auto& w : weights)
            w = rng.one_in(5) ? 0 : (rng.one_in(10) ? rng.spread(std::int64_t{1} << 40) : rng.between(0, 1'000'000));
        const Micros total = rng.spread(max_deal_amount);
        REQUIRE(allocate(total, weights) == reference_allocate(total, weights));
        REQUIRE(allocate_monotone(total, weights) == reference_allocate_monotone(total, weights));
    }
}

TEST_CASE("lean lifetime evaluation equals the full engine to the micro", "[lean]") {
    Draws rng(12345);
    int deals = 0;
    while (deals < 3'000) {
        const RecordingTerms terms = random_recording_terms(rng);
        if (!validate(terms).empty()) continue;
        ++deals;
        const detail::LeanDeal deal(terms);
        for (int k = 0; k < 8; ++k) {
            const StreamModel model{rng.one_in(6) ? rng.spread(max_receipts_per_1000_streams)
                                                  : rng.between(1'000'000, 9'000'000)};
            const std::int64_t streams = rng.spread(answer_max_streams);
            const Micros receipts = receipts_for_streams(streams, model);
            const RecordingResult result = full(terms, receipts);
            INFO("deal " << deals << " streams " << streams << " receipts " << receipts);
            REQUIRE(detail::lean_royalty(deal, receipts) == result.artist_all_in[0]);
            REQUIRE(detail::lean_artist_closing(deal, receipts) == result.artist.closing);
            REQUIRE(detail::lean_artist_paid(deal, receipts) == result.artist.paid_total);
            for (std::size_t i = 0; i < terms.points.size(); ++i) {
                REQUIRE(detail::lean_party_earned(deal, detail::lean_base(deal, receipts), i) ==
                        result.parties[i].ledger.earned_total);
                REQUIRE(detail::lean_party_paid(deal, receipts, i) == result.parties[i].ledger.paid_total);
            }
        }
    }
}

TEST_CASE("lean searches equal the old full-engine binary searches", "[lean][deal_answers]") {
    Draws rng(987654321);
    int deals = 0;
    while (deals < 150) {
        const RecordingTerms terms = random_recording_terms(rng);
        if (!validate(terms).empty()) continue;
        ++deals;
        const StreamModel model{rng.one_in(5) ? rng.spread(max_receipts_per_1000_streams)
                                              : rng.between(1'000'000, 9'000'000)};
        const auto at = [&](std::int64_t n) { return full(terms, receipts_for_streams(n, model)); };
        INFO("deal " << deals << " rate " << model.receipts_per_1000_streams);
        CHECK(streams_until_artist_recoups(terms, model).value() ==
              reference_least(answer_max_streams, [&](std::int64_t n) { return at(n).artist.closing >= 0; }));
        CHECK(streams_until_artist_paid(terms, model).value() ==
              reference_least(answer_max_streams, [&](std::int64_t n) { return at(n).artist.paid_total > 0; }));
        CHECK(receipts_until_artist_recoups(terms).value() ==
              reference_least(max_deal_amount, [&](Micros r) { return full(terms, r).artist.closing >= 0; }));
        for (std::size_t i = 0; i < terms.points.size(); ++i) {
            CHECK(streams_until_party_paid(terms, model, i).value() ==
                  reference_least(answer_max_streams,
                                  [&](std::int64_t n) { return at(n).parties[i].ledger.paid_total > 0; }));
            const Micros fee_full = rng.spread(100'000'000'000);
            const Micros fee_reduced = rng.between(0, fee_full);
            CHECK(streams_until_points_beat_fee(terms, model, i, fee_full, fee_reduced).value() ==
                  reference_least(answer_max_streams, [&](std::int64_t n) {
                      return at(n).parties[i].ledger.paid_total >= fee_full - fee_reduced;
                  }));
            // The offers' payout (fee + advance + paid beyond the advance) is the same lean number.
            Offer offer;
            offer.fee = rng.spread(10'000'000'000);
            offer.advance = terms.points[i].advance;
            offer.points_ppm = terms.points[i].points_ppm;
            const std::int64_t n = rng.spread(answer_max_streams);
            CHECK(offer_payout(terms, model, i, offer, n).value() ==
                  offer.fee + offer.advance + at(n).parties[i].ledger.paid_total);
        }
    }
}

namespace {

using Intervals = std::vector<std::pair<std::int64_t, std::int64_t>>;

// offers.cpp's `where`, every probe evaluated by the full engine (offer_payout). Its search probes the points the
// core's bisection probes, on purpose: near a crossing, micro-unit rounding can make the comparison flip back and forth
// for a few streams, and a search with other probes (reference_first's) settles on another of those flips.
template <class Holds>
Intervals reference_where(std::vector<std::int64_t> cuts, Holds holds) {
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::int64_t> starts{0};
    for (const std::int64_t cut : cuts)
        if (cut > starts.back() && cut <= answer_max_streams) starts.push_back(cut);
    Intervals out;
    const auto add = [&](std::int64_t first, std::int64_t end) {
        if (first >= end) return;
        if (!out.empty() && out.back().second == first)
            out.back().second = end;
        else
            out.emplace_back(first, end);
    };
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::int64_t low = starts[i], high = i + 1 < starts.size() ? starts[i + 1] - 1 : answer_max_streams;
        const bool at_low = holds(low), at_high = holds(high);
        if (at_low == at_high) {
            if (at_low) add(low, high + 1);
            continue;
        }
        std::int64_t lo = low + 1, hi = high;
        while (lo < hi) {
            const std::int64_t middle = lo + (hi - lo) / 2;
            if (holds(middle) != at_low)
                hi = middle;
            else
                lo = middle + 1;
        }
        if (at_low)
            add(low, lo);
        else
            add(lo, high + 1);
    }
    return out;
}

}  // namespace

TEST_CASE("compare_offers: lean payouts and settled probes give the full engine's answers", "[lean][offers]") {
    Draws rng(424242);
    int cases = 0;
    while (cases < 120) {
        RecordingTerms terms = random_recording_terms(rng);
        if (terms.points.empty() || !validate(terms).empty()) continue;
        const StreamModel model{rng.one_in(5) ? rng.spread(max_receipts_per_1000_streams)
                                              : rng.between(1'000'000, 9'000'000)};
        CompareTerms compare;
        compare.party = static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(terms.points.size()) - 1));
        const std::int64_t free = artist_all_in_ppm(terms) - [&] {
            std::int64_t sum = 0;
            for (std::size_t i = 0; i < terms.points.size(); ++i)
                if (i != compare.party) sum += effective_points_ppm(terms.points[i]);
            return sum;
        }();
        const std::int64_t count = rng.between(2, 3);
        for (std::int64_t k = 0; k < count; ++k) {
            Offer offer;
            offer.fee = rng.one_in(3) ? 0 : rng.spread(100'000'000'000);
            offer.advance = rng.one_in(2) ? 0 : rng.spread(10'000'000'000);
            offer.points_ppm = free > 0 ? rng.between(0, std::min<std::int64_t>(free, 60'000)) : 0;
            if (k == 1 && rng.one_in(3)) offer.points_ppm = compare.offers[0].points_ppm;  // equal slopes
            offer.record_one = rng.one_in(4);
            compare.offers.push_back(offer);
        }
        compare.outcomes.kind = OutcomeKind::lognormal;
        const std::int64_t scenario = rng.spread(answer_max_streams);
        const Result<Comparison> result = compare_offers(terms, model, compare, scenario);
        if (!result.ok()) continue;
        ++cases;
        const Comparison& c = result.value();
        const auto payout = [&](std::size_t i, std::int64_t n) {
            return offer_payout(terms, model, compare.party, compare.offers[i], n).value();
        };
        INFO("case " << cases);
        std::vector<std::optional<std::int64_t>> first(compare.offers.size());
        for (std::size_t i = 0; i < compare.offers.size(); ++i) {
            const Micros upfront = compare.offers[i].fee + compare.offers[i].advance;
            first[i] = reference_least(answer_max_streams, [&](std::int64_t n) { return payout(i, n) > upfront; });
            CHECK(c.offers[i].backend_from_streams == first[i]);
            CHECK(c.offers[i].target_streams ==
                  reference_least(answer_max_streams, [&](std::int64_t n) { return payout(i, n) >= c.target; }));
            CHECK(c.offers[i].at_scenario_streams == payout(i, scenario));
        }
        const auto cuts = [&](std::size_t i, std::size_t j) {
            std::vector<std::int64_t> out;
            for (const auto& m : {first[i], first[j]})
                if (m) out.push_back(*m);
            return out;
        };
        for (const OfferPair& pair : c.pairs) {
            const Intervals ahead = reference_where(cuts(pair.earlier, pair.later), [&](std::int64_t n) {
                return payout(pair.later, n) >= payout(pair.earlier, n);
            });
            CHECK(pair.break_even_streams == (ahead.empty() ? answer_max_streams : ahead.back().first));
            std::size_t changes = 0;
            for (const auto& [from, end] : ahead) changes += (from > 0 ? 1 : 0) + (end <= answer_max_streams ? 1 : 0);
            CHECK(pair.lead_changes == changes);
        }
        for (const CurvePoint& point : c.curve)
            for (std::size_t i = 0; i < compare.offers.size(); ++i) CHECK(point.payouts[i] == payout(i, point.streams));
    }
}

TEST_CASE("split_two equals allocate of two weights", "[lean][money]") {
    Draws rng(99);
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t w0 = rng.one_in(5) ? 0 : rng.between(0, 1'000'000);
        const std::int64_t w1 = rng.one_in(5) ? 0 : rng.between(0, 1'000'000);
        const Micros total = rng.spread(max_deal_amount);
        const std::vector<Micros> reference = reference_allocate(total, {w0, w1});
        const auto [p0, p1] = detail::split_two(total, w0, w1);
        REQUIRE(p0 == reference[0]);
        REQUIRE(p1 == reference[1]);
    }
}
