// Internal: the engines' result structs as nlohmann::json, for the JSON result document, the JS API and the
// CLI. Not installed. Every function only builds values (no parsing, no .at()), so none of them throws.
// Conventions, shared with result_to_json in scenario_json.cpp: money is {"micros": N, "display": "$1,393.53"};
// rates held in ppm are {"ppm": N, "display": "15.25%"}; an empty std::optional is null (each field's comment
// says what null means); enums are their JSON names (the engines' to_string); counts, month indices (0-based)
// and booleans are plain JSON values; keys are the C++ member names. Monthly series are written in full, one
// element per month in month order (element k is month k): they are what statements show.
//
// Index of this file
// [SECTION] Values (money, rates, assumptions, statutory rows)
// [SECTION] Publishing
// [SECTION] Streaming
// [SECTION] Distributor splits
// [SECTION] Recording, points and ledgers
// [SECTION] Deal answers
// [SECTION] Offers compared
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/deal_answers.hpp"
#include "dealsheet/distributor.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/publishing.hpp"
#include "dealsheet/publishing_estimate.hpp"
#include "dealsheet/recording.hpp"
#include "dealsheet/release.hpp"
#include "dealsheet/statutory.hpp"
#include "dealsheet/streaming.hpp"

namespace dealsheet::detail {

// [SECTION] Values (money, rates, assumptions, statutory rows)

// {"micros": amount, "display": format_usd(amount)}.
nlohmann::json money_json(Micros amount);
// {"ppm": ppm, "display": format_percent(ppm)}.
nlohmann::json rate_json(std::int64_t ppm);
// [{"name", "value", "source", "tag", "as_of"}, …] in order.
nlohmann::json assumptions_json(const Assumptions& assumptions);
// year, rate_ppm (rate), proceeding, source, tag, as_of; a null text pointer (a default row) is written "".
nlohmann::json to_json(const HeadlineRate& rate);
// year, tcc_rate_ppm (rate), per_subscriber_cap and mechanical_floor (money), proceeding, source, the three
// tags, as_of; a null text pointer (a default row) is written "".
nlohmann::json to_json(const AllInParameters& parameters);

// [SECTION] Publishing

// service_revenue, publishing_total, rate (the headline row), assumptions.
nlohmann::json to_json(const QuickEstimate& estimate);
// Every intermediate of the full §115 calculation, the statutory rows and the assumptions.
nlohmann::json to_json(const OfferingResult& offering);
// performance, mechanical (money).
nlohmann::json to_json(const PublishingIncome& income);
// One writer's payout: name, publisher, deal, share_ppm (rate) and every amount (money).
nlohmann::json to_json(const WriterPayout& writer);
// name, kept, recouped, total.
nlohmann::json to_json(const PublisherPayout& publisher);
// income, commissions, writers and publishers (arrays, in result order), assumptions.
nlohmann::json to_json(const PublishingSplit& split);
// method, quick / offering (null for the method not used), publishing_total, split, assumptions.
nlohmann::json to_json(const PublishingResult& result);
// One row of the per-year table: rate (the headline row), publishing_total, full_calculation_available.
nlohmann::json to_json(const YearEstimate& row);
// The per-year table: an array of rows, oldest year first (as given).
nlohmann::json to_json(const std::vector<YearEstimate>& rows);

// [SECTION] Streaming

// One platform entry: platform, payout, the monthly series in full, totals.
nlohmann::json to_json(const PlatformRevenue& platform);
// platforms (terms order), monthly_revenue in full, streams, revenue, assumptions.
nlohmann::json to_json(const StreamingRevenue& revenue);
// name, streams, eligible, pro_rata, user_centric.
nlohmann::json to_json(const PoolTrackPayout& track);
// revenue, pool, tracks (terms order), redistributed and unpaid amounts, assumptions.
nlohmann::json to_json(const PoolPayouts& payouts);

// [SECTION] Distributor splits

// One period's flows and end balances; collaborators is an array of money in terms order.
nlohmann::json to_json(const SplitPeriod& period);
// periods (one per input period, in order), total, assumptions.
nlohmann::json to_json(const SplitResult& result);

// [SECTION] Recording, points and ledgers

// One month of an account: opening, earned, recouped, paid, closing (money).
nlohmann::json to_json(const LedgerLine& line);
// An account: party, totals, every month in full, recouped_month / first_paid_month (0-based; null = not
// within the series).
nlohmann::json to_json(const Ledger& ledger);
// One points party: name, role, convention, points and share (rates), payable_from (0-based; null = the
// convention never allows payment within the series), ledger.
nlohmann::json to_json(const PartyLedger& party);
// The deal month by month: type, rates, receipts / artist_all_in / label_share in full, the artist's and the
// parties' ledgers, the label's totals, assumptions.
nlohmann::json to_json(const RecordingResult& result);
// One month's artist royalty split: parties (money, in points order), artist.
nlohmann::json to_json(const PointsSplit& split);
// crossed, ledgers (one per account, or one pooled), payable, unrecouped.
nlohmann::json to_json(const CrossResult& result);

// [SECTION] Deal answers

// party (0-based index into the points parties), fee_full, fee_reduced.
nlohmann::json to_json(const FeeChoice& choice);
// choice, fee_difference, break_even_streams (null = never within answer_max_streams).
nlohmann::json to_json(const FeeAnswer& answer);
// Every answer (each "…streams" null = never within answer_max_streams), streams, at_streams, assumptions.
nlohmann::json to_json(const DealAnswers& answers);

// The master side of a release; null for the parts its model and route did not compute.
nlohmann::json to_json(const ReleaseResult& release);

// [SECTION] Offers compared

// name, fee, advance (money), points (rate), record_one.
nlohmann::json to_json(const Offer& offer);
// kind and every parameter: money as money, ratios as plain numbers (sigma, alpha), chances as rates; streams
// (the fixed outcome) null = the scenario's streams.
nlohmann::json to_json(const OutcomeTerms& terms);
// offer, amounts (money), effective_points_ppm / backend_chance_ppm (rates), backend_from_streams and
// target_streams (null = never within answer_max_streams), percentiles (money, one per percentile level),
// beats_ppm (rates, one per offer).
nlohmann::json to_json(const OfferResult& result);
// earlier, later (indices), break_even_streams, lead_changes, reach_ppm and the two beats (rates).
nlohmann::json to_json(const OfferPair& pair);
// Every field of the comparison; percentile_levels_ppm as rates; the curve as {"streams", "payouts": [money…]}.
nlohmann::json to_json(const Comparison& comparison);

}  // namespace dealsheet::detail
