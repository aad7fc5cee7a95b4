// Dealsheet core — US §115 statutory tables (Phonorecords II/III/IV), each row with its source and date.
//
// Index of this file
// [SECTION] Headline rate by year
//
// Source reference: the project's domain notes §5.1 (copied into docs/domain.md). Rates are law for
// their year; they are data, not code, so a later determination adds rows without touching calculators.
#pragma once

#include <span>

namespace dealsheet {

// [SECTION] Headline rate by year

// The headline (percent-of-service-revenue) rate for interactive streaming in one year.
struct HeadlineRate {
    int year;                // calendar year the rate applies to
    int rate_ppm;            // rate in parts per million of service revenue (15.25% = 152'500), exact
    const char* proceeding;  // "Phonorecords II" / "Phonorecords III" / "Phonorecords IV"
    const char* source;      // citation a user can look up
    const char* tag;         // evidence grade of the domain notes: "[P]" primary, "[S]" secondary, "[C]" community
    const char* as_of;       // ISO date the cited source states the rate as of
};

inline constexpr int first_statutory_year = 2017;  // earliest year in the table (Phonorecords II's last)
inline constexpr int last_statutory_year = 2027;   // last year of Phonorecords IV's term

// Every row, oldest first, one per year from first_statutory_year to last_statutory_year.
std::span<const HeadlineRate> headline_rates();

// The row for `year`, or nullptr when the year is outside [first_statutory_year, last_statutory_year].
const HeadlineRate* headline_rate(int year);

}  // namespace dealsheet
