// Dealsheet core (internal) — the engines' range checks: one wording for an amount, a whole number and a
// percentage, each problem named by its field's path (`path` + `member`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dealsheet/money.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/result.hpp"
#include "foundation/text.hpp"

namespace dealsheet::detail {

// Adds the problem `message` at the field `path` + `member`.
inline void add_problem(Problems& problems, std::string_view path, std::string_view member, std::string message) {
    problems.push_back({cat(path, member), std::move(message)});
}

// Validation runs on every compute and nearly always finds nothing, so each check builds the field's path and
// its message only for a value out of range; `shown()` gives the value as displayed.
// Adds "must be <what> (got <shown>)" unless low ≤ value ≤ high.
template <class Shown>
void check_range(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                 std::int64_t low, std::int64_t high, std::string_view what, const Shown& shown) {
    if (value >= low && value <= high) return;
    add_problem(problems, path, member, cat("must be ", what, " (got ", shown(), ")"));
}

// A whole number within low..high: "must be a whole number from 0 to 10 (got 11)", or with a unit "must be a
// whole number of streams from 1 to 100,000,000,000 (got 0)"; true when it is. `field`: the path, or a function
// that builds it (field_path).
template <class Field>
bool check_whole(Problems& problems, const Field& field, std::int64_t value, std::int64_t low, std::int64_t high,
                 std::string_view unit = {}) {
    if (value >= low && value <= high) return true;
    problems.push_back(
        {field_path(field), cat("must be a whole number", unit.empty() ? "" : " of ", unit, " from ", format_count(low),
                                " to ", format_count(high), " (got ", format_count(value), ")")});
    return false;
}

// The same at the field `path` + `member`.
inline bool check_whole(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                        std::int64_t low, std::int64_t high, std::string_view unit = {}) {
    return check_whole(
        problems, [&] { return cat(path, member); }, value, low, high, unit);
}

// A whole number of streams within low..high.
inline void check_count(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                        std::int64_t low, std::int64_t high) {
    check_whole(problems, path, member, value, low, high, "streams");
}

// "$3.41" or, when the amount has sub-cent digits, every significant digit: "$0.0034".
inline std::string exact_usd(Micros amount) {
    if (amount % 10'000 == 0) return format_usd(amount);
    const Micros magnitude = amount < 0 ? -amount : amount;
    std::string out = amount < 0 ? "-$" : "$";
    out += format_count(magnitude / micros_per_unit);
    std::string fraction = std::to_string(magnitude % micros_per_unit + micros_per_unit).substr(1);  // 6 digits
    while (fraction.size() > 2 && fraction.back() == '0') fraction.pop_back();
    out += '.';
    out += fraction;
    return out;
}

// An amount within $0.00..max: "must be an amount from $0.00 to $1,000.00 (got -$0.001)"; true when it is.
// `field`: the path, or a function that builds it (field_path).
template <class Field>
bool check_amount(Problems& problems, const Field& field, Micros value, Micros max = max_deal_amount) {
    if (value >= 0 && value <= max) return true;
    problems.push_back(
        {field_path(field), cat("must be an amount from $0.00 to ", format_usd(max), " (got ", exact_usd(value), ")")});
    return false;
}

// The same at the field `path` + `member`.
inline bool check_amount(Problems& problems, std::string_view path, std::string_view member, Micros value,
                         Micros max = max_deal_amount) {
    return check_amount(
        problems, [&] { return cat(path, member); }, value, max);
}

// A percentage (a rate, a share or a chance) within 0%..100%: "must be from 0% to 100% (got 150%)"; true when
// it is. `field`: the path, or a function that builds it (field_path).
template <class Field>
bool check_percentage(Problems& problems, const Field& field, std::int64_t ppm) {
    if (ppm >= 0 && ppm <= full_share_ppm) return true;
    problems.push_back({field_path(field), cat("must be from 0% to 100% (got ", format_percent(ppm), ")")});
    return false;
}

// The same at the field `path` + `member`.
inline bool check_percentage(Problems& problems, std::string_view path, std::string_view member, std::int64_t ppm) {
    return check_percentage(
        problems, [&] { return cat(path, member); }, ppm);
}

}  // namespace dealsheet::detail
