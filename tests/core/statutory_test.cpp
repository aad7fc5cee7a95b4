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
