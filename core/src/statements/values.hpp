// Internal: the values of a statement's cells — exact decimal amounts, whole quantities, months. Not installed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dealsheet/statement.hpp"

namespace dealsheet::detail {

// Text without the spaces and tabs around it.
std::string_view trim(std::string_view text);

// An amount read exactly: its value in 1e-12 units and how many decimals it was written with.
struct ExactAmount {
    Picos picos = 0;
    int decimals = 0;  // as written ("0.00312" → 5; "1.2E-05" → 6)
};
// "-0.003123456789", "12", "1.2E-05" (spreadsheets write small numbers so) → the exact amount; decimals beyond
// the 12th are rounded half away from zero. nullopt = not a plain decimal number (thousands separators, decimal
// commas, currency signs, empty) or beyond ±1e15 units.
std::optional<ExactAmount> parse_amount(std::string_view text);

// "1200", "-3", "7.0" → a whole count; "" → 0; nullopt = not a whole number or beyond ±1e15.
std::optional<std::int64_t> parse_quantity(std::string_view text);

// A month as a count of months since year 0 (year × 12 + month − 1), from "2025-03-15", "2025-03",
// "2025/03/15" or "3/15/2025 12:00:00 AM"; nullopt = none of these, or a month outside 1900–2199.
std::optional<int> parse_month(std::string_view text);

// "2025-03" for a month count of parse_month().
std::string month_name(int month);

}  // namespace dealsheet::detail
