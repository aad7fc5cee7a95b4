// Writes tests/compat/format-1-links.json: run once, built against the version-1 core (commit c2dfce4). Never rerun
// against a later core: the file pins what version 1 computed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
using namespace dealsheet;
using nlohmann::json;
void numbers(const json& v, const std::string& at, json& out) {
    if (v.is_object()) {
        for (auto& [k, c] : v.items()) numbers(c, at + "/" + k, out);
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i) numbers(v[i], at + "/" + std::to_string(i), out);
    } else if (v.is_number() || v.is_boolean())
        out[at] = v;
}
int main(int argc, char** argv) {
    std::vector<std::pair<std::string, std::string>> links;  // name, fragment
    links.push_back({"default", "#s=1.e30"});
    links.push_back({"streams-2m", "#s=1.eyJwIjp7InEiOnsicyI6MjAwMDAwMH19fQ"});
    links.push_back({"year-2018-own-revenue", "#s=1.eyJwIjp7InEiOnsiciI6MC4wMDQsInMiOjI1MDAwMDAsInkiOjIwMTh9fX0"});
    links.push_back({"streams-2m-deflated", "#s=1~q1YqULKqVioEEcVKVkYGYFBbWwsA"});
    for (const EmbeddedFile& f : presets()) {
        Scenario s = scenario_from_json(f.text).value();
        std::string name = std::string(f.name);
        name = "preset-" + name.substr(0, name.size() - 5);
        links.push_back({name, "#" + encode_link(s)});
    }
    // The full publishing method, which the presets do not reach
    {
        Scenario s =
            scenario_from_json(
                R"({"version":1,"publishing":{"method":"full","offering":{"service_revenue":1000000,"payments_to_labels":2000000,"performance_royalties":50000,"subscribers":{"individual":100000,"family":20000,"student":10000},"plays":{"total":5000000,"promotional":1000,"free_trial":2000},"work_plays":{"total":10000,"promotional":10,"free_trial":20}}}})")
                .value();
        links.push_back({"full-offering", "#" + encode_link(s)});
    }
    json all = json::array();
    for (auto& [name, link] : links) {
        Scenario s = decode_link(link).value();
        json result = json::parse(result_to_json(calculate(s).value()));
        json nums = json::object();
        numbers(result, "", nums);
        all.push_back(
            {{"name", name}, {"link", link}, {"scenario", json::parse(scenario_to_json(s))}, {"numbers", nums}});
    }
    std::cout << all.dump(1) << "\n";
}
