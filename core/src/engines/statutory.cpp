// The statutory mechanical rates: headline rates by year, the all-in parameters of each offering type, and
// physical and download rates (37 CFR 385).
#include "dealsheet/statutory.hpp"

#include <algorithm>
#include <array>

#include "engines/enum_names.hpp"

namespace dealsheet {
namespace {

// [SECTION] Headline rates
// Phonorecords III's yearly percentages are in the rule text after remand (37 CFR 385.21 Table 1 as clarified,
// 88 FR 54406, now Appendix A to part 385) [P]. Phonorecords IV's yearly figures are from trade press and the
// community handbook [C][S] (its term and citation are primary). Phonorecords II's 10.5% is trade press [S].
// Not confirmed in the primary text (searched 2026-12-04): the stored copies of 87 FR 80448 (justia, 80448-80460),
// of its correction 89 FR 19274 and of eCFR §385.21 reachable here show only the rule's opening pages or the
// Phonorecords III text (ecfr.io, federal.elaws.us: 2020 versions), never §385.21(b) Table 1 for 2023-2027; the
// five figures appear only in trade press (musically.com 2022-09-01: "15.35%, phased in over 2023-27"; a 2023
// repost listing 15.1 / 15.2 / 15.25 / 15.3 / 15.35%). They stay [C][S] until Table 1 itself is read.
constexpr const char* phono2_source =
    "Phonorecords II: 37 CFR 385.12 (Subpart B) headline rate 10.5% of service revenue, in force through 2017-12-31";
constexpr const char* phono3_source =
    "Phonorecords III after remand: 37 CFR 385.21 Table 1 (2018-2022) as clarified, 88 FR 54406 (2023-08-10)";
constexpr const char* phono4_source =
    "Phonorecords IV, 87 FR 80448 (2022-12-30), term 2023-01-01 to 2027-12-31; yearly rates per trade press";

constexpr std::array<HeadlineRate, 11> table{{
    {2017, 105'000, "Phonorecords II", phono2_source, "[S]", "2017-12-31"},
    {2018, 114'000, "Phonorecords III", phono3_source, "[P]", "2023-08-10"},
    {2019, 123'000, "Phonorecords III", phono3_source, "[P]", "2023-08-10"},
    {2020, 133'000, "Phonorecords III", phono3_source, "[P]", "2023-08-10"},
    {2021, 142'000, "Phonorecords III", phono3_source, "[P]", "2023-08-10"},
    {2022, 151'000, "Phonorecords III", phono3_source, "[P]", "2023-08-10"},
    {2023, 151'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2024, 152'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2025, 152'500, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2026, 153'000, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
    {2027, 153'500, "Phonorecords IV", phono4_source, "[C][S]", "2022-12-30"},
}};

static_assert(table.front().year == first_statutory_year && table.back().year == last_statutory_year);

// [SECTION] All-in parameters
// Phonorecords III, 2018-2022 (37 CFR 385.21-385.22 as clarified after remand, 88 FR 54406), read [P]: the
// all-in royalty is the greater of the headline percentage and the year's percentage of TCC (Table 1, no
// per-subscriber cap) for every offering; floors 15¢ / 30¢ / 50¢ per subscriber for the three standalone
// subscriptions; a bundled subscription's floor is its music part's standalone floor per active subscriber
// (a portable music part assumed here [U]); no floor for the others; family plans 1.5, student plans 0.5.
constexpr const char* phono3_all_in_source =
    "Phonorecords III after remand: 37 CFR 385.21 Table 1 (percent of TCC, no per-subscriber cap) and 385.22 "
    "(floors, family 1.5 and student 0.5 subscribers) as clarified, 88 FR 54406 (2023-08-10)";
// Phonorecords IV, 2023-2027: floors and the subscribers they count, and family 1.75 / student 0.5, are in
// §385.21(d)-(e) [P] (domain notes 2026 section 1); the standalone portable TCC prong (lesser of 26.2% and $1.10 per
// subscriber) is [S]; the other offerings' TCC prongs (Table 2, 87 FR 80459) were not read: 26.2% without a
// per-subscriber cap is assumed for them [U]. A mixed service bundle's all-in pool is its TCC prong alone.
// Table 2 was searched for on 2026-12-04 ("385.21 Table 2 TCC", "Phonorecords IV 80459 per-subscriber", "22
// percent of TCC limited offering", "26.2% of TCC $1.10", the justia, govinfo, federalregister, eCFR and
// federal.elaws.us copies, and the public code index for "Total Content Cost" / "Purchased Content Locker Service"):
// no stored copy reaches page 80459 or the current §385.21(b)(2); the only eCFR texts found are Phonorecords III's.
// So no row of Table 2 is confirmed: for the standalone non-portable (streaming only, mixed), bundled, mixed
// service bundle, limited offering, paid locker, purchased content locker and free ad-supported offerings both the
// percent of TCC and whether a per-subscriber cap applies stay [U]. The TCC prong is a percent of payments to
// labels, so it works without subscribers (ad-supported); a cap applies only where per_subscriber_capped is set.
constexpr const char* phono4_all_in_source =
    "Phonorecords IV, 87 FR 80448 (2022-12-30), corrected 89 FR 19274 (2024-03-18): 37 CFR 385.21 (floors "
    "385.21(d), family 1.75 and student 0.5 subscribers 385.21(e); TCC prongs Table 2, 87 FR 80459)";

constexpr int phono3_tcc_ppm(int year) {  // Table 1 to paragraph (b)(1), 2018-2022 [P]
    constexpr int by_year[] = {220'000, 231'000, 241'000, 252'000, 262'000};
    return by_year[year - 2018];
}

// What one proceeding sets for one offering type: the TCC prong's per-subscriber cap (or none) and whether the
// prong stands alone, the mechanical floor and the subscribers it counts, and the evidence grade of each.
struct OfferingRow {
    bool per_subscriber_capped = false;
    Micros per_subscriber_cap = 0;
    bool tcc_prong_alone = false;
    Micros mechanical_floor = 0;
    SubscriberBasis floor_subscribers = SubscriberBasis::none;
    const char* tcc_rate_tag;
    const char* per_subscriber_cap_tag;
    const char* mechanical_floor_tag;
};

using S = SubscriberBasis;

// Phonorecords III's rows, in OfferingType's order: no per-subscriber cap; floors for the three standalone
// subscriptions; a bundle's floor is its music part's standalone floor.
constexpr std::array<OfferingRow, 10> phono3_rows{{
    {false, 0, false, 150'000, S::all, "[P]", "[P]", "[P]"},     // standalone_non_portable_streaming
    {false, 0, false, 300'000, S::all, "[P]", "[P]", "[P]"},     // standalone_non_portable_mixed
    {false, 0, false, 500'000, S::all, "[P]", "[P]", "[P]"},     // standalone_portable
    {false, 0, false, 500'000, S::active, "[P]", "[P]", "[U]"},  // bundled_subscription: portable music part assumed
    {false, 0, false, 0, S::active, "[P]", "[P]", "[U]"},        // bundled_limited: no standalone floor
    {false, 0, false, 0, S::none, "[P]", "[P]", "[P]"},          // mixed_service_bundle
    {false, 0, false, 0, S::none, "[P]", "[P]", "[P]"},          // limited_offering
    {false, 0, false, 0, S::none, "[P]", "[P]", "[P]"},          // paid_locker
    {false, 0, false, 0, S::none, "[P]", "[P]", "[P]"},          // purchased_content_locker
    {false, 0, false, 0, S::none, "[P]", "[P]", "[P]"},          // free_ad_supported
}};

// Phonorecords IV's rows, in OfferingType's order: the floors are [P]; only the standalone portable TCC prong
// and its cap are sourced [S]; the other prongs' 26.2% without a cap is assumed [U].
constexpr std::array<OfferingRow, 10> phono4_rows{{
    {false, 0, false, 180'000, S::all, "[U]", "[U]", "[P]"},         // standalone_non_portable_streaming
    {false, 0, false, 360'000, S::all, "[U]", "[U]", "[P]"},         // standalone_non_portable_mixed
    {true, 1'100'000, false, 600'000, S::all, "[S]", "[S]", "[P]"},  // standalone_portable
    {false, 0, false, 330'000, S::active, "[U]", "[U]", "[P]"},      // bundled_subscription
    {false, 0, false, 250'000, S::active, "[U]", "[U]", "[P]"},      // bundled_limited
    {false, 0, true, 250'000, S::active, "[U]", "[U]", "[P]"},       // mixed_service_bundle
    {false, 0, false, 0, S::none, "[U]", "[U]", "[P]"},              // limited_offering
    {false, 0, false, 0, S::none, "[U]", "[U]", "[P]"},              // paid_locker
    {false, 0, false, 0, S::none, "[U]", "[U]", "[P]"},              // purchased_content_locker
    {false, 0, false, 0, S::none, "[U]", "[U]", "[P]"},              // free_ad_supported
}};

// The all-in parameters of `offering` in `year` from its proceeding's row, TCC rate, plan weights and dates.
constexpr AllInParameters parameters(int year, OfferingType offering, const OfferingRow& r, int tcc_rate_ppm,
                                     std::int64_t family_weight_ppm, const char* proceeding, const char* source,
                                     const char* as_of) {
    return {year,
            offering,
            tcc_rate_ppm,
            r.per_subscriber_capped,
            r.per_subscriber_cap,
            r.tcc_prong_alone,
            r.mechanical_floor,
            r.floor_subscribers,
            family_weight_ppm,
            500'000,
            proceeding,
            source,
            r.tcc_rate_tag,
            r.per_subscriber_cap_tag,
            r.mechanical_floor_tag,
            "[P]",
            as_of};
}

// The all-in parameters of `offering` in `year` (2018..2027): Phonorecords III through 2022, IV after.
constexpr AllInParameters row(int year, OfferingType offering) {
    const auto index = static_cast<std::size_t>(offering);
    if (year <= 2022)
        return parameters(year, offering, phono3_rows[index], phono3_tcc_ppm(year), 1'500'000, "Phonorecords III",
                          phono3_all_in_source, "2023-08-10");
    return parameters(year, offering, phono4_rows[index], 262'000, 1'750'000, "Phonorecords IV", phono4_all_in_source,
                      "2024-03-18");
}

constexpr std::array<AllInParameters, 10> portable_table{{
    row(2018, OfferingType::standalone_portable),
    row(2019, OfferingType::standalone_portable),
    row(2020, OfferingType::standalone_portable),
    row(2021, OfferingType::standalone_portable),
    row(2022, OfferingType::standalone_portable),
    row(2023, OfferingType::standalone_portable),
    row(2024, OfferingType::standalone_portable),
    row(2025, OfferingType::standalone_portable),
    row(2026, OfferingType::standalone_portable),
    row(2027, OfferingType::standalone_portable),
}};

static_assert(portable_table.front().year == first_all_in_year && portable_table.back().year == last_statutory_year);

// describe() of each offering type, in the enum's order.
constexpr std::array<std::string_view, 10> offering_type_descriptions{
    "Standalone non-portable subscription, streaming only",
    "Standalone non-portable subscription, streams and limited downloads",
    "Standalone portable subscription",
    "Bundled subscription offering",
    "Bundled subscription offering whose music part is a limited offering",
    "Mixed service bundle",
    "Limited offering",
    "Paid locker service",
    "Purchased content locker",
    "Free ad-supported (nonsubscription) offering",
};

// [SECTION] Physical and download rates (§385.11, indexed each January)
constexpr std::array<PhysicalRate, 4> physical_table{{
    {2023, 120'000, 23'100, "37 CFR 385.11 (Phonorecords IV), 87 FR 76937", "[P]", "2022-12-14"},
    {2024, 124'000, 23'900, "37 CFR 385.11 as adjusted for inflation, 88 FR 86058", "[P]", "2023-12-12"},
    {2025, 127'000, 24'500, "37 CFR 385.11 as adjusted for inflation, notice 89 FR 93477; figures per trade press",
     "[P][S]", "2024-11-26"},
    {2026, 131'000, 25'200, "37 CFR 385.11 as adjusted for inflation; figures per trade press (December 2025)", "[S]",
     "2025-12-01"},
}};

static_assert(physical_table.front().year == first_physical_year && physical_table.back().year == last_physical_year);

}  // namespace

std::span<const HeadlineRate> headline_rates() { return table; }

const HeadlineRate* headline_rate(int year) {
    if (year < first_statutory_year || year > last_statutory_year) return nullptr;
    return &table[static_cast<size_t>(year - first_statutory_year)];
}

DEALSHEET_ENUM_NAME_FUNCTIONS(OfferingType, type, parse_offering_type, name, offering_type_names)

std::string_view describe(OfferingType type) { return detail::enum_name(type, offering_type_descriptions); }

std::string_view to_string(SubscriberBasis basis) { return detail::enum_name(basis, subscriber_basis_names); }

std::span<const AllInParameters> all_in_parameter_rows() { return portable_table; }

const AllInParameters* all_in_parameters(int year) {
    if (year < first_all_in_year || year > last_statutory_year) return nullptr;
    return &portable_table[static_cast<size_t>(year - first_all_in_year)];
}

std::optional<AllInParameters> all_in_parameters(int year, OfferingType offering) {
    if (year < first_all_in_year || year > last_statutory_year || to_string(offering).empty()) return std::nullopt;
    return row(year, offering);
}

std::int64_t play_weight_fifths(std::int64_t duration_seconds) {
    if (duration_seconds <= 300) return 5;
    return 5 + (duration_seconds - 300 + 59) / 60;  // each started minute past 5:00 adds 0.2 of a play
}

std::span<const PhysicalRate> physical_rates() { return physical_table; }

const PhysicalRate* physical_rate(int year) {
    if (year < first_physical_year || year > last_physical_year) return nullptr;
    return &physical_table[static_cast<size_t>(year - first_physical_year)];
}

std::optional<Micros> physical_mechanical_per_copy(int year, std::int64_t duration_seconds) {
    const PhysicalRate* rate = physical_rate(year);
    if (!rate) return std::nullopt;
    const std::int64_t minutes = (std::max<std::int64_t>(duration_seconds, 0) + 59) / 60;
    return std::max(rate->per_track, rate->per_minute * minutes);
}

}  // namespace dealsheet
