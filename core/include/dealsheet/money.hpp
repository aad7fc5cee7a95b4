// Dealsheet core — money: integer micro-units and the one rounding rule.
//
// Index of this file
// [SECTION] Micros
// [SECTION] Exact scaled arithmetic (one rounding rule; exact splits)
// [SECTION] Display
//
// Why micro-units: per-stream values are fractions of a cent ($0.0030), so cents are not enough, and binary
// floating point would let parties' shares drift from the whole. Every amount inside the core is an int64
// count of 1e-6 of the currency unit (exact up to ±9.2e12 units); display rounds to cents.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dealsheet {

// [SECTION] Micros

using Micros = std::int64_t;                          // an amount in 1e-6 of the currency unit
inline constexpr Micros micros_per_unit = 1'000'000;  // micro-units in one currency unit ($1)

// Shares, rates and ratios are held in parts per million: this is 100% (a ratio of 1), the one name for it.
inline constexpr std::int64_t full_share_ppm = 1'000'000;
inline constexpr std::int64_t ppm_per_percent = full_share_ppm / 100;  // 1% (3 percent = 30'000 ppm)

// [SECTION] Exact scaled arithmetic (one rounding rule; exact splits)

// value × numerator ÷ denominator, rounded half away from zero, computed in 128 bits so no intermediate
// overflows; denominator must be > 0. The single rounding rule of the core.
std::int64_t mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator);

// A decimal scaled to an integer count of 1/scale, rounded half away from zero (e.g. 0.0091379 at scale
// 1e12 → 9'137'900'000). Caller guarantees |value × scale| < 9.2e18 and value is finite.
std::int64_t to_scaled_integer(double value, std::int64_t scale);

// Splits `total` in proportion to `weights` so the parts sum to `total` exactly (largest remainder: each part
// gets floor(total × w / Σw), then the leftover micro-units go one each to the largest remainders, ties to
// the earlier party). Preconditions: total ≥ 0, every weight ≥ 0, Σweights > 0 unless total is 0, and
// Σweights < 2^62. A zero weight always gets 0.
std::vector<Micros> allocate(Micros total, std::span<const std::int64_t> weights);

// The same split made monotone: no part ever falls when `total` grows. A many-party largest-remainder split
// can pay a party one micro less of a larger total (the "Alabama paradox": weights 6:6:2 give 4,4,2 of 10
// but 5,5,1 of 11), and payouts must never fall with more streams. So: a chain of two-party allocate()
// calls — the first party against all the rest, then the second against the rest of the rest, … — each of
// which is rounding half up, hence monotone. Parts sum to `total`; each is within about a micro of exact.
// Same preconditions as allocate().
std::vector<Micros> allocate_monotone(Micros total, std::span<const std::int64_t> weights);

// Splits `total` in proportion to `weights` so the parts sum to `total` exactly (largest remainder: each part
// gets floor(total × w / Σw), then the leftover micro-units go one each to the largest remainders, ties to
// the earlier party). Preconditions: total ≥ 0, every weight ≥ 0, Σweights > 0 unless total is 0, and
// Σweights < 2^62. A zero weight always gets 0.
std::vector<Micros> allocate(Micros total, std::span<const std::int64_t> weights);

// [SECTION] Display

// "$1,393.53": rounded to cents (half away from zero), thousands grouped, leading '-' for negatives.
std::string format_usd(Micros amount);
// format_usd in another currency: "GBP 1,393.53" (the code before the amount), "$1,393.53" for "USD".
std::string format_money(Micros amount, std::string_view currency);

// "1,000,000": a whole count with thousands grouped, leading '-' for negatives.
std::string format_count(std::int64_t count);

// "15.25%": a rate in parts per million as a percentage, without trailing zeros.
std::string format_percent(std::int64_t ppm);

// `value` with `places` decimals (0 to 9), exactly as printf's "%.*f" writes it: the double's exact binary value
// rounded to nearest, ties to even ("0.0039062" for 1/256 at 7 places). No thousands separators. Without printf,
// whose float formatting is slow in WebAssembly's libc; values it does not cover (|value| ≥ 1e9, not finite)
// still go through printf.
std::string format_fixed(double value, int places);

// The amount rounded to whole cents, as a count of cents.
std::int64_t to_cents(Micros amount);

}  // namespace dealsheet
