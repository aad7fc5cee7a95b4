// Dealsheet core — the master side of a release, end to end: streams become master revenue (per-stream
// payouts or a subscription pool), which then goes either through a label deal (artist royalty, points,
// recoupment, the answers users come for) or, self-released, through a distributor's splits.
//
// Index of this file
// [SECTION] Terms
// [SECTION] Result
// [SECTION] Calculation
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/distributor.hpp"
#include "dealsheet/recording.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/streaming.hpp"

namespace dealsheet {

// [SECTION] Terms

enum class RevenueModel { per_stream, pool };           // how master revenue is found
enum class PoolMethod { pro_rata, user_centric };       // which pool model pays our track
enum class ReleaseRoute { label_deal, self_released };  // where master revenue goes

std::string_view to_string(RevenueModel model);                          // "per_stream", "pool"
std::optional<RevenueModel> parse_revenue_model(std::string_view name);  // nullopt for any other name
std::string_view to_string(PoolMethod method);                           // "pro_rata", "user_centric"
std::optional<PoolMethod> parse_pool_method(std::string_view name);      // nullopt for any other name
std::string_view to_string(ReleaseRoute route);                          // "label_deal", "self_released"
std::optional<ReleaseRoute> parse_release_route(std::string_view name);  // nullopt for any other name

// Another deal's account with the same label (an earlier album, a publishing deal with the label's publisher),
// crossed with this release's artist account when cross-collateralized (domain notes §3).
struct OtherAccount {
    std::string name = "Earlier album";  // shown on statements; at most 100 bytes
    Micros recoupable = 0;               // still charged to that account, 0..max_deal_amount
    Micros earned = 0;                   // royalties credited to it in the same period, 0..max_deal_amount
    bool operator==(const OtherAccount&) const = default;
};

inline constexpr std::size_t max_other_accounts = 16;  // other deals crossed with this one

// Everything about the master side of one release.
struct ReleaseTerms {
    RevenueModel revenue_model = RevenueModel::per_stream;
    StreamingTerms streaming;                       // per_stream: platforms and their streams over time
    PoolTerms pool;                                 // pool: our track is the first of pool.tracks
    PoolMethod pool_method = PoolMethod::pro_rata;  // pool: which model's payout our track receives
    ReleaseRoute route = ReleaseRoute::label_deal;
    RecordingTerms recording = default_label_deal();  // label_deal: the deal, its costs and points
    AnswerTerms answers;                              // label_deal: the break-even questions; its model and
                                                      // streams are replaced by the two fields below
    std::optional<Micros> answers_receipts_per_1000;  // nullopt: the effective rate of the master revenue above
    std::optional<std::int64_t> answers_streams;      // nullopt: the scenario's total streams
    SplitTerms splits;                                // self_released: the distributor and collaborators
    std::vector<OtherAccount> other_accounts;         // label_deal: other deals' accounts with the same label
    bool cross_collateralized = false;                // label_deal: pool this release with other_accounts
    bool operator==(const ReleaseTerms&) const = default;
};

// The answer terms actually used: the stream model and N follow the master revenue unless set.
AnswerTerms effective_answer_terms(const ReleaseTerms& terms, std::int64_t total_streams, Micros master_total);

// Every problem with every part of `terms` (active or not: a bad value is bad input either way), each with its
// JSON path: "streaming…", "recording…", "answers…", "splits…".
Problems validate(const ReleaseTerms& terms);

// [SECTION] Result

struct ReleaseResult {
    std::optional<StreamingRevenue> streaming;  // per_stream model
    std::optional<PoolPayouts> pool;            // pool model
    std::vector<Micros> master_revenue;         // per month: what the label (or the distributor) receives
    Micros master_total = 0;                    // Σ master_revenue
    // The release's total streams: the per-stream model's, or the pool model's for our track (its first). Derived
    // once here; reports, answers, sharing and the app read it.
    std::int64_t streams = 0;
    AnswerTerms answer_terms;  // effective_answer_terms(terms, streams, master_total): the answers' model and N
    std::optional<RecordingResult> recording;  // label_deal route
    std::optional<DealAnswers> answers;        // label_deal route
    std::optional<SplitResult> splits;         // self_released route
    std::optional<CrossResult> accounts;       // label_deal with other accounts: this release's artist account
                                               // first, then the others; crossed or not
};

// [SECTION] Calculation

// The release's money from streams to every party, or every problem that prevents it.
Result<ReleaseResult> calculate_release(const ReleaseTerms& terms);

namespace detail {
// calculate_release for terms already valid (validate(terms) is empty, as in a valid Scenario: calculate()
// checks them once).
Result<ReleaseResult> calculate_valid_release(const ReleaseTerms& terms);
}  // namespace detail

}  // namespace dealsheet
