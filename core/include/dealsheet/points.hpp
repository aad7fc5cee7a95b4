// Dealsheet core — producer, mixer and engineer points, and when they are paid.
//
// Index of this file
// [SECTION] Units
// [SECTION] Roles and payment conventions
// [SECTION] Terms
// [SECTION] Validation
// [SECTION] Splitting the artist royalty
// [SECTION] When points become payable
//
// Method (domain notes §4): a point is 1% of the record's royalty base [S] — in the streaming era the
// label's net receipts — so points are held as ppm of that base (3 points = 30'000 ppm), the same unit as
// the artist's all-in rate A. Points come out of the artist's all-in royalty, not out of gross [C]: a party
// with p (prorated) points is credited p/A of the artist royalty and the artist nets A − Σp. Each party has
// its own advance, recouped from its own royalties only; recording costs are never charged to it [S]. The
// advance itself is a recording cost charged to the artist's account (recording.hpp, Passman [S]).
// The ledgers themselves (opening, earned, recouped, paid, closing) are run by recording.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Units

// A point is 1% of the royalty base [S] (domain notes §4).
inline constexpr std::int64_t ppm_per_point = ppm_per_percent;
inline constexpr std::size_t max_points_parties = 100;  // producers, mixers and engineers on one record
inline constexpr int max_record_tracks = 1'000;         // tracks on one record (proration denominator)
// Largest amount a deal input may hold, alone or summed ($100,000,000,000 = 1e17 micros): far above any
// record's money, and small enough that sums of a few such totals never overflow int64 (9.2e18).
inline constexpr Micros max_deal_amount = 100'000'000'000'000'000;

// [SECTION] Roles and payment conventions

// Who holds the points. The role changes nothing in the arithmetic; it labels the party and its defaults
// in the UI (producers 3–4 points, mixers 1–2, engineers rarely any [C]).
enum class PartyRole { producer, mixer, engineer };
inline constexpr std::array<std::string_view, 3> party_role_names{"producer", "mixer", "engineer"};

// When a party's royalties become payable; the deal chooses. Sources: Passman, "Producer deals" part 1
// (TAXI, 1998) [S]; MusicTechPolicy, "Record producer agreements, part 3" (2012-01-03) [S].
// The default is retroactive_net_rate: Passman presents the combined rate as what *hot* producers can get
// and record one as what even superstars rarely get, and MusicTechPolicy calls the net rate the way "the
// industry typically does it" — both point to the net rate for an ordinary deal (domain-2026 §3).
enum class PaymentConvention {
    record_one,                 // (1) paid from the first unit; only the party's own advance is recouped
    retroactive_combined_rate,  // (2) nothing paid until recording costs are recouped at the all-in rate A,
                                //     then paid back to record one (Passman: what hot producers get)
    retroactive_net_rate,       // (3) as (2), but recoupment computed at the artist's net rate A − Σp: later
                                //     (MusicTechPolicy 2012: what the industry typically does; the default)
};
inline constexpr PaymentConvention default_payment_convention = PaymentConvention::retroactive_net_rate;
inline constexpr std::array<std::string_view, 3> payment_convention_names{"record_one", "retroactive_combined_rate",
                                                                          "retroactive_net_rate"};

// The JSON name of a role ("producer"); "" for a value outside the enum.
std::string_view to_string(PartyRole role);
// The role named `name` (exact, lower case), or empty for an unknown name.
std::optional<PartyRole> parse_party_role(std::string_view name);
// The JSON name of a convention ("record_one"); "" for a value outside the enum.
std::string_view to_string(PaymentConvention convention);
// The convention named `name` (exact, lower case), or empty for an unknown name.
std::optional<PaymentConvention> parse_payment_convention(std::string_view name);
// One sentence saying when the convention pays, for the assumptions panel.
std::string_view describe(PaymentConvention convention);
// The convention in plain words, an example of who gets it, and its source (two or three sentences).
std::string_view explain(PaymentConvention convention);

// [SECTION] Terms

// One party paid in points out of the artist's royalty.
struct PointsParty {
    std::string name = "Producer";                              // shown on statements
    PartyRole role = PartyRole::producer;                       // label only
    std::int64_t points_ppm = 3 * ppm_per_point;                // ppm of the royalty base; 3 points typical [C]
    int tracks_on = 1;                                          // tracks the party worked on, 0..tracks_total
    int tracks_total = 1;                                       // tracks on the record, 1..max_record_tracks
    Micros advance = 0;                                         // recouped from this party's royalties only [S]
    PaymentConvention convention = default_payment_convention;  // see PaymentConvention
    bool operator==(const PointsParty&) const = default;
};

// The party's points prorated by tracks, rounded to the nearest ppm: 4% on 6 of 12 tracks = 2% [S].
// Precondition: tracks_total ≥ 1.
std::int64_t effective_points_ppm(const PointsParty& party);

// p/A as ppm of the artist royalty, rounded (3 of 18 points → 166'667 = 16.6667%); 0 when A is 0.
std::int64_t share_of_artist_royalty_ppm(std::int64_t effective_ppm, std::int64_t artist_rate_ppm);

// [SECTION] Validation

// Every problem with `parties` under `path` (e.g. "recording.points"): points outside 0..A, tracks_on
// outside 0..tracks_total, tracks_total outside 1..max_record_tracks, negative or too large advances, enums
// outside their names, too many parties, advances totalling more than max_deal_amount, and the sum of effective points
// above the artist's all-in rate (reported on `path` itself). `artist_rate_ppm` is the artist's all-in rate A the
// points come out of; pass a negative value to skip the checks against it (when A itself is invalid).
Problems validate_points(std::span<const PointsParty> parties, std::int64_t artist_rate_ppm,
                         const std::string& path = "recording.points");

// [SECTION] Splitting the artist royalty

// One month's artist royalty divided between the points parties and the artist.
struct PointsSplit {
    std::vector<Micros> parties;  // each party's royalty, in the order of the effective points given
    Micros artist = 0;            // what the artist nets: royalty − Σ parties
};

// Divides `royalty` (≥ 0) so party i gets effective_ppm[i]/artist_rate_ppm of it and the artist the rest,
// exactly to the micro-unit. Preconditions: every effective_ppm ≥ 0 and their sum ≤ artist_rate_ppm.
// Chained two-way allocate() calls rather than one many-way call: a many-way largest-remainder split can
// pay a party one micro less when the total grows (the Alabama paradox); a chain of two-way splits cannot,
// so more money never pays any party less.
PointsSplit split_artist_royalty(Micros royalty, std::int64_t artist_rate_ppm,
                                 std::span<const std::int64_t> effective_ppm);

// [SECTION] When points become payable

// The first month (0-based) from which a party under `convention` may be paid, or empty when that does not
// happen within the series. `all_in` is the artist's royalty per month at the all-in rate A, `artist_net`
// what the artist nets after points, `recording_recoupable` the recording costs charged to the artist's
// account. Record one: month 0. Retroactive conventions: the first month whose cumulative all-in (2) or net
// (3) royalty reaches the recording costs (month 0 when there are none).
std::optional<std::size_t> payable_from_month(PaymentConvention convention, std::span<const Micros> all_in,
                                              std::span<const Micros> artist_net, Micros recording_recoupable);

}  // namespace dealsheet
