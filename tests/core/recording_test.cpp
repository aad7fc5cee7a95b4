// Tests for dealsheet/recording.hpp: deal types, recoupable defaults, the monthly recoupment ledger and
// cross-collateralization (domain notes §1 and §3). Amounts are written in micro-units; "$1k" in comments.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "dealsheet/recording.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using namespace dealsheet::test;  // test_support.hpp

namespace {

RecordingResult calculate(const RecordingTerms& terms, const std::vector<Micros>& receipts) {
    Result<RecordingResult> result = calculate_recording(terms, receipts);
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

std::vector<Micros> random_receipts(Draws& random) {
    std::vector<Micros> receipts(random() % 25);
    for (Micros& month : receipts)
        month = random() % 4 == 0 ? 0 : static_cast<Micros>(random() % 2'000'000'000'000ULL);  // up to $2M
    return receipts;
}

// The identity every ledger keeps, month by month and in total.
void check_ledger(const Ledger& ledger) {
    INFO("ledger " << ledger.party);
    Micros balance = -ledger.recoupable;
    for (const LedgerLine& line : ledger.months) {
        CHECK(line.opening == balance);
        CHECK(line.earned >= 0);
        CHECK(line.paid >= 0);
        CHECK(line.recouped == std::min(line.earned, std::max<Micros>(0, -line.opening)));
        CHECK(line.closing == line.opening + line.earned - line.paid);
        CHECK(line.closing >= std::min<Micros>(line.opening, 0));  // never pushed further into the red
        balance = line.closing;
    }
    CHECK(ledger.closing == balance);
    CHECK(ledger.closing == -ledger.recoupable + ledger.earned_total - ledger.paid_total);
    CHECK(ledger.recouped_total == std::min(ledger.earned_total, ledger.recoupable));
    CHECK(ledger.unrecouped == std::max<Micros>(0, -ledger.closing));
}

// Σ paid through each month: what "never pays less" compares.
std::vector<Micros> cumulative_paid(const Ledger& ledger) {
    std::vector<Micros> out;
    Micros sum = 0;
    for (const LedgerLine& line : ledger.months) out.push_back(sum += line.paid);
    return out;
}

}  // namespace

TEST_CASE("recording deal type and cost kind names round-trip for the JSON layer", "[recording]") {
    for (std::size_t i = 0; i < recording_deal_type_names.size(); ++i) {
        const auto type = static_cast<RecordingDealType>(i);
        CHECK(parse_recording_deal_type(to_string(type)) == type);
    }
    for (std::size_t i = 0; i < cost_kind_names.size(); ++i) {
        const auto kind = static_cast<CostKind>(i);
        CHECK(parse_cost_kind(to_string(kind)) == kind);
    }
    CHECK(to_string(RecordingDealType::net_profit) == "net_profit");
    CHECK(to_string(CostKind::independent_promotion) == "independent_promotion");
    CHECK_FALSE(parse_recording_deal_type("Royalty").has_value());  // exact, lower case
    CHECK_FALSE(parse_recording_deal_type("360").has_value());
    CHECK_FALSE(parse_cost_kind("").has_value());
    CHECK(to_string(static_cast<RecordingDealType>(9)).empty());
    CHECK(to_string(static_cast<CostKind>(9)).empty());
}

TEST_CASE("recoupable fractions default by kind and stage — an entered fraction wins", "[recording]") {
    struct Row {
        CostKind kind;
        bool established;
        std::optional<std::int64_t> entered;
        Micros amount, expected;
        const char* source;
    };
    const Row rows[] = {
        {CostKind::advance, false, {}, dollars(250'000), dollars(250'000), "§3 advances 100% [S]"},
        {CostKind::recording, true, {}, dollars(90'000), dollars(90'000), "§3 recording costs 100% [S]"},
        {CostKind::video, false, {}, dollars(100'000), dollars(50'000), "§3 usually 50% of video [S]"},
        {CostKind::independent_promotion, false, {}, dollars(40'000), dollars(40'000), "§3 100% for new acts [S]"},
        {CostKind::independent_promotion, true, {}, dollars(40'000), dollars(20'000), "§3 50% for established [S]"},
        {CostKind::tour_support, false, {}, dollars(30'000), dollars(30'000), "§3 recoupable, 100% assumed [U]"},
        {CostKind::tour_support, false, 250'000, dollars(30'000), dollars(7'500), "entered 25% [D]: 30k x 0.25"},
        {CostKind::video, false, 0, dollars(100'000), 0, "entered 0% [D]"},
        {CostKind::other, false, {}, 3, 3, "100% assumed [U]"},
        {CostKind::video, false, {}, 3, 2, "hand calculation [D]: 1.5 micros rounds half away from zero"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        const RecoupableCost cost{row.kind, row.amount, row.entered};
        CHECK(recoupable_amount(cost, row.established) == row.expected);
    }
    REQUIRE(recoupable_defaults().size() == cost_kind_names.size());
    for (std::size_t i = 0; i < recoupable_defaults().size(); ++i) {
        const RecoupableDefault& row = recoupable_defaults()[i];
        CHECK(row.kind == static_cast<CostKind>(i));
        CHECK(std::string(row.source).size() > 10);
        CHECK(std::string(row.tag).size() >= 3);
    }
    CHECK(std::string(recoupable_default(CostKind::video).as_of).size() == 10);  // ISO date
}

TEST_CASE("the ledger credits royalties until recouped, then pays (domain notes 3 worked examples)", "[recording]") {
    struct Row {
        Micros recoupable, earned, paid, closing, unrecouped;
        const char* source;
    };
    const Row rows[] = {
        {dollars(80'000), dollars(100'000), dollars(20'000), 0, 0, "§3 [S]: $100k vs $80k -> paid $20k"},
        {dollars(80'000), dollars(30'000), 0, -dollars(50'000), dollars(50'000),
         "§3 [S]: $30k vs $80k -> $0, label absorbs $50k"},
        {0, dollars(5), dollars(5), 0, 0, "hand calculation [D]: nothing to recoup, all paid"},
        {dollars(5), dollars(5), 0, 0, 0, "hand calculation [D]: exactly recouped, nothing paid yet"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        const std::vector<Micros> earned{row.earned};
        const Ledger ledger = run_ledger("Artist", row.recoupable, earned);
        CHECK(ledger.paid_total == row.paid);
        CHECK(ledger.closing == row.closing);
        CHECK(ledger.unrecouped == row.unrecouped);
        check_ledger(ledger);
    }
}

TEST_CASE("the same examples through a royalty deal: 20% of net receipts", "[recording]") {
    // §3 [S] with the royalty made by the deal: $500k x 20% = $100k vs an $80k advance; $150k x 20% = $30k [D].
    RecordingTerms terms;
    terms.royalty_rate_ppm = 200'000;
    terms.costs = {{CostKind::advance, dollars(80'000), {}}};
    const RecordingResult paid = calculate(terms, {dollars(500'000)});
    CHECK(paid.artist.earned_total == dollars(100'000));
    CHECK(paid.artist.paid_total == dollars(20'000));
    CHECK(paid.label_retained == dollars(480'000));  // 500k − 20k
    CHECK(paid.label_net == dollars(400'000));       // 480k − the 80k advance
    const RecordingResult unpaid = calculate(terms, {dollars(150'000)});
    CHECK(unpaid.artist.paid_total == 0);
    CHECK(unpaid.artist.unrecouped == dollars(50'000));  // the label absorbs it
    CHECK(unpaid.label_net == dollars(70'000));          // 150k − 80k
}

TEST_CASE("a monthly ledger has the lines of a royalty statement", "[recording]") {
    // Hand calculation [D]: $80k recoupable; $30k, $30k, $30k, $10k earned.
    const std::vector<Micros> earned{dollars(30'000), dollars(30'000), dollars(30'000), dollars(10'000)};
    const Ledger ledger = run_ledger("Artist", dollars(80'000), earned);
    const std::vector<LedgerLine> expected{
        // opening           earned            recouped          paid              closing
        {-dollars(80'000), dollars(30'000), dollars(30'000), 0, -dollars(50'000)},
        {-dollars(50'000), dollars(30'000), dollars(30'000), 0, -dollars(20'000)},
        {-dollars(20'000), dollars(30'000), dollars(20'000), dollars(10'000), 0},
        {0, dollars(10'000), 0, dollars(10'000), 0},
    };
    CHECK(ledger.months == expected);
    CHECK(ledger.recouped_month == 2u);
    CHECK(ledger.first_paid_month == 2u);
    CHECK(ledger.earned_total == dollars(100'000));
    CHECK(ledger.recouped_total == dollars(80'000));
    CHECK(ledger.paid_total == dollars(20'000));
}

TEST_CASE("a held balance is paid when it becomes payable, back to the first month", "[recording]") {
    // Hand calculation [D]: $1,500 advance, $3,000 earned a month, payable from month 3 (index).
    const std::vector<Micros> earned(4, dollars(3'000));
    const Ledger held = run_ledger("Producer", dollars(1'500), earned, 3);
    const std::vector<LedgerLine> expected{
        {-dollars(1'500), dollars(3'000), dollars(1'500), 0, dollars(1'500)},
        {dollars(1'500), dollars(3'000), 0, 0, dollars(4'500)},
        {dollars(4'500), dollars(3'000), 0, 0, dollars(7'500)},
        {dollars(7'500), dollars(3'000), 0, dollars(10'500), 0},  // 12,000 earned − 1,500 advance
    };
    CHECK(held.months == expected);
    CHECK(held.recouped_month == 0u);
    CHECK(held.first_paid_month == 3u);
    const Ledger never = run_ledger("Producer", dollars(1'500), earned, std::nullopt);
    CHECK(never.paid_total == 0);
    CHECK(never.closing == dollars(10'500));  // owed, held
    CHECK_FALSE(never.first_paid_month.has_value());
    const Ledger empty = run_ledger("Nobody", dollars(7), {});
    CHECK(empty.months.empty());
    CHECK(empty.closing == -dollars(7));
    CHECK(empty.unrecouped == dollars(7));
}

TEST_CASE("deal types: royalty, net profit and distribution", "[recording]") {
    struct Row {
        RecordingDealType type;
        Micros receipts, recording_cost;
        Micros artist_earned, artist_charged, artist_paid, label_net;
        const char* source;
    };
    const Row rows[] = {
        // §3 [S] royalty deal at the default 18% [D]: $10k x 18% = $1,800, nothing to recoup.
        {RecordingDealType::royalty, dollars(10'000), 0, dollars(1'800), 0, dollars(1'800), dollars(8'200),
         "§3 royalty deal"},
        // §3 [S] net profit 50/50 [D]: profit 10k − 6k = 4k, artist 2k; artist credited 5k, charged 3k.
        {RecordingDealType::net_profit, dollars(10'000), dollars(6'000), dollars(5'000), dollars(3'000), dollars(2'000),
         dollars(2'000), "§3 net-profit deal, 50/50"},
        // Gross below costs [D]: no profit, artist 0, the label absorbs the loss: 4k − 6k = −2k.
        {RecordingDealType::net_profit, dollars(4'000), dollars(6'000), dollars(2'000), dollars(3'000), 0,
         -dollars(2'000), "§3 net-profit deal, unrecouped"},
        // §3 [S, weak] distribution at the default 20% fee [D]: artist keeps $8,000 − $5,000 advance = $3,000.
        {RecordingDealType::distribution, dollars(10'000), dollars(5'000), dollars(8'000), dollars(5'000),
         dollars(3'000), dollars(2'000), "§3 distribution deal"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        RecordingTerms terms;
        terms.type = row.type;
        if (row.recording_cost > 0) terms.costs = {{CostKind::recording, row.recording_cost, {}}};
        const RecordingResult result = calculate(terms, {row.receipts});
        CHECK(result.artist.earned_total == row.artist_earned);
        CHECK(result.artist.recoupable == row.artist_charged);
        CHECK(result.artist.paid_total == row.artist_paid);
        CHECK(result.label_net == row.label_net);
        CHECK(result.label_share[0] + result.artist.earned_total == row.receipts);
    }
}

TEST_CASE("results list every assumption with a source — defaults carry their date", "[recording]") {
    RecordingTerms terms;
    terms.costs = {{CostKind::video, dollars(100'000), {}}, {CostKind::tour_support, dollars(10'000), 500'000}};
    terms.points = {PointsParty{}};
    const RecordingResult result = calculate(terms, {dollars(1'000)});
    REQUIRE(result.assumptions.size() >= 6);
    check_sourced(result.assumptions);
    CHECK(result.assumptions[0].value == "18% of the label's net receipts");
    CHECK(result.assumptions[0].tag == "[S]");
    CHECK(result.assumptions[1].value == "50% of $100,000.00 = $50,000.00 recoupable");
    CHECK(!result.assumptions[1].as_of.empty());
    CHECK(result.assumptions[2].source == "Entered by you");
    CHECK(result.assumptions[3].value.find("16.6667% of the artist royalty") != std::string::npos);
}

TEST_CASE("cross-collateralization: sum of positive balances vs max(0, sum of balances)", "[recording]") {
    struct Row {
        Micros rec1, earned1, rec2, earned2, uncrossed, crossed;
        const char* source;
    };
    // Domain notes §3 [S, royalty-accounting vendors]; balances by hand [D].
    const Row rows[] = {
        {dollars(80'000), dollars(100'000), dollars(50'000), dollars(30'000), dollars(20'000), 0,
         "album 1 +20k, album 2 −20k: uncrossed 20k, crossed max(0, 0) = 0"},
        {dollars(80'000), dollars(100'000), dollars(50'000), dollars(40'000), dollars(20'000), dollars(10'000),
         "album 1 +20k, album 2 −10k: uncrossed 20k, crossed 10k"},
        {dollars(80'000), dollars(30'000), dollars(10'000), dollars(40'000), dollars(30'000), 0,
         "master −50k, publishing +30k: uncrossed 30k, crossed max(0, −20k) = 0"},
        {dollars(10'000), dollars(15'000), dollars(10'000), dollars(12'000), dollars(7'000), dollars(7'000),
         "both recouped: crossing changes nothing"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        const std::vector<RecoupmentAccount> accounts{{"Album 1", row.rec1, {row.earned1}},
                                                      {"Album 2", row.rec2, {row.earned2}}};
        const Result<CrossResult> uncrossed = cross_collateralize(accounts, false);
        const Result<CrossResult> crossed = cross_collateralize(accounts, true);
        REQUIRE(uncrossed.ok());
        REQUIRE(crossed.ok());
        CHECK(uncrossed.value().ledgers.size() == 2);
        CHECK(uncrossed.value().payable == row.uncrossed);
        CHECK(crossed.value().ledgers.size() == 1);
        CHECK(crossed.value().payable == row.crossed);
        // Either way, what is paid plus what stays unrecouped balances the books [D].
        const Micros net = row.earned1 + row.earned2 - row.rec1 - row.rec2;
        CHECK(crossed.value().payable - crossed.value().unrecouped == net);
    }
}

TEST_CASE("crossed ledgers pool month by month, series of different lengths", "[recording]") {
    // Hand calculation [D]: album 1 recoups 80k from [60k, 40k]; album 2 (released later) has 50k against
    // [0, 10k, 20k]. Uncrossed: album 1 pays 20k in month 1. Crossed: pool 130k vs [60k, 50k, 20k] = 130k, 0 paid.
    const std::vector<RecoupmentAccount> accounts{{"Album 1", dollars(80'000), {dollars(60'000), dollars(40'000)}},
                                                  {"Album 2", dollars(50'000), {0, dollars(10'000), dollars(20'000)}}};
    const CrossResult uncrossed = cross_collateralize(accounts, false).value();
    CHECK(uncrossed.ledgers[0].first_paid_month == 1u);
    CHECK(uncrossed.payable == dollars(20'000));
    CHECK(uncrossed.unrecouped == dollars(20'000));
    const CrossResult crossed = cross_collateralize(accounts, true).value();
    const Ledger& pool = crossed.ledgers[0];
    CHECK(pool.party == "Crossed: Album 1 Album 2");
    REQUIRE(pool.months.size() == 3);
    CHECK(pool.months[0].closing == -dollars(70'000));
    CHECK(pool.months[1].closing == -dollars(20'000));
    CHECK(pool.months[2].closing == 0);
    CHECK(pool.recouped_month == 2u);
    CHECK(crossed.payable == 0);
}

TEST_CASE("cross-collateralization reports every bad account field", "[recording][validation]") {
    const std::vector<RecoupmentAccount> accounts{{"A", -1, {0}}, {"B", 0, {0, 0, -5}}};
    const Result<CrossResult> result = cross_collateralize(accounts, true);
    REQUIRE_FALSE(result.ok());
    CHECK(fields(result.problems()) == std::vector<std::string>{"accounts[0].recoupable", "accounts[1].earned[2]"});
}

TEST_CASE("validation reports every impossible term at once, with JSON paths", "[recording][validation]") {
    RecordingTerms terms;
    terms.royalty_rate_ppm = 1'200'000;
    terms.profit_share_ppm = -1;
    terms.costs = {{CostKind::video, -dollars(1), 1'500'000},
                   {static_cast<CostKind>(9), dollars(1), {}},
                   {CostKind::advance, max_deal_amount + 1, {}}};
    terms.points = {PointsParty{}, PointsParty{}};
    terms.points[1].tracks_on = 13;
    terms.points[1].tracks_total = 12;
    const Problems problems = validate(terms);
    CHECK(fields(problems) == std::vector<std::string>{"recording.royalty_rate", "recording.profit_share",
                                                       "recording.costs[0].amount", "recording.costs[0].recoupable",
                                                       "recording.costs[1].kind", "recording.costs[2].amount",
                                                       "recording.points[1].tracks_on"});
    CHECK(
        problems[4].message ==
        "must be one of \"advance\", \"recording\", \"video\", \"independent_promotion\", \"tour_support\", \"other\"");

    RecordingTerms bad_type;
    bad_type.type = static_cast<RecordingDealType>(5);
    CHECK(fields(validate(bad_type, "deal")) == std::vector<std::string>{"deal.type"});

    RecordingTerms too_much;
    too_much.costs.assign(2, {CostKind::recording, max_deal_amount, {}});
    CHECK(fields(validate(too_much)) == std::vector<std::string>{"recording.costs"});
    too_much.costs.assign(max_recoupable_costs + 1, {});
    CHECK(fields(validate(too_much)) == std::vector<std::string>{"recording.costs"});

    CHECK(validate(RecordingTerms{}).empty());
    const std::vector<Micros> receipts{0, -1, max_deal_amount + 1};
    CHECK(fields(validate_receipts(receipts)) == std::vector<std::string>{"master_revenue[1]", "master_revenue[2]"});
    const std::vector<Micros> too_long(max_ledger_months + 1, 0);
    CHECK(fields(validate_receipts(too_long)) == std::vector<std::string>{"master_revenue"});
    const std::vector<Micros> two_big(2, max_deal_amount);
    CHECK(fields(validate_receipts(two_big)) == std::vector<std::string>{"master_revenue"});
    const Result<RecordingResult> failed = calculate_recording(terms, receipts);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.problems().size() == 9);  // the terms' 7 and the series' 2
}

TEST_CASE("properties: conservation, ledger identity, no negative payouts", "[recording][property]") {
    Draws random(20261121);
    for (int i = 0; i < 3000; ++i) {
        const RecordingTerms terms = random_recording_terms(random);
        const std::vector<Micros> receipts = random_receipts(random);
        INFO("case " << i);
        REQUIRE(validate(terms).empty());
        const RecordingResult result = calculate(terms, receipts);
        Micros received = 0, paid = result.artist.paid_total;
        for (std::size_t m = 0; m < receipts.size(); ++m) {
            // Every micro of each month's receipts is credited to exactly one party or the label; the artist's
            // account also gets back what the parties' royalties repaid of advances charged to it.
            Micros credited = result.label_share[m] + result.artist_net[m];
            for (const PartyLedger& party : result.parties) credited += party.ledger.months[m].earned;
            CHECK(credited == receipts[m]);
            CHECK(result.artist.months[m].earned == result.artist_net[m] + result.advance_credit[m]);
            CHECK(result.advance_credit[m] >= 0);
            CHECK(result.label_share[m] >= 0);
            received += receipts[m];
        }
        // Never charged twice: no more is credited back than the advances charged, and nothing when the label
        // bears the advances.
        Micros credit = 0, repaid = 0;
        for (const Micros month : result.advance_credit) credit += month;
        for (const PartyLedger& party : result.parties) repaid += party.ledger.recouped_total;
        CHECK(credit <= result.party_advances_charged);
        if (terms.party_advances == PartyAdvanceBearer::label) CHECK(credit == 0);
        if (terms.party_advances == PartyAdvanceBearer::artist_account && terms.type != RecordingDealType::net_profit)
            CHECK(credit == repaid);
        check_ledger(result.artist);
        for (const PartyLedger& party : result.parties) {
            check_ledger(party.ledger);
            paid += party.ledger.paid_total;
        }
        CHECK(result.label_retained + paid == received);
    }
}

TEST_CASE("properties: more receipts never pay any party less, in any month", "[recording][property]") {
    Draws random(7);
    for (int i = 0; i < 3000; ++i) {
        const RecordingTerms terms = random_recording_terms(random);
        std::vector<Micros> receipts = random_receipts(random);
        if (receipts.empty()) receipts.push_back(0);
        const RecordingResult before = calculate(terms, receipts);
        receipts[random() % receipts.size()] += static_cast<Micros>(random() % 100'000'000'000ULL);
        const RecordingResult after = calculate(terms, receipts);
        INFO("case " << i);
        const auto no_less = [](const Ledger& a, const Ledger& b) {
            const std::vector<Micros> paid_a = cumulative_paid(a), paid_b = cumulative_paid(b);
            for (std::size_t m = 0; m < paid_a.size(); ++m) CHECK(paid_b[m] >= paid_a[m]);
            CHECK(b.earned_total >= a.earned_total);
        };
        no_less(before.artist, after.artist);
        for (std::size_t p = 0; p < before.parties.size(); ++p)
            no_less(before.parties[p].ledger, after.parties[p].ledger);
    }
}

// Passman, "Producer deals" part 1 (TAXI, 1998) [S]: all-in 60¢ a record, producer 10¢, producer advance $10,000,
// recording costs $120,000 including that advance. In streaming terms: $1 of net receipts a unit, A = 60%, the
// producer 10 points, recording costs $110,000 + the $10,000 advance.
namespace {
RecordingTerms passman_deal(PaymentConvention convention) {
    RecordingTerms terms;
    terms.royalty_rate_ppm = 600'000;
    terms.costs = {{CostKind::recording, dollars(110'000), {}}};
    PointsParty producer;
    producer.points_ppm = 100'000;
    producer.advance = dollars(10'000);
    producer.convention = convention;
    terms.points = {producer};
    return terms;
}
}  // namespace

TEST_CASE("a producer's advance is a recording cost charged to the artist once (Passman, Producer deals 1-2)",
          "[recording][points]") {
    SECTION("record one at 150,000 units: producer paid $5,000; artist charged $120,000, never the advance twice") {
        const RecordingResult r = calculate(passman_deal(PaymentConvention::record_one), {dollars(150'000)});
        // Passman's table: $15,000 royalty − $10,000 advance = $5,000 payable.
        CHECK(r.parties[0].ledger.earned_total == dollars(15'000));
        CHECK(r.parties[0].ledger.paid_total == dollars(5'000));
        // The artist's account: charged $120,000 (the advance among the recording costs); credited 60¢ × 150,000
        // = $90,000 less the $5,000 paid beyond the advance = $85,000 (part 2: "$90,000 ... the $120,000
        // recording costs have not yet been recouped"): $35,000 unrecouped [D].
        CHECK(r.recording_recoupable == dollars(120'000));
        CHECK(r.party_advances_charged == dollars(10'000));
        CHECK(r.artist.recoupable == dollars(120'000));
        CHECK(r.artist_net[0] == dollars(75'000));
        CHECK(r.advance_credit[0] == dollars(10'000));
        CHECK(r.artist.earned_total == dollars(85'000));
        CHECK(r.artist.closing == dollars(-35'000));
        CHECK(r.artist.paid_total == 0);
        // Part 2: the artist owes the producer $5,000 while unrecouped, possibly out of pocket.
        REQUIRE(r.notes.size() == 1);
        CHECK(r.notes[0].find("$5,000.00") != std::string::npos);
        CHECK(r.notes[0].find("out of pocket") != std::string::npos);
        REQUIRE(r.corrections.size() == 1);
        CHECK(r.corrections[0].id == "party-advance-recording-cost");
        CHECK(r.corrections[0].since == "2026-12-04");
        // The label: $150,000 in, $5,000 paid, $120,000 spent (costs + advance) [D].
        CHECK(r.label_retained == dollars(145'000));
        CHECK(r.costs_paid == dollars(120'000));
        CHECK(r.label_net == dollars(25'000));
    }
    SECTION("combined rate: recouped at $120,000 ÷ 60¢ = 200,000 units, then paid back to record one") {
        const RecordingTerms terms = passman_deal(PaymentConvention::retroactive_combined_rate);
        CHECK(calculate(terms, {dollars(150'000)}).parties[0].ledger.paid_total == 0);  // $90,000 < $120,000
        CHECK(calculate(terms, {dollars(199'999)}).parties[0].ledger.paid_total == 0);
        const RecordingResult r = calculate(terms, {dollars(200'000)});
        CHECK(r.parties[0].ledger.paid_total == dollars(10'000));  // 10¢ × 200,000 − $10,000 [D]
        CHECK(r.artist.closing == dollars(-10'000));               // $100,000 net + $10,000 credit − $120,000 [D]
        CHECK(r.notes.empty());
    }
    SECTION("net rate: recouped at $120,000 ÷ 50¢ = 240,000 units (MusicTechPolicy 2012)") {
        const RecordingTerms terms = passman_deal(PaymentConvention::retroactive_net_rate);
        CHECK(calculate(terms, {dollars(239'999)}).parties[0].ledger.paid_total == 0);
        const RecordingResult r = calculate(terms, {dollars(240'000)});
        CHECK(r.parties[0].ledger.paid_total == dollars(14'000));  // 10¢ × 240,000 − $10,000 [D]
        // The artist: 60¢ × 240,000 = $144,000 less the $14,000 paid beyond the advance = $130,000 credited
        // against $120,000 charged: $10,000 paid [D].
        CHECK(r.artist.earned_total == dollars(130'000));
        CHECK(r.artist.paid_total == dollars(10'000));
    }
    SECTION("the label pays the advance outside the artist's account: the earlier treatment, on request") {
        RecordingTerms terms = passman_deal(PaymentConvention::record_one);
        terms.party_advances = PartyAdvanceBearer::label;
        const RecordingResult r = calculate(terms, {dollars(150'000)});
        CHECK(r.recording_recoupable == dollars(110'000));
        CHECK(r.artist.recoupable == dollars(110'000));
        CHECK(r.artist.earned_total == dollars(75'000));  // 50¢ × 150,000: the producer's whole 10¢ comes off
        CHECK(r.parties[0].ledger.paid_total == dollars(5'000));
        CHECK(r.corrections.empty());
    }
}

TEST_CASE("net-profit deals subtract every cost at 100% unless a fraction is set (domain 2026 section 3)",
          "[recording]") {
    RecordingTerms terms;
    terms.type = RecordingDealType::net_profit;
    terms.costs = {{CostKind::video, dollars(20'000), {}}, {CostKind::independent_promotion, dollars(10'000), {}}};
    terms.established_artist = true;
    // (gross − costs) × 50%: ($100,000 − $30,000) × 50% = $35,000 [D]; a royalty deal would count $10,000 + $5,000.
    CHECK(recoupable_ppm(terms.costs[0], true, RecordingDealType::net_profit) == full_share_ppm);
    CHECK(recoupable_ppm(terms.costs[0], true, RecordingDealType::royalty) == 500'000);
    RecordingResult r = calculate(terms, {dollars(100'000)});
    CHECK(r.artist.recoupable == dollars(15'000));
    CHECK(r.artist.paid_total == dollars(35'000));
    terms.costs[0].recoupable_ppm = 500'000;  // the user's fraction wins
    r = calculate(terms, {dollars(100'000)});
    CHECK(r.artist.paid_total == dollars(40'000));  // ($100,000 − $10,000 − $10,000) × 50%
}

TEST_CASE("who bears points in a net-profit deal is a choice: the artist's share or off the top", "[recording]") {
    // 50/50 profit split of $100,000, producer 4 points, no costs [D]:
    //   artist_share: producer $4,000 out of the artist's $50,000 → artist $46,000, label $50,000;
    //   off_the_top:  producer $4,000, then $96,000 split → artist $48,000, label $48,000.
    RecordingTerms terms;
    terms.type = RecordingDealType::net_profit;
    PointsParty producer;
    producer.points_ppm = 40'000;
    producer.convention = PaymentConvention::record_one;
    terms.points = {producer};
    RecordingResult r = calculate(terms, {dollars(100'000)});
    CHECK(r.parties[0].ledger.paid_total == dollars(4'000));
    CHECK(r.artist.paid_total == dollars(46'000));
    CHECK(r.label_share[0] == dollars(50'000));
    terms.profit_points = ProfitPointsBearer::off_the_top;
    r = calculate(terms, {dollars(100'000)});
    CHECK(r.parties[0].ledger.paid_total == dollars(4'000));
    CHECK(r.artist.paid_total == dollars(48'000));
    CHECK(r.label_share[0] == dollars(48'000));
    CHECK(r.artist_all_in[0] == dollars(52'000));  // artist + producer
    CHECK(r.artist_net_ppm == 480'000);
    // Off the top, points may exceed the artist's share but not the receipts.
    terms.points[0].points_ppm = 600'000;
    CHECK(validate(terms).empty());
    terms.profit_points = ProfitPointsBearer::artist_share;
    CHECK(fields(validate(terms)) == std::vector<std::string>{"recording.points[0].points"});
}

TEST_CASE("the default label deal carries sourced recording costs", "[recording]") {
    const RecordingTerms deal = default_label_deal();
    REQUIRE(deal.costs.size() == 1);
    CHECK(deal.costs[0].kind == CostKind::recording);
    CHECK(deal.costs[0].amount == dollars(200'000));  // IFPI 2012: US$200,000–300,000, the low end [S]
    CHECK(RecordingTerms{}.costs.empty());
    const RecordingResult r = calculate(deal, {dollars(3'410)});
    bool sourced = false;
    for (const Assumption& a : r.assumptions)
        sourced = sourced || (a.name == "Recording costs (default)" && a.tag == "[S]" && a.as_of == "2012-11-13");
    CHECK(sourced);
}
