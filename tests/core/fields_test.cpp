// Tests for the field descriptions (core/src/format/fields.hpp, scenario_fields.hpp) that define the scenario's JSON
// and link forms: a visitor driven by the same descriptions fills EVERY field of a scenario with random
// values, and writing, reading, the defaults diff and the short-key renaming must all round-trip exactly.
// A field described with the wrong kind, a duplicate name or a duplicate short key fails here.
#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>

#include "dealsheet/link.hpp"
#include "dealsheet/scenario_json.hpp"
#include "format/scenario_fields.hpp"

using namespace dealsheet;
using dealsheet::detail::json;

namespace {

// Assigns random values to every described member (valid or not: this tests the format, not the engines).
class Randomizer {
public:
    explicit Randomizer(std::mt19937_64& random) : random_(random) {}

    void field(const char*, const char*, std::int64_t& v) {
        v = static_cast<std::int64_t>(random_() % 2'000'000'000'000ULL) - 1'000'000'000'000;
    }
    void field(const char*, const char*, int& v) { v = static_cast<int>(random_() % 5000) - 100; }
    void field(const char*, const char*, std::size_t& v) { v = random_() % 10; }
    void field(const char*, const char*, double& v) { v = static_cast<double>(random_() % 100'000'000) / 1e9; }
    void field(const char*, const char*, bool& v) { v = random_() % 2 == 1; }
    void field(const char*, const char*, std::string& v) { v = text(); }
    template <class T>
    void field(const char* name, const char* key, std::optional<T>& v) {
        if (random_() % 3 == 0)
            v.reset();
        else {
            T inner{};
            field(name, key, inner);
            v = inner;
        }
    }
    void money(const char*, const char*, std::int64_t& micros) {
        micros = static_cast<std::int64_t>(random_() % 200'000'000'000'000ULL) - 100'000'000'000'000;
    }
    void money(const char* name, const char* key, std::optional<std::int64_t>& v) {
        optional_scaled(name, key, v, true);
    }
    void percent(const char*, const char*, std::int64_t& ppm) {
        ppm = static_cast<std::int64_t>(random_() % 2'000'001);
    }
    void percent(const char* name, const char* key, std::optional<std::int64_t>& v) {
        optional_scaled(name, key, v, false);
    }
    void ratio(const char*, const char*, std::int64_t& ppm) { ppm = static_cast<std::int64_t>(random_() % 20'000'001); }
    void ratio(const char* name, const char* key, std::optional<std::int64_t>& v) {
        if (random_() % 3 == 0) {
            v.reset();
        } else {
            v.emplace();
            ratio(name, key, *v);
        }
    }
    void values(const char*, const char*, std::vector<std::int64_t>& items, size_t) {
        items.resize(random_() % 4);
        for (auto& item : items) item = static_cast<std::int64_t>(random_() % 1'000'000);
    }
    void values(const char*, const char*, std::vector<std::string>& items, size_t) {
        items.resize(random_() % 4);
        for (auto& item : items) item = text();
    }
    template <class E>
    void choice(const char*, const char*, E& value) {
        const std::vector<std::string_view> names = detail::json_names_of<E>();
        REQUIRE(names.size() >= 2);  // a choice of one is no choice: the enum's to_string is read wrongly
        value = static_cast<E>(random_() % names.size());
    }
    template <class T>
    void object(const char*, const char*, T& value) {
        describe(*this, value);
    }
    template <class Fn>
    void group(const char*, const char*, Fn&& fn) {
        fn(*this);
    }
    template <class T>
    void list(const char*, const char*, std::vector<T>& items, size_t) {
        items.assign(random_() % 4, T{});
        for (T& item : items) describe(*this, item);
    }

private:
    std::string text() {
        static const std::string pool[] = {"", "Ana", "Prod \"A\"", "Caf\xC3\xA9 \xE2\x80\x94 mix", "x"};
        return pool[random_() % 5];
    }
    void optional_scaled(const char* name, const char* key, std::optional<std::int64_t>& v, bool is_money) {
        if (random_() % 3 == 0) {
            v.reset();
            return;
        }
        std::int64_t inner = 0;
        if (is_money)
            money(name, key, inner);
        else
            percent(name, key, inner);
        v = inner;
    }
    std::mt19937_64& random_;
};

// Every object level of the key tree has distinct long names and distinct short keys.
void check_unique_keys(const detail::KeyTree& tree, const std::string& path) {
    std::set<std::string> names, keys;
    for (const auto& entry : tree.entries) {
        INFO(path << "." << entry.name);
        CHECK(names.insert(entry.name).second);
        CHECK(keys.insert(entry.key).second);
        if (entry.child) check_unique_keys(*entry.child, path + "." + entry.name);
    }
}

Scenario read_back(const json& body) {
    Problems problems;
    Scenario scenario;
    detail::Reader reader(body, "", problems);
    describe(reader, scenario);
    reader.finish();
    INFO(describe(problems));
    REQUIRE(problems.empty());
    return scenario;
}

}  // namespace

TEST_CASE("names and short keys are unique at every level", "[fields]") {
    check_unique_keys(detail::KeyTree::of<Scenario>(), "");
}

TEST_CASE("every field round-trips through JSON, the defaults diff and the short keys", "[fields][property]") {
    std::mt19937_64 random(424242);
    const detail::KeyTree tree = detail::KeyTree::of<Scenario>();
    for (int i = 0; i < 400; ++i) {
        Scenario scenario;
        Randomizer randomizer(random);
        describe(randomizer, scenario);

        const json full = detail::Writer::write(scenario, false);
        CHECK(read_back(full) == scenario);
        const json changes = detail::Writer::write(scenario, true);
        CHECK(read_back(changes) == scenario);

        Problems problems;
        const json compact = tree.rename(changes, true, "", problems);
        const json expanded = tree.rename(compact, false, "", problems);
        CHECK(problems.empty());
        CHECK(expanded == changes);
        CHECK(compact.dump().size() <= changes.dump().size());
    }
}

TEST_CASE("money finer than a micro-dollar or too large is refused, never rounded", "[fields][validation]") {
    const auto problems_of = [](const char* text) { return scenario_from_json(text).problems(); };
    const Problems fine = problems_of(R"({"recording":{"costs":[{"kind":"recording","amount":0.0000001}]}})");
    REQUIRE(fine.size() == 1);
    CHECK(fine[0].field == "recording.costs[0].amount");
    CHECK(fine[0].message.find("more precise") != std::string::npos);
    CHECK(problems_of(R"({"recording":{"royalty_rate":"18%"}})").front().field == "recording.royalty_rate");
    CHECK(problems_of(R"({"recording":{"points":[{"convention":"someday"}]}})").front().message.find("record_one") !=
          std::string::npos);
    CHECK(problems_of(R"({"streaming":{"platforms":[{"streams":{"monthly":[1,"two",3]}}]}})").front().field ==
          "streaming.platforms[0].streams.monthly[1]");
    // Each unit refuses in its own words: a ratio's millionth is not a dollar's.
    CHECK(fine[0].message == "is more precise than Dealsheet keeps (a millionth of a dollar; got 1e-07)");
    const Problems rate = problems_of(R"({"recording":{"royalty_rate":18.00001}})");
    REQUIRE(rate.size() == 1);
    CHECK(rate[0].message == "is more precise than Dealsheet keeps (a ten-thousandth of a percent; got 18.00001)");
    const Problems ratio = problems_of(R"({"publishing":{"offering":{"subscriber_weights":{"family":1.0000001}}}})");
    REQUIRE(ratio.size() == 1);
    CHECK(ratio[0].field == "publishing.offering.subscriber_weights.family");
    CHECK(ratio[0].message == "is more precise than Dealsheet keeps (a millionth; got 1.0000001)");
    const Result<Scenario> cents = scenario_from_json(R"({"recording":{"costs":[{"kind":"video","amount":1234.56}]}})");
    REQUIRE(cents.ok());
    CHECK(cents.value().release.recording.costs[0].amount == 1'234'560'000);
}
