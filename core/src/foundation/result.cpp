#include "dealsheet/result.hpp"

namespace dealsheet {

std::string describe(const Problems& problems) {
    std::string out;
    for (const Problem& problem : problems) {
        if (!out.empty()) out += "; ";
        if (!problem.field.empty()) out += problem.field + ": ";
        out += problem.message;
    }
    return out;
}

}  // namespace dealsheet
