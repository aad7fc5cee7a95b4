// Tests for dealsheet/publishing.hpp: the full US §115 monthly calculation (domain notes §5.2), the split
// among co-writers and their deals (§5.4), the quick estimate's equivalence and the per-year table (§5.3).
// Expected values are exact micro-units; each case cites its source, and hand calculations [D] show the
// arithmetic in a comment.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dealsheet/publishing.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::check_sourced;
using dealsheet::test::dollars;
using dealsheet::test::has_field;

namespace {

WriterTerms writer(DealType deal, Micros advance = 0) {
    WriterTerms w;
    w.deal = deal;
    w.advance = advance;
    return w;
}

PublishingTerms no_commissions(std::vector<WriterTerms> writers) {
    PublishingTerms terms;
    terms.collection = {0, 0};
    terms.writers = std::move(writers);
    return terms;
}

PublishingSplit split(PublishingIncome income, const PublishingTerms& terms) {
    Result<PublishingSplit> result = split_publishing(income, terms);
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

// A standalone portable offering's month (the rule's subscriber weights, no playing time).
OfferingTerms offering_terms(int year, Micros revenue, std::int64_t music_share_ppm, Micros payments_to_labels,
                             Micros performance, Subscribers subscribers, Plays plays, Plays work_plays) {
    OfferingTerms t;
    t.year = year;
    t.service_revenue = revenue;
    t.music_share_ppm = music_share_ppm;
    t.payments_to_labels = payments_to_labels;
    t.performance_royalties = performance;
    t.subscribers = subscribers;
    t.plays = plays;
    t.work_plays = work_plays;
    return t;
}

OfferingResult offering(const OfferingTerms& terms) {
    Result<OfferingResult> result = calculate_offering(terms);
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

// Σ writers' payouts + Σ publishers' kept and recouped + commissions; must equal the income exactly.
Micros money_out(const PublishingSplit& s) {
    Micros out = s.pro_commission + s.mlc_commission;
    for (const WriterPayout& w : s.writers) out += w.paid;
    for (const PublisherPayout& p : s.publishers) out += p.total;
    return out;
}

}  // namespace

// [SECTION] The split (domain notes §5.4)

TEST_CASE("the worked example of domain notes 5.4 comes out exactly", "[publishing][split]") {
    // Domain notes §5.4 [D]: 3 equal writers, performance $450, mechanical $450, no commissions.
    // A self-published: $75 + $75 + $150 = $300. B standard: $75 + 50% of $150 = $150, publisher keeps $150.
    // C co-pub: $75 + ½×$75 + 75%×$150 = $225, publisher keeps $75. Total $900.
    PublishingTerms terms =
        no_commissions({writer(DealType::self_published), writer(DealType::standard), writer(DealType::co_publishing)});
    terms.writers[0].name = "A";
    terms.writers[1].name = "B";
    terms.writers[2].name = "C";
    const PublishingSplit s = split({dollars(450), dollars(450)}, terms);
    REQUIRE(s.writers.size() == 3);
    struct Row {
        Micros performance, mechanical, writer_share, publisher_side, kept, paid;
    };
    const Row expected[] = {
        {dollars(150), dollars(150), dollars(75), dollars(225), 0, dollars(300)},            // A
        {dollars(150), dollars(150), dollars(75), dollars(75), dollars(150), dollars(150)},  // B
        {dollars(150), dollars(150), dollars(75), dollars(150), dollars(75), dollars(225)},  // C
    };
    for (size_t i = 0; i < 3; ++i) {
        INFO(s.writers[i].name);
        CHECK(s.writers[i].performance == expected[i].performance);
        CHECK(s.writers[i].mechanical == expected[i].mechanical);
        CHECK(s.writers[i].writer_share == expected[i].writer_share);
        CHECK(s.writers[i].publisher_side == expected[i].publisher_side);
        CHECK(s.writers[i].publisher_kept == expected[i].kept);
        CHECK(s.writers[i].recouped == 0);
        CHECK(s.writers[i].paid == expected[i].paid);
    }
    CHECK(s.writers[0].share_ppm + s.writers[1].share_ppm + s.writers[2].share_ppm == 1'000'000);
    REQUIRE(s.publishers.size() == 2);  // A has none
    CHECK(s.publishers[0].name == "B's publisher");
    CHECK(s.publishers[0].total == dollars(150));
    CHECK(s.publishers[1].name == "C's publisher");
    CHECK(s.publishers[1].total == dollars(75));
    CHECK(s.pro_commission == 0);
    CHECK(s.mlc_commission == 0);
    CHECK(money_out(s) == dollars(900));
}

TEST_CASE("deals, fees, commissions and advances, by hand", "[publishing][split]") {
    // One writer owning 100%, performance $1,000 and mechanical $1,000 unless stated. Writer share of
    // performance $500 (paid by the PRO); publisher share $500 + $500 = $1,000; mechanical writer share $500.
    struct Case {
        const char* source;
        WriterTerms writer;
        CollectionTerms collection;
        Micros writer_share, publisher_side, kept, recouped, paid, unrecouped, pro_commission;
    };
    WriterTerms admin_publisher_share = writer(DealType::administration);  // default: 15% of the publisher share
    WriterTerms admin_total = writer(DealType::administration);
    admin_total.admin_fee_base = AdminFeeBase::total_collected;
    WriterTerms admin_total_20 = admin_total;
    admin_total_20.admin_fee_ppm = 200'000;
    const Case cases[] = {
        // [D] 15% × $1,000 publisher share = $150 fee; publisher side $500 + $1,000 − $150 = $1,350; paid $1,850.
        {"admin fee on the publisher share (domain 5.4 [S] 15%)",
         admin_publisher_share,
         {0, 0},
         dollars(500),
         dollars(1350),
         dollars(150),
         0,
         dollars(1850),
         0,
         0},
        // [D] collected = $500 perf publisher share + $1,000 mechanicals = $1,500; 15% = $225; side $1,275.
        {"admin fee on everything collected",
         admin_total,
         {0, 0},
         dollars(500),
         dollars(1275),
         dollars(225),
         0,
         dollars(1775),
         0,
         0},
        // [D] 20% × $1,500 = $300; side $1,200; paid $1,700.
        {"admin fee 20% on everything collected",
         admin_total_20,
         {0, 0},
         dollars(500),
         dollars(1200),
         dollars(300),
         0,
         dollars(1700),
         0,
         0},
        // [D] standard: publisher keeps $1,000; side = mechanical writer share $500; $300 advance fully recouped:
        // paid $500 + $500 − $300 = $700, nothing left unrecouped.
        {"standard deal, advance fully recouped",
         writer(DealType::standard, dollars(300)),
         {0, 0},
         dollars(500),
         dollars(500),
         dollars(1000),
         dollars(300),
         dollars(700),
         0,
         0},
        // [D] $2,000 advance: only the $500 side recoups; the PRO's $500 still reaches the writer; $1,500 left.
        {"standard deal, advance partly recouped",
         writer(DealType::standard, dollars(2000)),
         {0, 0},
         dollars(500),
         dollars(500),
         dollars(1000),
         dollars(500),
         dollars(500),
         dollars(1500),
         0},
        // [D] co-pub: publisher share $1,000 → $500 writer, $500 publisher; side $500 + $500 = $1,000;
        // $400 advance recouped: paid $500 + $600 = $1,100.
        {"co-publishing, advance fully recouped",
         writer(DealType::co_publishing, dollars(400)),
         {0, 0},
         dollars(500),
         dollars(1000),
         dollars(500),
         dollars(400),
         dollars(1100),
         0,
         0},
        // [D] administration with an advance larger than the side: side $1,350 all recouped, $150 left.
        {"administration, advance partly recouped",
         writer(DealType::administration, dollars(1500)),
         {0, 0},
         dollars(500),
         dollars(1350),
         dollars(150),
         dollars(1350),
         dollars(500),
         dollars(150),
         0},
        // [D] default commissions (PRO 10% ASCAP 2023 [S], MLC 0% [S]): $100 to the PRO off performance, then
        // $900 → $450 writer share, $450 publisher share; self-published side $450 + $500 + $500 = $1,450.
        {"self-published with default commissions (domain 5.4 [S])",
         writer(DealType::self_published),
         {},
         dollars(450),
         dollars(1450),
         0,
         0,
         dollars(1900),
         0,
         dollars(100)},
    };
    for (const Case& c : cases) {
        INFO(c.source);
        PublishingTerms terms = no_commissions({c.writer});
        terms.collection = c.collection;
        const PublishingSplit s = split({dollars(1000), dollars(1000)}, terms);
        REQUIRE(s.writers.size() == 1);
        const WriterPayout& w = s.writers[0];
        CHECK(w.writer_share == c.writer_share);
        CHECK(w.publisher_side == c.publisher_side);
        CHECK(w.publisher_kept == c.kept);
        CHECK(w.recouped == c.recouped);
        CHECK(w.paid == c.paid);
        CHECK(w.unrecouped == c.unrecouped);
        CHECK(s.pro_commission == c.pro_commission);
        CHECK(money_out(s) == dollars(2000));
    }
}

TEST_CASE("explicit shares, the MLC commission and a shared publisher", "[publishing][split]") {
    // [D] 50% / 30% / 20% of performance $1,000 and mechanical $600; MLC 5% → $30; PRO 0%.
    // Writer 1 standard (Pub X): perf $500 → WS $250, PS $250; mech $285 → $142.50 / $142.50; keeps $392.50.
    // Writer 2 standard (Pub X): perf $300 → $150 / $150; mech $171 → $85.50 / $85.50; keeps $235.50.
    // Writer 3 self: perf $200, mech $114 → paid $314.
    PublishingTerms terms =
        no_commissions({writer(DealType::standard), writer(DealType::standard), writer(DealType::self_published)});
    terms.collection.mlc_commission_ppm = 50'000;
    terms.equal_shares = false;
    terms.writers[0].share_ppm = 500'000;
    terms.writers[1].share_ppm = 300'000;
    terms.writers[2].share_ppm = 200'000;
    terms.writers[0].publisher = terms.writers[1].publisher = "Pub X";
    const PublishingSplit s = split({dollars(1000), dollars(600)}, terms);
    CHECK(s.mlc_commission == dollars(30));
    CHECK(s.writers[0].mechanical == dollars(285));
    CHECK(s.writers[1].mechanical == dollars(171));
    CHECK(s.writers[2].mechanical == dollars(114));
    CHECK(s.writers[0].paid == 392'500'000);  // $250 + $142.50
    CHECK(s.writers[1].paid == 235'500'000);  // $150 + $85.50
    CHECK(s.writers[2].paid == dollars(314));
    REQUIRE(s.publishers.size() == 1);
    CHECK(s.publishers[0].name == "Pub X");
    CHECK(s.publishers[0].kept == 392'500'000 + 235'500'000);
    CHECK(money_out(s) == dollars(1600));
}

TEST_CASE("odd micro-units: the rounding is exact and goes to the first party", "[publishing][split]") {
    // [D] the default quick estimate: $1,393.52975 total (domain 5.3), 50/50 → 696,764,875 each. PRO 10% of
    // 696,764,875 = 69,676,487.5 → tie to the PRO (earlier party): 69,676,488; net 627,088,387 → writer share
    // 313,544,194, publisher share 313,544,193. Mechanical 696,764,875 → 348,382,438 + 348,382,437.
    Result<PublishingResult> result = calculate_publishing(quick_terms(1'000'000, 2025), PublishingTerms{});
    REQUIRE(result.ok());
    const PublishingResult& r = result.value();
    CHECK(r.publishing_total == 1'393'529'750);
    CHECK(r.split.income == PublishingIncome{696'764'875, 696'764'875});
    CHECK(r.split.pro_commission == 69'676'488);
    const WriterPayout& w = r.split.writers.at(0);
    CHECK(w.name == "Writer 1");
    CHECK(w.writer_share == 313'544'194);
    CHECK(w.publisher_side == 348'382'438 + 313'544'193 + 348'382'437);
    CHECK(w.paid == 1'323'853'262);
    CHECK(money_out(r.split) == r.publishing_total);
}

// [SECTION] The full §115 calculation (domain notes §5.2)

TEST_CASE("full calculation: headline, TCC, cap and floor cases by hand", "[publishing][offering]") {
    // Rates: 2025 headline 15.25%, standalone portable TCC 26.2% capped at $1.10 per subscriber [S], floor
    // $0.60 (37 CFR 385.21(d)(3) [P]), family plans 1.75 subscribers (385.21(e) [P]) (Phono IV); 2020
    // headline 13.3%, TCC 24.1% with no cap (385.21 Table 1 after remand [P]), floor $0.50 (385.22(a)(3) [P]).
    struct Case {
        const char* source;
        OfferingTerms terms;
        Micros headline, tcc_amount, cap_amount, all_in, floor_amount, payable, work_mechanical, work_performance;
        AllInProng prong;
        bool cap_binds, floor_binds;
    };
    const Case cases[] = {
        // [D] headline binds: 15.25% × $10M = $1,525,000; TCC 26.2% × $5M = $1,310,000 above cap $1.10 × 1M =
        // $1,100,000, so the prong is $1.1M < headline. Less $600,000 performance = $925,000 > floor $600,000.
        // Work: 1M of 1e9 plays → $925 mechanical, $600 performance.
        {"headline binds [D]",
         offering_terms(2025, dollars(10'000'000), 1'000'000, dollars(5'000'000), dollars(600'000), {1'000'000, 0, 0},
                        {1'000'000'000, 0, 0}, {1'000'000, 0, 0}),
         dollars(1'525'000), dollars(1'310'000), dollars(1'100'000), dollars(1'525'000), dollars(600'000),
         dollars(925'000), dollars(925), dollars(600), AllInProng::headline, true, false},
        // [D] TCC binds: headline 15.25% × $4M = $610,000; TCC 26.2% × $3M = $786,000 < cap $1.1M → all-in
        // $786,000; less $150,000 = $636,000 > floor $600,000. Work 250,000 of 5e8 plays (1/2000):
        // $318 mechanical, $75 performance.
        {"TCC rate binds [D]",
         offering_terms(2025, dollars(4'000'000), 1'000'000, dollars(3'000'000), dollars(150'000), {1'000'000, 0, 0},
                        {500'000'000, 0, 0}, {250'000, 0, 0}),
         dollars(610'000), dollars(786'000), dollars(1'100'000), dollars(786'000), dollars(600'000), dollars(636'000),
         dollars(318), dollars(75), AllInProng::tcc, false, false},
        // [D] cap binds, with the rule's family and student weights (§385.21(e) [P]: 1.75 and 0.5): 600,000
        // individual + 200,000 family × 1.75 + 100,000 student × 0.5 = 1,000,000 subscribers; cap $1.10 × 1M =
        // $1,100,000 < TCC 26.2% × $5M = $1,310,000; > headline $610,000. Less $200,000 = $900,000 > floor
        // 0.60 × 1M = $600,000. Work 2M of 1e9 plays: $1,800 mechanical, $400 performance.
        {"per-subscriber cap binds, family and student weights [D]",
         offering_terms(2025, dollars(4'000'000), 1'000'000, dollars(5'000'000), dollars(200'000),
                        {600'000, 200'000, 100'000}, {1'000'000'000, 0, 0}, {2'000'000, 0, 0}),
         dollars(610'000), dollars(1'310'000), dollars(1'100'000), dollars(1'100'000), dollars(600'000),
         dollars(900'000), dollars(1'800), dollars(400), AllInProng::tcc, true, false},
        // [D] floor binds: headline 15.25% × $2M = $305,000 > TCC 26.2% × $1M = $262,000; less $100,000 =
        // $205,000 < floor $0.60 × 800,000 = $480,000. Paid plays 6e8 − 5e7 promotional − 5e7 free trial = 5e8;
        // the work's 1.2M − 100,000 − 100,000 = 1M: $480,000 × 1/500 = $960 mechanical, $200 performance.
        {"mechanical floor binds; promotional and free-trial plays excluded [D]",
         offering_terms(2025, dollars(2'000'000), 1'000'000, dollars(1'000'000), dollars(100'000), {800'000, 0, 0},
                        {600'000'000, 50'000'000, 50'000'000}, {1'200'000, 100'000, 100'000}),
         dollars(305'000), dollars(262'000), dollars(880'000), dollars(305'000), dollars(480'000), dollars(480'000),
         dollars(960), dollars(200), AllInProng::headline, false, true},
        // [D] Phono III floor (2020): headline 13.3% × $1M = $133,000 > TCC 24.1% × $500,000 = $120,500 (no
        // per-subscriber cap in 2018-2022: 37 CFR 385.21(b)(1) Table 1 as clarified, 88 FR 54406 [P]); no
        // performance; floor $0.50 × 400,000 = $200,000 binds (385.22(a)(3) [P]). Work 1e5 of 1e8 plays: $200.
        {"Phono III mechanical floor binds [D]",
         offering_terms(2020, dollars(1'000'000), 1'000'000, dollars(500'000), 0, {400'000, 0, 0}, {100'000'000, 0, 0},
                        {100'000, 0, 0}),
         dollars(133'000), dollars(120'500), 0, dollars(133'000), dollars(200'000), dollars(200'000), dollars(200), 0,
         AllInProng::headline, false, true},
        // [D] bundle: music share 52% (Spotify since March 2024 [S], domain 5.2) of $10M = $5.2M; 2024 15.2% →
        // $790,400; no TCC, no subscribers. Work 1M of 1e9 plays: $790.40.
        {"bundle counts only its music share [D]",
         offering_terms(2024, dollars(10'000'000), 520'000, 0, 0, {}, {1'000'000'000, 0, 0}, {1'000'000, 0, 0}),
         dollars(790'400), 0, 0, dollars(790'400), 0, dollars(790'400), 790'400'000, 0, AllInProng::headline, false,
         false},
    };
    for (const Case& c : cases) {
        INFO(c.source);
        const OfferingResult r = offering(c.terms);
        CHECK(r.headline == c.headline);
        CHECK(r.tcc_amount == c.tcc_amount);
        CHECK(r.subscriber_cap_amount == c.cap_amount);
        CHECK(r.tcc_prong ==
              (r.parameters.per_subscriber_capped ? std::min(c.tcc_amount, c.cap_amount) : c.tcc_amount));
        CHECK(r.subscriber_cap_binds == c.cap_binds);
        CHECK(r.prong == c.prong);
        CHECK(r.all_in_pool == c.all_in);
        CHECK(r.after_performance == c.all_in - c.terms.performance_royalties);
        CHECK(r.floor_amount == c.floor_amount);
        CHECK(r.floor_binds == c.floor_binds);
        CHECK(r.payable_pool == c.payable);
        CHECK(r.work_mechanical == c.work_mechanical);
        CHECK(r.work_performance == c.work_performance);
        CHECK(r.per_play == Approx(static_cast<double>(c.payable) / 1e6 / static_cast<double>(r.paid_plays)));
        CHECK(r.type == OfferingType::standalone_portable);
        CHECK(r.subscribers_counted == SubscriberBasis::all);
        CHECK(r.work_weighted_fifths == 5 * r.work_paid_plays);  // no playing time given: one play counts once
    }
}

TEST_CASE("the work's mechanical is one rounding of pool × plays ÷ plays, not per-play × plays",
          "[publishing][offering]") {
    // [D] 2025 headline 15.25% × $65,600 = $10,004 pool (no TCC, no subscribers, no performance); 3e9 paid
    // plays, the work 2e9: 10,004,000,000 × 2/3 = 6,669,333,333.33 → 6,669,333,333 micros. A per-play value
    // rounded to micros (3.33 → 3) × 2e9 would give 6,000,000,000: $669 lost.
    OfferingTerms t;
    t.year = 2025;
    t.service_revenue = dollars(65'600);
    t.plays = {3'000'000'000, 0, 0};
    t.work_plays = {2'000'000'000, 0, 0};
    const OfferingResult r = offering(t);
    REQUIRE(r.payable_pool == dollars(10'004));
    CHECK(r.work_mechanical == 6'669'333'333);
    CHECK(r.per_play == Approx(10'004.0 / 3e9));
}

TEST_CASE("promotional and free-trial plays pay zero (domain notes 5.2 [P])", "[publishing][offering]") {
    OfferingTerms t;
    t.year = 2023;
    t.service_revenue = dollars(1'000'000);  // 15.1% → $151,000 pool [D]
    t.plays = {1'000'000, 0, 0};
    t.work_plays = {1'000, 0, 0};
    const Micros base = offering(t).work_mechanical;
    CHECK(base == dollars(151));  // $151,000 × 1,000 ÷ 1,000,000 [D]
    // The same paid plays plus promotional and free-trial plays, on the work and the offering: no change.
    OfferingTerms more = t;
    more.plays = {1'500'000, 300'000, 200'000};
    more.work_plays = {1'600, 400, 200};
    CHECK(offering(more).work_mechanical == base);
    // A work whose plays are all promotional or free-trial earns nothing.
    OfferingTerms unpaid = more;
    unpaid.work_plays = {600, 400, 200};
    CHECK(offering(unpaid).work_mechanical == 0);
    CHECK(offering(unpaid).work_performance == 0);
    // An offering with no paid plays at all pays no work, and shows a zero per-play value.
    OfferingTerms trial = t;
    trial.plays = {1'000, 0, 1'000};
    trial.work_plays = {10, 0, 10};
    CHECK(offering(trial).work_mechanical == 0);
    CHECK(offering(trial).per_play == 0.0);
}

TEST_CASE("performance above the all-in pool leaves a zero pool, not a negative one", "[publishing][offering]") {
    // [D] 2025: 15.25% × $100,000 = $15,250 all-in; $20,000 performance → after −$4,750; no subscribers.
    OfferingTerms t;
    t.year = 2025;
    t.service_revenue = dollars(100'000);
    t.performance_royalties = dollars(20'000);
    t.plays = t.work_plays = {10, 0, 0};
    const OfferingResult r = offering(t);
    CHECK(r.after_performance == -dollars(4'750));
    CHECK(r.payable_pool == 0);
    CHECK_FALSE(r.floor_binds);
    CHECK(r.work_mechanical == 0);
}

TEST_CASE("the full calculation refuses 2017 — the quick estimate accepts it", "[publishing][validation]") {
    OfferingTerms t;
    t.year = 2017;
    const Problems problems = validate(t);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "publishing.offering.year");
    CHECK(problems[0].message.find("2017") != std::string::npos);
    CHECK(problems[0].message.find("quick estimate") != std::string::npos);
    CHECK_FALSE(calculate_offering(t).ok());
    // The quick method with a 2017 quick estimate is fine, even while the (unused) offering says 2017.
    PublishingTerms terms;
    terms.offering.year = 2017;
    QuickEstimateTerms quick = quick_terms(1'000'000, 2017);
    CHECK(calculate_publishing(quick, terms).ok());
    terms.method = PublishingMethod::full;
    const Result<PublishingResult> full = calculate_publishing(quick, terms);
    REQUIRE_FALSE(full.ok());
    CHECK(full.problems().at(0).field == "publishing.offering.year");
    CHECK_FALSE(offering_equivalent_to(quick).ok());
    t.year = 2028;
    CHECK(validate(t).at(0).message.find("from 2018 to 2027") != std::string::npos);
    CHECK(validate(t).at(0).message.find("Phonorecords V pending") != std::string::npos);
}

TEST_CASE("every assumption of the full calculation has a value and a source — statutory ones a date",
          "[publishing][offering]") {
    OfferingTerms t;
    t.plays = t.work_plays = {1, 0, 0};
    const OfferingResult r = offering(t);
    REQUIRE(r.assumptions.size() >= 10);
    check_sourced(r.assumptions);
    CHECK(r.assumptions[0].value == "Standalone portable subscription");
    CHECK(r.assumptions[1].value == "15.3% of service revenue");  // 2026, the default year
    CHECK(r.assumptions[2].value == "26.2% of payments to record labels, at most $1.10 per subscriber per month");
    CHECK(r.assumptions[2].as_of == "2024-03-18");
    CHECK(r.assumptions[3].value == "$1.10 per subscriber per month");
    CHECK(r.assumptions[4].value == "$0.60 per subscriber per month");
    CHECK(r.assumptions[4].tag == "[P]");  // 37 CFR 385.21(d)(3)
    CHECK(r.assumptions[5].value == "individual 1, family 1.75, student 0.5 subscribers per plan");
    CHECK(r.assumptions[5].tag == "[P]");  // 37 CFR 385.21(e)
    t.subscriber_weights.family_ppm = 2'000'000;
    CHECK(offering(t).assumptions[5].source == "Entered by you");
}

// [SECTION] The quick estimate and its full equivalent (domain notes §5.3)

TEST_CASE("quick and full methods give the same publishing total where the headline binds",
          "[publishing][equivalence]") {
    // Billboard's 1M streams, 2023–2027 (domain notes §5.3 [C][D]): the full calculation of the equivalent
    // offering (revenue R × streams, no TCC, no subscribers) yields the same total and the same split.
    const Micros billboard[] = {1'379'822'900, 1'388'960'800, 1'393'529'750, 1'398'098'700, 1'402'667'650};
    for (int year = 2023; year <= 2027; ++year) {
        INFO("year " << year);
        const QuickEstimateTerms quick = quick_terms(1'000'000, year);
        PublishingTerms terms;
        terms.writers = {writer(DealType::self_published), writer(DealType::standard), writer(DealType::co_publishing)};
        const Result<PublishingResult> quick_result = calculate_publishing(quick, terms);
        REQUIRE(quick_result.ok());
        Result<OfferingTerms> equivalent = offering_equivalent_to(quick, terms.performance_share_ppm);
        REQUIRE(equivalent.ok());
        terms.method = PublishingMethod::full;
        terms.offering = equivalent.value();
        const Result<PublishingResult> full_result = calculate_publishing(quick, terms);
        REQUIRE(full_result.ok());
        const PublishingResult& q = quick_result.value();
        const PublishingResult& f = full_result.value();
        CHECK(q.publishing_total == billboard[year - 2023]);
        CHECK(f.publishing_total == q.publishing_total);
        REQUIRE(f.offering.has_value());
        CHECK(f.offering->prong == AllInProng::headline);
        CHECK_FALSE(f.offering->floor_binds);
        CHECK(f.split.income == q.split.income);
        for (size_t i = 0; i < 3; ++i) CHECK(f.split.writers[i].paid == q.split.writers[i].paid);
    }
}

TEST_CASE("the equivalence holds for generated quick estimates", "[publishing][equivalence][property]") {
    std::mt19937_64 random(115);
    for (int i = 0; i < 2000; ++i) {
        const QuickEstimateTerms quick = quick_terms(static_cast<std::int64_t>(random() % 10'000'000'000ULL),
                                                     first_all_in_year + static_cast<int>(random() % 10),
                                                     static_cast<double>(random() % 20'000) / 1'000'000.0);
        const std::int64_t share = static_cast<std::int64_t>(random() % 1'000'001);
        INFO(*quick.streams << " streams, " << quick.year << ", R " << quick.revenue_per_stream << ", share " << share);
        const Result<OfferingTerms> equivalent = offering_equivalent_to(quick, share);
        REQUIRE(equivalent.ok());
        const OfferingResult r = offering(equivalent.value());
        const Micros quick_total = estimate_publishing(quick).value().publishing_total;
        CHECK(r.work_mechanical + r.work_performance == quick_total);
        CHECK(r.prong == AllInProng::headline);
        CHECK_FALSE(r.floor_binds);
    }
}

TEST_CASE("the per-year table runs 2017-2027 by the quick method", "[publishing][table]") {
    // 1M streams × R $0.0091379 = $9,137.90 × each year's rate (domain notes §5.1, §5.3) [D].
    const Result<std::vector<YearEstimate>> table = estimates_by_year(1'000'000);
    REQUIRE(table.ok());
    const Micros expected[] = {959'479'500,   1'041'720'600, 1'123'961'700, 1'215'340'700, 1'297'581'800, 1'379'822'900,
                               1'379'822'900, 1'388'960'800, 1'393'529'750, 1'398'098'700, 1'402'667'650};
    REQUIRE(table.value().size() == std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        const YearEstimate& row = table.value()[i];
        INFO("year " << row.rate.year);
        CHECK(row.rate.year == 2017 + static_cast<int>(i));
        CHECK(row.publishing_total == expected[i]);
        CHECK(row.full_calculation_available == (row.rate.year >= 2018));
    }
    const Result<std::vector<YearEstimate>> bad = estimates_by_year(-1);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.problems().at(0).field == "publishing.quick.streams");
}

// [SECTION] Names and validation

TEST_CASE("deal types, fee bases and methods round-trip through their JSON names", "[publishing][names]") {
    for (DealType deal :
         {DealType::self_published, DealType::standard, DealType::co_publishing, DealType::administration})
        CHECK(parse_deal_type(to_string(deal)) == deal);
    CHECK(to_string(DealType::co_publishing) == "co_publishing");
    CHECK_FALSE(parse_deal_type("copub").has_value());
    CHECK_FALSE(parse_deal_type("").has_value());
    CHECK(parse_admin_fee_base("total_collected") == AdminFeeBase::total_collected);
    CHECK(parse_admin_fee_base(to_string(AdminFeeBase::publisher_share)) == AdminFeeBase::publisher_share);
    CHECK_FALSE(parse_admin_fee_base("total").has_value());
    CHECK(parse_publishing_method("full") == PublishingMethod::full);
    CHECK(to_string(PublishingMethod::quick) == "quick");
    CHECK_FALSE(parse_publishing_method("Full").has_value());
}

TEST_CASE("validation reports every problem at once, naming each field", "[publishing][validation]") {
    PublishingTerms terms;
    terms.method = PublishingMethod::full;
    OfferingTerms& o = terms.offering;
    o.year = 2031;
    o.service_revenue = -1;
    o.music_share_ppm = 1'000'001;
    o.payments_to_labels = max_publishing_amount + 1;
    o.performance_royalties = -5;
    o.subscribers = {-1, max_subscribers + 1, 0};
    o.subscriber_weights.student_ppm = -1;
    o.plays = {100, 150, 0};    // more promotional than total
    o.work_plays = {10, 0, 0};  // not checked against the broken offering plays
    terms.collection = {-1, 1'000'001};
    terms.equal_shares = false;
    terms.writers = {writer(DealType::administration), writer(DealType::self_published, dollars(1)),
                     writer(static_cast<DealType>(9))};
    terms.writers[0].share_ppm = 500'000;
    terms.writers[0].admin_fee_ppm = 1'500'000;
    terms.writers[0].admin_fee_base = static_cast<AdminFeeBase>(7);
    terms.writers[1].share_ppm = 300'000;
    terms.writers[1].name = "Line\nbreak";
    terms.writers[2].share_ppm = 100'000;  // total 90%
    terms.writers[2].advance = -1;
    const Problems problems = validate(terms);
    const char* expected[] = {
        "publishing.offering.year",
        "publishing.offering.service_revenue",
        "publishing.offering.music_share",
        "publishing.offering.payments_to_labels",
        "publishing.offering.performance_royalties",
        "publishing.offering.subscribers.individual",
        "publishing.offering.subscribers.family",
        "publishing.offering.subscriber_weights.student",
        "publishing.offering.plays.promotional",
        "publishing.collection.pro_commission",
        "publishing.collection.mlc_commission",
        "publishing.writers[0].admin_fee",
        "publishing.writers[0].admin_fee_base",
        "publishing.writers[1].name",
        "publishing.writers[1].advance",
        "publishing.writers[2].deal",
        "publishing.writers[2].advance",
        "publishing.writers",
    };
    INFO(describe(problems));
    REQUIRE(problems.size() == std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) CHECK(problems[i].field == expected[i]);
    CHECK(problems.back().message.find("90%") != std::string::npos);
    CHECK(problems[8].message.find("100") != std::string::npos);

    // calculate_publishing reports the same problems (and the quick terms' only in the quick method).
    const Result<PublishingResult> result = calculate_publishing(quick_terms(-1, 2025, 0.01), terms);
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems() == problems);
}

TEST_CASE("plays must nest: promotional and free-trial within total, the work within the offering",
          "[publishing][validation]") {
    struct Case {
        Plays plays, work;
        const char* field;
    };
    const Case cases[] = {
        {{100, 60, 50}, {0, 0, 0}, "publishing.offering.plays.free_trial"},
        {{100, 0, 0}, {101, 0, 0}, "publishing.offering.work_plays.total"},
        {{100, 10, 0}, {20, 15, 0}, "publishing.offering.work_plays.promotional"},
        {{100, 0, 10}, {20, 0, 15}, "publishing.offering.work_plays.free_trial"},
        {{100, 10, 0}, {100, 0, 0}, "publishing.offering.work_plays.total"},  // 100 paid of the work > 90
        {{-1, 0, 0}, {0, 0, 0}, "publishing.offering.plays.total"},
        {{max_plays + 1, 0, 0}, {0, 0, 0}, "publishing.offering.plays.total"},
        {{10, 0, 0}, {5, -1, 0}, "publishing.offering.work_plays.promotional"},
    };
    for (const Case& c : cases) {
        INFO(c.field);
        OfferingTerms t;
        t.plays = c.plays;
        t.work_plays = c.work;
        const Problems problems = validate(t);
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == c.field);
    }
    OfferingTerms ok;
    ok.plays = {100, 10, 10};
    ok.work_plays = {30, 10, 10};
    CHECK(validate(ok).empty());
}

TEST_CASE("writer lists: empty, too long, shares totalling 100%, income", "[publishing][validation]") {
    PublishingTerms terms;
    terms.writers.clear();
    CHECK(has_field(validate(terms), "publishing.writers"));
    terms.writers.assign(max_writers + 1, WriterTerms{});
    CHECK(has_field(validate(terms), "publishing.writers"));
    terms.writers.assign(max_writers, WriterTerms{});
    CHECK(validate(terms).empty());
    terms.writers = {WriterTerms{}, WriterTerms{}};
    terms.equal_shares = false;
    terms.writers[0].share_ppm = 600'000;
    terms.writers[1].share_ppm = 400'001;
    REQUIRE(validate(terms).size() == 1);
    CHECK(validate(terms)[0].message.find("100.0001%") != std::string::npos);
    terms.writers[1].share_ppm = 400'000;
    CHECK(validate(terms).empty());
    terms.writers[1].share_ppm = -400'000;  // a negative share is reported once, not also as a wrong total
    REQUIRE(validate(terms).size() == 1);
    CHECK(validate(terms)[0].field == "publishing.writers[1].share");
    terms.writers[1].share_ppm = 400'000;
    terms.performance_share_ppm = -1;
    CHECK(has_field(validate(terms), "publishing.performance_share"));
    terms.performance_share_ppm = 500'000;
    const Result<PublishingSplit> negative = split_publishing({-1, 0}, terms);
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.problems()[0].field == "publishing.income.performance");
}

// [SECTION] Properties over generated inputs
//
// Raw std::mt19937_64 output with % (never std::uniform_*_distribution, whose mapping differs between
// libstdc++ and libc++) so the native and WebAssembly runs check the same cases.

namespace {

PublishingTerms random_split_terms(std::mt19937_64& random) {
    PublishingTerms terms;
    terms.collection = {static_cast<std::int64_t>(random() % 300'001), static_cast<std::int64_t>(random() % 50'001)};
    if (random() % 4 == 0) terms.collection = {0, 0};
    const size_t n = 1 + random() % 8;
    terms.writers.assign(n, WriterTerms{});
    terms.equal_shares = random() % 2 == 0;
    std::vector<std::int64_t> weights(n);
    for (auto& w : weights) w = static_cast<std::int64_t>(random() % 1000);
    weights[0] += 1;
    const std::vector<Micros> shares = allocate(1'000'000, weights);
    const char* publishers[] = {"", "", "Pub X", "Pub Y"};
    for (size_t i = 0; i < n; ++i) {
        WriterTerms& w = terms.writers[i];
        w.share_ppm = shares[i];
        w.deal = static_cast<DealType>(random() % 4);
        w.admin_fee_ppm = static_cast<std::int64_t>(random() % 1'000'001);
        w.admin_fee_base = static_cast<AdminFeeBase>(random() % 2);
        w.publisher = publishers[random() % 4];
        if (w.deal != DealType::self_published && random() % 2 == 0)
            w.advance = static_cast<Micros>(random() % 5'000'000'000ULL);
    }
    return terms;
}

OfferingTerms random_offering(std::mt19937_64& random) {
    OfferingTerms t;
    t.year = first_all_in_year + static_cast<int>(random() % 10);
    t.type = static_cast<OfferingType>(random() % 10);  // every offering type of 37 CFR 385.21
    t.work_duration_seconds = random() % 3 == 0 ? static_cast<std::int64_t>(random() % 1'500) : 0;
    t.service_revenue = static_cast<Micros>(random() % 10'000'000'000'000ULL);
    t.music_share_ppm = random() % 3 == 0 ? static_cast<std::int64_t>(random() % 1'000'001) : ppm_whole;
    if (t.music_share_ppm == ppm_whole && random() % 4 == 0) {  // a bundle attributed by standalone prices
        t.music_standalone_price = static_cast<Micros>(1 + random() % 20'000'000);
        t.other_standalone_price = static_cast<Micros>(random() % 20'000'000);
    }
    t.payments_to_labels = static_cast<Micros>(random() % 10'000'000'000'000ULL);
    t.performance_royalties = static_cast<Micros>(random() % 2'000'000'000'000ULL);
    t.subscribers = {static_cast<std::int64_t>(random() % 2'000'000), static_cast<std::int64_t>(random() % 500'000),
                     static_cast<std::int64_t>(random() % 500'000)};
    if (random() % 4 == 0)
        t.subscriber_weights = {static_cast<std::int64_t>(random() % 3'000'000),
                                static_cast<std::int64_t>(random() % 3'000'000),
                                static_cast<std::int64_t>(random() % 3'000'000)};
    const std::int64_t total = 1 + static_cast<std::int64_t>(random() % 10'000'000'000ULL);
    const std::int64_t promotional = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(total / 10 + 1));
    const std::int64_t free_trial = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(total / 10 + 1));
    t.plays = {total, promotional, free_trial};
    const std::int64_t paid = total - promotional - free_trial;
    const std::int64_t work_paid = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(paid / 2 + 1));
    const std::int64_t work_promotional =
        static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(promotional + 1));
    const std::int64_t work_free = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(free_trial + 1));
    t.work_plays = {work_paid + work_promotional + work_free, work_promotional, work_free};
    return t;
}

// Every party's amount in `after` is at least its amount in `before` (same writers, same order).
void check_no_party_paid_less(const PublishingSplit& before, const PublishingSplit& after) {
    CHECK(after.pro_commission >= before.pro_commission);
    CHECK(after.mlc_commission >= before.mlc_commission);
    REQUIRE(after.writers.size() == before.writers.size());
    for (size_t i = 0; i < before.writers.size(); ++i) {
        CHECK(after.writers[i].paid >= before.writers[i].paid);
        CHECK(after.writers[i].writer_share >= before.writers[i].writer_share);
        CHECK(after.writers[i].publisher_side >= before.writers[i].publisher_side);
        CHECK(after.writers[i].publisher_kept >= before.writers[i].publisher_kept);
    }
    REQUIRE(after.publishers.size() == before.publishers.size());
    for (size_t i = 0; i < before.publishers.size(); ++i)
        CHECK(after.publishers[i].total >= before.publishers[i].total);
}

}  // namespace

TEST_CASE("the split conserves money to the micro-unit and never pays a negative amount",
          "[publishing][split][property]") {
    std::mt19937_64 random(20260115);
    for (int i = 0; i < 5000; ++i) {
        const PublishingTerms terms = random_split_terms(random);
        const PublishingIncome income{static_cast<Micros>(random() % 100'000'000'000'000ULL),
                                      static_cast<Micros>(random() % 100'000'000'000'000ULL)};
        const PublishingSplit s = split(income, terms);
        INFO("case " << i);
        CHECK(money_out(s) == income.performance + income.mechanical);
        Micros performance = s.pro_commission, mechanical = s.mlc_commission, kept = 0, share_ppm = 0;
        for (size_t k = 0; k < s.writers.size(); ++k) {
            const WriterPayout& w = s.writers[k];
            performance += w.performance;
            mechanical += w.mechanical;
            kept += w.publisher_kept;
            share_ppm += w.share_ppm;
            CHECK(w.paid >= 0);
            CHECK(w.writer_share >= 0);
            CHECK(w.publisher_side >= 0);
            CHECK(w.publisher_kept >= 0);
            CHECK(w.recouped >= 0);
            CHECK(w.unrecouped >= 0);
            CHECK(w.recouped + w.unrecouped == terms.writers[k].advance);
            CHECK(w.recouped <= w.publisher_side);
            CHECK(w.paid == w.writer_share + w.publisher_side - w.recouped);
            CHECK(w.writer_share + w.publisher_side + w.publisher_kept == w.performance + w.mechanical);
        }
        CHECK(performance == income.performance);
        CHECK(mechanical == income.mechanical);
        CHECK(share_ppm == 1'000'000);
        Micros publishers_kept = 0;
        for (const PublisherPayout& p : s.publishers) publishers_kept += p.kept;
        CHECK(publishers_kept == kept);
    }
}

TEST_CASE("more plays of the work never pay any party less", "[publishing][property]") {
    std::mt19937_64 random(5021);
    for (int i = 0; i < 3000; ++i) {
        OfferingTerms t = random_offering(random);
        PublishingTerms terms = random_split_terms(random);
        terms.method = PublishingMethod::full;
        terms.offering = t;
        // More paid plays of the work, within the offering's paid plays.
        const std::int64_t room = (t.plays.total - t.plays.promotional - t.plays.free_trial) -
                                  (t.work_plays.total - t.work_plays.promotional - t.work_plays.free_trial);
        PublishingTerms more = terms;
        more.offering.work_plays.total += static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(room + 1));
        INFO("case " << i);
        const Result<PublishingResult> a = calculate_publishing(QuickEstimateTerms{}, terms);
        const Result<PublishingResult> b = calculate_publishing(QuickEstimateTerms{}, more);
        INFO(describe(a.problems()) << describe(b.problems()));
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(b.value().offering->work_mechanical >= a.value().offering->work_mechanical);
        CHECK(b.value().publishing_total >= a.value().publishing_total);
        CHECK(money_out(a.value().split) == a.value().publishing_total);
        check_no_party_paid_less(a.value().split, b.value().split);
    }
}

TEST_CASE("a co-writer is never paid less when the song earns more (no Alabama paradox)",
          "[publishing][split][property]") {
    // [D] Largest remainder over three parties with shares 3:3:1 gives 4,4,2 micros of 10 but 5,5,1 of 11:
    // the third writer would lose a micro when the song earns more. The engine's chain of two-party splits
    // must not; every total from 0 to 20,000 micros is checked.
    PublishingTerms terms = no_commissions({WriterTerms{}, WriterTerms{}, WriterTerms{}});
    terms.equal_shares = false;
    terms.writers[0].share_ppm = 428'571;
    terms.writers[1].share_ppm = 428'571;
    terms.writers[2].share_ppm = 142'858;
    PublishingSplit before = split({0, 0}, terms);
    for (Micros total = 1; total <= 20'000; ++total) {
        INFO(total << " micros");
        const PublishingSplit after = split({total, total}, terms);
        check_no_party_paid_less(before, after);
        before = after;
    }
}

TEST_CASE("a higher headline rate, or a later year, never pays less", "[publishing][property]") {
    std::mt19937_64 random(1525);
    for (int i = 0; i < 3000; ++i) {
        const OfferingTerms t = random_offering(random);  // every offering type
        const PublishingTerms terms = random_split_terms(random);
        const HeadlineRate rate = *headline_rate(t.year);
        const AllInParameters parameters = *all_in_parameters(t.year, t.type);
        HeadlineRate higher = rate;
        higher.rate_ppm += static_cast<int>(random() % 50'000);
        INFO("case " << i);
        const OfferingResult a = detail::calculate_offering(t, rate, parameters);
        const OfferingResult b = detail::calculate_offering(t, higher, parameters);
        CHECK(b.headline >= a.headline);
        CHECK(b.all_in_pool >= a.all_in_pool);
        CHECK(b.payable_pool >= a.payable_pool);
        CHECK(b.work_mechanical >= a.work_mechanical);
        CHECK(a.payable_pool >= 0);
        CHECK(a.work_mechanical <= a.payable_pool);
        if (!parameters.tcc_prong_alone)
            CHECK(a.all_in_pool >= a.headline);  // a mixed service bundle has no headline prong
        CHECK(a.all_in_pool >= a.tcc_prong);
        check_no_party_paid_less(split({a.work_performance, a.work_mechanical}, terms),
                                 split({b.work_performance, b.work_mechanical}, terms));
        // Within one proceeding every statutory parameter is non-decreasing year on year. Not across 2022 → 2023:
        // Phonorecords IV capped the portable TCC prong at $1.10 per subscriber (Phonorecords III had no cap) and
        // set its own bundle floor, so a later year can pay less there, as the rules say.
        if (t.year < last_statutory_year && t.year != 2022) {
            OfferingTerms later = t;
            later.year += 1;
            CHECK(offering(later).work_mechanical >= a.work_mechanical);
        }
    }
}

// [SECTION] The offering types, plays and bundles of 37 CFR 385.21 (hand calculations)

TEST_CASE("a mixed service bundle's all-in pool is its TCC prong alone (37 CFR 385.21(b)(1))",
          "[publishing][offering][rules]") {
    // [D] 2025: headline 15.25% × $1M = $152,500 is not a prong for a mixed service bundle; TCC 26.2% × $100,000
    // = $26,200 [U: Table 2 not read, no cap assumed] is the all-in pool; floor 25¢ × 10,000 active
    // subscribers = $2,500 (385.21(d)) does not bind. Work 1,000 of 100,000 plays: $262.
    OfferingTerms t = offering_terms(2025, dollars(1'000'000), ppm_whole, dollars(100'000), 0, {10'000, 0, 0},
                                     {100'000, 0, 0}, {1'000, 0, 0});
    t.type = OfferingType::mixed_service_bundle;
    const OfferingResult r = offering(t);
    CHECK(r.headline == dollars(152'500));
    CHECK(r.tcc_prong == dollars(26'200));
    CHECK(r.prong == AllInProng::tcc);
    CHECK(r.all_in_pool == dollars(26'200));
    CHECK(r.subscribers_counted == SubscriberBasis::active);
    CHECK(r.floor_per_subscriber == 250'000);
    CHECK(r.floor_amount == dollars(2'500));
    CHECK_FALSE(r.floor_binds);
    CHECK(r.work_mechanical == dollars(262));
}

TEST_CASE("a percentage-of-TCC prong works without subscribers (free ad-supported, 385.21)",
          "[publishing][offering][rules]") {
    // [D] 2025 free ad-supported: headline 15.25% × $400,000 = $61,000 < TCC 26.2% × $500,000 = $131,000 with
    // no subscribers at all; no floor. Work 1,000 of 1,000,000 plays: $131.
    OfferingTerms t =
        offering_terms(2025, dollars(400'000), ppm_whole, dollars(500'000), 0, {}, {1'000'000, 0, 0}, {1'000, 0, 0});
    t.type = OfferingType::free_ad_supported;
    const OfferingResult r = offering(t);
    CHECK(r.tcc_prong == dollars(131'000));
    CHECK(r.all_in_pool == dollars(131'000));
    CHECK(r.floor_amount == 0);
    CHECK(r.subscribers_counted == SubscriberBasis::none);
    CHECK(r.work_mechanical == dollars(131));
    // The same offering as a standalone portable subscription has its TCC prong capped by $1.10 × 0 subscribers.
    t.type = OfferingType::standalone_portable;
    CHECK(offering(t).tcc_prong == 0);
    CHECK(offering(t).all_in_pool == dollars(61'000));
}

TEST_CASE("a bundle's floor counts active subscribers at 33¢ (385.21(d)) — 25¢ with a limited music part",
          "[publishing][offering][rules]") {
    // [D] 2025 bundled subscription: 52% of $100,000 = $52,000 music revenue × 15.25% = $7,930; floor 33¢ ×
    // 100,000 active subscribers = $33,000 binds. Work 1,000 of 1,000,000 plays: $33.
    OfferingTerms t =
        offering_terms(2025, dollars(100'000), 520'000, 0, 0, {100'000, 0, 0}, {1'000'000, 0, 0}, {1'000, 0, 0});
    t.type = OfferingType::bundled_subscription;
    const OfferingResult r = offering(t);
    CHECK(r.headline == dollars(7'930));
    CHECK(r.floor_amount == dollars(33'000));
    CHECK(r.floor_binds);
    CHECK(r.work_mechanical == dollars(33));
    t.type = OfferingType::bundled_limited;
    CHECK(offering(t).floor_amount == dollars(25'000));  // 25¢ × 100,000
    bool spotify_note = false;
    for (const Assumption& a : r.assumptions) spotify_note = spotify_note || a.name == "Spotify US Premium";
    CHECK(spotify_note);
}

TEST_CASE("plan weights follow the rule's years: family 1.5 (2018-22), 1.75 (from 2023)",
          "[publishing][offering][rules]") {
    // 385.22(b) as clarified [P]: 1.5 and 0.5; 385.21(e) [P]: 1.75 and 0.5. [D] 100,000 family + 100,000
    // student plans: 200,000 (2020) or 225,000 (2025) subscribers; floors 50¢ → $100,000 and 60¢ → $135,000.
    OfferingTerms t = offering_terms(2020, 0, ppm_whole, 0, 0, {0, 100'000, 100'000}, {1'000, 0, 0}, {1'000, 0, 0});
    CHECK(offering(t).weighted_subscribers_ppm == 200'000'000'000);
    CHECK(offering(t).floor_amount == dollars(100'000));
    t.year = 2025;
    CHECK(offering(t).weighted_subscribers_ppm == 225'000'000'000);
    CHECK(offering(t).floor_amount == dollars(135'000));
    CHECK(offering(t).work_mechanical == dollars(135'000));  // the work is every play
    t.subscriber_weights.family_ppm = 1'500'000;             // the user's own weight wins, labelled "Entered by you"
    CHECK(offering(t).floor_amount == dollars(120'000));
}

TEST_CASE("a long recording's plays are weighted in step 4 only (385.21(c))", "[publishing][offering][rules]") {
    // [D] 2025: 15.25% × $65,600 = $10,004 pool; 3e9 paid plays of which the work's 2e9; the work runs 6:30,
    // so each play counts 1.4: 2.8e9 of 3e9 + 2e9 × 0.4 = 3.8e9 weighted plays → $10,004 × 2.8 / 3.8 =
    // $7,371.368421.05 → 7,371,368,421 micros. The pool itself is unchanged.
    OfferingTerms t =
        offering_terms(2025, dollars(65'600), ppm_whole, 0, 0, {}, {3'000'000'000, 0, 0}, {2'000'000'000, 0, 0});
    t.work_duration_seconds = 390;
    const OfferingResult r = offering(t);
    CHECK(r.payable_pool == dollars(10'004));
    CHECK(r.play_weight_fifths == 7);
    CHECK(r.work_weighted_fifths == 14'000'000'000);  // 2.8e9 plays in fifths
    CHECK(r.weighted_paid_fifths == 19'000'000'000);  // 3.8e9 plays in fifths
    CHECK(r.work_mechanical == 7'371'368'421);
    // The performance share stays by unweighted plays ([U]: PROs weight by their own rules).
    t.performance_royalties = dollars(300);
    CHECK(offering(t).work_performance == dollars(200));
    t.work_duration_seconds = 300;  // exactly 5:00 counts once
    CHECK(offering(t).play_weight_fifths == 5);
}

TEST_CASE("bundle revenue is attributed to music by standalone prices (37 CFR 385.2)",
          "[publishing][offering][rules]") {
    // The rule's own example: $12,000 × $10 ÷ ($10 + $5) = $8,000 [P].
    CHECK(bundle_music_revenue(dollars(12'000), dollars(10), dollars(5)) == dollars(8'000));
    CHECK_FALSE(bundle_music_revenue(dollars(12'000), 0, 0).has_value());
    OfferingTerms t = offering_terms(2025, dollars(12'000), ppm_whole, 0, 0, {}, {10, 0, 0}, {10, 0, 0});
    t.music_standalone_price = dollars(10);
    t.other_standalone_price = dollars(5);
    const OfferingResult r = offering(t);
    CHECK(r.music_by_standalone_prices);
    CHECK(r.music_revenue == dollars(8'000));
    CHECK(r.headline == dollars(1'220));  // 15.25% of $8,000 [D]
    // Prices and a share at once, or one price alone, are refused by name.
    t.music_share_ppm = 520'000;
    CHECK(validate(t).at(0).field == "publishing.offering.music_share");
    t.music_share_ppm = ppm_whole;
    t.other_standalone_price.reset();
    CHECK(validate(t).at(0).field == "publishing.offering.other_standalone_price");
}

TEST_CASE("Spotify US: bundle or standalone, and why it matters", "[publishing][offering][rules]") {
    const OfferingTerms bundle = spotify_us_premium(OfferingTerms{}, SpotifyUsTreatment::bundle);
    CHECK(bundle.type == OfferingType::bundled_subscription);
    CHECK(bundle.music_share_ppm == 520'000);  // about 52% music [S]
    const OfferingTerms standalone = spotify_us_premium(bundle, SpotifyUsTreatment::standalone);
    CHECK(standalone.type == OfferingType::standalone_portable);
    CHECK(standalone.music_share_ppm == ppm_whole);
    CHECK(explain(SpotifyUsTreatment::bundle).find("2024-03-01") != std::string_view::npos);
    CHECK(explain(SpotifyUsTreatment::bundle).find("2025-01-29") != std::string_view::npos);
    CHECK(explain(SpotifyUsTreatment::standalone).find("litigation") != std::string_view::npos);
    // [D] $1M revenue, 2025: bundle 52% × 15.25% = $79,300 headline; standalone $152,500.
    OfferingTerms b = bundle;
    b.year = 2025;
    b.service_revenue = dollars(1'000'000);
    b.plays = b.work_plays = {1, 0, 0};
    OfferingTerms s = spotify_us_premium(b, SpotifyUsTreatment::standalone);
    CHECK(offering(b).headline == dollars(79'300));
    CHECK(offering(s).headline == dollars(152'500));
}
