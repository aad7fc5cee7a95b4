// Dealsheet core (internal) — every engine enum's printing and parsing, defined once from its table of names.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "foundation/text.hpp"

namespace dealsheet::detail {

// True when row i of `rows` is for the enum's value i (`member`: the row's enum field), as keys_of needs.
template <class Row, std::size_t N, class Enum>
constexpr bool in_enum_order(const std::array<Row, N>& rows, Enum Row::*member) {
    for (std::size_t i = 0; i < N; ++i)
        if (rows[i].*member != static_cast<Enum>(i)) return false;
    return true;
}

// The `key` of every row of a table indexed by an enum (a dated table that also names its rows), as the enum's
// table of names.
template <class Row, std::size_t N>
constexpr std::array<std::string_view, N> keys_of(const std::array<Row, N>& rows) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = rows[i].key;
    return names;
}

}  // namespace dealsheet::detail

// Defines `std::string_view to_string(Enum value)`, the value's JSON name ("" outside the enum), and
// `std::optional<Enum> parse(std::string_view text)`, the value named exactly so (nullopt for any other text),
// from `names`, a std::array of names indexed by the enum; `value` and `text` are the parameter names the
// declarations use. Used in namespace dealsheet.
#define DEALSHEET_ENUM_NAME_FUNCTIONS(Enum, value, parse, text, names)                                \
    std::string_view to_string(Enum value) { return ::dealsheet::detail::enum_name(value, (names)); } \
    std::optional<Enum> parse(std::string_view text) { return ::dealsheet::detail::parse_enum<Enum>(text, (names)); }
