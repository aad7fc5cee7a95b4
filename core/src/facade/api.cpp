#include "dealsheet/api.hpp"
#include "dealsheet/version.hpp"

#include <nlohmann/json.hpp>

#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/questions.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/sources.hpp"
#include "format/result_json.hpp"
#include "format/scenario_json_detail.hpp"

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

namespace {

json input_json(const QuestionInput& input) {
    json choices = json::array();
    for (const InputChoice& choice : input.choices)
        choices.push_back({{"value", choice.value}, {"label", choice.label}});
    return {{"path", input.path},
            {"also_path", input.also_path},
            {"label", input.label},
            {"unit", to_string(input.unit)},
            {"step", input.step},
            {"min", input.min},
            {"max", input.max},
            {"keyboard", to_string(input.keyboard)},
            {"choices", std::move(choices)},
            {"help", input.help}};
}

json answer_json(const Answer& answer) {
    json figures = json::array();
    for (const Figure& figure : answer.figures) {
        json item = {{"label", figure.label}, {"value", figure.value}, {"note", figure.note}};
        if (figure.amount) item["amount"] = detail::money_json(*figure.amount);
        if (figure.streams) item["streams"] = *figure.streams;
        figures.push_back(std::move(item));
    }
    json break_evens = json::array();
    for (const BreakEven& b : answer.break_evens)
        break_evens.push_back({{"label", b.label},
                               {"streams", b.streams ? json(*b.streams) : json(nullptr)},
                               {"explanation", b.explanation}});
    return {{"question", to_string(answer.question)},
            {"title", answer.title},
            {"sentence", answer.sentence},
            {"figures", std::move(figures)},
            {"break_evens", std::move(break_evens)},
            {"notes", answer.notes}};
}

// The question, the scenario and its result, or the problems of either (an unknown key names "question").
struct Asked {
    Question question = Question::fee_or_points;
    Scenario scenario;
    ScenarioResult result;
    Answer answer;
};

Result<Asked> ask(std::string_view question_key, std::string_view scenario_json) {
    const std::optional<Question> question = parse_question(question_key);
    Problems problems;
    if (!question) {
        std::string keys;
        for (const QuestionName& name : question_names) keys += (keys.empty() ? "" : ", ") + std::string(name.key);
        problems.push_back(
            {"question", "must be one of " + keys + " (got \"" + std::string(question_key.substr(0, 40)) + "\")"});
    }
    Result<Scenario> scenario = scenario_from_json(scenario_json);
    if (!scenario.ok()) problems.insert(problems.end(), scenario.problems().begin(), scenario.problems().end());
    if (!problems.empty()) return problems;
    Result<ScenarioResult> result = calculate(scenario.value());
    if (!result.ok()) return result.problems();
    Asked asked{*question, std::move(scenario.value()), std::move(result.value()), {}};
    asked.answer = dealsheet::answer(asked.question, asked.scenario, asked.result);
    return asked;
}

}  // namespace

std::string questions() {
    json list = json::array();
    for (const QuestionName& name : question_names) {
        json inputs = json::array();
        for (const QuestionInput& input : question_inputs(name.question)) inputs.push_back(input_json(input));
        list.push_back(
            {{"key", name.key}, {"title", name.title}, {"preset", name.preset}, {"inputs", std::move(inputs)}});
    }
    return json{{"ok", true}, {"questions", std::move(list)}}.dump();
}

std::string answer(std::string_view question_key, std::string_view scenario_json) {
    const Result<Asked> asked = ask(question_key, scenario_json);
    if (!asked.ok()) return failure(asked.problems());
    json inputs = json::array();
    for (const QuestionInput& input : question_inputs(asked.value().question)) {
        const std::optional<double> value = input_value(asked.value().scenario, input);
        inputs.push_back({{"path", input.path}, {"value", value ? json(*value) : json(nullptr)}});
    }
    return json{{"ok", true}, {"answer", answer_json(asked.value().answer)}, {"inputs", std::move(inputs)}}.dump();
}

std::string chat_text(std::string_view question_key, std::string_view scenario_json, std::string_view link) {
    const Result<Asked> asked = ask(question_key, scenario_json);
    if (!asked.ok()) return failure(asked.problems());
    return json{{"ok", true},
                {"text", dealsheet::chat_text(asked.value().answer, asked.value().scenario, std::string(link))}}
        .dump();
}

std::string answer_csv(std::string_view question_key, std::string_view scenario_json, std::string_view date,
                       std::string_view link) {
    const Result<Asked> asked = ask(question_key, scenario_json);
    if (!asked.ok()) return failure(asked.problems());
    const Asked& a = asked.value();
    return json{{"ok", true},
                {"csv", dealsheet::answer_csv(a.answer, a.scenario, std::string(date), std::string(link))},
                {"file_name", download_file_name(a.scenario.title, std::string(date))}}
        .dump();
}

std::string sources() { return json{{"ok", true}, {"html", sources_html()}, {"markdown", sources_markdown()}}.dump(); }

std::string schema_version() {
    return json{{"format_version", scenario_format_version},
                {"api_version", api_version},
                {"release", std::string(release_version)}}
        .dump();
}

}  // namespace dealsheet::api
