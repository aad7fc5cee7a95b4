// Dealsheet core — a result as readable text: the CLI's table, and the summary users paste into chats.
#pragma once

#include <string>

#include "dealsheet/scenario.hpp"

namespace dealsheet {

// A plain-text report: the summary sentence, an aligned table of the key amounts, and every assumption with
// its source and date. Lines end with '\n'; no terminal escapes.
std::string report_text(const Scenario& scenario, const ScenarioResult& result);

}  // namespace dealsheet
