// Tests for dealsheet/money.hpp. Expected values are hand calculations [D].
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "dealsheet/money.hpp"

using namespace dealsheet;

TEST_CASE("mul_div_round rounds half away from zero", "[money]") {
    struct Row {
        std::int64_t value, numerator, denominator, expected;
    };
    const Row rows[] = {
        {10, 1, 4, 3},                        // 2.5 → 3
        {-10, 1, 4, -3},                      // -2.5 → -3
        {9, 1, 4, 2},                         // 2.25 → 2
        {11, 1, 4, 3},                        // 2.75 → 3
        {1'393'529'750, 1, 10'000, 139'353},  // $1,393.52975 → 139,353 cents (Billboard 2025, domain §5.3)
        {0, 5, 7, 0},
    };
    for (const Row& row : rows) {
        INFO(row.value << " * " << row.numerator << " / " << row.denominator);
        CHECK(mul_div_round(row.value, row.numerator, row.denominator) == row.expected);
    }
}

TEST_CASE("mul_div_round does not overflow in the intermediate product", "[money]") {
    // 1e17 micros × 152,500 ppm would overflow 64 bits (1.5e22) before the division.
    CHECK(mul_div_round(100'000'000'000'000'000, 152'500, 1'000'000) == 15'250'000'000'000'000);
}

TEST_CASE("to_scaled_integer holds a user decimal exactly at 1e-12", "[money]") {
    CHECK(to_scaled_integer(0.0091379, 1'000'000'000'000) == 9'137'900'000);
    CHECK(to_scaled_integer(0.003, 1'000'000'000'000) == 3'000'000'000);
    CHECK(to_scaled_integer(1.0, 1'000'000'000'000) == 1'000'000'000'000);
}

TEST_CASE("format_usd rounds to cents and groups thousands", "[money]") {
    CHECK(format_usd(0) == "$0.00");
    CHECK(format_usd(4'999) == "$0.00");
    CHECK(format_usd(5'000) == "$0.01");
    CHECK(format_usd(1'393'529'750) == "$1,393.53");
    CHECK(format_usd(1'000'000'000'000) == "$1,000,000.00");
    CHECK(format_usd(-50'000'000'000) == "-$50,000.00");
    // Another currency: its code before the amount, as statements show money; dollars stay "$".
    CHECK(format_money(1'393'529'750, "USD") == "$1,393.53");
    CHECK(format_money(1'393'529'750, "GBP") == "GBP 1,393.53");
    CHECK(format_money(-4'200'000, "EUR") == "-EUR 4.20");
    CHECK(format_percent(152'500) == "15.25%");
    CHECK(format_percent(151'000) == "15.1%");
    CHECK(format_percent(1'000'000) == "100%");
    CHECK(format_percent(1) == "0.0001%");
    CHECK(format_count(1'000'000) == "1,000,000");
    CHECK(format_count(999) == "999");
    CHECK(format_count(-1234) == "-1,234");
}

TEST_CASE("format_fixed writes a double's exact value rounded as printf's %.*f does", "[money]") {
    CHECK(format_fixed(0.003, 7) == "0.0030000");
    CHECK(format_fixed(0.0091379, 7) == "0.0091379");
    CHECK(format_fixed(1.0, 7) == "1.0000000");
    CHECK(format_fixed(0.0, 7) == "0.0000000");
    CHECK(format_fixed(-0.0, 7) == "-0.0000000");
    CHECK(format_fixed(-0.00000001, 7) == "-0.0000000");
    CHECK(format_fixed(1e-300, 7) == "0.0000000");
    // Exact ties go to the even digit: 1/256 = 0.00390625 and 3/256 = 0.01171875 are exact in binary.
    CHECK(format_fixed(1.0 / 256, 7) == "0.0039062");
    CHECK(format_fixed(3.0 / 256, 7) == "0.0117188");
    CHECK(format_fixed(2.5, 0) == "2");
    CHECK(format_fixed(3.5, 0) == "4");
    CHECK(format_fixed(0.125, 2) == "0.12");
    // Not a tie: 0.15 is 0.1499999999999999944… in binary.
    CHECK(format_fixed(0.15, 1) == "0.1");
    CHECK(format_fixed(0.1, 9) == "0.100000000");
    CHECK(format_fixed(123456789.987654321, 3) == "123456789.988");
    CHECK(format_fixed(1e9, 2) == "1000000000.00");  // from 1e9 on: printf itself
    CHECK(format_fixed(-42.0, 0) == "-42");
    // Against the C library's printf, which both glibc and musl round exactly: random doubles over every
    // binary exponent this range has, and exact ties k/2^j.
    std::uint64_t state = 0x9E3779B97F4A7C15u;
    auto next = [&state] {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return state >> 11;  // 53 bits
    };
    char expected[64];
    for (int i = 0; i < 20'000; ++i) {
        const double value =
            std::ldexp(static_cast<double>(next()), static_cast<int>(next() % 90) - 113) * ((i % 7 == 0) ? -1 : 1);
        const int places = static_cast<int>(i % 10);
        std::snprintf(expected, sizeof expected, "%.*f", places, value);
        INFO(value << " at " << places);
        REQUIRE(format_fixed(value, places) == expected);
    }
    for (int j = 1; j <= 40; ++j)
        for (std::uint64_t k = 1; k < 64; k += 2) {
            const double value = std::ldexp(static_cast<double>(k), -j);
            std::snprintf(expected, sizeof expected, "%.*f", 7, value);
            INFO(value);
            REQUIRE(format_fixed(value, 7) == expected);
        }
}

TEST_CASE("allocate splits exactly, by largest remainder", "[money][allocation]") {
    // $100.00 in three equal parts: 33.333333 each + 1 micro to the first (ties to the earlier party) [D].
    const std::int64_t equal[] = {1, 1, 1};
    CHECK(allocate(100'000'000, equal) == std::vector<Micros>{33'333'334, 33'333'333, 33'333'333});
    // 10 micros by 3:18 (producer 3 of 18 points) → 1.666.. and 8.333..: remainders 0.666 > 0.333 [D].
    const std::int64_t points[] = {3, 15};
    CHECK(allocate(10, points) == std::vector<Micros>{2, 8});
    const std::int64_t with_zero[] = {0, 5, 0};
    CHECK(allocate(7, with_zero) == std::vector<Micros>{0, 7, 0});
    const std::int64_t none[] = {0, 0};
    CHECK(allocate(0, none) == std::vector<Micros>{0, 0});
}

TEST_CASE("allocate always conserves the total", "[money][allocation][property]") {
    std::mt19937_64 random(11);
    for (int i = 0; i < 5000; ++i) {
        std::vector<std::int64_t> weights(1 + random() % 9);
        for (auto& w : weights) w = static_cast<std::int64_t>(random() % 1'000'000);
        weights[0] += 1;  // Σ > 0
        const Micros total = static_cast<Micros>(random() % 1'000'000'000'000ULL);
        const std::vector<Micros> parts = allocate(total, weights);
        Micros sum = 0;
        for (size_t k = 0; k < parts.size(); ++k) {
            CHECK(parts[k] >= 0);
            if (weights[k] == 0) CHECK(parts[k] == 0);
            sum += parts[k];
        }
        CHECK(sum == total);
    }
}

TEST_CASE("allocate_monotone never pays a party less of a larger total", "[money][allocation][property]") {
    // The Alabama paradox with largest remainder: 6:6:2 gives 4,4,2 of 10 micros but 5,5,1 of 11 [D].
    const std::int64_t paradox[] = {6, 6, 2};
    CHECK(allocate(10, paradox) == std::vector<Micros>{4, 4, 2});
    CHECK(allocate(11, paradox) == std::vector<Micros>{5, 5, 1});
    CHECK(allocate_monotone(10, paradox)[2] <= allocate_monotone(11, paradox)[2]);
    std::mt19937_64 random(5);
    for (int i = 0; i < 3000; ++i) {
        std::vector<std::int64_t> weights(2 + random() % 6);
        for (auto& w : weights) w = static_cast<std::int64_t>(random() % 1000);
        weights[0] += 1;
        const Micros total = static_cast<Micros>(random() % 1'000'000);
        const std::vector<Micros> a = allocate_monotone(total, weights), b = allocate_monotone(total + 1, weights);
        Micros sum = 0;
        for (size_t k = 0; k < a.size(); ++k) {
            CHECK(a[k] <= b[k]);
            CHECK(a[k] >= 0);
            sum += a[k];
        }
        CHECK(sum == total);
    }
}
