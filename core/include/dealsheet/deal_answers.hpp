// Dealsheet core — the answers users come for: when does the artist recoup, when is each producer paid,
// when do points beat a bigger fee, and what does everyone have at N streams.
//
// Index of this file
// [SECTION] Stream model
// [SECTION] Single answers
// [SECTION] All answers at once
//
// Method: the label's net receipts are linear in streams, receipts(N) = round(N × r / 1,000) with r the
// receipts per 1,000 streams (domain notes §2.1). "At N streams" means the deal of recording.hpp run over
// one period whose receipts are receipts(N): lifetime totals, not months. Every party's payout is then
// non-decreasing in N (exact two-way splits, cumulative recoupment), so each "how many streams until…" is
// the smallest N in 0..answer_max_streams where a monotone condition holds, found by exact binary search
// over whole streams. Empty (std::nullopt) means never: no N up to answer_max_streams satisfies it — e.g.
// 0 points, a 0% rate, 0 receipts per stream, or a net-rate convention when the points take the whole rate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/recording.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// [SECTION] Stream model

// $3.41 per 1,000 streams: Duetti's 2024 blended master-side payout to independent artists [S] (domain §2.1).
inline constexpr Micros default_receipts_per_1000_streams = 3'410'000;
// $1,000 per 1,000 streams ($1 a stream) bounds the input; real values are ~$3–9.
inline constexpr Micros max_receipts_per_1000_streams = 1'000'000'000;
// 1e11 streams: the search bound, above any song's lifetime (same bound as the publishing estimate's streams).
inline constexpr std::int64_t answer_max_streams = 100'000'000'000;

// How streams turn into the label's net receipts from the master.
struct StreamModel {
    Micros receipts_per_1000_streams = default_receipts_per_1000_streams;  // 0..max_receipts_per_1000_streams
    bool operator==(const StreamModel&) const = default;
};

// Every problem with `model` under `path` (e.g. "answers.model"); empty when valid.
Problems validate(const StreamModel& model, const std::string& path = "answers.model");

// The label's net receipts for `streams` (0..answer_max_streams): streams × r ÷ 1,000, rounded half away
// from zero; non-decreasing in streams and at most max_deal_amount for valid inputs.
Micros receipts_for_streams(std::int64_t streams, const StreamModel& model);

// [SECTION] Single answers

// Every party's lifetime totals at `streams` (0..answer_max_streams): the deal over one period of
// receipts_for_streams(streams).
Result<RecordingResult> totals_at_streams(const RecordingTerms& terms, const StreamModel& model, std::int64_t streams);

// The fewest streams at which the artist's net royalty covers every charge to the artist's account (0 when
// nothing is charged); empty = never.
Result<std::optional<std::int64_t>> streams_until_artist_recoups(const RecordingTerms& terms, const StreamModel& model);

// The same in the label's net receipts, to the micro-unit: the least receipts at which the artist recoups;
// empty = never (an artist net rate of 0 with something to recoup).
Result<std::optional<Micros>> receipts_until_artist_recoups(const RecordingTerms& terms);

// The fewest streams at which the artist is paid anything (more than 0); empty = never.
Result<std::optional<std::int64_t>> streams_until_artist_paid(const RecordingTerms& terms, const StreamModel& model);

// The fewest streams at which points party `party` (index into terms.points) is paid anything, after its
// advance and its convention's recoupment condition; empty = never. A problem when the index is out of range.
Result<std::optional<std::int64_t>> streams_until_party_paid(const RecordingTerms& terms, const StreamModel& model,
                                                             std::size_t party);

// The fewest streams at which party `party`'s backend (royalties paid, after its advance) reaches
// fee_full − fee_reduced: where taking the reduced fee plus points breaks even with the full fee. Set the
// party's advance to fee_reduced in `terms` when the reduced fee is an advance against its royalties. 0 when
// the fees are equal; empty = never. Problems for fees outside 0..max_deal_amount, fee_reduced > fee_full,
// or an index out of range.
Result<std::optional<std::int64_t>> streams_until_points_beat_fee(const RecordingTerms& terms, const StreamModel& model,
                                                                  std::size_t party, Micros fee_full,
                                                                  Micros fee_reduced);

// An answer in words: "1 stream", "2,500,000 streams", or "never (within 100 billion streams)" when empty.
std::string format_streams_or_never(const std::optional<std::int64_t>& streams);

// [SECTION] All answers at once

// One points party's choice: a full fee, or a reduced fee plus its points.
struct FeeChoice {
    std::size_t party = 0;   // index into RecordingTerms::points
    Micros fee_full = 0;     // the upfront fee without points
    Micros fee_reduced = 0;  // the upfront fee with points, ≤ fee_full
    bool operator==(const FeeChoice&) const = default;
};

// What the user asks about a deal.
struct AnswerTerms {
    StreamModel model;                   // receipts per 1,000 streams
    std::int64_t streams = 1'000'000;    // N for "every party's total at N streams", 0..answer_max_streams
    std::vector<FeeChoice> fee_choices;  // fee comparisons to break even
    bool operator==(const AnswerTerms&) const = default;
};

// Every problem with `answers` for `terms` under `path` ("answers.streams", "answers.fee_choices[0].party").
Problems validate(const AnswerTerms& answers, const RecordingTerms& terms, const std::string& path = "answers");

// A fee comparison answered.
struct FeeAnswer {
    FeeChoice choice;
    Micros fee_difference = 0;                       // fee_full − fee_reduced
    std::optional<std::int64_t> break_even_streams;  // empty = never
};

// Everything at once; every "streams" is a whole number of streams and empty means never.
struct DealAnswers {
    std::optional<std::int64_t> artist_recoups_at_streams;             // streams_until_artist_recoups
    std::optional<Micros> artist_recoups_at_receipts;                  // receipts_until_artist_recoups
    std::optional<std::int64_t> artist_paid_from_streams;              // streams_until_artist_paid
    std::vector<std::optional<std::int64_t>> party_paid_from_streams;  // per points party, in order
    std::vector<FeeAnswer> fees;                                       // per fee choice, in order
    std::int64_t streams = 0;                                          // N
    RecordingResult at_streams;                                        // every party's totals at N streams
    Assumptions assumptions;                                           // the deal's, plus the stream model's
};

// Every answer for valid terms, or every problem with the terms and the questions.
Result<DealAnswers> answer_deal(const RecordingTerms& terms, const AnswerTerms& answers);

namespace detail {
// answer_deal for terms already valid (validate(terms) is empty): checks the questions only.
Result<DealAnswers> answer_valid_deal(const RecordingTerms& terms, const AnswerTerms& answers);
}  // namespace detail

}  // namespace dealsheet
