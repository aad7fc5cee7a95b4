// Internal: the scenario ↔ nlohmann::json mapping shared by the JSON and link codecs. Not installed.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet::detail {

// The scenario as a JSON object without "format"/"version"; full, or only the fields that differ from
// the defaults.
nlohmann::json scenario_body(const Scenario& scenario, bool only_changes);

// The scenario document ("format", "version", then the body) and the result document, as JSON values:
// scenario_to_json / result_to_json are these, dumped; the API embeds them without a text round trip.
nlohmann::json scenario_document(const Scenario& scenario, bool only_changes);
nlohmann::json result_document(const ScenarioResult& result);

// Parses JSON text without throwing (a discarded value when it is not JSON). Every parse in the core goes
// through this one, so nlohmann's parser is instantiated for one input type only (−5 KB of wasm).
nlohmann::json parse_json(std::string_view text);

inline constexpr int max_json_depth = 16;  // deeper input is refused before any recursive walk

// True when `value` nests objects/arrays deeper than `limit` levels. Iterative: safe on hostile depth.
bool nested_deeper_than(const nlohmann::json& value, int limit);

// Migration helper: sets the member at dotted `path` of `at` to `old_value` wherever it is absent; a
// segment "name[]" reaches every element of that list; objects on the way are created, wrong types left to
// the reader (which reports them). Used for the changed defaults of each format version (scenario_json.cpp).
void fill_default(nlohmann::json& at, std::string_view path, const nlohmann::json& old_value);

// Reads a scenario body written at `version` (1..scenario_format_version), migrating it to the current
// version and validating it. Collects every problem; never throws.
Result<Scenario> read_scenario_body(nlohmann::json body, int version);

}  // namespace dealsheet::detail
