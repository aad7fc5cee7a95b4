// Dealsheet core (internal) — deterministic elementary functions (ln, e^x, the normal tail) and the roundings of
// real results to the core's integers, for the outcome distributions and the offer comparison.
//
// Built from +, −, ×, ÷ and frexp/ldexp (exact) only, compiled with -ffp-contract=off: libm's exp, log and erfc
// differ in the last bit between glibc (native) and musl (WebAssembly), and the CLI and the JS API must agree
// byte for byte.
#pragma once

#include <cstdint>
#include <limits>

#include "dealsheet/money.hpp"

namespace dealsheet::detail {

inline constexpr double det_infinity = std::numeric_limits<double>::infinity();

// ln x for finite x > 0; −infinity for x ≤ 0, +infinity for +infinity.
double det_log(double x);
// e^x; NaN for NaN, +infinity above 709.78, 0 below −745.2.
double det_exp(double x);
// (e^u − 1)/u, accurate near 0 (1 at u = 0).
double exprel(double u);
// P(Z > x) for a standard normal Z and x ≥ 0 (0 beyond 40).
double upper_tail(double x);
// P(a ≤ Z < b) for a standard normal Z, from the tails (precise far from 0); 0 unless a < b; a, b may be infinite.
double normal_between(double a, double b);

// An amount in micros from a double: rounded half away from zero, clamped to ±1e18; 0 for NaN.
Micros to_micros(double value);
// A probability in parts per million, rounded, within 0..1'000'000 (0 for NaN).
std::int64_t to_ppm(double probability);

}  // namespace dealsheet::detail
