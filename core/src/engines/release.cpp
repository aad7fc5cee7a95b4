#include "dealsheet/release.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "dealsheet/money.hpp"
#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

constexpr std::array<std::string_view, 2> revenue_model_names{"per_stream", "pool"};
constexpr std::array<std::string_view, 2> pool_method_names{"pro_rata", "user_centric"};
constexpr std::array<std::string_view, 2> route_names{"label_deal", "self_released"};

void append(Problems& into, Problems more) {
    for (Problem& problem : more) into.push_back(std::move(problem));
}

}  // namespace

DEALSHEET_ENUM_NAME_FUNCTIONS(RevenueModel, model, parse_revenue_model, name, revenue_model_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(PoolMethod, method, parse_pool_method, name, pool_method_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(ReleaseRoute, route, parse_release_route, name, route_names)

AnswerTerms effective_answer_terms(const ReleaseTerms& terms, std::int64_t total_streams, Micros master_total) {
    AnswerTerms answers = terms.answers;
    if (terms.answers_receipts_per_1000)
        answers.model.receipts_per_1000_streams = *terms.answers_receipts_per_1000;
    else if (total_streams > 0)  // the blended rate the scenario's own streams earned
        answers.model.receipts_per_1000_streams = mul_div_round(master_total, 1000, total_streams);
    if (terms.answers_streams)
        answers.streams = *terms.answers_streams;
    else if (total_streams > 0)
        answers.streams = std::min(total_streams, answer_max_streams);
    return answers;
}

Problems validate(const ReleaseTerms& terms) {
    Problems problems = validate(terms.streaming, "streaming");
    append(problems, validate(terms.pool, "streaming.pool"));
    append(problems, validate(terms.recording, "recording"));
    AnswerTerms answers = terms.answers;  // the user-set parts; derived ones are valid by construction
    if (terms.answers_receipts_per_1000) answers.model.receipts_per_1000_streams = *terms.answers_receipts_per_1000;
    if (terms.answers_streams) answers.streams = *terms.answers_streams;
    for (Problem& problem : validate(answers, terms.recording, "answers")) {
        if (problem.field == "answers.model.receipts_per_1000_streams")
            problem.field = "answers.receipts_per_1000_streams";
        problems.push_back(std::move(problem));
    }
    append(problems, validate(terms.splits, "splits"));
    if (terms.other_accounts.size() > max_other_accounts)
        problems.push_back(
            {"accounts.others", detail::too_many(max_other_accounts, "accounts", terms.other_accounts.size())});
    for (std::size_t i = 0; i < terms.other_accounts.size(); ++i) {
        const OtherAccount& account = terms.other_accounts[i];
        const std::string path = "accounts.others[" + std::to_string(i) + "]";
        if (account.name.size() > 100) problems.push_back({path + ".name", "must be at most 100 bytes long"});
        detail::check_amount(problems, path, ".recoupable", account.recoupable);
        detail::check_amount(problems, path, ".earned", account.earned);
    }
    return problems;
}

Result<ReleaseResult> calculate_release(const ReleaseTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;
    return detail::calculate_valid_release(terms);
}

Result<ReleaseResult> detail::calculate_valid_release(const ReleaseTerms& terms) {
    ReleaseResult result;
    std::int64_t total_streams = 0;

    if (terms.revenue_model == RevenueModel::per_stream) {
        StreamingRevenue streaming = detail::calculate_valid_streaming_revenue(terms.streaming);  // validated
        result.master_revenue = streaming.monthly_revenue;
        total_streams = streaming.streams;
        result.streaming = std::move(streaming);
    } else {
        Result<PoolPayouts> pool = calculate_pool(terms.pool);
        if (!pool.ok()) return pool.problems();
        const PoolTrackPayout& ours = pool.value().tracks.front();  // validated: at least one track
        result.master_revenue = {terms.pool_method == PoolMethod::pro_rata ? ours.pro_rata : ours.user_centric};
        total_streams = ours.streams;
        result.pool = std::move(pool.value());
    }
    for (Micros month : result.master_revenue) result.master_total += month;
    result.streams = total_streams;
    result.answer_terms = effective_answer_terms(terms, total_streams, result.master_total);

    if (terms.route == ReleaseRoute::label_deal) {
        Result<RecordingResult> recording = detail::calculate_valid_recording(terms.recording, result.master_revenue);
        if (!recording.ok()) return recording.problems();
        result.recording = std::move(recording.value());
        Result<DealAnswers> answers = detail::answer_valid_deal(terms.recording, result.answer_terms);
        if (!answers.ok()) return answers.problems();
        result.answers = std::move(answers.value());
        if (!terms.other_accounts.empty()) {
            std::vector<RecoupmentAccount> accounts{{"This release", result.recording->artist.recoupable, {}}};
            for (const LedgerLine& line : result.recording->artist.months)
                accounts.front().earned.push_back(line.earned);
            for (const OtherAccount& other : terms.other_accounts)
                accounts.push_back({other.name, other.recoupable, {other.earned}});
            Result<CrossResult> crossed = cross_collateralize(accounts, terms.cross_collateralized, "accounts");
            if (!crossed.ok()) return crossed.problems();
            result.accounts = std::move(crossed.value());
        }
    } else {
        Result<SplitResult> splits = split_store_revenue_monthly(terms.splits, result.master_revenue);
        if (!splits.ok()) return splits.problems();
        result.splits = std::move(splits.value());
    }
    return result;
}

}  // namespace dealsheet
