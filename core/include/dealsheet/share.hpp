// Dealsheet core — a scenario's result as people share it: every party's money in one list, where each listener
// dollar goes, payout-vs-streams curves, and the plain-text, Markdown and CSV forms of the result.
//
// Index of this file
// [SECTION] Every party's money
// [SECTION] The listener's dollar
// [SECTION] Payout-vs-streams curves
// [SECTION] Text, Markdown and CSV
// [SECTION] Escaping user text (one place for each destination)
//
// Everything here is derived from ScenarioResult (scenario.hpp): no new money is computed, only regrouped,
// so what the web app draws, what a chat paste shows and what the CLI prints are the same numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet {

// [SECTION] Every party's money

enum class MoneySide { recording, publishing };

// One party's money for the scenario as computed (lifetime of the streams entered, or the publishing month).
struct PartyTotal {
    MoneySide side = MoneySide::recording;
    std::string party;  // "Artist", "Producer A", "Label", "Writer B", "B's publisher", "PRO commission"
    std::string role;   // "artist", "producer", "mixer", "engineer", "label", "distributor", "collaborator",
                        // "uploader", "writer", "publisher", "collection"
    Micros amount = 0;  // paid out to the party (≥ 0); for the label: what it retains of the receipts
    std::string note;   // e.g. "$12,000.00 still unrecouped", "" when nothing to add
};

// Every party of the scenario: the master side by its route (label deal: artist, points parties, label;
// self-released: collaborators, uploader, distributor), then publishing (PRO and MLC commissions, writers,
// publishers). The recording amounts sum to the master revenue and the publishing amounts to the publishing
// total, to the micro-unit.
std::vector<PartyTotal> party_totals(const Scenario& scenario, const ScenarioResult& result);

// [SECTION] The listener's dollar

// Illustrative shares of what a listener pays the service (domain notes §2): 52% to the recording side
// (Apple's headline rate [S]) and 15% to publishing (UK CMA 2021 [P]); the service keeps the rest.
inline constexpr std::int64_t listener_recording_share_ppm = 520'000;
inline constexpr std::int64_t listener_publishing_share_ppm = 150'000;

// One box of the money-flow diagram: a share of one listener dollar.
struct FlowNode {
    std::string name;       // "Listener's $1", "Service keeps", "Recording side", "Artist", …
    Micros per_dollar = 0;  // micro-dollars of one listener dollar (1'000'000 = all of it)
    int parent = -1;        // index of the node it flows from; -1 for the listener
    int depth = 0;          // 0 listener, 1 service/recording/publishing, 2 the parties
    Micros amount = -1;     // the scenario's money behind the box (a side's total, a party's pay); -1 = not known
};

// Where one listener dollar goes: listener → service / recording side / publishing side → each party in the
// proportions of this scenario's party_totals (when a side earned nothing, one "nothing earned yet" node).
// Children sum exactly to their parent. Assumptions: the two illustrative shares with source and date.
struct MoneyFlow {
    std::vector<FlowNode> nodes;  // parents before children; node 0 is the listener
    Assumptions assumptions;
};
MoneyFlow listener_dollar_flow(const Scenario& scenario, const ScenarioResult& result);

// [SECTION] Payout-vs-streams curves

// A party's lifetime payout at each stream count of PayoutCurves::streams.
struct CurveSeries {
    std::string party;
    std::vector<Micros> amounts;  // one per grid point, non-decreasing
};

// A labelled stream count on the curves (the artist recoups, a producer is first paid, the scenario's N).
struct CurveMarker {
    std::string label;
    std::int64_t streams = 0;
};

struct PayoutCurves {
    std::vector<std::int64_t> streams;  // grid from 0, evenly spaced, ascending
    std::vector<CurveSeries> series;    // the artist first, then each points party
    std::vector<CurveMarker> markers;   // break-evens inside the grid, then "Your streams"
};

// The label deal's payouts as streams grow (deal_answers.hpp's lifetime model, so the markers are exact), on
// `points` (2..400) evenly spaced counts from 0 to a range that shows the scenario's N and every break-even
// up to 20 × N. Empty when the release is self-released. Problems for invalid terms or `points` out of range.
Result<PayoutCurves> payout_curves(const Scenario& scenario, const ScenarioResult& result, int points = 60);

// [SECTION] Text, Markdown and CSV

// A few sentences with the key results, for the page's text mirror (screen readers, find-in-page).
std::string summary_text(const Scenario& scenario, const ScenarioResult& result);

// A Markdown table of every party's money, headed by the scenario's title and followed by the key answers and
// the link (`link` may be ""): pastes cleanly into knowledge-base pages. User text goes through escape_markdown.
std::string summary_markdown(const Scenario& scenario, const ScenarioResult& result, const std::string& link);

// Every party's money as CSV (RFC 4180: comma separated, CRLF, quoted when needed): side, party, role,
// amount in dollars with 2 decimals, note. Text cells go through csv_cell.
std::string payouts_csv(const Scenario& scenario, const ScenarioResult& result);

// [SECTION] Escaping user text (one place for each destination)

// User text (a title, a name) made inert for chat apps and Markdown: line breaks become spaces; the formatting
// characters \ * _ ~ ` | > # [ ] < are backslash-escaped, so `[click](http://evil)` cannot become a disguised link
// and `**x**` stays literal; every '@' is followed by a zero-width space (U+200B), so @everyone and @here ping
// nobody. Empty for empty text.
std::string escape_markdown(std::string_view text);

// A link for a chat line: control characters, spaces, '<', '>' and quotes percent-encoded so it stays one token
// that ends where the link ends.
std::string escape_link(std::string_view link);

// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled; and a cell a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with '.
std::string csv_cell(std::string_view text);

}  // namespace dealsheet
