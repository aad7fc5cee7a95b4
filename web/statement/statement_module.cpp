// Dealsheet statement module — the statement reader for the page's Web Worker (dealsheet-statement.js/.wasm),
// kept out of the app's first load: plain exports that statement_bridge.js wraps. One session at a time: files
// read one after another, each fed in chunks, their tallies merged; then the summary, the scenario made from it
// ("use my numbers") and the split of its earnings, all as JSON text.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "dealsheet/link.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/statement.hpp"
#include "dealsheet/statement_use.hpp"

namespace {

using nlohmann::json;
using namespace dealsheet;

std::string input;   // the bytes or text of the next call (dealsheet_statement_input)
std::string output;  // the JSON the last call returned (valid until the next call)
std::unique_ptr<StatementReader> reader;
std::string reading;                  // the file being read
std::optional<StatementTally> tally;  // every file read so far, merged

const char* give(const json& value) {
    output = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return output.c_str();
}

json problems_json(const Problems& problems) {
    json out = json::array();
    for (const Problem& problem : problems) out.push_back({{"field", problem.field}, {"message", problem.message}});
    return out;
}

// The scenario on screen, from its link fragment in the input, for a statement read so far; or the problems.
Result<Scenario> scenario_for_statement() {
    if (!tally) return Problems{{"", "no statement has been read"}};
    return decode_link(input);
}

const char* failed(const Problems& problems, json extra = json::object()) {
    extra["ok"] = false;
    extra["problems"] = problems_json(problems);
    return give(extra);
}

}  // namespace

extern "C" {

// Room for the next call's input: `size` bytes.
EMSCRIPTEN_KEEPALIVE char* dealsheet_statement_input(int size) {
    input.assign(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    return input.data();
}

// Forgets every file read: the next file starts a new statement.
EMSCRIPTEN_KEEPALIVE void dealsheet_statement_clear() {
    reader.reset();
    tally.reset();
}

// Starts reading a file; the input is its name, then (from byte `name_bytes`) the user's column map as text
// ("date=Sale Month,store=Shop,…") or nothing. → {"ok":true} or {"ok":false, "problems":[…]} (a bad map).
EMSCRIPTEN_KEEPALIVE const char* dealsheet_statement_begin(int name_bytes) {
    const std::size_t split = std::min(input.size(), static_cast<std::size_t>(name_bytes > 0 ? name_bytes : 0));
    reading = input.substr(0, split);
    const std::string map_text = input.substr(split);
    StatementTerms terms{.file_name = reading, .column_map = std::nullopt};
    if (!map_text.empty()) {
        Result<ColumnMap> map = parse_column_map(map_text);
        if (!map.ok()) {
            Problems problems = map.problems();
            for (Problem& problem : problems) problem.message = reading + ", your column map: " + problem.message;
            return failed(problems);
        }
        terms.column_map = map.value();
    }
    reader = std::make_unique<StatementReader>(terms);
    return give({{"ok", true}});
}

// Feeds the input's `size` bytes to the file being read. 0 = the file cannot be read: stop feeding, finish.
EMSCRIPTEN_KEEPALIVE int dealsheet_statement_feed(int size) {
    if (!reader) return 0;
    return reader->feed(
               std::string_view(input.data(), std::min(input.size(), static_cast<std::size_t>(size > 0 ? size : 0))))
               ? 1
               : 0;
}

// Ends the file: its tally joins the statement's (same currency). → {"ok":true, "file", "rows", "skipped":[{line,
// column, reason}]} or {"ok":false, "problems":[…], "header":[column names]} (the header offers "map your columns").
EMSCRIPTEN_KEEPALIVE const char* dealsheet_statement_finish() {
    if (!reader) return failed({{"", "no file is being read"}});
    Result<StatementTally> read = reader->finish();
    json header = reader->header();
    reader.reset();
    if (!read.ok()) return failed(read.problems(), {{"file", reading}, {"header", header}});
    const StatementTally& file = read.value();
    json skipped = json::array();
    for (const SkippedRow& row : file.skipped_rows)
        skipped.push_back({{"line", row.line}, {"column", row.column}, {"reason", row.reason}});
    if (!tally) {
        tally = file;
    } else {
        Problems problems = merge(*tally, file);
        if (!problems.empty()) return failed(problems, {{"file", reading}});
    }
    return give(
        {{"ok", true}, {"file", reading}, {"rows", file.rows}, {"skipped_count", file.skipped}, {"skipped", skipped}});
}

// The statement read so far: → {"ok":true, "summary":{statement_to_json}, "streams", "memory_bytes", "inputs":{…}}
// or problems.
EMSCRIPTEN_KEEPALIVE const char* dealsheet_statement_summary() {
    if (!tally) return failed({{"", "no statement has been read"}});
    Result<StatementSummary> summary = summarize(*tally);
    if (!summary.ok()) return failed(summary.problems());
    // The module's memory now, which is its peak (a wasm memory never shrinks): the page's tests hold it to a
    // bound however large the files were.
    const std::size_t memory_bytes = __builtin_wasm_memory_size(0) * 65536;
    json out = {{"ok", true}, {"streams", tally->total.streams}, {"memory_bytes", memory_bytes}};
    out["summary"] = json::parse(statement_to_json(summary.value(), -1), nullptr, false);
    Result<StatementInputs> inputs = statement_inputs(*tally);
    if (inputs.ok()) {
        json platforms = json::array();
        for (const StatementPlatformInput& p : inputs.value().platforms)
            platforms.push_back({{"platform", std::string(to_string(p.platform))},
                                 {"name", platform_payout(p.platform).name},
                                 {"stores", p.stores},
                                 {"streams", p.streams},
                                 {"payout_per_1000_micros", p.payout_per_1000}});
        json left_out = json::array();
        for (const StatementStoreLeftOut& s : inputs.value().left_out)
            left_out.push_back({{"store", s.store}, {"streams", s.streams}, {"reason", s.reason}});
        out["inputs"] = {{"platforms", platforms},
                         {"left_out", left_out},
                         {"months", inputs.value().months},
                         {"decay_ppm", inputs.value().decay_ppm ? json(*inputs.value().decay_ppm) : json(nullptr)}};
    }
    return give(out);
}

// "Use my numbers": the input is the link fragment of the scenario on screen; → {"ok":true, "scenario": JSON text
// of it with the statement's streaming inputs} or problems (the scenario on screen stays as it is).
EMSCRIPTEN_KEEPALIVE const char* dealsheet_statement_use() {
    Result<Scenario> base = scenario_for_statement();
    if (!base.ok()) return failed(base.problems());
    Result<StatementInputs> inputs = statement_inputs(*tally);
    if (!inputs.ok()) return failed(inputs.problems());
    Result<Scenario> scenario = apply_statement_inputs(base.value(), inputs.value());
    if (!scenario.ok()) return failed(scenario.problems());
    return give({{"ok", true}, {"scenario", scenario_to_json(scenario.value())}});
}

// "Split it": the input is the link fragment of the scenario on screen; → {"ok":true, "currency", "earnings",
// "people":[{name, share_ppm, recoup_first, amount}], "uploader", "recoup_balance", "csv", "markdown", "chat"}.
EMSCRIPTEN_KEEPALIVE const char* dealsheet_statement_split() {
    Result<Scenario> scenario = scenario_for_statement();
    if (!scenario.ok()) return failed(scenario.problems());
    Result<StatementSummary> summary = summarize(*tally);
    if (!summary.ok()) return failed(summary.problems());
    Result<StatementSplit> split = split_statement(scenario.value().release.splits, summary.value());
    if (!split.ok()) return failed(split.problems());
    const StatementSplit& s = split.value();
    json people = json::array();
    for (std::size_t k = 0; k < s.names.size(); ++k)
        people.push_back({{"name", s.names[k]},
                          {"share_ppm", s.shares_ppm[k]},
                          {"recoup_first", format_usd(s.recoup_first[k])},
                          {"amount_micros", s.amounts[k]}});
    return give({{"ok", true},
                 {"currency", s.currency},
                 {"earnings_micros", s.earnings},
                 {"people", people},
                 {"uploader_micros", s.uploader},
                 {"recoup_balance", s.recoup_balance > 0 ? format_usd(s.recoup_balance) : ""},
                 {"csv", statement_split_csv(s)},
                 {"markdown", statement_split_markdown(s)},
                 {"chat", statement_split_chat(s)}});
}

}  // extern "C"
