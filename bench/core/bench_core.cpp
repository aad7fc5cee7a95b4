// Dealsheet core benchmarks — one small harness that builds natively and as WebAssembly (run under node), so
// both columns of docs/performance.md come from the same code, the same inputs and the same statistics.
// (Google Benchmark is native-only on this machine; a Catch2 BENCHMARK build in wasm would need -fexceptions,
// which would slow the very code being measured.)
//
//   bench_core                  every case, a readable table
//   bench_core --json           one JSON object per line (scripts/perf.sh → bench/report.mjs)
//   bench_core --quick          a functional check: every case runs a few times (ctest smoke test, no timing)
//   bench_core --filter <text>  only cases whose name contains <text>
//
// Method: a case is warmed up (3 runs), calibrated until one batch takes ≥ 20 ms, then timed in 9 batches
// (--quick: 1 batch of 3 iterations); reported per operation: the median batch and the fastest batch (the
// estimate least disturbed by other work on a shared machine). Each operation's output size is added to a
// volatile sink, so the optimiser cannot drop the work.
//
// Index of this file
// [SECTION] Inputs
// [SECTION] Cases
// [SECTION] Runner
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/api.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario.hpp"
#include "dealsheet/scenario_json.hpp"

namespace {

volatile std::size_t sink = 0;

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "bench_core: %s\n", message.c_str());
    std::exit(1);
}

// [SECTION] Inputs

// The largest bundled preset (by the size of its JSON): the scenario the browser measurement drags on too.
const dealsheet::EmbeddedFile& largest_preset() {
    const dealsheet::EmbeddedFile* largest = nullptr;
    for (const dealsheet::EmbeddedFile& file : dealsheet::presets())
        if (!largest || std::strlen(file.text) > std::strlen(largest->text)) largest = &file;
    if (!largest) fail("no presets compiled in");
    return *largest;
}

dealsheet::Scenario parse(std::string_view json, const char* what) {
    dealsheet::Result<dealsheet::Scenario> scenario = dealsheet::scenario_from_json(json);
    if (!scenario.ok()) fail(std::string(what) + ": " + dealsheet::describe(scenario.problems()));
    return scenario.value();
}

// A heavy but realistic scenario: 600 months of irregular streams on one platform (the browser tests' long-link
// case), through the default label deal with its monthly recoupment ledgers.
std::string long_series_json() {
    std::string json = R"({"streaming":{"platforms":[{"streams":{"shape":"monthly","monthly":[)";
    for (int i = 0; i < 600; ++i) {
        if (i > 0) json.push_back(',');
        json.append(std::to_string(100000 + ((i * 7919) % 9973) * 37));
    }
    json.append("]}}]}}");
    return json;
}

// The risk-weighted comparison of offers (issue #8, offers.hpp): the preset that weighs three offers
// (fee-or-points-compare), or else the producer preset with such a "compare" section. If the core cannot
// compute it, the case is reported as not available.
std::string compare_json() {
    if (const dealsheet::EmbeddedFile* preset = dealsheet::find_preset("fee-or-points-compare")) return preset->text;
    const dealsheet::EmbeddedFile* preset = dealsheet::find_preset("producer-3-of-18-points");
    if (!preset) fail("preset producer-3-of-18-points not found");
    std::string json = preset->text;
    const std::size_t end = json.find_last_of('}');
    if (end == std::string::npos) fail("preset producer-3-of-18-points is not a JSON object");
    json.insert(end, R"(,"compare":{"party":0,"offers":[{"name":"Full fee","fee":5000},)"
                     R"({"name":"Fee + 3 points","fee":2500,"points":3},{"name":"Points only","points":4}]})");
    return json;
}

// [SECTION] Cases

struct Case {
    std::string name;
    std::string input;                 // what the case works on, for the report
    std::function<std::size_t()> run;  // one operation; returns a size that feeds the sink
    std::string unavailable;           // non-empty: why the case cannot run in this build
};

std::vector<Case> make_cases() {
    std::vector<Case> cases;
    const dealsheet::EmbeddedFile& largest = largest_preset();
    const std::string largest_name = largest.name;
    const std::string largest_text = largest.text;
    const dealsheet::Scenario largest_scenario = parse(largest_text, largest.name);
    std::vector<dealsheet::Scenario> all;
    for (const dealsheet::EmbeddedFile& file : dealsheet::presets()) all.push_back(parse(file.text, file.name));
    const dealsheet::Scenario series = parse(long_series_json(), "long series");
    const std::string fragment = dealsheet::encode_link(largest_scenario);
    const std::string series_fragment = dealsheet::encode_link(series);

    auto calculate = [](const dealsheet::Scenario& scenario) {
        const dealsheet::Result<dealsheet::ScenarioResult> result = dealsheet::calculate(scenario);
        if (!result.ok()) fail("calculate: " + dealsheet::describe(result.problems()));
        return result.value().publishing_by_year.size() + result.value().release.master_revenue.size();
    };

    const std::string result_bytes = std::to_string(dealsheet::api::compute(largest_text).size());
    cases.push_back({"compute.full",
                     largest_name + " (scenario JSON → " + result_bytes + " bytes of result JSON, api::compute)",
                     [=] { return dealsheet::api::compute(largest_text).size(); }, ""});
    cases.push_back({"compute.calculate", largest_name + " (Scenario → ScenarioResult, calculate)",
                     [=] { return calculate(largest_scenario); }, ""});
    const std::string all_input =
        "all " + std::to_string(all.size()) + " bundled presets, one after another (calculate)";
    cases.push_back({"compute.presets", all_input,
                     [=] {
                         std::size_t size = 0;
                         for (const dealsheet::Scenario& scenario : all) size += calculate(scenario);
                         return size;
                     },
                     ""});
    cases.push_back({"compute.series600", "600 monthly stream counts through a label deal (calculate)",
                     [=] { return calculate(series); }, ""});
    const std::string chars = std::to_string(fragment.size());
    cases.push_back({"link.encode", largest_name + " (Scenario → fragment, " + chars + " chars)",
                     [=] { return dealsheet::encode_link(largest_scenario).size(); }, ""});
    cases.push_back({"link.decode", largest_name + " (fragment → validated Scenario)",
                     [=] {
                         const dealsheet::Result<dealsheet::Scenario> decoded = dealsheet::decode_link(fragment);
                         if (!decoded.ok()) fail("decode_link: " + dealsheet::describe(decoded.problems()));
                         return decoded.value().title.size();
                     },
                     ""});
    cases.push_back({"link.decode_series600",
                     "600-month series (deflated fragment, " + std::to_string(series_fragment.size()) + " chars)",
                     [=] {
                         const dealsheet::Result<dealsheet::Scenario> decoded = dealsheet::decode_link(series_fragment);
                         if (!decoded.ok()) fail("decode_link: " + dealsheet::describe(decoded.problems()));
                         return decoded.value().title.size() + 1;
                     },
                     ""});

    const std::string compare = compare_json();
    Case compare_case{"compare.offers", "fee-or-points-compare: 3 offers weighed by outcomes (api::compute)",
                      [=] { return dealsheet::api::compute(compare).size(); }, ""};
    const std::string reply = dealsheet::api::compute(compare);
    if (reply.rfind(R"({"ok":true)", 0) != 0)
        compare_case.unavailable = "the core does not compute this compare section: " + reply.substr(0, 200);
    cases.push_back(std::move(compare_case));
    return cases;
}

// [SECTION] Runner

struct Timing {
    double median_ns = 0, min_ns = 0;
    long long iterations = 0;  // per batch
    int batches = 0;
};

using Clock = std::chrono::steady_clock;

double run_batch(const Case& c, long long iterations) {
    const Clock::time_point start = Clock::now();
    for (long long i = 0; i < iterations; ++i) sink = sink + c.run();
    return std::chrono::duration<double, std::nano>(Clock::now() - start).count();
}

Timing measure(const Case& c, bool quick) {
    Timing t;
    if (quick) {
        t.iterations = 3;
        t.batches = 1;
        t.median_ns = t.min_ns = run_batch(c, 3) / 3;
        return t;
    }
    const double batch_target_ns = 20e6;
    run_batch(c, 3);  // warm-up: caches, the allocator's pools, and V8's tier-up from Liftoff to TurboFan
    long long n = 1;
    for (double elapsed = run_batch(c, n); elapsed < batch_target_ns; elapsed = run_batch(c, n))
        n = elapsed <= 0 ? n * 10 : std::max(n * 2, static_cast<long long>(n * batch_target_ns * 1.2 / elapsed));
    std::vector<double> per_op;
    for (int b = 0; b < 9; ++b) per_op.push_back(run_batch(c, n) / static_cast<double>(n));
    std::sort(per_op.begin(), per_op.end());
    t.iterations = n;
    t.batches = static_cast<int>(per_op.size());
    t.median_ns = per_op[per_op.size() / 2];
    t.min_ns = per_op.front();
    return t;
}

std::string json_escape(const std::string& text) {
    std::string out;
    for (char ch : text) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (static_cast<unsigned char>(ch) >= 0x20) out += ch;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false, quick = false;
    std::string filter;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--json")
            json = true;
        else if (arg == "--quick")
            quick = true;
        else if (arg == "--filter" && i + 1 < argc)
            filter = argv[++i];
        else
            fail("usage: bench_core [--json] [--quick] [--filter <text>]");
    }
#ifdef __EMSCRIPTEN__
    const char* platform = "wasm";
#else
    const char* platform = "native";
#endif
    if (!json) std::printf("%-24s %12s %12s %10s  %s\n", "case", "median", "fastest", "iters", "input");
    for (const Case& c : make_cases()) {
        if (!filter.empty() && c.name.find(filter) == std::string::npos) continue;
        if (!c.unavailable.empty()) {
            if (json)
                std::printf(R"({"platform":"%s","case":"%s","input":"%s","unavailable":"%s"})"
                            "\n",
                            platform, c.name.c_str(), json_escape(c.input).c_str(), json_escape(c.unavailable).c_str());
            else
                std::printf("%-24s %12s %12s %10s  %s\n", c.name.c_str(), "n/a", "n/a", "-", c.unavailable.c_str());
            continue;
        }
        const Timing t = measure(c, quick);
        if (json)
            std::printf(
                R"({"platform":"%s","case":"%s","input":"%s","median_ns":%.1f,"min_ns":%.1f,"iterations":%lld,"batches":%d})"
                "\n",
                platform, c.name.c_str(), json_escape(c.input).c_str(), t.median_ns, t.min_ns, t.iterations, t.batches);
        else
            std::printf("%-24s %9.2f µs %9.2f µs %10lld  %s\n", c.name.c_str(), t.median_ns / 1e3, t.min_ns / 1e3,
                        t.iterations, c.input.c_str());
        std::fflush(stdout);
    }
    return sink == 0xFFFFFFFF ? 2 : 0;  // reads the sink; never true in practice
}
