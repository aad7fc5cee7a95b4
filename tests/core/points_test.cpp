// Tests for dealsheet/points.hpp and the points side of recording.hpp: producer, mixer and engineer points,
// their split out of the artist royalty and the three payment conventions (domain notes §4).
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dealsheet/points.hpp"
#include "dealsheet/recording.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::column;
using dealsheet::test::dollars;

namespace {

__extension__ using int128 = __int128;  // exact products for the rounding-error bound

RecordingResult calculate(const RecordingTerms& terms, const std::vector<Micros>& receipts) {
    Result<RecordingResult> result = calculate_recording(terms, receipts);
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

PointsParty party(std::int64_t points_ppm, PaymentConvention convention, Micros advance = 0, int on = 1,
                  int total = 1) {
    PointsParty p;
    p.points_ppm = points_ppm;
    p.convention = convention;
    p.advance = advance;
    p.tracks_on = on;
    p.tracks_total = total;
    return p;
}

}  // namespace

TEST_CASE("role and convention names round-trip for the JSON layer", "[points]") {
    for (std::size_t i = 0; i < party_role_names.size(); ++i)
        CHECK(parse_party_role(to_string(static_cast<PartyRole>(i))) == static_cast<PartyRole>(i));
    for (std::size_t i = 0; i < payment_convention_names.size(); ++i)
        CHECK(parse_payment_convention(to_string(static_cast<PaymentConvention>(i))) ==
              static_cast<PaymentConvention>(i));
    CHECK(to_string(PaymentConvention::retroactive_net_rate) == "retroactive_net_rate");
    CHECK_FALSE(parse_party_role("Producer").has_value());
    CHECK_FALSE(parse_payment_convention("record one").has_value());
    CHECK(to_string(static_cast<PartyRole>(3)).empty());
    CHECK(!describe(PaymentConvention::record_one).empty());
}

TEST_CASE("a point is 1% of the royalty base — points prorate by tracks", "[points]") {
    CHECK(ppm_per_point == 10'000);  // §4 [S]: a point = 1%
    struct Row {
        std::int64_t points_ppm;
        int on, total;
        std::int64_t expected;
        const char* source;
    };
    const Row rows[] = {
        {40'000, 6, 12, 20'000, "§4 [S]: 4% on 6 of 12 tracks = 2%"},
        {30'000, 12, 12, 30'000, "hand calculation [D]: all tracks"},
        {30'000, 0, 12, 0, "hand calculation [D]: no tracks"},
        {30'000, 1, 7, 4'286, "hand calculation [D]: 30,000 / 7 = 4,285.71 -> 4,286 ppm"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        CHECK(effective_points_ppm(party(row.points_ppm, PaymentConvention::record_one, 0, row.on, row.total)) ==
              row.expected);
    }
    // §4 [D]: 3 of 18 points = 16.667% of the artist royalty.
    CHECK(share_of_artist_royalty_ppm(30'000, 180'000) == 166'667);
    CHECK(format_percent(share_of_artist_royalty_ppm(30'000, 180'000)) == "16.6667%");
    CHECK(share_of_artist_royalty_ppm(30'000, 0) == 0);
}

TEST_CASE("worked example: $4,000 x 18% = $720 — producer 3/18 = $120 — artist keeps $600", "[points]") {
    // Domain notes §4 [D], exactly.
    const std::int64_t producer[] = {30'000};
    const PointsSplit split = split_artist_royalty(dollars(720), 180'000, producer);
    CHECK(split.parties == std::vector<Micros>{dollars(120)});
    CHECK(split.artist == dollars(600));

    RecordingTerms terms;  // royalty deal at 18% all-in
    terms.points = {party(30'000, PaymentConvention::record_one)};
    const RecordingResult result = calculate(terms, {dollars(4'000)});
    CHECK(result.artist_all_in == std::vector<Micros>{dollars(720)});
    CHECK(result.artist_net_ppm == 150'000);  // artist nets 15 points
    CHECK(result.parties[0].share_of_artist_royalty_ppm == 166'667);
    CHECK(result.parties[0].ledger.paid_total == dollars(120));
    CHECK(result.artist.paid_total == dollars(600));
    CHECK(result.label_share == std::vector<Micros>{dollars(3'280)});
}

TEST_CASE("Passman's convention-1 example: $15,000 royalty - $10,000 advance = $5,000 payable", "[points]") {
    // Domain notes §4 [P]: all-in 60c/unit, producer 10c, producer advance $10,000, 150,000 units.
    // Per-unit royalties are expressed as rates of a $1.00-per-unit royalty base: 150,000 units = $150,000 of
    // base, all-in 60c = 600,000 ppm, producer 10c = 100,000 ppm (10 points). Same money, to the micro.
    RecordingTerms terms;
    terms.royalty_rate_ppm = 600'000;
    terms.costs = {{CostKind::recording, dollars(200'000), {}}};  // never charged to the producer [S]
    terms.points = {party(100'000, PaymentConvention::record_one, dollars(10'000))};
    const RecordingResult result = calculate(terms, {150'000 * dollars(1)});
    const Ledger& producer = result.parties[0].ledger;
    CHECK(result.artist_all_in[0] == dollars(90'000));  // 60c x 150,000
    CHECK(producer.earned_total == dollars(15'000));    // 10c x 150,000
    CHECK(producer.recouped_total == dollars(10'000));
    CHECK(producer.paid_total == dollars(5'000));
    // The artist: 50c × 150,000 = $75,000, plus the $10,000 of producer royalty that repaid his advance — an
    // advance already charged to the artist as a recording cost (Passman: "recording costs (including the
    // producer's advances)"), so never borne twice: $85,000 against $210,000 [D].
    CHECK(result.artist.recoupable == dollars(210'000));
    CHECK(result.artist.earned_total == dollars(85'000));
    CHECK(result.artist.paid_total == 0);
}

TEST_CASE("the three conventions on one scenario: record one pays first, combined rate next, net rate last",
          "[points]") {
    // Hand calculation [D] on domain notes §4's conventions [S, Passman]: all-in 18%, producer 3 points with a
    // $1,500 advance, $90,000 recording costs, $100,000 net receipts a month for 8 months. Each month: artist
    // royalty $18,000 = producer $3,000 + artist net $15,000.
    //   (1) record one: month 0 pays 3,000 − 1,500 advance, then 3,000 a month.
    // The producer's advance is a recording cost (Passman): the trigger is $90,000 + $1,500 = $91,500.
    //   (2) recouped at 18%: 18,000 × 6 = 108,000 ≥ 91,500 in month 5; pays 6 × 3,000 − 1,500 = 16,500.
    //   (3) recouped at the net 15%: 15,000 × 7 = 105,000 ≥ 91,500 in month 6; pays 7 × 3,000 − 1,500 = 19,500.
    struct Row {
        PaymentConvention convention;
        std::size_t payable_from;
        std::vector<Micros> paid;
    };
    const Row rows[] = {
        {PaymentConvention::record_one,
         0,
         {dollars(1'500), dollars(3'000), dollars(3'000), dollars(3'000), dollars(3'000), dollars(3'000),
          dollars(3'000), dollars(3'000)}},
        {PaymentConvention::retroactive_combined_rate,
         5,
         {0, 0, 0, 0, 0, dollars(16'500), dollars(3'000), dollars(3'000)}},
        {PaymentConvention::retroactive_net_rate, 6, {0, 0, 0, 0, 0, 0, dollars(19'500), dollars(3'000)}},
    };
    const std::vector<Micros> receipts(8, dollars(100'000));
    std::size_t previous_first_paid = 0;
    for (const Row& row : rows) {
        INFO(to_string(row.convention));
        RecordingTerms terms;
        terms.costs = {{CostKind::recording, dollars(90'000), {}}};
        terms.points = {party(30'000, row.convention, dollars(1'500))};
        const RecordingResult result = calculate(terms, receipts);
        const PartyLedger& producer = result.parties[0];
        CHECK(producer.payable_from == row.payable_from);
        CHECK(column(producer.ledger.months, &LedgerLine::paid) == row.paid);
        CHECK(producer.ledger.paid_total == dollars(22'500));  // retroactive: the same total by month 7
        REQUIRE(producer.ledger.first_paid_month.has_value());
        CHECK(*producer.ledger.first_paid_month >= previous_first_paid);
        previous_first_paid = *producer.ledger.first_paid_month;
        // The artist: 15,000 a month + the 1,500 that repaid the producer's advance, against 91,500 → square in
        // month 5, first paid in month 6; 8 × 15,000 + 1,500 − 91,500 = 30,000.
        CHECK(result.artist.recouped_month == 5u);
        CHECK(result.artist.first_paid_month == 6u);
        CHECK(result.artist.paid_total == dollars(30'000));
    }
    CHECK(previous_first_paid == 6);
}

TEST_CASE("the retroactive trigger counts recording costs only, and never if they are never recouped", "[points]") {
    // Hand calculation [D]: 18% all-in, $100k receipts → $18k artist royalty; a $500k advance does not delay
    // the combined-rate trigger (recording costs $10k), but $200k of recording costs are not recouped in time.
    RecordingTerms terms;
    terms.costs = {{CostKind::advance, dollars(500'000), {}}, {CostKind::recording, dollars(10'000), {}}};
    terms.points = {party(30'000, PaymentConvention::retroactive_combined_rate)};
    CHECK(calculate(terms, {dollars(100'000)}).parties[0].ledger.paid_total == dollars(3'000));
    terms.costs[1].amount = dollars(200'000);
    const RecordingResult never = calculate(terms, {dollars(100'000)});
    CHECK_FALSE(never.parties[0].payable_from.has_value());
    CHECK(never.parties[0].ledger.closing == dollars(3'000));  // earned, held
    // No recording costs at all: retroactive conventions pay from month 0.
    const std::vector<Micros> none;
    CHECK(payable_from_month(PaymentConvention::retroactive_net_rate, none, none, 0) == 0u);
    const std::vector<Micros> all_in{5, 5, 5}, net{2, 2, 2};
    CHECK(payable_from_month(PaymentConvention::retroactive_combined_rate, all_in, net, 10) == 1u);
    CHECK(payable_from_month(PaymentConvention::retroactive_net_rate, all_in, net, 6) == 2u);
    CHECK_FALSE(payable_from_month(PaymentConvention::retroactive_net_rate, all_in, net, 7).has_value());
    CHECK(payable_from_month(PaymentConvention::record_one, all_in, net, 1'000) == 0u);
}

TEST_CASE("several parties split the artist royalty exactly", "[points]") {
    // Hand calculation [D]: all-in 20%; producer A 4 points on 6 of 12 tracks (2), producer B 3, mixer 1,
    // engineer 0.5 → 6.5 points; artist nets 13.5. $10,000 → $2,000 artist royalty:
    // 2,000 × 2/20 = 200; × 3/20 = 300; × 1/20 = 100; × 0.5/20 = 50; artist 1,350.
    RecordingTerms terms;
    terms.royalty_rate_ppm = 200'000;
    terms.points = {party(40'000, PaymentConvention::record_one, 0, 6, 12),
                    party(30'000, PaymentConvention::record_one), party(10'000, PaymentConvention::record_one),
                    party(5'000, PaymentConvention::record_one)};
    terms.points[2].role = PartyRole::mixer;
    terms.points[3].role = PartyRole::engineer;
    const RecordingResult result = calculate(terms, {dollars(10'000)});
    std::vector<Micros> earned;
    for (const PartyLedger& p : result.parties) earned.push_back(p.ledger.earned_total);
    CHECK(earned == std::vector<Micros>{dollars(200), dollars(300), dollars(100), dollars(50)});
    CHECK(result.artist.earned_total == dollars(1'350));
    CHECK(result.artist_net_ppm == 135'000);
    // Awkward amounts still conserve [D]: 10 micros at 3 of 18 → 1.67 → 2, the artist 8 (as allocate's test).
    const std::int64_t three[] = {30'000};
    const PointsSplit tiny = split_artist_royalty(10, 180'000, three);
    CHECK(tiny.parties[0] == 2);
    CHECK(tiny.artist == 8);
    // Points equal to the whole rate leave the artist nothing.
    const std::int64_t all[] = {100'000, 80'000};
    const PointsSplit whole = split_artist_royalty(dollars(7), 180'000, all);
    CHECK(whole.artist == 0);
    CHECK(whole.parties[0] + whole.parties[1] == dollars(7));
}

TEST_CASE("points validation reports every problem with its JSON path", "[points][validation]") {
    RecordingTerms terms;                                           // 18% all-in
    terms.points = {party(200'000, PaymentConvention::record_one),  // above the artist rate
                    party(30'000, PaymentConvention::record_one, 0, 13, 12),
                    party(30'000, PaymentConvention::record_one, 0, 0, 0),
                    party(30'000, PaymentConvention::record_one, -1), party(-5, static_cast<PaymentConvention>(3))};
    terms.points[4].role = static_cast<PartyRole>(4);
    const Problems problems = validate(terms);
    std::vector<std::string> fields;
    for (const Problem& p : problems) fields.push_back(p.field);
    CHECK(fields == std::vector<std::string>{"recording.points[0].points", "recording.points[1].tracks_on",
                                             "recording.points[2].tracks_total", "recording.points[3].advance",
                                             "recording.points[4].role", "recording.points[4].convention",
                                             "recording.points[4].points"});
    CHECK(problems[0].message.find("18%") != std::string::npos);

    // Sum of points over the artist rate: 10 + 10 points against 18 (reported once, on the list).
    RecordingTerms over;
    over.points = {party(100'000, PaymentConvention::record_one), party(100'000, PaymentConvention::record_one)};
    const Problems sum = validate(over);
    REQUIRE(sum.size() == 1);
    CHECK(sum[0].field == "recording.points");
    // …unless proration by tracks brings them under it: 10 points on half the tracks each = 10 points.
    over.points[0].tracks_on = 6;
    over.points[0].tracks_total = 12;
    over.points[1].tracks_on = 6;
    over.points[1].tracks_total = 12;
    CHECK(validate(over).empty());
    // A distribution deal's artist keeps 80%: 30 points fit there.
    over.type = RecordingDealType::distribution;
    over.points = {party(300'000, PaymentConvention::record_one)};
    CHECK(validate(over).empty());
    CHECK(validate_points(over.points, 100'000).size() == 1);
    CHECK(validate_points(over.points, -1).empty());  // rate unknown: not checked against it
}

TEST_CASE("properties: the split conserves and never pays anyone less for more", "[points][property]") {
    std::mt19937_64 random(3);
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t rate = 1 + static_cast<std::int64_t>(random() % full_share_ppm);
        std::vector<std::int64_t> points(random() % 6);
        std::int64_t room = rate;
        for (std::int64_t& p : points)
            room -= p = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(room + 1));
        const Micros royalty = static_cast<Micros>(random() % 1'000'000'000'000ULL);
        const Micros more = royalty + static_cast<Micros>(random() % 1'000ULL);
        const PointsSplit a = split_artist_royalty(royalty, rate, points);
        const PointsSplit b = split_artist_royalty(more, rate, points);
        INFO("case " << i);
        Micros sum = a.artist;
        CHECK(b.artist >= a.artist);
        for (std::size_t k = 0; k < points.size(); ++k) {
            sum += a.parties[k];
            CHECK(a.parties[k] >= 0);
            CHECK(b.parties[k] >= a.parties[k]);
            // Within a micro per party of the exact p/A share (chained rounding) [D].
            const int128 exact = static_cast<int128>(royalty) * points[k];
            const int128 got = static_cast<int128>(a.parties[k]) * rate;
            const int128 error = got > exact ? got - exact : exact - got;
            CHECK(error <= static_cast<int128>(rate) * static_cast<int128>(points.size()));
        }
        CHECK(sum == royalty);
    }
}
