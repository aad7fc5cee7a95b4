// Helpers shared by the core tests (not a test file: the test glob takes *.cpp only); test_support_test.cpp pins them.
#pragma once

#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/recording.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet::test {

// Whole dollars in micro-units: dollars(15'000) is $15,000.00.
constexpr Micros dollars(std::int64_t whole) { return whole * micros_per_unit; }

// The value of a result that must be ok; fails the test (printing every problem) when it is not.
template <class T>
T ok(const Result<T>& result) {
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

// The `member` of each item, in order: column(answer.figures, &Figure::value) is every figure's shown value.
template <class Item, class Value>
std::vector<Value> column(const std::vector<Item>& items, Value Item::*member) {
    std::vector<Value> out;
    for (const Item& item : items) out.push_back(item.*member);
    return out;
}

// The field path of each problem, in order.
inline std::vector<std::string> fields(const Problems& problems) { return column(problems, &Problem::field); }

// The field paths of the problems in any order, each as often as it is named: validation that reports every
// problem at once is checked against the whole list, so a problem too many fails as surely as one missing.
inline std::multiset<std::string> fields_any_order(const Problems& problems) {
    const std::vector<std::string> in_order = fields(problems);
    return {in_order.begin(), in_order.end()};
}

// Whether some problem names `field`.
inline bool has_field(const Problems& problems, const std::string& field) {
    return fields_any_order(problems).count(field) > 0;
}

// Checks that every assumption shows a value and names its source, so a user can see where each number comes from.
inline void check_sourced(const std::vector<Assumption>& assumptions) {
    for (const Assumption& assumption : assumptions) {
        INFO(assumption.name);
        CHECK(!assumption.value.empty());
        CHECK(!assumption.source.empty());
    }
}

// Property-test cases drawn from a seeded std::mt19937_64 by plain modulo of its raw output. The engine's sequence
// is fixed by the C++ standard ([rand.predef]); std::uniform_*_distribution's mapping is not (libstdc++ and libc++
// differ), and neither is <cmath>'s last bit, so these draws use neither: native and WebAssembly runs draw the same
// cases. A slight modulo bias does not matter for drawing cases.
class Draws {
public:
    explicit Draws(std::uint64_t seed) : engine_(seed) {}

    // The engine's next raw output: 0..2^64 − 1.
    std::uint64_t operator()() { return engine_(); }
    // A whole number in 0..count − 1; count ≥ 1.
    std::uint64_t below(std::uint64_t count) { return engine_() % count; }
    // A whole number in low..high, both included; low ≤ high.
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
    }
    // True once in `times` draws on average; times ≥ 1.
    bool one_in(std::uint64_t times) { return below(times) == 0; }
    // A whole number in 0..high spread over its orders of magnitude, with extra weight on 0, high and 0..1,000:
    // a bit length drawn evenly, then a number of that length (capped at high).
    std::int64_t spread(std::int64_t high) {
        switch (below(10)) {
            case 0: return 0;
            case 1: return high;
            case 2: return between(0, 1'000);
            default: break;
        }
        const auto bits = static_cast<int>(below(std::bit_width(static_cast<std::uint64_t>(high)) + 1));
        const std::int64_t drawn = bits == 0 ? 0 : static_cast<std::int64_t>(below(std::uint64_t{1} << bits));
        return drawn < high ? drawn : high;
    }

private:
    std::mt19937_64 engine_;
};

// A valid recording deal of any type (the kinds of its costs, both advance and profit-points treatments, up to
// four parties on some of the tracks, rates spread over 0..100%, amounts over $0..$1M) whose points fit under
// the all-in rate by construction: the cases of the engines' property tests.
inline RecordingTerms random_recording_terms(Draws& draws) {
    RecordingTerms terms;
    terms.type = static_cast<RecordingDealType>(draws.below(3));
    terms.royalty_rate_ppm = draws.one_in(4) ? draws.between(0, full_share_ppm) : draws.between(100'000, 300'000);
    terms.profit_share_ppm = draws.between(0, full_share_ppm);
    terms.distribution_fee_ppm = draws.between(0, full_share_ppm);
    terms.established_artist = draws.one_in(2);
    for (auto costs = draws.below(5); costs > 0; --costs) {
        RecoupableCost cost;
        cost.kind = static_cast<CostKind>(draws.below(6));
        cost.amount = draws.one_in(3) ? draws.spread(dollars(1'000'000)) : dollars(draws.between(0, 100'000));
        if (draws.one_in(3)) cost.recoupable_ppm = draws.between(0, full_share_ppm);
        terms.costs.push_back(cost);
    }
    terms.party_advances = static_cast<PartyAdvanceBearer>(draws.below(2));
    terms.profit_points = static_cast<ProfitPointsBearer>(draws.below(2));
    std::int64_t room = points_off_the_top(terms) ? full_share_ppm : artist_all_in_ppm(terms);
    for (auto parties = draws.below(5); parties > 0; --parties) {
        PointsParty party;
        party.name = "Party " + std::to_string(parties);
        party.role = static_cast<PartyRole>(draws.below(3));
        party.convention = static_cast<PaymentConvention>(draws.below(3));
        party.points_ppm = room > 0 ? draws.between(0, draws.one_in(2) && room > 50'000 ? 50'000 : room) : 0;
        party.tracks_total = static_cast<int>(draws.between(1, 12));
        party.tracks_on = draws.one_in(4) ? party.tracks_total : static_cast<int>(draws.between(0, party.tracks_total));
        party.advance = draws.one_in(2) ? 0 : draws.between(0, dollars(50'000) + 999'999);
        room -= effective_points_ppm(party);
        terms.points.push_back(party);
    }
    return terms;
}

}  // namespace dealsheet::test
