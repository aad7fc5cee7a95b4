// Dealsheet core — the JSON-string façade: one entry point per operation, text in and text out, shared by
// the embind JavaScript API, the native CLI and the tests, so all three give the same answer by
// construction. Every function is total: any input gives a JSON document, problems are values.
//
// Replies are objects with "ok": true plus the payload, or "ok": false plus "problems":
// [{"field": "<JSON path>", "message": "<sentence>"}].
#pragma once

#include <string>
#include <string_view>

namespace dealsheet::api {

inline constexpr int api_version = 1;  // bumped when a reply's shape changes incompatibly

// Scenario JSON → {"ok":true, "scenario": <normalised scenario>, "result": <result JSON>, "summary": "..."}.
std::string compute(std::string_view scenario_json);

// Scenario JSON → {"ok":true, "scenario": <normalised scenario>} or the problems (nothing is calculated).
std::string validate(std::string_view scenario_json);

// Scenario JSON → {"ok":true, "fragment": "s=1.…", "length": N}.
std::string encode_link(std::string_view scenario_json);

// A link, a URL with a fragment, or a bare fragment → {"ok":true, "scenario": <scenario JSON>}.
std::string decode_link(std::string_view link);

// {"ok":true, "presets": [{"name": "<file name without .json>", "title": "...", "scenario": <scenario JSON>}]}.
std::string presets();

// {"format_version": N, "api_version": N}.
std::string schema_version();

}  // namespace dealsheet::api
