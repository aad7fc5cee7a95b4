// A statement's summary as JSON and as a readable report; the layouts' labels; the column map's text form.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "dealsheet/statement.hpp"
#include "format/result_json.hpp"
#include "foundation/text.hpp"
#include "statements/layouts.hpp"

namespace dealsheet {
namespace {

using detail::cat;
using nlohmann::json;

// The core's money JSON; the display names the currency when it is not dollars ("GBP 12.50").
json money(Micros amount, const std::string& currency) {
    json out = detail::money_json(amount);
    out["display"] = format_money(amount, currency);
    return out;
}

json line_json(const StatementLine& line, const std::string& currency, bool with_isrc) {
    json out = json::object();
    out["name"] = line.name;
    if (with_isrc) out["isrc"] = line.isrc.empty() ? json(nullptr) : json(line.isrc);
    out["earnings"] = money(line.earnings, currency);
    out["quantity"] = line.quantity;
    out["rows"] = line.rows;
    if (line.per_1000) out["per_1000"] = money(*line.per_1000, currency);
    return out;
}

json lines_json(const std::vector<StatementLine>& lines, const std::string& currency, bool with_isrc = false) {
    json out = json::array();
    for (const StatementLine& line : lines) out.push_back(line_json(line, currency, with_isrc));
    return out;
}

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

}  // namespace

std::string_view statement_format_label(StatementFormat format) {
    switch (format) {
        case StatementFormat::distrokid_a: return "DistroKid (13 columns, until mid-2025)";
        case StatementFormat::distrokid_b: return "DistroKid (15 columns, since mid-2025)";
        case StatementFormat::tunecore: return "TuneCore sales report";
        case StatementFormat::cd_baby: return "CD Baby digital distribution sales";
        case StatementFormat::mapped: return "your column map";
    }
    return "";
}

std::string statement_to_json(const StatementSummary& summary, int indent) {
    const std::string& currency = summary.currency;
    json out = json::object();
    out["format"] = std::string(statement_format_names[static_cast<std::size_t>(summary.format)]);
    out["format_label"] = std::string(statement_format_label(summary.format));
    out["files"] = summary.files;
    out["encoding"] = summary.encoding;
    out["rows"] = summary.rows;
    json skipped = json::object();
    skipped["count"] = summary.skipped;
    skipped["rows"] = json::array();
    for (const SkippedRow& row : summary.skipped_rows)
        skipped["rows"].push_back({{"line", row.line}, {"column", row.column}, {"reason", row.reason}});
    out["skipped"] = skipped;
    out["currency"] = currency;
    json totals = json::object();
    totals["earnings"] = money(summary.total.earnings, currency);
    totals["earnings_exact"] = summary.earnings_exact;
    totals["quantity"] = summary.total.quantity;
    if (summary.total.per_1000) totals["per_1000"] = money(*summary.total.per_1000, currency);
    out["totals"] = totals;
    out["by_store"] = lines_json(summary.by_store, currency);
    out["by_country"] = lines_json(summary.by_country, currency);
    out["by_month"] = lines_json(summary.by_month, currency);
    out["by_reporting_month"] = lines_json(summary.by_reporting_month, currency);
    out["by_track"] = lines_json(summary.by_track, currency, true);
    out["by_release"] = lines_json(summary.by_release, currency);
    out["by_product_type"] = lines_json(summary.by_product_type, currency);
    json trend = json::object();
    trend["months"] = lines_json(summary.trend.months, currency);
    trend["monthly_ratio"] = optional_number(summary.trend.monthly_ratio);
    trend["half_life_months"] = optional_number(summary.trend.half_life_months);
    out["trend"] = trend;
    json lag = json::object();
    lag["by_months"] = lines_json(summary.by_lag, currency);
    lag["mean_months"] = optional_number(summary.mean_lag_months);
    out["lag"] = lag;
    json others = json::array();
    for (const StatementLine& line : summary.other_currencies) others.push_back(line_json(line, line.name, false));
    out["other_currencies"] = others;
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

namespace {

// "  Spotify ........ $12.34   1,234 × | $2.90 per 1,000"
void append_lines(std::string& out, const char* title, const std::vector<StatementLine>& lines,
                  const std::string& currency, std::size_t limit) {
    if (lines.empty()) return;
    out += cat("\n", title, "\n");
    for (std::size_t i = 0; i < lines.size() && i < limit; ++i) {
        const StatementLine& line = lines[i];
        std::string name = line.name + (line.isrc.empty() ? "" : " (" + line.isrc + ")");
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "  %-40s %16s %14s", name.substr(0, 40).c_str(),
                      format_money(line.earnings, currency).c_str(), format_count(line.quantity).c_str());
        out += buffer;
        if (line.per_1000) out += cat("   ", format_money(*line.per_1000, currency), " per 1,000 streams");
        out += "\n";
    }
    if (lines.size() > limit) out += cat("  … and ", std::to_string(lines.size() - limit), " more\n");
}

}  // namespace

std::string statement_report_text(const StatementSummary& summary) {
    const std::string& currency = summary.currency;
    std::string out =
        cat("Statement: ", statement_format_label(summary.format), ", ", summary.encoding, ", ", currency, "\n");
    for (const std::string& file : summary.files) out += cat("  ", file, "\n");
    out += cat("Rows read ", format_count(summary.rows), "; skipped ", format_count(summary.skipped), "\n");
    for (const SkippedRow& row : summary.skipped_rows)
        out += cat("  line ", std::to_string(row.line), row.column.empty() ? "" : ", column " + row.column, ": ",
                   row.reason, "\n");
    out += cat("Total earnings ", format_money(summary.total.earnings, currency), " (exactly ", summary.earnings_exact,
               ") for ", format_count(summary.total.quantity), " units\n");
    if (summary.total.per_1000) out += cat("Per 1,000 streams ", format_money(*summary.total.per_1000, currency), "\n");
    append_lines(out, "By store", summary.by_store, currency, 20);
    append_lines(out, "By country", summary.by_country, currency, 20);
    append_lines(out, "By sale month", summary.by_month, currency, 120);
    append_lines(out, "By track", summary.by_track, currency, 20);
    append_lines(out, "By release", summary.by_release, currency, 20);
    append_lines(out, "By type", summary.by_product_type, currency, 20);
    if (summary.trend.monthly_ratio) {
        out += cat("\nTrend from the best month: ×", format_fixed(*summary.trend.monthly_ratio, 3), " per month");
        if (summary.trend.half_life_months)
            out += cat(" (earnings halve every ", format_fixed(*summary.trend.half_life_months, 1), " months)");
        out += "\n";
    }
    if (summary.mean_lag_months)
        out += cat("Reporting lag: on average ", format_fixed(*summary.mean_lag_months, 1),
                   " months between the listening and the statement\n");
    for (const StatementLine& other : summary.other_currencies)
        out += cat("Not added (another currency): ", format_money(other.earnings, other.name), " in ",
                   format_count(other.rows), " rows\n");
    return out;
}

Result<ColumnMap> parse_column_map(std::string_view text) {
    ColumnMap map;
    Problems problems;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view pair = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos) {
            problems.push_back({std::string(pair), "is not role=column"});
            continue;
        }
        std::string_view role = pair.substr(0, equals);
        const std::string column(pair.substr(equals + 1));
        if (role == "currency" && column.size() == 3 &&
            column.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) {
            map.currency = column;  // a code, not a column: the amounts' fixed currency
            continue;
        }
        if (role == "date") role = "sale_date";
        if (role == "track") role = "title";
        bool known = false;
        for (std::size_t i = 0; i < column_role_count; ++i)
            if (column_role_names[i] == role) {
                map.columns[i] = column;
                known = true;
            }
        if (!known)
            problems.push_back({std::string(role), cat("is not a column role; roles: date, ", [] {
                                    std::string names;
                                    for (const std::string_view name : column_role_names)
                                        names += cat(names.empty() ? "" : ", ", name);
                                    return names;
                                }())});
    }
    if (!problems.empty()) return problems;
    return map;
}

}  // namespace dealsheet
