// Internal: small text helpers shared by the engines' messages and enum names. Not installed.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace dealsheet::detail {

// Concatenates any mix of strings, string_views and C strings with += only (GCC 12 reports false
// -Wrestrict errors on `"literal" + std::string`).
template <class... Parts>
std::string cat(const Parts&... parts) {
    std::string out;
    (out += ... += parts);
    return out;
}

// A problem's field path, given as a string or as a function that builds it. Validation runs on every compute
// and nearly always finds nothing, so validators pass a function and the path is built only for a problem.
template <class Field>
std::string field_path(const Field& field) {
    if constexpr (std::is_invocable_v<const Field&>)
        return field();
    else
        return std::string(field);
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

// True when `text` is well-formed UTF-8 (no stray continuation bytes, overlongs, surrogates or values above
// U+10FFFF). Text from outside JSON (a percent-decoded query) must pass before it reaches a JSON writer.
inline bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80           ? 1
                             : (byte >> 5) == 0x6  ? 2
                             : (byte >> 4) == 0xE  ? 3
                             : (byte >> 3) == 0x1E ? 4
                                                   : 0;
        if (length == 0 || i + length > text.size()) return false;
        std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3F);
        }
        const std::uint32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

// The one wording of a name outside its table: 'must be one of "a", "b", "c"', the names as a scenario's JSON
// writes them (every name table is of plain identifiers: quoting them is their JSON form).
template <class Names>
std::string one_of(const Names& names) {
    std::string out = "must be one of ";
    bool first = true;
    for (const auto& name : names) {
        if (!first) out += ", ";
        first = false;
        out += '"';
        out += name;
        out += '"';
    }
    return out;
}

// The one wording of a list over its limit: "must list at most 16 writers (got 17)".
inline std::string too_many(std::size_t max, std::string_view things, std::size_t count) {
    return "must list at most " + std::to_string(max) + " " + std::string(things) + " (got " + std::to_string(count) +
           ")";
}

}  // namespace dealsheet::detail
