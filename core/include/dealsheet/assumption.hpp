// Dealsheet core — the assumptions behind a result, each traceable to a source and a date.
#pragma once

#include <string>
#include <vector>

namespace dealsheet {

// One input a result depends on, as a user should see it in the assumptions panel.
struct Assumption {
    std::string name;    // what it is, e.g. "Headline rate 2025"
    std::string value;   // as displayed, e.g. "15.25% of service revenue"
    std::string source;  // where it comes from (a citation, or "entered by you")
    std::string tag;  // evidence grade: "[P]" primary, "[S]" secondary, "[C]" community, "[D]" derived, "[U]" uncertain
    std::string as_of;  // ISO date the source states it as of; "" for values the user entered
};

using Assumptions = std::vector<Assumption>;

}  // namespace dealsheet
