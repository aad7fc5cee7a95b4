// Tests for core/src/format/result_json.hpp: the engines' results as JSON. Each case runs an engine on a small input
// from that engine's own tests (whose hand calculations [D] give the expected values) and checks the JSON form:
// money objects, rate objects, enum names, null for empty optionals, and monthly arrays as long as the series.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "format/result_json.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::dollars;
using dealsheet::test::ok;
using detail::to_json;
using nlohmann::json;

namespace {

// True when `value` is {"micros": micros, "display": display} and nothing else.
bool is_money(const json& value, Micros micros, const std::string& display) {
    return value == json{{"micros", micros}, {"display", display}};
}

// True when `value` is {"ppm": ppm, "display": display} and nothing else.
bool is_rate(const json& value, std::int64_t ppm, const std::string& display) {
    return value == json{{"ppm", ppm}, {"display", display}};
}

// A royalty deal at 20% with an $80,000 recording cost and one 3-point producer paid from record one.
RecordingTerms recording_terms() {
    RecordingTerms terms;
    terms.royalty_rate_ppm = 200'000;
    terms.costs = {{CostKind::recording, dollars(80'000), {}}};
    PointsParty producer;
    producer.name = "Producer";
    producer.points_ppm = 30'000;
    producer.convention = PaymentConvention::record_one;
    terms.points = {producer};
    return terms;
}

// deal_answers_test.cpp's scenario: 18% royalty deal, $90,000 recording costs, one producer.
RecordingTerms answers_scenario(PaymentConvention convention, std::int64_t points_ppm = 30'000) {
    RecordingTerms terms;
    terms.costs = {{CostKind::recording, dollars(90'000), {}}};
    PointsParty producer;
    producer.points_ppm = points_ppm;
    producer.convention = convention;
    terms.points = {producer};
    return terms;
}

}  // namespace

TEST_CASE("value helpers: money, rates and assumptions", "[result-json]") {
    CHECK(is_money(detail::money_json(1'393'529'750), 1'393'529'750, "$1,393.53"));
    CHECK(is_money(detail::money_json(-dollars(80'000)), -80'000'000'000, "-$80,000.00"));
    CHECK(is_money(detail::money_json(0), 0, "$0.00"));
    CHECK(is_rate(detail::rate_json(152'500), 152'500, "15.25%"));
    CHECK(is_rate(detail::rate_json(166'667), 166'667, "16.6667%"));
    const json list = detail::assumptions_json(
        {{"Headline rate 2025", "15.25% of service revenue", "37 CFR 385", "[P]", "2023-07-01"}});
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 1);
    CHECK(list[0] == json{{"name", "Headline rate 2025"},
                          {"value", "15.25% of service revenue"},
                          {"source", "37 CFR 385"},
                          {"tag", "[P]"},
                          {"as_of", "2023-07-01"}});
    CHECK(detail::assumptions_json({}) == json::array());
}

TEST_CASE("the quick estimate: Billboard's 2025 figure with its statutory row", "[result-json]") {
    // 1,000,000 streams × $0.0091379 = $9,137.90; × 15.25% = $1,393.52975 → 1,393,529,750 micros [D].
    const QuickEstimate estimate = ok(estimate_publishing(quick_terms(1'000'000, 2025, 0.0091379)));
    const json j = to_json(estimate);
    CHECK(is_money(j["publishing_total"], 1'393'529'750, "$1,393.53"));
    CHECK(is_money(j["service_revenue"], 9'137'900'000, "$9,137.90"));
    CHECK(j["rate"]["year"] == 2025);
    CHECK(is_rate(j["rate"]["rate_ppm"], 152'500, "15.25%"));
    CHECK(j["rate"]["proceeding"] == "Phonorecords IV");
    CHECK(j["rate"]["source"] == std::string(estimate.rate.source));
    CHECK(j["rate"]["tag"] == std::string(estimate.rate.tag));
    CHECK(j["rate"]["as_of"] == std::string(estimate.rate.as_of));
    REQUIRE(j["assumptions"].size() == estimate.assumptions.size());
    CHECK(j["assumptions"][0]["name"] == estimate.assumptions[0].name);
    CHECK(j["assumptions"][0]["value"] == estimate.assumptions[0].value);

    // A default row has null text pointers: written as "", never read.
    const json empty = to_json(HeadlineRate{});
    CHECK(empty["proceeding"] == "");
    CHECK(empty["as_of"] == "");
}

TEST_CASE("the per-year table: one row per statutory year, 2017 without the full calculation", "[result-json]") {
    const std::vector<YearEstimate> rows = ok(estimates_by_year(1'000'000));
    const json j = to_json(rows);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 11);  // 2017–2027
    CHECK(j[0]["rate"]["year"] == 2017);
    CHECK(j[0]["full_calculation_available"] == false);
    CHECK(j[1]["full_calculation_available"] == true);
    CHECK(j[8]["rate"]["year"] == 2025);
    CHECK(is_money(j[8]["publishing_total"], 1'393'529'750, "$1,393.53"));
}

TEST_CASE("the publishing split: domain notes 5.4 worked example", "[result-json]") {
    // 3 equal writers, $450 performance and $450 mechanical, no commissions [D]: A self-published $300,
    // B standard $150 (publisher keeps $150), C co-pub $225 (publisher keeps $75).
    PublishingTerms terms;
    terms.collection = {0, 0};
    terms.writers = {WriterTerms{}, WriterTerms{}, WriterTerms{}};
    terms.writers[0].name = "A";
    terms.writers[1].name = "B";
    terms.writers[1].deal = DealType::standard;
    terms.writers[2].name = "C";
    terms.writers[2].deal = DealType::co_publishing;
    const PublishingSplit split = ok(split_publishing({dollars(450), dollars(450)}, terms));
    const json j = to_json(split);
    CHECK(is_money(j["income"]["performance"], dollars(450), "$450.00"));
    CHECK(is_money(j["income"]["mechanical"], dollars(450), "$450.00"));
    CHECK(is_money(j["pro_commission"], 0, "$0.00"));
    REQUIRE(j["writers"].size() == 3);
    CHECK(j["writers"][0]["name"] == "A");
    CHECK(j["writers"][0]["deal"] == "self_published");
    CHECK(j["writers"][0]["publisher"] == "");
    CHECK(is_money(j["writers"][0]["paid"], dollars(300), "$300.00"));
    CHECK(j["writers"][1]["deal"] == "standard");
    CHECK(is_money(j["writers"][1]["publisher_kept"], dollars(150), "$150.00"));
    CHECK(j["writers"][2]["deal"] == "co_publishing");
    CHECK(is_money(j["writers"][2]["paid"], dollars(225), "$225.00"));
    CHECK(
        is_rate(j["writers"][1]["share_ppm"], split.writers[1].share_ppm, format_percent(split.writers[1].share_ppm)));
    CHECK(j["writers"][1]["share_ppm"]["ppm"].get<std::int64_t>() +
              j["writers"][0]["share_ppm"]["ppm"].get<std::int64_t>() +
              j["writers"][2]["share_ppm"]["ppm"].get<std::int64_t>() ==
          1'000'000);
    REQUIRE(j["publishers"].size() == 2);
    CHECK(j["publishers"][0]["name"] == "B's publisher");
    CHECK(is_money(j["publishers"][0]["total"], dollars(150), "$150.00"));
    CHECK(j["assumptions"].size() == split.assumptions.size());
}

TEST_CASE("the publishing result: the method not used is null", "[result-json]") {
    const PublishingResult quick = ok(calculate_publishing(quick_terms(1'000'000, 2025), PublishingTerms{}));
    const json j = to_json(quick);
    CHECK(j["method"] == "quick");
    CHECK(j["offering"].is_null());
    REQUIRE(j["quick"].is_object());
    CHECK(is_money(j["quick"]["publishing_total"], 1'393'529'750, "$1,393.53"));
    CHECK(is_money(j["publishing_total"], 1'393'529'750, "$1,393.53"));
    REQUIRE(j["split"]["writers"].size() == 1);
    CHECK(j["assumptions"].size() == quick.assumptions.size());

    PublishingTerms full_terms;
    full_terms.method = PublishingMethod::full;
    full_terms.offering = ok(offering_equivalent_to(quick_terms(1'000'000, 2025)));
    const PublishingResult full = ok(calculate_publishing(quick_terms(1'000'000, 2025), full_terms));
    const json f = to_json(full);
    CHECK(f["method"] == "full");
    CHECK(f["quick"].is_null());
    REQUIRE(f["offering"].is_object());
    CHECK(is_money(f["publishing_total"], 1'393'529'750, "$1,393.53"));  // the equivalence, to the micro
}

TEST_CASE("the full calculation shows every intermediate and both statutory rows", "[result-json]") {
    // publishing_test.cpp "headline binds" [D]: 15.25% × $10M = $1,525,000; TCC $1,310,000 above the cap
    // $1.10 × 1M = $1,100,000; less $600,000 performance = $925,000 > floor $600,000; work 1M of 1e9 plays.
    OfferingTerms terms;
    terms.year = 2025;
    terms.service_revenue = dollars(10'000'000);
    terms.payments_to_labels = dollars(5'000'000);
    terms.performance_royalties = dollars(600'000);
    terms.subscribers = {1'000'000, 0, 0};
    terms.plays = {1'000'000'000, 0, 0};
    terms.work_plays = {1'000'000, 0, 0};
    const OfferingResult offering = ok(calculate_offering(terms));
    const json j = to_json(offering);
    CHECK(j["prong"] == "headline");
    CHECK(is_money(j["headline"], dollars(1'525'000), "$1,525,000.00"));
    CHECK(is_money(j["tcc_amount"], dollars(1'310'000), "$1,310,000.00"));
    CHECK(is_money(j["subscriber_cap_amount"], dollars(1'100'000), "$1,100,000.00"));
    CHECK(j["subscriber_cap_binds"] == true);
    CHECK(j["floor_binds"] == false);
    CHECK(is_money(j["payable_pool"], dollars(925'000), "$925,000.00"));
    CHECK(is_money(j["work_mechanical"], dollars(925), "$925.00"));
    CHECK(is_money(j["work_performance"], dollars(600), "$600.00"));
    CHECK(j["paid_plays"] == 1'000'000'000);
    CHECK(j["work_paid_plays"] == 1'000'000);
    CHECK(j["weighted_subscribers_ppm"] == offering.weighted_subscribers_ppm);
    CHECK(j["per_play"].is_number_float());
    CHECK(j["per_play"].get<double>() == offering.per_play);
    CHECK(is_rate(j["rate"]["rate_ppm"], 152'500, "15.25%"));
    CHECK(j["parameters"]["year"] == 2025);
    CHECK(is_rate(j["parameters"]["tcc_rate_ppm"], 262'000, "26.2%"));
    CHECK(is_money(j["parameters"]["per_subscriber_cap"], 1'100'000, "$1.10"));
    CHECK(is_money(j["parameters"]["mechanical_floor"], 600'000, "$0.60"));
    CHECK(j["parameters"]["tcc_rate_tag"] == std::string(offering.parameters.tcc_rate_tag));
    CHECK(j["parameters"]["mechanical_floor_tag"] == std::string(offering.parameters.mechanical_floor_tag));
    CHECK(j["assumptions"].size() == offering.assumptions.size());
    // What the rule counted: the offering type, the floor and who it counts, the plays as weighted (§385.21(c)).
    CHECK(j["offering_type"] == "standalone_portable");
    CHECK(j["parameters"]["offering_type"] == "standalone_portable");
    CHECK(j["subscribers_counted"] == "all");
    CHECK(is_money(j["floor_per_subscriber"], 600'000, "$0.60"));
    CHECK(j["play_weight"] == 1.0);
    CHECK(j["work_weighted_plays"] == 1'000'000.0);
    CHECK(j["weighted_paid_plays"] == 1'000'000'000.0);

    // "TCC rate binds" [D]: all-in $786,000.
    OfferingTerms tcc = terms;
    tcc.service_revenue = dollars(4'000'000);
    tcc.payments_to_labels = dollars(3'000'000);
    tcc.performance_royalties = dollars(150'000);
    tcc.plays = {500'000'000, 0, 0};
    tcc.work_plays = {250'000, 0, 0};
    const json t = to_json(ok(calculate_offering(tcc)));
    CHECK(t["prong"] == "tcc");
    CHECK(is_money(t["all_in_pool"], dollars(786'000), "$786,000.00"));
}

TEST_CASE("streaming revenue: platforms by name, monthly series in full", "[result-json]") {
    // streaming_test.cpp [D]: Spotify decay 1000, 900, 810, 729 at $3.00/1k, Apple Music 1,000 at $6.20/1k in
    // month 1; YouTube 200,000 at an entered $2.50/1k = $500.
    StreamingTerms terms;
    StreamCurve decay;
    decay.shape = CurveShape::decay;
    decay.first_month = 1'000;
    decay.decay_ppm = 100'000;
    decay.months = 4;
    StreamCurve apple;
    apple.total = 1'000;
    StreamCurve youtube;
    youtube.total = 200'000;
    terms.platforms = {{Platform::spotify, decay, std::nullopt},
                       {Platform::apple_music, apple, std::nullopt},
                       {Platform::youtube, youtube, Micros{2'500'000}}};
    const StreamingRevenue revenue = ok(calculate_streaming_revenue(terms));
    const json j = to_json(revenue);
    REQUIRE(j["platforms"].size() == 3);
    const json& spotify = j["platforms"][0];
    CHECK(spotify["platform"] == "spotify");
    CHECK(spotify["payout_from_table"] == true);
    CHECK(is_money(spotify["payout_per_1000"], 3'000'000, "$3.00"));
    CHECK(spotify["monthly_streams"] == json::array({1'000, 900, 810, 729}));
    REQUIRE(spotify["monthly_revenue"].size() == 4);
    CHECK(is_money(spotify["monthly_revenue"][3], 2'187'000, "$2.19"));
    CHECK(spotify["streams"] == 3'439);
    CHECK(j["platforms"][1]["platform"] == "apple_music");
    CHECK(j["platforms"][1]["monthly_streams"] == json::array({1'000}));
    CHECK(j["platforms"][2]["platform"] == "youtube");
    CHECK(j["platforms"][2]["payout_from_table"] == false);
    CHECK(is_money(j["platforms"][2]["revenue"], dollars(500), "$500.00"));
    // All platforms by month: 3.00 + 6.20 + 500.00, then 2.70, 2.43, 2.187 [D].
    REQUIRE(j["monthly_revenue"].size() == 4);
    CHECK(is_money(j["monthly_revenue"][0], 509'200'000, "$509.20"));
    CHECK(is_money(j["monthly_revenue"][1], 2'700'000, "$2.70"));
    CHECK(j["streams"] == 204'439);
    CHECK(is_money(j["revenue"], 516'517'000, "$516.52"));
    CHECK(j["assumptions"].size() == revenue.assumptions.size());
}

TEST_CASE("pool payouts: both models per track", "[result-json]") {
    // streaming_test.cpp worked example [D]: pool $15.60; our track $0.60 pro-rata, 3,957,778 user-centric.
    PoolTerms terms;
    terms.groups = {{1, 10'000'000, {30, 10}}, {1, 10'000'000, {0, 100}}, {1, 10'000'000, {10, 890}}};
    const json j = to_json(ok(calculate_pool(terms)));
    CHECK(is_money(j["revenue"], dollars(30), "$30.00"));
    CHECK(is_money(j["pool"], 15'600'000, "$15.60"));
    REQUIRE(j["tracks"].size() == 2);
    CHECK(j["tracks"][0]["name"] == "Our track");
    CHECK(j["tracks"][0]["streams"] == 40);
    CHECK(j["tracks"][0]["eligible"] == true);
    CHECK(is_money(j["tracks"][0]["pro_rata"], 600'000, "$0.60"));
    CHECK(is_money(j["tracks"][0]["user_centric"], 3'957'778, "$3.96"));
    CHECK(is_money(j["pro_rata_unpaid"], 0, "$0.00"));
    CHECK(j["assumptions"][1]["value"] == "52% of revenue to recordings");
}

TEST_CASE("distributor splits: one entry per period, balances carried", "[result-json]") {
    // distributor_test.cpp "recoup first" [D]: DistroKid's fee, the producer 40% recouping $500 first,
    // $300 a month for 3 months.
    SplitTerms terms;
    terms.collaborators = {{"Producer", 400'000, dollars(500)}};
    const std::vector<Micros> gross{dollars(300), dollars(300), dollars(300)};
    const SplitResult result = ok(split_store_revenue_monthly(terms, gross));
    const json j = to_json(result);
    REQUIRE(j["periods"].size() == 3);
    CHECK(is_money(j["periods"][0]["recoup_balance"], dollars(200), "$200.00"));
    CHECK(is_money(j["periods"][0]["fee_unrecovered"], 2'082'500, "$2.08"));
    CHECK(j["periods"][1]["collaborators"] == json::array({detail::money_json(dollars(240))}));
    CHECK(is_money(j["periods"][1]["uploader"], 55'835'000, "$55.84"));  // 5,583.5 cents, half away from zero
    CHECK(is_money(j["periods"][1]["fee_recovered"], 4'165'000, "$4.17"));
    CHECK(is_money(j["total"]["gross"], dollars(900), "$900.00"));
    CHECK(j["total"]["collaborators"] == json::array({detail::money_json(dollars(660))}));
    CHECK(is_money(j["total"]["uploader"], 233'752'500, "$233.75"));
    CHECK(j["assumptions"].size() == result.assumptions.size());
}

TEST_CASE("the recording deal: month arrays as long as the receipts, ledgers with nulls", "[result-json]") {
    // 20% royalty, $80,000 recording cost, producer 3 points record one. Receipts $150k, $150k, $150k, $50k:
    // the artist royalty is $30k, $30k, $30k, $10k at A = 20%; the producer takes 3/20 of it (15%) and the artist
    // nets 17%: $25.5k, $25.5k, $25.5k, $8.5k = $85k against $80k → recouped in month 3 (index), paid $5k [D].
    const std::vector<Micros> receipts{dollars(150'000), dollars(150'000), dollars(150'000), dollars(50'000)};
    const RecordingResult result = ok(calculate_recording(recording_terms(), receipts));
    const json j = to_json(result);
    CHECK(j["type"] == "royalty");
    CHECK(is_rate(j["artist_all_in_ppm"], 200'000, "20%"));
    CHECK(is_rate(j["artist_net_ppm"], 170'000, "17%"));
    REQUIRE(j["receipts"].size() == 4);
    REQUIRE(j["artist_all_in"].size() == 4);
    REQUIRE(j["label_share"].size() == 4);
    CHECK(is_money(j["receipts"][3], dollars(50'000), "$50,000.00"));
    CHECK(is_money(j["artist_all_in"][0], dollars(30'000), "$30,000.00"));
    CHECK(is_money(j["label_share"][0], dollars(120'000), "$120,000.00"));

    const json& artist = j["artist"];
    REQUIRE(artist["months"].size() == 4);
    CHECK(is_money(artist["recoupable"], dollars(80'000), "$80,000.00"));
    CHECK(is_money(artist["months"][0]["opening"], -dollars(80'000), "-$80,000.00"));
    CHECK(is_money(artist["months"][0]["earned"], 25'500'000'000, "$25,500.00"));
    CHECK(is_money(artist["months"][3]["paid"], dollars(5'000), "$5,000.00"));
    CHECK(artist["recouped_month"] == 3);
    CHECK(artist["first_paid_month"] == 3);
    CHECK(is_money(artist["paid_total"], dollars(5'000), "$5,000.00"));

    REQUIRE(j["parties"].size() == 1);
    const json& producer = j["parties"][0];
    CHECK(producer["name"] == "Producer");
    CHECK(producer["role"] == "producer");
    CHECK(producer["convention"] == "record_one");
    CHECK(is_rate(producer["effective_points_ppm"], 30'000, "3%"));
    CHECK(is_rate(producer["share_of_artist_royalty_ppm"], 150'000, "15%"));
    CHECK(producer["payable_from"] == 0);  // record one: from the first month
    REQUIRE(producer["ledger"]["months"].size() == 4);
    CHECK(is_money(producer["ledger"]["paid_total"], dollars(15'000), "$15,000.00"));  // 3% of $500k
    CHECK(j["assumptions"].size() == result.assumptions.size());

    // One month of $150k: the artist nets $25.5k of $80k, so neither recouped nor paid: both null.
    const json short_series =
        to_json(ok(calculate_recording(recording_terms(), std::vector<Micros>{dollars(150'000)})));
    CHECK(short_series["receipts"].size() == 1);
    CHECK(short_series["artist"]["recouped_month"].is_null());
    CHECK(short_series["artist"]["first_paid_month"].is_null());
    CHECK(is_money(short_series["artist"]["unrecouped"], dollars(54'500), "$54,500.00"));
}

TEST_CASE("points splits and crossed accounts", "[result-json]") {
    // $540 of artist royalty at 18%, one party with 3 points: 3/18 = $90, the artist $450 [D].
    const std::vector<std::int64_t> effective{30'000};
    const json split = to_json(split_artist_royalty(dollars(540), 180'000, effective));
    CHECK(split["parties"] == json::array({detail::money_json(dollars(90))}));
    CHECK(is_money(split["artist"], dollars(450), "$450.00"));

    // recording_test.cpp [S]: two accounts, $100k vs $80k and $30k vs $80k. Uncrossed: $20k payable; crossed:
    // max(0, 130k − 160k) = 0, one pooled ledger.
    const std::vector<RecoupmentAccount> accounts{{"Album 1", dollars(80'000), {dollars(100'000)}},
                                                  {"Album 2", dollars(80'000), {dollars(30'000)}}};
    const json apart = to_json(ok(cross_collateralize(accounts, false)));
    CHECK(apart["crossed"] == false);
    CHECK(apart["ledgers"].size() == 2);
    CHECK(is_money(apart["payable"], dollars(20'000), "$20,000.00"));
    const json crossed = to_json(ok(cross_collateralize(accounts, true)));
    CHECK(crossed["crossed"] == true);
    CHECK(crossed["ledgers"].size() == 1);
    CHECK(is_money(crossed["payable"], 0, "$0.00"));
    CHECK(crossed["ledgers"][0]["recouped_month"].is_null());
}

TEST_CASE("deal answers: stream counts, nulls for never, totals at N streams", "[result-json]") {
    // deal_answers_test.cpp [D]: $3.00 per 1,000 streams; artist recoups at 200,000,000 streams, the producer
    // is paid from 166,666,667; the $5,000 fee difference breaks even at 166,666,667.
    AnswerTerms questions;
    questions.model = StreamModel{3'000'000};
    questions.streams = 1'000'000;
    questions.fee_choices = {{0, dollars(10'000), dollars(5'000)}};
    const DealAnswers answers =
        ok(answer_deal(answers_scenario(PaymentConvention::retroactive_combined_rate), questions));
    const json j = to_json(answers);
    CHECK(j["artist_recoups_at_streams"] == 200'000'000);
    CHECK(is_money(j["artist_recoups_at_receipts"], 599'999'999'998, "$600,000.00"));
    CHECK(j["artist_paid_from_streams"] == 200'000'001);
    CHECK(j["party_paid_from_streams"] == json::array({166'666'667}));
    REQUIRE(j["fees"].size() == 1);
    CHECK(j["fees"][0]["choice"]["party"] == 0);
    CHECK(is_money(j["fees"][0]["choice"]["fee_full"], dollars(10'000), "$10,000.00"));
    CHECK(is_money(j["fees"][0]["fee_difference"], dollars(5'000), "$5,000.00"));
    CHECK(j["fees"][0]["break_even_streams"] == 166'666'667);
    CHECK(j["streams"] == 1'000'000);
    CHECK(j["at_streams"]["receipts"].size() == 1);  // one period of lifetime totals
    CHECK(is_money(j["at_streams"]["artist"]["unrecouped"], dollars(89'550), "$89,550.00"));
    CHECK(is_money(j["at_streams"]["parties"][0]["ledger"]["earned_total"], dollars(90), "$90.00"));
    CHECK(j["assumptions"].size() == answers.assumptions.size());

    // The points take the whole 18% under the net-rate convention: the artist never recoups and the producer is
    // never paid (deal_answers_test.cpp "never").
    AnswerTerms never_questions = questions;
    never_questions.fee_choices = {{0, dollars(2), dollars(1)}};
    const json never =
        to_json(ok(answer_deal(answers_scenario(PaymentConvention::retroactive_net_rate, 180'000), never_questions)));
    CHECK(never["artist_recoups_at_streams"].is_null());
    CHECK(never["artist_recoups_at_receipts"].is_null());
    CHECK(never["artist_paid_from_streams"].is_null());
    CHECK(never["party_paid_from_streams"] == json::array({nullptr}));
    CHECK(never["fees"][0]["break_even_streams"].is_null());
    CHECK(never["at_streams"]["parties"][0]["payable_from"].is_null());
    CHECK(never["at_streams"]["parties"][0]["convention"] == "retroactive_net_rate");
}
