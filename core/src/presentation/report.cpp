// Index of this file
// [SECTION] Table helpers
// [SECTION] Sections: publishing, master revenue, label deal and answers, splits, assumptions
// [SECTION] Offers compared
#include "dealsheet/report.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/sources.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

// [SECTION] Table helpers

using Rows = std::vector<std::pair<std::string, std::string>>;

// "label ....  value" rows with the values right-aligned in one column.
void append_table(std::string& out, const Rows& rows) {
    size_t label_width = 0, value_width = 0;
    for (const auto& [label, value] : rows) {
        label_width = std::max(label_width, label.size());
        value_width = std::max(value_width, value.size());
    }
    for (const auto& [label, value] : rows) {
        out += "  ";
        out += label;
        out.append(label_width - label.size() + 2, ' ');
        out.append(value_width - value.size(), ' ');
        out += value;
        out += '\n';
    }
}

void heading(std::string& out, const std::string& title) {
    out += '\n';
    out += title;
    out += '\n';
}

// The report's words for the deal's terms, in enum order (the JSON names, "record_one", are for files, not
// readers); detail::enum_name looks them up.
constexpr std::array<std::string_view, 3> convention_words{"paid from the first stream",
                                                           "paid once the recording costs are earned back",
                                                           "paid once the costs are earned back at the net rate"};
constexpr std::array<std::string_view, 3> deal_words{"royalty deal", "net-profit (profit split) deal",
                                                     "distribution deal"};
constexpr std::array<std::string_view, 4> publishing_deal_words{"self-published", "publishing deal",
                                                                "co-publishing deal", "administration deal"};
static_assert(convention_words.size() == payment_convention_names.size());
static_assert(deal_words.size() == recording_deal_type_names.size());

std::string month_or_never(const std::optional<std::size_t>& month) {
    return month ? "month " + std::to_string(*month + 1) : std::string("not within the series");
}

// [SECTION] Sections: publishing, master revenue, label deal and answers, splits, assumptions

void publishing_section(std::string& out, const Scenario& scenario, const ScenarioResult& result) {
    const QuickEstimateTerms& terms = scenario.publishing_quick;
    const QuickEstimate& quick = result.publishing_quick;
    out += "Publishing quick estimate\n";
    append_table(
        out,
        {
            {"Streams (US on-demand)",
             format_count(quick.streams) + (quick.streams_follow_release
                                                ? " (the release's, x " + format_percent(quick.us_share_ppm) + " US)"
                                                : "")},
            {"Rate year", std::to_string(terms.year)},
            {"Headline rate", format_percent(quick.rate.rate_ppm) + (terms.rate_ppm ? " (your assumption)" : "")},
            {"Service revenue", format_usd(quick.service_revenue)},
            {"Publishing (performance + mechanical)", format_usd(quick.publishing_total)},
        });
    if (!result.publishing_by_year.empty()) {
        heading(out, "Publishing by rate year at " + format_count(quick.streams) + " streams");
        Rows years;
        for (const YearEstimate& row : result.publishing_by_year)
            years.emplace_back(std::to_string(row.rate.year) + " (" + format_percent(row.rate.rate_ppm) + ", " +
                                   row.rate.proceeding + ")",
                               format_usd(row.publishing_total));
        append_table(out, years);
    }
    const PublishingResult& publishing = result.publishing;
    heading(out, publishing.method == PublishingMethod::full ? "Publishing split (full Section 115 calculation)"
                                                             : "Publishing split (quick estimate)");
    if (publishing.offering) {
        const OfferingResult& o = *publishing.offering;
        std::string floor = o.floor_per_subscriber > 0
                                ? format_usd(o.floor_per_subscriber) + " per " +
                                      (o.subscribers_counted == SubscriberBasis::active ? "active " : "") +
                                      "subscriber = " + format_usd(o.floor_amount) +
                                      (o.floor_binds ? " (applied)" : " (not reached)")
                                : std::string("none for this offering");
        append_table(
            out,
            {{"Offering type", std::string(describe(o.type))},
             {"All-in pool (" + std::string(o.prong == AllInProng::tcc ? "TCC prong" : "headline prong") + ")",
              format_usd(o.all_in_pool)},
             {"Mechanical floor", floor},
             {"Payable pool", format_usd(o.payable_pool)},
             {"Work's weighted plays", format_fixed(static_cast<double>(o.work_weighted_fifths) / 5.0, 1) + " of " +
                                           format_fixed(static_cast<double>(o.weighted_paid_fifths) / 5.0, 1)}});
    }
    Rows rows{{"Performance royalties", format_usd(publishing.split.income.performance)},
              {"Mechanical royalties", format_usd(publishing.split.income.mechanical)},
              {"PRO commission", format_usd(publishing.split.pro_commission)},
              {"MLC commission", format_usd(publishing.split.mlc_commission)}};
    for (const WriterPayout& writer : publishing.split.writers) {
        std::string label = writer.name + " (" + format_percent(writer.share_ppm) + ", " +
                            std::string(detail::enum_name(writer.deal, publishing_deal_words)) + ")";
        std::string value = format_usd(writer.paid) + " paid";
        if (writer.recouped > 0) value += ", " + format_usd(writer.recouped) + " recouped";
        if (writer.unrecouped > 0) value += ", " + format_usd(writer.unrecouped) + " unrecouped";
        rows.emplace_back(std::move(label), std::move(value));
    }
    for (const PublisherPayout& publisher : publishing.split.publishers)
        rows.emplace_back(publisher.name + " (publisher)", format_usd(publisher.kept) + " kept");
    append_table(out, rows);
}

void master_section(std::string& out, const ScenarioResult& result) {
    const ReleaseResult& release = result.release;
    heading(out, "Master revenue");
    Rows rows;
    if (release.streaming) {
        for (const PlatformRevenue& platform : release.streaming->platforms)
            rows.emplace_back(std::string(to_string(platform.platform)) + ": " + format_count(platform.streams) +
                                  " streams at " + format_usd(platform.payout_per_1000) + "/1,000",
                              format_usd(platform.revenue));
    }
    if (release.pool) {
        for (const PoolTrackPayout& track : release.pool->tracks)
            rows.emplace_back(track.name + " (pool: pro-rata / user-centric)",
                              format_usd(track.pro_rata) + " / " + format_usd(track.user_centric));
    }
    rows.emplace_back("Master revenue over " + std::to_string(release.master_revenue.size()) + " month(s)",
                      format_usd(release.master_total));
    append_table(out, rows);

    if (release.recording) {
        const RecordingResult& deal = *release.recording;
        heading(out, "Label deal");
        Rows deal_rows{{"Deal", std::string(detail::enum_name(deal.type, deal_words))},
                       {"Artist all-in rate / net of points",
                        format_percent(deal.artist_all_in_ppm) + " / " + format_percent(deal.artist_net_ppm)},
                       {"Artist royalty earned", format_usd(deal.artist.earned_total)},
                       {"Recoupable charged to the artist", format_usd(deal.artist.recoupable)},
                       {"Artist paid (this release on its own)", format_usd(deal.artist.paid_total)},
                       {"Artist unrecouped", format_usd(deal.artist.unrecouped)},
                       {"Artist recouped in", month_or_never(deal.artist.recouped_month)}};
        for (const PartyLedger& party : deal.parties) {
            deal_rows.emplace_back(party.name + " (" + format_percent(party.effective_points_ppm) + " points, " +
                                       std::string(detail::enum_name(party.convention, convention_words)) + ")",
                                   format_usd(party.ledger.paid_total) + " paid, first in " +
                                       month_or_never(party.ledger.first_paid_month));
        }
        deal_rows.emplace_back("Label net on the record", format_usd(deal.label_net));
        append_table(out, deal_rows);
    }
    if (release.answers) {
        const DealAnswers& answers = *release.answers;
        heading(out, "When does backend pay?");
        Rows answer_rows{{"Artist recoups at", format_streams_or_never(answers.artist_recoups_at_streams)},
                         {"Artist is first paid at", format_streams_or_never(answers.artist_paid_from_streams)}};
        const RecordingResult& at = answers.at_streams;
        for (size_t i = 0; i < answers.party_paid_from_streams.size() && i < at.parties.size(); ++i)
            answer_rows.emplace_back(at.parties[i].name + " is first paid at",
                                     format_streams_or_never(answers.party_paid_from_streams[i]));
        for (const FeeAnswer& fee : answers.fees) {
            const std::string name = fee.choice.party < at.parties.size() ? at.parties[fee.choice.party].name : "party";
            answer_rows.emplace_back(name + ": points beat the " + format_usd(fee.fee_difference) + " fee cut at",
                                     format_streams_or_never(fee.break_even_streams));
        }
        answer_rows.emplace_back("At " + format_count(answers.streams) + " streams: artist paid",
                                 format_usd(at.artist.paid_total));
        for (const PartyLedger& party : at.parties)
            answer_rows.emplace_back("At " + format_count(answers.streams) + " streams: " + party.name + " paid",
                                     format_usd(party.ledger.paid_total));
        append_table(out, answer_rows);
    }
    if (release.accounts) {
        const CrossResult& accounts = *release.accounts;
        heading(out, accounts.crossed ? "Accounts, cross-collateralized (one pooled balance)"
                                      : "Accounts, not crossed (each balance on its own)");
        Rows account_rows;
        for (const Ledger& ledger : accounts.ledgers)
            account_rows.emplace_back(
                ledger.party, format_usd(ledger.closing) + " balance, " + format_usd(ledger.paid_total) + " paid");
        account_rows.emplace_back("Payable to the artist across accounts", format_usd(accounts.payable));
        account_rows.emplace_back("Unrecouped (absorbed by the label)", format_usd(accounts.unrecouped));
        append_table(out, account_rows);
    }
    if (release.splits) {
        const SplitPeriod& total = release.splits->total;
        heading(out, "Distributor splits (self-released)");
        Rows split_rows{{"Store royalties", format_usd(total.gross)},
                        {"Distributor commission", format_usd(total.commission)}};
        for (size_t i = 0; i < total.collaborators.size(); ++i)
            split_rows.emplace_back("Collaborator " + std::to_string(i + 1), format_usd(total.collaborators[i]));
        split_rows.emplace_back("Uploader (after the annual fee)", format_usd(total.uploader));
        if (total.fee_unrecovered > 0)
            split_rows.emplace_back("Annual fee not covered", format_usd(total.fee_unrecovered));
        append_table(out, split_rows);
    }
}

// [SECTION] Offers compared

std::string chance(std::int64_t ppm) { return format_percent(ppm); }

void compare_section(std::string& out, const Comparison& c) {
    heading(out, "Compare offers for " + c.party_name + " (lifetime payout: fee + advance + royalties beyond it)");
    Rows rows;
    for (const OfferResult& r : c.offers) {
        const std::string name = r.offer.name;
        std::string terms = format_usd(r.offer.fee) + " fee";
        if (r.offer.advance > 0) terms += ", " + format_usd(r.offer.advance) + " advance";
        if (r.offer.points_ppm > 0) terms += ", " + format_percent(r.offer.points_ppm) + " points";
        if (r.offer.record_one) terms += " (paid from the first stream)";
        rows.emplace_back(name + ": terms", terms);
        rows.emplace_back(name + ": up front", format_usd(r.upfront));
        rows.emplace_back(name + ": backend from", format_streams_or_never(r.backend_from_streams));
        rows.emplace_back(name + ": at " + format_count(c.scenario_streams) + " streams",
                          format_usd(r.at_scenario_streams));
        rows.emplace_back(name + ": reaches " + format_usd(c.target) + " at",
                          format_streams_or_never(r.target_streams));
        rows.emplace_back(name + ": expected (median)",
                          format_usd(r.expected) + " (" + format_usd(r.percentiles[median_index]) + ")");
        rows.emplace_back(name + ": middle 80% of outcomes (middle 98%)",
                          format_usd(r.percentiles[1]) + " - " + format_usd(r.percentiles[3]) + " (" +
                              format_usd(r.percentiles[0]) + " - " + format_usd(r.percentiles[4]) + ")");
        rows.emplace_back(name + ": chance of any backend", chance(r.backend_chance_ppm));
        rows.emplace_back(name + ": expected if " + format_percent(c.outcomes.community_chance_ppm) +
                              " of projects pay (producers' rule of thumb)",
                          format_usd(r.community_expected));
    }
    for (const OfferPair& pair : c.pairs) {
        const std::string& later = c.offers[pair.later].offer.name;
        const std::string& earlier = c.offers[pair.earlier].offer.name;
        rows.emplace_back(detail::cat(later, " stays ahead of ", earlier, " from"),
                          detail::cat(format_streams_or_never(pair.break_even_streams), " (reached by ",
                                      chance(pair.reach_ppm), ")"));
        rows.emplace_back(detail::cat("Chance ", later, " pays more than ", earlier), chance(pair.later_beats_ppm));
    }
    rows.emplace_back("Lifetime streams: median (middle 80%)", format_count(c.stream_percentiles[median_index]) + " (" +
                                                                   format_count(c.stream_percentiles[1]) + " - " +
                                                                   format_count(c.stream_percentiles[3]) + ")");
    rows.emplace_back("Lifetime streams: mean", format_count(c.mean_streams));
    append_table(out, rows);
    out += "  Verdict: " + c.verdict + "\n";
    out += "  Outcomes: " + c.distribution + "\n";
    for (const std::string& caveat : c.caveats) out += "    - " + caveat + "\n";
}

void assumptions_section(std::string& out, const std::vector<const Assumptions*>& lists) {
    heading(out, "Assumptions and sources");
    std::vector<std::pair<std::string, std::string>> seen;
    for (const Assumptions* list : lists) {
        for (const Assumption& a : *list) {
            const auto key = std::make_pair(a.name, a.value);
            if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
            seen.push_back(key);
            out += "  - " + a.name + ": " + a.value + "\n    " + plain_source(a.source);
            if (const std::string evidence = evidence_words(a.tag); !evidence.empty()) out += " (" + evidence + ")";
            if (!a.as_of.empty()) out += ", as of " + a.as_of;
            out += '\n';
        }
    }
}

}  // namespace

std::string report_text(const Scenario& scenario, const ScenarioResult& result) {
    std::string out;
    if (!scenario.title.empty()) out += scenario.title + "\n\n";
    publishing_section(out, scenario, result);
    master_section(out, result);
    if (result.comparison) compare_section(out, *result.comparison);
    out += "\n";
    out += summarize(scenario, result);
    out += "\n";
    assumptions_section(out, assumption_lists(result));
    return out;
}

}  // namespace dealsheet
