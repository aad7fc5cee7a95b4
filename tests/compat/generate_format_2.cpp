// Writes tests/compat/format-2-links.json: run once, built against the version-2 core (commit ad8b96d), with the
// earlier versions' files as arguments. It pins each bundled preset that no earlier file pins (one link per preset)
// as a version-2 link. Never rerun against a later core: the file pins what version 2 computed.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"

using namespace dealsheet;
using nlohmann::json;

// Every number and flag of `result`, by JSON pointer (json::flatten lists every leaf).
json numbers(const json& result) {
    json out = json::object();
    const json leaves = result.flatten();
    for (const auto& [pointer, leaf] : leaves.items())
        if (leaf.is_number() || leaf.is_boolean()) out[pointer] = leaf;
    return out;
}

int main(int argc, char** argv) {
    std::set<std::string> pinned;
    for (int i = 1; i < argc; ++i)
        for (const json& row : json::parse(std::ifstream(argv[i]))) pinned.insert(row["name"].get<std::string>());
    json all = json::array();
    for (const EmbeddedFile& f : presets()) {
        const std::string file(f.name);
        const std::string name = "preset-" + file.substr(0, file.size() - 5);
        if (pinned.count(name) > 0) continue;
        const std::string link = "#" + encode_link(scenario_from_json(f.text).value());
        const Scenario s = decode_link(link).value();
        const json result = json::parse(result_to_json(calculate(s).value()));
        all.push_back({{"name", name},
                       {"link", link},
                       {"scenario", json::parse(scenario_to_json(s))},
                       {"numbers", numbers(result)}});
    }
    std::cout << all.dump(1) << "\n";
}
