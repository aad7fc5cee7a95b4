// Dealsheet web app — typed amounts ("2M", "$15k", "2,000,000") read into numbers.
#include "amount.hpp"

#include <cmath>
#include <cstdlib>

namespace dealsheet::app {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Removes blanks at both ends.
std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// The multiplier a suffix letter stands for; 0 for any other character.
double suffix_multiplier(char c) {
    switch (c) {
        case 'k':
        case 'K': return 1e3;
        case 'm':
        case 'M': return 1e6;
        case 'b':
        case 'B': return 1e9;
        default: return 0;
    }
}

// The digits of the whole part without their separators, or "" when a separator is misplaced: a group after a
// comma or space has exactly three digits ("2,000,000"), so "2,00" (a decimal comma?) is never guessed at.
std::string whole_digits(std::string_view whole) {
    std::string digits;
    std::size_t group = 0;  // digits since the last separator
    bool separated = false;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        const char c = whole[i];
        if (digit(c)) {
            digits += c;
            ++group;
        } else if (c == ',' || c == ' ') {
            if (group == 0 || (separated && group != 3) || (!separated && group > 3)) return "";
            separated = true;
            group = 0;
        } else {
            return "";
        }
    }
    if (separated && group != 3) return "";
    return digits;
}

}  // namespace

Result<double> parse_amount(std::string_view text, const std::string& field) {
    const std::string quoted = "\u201c" + std::string(text) + "\u201d";
    auto problem = [&] {
        return Problems{{field, "must be a number such as 15000, 15,000, $15k or 2M (got " + quoted + ")"}};
    };
    std::string_view rest = trimmed(text);
    if (!rest.empty() && rest.front() == '$') rest = trimmed(rest.substr(1));
    double multiplier = 1;
    if (!rest.empty() && suffix_multiplier(rest.back()) != 0) {
        multiplier = suffix_multiplier(rest.back());
        rest = trimmed(rest.substr(0, rest.size() - 1));
    }
    const std::size_t point = rest.find('.');
    const std::string_view whole = rest.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
    std::string digits = whole_digits(whole);
    if (whole.empty() && !fraction.empty()) digits = "0";  // ".5k"
    if (digits.empty()) return problem();
    if (point != std::string_view::npos) {
        if (fraction.empty()) return problem();
        for (const char c : fraction)
            if (!digit(c)) return problem();
        digits += '.';
        digits += fraction;
    }
    if (digits.size() > 30) return problem();
    const double value = std::strtod(digits.c_str(), nullptr) * multiplier;
    if (!std::isfinite(value)) return problem();
    return value;
}

}  // namespace dealsheet::app
