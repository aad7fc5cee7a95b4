// The values of a statement's cells: exact decimal amounts, whole quantities and months.
#include "statements/values.hpp"

namespace dealsheet::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The digits at `text[pos…]` as a number (at most `max_digits` of them, else nullopt); pos moves past them.
std::optional<int> read_int(std::string_view text, std::size_t& pos, std::size_t min_digits, std::size_t max_digits) {
    const std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && is_digit(text[pos]) && pos - start < max_digits)
        value = value * 10 + (text[pos++] - '0');
    if (pos - start < min_digits || (pos < text.size() && is_digit(text[pos]))) return std::nullopt;
    return value;
}

constexpr int max_significant_digits = 30;  // 1e30 fits an __int128 (1.7e38) with room for the scaling below

}  // namespace

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<ExactAmount> parse_amount(std::string_view text) {
    text = trim(text);
    std::size_t pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) negative = text[pos++] == '-';
    Picos mantissa = 0;
    int significant = 0, fraction_digits = 0, digits = 0;
    bool in_fraction = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.' && !in_fraction) {
            in_fraction = true;
            continue;
        }
        if (!is_digit(c)) break;
        ++digits;
        if (mantissa != 0 || c != '0') ++significant;
        if (significant > max_significant_digits) return std::nullopt;
        mantissa = mantissa * 10 + (c - '0');
        fraction_digits += in_fraction;
    }
    if (digits == 0) return std::nullopt;
    int exponent = 0;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        bool exponent_negative = false;
        if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) exponent_negative = text[pos++] == '-';
        const std::optional<int> value = read_int(text, pos, 1, 3);
        if (!value) return std::nullopt;
        exponent = exponent_negative ? -*value : *value;
    }
    if (pos != text.size()) return std::nullopt;
    ExactAmount amount;
    const int decimals = fraction_digits - exponent;  // the value is mantissa × 10^-decimals
    amount.decimals = decimals > 0 ? decimals : 0;
    const int shift = 12 - decimals;                                     // to picos: × 10^shift
    if (mantissa != 0 && significant + shift > 27) return std::nullopt;  // beyond 1e15 units
    Picos picos = mantissa;
    if (shift >= 0) {
        for (int i = 0; i < shift && picos != 0; ++i) picos *= 10;
    } else {
        Picos divisor = 1;
        for (int i = 0; i < -shift && divisor < Picos{1} << 100; ++i) divisor *= 10;
        picos = (picos + divisor / 2) / divisor;  // half away from zero (the sign is applied after)
    }
    amount.picos = negative ? -picos : picos;
    return amount;
}

std::optional<std::int64_t> parse_quantity(std::string_view text) {
    text = trim(text);
    if (text.empty()) return 0;
    std::size_t pos = 0;
    bool negative = false;
    if (text[pos] == '-' || text[pos] == '+') negative = text[pos++] == '-';
    std::int64_t value = 0;
    std::size_t digits = 0;
    for (; pos < text.size() && is_digit(text[pos]); ++pos, ++digits) {
        if (digits >= 15) return std::nullopt;
        value = value * 10 + (text[pos] - '0');
    }
    if (digits == 0) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {  // "7.0": a whole number written with decimals
        for (++pos; pos < text.size() && text[pos] == '0'; ++pos) {}
    }
    if (pos != text.size()) return std::nullopt;
    return negative ? -value : value;
}

std::optional<int> parse_month(std::string_view text) {
    text = trim(text);
    std::size_t pos = 0;
    int year = 0, month = 0;
    if (text.size() >= 7 && is_digit(text[0]) && is_digit(text[1]) && is_digit(text[2]) && is_digit(text[3]) &&
        (text[4] == '-' || text[4] == '/')) {
        year = *read_int(text, pos, 4, 4);
        ++pos;
        const std::optional<int> m = read_int(text, pos, 1, 2);
        if (!m) return std::nullopt;
        month = *m;
        if (pos < text.size() && text[pos] != text[4] && text[pos] != ' ' && text[pos] != 'T') return std::nullopt;
    } else {  // M/D/YYYY, as CD Baby writes it
        const std::optional<int> m = read_int(text, pos, 1, 2);
        if (!m || pos >= text.size() || text[pos++] != '/') return std::nullopt;
        if (!read_int(text, pos, 1, 2) || pos >= text.size() || text[pos++] != '/') return std::nullopt;
        const std::optional<int> y = read_int(text, pos, 4, 4);
        if (!y || (pos < text.size() && text[pos] != ' ')) return std::nullopt;
        month = *m;
        year = *y;
    }
    if (month < 1 || month > 12 || year < 1900 || year > 2199) return std::nullopt;
    return year * 12 + month - 1;
}

std::string month_name(int month) {
    const int year = month / 12, m = month % 12 + 1;
    std::string out = std::to_string(year) + "-";
    if (m < 10) out += '0';
    out += std::to_string(m);
    return out;
}

}  // namespace dealsheet::detail
