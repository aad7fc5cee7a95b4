// libFuzzer target: the raw DEFLATE decoder alone (attacker-controlled bytes from share links). Any input must
// be decoded or refused — never a crash, a hang or undefined behaviour (ASan + UBSan) — within the output limit,
// which must hold to the byte; and whatever we decode, zlib (when the build has it) must decode to the same bytes.
// The encoder has its own target (fuzz_deflate.cpp): per input it costs some 30 times the decoder, and would keep
// this target from reaching millions of runs.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dealsheet/deflate.hpp"

#if DEALSHEET_FUZZ_WITH_ZLIB
#include <zlib.h>

namespace {

// zlib's raw inflate (windowBits −15) of the whole of `stream` into at most `max_output` bytes; nullopt when
// zlib refuses it, it does not end, bytes follow its end, or it needs more room.
std::optional<std::string> zlib_inflate_raw(std::string_view stream, std::size_t max_output) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) __builtin_trap();
    std::string out(max_output + 1, '\0');  // one byte more than allowed tells "too long" from "exactly full"
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream.data()));
    z.avail_in = static_cast<uInt>(stream.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_FINISH);
    const bool whole = status == Z_STREAM_END && z.avail_in == 0 && z.total_out <= max_output;
    out.resize(z.total_out);
    inflateEnd(&z);
    if (!whole) return std::nullopt;
    return out;
}

}  // namespace
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t max_output = 1 << 16;
    const std::string_view stream(reinterpret_cast<const char*>(data), size);
    const std::optional<std::string> inflated = dealsheet::inflate_raw(stream, max_output);
    if (!inflated) return 0;
    if (inflated->size() > max_output) __builtin_trap();
    // The limit is exact: the decoded size itself is allowed, one byte less is refused.
    if (dealsheet::inflate_raw(stream, inflated->size()) != inflated) __builtin_trap();
    if (!inflated->empty() && dealsheet::inflate_raw(stream, inflated->size() - 1).has_value()) __builtin_trap();
#if DEALSHEET_FUZZ_WITH_ZLIB
    // Ours is the stricter decoder (zlib also takes a literal/length code holding only end-of-block), so
    // only this direction must hold.
    if (zlib_inflate_raw(stream, inflated->size()) != inflated) __builtin_trap();
#endif
    return 0;
}
