// A statement's tally merged with others and summarized: exact sums to micro-units, rates per 1,000 streams,
// the monthly trend with its fitted decay, and the reporting lag.
#include <algorithm>
#include <cmath>
#include <limits>

#include "dealsheet/statement.hpp"
#include "foundation/text.hpp"
#include "statements/values.hpp"

namespace dealsheet {
namespace {

using detail::cat;

// [SECTION] Merging

bool group_before(const StatementGroup& a, const StatementGroup& b) {
    return a.isrc != b.isrc ? a.isrc < b.isrc : a.name < b.name;
}

void add_group(StatementGroup& into, const StatementGroup& more) {
    into.earnings += more.earnings;
    into.quantity += more.quantity;
    into.rows += more.rows;
    into.stream_earnings += more.stream_earnings;
    into.streams += more.streams;
}

// Two sorted lists of groups as one sorted list, equal names added together.
void merge_groups(std::vector<StatementGroup>& into, const std::vector<StatementGroup>& more) {
    std::vector<StatementGroup> out;
    out.reserve(into.size() + more.size());
    std::size_t i = 0, k = 0;
    while (i < into.size() || k < more.size()) {
        if (k == more.size() || (i < into.size() && group_before(into[i], more[k]))) {
            out.push_back(std::move(into[i++]));
        } else if (i == into.size() || group_before(more[k], into[i])) {
            out.push_back(more[k++]);
        } else {
            out.push_back(std::move(into[i++]));
            add_group(out.back(), more[k++]);
        }
    }
    into = std::move(out);
}

// [SECTION] Summary

constexpr Picos picos_per_micro = 1'000'000;

// Exact picos to micros, half away from zero; nullopt beyond int64.
std::optional<Micros> to_micros(Picos picos) {
    const Picos half = picos_per_micro / 2;
    const Picos micros = picos >= 0 ? (picos + half) / picos_per_micro : (picos - half) / picos_per_micro;
    if (micros > std::numeric_limits<Micros>::max() || micros < std::numeric_limits<Micros>::min()) return std::nullopt;
    return static_cast<Micros>(micros);
}

// "-1234.567890123" with `decimals` places (0 to 12): the exact sum at the file's own precision.
std::string exact_text(Picos picos, int decimals) {
    const bool negative = picos < 0;
    __extension__ using Unsigned = unsigned __int128;
    Unsigned magnitude = negative ? static_cast<Unsigned>(-(picos + 1)) + 1 : static_cast<Unsigned>(picos);
    std::string digits;
    do {
        digits += static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    while (digits.size() < 13) digits += '0';
    std::reverse(digits.begin(), digits.end());
    std::string whole = digits.substr(0, digits.size() - 12), fraction = digits.substr(digits.size() - 12);
    // Sums of amounts with at most `decimals` places have no digits beyond them.
    fraction.resize(static_cast<std::size_t>(decimals));
    return cat(negative ? "-" : "", whole, decimals > 0 ? "." : "", fraction);
}

struct Converter {
    Problems problems;
    StatementLine line(const StatementGroup& group) {
        StatementLine out;
        out.name = group.name;
        out.isrc = group.isrc;
        out.quantity = group.quantity;
        out.rows = group.rows;
        const std::optional<Micros> earnings = to_micros(group.earnings);
        if (!earnings) problems.push_back({group.name, "earnings beyond ±9.2e12 cannot be shown"});
        out.earnings = earnings.value_or(0);
        if (group.streams > 0) {
            // per 1,000 streams in micros: picos × 1000 / streams / 1e6, rounded once.
            const Picos divisor = static_cast<Picos>(group.streams) * 1000;
            const Picos half = divisor / 2;
            const Picos value = group.stream_earnings >= 0 ? (group.stream_earnings + half) / divisor
                                                           : (group.stream_earnings - half) / divisor;
            if (value <= std::numeric_limits<Micros>::max() && value >= std::numeric_limits<Micros>::min())
                out.per_1000 = static_cast<Micros>(value);  // else no rate: beyond what money can show
        }
        return out;
    }
    std::vector<StatementLine> lines(const std::vector<StatementGroup>& groups, bool by_earnings) {
        std::vector<StatementLine> out;
        out.reserve(groups.size());
        for (const StatementGroup& group : groups) out.push_back(line(group));
        if (by_earnings)
            std::stable_sort(out.begin(), out.end(),
                             [](const StatementLine& a, const StatementLine& b) { return a.earnings > b.earnings; });
        return out;
    }
};

// Every month from the first to the last, gaps as zero months; the decay fitted from the best month on
// (least squares of log earnings over month index, months with positive earnings only).
StatementTrend trend_of(const std::vector<StatementLine>& months) {
    StatementTrend trend;
    std::optional<int> previous;
    for (const StatementLine& month : months) {
        const std::optional<int> index = detail::parse_month(month.name);
        if (!index) continue;
        for (int gap = previous ? *previous + 1 : *index; gap < *index; ++gap) {
            StatementLine empty;
            empty.name = detail::month_name(gap);
            trend.months.push_back(empty);
        }
        trend.months.push_back(month);
        previous = index;
    }
    std::size_t peak = 0;
    for (std::size_t i = 0; i < trend.months.size(); ++i)
        if (trend.months[i].earnings > trend.months[peak].earnings) peak = i;
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = peak; i < trend.months.size(); ++i) {
        if (trend.months[i].earnings <= 0) continue;
        const double x = static_cast<double>(i - peak), y = std::log(static_cast<double>(trend.months[i].earnings));
        n += 1, sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    if (n < 3 || n * sxx - sx * sx <= 0) return trend;
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    trend.monthly_ratio = std::exp(slope);
    if (slope < 0) trend.half_life_months = std::log(0.5) / slope;
    return trend;
}

}  // namespace

Problems merge(StatementTally& into, const StatementTally& more) {
    if (into.currency != more.currency)
        return {{more.files.empty() ? "" : more.files.front(),
                 cat("is in ", more.currency, " and ", into.files.empty() ? "the others" : into.files.front(), " in ",
                     into.currency, ": statements in different currencies are never added together")}};
    if (into.format != more.format) into.format = StatementFormat::mapped;
    if (into.encoding != more.encoding) into.encoding = "mixed";
    into.files.insert(into.files.end(), more.files.begin(), more.files.end());
    into.rows += more.rows;
    into.skipped += more.skipped;
    for (const SkippedRow& row : more.skipped_rows)
        if (into.skipped_rows.size() < statement_max_skipped_listed) into.skipped_rows.push_back(row);
    into.max_decimals = std::max(into.max_decimals, more.max_decimals);
    add_group(into.total, more.total);
    merge_groups(into.by_store, more.by_store);
    merge_groups(into.by_country, more.by_country);
    merge_groups(into.by_sale_month, more.by_sale_month);
    merge_groups(into.by_reporting_month, more.by_reporting_month);
    merge_groups(into.by_track, more.by_track);
    merge_groups(into.by_release, more.by_release);
    merge_groups(into.by_product_type, more.by_product_type);
    merge_groups(into.other_currencies, more.other_currencies);
    if (into.by_lag.size() < more.by_lag.size()) {
        const std::size_t old = into.by_lag.size();
        into.by_lag.resize(more.by_lag.size());
        for (std::size_t i = old; i < into.by_lag.size(); ++i) into.by_lag[i].name = more.by_lag[i].name;
    }
    for (std::size_t i = 0; i < more.by_lag.size(); ++i) add_group(into.by_lag[i], more.by_lag[i]);
    return {};
}

Result<StatementSummary> summarize(const StatementTally& tally) {
    Converter convert;
    StatementSummary out;
    out.format = tally.format;
    out.currency = tally.currency;
    out.encoding = tally.encoding;
    out.files = tally.files;
    out.rows = tally.rows;
    out.skipped = tally.skipped;
    out.skipped_rows = tally.skipped_rows;
    out.earnings_exact = exact_text(tally.total.earnings, tally.max_decimals);
    out.total = convert.line(tally.total);
    out.by_store = convert.lines(tally.by_store, true);
    out.by_country = convert.lines(tally.by_country, true);
    out.by_month = convert.lines(tally.by_sale_month, false);
    out.by_reporting_month = convert.lines(tally.by_reporting_month, false);
    out.by_track = convert.lines(tally.by_track, true);
    out.by_release = convert.lines(tally.by_release, true);
    out.by_product_type = convert.lines(tally.by_product_type, true);
    out.by_lag = convert.lines(tally.by_lag, false);
    out.other_currencies = convert.lines(tally.other_currencies, false);
    if (!convert.problems.empty()) return convert.problems;
    out.trend = trend_of(out.by_month);
    double weighted = 0, weight = 0;
    for (std::size_t lag = 0; lag < out.by_lag.size(); ++lag) {
        weighted += static_cast<double>(lag) * static_cast<double>(out.by_lag[lag].earnings);
        weight += static_cast<double>(out.by_lag[lag].earnings);
    }
    if (weight > 0) out.mean_lag_months = weighted / weight;
    return out;
}

}  // namespace dealsheet
