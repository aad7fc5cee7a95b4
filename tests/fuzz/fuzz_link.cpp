// libFuzzer target: the share-link decoder (attacker-controlled text). Any input must give a scenario or
// problems — never a crash, a hang or undefined behaviour (ASan + UBSan) — and a decoded scenario must be
// valid and survive an encode/decode round trip unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dealsheet/link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const dealsheet::Result<dealsheet::Scenario> decoded = dealsheet::decode_link(text);
    if (!decoded.ok()) {
        if (decoded.problems().empty() || decoded.problems().front().message.empty()) __builtin_trap();
        return 0;
    }
    if (!dealsheet::validate(decoded.value()).empty()) __builtin_trap();
    const dealsheet::Result<dealsheet::Scenario> again =
        dealsheet::decode_link(dealsheet::encode_link(decoded.value()));
    if (!again.ok() || !(again.value() == decoded.value())) __builtin_trap();
    return 0;
}
