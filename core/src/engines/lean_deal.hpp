// Dealsheet core (internal) — the lean lifetime evaluation: what each party of a recording deal is paid over
// ONE period of receipts, as numbers only (no ledgers, vectors or assumption text), and the searches over whole
// streams built on it. Used by deal_answers.cpp and offer_engine.hpp, whose answers run the deal at many stream counts.
//
// Index of this file
// [SECTION] Exact two-way split (allocate() of two weights, without allocation)
// [SECTION] The deal, prepared once
// [SECTION] One period
// [SECTION] Searches over whole streams
//
// Contract: for valid terms and 0 ≤ receipts ≤ max_deal_amount, every number here equals, to the micro-unit,
// the same field of calculate_recording(terms, {receipts}) (recording.cpp): the same two-way allocate() chain,
// the same one-month ledgers (tests/core/lean_deal_test.cpp compares them over thousands of generated deals).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/points.hpp"
#include "dealsheet/recording.hpp"

namespace dealsheet::detail {

// [SECTION] Exact two-way split (allocate() of two weights, without allocation)

// allocate(total, {w0, w1}) (money.cpp): floor parts, the leftover micro-unit to the larger remainder, ties to
// the first. Preconditions: total ≥ 0, w0, w1 ≥ 0, w0 + w1 < 2^31 (rates in ppm), so every product below
// fits in int64: total = a·W + b gives total·w = a·w·W + b·w with b·w < W² < 2^62.
inline std::pair<Micros, Micros> split_two(Micros total, std::int64_t w0, std::int64_t w1) {
    const std::int64_t weight = w0 + w1;
    if (total == 0 || weight <= 0) return {0, 0};
    const std::int64_t a = total / weight, b = total % weight, b0 = b * w0;
    // Remainders r0 + r1 = leftover × weight with r0, r1 < weight: r0 = 0 means nothing is left over; else one
    // micro-unit is, and it goes to part 0 when r0 ≥ r1 = weight − r0.
    const std::int64_t r0 = b0 % weight;
    const Micros p0 = a * w0 + b0 / weight + (r0 > 0 && 2 * r0 >= weight ? 1 : 0);
    return {p0, total - p0};
}

// [SECTION] The deal, prepared once

struct LeanParty {
    std::int64_t weight = 0;       // effective points (ppm of net receipts)
    std::int64_t rest_weight = 0;  // the weights after this party in the chain (later parties + the artist)
    Micros advance = 0;
    PaymentConvention convention = default_payment_convention;
};

// Everything of the terms that does not depend on the receipts. Precondition: validate(terms) is empty.
struct LeanDeal {
    std::int64_t all_in = 0;         // A
    std::int64_t artist_weight = 0;  // A − Σ effective points (points off the top: A × (1 − Σ points))
    bool off_top = false;            // a profit deal's points paid off the top of the receipts (points_off_the_top)
    bool advances_charged = false;   // the parties' advances are charged to the artist's account
    std::int64_t charge_share = full_share_ppm;  // the artist's share of every charge (the profit share, or 100%)
    Micros charged = 0;    // the artist's recoupable charges, advances among them (× charge_share)
    Micros recording = 0;  // the recording costs among them, advances included (the retroactive trigger)
    std::vector<LeanParty> parties;

    explicit LeanDeal(const RecordingTerms& terms) : LeanDeal(terms, terms.points.size(), nullptr) {}

    // The deal with party `replaced` paid as `with`: an offer's terms (offer_engine.hpp) without a copy of the terms.
    LeanDeal(const RecordingTerms& terms, std::size_t replaced, const PointsParty& with)
            : LeanDeal(terms, replaced, &with) {}

private:
    LeanDeal(const RecordingTerms& terms, std::size_t replaced, const PointsParty* with) {
        all_in = artist_all_in_ppm(terms);
        off_top = points_off_the_top(terms);
        advances_charged = terms.party_advances == PartyAdvanceBearer::artist_account;
        if (terms.type == RecordingDealType::net_profit) charge_share = terms.profit_share_ppm;
        std::int64_t rest = off_top ? full_share_ppm : all_in;
        Micros advances = 0;
        parties.reserve(terms.points.size());
        for (std::size_t i = 0; i < terms.points.size(); ++i) {
            const PointsParty& party = i == replaced && with != nullptr ? *with : terms.points[i];
            LeanParty lean;
            lean.weight = effective_points_ppm(party);
            lean.advance = party.advance;
            lean.convention = party.convention;
            rest -= lean.weight;
            lean.rest_weight = rest;
            parties.push_back(lean);
            if (advances_charged) advances += party.advance;
        }
        artist_weight = off_top ? mul_div_round(all_in, rest, full_share_ppm) : rest;
        for (const RecoupableCost& cost : terms.costs) {
            const Micros amount = recoupable_amount(cost, terms.established_artist, terms.type);
            charged += amount;
            if (cost.kind == CostKind::recording) recording += amount;
        }
        charged = mul_div_round(charged + advances, charge_share, full_share_ppm);
        recording = mul_div_round(recording + advances, charge_share, full_share_ppm);
    }
};

// [SECTION] One period

// split_two(receipts, A, 1e6 − A).first with the weight sum a constant (no hardware division).
inline Micros lean_share_of(std::int64_t weight, Micros receipts) {
    if (receipts == 0) return 0;
    const std::int64_t a = receipts / full_share_ppm, b0 = (receipts % full_share_ppm) * weight;
    const std::int64_t r0 = b0 % full_share_ppm;
    return a * weight + b0 / full_share_ppm + (r0 > 0 && 2 * r0 >= full_share_ppm ? 1 : 0);
}

// What the points come out of: the artist's all-in royalty, or the receipts themselves when the points come off
// the top of a profit deal.
inline Micros lean_base(const LeanDeal& deal, Micros receipts) {
    return deal.off_top ? receipts : lean_share_of(deal.all_in, receipts);
}

// Party `index`'s credited royalty out of `base` (lean_base: allocate_monotone's chain up to that party).
inline Micros lean_party_earned(const LeanDeal& deal, Micros base, std::size_t index) {
    Micros rest = base;
    for (std::size_t i = 0;; ++i) {
        const auto [part, after] = split_two(rest, deal.parties[i].weight, deal.parties[i].rest_weight);
        if (i == index) return part;
        rest = after;
    }
}

// One period's artist side out of `base`: what the artist nets after every party, the artist + parties
// (RecordingResult::artist_all_in[0]) and the advance credit (RecordingResult::advance_credit[0]).
struct LeanArtist {
    Micros net = 0;
    Micros combined = 0;
    Micros credit = 0;
};
inline LeanArtist lean_artist(const LeanDeal& deal, Micros base) {
    Micros rest = base, repaid = 0;
    for (const LeanParty& party : deal.parties) {
        const auto [part, after] = split_two(rest, party.weight, party.rest_weight);
        if (deal.advances_charged) repaid += std::min(part, party.advance);
        rest = after;
    }
    LeanArtist out;
    out.net = deal.off_top ? lean_share_of(deal.all_in, rest) : rest;
    out.combined = deal.off_top ? base - rest + out.net : base;
    out.credit = repaid > 0 ? mul_div_round(repaid, deal.charge_share, full_share_ppm) : 0;
    return out;
}

// The artist's all-in royalty of `receipts` (RecordingResult::artist_all_in[0]).
inline Micros lean_royalty(const LeanDeal& deal, Micros receipts) {
    return deal.off_top ? lean_artist(deal, receipts).combined : lean_share_of(deal.all_in, receipts);
}

// What the artist's account is credited over one period of `receipts`: net royalty + advance credit.
inline Micros lean_artist_credited(const LeanDeal& deal, Micros receipts) {
    const LeanArtist artist = lean_artist(deal, lean_base(deal, receipts));
    return artist.net + artist.credit;
}

// Whether party `index`'s convention allows payment within the one period (payable_from_month == 0).
inline bool lean_payable(const LeanDeal& deal, std::size_t index, const LeanArtist& artist) {
    const PaymentConvention convention = deal.parties[index].convention;
    if (convention == PaymentConvention::record_one || deal.recording <= 0) return true;
    return (convention == PaymentConvention::retroactive_combined_rate ? artist.combined : artist.net) >=
           deal.recording;
}

// Party `index`'s ledger paid_total over one period of `receipts`.
inline Micros lean_party_paid(const LeanDeal& deal, Micros receipts, std::size_t index) {
    const Micros base = lean_base(deal, receipts);
    const LeanParty& party = deal.parties[index];
    const bool needs_split = party.convention != PaymentConvention::record_one && deal.recording > 0;
    if (needs_split && !lean_payable(deal, index, lean_artist(deal, base))) return 0;
    return std::max<Micros>(0, lean_party_earned(deal, base, index) - party.advance);
}

// The artist's ledger over one period of `receipts`: closing balance and paid_total.
inline Micros lean_artist_closing(const LeanDeal& deal, Micros receipts) {
    return std::min<Micros>(0, lean_artist_credited(deal, receipts) - deal.charged);
}
inline Micros lean_artist_paid(const LeanDeal& deal, Micros receipts) {
    return std::max<Micros>(0, lean_artist_credited(deal, receipts) - deal.charged);
}

// [SECTION] Searches over whole streams

// The least x in low..high with holds(x), given holds is monotone there (false … true) and holds(high) is
// true (not evaluated). Starts from `guess` and gallops (1, 2, 4, … away) to bracket the change, then
// bisects: a few evaluations when the guess is close, about 2·log2(distance) otherwise. For a monotone
// predicate the answer is the same as any exact search's.
template <class Holds>
std::int64_t least_from_guess(std::int64_t low, std::int64_t high, std::int64_t guess, Holds&& holds) {
    guess = std::clamp(guess, low, high);
    std::int64_t yes = high, no = low - 1;  // holds(yes); no < low or !holds(no)
    if (guess == high || holds(guess)) {
        yes = guess;
        for (std::int64_t step = 1;; step *= 2) {
            if (yes == low) return low;
            const std::int64_t probe = yes - low > step ? yes - step : low;
            if (!holds(probe)) {
                no = probe;
                break;
            }
            yes = probe;
        }
    } else {
        no = guess;
        for (std::int64_t step = 1;; step *= 2) {
            const std::int64_t probe = high - no > step ? no + step : high;
            if (probe == high || holds(probe)) {
                yes = probe;
                break;
            }
            no = probe;
        }
    }
    while (yes - no > 1) {
        const std::int64_t middle = no + (yes - no) / 2;
        if (holds(middle))
            yes = middle;
        else
            no = middle;
    }
    return yes;
}

// Streams at which a quantity growing by about `per_stream` micros a stream reaches `target` (a guess only).
inline std::int64_t guess_streams(Micros target, double per_stream) {
    if (target <= 0) return 0;
    if (!(per_stream > 0)) return answer_max_streams;
    const double streams = static_cast<double>(target) / per_stream;
    return streams >= static_cast<double>(answer_max_streams) ? answer_max_streams : static_cast<std::int64_t>(streams);
}

// The least N in 0..answer_max_streams at which party `index` is paid at least `at_least` (more than it when
// `strictly`), over one period of receipts_for_streams(N); empty = never. Paid is non-decreasing in N (exact
// two-way splits, monotone conventions), so the search is exact.
inline std::optional<std::int64_t> lean_streams_until_party(const LeanDeal& deal, const StreamModel& model,
                                                            std::size_t index, Micros at_least, bool strictly) {
    if (!strictly && at_least <= 0) return 0;  // paid ≥ 0 always
    const auto holds = [&](std::int64_t n) {
        const Micros paid = lean_party_paid(deal, receipts_for_streams(n, model), index);
        return strictly ? paid > at_least : paid >= at_least;
    };
    if (!holds(answer_max_streams)) return std::nullopt;
    // Paid means payable and earned − advance past at_least; earned ≈ N × r × p / 1e9, royalty N × r × A / 1e9.
    const LeanParty& party = deal.parties[index];
    const double r = static_cast<double>(model.receipts_per_1000_streams);
    std::int64_t guess =
        guess_streams(party.advance + at_least + (strictly ? 1 : 0), r * static_cast<double>(party.weight) / 1e9);
    if (party.convention != PaymentConvention::record_one && deal.recording > 0) {
        const std::int64_t rate =
            party.convention == PaymentConvention::retroactive_combined_rate ? deal.all_in : deal.artist_weight;
        guess = std::max(guess, guess_streams(deal.recording, r * static_cast<double>(rate) / 1e9));
    }
    return least_from_guess(0, answer_max_streams, guess, holds);
}

}  // namespace dealsheet::detail
