// Tests for dealsheet/streaming.hpp: the dated payout table (domain notes §2.1 [S]), per-stream master revenue,
// stream curves and monthly revenue, and the pro-rata and user-centric pool models (§2.2). Expected values are
// exact micro-units; "hand calculation [D]" rows show the arithmetic.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "dealsheet/streaming.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::check_sourced;
using dealsheet::test::fields_any_order;
using dealsheet::test::has_field;

namespace {

StreamingRevenue revenue_of(const StreamingTerms& terms) {
    Result<StreamingRevenue> result = calculate_streaming_revenue(terms);
    REQUIRE(result.ok());
    return result.value();
}

PoolPayouts pool_of(const PoolTerms& terms) {
    Result<PoolPayouts> result = calculate_pool(terms);
    REQUIRE(result.ok());
    return result.value();
}

StreamCurve total_curve(std::int64_t streams) {
    StreamCurve curve;
    curve.total = streams;
    return curve;
}

StreamCurve decay_curve(std::int64_t first, std::int64_t decay_ppm, int months) {
    StreamCurve curve;
    curve.shape = CurveShape::decay;
    curve.first_month = first;
    curve.decay_ppm = decay_ppm;
    curve.months = months;
    return curve;
}

std::vector<std::int64_t> series_of(const StreamCurve& curve) {
    Result<std::vector<std::int64_t>> result = stream_series(curve);
    REQUIRE(result.ok());
    return result.value();
}

std::vector<Micros> monthly_of(const std::vector<std::int64_t>& streams, Micros payout) {
    Result<std::vector<Micros>> result = monthly_master_revenue(streams, payout);
    REQUIRE(result.ok());
    return result.value();
}

Micros sum(const std::vector<Micros>& values) {
    Micros total = 0;
    for (Micros v : values) total += v;
    return total;
}

}  // namespace

// [SECTION] Payout table

TEST_CASE("the payout table holds domain notes 2.1 exactly, dated and sourced", "[streaming]") {
    struct Row {
        Platform platform;
        const char* key;
        Micros payout_per_1000;
    };
    // Source: domain notes §2.1, Duetti 2024 music economics report [S], 2024, independent artists, global.
    const Row expected[] = {
        {Platform::spotify, "spotify", 3'000'000},            // $3.00 per 1,000
        {Platform::youtube, "youtube", 4'800'000},            // $4.80
        {Platform::apple_music, "apple_music", 6'200'000},    // $6.20
        {Platform::amazon_music, "amazon_music", 8'800'000},  // $8.80
        {Platform::blended, "blended", 3'410'000},            // $3.41
    };
    REQUIRE(platform_payouts().size() == std::size(expected));
    for (const Row& row : expected) {
        INFO(row.key);
        const PlatformPayout& p = platform_payout(row.platform);
        CHECK(p.platform == row.platform);
        CHECK(p.payout_per_1000 == row.payout_per_1000);
        CHECK(std::string(p.source).find("2024 data, published 2025-01-23") != std::string::npos);
        CHECK(std::string(p.tag) == "[S]");
        CHECK(std::string(p.as_of) == "2025-01-23");
        CHECK(std::string(p.scope) == "2024, independent artists, global");
        CHECK(to_string(row.platform) == row.key);
        CHECK(parse_platform(row.key) == row.platform);
    }
    CHECK_FALSE(parse_platform("tidal").has_value());
    CHECK_FALSE(parse_platform("Spotify").has_value());  // keys are exact
    CHECK(parse_curve_shape("decay") == CurveShape::decay);
    CHECK(to_string(CurveShape::monthly) == "monthly");
    CHECK_FALSE(parse_curve_shape("linear").has_value());
}

// [SECTION] Per-stream revenue

TEST_CASE("streams times the payout per 1,000, exact to the micro-dollar", "[streaming]") {
    struct Row {
        std::int64_t streams;
        Micros payout_per_1000;
        Micros expected;
        const char* source;
    };
    const Row rows[] = {
        {1'000'000, 3'000'000, 3'000'000'000, "1M Spotify at $3.00/1k = $3,000.00, domain 2.1 [S] + [D]"},
        {1'000'000, 4'800'000, 4'800'000'000, "1M YouTube at $4.80/1k = $4,800.00 [D]"},
        {1'000'000, 6'200'000, 6'200'000'000, "1M Apple Music at $6.20/1k = $6,200.00 [D]"},
        {1'000'000, 8'800'000, 8'800'000'000, "1M Amazon Music at $8.80/1k = $8,800.00 [D]"},
        {1'000'000, 3'410'000, 3'410'000'000, "1M blended at $3.41/1k = $3,410.00 [D]"},
        {1, 3'410'000, 3'410, "one stream = $0.00341 [D]"},
        {12'345, 3'123'400, 38'558'373, "12,345 x 3,123,400 / 1,000 = 38,558,373 [D]"},
        {499, 1, 0, "499 x 1 / 1,000 = 0.499 -> 0 [D]"},
        {500, 1, 1, "500 x 1 / 1,000 = 0.5 -> 1 (half away from zero) [D]"},
        {max_track_streams, max_payout_per_1000, 100'000'000'000'000'000, "1e11 x $1 = $1e11 = 1e17 micros [D]"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        CHECK(master_revenue(row.streams, row.payout_per_1000) == row.expected);
    }
    CHECK(format_usd(master_revenue(1'000'000, platform_payout(Platform::spotify).payout_per_1000)) == "$3,000.00");
}

TEST_CASE("platform entries add up — an entered payout replaces the table's", "[streaming]") {
    StreamingTerms terms;
    terms.platforms = {
        {Platform::spotify, total_curve(1'000'000), std::nullopt},     // $3,000.00
        {Platform::apple_music, total_curve(500'000), std::nullopt},   // 500,000 x $6.20/1k = $3,100.00 [D]
        {Platform::youtube, total_curve(200'000), Micros{2'500'000}},  // entered $2.50/1k: $500.00 [D]
    };
    const StreamingRevenue r = revenue_of(terms);
    REQUIRE(r.platforms.size() == 3);
    CHECK(r.platforms[0].revenue == 3'000'000'000);
    CHECK(r.platforms[1].revenue == 3'100'000'000);
    CHECK(r.platforms[2].revenue == 500'000'000);
    CHECK(r.platforms[2].payout_per_1000 == 2'500'000);
    CHECK_FALSE(r.platforms[2].payout_from_table);
    CHECK(r.revenue == 6'600'000'000);
    CHECK(r.streams == 1'700'000);
    // A total has no timing: it is a one-month series, and the monthly figures add up to the total.
    CHECK(r.monthly_revenue == std::vector<Micros>{6'600'000'000});

    REQUIRE(r.assumptions.size() >= 6);
    CHECK(r.assumptions[0].name == "Spotify payout");
    CHECK(r.assumptions[0].value == "$3.00 per 1,000 streams (2024, independent artists, global)");
    CHECK(r.assumptions[0].tag == "[S]");
    CHECK(r.assumptions[0].as_of == "2025-01-23");
    CHECK(r.assumptions[4].name == "YouTube payout");
    CHECK(r.assumptions[4].value == "$2.50 per 1,000 streams");
    CHECK(r.assumptions[4].source == "Entered by you");
    check_sourced(r.assumptions);
}

// [SECTION] Streams over time

TEST_CASE("a decay curve is a whole-stream geometric series", "[streaming]") {
    struct Row {
        std::int64_t first;
        std::int64_t decay_ppm;
        int months;
        std::vector<std::int64_t> expected;
        const char* why;
    };
    const Row rows[] = {
        // 1000 x 0.9^k = 1000, 900, 810, 729 [D]
        {1'000, 100'000, 4, {1'000, 900, 810, 729}, "10% a month"},
        // 5, 4.5, 4.05, 3.645, 3.2805, 2.95245 rounded half away from zero [D]: small counts still decay
        {5, 100'000, 6, {5, 5, 4, 4, 3, 3}, "small counts"},
        {7, 1'000'000, 3, {7, 0, 0}, "100% decay: month 1 only"},
        {7, 0, 3, {7, 7, 7}, "no decay"},
        {0, 500'000, 2, {0, 0}, "no streams"},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        CHECK(series_of(decay_curve(row.first, row.decay_ppm, row.months)) == row.expected);
    }
    StreamCurve monthly;
    monthly.shape = CurveShape::monthly;
    monthly.monthly = {3, 0, 9};
    CHECK(series_of(monthly) == std::vector<std::int64_t>{3, 0, 9});
    CHECK(series_of(total_curve(42)) == std::vector<std::int64_t>{42});
}

TEST_CASE("monthly revenue adds up exactly to the total's revenue", "[streaming]") {
    // Decay 1000, 900, 810, 729 at Spotify $3.00/1k: $3.00, $2.70, $2.43, $2.187; 3,439 streams = $10.317 [D].
    CHECK(monthly_of({1'000, 900, 810, 729}, 3'000'000) ==
          std::vector<Micros>{3'000'000, 2'700'000, 2'430'000, 2'187'000});
    // $1.0005/1k = 1,000.5 micros a stream. Running totals round to 1,001, 2,001, 3,002, 4,002, so the months are
    // 1,001, 1,000, 1,001, 1,000 (rounding each month alone would give 4 x 1,001 = 4,004, two micros too many) [D].
    const std::vector<Micros> months = monthly_of({1, 1, 1, 1}, 1'000'500);
    CHECK(months == std::vector<Micros>{1'001, 1'000, 1'001, 1'000});
    CHECK(sum(months) == master_revenue(4, 1'000'500));
    CHECK(monthly_of({}, 3'000'000).empty());
}

TEST_CASE("series of different lengths add up month by month across platforms", "[streaming]") {
    StreamingTerms terms;
    terms.platforms = {
        {Platform::spotify, decay_curve(1'000, 100'000, 4), std::nullopt},  // 3.00, 2.70, 2.43, 2.187
        {Platform::apple_music, total_curve(1'000), std::nullopt},          // 6.20 in month 1
    };
    const StreamingRevenue r = revenue_of(terms);
    CHECK(r.monthly_revenue == std::vector<Micros>{9'200'000, 2'700'000, 2'430'000, 2'187'000});
    CHECK(r.revenue == 16'517'000);  // 10.317 + 6.20 [D]
    CHECK(r.streams == 4'439);
    CHECK(r.platforms[0].monthly_streams == std::vector<std::int64_t>{1'000, 900, 810, 729});
}

// [SECTION] Pool models

TEST_CASE("pro-rata and user-centric differ per track and match in total (worked example)", "[streaming][pool]") {
    // Three subscribers at $10.00, 52% to recordings [S]: revenue $30.00, pool $15.60; each subscriber's part
    // of the pool is $5.20 (allocate, equal payments) [D].
    //   fan:     our track 30, everything else 10
    //   casual:  our track 0,  everything else 100
    //   heavy:   our track 10, everything else 890
    // Pro-rata: our track 40 of 1,040 streams: 15.60 x 40/1040 = $0.60; the rest $15.00 [D].
    // User-centric: fan 5.20 x 30/40 = 3.90 (+1.30 to the rest); casual 5.20 to the rest; heavy 5.20 x 10/900
    //   = 0.0577777.. -> 57,778 micros (largest remainder .78 vs .22), 5,142,222 to the rest.
    //   Our track 3,900,000 + 57,778 = 3,957,778; the rest 1,300,000 + 5,200,000 + 5,142,222 = 11,642,222 [D].
    PoolTerms terms;
    terms.tracks = {"Our track", "Everything else"};
    terms.groups = {{1, 10'000'000, {30, 10}}, {1, 10'000'000, {0, 100}}, {1, 10'000'000, {10, 890}}};
    const PoolPayouts p = pool_of(terms);
    CHECK(p.revenue == 30'000'000);
    CHECK(p.pool == 15'600'000);
    REQUIRE(p.tracks.size() == 2);
    CHECK(p.tracks[0].streams == 40);
    CHECK(p.tracks[1].streams == 1'000);
    CHECK(p.tracks[0].pro_rata == 600'000);
    CHECK(p.tracks[1].pro_rata == 15'000'000);
    CHECK(p.tracks[0].user_centric == 3'957'778);
    CHECK(p.tracks[1].user_centric == 11'642'222);
    CHECK(p.tracks[0].pro_rata + p.tracks[1].pro_rata == p.pool);
    CHECK(p.tracks[0].user_centric + p.tracks[1].user_centric == p.pool);
    CHECK(p.pro_rata_unpaid == 0);
    CHECK(p.user_centric_unpaid == 0);
    CHECK(p.assumptions.at(1).value == "52% of revenue to recordings");
    CHECK(p.assumptions.at(1).tag == "[S]");
}

TEST_CASE("subscriber groups count each subscriber", "[streaming][pool]") {
    // The default market: 100 fans ($10, 50 ours / 50 else) and 900 others ($10, 0 / 1,000). Revenue $10,000,
    // pool $5,200. Pro-rata: ours 5,000 of 910,000 streams: 5,200 x 5,000/910,000 = $28.5714285.. -> 28,571,429
    // micros (remainder .57 beats .43). User-centric: the fans' part $520 (100/1,000 of the pool) split 50/50:
    // $260 to ours [D].
    const PoolPayouts p = pool_of(PoolTerms{});
    CHECK(p.revenue == 10'000'000'000);
    CHECK(p.pool == 5'200'000'000);
    CHECK(p.tracks[0].streams == 5'000);
    CHECK(p.tracks[1].streams == 905'000);
    CHECK(p.tracks[0].pro_rata == 28'571'429);
    CHECK(p.tracks[1].pro_rata == 5'171'428'571);
    CHECK(p.tracks[0].user_centric == 260'000'000);
    CHECK(p.tracks[1].user_centric == 4'940'000'000);
}

TEST_CASE("the streams threshold zeroes small tracks and spreads their share", "[streaming][pool]") {
    // One subscriber at $10.00, pool $5.20; plays 500 / 1,500 / 3,000. Without the threshold: 5.20 x 500/5,000
    // = $0.52, x 1,500/5,000 = $1.56, x 3,000/5,000 = $3.12 [D]. With Spotify's 1,000-streams rule (since
    // 2024-04 [S]): ours earns 0; 5.20 over 4,500: 1,733,333.33 and 3,466,666.67 -> the leftover micro to the
    // larger remainder: 1,733,333 and 3,466,667 [D].
    PoolTerms terms;
    terms.tracks = {"Our track", "Track B", "Everything else"};
    terms.groups = {{1, 10'000'000, {500, 1'500, 3'000}}};
    PoolPayouts p = pool_of(terms);
    CHECK(p.tracks[0].pro_rata == 520'000);
    CHECK(p.tracks[1].pro_rata == 1'560'000);
    CHECK(p.tracks[2].pro_rata == 3'120'000);

    terms.threshold = true;
    p = pool_of(terms);
    CHECK_FALSE(p.tracks[0].eligible);
    CHECK(p.tracks[1].eligible);
    for (auto model : {&PoolTrackPayout::pro_rata, &PoolTrackPayout::user_centric}) {
        CHECK(p.tracks[0].*model == 0);
        CHECK(p.tracks[1].*model == 1'733'333);
        CHECK(p.tracks[2].*model == 3'466'667);
    }
    bool stated = false;
    for (const Assumption& a : p.assumptions)
        if (a.name == "Minimum streams") stated = a.tag == "[S]" && a.as_of == "2024-04" && !a.value.empty();
    CHECK(stated);

    // Exactly at the threshold a track earns.
    terms.groups = {{1, 10'000'000, {1'000, 1'500, 3'000}}};
    CHECK(pool_of(terms).tracks[0].eligible);
}

TEST_CASE("money of subscribers who played nothing eligible is spread pro-rata — none eligible is unpaid",
          "[streaming][pool]") {
    // Two subscribers at $10.00, pool $10.40, $5.20 each. One plays only our track, one plays nothing: the idle
    // subscriber's $5.20 goes pro-rata, all to our track [D].
    PoolTerms terms;
    terms.groups = {{1, 10'000'000, {10, 0}}, {1, 10'000'000, {0, 0}}};
    PoolPayouts p = pool_of(terms);
    CHECK(p.user_centric_redistributed == 5'200'000);
    CHECK(p.tracks[0].user_centric == 10'400'000);
    CHECK(p.tracks[0].pro_rata == 10'400'000);

    terms.groups = {{3, 10'000'000, {0, 0}}};
    p = pool_of(terms);
    CHECK(p.pool == 15'600'000);
    CHECK(p.pro_rata_unpaid == 15'600'000);
    CHECK(p.user_centric_unpaid == 15'600'000);
    CHECK(p.tracks[0].pro_rata + p.tracks[0].user_centric + p.tracks[1].pro_rata + p.tracks[1].user_centric == 0);
}

// [SECTION] Validation

TEST_CASE("streaming validation reports every problem at once, naming each field", "[streaming][validation]") {
    StreamingTerms terms;
    StreamCurve bad_decay = decay_curve(-1, 1'500'000, 601);
    StreamCurve bad_monthly;
    bad_monthly.shape = CurveShape::monthly;
    bad_monthly.monthly = {5, -2};
    terms.platforms = {
        {Platform::spotify, total_curve(max_track_streams + 1), Micros{-1}},
        {static_cast<Platform>(9), bad_decay, std::nullopt},
        {Platform::youtube, bad_monthly, Micros{max_payout_per_1000 + 1}},
    };
    const Problems problems = validate(terms);
    CHECK(fields_any_order(problems) ==
          std::multiset<std::string>{"streaming.platforms[0].streams.total", "streaming.platforms[0].payout_per_1000",
                                     "streaming.platforms[1].platform", "streaming.platforms[1].streams.first_month",
                                     "streaming.platforms[1].streams.decay", "streaming.platforms[1].streams.months",
                                     "streaming.platforms[2].streams.monthly[1]",
                                     "streaming.platforms[2].payout_per_1000"});
    CHECK_FALSE(calculate_streaming_revenue(terms).ok());

    // Only the chosen shape's fields are read: a stale total does not block a valid decay curve.
    StreamCurve decay = decay_curve(1'000, 100'000, 12);
    decay.total = -5;
    CHECK(validate(decay, "s").empty());
    // A series may not add up to more than max_track_streams.
    CHECK(validate(decay_curve(max_track_streams, 0, 2), "s") ==
          Problems{{"s", "adds up to 200,000,000,000 streams, over the limit of 100,000,000,000"}});
    CHECK(has_field(validate(StreamingTerms{{}}), "streaming.platforms"));
    StreamCurve empty_monthly;
    empty_monthly.shape = CurveShape::monthly;
    CHECK(has_field(validate(empty_monthly, "s"), "s.monthly"));

    const std::vector<std::int64_t> negative{1, -1};
    Result<std::vector<Micros>> monthly = monthly_master_revenue(negative, -3, "master");
    REQUIRE_FALSE(monthly.ok());
    CHECK(has_field(monthly.problems(), "master[1]"));
    CHECK(has_field(monthly.problems(), "master.payout_per_1000"));
    const std::vector<std::int64_t> too_long(static_cast<std::size_t>(max_stream_months) + 1, 1);
    CHECK_FALSE(monthly_master_revenue(too_long, 3'000'000).ok());
}

TEST_CASE("pool validation reports every problem at once, naming each field", "[streaming][pool][validation]") {
    PoolTerms terms;
    terms.royalty_share_ppm = 1'000'001;
    terms.threshold_streams = -1;
    terms.groups = {{-1, 100'000'001, {1}}, {1, -5, {1, max_streams_per_subscriber + 1}}};
    const Problems problems = validate(terms);
    CHECK(fields_any_order(problems) ==
          std::multiset<std::string>{"streaming.pool.royalty_share", "streaming.pool.threshold_streams",
                                     "streaming.pool.groups[0].subscribers", "streaming.pool.groups[0].payment",
                                     "streaming.pool.groups[0].streams", "streaming.pool.groups[1].payment",
                                     "streaming.pool.groups[1].streams[1]"});
    CHECK(has_field(validate(PoolTerms{{}, {}, 0, false, 0}), "streaming.pool.tracks"));
    CHECK(has_field(validate(PoolTerms{{}, {}, 0, false, 0}), "streaming.pool.groups"));
    CHECK(validate(PoolTerms{}).empty());
}

// [SECTION] Properties

TEST_CASE("monthly revenue conserves the total and never falls with more streams", "[streaming][property]") {
    // Raw engine output with % (not std distributions, whose mapping differs between libstdc++ and libc++), so
    // the native and WebAssembly runs check the same cases.
    std::mt19937_64 random(20240401);
    for (int i = 0; i < 3000; ++i) {
        std::vector<std::int64_t> streams(1 + random() % 36);
        for (auto& s : streams) s = static_cast<std::int64_t>(random() % 2'000'000'000ULL);
        const Micros payout = static_cast<Micros>(random() % 20'000'000ULL);  // up to $20 per 1,000
        const std::vector<Micros> months = monthly_of(streams, payout);
        std::int64_t total_streams = 0;
        for (std::int64_t s : streams) total_streams += s;
        CHECK(sum(months) == master_revenue(total_streams, payout));
        for (Micros m : months) CHECK(m >= 0);

        std::vector<std::int64_t> more = streams;
        more[random() % more.size()] += static_cast<std::int64_t>(random() % 1'000);
        CHECK(sum(monthly_of(more, payout)) >= sum(months));
        CHECK(sum(monthly_of(streams, payout + 1)) >= sum(months));
    }
}

TEST_CASE("decay series never rise, and a bigger first month never gives a smaller month", "[streaming][property]") {
    std::mt19937_64 random(7);
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t first = static_cast<std::int64_t>(random() % 100'000'000ULL);
        const std::int64_t decay = static_cast<std::int64_t>(random() % 1'000'001ULL);
        const int months = 1 + static_cast<int>(random() % 120);
        const std::vector<std::int64_t> series = series_of(decay_curve(first, decay, months));
        REQUIRE(series.size() == static_cast<std::size_t>(months));
        CHECK(series.front() == first);
        for (std::size_t k = 1; k < series.size(); ++k) CHECK(series[k] <= series[k - 1]);
        const std::vector<std::int64_t> bigger =
            series_of(decay_curve(first + static_cast<std::int64_t>(random() % 1'000), decay, months));
        for (std::size_t k = 0; k < series.size(); ++k) CHECK(bigger[k] >= series[k]);
    }
}

TEST_CASE("both pool models pay the same pool — a track's own streams never lower its pay",
          "[streaming][pool][property]") {
    std::mt19937_64 random(52);
    for (int i = 0; i < 3000; ++i) {
        PoolTerms terms;
        const std::size_t tracks = 1 + random() % 4;
        terms.tracks.assign(tracks, "track");
        terms.groups.resize(1 + random() % 5);
        for (SubscriberGroup& g : terms.groups) {
            g.subscribers = static_cast<std::int64_t>(random() % 10'000);
            g.payment = static_cast<Micros>(random() % 20'000'000);
            g.streams.resize(tracks);
            // Zero plays are common so idle subscribers, ineligible tracks and empty markets all occur.
            for (auto& s : g.streams) s = random() % 3 == 0 ? 0 : static_cast<std::int64_t>(random() % 2'000);
        }
        terms.royalty_share_ppm = static_cast<std::int64_t>(random() % 1'000'001);
        terms.threshold = random() % 2 == 0;
        terms.threshold_streams = static_cast<std::int64_t>(random() % 20'000);
        const PoolPayouts p = pool_of(terms);

        Micros pro_rata = p.pro_rata_unpaid, user_centric = p.user_centric_unpaid;
        for (const PoolTrackPayout& t : p.tracks) {
            CHECK(t.pro_rata >= 0);
            CHECK(t.user_centric >= 0);
            if (!t.eligible) CHECK(t.pro_rata + t.user_centric == 0);
            pro_rata += t.pro_rata;
            user_centric += t.user_centric;
        }
        CHECK(pro_rata == p.pool);
        CHECK(user_centric == p.pool);
        CHECK(p.pro_rata_unpaid == p.user_centric_unpaid);

        // More plays of track 0 by one group: track 0 never earns less under either model.
        PoolTerms more = terms;
        more.groups[random() % more.groups.size()].streams[0] += 1 + static_cast<std::int64_t>(random() % 500);
        const PoolPayouts q = pool_of(more);
        CHECK(q.tracks[0].pro_rata >= p.tracks[0].pro_rata);
        CHECK(q.tracks[0].user_centric >= p.tracks[0].user_centric);
    }
}
