// Index of this file
// [SECTION] Helpers
// [SECTION] Enum names
// [SECTION] Recoupable-cost defaults (dated table)
// [SECTION] Terms and validation
// [SECTION] Ledger
// [SECTION] Cross-collateralization
// [SECTION] Deal calculation
#include "dealsheet/recording.hpp"

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "engines/lean_deal.hpp"
#include "foundation/text.hpp"

#include <algorithm>
#include <utility>

namespace dealsheet {
namespace {

using detail::cat;
using detail::one_of;

// [SECTION] Helpers

__extension__ using int128 = __int128;  // validation sums of amounts that are each ≤ max_deal_amount

std::string indexed(const std::string& path, std::size_t index) { return cat(path, "[", std::to_string(index), "]"); }

// The date the domain reference (docs/domain.md) was compiled: the as-of date of its secondary sources that
// state none themselves.
constexpr const char* domain_notes_as_of = "2026-11-21";

}  // namespace

// [SECTION] Enum names

DEALSHEET_ENUM_NAME_FUNCTIONS(RecordingDealType, type, parse_recording_deal_type, name, recording_deal_type_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(PartyAdvanceBearer, bearer, parse_party_advance_bearer, name, party_advance_bearer_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(ProfitPointsBearer, bearer, parse_profit_points_bearer, name, profit_points_bearer_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(CostKind, kind, parse_cost_kind, name, cost_kind_names)

// [SECTION] Recoupable-cost defaults (dated table)

namespace {

constexpr const char* recoupables_source =
    "Domain notes section 3: recoupables are advances, recording costs, usually 50% of video costs, tour support, "
    "independent promotion (100% for new acts, 50% for established); trade press";
constexpr const char* guess_source =
    "Listed as recoupable in domain notes section 3, fraction not sourced: 100% assumed, edit it to your deal";

constexpr std::array<RecoupableDefault, 6> cost_table{{
    {CostKind::advance, 1'000'000, 1'000'000, recoupables_source, "[S]", domain_notes_as_of},
    {CostKind::recording, 1'000'000, 1'000'000, recoupables_source, "[S]", domain_notes_as_of},
    {CostKind::video, 500'000, 500'000, recoupables_source, "[S]", domain_notes_as_of},
    {CostKind::independent_promotion, 1'000'000, 500'000, recoupables_source, "[S]", domain_notes_as_of},
    {CostKind::tour_support, 1'000'000, 1'000'000, guess_source, "[S][U]", domain_notes_as_of},
    {CostKind::other, 1'000'000, 1'000'000, "Not in the domain notes: 100% assumed, edit it to your deal", "[U]", ""},
}};

static_assert(cost_table.size() == cost_kind_names.size());

}  // namespace

std::span<const RecoupableDefault> recoupable_defaults() { return cost_table; }

const RecoupableDefault& recoupable_default(CostKind kind) { return cost_table[static_cast<std::size_t>(kind)]; }

// [SECTION] Terms and validation

std::int64_t artist_all_in_ppm(const RecordingTerms& terms) {
    switch (terms.type) {
        case RecordingDealType::royalty: return terms.royalty_rate_ppm;
        case RecordingDealType::net_profit: return terms.profit_share_ppm;
        case RecordingDealType::distribution: return full_share_ppm - terms.distribution_fee_ppm;
    }
    return 0;
}

RecordingTerms default_label_deal() {
    RecordingTerms terms;
    terms.costs.push_back({CostKind::recording, default_label_recording_costs, std::nullopt});
    return terms;
}

bool points_off_the_top(const RecordingTerms& terms) {
    return terms.type == RecordingDealType::net_profit && terms.profit_points == ProfitPointsBearer::off_the_top;
}

std::int64_t recoupable_ppm(const RecoupableCost& cost, bool established_artist, RecordingDealType type) {
    if (cost.recoupable_ppm) return *cost.recoupable_ppm;
    if (type == RecordingDealType::net_profit) return full_share_ppm;
    const RecoupableDefault& row = recoupable_default(cost.kind);
    return established_artist ? row.established_ppm : row.new_act_ppm;
}

Micros recoupable_amount(const RecoupableCost& cost, bool established_artist, RecordingDealType type) {
    return mul_div_round(cost.amount, recoupable_ppm(cost, established_artist, type), full_share_ppm);
}

Problems validate(const RecordingTerms& terms, const std::string& path) {
    Problems problems;
    const bool type_known = !to_string(terms.type).empty();
    if (!type_known) problems.push_back({cat(path, ".type"), one_of(recording_deal_type_names)});
    if (to_string(terms.party_advances).empty())
        problems.push_back({cat(path, ".party_advances"), one_of(party_advance_bearer_names)});
    const bool bearer_known = !to_string(terms.profit_points).empty();
    if (!bearer_known) problems.push_back({cat(path, ".profit_points"), one_of(profit_points_bearer_names)});
    const std::size_t before_rates = problems.size();
    detail::check_percentage(
        problems, [&] { return cat(path, ".royalty_rate"); }, terms.royalty_rate_ppm);
    detail::check_percentage(
        problems, [&] { return cat(path, ".profit_share"); }, terms.profit_share_ppm);
    detail::check_percentage(
        problems, [&] { return cat(path, ".distribution_fee"); }, terms.distribution_fee_ppm);
    const bool rates_valid = problems.size() == before_rates;

    const std::string costs_path = cat(path, ".costs");
    if (terms.costs.size() > max_recoupable_costs) {
        problems.push_back({costs_path, detail::too_many(max_recoupable_costs, "costs", terms.costs.size())});
    } else {
        int128 total = 0;
        bool amounts_valid = true;
        for (std::size_t i = 0; i < terms.costs.size(); ++i) {
            const RecoupableCost& cost = terms.costs[i];
            const auto at = [&] { return indexed(costs_path, i); };
            if (to_string(cost.kind).empty()) problems.push_back({cat(at(), ".kind"), one_of(cost_kind_names)});
            if (detail::check_amount(
                    problems, [&] { return cat(at(), ".amount"); }, cost.amount))
                total += cost.amount;
            else
                amounts_valid = false;
            if (cost.recoupable_ppm)
                detail::check_percentage(
                    problems, [&] { return cat(at(), ".recoupable"); }, *cost.recoupable_ppm);
        }
        if (amounts_valid && total > max_deal_amount)
            problems.push_back({costs_path, cat("must total at most ", format_usd(max_deal_amount))});
    }

    // Points are checked against the rate they come out of, when that rate is itself valid: the artist's
    // all-in rate, or the whole receipts when they come off the top of a profit deal.
    const std::int64_t all_in = !(type_known && rates_valid && bearer_known) ? -1
                                : points_off_the_top(terms)                  ? full_share_ppm
                                                                             : artist_all_in_ppm(terms);
    for (Problem& problem : validate_points(terms.points, all_in, cat(path, ".points")))
        problems.push_back(std::move(problem));
    return problems;
}

Problems validate_receipts(std::span<const Micros> receipts, const std::string& path) {
    Problems problems;
    if (receipts.size() > max_ledger_months) {
        problems.push_back({path, cat("must hold at most ", std::to_string(max_ledger_months), " months (got ",
                                      std::to_string(receipts.size()), ")")});
        return problems;
    }
    int128 total = 0;
    bool amounts_valid = true;
    for (std::size_t m = 0; m < receipts.size(); ++m) {
        if (detail::check_amount(
                problems, [&] { return indexed(path, m); }, receipts[m]))
            total += receipts[m];
        else
            amounts_valid = false;
    }
    if (amounts_valid && total > max_deal_amount)
        problems.push_back({path, cat("must total at most ", format_usd(max_deal_amount), " over all months")});
    return problems;
}

// [SECTION] Ledger

Ledger run_ledger(std::string party, Micros recoupable, std::span<const Micros> earned,
                  std::optional<std::size_t> payable_from) {
    Ledger ledger;
    ledger.party = std::move(party);
    ledger.recoupable = recoupable;
    ledger.months.resize(earned.size());  // written by index: no push_back call per month in wasm at -Oz
    Micros balance = -recoupable;
    if (recoupable == 0 && !earned.empty()) ledger.recouped_month = 0;
    for (std::size_t m = 0; m < earned.size(); ++m) {
        LedgerLine& line = ledger.months[m];
        line.opening = balance;
        line.earned = earned[m];
        line.recouped = std::min(line.earned, std::max<Micros>(0, -line.opening));
        const bool payable = payable_from && m >= *payable_from;
        // Non-returnable advances: only a positive balance is ever paid, so paid ≥ 0 and nothing is clawed back.
        line.paid = payable ? std::max<Micros>(0, line.opening + line.earned) : 0;
        line.closing = line.opening + line.earned - line.paid;
        balance = line.closing;
        ledger.earned_total += line.earned;
        ledger.recouped_total += line.recouped;
        ledger.paid_total += line.paid;
        if (!ledger.recouped_month && line.closing >= 0) ledger.recouped_month = m;
        if (!ledger.first_paid_month && line.paid > 0) ledger.first_paid_month = m;
    }
    ledger.closing = balance;
    ledger.unrecouped = std::max<Micros>(0, -balance);
    return ledger;
}

// [SECTION] Cross-collateralization

Result<CrossResult> cross_collateralize(std::span<const RecoupmentAccount> accounts, bool crossed,
                                        const std::string& path) {
    Problems problems;
    if (accounts.size() > max_recoupable_costs) {
        problems.push_back({path, detail::too_many(max_recoupable_costs, "accounts", accounts.size())});
        return problems;
    }
    int128 recoupable_total = 0, earned_total = 0;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const std::string at = indexed(path, i);
        if (detail::check_amount(problems, cat(at, ".recoupable"), accounts[i].recoupable))
            recoupable_total += accounts[i].recoupable;
        const Problems series = validate_receipts(accounts[i].earned, cat(at, ".earned"));
        problems.insert(problems.end(), series.begin(), series.end());
        if (series.empty())
            for (Micros e : accounts[i].earned) earned_total += e;
    }
    if (problems.empty() && (recoupable_total > max_deal_amount || earned_total > max_deal_amount))
        problems.push_back(
            {path, cat("the accounts must total at most ", format_usd(max_deal_amount), " recoupable and earned")});
    if (!problems.empty()) return problems;

    CrossResult result;
    result.crossed = crossed;
    if (crossed) {
        std::size_t months = 0;
        for (const RecoupmentAccount& account : accounts) months = std::max(months, account.earned.size());
        std::vector<Micros> pooled(months, 0);
        std::string name = "Crossed:";
        for (const RecoupmentAccount& account : accounts) {
            name += ' ';
            name += account.name;
            for (std::size_t m = 0; m < account.earned.size(); ++m) pooled[m] += account.earned[m];
        }
        result.ledgers.push_back(run_ledger(std::move(name), static_cast<Micros>(recoupable_total), pooled));
    } else {
        for (const RecoupmentAccount& account : accounts)
            result.ledgers.push_back(run_ledger(account.name, account.recoupable, account.earned));
    }
    for (const Ledger& ledger : result.ledgers) {
        result.payable += ledger.paid_total;
        result.unrecouped += ledger.unrecouped;
    }
    return result;
}

// [SECTION] Deal calculation

namespace {

Assumptions deal_assumptions(const RecordingTerms& terms, const RecordingResult& result) {
    Assumptions out;
    out.reserve(1 + terms.costs.size() + result.parties.size() + 3);
    switch (terms.type) {
        case RecordingDealType::royalty: {
            const bool is_default = terms.royalty_rate_ppm == default_royalty_rate_ppm;
            out.push_back({"Royalty deal: artist all-in rate",
                           cat(format_percent(terms.royalty_rate_ppm), " of the label's net receipts"),
                           is_default
                               ? "Domain notes section 3: '15-20%' rule of thumb; UK CMA: major-label new-artist "
                                 "average 19.7% (2012) to 23.3% (2021)"
                               : "Entered by you",
                           is_default ? "[S]" : "", is_default ? domain_notes_as_of : ""});
            break;
        }
        case RecordingDealType::net_profit: {
            const bool is_default = terms.profit_share_ppm == default_profit_share_ppm;
            out.push_back(
                {"Net-profit deal: artist's profit share",
                 cat(format_percent(terms.profit_share_ppm),
                     " of (gross - costs); the artist's account is charged that share of the costs"),
                 is_default
                     ? "Domain notes section 3: label recoups costs from gross, then profit split, typically 50/50"
                     : "Entered by you",
                 is_default ? "[S]" : "", is_default ? domain_notes_as_of : ""});
            break;
        }
        case RecordingDealType::distribution: {
            const bool is_default = terms.distribution_fee_ppm == default_distribution_fee_ppm;
            out.push_back({"Distribution deal: distributor's fee",
                           cat(format_percent(terms.distribution_fee_ppm), " of net receipts; the artist keeps ",
                               format_percent(result.artist_all_in_ppm)),
                           is_default
                               ? "Domain notes section 3: distributor keeps 10-30% (weak source; 20% is its middle)"
                               : "Entered by you",
                           is_default ? "[S][U]" : "", is_default ? domain_notes_as_of : ""});
            break;
        }
    }
    for (std::size_t i = 0; i < terms.costs.size(); ++i) {
        const RecoupableCost& cost = terms.costs[i];
        const RecoupableDefault& row = recoupable_default(cost.kind);
        const std::int64_t ppm = recoupable_ppm(cost, terms.established_artist, terms.type);
        std::string value =
            cat(format_percent(ppm), " of ", format_usd(cost.amount), " = ",
                format_usd(recoupable_amount(cost, terms.established_artist, terms.type)), " recoupable");
        const bool profit_deal = terms.type == RecordingDealType::net_profit;
        if (!cost.recoupable_ppm && !profit_deal && cost.kind == CostKind::independent_promotion)
            value += terms.established_artist ? " (established act)" : " (new act)";
        const bool dated = !cost.recoupable_ppm && !profit_deal;
        out.push_back({cat("Cost ", std::to_string(i + 1), ": ", to_string(cost.kind)), std::move(value),
                       cost.recoupable_ppm ? "Entered by you"
                       : profit_deal       ? "Net-profit deal: every cost at 100% (domain notes 2026, section 3)"
                                           : row.source,
                       dated                                 ? row.tag
                       : profit_deal && !cost.recoupable_ppm ? "[S]"
                                                             : "",
                       dated                                 ? row.as_of
                       : profit_deal && !cost.recoupable_ppm ? domain_notes_as_of
                                                             : ""});
        if (cost.kind == CostKind::recording && cost.amount == default_label_recording_costs)
            out.push_back({"Recording costs (default)", format_usd(cost.amount), default_label_recording_costs_source,
                           "[S]", default_label_recording_costs_as_of});
    }
    for (std::size_t i = 0; i < result.parties.size(); ++i) {
        const PartyLedger& party = result.parties[i];
        const PointsParty& terms_party = terms.points[i];
        std::string value = cat(format_percent(terms_party.points_ppm), " of net receipts");
        if (terms_party.tracks_on != terms_party.tracks_total)
            value +=
                cat(" on ", std::to_string(terms_party.tracks_on), " of ", std::to_string(terms_party.tracks_total),
                    " tracks = ", format_percent(party.effective_points_ppm));
        value += cat(" = ", format_percent(party.share_of_artist_royalty_ppm), " of the artist royalty; advance ",
                     format_usd(terms_party.advance), "; ", describe(party.convention));
        out.push_back({cat("Points: ", party.name, " (", to_string(party.role), ")"), std::move(value),
                       "Entered by you. Domain notes section 4: a point is 1% of the royalty base [S]; points are paid "
                       "out of the artist's all-in royalty [C]; conventions per Passman [S]; proration by tracks [S]",
                       "[S][C]", domain_notes_as_of});
    }
    Micros party_advances = 0;
    for (const PointsParty& party : terms.points) party_advances += party.advance;
    if (party_advances > 0)
        out.push_back(
            terms.party_advances == PartyAdvanceBearer::artist_account
                ? Assumption{"Points parties' advances",
                             cat(format_usd(result.party_advances_charged),
                                 " charged to the artist's account as recording costs (counted in the recoupment "
                                 "that starts retroactive payment); the royalties that repay them are credited back, "
                                 "so the artist bears only royalties beyond each advance"),
                             "Passman, Producer deals part 1 (TAXI, 1998): recording costs (including the "
                             "producer's advances)",
                             "[S]", "1998-11"}
                : Assumption{"Points parties' advances",
                             "Paid by the label outside the artist's account; recouped from each party's own "
                             "royalties only",
                             "Entered by you", "", ""});
    if (terms.type == RecordingDealType::net_profit) {
        out.push_back({"Net-profit deal: costs",
                       "Every cost subtracted at 100% unless you set a fraction (the 50% video and independent-"
                       "promotion defaults belong to royalty deals)",
                       "Domain notes (2026) section 3", "[S]", domain_notes_as_of});
        if (!terms.points.empty())
            out.push_back({"Net-profit deal: who bears the points",
                           terms.profit_points == ProfitPointsBearer::off_the_top
                               ? "Off the top: paid out of the receipts before the profit split, so the artist and "
                                 "the label bear them in proportion to their shares"
                               : "The artist's share: paid out of the artist's profit share, as in an all-in royalty",
                           "Your choice: deals differ", "", ""});
    }
    out.push_back({"Recoupment",
                   "Royalties are credited until the recoupable balance is zero, then paid; advances are "
                   "non-returnable; party advances are recouped from that party's royalties only",
                   "Domain notes sections 1, 3 and 4", "[S]", domain_notes_as_of});
    out.push_back({"Accounting",
                   "Monthly, in micro-units; no reserves, escalations, statement delays or cross-deal "
                   "crossing unless you cross ledgers",
                   "Dealsheet simplification", "[U]", ""});
    out.push_back({"Not modelled", "Non-US territories, SoundExchange, sync, tax",
                   "Out of scope of Dealsheet (domain notes section 8)", "", ""});
    return out;
}

}  // namespace

Result<RecordingResult> calculate_recording(const RecordingTerms& terms, std::span<const Micros> receipts) {
    Problems problems = validate(terms);
    const Problems series = validate_receipts(receipts);
    problems.insert(problems.end(), series.begin(), series.end());
    if (!problems.empty()) return problems;
    return detail::calculate_valid_recording(terms, receipts);
}

Result<RecordingResult> detail::calculate_valid_recording(const RecordingTerms& terms,
                                                          std::span<const Micros> receipts) {
    if (Problems problems = validate_receipts(receipts); !problems.empty()) return problems;

    RecordingResult result;
    result.type = terms.type;
    result.party_advances = terms.party_advances;
    result.profit_points = terms.profit_points;
    result.artist_all_in_ppm = artist_all_in_ppm(terms);
    const std::int64_t all_in = result.artist_all_in_ppm;
    const bool off_top = points_off_the_top(terms);
    std::vector<std::int64_t> effective;
    effective.reserve(terms.points.size());
    std::int64_t points_total = 0;
    for (const PointsParty& party : terms.points) {
        effective.push_back(effective_points_ppm(party));
        points_total += effective.back();
    }
    result.artist_net_ppm =
        off_top ? mul_div_round(all_in, full_share_ppm - points_total, full_share_ppm) : all_in - points_total;

    // Month by month: receipts → (artist at A, label), then the artist royalty → (each party, artist net); or,
    // points off the top of a profit deal, receipts → (each party, the rest), then the rest → (artist, label).
    // Each month is split on its own by two-way allocate() steps, so every month conserves exactly and more
    // receipts never credit anyone less.
    result.receipts.assign(receipts.begin(), receipts.end());
    std::vector<std::vector<Micros>> party_earned(terms.points.size());
    // allocate(month, {A, 1 − A}) and split_artist_royalty's allocate_monotone chain, as exact two-way splits
    // without a vector per month (lean_deal.hpp; validated rates are ppm, so split_two's preconditions hold).
    // Sized once and written by index (in WebAssembly at -Oz, push_back stays an out-of-line call).
    const std::size_t months = receipts.size();
    result.artist_all_in.resize(months);
    result.label_share.resize(months);
    result.artist_net.resize(months);
    for (std::vector<Micros>& earned : party_earned) earned.resize(months);
    for (std::size_t m = 0; m < months; ++m) {
        const Micros month = receipts[m];
        Micros rest = off_top ? month : detail::split_two(month, all_in, full_share_ppm - all_in).first;
        const Micros base = rest;
        std::int64_t rest_weight = off_top ? full_share_ppm : all_in;  // Σ effective points + what is left after
        for (std::size_t i = 0; i < effective.size(); ++i) {
            rest_weight -= effective[i];
            const auto [part, after] = detail::split_two(rest, effective[i], rest_weight);
            party_earned[i][m] = part;
            rest = after;
        }
        const Micros artist = off_top ? detail::split_two(rest, all_in, full_share_ppm - all_in).first : rest;
        const Micros royalty = off_top ? base - rest + artist : base;  // artist + parties
        result.artist_all_in[m] = royalty;
        result.label_share[m] = month - royalty;
        result.artist_net[m] = artist;
    }

    // Charges to the artist's account: the recoupable costs and, unless the label bears them, the parties'
    // advances (recording costs, Passman [S]). A net-profit deal charges the artist its profit share of the
    // costs: share × max(0, gross − costs) = max(0, share × gross − share × costs).
    const std::int64_t charge_share =
        terms.type == RecordingDealType::net_profit ? terms.profit_share_ppm : full_share_ppm;
    const bool advances_charged = terms.party_advances == PartyAdvanceBearer::artist_account;
    Micros charged = 0, recording = 0, advances = 0;
    for (const RecoupableCost& cost : terms.costs) {
        const Micros amount = recoupable_amount(cost, terms.established_artist, terms.type);
        charged += amount;
        if (cost.kind == CostKind::recording) recording += amount;
        result.costs_paid += cost.amount;
    }
    if (advances_charged)
        for (const PointsParty& party : terms.points) advances += party.advance;
    charged = mul_div_round(charged + advances, charge_share, full_share_ppm);
    recording = mul_div_round(recording + advances, charge_share, full_share_ppm);
    result.party_advances_charged = mul_div_round(advances, charge_share, full_share_ppm);
    result.recording_recoupable = recording;

    result.parties.reserve(terms.points.size());
    for (std::size_t i = 0; i < terms.points.size(); ++i) {
        const PointsParty& party = terms.points[i];
        PartyLedger out;
        out.name = party.name;
        out.role = party.role;
        out.convention = party.convention;
        out.effective_points_ppm = effective[i];
        out.share_of_artist_royalty_ppm = off_top ? 0 : share_of_artist_royalty_ppm(effective[i], all_in);
        out.payable_from = payable_from_month(party.convention, result.artist_all_in, result.artist_net, recording);
        out.ledger = run_ledger(party.name, party.advance, party_earned[i], out.payable_from);
        result.costs_paid += party.advance;
        result.parties.push_back(std::move(out));
    }

    // The parties' royalties that repaid an advance already charged to the artist are credited back to the
    // artist (× the charge share, rounded on the running total so the months add up to the total's rounding).
    result.advance_credit.assign(months, 0);
    if (advances_charged && advances > 0) {
        Micros repaid = 0, credited = 0;
        for (std::size_t m = 0; m < months; ++m) {
            for (const PartyLedger& party : result.parties) repaid += party.ledger.months[m].recouped;
            const Micros total = mul_div_round(repaid, charge_share, full_share_ppm);
            result.advance_credit[m] = total - credited;
            credited = total;
        }
    }
    std::vector<Micros> artist_earned(months);
    for (std::size_t m = 0; m < months; ++m) artist_earned[m] = result.artist_net[m] + result.advance_credit[m];
    result.artist = run_ledger("Artist", charged, artist_earned);

    Micros paid = result.artist.paid_total;
    for (const PartyLedger& party : result.parties) paid += party.ledger.paid_total;
    for (const Micros month : receipts) result.label_retained += month;
    result.label_retained -= paid;
    result.label_net = result.label_retained - result.costs_paid;

    // Record one with the artist unrecouped: in an all-in deal the artist owes the producer's royalties, so the
    // artist may have to pay them out of pocket (Passman, "Producer deals" part 2, TAXI 1998 [S]).
    for (const PartyLedger& party : result.parties) {
        if (party.convention != PaymentConvention::record_one) continue;
        Micros while_unrecouped = 0;
        for (std::size_t m = 0; m < months; ++m)
            if (result.artist.months[m].closing < 0) while_unrecouped += party.ledger.months[m].paid;
        if (while_unrecouped > 0)
            result.notes.push_back(
                cat(party.name, " is paid ", format_usd(while_unrecouped),
                    " from record one while the artist's account is unrecouped. In an all-in deal those royalties are "
                    "the artist's to pay: if the label pays the producer only out of royalties it owes the artist, the "
                    "artist may have to pay the producer out of pocket (Passman, Producer deals part 2, TAXI 1998)."));
    }
    if (advances_charged && advances > 0)
        result.corrections.push_back(
            {"party-advance-recording-cost", "2026-12-04",
             "Corrected 2026-12-04: a producer's advance is a recording cost, so it is now charged to the artist's "
             "account, counts toward the recoupment that starts retroactive payment, and the artist bears only the "
             "producer's royalties beyond it; before, it was left out of the artist's account."});
    result.assumptions = deal_assumptions(terms, result);
    return result;
}

}  // namespace dealsheet
