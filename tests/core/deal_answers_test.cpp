// Tests for dealsheet/deal_answers.hpp: streams until the artist recoups, until each party is paid, until
// points beat a bigger fee, and every party's totals at N streams. Expected values are hand calculations [D]
// on the rules of domain notes §3–§4; the arithmetic is in the comments.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dealsheet/deal_answers.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using namespace dealsheet::test;  // test_support.hpp

namespace {

// The shared scenario: royalty deal at 18% all-in, $90,000 recording costs, one producer with 3 points.
// At $3.00 of net receipts per 1,000 streams every stream brings exactly 3,000 micros, so per N streams:
// artist royalty 540·N, producer 3/18 of it = 90·N, artist net 450·N micros.
RecordingTerms scenario(PaymentConvention convention, Micros advance = 0, std::int64_t points_ppm = 30'000) {
    RecordingTerms terms;
    terms.costs = {{CostKind::recording, dollars(90'000), {}}};
    PointsParty producer;
    producer.points_ppm = points_ppm;
    producer.convention = convention;
    producer.advance = advance;
    terms.points = {producer};
    return terms;
}

const StreamModel three_dollars{3'000'000};  // $3.00 per 1,000 streams (domain notes §2.1 Spotify [S])

}  // namespace

TEST_CASE("receipts are linear in streams, rounded once", "[answers]") {
    CHECK(receipts_for_streams(1'000'000, three_dollars) == dollars(3'000));
    CHECK(receipts_for_streams(1, StreamModel{}) == 3'410);   // $3.41 / 1,000 = 3,410 micros
    CHECK(receipts_for_streams(1, StreamModel{1'500}) == 2);  // 1.5 micros → 2 (half away from zero)
    CHECK(receipts_for_streams(answer_max_streams, StreamModel{max_receipts_per_1000_streams}) == max_deal_amount);
}

TEST_CASE("streams until the artist recoups and until each producer is paid, by convention", "[answers]") {
    // Artist: 450·N ≥ 90,000,000,000 → N = 200,000,000 recoups; paid anything at 200,000,001 (450·N > 90e9).
    // Producer, paid anything:
    //   record one, no advance:   90·N > 0 → N = 1
    //   record one, $1,500:       90·N > 1.5e9 → N = 16,666,667 (16,666,666.67 rounded up)
    //   combined rate (2):        recording costs recouped at 18%: 540·N ≥ 90e9 → N = 166,666,667
    //   net rate (3):             at 15%: 450·N ≥ 90e9 → N = 200,000,000
    //   combined, $20,000 advance: the advance is a recording cost (Passman), so the trigger is 540·N ≥ 1.1e11
    //                              → N = 203,703,704; then 90·N > 2e10 → N = 222,222,223
    // The artist with that advance: charged 1.1e11, credited 450·N + min(90·N, 2e10) (the producer royalty that
    // repays the advance): 540·N ≥ 1.1e11 → N = 203,703,704 (540 × 203,703,704 = 110,000,000,160 > 1.1e11).
    // With the $1,500 advance (repaid by 90·N long before): 450·N + 1.5e9 ≥ 9.15e10 → N = 200,000,000; paid
    // anything at 200,000,001 — the same as without it.
    struct Row {
        PaymentConvention convention;
        Micros advance;
        std::int64_t producer_paid_from, artist_recoups, artist_paid;
    };
    const Row rows[] = {
        {PaymentConvention::record_one, 0, 1, 200'000'000, 200'000'001},
        {PaymentConvention::record_one, dollars(1'500), 16'666'667, 200'000'000, 200'000'001},
        {PaymentConvention::retroactive_combined_rate, 0, 166'666'667, 200'000'000, 200'000'001},
        {PaymentConvention::retroactive_net_rate, 0, 200'000'000, 200'000'000, 200'000'001},
        {PaymentConvention::retroactive_combined_rate, dollars(20'000), 222'222'223, 203'703'704, 203'703'704},
    };
    for (const Row& row : rows) {
        INFO(to_string(row.convention) << " advance " << format_usd(row.advance));
        const RecordingTerms terms = scenario(row.convention, row.advance);
        CHECK(ok(streams_until_artist_recoups(terms, three_dollars)) == row.artist_recoups);
        CHECK(ok(streams_until_artist_paid(terms, three_dollars)) == row.artist_paid);
        CHECK(ok(streams_until_party_paid(terms, three_dollars, 0)) == row.producer_paid_from);
    }
}

TEST_CASE("net receipts until the artist recoups, to the micro", "[answers]") {
    // The artist nets all_in − round(all_in/6), which reaches 90e9 first at all_in = 108e9 (all_in = 108e9 − 1
    // leaves 89,999,999,999). all_in = round(0.18·X) ≥ 108e9 ⇔ 0.18·X ≥ 107,999,999,999.5 ⇔
    // X ≥ 599,999,999,997.2: X = 599,999,999,998 gives 107,999,999,999.64 → 108e9; one micro less gives .46 → down.
    const RecordingTerms terms = scenario(PaymentConvention::record_one);
    CHECK(ok(receipts_until_artist_recoups(terms)) == 599'999'999'998);
    RecordingTerms free;
    CHECK(ok(receipts_until_artist_recoups(free)) == 0);  // nothing to recoup
}

TEST_CASE("streams at which points beat a bigger upfront fee", "[answers]") {
    // Full fee $10,000 vs $5,000 + 3 points: the backend must reach $5,000 = 5e9 micros.
    //   record one:                   90·N ≥ 5e9 → N = 55,555,556 (55,555,555 gives 4,999,999,950)
    //   combined rate:                nothing before 166,666,667; then 90·N = 15,000,000,030 ≥ 5e9
    //   net rate:                     nothing before 200,000,000; then 1.8e10 ≥ 5e9
    //   record one, reduced fee is an advance: 90·N − 5e9 ≥ 5e9 → N = 111,111,112
    //   equal fees: nothing to beat → 0
    struct Row {
        PaymentConvention convention;
        Micros advance, full, reduced;
        std::int64_t streams;
    };
    const Row rows[] = {
        {PaymentConvention::record_one, 0, dollars(10'000), dollars(5'000), 55'555'556},
        {PaymentConvention::retroactive_combined_rate, 0, dollars(10'000), dollars(5'000), 166'666'667},
        {PaymentConvention::retroactive_net_rate, 0, dollars(10'000), dollars(5'000), 200'000'000},
        {PaymentConvention::record_one, dollars(5'000), dollars(10'000), dollars(5'000), 111'111'112},
        {PaymentConvention::record_one, 0, dollars(10'000), dollars(10'000), 0},
    };
    for (const Row& row : rows) {
        INFO(to_string(row.convention) << " advance " << format_usd(row.advance));
        const RecordingTerms terms = scenario(row.convention, row.advance);
        CHECK(ok(streams_until_points_beat_fee(terms, three_dollars, 0, row.full, row.reduced)) == row.streams);
    }
}

TEST_CASE("never: no points, no rate, no receipts, or a net rate of zero", "[answers]") {
    const std::optional<std::int64_t> never;
    // 0 points: the producer is never paid and never beats a fee difference.
    const RecordingTerms no_points = scenario(PaymentConvention::record_one, 0, 0);
    CHECK(ok(streams_until_party_paid(no_points, three_dollars, 0)) == never);
    CHECK(ok(streams_until_points_beat_fee(no_points, three_dollars, 0, dollars(2), dollars(1))) == never);
    // No receipts per stream: nothing is ever earned.
    const RecordingTerms terms = scenario(PaymentConvention::record_one);
    CHECK(ok(streams_until_artist_recoups(terms, StreamModel{0})) == never);
    CHECK(ok(streams_until_party_paid(terms, StreamModel{0}, 0)) == never);
    // A 0% artist rate (and so 0 points).
    RecordingTerms zero_rate = scenario(PaymentConvention::record_one, 0, 0);
    zero_rate.royalty_rate_ppm = 0;
    CHECK(ok(streams_until_artist_recoups(zero_rate, three_dollars)) == never);
    CHECK(ok(receipts_until_artist_recoups(zero_rate)) == std::optional<Micros>{});
    // Points take the whole 18%: the artist nets 0%, so recoupment at the net rate (3) never happens.
    const RecordingTerms all_points = scenario(PaymentConvention::retroactive_net_rate, 0, 180'000);
    CHECK(ok(streams_until_party_paid(all_points, three_dollars, 0)) == never);
    CHECK(ok(streams_until_artist_recoups(all_points, three_dollars)) == never);
    // …while at the combined rate (2) it does: 540·N ≥ 90e9 → 166,666,667.
    const RecordingTerms combined = scenario(PaymentConvention::retroactive_combined_rate, 0, 180'000);
    CHECK(ok(streams_until_party_paid(combined, three_dollars, 0)) == 166'666'667);
    // Nothing to recoup: recouped at 0 streams, even with no receipts; paid never without receipts.
    RecordingTerms free;
    CHECK(ok(streams_until_artist_recoups(free, StreamModel{0})) == 0);
    CHECK(ok(streams_until_artist_paid(free, StreamModel{0})) == never);
}

TEST_CASE("every party's totals at N streams", "[answers]") {
    // 300,000,000 streams x 3,000 micros = $900,000 receipts; artist royalty 18% = $162,000; producer 3/18 =
    // $27,000 (combined-rate trigger met: 162k ≥ 90k); artist net $135,000 − $90,000 = $45,000 paid; label share
    // $738,000; label keeps 900k − 45k − 27k = $828,000, nets 828k − 90k costs = $738,000.
    const RecordingResult at =
        ok(totals_at_streams(scenario(PaymentConvention::retroactive_combined_rate), three_dollars, 300'000'000));
    CHECK(at.receipts == std::vector<Micros>{dollars(900'000)});
    CHECK(at.artist_all_in == std::vector<Micros>{dollars(162'000)});
    CHECK(at.parties[0].ledger.paid_total == dollars(27'000));
    CHECK(at.artist.paid_total == dollars(45'000));
    CHECK(at.label_share == std::vector<Micros>{dollars(738'000)});
    CHECK(at.label_retained == dollars(828'000));
    CHECK(at.label_net == dollars(738'000));
    CHECK(fields(totals_at_streams(RecordingTerms{}, three_dollars, -1).problems()) ==
          std::vector<std::string>{"streams"});
}

TEST_CASE("all answers at once, with the stream model among the assumptions", "[answers]") {
    AnswerTerms questions;
    questions.model = three_dollars;
    questions.streams = 1'000'000;
    questions.fee_choices = {{0, dollars(10'000), dollars(5'000)}};
    const DealAnswers answers = ok(answer_deal(scenario(PaymentConvention::retroactive_combined_rate), questions));
    CHECK(answers.artist_recoups_at_streams == 200'000'000);
    CHECK(answers.artist_recoups_at_receipts == 599'999'999'998);
    CHECK(answers.artist_paid_from_streams == 200'000'001);
    CHECK(answers.party_paid_from_streams == std::vector<std::optional<std::int64_t>>{166'666'667});
    REQUIRE(answers.fees.size() == 1);
    CHECK(answers.fees[0].fee_difference == dollars(5'000));
    CHECK(answers.fees[0].break_even_streams == 166'666'667);
    // At 1,000,000 streams: $3,000 receipts, $540 royalty, producer $90 held (costs not recouped), artist $450
    // credited against $90,000: $89,550 unrecouped [D]. Backend is a bonus, never a business plan [C].
    CHECK(answers.streams == 1'000'000);
    CHECK(answers.at_streams.parties[0].ledger.earned_total == dollars(90));
    CHECK(answers.at_streams.parties[0].ledger.paid_total == 0);
    CHECK(answers.at_streams.artist.unrecouped == dollars(89'550));
    REQUIRE(answers.assumptions.size() >= 2);
    const Assumption& model = answers.assumptions[answers.assumptions.size() - 2];
    CHECK(model.value == "$3.00");
    CHECK(model.source == "Entered by you");
    const DealAnswers defaults = ok(answer_deal(scenario(PaymentConvention::record_one), AnswerTerms{}));
    CHECK(defaults.assumptions[defaults.assumptions.size() - 2].tag == "[S]");
    CHECK(defaults.assumptions[defaults.assumptions.size() - 2].as_of == "2025-01-23");
}

TEST_CASE("answer validation names every bad question", "[answers][validation]") {
    AnswerTerms questions;
    questions.model.receipts_per_1000_streams = -1;
    questions.streams = answer_max_streams + 1;
    questions.fee_choices = {{3, dollars(10), dollars(5)}, {0, dollars(5), dollars(10)}, {0, -1, 0}};
    RecordingTerms terms = scenario(PaymentConvention::record_one);
    CHECK(fields(validate(questions, terms)) ==
          std::vector<std::string>{"answers.model.receipts_per_1000_streams", "answers.streams",
                                   "answers.fee_choices[0].party", "answers.fee_choices[1].fee_reduced",
                                   "answers.fee_choices[2].fee_full"});
    terms.royalty_rate_ppm = -1;
    const Result<DealAnswers> failed = answer_deal(terms, questions);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.problems().front().field == "recording.royalty_rate");
    CHECK(failed.problems().size() == 6);
    const RecordingTerms valid = scenario(PaymentConvention::record_one);
    CHECK(fields(streams_until_party_paid(valid, three_dollars, 1).problems()) == std::vector<std::string>{"party"});
    CHECK(fields(streams_until_points_beat_fee(valid, three_dollars, 0, 1, 2).problems()) ==
          std::vector<std::string>{"fee.fee_reduced"});
    CHECK(fields(streams_until_artist_recoups(valid, StreamModel{max_receipts_per_1000_streams + 1}).problems()) ==
          std::vector<std::string>{"answers.model.receipts_per_1000_streams"});
}

TEST_CASE("properties: more streams never pay any party less — splits conserve", "[answers][property]") {
    Draws random(1121);
    for (int i = 0; i < 2000; ++i) {
        const RecordingTerms terms = random_recording_terms(random);
        const StreamModel model{static_cast<Micros>(random() % 10'000'001ULL)};  // $0 – $10 per 1,000
        const std::int64_t streams = static_cast<std::int64_t>(random() % 10'000'000'000ULL);
        const std::int64_t more = streams + static_cast<std::int64_t>(random() % 100'000'000ULL);
        INFO("case " << i);
        const RecordingResult a = ok(totals_at_streams(terms, model, streams));
        const RecordingResult b = ok(totals_at_streams(terms, model, more));
        CHECK(a.artist.paid_total >= 0);
        CHECK(b.artist.paid_total >= a.artist.paid_total);
        Micros credited = a.label_share[0] + a.artist_net[0];  // the advance credit is bookkeeping, not money
        for (std::size_t p = 0; p < a.parties.size(); ++p) {
            CHECK(a.parties[p].ledger.paid_total >= 0);
            CHECK(b.parties[p].ledger.paid_total >= a.parties[p].ledger.paid_total);
            credited += a.parties[p].ledger.earned_total;
        }
        CHECK(credited == a.receipts[0]);
    }
}

TEST_CASE("properties: each answer is the least stream count that satisfies it", "[answers][property]") {
    Draws random(42);
    for (int i = 0; i < 150; ++i) {
        const RecordingTerms terms = random_recording_terms(random);
        const StreamModel model{static_cast<Micros>(random() % 10'000'001ULL)};
        INFO("case " << i);
        const auto at = [&](std::int64_t n) { return ok(totals_at_streams(terms, model, n)); };
        const std::optional<std::int64_t> recoups = ok(streams_until_artist_recoups(terms, model));
        if (recoups) {
            CHECK(at(*recoups).artist.closing >= 0);
            if (*recoups > 0) CHECK(at(*recoups - 1).artist.closing < 0);
        } else {
            CHECK(at(answer_max_streams).artist.closing < 0);
        }
        for (std::size_t p = 0; p < terms.points.size(); ++p) {
            const std::optional<std::int64_t> paid = ok(streams_until_party_paid(terms, model, p));
            if (paid) {
                CHECK(at(*paid).parties[p].ledger.paid_total > 0);
                if (*paid > 0) CHECK(at(*paid - 1).parties[p].ledger.paid_total == 0);
            } else {
                CHECK(at(answer_max_streams).parties[p].ledger.paid_total == 0);
            }
        }
    }
}

TEST_CASE("answers in words: one stream, many, never", "[answers]") {
    CHECK(format_streams_or_never(1) == "1 stream");
    CHECK(format_streams_or_never(0) == "0 streams");
    CHECK(format_streams_or_never(166'666'667) == "166,666,667 streams");
    CHECK(format_streams_or_never(std::nullopt) == "never (within 100 billion streams)");
}
