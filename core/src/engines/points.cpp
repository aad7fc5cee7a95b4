// Points parties: their roles and payment conventions in words, effective points, and validation.
#include "dealsheet/points.hpp"

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

using detail::cat;
using detail::one_of;

__extension__ using int128 = __int128;  // sums of amounts that are each ≤ max_deal_amount

std::string got(std::int64_t value) { return cat(" (got ", std::to_string(value), ")"); }

// describe() of each PaymentConvention, in the enum's order.
constexpr std::array<std::string_view, 3> payment_convention_descriptions{
    "Record one: paid from the first unit; only the party's own advance is recouped",
    "Retroactive to record one once recording costs are recouped at the all-in rate (artist + points)",
    "Retroactive to record one once recording costs are recouped at the artist's net rate (all-in - points)",
};

// explain() of each PaymentConvention, in the enum's order.
constexpr std::array<std::string_view, 3> payment_convention_explanations{
    "Record one: the producer is paid on every stream from the first, whether or not the artist has "
    "recouped; only the producer's own advance comes off first. Passman (Producer deals, TAXI 1998) "
    "says even superstar producers rarely get it. If the artist is unrecouped, the artist may owe the "
    "producer royalties the label does not pay and have to pay them out of pocket.",
    "Retroactive at the combined rate: nothing is paid until the recording costs (the producer's "
    "advance among them) are recouped at the artist's and producer's rates together; then the "
    "producer is paid back to the first stream. Passman (Producer deals, TAXI 1998) describes it as "
    "what hot producers can get.",
    "Retroactive at the net rate: as the combined rate, but recoupment is counted at the artist's "
    "rate after the producer's points, so it takes longer. MusicTechPolicy (Record producer "
    "agreements part 3, 2012) calls it the way the industry typically does it; Dealsheet's default.",
};

}  // namespace

DEALSHEET_ENUM_NAME_FUNCTIONS(PartyRole, role, parse_party_role, name, party_role_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(PaymentConvention, convention, parse_payment_convention, name, payment_convention_names)

std::string_view describe(PaymentConvention convention) {
    return detail::enum_name(convention, payment_convention_descriptions);
}

std::string_view explain(PaymentConvention convention) {
    return detail::enum_name(convention, payment_convention_explanations);
}

std::int64_t effective_points_ppm(const PointsParty& party) {
    return mul_div_round(party.points_ppm, party.tracks_on, party.tracks_total);
}

std::int64_t share_of_artist_royalty_ppm(std::int64_t effective_ppm, std::int64_t artist_rate_ppm) {
    return artist_rate_ppm > 0 ? mul_div_round(effective_ppm, full_share_ppm, artist_rate_ppm) : 0;
}

Problems validate_points(std::span<const PointsParty> parties, std::int64_t artist_rate_ppm, const std::string& path) {
    Problems problems;
    if (parties.size() > max_points_parties) {
        problems.push_back({path, detail::too_many(max_points_parties, "parties", parties.size())});
        return problems;  // one problem, not hundreds
    }
    int128 effective_sum = 0, advance_sum = 0;
    bool all_valid = true;
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const PointsParty& party = parties[i];
        const auto at = [&] { return cat(path, "[", std::to_string(i), "]."); };  // only for a problem
        const std::size_t before = problems.size();
        if (to_string(party.role).empty()) problems.push_back({cat(at(), "role"), one_of(party_role_names)});
        if (to_string(party.convention).empty())
            problems.push_back({cat(at(), "convention"), one_of(payment_convention_names)});
        if (detail::check_percentage(
                problems, [&] { return cat(at(), "points"); }, party.points_ppm) &&
            artist_rate_ppm >= 0 && party.points_ppm > artist_rate_ppm)
            problems.push_back(
                {cat(at(), "points"),
                 cat("must not exceed the artist's all-in rate of ", format_percent(artist_rate_ppm),
                     ": points come out of the artist's royalty (got ", format_percent(party.points_ppm), ")")});
        if (party.tracks_total < 1 || party.tracks_total > max_record_tracks)
            problems.push_back({cat(at(), "tracks_total"),
                                cat("must be from 1 to ", std::to_string(max_record_tracks), got(party.tracks_total))});
        if (party.tracks_on < 0 || (party.tracks_total >= 1 && party.tracks_on > party.tracks_total))
            problems.push_back(
                {cat(at(), "tracks_on"), cat("must be from 0 to tracks_total (", std::to_string(party.tracks_total),
                                             ")", got(party.tracks_on))});
        detail::check_amount(
            problems, [&] { return cat(at(), "advance"); }, party.advance);
        if (problems.size() != before) {
            all_valid = false;
            continue;
        }
        effective_sum += effective_points_ppm(party);
        advance_sum += party.advance;
    }
    if (all_valid && artist_rate_ppm >= 0 && effective_sum > artist_rate_ppm)
        problems.push_back(
            {path, cat("the parties' points total ", format_percent(static_cast<std::int64_t>(effective_sum)),
                       " (after proration by tracks), more than the artist's all-in rate of ",
                       format_percent(artist_rate_ppm), " they come out of")});
    if (all_valid && advance_sum > max_deal_amount)
        problems.push_back({path, cat("the parties' advances must total at most ", format_usd(max_deal_amount))});
    return problems;
}

PointsSplit split_artist_royalty(Micros royalty, std::int64_t artist_rate_ppm,
                                 std::span<const std::int64_t> effective_ppm) {
    // Each party's p of A, the artist the rest (A − Σp): monotone, so more royalty never pays anyone less.
    std::vector<std::int64_t> weights(effective_ppm.begin(), effective_ppm.end());
    std::int64_t artist_weight = artist_rate_ppm;
    for (const std::int64_t points : effective_ppm) artist_weight -= points;
    weights.push_back(artist_weight);
    std::vector<Micros> parts = allocate_monotone(royalty, weights);
    PointsSplit split;
    split.artist = parts.back();
    parts.pop_back();
    split.parties = std::move(parts);
    return split;
}

std::optional<std::size_t> payable_from_month(PaymentConvention convention, std::span<const Micros> all_in,
                                              std::span<const Micros> artist_net, Micros recording_recoupable) {
    if (convention == PaymentConvention::record_one || recording_recoupable <= 0) return 0;
    const std::span<const Micros> royalty =
        convention == PaymentConvention::retroactive_combined_rate ? all_in : artist_net;
    Micros cumulative = 0;
    for (std::size_t month = 0; month < royalty.size(); ++month) {
        cumulative += royalty[month];
        if (cumulative >= recording_recoupable) return month;
    }
    return std::nullopt;
}

}  // namespace dealsheet
