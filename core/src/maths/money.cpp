#include "dealsheet/money.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <utility>

namespace dealsheet {

__extension__ using int128 = __int128;  // GCC and Clang, native and wasm32
__extension__ using uint128 = unsigned __int128;

namespace {

std::uint64_t magnitude(std::int64_t value);

}  // namespace

std::int64_t mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
    // Fast path, same result: when |value × numerator| ≤ INT64_MAX − half, the product and product ± half fit in
    // int64, and int64 division truncates toward zero exactly like the 128-bit one (a library call in wasm32).
    const std::uint64_t limit = static_cast<std::uint64_t>(INT64_MAX - denominator / 2);
    const std::uint64_t a = magnitude(value), b = magnitude(numerator);
    if ((a | b) < (std::uint64_t{1} << 31) ? a * b <= limit : (b == 0 || a <= limit / b)) {
        const std::int64_t product = value * numerator, half64 = denominator / 2;
        return product >= 0 ? (product + half64) / denominator : (product - half64) / denominator;
    }
    const int128 product = static_cast<int128>(value) * numerator;
    const int128 half = denominator / 2;
    const int128 rounded = product >= 0 ? (product + half) / denominator : (product - half) / denominator;
    return static_cast<std::int64_t>(rounded);
}

std::vector<Micros> allocate(Micros total, std::span<const std::int64_t> weights) {
    std::vector<Micros> parts(weights.size(), 0);
    int128 weight_sum = 0;
    for (std::int64_t w : weights) weight_sum += w;
    if (total == 0 || weight_sum <= 0) return parts;
    std::vector<std::pair<int128, size_t>> remainders;  // (remainder, index)
    remainders.reserve(weights.size());
    Micros given = 0;
    // Small weight sums (rates in ppm): total = q·Σw + t gives total·w = q·w·Σw + t·w with t·w < Σw² < 2^62, so
    // the same floor and remainder come from int64 arithmetic (no 128-bit division, a library call in wasm32).
    const bool small = total > 0 && weight_sum < (int128{1} << 31) &&
                       std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w >= 0; });
    for (size_t i = 0; i < weights.size(); ++i) {
        if (small) {
            const std::int64_t sum = static_cast<std::int64_t>(weight_sum);
            const std::int64_t t = total % sum, tw = t * weights[i];
            parts[i] = (total / sum) * weights[i] + tw / sum;
            remainders.emplace_back(tw % sum, i);
        } else {
            const int128 exact = static_cast<int128>(total) * weights[i];
            parts[i] = static_cast<Micros>(exact / weight_sum);
            remainders.emplace_back(exact % weight_sum, i);
        }
        given += parts[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (Micros left = total - given, k = 0; left > 0; --left, ++k) ++parts[remainders[static_cast<size_t>(k)].second];
    return parts;
}

std::vector<Micros> allocate_monotone(Micros total, std::span<const std::int64_t> weights) {
    std::vector<Micros> parts(weights.size(), 0);
    std::int64_t rest_weight = 0;
    for (std::int64_t w : weights) rest_weight += w;
    Micros rest = total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (i + 1 == weights.size()) {
            parts[i] = rest;
            break;
        }
        rest_weight -= weights[i];
        const std::int64_t w0 = weights[i], w1 = rest_weight, sum = w0 + w1;
        if (rest > 0 && w0 >= 0 && w1 >= 0 && sum > 0 && sum < (std::int64_t{1} << 31)) {
            // allocate(rest, {w0, w1}) without its vectors: floors, then the one leftover micro-unit (if any) to
            // the larger remainder, ties to the first (same int64 decomposition as allocate's small path).
            const std::int64_t q = rest / sum, t = rest % sum, t0 = t * w0, t1 = t * w1;
            Micros p0 = q * w0 + t0 / sum, p1 = q * w1 + t1 / sum;
            if (rest - p0 - p1 > 0) ++(t0 % sum >= t1 % sum ? p0 : p1);
            parts[i] = p0;
            rest = p1;
            continue;
        }
        const std::int64_t pair[] = {weights[i], rest_weight};
        const std::vector<Micros> two = allocate(rest, pair);
        parts[i] = two[0];
        rest = two[1];
    }
    return parts;
}

std::int64_t to_scaled_integer(double value, std::int64_t scale) {
    // std::round rounds half away from zero; the product is exact enough for 12 significant digits, which
    // is all a user-entered decimal carries.
    return static_cast<std::int64_t>(std::round(value * static_cast<double>(scale)));
}

std::int64_t to_cents(Micros amount) { return mul_div_round(amount, 1, 10'000); }

namespace {

std::uint64_t magnitude(std::int64_t value) {
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

// Writes `value` in decimal, grouped by thousands ("1,234,567"), backwards so that it ends just before `end`;
// returns where it starts. Room needed: 26 chars (20 digits and 6 commas).
char* grouped(std::uint64_t value, char* end) {
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0) *--end = ',';
        *--end = static_cast<char>('0' + value % 10);
        value /= 10;
        ++digits;
    } while (value != 0);
    return end;
}

}  // namespace

// The formats below are written backwards into a buffer and made a string once (no temporary strings).

std::string format_count(std::int64_t count) {
    char buffer[32];
    char* const end = buffer + sizeof buffer;
    char* start = grouped(magnitude(count), end);
    if (count < 0) *--start = '-';
    return std::string(start, end);
}

std::string format_percent(std::int64_t ppm) {
    // ppm / 10,000 = percent; up to four decimals, trailing zeros dropped.
    char buffer[40];
    char* const end = buffer + sizeof buffer;
    char* start = end;
    *--start = '%';
    unsigned fraction = static_cast<unsigned>(magnitude(ppm) % 10'000);
    if (fraction != 0) {
        int places = 4;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --places;
        }
        for (; places > 0; --places, fraction /= 10) *--start = static_cast<char>('0' + fraction % 10);
        *--start = '.';
    }
    start = grouped(magnitude(ppm) / 10'000, start);
    if (ppm < 0) *--start = '-';
    return std::string(start, end);
}

std::string format_fixed(double value, int places) {
    places = std::clamp(places, 0, 9);
    if (!(std::fabs(value) < 1e9)) {  // also NaN
        char buffer[400];
        std::snprintf(buffer, sizeof buffer, "%.*f", places, value);
        return buffer;
    }
    std::uint64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    // |value| = m × 2^e exactly, m < 2^53, and e < 0 as |value| < 1e9 < 2^53; |value| × scale = m × scale × 2^e,
    // then one rounding.
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(value), &exponent);
    const auto m = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    std::uint64_t units = 0;  // |value| in 1/scale, rounded: below 1e18
    if (exponent > -100) {    // m × scale < 2^83, so from e = -100 down it is below 2^-17 of a unit: 0
        const uint128 n = static_cast<uint128>(m) * scale;
        const int shift = -exponent;
        const uint128 q = n >> shift;
        const uint128 r = n - (q << shift);
        const uint128 half = static_cast<uint128>(1) << (shift - 1);
        units = static_cast<std::uint64_t>(q) + ((r > half || (r == half && (q & 1) != 0)) ? 1 : 0);
    }
    char buffer[32];
    char* const end = buffer + sizeof buffer;
    char* start = end;
    for (int i = 0; i < places; ++i, units /= 10) *--start = static_cast<char>('0' + units % 10);
    if (places > 0) *--start = '.';
    do {
        *--start = static_cast<char>('0' + units % 10);
        units /= 10;
    } while (units != 0);
    if (std::signbit(value)) *--start = '-';  // as printf: "-0.00" for -0.0 and for negatives rounding to 0
    return std::string(start, end);
}

std::string format_money(Micros amount, std::string_view currency) {
    std::string text = format_usd(amount);
    if (currency != "USD") text.replace(text.find('$'), 1, std::string(currency) + " ");
    return text;
}

std::string format_usd(Micros amount) {
    const std::int64_t cents = to_cents(amount);
    const unsigned frac = static_cast<unsigned>(magnitude(cents) % 100);
    char buffer[40];
    char* const end = buffer + sizeof buffer;
    char* start = end;
    *--start = static_cast<char>('0' + frac % 10);
    *--start = static_cast<char>('0' + frac / 10);
    *--start = '.';
    start = grouped(magnitude(cents) / 100, start);
    *--start = '$';
    if (cents < 0) *--start = '-';
    return std::string(start, end);
}

}  // namespace dealsheet
