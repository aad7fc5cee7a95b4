// The statement reader: bytes in chunks → header recognition → one pass over the rows into running sums.
//
// Index of this file
// [SECTION] Groupings (running sums by name or month)
// [SECTION] Reader state
// [SECTION] The first line: BOM, binary check, delimiter
// [SECTION] Rows
// [SECTION] Finish: encoding, tally
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "dealsheet/statement.hpp"
#include "foundation/text.hpp"
#include "statements/csv_tokenizer.hpp"
#include "statements/encoding.hpp"
#include "statements/layouts.hpp"
#include "statements/values.hpp"

namespace dealsheet {
namespace {

using detail::cat;
using detail::ColumnPlan;
using detail::no_column;

// [SECTION] Groupings (running sums by name or month)

// One row's contribution to every group it belongs to.
struct RowAmounts {
    Picos earnings = 0;
    std::int64_t quantity = 0;
    bool stream = false;
};

void add(StatementGroup& group, const RowAmounts& row, bool& quantity_overflow) {
    group.earnings += row.earnings;
    ++group.rows;
    quantity_overflow |= __builtin_add_overflow(group.quantity, row.quantity, &group.quantity);
    if (row.stream) {
        group.stream_earnings += row.earnings;
        quantity_overflow |= __builtin_add_overflow(group.streams, row.quantity, &group.streams);
    }
}

// Groups keyed by text (raw bytes of the file; decoded once at the end). Rows of a statement come in runs of
// the same store or track, so the last group found is tried first.
class Grouping {
public:
    // The group for `key` (created with `name` and `isrc`); beyond statement_max_groups, the shared "(other)".
    StatementGroup& at(std::string_view key, std::string_view name, std::string_view isrc) {
        if (last_ < groups_.size() && last_key_ == key) return groups_[last_];
        key_.assign(key);
        auto found = index_.find(key_);
        if (found == index_.end()) {
            if (groups_.size() >= statement_max_groups) {
                key_ = "\x01(other)";
                found = index_.find(key_);
                if (found == index_.end()) found = create(name = "(other)", isrc = "");
            } else {
                found = create(name, isrc);
            }
        }
        last_ = found->second;
        last_key_ = found->first;
        return groups_[last_];
    }
    std::vector<StatementGroup> take() { return std::move(groups_); }

private:
    std::unordered_map<std::string, std::size_t>::iterator create(std::string_view name, std::string_view isrc) {
        StatementGroup group;
        group.name.assign(name.empty() ? std::string_view("(none)") : name);
        group.isrc.assign(isrc);
        groups_.push_back(std::move(group));
        return index_.emplace(key_, groups_.size() - 1).first;
    }

    std::unordered_map<std::string, std::size_t> index_;
    std::vector<StatementGroup> groups_;
    std::string key_, last_key_;
    std::size_t last_ = static_cast<std::size_t>(-1);
};

// Groups keyed by month.
class MonthGrouping {
public:
    StatementGroup& at(int month) {
        if (last_ && last_month_ == month) return *last_;
        last_month_ = month;
        last_ = &months_[month];
        return *last_;
    }
    std::vector<StatementGroup> take() {
        std::vector<StatementGroup> out;
        for (auto& [month, group] : months_) {
            group.name = detail::month_name(month);
            out.push_back(std::move(group));
        }
        return out;
    }

private:
    std::map<int, StatementGroup> months_;  // node-based: `last_` stays valid as months are added
    StatementGroup* last_ = nullptr;
    int last_month_ = 0;
};

constexpr int max_lag_months = 120;  // a longer lag is a date typo, not a reporting delay

}  // namespace

// [SECTION] Reader state

struct StatementReader::State {
    StatementTerms terms;
    enum class Stage { first_line, rows, failed } stage = Stage::first_line;
    std::string first;  // bytes up to the first line end, buffered to check the BOM and sniff the delimiter
    bool bom = false;
    std::optional<detail::CsvTokenizer> tokenizer;
    detail::CsvRow row;
    bool have_header = false;
    std::vector<std::string> header;
    ColumnPlan plan;
    Problems problems;
    StatementTally tally;
    Grouping stores, countries, tracks, releases, product_types, others;
    MonthGrouping sale_months, reporting_months;
    std::vector<StatementGroup> lags;
    bool quantity_overflow = false;
    std::string key;  // scratch for keys built from two cells

    std::string where(std::int64_t line) const { return cat(terms.file_name, " line ", std::to_string(line)); }
    void fail(std::string field, std::string message) {
        problems.push_back({std::move(field), std::move(message)});
        stage = Stage::failed;
    }
    void begin_rows(std::string_view first_line);
    void run(bool at_end);
    void take_header(const detail::CsvRow& header_row);
    void take_row(const detail::CsvRow& data);
    void skip(std::int64_t line, std::string column, std::string reason);
    std::string_view cell(const detail::CsvRow& data, ColumnRole role) const {
        const int column = plan.column_of(role);
        return column == no_column ? std::string_view{} : detail::trim(data.fields[static_cast<std::size_t>(column)]);
    }
    std::string column_name(ColumnRole role) const { return header[static_cast<std::size_t>(plan.column_of(role))]; }
};

StatementReader::StatementReader(StatementTerms terms) : state_(new State) {
    state_->terms = std::move(terms);
    state_->tally.files.push_back(state_->terms.file_name);
}

StatementReader::~StatementReader() { delete state_; }

const std::vector<std::string>& StatementReader::header() const { return state_->header; }

// [SECTION] The first line: BOM, binary check, delimiter

bool StatementReader::feed(std::string_view chunk) {
    State& s = *state_;
    if (s.stage == State::Stage::failed) return false;
    if (s.stage == State::Stage::rows) {
        s.tokenizer->push(chunk);
        s.run(false);
        return s.stage != State::Stage::failed;
    }
    // Buffer until the first line end: the header row, never longer than a row may be.
    const std::size_t end = chunk.find_first_of("\r\n");
    const std::size_t take = end == std::string_view::npos ? chunk.size() : end;
    if (s.first.size() + take > statement_max_line_bytes) {
        s.fail(s.where(1), "the first line is longer than 1 MiB: this is not a statement's header row");
        return false;
    }
    s.first.append(chunk.substr(0, take));
    if (end == std::string_view::npos) return true;
    const std::size_t header_bytes = s.first.size();
    s.first.append(chunk.substr(end));  // the rest of this chunk, so the tokenizer reads it in order
    s.begin_rows(std::string_view(s.first).substr(0, header_bytes));
    return s.stage != State::Stage::failed;
}

void StatementReader::State::begin_rows(std::string_view first_line) {
    stage = Stage::rows;
    if (first_line.size() >= 2 && ((first_line[0] == '\xFF' && first_line[1] == '\xFE') ||
                                   (first_line[0] == '\xFE' && first_line[1] == '\xFF'))) {
        return fail(terms.file_name,
                    "is UTF-16 text (as spreadsheets save \"Unicode text\"); save it as CSV "
                    "(UTF-8) or as the distributor's original download");
    }
    std::size_t offset = 0;
    if (first_line.substr(0, 3) == "\xEF\xBB\xBF") {
        bom = true;
        offset = 3;
    }
    if (first_line.find('\0') != std::string_view::npos)
        return fail(terms.file_name, "holds NUL bytes in its first line: a binary file, not a text statement");
    tokenizer.emplace(detail::sniff_delimiter(first_line.substr(offset)), statement_max_line_bytes,
                      statement_max_columns);
    tokenizer->push(std::string_view(first).substr(offset));
    run(false);
}

// [SECTION] Rows

void StatementReader::State::run(bool at_end) {
    while (stage == Stage::rows && (at_end ? tokenizer->next_at_end(row) : tokenizer->next(row))) {
        if (!have_header)
            take_header(row);
        else
            take_row(row);
    }
}

void StatementReader::State::take_header(const detail::CsvRow& header_row) {
    have_header = true;
    if (header_row.error == detail::CsvRowError::too_many_columns)
        return fail(where(header_row.line), cat("the header row has more than ", std::to_string(statement_max_columns),
                                                " columns: this is not a statement"));
    if (header_row.error != detail::CsvRowError::none)
        return fail(where(header_row.line), "the header row cannot be read (a quoted name is never closed)");
    for (const std::string_view cell : header_row.fields) header.emplace_back(detail::trim(cell));
    for (std::string& cell : header)
        if (!detail::valid_utf8(cell)) cell = detail::windows1252_to_utf8(cell);
    Result<ColumnPlan> found = terms.column_map
                                   ? detail::plan_from_map(*terms.column_map, header, where(header_row.line))
                                   : detail::recognise_layout(header, where(header_row.line));
    if (!found.ok()) {
        for (const Problem& problem : found.problems()) problems.push_back(problem);
        stage = Stage::failed;
        return;
    }
    plan = found.value();
    tally.format = plan.format;
}

void StatementReader::State::skip(std::int64_t line, std::string column, std::string reason) {
    ++tally.skipped;
    if (tally.skipped_rows.size() < statement_max_skipped_listed)
        tally.skipped_rows.push_back({line, std::move(column), std::move(reason)});
}

namespace {

// A cell quoted in a message, cut short so a hostile cell cannot make the message huge.
std::string quoted(std::string_view cell) { return cat("'", cell.substr(0, 40), cell.size() > 40 ? "…'" : "'"); }

}  // namespace

void StatementReader::State::take_row(const detail::CsvRow& data) {
    using R = ColumnRole;
    switch (data.error) {
        case detail::CsvRowError::none: break;
        case detail::CsvRowError::too_long: return skip(data.line, "", "is longer than 1 MiB");
        case detail::CsvRowError::too_many_columns:
            return skip(data.line, "", cat("has more than ", std::to_string(statement_max_columns), " columns"));
        case detail::CsvRowError::unclosed_quote:
            return skip(data.line, "", "ends inside a quoted field (is the file cut short?)");
    }
    if (data.blank()) return;
    const std::size_t columns = data.fields.size();
    bool ragged = columns < header.size();
    for (std::size_t i = header.size(); i < columns && !ragged; ++i) ragged = !detail::trim(data.fields[i]).empty();
    if (ragged)
        return skip(data.line, "",
                    cat("has ", std::to_string(columns), " columns; the header row has ", std::to_string(header.size()),
                        columns < header.size() ? " (is the file cut short?)" : ""));

    RowAmounts amounts;
    const std::string_view amount_text = cell(data, R::amount);
    const std::optional<detail::ExactAmount> amount = detail::parse_amount(amount_text);
    if (!amount)
        return skip(data.line, column_name(R::amount),
                    amount_text.empty() ? "is empty" : cat("is not a plain decimal number: ", quoted(amount_text)));
    amounts.earnings = amount->picos;
    std::string_view currency =
        plan.column_of(R::currency) == no_column ? std::string_view(plan.currency) : cell(data, R::currency);
    // Only a currency column can be empty: a plan without one always has a fixed currency (plan_from_map).
    if (currency.empty())
        return skip(data.line, column_name(R::currency), "is empty: the amount's currency is unknown");
    const std::string_view quantity_text = cell(data, R::quantity);
    const std::optional<std::int64_t> quantity = detail::parse_quantity(quantity_text);
    if (!quantity)
        return skip(data.line, column_name(R::quantity), cat("is not a whole number: ", quoted(quantity_text)));
    amounts.quantity = *quantity;
    std::optional<int> months[2];
    const R date_roles[2] = {R::sale_date, R::reporting_date};
    for (int i = 0; i < 2; ++i) {
        if (plan.column_of(date_roles[i]) == no_column) continue;
        const std::string_view text = cell(data, date_roles[i]);
        months[i] = detail::parse_month(text);
        if (!months[i]) return skip(data.line, column_name(date_roles[i]), cat("is not a date: ", quoted(text)));
    }
    if (tally.currency.empty()) tally.currency.assign(currency);
    if (currency != tally.currency) {
        bool unused = false;
        add(others.at(currency, currency, ""), amounts, unused);
        return skip(data.line, plan.column_of(R::currency) == no_column ? "" : column_name(R::currency),
                    cat("is in ", quoted(currency), ", not ", tally.currency,
                        ": amounts in different currencies are never added"));
    }
    if (amount->decimals > tally.max_decimals) tally.max_decimals = std::min(amount->decimals, 12);

    const std::string_view store = cell(data, R::store), type = cell(data, R::product_type);
    amounts.stream = detail::is_stream_row(plan, type, store);
    ++tally.rows;
    add(tally.total, amounts, quantity_overflow);
    add(stores.at(store, store, ""), amounts, quantity_overflow);
    add(countries.at(cell(data, R::country), cell(data, R::country), ""), amounts, quantity_overflow);
    add(product_types.at(type, type, ""), amounts, quantity_overflow);
    const std::string_view isrc = cell(data, R::isrc), title = cell(data, R::title);
    key.assign(isrc.empty() ? "T" : "I").append(isrc.empty() ? title : isrc);
    add(tracks.at(key, title, isrc), amounts, quantity_overflow);
    const std::string_view release = cell(data, R::release), upc = cell(data, R::upc);
    if (!release.empty() || upc.empty()) {
        add(releases.at(release, release, ""), amounts, quantity_overflow);
    } else {  // DistroKid names no release: its UPC stands for it
        key.assign("UPC ").append(upc);
        add(releases.at(key, key, ""), amounts, quantity_overflow);
    }
    if (months[0]) add(sale_months.at(*months[0]), amounts, quantity_overflow);
    if (months[1]) add(reporting_months.at(*months[1]), amounts, quantity_overflow);
    if (months[0] && months[1]) {
        const int lag = *months[1] - *months[0];
        if (lag >= 0 && lag <= max_lag_months) {
            if (lags.size() <= static_cast<std::size_t>(lag)) lags.resize(static_cast<std::size_t>(lag) + 1);
            add(lags[static_cast<std::size_t>(lag)], amounts, quantity_overflow);
        }
    }
}

// [SECTION] Finish: encoding, tally

namespace {

// Sorted by name (then ISRC), so tallies merge by a walk and output is stable.
void sort_groups(std::vector<StatementGroup>& groups) {
    std::sort(groups.begin(), groups.end(), [](const StatementGroup& a, const StatementGroup& b) {
        return a.isrc != b.isrc ? a.isrc < b.isrc : a.name < b.name;
    });
}

}  // namespace

Result<StatementTally> StatementReader::finish() {
    State& s = *state_;
    if (s.stage == State::Stage::first_line) {
        if (s.first.empty()) return Problems{{s.terms.file_name, "is empty"}};
        const std::size_t header_bytes = s.first.size();
        s.begin_rows(std::string_view(s.first).substr(0, header_bytes));
    }
    if (s.stage == State::Stage::rows) s.run(true);
    if (s.stage == State::Stage::failed) return s.problems;
    if (!s.have_header) return Problems{{s.terms.file_name, "is empty"}};
    StatementTally& tally = s.tally;
    if (tally.rows == 0) {
        if (tally.skipped == 0) return Problems{{s.where(1), "has a header row but no data rows"}};
        Problems problems{
            {s.terms.file_name, cat("none of its ", std::to_string(tally.skipped), " data rows can be read")}};
        for (std::size_t i = 0; i < tally.skipped_rows.size() && i < 5; ++i) {
            const SkippedRow& row = tally.skipped_rows[i];
            problems.push_back(
                {cat(s.where(row.line), row.column.empty() ? "" : ", column " + row.column), row.reason});
        }
        for (Problem& problem : problems)
            if (!detail::valid_utf8(problem.message)) problem.message = detail::windows1252_to_utf8(problem.message);
        return problems;
    }
    if (s.quantity_overflow) return Problems{{s.terms.file_name, "its quantities add up beyond 9.2e18"}};

    tally.by_store = s.stores.take();
    tally.by_country = s.countries.take();
    tally.by_track = s.tracks.take();
    tally.by_release = s.releases.take();
    tally.by_product_type = s.product_types.take();
    tally.by_sale_month = s.sale_months.take();
    tally.by_reporting_month = s.reporting_months.take();
    tally.other_currencies = s.others.take();
    tally.by_lag = std::move(s.lags);
    for (std::size_t lag = 0; lag < tally.by_lag.size(); ++lag)
        tally.by_lag[lag].name = cat(std::to_string(lag), lag == 1 ? " month" : " months");
    tally.total.name = "total";

    // The encoding is decided once per file: UTF-8 if every name read is UTF-8, else Windows-1252 throughout.
    std::vector<std::vector<StatementGroup>*> named = {&tally.by_store,        &tally.by_country,
                                                       &tally.by_track,        &tally.by_release,
                                                       &tally.by_product_type, &tally.other_currencies};
    bool utf8 = true;
    for (const auto* groups : named)
        for (const StatementGroup& group : *groups)
            utf8 = utf8 && detail::valid_utf8(group.name) && detail::valid_utf8(group.isrc);
    for (const SkippedRow& row : tally.skipped_rows) utf8 = utf8 && detail::valid_utf8(row.reason);
    tally.encoding = utf8 ? (s.bom ? "UTF-8 with BOM" : "UTF-8") : "Windows-1252";
    if (!utf8) {
        for (auto* groups : named)
            for (StatementGroup& group : *groups) {
                group.name = detail::windows1252_to_utf8(group.name);
                group.isrc = detail::windows1252_to_utf8(group.isrc);
            }
        for (SkippedRow& row : tally.skipped_rows) row.reason = detail::windows1252_to_utf8(row.reason);
    }
    for (auto* groups : named) sort_groups(*groups);
    return std::move(tally);
}

Result<StatementTally> read_statement(std::string_view text, StatementTerms terms) {
    StatementReader reader(std::move(terms));
    reader.feed(text);
    return reader.finish();
}

}  // namespace dealsheet
