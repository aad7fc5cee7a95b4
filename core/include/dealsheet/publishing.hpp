// Dealsheet core — the publishing engine: the full US §115 monthly calculation, and the split of a song's
// publishing money among its co-writers, each through that writer's own deal.
//
// Index of this file
// [SECTION] Names (deal types, fee bases, methods) and limits
// [SECTION] Terms: the offering (full §115 calculation)
// [SECTION] Terms: writers, deals and collection
// [SECTION] Terms: the publishing scenario
// [SECTION] Results
// [SECTION] Calculation
//
// Method, in two stages (domain notes §5.2 and §5.4):
//  1. The song's publishing money for one month of one offering: either the quick estimate (headline rate ×
//     R × streams, publishing_estimate.hpp, the default) split into performance and mechanical by an editable
//     share, or the full calculation of 37 CFR 385.21 for the offering's type (statutory.hpp):
//         music revenue = service_revenue × music_share, or × the music part's standalone price ÷ the sum of
//                         the parts' standalone prices (§385.2, bundles)
//         headline     = headline_rate[year] × music revenue
//         tcc_prong    = tcc_rate × payments_to_labels, or the lesser of that and per_subscriber_cap ×
//                        subscribers where the offering's row caps it
//         all_in_pool  = max(headline, tcc_prong); the TCC prong alone for a mixed service bundle
//         payable_pool = max(all_in_pool − performance_royalties, floor × counted subscribers, 0)
//         work's mechanical  = payable_pool × work's weighted paid plays ÷ the offering's weighted paid plays
//         work's performance = performance_royalties × work's paid plays ÷ paid plays ([U] approximation)
//     Subscribers count by plan weights (family 1.75 and student 0.5 from 2023, §385.21(e)); bundles count
//     active subscribers only. Paid plays exclude promotional and free-trial plays, which pay zero [P]; a play
//     of a recording over 5:00 counts as 1.2 plays, … (§385.21(c)).
//  2. The split. Collection commissions come off the top (the PRO's from performance, the MLC's from
//     mechanicals); each writer's share of the song then divides into a writer share and a publisher share,
//     50/50 for both income types. The PRO pays the performance writer share straight to the writer; all
//     the rest (mechanical writer share, and the publisher shares) is collected on the publisher side and
//     divided by the writer's deal. An advance recoups only from what the publisher side owes the writer —
//     never from the PRO's direct writer share — and a payout is never negative (no clawback, domain §1).
// Every split is exact (allocate(), money.hpp): Σ writers' payouts + Σ publishers' kept and recouped
// + commissions = money in, to the micro-unit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/publishing_estimate.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/statutory.hpp"

namespace dealsheet {

// [SECTION] Names (deal types, fee bases, methods) and limits

// A writer's publishing deal, applied to that writer's publisher share (domain notes §5.4 [S]).
enum class DealType {
    self_published,  // no publisher: the writer keeps writer share + publisher share (100%)
    standard,        // full publishing deal: the publisher keeps the whole publisher share
    co_publishing,   // publisher share co-owned 50/50: the writer ends with 75%, the publisher 25%
    administration,  // the writer keeps ownership; the administrator takes a fee (admin_fee_ppm of admin_fee_base)
};
inline constexpr std::array<std::string_view, 4> deal_type_names{"self_published", "standard", "co_publishing",
                                                                 "administration"};  // the JSON names, in order

// What an administration fee is a percentage of.
enum class AdminFeeBase {
    publisher_share,  // the writer's publisher share (performance and mechanical); the default [S]
    total_collected,  // everything the administrator collects for the writer: the performance publisher share
                      // plus 100% of mechanicals (the PRO's writer share never passes through it)
};
inline constexpr std::array<std::string_view, 2> admin_fee_base_names{"publisher_share", "total_collected"};

// How the song's publishing money is found.
enum class PublishingMethod {
    quick,  // headline rate × R × streams (publishing_estimate.hpp), the default (domain notes §5.3)
    full,   // the full monthly §115 calculation for one offering (domain notes §5.2)
};
inline constexpr std::array<std::string_view, 2> publishing_method_names{"quick", "full"};

// "self_published", "standard", "co_publishing", "administration" (the JSON names).
std::string_view to_string(DealType deal);
// The deal type named by `name` (exactly one of the JSON names), or nullopt.
std::optional<DealType> parse_deal_type(std::string_view name);
// "publisher_share", "total_collected" (the JSON names).
std::string_view to_string(AdminFeeBase base);
// The fee base named by `name` (exactly one of the JSON names), or nullopt.
std::optional<AdminFeeBase> parse_admin_fee_base(std::string_view name);
// "quick", "full" (the JSON names).
std::string_view to_string(PublishingMethod method);
// The method named by `name` (exactly one of the JSON names), or nullopt.
std::optional<PublishingMethod> parse_publishing_method(std::string_view name);

inline constexpr std::int64_t ppm_whole = full_share_ppm;  // full_share_ppm under the engines' older name
inline constexpr Micros max_publishing_amount = 100'000'000'000'000'000;  // $100 billion: above any offering's month
inline constexpr std::int64_t max_subscribers = 10'000'000'000;           // 1e10 per plan: above the world's population
inline constexpr std::int64_t max_subscriber_weight_ppm = 10'000'000;     // one plan counts as at most 10 subscribers
inline constexpr std::int64_t max_plays = 10'000'000'000'000;             // 1e13 plays in a month: above any offering
inline constexpr std::size_t max_writers = 100;                         // pop songs have 6–8 (domain notes §5.4 [C])
inline constexpr std::int64_t default_performance_share_ppm = 500'000;  // performance part of the pool, [U] §5.4

// [SECTION] Terms: the offering (full §115 calculation)

// Subscribers of the offering in the month, by plan (whole accounts).
struct Subscribers {
    std::int64_t individual = 0;  // individual plans, 0..max_subscribers
    std::int64_t family = 0;      // family plans, 0..max_subscribers
    std::int64_t student = 0;     // student plans, 0..max_subscribers
    bool operator==(const Subscribers&) const = default;
};

// How many subscribers one plan counts as, in ppm of a subscriber; nullopt: the rule's weight for the year
// (individual 1; family 1.75 and student 0.5 from 2023, §385.21(e) [P]; 1.5 and 0.5 for 2018–2022 [P]).
struct SubscriberWeights {
    std::optional<std::int64_t> individual_ppm;  // 0..max_subscriber_weight_ppm
    std::optional<std::int64_t> family_ppm;      // 0..max_subscriber_weight_ppm
    std::optional<std::int64_t> student_ppm;     // 0..max_subscriber_weight_ppm
    bool operator==(const SubscriberWeights&) const = default;
};

// A count of plays in the month; promotional and free-trial plays are part of `total` and pay zero [P].
// Plays of recordings over 5:00 are counted once each here; the work's weighting is applied by the engine.
struct Plays {
    std::int64_t total = 0;        // every play, 0..max_plays
    std::int64_t promotional = 0;  // label-authorised promotional plays, 0..total
    std::int64_t free_trial = 0;   // plays in free-trial offerings, 0..total − promotional
    bool operator==(const Plays&) const = default;
};

inline constexpr std::int64_t max_work_duration_seconds = 86'400;  // a day: above any recording

// One month of one offering, and one work's plays on it.
struct OfferingTerms {
    int year = 2026;  // statutory year (fixed), first_all_in_year..last_statutory_year (not 2017)
    OfferingType type =
        OfferingType::standalone_portable;  // sets the TCC prong, the floor and who counts (statutory.hpp)
    Micros service_revenue = 0;             // the offering's service revenue for the month, 0..max_publishing_amount
    // Bundles: the share of revenue that is music, 0..100% (default 100%).
    std::int64_t music_share_ppm = full_share_ppm;
    // Bundles (§385.2): the standalone prices of the music part and of the other parts. When both are given,
    // the music revenue is service_revenue × music ÷ (music + others), and music_share must stay 100%.
    std::optional<Micros> music_standalone_price;  // 0..max_publishing_amount
    std::optional<Micros>
        other_standalone_price;            // the other parts' standalone prices together, 0..max_publishing_amount
    Micros payments_to_labels = 0;         // total content cost: paid to record labels, 0..max_publishing_amount
    Micros performance_royalties = 0;      // paid to PROs for the offering, 0..max_publishing_amount
    Subscribers subscribers;               // by plan; for bundles, the active ones (≥ 1 play in the month)
    SubscriberWeights subscriber_weights;  // null: the rule's
    Plays plays;                           // every play of every work on the offering, each counted once
    Plays work_plays;                      // the work's plays: each count ≤ the offering's, paid ≤ paid
    std::int64_t work_duration_seconds =
        0;  // the recording's playing time; 0: not given (counts as ≤ 5:00), ≤ max_work_duration_seconds
    bool operator==(const OfferingTerms&) const = default;
};

// The part of a bundle's revenue attributed to music (§385.2): bundle_revenue × music_standalone_price ÷
// (music_standalone_price + other_standalone_price), rounded half up; the rule's example is $12,000 × $10 ÷
// ($10 + $5) = $8,000. nullopt when both prices are 0 or any amount is negative.
std::optional<Micros> bundle_music_revenue(Micros bundle_revenue, Micros music_standalone_price,
                                           Micros other_standalone_price);

// How Spotify US Premium is treated since 2024-03-01, when audiobooks joined it [S].
enum class SpotifyUsTreatment {
    bundle,      // a bundled subscription offering: music is ~52% of revenue [S], floor per active subscriber
    standalone,  // a standalone portable subscription at 100% music, as the MLC argues (and as before March 2024)
};

// `offering` set up as Spotify US Premium under `treatment`: its type and music share (the rest unchanged).
OfferingTerms spotify_us_premium(OfferingTerms offering, SpotifyUsTreatment treatment);

// Why the choice matters and where it stands, in plain words (for the choice's help text and the result).
std::string_view explain(SpotifyUsTreatment treatment);

// Every problem with `terms`, each naming its field under `path`; empty when valid.
Problems validate(const OfferingTerms& terms, const std::string& path = "publishing.offering");

// [SECTION] Terms: writers, deals and collection

// Collection commissions, each deducted from its income type before anything is split (domain notes §5.4).
struct CollectionTerms {
    std::int64_t pro_commission_ppm = 100'000;  // off performance royalties, 0..100%; ASCAP ~10% (2023) [S]
    std::int64_t mlc_commission_ppm = 0;        // off mechanicals, 0..100%; the MLC is commission-free [S]
    bool operator==(const CollectionTerms&) const = default;
};

// One co-writer of the song and that writer's deal.
struct WriterTerms {
    std::string name;                          // display name; "" shows as "Writer N"
    std::string publisher;                     // publisher's display name; "" shows as "<writer>'s publisher"; one name
                                               // shared by several writers is one publisher in the result
    std::int64_t share_ppm = full_share_ppm;   // share of the song, 0..100%; ignored when PublishingTerms::equal_shares
    DealType deal = DealType::self_published;  // default: no publisher
    std::int64_t admin_fee_ppm = 150'000;      // administration only: 0..100%, default 15% [S]
    AdminFeeBase admin_fee_base = AdminFeeBase::publisher_share;  // administration only
    Micros advance = 0;  // unrecouped publishing advance before this month, 0..max_publishing_amount;
                         // must be 0 when self-published (no publisher paid it)
    bool operator==(const WriterTerms&) const = default;
};

// [SECTION] Terms: the publishing scenario

// Everything the user sets for the publishing engine, at JSON path "publishing" (the quick estimate's terms
// stay in QuickEstimateTerms, at "publishing.quick").
struct PublishingTerms {
    PublishingMethod method = PublishingMethod::quick;  // the quick estimate is the default
    OfferingTerms offering;                             // full method only
    std::int64_t performance_share_ppm =
        default_performance_share_ppm;                // quick method only: performance part of the total, [U] 50%
    CollectionTerms collection;                       // commissions
    bool equal_shares = true;                         // writers own equal shares (exact thirds, …) [default]
    std::vector<WriterTerms> writers{WriterTerms{}};  // 1..max_writers; explicit shares must total 100%
    bool operator==(const PublishingTerms&) const = default;
};

// Every problem with `terms` under `path`, all at once: the offering only for the full method, the
// performance share only for the quick one; writers and commissions always. Empty when valid.
Problems validate(const PublishingTerms& terms, const std::string& path = "publishing");

// [SECTION] Results

// Which prong sets the all-in pool.
enum class AllInProng {
    headline,  // headline_rate × revenue (ties go here)
    tcc,       // min(TCC rate × payments to labels, per-subscriber cap × subscribers)
};

// The full §115 calculation with every intermediate, so a UI can show the working.
struct OfferingResult {
    HeadlineRate rate{};           // the statutory headline row used
    AllInParameters parameters{};  // the statutory row used: the offering type's TCC prong, floor, weights
    OfferingType type = OfferingType::standalone_portable;       // the offering type calculated
    SubscriberBasis subscribers_counted = SubscriberBasis::all;  // which subscribers the floor counted
    Micros music_revenue = 0;                   // service_revenue × music_share, or by standalone prices (§385.2)
    bool music_by_standalone_prices = false;    // true when the standalone prices attributed it
    Micros headline = 0;                        // headline_rate × music_revenue
    std::int64_t weighted_subscribers_ppm = 0;  // Σ plans × weights, in ppm of a subscriber (1.75 = 1'750'000)
    SubscriberWeights weights_used;             // the weights applied (every member set)
    Micros tcc_amount = 0;                      // tcc_rate × payments_to_labels
    Micros subscriber_cap_amount = 0;           // per_subscriber_cap × weighted subscribers (0 when not capped)
    Micros tcc_prong = 0;                       // tcc_amount, or the lesser of it and the cap amount
    bool subscriber_cap_binds = false;          // true when the cap is below tcc_amount
    AllInProng prong = AllInProng::headline;    // which prong set the all-in pool
    Micros all_in_pool = 0;                 // max(headline, tcc_prong), or tcc_prong alone: performance + mechanical
    Micros performance_royalties = 0;       // as entered
    Micros after_performance = 0;           // all_in_pool − performance_royalties (may be negative)
    Micros floor_per_subscriber = 0;        // the offering's floor per counted subscriber (0: none)
    Micros floor_amount = 0;                // floor_per_subscriber × weighted subscribers
    bool floor_binds = false;               // true when the floor is above after_performance
    Micros payable_pool = 0;                // max(after_performance, floor_amount, 0): the mechanical pool
    std::int64_t paid_plays = 0;            // offering plays − promotional − free-trial
    std::int64_t work_paid_plays = 0;       // the work's plays − its promotional − its free-trial
    std::int64_t play_weight_fifths = 5;    // one play of the work counts as this many fifths of a play (§385.21(c))
    std::int64_t work_weighted_fifths = 0;  // work_paid_plays × play_weight_fifths, in fifths of a play
    std::int64_t weighted_paid_fifths = 0;  // the offering's paid plays with the work's weighting, in fifths
    double per_play = 0.0;                  // payable_pool ÷ weighted paid plays in $: display only, never summed
    Micros work_mechanical = 0;             // payable_pool × work_weighted ÷ weighted paid plays, one rounding
    Micros work_performance = 0;            // performance_royalties × work_paid_plays ÷ paid_plays [U]
    Assumptions assumptions;                // every statutory value and default used
};

// A song's publishing money entering the split.
struct PublishingIncome {
    Micros performance = 0;  // performance royalties (collected by PROs), ≥ 0
    Micros mechanical = 0;   // mechanical royalties (collected by the MLC), ≥ 0
    bool operator==(const PublishingIncome&) const = default;
};

// What one writer's share of the song came to.
struct WriterPayout {
    std::string name;       // as entered, or "Writer N"
    std::string publisher;  // the publisher's resolved name ("" when self-published)
    DealType deal = DealType::self_published;
    std::int64_t share_ppm = 0;  // share of the song (equal shares shown to the ppm)
    Micros performance = 0;      // this writer's part of performance royalties, after the PRO commission
    Micros mechanical = 0;       // this writer's part of mechanicals, after the MLC commission
    Micros writer_share = 0;     // performance writer share, paid by the PRO directly to the writer
    Micros publisher_side = 0;   // owed to the writer on the publisher side before recoupment: mechanical
                                 // writer share + the writer's part of the publisher share (after any fee)
    Micros publisher_kept = 0;   // kept by the publisher: its part of the publisher share, or the admin fee
    Micros recouped = 0;         // advance recouped this month, from publisher_side only
    Micros paid = 0;             // writer_share + publisher_side − recouped, ≥ 0
    Micros unrecouped = 0;       // advance balance left after this month, ≥ 0
};

// What one publisher or administrator received across its writers.
struct PublisherPayout {
    std::string name;     // resolved name
    Micros kept = 0;      // Σ publisher_kept of its writers
    Micros recouped = 0;  // Σ recouped of its writers (advances it had paid)
    Micros total = 0;     // kept + recouped
};

// The split of a song's publishing money, exact to the micro-unit.
struct PublishingSplit {
    PublishingIncome income;                  // money in
    Micros pro_commission = 0;                // kept by the PRO
    Micros mlc_commission = 0;                // kept by the MLC
    std::vector<WriterPayout> writers;        // in the order entered
    std::vector<PublisherPayout> publishers;  // in order of first appearance; self-published writers have none
    Assumptions assumptions;                  // commissions, shares, deals, recoupment rule
};

// The publishing engine's answer for one scenario.
struct PublishingResult {
    PublishingMethod method = PublishingMethod::quick;
    std::optional<QuickEstimate> quick;      // quick method: the estimate
    std::optional<OfferingResult> offering;  // full method: the working
    Micros publishing_total = 0;             // income.performance + income.mechanical
    PublishingSplit split;                   // who gets what
    Assumptions assumptions;                 // the method's assumptions, then the split's
};

// One row of the per-year table (quick method).
struct YearEstimate {
    HeadlineRate rate{};                      // year, rate, source
    Micros publishing_total = 0;              // headline_rate × R × streams
    bool full_calculation_available = false;  // the year has all-in parameters (2018 onwards)
};

// [SECTION] Calculation

// The full §115 calculation for valid terms, or every problem (year 2017 is refused: no all-in parameters).
Result<OfferingResult> calculate_offering(const OfferingTerms& terms);

// Splits `income` among terms.writers (commissions, shares, deals, advances); problems name fields under
// "publishing". Only terms.collection, equal_shares and writers are read.
Result<PublishingSplit> split_publishing(const PublishingIncome& income, const PublishingTerms& terms);

// The publishing engine: the song's money by terms.method (the quick method reads `quick`, validated at
// "publishing.quick"), then its split. Every problem at once, or the result.
Result<PublishingResult> calculate_publishing(const QuickEstimateTerms& quick, const PublishingTerms& terms);

// A full-calculation offering that reproduces the quick estimate exactly: revenue = R × streams, plays of
// the offering and of the work = streams, no payments to labels (TCC prong 0), no subscribers (floor 0), and
// performance royalties = the performance share of the quick total. Refuses 2017 and invalid quick terms.
Result<OfferingTerms> offering_equivalent_to(const QuickEstimateTerms& quick,
                                             std::int64_t performance_share_ppm = default_performance_share_ppm);

// The quick estimate for every statutory year (2017–2027) at `streams` and `revenue_per_stream`.
Result<std::vector<YearEstimate>> estimates_by_year(std::int64_t streams,
                                                    double revenue_per_stream = billboard_implied_revenue_per_stream);

namespace detail {
// calculate_publishing without its validation, for calculate(Scenario), which validated the scenario once and
// computed the quick estimate already: `quick_estimate` is estimate_publishing(quick) (read only by the quick
// method). Precondition: validate(quick) (for the quick method) and validate(terms) are empty.
Result<PublishingResult> calculate_valid_publishing(const QuickEstimate& quick_estimate, const PublishingTerms& terms);

// The full calculation with explicit statutory rows (tests, what-ifs). Precondition: validate(terms) is
// empty apart from the year.
OfferingResult calculate_offering(const OfferingTerms& terms, const HeadlineRate& rate,
                                  const AllInParameters& parameters);
}  // namespace detail

}  // namespace dealsheet
