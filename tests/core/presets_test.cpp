// Tests for dealsheet/presets.hpp: every bundled preset (assets/presets) is a valid scenario with a title.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "dealsheet/api.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"

using namespace dealsheet;

TEST_CASE("every preset is a valid, titled scenario whose link reopens it", "[presets]") {
    REQUIRE(presets().size() >= 2);
    for (const EmbeddedFile& file : presets()) {
        INFO(file.name);
        const Result<Scenario> scenario = scenario_from_json(file.text);
        REQUIRE(scenario.ok());
        CHECK_FALSE(scenario.value().title.empty());
        CHECK(calculate(scenario.value()).ok());
        CHECK(decode_link(encode_link(scenario.value())).value() == scenario.value());
        CHECK(find_preset(file.name) == &file);
    }
    CHECK(find_preset("no-such-preset") == nullptr);
}

TEST_CASE("the Billboard preset gives Billboard's 2025 figure", "[presets]") {
    const EmbeddedFile* file = find_preset("billboard-1m-streams-2025");
    REQUIRE(file != nullptr);
    const nlohmann::json reply = nlohmann::json::parse(api::compute(file->text));
    CHECK(reply["result"]["publishing_quick"]["publishing_total"]["display"] == "$1,393.53");  // domain notes §5.3
    const nlohmann::json listed = nlohmann::json::parse(api::presets());
    CHECK(listed["presets"].size() == presets().size());
}

TEST_CASE("titles travel in links and are validated", "[scenario][title]") {
    Scenario scenario;
    scenario.title = "3 points or a bigger fee? \xE2\x80\x94 \xC3\xA9t\xC3\xA9";  // em dash and accents (UTF-8)
    CHECK(decode_link(encode_link(scenario)).value() == scenario);
    scenario.title = "line\nbreak";
    CHECK(validate(scenario).front().field == "title");
    scenario.title = std::string(max_title_bytes + 1, 'x');
    CHECK(validate(scenario).front().field == "title");
    CHECK(scenario_from_json(R"({"title":5})").problems().front().field == "title");
}
