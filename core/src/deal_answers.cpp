#include "dealsheet/deal_answers.hpp"

#include "text.hpp"

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
    return calculate_recording(terms, series).value();
}

// The least x in 0..limit for which `holds(x)` is true, given that `holds` is monotone (false … false true …
// true); empty when it is false even at `limit`. About 37 evaluations for limit = 1e11.
template <class Holds>
std::optional<std::int64_t> least(std::int64_t limit, Holds holds) {
    if (!holds(limit)) return std::nullopt;
    std::int64_t low = 0, high = limit;
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        if (holds(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
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
    for (const auto& [fee, name] : {std::pair{fee_full, ".fee_full"}, std::pair{fee_reduced, ".fee_reduced"}})
        if (fee < 0 || fee > max_deal_amount)
            problems.push_back({cat(path, name), cat("must be an amount from $0.00 to ", format_usd(max_deal_amount),
                                                     " (got ", format_usd(fee), ")")});
    if (problems.empty() && fee_reduced > fee_full)
        problems.push_back({cat(path, ".fee_reduced"), cat("must not exceed fee_full (", format_usd(fee_full),
                                                           ") (got ", format_usd(fee_reduced), ")")});
    return problems;
}

std::optional<std::int64_t> artist_recoups(const RecordingTerms& terms, const StreamModel& model) {
    return least(answer_max_streams,
                 [&](std::int64_t n) { return lifetime(terms, receipts_for_streams(n, model)).artist.closing >= 0; });
}

std::optional<std::int64_t> artist_paid(const RecordingTerms& terms, const StreamModel& model) {
    return least(answer_max_streams,
                 [&](std::int64_t n) { return lifetime(terms, receipts_for_streams(n, model)).artist.paid_total > 0; });
}

// The fewest streams at which the party's lifetime payout reaches `at_least` (> 0 when at_least is 0 and
// `strictly` is set: "paid anything").
std::optional<std::int64_t> party_reaches(const RecordingTerms& terms, const StreamModel& model, std::size_t party,
                                          Micros at_least, bool strictly) {
    return least(answer_max_streams, [&](std::int64_t n) {
        const Micros paid = lifetime(terms, receipts_for_streams(n, model)).parties[party].ledger.paid_total;
        return strictly ? paid > at_least : paid >= at_least;
    });
}

}  // namespace

// [SECTION] Stream model

Problems validate(const StreamModel& model, const std::string& path) {
    if (model.receipts_per_1000_streams >= 0 && model.receipts_per_1000_streams <= max_receipts_per_1000_streams)
        return {};
    return {{cat(path, ".receipts_per_1000_streams"),
             cat("must be an amount from $0.00 to ", format_usd(max_receipts_per_1000_streams),
                 " per 1,000 streams (got ", format_usd(model.receipts_per_1000_streams), ")")}};
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
    return least(max_deal_amount, [&](Micros receipts) { return lifetime(terms, receipts).artist.closing >= 0; });
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
            {cat(path, ".fee_choices"), cat("must list at most ", std::to_string(max_points_parties), " choices (got ",
                                            std::to_string(answers.fee_choices.size()), ")")});
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

Result<DealAnswers> answer_deal(const RecordingTerms& terms, const AnswerTerms& answers) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(answers, terms)) problems.push_back(std::move(problem));
    if (!problems.empty()) return problems;

    const StreamModel& model = answers.model;
    DealAnswers out;
    out.artist_recoups_at_streams = artist_recoups(terms, model);
    out.artist_recoups_at_receipts = receipts_until_artist_recoups(terms).value();
    out.artist_paid_from_streams = artist_paid(terms, model);
    for (std::size_t i = 0; i < terms.points.size(); ++i)
        out.party_paid_from_streams.push_back(party_reaches(terms, model, i, 0, true));
    for (const FeeChoice& choice : answers.fee_choices) {
        const Micros difference = choice.fee_full - choice.fee_reduced;
        out.fees.push_back({choice, difference, party_reaches(terms, model, choice.party, difference, false)});
    }
    out.streams = answers.streams;
    out.at_streams = lifetime(terms, receipts_for_streams(answers.streams, model));

    const bool default_model = model.receipts_per_1000_streams == default_receipts_per_1000_streams;
    out.assumptions = out.at_streams.assumptions;
    out.assumptions.push_back(
        {"Label net receipts per 1,000 streams", format_usd(model.receipts_per_1000_streams),
         default_model ? "Duetti 2024 music economics report: blended master-side payout, independent artists, global "
                         "(domain notes section 2.1)"
                       : "Entered by you",
         default_model ? "[S]" : "", default_model ? "2024" : ""});
    out.assumptions.push_back(
        {"Answers in streams",
         cat("Lifetime totals at a stream count (monthly timing ignored); 'never' means not within ",
             format_count(answer_max_streams), " streams"),
         "Dealsheet method: receipts linear in streams, exact search over whole streams", "[D]", ""});
    return out;
}

}  // namespace dealsheet
