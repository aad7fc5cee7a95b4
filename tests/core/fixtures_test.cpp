// The shared JSON fixtures (tests/fixtures/*.json) through the JSON-string API: the same files drive the
// node tests of the JavaScript API (tests/api), so the C++ core, the CLI and JS agree on every number.
// A fixture holds "scenario" (or "preset", a bundled preset's file name, instead of a copy of it) and either "expect" (JSON pointer → value in the result) or "problems" (the
// field paths that must be reported).
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dealsheet/api.hpp"
#include "dealsheet/embedded_file.hpp"
#include "dealsheet/presets.hpp"

namespace dealsheet::test {
extern const EmbeddedFile fixtures[];
extern const std::size_t fixtures_count;
}  // namespace dealsheet::test

using nlohmann::json;

TEST_CASE("every shared fixture gives its expected numbers or problems", "[fixtures][api]") {
    REQUIRE(dealsheet::test::fixtures_count >= 3);
    for (std::size_t i = 0; i < dealsheet::test::fixtures_count; ++i) {
        const dealsheet::EmbeddedFile& file = dealsheet::test::fixtures[i];
        INFO("fixture " << file.name);
        const json fixture = json::parse(file.text);
        // A fixture names its preset instead of copying it ("preset": file name), or holds its own scenario.
        std::string scenario;
        if (fixture.contains("preset")) {
            const dealsheet::EmbeddedFile* preset = dealsheet::find_preset(fixture["preset"].get<std::string>());
            REQUIRE(preset != nullptr);
            scenario = std::string(preset->text);
        } else {
            scenario = fixture["scenario"].dump();
        }
        const json reply = json::parse(dealsheet::api::compute(scenario));
        if (fixture.contains("expect")) {
            REQUIRE(reply["ok"] == true);
            for (const auto& [pointer, expected] : fixture["expect"].items()) {
                INFO(pointer);
                CHECK(reply["result"][json::json_pointer(pointer)] == expected);
            }
        } else {
            REQUIRE(reply["ok"] == false);
            std::vector<std::string> fields;
            for (const json& problem : reply["problems"]) fields.push_back(problem["field"].get<std::string>());
            std::sort(fields.begin(), fields.end());
            CHECK(fields == fixture["problems"].get<std::vector<std::string>>());
        }
    }
}

TEST_CASE("the API never throws and always answers with a JSON document", "[api][hostile]") {
    for (const char* input : {"", "null", "{", "[]", "{\"publishing\":{\"quick\":{\"year\":\"x\"}}}", "\xff\xfe"}) {
        INFO(input);
        CHECK(json::parse(dealsheet::api::compute(input))["ok"] == false);
        CHECK(json::parse(dealsheet::api::validate(input))["ok"] == false);
        CHECK(json::parse(dealsheet::api::encode_link(input))["ok"] == false);
        if (*input != '\0') CHECK(json::parse(dealsheet::api::decode_link(input))["ok"] == false);
    }
    // An empty link is the default scenario, by design (a page opened without a fragment).
    CHECK(json::parse(dealsheet::api::decode_link(""))["scenario"]["publishing"]["quick"]["year"] == 2026);
    const json link =
        json::parse(dealsheet::api::encode_link(R"({"version":2,"publishing":{"quick":{"streams":2000000}}})"));
    CHECK(link["fragment"] == "s=2~q1YqULKqVioEEcVKVkYGYFBbWwsA");  // deflated: shorter than s=2.eyJwIjp7…
    const json decoded =
        json::parse(dealsheet::api::decode_link("https://example.org/#" + link["fragment"].get<std::string>()));
    CHECK(decoded["scenario"]["publishing"]["quick"]["streams"] == 2'000'000);
    CHECK(json::parse(dealsheet::api::schema_version())["format_version"] == 2);
}
