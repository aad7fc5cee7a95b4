// Tests for dealsheet/distributor.hpp: the distributor fee table, DistroKid-style splits with recoup-first,
// annual fees spread by month, album proration (domain notes §6), and the exact, monotone apportioning under them.
// Expected values are exact micro-units; "hand calculation [D]" rows show the arithmetic.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dealsheet/distributor.hpp"
#include "dealsheet/streaming.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::check_sourced;
using dealsheet::test::dollars;
using dealsheet::test::has_field;

namespace {

SplitResult split(const SplitTerms& terms, Micros gross, int months = 12) {
    Result<SplitResult> result = split_store_revenue(terms, gross, months);
    REQUIRE(result.ok());
    return result.value();
}

SplitResult split_monthly(const SplitTerms& terms, const std::vector<Micros>& gross) {
    Result<SplitResult> result = split_store_revenue_monthly(terms, gross);
    REQUIRE(result.ok());
    return result.value();
}

SplitTerms no_fee_terms(std::vector<Collaborator> collaborators) {
    SplitTerms terms;
    terms.distributor.distributor = Distributor::custom;
    terms.collaborators = std::move(collaborators);
    return terms;
}

// gross + Content ID in = commission + Content ID kept + Σ collaborators + uploader + fee recovered; nothing
// negative.
void check_conserved(const SplitPeriod& p) {
    Micros out = p.commission + p.content_id_kept + p.uploader + p.fee_recovered;
    for (Micros c : p.collaborators) {
        CHECK(c >= 0);
        out += c;
    }
    CHECK(out == p.gross + p.content_id_gross);
    CHECK(p.content_id_fee_due <= p.fee_due);
    CHECK(p.uploader >= 0);
    CHECK(p.commission >= 0);
    CHECK(p.fee_recovered >= 0);
    CHECK(p.fee_unrecovered >= 0);
    CHECK(p.recoup_balance >= 0);
    CHECK(p.uploader + p.fee_recovered == p.uploader_before_fee);
    CHECK(p.uploader_net == p.uploader_before_fee - p.fee_due);  // may be negative
}

}  // namespace

// [SECTION] Fee table

TEST_CASE("the distributor table carries domain notes 6 with a source per fee", "[distributor]") {
    // CD Baby 9% of net digital [P]; DistroKid 100% to the uploader [S]; TuneCore 100% after fees [S]. The
    // DistroKid and TuneCore yearly prices are not in the domain notes: uncertain [U] and dated.
    const DistributorFees& cd_baby = distributor_row(Distributor::cd_baby);
    CHECK(cd_baby.commission_ppm.value == 90'000);
    CHECK(std::string(cd_baby.commission_ppm.tag) == "[P]");
    const DistributorFees& distrokid = distributor_row(Distributor::distrokid);
    CHECK(distrokid.commission_ppm.value == 0);
    CHECK(std::string(distrokid.commission_ppm.tag) == "[S]");
    CHECK(distrokid.annual_fee.value == 24'990'000);
    CHECK(std::string(distrokid.annual_fee.tag) == "[U]");
    CHECK(std::string(distrokid.annual_fee.as_of) == "2025");
    const DistributorFees& tunecore = distributor_row(Distributor::tunecore);
    CHECK(tunecore.commission_ppm.value == 0);
    CHECK(std::string(tunecore.commission_ppm.tag) == "[S]");
    CHECK(std::string(tunecore.annual_fee.tag) == "[U]");
    CHECK(distributor_row(Distributor::custom).annual_fee.value == 0);

    REQUIRE(distributor_fees().size() == 4);
    for (const DistributorFees& row : distributor_fees()) {
        INFO(row.key);
        CHECK(&distributor_row(row.distributor) == &row);
        CHECK(to_string(row.distributor) == row.key);
        CHECK(parse_distributor(row.key) == row.distributor);
        CHECK(std::string(row.annual_fee.source).size() > 10);
        CHECK(std::string(row.commission_ppm.source).size() > 10);
    }
    CHECK_FALSE(parse_distributor("ditto").has_value());
}

TEST_CASE("an annual fee is spread evenly by month, exact over any 12 months", "[distributor]") {
    struct Row {
        Micros fee;
        int month;
        Micros expected;
        const char* why;
    };
    const Row rows[] = {
        {24'990'000, 0, 2'082'500, "$24.99 / 12 = $2.0825 [D]"},
        {24'990'000, 11, 2'082'500, "every month alike"},
        {10'000'007, 0, 833'334, "10,000,007 = 12 x 833,333 + 11: months 0-10 get one more micro [D]"},
        {10'000'007, 10, 833'334, "the 11th month"},
        {10'000'007, 11, 833'333, "the 12th month"},
        {10'000'007, 12, 833'334, "the next year starts over"},
        {0, 5, 0, "no fee"},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        CHECK(annual_fee_part(row.fee, row.month) == row.expected);
    }
    for (Micros fee : {Micros{24'990'000}, Micros{10'000'007}, Micros{11}}) {
        Micros year = 0;
        for (int m = 5; m < 17; ++m) year += annual_fee_part(fee, m);
        CHECK(year == fee);
    }
}

// [SECTION] Splits

TEST_CASE("collaborators get their percentages and the uploader keeps the rest", "[distributor]") {
    struct Row {
        Distributor distributor;
        Micros gross;
        std::vector<std::int64_t> shares;
        Micros commission;
        std::vector<Micros> collaborators;
        Micros uploader;
        const char* source;
    };
    const Row rows[] = {
        // $1,000 through DistroKid (fee set to 0 here), 30% and 20%: $300, $200, uploader $500 [D].
        {Distributor::distrokid,
         dollars(1'000),
         {300'000, 200'000},
         0,
         {dollars(300), dollars(200)},
         dollars(500),
         "domain notes 6 [P], hand calculation [D]"},
        // CD Baby keeps 9% [P]: $90; $910 split 50/50: $455 each [D].
        {Distributor::cd_baby,
         dollars(1'000),
         {500'000},
         dollars(90),
         {dollars(455)},
         dollars(455),
         "domain notes 6 [P], hand calculation [D]"},
        // No collaborators: everything to the uploader [S].
        {Distributor::tunecore, dollars(1'000), {}, 0, {}, dollars(1'000), "domain notes 6 [S]"},
        // 10 micros, three shares of 33.3333% and the uploader's 0.0001%: floors 3, 3, 3, 0; the leftover micro
        // to the largest share, ties to the first: 4, 3, 3, 0 [D].
        {Distributor::custom, 10, {333'333, 333'333, 333'333}, 0, {4, 3, 3}, 0, "D'Hondt leftover [D]"},
        // All shares given away: the uploader keeps nothing [D].
        {Distributor::custom, dollars(7), {600'000, 400'000}, 0, {4'200'000, 2'800'000}, 0, "100% in shares [D]"},
    };
    for (const Row& row : rows) {
        INFO(row.source);
        SplitTerms terms;
        terms.distributor.distributor = row.distributor;
        terms.distributor.annual_fee = 0;
        for (std::int64_t share : row.shares) terms.collaborators.push_back({"", share, 0});
        const SplitResult r = split(terms, row.gross);
        REQUIRE(r.periods.size() == 1);
        const SplitPeriod& p = r.periods[0];
        CHECK(p.commission == row.commission);
        CHECK(p.collaborators == row.collaborators);
        CHECK(p.uploader == row.uploader);
        check_conserved(p);
    }
}

TEST_CASE("recoup first: one collaborator is repaid before the percentages, across months", "[distributor]") {
    // DistroKid with its default fee ($24.99 a year = $2.0825 a month, paid by the uploader). The producer has
    // 40% and recoups $500 first; $300 comes in each month [P structure, D numbers]:
    //   month 1: $300 all to the producer (owed $200 after); uploader $0, fee $2.0825 unrecovered;
    //   month 2: $200 repays the rest, $100 split: producer $40 (+$200 = $240), uploader $60 − $4.165 (two
    //            months of fee) = $55.835;
    //   month 3: $300 split: producer $120, uploader $180 − $2.0825 = $177.9175.
    //   Totals: producer $660, uploader $233.7525, fee $6.2475: $900 [D].
    SplitTerms terms;
    terms.collaborators = {{"Producer", 400'000, dollars(500)}};
    const SplitResult r = split_monthly(terms, {dollars(300), dollars(300), dollars(300)});
    REQUIRE(r.periods.size() == 3);
    const SplitPeriod& m1 = r.periods[0];
    const SplitPeriod& m2 = r.periods[1];
    const SplitPeriod& m3 = r.periods[2];
    CHECK(m1.recouped == dollars(300));
    CHECK(m1.recoup_balance == dollars(200));
    CHECK(m1.collaborators == std::vector<Micros>{dollars(300)});
    CHECK(m1.uploader == 0);
    CHECK(m1.fee_unrecovered == 2'082'500);
    CHECK(m2.recouped == dollars(200));
    CHECK(m2.recoup_balance == 0);
    CHECK(m2.collaborators == std::vector<Micros>{dollars(240)});
    CHECK(m2.uploader_before_fee == dollars(60));
    CHECK(m2.fee_recovered == 4'165'000);
    CHECK(m2.uploader == 55'835'000);
    CHECK(m2.fee_unrecovered == 0);
    CHECK(m3.recouped == 0);
    CHECK(m3.collaborators == std::vector<Micros>{dollars(120)});
    CHECK(m3.uploader == 177'917'500);
    for (const SplitPeriod& p : r.periods) check_conserved(p);

    CHECK(r.total.gross == dollars(900));
    CHECK(r.total.collaborators == std::vector<Micros>{dollars(660)});
    CHECK(r.total.uploader == 233'752'500);
    CHECK(r.total.fee_recovered == 6'247'500);
    CHECK(r.total.fee_due == 6'247'500);
    CHECK(r.total.recouped == dollars(500));
    check_conserved(r.total);

    bool stated = false;
    for (const Assumption& a : r.assumptions)
        if (a.name == "Recoup first") stated = a.value.find("Producer is repaid $500.00") != std::string::npos;
    CHECK(stated);
}

TEST_CASE("a fee larger than the royalties is unrecovered, never a negative payout", "[distributor]") {
    // DistroKid default: $24.99 due for a 12-month period that earned $1.00: $1.00 recovered, $23.99 unrecovered,
    // uploader $0 [D].
    const SplitResult r = split(SplitTerms{}, dollars(1));
    const SplitPeriod& p = r.periods[0];
    CHECK(p.fee_due == 24'990'000);
    CHECK(p.fee_recovered == dollars(1));
    CHECK(p.fee_unrecovered == 23'990'000);
    CHECK(p.uploader == 0);
    check_conserved(p);
    // Collaborators do not bear the uploader's fee: 50% of $1.00 is $0.50 whatever the fee.
    SplitTerms shared;
    shared.collaborators = {{"Singer", 500'000, 0}};
    const SplitPeriod q = split(shared, dollars(1)).periods[0];
    CHECK(q.collaborators == std::vector<Micros>{500'000});
    CHECK(q.fee_recovered == 500'000);
    CHECK(q.uploader == 0);
    // Six months carry half the fee: $12.495 [D].
    CHECK(split(SplitTerms{}, dollars(100), 6).periods[0].fee_due == 12'495'000);
}

TEST_CASE("split assumptions say what splits cover, with each fee's source", "[distributor]") {
    SplitTerms terms;
    terms.distributor.distributor = Distributor::cd_baby;
    const SplitResult r = split(terms, dollars(10));
    bool covers = false, commission = false;
    check_sourced(r.assumptions);
    for (const Assumption& a : r.assumptions) {
        if (a.name == "Splits cover")
            covers = a.value.find("not MLC mechanicals, PRO performance, SoundExchange or sync") != std::string::npos;
        if (a.name == "Commission") commission = a.value == "9% of store royalties" && a.tag == "[P]";
    }
    CHECK(covers);
    CHECK(commission);
    terms.distributor.commission_ppm = 150'000;
    for (const Assumption& a : split(terms, dollars(10)).assumptions)
        if (a.name == "Commission") CHECK(a.source == "Entered by you");
}

// [SECTION] Album sales

TEST_CASE("album sales are prorated per track", "[distributor]") {
    // Domain notes 6 [P]: 50% of one track of a 2-track album = 25% of the album sale. $10.00 sale: $5.00 per
    // track; the track's 50% collaborator gets $2.50 [D].
    Result<std::vector<Micros>> parts = album_sale_by_track(dollars(10), 2);
    REQUIRE(parts.ok());
    CHECK(parts.value() == std::vector<Micros>{dollars(5), dollars(5)});
    const SplitPeriod p = split(no_fee_terms({{"Feature", 500'000, 0}}), parts.value()[0]).periods[0];
    CHECK(p.collaborators == std::vector<Micros>{2'500'000});  // 25% of $10.00

    struct Row {
        Micros sale;
        int tracks;
        std::vector<Micros> expected;
    };
    const Row rows[] = {
        {9'990'000, 3, {3'330'000, 3'330'000, 3'330'000}},   // $9.99 / 3 [D]
        {10'000'000, 3, {3'333'334, 3'333'333, 3'333'333}},  // leftover micro to the first track [D]
        {0, 1, {0}},
    };
    for (const Row& row : rows) {
        Result<std::vector<Micros>> r = album_sale_by_track(row.sale, row.tracks);
        REQUIRE(r.ok());
        CHECK(r.value() == row.expected);
    }
    Result<std::vector<Micros>> bad = album_sale_by_track(-1, 0);
    REQUIRE_FALSE(bad.ok());
    CHECK(has_field(bad.problems(), "album.sale"));
    CHECK(has_field(bad.problems(), "album.track_count"));
}

// [SECTION] Validation

TEST_CASE("split validation reports every problem at once, naming each field", "[distributor][validation]") {
    SplitTerms terms;
    terms.distributor.annual_fee = -1;
    terms.distributor.commission_ppm = 1'000'001;
    terms.collaborators = {{"A", 700'000, dollars(10)}, {"B", 400'000, dollars(5)}, {"C", -1, -2}};
    Problems problems = validate(terms);
    CHECK(has_field(problems, "splits.distributor.annual_fee"));
    CHECK(has_field(problems, "splits.distributor.commission"));
    CHECK(has_field(problems, "splits.collaborators[2].share"));
    CHECK(has_field(problems, "splits.collaborators[2].recoup_first"));
    CHECK(problems.size() == 4);  // shares are not summed while one is invalid; several may recoup first
    terms.distributor.releases = 0;
    CHECK(has_field(validate(terms), "splits.distributor.releases"));

    terms.collaborators = {{"A", 700'000, 0}, {"B", 400'000, 0}};
    terms.distributor = {};
    problems = validate(terms);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "splits.collaborators");
    CHECK(problems[0].message.find("110%") != std::string::npos);

    terms.collaborators.resize(max_collaborators + 1);
    CHECK(has_field(validate(terms), "splits.collaborators"));
    terms.distributor.distributor = static_cast<Distributor>(7);
    CHECK(has_field(validate(terms), "splits.distributor.name"));

    Result<SplitResult> single = split_store_revenue(SplitTerms{}, -1, 0);
    REQUIRE_FALSE(single.ok());
    CHECK(has_field(single.problems(), "splits.gross"));
    CHECK(has_field(single.problems(), "splits.months"));
    const std::vector<Micros> months{1, 2, -3, max_split_amount + 1};
    Result<SplitResult> monthly = split_store_revenue_monthly(SplitTerms{}, months);
    REQUIRE_FALSE(monthly.ok());
    CHECK(monthly.problems().size() == 2);
    CHECK(has_field(monthly.problems(), "splits.revenue[2]"));
    CHECK(has_field(monthly.problems(), "splits.revenue[3]"));
    CHECK(validate(SplitTerms{}).empty());
    CHECK(split_monthly(SplitTerms{}, {}).periods.empty());
}

// [SECTION] Apportioning

TEST_CASE("apportion_monotone matches D'Hondt from zero and never gives less for more", "[distributor][property]") {
    // Reference: the textbook D'Hondt, one micro-unit at a time to the largest w / (a + 1), ties to the first.
    const auto reference = [](Micros total, const std::vector<std::int64_t>& w) {
        std::vector<Micros> a(w.size(), 0);
        for (Micros k = 0; k < total; ++k) {
            std::size_t best = w.size();
            for (std::size_t i = 0; i < w.size(); ++i) {
                if (w[i] == 0) continue;
                if (best == w.size() || w[i] * (a[best] + 1) > w[best] * (a[i] + 1)) best = i;
            }
            ++a[best];
        }
        return a;
    };
    std::mt19937_64 random(6);
    for (int i = 0; i < 2000; ++i) {
        std::vector<std::int64_t> w(1 + random() % 6);
        for (auto& x : w) x = random() % 4 == 0 ? 0 : static_cast<std::int64_t>(random() % 1'000);
        w[random() % w.size()] += 1;
        const Micros small = static_cast<Micros>(random() % 300);
        CHECK(detail::apportion_monotone(small, w) == reference(small, w));

        const Micros total = static_cast<Micros>(random() % 1'000'000'000'000ULL);
        const std::vector<Micros> parts = detail::apportion_monotone(total, w);
        const std::vector<Micros> next = detail::apportion_monotone(total + 1, w);
        Micros sum = 0, weight_sum = 0;
        for (std::int64_t x : w) weight_sum += x;
        for (std::size_t k = 0; k < w.size(); ++k) {
            sum += parts[k];
            CHECK(next[k] >= parts[k]);
            const Micros floor_share = total * w[k] / weight_sum;                // ≤ 1e12 × 1e3: fits 64 bits
            CHECK(parts[k] >= floor_share);                                      // lower quota
            CHECK(parts[k] <= floor_share + static_cast<Micros>(w.size()) - 1);  // at most n − 1 above
        }
        CHECK(sum == total);
    }
}

// [SECTION] Properties

TEST_CASE("splits conserve money, never pay negative, and more money never pays anyone less",
          "[distributor][property]") {
    std::mt19937_64 random(20240406);
    for (int i = 0; i < 3000; ++i) {
        SplitTerms terms;
        terms.distributor.distributor = static_cast<Distributor>(random() % 4);
        if (random() % 2 == 0) terms.distributor.annual_fee = static_cast<Micros>(random() % 100'000'000);
        if (random() % 2 == 0) terms.distributor.commission_ppm = static_cast<std::int64_t>(random() % 300'001);
        std::int64_t left = 1'000'000;
        terms.collaborators.resize(random() % 5);
        for (Collaborator& c : terms.collaborators) {
            c.share_ppm = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(left + 1));
            left -= c.share_ppm;
        }
        for (int n = static_cast<int>(random() % 3); n > 0 && !terms.collaborators.empty(); --n)
            terms.collaborators[random() % terms.collaborators.size()].recoup_first =
                static_cast<Micros>(random() % 1'000'000'000);
        terms.recoup_order = static_cast<RecoupOrder>(random() % 2);
        terms.distributor.releases = 1 + static_cast<int>(random() % 10);
        std::vector<Micros> gross(1 + random() % 24);
        for (auto& g : gross) g = random() % 4 == 0 ? 0 : static_cast<Micros>(random() % 500'000'000);

        const SplitResult r = split_monthly(terms, gross);
        for (const SplitPeriod& p : r.periods) check_conserved(p);
        check_conserved(r.total);

        std::vector<Micros> more = gross;
        more[random() % more.size()] += random() % 2 == 0 ? 1 : static_cast<Micros>(random() % 50'000'000);
        const SplitResult s = split_monthly(terms, more);
        CHECK(s.total.commission >= r.total.commission);
        CHECK(s.total.uploader >= r.total.uploader);
        for (std::size_t k = 0; k < terms.collaborators.size(); ++k)
            CHECK(s.total.collaborators[k] >= r.total.collaborators[k]);
        CHECK(s.total.fee_unrecovered <= r.total.fee_unrecovered);
        CHECK(s.total.recoup_balance <= r.total.recoup_balance);
    }
}

TEST_CASE("from streams to payouts: more streams never pay any party less", "[distributor][streaming][property]") {
    std::mt19937_64 random(3000);
    for (int i = 0; i < 1000; ++i) {
        std::vector<std::int64_t> streams(1 + random() % 18);
        for (auto& s : streams) s = static_cast<std::int64_t>(random() % 5'000'000);
        const Micros payout = platform_payouts()[random() % platform_payouts().size()].payout_per_1000;
        SplitTerms terms;
        terms.distributor.distributor = static_cast<Distributor>(random() % 4);
        terms.collaborators = {
            {"Producer", static_cast<std::int64_t>(random() % 500'000), static_cast<Micros>(random() % 5'000'000'000)},
            {"Feature", static_cast<std::int64_t>(random() % 500'000), 0}};

        const auto payouts = [&](const std::vector<std::int64_t>& s) {
            Result<std::vector<Micros>> revenue = monthly_master_revenue(s, payout);
            REQUIRE(revenue.ok());
            return split_monthly(terms, revenue.value()).total;
        };
        const SplitPeriod base = payouts(streams);
        std::vector<std::int64_t> more = streams;
        more[random() % more.size()] += 1 + static_cast<std::int64_t>(random() % 100'000);
        const SplitPeriod bigger = payouts(more);
        CHECK(bigger.gross >= base.gross);
        CHECK(bigger.uploader >= base.uploader);
        CHECK(bigger.collaborators[0] >= base.collaborators[0]);
        CHECK(bigger.collaborators[1] >= base.collaborators[1]);
        check_conserved(bigger);
    }
}

// [SECTION] Shared subscription, several recoupers, the uploader's net (domain notes 2026, section 5)

TEST_CASE("an account's annual fee is shared by its releases — the uploader's net can be negative", "[distributor]") {
    // DistroKid: one subscription for the whole account, unlimited uploads [S]. $24.99 over 5 releases =
    // $4.998 a release; $3.00 of royalties a year leaves the uploader −$1.998 [D].
    SplitTerms terms;
    terms.distributor.annual_fee = 24'990'000;
    terms.distributor.releases = 5;
    CHECK(release_annual_fee(24'990'000, 5) == 4'998'000);
    CHECK(release_annual_fee(24'990'000, 1) == 24'990'000);
    const Result<SplitResult> r = split_store_revenue(terms, dollars(3));
    REQUIRE(r.ok());
    const SplitPeriod& p = r.value().total;
    CHECK(p.fee_due == 4'998'000);
    CHECK(p.uploader_net == -1'998'000);
    CHECK(p.uploader == 0);  // a payout is never negative: the rest is an unrecovered fee
    CHECK(p.fee_unrecovered == 1'998'000);
}

TEST_CASE("several collaborators recoup first, in list order or pro rata", "[distributor]") {
    // $1,000 net; A is owed $600, B $800, no shares [D]. In order: A $600, then B $400 (B still owed $400).
    // Pro rata to what each is owed: A 6/14 = $428.571428…, B 8/14 = $571.428571…, exact to the micro.
    SplitTerms terms;
    terms.distributor.distributor = Distributor::custom;
    terms.collaborators = {{"A", 0, dollars(600)}, {"B", 0, dollars(800)}};
    CHECK(validate(terms).empty());
    Result<SplitResult> r = split_store_revenue(terms, dollars(1'000));
    REQUIRE(r.ok());
    CHECK(r.value().total.collaborators == std::vector<Micros>{dollars(600), dollars(400)});
    CHECK(r.value().total.recoup_balance == dollars(400));
    terms.recoup_order = RecoupOrder::pro_rata;
    r = split_store_revenue(terms, dollars(1'000));
    REQUIRE(r.ok());
    const std::vector<Micros>& parts = r.value().total.collaborators;
    CHECK(parts[0] + parts[1] == dollars(1'000));
    CHECK(parts[0] >= 428'571'428);
    CHECK(parts[0] <= 428'571'429);
    CHECK(r.value().total.recoup_balance == dollars(400));
}

TEST_CASE("YouTube Content ID through DistroKid: 20% kept, the rest split with the store royalties", "[distributor]") {
    // DistroKid help, "Content ID de YouTube" (support.distrokid.com/hc/es/articles/360013535314) [P]: a yearly
    // extra priced per release; "Los ingresos publicitarios (menos 20%) son tuyos". Hand calculation [D], one
    // 12-month period, no account fee: $1,000 store royalties (0% commission) + $500 Content ID − $100 kept (20%) = $1,400 net. The
    // producer recoups $200 first, then takes 25% of $1,200 = $300: $500. The uploader's $900 pays the extra's
    // $6.00 (an entered price): $894. $1,000 + $500 = $100 + $500 + $894 + $6.
    SplitTerms terms;
    terms.distributor.annual_fee = 0;
    terms.collaborators = {{"Producer", 250'000, dollars(200)}};
    terms.content_id = {dollars(500), dollars(6)};
    CHECK(validate(terms).empty());
    const SplitResult r = split(terms, dollars(1'000));
    const SplitPeriod& p = r.total;
    CHECK(p.content_id_gross == dollars(500));
    CHECK(p.content_id_kept == dollars(100));
    CHECK(p.recouped == dollars(200));
    CHECK(p.collaborators == std::vector<Micros>{dollars(500)});
    CHECK(p.uploader_before_fee == dollars(900));
    CHECK(p.content_id_fee_due == dollars(6));
    CHECK(p.fee_due == dollars(6));
    CHECK(p.uploader == dollars(894));
    check_conserved(p);
    bool said = false;
    for (const Assumption& a : r.assumptions) said = said || (a.name == "YouTube Content ID" && a.tag == "[P]");
    CHECK(said);

    // Monthly: $12 a year is $1 a month in, $0.20 of it kept; the extra's $6 is $0.50 a month [D].
    terms.content_id = {dollars(12), dollars(6)};
    const SplitResult small = split_monthly(terms, {0, 0, 0});
    for (const SplitPeriod& m : small.periods) {
        CHECK(m.content_id_gross == dollars(1));
        CHECK(m.content_id_kept == 200'000);
        CHECK(m.content_id_fee_due == 500'000);
        check_conserved(m);
    }
    CHECK(small.total.content_id_gross == dollars(3));

    // Off by default: no Content ID, no extra, the same numbers as before.
    CHECK(SplitTerms{}.content_id == ContentIdTerms{});
    const SplitPeriod plain = split(SplitTerms{}, dollars(100)).total;
    CHECK(plain.content_id_gross == 0);
    CHECK(plain.content_id_fee_due == 0);
}

TEST_CASE("Content ID is checked at its JSON path and only through DistroKid", "[distributor][validation]") {
    SplitTerms terms;
    terms.content_id.revenue_per_year = -1;
    terms.content_id.yearly_fee = max_split_amount + 1;
    const Problems problems = validate(terms);
    CHECK(has_field(problems, "splits.content_id.revenue_per_year"));
    CHECK(has_field(problems, "splits.content_id.yearly_fee"));
    SplitTerms other;
    other.distributor.distributor = Distributor::cd_baby;
    other.content_id.revenue_per_year = dollars(10);
    CHECK(has_field(validate(other), "splits.content_id"));
    other.content_id = {};
    CHECK(validate(other).empty());
}
