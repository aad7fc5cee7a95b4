// Tests for dealsheet/scenario_json.hpp: the versioned scenario format, its strictness and its results.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "dealsheet/scenario_json.hpp"

using namespace dealsheet;
using nlohmann::json;

namespace {
Problems problems_of(const std::string& text) {
    Result<Scenario> result = scenario_from_json(text);
    REQUIRE_FALSE(result.ok());
    return result.problems();
}
}  // namespace

TEST_CASE("a full scenario round-trips through JSON", "[scenario-json]") {
    Scenario scenario;
    scenario.publishing_quick = quick_terms(2'345'678, 2019, 0.0052);
    const Result<Scenario> back = scenario_from_json(scenario_to_json(scenario));
    REQUIRE(back.ok());
    CHECK(back.value() == scenario);
    const json written = json::parse(scenario_to_json(scenario));
    CHECK(written["format"] == "dealsheet-scenario");
    CHECK(written["version"] == scenario_format_version);
    CHECK(written["publishing"]["quick"]["streams"] == 2'345'678);
}

TEST_CASE("omitted fields take the defaults — only_changes writes just the changes", "[scenario-json]") {
    const Result<Scenario> empty = scenario_from_json(R"({"version":2})");
    REQUIRE(empty.ok());
    CHECK(empty.value() == Scenario{});
    Scenario changed;
    changed.publishing_quick.year = 2027;
    CHECK(json::parse(scenario_to_json(changed, true)) ==
          json::parse(R"({"format":"dealsheet-scenario","version":2,"publishing":{"quick":{"year":2027}}})"));
}

TEST_CASE("whole numbers written as floats are accepted — fractions are not", "[scenario-json]") {
    const Result<Scenario> result = scenario_from_json(R"({"publishing":{"quick":{"streams":1e6}}})");
    REQUIRE(result.ok());
    CHECK(result.value().publishing_quick.streams == 1'000'000);
    const Problems problems = problems_of(R"({"publishing":{"quick":{"streams":1.5}}})");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "publishing.quick.streams");
    CHECK(problems[0].message.find("whole number") != std::string::npos);
}

TEST_CASE("every problem is reported at once with its field path", "[scenario-json][validation]") {
    const Problems problems = problems_of(
        R"({"publishing":{"quick":{"streams":"many","year":2140,"revenue_per_stream":-1,"stream":5}},"extra":true})");
    std::vector<std::string> fields;
    for (const Problem& p : problems) fields.push_back(p.field);
    CHECK_THAT(fields, Catch::Matchers::UnorderedEquals(
                           std::vector<std::string>{"extra", "publishing.quick.stream", "publishing.quick.streams",
                                                    "publishing.quick.year", "publishing.quick.revenue_per_stream"}));
}

TEST_CASE("malformed and hostile JSON is refused with a message, never a crash", "[scenario-json][hostile]") {
    CHECK(problems_of("").front().message == "is not valid JSON");
    CHECK(problems_of("{\"publishing\":").front().message == "is not valid JSON");
    CHECK(problems_of("[1,2]").front().message.find("must be a JSON object") == 0);
    CHECK(problems_of(R"({"format":"other"})").front().field == "format");
    CHECK(problems_of(R"({"publishing":[]})").front().field == "publishing");
    CHECK(problems_of(R"({"publishing":{"quick":{"streams":1e400}}})").size() == 1);
    CHECK(problems_of(R"({"publishing":{"quick":{"streams":18446744073709551615}}})").front().message ==
          "is too large");
    CHECK(problems_of(std::string(100'000, '[') + std::string(100'000, ']')).size() == 1);
    const std::string deep = "{\"publishing\":" + std::string(5'000, '[') + std::string(5'000, ']') + "}";
    CHECK(problems_of(deep).front().message.find("nests deeper") == 0);
    CHECK(problems_of(std::string(max_scenario_json_bytes + 1, ' ')).front().message.find("too large") !=
          std::string::npos);
}

TEST_CASE("versions: absent means 1, newer is refused by name, zero is impossible", "[scenario-json][versions]") {
    CHECK(scenario_from_json(R"({"version":1,"publishing":{"quick":{"year":2020}}})").value().publishing_quick.year ==
          2020);
    const Problems newer = problems_of(R"({"version":99})");
    CHECK(newer.front().field == "version");
    CHECK(newer.front().message.find("newer Dealsheet") != std::string::npos);
    CHECK(problems_of(R"({"version":0})").front().field == "version");
    CHECK(problems_of(R"({"version":"1"})").front().field == "version");
}

TEST_CASE("the result JSON carries amounts in micros and display form, and the rate's source", "[scenario-json]") {
    const Result<ScenarioResult> result = calculate(Scenario{});
    REQUIRE(result.ok());
    const json document = json::parse(result_to_json(result.value()));
    CHECK(document["ok"] == true);
    // The default scenario: 2026, 15.3% × 1M streams × $0.0091379 = $1,398.0987 (Billboard's 2026 figure,
    // domain notes 5.3), the streams being the release's 1,000,000 × 100% US.
    CHECK(document["publishing_quick"]["publishing_total"]["micros"] == 1'398'098'700);
    CHECK(document["publishing_quick"]["publishing_total"]["display"] == "$1,398.10");
    CHECK(document["publishing_quick"]["rate"]["rate_ppm"] == 153'000);
    CHECK(document["publishing_quick"]["streams"] == 1'000'000);
    CHECK(document["publishing_quick"]["streams_follow_release"] == true);
    CHECK(document["publishing_quick"]["rate"]["as_of"] == "2022-12-30");
    CHECK(document["publishing_quick"]["assumptions"].size() >= 3);
    const json problems = json::parse(problems_to_json({{"publishing.quick.year", "must be a year"}}));
    CHECK(problems["ok"] == false);
    CHECK(problems["problems"][0]["field"] == "publishing.quick.year");
}

TEST_CASE("the summary states streams, year, total and rate", "[scenario]") {
    const Result<ScenarioResult> result = calculate(Scenario{});
    REQUIRE(result.ok());
    CHECK(summarize(Scenario{}, result.value()) ==
          "1,000,000 US on-demand streams in 2026 earn an estimated $1,398.10 in publishing royalties (performance "
          "and mechanical together): the 15.3% headline rate (Phonorecords IV) applied to "
          "$9,137.90 of service revenue.");
}

TEST_CASE("years after 2027 need the rate the user assumes, named by its field", "[scenario-json][validation]") {
    // No statutory streaming rate after 2027 (Phonorecords V, 2028-2032, pending; domain notes 2026 section 1).
    const Problems missing = problems_of(R"({"version":2,"publishing":{"quick":{"year":2028}}})");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].field == "publishing.quick.rate");
    CHECK(missing[0].message.find("Phonorecords V pending") != std::string::npos);
    const Result<Scenario> given =
        scenario_from_json(R"({"version":2,"publishing":{"quick":{"year":2028,"rate":16}}})");
    REQUIRE(given.ok());
    const Result<ScenarioResult> result = calculate(given.value());
    REQUIRE(result.ok());
    // [D] 16% × 1M × $0.0091379 = $1,462.064; labelled as the user's assumption; no statutory by-year table.
    CHECK(result.value().publishing_quick.publishing_total == 1'462'064'000);
    CHECK(std::string(result.value().publishing_quick.rate.proceeding) == "Your assumption");
    CHECK(std::string(result.value().publishing_quick.rate.source).find("Phonorecords V pending") != std::string::npos);
    CHECK(result.value().publishing_by_year.empty());
}

TEST_CASE("one song, one truth: the publishing estimate follows the release's streams", "[scenario]") {
    // Version 2: publishing.quick.streams null = the release's streams × us_share.
    Scenario s;
    s.release.streaming.platforms.front().streams.total = 3'000'000;
    s.publishing_quick.us_share_ppm = 400'000;  // 40% of the streams are US on-demand
    const Result<ScenarioResult> result = calculate(s);
    REQUIRE(result.ok());
    // [D] 3M × 40% = 1.2M US streams × $0.0091379 = $10,965.48 × 15.3% = $1,677.71844.
    CHECK(result.value().publishing_quick.streams == 1'200'000);
    CHECK(result.value().publishing_quick.streams_follow_release);
    CHECK(result.value().publishing_quick.publishing_total == 1'677'718'440);
    CHECK(result.value().publishing_quick.assumptions.front().name == "US on-demand streams");
    // More streams on the master side never pay the publishing side less.
    Scenario more = s;
    more.release.streaming.platforms.front().streams.total = 3'000'001;
    CHECK(calculate(more).value().publishing_quick.publishing_total >=
          result.value().publishing_quick.publishing_total);
    // An entered count is the user's own and ignores the release.
    s.publishing_quick.streams = 2'000'000;
    const Result<ScenarioResult> entered = calculate(s);
    REQUIRE(entered.ok());
    CHECK(entered.value().publishing_quick.streams == 2'000'000);
    CHECK_FALSE(entered.value().publishing_quick.streams_follow_release);
    // A version-1 document keeps its own 1,000,000 whatever the release says.
    const Scenario v1 =
        scenario_from_json(R"({"streaming":{"platforms":[{"platform":"spotify","streams":{"total":5000000}}]}})")
            .value();
    CHECK(v1.publishing_quick.streams == 1'000'000);
}
