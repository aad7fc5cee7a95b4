#include "dealsheet/api.hpp"

#include <nlohmann/json.hpp>

#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "scenario_json_detail.hpp"

namespace dealsheet::api {

using nlohmann::json;

namespace {

std::string failure(const Problems& problems) { return problems_to_json(problems); }

}  // namespace

std::string compute(std::string_view scenario_json) {
    const Result<Scenario> scenario = scenario_from_json(scenario_json);
    if (!scenario.ok()) return failure(scenario.problems());
    const Result<ScenarioResult> result = calculate(scenario.value());
    if (!result.ok()) return failure(result.problems());
    return json{{"ok", true},
                {"scenario", detail::scenario_document(scenario.value(), false)},
                {"result", detail::result_document(result.value())},
                {"summary", summarize(scenario.value(), result.value())}}
        .dump();
}

std::string validate(std::string_view scenario_json) {
    const Result<Scenario> scenario = scenario_from_json(scenario_json);
    if (!scenario.ok()) return failure(scenario.problems());
    return json{{"ok", true}, {"scenario", detail::scenario_document(scenario.value(), false)}}.dump();
}

std::string encode_link(std::string_view scenario_json) {
    const Result<Scenario> scenario = scenario_from_json(scenario_json);
    if (!scenario.ok()) return failure(scenario.problems());
    const std::string fragment = dealsheet::encode_link(scenario.value());
    return json{{"ok", true}, {"fragment", fragment}, {"length", fragment.size()}}.dump();
}

std::string decode_link(std::string_view link) {
    const Result<Scenario> scenario = dealsheet::decode_link(link);
    if (!scenario.ok()) return failure(scenario.problems());
    return json{{"ok", true}, {"scenario", detail::scenario_document(scenario.value(), false)}}.dump();
}

std::string presets() {
    json list = json::array();
    for (const EmbeddedFile& file : dealsheet::presets()) {
        std::string name = file.name;
        if (name.size() > 5 && name.ends_with(".json")) name.resize(name.size() - 5);
        const Result<Scenario> scenario = scenario_from_json(file.text);
        if (!scenario.ok()) return failure(scenario.problems());  // caught by the presets test
        list.push_back({{"name", name},
                        {"title", scenario.value().title},
                        {"scenario", detail::scenario_document(scenario.value(), false)}});
    }
    return json{{"ok", true}, {"presets", list}}.dump();
}

std::string schema_version() {
    return json{{"format_version", scenario_format_version}, {"api_version", api_version}}.dump();
}

}  // namespace dealsheet::api
