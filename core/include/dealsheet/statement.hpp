// Dealsheet core — distributor earnings statements: read a user's own file in chunks, and summarize it.
//
// The terms say how to read a file (a known layout recognised by its header row, or the user's column map);
// the engine (StatementReader) is fed the file's bytes in chunks of any size and keeps only running totals, so
// memory does not grow with the file; the result (StatementSummary) answers the users' questions: earnings by
// store, country, month and track, per 1,000 streams, the monthly trend and the reporting lag. No I/O here: the
// CLI and the page read the file and feed it. Layouts and decisions: the README, "Statements".
//
// Index of this file
// [SECTION] Terms: layouts, roles and the column map
// [SECTION] Engine: the chunk-fed reader and the tally it keeps
// [SECTION] Result: the summary
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Terms: layouts, roles and the column map

// The layouts recognised by their header row; `mapped` is any other file read through the user's column map.
enum class StatementFormat { distrokid_a, distrokid_b, tunecore, cd_baby, mapped };
// Names of StatementFormat, indexed by it (JSON and the CLI).
inline constexpr std::array<std::string_view, 5> statement_format_names = {"distrokid_a", "distrokid_b", "tunecore",
                                                                           "cd_baby", "mapped"};
// A layout's readable name ("DistroKid (15 columns, since 2025)").
std::string_view statement_format_label(StatementFormat format);

// What a column means, whichever name a layout gives it.
enum class ColumnRole {
    reporting_date,  // when the distributor reported the line (the accounting period)
    sale_date,       // when the listening or sale happened (the usage period)
    store,
    country,
    artist,
    title,    // the track's title
    release,  // the release (album or single) title
    isrc,
    upc,
    product_type,  // song/album, stream/download: what kind of sale the line is
    quantity,      // streams, downloads or other units
    amount,        // the money paid to the user for the line
    currency,      // the amount's currency code, when the file has a column for it
};
inline constexpr std::size_t column_role_count = 13;
// Names of ColumnRole, indexed by it ("map your columns" keys: date=…, store=…).
inline constexpr std::array<std::string_view, column_role_count> column_role_names = {
    "reporting_date", "sale_date", "store",        "country",  "artist", "title",   "release",
    "isrc",           "upc",       "product_type", "quantity", "amount", "currency"};

// The user's column map for a file whose layout is not built in: each role's column name as written in the
// header row (matched case-insensitively; "" = the file has no such column). Needs amount and one of
// sale_date / reporting_date; everything else is optional.
struct ColumnMap {
    std::array<std::string, column_role_count> columns{};  // indexed by ColumnRole
    std::string currency = "USD";                          // the amounts' currency when no currency column is mapped
};

// How to read one file.
struct StatementTerms {
    std::string file_name;                // named in every message ("royalties.tsv line 12, column Quantity: …")
    std::optional<ColumnMap> column_map;  // set = read through this map; empty = recognise a built-in layout
};

// Limits that keep memory bounded whatever the file holds (a single 100 MB line, 10,000 columns…).
inline constexpr std::size_t statement_max_line_bytes = 1 << 20;  // one row (quoted line breaks included)
inline constexpr std::size_t statement_max_columns = 512;
inline constexpr std::size_t statement_max_skipped_listed = 100;  // skipped rows listed one by one; the rest counted
inline constexpr std::size_t statement_max_groups = 200'000;      // distinct names per grouping (tracks, stores…)

// [SECTION] Engine: the chunk-fed reader and the tally it keeps

__extension__ using Picos = __int128;  // an exact amount in 1e-12 of the currency unit (files carry up to 12 decimals)

// One group's running sums: every row, and the stream rows on their own (for the rate per 1,000 streams).
struct StatementGroup {
    std::string name;    // the store, country, month ("2025-03"), track title, release or type; UTF-8
    std::string isrc;    // the track's ISRC (by track only; "" = grouped by title, the rows had none)
    Picos earnings = 0;  // exact sum of the rows' amounts
    std::int64_t quantity = 0;
    std::int64_t rows = 0;
    Picos stream_earnings = 0;  // the part of `earnings` from rows that are streams
    std::int64_t streams = 0;   // the quantity of rows that are streams
};

// Why a data row was left out of every total.
struct SkippedRow {
    std::int64_t line = 0;  // 1-based physical line where the row starts
    std::string column;     // the offending column's name ("" = the row as a whole)
    std::string reason;     // "is not a number: '12,5'"
};

// Everything a file adds up to, before it is summarized; tallies of files in the same currency merge exactly.
struct StatementTally {
    StatementFormat format = StatementFormat::mapped;
    std::string currency;  // ISO code of every amount summed ("USD")
    std::string encoding;  // "UTF-8", "UTF-8 with BOM" or "Windows-1252" (decided per file)
    std::vector<std::string> files;
    std::int64_t rows = 0;                 // data rows summed
    std::int64_t skipped = 0;              // data rows left out (each reason listed in skipped_rows, up to the limit)
    std::vector<SkippedRow> skipped_rows;  // the first statement_max_skipped_listed, in file order
    int max_decimals = 0;                  // the most decimals any amount had (the file's own precision)
    StatementGroup total;                  // name "total"
    std::vector<StatementGroup> by_store, by_country, by_sale_month, by_reporting_month, by_track, by_release,
        by_product_type;  // each sorted by name (months "YYYY-MM" sort in time order)
    // Earnings by months between sale and report (index = lag in months, 0..), for rows with both dates.
    std::vector<StatementGroup> by_lag;
    std::vector<StatementGroup> other_currencies;  // rows in another currency: counted here, never added (name = code)
};

// Reads one statement file fed in chunks: construct, feed() every chunk in order, then finish(). Never throws;
// any byte sequence gives a tally or problems naming the file, line and column.
class StatementReader {
public:
    explicit StatementReader(StatementTerms terms);
    ~StatementReader();
    StatementReader(const StatementReader&) = delete;
    StatementReader& operator=(const StatementReader&) = delete;

    // Takes the next bytes of the file (any split, even inside a character or a CRLF). False = the file cannot
    // be read (its problems are final): stop feeding.
    bool feed(std::string_view chunk);
    // The tally once every byte was fed; problems if the file is not a statement (unknown header, binary,
    // no data rows…). Call once.
    Result<StatementTally> finish();
    // The header row's column names as found (empty until the first line is complete): for "map your columns".
    const std::vector<std::string>& header() const;

private:
    struct State;
    State* state_;
};

// The tally of one whole file held in memory (tests, small inputs): feed(text) then finish().
Result<StatementTally> read_statement(std::string_view text, StatementTerms terms);

// Adds `more` to `into`; a problem (and `into` unchanged) when their currencies differ.
Problems merge(StatementTally& into, const StatementTally& more);

// [SECTION] Result: the summary

// One line of a breakdown: amounts in micro-units (the exact sums rounded half away from zero).
struct StatementLine {
    std::string name;
    std::string isrc;  // by track only; "" otherwise or when the rows had none
    Micros earnings = 0;
    std::int64_t quantity = 0;
    std::int64_t rows = 0;
    std::optional<Micros> per_1000;  // earnings per 1,000 streams; empty = no stream rows in this line
};

// The monthly trend by sale month, with an exponential decay fitted from the best month on.
struct StatementTrend {
    std::vector<StatementLine> months;  // every sale month from first to last, gaps filled with zeros
    std::optional<double>
        monthly_ratio;  // fitted earnings(m+1) / earnings(m); empty = fewer than 3 months after the peak
    std::optional<double> half_life_months;  // months for earnings to halve; empty = no fit or not decaying
};

// The answers a statement gives.
struct StatementSummary {
    StatementFormat format = StatementFormat::mapped;
    std::string currency, encoding;
    std::vector<std::string> files;
    std::int64_t rows = 0, skipped = 0;
    std::vector<SkippedRow> skipped_rows;
    std::string earnings_exact;  // the total exactly, at the file's own precision ("1234.567890123")
    StatementLine total;
    std::vector<StatementLine> by_store, by_country, by_month, by_reporting_month, by_track, by_release,
        by_product_type;  // by_month is by sale month; stores, countries, tracks and releases by earnings, highest first
    StatementTrend trend;
    std::vector<StatementLine> by_lag;      // name "N months"; index = lag
    std::optional<double> mean_lag_months;  // earnings-weighted; empty = no row had both dates
    std::vector<StatementLine> other_currencies;
};

// The summary of a tally; problems when a total is beyond ±9.2e12 currency units (int64 micro-units).
Result<StatementSummary> summarize(const StatementTally& tally);

// The summary as JSON (format, rows, skipped, currency, totals, by_store, by_country, by_month, by_track…);
// money as the core's money JSON ({"micros", "display"}). indent < 0 = one line.
std::string statement_to_json(const StatementSummary& summary, int indent = 2);

// The summary as a readable report for a terminal.
std::string statement_report_text(const StatementSummary& summary);

// Parses "date=Sale Month,store=Store,…" (role=column pairs, roles as column_role_names, plus currency=CODE)
// into a column map; problems name the bad pair.
Result<ColumnMap> parse_column_map(std::string_view text);

}  // namespace dealsheet
