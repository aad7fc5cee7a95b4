// Dealsheet core — streaming revenue, master (recording) side: per-stream payouts and the pool models.
//
// Index of this file
// [SECTION] Platforms and their dated payouts
// [SECTION] Streams over time
// [SECTION] Per-stream revenue
// [SECTION] Pool models (pro-rata and user-centric)
//
// Source reference: domain notes §2 (copied into docs/domain.md). Two ways to turn streams into master-side
// money, both editable:
//   per-stream:  revenue = streams × payout per 1,000 streams ÷ 1,000, payouts defaulting from the dated
//                Duetti 2024 table (§2.1 [S]);
//   pool model:  a small market of subscribers whose payments × the royalty share form a pool, split over
//                tracks pro-rata (by share of all streams) or user-centric (each subscriber's money only over
//                what that subscriber played) (§2.2).
// Payouts are held exactly as micro-dollars per 1,000 streams (= nano-dollars per stream); money is Micros
// computed with mul_div_round, and every split of a pool uses allocate(), so nothing is lost or created.
#pragma once

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

// [SECTION] Platforms and their dated payouts

// A streaming service with a default payout in the table; `blended` is Duetti's mix of services.
enum class Platform { spotify, youtube, apple_music, amazon_music, blended };

// One row of the payout table (domain notes §2.1).
struct PlatformPayout {
    Platform platform;
    const char* key;         // JSON key: "spotify", "youtube", "apple_music", "amazon_music", "blended"
    const char* name;        // display name, e.g. "Apple Music"
    Micros payout_per_1000;  // master-side payout per 1,000 streams in micro-dollars ($3.00 = 3'000'000)
    const char* scope;       // what the figure averages over
    const char* source;      // citation a user can look up
    const char* tag;         // evidence grade of the domain notes
    const char* as_of;       // date the source states the figure as of
};

// Every row, in enum order.
std::span<const PlatformPayout> platform_payouts();

// The row for `platform` (every enumerator has one).
const PlatformPayout& platform_payout(Platform platform);

// The JSON key of `platform`, e.g. "apple_music".
std::string_view to_string(Platform platform);

// The platform whose JSON key is `key`, or nullopt for an unknown key.
std::optional<Platform> parse_platform(std::string_view key);

// [SECTION] Streams over time

inline constexpr std::int64_t max_track_streams = 100'000'000'000;  // 1e11 per entry: above any song's lifetime
inline constexpr int max_stream_months = 600;                       // 50 years of monthly figures

// How an entry's streams are given.
enum class CurveShape {
    total,    // one count, no timing (counts as a single period)
    decay,    // first-month streams falling geometrically each month, over a number of months
    monthly,  // an explicit list, one count per month
};

// The JSON key of `shape`: "total", "decay" or "monthly".
std::string_view to_string(CurveShape shape);

// The shape whose JSON key is `key`, or nullopt for an unknown key.
std::optional<CurveShape> parse_curve_shape(std::string_view key);

// Streams as a total or a monthly series. Only the fields of the chosen shape are read (and validated).
// Defaults are a starting point for the user, not a claim about any song.
struct StreamCurve {
    CurveShape shape = CurveShape::total;
    std::int64_t total = 1'000'000;      // shape total: all streams, 0..max_track_streams
    std::int64_t first_month = 100'000;  // shape decay: streams in month 1, 0..max_track_streams
    std::int64_t decay_ppm = 100'000;    // shape decay: share lost each month, 0..1'000'000 ppm (10% default)
    int months = 12;                     // shape decay: length of the series, 1..max_stream_months
    std::vector<std::int64_t> monthly;   // shape monthly: 1..max_stream_months counts, each ≥ 0
    bool operator==(const StreamCurve&) const = default;
};

// Every problem with `curve` under `path` (e.g. "streaming.platforms[0].streams"), including a series whose
// sum exceeds max_track_streams; empty when valid.
Problems validate(const StreamCurve& curve, const std::string& path);

// The curve as whole streams per month: a total is a one-month series; a decay curve holds the exact
// geometric value in micro-streams (first × (1 − decay)^k, one mul_div_round per month) and rounds each month
// half away from zero, so a month never has more streams than the one before and small counts still decay.
Result<std::vector<std::int64_t>> stream_series(const StreamCurve& curve, const std::string& path = "streams");

// [SECTION] Per-stream revenue

inline constexpr Micros max_payout_per_1000 = 1'000'000'000;  // $1,000 per 1,000 streams = $1 a stream
inline constexpr std::size_t max_platform_entries = 16;       // entries in one StreamingTerms

// Master revenue of `streams` at `payout_per_1000`: streams × payout ÷ 1,000, rounded once (mul_div_round).
// Preconditions: 0 ≤ streams ≤ 1e13 and 0 ≤ payout_per_1000 ≤ max_payout_per_1000.
Micros master_revenue(std::int64_t streams, Micros payout_per_1000);

// Master revenue per month for a streams-per-month series (for the recoupment ledger). Month k earns
// master_revenue(streams to month k) − master_revenue(streams to month k−1), so the months add up exactly
// to master_revenue(all streams) and never go negative. Problems (under `path`, per index "[k]") for negative
// counts, more than max_stream_months months, a sum over max_track_streams, or a payout outside 0..max.
Result<std::vector<Micros>> monthly_master_revenue(std::span<const std::int64_t> streams_per_month,
                                                   Micros payout_per_1000, const std::string& path = "streams");

// One platform's streams and the payout they earn.
struct PlatformStreams {
    Platform platform = Platform::spotify;
    StreamCurve streams;                    // how many streams, and when
    std::optional<Micros> payout_per_1000;  // micro-dollars per 1,000 streams; nullopt = the table's dated default
    bool operator==(const PlatformStreams&) const = default;
};

// The per-stream revenue inputs: one entry per platform (a platform may appear twice, e.g. two territories).
struct StreamingTerms {
    std::vector<PlatformStreams> platforms = {PlatformStreams{}};  // 1..max_platform_entries entries
    bool operator==(const StreamingTerms&) const = default;
};

// Every problem with `terms` under `path` (e.g. "streaming.platforms[1].payout_per_1000"): counts and amounts out
// of range, unknown enum values, and every curve problem. Amounts and counts are integers, so always finite; the
// JSON layer reports non-finite numbers when it converts them. Empty when valid.
Problems validate(const StreamingTerms& terms, const std::string& path = "streaming");

// One platform entry's revenue.
struct PlatformRevenue {
    Platform platform = Platform::spotify;
    Micros payout_per_1000 = 0;                 // the payout used
    bool payout_from_table = true;              // false when the user entered it
    std::vector<std::int64_t> monthly_streams;  // the series (one entry for a total)
    std::vector<Micros> monthly_revenue;        // revenue per month, same length; sums to `revenue`
    std::int64_t streams = 0;                   // sum of monthly_streams
    Micros revenue = 0;                         // master_revenue(streams, payout_per_1000)
};

// Master-side revenue over all platform entries.
struct StreamingRevenue {
    std::vector<PlatformRevenue> platforms;  // in terms order
    std::vector<Micros> monthly_revenue;     // all platforms by month (length = the longest series); sums to revenue
    std::int64_t streams = 0;                // all platforms
    Micros revenue = 0;                      // all platforms
    Assumptions assumptions;                 // each payout with source and date; what is not modelled
};

// Master-side revenue for valid terms, or every problem with them.
Result<StreamingRevenue> calculate_streaming_revenue(const StreamingTerms& terms);

namespace detail {
// calculate_streaming_revenue for terms already valid (validate(terms) is empty, as in valid ReleaseTerms:
// calculate_valid_release).
StreamingRevenue calculate_valid_streaming_revenue(const StreamingTerms& terms);
}  // namespace detail

// [SECTION] Pool models (pro-rata and user-centric)

inline constexpr std::int64_t default_royalty_share_ppm = 520'000;  // 52% of revenue to labels [S], domain §2
inline constexpr std::int64_t spotify_threshold_streams = 1'000;    // per track per 12 months since 2024-04 [S], §2.2
inline constexpr std::size_t max_pool_tracks = 16;                  // "ours" plus a few others is enough
inline constexpr std::size_t max_pool_groups = 16;                  // subscriber groups in one market
inline constexpr std::int64_t max_group_subscribers = 1'000'000'000;   // 1e9 subscribers in one group
inline constexpr Micros max_subscription_payment = 100'000'000;        // $100 per subscriber per period
inline constexpr std::int64_t max_streams_per_subscriber = 1'000'000;  // per track per period

// Subscribers who pay the same and play the same: `streams[t]` is what ONE of them plays of track t.
struct SubscriberGroup {
    std::int64_t subscribers = 1;       // 0..max_group_subscribers
    Micros payment = 10'000'000;        // each subscriber's payment for the period ($10.00, illustrative [D])
    std::vector<std::int64_t> streams;  // one per PoolTerms::tracks entry, each 0..max_streams_per_subscriber
    bool operator==(const SubscriberGroup&) const = default;
};

// A small market over one period (e.g. a month). Default: 100 fans who split their plays between our track
// and everything else, and 900 subscribers who never play our track (illustrative [D]).
struct PoolTerms {
    std::vector<std::string> tracks = {"Our track", "Everything else"};  // 1..max_pool_tracks names
    std::vector<SubscriberGroup> groups = {{100, 10'000'000, {50, 50}},  // 1..max_pool_groups groups
                                           {900, 10'000'000, {0, 1'000}}};
    std::int64_t royalty_share_ppm = default_royalty_share_ppm;  // share of revenue paid to recordings, 0..1'000'000
    bool threshold = false;                                      // apply Spotify's minimum-streams rule
    std::int64_t threshold_streams = spotify_threshold_streams;  // minimum streams per track, 0..max_track_streams
    bool operator==(const PoolTerms&) const = default;
};

// Every problem with `terms` under `path` (e.g. "streaming.pool.groups[0].streams[1]"); empty when valid.
Problems validate(const PoolTerms& terms, const std::string& path = "streaming.pool");

// One track's earnings under both models.
struct PoolTrackPayout {
    std::string name;
    std::int64_t streams = 0;  // all subscribers' streams of the track in the period
    bool eligible = true;      // false when the threshold applies and the track is under it
    Micros pro_rata = 0;       // pool × streams ÷ eligible streams (largest remainder)
    Micros user_centric = 0;   // Σ over groups of the group's pool money × its streams ÷ its eligible streams
};

// Both pool models over the same market. In each model Σ tracks + unpaid = pool, to the micro-unit.
struct PoolPayouts {
    Micros revenue = 0;                     // Σ subscribers × payment
    Micros pool = 0;                        // revenue × royalty share (mul_div_round)
    std::vector<PoolTrackPayout> tracks;    // in terms order
    Micros user_centric_redistributed = 0;  // money of subscribers who played no eligible track, spread pro-rata
    Micros pro_rata_unpaid = 0;             // pool no track can earn (no eligible streams at all); else 0
    Micros user_centric_unpaid = 0;         // the same for user-centric (equal to pro_rata_unpaid)
    Assumptions assumptions;                // royalty share, threshold, method, with sources and dates
};

// Both models for valid terms, or every problem with them.
Result<PoolPayouts> calculate_pool(const PoolTerms& terms);

}  // namespace dealsheet
