// Dealsheet JavaScript API — embind bindings over the core's JSON-string façade (core/…/api.hpp).
//
//   const api = await createDealsheet();            // dealsheet-api.js, MODULARIZE factory
//   const reply = JSON.parse(api.compute(JSON.stringify(scenario)));
//
// Every function takes and returns strings (JSON text or a link), so nothing needs .delete() and no C++
// exception can reach JS: problems come back as {"ok":false,"problems":[{field,message}]}. docs/api.md.
#include <emscripten/bind.h>

#include <string>

#include "dealsheet/api.hpp"

namespace {
std::string compute(const std::string& scenario) { return dealsheet::api::compute(scenario); }
std::string validate(const std::string& scenario) { return dealsheet::api::validate(scenario); }
std::string encode_link(const std::string& scenario) { return dealsheet::api::encode_link(scenario); }
std::string decode_link(const std::string& link) { return dealsheet::api::decode_link(link); }
std::string presets() { return dealsheet::api::presets(); }
std::string schema_version() { return dealsheet::api::schema_version(); }
std::string questions() { return dealsheet::api::questions(); }
std::string answer(const std::string& question, const std::string& scenario) {
    return dealsheet::api::answer(question, scenario);
}
std::string chat_text(const std::string& question, const std::string& scenario, const std::string& link) {
    return dealsheet::api::chat_text(question, scenario, link);
}
std::string answer_csv(const std::string& question, const std::string& scenario, const std::string& date,
                       const std::string& link) {
    return dealsheet::api::answer_csv(question, scenario, date, link);
}
std::string sources() { return dealsheet::api::sources(); }
}  // namespace

EMSCRIPTEN_BINDINGS(dealsheet_api) {
    emscripten::function("compute", &compute);         // (scenario JSON) → {ok, scenario, result, summary}
    emscripten::function("validate", &validate);       // (scenario JSON) → {ok, scenario} | {ok:false, problems}
    emscripten::function("encodeLink", &encode_link);  // (scenario JSON) → {ok, fragment, length}
    emscripten::function("decodeLink", &decode_link);  // (URL | "#s=…" | "s=…") → {ok, scenario}
    emscripten::function("presets", &presets);         // () → {ok, presets: [{name, title, scenario}]}
    emscripten::function("schemaVersion", &schema_version);  // () → {format_version, api_version}
    emscripten::function("questions", &questions);           // () → {ok, questions: [{key, title, preset, inputs}]}
    emscripten::function("answer", &answer);                 // (key, scenario JSON) → {ok, answer, inputs}
    emscripten::function("chatText", &chat_text);            // (key, scenario JSON, link) → {ok, text}
    emscripten::function("answerCsv", &answer_csv);  // (key, scenario JSON, date, link) → {ok, csv, file_name}
    emscripten::function("sources", &sources);       // () → {ok, html, markdown}
}
