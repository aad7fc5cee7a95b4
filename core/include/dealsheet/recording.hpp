// Dealsheet core — the recording deal: deal types, recoupable costs, monthly recoupment ledgers and
// cross-collateralization.
//
// Index of this file
// [SECTION] Deal types and cost kinds
// [SECTION] Recoupable-cost defaults (dated table)
// [SECTION] Terms
// [SECTION] Validation
// [SECTION] Ledger
// [SECTION] Cross-collateralization
// [SECTION] Deal calculation
//
// Method (domain notes §3): the input is the label's net receipts from the master, one amount per month.
// The deal credits the artist a share of each month's receipts (the artist's all-in rate A):
//     royalty deal        A = the royalty rate                     (15–20% rule of thumb [S])
//     net-profit deal     A = the artist's profit share (50% [S]); the artist's account is also charged
//                         that share of the costs, which is the same as "label recoups costs from gross,
//                         then splits the profit": share × max(0, gross − costs). Every cost counts at 100%
//                         unless the user sets a fraction: the 50% video / independent-promotion defaults
//                         belong to royalty deals only (domain-2026 §3)
//     distribution deal   A = 100% − the distributor's fee (10–30% [S, weak])
// Points parties (points.hpp) are credited their share out of A; the artist nets the rest. Every account is
// a ledger: the balance opens at −(recoupable charges); royalties are credited until the balance is zero and
// only then paid; advances are non-returnable, so payouts are never negative and an unrecouped balance is
// what the label absorbs [S].
// A points party's advance is a recording cost (Passman: "recording costs (including the producer's
// advances)" [S]): unless the label pays it outside the artist's account, it is charged to the artist's
// account, counts toward the recoupment that starts retroactive payment, and the part of the party's royalty
// that repays it is credited back to the artist, so the artist bears only the royalties beyond the advance:
// max(advance, royalty), never both.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Deal types and cost kinds

// How the artist shares in the label's net receipts (domain notes §3).
enum class RecordingDealType { royalty, net_profit, distribution };
inline constexpr std::array<std::string_view, 3> recording_deal_type_names{"royalty", "net_profit", "distribution"};

// What a recoupable cost paid for; the kind picks the default recoupable fraction.
enum class CostKind { advance, recording, video, independent_promotion, tour_support, other };
inline constexpr std::array<std::string_view, 6> cost_kind_names{
    "advance", "recording", "video", "independent_promotion", "tour_support", "other"};

// The JSON name of a deal type ("net_profit"); "" for a value outside the enum.
std::string_view to_string(RecordingDealType type);
// The deal type named `name` (exact, lower case), or empty for an unknown name.
std::optional<RecordingDealType> parse_recording_deal_type(std::string_view name);
// The JSON name of a cost kind ("independent_promotion"); "" for a value outside the enum.
std::string_view to_string(CostKind kind);
// The cost kind named `name` (exact, lower case), or empty for an unknown name.
std::optional<CostKind> parse_cost_kind(std::string_view name);

// Who bears a points party's advance.
enum class PartyAdvanceBearer {
    artist_account,  // a recording cost charged to the artist's account (Passman [S]; the usual all-in deal)
    label,           // paid by the label outside the artist's account, recouped from the party's royalties only
};
inline constexpr std::array<std::string_view, 2> party_advance_bearer_names{"artist_account", "label"};

// Who bears the points parties' royalties in a net-profit deal (royalty and distribution deals: the artist).
enum class ProfitPointsBearer {
    artist_share,  // out of the artist's profit share, like an all-in royalty: the label's share is untouched
    off_the_top,   // paid out of the receipts before the profit split: artist and label bear them in proportion
};
inline constexpr std::array<std::string_view, 2> profit_points_bearer_names{"artist_share", "off_the_top"};

// The JSON name of a bearer ("artist_account"); "" for a value outside the enum.
std::string_view to_string(PartyAdvanceBearer bearer);
// The bearer named `name` (exact, lower case), or empty for an unknown name.
std::optional<PartyAdvanceBearer> parse_party_advance_bearer(std::string_view name);
// The JSON name of a bearer ("off_the_top"); "" for a value outside the enum.
std::string_view to_string(ProfitPointsBearer bearer);
// The bearer named `name` (exact, lower case), or empty for an unknown name.
std::optional<ProfitPointsBearer> parse_profit_points_bearer(std::string_view name);

// [SECTION] Recoupable-cost defaults (dated table)

// The share of a cost charged to the artist's account unless the deal says otherwise.
struct RecoupableDefault {
    CostKind kind;
    std::int64_t new_act_ppm;      // recoupable fraction for a new act, ppm of the amount paid
    std::int64_t established_ppm;  // for an established act (differs only for independent promotion)
    const char* source;            // citation a user can look up
    const char* tag;               // evidence grade: "[S]" secondary, "[U]" uncertain (an editable guess)
    const char* as_of;             // ISO date the source is as of
};

// Every row, one per CostKind in enum order.
std::span<const RecoupableDefault> recoupable_defaults();

// The row for `kind`. Precondition: kind is a CostKind value.
const RecoupableDefault& recoupable_default(CostKind kind);

// [SECTION] Terms

inline constexpr std::int64_t default_royalty_rate_ppm = 180'000;  // 18%: within "15–20%" [S]; domain §4's example
inline constexpr std::int64_t default_profit_share_ppm = 500'000;  // 50/50 profit split [S]
inline constexpr std::int64_t default_distribution_fee_ppm = 200'000;  // 20%: middle of "10–30%" [S, weak]
inline constexpr std::size_t max_recoupable_costs = 100;               // costs on one deal; accounts crossed at once
inline constexpr std::size_t max_ledger_months = 1'200;                // months in a receipts series (100 years)

// The recording costs a label deal opens with (ReleaseTerms' default, not RecordingTerms'): $200,000, the low
// end of IFPI's "US$200,000 to US$300,000 on a significant project" in major markets [S] (IFPI, Investing in
// Music, 2012, as reported by Digital Music News 2012-11-13); an album's budget, so edit it to your record.
inline constexpr Micros default_label_recording_costs = 200'000 * micros_per_unit;
inline constexpr const char* default_label_recording_costs_source =
    "IFPI, Investing in Music (2012), via Digital Music News 2012-11-13: recording costs of US$200,000 to "
    "US$300,000 on a significant project in major markets; the low end, for an album";
inline constexpr const char* default_label_recording_costs_as_of = "2012-11-13";

// One cost the label paid that may be charged to the artist's account.
struct RecoupableCost {
    CostKind kind = CostKind::recording;
    Micros amount = 0;                           // paid by the label, 0..max_deal_amount
    std::optional<std::int64_t> recoupable_ppm;  // share charged to the artist, 0..1'000'000; empty = dated default
    bool operator==(const RecoupableCost&) const = default;
};

// The terms of one recording deal. All three rates are kept so switching the type loses nothing; only the
// one the type uses matters.
struct RecordingTerms {
    RecordingDealType type = RecordingDealType::royalty;
    std::int64_t royalty_rate_ppm = default_royalty_rate_ppm;  // royalty deal: artist all-in rate A of net receipts
    std::int64_t profit_share_ppm = default_profit_share_ppm;  // net-profit deal: artist's share of the profit
    std::int64_t distribution_fee_ppm = default_distribution_fee_ppm;  // distribution deal: the distributor's fee
    bool established_artist = false;    // picks independent promotion's default: 50% established, 100% new [S]
    std::vector<RecoupableCost> costs;  // charged to the artist's account before the first month
    std::vector<PointsParty> points;    // producers, mixer, engineer, paid out of the artist's royalty
    PartyAdvanceBearer party_advances = PartyAdvanceBearer::artist_account;  // who bears the parties' advances
    ProfitPointsBearer profit_points = ProfitPointsBearer::artist_share;     // net-profit deal: who bears points
    bool operator==(const RecordingTerms&) const = default;
};

// The label deal a new release opens with: the default terms plus one recording cost of
// default_label_recording_costs, so the producer's retroactive points wait for real recoupment.
RecordingTerms default_label_deal();

// Whether the deal's points come off the top of the receipts (a net-profit deal with profit_points =
// off_the_top) rather than out of the artist's all-in share.
bool points_off_the_top(const RecordingTerms& terms);

// The artist's all-in share A of the label's net receipts under `terms` (the rate points come out of).
std::int64_t artist_all_in_ppm(const RecordingTerms& terms);

// The cost's recoupable fraction: as entered; else 100% in a net-profit deal (every cost is subtracted from
// the receipts in full, domain-2026 §3); else the dated default for its kind and the artist's stage.
std::int64_t recoupable_ppm(const RecoupableCost& cost, bool established_artist,
                            RecordingDealType type = RecordingDealType::royalty);

// amount × recoupable fraction, rounded half away from zero.
Micros recoupable_amount(const RecoupableCost& cost, bool established_artist,
                         RecordingDealType type = RecordingDealType::royalty);

// [SECTION] Validation

// Every problem with `terms`, each naming its JSON field under `path`: rates outside 0..100%
// ("recording.royalty_rate_ppm"), unknown enum values ("recording.type", "recording.costs[0].kind"),
// amounts outside 0..max_deal_amount ("recording.costs[0].amount"), fractions outside 0..100%
// ("recording.costs[0].recoupable_ppm"), more than max_recoupable_costs costs or costs totalling more than
// max_deal_amount ("recording.costs"), and every points problem (validate_points, under "recording.points",
// checked against the deal's all-in rate). Amounts are integers, so they are always finite; the JSON layer
// reports non-finite numbers when it converts them. Empty when valid.
Problems validate(const RecordingTerms& terms, const std::string& path = "recording");

// Every problem with a monthly series of net receipts under `path`: more than max_ledger_months months, a month
// outside 0..max_deal_amount ("master_revenue[3]"), or a total above max_deal_amount. Empty when valid.
Problems validate_receipts(std::span<const Micros> receipts, const std::string& path = "master_revenue");

// [SECTION] Ledger

// One month of an account, as a royalty statement shows it. Balances: negative = unrecouped (owed to the
// label out of future royalties), positive = earned but held until payable (retroactive points), 0 = square.
// Identity: closing = opening + earned − paid; recouped = min(earned, max(0, −opening)).
struct LedgerLine {
    Micros opening = 0;   // balance carried in; month 0 opens at −recoupable
    Micros earned = 0;    // royalties credited this month (≥ 0)
    Micros recouped = 0;  // the part of `earned` that reduced an unrecouped balance
    Micros paid = 0;      // paid out this month: the whole positive balance once payable, else 0 (never < 0)
    Micros closing = 0;   // opening + earned − paid
    bool operator==(const LedgerLine&) const = default;
};

// One party's account over the series.
struct Ledger {
    std::string party;                            // "Artist", a points party's name, an account's name
    Micros recoupable = 0;                        // charged before month 0
    std::vector<LedgerLine> months;               // one line per month of the series
    Micros earned_total = 0;                      // Σ earned
    Micros recouped_total = 0;                    // Σ recouped = min(earned_total, recoupable)
    Micros paid_total = 0;                        // Σ paid
    Micros closing = 0;                           // final balance = −recoupable + earned_total − paid_total
    Micros unrecouped = 0;                        // max(0, −closing): what the label absorbs if no more is earned
    std::optional<std::size_t> recouped_month;    // first month closing ≥ 0 (0 if nothing to recoup); empty = not yet
    std::optional<std::size_t> first_paid_month;  // first month with paid > 0; empty = never paid
};

// Runs an account: opens at −recoupable, credits `earned` month by month, pays the positive balance in every
// month ≥ payable_from (never when payable_from is empty). Preconditions: recoupable ≥ 0, every earned ≥ 0,
// and the sums fit comfortably in int64 (validated inputs: each total ≤ max_deal_amount).
Ledger run_ledger(std::string party, Micros recoupable, std::span<const Micros> earned,
                  std::optional<std::size_t> payable_from = 0);

// [SECTION] Cross-collateralization

// One account that may be crossed with others (album 1 and album 2, or master and publishing).
struct RecoupmentAccount {
    std::string name;            // "Album 1", "Publishing"
    Micros recoupable = 0;       // charged before month 0, 0..max_deal_amount
    std::vector<Micros> earned;  // royalties credited per month, each 0..max_deal_amount
};

// What several accounts pay, crossed or not.
struct CrossResult {
    bool crossed = false;
    std::vector<Ledger> ledgers;  // uncrossed: one per account, in order; crossed: one pooled ledger
    Micros payable = 0;           // uncrossed: Σ positive balances; crossed: max(0, Σ balances) [S]
    Micros unrecouped = 0;        // what the label absorbs: Σ unrecouped of the ledgers
};

// Runs the accounts separately (payable = Σ max(0, earned − recoupable)) or pooled into one ledger whose
// month m earns the sum of every account's month m (payable = max(0, Σ earned − Σ recoupable)) [S, domain
// notes §3]. Problems name fields under `path` ("accounts[1].earned[4]"): at most max_recoupable_costs
// accounts of at most max_ledger_months months, every total at most max_deal_amount.
Result<CrossResult> cross_collateralize(std::span<const RecoupmentAccount> accounts, bool crossed,
                                        const std::string& path = "accounts");

// [SECTION] Deal calculation

// A points party's side of the deal.
struct PartyLedger {
    std::string name;
    PartyRole role = PartyRole::producer;
    PaymentConvention convention = PaymentConvention::retroactive_combined_rate;
    std::int64_t effective_points_ppm = 0;         // points prorated by tracks, ppm of net receipts
    std::int64_t share_of_artist_royalty_ppm = 0;  // p/A: 3 of 18 points → 166'667 (16.6667%); 0 when the points
                                                   // come off the top of a profit deal
    std::optional<std::size_t> payable_from;  // first month the convention allows payment; empty = not in the series
    Ledger ledger;                            // earned = p/A of each month's artist royalty; recoupable = its advance
};

// A correction of how Dealsheet applies a deal: the same inputs now give different, corrected numbers.
struct Correction {
    std::string id;     // stable identifier ("party-advance-recording-cost")
    std::string since;  // ISO date of the first version with the corrected numbers
    std::string text;   // one plain sentence: what changed and why
};

// The deal worked through every month of the receipts. Per month m (conservation, exact to the micro):
//     receipts[m] = label_share[m] + artist_net[m] + Σ parties[i].ledger.months[m].earned
//     artist.months[m].earned = artist_net[m] + advance_credit[m]
// advance_credit is bookkeeping, not money: the part of the parties' royalties that repaid advances already
// charged to the artist's account, credited back so no advance is borne twice.
struct RecordingResult {
    RecordingDealType type = RecordingDealType::royalty;
    std::int64_t artist_all_in_ppm = 0;  // A: the artist's share of net receipts, before points
    std::int64_t artist_net_ppm = 0;     // A − Σ effective points
    std::vector<Micros> receipts;        // the label's net receipts per month (the input)
    std::vector<Micros> artist_all_in;   // the artist royalty at A per month, before points
    std::vector<Micros> label_share;     // receipts − artist_all_in per month
    std::vector<Micros> artist_net;      // what the artist nets after points, per month
    std::vector<Micros> advance_credit;  // per month: parties' royalties that repaid advances charged to the
                                         // artist (× profit share in a net-profit deal); all 0 when none are
    Ledger artist;                       // the artist's account: net royalty + advance credit vs the charges
    std::vector<PartyLedger> parties;    // in the order of terms.points
    PartyAdvanceBearer party_advances = PartyAdvanceBearer::artist_account;  // as in the terms
    ProfitPointsBearer profit_points = ProfitPointsBearer::artist_share;     // as in the terms (net-profit only)
    Micros party_advances_charged = 0;    // the parties' advances charged to the artist's account
    Micros recording_recoupable = 0;      // recording costs charged to the artist, the parties' advances among
                                          // them (the retroactive trigger)
    Micros costs_paid = 0;                // every cost amount and party advance the label paid out
    Micros label_retained = 0;            // Σ receipts − Σ paid to the artist and the parties
    Micros label_net = 0;                 // label_retained − costs_paid: the label's result on the record
    std::vector<std::string> notes;       // plain sentences about this result (a producer paid out of pocket)
    std::vector<Correction> corrections;  // corrections of how Dealsheet applies deals that change these numbers
    Assumptions assumptions;              // every rate and default with its source and date
};

// The deal over `receipts` (the label's net receipts from the master, one amount per month), or every
// problem with the terms and the series. The artist's account is charged Σ recoupable amounts and, unless the
// label bears them, the parties' advances (all × the profit share in a net-profit deal) before month 0.
Result<RecordingResult> calculate_recording(const RecordingTerms& terms, std::span<const Micros> receipts);

namespace detail {
// calculate_recording for terms already valid (validate(terms) is empty, as in a valid release): checks the
// receipts only, so the engines that run the deal again (answers at N streams) do not validate it again.
Result<RecordingResult> calculate_valid_recording(const RecordingTerms& terms, std::span<const Micros> receipts);
}  // namespace detail

}  // namespace dealsheet
