// Tests for dealsheet/money.hpp. Expected values are hand calculations [D].
#include <catch2/catch.hpp>

#include "dealsheet/money.hpp"

using namespace dealsheet;

TEST_CASE("mul_div_round rounds half away from zero", "[money]") {
    struct Row { std::int64_t value, numerator, denominator, expected; };
    const Row rows[] = {
        {10, 1, 4, 3},      // 2.5 → 3
        {-10, 1, 4, -3},    // -2.5 → -3
        {9, 1, 4, 2},       // 2.25 → 2
        {11, 1, 4, 3},      // 2.75 → 3
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
    CHECK(format_percent(152'500) == "15.25%");
    CHECK(format_percent(151'000) == "15.1%");
    CHECK(format_percent(1'000'000) == "100%");
    CHECK(format_percent(1) == "0.0001%");
    CHECK(format_count(1'000'000) == "1,000,000");
    CHECK(format_count(999) == "999");
    CHECK(format_count(-1234) == "-1,234");
}
