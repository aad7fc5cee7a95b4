#include "dealsheet/deal_answers.hpp"

#include "engines/checks.hpp"
#include "engines/lean_deal.hpp"
#include "foundation/text.hpp"

#include <array>
#include <utility>

namespace dealsheet {
namespace {

using detail::cat;

// Concatenates with += only (GCC 12 reports false -Wrestrict errors on `"literal" + std::string`).

// The deal over one period of `receipts`. Precondition: terms valid, 0 ≤ receipts ≤ max_deal_amount, so the
// calculation cannot fail.
RecordingResult lifetime(const RecordingTerms& terms, Micros receipts) {
    const std::array<Micros, 1> series{receipts};
    return std::move(detail::calculate_valid_recording(terms, series).value());
}

Problems check(const RecordingTerms& terms, const StreamModel& model) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(model)) problems.push_back(std::move(problem));
    return problems;
}

Problems check_party(const RecordingTerms& terms, std::size_t party, const std::string& field) {
    if (party < terms.points.size()) return {};
    return {{field, cat("must name one of the ", std::to_string(terms.points.size()), " points parties (0 to ",
                        std::to_string(terms.points.size()), " - 1) (got ", std::to_string(party), ")")}};
}

Problems check_fees(Micros fee_full, Micros fee_reduced, const std::string& path) {
    Problems problems;
    detail::check_amount(problems, path, ".fee_full", fee_full);
    detail::check_amount(problems, path, ".fee_reduced", fee_reduced);
    if (problems.empty() && fee_reduced > fee_full)
        problems.push_back({cat(path, ".fee_reduced"), cat("must not exceed fee_full (", format_usd(fee_full),
                                                           ") (got ", format_usd(fee_reduced), ")")});
    return problems;
}

// The searches below run the lean evaluation (lean_deal.hpp: the same micros as `lifetime`, numbers only) and
// start from the linear estimate, so each answer costs a handful of evaluations instead of ~37 full runs.

std::optional<std::int64_t> artist_reaches(const detail::LeanDeal& deal, const StreamModel& model, bool strictly) {
    const auto holds = [&](std::int64_t n) {
        const Micros net = detail::lean_artist_credited(deal, receipts_for_streams(n, model));
        return strictly ? net > deal.charged : net >= deal.charged;  // paid > 0, or closing ≥ 0
    };
    if (!holds(answer_max_streams)) return std::nullopt;
    const double per_stream =
        static_cast<double>(model.receipts_per_1000_streams) * static_cast<double>(deal.artist_weight) / 1e9;
    return detail::least_from_guess(0, answer_max_streams,
                                    detail::guess_streams(deal.charged + (strictly ? 1 : 0), per_stream), holds);
}

std::optional<std::int64_t> artist_recoups(const RecordingTerms& terms, const StreamModel& model) {
    return artist_reaches(detail::LeanDeal(terms), model, false);
}

std::optional<std::int64_t> artist_paid(const RecordingTerms& terms, const StreamModel& model) {
    return artist_reaches(detail::LeanDeal(terms), model, true);
}

// The least receipts at which the artist recoups (net royalty ≥ charges); empty = never.
std::optional<Micros> artist_recoups_receipts(const detail::LeanDeal& deal) {
    const auto holds = [&](Micros receipts) { return detail::lean_artist_credited(deal, receipts) >= deal.charged; };
    if (!holds(max_deal_amount)) return std::nullopt;
    std::int64_t guess = max_deal_amount;
    if (deal.charged <= 0)
        guess = 0;
    else if (deal.artist_weight > 0) {
        const double receipts = static_cast<double>(deal.charged) * static_cast<double>(full_share_ppm) /
                                static_cast<double>(deal.artist_weight);
        if (receipts < static_cast<double>(max_deal_amount)) guess = static_cast<std::int64_t>(receipts);
    }
    return detail::least_from_guess(0, max_deal_amount, guess, holds);
}

// The fewest streams at which the party's lifetime payout reaches `at_least` (> 0 when at_least is 0 and
// `strictly` is set: "paid anything").
std::optional<std::int64_t> party_reaches(const RecordingTerms& terms, const StreamModel& model, std::size_t party,
                                          Micros at_least, bool strictly) {
    return detail::lean_streams_until_party(detail::LeanDeal(terms), model, party, at_least, strictly);
}

}  // namespace

// [SECTION] Stream model

Problems validate(const StreamModel& model, const std::string& path) {
    Problems problems;
    detail::check_amount(problems, path, ".receipts_per_1000_streams", model.receipts_per_1000_streams,
                         max_receipts_per_1000_streams);
    return problems;
}

Micros receipts_for_streams(std::int64_t streams, const StreamModel& model) {
    return mul_div_round(streams, model.receipts_per_1000_streams, 1'000);
}

// [SECTION] Single answers

Result<RecordingResult> totals_at_streams(const RecordingTerms& terms, const StreamModel& model, std::int64_t streams) {
    Problems problems = check(terms, model);
    if (streams < 0 || streams > answer_max_streams)
        problems.push_back({"streams", cat("must be a whole number of streams from 0 to ",
                                           format_count(answer_max_streams), " (got ", std::to_string(streams), ")")});
    if (!problems.empty()) return problems;
    return lifetime(terms, receipts_for_streams(streams, model));
}

Result<std::optional<std::int64_t>> streams_until_artist_recoups(const RecordingTerms& terms,
                                                                 const StreamModel& model) {
    if (Problems problems = check(terms, model); !problems.empty()) return problems;
    return artist_recoups(terms, model);
}

Result<std::optional<Micros>> receipts_until_artist_recoups(const RecordingTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;
    return artist_recoups_receipts(detail::LeanDeal(terms));
}

Result<std::optional<std::int64_t>> streams_until_artist_paid(const RecordingTerms& terms, const StreamModel& model) {
    if (Problems problems = check(terms, model); !problems.empty()) return problems;
    return artist_paid(terms, model);
}

Result<std::optional<std::int64_t>> streams_until_party_paid(const RecordingTerms& terms, const StreamModel& model,
                                                             std::size_t party) {
    Problems problems = check(terms, model);
    for (Problem& problem : check_party(terms, party, "party")) problems.push_back(std::move(problem));
    if (!problems.empty()) return problems;
    return party_reaches(terms, model, party, 0, true);
}

Result<std::optional<std::int64_t>> streams_until_points_beat_fee(const RecordingTerms& terms, const StreamModel& model,
                                                                  std::size_t party, Micros fee_full,
                                                                  Micros fee_reduced) {
    Problems problems = check(terms, model);
    for (Problem& problem : check_party(terms, party, "party")) problems.push_back(std::move(problem));
    for (Problem& problem : check_fees(fee_full, fee_reduced, "fee")) problems.push_back(std::move(problem));
    if (!problems.empty()) return problems;
    return party_reaches(terms, model, party, fee_full - fee_reduced, false);
}

// [SECTION] All answers at once

Problems validate(const AnswerTerms& answers, const RecordingTerms& terms, const std::string& path) {
    Problems problems = validate(answers.model, cat(path, ".model"));
    if (answers.streams < 0 || answers.streams > answer_max_streams)
        problems.push_back({cat(path, ".streams"),
                            cat("must be a whole number of streams from 0 to ", format_count(answer_max_streams),
                                " (got ", std::to_string(answers.streams), ")")});
    if (answers.fee_choices.size() > max_points_parties)
        problems.push_back(
            {cat(path, ".fee_choices"), detail::too_many(max_points_parties, "choices", answers.fee_choices.size())});
    else
        for (std::size_t i = 0; i < answers.fee_choices.size(); ++i) {
            const FeeChoice& choice = answers.fee_choices[i];
            const std::string at = cat(path, ".fee_choices[", std::to_string(i), "]");
            for (Problem& problem : check_party(terms, choice.party, cat(at, ".party")))
                problems.push_back(std::move(problem));
            for (Problem& problem : check_fees(choice.fee_full, choice.fee_reduced, at))
                problems.push_back(std::move(problem));
        }
    return problems;
}

std::string format_streams_or_never(const std::optional<std::int64_t>& streams) {
    if (!streams) return "never (within 100 billion streams)";
    std::string text = format_count(*streams);
    text += *streams == 1 ? " stream" : " streams";
    return text;
}

Result<DealAnswers> answer_deal(const RecordingTerms& terms, const AnswerTerms& answers) {
    if (Problems problems = validate(terms); !problems.empty()) {
        for (Problem& problem : validate(answers, terms)) problems.push_back(std::move(problem));
        return problems;
    }
    return detail::answer_valid_deal(terms, answers);
}

Result<DealAnswers> detail::answer_valid_deal(const RecordingTerms& terms, const AnswerTerms& answers) {
    if (Problems problems = validate(answers, terms); !problems.empty()) return problems;

    const StreamModel& model = answers.model;
    const detail::LeanDeal deal(terms);  // prepared once for every search
    DealAnswers out;
    out.artist_recoups_at_streams = artist_reaches(deal, model, false);
    out.artist_recoups_at_receipts = artist_recoups_receipts(deal);
    out.artist_paid_from_streams = artist_reaches(deal, model, true);
    out.party_paid_from_streams.reserve(terms.points.size());
    for (std::size_t i = 0; i < terms.points.size(); ++i)
        out.party_paid_from_streams.push_back(detail::lean_streams_until_party(deal, model, i, 0, true));
    for (const FeeChoice& choice : answers.fee_choices) {
        const Micros difference = choice.fee_full - choice.fee_reduced;
        out.fees.push_back(
            {choice, difference, detail::lean_streams_until_party(deal, model, choice.party, difference, false)});
    }
    out.streams = answers.streams;
    out.at_streams = lifetime(terms, receipts_for_streams(answers.streams, model));

    const bool default_model = model.receipts_per_1000_streams == default_receipts_per_1000_streams;
    out.assumptions.reserve(out.at_streams.assumptions.size() + 2);
    out.assumptions.assign(out.at_streams.assumptions.begin(), out.at_streams.assumptions.end());
    out.assumptions.push_back(
        {"Label net receipts per 1,000 streams", format_usd(model.receipts_per_1000_streams),
         default_model ? "Duetti music economics report (2024 data, published 2025-01-23): blended master-side payout, "
                         "independent artists, global"
                       : "Entered by you",
         default_model ? "[S]" : "", default_model ? "2025-01-23" : ""});
    out.assumptions.push_back(
        {"Answers in streams",
         cat("Lifetime totals at a stream count (monthly timing ignored); 'never' means not within ",
             format_count(answer_max_streams), " streams"),
         "Dealsheet method: receipts linear in streams, exact search over whole streams", "[D]", ""});
    return out;
}

}  // namespace dealsheet
