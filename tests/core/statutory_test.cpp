// Tests for dealsheet/statutory.hpp against the headline-rate table of the domain notes §5.1.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "dealsheet/statutory.hpp"

using namespace dealsheet;

TEST_CASE("headline rates match domain notes section 5.1 for every year 2017-2027", "[statutory]") {
    struct Row {
        int year;
        int rate_ppm;
        const char* proceeding;
    };
    // Source: domain notes §5.1 (Phonorecords II [S], III [S], IV [C][S]; Phono IV term 87 FR 80448 [P]).
    const Row expected[] = {
        {2017, 105'000, "Phonorecords II"},  {2018, 114'000, "Phonorecords III"}, {2019, 123'000, "Phonorecords III"},
        {2020, 133'000, "Phonorecords III"}, {2021, 142'000, "Phonorecords III"}, {2022, 151'000, "Phonorecords III"},
        {2023, 151'000, "Phonorecords IV"},  {2024, 152'000, "Phonorecords IV"},  {2025, 152'500, "Phonorecords IV"},
        {2026, 153'000, "Phonorecords IV"},  {2027, 153'500, "Phonorecords IV"},
    };
    REQUIRE(headline_rates().size() == std::size(expected));
    for (const Row& row : expected) {
        INFO("year " << row.year);
        const HeadlineRate* rate = headline_rate(row.year);
        REQUIRE(rate != nullptr);
        CHECK(rate->year == row.year);
        CHECK(rate->rate_ppm == row.rate_ppm);
        CHECK(std::string(rate->proceeding) == row.proceeding);
        CHECK(std::string(rate->source).size() > 20);  // a citation, not a placeholder
        CHECK(std::string(rate->as_of).size() == 10);  // an ISO date
        CHECK(std::string(rate->tag).front() == '[');
    }
}

TEST_CASE("headline citations: Phono II Subpart B, Phono III after remand [P]", "[statutory]") {
    // Phonorecords II's interactive streaming rates were 37 CFR 385.12 (Subpart B); Phonorecords III's
    // percentages are in 385.21 Table 1 as clarified after remand, 88 FR 54406 (2023-08-10) (domain notes 2026 §1).
    CHECK(std::string(headline_rate(2017)->source).find("385.12 (Subpart B)") != std::string::npos);
    for (int year = 2018; year <= 2022; ++year) {
        INFO(year);
        CHECK(std::string(headline_rate(year)->source).find("88 FR 54406 (2023-08-10)") != std::string::npos);
        CHECK(std::string(headline_rate(year)->tag) == "[P]");
    }
}

TEST_CASE("years outside the table have no headline rate", "[statutory]") {
    CHECK(headline_rate(2016) == nullptr);
    CHECK(headline_rate(2028) == nullptr);
    CHECK(headline_rate(0) == nullptr);
}

TEST_CASE("the headline rate never falls from one year to the next", "[statutory][property]") {
    const auto rates = headline_rates();
    for (size_t i = 1; i < rates.size(); ++i) CHECK(rates[i].rate_ppm >= rates[i - 1].rate_ppm);
}

TEST_CASE("standalone portable rows: Phono III after remand, Phono IV", "[statutory][publishing]") {
    struct Row {
        int year, tcc_rate_ppm;
        bool capped;
        Micros cap, floor;
        std::int64_t family_ppm;
        const char* proceeding;
    };
    // 2018-2022: 37 CFR 385.21(b)(1) Table 1 (percent of TCC 22.0, 23.1, 24.1, 25.2, 26.2, no per-subscriber
    // cap), 385.22(a)(3) floor 50¢, 385.22(b) family 1.5 (as clarified, 88 FR 54406) [P].
    // 2023-2027: TCC 26.2% capped at $1.10 per subscriber [S]; floor 60¢ (385.21(d)(3)) and family 1.75
    // (385.21(e)) [P] (domain notes 2026 section 1).
    const Row expected[] = {
        {2018, 220'000, false, 0, 500'000, 1'500'000, "Phonorecords III"},
        {2019, 231'000, false, 0, 500'000, 1'500'000, "Phonorecords III"},
        {2020, 241'000, false, 0, 500'000, 1'500'000, "Phonorecords III"},
        {2021, 252'000, false, 0, 500'000, 1'500'000, "Phonorecords III"},
        {2022, 262'000, false, 0, 500'000, 1'500'000, "Phonorecords III"},
        {2023, 262'000, true, 1'100'000, 600'000, 1'750'000, "Phonorecords IV"},
        {2027, 262'000, true, 1'100'000, 600'000, 1'750'000, "Phonorecords IV"},
    };
    REQUIRE(all_in_parameter_rows().size() == 10);
    for (const Row& row : expected) {
        INFO("year " << row.year);
        const AllInParameters* p = all_in_parameters(row.year);
        REQUIRE(p != nullptr);
        CHECK(p == &all_in_parameter_rows()[static_cast<size_t>(row.year - first_all_in_year)]);
        CHECK(p->year == row.year);
        CHECK(p->offering == OfferingType::standalone_portable);
        CHECK(p->tcc_rate_ppm == row.tcc_rate_ppm);
        CHECK(p->per_subscriber_capped == row.capped);
        CHECK(p->per_subscriber_cap == row.cap);
        CHECK(p->mechanical_floor == row.floor);
        CHECK(p->floor_subscribers == SubscriberBasis::all);
        CHECK(p->family_weight_ppm == row.family_ppm);
        CHECK(p->student_weight_ppm == 500'000);
        CHECK(std::string(p->proceeding) == row.proceeding);
        CHECK(std::string(p->proceeding) == headline_rate(row.year)->proceeding);
        CHECK(std::string(p->mechanical_floor_tag) == "[P]");
        CHECK(std::string(p->weights_tag) == "[P]");
        CHECK(std::string(p->source).size() > 20);  // a citation, not a placeholder
        CHECK(std::string(p->as_of).size() == 10);  // an ISO date
    }
    CHECK(std::string(all_in_parameters(2020)->source).find("88 FR 54406") != std::string::npos);
    CHECK(std::string(all_in_parameters(2025)->source).find("87 FR 80448") != std::string::npos);
}

TEST_CASE("each offering type has its floor and counts its subscribers (37 CFR 385.21(d), 385.22)",
          "[statutory][publishing]") {
    struct Row {
        OfferingType type;
        Micros floor_2025;
        SubscriberBasis basis_2025;
        Micros floor_2020;
        SubscriberBasis basis_2020;
    };
    // Phono IV floors per subscriber per month, 385.21(d) [P] (domain notes 2026 section 1): 18¢, 36¢, 60¢;
    // bundles 33¢ (25¢ with a limited-offering music part) and mixed service bundles 25¢ per active subscriber;
    // none for limited offerings, lockers and free ad-supported offerings. Phono III, 385.22(a) [P]: 15¢, 30¢,
    // 50¢; a bundle the music part's standalone floor per active subscriber (portable assumed, [U]).
    const Row rows[] = {
        {OfferingType::standalone_non_portable_streaming, 180'000, SubscriberBasis::all, 150'000, SubscriberBasis::all},
        {OfferingType::standalone_non_portable_mixed, 360'000, SubscriberBasis::all, 300'000, SubscriberBasis::all},
        {OfferingType::standalone_portable, 600'000, SubscriberBasis::all, 500'000, SubscriberBasis::all},
        {OfferingType::bundled_subscription, 330'000, SubscriberBasis::active, 500'000, SubscriberBasis::active},
        {OfferingType::bundled_limited, 250'000, SubscriberBasis::active, 0, SubscriberBasis::active},
        {OfferingType::mixed_service_bundle, 250'000, SubscriberBasis::active, 0, SubscriberBasis::none},
        {OfferingType::limited_offering, 0, SubscriberBasis::none, 0, SubscriberBasis::none},
        {OfferingType::paid_locker, 0, SubscriberBasis::none, 0, SubscriberBasis::none},
        {OfferingType::purchased_content_locker, 0, SubscriberBasis::none, 0, SubscriberBasis::none},
        {OfferingType::free_ad_supported, 0, SubscriberBasis::none, 0, SubscriberBasis::none},
    };
    for (const Row& row : rows) {
        INFO(to_string(row.type));
        CHECK(parse_offering_type(to_string(row.type)) == row.type);
        CHECK_FALSE(describe(row.type).empty());
        const std::optional<AllInParameters> p4 = all_in_parameters(2025, row.type);
        const std::optional<AllInParameters> p3 = all_in_parameters(2020, row.type);
        REQUIRE(p4.has_value());
        REQUIRE(p3.has_value());
        CHECK(p4->mechanical_floor == row.floor_2025);
        CHECK(p4->floor_subscribers == row.basis_2025);
        CHECK(p3->mechanical_floor == row.floor_2020);
        CHECK(p3->floor_subscribers == row.basis_2020);
        CHECK(p4->tcc_rate_ppm == 262'000);
        CHECK(p3->tcc_rate_ppm == 241'000);  // 2020, Table 1: the same TCC percentage for every offering [P]
        CHECK_FALSE(p3->per_subscriber_capped);
        CHECK(p4->tcc_prong_alone == (row.type == OfferingType::mixed_service_bundle));
        // Only the standalone portable TCC row is confirmed [S]; the others are marked uncertain.
        CHECK(std::string(p4->tcc_rate_tag) == (row.type == OfferingType::standalone_portable ? "[S]" : "[U]"));
    }
    CHECK_FALSE(parse_offering_type("portable").has_value());
    CHECK_FALSE(all_in_parameters(2028, OfferingType::standalone_portable).has_value());
}

TEST_CASE("long recordings count as more plays (37 CFR 385.21(c))", "[statutory][publishing]") {
    // In fifths of a play: up to 5:00 one play; 5:01-6:00 1.2; 6:01-7:00 1.4; 9:01-10:00 2.0; then +0.2 for
    // each further minute or part of one (10:01 → 2.2).
    CHECK(play_weight_fifths(0) == 5);
    CHECK(play_weight_fifths(300) == 5);
    CHECK(play_weight_fifths(301) == 6);
    CHECK(play_weight_fifths(360) == 6);
    CHECK(play_weight_fifths(361) == 7);
    CHECK(play_weight_fifths(420) == 7);
    CHECK(play_weight_fifths(541) == 10);
    CHECK(play_weight_fifths(600) == 10);
    CHECK(play_weight_fifths(601) == 11);
    CHECK(play_weight_fifths(660) == 11);
    CHECK(play_weight_fifths(661) == 12);
}

TEST_CASE("physical and download mechanicals 2023-2026 (37 CFR 385.11)", "[statutory]") {
    struct Row {
        int year;
        Micros per_track, per_minute;
    };
    // 2023 12¢ / 2.31¢ (87 FR 76937 [P]); 2024 12.40¢ / 2.39¢ (88 FR 86058 [P]); 2025 12.7¢ / 2.45¢ (89 FR
    // 93477 notice [P], figures [S]); 2026 13.1¢ / 2.52¢ [S] (domain notes 2026 section 2).
    const Row rows[] = {
        {2023, 120'000, 23'100}, {2024, 124'000, 23'900}, {2025, 127'000, 24'500}, {2026, 131'000, 25'200}};
    REQUIRE(physical_rates().size() == std::size(rows));
    for (const Row& row : rows) {
        INFO(row.year);
        REQUIRE(physical_rate(row.year) != nullptr);
        CHECK(physical_rate(row.year)->per_track == row.per_track);
        CHECK(physical_rate(row.year)->per_minute == row.per_minute);
    }
    // The larger of the per-track amount and per-minute × minutes (a part of a minute counts as one) [D]:
    CHECK(physical_mechanical_per_copy(2024, 300) == 124'000);  // 5 × 2.39¢ = 11.95¢ < 12.40¢
    CHECK(physical_mechanical_per_copy(2024, 330) == 143'400);  // 5:30 → 6 minutes × 2.39¢ = 14.34¢
    CHECK(physical_mechanical_per_copy(2026, 321) == 151'200);  // 6 × 2.52¢ = 15.12¢
    CHECK(physical_mechanical_per_copy(2023, 60) == 120'000);
    CHECK_FALSE(physical_mechanical_per_copy(2022, 200).has_value());
    CHECK(physical_rate(2027) == nullptr);
}

TEST_CASE("2017 has a headline rate but no all-in parameters", "[statutory][publishing]") {
    // Dealsheet holds only Phonorecords II's headline rate (domain notes §5.1): the full calculation refuses 2017.
    CHECK(headline_rate(2017) != nullptr);
    CHECK(all_in_parameters(2017) == nullptr);
    CHECK(all_in_parameters(2028) == nullptr);
    CHECK(first_all_in_year == 2018);
}

TEST_CASE("all-in parameters never fall from one year to the next", "[statutory][property]") {
    const auto rows = all_in_parameter_rows();
    for (size_t i = 1; i < rows.size(); ++i) {
        CHECK(rows[i].year == rows[i - 1].year + 1);
        CHECK(rows[i].tcc_rate_ppm >= rows[i - 1].tcc_rate_ppm);
        CHECK(rows[i].mechanical_floor >= rows[i - 1].mechanical_floor);
    }
}
