// Dealsheet core — distributors and splits: store royalties from the distributor to the uploader and the
// collaborators.
//
// Index of this file
// [SECTION] Distributors and their dated fees
// [SECTION] Split terms
// [SECTION] YouTube Content ID through DistroKid
// [SECTION] Split result and calculation
// [SECTION] Album sales
// [SECTION] Exact, monotone apportioning (detail)
//
// Source reference: domain notes §6 (copied into docs/domain.md). The path of one period's store royalties:
//     gross ──► distributor's commission (% of gross; CD Baby 9% [P], DistroKid and TuneCore 0% [S])
//           ──► net ──► recoup-first collaborators repaid fixed amounts first (balances carry over) [P]; several
//                       may recoup (nothing says only one [U]): in list order, or pro rata to what each is owed
//                   ──► the rest split by percentage: each collaborator's share, the uploader the remainder [P]
//     uploader's remainder ──► the annual flat fee (DistroKid, TuneCore), which the uploader alone pays. The fee
//     is one subscription for the whole account (DistroKid: unlimited uploads), so a release carries its share:
//     the fee ÷ the user's releases. The uploader's net (remainder − fee due) can be negative and is shown.
// Conservation, to the micro-unit, every period: gross + Content ID in = commission + Content ID kept
// + Σ collaborators + uploader + fee recovered (Content ID: 0 unless entered; DistroKid keeps 20% of it [P]).
// Payouts are never negative: a fee larger than the uploader's remainder is recovered as far as it goes and the
// rest is shown as an unrecovered fee, carried forward and recovered from later periods first.
// Splits cover only the distributor's store revenue — not MLC mechanicals, PRO performance, SoundExchange or
// sync [C][S].
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Distributors and their dated fees

// A distributor with default fees in the table; `custom` has none (enter your own).
enum class Distributor { distrokid, cd_baby, tunecore, custom };

// One default value with where it comes from.
struct DatedDefault {
    std::int64_t value;  // Micros for a fee, ppm for a commission
    const char* source;  // citation a user can look up
    const char* tag;     // evidence grade of the domain notes ("[U]" = uncertain: check your plan)
    const char* as_of;   // date the source states the value as of; "" when none
};

// One row of the distributor table.
struct DistributorFees {
    Distributor distributor;
    const char* key;              // JSON key: "distrokid", "cd_baby", "tunecore", "custom"
    const char* name;             // display name
    DatedDefault annual_fee;      // flat fee per year, Micros, paid by the uploader
    DatedDefault commission_ppm;  // share of gross store royalties the distributor keeps, ppm
};

// Every row, in enum order.
std::span<const DistributorFees> distributor_fees();

// The row for `distributor` (every enumerator has one).
const DistributorFees& distributor_row(Distributor distributor);

// The JSON key of `distributor`, e.g. "cd_baby".
std::string_view to_string(Distributor distributor);

// The distributor whose JSON key is `key`, or nullopt for an unknown key.
std::optional<Distributor> parse_distributor(std::string_view key);

// The part of an annual fee that falls in month `month_index` (0 = first month of a fee year): the fee spread
// evenly over 12 months by allocate(), so any 12 consecutive months add up to the fee exactly.
// Preconditions: annual_fee ≥ 0, month_index ≥ 0.
Micros annual_fee_part(Micros annual_fee, int month_index);

// [SECTION] Split terms

inline constexpr Micros max_split_amount = 1'000'000'000'000'000;  // $1e9: a fee, a recoup amount, a period's gross
inline constexpr std::size_t max_collaborators = 16;               // collaborators on one split
inline constexpr int max_split_months = 600;                       // 50 years of monthly periods

inline constexpr int max_releases_sharing_fee = 10'000;  // releases on one account sharing its subscription

// The distributor and its fees; each fee left empty takes the table's dated default for the distributor.
struct DistributorTerms {
    Distributor distributor = Distributor::distrokid;
    std::optional<Micros> annual_fee;            // per year for the whole account, 0..max_split_amount; nullopt =
                                                 // table default
    std::optional<std::int64_t> commission_ppm;  // share of gross, 0..1'000'000; nullopt = table default
    int releases = 1;  // the user's releases sharing the annual fee, 1..max_releases_sharing_fee
    bool operator==(const DistributorTerms&) const = default;
};

// The annual fee this release carries: the account's fee ÷ its releases, rounded half away from zero.
Micros release_annual_fee(Micros account_fee, int releases);

// How several recoup-first collaborators are repaid.
enum class RecoupOrder {
    in_order,  // each in list order: the first is repaid in full before the next gets anything
    pro_rata,  // all at once, in proportion to what each is still owed
};
inline constexpr std::array<std::string_view, 2> recoup_order_names{"in_order", "pro_rata"};
std::string_view to_string(RecoupOrder order);                         // "in_order", "pro_rata"; "" outside the enum
std::optional<RecoupOrder> parse_recoup_order(std::string_view name);  // nullopt for any other name

// A collaborator on the uploader's split. The uploader is not listed: they keep whatever the shares leave.
struct Collaborator {
    std::string name;            // for display only
    std::int64_t share_ppm = 0;  // share of what is split, 0..1'000'000 (all shares together ≤ 100%)
    Micros recoup_first = 0;     // repaid from net royalties before the percentages apply (see RecoupOrder)
    bool operator==(const Collaborator&) const = default;
};

// [SECTION] YouTube Content ID through DistroKid

// DistroKid's share of YouTube Content ID ad revenue: "Los ingresos publicitarios (menos 20%) son tuyos" (the ad
// revenue, less 20%, is yours: DistroKid help, "Content ID de YouTube", support.distrokid.com/hc/es/articles/
// 360013535314, read 2026-12-04) [P].
inline constexpr std::int64_t content_id_kept_ppm = 200'000;
inline constexpr const char* content_id_source =
    "DistroKid help, YouTube Content ID (support.distrokid.com/hc/es/articles/360013535314): a yearly Album Extra "
    "priced per release (album or single), the price shown on the upload form; the ad revenue less 20% is yours";

// YouTube Content ID for this release through DistroKid: ad revenue from other people's videos that use the
// music, less DistroKid's 20%, joins the store royalties before recoupment and the percentages; the yearly
// extra's price is paid by the uploader like the annual fee. Both 0 = off.
struct ContentIdTerms {
    Micros revenue_per_year = 0;  // Content ID ad revenue collected for this release per year, before the 20%;
                                  // spread evenly over months like the annual fee; 0..max_split_amount
    Micros yearly_fee = 0;        // the extra's yearly price for this release, 0..max_split_amount: DistroKid shows
                                  // it only on the upload form, so no default is known [U]; 0 = not entered
    bool operator==(const ContentIdTerms&) const = default;
};

// A distributor split (DistroKid-style).
struct SplitTerms {
    DistributorTerms distributor;
    std::vector<Collaborator> collaborators;           // 0..max_collaborators
    RecoupOrder recoup_order = RecoupOrder::in_order;  // several recoup-first collaborators: in order or pro rata
    ContentIdTerms content_id;                         // YouTube Content ID through DistroKid; off by default
    bool operator==(const SplitTerms&) const = default;
};

// Every problem with `terms` under `path`: shares outside 0..100% ("splits.collaborators[0].share_ppm"), shares
// over 100% together ("splits.collaborators"), releases outside 1..max_releases_sharing_fee, fees and amounts out
// of range, recoup-first amounts totalling more than max_split_amount,
// unknown enum values, Content ID amounts out of range or set for a distributor other than DistroKid
// ("splits.content_id"). Amounts are integers, so always finite; the JSON layer reports non-finite numbers when it
// converts them. Empty when valid.
Problems validate(const SplitTerms& terms, const std::string& path = "splits");

// [SECTION] Split result and calculation

// One period's money. Flows are for the period; balances are as at its end.
struct SplitPeriod {
    Micros gross = 0;                   // store royalties in
    Micros commission = 0;              // kept by the distributor: gross × commission, rounded once
    Micros content_id_gross = 0;        // YouTube Content ID ad revenue in (the year's spread evenly by month)
    Micros content_id_kept = 0;         // kept by DistroKid: 20% of content_id_gross, rounded once
    Micros recouped = 0;                // repaid to recoup-first collaborators before the percentages
    std::vector<Micros> collaborators;  // each collaborator's payout (recouped + share), in terms order
    Micros uploader_before_fee = 0;     // the uploader's remainder of the split
    Micros uploader = 0;                // the uploader's payout: remainder − fee recovered, never negative
    Micros fee_due = 0;                 // the annual fee's part for this period, the Content ID extra's included
    Micros content_id_fee_due = 0;      // the Content ID extra's part of fee_due
    Micros fee_recovered = 0;           // fee (this period's and carried) paid out of the uploader's remainder
    Micros fee_unrecovered = 0;         // fee still not covered by royalties (balance, carried forward)
    Micros recoup_balance = 0;          // recoup-first amounts still owed (balance, carried forward)
    Micros uploader_net = 0;            // uploader_before_fee − fee_due: negative when the fee is larger
};

// Every period and their sum.
struct SplitResult {
    std::vector<SplitPeriod> periods;  // one per input period
    SplitPeriod total;                 // flows summed over periods; balances as at the end of the last
    Assumptions assumptions;           // fees with source and date, what splits cover, rounding
};

// One period of `months` months (1..max_split_months; its fee is that many months' parts) with `gross` store
// royalties; problems for the terms and for "<path>.gross" / "<path>.months".
Result<SplitResult> split_store_revenue(const SplitTerms& terms, Micros gross, int months = 12,
                                        const std::string& path = "splits");

// A monthly series (0..max_split_months months, the first being month 0 of a fee year); the recoup balance and
// any unrecovered fee carry from month to month. Problems for the terms and for "<path>.revenue[k]".
Result<SplitResult> split_store_revenue_monthly(const SplitTerms& terms, std::span<const Micros> gross_per_month,
                                                const std::string& path = "splits");

// [SECTION] Album sales

inline constexpr int max_album_tracks = 100;  // tracks on one album

// An album sale prorated per track (domain notes §6 [P]): equal parts, exact (allocate), so 50% of one track of
// a 2-track album is 25% of the sale. Each part then goes through that track's split. Problems under `path`
// (".sale" outside 0..max_split_amount, ".track_count" outside 1..max_album_tracks).
Result<std::vector<Micros>> album_sale_by_track(Micros sale, int track_count, const std::string& path = "album");

// [SECTION] Exact, monotone apportioning (detail)

namespace detail {
// `total` split by `weights` (each ≥ 0, Σ > 0 unless total is 0, Σ ≤ 2^62) with the D'Hondt rule: everyone
// first gets floor(total × w ÷ Σw), then the leftover micro-units (fewer than the number of parties) go one by
// one to the largest w ÷ (part + 1), ties to the earlier party. Exact like allocate(), and also house monotone:
// a larger total never gives any party less (largest remainder can: the Alabama paradox). The price: a part can
// exceed its exact share by up to (parties − 1) micro-units, the leftover leaning to larger weights.
std::vector<Micros> apportion_monotone(Micros total, std::span<const std::int64_t> weights);
}  // namespace detail

}  // namespace dealsheet
