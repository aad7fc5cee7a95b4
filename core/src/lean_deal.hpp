// Dealsheet core (internal) — the lean lifetime evaluation: what each party of a recording deal is paid over
// ONE period of receipts, as numbers only (no ledgers, vectors or assumption text), and the searches over whole
// streams built on it. Used by deal_answers.cpp and offers.cpp, whose answers run the deal at many stream counts.
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
    PaymentConvention convention = PaymentConvention::retroactive_combined_rate;
};

// Everything of the terms that does not depend on the receipts. Precondition: validate(terms) is empty.
struct LeanDeal {
    std::int64_t all_in = 0;         // A
    std::int64_t artist_weight = 0;  // A − Σ effective points
    Micros charged = 0;              // the artist's recoupable charges (× profit share in a net-profit deal)
    Micros recording = 0;            // the recording costs among them (the retroactive trigger)
    std::vector<LeanParty> parties;

    explicit LeanDeal(const RecordingTerms& terms) : LeanDeal(terms, terms.points.size(), nullptr) {}

    // The deal with party `replaced` paid as `with`: an offer's terms (offers.cpp) without a copy of the terms.
    LeanDeal(const RecordingTerms& terms, std::size_t replaced, const PointsParty& with)
        : LeanDeal(terms, replaced, &with) {}

private:
    LeanDeal(const RecordingTerms& terms, std::size_t replaced, const PointsParty* with) {
        all_in = artist_all_in_ppm(terms);
        std::int64_t rest = all_in;
        parties.reserve(terms.points.size());
        for (std::size_t i = 0; i < terms.points.size(); ++i) {
            const PointsParty& party = i == replaced ? *with : terms.points[i];
            LeanParty lean;
            lean.weight = effective_points_ppm(party);
            lean.advance = party.advance;
            lean.convention = party.convention;
            rest -= lean.weight;
            lean.rest_weight = rest;
            parties.push_back(lean);
        }
        artist_weight = rest;
        for (const RecoupableCost& cost : terms.costs) {
            const Micros amount = recoupable_amount(cost, terms.established_artist);
            charged += amount;
            if (cost.kind == CostKind::recording) recording += amount;
        }
        if (terms.type == RecordingDealType::net_profit) {
            charged = mul_div_round(charged, terms.profit_share_ppm, full_share_ppm);
            recording = mul_div_round(recording, terms.profit_share_ppm, full_share_ppm);
        }
    }
};

// [SECTION] One period

// The artist's all-in royalty of `receipts` (RecordingResult::artist_all_in[0]).
inline Micros lean_royalty(const LeanDeal& deal, Micros receipts) {
    // split_two(receipts, A, 1e6 − A).first with the weight sum a constant (no hardware division).
    if (receipts == 0) return 0;
    const std::int64_t a = receipts / full_share_ppm, b0 = (receipts % full_share_ppm) * deal.all_in;
    const std::int64_t r0 = b0 % full_share_ppm;
    return a * deal.all_in + b0 / full_share_ppm + (r0 > 0 && 2 * r0 >= full_share_ppm ? 1 : 0);
}

// Party `index`'s credited royalty out of `royalty` (allocate_monotone's chain up to that party).
inline Micros lean_party_earned(const LeanDeal& deal, Micros royalty, std::size_t index) {
    Micros rest = royalty;
    for (std::size_t i = 0;; ++i) {
        const auto [part, after] = split_two(rest, deal.parties[i].weight, deal.parties[i].rest_weight);
        if (i == index) return part;
        rest = after;
    }
}

// What the artist nets out of `royalty` after every party (the chain's last part).
inline Micros lean_artist_net(const LeanDeal& deal, Micros royalty) {
    Micros rest = royalty;
    for (const LeanParty& party : deal.parties) rest = split_two(rest, party.weight, party.rest_weight).second;
    return rest;
}

// Whether party `index`'s convention allows payment within the one period (payable_from_month == 0).
inline bool lean_payable(const LeanDeal& deal, std::size_t index, Micros royalty, Micros artist_net) {
    const PaymentConvention convention = deal.parties[index].convention;
    if (convention == PaymentConvention::record_one || deal.recording <= 0) return true;
    return (convention == PaymentConvention::retroactive_combined_rate ? royalty : artist_net) >= deal.recording;
}

// Party `index`'s ledger paid_total over one period of `receipts`.
inline Micros lean_party_paid(const LeanDeal& deal, Micros receipts, std::size_t index) {
    const Micros royalty = lean_royalty(deal, receipts);
    const LeanParty& party = deal.parties[index];
    const bool needs_net = party.convention == PaymentConvention::retroactive_net_rate && deal.recording > 0;
    if (!lean_payable(deal, index, royalty, needs_net ? lean_artist_net(deal, royalty) : 0)) return 0;
    return std::max<Micros>(0, lean_party_earned(deal, royalty, index) - party.advance);
}

// The artist's ledger over one period of `receipts`: closing balance and paid_total.
inline Micros lean_artist_closing(const LeanDeal& deal, Micros receipts) {
    return std::min<Micros>(0, lean_artist_net(deal, lean_royalty(deal, receipts)) - deal.charged);
}
inline Micros lean_artist_paid(const LeanDeal& deal, Micros receipts) {
    return std::max<Micros>(0, lean_artist_net(deal, lean_royalty(deal, receipts)) - deal.charged);
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
    std::int64_t guess = guess_streams(party.advance + at_least + (strictly ? 1 : 0),
                                       r * static_cast<double>(party.weight) / 1e9);
    if (party.convention != PaymentConvention::record_one && deal.recording > 0) {
        const std::int64_t rate =
            party.convention == PaymentConvention::retroactive_combined_rate ? deal.all_in : deal.artist_weight;
        guess = std::max(guess, guess_streams(deal.recording, r * static_cast<double>(rate) / 1e9));
    }
    return least_from_guess(0, answer_max_streams, guess, holds);
}

}  // namespace dealsheet::detail
