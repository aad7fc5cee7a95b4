// Offers' terms: their validation against the deal, and what an offer pays at a stream count (contracts in
// offers.hpp).
#include "dealsheet/offers.hpp"

#include <utility>

#include "engines/checks.hpp"
#include "engines/offer_engine.hpp"
#include "engines/stream_outcomes.hpp"
#include "foundation/text.hpp"

namespace dealsheet {

using detail::cat;

// [SECTION] Validation

Problems validate(const CompareTerms& compare, const RecordingTerms& terms, const std::string& path) {
    Problems problems;
    const std::string offers_path = cat(path, ".offers");
    if (compare.offers.size() > max_offers)
        problems.push_back({offers_path, detail::too_many(max_offers, "offers", compare.offers.size())});
    const bool party_ok = compare.party < terms.points.size();
    if (!compare.offers.empty() && !party_ok)
        problems.push_back(
            {cat(path, ".party"),
             terms.points.empty()
                 ? std::string("needs a points party in recording.points to compare offers for")
                 : cat("must name one of the ", std::to_string(terms.points.size()), " points parties (0 to ",
                       std::to_string(terms.points.size() - 1), ") (got ", std::to_string(compare.party), ")")});
    const bool deal_ok = validate(terms).empty();
    // The deal's points without the compared party's, and its all-in rate (an offer changes neither), for a
    // valid deal only.
    std::int64_t others = 0, all_in = 0;
    if (deal_ok && party_ok) {
        for (std::size_t k = 0; k < terms.points.size(); ++k)
            if (k != compare.party) others += effective_points_ppm(terms.points[k]);
        all_in = points_off_the_top(terms) ? full_share_ppm : artist_all_in_ppm(terms);
    }
    for (std::size_t i = 0; i < compare.offers.size() && i < max_offers; ++i) {
        const Offer& offer = compare.offers[i];
        const std::string at = cat(offers_path, "[", std::to_string(i), "]");
        if (offer.name.size() > max_offer_name_bytes || !detail::valid_utf8(offer.name))
            problems.push_back(
                {cat(at, ".name"), cat("must be UTF-8 text of at most ", std::to_string(max_offer_name_bytes),
                                       " bytes (got ", std::to_string(offer.name.size()), " bytes)")});
        detail::check_amount(problems, at, ".fee", offer.fee);
        detail::check_amount(problems, at, ".advance", offer.advance);
        if (detail::check_percentage(problems, at, ".points", offer.points_ppm) && deal_ok && party_ok) {
            const std::int64_t total =
                others + effective_points_ppm(detail::with_offer(terms.points[compare.party], offer));
            if (total > all_in)
                problems.push_back({cat(at, ".points"),
                                    cat("with the other parties' points must stay within the artist's all-in rate of ",
                                        format_percent(all_in), " (got ", format_percent(total), " in all)")});
        }
    }
    if (compare.target) detail::check_amount(problems, path, ".target", *compare.target);
    for (Problem& problem : detail::validate_outcomes(compare.outcomes, cat(path, ".outcomes")))
        problems.push_back(std::move(problem));
    return problems;
}

// [SECTION] Payouts

RecordingTerms terms_with_offer(const RecordingTerms& terms, std::size_t party, const Offer& offer) {
    RecordingTerms with = terms;
    with.points[party] = detail::with_offer(terms.points[party], offer);
    return with;
}

Result<Micros> offer_payout(const RecordingTerms& terms, const StreamModel& model, std::size_t party,
                            const Offer& offer, std::int64_t streams) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(model)) problems.push_back(std::move(problem));
    CompareTerms compare;
    compare.party = party;
    compare.offers = {offer};
    for (Problem& problem : validate(compare, terms)) problems.push_back(std::move(problem));
    detail::check_count(problems, "", "streams", streams, 0, answer_max_streams);
    if (!problems.empty()) return problems;
    const detail::OfferEngine engine{terms, model, party, offer};
    return engine.payout(streams);
}

}  // namespace dealsheet
