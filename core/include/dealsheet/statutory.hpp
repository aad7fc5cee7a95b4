// Dealsheet core — US §115 statutory tables (Phonorecords II/III/IV), each row with its source and date.
//
// Index of this file
// [SECTION] Headline rate by year
// [SECTION] Offering types (37 CFR 385.2, 385.21)
// [SECTION] All-in parameters by year and offering type (TCC prong, floor, subscriber weights)
// [SECTION] Physical copies and downloads (37 CFR 385.11)
//
// Sources: the project's domain notes (docs/domain.md) and the rule texts read for them: 37 CFR 385.21–385.22
// for 2018–2022 as clarified after remand (88 FR 54406, 2023-08-10), Phonorecords IV (87 FR 80448, corrected
// 89 FR 19274). Rates are law for their year; they are data, not code, so a later determination adds rows
// without touching calculators. Evidence tags: [P] primary text read, [S] trade press, [C] community, [U]
// uncertain (not confirmed in the rule's text).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "dealsheet/money.hpp"

namespace dealsheet {

// [SECTION] Headline rate by year

// The headline (percent-of-service-revenue) rate for interactive streaming in one year.
struct HeadlineRate {
    int year;                // calendar year the rate applies to
    int rate_ppm;            // rate in parts per million of service revenue (15.25% = 152'500), exact
    const char* proceeding;  // "Phonorecords II" / "Phonorecords III" / "Phonorecords IV", or "Your assumption"
    const char* source;      // citation a user can look up
    const char* tag;         // evidence grade of the domain notes: "[P]" primary, "[S]" secondary, "[C]" community
    const char* as_of;       // ISO date the cited source states the rate as of
};

inline constexpr int first_statutory_year = 2017;  // earliest year in the table (Phonorecords II's last)
inline constexpr int last_statutory_year = 2027;   // last year of Phonorecords IV's term
// Latest year a scenario may name. After last_statutory_year there is no statutory streaming rate
// (Phonorecords V, 2028–2032, is pending): such a year needs a rate the user supplies.
inline constexpr int last_scenario_year = 2100;

// Every row, oldest first, one per year from first_statutory_year to last_statutory_year.
std::span<const HeadlineRate> headline_rates();

// The row for `year`, or nullptr when the year is outside [first_statutory_year, last_statutory_year].
const HeadlineRate* headline_rate(int year);

// [SECTION] Offering types (37 CFR 385.2, 385.21)

// The kinds of offering §385.21 calculates separately, each with its own TCC prong and floor.
enum class OfferingType {
    standalone_non_portable_streaming,  // subscription, streams only, non-portable devices
    standalone_non_portable_mixed,      // subscription, streams and limited downloads, non-portable devices
    standalone_portable,                // subscription usable on portable devices (Spotify Premium as sold alone)
    bundled_subscription,      // music subscription bundled with something else (Spotify US since 2024-03-01 [S])
    bundled_limited,           // a bundled subscription whose music part alone would be a limited offering
    mixed_service_bundle,      // music bundled with non-music services (e.g. a phone plan)
    limited_offering,          // a limited catalogue or genre offering
    paid_locker,               // paid locker service
    purchased_content_locker,  // locker of content bought from the service
    free_ad_supported,         // free, nonsubscription, ad-supported
};
// The JSON names of the offering types, in the enum's order.
inline constexpr std::array<std::string_view, 10> offering_type_names{"standalone_non_portable_streaming",
                                                                      "standalone_non_portable_mixed",
                                                                      "standalone_portable",
                                                                      "bundled_subscription",
                                                                      "bundled_limited",
                                                                      "mixed_service_bundle",
                                                                      "limited_offering",
                                                                      "paid_locker",
                                                                      "purchased_content_locker",
                                                                      "free_ad_supported"};

// Which subscribers an offering's floor and per-subscriber amounts count.
enum class SubscriberBasis {
    none,    // the offering has no per-subscriber floor
    all,     // every subscriber, prorated for part months (free trials not counted)
    active,  // only subscribers with at least one play in the month (bundles)
};
inline constexpr std::array<std::string_view, 3> subscriber_basis_names{"none", "all", "active"};

// The JSON name of an offering type ("standalone_portable", ...).
std::string_view to_string(OfferingType type);
// The offering type named by `name` (exactly one of the JSON names), or nullopt.
std::optional<OfferingType> parse_offering_type(std::string_view name);
// The offering type in plain words ("Standalone portable subscription").
std::string_view describe(OfferingType type);
// "none", "all", "active".
std::string_view to_string(SubscriberBasis basis);

// [SECTION] All-in parameters by year and offering type (TCC prong, floor, subscriber weights)

// The parameters of the monthly §115 calculation for one offering type in one year. Each carries its own
// evidence tag: the rows are graded differently.
struct AllInParameters {
    int year;                    // calendar year the parameters apply to
    OfferingType offering;       // the offering type they are for
    int tcc_rate_ppm;            // total-content-cost rate, ppm of payments to record labels (26.2% = 262'000)
    bool per_subscriber_capped;  // the TCC prong is the lesser of the TCC share and per_subscriber_cap × subscribers
    Micros per_subscriber_cap;   // per subscriber per month ($1.10 = 1'100'000) when capped, else 0
    bool tcc_prong_alone;        // the all-in pool is the TCC prong alone (no headline prong): mixed service bundles
    Micros mechanical_floor;     // per counted subscriber per month; 0 when the offering has no floor
    SubscriberBasis floor_subscribers;   // which subscribers the floor counts
    std::int64_t family_weight_ppm;      // a family plan counts as this many subscribers (1.75 = 1'750'000)
    std::int64_t student_weight_ppm;     // a student plan counts as this many subscribers (0.5 = 500'000)
    const char* proceeding;              // "Phonorecords III" / "Phonorecords IV"
    const char* source;                  // citation a user can look up
    const char* tcc_rate_tag;            // evidence grade of tcc_rate_ppm
    const char* per_subscriber_cap_tag;  // evidence grade of the cap (or of there being none)
    const char* mechanical_floor_tag;    // evidence grade of the floor and the subscribers it counts
    const char* weights_tag;             // evidence grade of the plan weights
    const char* as_of;                   // ISO date the cited source states the parameters as of
};

// Earliest year with all-in parameters: Dealsheet holds only Phonorecords II's headline rate, so 2017 is for
// the quick estimate only.
inline constexpr int first_all_in_year = 2018;

// The standalone portable rows, oldest first, one per year from first_all_in_year to last_statutory_year.
std::span<const AllInParameters> all_in_parameter_rows();

// The standalone portable row for `year`, or nullptr when the year is outside [first_all_in_year, last_statutory_year].
const AllInParameters* all_in_parameters(int year);

// The row for `offering` in `year`, or nullopt when the year is outside [first_all_in_year, last_statutory_year].
std::optional<AllInParameters> all_in_parameters(int year, OfferingType offering);

// How many plays one play of a recording `duration_seconds` long counts as in a work's share of the pool
// (§385.21(c)), in fifths of a play: 5 up to 5:00 (and for 0, "not given"), 6 (1.2) for 5:01–6:00, ...,
// 10 (2.0) for 9:01–10:00, and one more fifth for each further minute or part of one. duration_seconds ≥ 0.
std::int64_t play_weight_fifths(std::int64_t duration_seconds);

// [SECTION] Physical copies and downloads (37 CFR 385.11)

// The mechanical rate for a physical copy or permanent download in one year: the larger of the per-track
// amount and the per-minute amount × minutes of playing time (a part of a minute counts as a minute).
// Indexed to inflation each January.
struct PhysicalRate {
    int year;            // calendar year
    Micros per_track;    // per copy of a work up to 5 minutes (12¢ = 120'000)
    Micros per_minute;   // per minute or part of a minute of playing time, when larger
    const char* source;  // citation
    const char* tag;     // evidence grade
    const char* as_of;   // ISO date
};

inline constexpr int first_physical_year = 2023;  // Phonorecords IV's indexed rates
inline constexpr int last_physical_year = 2026;   // the latest year whose rate is published

// Every row, oldest first, one per year from first_physical_year to last_physical_year.
std::span<const PhysicalRate> physical_rates();

// The row for `year`, or nullptr outside [first_physical_year, last_physical_year].
const PhysicalRate* physical_rate(int year);

// The mechanical royalty for one copy of a work `duration_seconds` long in `year` (§385.11), or nullopt
// when the year has no row. duration_seconds ≥ 0.
std::optional<Micros> physical_mechanical_per_copy(int year, std::int64_t duration_seconds);

}  // namespace dealsheet
