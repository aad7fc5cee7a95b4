// Dealsheet core (internal) — the range checks of the offer comparison's terms: offers and outcome distributions.
#pragma once

#include <cstdint>
#include <string_view>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/result.hpp"
#include "foundation/text.hpp"

namespace dealsheet::detail {

// Validation runs on every compute and nearly always finds nothing, so each check builds the field's path
// (`path` + `member`) and its message only for a value out of range; `shown()` gives the value as displayed.
// Adds "must be <what> (got <shown>)" unless low ≤ value ≤ high.
template <class Shown>
void check_range(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                 std::int64_t low, std::int64_t high, std::string_view what, const Shown& shown) {
    if (value >= low && value <= high) return;
    problems.push_back({cat(path, member), cat("must be ", what, " (got ", shown(), ")")});
}

// A whole number of streams within low..high.
inline void check_count(Problems& problems, std::string_view path, std::string_view member, std::int64_t value,
                        std::int64_t low, std::int64_t high) {
    if (value >= low && value <= high) return;
    check_range(problems, path, member, value, low, high,
                cat("a whole number of streams from ", format_count(low), " to ", format_count(high)),
                [&] { return format_count(value); });
}

// An amount within $0.00..max_deal_amount.
inline void check_money(Problems& problems, std::string_view path, std::string_view member, Micros value) {
    if (value >= 0 && value <= max_deal_amount) return;
    check_range(problems, path, member, value, 0, max_deal_amount,
                cat("an amount from $0.00 to ", format_usd(max_deal_amount)), [&] { return format_usd(value); });
}

// A chance within 0%..100%.
inline void check_chance(Problems& problems, std::string_view path, std::string_view member, std::int64_t ppm) {
    check_range(problems, path, member, ppm, 0, full_share_ppm, "a percentage from 0% to 100%",
                [&] { return format_percent(ppm); });
}

}  // namespace dealsheet::detail
