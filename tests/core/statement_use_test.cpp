// Tests of statement_use.hpp: a statement's numbers as scenario inputs, and its earnings split among the
// scenario's collaborators, on the project's synthetic statements with every number checked by hand.
#include <catch2/catch.hpp>

#include <string>

#include "dealsheet/statement_use.hpp"
#include "statement_fixtures.hpp"
#include "test_support.hpp"

namespace {

using namespace dealsheet;
using dealsheet::test::ok;
using dealsheet::test::statement_fixture;

StatementTally tally_of(std::string_view name) {
    return ok(read_statement(statement_fixture(name), {.file_name = std::string(name), .column_map = {}}));
}

}  // namespace

// distrokid-a.tsv (make_fixtures.py): Spotify's stream rows are 1,000 + 500 + 2,000 − 100 = 3,400 streams earning
// 3.123456789012 + 1.500000000001 + 5 − 0.312345678901 = 9.311111110112, so 9.311111110112 ÷ 3.4 = 2.738562091…
// per 1,000; Apple Music 200 streams earning 1.4 = 7.00 per 1,000. iTunes sells downloads (no streams);
// Instagram/Facebook (40) and TikTok (10,000) stream but no scenario platform stands for them. Sale months
// 2024-12..2025-02 (3); the best month is 2025-01 with one month after it: no decay is fitted.
TEST_CASE("a statement's stream rows become per-platform streams and payouts", "[statement]") {
    const StatementInputs inputs = ok(statement_inputs(tally_of("distrokid-a.tsv")));
    CHECK(inputs.currency == "USD");
    CHECK(inputs.months == 3);
    CHECK_FALSE(inputs.decay_ppm.has_value());
    REQUIRE(inputs.platforms.size() == 2);
    CHECK(inputs.platforms[0].platform == Platform::spotify);
    CHECK(inputs.platforms[0].streams == 3'400);
    CHECK(inputs.platforms[0].payout_per_1000 == 2'738'562);
    CHECK(inputs.platforms[1].platform == Platform::apple_music);
    CHECK(inputs.platforms[1].streams == 200);
    CHECK(inputs.platforms[1].payout_per_1000 == 7'000'000);
    REQUIRE(inputs.left_out.size() == 2);
    CHECK(inputs.left_out[0].store == "Instagram/Facebook");
    CHECK(inputs.left_out[0].streams == 40);
    CHECK(inputs.left_out[1].store == "TikTok");

    const Scenario scenario = ok(apply_statement_inputs(Scenario{}, inputs));
    CHECK(scenario.release.route == ReleaseRoute::self_released);
    REQUIRE(scenario.release.streaming.platforms.size() == 2);
    const PlatformStreams& spotify = scenario.release.streaming.platforms[0];
    CHECK(spotify.platform == Platform::spotify);
    CHECK(spotify.streams.shape == CurveShape::total);
    CHECK(spotify.streams.total == 3'400);
    CHECK(spotify.payout_per_1000 == 2'738'562);
    CHECK(scenario.release.streaming.platforms[1].payout_per_1000 == 7'000'000);
    CHECK(scenario.publishing == Scenario{}.publishing);  // nothing else changes
}

// Earnings 8, 4, 2, 1 over four sale months halve each month: decay 50%. A curve of 4 months keeping the 1,500
// streams starts at 1,500 × 0.5 ÷ (1 − 0.5⁴) = 800.
TEST_CASE("a fading statement gives a decay curve that keeps its streams", "[statement]") {
    const std::string text =
        "Month,Shop,Type,Plays,Paid\n2025-01,Spotify,Stream,800,8\n2025-02,Spotify,Stream,400,4\n"
        "2025-03,Spotify,Stream,200,2\n2025-04,Spotify,Stream,100,1\n";
    const ColumnMap map =
        ok(parse_column_map("date=Month,store=Shop,product_type=Type,quantity=Plays,amount=Paid,currency=USD"));
    const StatementInputs inputs =
        ok(statement_inputs(ok(read_statement(text, {.file_name = "m.csv", .column_map = map}))));
    REQUIRE(inputs.decay_ppm.has_value());
    CHECK(*inputs.decay_ppm == 500'000);
    CHECK(inputs.months == 4);
    REQUIRE(inputs.platforms.size() == 1);
    CHECK(inputs.platforms[0].payout_per_1000 == 10'000'000);  // 15 ÷ 1,500 × 1,000
    const Scenario scenario = ok(apply_statement_inputs(Scenario{}, inputs));
    const StreamCurve& curve = scenario.release.streaming.platforms[0].streams;
    CHECK(curve.shape == CurveShape::decay);
    CHECK(curve.first_month == 800);
    CHECK(curve.decay_ppm == 500'000);
    CHECK(curve.months == 4);
}

TEST_CASE("a statement in pounds or without modelled streams changes no scenario", "[statement]") {
    const Result<Scenario> pounds = apply_statement_inputs(Scenario{}, ok(statement_inputs(tally_of("tunecore.csv"))));
    REQUIRE_FALSE(pounds.ok());
    CHECK(pounds.problems()[0].field == "statement.currency");
    // Spotify's stream rows here only take money back (−$1 over 100 streams): no payout, so it is left out.
    const ColumnMap map =
        ok(parse_column_map("date=Month,store=Shop,product_type=Type,quantity=Plays,amount=Paid,currency=USD"));
    const StatementInputs refunds = ok(statement_inputs(ok(read_statement(
        "Month,Shop,Type,Plays,Paid\n2025-01,Spotify,Stream,100,-1\n", {.file_name = "r.csv", .column_map = map}))));
    CHECK(refunds.platforms.empty());
    REQUIRE(refunds.left_out.size() == 1);
    CHECK(refunds.left_out[0].store == "Spotify");
    CHECK(refunds.left_out[0].streams == 100);
    StatementInputs none;
    none.currency = "USD";
    const Result<Scenario> empty = apply_statement_inputs(Scenario{}, none);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.problems()[0].field == "statement.platforms");
}

// distrokid-a.tsv earns 20.232457 (micro-units). A recoups $5 first; the 15.232457 left is shared 25% / 10% /
// the uploader's 65%: 3.80811425, 1.5232457, 9.90109705 → floors 3.808114, 1.523245, 9.901097 (one micro-unit
// short), which the splitter's D'Hondt step (distributor.cpp, apportion_monotone) gives to the largest weight ÷
// (part + 1): 650,000 ÷ 9,901,098 = 0.06564928455 against 0.06564927792 for both others. So A 5 + 3.808114 =
// 8.808114, B 1.523245, you 9.901098.
TEST_CASE("a statement's earnings split: recoup first, then the shares", "[statement]") {
    const StatementSummary summary = ok(summarize(tally_of("distrokid-a.tsv")));
    SplitTerms terms;
    terms.collaborators = {{.name = "=A|*x*", .share_ppm = 250'000, .recoup_first = 5'000'000},
                           {.name = "B", .share_ppm = 100'000, .recoup_first = 0}};
    const StatementSplit split = ok(split_statement(terms, summary));
    CHECK(split.earnings == 20'232'457);
    CHECK(split.recouped == 5'000'000);
    REQUIRE(split.amounts.size() == 2);
    CHECK(split.amounts[0] == 8'808'114);
    CHECK(split.amounts[1] == 1'523'245);
    CHECK(split.uploader == 9'901'098);
    CHECK(split.amounts[0] + split.amounts[1] + split.uploader == split.earnings);
    CHECK(split.recoup_balance == 0);
    // User text is escaped for each destination: a formula-looking cell, Markdown's table bar and emphasis.
    CHECK(statement_split_csv(split) ==
          "person,share,recoup_first,amount,currency\r\n'=A|*x*,25%,5.00,8.81,USD\r\n"
          "B,10%,0.00,1.52,USD\r\nYou (uploader),the rest,0.00,9.90,USD\r\n");
    CHECK(statement_split_markdown(split).find("| =A\\|\\*x\\* | 25% | $5.00 | $8.81 |") != std::string::npos);
    CHECK(statement_split_chat(split) ==
          "Our statement paid $20.23. Split:\n- =A\\|\\*x\\* (25%, $5.00 recouped first): "
          "$8.81\n- B (10%): $1.52\n- Me (uploader): $9.90\n");
}

TEST_CASE("a split with dollar recoups refuses a statement in pounds", "[statement]") {
    const StatementSummary pounds = ok(summarize(tally_of("tunecore.csv")));
    SplitTerms terms;
    terms.collaborators = {{.name = "A", .share_ppm = 250'000, .recoup_first = 1'000'000}};
    const Result<StatementSplit> split = split_statement(terms, pounds);
    REQUIRE_FALSE(split.ok());
    CHECK(split.problems()[0].field == "statement.currency");
    terms.collaborators[0].recoup_first = 0;  // shares alone work in any currency: 25% of GBP 18.09
    CHECK(ok(split_statement(terms, pounds)).amounts[0] == 4'522'500);
}
