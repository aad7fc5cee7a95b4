// Tests of statement.hpp: the project's synthetic statements (tests/fixtures/statements, made by
// make_fixtures.py) read in every layout, with totals checked by hand from the rows written in that script;
// the same numbers however the bytes are split into chunks; hostile files get messages, never a crash.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dealsheet/statement.hpp"
#include "statement_fixtures.hpp"
#include "statements/values.hpp"
#include "test_support.hpp"

namespace {

using namespace dealsheet;
using dealsheet::test::ok;
using dealsheet::test::statement_fixture;

StatementSummary summary_of(std::string_view name, std::optional<ColumnMap> map = std::nullopt) {
    const std::string_view bytes = statement_fixture(name);
    REQUIRE(!bytes.empty());
    return ok(summarize(ok(read_statement(bytes, {.file_name = std::string(name), .column_map = map}))));
}

const StatementLine& line_named(const std::vector<StatementLine>& lines, std::string_view name) {
    for (const StatementLine& line : lines)
        if (line.name == name) return line;
    FAIL("no line named " << name);
    return lines.front();
}

// The tally of `text` fed in chunks of `chunk` bytes, summarized as JSON (the whole result, for comparison).
std::string json_in_chunks(std::string_view text, std::size_t chunk, std::optional<ColumnMap> map = std::nullopt) {
    StatementReader reader({.file_name = "f", .column_map = map});
    for (std::size_t at = 0; at < text.size(); at += chunk) reader.feed(text.substr(at, chunk));
    const Result<StatementTally> tally = reader.finish();
    if (!tally.ok()) return describe(tally.problems());
    return statement_to_json(ok(summarize(tally.value())), -1);
}

std::string problems_of(std::string_view text, std::optional<ColumnMap> map = std::nullopt) {
    const Result<StatementTally> tally = read_statement(text, {.file_name = "bad.csv", .column_map = map});
    REQUIRE(!tally.ok());
    return describe(tally.problems());
}

ColumnMap german_map() {
    return ok(parse_column_map(
        "date=Datum,store=Shop,country=Land,track=Titel,isrc=ISRC,quantity=Anzahl,amount=Betrag,currency=Währung"));
}

}  // namespace

// Hand sums of the nine rows of distrokid-a.tsv (make_fixtures.py): earnings 3.123456789012 + 1.500000000001
// + 1.4 + 5 + 2.079 + 6.93 + 0.012345678901 − 0.312345678901 + 0.5 = 20.232456789013; quantity 13,644.
TEST_CASE("a DistroKid 13-column statement sums exactly, by store, country, month, track and lag", "[statement]") {
    const StatementSummary s = summary_of("distrokid-a.tsv");
    CHECK(s.format == StatementFormat::distrokid_a);
    CHECK(s.encoding == "UTF-8");
    CHECK(s.currency == "USD");
    CHECK(s.rows == 9);
    CHECK(s.skipped == 0);
    CHECK(s.earnings_exact == "20.232456789013");
    CHECK(s.total.earnings == 20'232'457);
    CHECK(s.total.quantity == 13'644);
    // Streams: every row but the two iTunes sales (13,640 streams earning 11.223456789013): $0.822834 per 1,000.
    CHECK(s.total.per_1000 == 822'834);
    // Spotify: 3.123456789012 + 1.500000000001 + 5 − 0.312345678901 = 9.311111110112 over 3,400 streams.
    const StatementLine& spotify = line_named(s.by_store, "Spotify");
    CHECK(spotify.earnings == 9'311'111);
    CHECK(spotify.quantity == 3'400);
    CHECK(spotify.per_1000 == 2'738'562);  // 9.311111110112 / 3.4 = 2.7385620912…
    const StatementLine& itunes = line_named(s.by_store, "iTunes");
    CHECK(itunes.earnings == 9'009'000);  // 2.079 + 6.93: downloads, so no rate per 1,000 streams
    CHECK(!itunes.per_1000);
    CHECK(s.by_store.front().name == "Spotify");                   // highest earnings first
    CHECK(line_named(s.by_country, "OU").earnings == 12'346);      // 0.012345678901, Meta's "outside the US"
    CHECK(line_named(s.by_country, "US").earnings == 18'220'111);  // 18.220111110111
    REQUIRE(s.by_month.size() == 3);
    CHECK(s.by_month[0].name == "2024-12");
    CHECK(s.by_month[0].earnings == 6'023'457);   // 6.023456789013
    CHECK(s.by_month[1].earnings == 14'021'346);  // 14.021345678901
    CHECK(s.by_month[2].earnings == 187'654);     // 0.187654321099
    const StatementLine& low_orbit = line_named(s.by_track, "Low Orbit");
    CHECK(low_orbit.isrc == "QZDA42400001");
    CHECK(low_orbit.earnings == 7'802'457);  // 7.802456789013
    CHECK(low_orbit.quantity == 1'643);
    CHECK(line_named(s.by_track, "Night Ferry").isrc.empty());  // the album row has no ISRC: grouped by title
    CHECK(line_named(s.by_release, "UPC 0860001234567").earnings ==
          10'053'457);  // 3.123456789012 + 6.93, leading zero kept
    CHECK(line_named(s.by_product_type, "Album").quantity == 1);
    // Reported 3 months after the sale, but for the Meta row (4): weighted by earnings, 3 + 0.012345678901/20.2325.
    REQUIRE(s.by_lag.size() == 5);
    CHECK(s.by_lag[3].rows == 8);
    CHECK(s.by_lag[4].rows == 1);
    REQUIRE(s.mean_lag_months);
    CHECK(*s.mean_lag_months == Approx(3.00061).epsilon(1e-5));
}

TEST_CASE("a DistroKid 15-column statement in Windows-1252 with CRLF line ends", "[statement]") {
    const StatementSummary s = summary_of("distrokid-b-cp1252-crlf.tsv");
    CHECK(s.format == StatementFormat::distrokid_b);
    CHECK(s.encoding == "Windows-1252");
    CHECK(s.total.earnings == 4'950'000);  // 3.6 + 1.2 + 0.4 − 0.25
    CHECK(s.total.per_1000 == 1'903'846);  // 4.95 / 2.6 streams-thousands = 1.9038461…
    CHECK(line_named(s.by_track, "Café Noir").earnings == 4'550'000);
    CHECK(line_named(s.by_track, "Straße").earnings == 400'000);
    CHECK(line_named(s.by_country, "FR").earnings == 4'800'000);
    CHECK(line_named(s.by_store, "YouTube (Red)").earnings == -250'000);  // a reversal stays negative
}

TEST_CASE("a DistroKid 15-column statement with the older column names, a BOM and CR-only line ends", "[statement]") {
    const StatementSummary s = summary_of("distrokid-b-bom-cr.tsv");
    CHECK(s.format == StatementFormat::distrokid_b);
    CHECK(s.encoding == "UTF-8 with BOM");
    CHECK(s.rows == 3);
    CHECK(s.total.earnings == 6'380'000);
    CHECK(s.total.quantity == 7'502);
    CHECK(s.total.per_1000 == 666'667);  // Spotify's 5.00 over 7,500 streams; the iTunes sale is a download
    CHECK(line_named(s.by_track, "Ñandú").isrc == "QZDA42500020");
    REQUIRE(s.by_month.size() == 2);
    CHECK(s.by_month[1].name == "2025-08");
}

TEST_CASE("a TuneCore report in GBP: quoted fields, and a EUR row never added to pounds", "[statement]") {
    const StatementSummary s = summary_of("tunecore.csv");
    CHECK(s.format == StatementFormat::tunecore);
    CHECK(s.currency == "GBP");
    CHECK(s.rows == 4);
    CHECK(s.total.earnings == 18'090'000);  // 9.48 + 5.53 + 1.38 + 1.70 Total Earned
    CHECK(s.total.per_1000 == 3'038'182);   // 16.71 over 5,500 streams
    REQUIRE(s.skipped == 1);
    CHECK(s.skipped_rows[0].line == 7);  // the title on line 4 holds a line break: the EUR row starts on line 7
    CHECK(s.skipped_rows[0].column == "Currency");
    REQUIRE(s.other_currencies.size() == 1);
    CHECK(s.other_currencies[0].name == "EUR");
    CHECK(s.other_currencies[0].earnings == 2'000'000);
    CHECK(line_named(s.by_release, "Rain \"Check\"").earnings == 16'710'000);
    CHECK(line_named(s.by_release, "Tides\nLive").earnings == 1'380'000);
    CHECK(line_named(s.by_track, "Rain Check").isrc == "GBZZZ2500001");
}

TEST_CASE("a CD Baby report: US dates with times, a scientific-notation amount and a return", "[statement]") {
    const StatementSummary s = summary_of("cd-baby.txt");
    CHECK(s.format == StatementFormat::cd_baby);
    CHECK(s.earnings_exact == "0.910012000");  // 0.91 + 0.91 + 0.000012 − 0.91, at the file's 9 decimals
    CHECK(s.total.earnings == 910'012);
    CHECK(s.total.quantity == 253);
    CHECK(s.total.per_1000 == 3'596'885);                             // the two stream rows: 0.910012 over 253 streams
    CHECK(line_named(s.by_store, "Amazon Prime IN").earnings == 12);  // 1.2E-05
    CHECK(line_named(s.by_store, "iTunes - Download - US").earnings == 0);  // a sale and its return
    REQUIRE(s.by_month.size() == 2);
    CHECK(s.by_month[0].name == "2023-08");
    REQUIRE(s.by_lag.size() == 3);
    CHECK(s.by_lag[2].rows == 4);
}

TEST_CASE("any other layout through the user's column map", "[statement]") {
    const StatementSummary s = summary_of("mapped-semicolon.csv", german_map());
    CHECK(s.format == StatementFormat::mapped);
    CHECK(s.currency == "EUR");
    CHECK(s.total.earnings == 4'250'000);  // 2.5 + 1.25 + 0.5
    CHECK(!s.total.per_1000);              // no column says which rows are streams
    CHECK(line_named(s.by_track, "Lied Zwei").isrc.empty());
    CHECK(line_named(s.by_country, "DE").earnings == 3'000'000);
    const std::string missing =
        problems_of(statement_fixture("mapped-semicolon.csv"), ok(parse_column_map("date=Datum,amount=Revenue")));
    CHECK_THAT(missing, Catch::Contains("amount column 'Revenue' is not in the header row") &&
                            Catch::Contains("'Datum', 'Shop'"));
    ColumnMap no_currency = german_map();
    no_currency.columns[static_cast<std::size_t>(ColumnRole::currency)] = "";
    no_currency.currency = "";
    CHECK_THAT(problems_of(statement_fixture("mapped-semicolon.csv"), no_currency),
               Catch::Contains("needs a currency column or a currency code"));
    CHECK(!parse_column_map("date=Datum,colour=Shop").ok());
    CHECK(!parse_column_map("Datum").ok());
}

TEST_CASE("a damaged statement: each bad row is skipped with its line, column and reason", "[statement]") {
    const StatementSummary s = summary_of("damaged.tsv");
    CHECK(s.rows == 2);
    CHECK(s.total.earnings == 5'000'000);
    REQUIRE(s.skipped == 4);
    CHECK(s.skipped_rows[0].line == 3);
    CHECK(s.skipped_rows[0].column == "Earnings (USD)");
    CHECK(s.skipped_rows[0].reason == "is not a plain decimal number: '3,50'");
    CHECK(s.skipped_rows[1].line == 4);
    CHECK(s.skipped_rows[1].reason == "has 4 columns; the header row has 13 (is the file cut short?)");
    CHECK(s.skipped_rows[2].column == "Sale Month");
    CHECK(s.skipped_rows[3].line == 7);  // the last row, cut short without a line end
}

TEST_CASE("an unknown header names the file, the columns found and the layouts known", "[statement]") {
    const std::string message = problems_of(statement_fixture("unknown.csv"));
    CHECK_THAT(message, Catch::Contains("bad.csv line 1") &&
                            Catch::Contains("Found 3 columns: 'Date', 'Platform', 'Revenue'") &&
                            Catch::Contains("TuneCore sales report") && Catch::Contains("mapping its columns"));
    const std::string near =
        problems_of("Reporting Date\tSale Month\tStore\tTitle\tISRC\tQuantity\tSong/Album\tCountry of Sale\n");
    CHECK_THAT(near,
               Catch::Contains("Closest: DistroKid (13 columns, until mid-2025), which also needs 'earnings (usd)'"));
}

TEST_CASE("the numbers do not depend on how the bytes are split into chunks", "[statement]") {
    for (std::size_t i = 0; i < dealsheet::test::statement_fixtures_count; ++i) {
        const std::string name = dealsheet::test::statement_fixtures[i].name;
        const std::string_view bytes = statement_fixture(name);
        const std::optional<ColumnMap> map =
            name == "mapped-semicolon.csv" ? std::optional(german_map()) : std::nullopt;
        INFO(name);
        const std::string whole = json_in_chunks(bytes, bytes.size(), map);
        for (const std::size_t chunk : {1, 2, 3, 7, 64}) CHECK(json_in_chunks(bytes, chunk, map) == whole);
    }
}

TEST_CASE("statements in the same currency merge, in different currencies they never add", "[statement]") {
    StatementTally a =
        ok(read_statement(statement_fixture("distrokid-a.tsv"), {.file_name = "a.tsv", .column_map = {}}));
    const StatementTally b =
        ok(read_statement(statement_fixture("distrokid-b-bom-cr.tsv"), {.file_name = "b.tsv", .column_map = {}}));
    REQUIRE(merge(a, b).empty());
    const StatementSummary merged = ok(summarize(a));
    CHECK(merged.files == std::vector<std::string>{"a.tsv", "b.tsv"});
    CHECK(merged.total.earnings == 26'612'457);                            // 20.232456789013 + 6.38
    CHECK(line_named(merged.by_store, "Spotify").earnings == 14'311'111);  // 9.311111110112 + 5
    const StatementTally pounds =
        ok(read_statement(statement_fixture("tunecore.csv"), {.file_name = "t.csv", .column_map = {}}));
    const Problems problems = merge(a, pounds);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message, Catch::Contains("is in GBP and a.tsv in USD"));
    CHECK(ok(summarize(a)).total.earnings == 26'612'457);  // unchanged
}

TEST_CASE("10,000 amounts of 12 decimals sum exactly", "[statement]") {
    // 10,000 × 0.123456789012 = 1234.56789012 exactly; a double running sum ends a few 1e-12 away from it.
    std::string text = "Date,Amount\n";
    for (int i = 0; i < 10'000; ++i) text += "2025-01,0.123456789012\n";
    const ColumnMap map = ok(parse_column_map("date=Date,amount=Amount"));
    const StatementSummary s = ok(summarize(ok(read_statement(text, {.file_name = "sum.csv", .column_map = map}))));
    CHECK(s.earnings_exact == "1234.567890120000");
    CHECK(s.total.earnings == 1'234'567'890);
    CHECK(s.rows == 10'000);
}

TEST_CASE("a monthly trend halving each month fits a ratio of 0.5 and a half-life of one month", "[statement]") {
    const std::string text = "Month,Amount\n2025-01,8\n2025-02,4\n2025-04,1\n2025-03,2\n";
    const StatementSummary s = ok(summarize(ok(
        read_statement(text, {.file_name = "t.csv", .column_map = ok(parse_column_map("date=Month,amount=Amount"))}))));
    REQUIRE(s.trend.months.size() == 4);
    REQUIRE(s.trend.monthly_ratio);
    CHECK(*s.trend.monthly_ratio == Approx(0.5));
    REQUIRE(s.trend.half_life_months);
    CHECK(*s.trend.half_life_months == Approx(1.0));
    const StatementSummary gap = ok(summarize(
        ok(read_statement("Month,Amount\n2025-01,8\n2025-04,1\n",
                          {.file_name = "g.csv", .column_map = ok(parse_column_map("date=Month,amount=Amount"))}))));
    REQUIRE(gap.trend.months.size() == 4);  // February and March filled in with zeros
    CHECK(gap.trend.months[1].name == "2025-02");
    CHECK(!gap.trend.monthly_ratio);  // two months with money after the peak: too few to fit
}

TEST_CASE("hostile files get a message, never a crash, and memory stays bounded", "[statement][hostile]") {
    CHECK_THAT(problems_of(""), Catch::Contains("bad.csv: is empty"));
    CHECK_THAT(problems_of(std::string("PK\x03\x04\0\0\x08\0", 8) + "\nzip"), Catch::Contains("binary file"));
    CHECK_THAT(problems_of("\xFF\xFER\0e\0p\0\n\0"), Catch::Contains("UTF-16"));
    CHECK_THAT(problems_of(std::string(2 << 20, 'x')), Catch::Contains("first line is longer than 1 MiB"));
    std::string wide;
    for (int i = 0; i < 10'000; ++i) wide += "c" + std::to_string(i) + ",";
    CHECK_THAT(problems_of(wide + "\n1,2\n"), Catch::Contains("more than 512 columns"));
    const std::string header = "Sales Date\tAmount\n";
    const ColumnMap map = ok(parse_column_map("date=Sales Date,amount=Amount"));
    CHECK_THAT(problems_of(header, map), Catch::Contains("has a header row but no data rows"));
    CHECK_THAT(
        problems_of(header + "2025-01\tabc\n2025-02\t\n", map),
        Catch::Contains("none of its 2 data rows can be read") && Catch::Contains("bad.csv line 2, column Amount"));
    // A 2 MiB row and an unclosed quote are skipped; the rows around them still count.
    const std::string text =
        header + "2025-01\t1.5\n2025-01\t" + std::string(2 << 20, '9') + "\n2025-02\t2\n2025-03\t\"3";
    const StatementSummary s = ok(summarize(ok(read_statement(text, {.file_name = "h.tsv", .column_map = map}))));
    CHECK(s.total.earnings == 3'500'000);
    REQUIRE(s.skipped == 2);
    CHECK(s.skipped_rows[0].reason == "is longer than 1 MiB");
    CHECK(s.skipped_rows[1].line == 5);
    CHECK_THAT(s.skipped_rows[1].reason, Catch::Contains("ends inside a quoted field"));
}

TEST_CASE("cell values: exact decimals, whole quantities, months", "[statement]") {
    using detail::parse_amount;
    CHECK(parse_amount("1.2E-05")->picos == 12'000'000);
    CHECK(parse_amount("1.2E-05")->decimals == 6);
    CHECK(parse_amount("-0.000000000001")->picos == -1);
    CHECK(parse_amount("0.0000000000005")->picos == 1);  // the 13th decimal rounds half away from zero
    CHECK(parse_amount("-0.0000000000005")->picos == -1);
    CHECK(parse_amount(" 12 ")->picos == Picos{12'000'000'000'000});
    CHECK(!parse_amount("3,50"));
    CHECK(!parse_amount("$3.50"));
    CHECK(!parse_amount(""));
    CHECK(!parse_amount("1e999"));
    CHECK(!parse_amount("1.2.3"));
    CHECK(!parse_amount("9999999999999999"));  // beyond 1e15 units: not a royalty line
    CHECK(detail::parse_quantity("7.0") == 7);
    CHECK(detail::parse_quantity("") == 0);
    CHECK(!detail::parse_quantity("7.5"));
    CHECK(!detail::parse_quantity("1e3"));
    CHECK(detail::parse_month("2025-03-15") == 2025 * 12 + 2);
    CHECK(detail::parse_month("2025-03") == 2025 * 12 + 2);
    CHECK(detail::parse_month("10/15/2023 12:00:00 AM") == 2023 * 12 + 9);
    CHECK(!detail::parse_month("2025-13"));
    CHECK(!detail::parse_month("Dec 2024"));
    CHECK(detail::month_name(2025 * 12 + 2) == "2025-03");
}

TEST_CASE("the summary's JSON has the CLI's fields, money as the core's money JSON", "[statement][json]") {
    const nlohmann::json j = nlohmann::json::parse(statement_to_json(summary_of("tunecore.csv")));
    CHECK(j.at("format") == "tunecore");
    CHECK(j.at("rows") == 4);
    CHECK(j.at("currency") == "GBP");
    CHECK(j.at("skipped").at("count") == 1);
    CHECK(j.at("skipped").at("rows").at(0).at("line") == 7);
    CHECK(j.at("totals").at("earnings").at("micros") == 18'090'000);
    CHECK(j.at("totals").at("earnings").at("display") == "GBP 18.09");
    CHECK(j.at("totals").at("quantity") == 5'502);
    CHECK(j.at("by_store").at(0).at("name") == "Spotify");
    CHECK(j.at("by_store").at(0).at("per_1000").at("micros") == 2'484'444);  // 11.18 over 4,500 streams
    CHECK(j.at("by_month").size() == 2);
    CHECK(j.at("by_track").at(0).at("isrc") == "GBZZZ2500001");
    CHECK(!j.at("by_country").at(0).contains("isrc"));
    CHECK(j.at("other_currencies").at(0).at("earnings").at("display") == "EUR 2.00");
}
