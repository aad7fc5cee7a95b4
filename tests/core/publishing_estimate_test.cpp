// Tests for dealsheet/publishing_estimate.hpp: Billboard's publishing-per-1M-streams table (domain notes
// §5.3 [C]) and its exact reproduction with the implied R = $0.0091379 [D].
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "dealsheet/publishing_estimate.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::check_sourced;

namespace {
QuickEstimate estimate(std::int64_t streams, int year, double revenue = billboard_implied_revenue_per_stream) {
    Result<QuickEstimate> result = estimate_publishing(quick_terms(streams, year, revenue));
    REQUIRE(result.ok());
    return result.value();
}
}  // namespace

TEST_CASE("1M streams reproduce Billboard's table (domain notes 5.3)", "[publishing][billboard]") {
    struct Row {
        int year;
        double billboard_dollars;
        double tolerance;
        Micros exact_micros;
    };
    // billboard_dollars: Billboard's published figure [C]; tolerance: $0.50 for the whole-dollar figures, a
    // cent for 2025 (published to the cent). exact_micros: 9,137,900,000 micros × rate, by hand [D].
    const Row rows[] = {
        {2023, 1380.00, 0.50, 1'379'822'900},  {2024, 1389.00, 0.50, 1'388'960'800},
        {2025, 1393.53, 0.005, 1'393'529'750}, {2026, 1398.00, 0.50, 1'398'098'700},
        {2027, 1403.00, 0.50, 1'402'667'650},
    };
    for (const Row& row : rows) {
        INFO("year " << row.year);
        const QuickEstimate e = estimate(1'000'000, row.year);
        CHECK(e.service_revenue == 9'137'900'000);  // $9,137.90 implied service revenue
        CHECK(e.publishing_total == row.exact_micros);
        const double dollars = static_cast<double>(to_cents(e.publishing_total)) / 100.0;
        CHECK(dollars == Approx(row.billboard_dollars).margin(row.tolerance));
    }
    CHECK(format_usd(estimate(1'000'000, 2025).publishing_total) == "$1,393.53");
}

TEST_CASE("the rise from 2022 to 2027 is about $23 (domain notes 5.3)", "[publishing][billboard]") {
    const Micros rise = estimate(1'000'000, 2027).publishing_total - estimate(1'000'000, 2022).publishing_total;
    CHECK(rise == 1'402'667'650 - 1'379'822'900);  // 15.35% − 15.1% of $9,137.90 = $22.84 [D]
    CHECK(format_usd(rise) == "$22.84");
}

TEST_CASE("a user-entered revenue per stream replaces the implied one", "[publishing]") {
    // 2,500,000 streams × $0.004 = $10,000 revenue; × 11.4% (2018) = $1,140.00 [D].
    const QuickEstimate e = estimate(2'500'000, 2018, 0.004);
    CHECK(e.service_revenue == 10'000'000'000);
    CHECK(e.publishing_total == 1'140'000'000);
    CHECK(e.assumptions.at(1).source == "Entered by you");
    CHECK(estimate(1'000'000, 2025).assumptions.at(1).source.find("Billboard") != std::string::npos);
}

TEST_CASE("every assumption carries a value and a source — the rate carries its date", "[publishing]") {
    const QuickEstimate e = estimate(1'000'000, 2024);
    REQUIRE(e.assumptions.size() >= 3);
    check_sourced(e.assumptions);
    CHECK(e.assumptions.front().value == "15.2% of service revenue");
    CHECK(e.assumptions.front().as_of == "2022-12-30");
}

TEST_CASE("zero streams pay zero — the largest allowed count does not overflow", "[publishing]") {
    CHECK(estimate(0, 2025).publishing_total == 0);
    // 1e11 streams × $1 = $1e11 revenue = 1e17 micros; × 15.35% = 1.535e16 micros [D].
    const QuickEstimate e = estimate(max_streams, 2027, max_revenue_per_stream);
    CHECK(e.service_revenue == 100'000'000'000'000'000);
    CHECK(e.publishing_total == 15'350'000'000'000'000);
}

TEST_CASE("validation reports every impossible term at once, naming each field", "[publishing][validation]") {
    const Result<QuickEstimate> result = estimate_publishing(quick_terms(-5, 2131, -0.01));
    REQUIRE_FALSE(result.ok());
    const Problems& problems = result.problems();
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].field == "publishing.quick.streams");
    CHECK(problems[1].field == "publishing.quick.year");
    CHECK(problems[1].message.find("2131") != std::string::npos);
    CHECK(problems[2].field == "publishing.quick.revenue_per_stream");
    CHECK(validate(quick_terms(max_streams + 1, 2025, 0.01)).size() == 1);
    CHECK(validate(quick_terms(1, 2016, 0.01)).size() == 1);
    CHECK(validate(quick_terms(1, 2025, 1.5)).size() == 1);
    CHECK(validate(quick_terms(1, 2025, std::numeric_limits<double>::quiet_NaN())).size() == 1);
    CHECK(validate(quick_terms(1, 2025, std::numeric_limits<double>::infinity())).size() == 1);
}

TEST_CASE("more streams never pay less — a later year never pays less", "[publishing][property]") {
    // Generated scenarios from a fixed seed; raw engine output (not std distributions, whose mapping differs
    // between libstdc++ and libc++) so the native and WebAssembly runs check the same 5,000 cases.
    std::mt19937_64 random(20261121);
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t streams = static_cast<std::int64_t>(random() % 10'000'000'000ULL);
        const std::int64_t more = streams + static_cast<std::int64_t>(random() % 1'000'000ULL);
        const int year = first_statutory_year + static_cast<int>(random() % 10);
        const double revenue = static_cast<double>(random() % 20'000) / 1'000'000.0;  // $0 – $0.02
        const QuickEstimate base = estimate(streams, year, revenue);
        CHECK(estimate(more, year, revenue).publishing_total >= base.publishing_total);
        CHECK(estimate(streams, year + 1, revenue).publishing_total >= base.publishing_total);
        CHECK(base.publishing_total <= base.service_revenue);
    }
}

TEST_CASE("after 2027 the estimate needs the user's rate, labelled as an assumption", "[publishing][validation]") {
    // No statutory streaming rate after 2027: Phonorecords V (2028-2032) pending (domain notes 2026 section 1).
    const Result<QuickEstimate> missing = estimate_publishing(quick_terms(1'000'000, 2031));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.problems().at(0).field == "publishing.quick.rate");
    QuickEstimateTerms terms = quick_terms(1'000'000, 2031);
    terms.rate_ppm = 153'500;  // the user carries 2027's 15.35% forward
    const QuickEstimate e = estimate_publishing(terms).value();
    CHECK(e.publishing_total == 1'402'667'650);  // the same $9,137.90 × 15.35% as 2027 [D]
    CHECK(e.rate.year == 2031);
    CHECK(e.assumptions.front().value.find("assumption - Phonorecords V pending") != std::string::npos);
    CHECK(e.assumptions.front().tag == "[U]");
    // A rate given for a statutory year replaces the statutory one, labelled as the user's.
    terms.year = 2025;
    CHECK(std::string(estimate_publishing(terms).value().rate.proceeding) == "Your assumption");
    // Without a count the engine refuses; a scenario resolves it from the release's streams × US share.
    CHECK(estimate_publishing(QuickEstimateTerms{}).problems().at(0).field == "publishing.quick.streams");
    QuickEstimateTerms follow;
    follow.us_share_ppm = 333'333;
    CHECK(resolve_streams(follow, 3'000'000).streams == 999'999);  // 3M × 33.3333% [D]
    follow.us_share_ppm = 1'000'001;
    CHECK(validate(follow).at(0).field == "publishing.quick.us_share");
}
