// libFuzzer target: the raw DEFLATE decoder (attacker-controlled bytes) and encoder. Any input must be decoded
// or refused — never a crash, a hang or undefined behaviour (ASan + UBSan) — and whatever decodes, and the
// input itself, must survive our encoder and decoder unchanged.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dealsheet/deflate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t max_output = 1 << 16;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::optional<std::string> inflated = dealsheet::inflate_raw(bytes, max_output);
    if (inflated) {
        if (inflated->size() > max_output) __builtin_trap();
        const std::optional<std::string> again = dealsheet::inflate_raw(dealsheet::deflate_raw(*inflated), max_output);
        if (!again || *again != *inflated) __builtin_trap();
    }
    const std::optional<std::string> round_trip = dealsheet::inflate_raw(dealsheet::deflate_raw(bytes), size);
    if (!round_trip || *round_trip != bytes) __builtin_trap();
    return 0;
}
