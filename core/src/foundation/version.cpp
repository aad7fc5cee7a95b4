// Dealsheet core — the version line (dealsheet/version.hpp).
#include "dealsheet/version.hpp"

#include <string>

#include "dealsheet/scenario.hpp"

namespace dealsheet {

std::string_view version_line() {
    static const std::string line = "Dealsheet " + std::string(release_version) + " \u00b7 scenario format " +
                                    std::to_string(scenario_format_version);
    return line;
}

}  // namespace dealsheet
