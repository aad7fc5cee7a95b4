// Dealsheet core — a statement put to use (statement_use.hpp): scenario inputs from a tally, and its split.
#include "dealsheet/statement_use.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "dealsheet/share.hpp"

namespace dealsheet {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The scenario platform a store name stands for: names as distributors write them ("Spotify", "YouTube (Red)",
// "iTunes - Apple Music - US", "Amazon Unlimited (Streaming)"); only their stream rows are ever counted.
std::optional<Platform> platform_of_store(std::string_view store) {
    const std::string name = lower(store);
    if (name.find("spotify") != std::string::npos) return Platform::spotify;
    if (name.find("youtube") != std::string::npos) return Platform::youtube;
    if (name.find("apple music") != std::string::npos) return Platform::apple_music;
    if (name.find("amazon") != std::string::npos) return Platform::amazon_music;
    return std::nullopt;
}

// picos ÷ divisor, rounded half away from zero.
Micros round_div(Picos picos, Picos divisor) {
    const bool negative = (picos < 0) != (divisor < 0);
    Picos a = picos < 0 ? -picos : picos;
    const Picos d = divisor < 0 ? -divisor : divisor;
    Picos q = a / d;
    if ((a % d) * 2 >= d) q += 1;
    return static_cast<Micros>(negative ? -q : q);
}

// "12.5%" from parts per million, without trailing zeros.
std::string percent_text(std::int64_t ppm) {
    std::string text = std::to_string(ppm / 10'000);
    std::int64_t rest = ppm % 10'000;
    if (rest != 0) {
        std::string decimals = std::to_string(rest);
        decimals.insert(0, 4 - decimals.size(), '0');
        while (decimals.back() == '0') decimals.pop_back();
        text += "." + decimals;
    }
    return text + "%";
}

// Dollars with two decimals and no grouping, for CSV ("1234.50").
std::string csv_amount(Micros amount) {
    const Micros cents = mul_div_round(amount, 1, 10'000);
    const Micros whole = (cents < 0 ? -cents : cents);
    std::string text = std::to_string(whole / 100) + "." + (whole % 100 < 10 ? "0" : "") + std::to_string(whole % 100);
    return cents < 0 ? "-" + text : text;
}

}  // namespace

// [SECTION] Engine: inputs, applying them, splitting the earnings

Result<StatementInputs> statement_inputs(const StatementTally& tally) {
    const Result<StatementSummary> summary = summarize(tally);
    if (!summary.ok()) return summary.problems();
    StatementInputs inputs;
    inputs.currency = tally.currency;
    inputs.months = static_cast<int>(summary.value().trend.months.size());
    if (const std::optional<double> ratio = summary.value().trend.monthly_ratio; ratio && *ratio < 1.0 && *ratio >= 0.0)
        inputs.decay_ppm = std::clamp<std::int64_t>(std::llround((1.0 - *ratio) * 1e6), 0, 1'000'000);

    struct Sum {
        std::vector<std::string> stores;
        std::vector<std::int64_t> store_streams;
        std::int64_t streams = 0;
        Picos earnings = 0;
    };
    std::vector<Sum> sums(platform_payouts().size());
    for (const StatementGroup& store : tally.by_store) {
        if (store.streams == 0) continue;
        const std::optional<Platform> platform = platform_of_store(store.name);
        if (!platform) {
            inputs.left_out.push_back({store.name, store.streams, "no platform in the scenario stands for it"});
            continue;
        }
        Sum& sum = sums[static_cast<std::size_t>(*platform)];
        sum.stores.push_back(store.name);
        sum.store_streams.push_back(store.streams);
        sum.streams += store.streams;
        sum.earnings += store.stream_earnings;
    }
    for (std::size_t k = 0; k < sums.size(); ++k) {
        const Sum& sum = sums[k];
        if (sum.stores.empty()) continue;
        // Earnings per 1,000 streams in micro-units: picos × 1,000 ÷ streams ÷ 1e6.
        const Micros rate = sum.streams > 0 ? round_div(sum.earnings, static_cast<Picos>(sum.streams) * 1000) : -1;
        if (sum.streams <= 0 || rate < 0 || rate > max_payout_per_1000) {
            for (std::size_t i = 0; i < sum.stores.size(); ++i)
                inputs.left_out.push_back({sum.stores[i], sum.store_streams[i],
                                           "its streams and earnings give no payout from $0 to $1 a stream"});
            continue;
        }
        inputs.platforms.push_back({static_cast<Platform>(k), sum.stores, sum.streams, rate});
    }
    std::sort(inputs.left_out.begin(), inputs.left_out.end(),
              [](const StatementStoreLeftOut& a, const StatementStoreLeftOut& b) { return a.store < b.store; });
    return inputs;
}

Result<Scenario> apply_statement_inputs(const Scenario& base, const StatementInputs& inputs) {
    if (inputs.currency != "USD")
        return Problems{{"statement.currency",
                         "is " + inputs.currency +
                             ": the scenario counts in US dollars, so these payouts cannot be used as they are"}};
    if (inputs.platforms.empty())
        return Problems{{"statement.platforms",
                         "no stream rows from Spotify, YouTube, Apple Music or Amazon Music: "
                         "nothing the scenario models"}};
    Scenario scenario = base;
    scenario.release.revenue_model = RevenueModel::per_stream;
    scenario.release.route = ReleaseRoute::self_released;
    scenario.release.streaming.platforms.clear();
    const int months = std::min(inputs.months, max_stream_months);
    for (const StatementPlatformInput& input : inputs.platforms) {
        PlatformStreams entry;
        entry.platform = input.platform;
        entry.payout_per_1000 = input.payout_per_1000;
        if (inputs.decay_ppm && *inputs.decay_ppm > 0 && *inputs.decay_ppm < 1'000'000 && months >= 2) {
            // A geometric series first × (1 + r + … + r^(n−1)) holding the statement's streams: first = S(1−r)/(1−r^n).
            const double kept = 1.0 - static_cast<double>(*inputs.decay_ppm) / 1e6;
            const double first = static_cast<double>(input.streams) * (1.0 - kept) / (1.0 - std::pow(kept, months));
            entry.streams.shape = CurveShape::decay;
            entry.streams.first_month = std::llround(first);
            entry.streams.decay_ppm = *inputs.decay_ppm;
            entry.streams.months = months;
        } else {
            entry.streams.shape = CurveShape::total;
            entry.streams.total = input.streams;
        }
        scenario.release.streaming.platforms.push_back(entry);
    }
    Problems problems = validate(scenario);
    if (!problems.empty()) return problems;
    return scenario;
}

Result<StatementSplit> split_statement(const SplitTerms& terms, const StatementSummary& summary) {
    Problems problems;
    if (summary.total.earnings < 0)
        problems.push_back({"statement.earnings", "is " + format_money(summary.total.earnings, summary.currency) +
                                                      ": a negative total leaves nothing to split"});
    const bool recoups = std::any_of(terms.collaborators.begin(), terms.collaborators.end(),
                                     [](const Collaborator& c) { return c.recoup_first != 0; });
    if (recoups && summary.currency != "USD")
        problems.push_back(
            {"statement.currency",
             "is " + summary.currency + ": the recoup-first amounts are in US dollars and cannot be repaid from it"});
    if (!problems.empty()) return problems;
    SplitTerms paid = terms;  // the statement is what the distributor paid: its commission and fee are behind it
    paid.distributor.commission_ppm = 0;
    paid.distributor.annual_fee = 0;
    const Result<SplitResult> result = split_store_revenue(paid, summary.total.earnings, 12, "splits");
    if (!result.ok()) return result.problems();
    const SplitPeriod& period = result.value().total;
    StatementSplit split;
    split.currency = summary.currency;
    split.earnings = summary.total.earnings;
    for (std::size_t k = 0; k < terms.collaborators.size(); ++k) {
        split.names.push_back(terms.collaborators[k].name);
        split.shares_ppm.push_back(terms.collaborators[k].share_ppm);
        split.recoup_first.push_back(terms.collaborators[k].recoup_first);
        split.amounts.push_back(k < period.collaborators.size() ? period.collaborators[k] : 0);
    }
    split.recouped = period.recouped;
    split.uploader = period.uploader;
    split.recoup_balance = period.recoup_balance;
    return split;
}

// [SECTION] Text: the split as CSV, Markdown and chat

std::string statement_split_csv(const StatementSplit& split) {
    std::string out = "person,share,recoup_first,amount,currency\r\n";
    for (std::size_t k = 0; k < split.names.size(); ++k)
        out += csv_cell(split.names[k]) + "," + percent_text(split.shares_ppm[k]) + "," +
               csv_amount(split.recoup_first[k]) + "," + csv_amount(split.amounts[k]) + "," + split.currency + "\r\n";
    out += "You (uploader),the rest,0.00," + csv_amount(split.uploader) + "," + split.currency + "\r\n";
    return out;
}

std::string statement_split_markdown(const StatementSplit& split) {
    std::string out = "Statement split: " + format_money(split.earnings, split.currency) + "\n\n";
    out += "| Person | Share | Recoup first | Amount |\n|---|---:|---:|---:|\n";
    for (std::size_t k = 0; k < split.names.size(); ++k)
        out += "| " + escape_markdown(split.names[k]) + " | " + percent_text(split.shares_ppm[k]) + " | " +
               format_usd(split.recoup_first[k]) + " | " + format_money(split.amounts[k], split.currency) + " |\n";
    out += "| You (uploader) | the rest | | " + format_money(split.uploader, split.currency) + " |\n";
    return out;
}

std::string statement_split_chat(const StatementSplit& split) {
    std::string out = "Our statement paid " + format_money(split.earnings, split.currency) + ". Split:\n";
    for (std::size_t k = 0; k < split.names.size(); ++k)
        out += "- " + escape_markdown(split.names[k]) + " (" + percent_text(split.shares_ppm[k]) +
               (split.recoup_first[k] ? ", " + format_usd(split.recoup_first[k]) + " recouped first" : std::string()) +
               "): " + format_money(split.amounts[k], split.currency) + "\n";
    out += "- Me (uploader): " + format_money(split.uploader, split.currency) + "\n";
    if (split.recoup_balance > 0) out += "Still to recoup: " + format_usd(split.recoup_balance) + "\n";
    return out;
}

}  // namespace dealsheet
