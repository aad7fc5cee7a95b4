// Internal: small text helpers shared by the engines' messages and enum names. Not installed.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dealsheet::detail {

// Concatenates any mix of strings, string_views and C strings with += only (GCC 12 reports false
// -Wrestrict errors on `"literal" + std::string`).
template <class... Parts>
std::string cat(const Parts&... parts) {
    std::string out;
    (out += ... += parts);
    return out;
}

// The JSON name of an enum value from its table of names (indexed by the enum), or "" when out of range.
template <class Enum, std::size_t N>
std::string_view enum_name(Enum value, const std::array<std::string_view, N>& names) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view{};
}

// The enum value whose JSON name is `name`, or nullopt.
template <class Enum, std::size_t N>
std::optional<Enum> parse_enum(std::string_view name, const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}

// "must be one of a, b, c".
template <std::size_t N>
std::string one_of(const std::array<std::string_view, N>& names) {
    std::string out = "must be one of ";
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) out += ", ";
        out += names[i];
    }
    return out;
}

}  // namespace dealsheet::detail
