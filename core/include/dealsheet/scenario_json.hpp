// Dealsheet core — the versioned JSON form of a scenario and of its results.
//
// Index of this file
// [SECTION] Scenario JSON
// [SECTION] Result JSON
//
// Format (docs/scenario-format.md): {"format":"dealsheet-scenario","version":1,"publishing":{"quick":
// {"streams":1000000,"year":2025,"revenue_per_stream":0.0091379}}}. Every field is optional and takes the
// default of the file's version; "version" absent means 1. Unknown fields are errors, so a typo never
// silently falls back to a default. Older versions are migrated to the current one on reading.
#pragma once

#include <string>
#include <string_view>

#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet {

// [SECTION] Scenario JSON

inline constexpr size_t max_scenario_json_bytes = 1 << 20;  // larger input is refused before parsing

// The scenario in `text`, migrated to the current version and validated; or every problem, each naming
// its field path. Never throws, whatever the input.
Result<Scenario> scenario_from_json(std::string_view text);

// JSON text for `scenario` at the current version: every field, or (only_changes) just the fields that
// differ from the defaults. indent < 0 gives one compact line.
std::string scenario_to_json(const Scenario& scenario, bool only_changes = false, int indent = -1);

// The JSON Schema (draft 2020-12) of the current scenario format, with every default; generated from the
// same field descriptions as the reader, so it cannot drift (docs/scenario.schema.json is this, committed).
std::string scenario_json_schema();

// [SECTION] Result JSON

// {"ok":true,"publishing_quick":{...amounts as {"micros":N,"display":"$1.00"}, rate, assumptions}}.
std::string result_to_json(const ScenarioResult& result, int indent = -1);

// {"ok":false,"problems":[{"field":"publishing.quick.year","message":"..."}]}.
std::string problems_to_json(const Problems& problems, int indent = -1);

}  // namespace dealsheet
