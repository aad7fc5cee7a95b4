#include "dealsheet/streaming.hpp"

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "foundation/text.hpp"

#include <array>
#include <initializer_list>

namespace dealsheet {
namespace {

using detail::cat;

constexpr std::int64_t whole_ppm = 1'000'000;            // 100% in parts per million
constexpr std::int64_t streams_per_payout_unit = 1'000;  // payouts are quoted per 1,000 streams

// Duetti's 2024 music economics report, as summarised in domain notes §2.1 [S]. Averages over independent
// artists' catalogues, all territories; master side only (what reaches the distributor or label).
constexpr const char* duetti_source =
    "Duetti music economics report: 2024 data, published 2025-01-23; no newer comparable public figures found "
    "(domain notes section 2.1)";
constexpr const char* duetti_scope = "2024, independent artists, global";

constexpr std::array<PlatformPayout, 5> payout_table{{
    {Platform::spotify, "spotify", "Spotify", 3'000'000, duetti_scope, duetti_source, "[S]", "2025-01-23"},
    {Platform::youtube, "youtube", "YouTube", 4'800'000, duetti_scope, duetti_source, "[S]", "2025-01-23"},
    {Platform::apple_music, "apple_music", "Apple Music", 6'200'000, duetti_scope, duetti_source, "[S]", "2025-01-23"},
    {Platform::amazon_music, "amazon_music", "Amazon Music", 8'800'000, duetti_scope, duetti_source, "[S]",
     "2025-01-23"},
    {Platform::blended, "blended", "Blended (Duetti mix)", 3'410'000, duetti_scope, duetti_source, "[S]", "2025-01-23"},
}};

static_assert(payout_table.back().platform == Platform::blended);
static_assert(detail::in_enum_order(payout_table, &PlatformPayout::platform));
constexpr std::array<std::string_view, 5> platform_names = detail::keys_of(payout_table);

constexpr std::array<std::string_view, 3> curve_shape_names{"total", "decay", "monthly"};

std::string indexed(const std::string& path, std::string_view member, std::size_t index) {
    return cat(path, member, "[", std::to_string(index), "]");
}

bool valid_platform(Platform platform) {
    const auto i = static_cast<std::size_t>(platform);
    return i < payout_table.size();
}

// Geometric decay held in micro-streams so rounding never stalls it: state_{k+1} = state_k × (1 − d),
// month k = state_k rounded to whole streams. Preconditions: first ≤ 1e11, 0 ≤ decay ≤ 100%, months ≥ 0.
std::vector<std::int64_t> decay_series(std::int64_t first_month, std::int64_t decay_ppm, int months) {
    std::vector<std::int64_t> series;
    series.reserve(static_cast<std::size_t>(months));
    std::int64_t micro_streams = first_month * 1'000'000;  // ≤ 1e17
    for (int k = 0; k < months; ++k) {
        series.push_back(mul_div_round(micro_streams, 1, 1'000'000));
        micro_streams = mul_div_round(micro_streams, whole_ppm - decay_ppm, whole_ppm);
    }
    return series;
}

// The series of a curve whose own fields are valid (the sum may still be too large).
std::vector<std::int64_t> series_of(const StreamCurve& curve) {
    switch (curve.shape) {
        case CurveShape::total: return {curve.total};
        case CurveShape::decay: return decay_series(curve.first_month, curve.decay_ppm, curve.months);
        case CurveShape::monthly: return curve.monthly;
    }
    return {};
}

std::int64_t sum_of(std::span<const std::int64_t> values) {
    std::int64_t sum = 0;
    for (std::int64_t v : values) sum += v;
    return sum;
}

std::string curve_description(const StreamCurve& curve, std::int64_t sum) {
    switch (curve.shape) {
        case CurveShape::total: return cat(format_count(sum), " streams in all");
        case CurveShape::decay:
            return cat(format_count(curve.first_month), " in month 1, falling ", format_percent(curve.decay_ppm),
                       " a month over ", std::to_string(curve.months), " months (", format_count(sum), " in all)");
        case CurveShape::monthly:
            return cat(std::to_string(curve.monthly.size()), " months as entered (", format_count(sum), " in all)");
    }
    return {};
}

}  // namespace

// [SECTION] Platforms and their dated payouts

std::span<const PlatformPayout> platform_payouts() { return payout_table; }

const PlatformPayout& platform_payout(Platform platform) { return payout_table[static_cast<std::size_t>(platform)]; }

DEALSHEET_ENUM_NAME_FUNCTIONS(Platform, platform, parse_platform, key, platform_names)

// [SECTION] Streams over time

DEALSHEET_ENUM_NAME_FUNCTIONS(CurveShape, shape, parse_curve_shape, key, curve_shape_names)

Problems validate(const StreamCurve& curve, const std::string& path) {
    Problems problems;
    switch (curve.shape) {
        case CurveShape::total:
            detail::check_whole(
                problems, [&] { return path + ".total"; }, curve.total, 0, max_track_streams, "streams");
            break;
        case CurveShape::decay:
            detail::check_whole(
                problems, [&] { return path + ".first_month"; }, curve.first_month, 0, max_track_streams, "streams");
            detail::check_percentage(
                problems, [&] { return path + ".decay"; }, curve.decay_ppm);
            if (curve.months < 1 || curve.months > max_stream_months)
                problems.push_back(
                    {path + ".months", cat("must be a number of months from 1 to ", std::to_string(max_stream_months),
                                           " (got ", std::to_string(curve.months), ")")});
            break;
        case CurveShape::monthly:
            if (curve.monthly.empty() || curve.monthly.size() > static_cast<std::size_t>(max_stream_months))
                problems.push_back(
                    {path + ".monthly", cat("must list 1 to ", std::to_string(max_stream_months),
                                            " monthly counts (got ", std::to_string(curve.monthly.size()), ")")});
            for (std::size_t k = 0; k < curve.monthly.size(); ++k)
                detail::check_whole(
                    problems, [&] { return indexed(path, ".monthly", k); }, curve.monthly[k], 0, max_track_streams,
                    "streams");
            break;
        default: problems.push_back({path + ".shape", "must be \"total\", \"decay\" or \"monthly\""}); return problems;
    }
    if (problems.empty()) {
        // Each count is ≤ 1e11 and there are ≤ 600 of them: the sum cannot overflow.
        const std::int64_t sum = sum_of(series_of(curve));
        if (sum > max_track_streams)
            problems.push_back({path, cat("adds up to ", format_count(sum), " streams, over the limit of ",
                                          format_count(max_track_streams))});
    }
    return problems;
}

Result<std::vector<std::int64_t>> stream_series(const StreamCurve& curve, const std::string& path) {
    if (Problems problems = validate(curve, path); !problems.empty()) return problems;
    return series_of(curve);
}

// [SECTION] Per-stream revenue

Micros master_revenue(std::int64_t streams, Micros payout_per_1000) {
    return mul_div_round(streams, payout_per_1000, streams_per_payout_unit);
}

Result<std::vector<Micros>> monthly_master_revenue(std::span<const std::int64_t> streams_per_month,
                                                   Micros payout_per_1000, const std::string& path) {
    Problems problems;
    if (streams_per_month.size() > static_cast<std::size_t>(max_stream_months))
        problems.push_back({path, cat("must have at most ", std::to_string(max_stream_months), " months (got ",
                                      std::to_string(streams_per_month.size()), ")")});
    bool counts_ok = true;
    for (std::size_t k = 0; k < streams_per_month.size() && k < static_cast<std::size_t>(max_stream_months); ++k) {
        const std::size_t before = problems.size();
        detail::check_whole(
            problems, [&] { return indexed(path, "", k); }, streams_per_month[k], 0, max_track_streams, "streams");
        counts_ok = counts_ok && problems.size() == before;
    }
    if (counts_ok && problems.empty() && sum_of(streams_per_month) > max_track_streams)
        problems.push_back({path, cat("adds up to ", format_count(sum_of(streams_per_month)),
                                      " streams, over the limit of ", format_count(max_track_streams))});
    detail::check_amount(
        problems, [&] { return path + ".payout_per_1000"; }, payout_per_1000, max_payout_per_1000);
    if (!problems.empty()) return problems;

    // Sized once and written by index: in WebAssembly at -Oz, push_back stays an out-of-line call per month.
    std::vector<Micros> revenue(streams_per_month.size());
    std::int64_t cumulative = 0;
    Micros earned = 0;  // master_revenue(cumulative)
    for (std::size_t m = 0; m < streams_per_month.size(); ++m) {
        cumulative += streams_per_month[m];
        const Micros to_date = master_revenue(cumulative, payout_per_1000);
        revenue[m] = to_date - earned;
        earned = to_date;
    }
    return revenue;
}

Problems validate(const StreamingTerms& terms, const std::string& path) {
    Problems problems;
    if (terms.platforms.empty() || terms.platforms.size() > max_platform_entries)
        problems.push_back({path + ".platforms", cat("must list 1 to ", std::to_string(max_platform_entries),
                                                     " platforms (got ", std::to_string(terms.platforms.size()), ")")});
    for (std::size_t i = 0; i < terms.platforms.size(); ++i) {
        const PlatformStreams& entry = terms.platforms[i];
        const std::string entry_path = indexed(path, ".platforms", i);
        if (!valid_platform(entry.platform))
            problems.push_back({entry_path + ".platform", detail::one_of(platform_names)});
        if (entry.payout_per_1000)
            detail::check_amount(
                problems, [&] { return entry_path + ".payout_per_1000"; }, *entry.payout_per_1000, max_payout_per_1000);
        for (Problem& problem : validate(entry.streams, entry_path + ".streams"))
            problems.push_back(std::move(problem));
    }
    return problems;
}

Result<StreamingRevenue> calculate_streaming_revenue(const StreamingTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;
    return detail::calculate_valid_streaming_revenue(terms);
}

StreamingRevenue detail::calculate_valid_streaming_revenue(const StreamingTerms& terms) {
    StreamingRevenue result;
    result.platforms.reserve(terms.platforms.size());
    result.assumptions.reserve(2 * terms.platforms.size() + 3);
    bool any_decay = false;
    for (const PlatformStreams& entry : terms.platforms) {
        const PlatformPayout& row = platform_payout(entry.platform);
        PlatformRevenue revenue;
        revenue.platform = entry.platform;
        revenue.payout_from_table = !entry.payout_per_1000.has_value();
        revenue.payout_per_1000 = entry.payout_per_1000.value_or(row.payout_per_1000);
        revenue.monthly_streams = series_of(entry.streams);
        revenue.streams = sum_of(revenue.monthly_streams);
        revenue.monthly_revenue = monthly_master_revenue(revenue.monthly_streams, revenue.payout_per_1000).value();
        revenue.revenue = master_revenue(revenue.streams, revenue.payout_per_1000);

        if (result.monthly_revenue.size() < revenue.monthly_revenue.size())
            result.monthly_revenue.resize(revenue.monthly_revenue.size(), 0);
        for (std::size_t k = 0; k < revenue.monthly_revenue.size(); ++k)
            result.monthly_revenue[k] += revenue.monthly_revenue[k];
        result.streams += revenue.streams;
        result.revenue += revenue.revenue;
        any_decay = any_decay || entry.streams.shape == CurveShape::decay;

        std::string value = cat(detail::exact_usd(revenue.payout_per_1000), " per 1,000 streams");
        if (revenue.payout_from_table) value += cat(" (", row.scope, ")");
        result.assumptions.push_back(
            {cat(row.name, " payout"), std::move(value), revenue.payout_from_table ? row.source : "Entered by you",
             revenue.payout_from_table ? row.tag : "", revenue.payout_from_table ? row.as_of : ""});
        result.assumptions.push_back(
            {cat(row.name, " streams"), curve_description(entry.streams, revenue.streams), "Entered by you", "", ""});
        result.platforms.push_back(std::move(revenue));
    }
    if (any_decay)
        result.assumptions.push_back({"Stream decay",
                                      "Geometric: each month keeps (100% - decay) of the month before, "
                                      "rounded to whole streams",
                                      "Dealsheet method", "[D]", ""});
    result.assumptions.push_back({"Which money",
                                  "Master (recording) side only, before any distributor, label or split; "
                                  "a total has no timing and counts as one period",
                                  "Domain notes section 2", "[D]", ""});
    result.assumptions.push_back({"Not modelled", "Publishing (see the publishing estimate), SoundExchange, sync, tax",
                                  "Out of scope of Dealsheet (domain notes section 8)", "", ""});
    return result;
}

// [SECTION] Pool models (pro-rata and user-centric)

Problems validate(const PoolTerms& terms, const std::string& path) {
    Problems problems;
    if (terms.tracks.empty() || terms.tracks.size() > max_pool_tracks)
        problems.push_back({path + ".tracks", cat("must list 1 to ", std::to_string(max_pool_tracks), " tracks (got ",
                                                  std::to_string(terms.tracks.size()), ")")});
    if (terms.groups.empty() || terms.groups.size() > max_pool_groups)
        problems.push_back(
            {path + ".groups", cat("must list 1 to ", std::to_string(max_pool_groups), " subscriber groups (got ",
                                   std::to_string(terms.groups.size()), ")")});
    detail::check_percentage(
        problems, [&] { return path + ".royalty_share"; }, terms.royalty_share_ppm);
    detail::check_whole(
        problems, [&] { return path + ".threshold_streams"; }, terms.threshold_streams, 0, max_track_streams,
        "streams");
    for (std::size_t g = 0; g < terms.groups.size(); ++g) {
        const SubscriberGroup& group = terms.groups[g];
        const auto group_path = [&] { return indexed(path, ".groups", g); };
        detail::check_whole(
            problems, [&] { return group_path() + ".subscribers"; }, group.subscribers, 0, max_group_subscribers,
            "subscribers");
        detail::check_amount(
            problems, [&] { return group_path() + ".payment"; }, group.payment, max_subscription_payment);
        if (group.streams.size() != terms.tracks.size())
            problems.push_back(
                {group_path() + ".streams", cat("must list one count per track (", std::to_string(terms.tracks.size()),
                                                "; got ", std::to_string(group.streams.size()), ")")});
        for (std::size_t t = 0; t < group.streams.size(); ++t)
            detail::check_whole(
                problems, [&] { return indexed(group_path(), ".streams", t); }, group.streams[t], 0,
                max_streams_per_subscriber, "streams per subscriber");
    }
    return problems;
}

Result<PoolPayouts> calculate_pool(const PoolTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;

    // Bounds (validated): Σ contributions ≤ 16 × 1e9 × $100 = 1.6e18 micros and Σ streams ≤ 16 × 16 × 1e15 =
    // 2.6e17, both under allocate()'s 2^62.
    const std::size_t track_count = terms.tracks.size();
    PoolPayouts result;
    std::vector<std::int64_t> contributions;
    std::vector<std::int64_t> track_streams(track_count, 0);
    for (const SubscriberGroup& group : terms.groups) {
        contributions.push_back(group.subscribers * group.payment);
        result.revenue += contributions.back();
        for (std::size_t t = 0; t < track_count; ++t) track_streams[t] += group.subscribers * group.streams[t];
    }
    result.pool = mul_div_round(result.revenue, terms.royalty_share_ppm, whole_ppm);

    // Eligible streams: a track under the threshold earns nothing, so it drops out of every denominator and its
    // would-be share goes to the others in proportion.
    std::vector<bool> eligible(track_count, true);
    std::vector<std::int64_t> eligible_streams(track_count, 0);
    std::int64_t all_eligible = 0;
    for (std::size_t t = 0; t < track_count; ++t) {
        eligible[t] = !terms.threshold || track_streams[t] >= terms.threshold_streams;
        eligible_streams[t] = eligible[t] ? track_streams[t] : 0;
        all_eligible += eligible_streams[t];
    }

    // Pro-rata: the whole pool by share of all eligible streams.
    std::vector<Micros> pro_rata(track_count, 0);
    if (all_eligible > 0)
        pro_rata = allocate(result.pool, eligible_streams);
    else
        result.pro_rata_unpaid = result.pool;

    // User-centric: the pool by subscriber group (in proportion to what each group paid: exact, so the groups'
    // money adds up to the pool), then each group's money only over what one of its subscribers played.
    std::vector<Micros> user_centric(track_count, 0);
    const std::vector<Micros> group_money = allocate(result.pool, contributions);
    for (std::size_t g = 0; g < terms.groups.size(); ++g) {
        std::vector<std::int64_t> weights(track_count, 0);
        std::int64_t played = 0;
        for (std::size_t t = 0; t < track_count; ++t) {
            weights[t] = eligible[t] ? terms.groups[g].streams[t] : 0;
            played += weights[t];
        }
        if (played == 0 || terms.groups[g].subscribers == 0) {
            result.user_centric_redistributed += group_money[g];
            continue;
        }
        const std::vector<Micros> parts = allocate(group_money[g], weights);
        for (std::size_t t = 0; t < track_count; ++t) user_centric[t] += parts[t];
    }
    // Money of subscribers who played no eligible track has no track of its own: spread pro-rata, so both models
    // pay out the same pool (a judgement call; services differ).
    if (all_eligible > 0) {
        const std::vector<Micros> spread = allocate(result.user_centric_redistributed, eligible_streams);
        for (std::size_t t = 0; t < track_count; ++t) user_centric[t] += spread[t];
    } else {
        result.user_centric_unpaid = result.user_centric_redistributed;
    }

    for (std::size_t t = 0; t < track_count; ++t)
        result.tracks.push_back({terms.tracks[t], track_streams[t], eligible[t], pro_rata[t], user_centric[t]});

    const bool default_share = terms.royalty_share_ppm == default_royalty_share_ppm;
    std::int64_t subscribers = 0;
    for (const SubscriberGroup& group : terms.groups) subscribers += group.subscribers;
    result.assumptions = {
        {"Subscription revenue", cat(format_usd(result.revenue), " from ", format_count(subscribers), " subscribers"),
         "Entered by you (illustrative market)", "", ""},
        {"Royalty share", cat(format_percent(terms.royalty_share_ppm), " of revenue to recordings"),
         default_share ? "About 52% to labels: Apple's headline rate; Spotify since March 2024 (domain notes 2, 5.2)"
                       : "Entered by you",
         default_share ? "[S]" : "", default_share ? "2024" : ""},
        {"Pro-rata", "Pool x a track's streams / all eligible streams", "Domain notes section 2.2", "[P][C]", ""},
        {"User-centric",
         "Each subscriber's share of the pool split only over what that subscriber played; "
         "a subscriber who played no eligible track is spread pro-rata",
         "Domain notes section 2.2; spreading is a Dealsheet choice", "[D]", ""},
    };
    if (terms.threshold) {
        const bool spotify = terms.threshold_streams == spotify_threshold_streams;
        result.assumptions.push_back(
            {"Minimum streams",
             cat("Tracks under ", format_count(terms.threshold_streams),
                 " streams earn nothing; their share goes to the other tracks in proportion. "
                 "The streams here stand for the last 12 months"),
             spotify ? "Spotify, since April 2024 (domain notes section 2.2)" : "Entered by you", spotify ? "[S]" : "",
             spotify ? "2024-04" : ""});
    }
    result.assumptions.push_back({"Not modelled", "Publishing side, ad-supported tiers, territories, taxes",
                                  "Out of scope of this model (domain notes sections 2, 8)", "", ""});
    return result;
}

}  // namespace dealsheet
