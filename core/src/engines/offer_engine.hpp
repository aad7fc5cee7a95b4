// Dealsheet core (internal) — one offer's payouts over whole streams, evaluated by the deal engine's lean path;
// used by the offers' validation and payouts (offer_terms.cpp) and the comparison (offers.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "dealsheet/offers.hpp"
#include "engines/lean_deal.hpp"

namespace dealsheet::detail {

// Party `party` as paid under `offer`: the offer's points, its advance, and record one when the offer says so.
inline PointsParty with_offer(const PointsParty& party, const Offer& offer) {
    PointsParty with = party;
    with.points_ppm = offer.points_ppm;
    with.advance = offer.advance;
    if (offer.record_one) with.convention = PaymentConvention::record_one;
    return with;
}

// An offer's payouts on the deal, evaluated by the deal engine's lean path (lean_deal.hpp: the same micros as
// deal_answers.hpp's lifetime model, numbers only).
struct OfferEngine {
    StreamModel model;
    std::size_t party = 0;
    Micros upfront = 0;
    Micros fee = 0;
    Micros advance = 0;
    detail::LeanDeal lean;  // the deal with the offer applied (terms_with_offer); valid

    OfferEngine(const RecordingTerms& terms, const StreamModel& model_, std::size_t party_, const Offer& offer)
            : model(model_),
              party(party_),
              upfront(offer.fee + offer.advance),
              fee(offer.fee),
              advance(offer.advance),
              lean(terms, party_, with_offer(terms.points[party_], offer)) {}

    // The offer's points prorated by the party's tracks.
    std::int64_t effective_points_ppm() const { return lean.parties[party].weight; }

    // Royalties paid beyond the advance at `streams` (0..answer_max_streams).
    Micros backend(std::int64_t streams) const {
        return detail::lean_party_paid(lean, receipts_for_streams(streams, model), party);
    }
    Micros payout(std::int64_t streams) const { return upfront + backend(streams); }
    // The least N with backend(N) > 0; empty = never.
    std::optional<std::int64_t> first_paid() const {
        return detail::lean_streams_until_party(lean, model, party, 0, true);
    }
    // The least N with payout(N) ≥ target; empty = never.
    std::optional<std::int64_t> reaching(Micros target) const {
        return detail::lean_streams_until_party(lean, model, party, target - upfront, false);
    }
};

}  // namespace dealsheet::detail
