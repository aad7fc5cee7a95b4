// Tests for dealsheet/statutory.hpp against the headline-rate table of the domain notes §5.1.
#include <catch2/catch.hpp>

#include <string>

#include "dealsheet/statutory.hpp"

using namespace dealsheet;

TEST_CASE("headline rates match domain notes section 5.1 for every year 2017-2027", "[statutory]") {
    struct Row { int year; int rate_ppm; const char* proceeding; };
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
        CHECK(std::string(rate->source).size() > 20);          // a citation, not a placeholder
        CHECK(std::string(rate->as_of).size() == 10);          // an ISO date
        CHECK(std::string(rate->tag).front() == '[');
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

TEST_CASE("all-in parameters match domain notes section 5.2 for every year 2018-2027", "[statutory][publishing]") {
    struct Row { int first, last, tcc_rate_ppm; Micros cap, floor; const char* proceeding; const char* floor_tag; };
    // Source: domain notes §5.2. Phono III final (2018-22): TCC 21% [S], cap $0.80 [S], floor $0.50 [P];
    // Phono IV (2023-27): TCC 26.2% [S], cap $1.10 [S], floor $0.60 [C].
    const Row expected[] = {
        {2018, 2022, 210'000, 800'000, 500'000, "Phonorecords III", "[P]"},
        {2023, 2027, 262'000, 1'100'000, 600'000, "Phonorecords IV", "[C]"},
    };
    REQUIRE(all_in_parameter_rows().size() == 10);
    for (const Row& row : expected)
        for (int year = row.first; year <= row.last; ++year) {
            INFO("year " << year);
            const AllInParameters* p = all_in_parameters(year);
            REQUIRE(p != nullptr);
            CHECK(p == &all_in_parameter_rows()[static_cast<size_t>(year - first_all_in_year)]);
            CHECK(p->year == year);
            CHECK(p->tcc_rate_ppm == row.tcc_rate_ppm);
            CHECK(p->per_subscriber_cap == row.cap);
            CHECK(p->mechanical_floor == row.floor);
            CHECK(std::string(p->proceeding) == row.proceeding);
            CHECK(std::string(p->proceeding) == headline_rate(year)->proceeding);
            CHECK(std::string(p->tcc_rate_tag) == "[S]");
            CHECK(std::string(p->per_subscriber_cap_tag) == "[S]");
            CHECK(std::string(p->mechanical_floor_tag) == row.floor_tag);
            CHECK(std::string(p->source).size() > 20);  // a citation, not a placeholder
            CHECK(std::string(p->as_of).size() == 10);  // an ISO date
        }
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
        CHECK(rows[i].per_subscriber_cap >= rows[i - 1].per_subscriber_cap);
        CHECK(rows[i].mechanical_floor >= rows[i - 1].mechanical_floor);
    }
}
