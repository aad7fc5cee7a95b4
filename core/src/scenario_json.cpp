// Index of this file
// [SECTION] Reading helpers (type checks that never throw)
// [SECTION] Migrations
// [SECTION] Scenario body
// [SECTION] Public text API
#include "dealsheet/scenario_json.hpp"

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <utility>
#include <vector>

#include "scenario_json_detail.hpp"

namespace dealsheet {

using nlohmann::json;

namespace {

// [SECTION] Reading helpers (type checks that never throw)

std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string what_it_is(const json& value) {
    return std::string("a") + (value.is_object() || value.is_array() ? "n " : " ") + value.type_name();
}

// Checks that `value` is an object with no keys beyond `known`; reports each stranger by its path.
bool check_object(const json& value, const std::string& path, std::initializer_list<std::string_view> known,
                  Problems& problems) {
    if (!value.is_object()) {
        problems.push_back({path, "must be an object (got " + what_it_is(value) + ")"});
        return false;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        bool is_known = false;
        for (std::string_view name : known) is_known = is_known || it.key() == name;
        if (!is_known) problems.push_back({join(path, it.key()), "is not a field of this format (misspelt?)"});
    }
    return true;
}

// Reads a whole number into `out` when the key is present; leaves the default otherwise.
void read_whole(const json& object, std::string_view key, const std::string& path, std::int64_t& out,
                Problems& problems) {
    const auto it = object.find(key);
    if (it == object.end()) return;
    const std::string field = join(path, key);
    if (it->is_number_unsigned()) {
        const std::uint64_t value = it->get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            problems.push_back({field, "is too large"});
        else
            out = static_cast<std::int64_t>(value);
    } else if (it->is_number_integer()) {
        out = it->get<std::int64_t>();
    } else if (it->is_number_float()) {
        const double value = it->get<double>();
        if (!std::isfinite(value) || std::abs(value) >= 9.2e18)
            problems.push_back({field, "is too large"});
        else if (value != std::floor(value))
            problems.push_back({field, "must be a whole number (got " + it->dump() + ")"});
        else
            out = static_cast<std::int64_t>(value);
    } else {
        problems.push_back({field, "must be a number (got " + what_it_is(*it) + ")"});
    }
}

void read_whole(const json& object, std::string_view key, const std::string& path, int& out, Problems& problems) {
    std::int64_t wide = out;
    read_whole(object, key, path, wide, problems);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        problems.push_back({join(path, key), "is out of range (got " + std::to_string(wide) + ")"});
    else
        out = static_cast<int>(wide);
}

void read_number(const json& object, std::string_view key, const std::string& path, double& out,
                 Problems& problems) {
    const auto it = object.find(key);
    if (it == object.end()) return;
    if (!it->is_number()) {
        problems.push_back({join(path, key), "must be a number (got " + what_it_is(*it) + ")"});
        return;
    }
    const double value = it->get<double>();
    if (!std::isfinite(value))
        problems.push_back({join(path, key), "must be a finite number"});
    else
        out = value;
}

// [SECTION] Migrations
// Each step turns a body of version v into one of version v+1, filling in the defaults version v had for
// fields it omitted when a later version changed them. Version 1 is the first: there are no steps yet.
bool migrate_to_current(json& /*body*/, int version, Problems& problems) {
    if (version < 1 || version > scenario_format_version) {
        problems.push_back({"version", version > scenario_format_version
                                           ? "was written by a newer Dealsheet (format version " +
                                                 std::to_string(version) + "); this one reads versions 1 to " +
                                                 std::to_string(scenario_format_version)
                                           : "must be a format version from 1 to " +
                                                 std::to_string(scenario_format_version)});
        return false;
    }
    return true;
}

// Removes from `value` every member equal to the same member of `defaults`; drops emptied objects.
void remove_defaults(json& value, const json& defaults) {
    for (auto it = value.begin(); it != value.end();) {
        const auto def = defaults.find(it.key());
        if (def != defaults.end() && it->is_object() && def->is_object()) {
            remove_defaults(*it, *def);
            it = it->empty() ? value.erase(it) : std::next(it);
        } else if (def != defaults.end() && *it == *def) {
            it = value.erase(it);
        } else {
            ++it;
        }
    }
}

json money(Micros amount) { return {{"micros", amount}, {"display", format_usd(amount)}}; }

}  // namespace

// [SECTION] Scenario body

namespace detail {

json scenario_body(const Scenario& scenario, bool only_changes) {
    const QuickEstimateTerms& quick = scenario.publishing_quick;
    json body = {{"title", scenario.title},
                 {"publishing",
                  {{"quick",
                    {{"streams", quick.streams},
                     {"year", quick.year},
                     {"revenue_per_stream", quick.revenue_per_stream}}}}}};
    if (only_changes) remove_defaults(body, scenario_body(Scenario{}, false));
    return body;
}

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
    if (check_object(body, "", {"format", "version", "title", "publishing"}, problems)) {
        if (const auto title = body.find("title"); title != body.end()) {
            if (title->is_string())
                scenario.title = title->get<std::string>();
            else
                problems.push_back({"title", "must be a string (got " + what_it_is(*title) + ")"});
        }
        if (const auto publishing = body.find("publishing"); publishing != body.end() &&
            check_object(*publishing, "publishing", {"quick"}, problems)) {
            if (const auto quick = publishing->find("quick"); quick != publishing->end() &&
                check_object(*quick, "publishing.quick", {"streams", "year", "revenue_per_stream"}, problems)) {
                QuickEstimateTerms& terms = scenario.publishing_quick;
                read_whole(*quick, "streams", "publishing.quick", terms.streams, problems);
                read_whole(*quick, "year", "publishing.quick", terms.year, problems);
                read_number(*quick, "revenue_per_stream", "publishing.quick", terms.revenue_per_stream, problems);
            }
        }
    }
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
    json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) return Problems{{"", "is not valid JSON"}};
    if (!document.is_object()) return Problems{{"", "must be a JSON object (got " + what_it_is(document) + ")"}};
    if (detail::nested_deeper_than(document, detail::max_json_depth))
        return Problems{{"", "nests deeper than any scenario (" + std::to_string(detail::max_json_depth) + " levels)"}};

    Problems problems;
    if (const auto format = document.find("format");
        format != document.end() && !(format->is_string() && *format == "dealsheet-scenario"))
        problems.push_back({"format", "must be \"dealsheet-scenario\" (got " + format->dump() + ")"});
    int version = 1;  // absent: the first format, whose meaning never changes
    if (document.contains("version")) {
        std::int64_t wide = 0;
        read_whole(document, "version", "", wide, problems);
        version = (wide >= 1 && wide <= 1'000'000) ? static_cast<int>(wide) : 0;
    }
    if (!problems.empty()) return problems;
    return detail::read_scenario_body(std::move(document), version);
}

std::string scenario_to_json(const Scenario& scenario, bool only_changes, int indent) {
    json document = {{"format", "dealsheet-scenario"}, {"version", scenario_format_version}};
    document.update(detail::scenario_body(scenario, only_changes));
    return document.dump(indent);
}

std::string result_to_json(const ScenarioResult& result, int indent) {
    const QuickEstimate& quick = result.publishing_quick;
    json assumptions = json::array();
    for (const Assumption& a : quick.assumptions)
        assumptions.push_back(
            {{"name", a.name}, {"value", a.value}, {"source", a.source}, {"tag", a.tag}, {"as_of", a.as_of}});
    const json document = {
        {"ok", true},
        {"format_version", scenario_format_version},
        {"publishing_quick",
         {{"service_revenue", money(quick.service_revenue)},
          {"publishing_total", money(quick.publishing_total)},
          {"rate",
           {{"year", quick.rate.year},
            {"rate_ppm", quick.rate.rate_ppm},
            {"proceeding", quick.rate.proceeding},
            {"source", quick.rate.source},
            {"tag", quick.rate.tag},
            {"as_of", quick.rate.as_of}}},
          {"assumptions", assumptions}}}};
    return document.dump(indent);
}

std::string problems_to_json(const Problems& problems, int indent) {
    json list = json::array();
    for (const Problem& p : problems) list.push_back({{"field", p.field}, {"message", p.message}});
    return json{{"ok", false}, {"problems", list}}.dump(indent);
}

}  // namespace dealsheet
