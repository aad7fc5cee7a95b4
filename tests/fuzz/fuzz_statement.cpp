// libFuzzer target: the statement reader (a user's file, any bytes). Any input must give a tally or problems —
// never a crash, a hang or undefined behaviour (ASan + UBSan) — and the same result however it is chunked.
// The first byte picks the chunk size, so splits inside quotes, CRLFs and UTF-8 sequences are explored.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dealsheet/statement.hpp"

namespace {

std::string outcome(std::string_view text, std::size_t chunk) {
    dealsheet::StatementReader reader({.file_name = "fuzz.csv", .column_map = {}});
    for (std::size_t at = 0; at < text.size(); at += chunk)
        if (!reader.feed(text.substr(at, chunk))) break;
    const dealsheet::Result<dealsheet::StatementTally> tally = reader.finish();
    if (!tally.ok()) {
        if (tally.problems().empty() || tally.problems().front().message.empty()) __builtin_trap();
        return dealsheet::describe(tally.problems());
    }
    const dealsheet::Result<dealsheet::StatementSummary> summary = dealsheet::summarize(tally.value());
    if (!summary.ok()) return dealsheet::describe(summary.problems());
    const dealsheet::StatementSummary& s = summary.value();
    if (s.rows + s.skipped <= 0 || s.skipped_rows.size() > dealsheet::statement_max_skipped_listed) __builtin_trap();
    return dealsheet::statement_to_json(s, -1) + dealsheet::statement_report_text(s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t chunk = 1 + data[0] % 17;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    if (outcome(text, chunk) != outcome(text, text.size() + 1)) __builtin_trap();
    return 0;
}
