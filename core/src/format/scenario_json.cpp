// Index of this file
// [SECTION] Migrations
// [SECTION] Scenario body
// [SECTION] Public text API
#include "dealsheet/scenario_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "format/result_json.hpp"
#include "format/scenario_fields.hpp"
#include "format/scenario_json_detail.hpp"

namespace dealsheet {

using nlohmann::json;

namespace {

// [SECTION] Migrations
// A body of version v means "every field I omit has version v's default". Each step turns a body of version
// v into one of version v+1: it writes out, where the body omits them, the old defaults of the fields whose
// default version v+1 changed (and converts any field whose meaning changed). The steps run in order, so a
// version-1 link reads as the current version with exactly its old inputs.

// A field whose default changed, and the default it had before. `path` is dotted JSON names; a segment
// ending in "[]" means every element of that list (a list that is absent takes its default, whose elements
// take the new defaults: when a list's default elements are affected, list the whole list first, with its
// old default, then its elements' fields).
struct ChangedDefault {
    const char* path;
    const char* old_value;  // JSON text of the old default
};

// Version 1 → 2 (CHANGELOG.md, docs/scenario-format.md "Versions"). Add every further changed default of
// version 2 here, with the value version 1 had: a link made with version 1 must open with its old numbers.
constexpr ChangedDefault changed_in_2[] = {
    // The rate year: a fixed year, never "this year" (a default that moves with the calendar would change old
    // links' numbers); a new scenario gets the current year from new_scenario(), explicitly.
    {"publishing.quick.year", "2025"},
    {"publishing.offering.year", "2025"},
    // One song, one truth: the quick estimate follows the release's streams (× publishing.quick.us_share) unless
    // the user enters its own count; version 1 had its own count, 1,000,000.
    {"publishing.quick.streams", "1000000"},
    // Plan weights follow the rule's year (family 1.75 from 2023, §385.21(e)); version 1 had 1 / 1.5 / 0.5 for all years.
    {"publishing.offering.subscriber_weights.individual", "1"},
    {"publishing.offering.subscriber_weights.family", "1.5"},
    {"publishing.offering.subscriber_weights.student", "0.5"},
    // The label deal opens with $200,000 of recording costs (recording.hpp, IFPI 2012); version 1 had none.
    {"recording.costs", "[]"},
    // Points are paid retroactively at the net rate by default (points.hpp: MusicTechPolicy 2012); version 1
    // defaulted to the combined rate.
    {"recording.points[].convention", "\"retroactive_combined_rate\""},
    // Backend odds: Loud & Clear 2026 is the default report, and 24.8% of releases never stream (Luminate
    // 2023); version 1 used the 2025 report's tiers with no releases at 0 streams.
    {"compare.outcomes.report", "\"2025\""},
    {"compare.outcomes.never_streams", "0"},
};

// Version 1 → 2, a default that depends on another field: a net-profit deal now counts a cost without a
// fraction at 100% (domain-2026 §3); version 1 used the royalty-deal defaults, which differ from 100% only for
// video (50%) and independent promotion (50% for an established act). Those costs get their old fraction.
void keep_profit_deal_fractions_of_1(json& body) {
    const auto recording = body.find("recording");
    if (recording == body.end() || !recording->is_object()) return;
    const auto type = recording->find("type");
    if (type == recording->end() || *type != "net_profit") return;
    const auto established = recording->find("established_artist");
    const bool is_established = established != recording->end() && *established == true;
    const auto costs = recording->find("costs");
    if (costs == recording->end() || !costs->is_array()) return;
    for (json& cost : *costs) {
        if (!cost.is_object() || cost.contains("recoupable")) continue;
        const auto kind = cost.find("kind");
        if (kind == cost.end()) continue;  // "recording": 100% either way
        if (*kind == "video" || (*kind == "independent_promotion" && is_established)) cost["recoupable"] = 50;
    }
}

}  // namespace

void detail::fill_default(json& at, std::string_view path, const json& old_value) {
    if (!at.is_object()) return;  // a wrong type is reported by the reader, with its path
    const size_t dot = path.find('.');
    const std::string_view segment = path.substr(0, dot);
    if (dot == std::string_view::npos) {
        if (!at.contains(segment)) at[std::string(segment)] = old_value;
        return;
    }
    const std::string_view rest = path.substr(dot + 1);
    if (segment.ends_with("[]")) {
        const auto list = at.find(segment.substr(0, segment.size() - 2));
        if (list == at.end() || !list->is_array()) return;
        for (json& element : *list) fill_default(element, rest, old_value);
        return;
    }
    auto child = at.find(segment);
    if (child == at.end()) {
        if (rest.find("[]") != std::string_view::npos) return;  // an absent list takes its default: nothing to fill
        child = at.emplace(std::string(segment), json::object()).first;  // the old default still applies
    }
    fill_default(*child, rest, old_value);
}

namespace {

void fill_defaults(json& body, std::span<const ChangedDefault> changes) {
    for (const ChangedDefault& change : changes)
        detail::fill_default(body, change.path, detail::parse_json(change.old_value));
}

bool migrate_to_current(json& body, int version, Problems& problems) {
    if (version < 1 || version > scenario_format_version) {
        problems.push_back({"version", version > scenario_format_version
                                           ? "was written by a newer Dealsheet (format version " +
                                                 std::to_string(version) + "): open it in the latest Dealsheet"
                                       : scenario_format_version == 1 ? std::string("must be 1, the format version")
                                                                      : "must be a format version from 1 to " +
                                                                            std::to_string(scenario_format_version)});
        return false;
    }
    if (version < 2) {
        fill_defaults(body, changed_in_2);
        keep_profit_deal_fractions_of_1(body);
    }
    return true;
}

}  // namespace

// [SECTION] Scenario body

namespace detail {

json scenario_body(const Scenario& scenario, bool only_changes) { return Writer::write(scenario, only_changes); }

bool nested_deeper_than(const json& value, int limit) {
    std::vector<std::pair<const json*, int>> pending{{&value, 1}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (!node->is_structured()) continue;
        if (depth > limit) return true;
        for (const json& child : *node) pending.emplace_back(&child, depth + 1);
    }
    return false;
}

Result<Scenario> read_scenario_body(json body, int version) {
    Problems problems;
    if (!migrate_to_current(body, version, problems)) return problems;

    Scenario scenario;
    body.erase("format");  // both checked by the caller; the rest of the body is the scenario
    body.erase("version");
    Reader reader(body, "", problems);
    describe(reader, scenario);
    reader.finish();
    // Range checks only on fields that were read cleanly, so each field is reported once.
    for (Problem& problem : validate(scenario)) {
        bool reported = false;
        for (const Problem& earlier : problems) reported = reported || earlier.field == problem.field;
        if (!reported) problems.push_back(std::move(problem));
    }
    if (!problems.empty()) return problems;
    return scenario;
}

}  // namespace detail

// [SECTION] Public text API

Result<Scenario> scenario_from_json(std::string_view text) {
    if (text.size() > max_scenario_json_bytes)
        return Problems{{"", "scenario JSON is too large (" + std::to_string(text.size()) + " bytes; the limit is " +
                                 std::to_string(max_scenario_json_bytes) + ")"}};
    json document = detail::parse_json(text);
    if (document.is_discarded()) return Problems{{"", "is not valid JSON"}};
    if (!document.is_object())
        return Problems{{"", "must be a JSON object (got " + detail::what_it_is(document) + ")"}};
    if (detail::nested_deeper_than(document, detail::max_json_depth))
        return Problems{{"", "nests deeper than any scenario (" + std::to_string(detail::max_json_depth) + " levels)"}};

    Problems problems;
    if (const auto format = document.find("format");
        format != document.end() && !(format->is_string() && *format == "dealsheet-scenario"))
        problems.push_back({"format", "must be \"dealsheet-scenario\" (got " + format->dump() + ")"});
    int version = 1;  // absent: the first format, whose meaning never changes
    if (document.contains("version")) {
        const json& item = document["version"];  // is_number_integer(): signed or unsigned
        if (!item.is_number_integer())
            problems.push_back({"version", "must be a whole number (got " + detail::what_it_is(item) + ")"});
        else  // nonsense stays nonsense: < 1 is impossible, huge is "newer"
            version = static_cast<int>(std::clamp<std::int64_t>(item.get<std::int64_t>(), 0, 1'000'000));
    }
    if (!problems.empty()) return problems;
    return detail::read_scenario_body(std::move(document), version);
}

json detail::scenario_document(const Scenario& scenario, bool only_changes) {
    json document = {{"format", "dealsheet-scenario"}, {"version", scenario_format_version}};
    document.update(scenario_body(scenario, only_changes));
    return document;
}

std::string scenario_to_json(const Scenario& scenario, bool only_changes, int indent) {
    return detail::scenario_document(scenario, only_changes).dump(indent);
}

std::string scenario_json_schema() {
    json schema;
    detail::SchemaWriter writer(schema);
    Scenario defaults;
    describe(writer, defaults);
    json properties = {{"format", {{"const", "dealsheet-scenario"}}},
                       {"version",
                        {{"type", "integer"},
                         {"minimum", 1},
                         {"maximum", scenario_format_version},
                         {"description", "format version; absent means 1"}}}};
    properties.update(schema["properties"]);
    schema["properties"] = std::move(properties);
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = "https://dealsheet.invalid/scenario-" + std::to_string(scenario_format_version) + ".schema.json";
    schema["title"] = "Dealsheet scenario, format version " + std::to_string(scenario_format_version);
    schema["description"] =
        "Every field is optional and takes its default. Ranges and cross-field rules (shares "
        "totalling 100%, points within the artist rate, ...) are checked by Dealsheet's validation.";
    return schema.dump(2);
}

json detail::result_document(const ScenarioResult& result) {
    const QuickEstimate& quick = result.publishing_quick;
    return {
        {"ok", true},
        {"format_version", scenario_format_version},
        // The quick estimate keeps its first, flat shape (pages and tests read it); the rest follows result_json.hpp.
        {"publishing_quick",
         {{"streams", quick.streams},                                // the US on-demand streams estimated
          {"streams_follow_release", quick.streams_follow_release},  // true: the release's streams × us_share
          {"us_share_ppm", quick.us_share_ppm},
          {"service_revenue", detail::money_json(quick.service_revenue)},
          {"publishing_total", detail::money_json(quick.publishing_total)},
          {"rate",
           {{"year", quick.rate.year},
            {"rate_ppm", quick.rate.rate_ppm},
            {"proceeding", quick.rate.proceeding},
            {"source", quick.rate.source},
            {"tag", quick.rate.tag},
            {"as_of", quick.rate.as_of}}},
          {"assumptions", detail::assumptions_json(quick.assumptions)}}},
        {"publishing", detail::to_json(result.publishing)},
        {"publishing_by_year", detail::to_json(result.publishing_by_year)},
        {"release", detail::to_json(result.release)},
        // null unless the scenario compares offers on a label deal (offers.hpp)
        {"comparison", result.comparison ? detail::to_json(*result.comparison) : json(nullptr)}};
}

namespace detail {
json parse_json(std::string_view text) {
    return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}
}  // namespace detail

std::string result_to_json(const ScenarioResult& result, int indent) {
    return detail::result_document(result).dump(indent);
}

std::string problems_to_json(const Problems& problems, int indent) {
    json list = json::array();
    for (const Problem& p : problems) list.push_back({{"field", p.field}, {"message", p.message}});
    return json{{"ok", false}, {"problems", list}}.dump(indent);
}

}  // namespace dealsheet
