// Dealsheet core — the version line (dealsheet/version.hpp).
#include "dealsheet/version.hpp"

#include "dealsheet/scenario.hpp"

namespace dealsheet {

namespace {
constexpr char digit_of_format = static_cast<char>('0' + scenario_format_version);
static_assert(scenario_format_version >= 1 && scenario_format_version <= 9, "the line below writes one digit");
constexpr std::string_view prefix = "Dealsheet ";
constexpr std::string_view middle = " \u00b7 scenario format ";
}  // namespace

std::string_view version_line() {
    static const std::string line =
        std::string(prefix) + std::string(release_version) + std::string(middle) + std::string(1, digit_of_format);
    return line;
}

}  // namespace dealsheet
