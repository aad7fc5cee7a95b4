// The lean lifetime evaluation (core/src/engines/lean_deal.hpp) against the full engine, and the fast paths of the exact
// arithmetic (money.cpp) against the 128-bit rule: every number must match to the micro-unit.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <vector>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/recording.hpp"
#include "engines/lean_deal.hpp"

using namespace dealsheet;

namespace {

__extension__ using int128 = __int128;

std::int64_t reference_mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
    const int128 product = static_cast<int128>(value) * numerator;
    const int128 half = denominator / 2;
    return static_cast<std::int64_t>(product >= 0 ? (product + half) / denominator : (product - half) / denominator);
}

std::vector<Micros> reference_allocate(Micros total, const std::vector<std::int64_t>& weights) {
    std::vector<Micros> parts(weights.size(), 0);
    int128 sum = 0;
    for (std::int64_t w : weights) sum += w;
    if (total == 0 || sum <= 0) return parts;
    std::vector<std::pair<int128, std::size_t>> remainders;
    Micros given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const int128 exact = static_cast<int128>(total) * weights[i];
        parts[i] = static_cast<Micros>(exact / sum);
        given += parts[i];
        remainders.emplace_back(exact % sum, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (Micros left = total - given, k = 0; left > 0; --left, ++k)
        ++parts[remainders[static_cast<std::size_t>(k)].second];
    return parts;
}

RecordingResult full(const RecordingTerms& terms, Micros receipts) {
    const std::array<Micros, 1> series{receipts};
    return calculate_recording(terms, series).value();
}

// The old searches: ~37 full engine runs each.
template <class Holds>
std::optional<std::int64_t> reference_least(std::int64_t limit, Holds holds) {
    if (!holds(limit)) return std::nullopt;
    std::int64_t low = 0, high = limit;
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        if (holds(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

std::int64_t pick(std::mt19937_64& rng, std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
}

// A log-uniform whole number in 0..high, with extra weight on small values and the bounds.
std::int64_t log_pick(std::mt19937_64& rng, std::int64_t high) {
    switch (pick(rng, 0, 9)) {
        case 0: return 0;
        case 1: return high;
        case 2: return pick(rng, 0, 1000);
        default: break;
    }
    const double exponent = std::uniform_real_distribution<double>(0, std::log10(static_cast<double>(high)))(rng);
    return std::min<std::int64_t>(high, static_cast<std::int64_t>(std::pow(10.0, exponent)));
}

RecordingTerms random_terms(std::mt19937_64& rng) {
    RecordingTerms terms;
    terms.type = static_cast<RecordingDealType>(pick(rng, 0, 2));
    terms.royalty_rate_ppm = pick(rng, 0, 3) == 0 ? pick(rng, 0, 1'000'000) : pick(rng, 100'000, 300'000);
    terms.profit_share_ppm = pick(rng, 0, 1'000'000);
    terms.distribution_fee_ppm = pick(rng, 0, 1'000'000);
    terms.established_artist = pick(rng, 0, 1) == 1;
    const std::int64_t costs = pick(rng, 0, 4);
    for (std::int64_t i = 0; i < costs; ++i) {
        RecoupableCost cost;
        cost.kind = static_cast<CostKind>(pick(rng, 0, 5));
        cost.amount = pick(rng, 0, 2) == 0 ? log_pick(rng, 1'000'000'000'000) : pick(rng, 0, 100'000) * 1'000'000;
        if (pick(rng, 0, 2) == 0) cost.recoupable_ppm = pick(rng, 0, 1'000'000);
        terms.costs.push_back(cost);
    }
    terms.party_advances = static_cast<PartyAdvanceBearer>(pick(rng, 0, 1));
    terms.profit_points = static_cast<ProfitPointsBearer>(pick(rng, 0, 1));
    const std::int64_t all_in = points_off_the_top(terms) ? full_share_ppm : artist_all_in_ppm(terms);
    std::int64_t left = all_in;
    const std::int64_t parties = pick(rng, 0, 4);
    for (std::int64_t i = 0; i < parties; ++i) {
        PointsParty party;
        party.points_ppm = left > 0 ? pick(rng, 0, std::min<std::int64_t>(left, pick(rng, 0, 1) ? 50'000 : left)) : 0;
        party.tracks_total = static_cast<int>(pick(rng, 1, 12));
        party.tracks_on = static_cast<int>(pick(rng, 0, party.tracks_total));
        if (pick(rng, 0, 3) == 0) party.tracks_on = party.tracks_total;
        party.advance = pick(rng, 0, 1) ? 0 : pick(rng, 0, 50'000) * 1'000'000 + pick(rng, 0, 999'999);
        party.convention = static_cast<PaymentConvention>(pick(rng, 0, 2));
        left -= effective_points_ppm(party);
        terms.points.push_back(party);
    }
    return terms;
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
    std::mt19937_64 rng(20261121);
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t v = pick(rng, -1, 1) * log_pick(rng, max_deal_amount);
        const std::int64_t n = pick(rng, -1, 1) * log_pick(rng, 1'000'000'000);
        const std::int64_t d = std::max<std::int64_t>(1, log_pick(rng, 1'000'000'000'000));
        REQUIRE(mul_div_round(v, n, d) == reference_mul_div_round(v, n, d));
    }
}

TEST_CASE("allocate and allocate_monotone: the int64 path equals the 128-bit rule", "[money][lean]") {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 50'000; ++i) {
        std::vector<std::int64_t> weights(static_cast<std::size_t>(pick(rng, 1, 5)));
        for (auto& w : weights)
            w = pick(rng, 0, 4) == 0
                    ? 0
                    : (pick(rng, 0, 9) == 0 ? log_pick(rng, std::int64_t{1} << 40) : pick(rng, 0, 1'000'000));
        const Micros total = log_pick(rng, max_deal_amount);
        REQUIRE(allocate(total, weights) == reference_allocate(total, weights));
        // allocate_monotone as the chain of two-way reference splits.
        std::vector<Micros> chain(weights.size(), 0);
        std::int64_t rest_weight = 0;
        for (std::int64_t w : weights) rest_weight += w;
        Micros rest = total;
        for (std::size_t k = 0; k < weights.size(); ++k) {
            if (k + 1 == weights.size()) {
                chain[k] = rest;
                break;
            }
            rest_weight -= weights[k];
            const std::vector<Micros> two = reference_allocate(rest, {weights[k], rest_weight});
            chain[k] = two[0];
            rest = two[1];
        }
        REQUIRE(allocate_monotone(total, weights) == chain);
    }
}

TEST_CASE("lean lifetime evaluation equals the full engine to the micro", "[lean]") {
    std::mt19937_64 rng(12345);
    int deals = 0;
    while (deals < 3'000) {
        const RecordingTerms terms = random_terms(rng);
        if (!validate(terms).empty()) continue;
        ++deals;
        const detail::LeanDeal deal(terms);
        for (int k = 0; k < 8; ++k) {
            const StreamModel model{pick(rng, 0, 5) == 0 ? log_pick(rng, max_receipts_per_1000_streams)
                                                         : pick(rng, 1'000'000, 9'000'000)};
            const std::int64_t streams = log_pick(rng, answer_max_streams);
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
    std::mt19937_64 rng(987654321);
    int deals = 0;
    while (deals < 150) {
        const RecordingTerms terms = random_terms(rng);
        if (!validate(terms).empty()) continue;
        ++deals;
        const StreamModel model{pick(rng, 0, 4) == 0 ? log_pick(rng, max_receipts_per_1000_streams)
                                                     : pick(rng, 1'000'000, 9'000'000)};
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
            const Micros fee_full = log_pick(rng, 100'000'000'000);
            const Micros fee_reduced = pick(rng, 0, fee_full);
            CHECK(streams_until_points_beat_fee(terms, model, i, fee_full, fee_reduced).value() ==
                  reference_least(answer_max_streams, [&](std::int64_t n) {
                      return at(n).parties[i].ledger.paid_total >= fee_full - fee_reduced;
                  }));
            // The offers' payout (fee + advance + paid beyond the advance) is the same lean number.
            Offer offer;
            offer.fee = log_pick(rng, 10'000'000'000);
            offer.advance = terms.points[i].advance;
            offer.points_ppm = terms.points[i].points_ppm;
            const std::int64_t n = log_pick(rng, answer_max_streams);
            CHECK(offer_payout(terms, model, i, offer, n).value() ==
                  offer.fee + offer.advance + at(n).parties[i].ledger.paid_total);
        }
    }
}

namespace {

using Intervals = std::vector<std::pair<std::int64_t, std::int64_t>>;

// offers.cpp's `where`, every probe evaluated by the full engine (offer_payout).
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
    std::mt19937_64 rng(424242);
    int cases = 0;
    while (cases < 120) {
        RecordingTerms terms = random_terms(rng);
        if (terms.points.empty() || !validate(terms).empty()) continue;
        const StreamModel model{pick(rng, 0, 4) == 0 ? log_pick(rng, max_receipts_per_1000_streams)
                                                     : pick(rng, 1'000'000, 9'000'000)};
        CompareTerms compare;
        compare.party = static_cast<std::size_t>(pick(rng, 0, static_cast<std::int64_t>(terms.points.size()) - 1));
        const std::int64_t free = artist_all_in_ppm(terms) - [&] {
            std::int64_t sum = 0;
            for (std::size_t i = 0; i < terms.points.size(); ++i)
                if (i != compare.party) sum += effective_points_ppm(terms.points[i]);
            return sum;
        }();
        const std::int64_t count = pick(rng, 2, 3);
        for (std::int64_t k = 0; k < count; ++k) {
            Offer offer;
            offer.fee = pick(rng, 0, 2) == 0 ? 0 : log_pick(rng, 100'000'000'000);
            offer.advance = pick(rng, 0, 1) == 0 ? 0 : log_pick(rng, 10'000'000'000);
            offer.points_ppm = free > 0 ? pick(rng, 0, std::min<std::int64_t>(free, 60'000)) : 0;
            if (k == 1 && pick(rng, 0, 2) == 0) offer.points_ppm = compare.offers[0].points_ppm;  // equal slopes
            offer.record_one = pick(rng, 0, 3) == 0;
            compare.offers.push_back(offer);
        }
        compare.outcomes.kind = OutcomeKind::lognormal;
        const std::int64_t scenario = log_pick(rng, answer_max_streams);
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
    std::mt19937_64 rng(99);
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t w0 = pick(rng, 0, 4) == 0 ? 0 : pick(rng, 0, 1'000'000);
        const std::int64_t w1 = pick(rng, 0, 4) == 0 ? 0 : pick(rng, 0, 1'000'000);
        const Micros total = log_pick(rng, max_deal_amount);
        const std::vector<Micros> reference = reference_allocate(total, {w0, w1});
        const auto [p0, p1] = detail::split_two(total, w0, w1);
        REQUIRE(p0 == reference[0]);
        REQUIRE(p1 == reference[1]);
    }
}
