// Helpers shared by the core tests (not a test file: the test glob takes *.cpp only).
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "dealsheet/money.hpp"
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

// The field path of each problem, in order.
inline std::vector<std::string> fields(const Problems& problems) {
    std::vector<std::string> out;
    for (const Problem& problem : problems) out.push_back(problem.field);
    return out;
}

}  // namespace dealsheet::test
