// Dealsheet core (internal) — the fixed parts of the raw DEFLATE format (RFC 1951 §3.2.5–3.2.7), shared by the
// encoder (deflate_encode.cpp) and the decoder (inflate.cpp): symbol counts, length and distance bases with
// their extra bits, the code-length order and the fixed code.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace dealsheet::detail::deflate_format {

inline constexpr int litlen_symbols = 286;  // 0–255 literal bytes, 256 end of block, 257–285 match lengths
inline constexpr int dist_symbols = 30;
inline constexpr int codelen_symbols = 19;
inline constexpr int end_of_block = 256;
inline constexpr int min_match = 3;
inline constexpr int max_match = 258;
inline constexpr std::size_t window_size = 32768;
inline constexpr int max_code_bits = 15;
inline constexpr int max_codelen_bits = 7;

// Match lengths: symbol 257 + k stands for length_base[k] plus length_extra[k] extra bits (§3.2.5).
inline constexpr std::array<std::uint16_t, 29> length_base = {
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
inline constexpr std::array<std::uint8_t, 29> length_extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
// Distances: distance code k stands for dist_base[k] plus dist_extra[k] extra bits.
inline constexpr std::array<std::uint16_t, 30> dist_base = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
inline constexpr std::array<std::uint8_t, 30> dist_extra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which a dynamic block header lists the code-length code's lengths.
inline constexpr std::array<std::uint8_t, codelen_symbols> codelen_order = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                                            11, 4,  12, 3, 13, 2, 14, 1, 15};

// The fixed code (§3.2.6): literal/length lengths 8, 9, 7, 8 by range (all 288 codes), distances 5 bits (32).
constexpr std::array<std::uint8_t, 288> fixed_litlen_lengths() {
    std::array<std::uint8_t, 288> lengths{};
    for (int s = 0; s < 288; ++s) lengths[static_cast<std::size_t>(s)] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    return lengths;
}

}  // namespace dealsheet::detail::deflate_format
