// libFuzzer target: the scenario JSON reader (files and the JS API take untrusted text). Any input must give
// a scenario or problems, never a crash or undefined behaviour; an accepted scenario must be valid, compute,
// and survive a write/read round trip unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dealsheet/api.hpp"
#include "dealsheet/scenario_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const dealsheet::Result<dealsheet::Scenario> read = dealsheet::scenario_from_json(text);
    if (!read.ok()) return 0;
    if (!dealsheet::validate(read.value()).empty() || !dealsheet::calculate(read.value()).ok()) __builtin_trap();
    const dealsheet::Result<dealsheet::Scenario> again =
        dealsheet::scenario_from_json(dealsheet::scenario_to_json(read.value()));
    if (!again.ok() || !(again.value() == read.value())) __builtin_trap();
    (void)dealsheet::api::compute(text);  // the façade over the same input
    return 0;
}
