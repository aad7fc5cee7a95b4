// Tests for test_support.hpp: the property tests' draws are the same on every platform, and the problem lists'
// helpers count what they are given.
#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>

#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::dollars;
using dealsheet::test::Draws;

TEST_CASE("draws follow the standard's mt19937_64 sequence, mapped to cases by modulo alone", "[test_support]") {
    // C++ standard [rand.predef]: the 10000th output of a default-constructed std::mt19937_64 (seed 5489) is
    // 9981545732273789042.
    Draws standard(5489);
    std::uint64_t raw = 0;
    for (int i = 0; i < 10'000; ++i) raw = standard();
    CHECK(raw == 9'981'545'732'273'789'042ULL);

    // Seed 5489's first eight outputs (Matsumoto and Nishimura's mt19937-64.c, init_genrand64(5489)):
    // 14514284786278117030, 4620546740167642908, 13109570281517897720, 17462938647148434322, 355488278567739596,
    // 7469126240319926998, 4635995468481642529, 418970542659199878. Each draw below is one of them by hand.
    Draws draws(5489);
    CHECK(draws.below(10) == 0);                     // …030 mod 10
    CHECK(draws.between(-1, 1) == -1);               // −1 + 4620546740167642908 mod 3 (= 0)
    CHECK(draws.one_in(4));                          // …720 mod 4 = 0
    CHECK(draws.spread(dollars(1'000'000)) == 279);  // …322 mod 10 = 2: 0..1,000, 355488278567739596 mod 1,001
    // …998 mod 10 = 8: a bit length 4635995468481642529 mod 41 = 40 (1e12 is 40 bits long), then
    // 418970542659199878 mod 2^40 = 537,383,527,302, under the 1e12 cap.
    CHECK(draws.spread(dollars(1'000'000)) == 537'383'527'302);
}

TEST_CASE("problem fields in any order count each field as often as it is named", "[test_support]") {
    const Problems problems{{"a", "one"}, {"b", "two"}, {"a", "three"}};
    CHECK(dealsheet::test::fields_any_order(problems) == std::multiset<std::string>{"b", "a", "a"});
    CHECK(dealsheet::test::fields_any_order(problems) != std::multiset<std::string>{"a", "b"});
    CHECK(dealsheet::test::has_field(problems, "b"));
    CHECK_FALSE(dealsheet::test::has_field(problems, "c"));
}
