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

// The six questions (questions.hpp) → {"ok":true, "questions": [{"key": "fee-or-points", "title": "Fee or points?",
// "preset": "question-fee-or-points", "inputs": [{"path", "also_path", "label", "unit", "step", "min", "max",
// "keyboard", "choices": [{"value", "label"}], "help"}]}]}.
std::string questions();

// A question key ("fee-or-points") and scenario JSON → {"ok":true, "answer": {"question", "title", "sentence",
// "figures": [{"label", "value", "note", "amount"?: {"micros", "display"}, "streams"?}], "break_evens": [{"label",
// "streams" (null = never), "explanation"}], "notes": [...]}, "inputs": [{"path", "value" (null = absent)}]}.
// An unknown key is a problem on "question".
std::string answer(std::string_view question_key, std::string_view scenario_json);

// The same answer as chat text ("Copy for chat") → {"ok":true, "text": "..."}; `link` may be "".
std::string chat_text(std::string_view question_key, std::string_view scenario_json, std::string_view link);

// The same answer as CSV → {"ok":true, "csv": "...", "file_name": "title-2026-12-04.csv"}; `date` is ISO.
std::string answer_csv(std::string_view question_key, std::string_view scenario_json, std::string_view date,
                       std::string_view link);

// The Sources page (sources.hpp) → {"ok":true, "html": "<!doctype html>…", "markdown": "# Sources…"}.
std::string sources();

// {"format_version": N, "api_version": N}.
std::string schema_version();

}  // namespace dealsheet::api
