// Dealsheet core — US §115 statutory tables (Phonorecords II/III/IV), each row with its source and date.
//
// Index of this file
// [SECTION] Headline rate by year
// [SECTION] All-in parameters by year (TCC rate, per-subscriber cap, mechanical floor)
//
// Source reference: the project's domain notes §5.1 and §5.2 (copied into docs/domain.md). Rates are law for
// their year; they are data, not code, so a later determination adds rows without touching calculators.
#pragma once

#include <span>

#include "dealsheet/money.hpp"

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

// [SECTION] All-in parameters by year (TCC rate, per-subscriber cap, mechanical floor)

// The other parameters of the monthly §115 calculation (domain notes §5.2) for a standalone portable
// subscription offering in one year. Each carries its own evidence tag: the notes grade them differently.
struct AllInParameters {
    int year;                         // calendar year the parameters apply to
    int tcc_rate_ppm;                 // total-content-cost rate, ppm of payments to record labels (26.2% = 262'000)
    Micros per_subscriber_cap;        // per-subscriber all-in cap per month ($1.10 = 1'100'000)
    Micros mechanical_floor;          // mechanical floor per subscriber per month, standalone portable subscription
    const char* proceeding;           // "Phonorecords III" / "Phonorecords IV"
    const char* source;               // citation a user can look up
    const char* tcc_rate_tag;         // evidence grade of tcc_rate_ppm ("[S]")
    const char* per_subscriber_cap_tag;  // evidence grade of per_subscriber_cap ("[S]")
    const char* mechanical_floor_tag;    // evidence grade of mechanical_floor ("[P]" Phono III, "[C]" Phono IV)
    const char* as_of;                // ISO date the cited source states the parameters as of
};

// Earliest year with all-in parameters: Dealsheet holds only Phonorecords II's headline rate, so 2017 is for
// the quick estimate only (domain notes §5.1–5.2).
inline constexpr int first_all_in_year = 2018;

// Every row, oldest first, one per year from first_all_in_year to last_statutory_year.
std::span<const AllInParameters> all_in_parameter_rows();

// The row for `year`, or nullptr when the year is outside [first_all_in_year, last_statutory_year].
const AllInParameters* all_in_parameters(int year);

}  // namespace dealsheet
