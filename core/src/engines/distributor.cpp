#include "dealsheet/distributor.hpp"

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "foundation/text.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace dealsheet {
namespace {

using detail::cat;

__extension__ using int128 = __int128;  // GCC and Clang, native and wasm32 (as in money.cpp)

constexpr std::int64_t whole_ppm = 1'000'000;  // 100% in parts per million

// Fees change often and differ by plan; the domain notes (§6) give the models but no DistroKid or TuneCore
// price, so those two prices are uncertain [U] and editable.
constexpr std::array<DistributorFees, 4> fee_table{{
    {Distributor::distrokid,
     "distrokid",
     "DistroKid",
     {24'990'000,
      "DistroKid Musician plan (one artist, unlimited releases) as listed by third-party guides (musicdelta.com; "
      "$19.99 in 2019 per shockya.com); no primary source gives today's price: check distrokid.com",
      "[U]", "2025"},
     {0, "DistroKid: flat annual fee, 100% of store royalties to the uploader (domain notes section 6)", "[S]", ""}},
    {Distributor::cd_baby,
     "cd_baby",
     "CD Baby",
     {0, "CD Baby: no yearly fee (its one-time fee per release is not modelled)", "[U]", ""},
     {90'000, "CD Baby: 9% of net digital earnings (domain notes section 6)", "[P]", ""}},
    {Distributor::tunecore,
     "tunecore",
     "TuneCore",
     {9'990'000,
      "TuneCore yearly fee for a single as listed by third-party pages (ipl.org essay citing 2016 pricing); "
      "TuneCore has since moved to yearly plans, enter yours",
      "[U]", "2016"},
     {0, "TuneCore: 100% of store royalties after fees (domain notes section 6)", "[S]", ""}},
    {Distributor::custom, "custom", "Other distributor", {0, "Entered by you", "", ""}, {0, "Entered by you", "", ""}},
}};

static_assert(fee_table.back().distributor == Distributor::custom);
static_assert(detail::in_enum_order(fee_table, &DistributorFees::distributor));
constexpr std::array<std::string_view, 4> distributor_names = detail::keys_of(fee_table);

std::string indexed(const std::string& path, std::string_view member, std::size_t index) {
    return cat(path, member, "[", std::to_string(index), "]");
}

bool valid_distributor(Distributor distributor) { return static_cast<std::size_t>(distributor) < fee_table.size(); }

// The split of valid terms, period by period. `months_per_period[k]` months of annual fee fall in period k.
class Splitter {
public:
    explicit Splitter(const SplitTerms& terms)
            : terms_(terms),
              account_fee_(terms.distributor.annual_fee.value_or(row(terms).annual_fee.value)),
              annual_fee_(release_annual_fee(account_fee_, terms.distributor.releases)),
              commission_ppm_(terms.distributor.commission_ppm.value_or(row(terms).commission_ppm.value)) {
        std::int64_t shares = 0;
        for (std::size_t i = 0; i < terms.collaborators.size(); ++i) {
            weights_.push_back(terms.collaborators[i].share_ppm);
            shares += terms.collaborators[i].share_ppm;
            owed_.push_back(terms.collaborators[i].recoup_first);
            recoup_balance_ += terms.collaborators[i].recoup_first;
        }
        weights_.push_back(whole_ppm - shares);  // the uploader keeps the remainder
    }

    Micros account_fee() const { return account_fee_; }
    Micros annual_fee() const { return annual_fee_; }
    std::int64_t commission_ppm() const { return commission_ppm_; }

    // One period of `months` months of fee, starting at the series' month `month_index_`.
    SplitPeriod next(Micros gross, int months) {
        SplitPeriod p;
        p.gross = gross;
        p.commission = mul_div_round(gross, commission_ppm_, whole_ppm);
        for (int m = 0; m < months; ++m)
            p.content_id_gross += annual_fee_part(terms_.content_id.revenue_per_year, month_index_ + m);
        p.content_id_kept = mul_div_round(p.content_id_gross, content_id_kept_ppm, whole_ppm);
        const Micros net = gross - p.commission + p.content_id_gross - p.content_id_kept;
        p.recouped = std::min(net, recoup_balance_);
        recoup_balance_ -= p.recouped;
        p.recoup_balance = recoup_balance_;
        const std::vector<Micros> repaid = repay(p.recouped);

        // Weights sum to 100% (the uploader's remainder included), so the parts add up to the rest exactly.
        const std::vector<Micros> parts = detail::apportion_monotone(net - p.recouped, weights_);
        p.collaborators.assign(parts.begin(), parts.end() - 1);
        for (std::size_t i = 0; i < repaid.size(); ++i) p.collaborators[i] += repaid[i];
        p.uploader_before_fee = parts.back();

        for (int m = 0; m < months; ++m) {
            p.fee_due += annual_fee_part(annual_fee_, month_index_ + m);
            p.content_id_fee_due += annual_fee_part(terms_.content_id.yearly_fee, month_index_ + m);
        }
        p.fee_due += p.content_id_fee_due;
        month_index_ += months;
        const Micros owed = fee_unrecovered_ + p.fee_due;
        p.fee_recovered = std::min(owed, p.uploader_before_fee);
        fee_unrecovered_ = owed - p.fee_recovered;
        p.fee_unrecovered = fee_unrecovered_;
        p.uploader = p.uploader_before_fee - p.fee_recovered;
        p.uploader_net = p.uploader_before_fee - p.fee_due;
        return p;
    }

    // Balances before any period: the whole recoup amount owed, no fee yet.
    SplitPeriod opening() const {
        SplitPeriod p;
        p.collaborators.assign(terms_.collaborators.size(), 0);
        p.recoup_balance = recoup_balance_;
        p.fee_unrecovered = fee_unrecovered_;
        return p;
    }

private:
    static const DistributorFees& row(const SplitTerms& terms) {
        return distributor_row(terms.distributor.distributor);
    }

    // `amount` (≤ Σ owed) repaid to the recoup-first collaborators, in list order or pro rata to what each is
    // still owed (apportion_monotone, so more money never repays anyone less; a part above what is owed — a
    // micro-unit or two of D'Hondt's leftover — goes to the others in list order).
    std::vector<Micros> repay(Micros amount) {
        std::vector<Micros> out(owed_.size(), 0);
        if (amount <= 0) return out;
        if (terms_.recoup_order == RecoupOrder::pro_rata) {
            out = detail::apportion_monotone(amount, owed_);
            Micros excess = 0;
            for (std::size_t i = 0; i < owed_.size(); ++i)
                if (out[i] > owed_[i]) {
                    excess += out[i] - owed_[i];
                    out[i] = owed_[i];
                }
            for (std::size_t i = 0; i < owed_.size() && excess > 0; ++i) {
                const Micros more = std::min(excess, owed_[i] - out[i]);
                out[i] += more;
                excess -= more;
            }
        } else {
            Micros left = amount;
            for (std::size_t i = 0; i < owed_.size() && left > 0; ++i) left -= out[i] = std::min(left, owed_[i]);
        }
        for (std::size_t i = 0; i < owed_.size(); ++i) owed_[i] -= out[i];
        return out;
    }

    const SplitTerms& terms_;
    Micros account_fee_;
    Micros annual_fee_;
    std::int64_t commission_ppm_;
    std::vector<std::int64_t> weights_;
    std::vector<Micros> owed_;  // per collaborator: recoup-first amount still owed
    Micros recoup_balance_ = 0;
    Micros fee_unrecovered_ = 0;
    int month_index_ = 0;
};

void add_flows(SplitPeriod& total, const SplitPeriod& p) {
    total.gross += p.gross;
    total.commission += p.commission;
    total.content_id_gross += p.content_id_gross;
    total.content_id_kept += p.content_id_kept;
    total.content_id_fee_due += p.content_id_fee_due;
    total.recouped += p.recouped;
    for (std::size_t i = 0; i < p.collaborators.size(); ++i) total.collaborators[i] += p.collaborators[i];
    total.uploader_before_fee += p.uploader_before_fee;
    total.uploader += p.uploader;
    total.fee_due += p.fee_due;
    total.fee_recovered += p.fee_recovered;
    total.uploader_net += p.uploader_net;
    total.fee_unrecovered = p.fee_unrecovered;
    total.recoup_balance = p.recoup_balance;
}

Assumptions assumptions_of(const SplitTerms& terms, const Splitter& splitter) {
    const DistributorFees& row = distributor_row(terms.distributor.distributor);
    const bool fee_default = !terms.distributor.annual_fee.has_value();
    const bool commission_default = !terms.distributor.commission_ppm.has_value();
    Assumptions out;
    out.push_back({"Distributor", row.name, "Chosen by you", "", ""});
    out.push_back(
        {"Annual fee",
         terms.distributor.releases > 1
             ? cat(format_usd(splitter.account_fee()), " a year for the account shared by ",
                   std::to_string(terms.distributor.releases), " releases: ", format_usd(splitter.annual_fee()),
                   " a year for this one, spread evenly over its 12 months and paid by the uploader alone")
             : cat(format_usd(splitter.annual_fee()),
                   " a year, spread evenly over its 12 months and paid by the uploader alone"),
         fee_default ? row.annual_fee.source : "Entered by you", fee_default ? row.annual_fee.tag : "",
         fee_default ? row.annual_fee.as_of : ""});
    out.push_back({"Commission", cat(format_percent(splitter.commission_ppm()), " of store royalties"),
                   commission_default ? row.commission_ppm.source : "Entered by you",
                   commission_default ? row.commission_ppm.tag : "",
                   commission_default ? row.commission_ppm.as_of : ""});
    const ContentIdTerms& content_id = terms.content_id;
    if (content_id.revenue_per_year > 0 || content_id.yearly_fee > 0) {
        out.push_back({"YouTube Content ID",
                       cat(format_usd(content_id.revenue_per_year), " a year of ad revenue; DistroKid keeps ",
                           format_percent(content_id_kept_ppm),
                           ", the rest is split with the store royalties (recoupment first, then the percentages)"),
                       content_id_source, "[P]", "2026-12-04"});
        out.push_back({"Content ID extra",
                       content_id.yearly_fee > 0
                           ? cat(format_usd(content_id.yearly_fee),
                                 " a year for this release, spread evenly over its 12 months and paid by the uploader")
                           : std::string("No price entered: DistroKid shows it on the upload form; enter yours"),
                       content_id.yearly_fee > 0 ? "Entered by you" : content_id_source,
                       content_id.yearly_fee > 0 ? "" : "[U]", content_id.yearly_fee > 0 ? "" : "2026-12-04"});
    }
    out.push_back({"Fee larger than royalties",
                   "Never a negative payout: the shortfall is shown as an unrecovered fee and recovered from later "
                   "royalties first",
                   "Dealsheet choice; payouts are never negative (domain notes section 1)", "[D]", ""});
    for (std::size_t i = 0; i < terms.collaborators.size(); ++i) {
        const Collaborator& c = terms.collaborators[i];
        if (c.recoup_first <= 0) continue;
        const std::string who = c.name.empty() ? cat("Collaborator ", std::to_string(i + 1)) : c.name;
        out.push_back({"Recoup first",
                       cat(who, " is repaid ", format_usd(c.recoup_first),
                           " from royalties after commission before the percentages apply"),
                       "DistroKid splits recoupment (domain notes section 6)", "[P]", ""});
    }
    std::size_t recoupers = 0;
    for (const Collaborator& c : terms.collaborators) recoupers += c.recoup_first > 0 ? 1 : 0;
    if (recoupers > 1)
        out.push_back({"Several recoup first",
                       terms.recoup_order == RecoupOrder::pro_rata
                           ? "Repaid together, in proportion to what each is still owed"
                           : "Repaid in list order: each in full before the next",
                       "Your choice: DistroKid allows recoupment per collaborator; nothing says only one "
                       "(domain notes 2026, section 5)",
                       "[U]", ""});
    out.push_back({"Splits cover",
                   content_id.revenue_per_year > 0
                       ? "Store royalties paid through the distributor and the YouTube Content ID revenue entered: "
                         "not MLC mechanicals, PRO performance, SoundExchange or sync"
                       : "Store royalties paid through the distributor only: not MLC mechanicals, PRO performance, "
                         "SoundExchange or sync",
                   "Domain notes section 6", "[C][S]", ""});
    out.push_back({"Rounding",
                   "Each period is split exactly to the micro-dollar; the few leftover micro-dollars go to the "
                   "largest shares, so more money never pays anyone less",
                   "Dealsheet rounding (domain notes section 1)", "[D]", ""});
    return out;
}

}  // namespace

// [SECTION] Distributors and their dated fees

std::span<const DistributorFees> distributor_fees() { return fee_table; }

const DistributorFees& distributor_row(Distributor distributor) {
    return fee_table[static_cast<std::size_t>(distributor)];
}

DEALSHEET_ENUM_NAME_FUNCTIONS(Distributor, distributor, parse_distributor, key, distributor_names)

Micros release_annual_fee(Micros account_fee, int releases) {
    return releases <= 1 ? account_fee : mul_div_round(account_fee, 1, releases);
}

DEALSHEET_ENUM_NAME_FUNCTIONS(RecoupOrder, order, parse_recoup_order, name, recoup_order_names)

Micros annual_fee_part(Micros annual_fee, int month_index) {
    // Even twelfths, exact: floor(fee / 12) each, the leftover micro-units to the first months (allocate()).
    const Micros base = annual_fee / 12;
    const Micros leftover = annual_fee % 12;
    return base + ((month_index % 12) < leftover ? 1 : 0);
}

// [SECTION] Split terms

Problems validate(const SplitTerms& terms, const std::string& path) {
    Problems problems;
    const std::string distributor_path = path + ".distributor";
    if (!valid_distributor(terms.distributor.distributor))
        problems.push_back({distributor_path + ".name", detail::one_of(distributor_names)});
    if (terms.distributor.annual_fee)
        detail::check_amount(problems, distributor_path + ".annual_fee", *terms.distributor.annual_fee,
                             max_split_amount);
    if (terms.distributor.commission_ppm)
        detail::check_percentage(problems, distributor_path + ".commission", *terms.distributor.commission_ppm);

    const std::string list_path = path + ".collaborators";
    if (terms.collaborators.size() > max_collaborators)
        problems.push_back(
            {list_path, detail::too_many(max_collaborators, "collaborators", terms.collaborators.size())});
    if (terms.distributor.releases < 1 || terms.distributor.releases > max_releases_sharing_fee)
        problems.push_back({distributor_path + ".releases",
                            cat("must be a number of releases from 1 to ", std::to_string(max_releases_sharing_fee),
                                " (got ", std::to_string(terms.distributor.releases), ")")});
    const std::string content_id_path = path + ".content_id";
    detail::check_amount(problems, content_id_path + ".revenue_per_year", terms.content_id.revenue_per_year,
                         max_split_amount);
    detail::check_amount(problems, content_id_path + ".yearly_fee", terms.content_id.yearly_fee, max_split_amount);
    if ((terms.content_id.revenue_per_year != 0 || terms.content_id.yearly_fee != 0) &&
        terms.distributor.distributor != Distributor::distrokid)
        problems.push_back({content_id_path,
                            "YouTube Content ID is modelled through DistroKid only: choose "
                            "\"distrokid\" or leave its revenue and price at 0"});
    if (to_string(terms.recoup_order).empty())
        problems.push_back({path + ".recoup_order", detail::one_of(recoup_order_names)});
    std::int64_t shares = 0;
    bool shares_valid = true;
    int128 recoup_total = 0;
    bool recoup_valid = true;
    for (std::size_t i = 0; i < terms.collaborators.size(); ++i) {
        const Collaborator& c = terms.collaborators[i];
        const std::string item = indexed(path, ".collaborators", i);
        const std::size_t before = problems.size();
        detail::check_percentage(problems, item + ".share", c.share_ppm);
        shares_valid = shares_valid && problems.size() == before;
        if (shares_valid) shares += c.share_ppm;
        const std::size_t before_recoup = problems.size();
        detail::check_amount(problems, item + ".recoup_first", c.recoup_first, max_split_amount);
        if (problems.size() == before_recoup)
            recoup_total += c.recoup_first;
        else
            recoup_valid = false;
    }
    if (recoup_valid && recoup_total > max_split_amount)
        problems.push_back({list_path, cat("recoup-first amounts add up to more than ", format_usd(max_split_amount))});
    if (shares_valid && shares > whole_ppm)
        problems.push_back({list_path, cat("shares add up to ", format_percent(shares),
                                           ", over 100% (the uploader keeps what the shares leave)")});
    return problems;
}

// [SECTION] Split result and calculation

Result<SplitResult> split_store_revenue(const SplitTerms& terms, Micros gross, int months, const std::string& path) {
    Problems problems = validate(terms, path);
    detail::check_amount(problems, path + ".gross", gross, max_split_amount);
    if (months < 1 || months > max_split_months)
        problems.push_back(
            {path + ".months", cat("must be a number of months from 1 to ", std::to_string(max_split_months), " (got ",
                                   std::to_string(months), ")")});
    if (!problems.empty()) return problems;

    Splitter splitter(terms);
    SplitResult result;
    result.total = splitter.opening();
    result.periods.push_back(splitter.next(gross, months));
    add_flows(result.total, result.periods.back());
    result.assumptions = assumptions_of(terms, splitter);
    return result;
}

Result<SplitResult> split_store_revenue_monthly(const SplitTerms& terms, std::span<const Micros> gross_per_month,
                                                const std::string& path) {
    Problems problems = validate(terms, path);
    if (gross_per_month.size() > static_cast<std::size_t>(max_split_months))
        problems.push_back({path + ".revenue", cat("must have at most ", std::to_string(max_split_months),
                                                   " months (got ", std::to_string(gross_per_month.size()), ")")});
    for (std::size_t k = 0; k < gross_per_month.size() && k < static_cast<std::size_t>(max_split_months); ++k)
        detail::check_amount(problems, indexed(path, ".revenue", k), gross_per_month[k], max_split_amount);
    if (!problems.empty()) return problems;

    Splitter splitter(terms);
    SplitResult result;
    result.total = splitter.opening();
    for (Micros gross : gross_per_month) {
        result.periods.push_back(splitter.next(gross, 1));
        add_flows(result.total, result.periods.back());
    }
    result.assumptions = assumptions_of(terms, splitter);
    return result;
}

// [SECTION] Album sales

Result<std::vector<Micros>> album_sale_by_track(Micros sale, int track_count, const std::string& path) {
    Problems problems;
    detail::check_amount(problems, path + ".sale", sale, max_split_amount);
    if (track_count < 1 || track_count > max_album_tracks)
        problems.push_back(
            {path + ".track_count", cat("must be a number of tracks from 1 to ", std::to_string(max_album_tracks),
                                        " (got ", std::to_string(track_count), ")")});
    if (!problems.empty()) return problems;
    const std::vector<std::int64_t> equal(static_cast<std::size_t>(track_count), 1);
    return allocate(sale, equal);
}

// [SECTION] Exact, monotone apportioning (detail)

namespace detail {

std::vector<Micros> apportion_monotone(Micros total, std::span<const std::int64_t> weights) {
    std::vector<Micros> parts(weights.size(), 0);
    int128 weight_sum = 0;
    for (std::int64_t w : weights) weight_sum += w;
    if (total <= 0 || weight_sum <= 0) return parts;
    Micros given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        parts[i] = static_cast<Micros>(static_cast<int128>(total) * weights[i] / weight_sum);
        given += parts[i];
    }
    // D'Hondt from the floors. Greedy D'Hondt never gives anyone less than their floor (if party j were below
    // it, its quotient w_j ÷ (a_j + 1) would be ≥ Σw ÷ total > the quotient at which some party k was last
    // served, so j would have been served instead), so continuing from the floors reaches the same allocation
    // as D'Hondt from zero, which is monotone in the total by construction.
    for (Micros left = total - given; left > 0; --left) {
        std::size_t best = weights.size();
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (weights[i] <= 0) continue;
            // weights[i] ÷ (parts[i] + 1) > weights[best] ÷ (parts[best] + 1), cross-multiplied in 128 bits.
            if (best == weights.size() || static_cast<int128>(weights[i]) * (parts[best] + 1) >
                                              static_cast<int128>(weights[best]) * (parts[i] + 1))
                best = i;
        }
        ++parts[best];
    }
    return parts;
}

}  // namespace detail

}  // namespace dealsheet
