// libFuzzer target: the raw DEFLATE encoder. Any bytes must compress to a stream our decoder gives back
// unchanged, never crashing or invoking undefined behaviour (ASan + UBSan).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dealsheet/deflate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string stream = dealsheet::deflate_raw(bytes);
    if (dealsheet::inflate_raw(stream, size) != bytes) __builtin_trap();
    return 0;
}
