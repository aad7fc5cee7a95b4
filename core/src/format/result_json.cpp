// The engines' result structs as nlohmann::json (see result_json.hpp for the conventions). Each function only
// builds values: objects are filled with operator[] on objects this file creates, so nothing here throws on
// valid results. Monthly series are written in full. Text pointers of the static tables are guarded: a
// default-constructed row (null pointers) is written with "" rather than reading a null pointer.
//
// Index of this file
// [SECTION] Local helpers
// [SECTION] Values (money, rates, assumptions, statutory rows)
// [SECTION] Publishing
// [SECTION] Streaming
// [SECTION] Distributor splits
// [SECTION] Recording, points and ledgers
// [SECTION] Deal answers
// [SECTION] Offers compared
#include "format/result_json.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace dealsheet::detail {

using nlohmann::json;

namespace {

// [SECTION] Local helpers

// A table's text, or "" for a null pointer (a default-constructed row).
std::string text(const char* value) { return value != nullptr ? std::string(value) : std::string(); }

// An enum's JSON name as a JSON string.
json name(std::string_view value) { return std::string(value); }

// The JSON name of an all-in prong (publishing.hpp has no to_string for it).
std::string_view prong_name(AllInProng prong) {
    switch (prong) {
        case AllInProng::headline: return "headline";
        case AllInProng::tcc: return "tcc";
    }
    return "";
}

// An array of money objects, one per element, in order.
json money_list(std::span<const Micros> amounts) {
    json list = json::array();
    for (const Micros amount : amounts) list.push_back(money_json(amount));
    return list;
}

// An array of rate objects, one per element, in order.
json rate_list(std::span<const std::int64_t> rates_ppm) {
    json list = json::array();
    for (const std::int64_t ppm : rates_ppm) list.push_back(rate_json(ppm));
    return list;
}

// An array of whole counts, in order.
json count_list(std::span<const std::int64_t> counts) {
    json list = json::array();
    for (const std::int64_t count : counts) list.push_back(count);
    return list;
}

// A count, month index or amount in micros as a JSON integer; null when empty.
template <class T>
json integer_or_null(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

// `write(*value)`, or null when empty.
template <class T, class Write>
json or_null(const std::optional<T>& value, Write write) {
    return value ? json(write(*value)) : json(nullptr);
}

// to_json of every element, in order.
template <class T>
json list_of(const std::vector<T>& items) {
    json list = json::array();
    for (const T& item : items) list.push_back(to_json(item));
    return list;
}

// to_json of the value, or null when empty.
template <class T>
json to_json_or_null(const std::optional<T>& value) {
    return value ? to_json(*value) : json(nullptr);
}

}  // namespace

// [SECTION] Values (money, rates, assumptions, statutory rows)

json money_json(Micros amount) {
    json out = json::object();
    out["micros"] = amount;
    out["display"] = format_usd(amount);
    return out;
}

json rate_json(std::int64_t ppm) {
    json out = json::object();
    out["ppm"] = ppm;
    out["display"] = format_percent(ppm);
    return out;
}

json assumptions_json(const Assumptions& assumptions) {
    json list = json::array();
    for (const Assumption& a : assumptions) {
        json item = json::object();
        item["name"] = a.name;
        item["value"] = a.value;
        item["source"] = a.source;
        item["tag"] = a.tag;
        item["as_of"] = a.as_of;  // "" for values the user entered
        list.push_back(std::move(item));
    }
    return list;
}

json to_json(const HeadlineRate& rate) {
    json out = json::object();
    out["year"] = rate.year;
    out["rate_ppm"] = rate_json(rate.rate_ppm);
    out["proceeding"] = text(rate.proceeding);
    out["source"] = text(rate.source);
    out["tag"] = text(rate.tag);
    out["as_of"] = text(rate.as_of);
    return out;
}

json to_json(const AllInParameters& parameters) {
    json out = json::object();
    out["year"] = parameters.year;
    out["tcc_rate_ppm"] = rate_json(parameters.tcc_rate_ppm);
    out["offering_type"] = name(dealsheet::to_string(parameters.offering));
    out["per_subscriber_capped"] = parameters.per_subscriber_capped;  // false: the TCC prong has no cap
    out["per_subscriber_cap"] =
        money_json(parameters.per_subscriber_cap);        // per subscriber per month (0 when not capped)
    out["tcc_prong_alone"] = parameters.tcc_prong_alone;  // true: no headline prong (mixed service bundle)
    out["mechanical_floor"] = money_json(parameters.mechanical_floor);  // per counted subscriber per month; 0: none
    out["floor_subscribers"] = name(dealsheet::to_string(parameters.floor_subscribers));  // "all", "active", "none"
    out["family_weight_ppm"] = parameters.family_weight_ppm;  // subscribers per family plan, in millionths
    out["student_weight_ppm"] = parameters.student_weight_ppm;
    out["proceeding"] = text(parameters.proceeding);
    out["source"] = text(parameters.source);
    out["tcc_rate_tag"] = text(parameters.tcc_rate_tag);
    out["per_subscriber_cap_tag"] = text(parameters.per_subscriber_cap_tag);
    out["mechanical_floor_tag"] = text(parameters.mechanical_floor_tag);
    out["weights_tag"] = text(parameters.weights_tag);
    out["as_of"] = text(parameters.as_of);
    return out;
}

// [SECTION] Publishing

json to_json(const QuickEstimate& estimate) {
    json out = json::object();
    out["streams"] = estimate.streams;                                // the US on-demand streams estimated
    out["streams_follow_release"] = estimate.streams_follow_release;  // true: the release's streams × us_share
    out["us_share_ppm"] = rate_json(estimate.us_share_ppm);
    out["service_revenue"] = money_json(estimate.service_revenue);
    out["publishing_total"] = money_json(estimate.publishing_total);
    out["rate"] = to_json(estimate.rate);
    out["assumptions"] = assumptions_json(estimate.assumptions);
    return out;
}

json to_json(const OfferingResult& offering) {
    json out = json::object();
    out["rate"] = to_json(offering.rate);
    out["parameters"] = to_json(offering.parameters);
    out["offering_type"] = name(dealsheet::to_string(offering.type));
    out["subscribers_counted"] = name(dealsheet::to_string(offering.subscribers_counted));  // "all", "active", "none"
    out["music_revenue"] = money_json(offering.music_revenue);
    out["music_by_standalone_prices"] = offering.music_by_standalone_prices;
    out["headline"] = money_json(offering.headline);
    // A count of subscribers in ppm of a subscriber (1.5 subscribers = 1'500'000), not a rate: a plain integer.
    out["weighted_subscribers_ppm"] = offering.weighted_subscribers_ppm;
    out["tcc_amount"] = money_json(offering.tcc_amount);
    out["subscriber_cap_amount"] = money_json(offering.subscriber_cap_amount);
    out["tcc_prong"] = money_json(offering.tcc_prong);
    out["subscriber_cap_binds"] = offering.subscriber_cap_binds;
    out["prong"] = name(prong_name(offering.prong));  // "headline" or "tcc"
    out["all_in_pool"] = money_json(offering.all_in_pool);
    out["performance_royalties"] = money_json(offering.performance_royalties);
    out["after_performance"] = money_json(offering.after_performance);        // may be negative
    out["floor_per_subscriber"] = money_json(offering.floor_per_subscriber);  // 0: the offering has no floor
    out["floor_amount"] = money_json(offering.floor_amount);
    out["floor_binds"] = offering.floor_binds;
    out["payable_pool"] = money_json(offering.payable_pool);
    out["paid_plays"] = offering.paid_plays;
    out["work_paid_plays"] = offering.work_paid_plays;
    // §385.21(c): plays weighted by the work's playing time, as decimals (1.2 plays per play from 5:01).
    out["play_weight"] = static_cast<double>(offering.play_weight_fifths) / 5.0;
    out["work_weighted_plays"] = static_cast<double>(offering.work_weighted_fifths) / 5.0;
    out["weighted_paid_plays"] = static_cast<double>(offering.weighted_paid_fifths) / 5.0;
    out["per_play"] = offering.per_play;  // $ per paid play, display only (a double, never summed)
    out["work_mechanical"] = money_json(offering.work_mechanical);
    out["work_performance"] = money_json(offering.work_performance);
    out["assumptions"] = assumptions_json(offering.assumptions);
    return out;
}

json to_json(const PublishingIncome& income) {
    json out = json::object();
    out["performance"] = money_json(income.performance);
    out["mechanical"] = money_json(income.mechanical);
    return out;
}

json to_json(const WriterPayout& writer) {
    json out = json::object();
    out["name"] = writer.name;
    out["publisher"] = writer.publisher;  // "" when self-published
    out["deal"] = name(dealsheet::to_string(writer.deal));
    out["share_ppm"] = rate_json(writer.share_ppm);
    out["performance"] = money_json(writer.performance);
    out["mechanical"] = money_json(writer.mechanical);
    out["writer_share"] = money_json(writer.writer_share);
    out["publisher_side"] = money_json(writer.publisher_side);
    out["publisher_kept"] = money_json(writer.publisher_kept);
    out["recouped"] = money_json(writer.recouped);
    out["paid"] = money_json(writer.paid);
    out["unrecouped"] = money_json(writer.unrecouped);
    return out;
}

json to_json(const PublisherPayout& publisher) {
    json out = json::object();
    out["name"] = publisher.name;
    out["kept"] = money_json(publisher.kept);
    out["recouped"] = money_json(publisher.recouped);
    out["total"] = money_json(publisher.total);
    return out;
}

json to_json(const PublishingSplit& split) {
    json out = json::object();
    out["income"] = to_json(split.income);
    out["pro_commission"] = money_json(split.pro_commission);
    out["mlc_commission"] = money_json(split.mlc_commission);
    out["writers"] = list_of(split.writers);
    out["publishers"] = list_of(split.publishers);  // self-published writers have none
    out["assumptions"] = assumptions_json(split.assumptions);
    return out;
}

json to_json(const PublishingResult& result) {
    json out = json::object();
    out["method"] = name(dealsheet::to_string(result.method));
    // null: the other method was used ("quick" fills quick, "full" fills offering).
    out["quick"] = to_json_or_null(result.quick);
    out["offering"] = to_json_or_null(result.offering);
    out["publishing_total"] = money_json(result.publishing_total);
    out["split"] = to_json(result.split);
    out["assumptions"] = assumptions_json(result.assumptions);
    return out;
}

json to_json(const YearEstimate& row) {
    json out = json::object();
    out["rate"] = to_json(row.rate);
    out["publishing_total"] = money_json(row.publishing_total);
    out["full_calculation_available"] = row.full_calculation_available;
    return out;
}

json to_json(const std::vector<YearEstimate>& rows) { return list_of(rows); }

// [SECTION] Streaming

json to_json(const PlatformRevenue& platform) {
    json out = json::object();
    out["platform"] = name(dealsheet::to_string(platform.platform));
    out["payout_per_1000"] = money_json(platform.payout_per_1000);  // per 1,000 streams
    out["payout_from_table"] = platform.payout_from_table;
    out["monthly_streams"] = count_list(platform.monthly_streams);
    out["monthly_revenue"] = money_list(platform.monthly_revenue);
    out["streams"] = platform.streams;
    out["revenue"] = money_json(platform.revenue);
    return out;
}

json to_json(const StreamingRevenue& revenue) {
    json out = json::object();
    out["platforms"] = list_of(revenue.platforms);
    out["monthly_revenue"] = money_list(revenue.monthly_revenue);  // length = the longest series
    out["streams"] = revenue.streams;
    out["revenue"] = money_json(revenue.revenue);
    out["assumptions"] = assumptions_json(revenue.assumptions);
    return out;
}

json to_json(const PoolTrackPayout& track) {
    json out = json::object();
    out["name"] = track.name;
    out["streams"] = track.streams;
    out["eligible"] = track.eligible;
    out["pro_rata"] = money_json(track.pro_rata);
    out["user_centric"] = money_json(track.user_centric);
    return out;
}

json to_json(const PoolPayouts& payouts) {
    json out = json::object();
    out["revenue"] = money_json(payouts.revenue);
    out["pool"] = money_json(payouts.pool);
    out["tracks"] = list_of(payouts.tracks);
    out["user_centric_redistributed"] = money_json(payouts.user_centric_redistributed);
    out["pro_rata_unpaid"] = money_json(payouts.pro_rata_unpaid);
    out["user_centric_unpaid"] = money_json(payouts.user_centric_unpaid);
    out["assumptions"] = assumptions_json(payouts.assumptions);
    return out;
}

// [SECTION] Distributor splits

json to_json(const SplitPeriod& period) {
    json out = json::object();
    out["gross"] = money_json(period.gross);
    out["commission"] = money_json(period.commission);
    out["content_id_gross"] = money_json(period.content_id_gross);  // YouTube Content ID ad revenue in
    out["content_id_kept"] = money_json(period.content_id_kept);    // DistroKid's 20% of it
    out["recouped"] = money_json(period.recouped);
    out["collaborators"] = money_list(period.collaborators);  // in terms order
    out["uploader_before_fee"] = money_json(period.uploader_before_fee);
    out["uploader"] = money_json(period.uploader);
    out["fee_due"] = money_json(period.fee_due);
    out["content_id_fee_due"] = money_json(period.content_id_fee_due);  // the Content ID extra's part of fee_due
    out["fee_recovered"] = money_json(period.fee_recovered);
    out["fee_unrecovered"] = money_json(period.fee_unrecovered);  // balance at the period's end
    out["recoup_balance"] = money_json(period.recoup_balance);    // balance at the period's end
    out["uploader_net"] = money_json(period.uploader_net);        // uploader_before_fee − fee_due: may be negative
    return out;
}

json to_json(const SplitResult& result) {
    json out = json::object();
    out["periods"] = list_of(result.periods);
    out["total"] = to_json(result.total);  // flows summed; balances as at the end of the last period
    out["assumptions"] = assumptions_json(result.assumptions);
    return out;
}

// [SECTION] Recording, points and ledgers

// Corrections of how a deal is applied: [{"id", "since", "text"}], written only when there are some.
json corrections_json(const std::vector<Correction>& corrections) {
    json list = json::array();
    for (const Correction& c : corrections) list.push_back({{"id", c.id}, {"since", c.since}, {"text", c.text}});
    return list;
}

json to_json(const LedgerLine& line) {
    json out = json::object();
    out["opening"] = money_json(line.opening);  // negative = unrecouped
    out["earned"] = money_json(line.earned);
    out["recouped"] = money_json(line.recouped);
    out["paid"] = money_json(line.paid);
    out["closing"] = money_json(line.closing);
    return out;
}

json to_json(const Ledger& ledger) {
    json out = json::object();
    out["party"] = ledger.party;
    out["recoupable"] = money_json(ledger.recoupable);
    out["months"] = list_of(ledger.months);  // element k is month k
    out["earned_total"] = money_json(ledger.earned_total);
    out["recouped_total"] = money_json(ledger.recouped_total);
    out["paid_total"] = money_json(ledger.paid_total);
    out["closing"] = money_json(ledger.closing);
    out["unrecouped"] = money_json(ledger.unrecouped);
    // 0-based month indices; null: not recouped within the series / never paid within the series.
    out["recouped_month"] = integer_or_null(ledger.recouped_month);
    out["first_paid_month"] = integer_or_null(ledger.first_paid_month);
    return out;
}

json to_json(const PartyLedger& party) {
    json out = json::object();
    out["name"] = party.name;
    out["role"] = name(dealsheet::to_string(party.role));
    out["convention"] = name(dealsheet::to_string(party.convention));
    out["effective_points_ppm"] = rate_json(party.effective_points_ppm);  // of net receipts (3 points = 3%)
    out["share_of_artist_royalty_ppm"] = rate_json(party.share_of_artist_royalty_ppm);
    // 0-based month index; null: the convention never allows payment within the series.
    out["payable_from"] = integer_or_null(party.payable_from);
    out["ledger"] = to_json(party.ledger);
    return out;
}

json to_json(const RecordingResult& result) {
    json out = json::object();
    out["type"] = name(dealsheet::to_string(result.type));
    out["artist_all_in_ppm"] = rate_json(result.artist_all_in_ppm);
    out["artist_net_ppm"] = rate_json(result.artist_net_ppm);
    out["receipts"] = money_list(result.receipts);  // per month, element k is month k
    out["artist_all_in"] = money_list(result.artist_all_in);
    out["label_share"] = money_list(result.label_share);
    out["artist"] = to_json(result.artist);
    out["parties"] = list_of(result.parties);  // in the order of the terms' points
    out["recording_recoupable"] = money_json(result.recording_recoupable);
    out["costs_paid"] = money_json(result.costs_paid);
    out["label_retained"] = money_json(result.label_retained);
    out["label_net"] = money_json(result.label_net);  // may be negative
    // Written only when they carry something, so results without party advances keep their earlier bytes.
    if (result.party_advances_charged > 0 || result.party_advances != PartyAdvanceBearer::artist_account) {
        out["party_advances"] = name(dealsheet::to_string(result.party_advances));
        out["party_advances_charged"] = money_json(result.party_advances_charged);
        out["artist_net"] = money_list(result.artist_net);          // per month, after points
        out["advance_credit"] = money_list(result.advance_credit);  // per month: repaid advances credited back
    }
    if (result.type == RecordingDealType::net_profit && result.profit_points != ProfitPointsBearer::artist_share)
        out["profit_points"] = name(dealsheet::to_string(result.profit_points));
    if (!result.notes.empty()) out["notes"] = result.notes;
    if (!result.corrections.empty()) out["corrections"] = corrections_json(result.corrections);
    out["assumptions"] = assumptions_json(result.assumptions);
    return out;
}

json to_json(const PointsSplit& split) {
    json out = json::object();
    out["parties"] = money_list(split.parties);
    out["artist"] = money_json(split.artist);
    return out;
}

json to_json(const CrossResult& result) {
    json out = json::object();
    out["crossed"] = result.crossed;
    out["ledgers"] = list_of(result.ledgers);  // uncrossed: one per account; crossed: one pooled ledger
    out["payable"] = money_json(result.payable);
    out["unrecouped"] = money_json(result.unrecouped);
    return out;
}

// [SECTION] Deal answers

json to_json(const FeeChoice& choice) {
    json out = json::object();
    out["party"] = choice.party;  // 0-based index into the points parties
    out["fee_full"] = money_json(choice.fee_full);
    out["fee_reduced"] = money_json(choice.fee_reduced);
    return out;
}

json to_json(const FeeAnswer& answer) {
    json out = json::object();
    out["choice"] = to_json(answer.choice);
    out["fee_difference"] = money_json(answer.fee_difference);
    out["break_even_streams"] = integer_or_null(answer.break_even_streams);  // null: never within the bound
    return out;
}

json to_json(const DealAnswers& answers) {
    json out = json::object();
    // Each null: never within the search bound (0..answer_max_streams streams).
    out["artist_recoups_at_streams"] = integer_or_null(answers.artist_recoups_at_streams);
    out["artist_recoups_at_receipts"] = or_null(answers.artist_recoups_at_receipts, money_json);
    out["artist_paid_from_streams"] = integer_or_null(answers.artist_paid_from_streams);
    json party_paid = json::array();  // per points party, in order; null: never within the bound
    for (const std::optional<std::int64_t>& streams : answers.party_paid_from_streams)
        party_paid.push_back(integer_or_null(streams));
    out["party_paid_from_streams"] = std::move(party_paid);
    out["fees"] = list_of(answers.fees);
    out["streams"] = answers.streams;
    out["at_streams"] = to_json(answers.at_streams);
    out["assumptions"] = assumptions_json(answers.assumptions);
    return out;
}

json to_json(const ReleaseResult& release) {
    json out = json::object();
    out["streaming"] = to_json_or_null(release.streaming);  // per_stream model only
    out["pool"] = to_json_or_null(release.pool);            // pool model only
    out["master_revenue"] = money_list(release.master_revenue);
    out["master_total"] = money_json(release.master_total);
    out["recording"] = to_json_or_null(release.recording);  // label_deal route only
    out["answers"] = to_json_or_null(release.answers);      // label_deal route only
    out["splits"] = to_json_or_null(release.splits);        // self_released route only
    out["accounts"] = to_json_or_null(release.accounts);    // label_deal with other accounts only
    return out;
}

// [SECTION] Offers compared

json to_json(const Offer& offer) {
    json out = json::object();
    out["name"] = offer.name;
    out["fee"] = money_json(offer.fee);
    out["advance"] = money_json(offer.advance);
    out["points"] = rate_json(offer.points_ppm);  // as given, before proration by tracks
    out["record_one"] = offer.record_one;
    return out;
}

json to_json(const OutcomeTerms& terms) {
    json out = json::object();
    out["kind"] = name(dealsheet::to_string(terms.kind));
    out["dollars_per_1000"] = money_json(terms.dollars_per_1000);
    out["median"] = terms.median;
    out["sigma_ppm"] = terms.sigma_ppm;  // a ratio in millionths (2'000'000 = 2)
    out["x_min"] = terms.x_min;
    out["alpha_ppm"] = terms.alpha_ppm;  // a ratio in millionths
    out["cap"] = terms.cap;
    out["streams"] = integer_or_null(terms.streams);  // null: the scenario's streams
    out["pays_chance_ppm"] = rate_json(terms.pays_chance_ppm);
    out["community_chance_ppm"] = rate_json(terms.community_chance_ppm);
    out["report"] = name(dealsheet::to_string(terms.report));          // Loud & Clear report year
    out["population"] = name(dealsheet::to_string(terms.population));  // all_uploaders or professional
    out["never_streams_ppm"] = or_null(terms.never_streams_ppm, rate_json);
    return out;
}

json to_json(const OfferResult& result) {
    json out = json::object();
    out["offer"] = to_json(result.offer);
    out["effective_points_ppm"] = rate_json(result.effective_points_ppm);
    out["upfront"] = money_json(result.upfront);
    out["at_scenario_streams"] = money_json(result.at_scenario_streams);
    // null: never within the search bound (0..answer_max_streams streams).
    out["backend_from_streams"] = integer_or_null(result.backend_from_streams);
    out["target_streams"] = integer_or_null(result.target_streams);
    out["expected"] = money_json(result.expected);
    out["expected_backend"] = money_json(result.expected_backend);
    out["percentiles"] = money_list(result.percentiles);  // one per percentile level, in order
    out["median"] = money_json(result.percentiles[median_index]);
    out["backend_chance_ppm"] = rate_json(result.backend_chance_ppm);
    out["beats_ppm"] = rate_list(result.beats_ppm);  // per offer j, in order: P(this offer pays strictly more than j)
    out["community_expected"] = money_json(result.community_expected);
    return out;
}

json to_json(const OfferPair& pair) {
    json out = json::object();
    out["earlier"] = pair.earlier;  // 0-based offer indices; `later` pays at least as much at the search bound
    out["later"] = pair.later;
    out["break_even_streams"] = pair.break_even_streams;
    out["lead_changes"] = pair.lead_changes;
    out["reach_ppm"] = rate_json(pair.reach_ppm);
    out["reach_one_in"] = pair.reach_one_in;  // "1 release in K"; 0 when none reaches it
    out["later_beats_ppm"] = rate_json(pair.later_beats_ppm);
    out["earlier_beats_ppm"] = rate_json(pair.earlier_beats_ppm);
    return out;
}

json to_json(const Comparison& comparison) {
    json out = json::object();
    out["party"] = comparison.party;
    out["party_name"] = comparison.party_name;
    out["receipts_per_1000_streams"] = money_json(comparison.model.receipts_per_1000_streams);
    out["scenario_streams"] = comparison.scenario_streams;
    out["target"] = money_json(comparison.target);
    out["offers"] = list_of(comparison.offers);
    out["pairs"] = list_of(comparison.pairs);
    json curve = json::array();  // ascending streams
    for (const CurvePoint& point : comparison.curve) {
        json item = json::object();
        item["streams"] = point.streams;
        item["payouts"] = money_list(point.payouts.span());  // one per offer, in order
        curve.push_back(std::move(item));
    }
    out["curve"] = std::move(curve);
    out["outcomes"] = to_json(comparison.outcomes);
    out["distribution"] = comparison.distribution;
    out["caveats"] = comparison.caveats;
    out["mean_streams"] = comparison.mean_streams;
    out["percentile_levels_ppm"] = rate_list(percentile_levels_ppm);
    out["stream_percentiles"] = count_list(comparison.stream_percentiles);
    out["recommended"] = comparison.recommended;
    out["verdict"] = comparison.verdict;
    if (!comparison.corrections.empty()) out["corrections"] = corrections_json(comparison.corrections);
    out["assumptions"] = assumptions_json(comparison.assumptions);
    return out;
}

}  // namespace dealsheet::detail
