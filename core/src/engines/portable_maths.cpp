// Deterministic elementary functions and the normal distribution, the same bits natively and in WebAssembly
// (contracts in portable_maths.hpp and offers.hpp).
#include "engines/portable_maths.hpp"

#include <algorithm>
#include <cmath>

#include "dealsheet/offers.hpp"
#include "dealsheet/points.hpp"

namespace dealsheet {

namespace {

constexpr double ln2 = 0.69314718055994530942;
constexpr double ln2_hi = 6.93147180369123816490e-01;  // fdlibm's split of ln 2: k × ln2_hi is exact
constexpr double ln2_lo = 1.90821492927058770002e-10;
constexpr double inv_sqrt_2pi = 0.39894228040143267794;
constexpr double infinity = detail::det_infinity;

}  // namespace

// x = m·2^e with m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its series (|t| ≤ 0.1716, 15 terms: below
// 1e-22).
double detail::det_log(double x) {
    if (x <= 0) return -infinity;
    if (x == infinity) return infinity;
    int e = 0;
    double m = std::frexp(x, &e);
    if (m < 0.70710678118654752440) {
        m *= 2;
        --e;
    }
    const double t = (m - 1) / (m + 1), t2 = t * t;
    double s = 1.0 / 29;
    for (int k = 27; k >= 1; k -= 2) s = s * t2 + 1.0 / k;
    return e * ln2_hi + (2 * t * s + e * ln2_lo);
}

// x = k·ln 2 + r with |r| ≤ ln2/2, e^r by its Taylor series to r^20/20! (below 1e-25), then × 2^k.
double detail::det_exp(double x) {
    if (x != x) return x;
    if (x > 709.78) return infinity;
    if (x < -745.2) return 0;
    const double k = std::floor(x / ln2 + 0.5);
    const double r = (x - k * ln2_hi) - k * ln2_lo;
    double s = 1;
    for (int n = 20; n >= 1; --n) s = 1 + s * r / n;
    return std::ldexp(s, static_cast<int>(k));
}

double detail::exprel(double u) {
    if (u > -1e-4 && u < 1e-4) return 1 + u / 2 + u * u / 6 + u * u * u / 24;
    return (det_exp(u) - 1) / u;
}

// The series of Φ near 0, the continued fraction of the Mills ratio in the tail.
double detail::upper_tail(double x) {
    if (x > 40) return 0;
    const double density = inv_sqrt_2pi * det_exp(-x * x / 2);
    if (x <= 3) {  // Φ(x) − ½ = φ(x)·Σ x^(2n+1)/(2n+1)!!
        double term = x, sum = x;
        for (int n = 1; n < 200; ++n) {
            term = term * x * x / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-18) break;
        }
        return 0.5 - density * sum;
    }
    double f = x;  // x + 1/(x + 2/(x + 3/(x + …))), evaluated backwards from a fixed depth
    for (int k = 300; k >= 1; --k) f = x + k / f;
    return density / f;
}

double detail::normal_between(double a, double b) {
    if (!(a < b)) return 0;
    if (a >= 0) return upper_tail(a) - (b == infinity ? 0 : upper_tail(b));
    if (b <= 0) return upper_tail(-b) - (a == -infinity ? 0 : upper_tail(-a));
    return 1 - (a == -infinity ? 0 : upper_tail(-a)) - (b == infinity ? 0 : upper_tail(b));
}

Micros detail::to_micros(double value) {
    const double limit = 1e18;
    if (!(value == value)) return 0;
    value = std::clamp(value, -limit, limit);
    return static_cast<Micros>(value < 0 ? -std::floor(-value + 0.5) : std::floor(value + 0.5));
}

std::int64_t detail::to_ppm(double probability) {
    if (!(probability > 0)) return 0;
    if (probability >= 1) return full_share_ppm;
    return static_cast<std::int64_t>(std::floor(probability * 1e6 + 0.5));
}

double normal_cdf(double z) {
    if (z != z) return z;
    return z >= 0 ? 1 - detail::upper_tail(z) : detail::upper_tail(-z);
}

double normal_quantile(double p) {
    if (!(p > 0)) return -infinity;
    if (p >= 1) return infinity;
    if (p == 0.5) return 0;
    // Bisection on the lower tail (precise there), mirrored for the upper half: p ≥ ½ ⇒ 1 − p is exact.
    const bool upper = p > 0.5;
    const double tail = upper ? 1 - p : p;
    double low = -40, high = 0;  // upper_tail(−z) = Φ(z) for z ≤ 0
    for (int i = 0; i < 200; ++i) {
        const double middle = (low + high) / 2;
        if (middle == low || middle == high) break;
        if (detail::upper_tail(-middle) < tail)
            low = middle;
        else
            high = middle;
    }
    return upper ? -high : high;
}

}  // namespace dealsheet
