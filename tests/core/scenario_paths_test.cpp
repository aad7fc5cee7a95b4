// Every problem a user sees names a field path that exists in the scenario JSON they wrote, whichever engine
// found it: each engine names the JSON path where it finds the problem (nothing rewrites paths afterwards).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "dealsheet/scenario_json.hpp"

using namespace dealsheet;
using nlohmann::json;

namespace {
// The node `path` ("a.b[2].c") names in `document`, or nullptr.
const json* find_path(const json& document, const std::string& path) {
    const json* node = &document;
    size_t start = 0;
    while (node && start < path.size()) {
        size_t end = path.find('.', start);
        if (end == std::string::npos) end = path.size();
        std::string segment = path.substr(start, end - start);
        const size_t bracket = segment.find('[');
        const std::string name = segment.substr(0, bracket);
        const auto it = node->find(name);
        node = it == node->end() ? nullptr : &*it;
        if (node && bracket != std::string::npos) {
            const size_t index = std::stoul(segment.substr(bracket + 1));
            node = node->is_array() && index < node->size() ? &(*node)[index] : nullptr;
        }
        start = end + 1;
    }
    return node;
}
}  // namespace

TEST_CASE("every validation problem names a path present in the user's JSON, in the user's units",
          "[scenario][validation]") {
    // One impossible value in each engine's percentages and lists (each row: the JSON, the path expected).
    const std::pair<const char*, const char*> rows[] = {
        {R"({"recording":{"royalty_rate":150}})", "recording.royalty_rate"},
        {R"({"recording":{"points":[{"points":30}]}})", "recording.points[0].points"},
        {R"({"recording":{"costs":[{"kind":"video","amount":10,"recoupable":120}]}})", "recording.costs[0].recoupable"},
        {R"({"publishing":{"equal_shares":false,"writers":[{"share":60},{"share":30}]}})", "publishing.writers"},
        {R"({"publishing":{"writers":[{"deal":"administration","admin_fee":140}]}})",
         "publishing.writers[0].admin_fee"},
        {R"({"publishing":{"collection":{"pro_commission":101}}})", "publishing.collection.pro_commission"},
        {R"({"streaming":{"platforms":[{"streams":{"shape":"decay","decay":101}}]}})",
         "streaming.platforms[0].streams.decay"},
        {R"({"streaming":{"pool":{"royalty_share":-1}}})", "streaming.pool.royalty_share"},
        {R"({"splits":{"distributor":{"commission":200}}})", "splits.distributor.commission"},
        {R"({"splits":{"collaborators":[{"share":70},{"share":40}]}})", "splits.collaborators"},
        {R"({"splits":{"distributor":{"name":"cd_baby"},"content_id":{"revenue_per_year":5}}})", "splits.content_id"},
    };
    for (const auto& [text, expected] : rows) {
        INFO(text);
        const Result<Scenario> result = scenario_from_json(text);
        REQUIRE_FALSE(result.ok());
        bool found = false;
        for (const Problem& problem : result.problems()) {
            INFO(problem.field << ": " << problem.message);
            CHECK(find_path(json::parse(text), problem.field) != nullptr);
            CHECK(problem.message.find("ppm") == std::string::npos);  // users write percent
            found = found || problem.field == expected;
        }
        CHECK(found);
    }
}
