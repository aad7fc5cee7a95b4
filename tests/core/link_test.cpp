// Tests for dealsheet/link.hpp: round trips, size, released links that must open forever, hostile links.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "dealsheet/base64url.hpp"
#include "dealsheet/deflate.hpp"
#include "dealsheet/embedded_file.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "format/scenario_json_detail.hpp"

using namespace dealsheet;
using nlohmann::json;

namespace dealsheet::test {
extern const EmbeddedFile compat_links[];
extern const std::size_t compat_links_count;
}  // namespace dealsheet::test

namespace {
Problems problems_of(std::string_view fragment) {
    Result<Scenario> result = decode_link(fragment);
    REQUIRE_FALSE(result.ok());
    return result.problems();
}
}  // namespace

TEST_CASE("links round-trip exactly", "[link]") {
    std::mt19937_64 random(7);
    for (int i = 0; i < 2000; ++i) {
        Scenario scenario;
        scenario.publishing_quick.streams = static_cast<std::int64_t>(random() % max_streams);
        scenario.publishing_quick.year = first_statutory_year + static_cast<int>(random() % 11);
        scenario.publishing_quick.revenue_per_stream = static_cast<double>(random() % 1'000'000'000) / 1e12;
        const std::string fragment = encode_link(scenario);
        const Result<Scenario> back = decode_link("#" + fragment);
        REQUIRE(back.ok());
        CHECK(back.value() == scenario);
        CHECK(encode_link(back.value()) == fragment);  // idempotent
    }
}

TEST_CASE("a link holds only what differs from the defaults, and stays short", "[link]") {
    CHECK(encode_link(Scenario{}) == "s=2." + base64url_encode("{}"));
    Scenario one_change;
    one_change.publishing_quick.streams = 2'000'000;
    const std::string fragment = encode_link(one_change);
    // {"p":{"q":{"s":2000000}}}: 38 characters as plain base64url, 32 deflated — the shorter is used.
    CHECK(fragment == "s=2~" + base64url_encode(deflate_raw(R"({"p":{"q":{"s":2000000}}})")));
    CHECK(fragment.size() < ("s=2." + base64url_encode(R"({"p":{"q":{"s":2000000}}})")).size());
    CHECK(fragment.size() <= 60);  // issue #5 target: default scenario + one change ≤ 60 characters
}

TEST_CASE("an empty fragment opens the defaults", "[link]") {
    CHECK(decode_link("").value() == Scenario{});
    CHECK(decode_link("#").value() == Scenario{});
    // The page passes its whole address: opened plainly, it has neither fragment nor query.
    CHECK(decode_link("http://127.0.0.1:8080/").value() == Scenario{});
    CHECK(decode_link("https://example.org/dealsheet/index.html#").value() == Scenario{});
}

// Links as released. Each must keep opening with the same numbers in every later version: never edit a row,
// only add rows when a format version is released.
TEST_CASE("released format-1 links still open with the same scenario", "[link][compatibility]") {
    struct Row {
        const char* fragment;
        std::int64_t streams;
        int year;
        double revenue;
    };
    const Row rows[] = {
        {"#s=1.e30", 1'000'000, 2025, 0.0091379},
        {"#s=1.eyJwIjp7InEiOnsicyI6MjAwMDAwMH19fQ", 2'000'000, 2025, 0.0091379},
        {"#s=1.eyJwIjp7InEiOnsiciI6MC4wMDQsInMiOjI1MDAwMDAsInkiOjIwMTh9fX0", 2'500'000, 2018, 0.004},
        {"#s=1~q1YqULKqVioEEcVKVkYGYFBbWwsA", 2'000'000, 2025, 0.0091379},  // deflated form
    };
    for (const Row& row : rows) {
        INFO(row.fragment);
        const Result<Scenario> scenario = decode_link(row.fragment);
        REQUIRE(scenario.ok());
        CHECK(scenario.value().publishing_quick == quick_terms(row.streams, row.year, row.revenue));
    }
}

namespace {
// Every leaf of `expected` (objects walked, arrays and scalars compared whole) has the same value in `actual`.
void check_leaves(const json& expected, const json& actual, const std::string& at) {
    if (expected.is_object()) {
        for (const auto& [key, value] : expected.items()) {
            INFO(at + "/" + key);
            REQUIRE(actual.is_object());
            REQUIRE(actual.contains(key));
            check_leaves(value, actual[key], at + "/" + key);
        }
        return;
    }
    INFO(at);
    CHECK(actual == expected);
}
}  // namespace

namespace {
// Whether any "corrections" list in `result` holds a correction with this id.
bool lists_correction(const json& result, const std::string& id) {
    if (result.is_object()) {
        if (const auto list = result.find("corrections"); list != result.end() && list->is_array())
            for (const json& c : *list)
                if (c.value("id", "") == id) return true;
        for (const auto& [key, value] : result.items())
            if (lists_correction(value, id)) return true;
    } else if (result.is_array()) {
        for (const json& value : result)
            if (lists_correction(value, id)) return true;
    }
    return false;
}
}  // namespace

namespace {
// The format version whose links a tests/compat file holds: "format-2-links.json" → "2".
std::string compat_file_version(const EmbeddedFile& file) {
    const std::string name = file.name;
    return name.substr(7, name.find('-', 7) - 7);
}
}  // namespace

// tests/compat/format-<N>-links.json: links made by version N (format 1: the rows above, every preset of the
// time, a full §115 offering; format 2: the presets added since) with the full scenario and every number of the
// result as version N computed them.
TEST_CASE("released links of every format open with their old inputs and numbers", "[link][compatibility]") {
    REQUIRE(dealsheet::test::compat_links_count >= 1);
    std::size_t links = 0;
    for (std::size_t file = 0; file < dealsheet::test::compat_links_count; ++file) {
        for (const json& row : json::parse(dealsheet::test::compat_links[file].text)) {
            const std::string fragment = row["link"].get<std::string>();
            INFO(row["name"].get<std::string>() << " " << fragment);
            REQUIRE(fragment.starts_with("#s=" + compat_file_version(dealsheet::test::compat_links[file])));
            const Result<Scenario> scenario = decode_link(fragment);
            REQUIRE(scenario.ok());
            // Inputs: every field the version had keeps its value (fields added since take neutral defaults).
            json expected_scenario = row["scenario"];
            expected_scenario.erase("version");
            check_leaves(expected_scenario, json::parse(scenario_to_json(scenario.value())), "");
            // Numbers: every number and flag of the version's result, at the same place.
            const Result<ScenarioResult> result = calculate(scenario.value());
            REQUIRE(result.ok());
            const json actual = json::parse(result_to_json(result.value()));
            // A correction of how a deal is applied (recording.hpp, Correction) changes numbers on purpose, with
            // no format change: a result that lists one may differ in the master-side deal's parts.
            // The Loud & Clear 2025 odds gained the report's $500k tier (offers.cpp): its comparisons and answers
            // may differ too.
            const bool corrected = lists_correction(actual, "party-advance-recording-cost") ||
                                   lists_correction(actual, "loud-and-clear-2025-500k-tier");
            for (const auto& [pointer, value] : row["numbers"].items()) {
                if (pointer == "/format_version") continue;  // the result says which version computed it
                if (corrected &&
                    (pointer.starts_with("/release/recording") || pointer.starts_with("/release/answers") ||
                     pointer.starts_with("/release/accounts") || pointer.starts_with("/comparison")))
                    continue;
                INFO(pointer);
                const json::json_pointer where(pointer);
                REQUIRE(actual.contains(where));
                CHECK(actual[where] == value);
            }
            ++links;
        }
    }
    CHECK(links >= 21);
}

// A preset's link is pinned once, by the first format version that bundled it: a preset whose numbers or
// migration break fails above by name.
TEST_CASE("every bundled preset has exactly one pinned link", "[link][compatibility]") {
    std::map<std::string, int> pinned;
    for (std::size_t file = 0; file < dealsheet::test::compat_links_count; ++file)
        for (const json& row : json::parse(dealsheet::test::compat_links[file].text))
            ++pinned[row["name"].get<std::string>()];
    for (const EmbeddedFile& preset : presets()) {
        const std::string name = preset.name;
        INFO(name);
        CHECK(pinned["preset-" + name.substr(0, name.size() - std::string(".json").size())] == 1);
    }
}

// The same body as a JSON document without "version" is version 1 too.
TEST_CASE("a JSON scenario without a version keeps version 1's defaults", "[link][compatibility]") {
    const Scenario v1 = scenario_from_json("{}").value();
    CHECK(v1.publishing_quick.year == 2025);
    CHECK(v1.publishing.offering.year == 2025);
    const Scenario v2 = scenario_from_json(R"({"version":2})").value();
    CHECK(v2 == Scenario{});
    CHECK(v2.publishing_quick.year == 2026);  // a fixed year: never the calendar's
    // A field the version-1 body sets is kept, not overwritten by the old default.
    CHECK(scenario_from_json(R"({"publishing":{"quick":{"year":2019}}})").value().publishing_quick.year == 2019);
    // A wrong type where a default is filled in is still reported at its path, not replaced.
    const Result<Scenario> bad = scenario_from_json(R"({"publishing":{"quick":7}})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.problems().front().field == "publishing.quick");
}

TEST_CASE("the migration fills an old default wherever a body leaves it out, list elements included",
          "[link][compatibility]") {
    json body = json::parse(R"({"recording":{"points":[{"name":"A"},{"name":"B","convention":"x"},7]},"title":"t"})");
    detail::fill_default(body, "recording.points[].convention", "record_one");
    CHECK(body["recording"]["points"][0]["convention"] == "record_one");  // absent: the old default
    CHECK(body["recording"]["points"][1]["convention"] == "x");           // present: kept
    CHECK(body["recording"]["points"][2] == 7);                           // a wrong type: left to the reader
    detail::fill_default(body, "compare.offers[].record_one", false);     // an absent list: nothing to fill
    CHECK_FALSE(body.contains("compare"));
    detail::fill_default(body, "publishing.quick.year", 2025);  // absent objects are created
    CHECK(body["publishing"]["quick"]["year"] == 2025);
    detail::fill_default(body, "title.x", 1);  // through a non-object: untouched
    CHECK(body["title"] == "t");
}

TEST_CASE("a new scenario starts at the year it is made in", "[link]") {
    const Scenario fresh = new_scenario(2027);
    CHECK(fresh.publishing_quick.year == 2027);
    CHECK(fresh.publishing.offering.year == 2027);
    Scenario expected;
    expected.publishing_quick.year = 2027;
    expected.publishing.offering.year = 2027;
    CHECK(fresh == expected);
    // Its link names the year, so it opens at 2027 in any later version.
    CHECK(decode_link("#" + encode_link(fresh)).value() == fresh);
}

TEST_CASE("hostile and damaged links are refused with a message naming the problem", "[link][hostile]") {
    CHECK(problems_of(std::string(max_link_fragment_chars + 1, 'A')).front().message.find("too long") !=
          std::string::npos);
    CHECK(problems_of("#q=1.e30").front().message.find("not a Dealsheet scenario link") != std::string::npos);
    CHECK(problems_of("#s=e30").front().message.find("no format version") != std::string::npos);
    CHECK(problems_of("#s=.e30").front().message.find("no format version") != std::string::npos);
    CHECK(problems_of("#s=x1.e30").front().message.find("no format version") != std::string::npos);
    CHECK(problems_of("#s=0.e30").front().message.find("impossible format version") != std::string::npos);
    CHECK(problems_of("#s=3.e30").front().message.find("newer Dealsheet") != std::string::npos);
    CHECK(problems_of("#s=99999999999999999999.e30").front().field == "link");
    CHECK(problems_of("#s=1.e30%").front().message.find("characters a Dealsheet link never has") != std::string::npos);
    CHECK(problems_of("#s=1.eyJwIjp7InEiOnsicyI6MjAwMDAw").front().message.find("damaged") != std::string::npos);
    CHECK(problems_of("#s=1." + base64url_encode("[1]")).front().message.find("not a scenario") != std::string::npos);
    CHECK(problems_of("#s=1." + base64url_encode(std::string(2000, '[') + std::string(2000, ']'))).front().field ==
          "link");
    CHECK(problems_of("#s=1." + base64url_encode(R"({"p":{"q":{"zz":1}}})")).front().field == "publishing.quick.zz");
}

TEST_CASE("a link with an impossible value names the field", "[link][hostile]") {
    const Problems problems = problems_of("#s=1." + base64url_encode(R"({"p":{"q":{"y":1999,"s":-3}}})"));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].field == "publishing.quick.streams");
    CHECK(problems[1].field == "publishing.quick.year");
}

TEST_CASE("random bytes never crash the decoder", "[link][hostile][property]") {
    std::mt19937_64 random(99);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=s#%{}";
    for (int i = 0; i < 3000; ++i) {
        std::string fragment = (i % 2 == 0) ? "s=1." : "";
        const size_t length = random() % 200;
        for (size_t j = 0; j < length; ++j) fragment += alphabet[random() % alphabet.size()];
        const Result<Scenario> result = decode_link(fragment);
        if (result.ok())
            CHECK(validate(result.value()).empty());
        else
            CHECK_FALSE(result.problems().front().message.empty());
    }
}

TEST_CASE("the readable query form opens hand-written KB links", "[link][query]") {
    // Billboard's 2026 figure for 1M streams: $1,398.10 (domain notes 5.3).
    const Result<Scenario> plain = decode_link("https://example.org/dealsheet/?streams=1000000&year=2026");
    REQUIRE(plain.ok());
    CHECK(plain.value().publishing_quick.streams == 1'000'000);
    CHECK(plain.value().publishing_quick.year == 2026);
    CHECK(plain.value().release.streaming.platforms.front().streams.total == 1'000'000);  // the song's streams

    const Result<Scenario> preset =
        decode_link("?preset=producer-3-of-18-points&recording.royalty_rate=20&title=My+single%21");
    REQUIRE(preset.ok());
    CHECK(preset.value().title == "My single!");
    CHECK(preset.value().release.recording.royalty_rate_ppm == 200'000);
    CHECK(preset.value().release.recording.points.size() == 1);  // from the preset

    // A fragment wins over the query (the app writes its edits to the fragment).
    CHECK(decode_link("?year=2019#s=1.e30").value().publishing_quick.year == 2025);
    CHECK(decode_link("?year=2019#").value().publishing_quick.year == 2019);

    // Like a JSON document, a query without "version" is version 1: what it leaves out takes version 1's
    // defaults, so a knowledge-base link keeps its numbers.
    CHECK(decode_link("?streams=2000000").value().publishing_quick.year == 2025);
    CHECK(decode_link("?streams=2000000&version=2").value().publishing_quick.year == 2026);
    CHECK(decode_link("?version=3").problems().front().field == "version");
    // A preset sets what the parameters leave, at its own version, whatever the query's version.
    CHECK(decode_link("?preset=billboard-1m-streams-2025&version=2").value().publishing_quick.year == 2025);
    CHECK(decode_link("?preset=producer-3-of-18-points").value() ==
          scenario_from_json(find_preset("producer-3-of-18-points")->text).value());
}

TEST_CASE("bad query links name what is wrong", "[link][query][hostile]") {
    CHECK(decode_link("?preset=nope").problems().front().field == "preset");
    CHECK(decode_link("?preset=nope").problems().front().message.find("billboard-1m-streams-2025") !=
          std::string::npos);
    CHECK(decode_link("?year=1999").problems().front().field == "publishing.quick.year");
    CHECK(decode_link("?recording.royalty_rat=20").problems().front().field == "recording.royalty_rat");
    CHECK(decode_link("?title=%zz").problems().front().message.find("%-escape") != std::string::npos);
    // Found by fuzzing: raw or escaped bytes that are not UTF-8 used to reach the JSON writer (which throws).
    CHECK(decode_link("?title=\xb3\x86\xd4\x84ingle").problems().front().message.find("UTF-8") != std::string::npos);
    CHECK(decode_link("?title=%C3%28").problems().front().message.find("UTF-8") != std::string::npos);
    CHECK(decode_link("?title=%ED%A0%80").problems().front().message.find("UTF-8") != std::string::npos);  // surrogate
    CHECK(decode_link("?title=%F0%9F%8E%B5").value().title == "\xF0\x9F\x8E\xB5");  // U+1F3B5 is fine
    Scenario bad;
    bad.title = "\xC0\xAF";  // overlong '/'
    CHECK(validate(bad).front().field == "title");
    CHECK(decode_link("?streams=lots").problems().front().field == "publishing.quick.streams");
    CHECK(decode_link("?title.x=1").problems().front().field == "title");
    CHECK(decode_link("?" + std::string(5000, 'a')).problems().front().message.find("too long") != std::string::npos);
}

TEST_CASE("a deal with 6 co-writers and 3 producers fits in a 600-character link", "[link][size]") {
    // Issue #5 target. Names, deals, an advance, two platforms with a decay curve, costs and three points
    // parties with their own conventions: the link is deflate-compressed because that is shorter.
    const Result<Scenario> scenario = scenario_from_json(R"({"title":"Single with six writers and three producers",
        "publishing":{"quick":{"streams":5000000,"year":2026},
          "writers":[{"name":"Ana","deal":"standard","advance":5000},{"name":"Ben","deal":"co_publishing"},{"name":"Cleo"},
                     {"name":"Dev","deal":"administration","admin_fee":15},{"name":"Eli","deal":"standard"},
                     {"name":"Fay","deal":"co_publishing"}]},
        "streaming":{"platforms":[{"platform":"spotify","streams":{"shape":"decay","first_month":800000,"decay":8,"months":24}},
                                  {"platform":"apple_music","streams":{"total":900000}}]},
        "recording":{"royalty_rate":20,"costs":[{"kind":"recording","amount":40000},{"kind":"video","amount":20000}],
          "points":[{"name":"Prod A","points":3,"advance":10000},
                    {"name":"Prod B","points":2,"tracks_on":1,"tracks_total":2,"convention":"record_one"},
                    {"name":"Mixer","role":"mixer","points":1,"convention":"retroactive_net_rate"}]},
        "answers":{"fee_choices":[{"party":0,"fee_full":15000,"fee_reduced":7500}]}})");
    REQUIRE(scenario.ok());
    const std::string fragment = encode_link(scenario.value());
    INFO(fragment.size() << " characters: " << fragment);
    CHECK(fragment.rfind("s=2~", 0) == 0);  // compressed
    CHECK(fragment.size() <= 600);
    const Result<Scenario> back = decode_link(fragment);
    REQUIRE(back.ok());
    CHECK(back.value() == scenario.value());
}

TEST_CASE("damaged compressed links and zip bombs are refused", "[link][hostile]") {
    Scenario scenario;
    scenario.title = std::string(120, 'a') + " and a title long enough to compress well, well, well";
    const std::string fragment = encode_link(scenario);
    REQUIRE(fragment.rfind("s=2~", 0) == 0);
    CHECK(decode_link(fragment).value() == scenario);
    for (size_t cut = 5; cut < fragment.size(); cut += 3) {  // every truncation: a message, never a crash
        const Result<Scenario> truncated = decode_link(fragment.substr(0, cut));
        if (!truncated.ok()) CHECK(truncated.problems().front().field == "link");
    }
    // 1 MiB of spaces, compressed to a few hundred bytes: refused while inflating (limit 16 KiB).
    const std::string bomb = "s=1~" + base64url_encode(deflate_raw(std::string(1 << 20, ' ')));
    REQUIRE(bomb.size() < max_link_fragment_chars);
    CHECK(decode_link(bomb).problems().front().message.find("expand") != std::string::npos);
}

TEST_CASE("page options (embed, panel, theme, readonly, id) are not scenario fields", "[link]") {
    // An embed's query: the options configure the page; the preset and the field set the scenario.
    const Result<Scenario> embedded = decode_link(
        "https://example.org/"
        "?embed=1&panel=points&theme=dark&readonly=1&id=a&preset=fee-or-points&recording.royalty_rate=20");
    REQUIRE(embedded.ok());
    CHECK(embedded.value().release.recording.royalty_rate_ppm == 200'000);
    CHECK(embedded.value().release.recording.points.size() == 1);  // from the preset
    // Options alone: the default scenario. Beside a fragment: the fragment's scenario.
    // Options alone name no scenario: today's defaults, as a plain visit opens (a view has no inputs to keep).
    CHECK(decode_link("https://example.org/?embed=1&panel=compare").value() == Scenario{});
    CHECK(decode_link("?q=fee-or-points&theme=dark").value() == Scenario{});
    CHECK(decode_link("https://example.org/?embed=1#s=1.eyJyIjp7InIiOjE1MH19").problems().front().field ==
          "recording.royalty_rate");
    // Anything else is still named.
    CHECK(decode_link("?embedd=1").problems().front().field == "embedd");
}

// The master-side defaults version 2 changed (recording.hpp, points.hpp): a version-1 link keeps its old inputs.
TEST_CASE("version-1 links keep the master-side defaults they were made with", "[link][compatibility]") {
    // A pinned version-1 link: a label deal with one 3-point producer and nothing else set.
    const Result<Scenario> pinned = decode_link("#s=1." + base64url_encode(R"({"r":{"x":[{"p":3}]}})"));
    REQUIRE(pinned.ok());
    const RecordingTerms& deal = pinned.value().release.recording;
    CHECK(deal.costs.empty());  // version 1's label deal had no recording costs
    REQUIRE(deal.points.size() == 1);
    CHECK(deal.points[0].convention == PaymentConvention::retroactive_combined_rate);  // version 1's default
    CHECK(deal.points[0].points_ppm == 30'000);
    // The same body at version 2 takes the new defaults.
    const Result<Scenario> now = decode_link("#s=2." + base64url_encode(R"({"r":{"x":[{"p":3}]}})"));
    REQUIRE(now.ok());
    CHECK(now.value().release.recording.costs == default_label_deal().costs);
    CHECK(now.value().release.recording.points[0].convention == PaymentConvention::retroactive_net_rate);
    // A version-1 net-profit deal keeps the royalty-deal fractions it was computed with (video 50%, independent
    // promotion 50% for an established act); version 2 counts every cost at 100% unless a fraction is set.
    const char* profit = R"({"recording":{"type":"net_profit","established_artist":true,"costs":[
        {"kind":"video","amount":1000},{"kind":"independent_promotion","amount":1000},
        {"kind":"tour_support","amount":1000},{"kind":"video","amount":1000,"recoupable":80}]}})";
    const Scenario v1 = scenario_from_json(profit).value();
    REQUIRE(v1.release.recording.costs.size() == 4);
    CHECK(v1.release.recording.costs[0].recoupable_ppm == std::optional<std::int64_t>(500'000));
    CHECK(v1.release.recording.costs[1].recoupable_ppm == std::optional<std::int64_t>(500'000));
    CHECK_FALSE(v1.release.recording.costs[2].recoupable_ppm.has_value());
    CHECK(v1.release.recording.costs[3].recoupable_ppm == std::optional<std::int64_t>(800'000));
    json body = json::parse(profit);
    body["version"] = 2;
    const Scenario v2 = scenario_from_json(body.dump()).value();
    CHECK_FALSE(v2.release.recording.costs[0].recoupable_ppm.has_value());
    CHECK_FALSE(v2.release.recording.costs[1].recoupable_ppm.has_value());
}

TEST_CASE("a link's format version is read as decode_link reads it", "[link]") {
    CHECK(link_format_version("#s=1.eyJ0Ijoi") == 1);
    CHECK(link_format_version("https://example.org/?q=fee-or-points#s=2~abc") == 2);
    CHECK(link_format_version("s=12.x") == 12);
    CHECK(link_format_version("#" + encode_link(Scenario{})) == scenario_format_version);
    CHECK_FALSE(link_format_version("?streams=2000000").has_value());  // a readable link has no version
    CHECK_FALSE(link_format_version("").has_value());
    CHECK_FALSE(link_format_version("#s=.abc").has_value());  // no digits
    CHECK_FALSE(link_format_version("#s=1abc").has_value());  // no '.' or '~' after them
}
