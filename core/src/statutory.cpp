#include "dealsheet/statutory.hpp"

#include <array>

namespace dealsheet {
namespace {

// Citations. Phonorecords IV's term and Federal Register cite are primary [P]; its year-by-year headline
// figures are from trade press and the community handbook [C][S]; Phonorecords III's are trade press [S]; Phonorecords II's 10.5% is trade press [S].
constexpr const char* phono2_source =
    "Phonorecords II: 37 CFR 385 Subpart C headline rate 10.5% of service revenue, in force through 2017-12-31";
constexpr const char* phono3_source =
    "Phonorecords III determination, Docket 16-CRB-0003-PR, 84 FR 1918 (2019-02-05), rates 2018-2022; trade press";
constexpr const char* phono4_source =
    "Phonorecords IV, 87 FR 80448 (2022-12-30), term 2023-01-01 to 2027-12-31; yearly rates per trade press";

constexpr std::array<HeadlineRate, 11> table{{
    {2017, 105'000, "Phonorecords II", phono2_source, "[S]", "2017-12-31"},
    {2018, 114'000, "Phonorecords III", phono3_source, "[S]", "2019-02-05"},
    {2019, 123'000, "Phonorecords III", phono3_source, "[S]", "2019-02-05"},
    {2020, 133'000, "Phonorecords III", phono3_source, "[S]", "2019-02-05"},
    {2021, 142'000, "Phonorecords III", phono3_source, "[S]", "2019-02-05"},
    {2022, 151'000, "Phonorecords III", phono3_source, "[S]", "2019-02-05"},
    {2023, 151'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2024, 152'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2025, 152'500, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2026, 153'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2027, 153'500, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
}};

static_assert(table.front().year == first_statutory_year && table.back().year == last_statutory_year);

// All-in parameters, domain notes §5.2: Phonorecords III's final terms for 2018-2022 (TCC 21% [S], cap $0.80 [S],
// floor $0.50 [P]); Phonorecords IV for 2023-2027 (TCC 26.2% [S], cap $1.10 [S], floor $0.60 [C]).
constexpr const char* phono3_all_in_source =
    "Phonorecords III final terms for 2018-2022 (after the remand of 84 FR 1918), standalone portable "
    "subscription: TCC 21%, all-in cap $0.80 and mechanical floor $0.50 per subscriber per month; domain notes 5.2";
constexpr const char* phono4_all_in_source =
    "Phonorecords IV, 87 FR 80448 (2022-12-30), 37 CFR part 385, standalone portable subscription: TCC 26.2%, "
    "all-in cap $1.10 and mechanical floor $0.60 per subscriber per month; domain notes 5.2";

constexpr AllInParameters phono3(int year) {
    return {year, 210'000, 800'000, 500'000, "Phonorecords III", phono3_all_in_source, "[S]", "[S]", "[P]",
            "2022-12-31"};
}
constexpr AllInParameters phono4(int year) {
    return {year, 262'000, 1'100'000, 600'000, "Phonorecords IV", phono4_all_in_source, "[S]", "[S]", "[C]",
            "2022-12-30"};
}

constexpr std::array<AllInParameters, 10> all_in_table{{
    phono3(2018), phono3(2019), phono3(2020), phono3(2021), phono3(2022),
    phono4(2023), phono4(2024), phono4(2025), phono4(2026), phono4(2027),
}};

static_assert(all_in_table.front().year == first_all_in_year && all_in_table.back().year == last_statutory_year);

}  // namespace

std::span<const HeadlineRate> headline_rates() { return table; }

const HeadlineRate* headline_rate(int year) {
    if (year < first_statutory_year || year > last_statutory_year) return nullptr;
    return &table[static_cast<size_t>(year - first_statutory_year)];
}

std::span<const AllInParameters> all_in_parameter_rows() { return all_in_table; }

const AllInParameters* all_in_parameters(int year) {
    if (year < first_all_in_year || year > last_statutory_year) return nullptr;
    return &all_in_table[static_cast<size_t>(year - first_all_in_year)];
}

}  // namespace dealsheet
