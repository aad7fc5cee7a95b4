#include "dealsheet/publishing.hpp"

#include "engines/checks.hpp"
#include "engines/enum_names.hpp"
#include "engines/lean_deal.hpp"
#include "foundation/text.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <utility>

namespace dealsheet {
namespace {

using detail::cat;

// Income handed straight to split_publishing() stays below $1 trillion so every sum fits in 64 bits; the
// engine's own incomes are below max_publishing_amount × a few (floor × 3e17 subscriber-ppm at most).
constexpr Micros max_split_amount = 1'000'000'000'000'000'000;
constexpr std::size_t max_name_bytes = 100;

// explain() of each SpotifyUsTreatment, in the enum's order.
constexpr std::array<std::string_view, 2> spotify_us_treatment_explanations{
    "Since 2024-03-01 Spotify reports US Premium as a bundle (music with audiobooks): only about 52% of its revenue "
    "counts as music, the floor counts active subscribers only, and songwriters' mechanicals fell. The MLC sued; the "
    "case was dismissed on 2025-01-29 and an amended complaint and an appeal were pending through 2026. Some "
    "publishers (UMPG, Warner Chappell) have direct deals that undo the cut.",
    "Treats US Premium as a standalone portable subscription at 100% music, as before 2024-03-01 and as the MLC "
    "argues (and as direct deals of some publishers pay). Whether the bundle treatment stands is in litigation: this "
    "is the higher of the two readings.",
};

// [SECTION] Validation helpers

using detail::check_amount;
using detail::check_percentage;
using detail::check_whole;

// Adds the problem `message` at `path` + `field`.
void add(Problems& problems, std::string_view path, std::string_view field, std::string message) {
    detail::add_problem(problems, path, field, std::move(message));
}

std::string got(const std::string& shown) { return cat(" (got ", shown, ")"); }

void check_name(Problems& problems, std::string_view path, const char* field, const std::string& name) {
    if (name.size() > max_name_bytes) {
        std::string message = "must be at most ";
        message += std::to_string(max_name_bytes);
        message += " bytes long";
        message += got(std::to_string(name.size()));
        add(problems, path, field, std::move(message));
    }
    if (std::any_of(name.begin(), name.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x20 || u == 0x7F;
        }))
        add(problems, path, field, "must not contain control characters (line breaks, tabs, ...)");
}

// Checks one Plays; returns true when its counts are each in range and consistent.
bool check_plays(Problems& problems, const std::string& path, const Plays& plays) {
    const std::size_t before = problems.size();
    check_whole(problems, path, ".total", plays.total, 0, max_plays);
    check_whole(problems, path, ".promotional", plays.promotional, 0, max_plays);
    check_whole(problems, path, ".free_trial", plays.free_trial, 0, max_plays);
    if (problems.size() != before) return false;
    if (plays.promotional > plays.total) {
        std::string message = "must not be more than the total plays (";
        message += format_count(plays.total);
        message += ')';
        message += got(format_count(plays.promotional));
        add(problems, path, ".promotional", std::move(message));
    } else if (plays.promotional + plays.free_trial > plays.total) {
        std::string message = "must not be more than the total plays less the promotional plays (";
        message += format_count(plays.total - plays.promotional);
        message += ')';
        message += got(format_count(plays.free_trial));
        add(problems, path, ".free_trial", std::move(message));
    }
    return problems.size() == before;
}

std::int64_t paid(const Plays& plays) { return plays.total - plays.promotional - plays.free_trial; }

// [SECTION] Exact splits

// Two-party split of `total`: {part for weight a, part for weight b}.
std::pair<Micros, Micros> split_two(Micros total, std::int64_t a, std::int64_t b) {
    // Every split here is of a non-negative amount by ppm or 1:1 weights: the same parts without allocate()'s
    // vectors (lean_deal.hpp; its preconditions checked, else allocate()).
    if (total >= 0 && a >= 0 && b >= 0 && a + b < (std::int64_t{1} << 31)) return detail::split_two(total, a, b);
    const std::int64_t pair[] = {a, b};
    const std::vector<Micros> two = allocate(total, pair);
    return {two[0], two[1]};
}

// [SECTION] Display helpers

// 1'500'000 ppm → "1.5": a ppm count as a plain decimal, trailing zeros dropped.
std::string decimal_from_ppm(std::int64_t ppm) {  // ppm ≥ 0 (validated)
    std::string out = std::to_string(ppm / ppm_whole);
    std::int64_t fraction = ppm % ppm_whole;
    if (fraction != 0) {
        out += '.';
        for (std::int64_t digit = ppm_whole / 10; fraction != 0; digit /= 10) {
            out += static_cast<char>('0' + fraction / digit);
            fraction %= digit;
        }
    }
    return out;
}

std::string writer_name(const WriterTerms& writer, std::size_t index) {
    if (!writer.name.empty()) return writer.name;
    std::string name = "Writer ";
    name += std::to_string(index + 1);
    return name;
}

std::string publisher_name(const WriterTerms& writer, const std::string& name) {
    if (writer.deal == DealType::self_published) return "";
    if (!writer.publisher.empty()) return writer.publisher;
    std::string out = name;
    out += writer.deal == DealType::administration ? "'s administrator" : "'s publisher";
    return out;
}

std::string deal_description(const WriterTerms& writer) {
    switch (writer.deal) {
        case DealType::self_published: return "Self-published: the writer keeps writer share and publisher share";
        case DealType::standard: return "Standard publishing deal: the publisher keeps the publisher share";
        case DealType::co_publishing:
            return "Co-publishing: the publisher share is co-owned 50/50 (writer 75%, publisher 25%)";
        case DealType::administration: {
            std::string out = "Administration: fee ";
            out += format_percent(writer.admin_fee_ppm);
            out += writer.admin_fee_base == AdminFeeBase::publisher_share
                       ? " of the publisher share"
                       : " of everything the administrator collects (publisher share of performance, all mechanicals)";
            return out;
        }
    }
    return "";
}

}  // namespace

// [SECTION] Names

DEALSHEET_ENUM_NAME_FUNCTIONS(DealType, deal, parse_deal_type, name, deal_type_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(AdminFeeBase, base, parse_admin_fee_base, name, admin_fee_base_names)
DEALSHEET_ENUM_NAME_FUNCTIONS(PublishingMethod, method, parse_publishing_method, name, publishing_method_names)

// [SECTION] Validation

Problems validate(const OfferingTerms& terms, const std::string& path) {
    Problems problems;
    if (terms.year == first_statutory_year) {
        std::string message =
            "the full calculation needs the TCC rate, per-subscriber cap and mechanical floor, "
            "which Dealsheet has for ";
        message += std::to_string(first_all_in_year);
        message += " to ";
        message += std::to_string(last_statutory_year);
        message += " only; 2017 (Phonorecords II) works with the quick estimate";
        message += got(std::to_string(terms.year));
        add(problems, path, ".year", std::move(message));
    } else if (!all_in_parameters(terms.year)) {
        std::string message = "must be a year from ";
        message += std::to_string(first_all_in_year);
        message += " to ";
        message += std::to_string(last_statutory_year);
        if (terms.year > last_statutory_year)
            message +=
                ": later years have no statutory streaming rates (Phonorecords V pending); the quick estimate "
                "takes the rate you assume";
        message += got(std::to_string(terms.year));
        add(problems, path, ".year", std::move(message));
    }
    if (to_string(terms.type).empty())
        add(problems, path, ".type",
            cat("must be an offering type of 37 CFR 385.21", got(std::to_string(static_cast<int>(terms.type)))));
    if (terms.work_duration_seconds < 0 || terms.work_duration_seconds > max_work_duration_seconds)
        add(problems, path, ".work_duration_seconds",
            cat("must be a playing time in whole seconds from 0 (not given) to 86,400",
                got(std::to_string(terms.work_duration_seconds))));
    if (terms.music_standalone_price.has_value() != terms.other_standalone_price.has_value()) {
        add(problems, path, terms.music_standalone_price ? ".other_standalone_price" : ".music_standalone_price",
            "must be given with the other standalone price: the music share is the music part's standalone price "
            "over the sum of the parts' standalone prices (37 CFR 385.2)");
    } else if (terms.music_standalone_price) {
        check_amount(problems, path, ".music_standalone_price", *terms.music_standalone_price, max_publishing_amount);
        check_amount(problems, path, ".other_standalone_price", *terms.other_standalone_price, max_publishing_amount);
        if (*terms.music_standalone_price == 0 && *terms.other_standalone_price == 0)
            add(problems, path, ".music_standalone_price",
                "must be above $0.00 when the other parts' price is $0.00 too");
        if (terms.music_share_ppm != ppm_whole)
            add(problems, path, ".music_share",
                cat("must stay 100% when the standalone prices attribute the bundle's revenue (set one or the other)",
                    got(format_percent(terms.music_share_ppm))));
    }
    check_amount(problems, path, ".service_revenue", terms.service_revenue, max_publishing_amount);
    check_percentage(problems, path, ".music_share", terms.music_share_ppm);
    check_amount(problems, path, ".payments_to_labels", terms.payments_to_labels, max_publishing_amount);
    check_amount(problems, path, ".performance_royalties", terms.performance_royalties, max_publishing_amount);
    check_whole(problems, path, ".subscribers.individual", terms.subscribers.individual, 0, max_subscribers);
    check_whole(problems, path, ".subscribers.family", terms.subscribers.family, 0, max_subscribers);
    check_whole(problems, path, ".subscribers.student", terms.subscribers.student, 0, max_subscribers);
    const SubscriberWeights& w = terms.subscriber_weights;
    if (w.individual_ppm)
        check_whole(problems, path, ".subscriber_weights.individual", *w.individual_ppm, 0, max_subscriber_weight_ppm);
    if (w.family_ppm)
        check_whole(problems, path, ".subscriber_weights.family", *w.family_ppm, 0, max_subscriber_weight_ppm);
    if (w.student_ppm)
        check_whole(problems, path, ".subscriber_weights.student", *w.student_ppm, 0, max_subscriber_weight_ppm);
    const bool plays_ok = check_plays(problems, path + ".plays", terms.plays);
    const bool work_ok = check_plays(problems, path + ".work_plays", terms.work_plays);
    if (plays_ok && work_ok) {
        // The work's plays are part of the offering's: each kind, and the paid ones that divide the pool.
        const auto within = [&](const char* field, std::int64_t work, std::int64_t offering, const char* what) {
            if (work <= offering) return;
            std::string message = "must not be more than the offering's ";
            message += what;
            message += " (";
            message += format_count(offering);
            message += ')';
            message += got(format_count(work));
            add(problems, path, field, std::move(message));
        };
        within(".work_plays.total", terms.work_plays.total, terms.plays.total, "total plays");
        within(".work_plays.promotional", terms.work_plays.promotional, terms.plays.promotional, "promotional plays");
        within(".work_plays.free_trial", terms.work_plays.free_trial, terms.plays.free_trial, "free-trial plays");
        if (terms.work_plays.total <= terms.plays.total && paid(terms.work_plays) > paid(terms.plays)) {
            std::string message = "leaves more paid plays of the work (";
            message += format_count(paid(terms.work_plays));
            message += ") than paid plays of the offering (";
            message += format_count(paid(terms.plays));
            message += "): paid plays are total less promotional and free-trial plays";
            add(problems, path, ".work_plays.total", std::move(message));
        }
    }
    return problems;
}

namespace {

// The writers and commissions: what split_publishing() reads.
void validate_split(const PublishingTerms& terms, std::string_view path, Problems& problems) {
    check_percentage(problems, path, ".collection.pro_commission", terms.collection.pro_commission_ppm);
    check_percentage(problems, path, ".collection.mlc_commission", terms.collection.mlc_commission_ppm);
    if (terms.writers.empty()) add(problems, path, ".writers", "must list at least one writer");
    if (terms.writers.size() > max_writers) {
        add(problems, path, ".writers", detail::too_many(max_writers, "writers", terms.writers.size()));
    }
    bool shares_ok = true;
    std::int64_t share_sum = 0;
    for (std::size_t i = 0; i < terms.writers.size(); ++i) {
        const WriterTerms& writer = terms.writers[i];
        std::string at(path);
        at += ".writers[";
        at += std::to_string(i);
        at += ']';
        check_name(problems, at, ".name", writer.name);
        check_name(problems, at, ".publisher", writer.publisher);
        if (!terms.equal_shares) {
            if (writer.share_ppm < 0 || writer.share_ppm > ppm_whole)
                shares_ok = false;
            else
                share_sum += writer.share_ppm;
            check_percentage(problems, at, ".share", writer.share_ppm);
        }
        if (to_string(writer.deal).empty())
            add(problems, at, ".deal",
                cat(detail::one_of(deal_type_names), got(std::to_string(static_cast<int>(writer.deal)))));
        if (writer.deal == DealType::administration) {
            check_percentage(problems, at, ".admin_fee", writer.admin_fee_ppm);
            if (to_string(writer.admin_fee_base).empty())
                add(problems, at, ".admin_fee_base",
                    cat(detail::one_of(admin_fee_base_names),
                        got(std::to_string(static_cast<int>(writer.admin_fee_base)))));
        }
        check_amount(problems, at, ".advance", writer.advance, max_publishing_amount);
        if (writer.deal == DealType::self_published && writer.advance > 0)
            add(problems, at, ".advance",
                cat("must be $0.00 for a self-published writer: there is no publisher to pay or recoup an advance",
                    got(format_usd(writer.advance))));
    }
    if (!terms.equal_shares && shares_ok && !terms.writers.empty() && share_sum != ppm_whole)
        add(problems, path, ".writers", cat("shares must total exactly 100%", got(format_percent(share_sum))));
}

}  // namespace

Problems validate(const PublishingTerms& terms, const std::string& path) {
    Problems problems;
    if (to_string(terms.method).empty())
        add(problems, path, ".method",
            cat("must be quick or full", got(std::to_string(static_cast<int>(terms.method)))));
    if (terms.method == PublishingMethod::full)
        for (Problem& problem : validate(terms.offering, path + ".offering")) problems.push_back(std::move(problem));
    if (terms.method == PublishingMethod::quick)
        check_percentage(problems, path, ".performance_share", terms.performance_share_ppm);
    validate_split(terms, path, problems);
    return problems;
}

// [SECTION] The full §115 calculation

OfferingResult detail::calculate_offering(const OfferingTerms& terms, const HeadlineRate& rate,
                                          const AllInParameters& parameters) {
    OfferingResult r;
    r.rate = rate;
    r.parameters = parameters;
    r.type = parameters.offering;
    r.subscribers_counted = parameters.floor_subscribers;
    // Bundles count only the music part of revenue: by the standalone prices when given (§385.2 [P]), else by
    // the share entered (domain notes §5.2 [S]).
    r.music_by_standalone_prices = terms.music_standalone_price && terms.other_standalone_price;
    r.music_revenue =
        r.music_by_standalone_prices
            ? bundle_music_revenue(terms.service_revenue, *terms.music_standalone_price, *terms.other_standalone_price)
                  .value_or(0)
            : mul_div_round(terms.service_revenue, terms.music_share_ppm, ppm_whole);
    r.headline = mul_div_round(r.music_revenue, rate.rate_ppm, ppm_whole);
    // Weighted subscribers in ppm of a subscriber, exact: family 1.75 = 1'750'000 per plan (§385.21(e) [P]).
    const SubscriberWeights& entered = terms.subscriber_weights;
    r.weights_used = {entered.individual_ppm.value_or(ppm_whole),
                      entered.family_ppm.value_or(parameters.family_weight_ppm),
                      entered.student_ppm.value_or(parameters.student_weight_ppm)};
    r.weighted_subscribers_ppm = terms.subscribers.individual * *r.weights_used.individual_ppm +
                                 terms.subscribers.family * *r.weights_used.family_ppm +
                                 terms.subscribers.student * *r.weights_used.student_ppm;
    r.tcc_amount = mul_div_round(terms.payments_to_labels, parameters.tcc_rate_ppm, ppm_whole);
    r.tcc_prong = r.tcc_amount;  // a percentage of TCC needs no subscribers (ad-supported offerings)
    if (parameters.per_subscriber_capped) {
        r.subscriber_cap_amount = mul_div_round(parameters.per_subscriber_cap, r.weighted_subscribers_ppm, ppm_whole);
        r.subscriber_cap_binds = r.subscriber_cap_amount < r.tcc_amount;
        r.tcc_prong = std::min(r.tcc_amount, r.subscriber_cap_amount);
    }
    if (parameters.tcc_prong_alone) {  // mixed service bundle: no headline prong
        r.prong = AllInProng::tcc;
        r.all_in_pool = r.tcc_prong;
    } else {
        r.prong = r.tcc_prong > r.headline ? AllInProng::tcc : AllInProng::headline;
        r.all_in_pool = std::max(r.headline, r.tcc_prong);
    }
    r.performance_royalties = terms.performance_royalties;
    r.after_performance = r.all_in_pool - terms.performance_royalties;
    r.floor_per_subscriber = parameters.mechanical_floor;
    r.floor_amount = mul_div_round(parameters.mechanical_floor, r.weighted_subscribers_ppm, ppm_whole);
    // Performance above the all-in pool leaves nothing, not a debt: nobody pays the service [D].
    r.payable_pool = std::max<Micros>(r.after_performance, 0);
    r.floor_binds = r.floor_amount > r.payable_pool;
    if (r.floor_binds) r.payable_pool = r.floor_amount;
    r.paid_plays = paid(terms.plays);
    r.work_paid_plays = paid(terms.work_plays);
    // §385.21(c): in step 4 only, the work's plays count by its playing time; the offering's plays as entered,
    // plus this work's extra weight (other long recordings on the offering are not known: [U]).
    r.play_weight_fifths = play_weight_fifths(terms.work_duration_seconds);
    r.work_weighted_fifths = r.work_paid_plays * r.play_weight_fifths;
    r.weighted_paid_fifths = r.paid_plays * 5 + r.work_paid_plays * (r.play_weight_fifths - 5);
    if (r.paid_plays > 0) {
        // One rounding per amount: pool × work plays ÷ plays, never a rounded per-play rate × plays.
        r.work_mechanical = mul_div_round(r.payable_pool, r.work_weighted_fifths, r.weighted_paid_fifths);
        r.work_performance = mul_div_round(terms.performance_royalties, r.work_paid_plays, r.paid_plays);
        r.per_play = static_cast<double>(r.payable_pool) / static_cast<double>(micros_per_unit) /
                     (static_cast<double>(r.weighted_paid_fifths) / 5.0);
    }

    const std::string year = std::to_string(rate.year);
    const bool default_weights = terms.subscriber_weights == SubscriberWeights{};
    std::string weights = "individual ";
    weights += decimal_from_ppm(*r.weights_used.individual_ppm);
    weights += ", family ";
    weights += decimal_from_ppm(*r.weights_used.family_ppm);
    weights += ", student ";
    weights += decimal_from_ppm(*r.weights_used.student_ppm);
    weights += " subscribers per plan";
    const bool default_music_share = terms.music_share_ppm == ppm_whole;
    const std::string counted = parameters.floor_subscribers == SubscriberBasis::active
                                    ? " per active subscriber (at least one play in the month) per month"
                                    : " per subscriber per month";
    std::string tcc = format_percent(parameters.tcc_rate_ppm) + " of payments to record labels";
    if (parameters.per_subscriber_capped)
        tcc += ", at most " + format_usd(parameters.per_subscriber_cap) + " per subscriber per month";
    else
        tcc += " (no per-subscriber cap)";
    if (parameters.tcc_prong_alone) tcc += "; the all-in pool is this prong alone (no headline prong)";
    r.assumptions.reserve(12);
    r.assumptions.push_back({"Offering type", std::string(describe(parameters.offering)),
                             "37 CFR 385.21: each offering is calculated separately, with its own TCC prong and floor",
                             "[P]", ""});
    r.assumptions.push_back({cat("Headline rate ", year), format_percent(rate.rate_ppm) + " of service revenue",
                             rate.source, rate.tag, rate.as_of});
    r.assumptions.push_back(
        {cat("TCC prong ", year), tcc, parameters.source, parameters.tcc_rate_tag, parameters.as_of});
    r.assumptions.push_back({cat("Per-subscriber cap ", year),
                             parameters.per_subscriber_capped
                                 ? format_usd(parameters.per_subscriber_cap) + " per subscriber per month"
                                 : std::string("None for this offering"),
                             parameters.source, parameters.per_subscriber_cap_tag, parameters.as_of});
    r.assumptions.push_back({cat("Mechanical floor ", year),
                             parameters.mechanical_floor > 0 ? format_usd(parameters.mechanical_floor) + counted
                                                             : std::string("None for this offering"),
                             parameters.source, parameters.mechanical_floor_tag, parameters.as_of});
    r.assumptions.push_back({"Subscriber weights", weights,
                             default_weights ? std::string(parameters.source) : std::string("Entered by you"),
                             default_weights ? parameters.weights_tag : "", default_weights ? parameters.as_of : ""});
    if (r.music_by_standalone_prices)
        r.assumptions.push_back({"Music share of service revenue",
                                 format_usd(*terms.music_standalone_price) + " music ÷ (" +
                                     format_usd(*terms.music_standalone_price) + " + " +
                                     format_usd(*terms.other_standalone_price) + ") standalone prices",
                                 "37 CFR 385.2: bundle revenue attributed by standalone prices", "[P]", ""});
    else
        r.assumptions.push_back(
            {"Music share of service revenue", format_percent(terms.music_share_ppm),
             default_music_share ? "Default: not a bundle. Bundles count only music's share (Spotify US since March "
                                   "2024: about 52%, domain notes 2026 section 1)"
                                 : "Entered by you",
             default_music_share ? "[U]" : "", ""});
    if (parameters.offering == OfferingType::bundled_subscription && rate.year >= 2024)
        r.assumptions.push_back({"Spotify US Premium", std::string(explain(SpotifyUsTreatment::bundle)),
                                 "Trade press (domain notes 2026 section 1)", "[S]", "2026-12"});
    r.assumptions.push_back({"Long recordings",
                             cat("One play of this work counts as ", decimal_from_ppm(r.play_weight_fifths * 200'000),
                                 " plays in its share of the pool; the offering's other plays count as entered"),
                             "37 CFR 385.21(c): over 5:00, 1.2 plays, +0.2 per further minute or part of one", "[P]",
                             ""});
    r.assumptions.push_back({"Promotional and free-trial plays", "Pay zero; left out of the plays that divide the pool",
                             "37 CFR part 385 subpart D (domain notes 5.2)", "[P]", ""});
    r.assumptions.push_back(
        {"The work's performance royalties", "The offering's performance royalties × the work's share of paid plays",
         "Dealsheet's approximation: PROs distribute by their own surveys and weightings", "[U]", ""});
    r.assumptions.push_back({"Not modelled", "Late fees (1.5% a month, 37 CFR 385.3), part-month proration",
                             "Out of scope of Dealsheet", "", ""});
    return r;
}

Result<OfferingResult> calculate_offering(const OfferingTerms& terms) {
    if (Problems problems = validate(terms); !problems.empty()) return problems;
    return detail::calculate_offering(terms, *headline_rate(terms.year), *all_in_parameters(terms.year, terms.type));
}

std::optional<Micros> bundle_music_revenue(Micros bundle_revenue, Micros music_standalone_price,
                                           Micros other_standalone_price) {
    if (bundle_revenue < 0 || music_standalone_price < 0 || other_standalone_price < 0) return std::nullopt;
    const Micros prices = music_standalone_price + other_standalone_price;
    if (prices <= 0) return std::nullopt;
    return mul_div_round(bundle_revenue, music_standalone_price, prices);
}

OfferingTerms spotify_us_premium(OfferingTerms offering, SpotifyUsTreatment treatment) {
    offering.music_standalone_price.reset();
    offering.other_standalone_price.reset();
    if (treatment == SpotifyUsTreatment::bundle) {
        offering.type = OfferingType::bundled_subscription;
        offering.music_share_ppm = 520'000;  // about 52% attributed to music [S]
    } else {
        offering.type = OfferingType::standalone_portable;
        offering.music_share_ppm = ppm_whole;
    }
    return offering;
}

std::string_view explain(SpotifyUsTreatment treatment) {
    return detail::enum_name(treatment, spotify_us_treatment_explanations);
}

// [SECTION] The split among writers, publishers and collecting societies

Result<PublishingSplit> split_publishing(const PublishingIncome& income, const PublishingTerms& terms) {
    Problems problems;
    check_amount(problems, "publishing.income", ".performance", income.performance, max_split_amount);
    check_amount(problems, "publishing.income", ".mechanical", income.mechanical, max_split_amount);
    validate_split(terms, "publishing", problems);
    if (!problems.empty()) return problems;

    PublishingSplit split;
    split.income = income;
    // Commissions off the top of each income type, so writer and publisher shares bear them alike
    // (domain notes §5.4: ASCAP deducts its overhead before distributing [S]; the MLC is commission-free [S]).
    const auto [pro_commission, performance] = split_two(income.performance, terms.collection.pro_commission_ppm,
                                                         ppm_whole - terms.collection.pro_commission_ppm);
    const auto [mlc_commission, mechanical] = split_two(income.mechanical, terms.collection.mlc_commission_ppm,
                                                        ppm_whole - terms.collection.mlc_commission_ppm);
    split.pro_commission = pro_commission;
    split.mlc_commission = mlc_commission;

    // Each writer's part of the song: equal weights are exact (thirds of $450 are $150, not $150.0003).
    const std::size_t n = terms.writers.size();
    std::vector<std::int64_t> weights(n, 1);
    if (!terms.equal_shares)
        for (std::size_t i = 0; i < n; ++i) weights[i] = terms.writers[i].share_ppm;
    const std::vector<Micros> performance_parts = allocate_monotone(performance, weights);
    const std::vector<Micros> mechanical_parts = allocate_monotone(mechanical, weights);
    const std::vector<Micros> shown_shares = allocate_monotone(ppm_whole, weights);

    bool any_advance = false;
    for (std::size_t i = 0; i < n; ++i) {
        const WriterTerms& writer = terms.writers[i];
        WriterPayout out;
        out.name = writer_name(writer, i);
        out.publisher = publisher_name(writer, out.name);
        out.deal = writer.deal;
        out.share_ppm = shown_shares[i];
        out.performance = performance_parts[i];
        out.mechanical = mechanical_parts[i];
        // 50% writer share / 50% publisher share of both income types (domain notes §5.4 [S]); the odd
        // micro goes to the writer share.
        const auto [performance_writer, performance_publisher] = split_two(out.performance, 1, 1);
        const auto [mechanical_writer, mechanical_publisher] = split_two(out.mechanical, 1, 1);
        out.writer_share = performance_writer;  // the PRO pays it straight to the writer
        const Micros publisher_share = performance_publisher + mechanical_publisher;
        switch (writer.deal) {
            case DealType::self_published:  // writer keeps 100%
                out.publisher_side = mechanical_writer + publisher_share;
                break;
            case DealType::standard:  // publisher keeps the publisher share; passes on the mechanical writer share
                out.publisher_side = mechanical_writer;
                out.publisher_kept = publisher_share;
                break;
            case DealType::co_publishing: {  // publisher share co-owned 50/50; odd micro to the writer
                const auto [writer_part, publisher_part] = split_two(publisher_share, 1, 1);
                out.publisher_side = mechanical_writer + writer_part;
                out.publisher_kept = publisher_part;
                break;
            }
            case DealType::administration: {  // writer owns it all; administrator keeps its fee
                const Micros collected = performance_publisher + out.mechanical;
                const Micros base =
                    writer.admin_fee_base == AdminFeeBase::publisher_share ? publisher_share : collected;
                const Micros fee = split_two(base, writer.admin_fee_ppm, ppm_whole - writer.admin_fee_ppm).first;
                out.publisher_side = collected - fee;
                out.publisher_kept = fee;
                break;
            }
        }
        // Recoupment from the publisher side only; the balance carries over; nothing is clawed back.
        out.recouped = std::min(writer.advance, out.publisher_side);
        out.unrecouped = writer.advance - out.recouped;
        out.paid = out.writer_share + out.publisher_side - out.recouped;
        any_advance = any_advance || writer.advance > 0;

        if (!out.publisher.empty()) {
            auto it = std::find_if(split.publishers.begin(), split.publishers.end(),
                                   [&](const PublisherPayout& p) { return p.name == out.publisher; });
            if (it == split.publishers.end()) {
                split.publishers.push_back(PublisherPayout{out.publisher});
                it = split.publishers.end() - 1;
            }
            it->kept += out.publisher_kept;
            it->recouped += out.recouped;
            it->total += out.publisher_kept + out.recouped;
        }
        split.writers.push_back(std::move(out));
    }

    const CollectionTerms defaults{};
    const bool default_pro = terms.collection.pro_commission_ppm == defaults.pro_commission_ppm;
    const bool default_mlc = terms.collection.mlc_commission_ppm == defaults.mlc_commission_ppm;
    // One push_back each: a braced list would copy every string of every assumption once more.
    split.assumptions.reserve(4 + n + (any_advance ? 1 : 0));
    split.assumptions.push_back(
        {"PRO commission",
         format_percent(terms.collection.pro_commission_ppm) +
             " of performance royalties, before the writer/publisher split",
         default_pro ? "Default: ASCAP's overhead, about 10% in 2023 (domain notes 5.4)" : "Entered by you",
         default_pro ? "[S]" : "", default_pro ? "2023" : ""});
    split.assumptions.push_back(
        {"MLC commission", format_percent(terms.collection.mlc_commission_ppm) + " of mechanical royalties",
         default_mlc ? "Default: the MLC distributes commission-free (domain notes 5.4)" : "Entered by you",
         default_mlc ? "[S]" : "", ""});
    split.assumptions.push_back(
        {"Writer share and publisher share", "50% / 50% of each writer's performance and mechanical income",
         "The PRO pays the performance writer share to the writer directly; mechanicals go to the publisher side "
         "(domain notes 5.4)",
         "[S]", ""});
    split.assumptions.push_back({"Shares of the song",
                                 terms.equal_shares ? cat("Equal among ", std::to_string(n), " writers") : "As entered",
                                 terms.equal_shares ? "Default: equal shares (domain notes 5.4)" : "Entered by you",
                                 terms.equal_shares ? "[U]" : "", ""});
    for (std::size_t i = 0; i < n; ++i) {
        const WriterTerms& writer = terms.writers[i];
        const bool default_fee = writer.admin_fee_ppm == WriterTerms{}.admin_fee_ppm &&
                                 writer.admin_fee_base == WriterTerms{}.admin_fee_base;
        const bool admin = writer.deal == DealType::administration;
        std::string name = split.writers[i].name;
        name += "'s deal";
        split.assumptions.push_back({std::move(name), deal_description(writer),
                                     admin && default_fee
                                         ? "Deal types per domain notes 5.4; default fee 15% of the publisher share "
                                           "(10-25% is typical)"
                                         : "Deal types per domain notes 5.4",
                                     "[S]", ""});
    }
    if (any_advance)
        split.assumptions.push_back(
            {"Advance recoupment",
             "From the publisher side only: the mechanical writer share and the writer's part of the publisher share; "
             "never from the PRO's direct writer share; the rest carries over, never clawed back",
             "Industry practice (domain notes 1 and 5.4)", "[C][D]", ""});
    return split;
}

// [SECTION] The publishing engine

Result<PublishingResult> calculate_publishing(const QuickEstimateTerms& quick, const PublishingTerms& terms) {
    Problems problems;
    if (terms.method == PublishingMethod::quick) {
        problems = validate(quick, "publishing.quick");
        if (!quick.streams)
            problems.push_back({"publishing.quick.streams", "needs a stream count (a scenario follows the release's)"});
    }
    for (Problem& problem : validate(terms, "publishing")) problems.push_back(std::move(problem));
    if (!problems.empty()) return problems;
    if (terms.method == PublishingMethod::quick)
        return detail::calculate_valid_publishing(estimate_publishing(quick).value(), terms);
    return detail::calculate_valid_publishing(QuickEstimate{}, terms);
}

Result<PublishingResult> detail::calculate_valid_publishing(const QuickEstimate& quick_estimate,
                                                            const PublishingTerms& terms) {
    PublishingResult result;
    result.method = terms.method;
    PublishingIncome income;
    if (terms.method == PublishingMethod::quick) {
        const QuickEstimate& estimate = quick_estimate;
        const auto [performance, mechanical] =
            split_two(estimate.publishing_total, terms.performance_share_ppm, ppm_whole - terms.performance_share_ppm);
        income = {performance, mechanical};
        // Room for the split's assumptions too (4 + one per writer + the advances', split_publishing).
        result.assumptions.reserve(estimate.assumptions.size() + 1 + 5 + terms.writers.size());
        result.assumptions.assign(estimate.assumptions.begin(), estimate.assumptions.end());
        const bool default_share = terms.performance_share_ppm == default_performance_share_ppm;
        result.assumptions.push_back(
            {"Performance share of the publishing total",
             format_percent(terms.performance_share_ppm) + " performance, " +
                 format_percent(ppm_whole - terms.performance_share_ppm) + " mechanical",
             default_share ? "Default: about 50/50 for the streaming pool; Billboard reports both together "
                             "(domain notes 5.4)"
                           : "Entered by you",
             default_share ? "[U]" : "", ""});
        result.quick = estimate;
    } else {
        OfferingResult offering = calculate_offering(terms.offering).value();
        income = {offering.work_performance, offering.work_mechanical};
        result.assumptions = offering.assumptions;
        result.offering = std::move(offering);
    }
    result.publishing_total = income.performance + income.mechanical;
    Result<PublishingSplit> split = split_publishing(income, terms);
    if (!split.ok()) return split.problems();
    result.split = std::move(split.value());
    result.assumptions.insert(result.assumptions.end(), result.split.assumptions.begin(),
                              result.split.assumptions.end());
    return result;
}

Result<OfferingTerms> offering_equivalent_to(const QuickEstimateTerms& quick, std::int64_t performance_share_ppm) {
    Problems problems = validate(quick, "publishing.quick");
    if (!quick.streams) add(problems, "publishing.quick", ".streams", "needs a stream count");
    if (quick.rate_ppm)
        add(problems, "publishing.quick", ".rate",
            "must be the statutory rate (null) for a full-calculation equivalent");
    if (headline_rate(quick.year) && !all_in_parameters(quick.year)) {
        std::string message = "has no full-calculation equivalent: Dealsheet has the TCC rate, cap and floor for ";
        message += std::to_string(first_all_in_year);
        message += " to ";
        message += std::to_string(last_statutory_year);
        message += " only";
        message += got(std::to_string(quick.year));
        add(problems, "publishing.quick", ".year", std::move(message));
    }
    check_percentage(problems, "publishing", ".performance_share", performance_share_ppm);
    if (!problems.empty()) return problems;

    const QuickEstimate estimate = estimate_publishing(quick).value();
    OfferingTerms offering;
    offering.year = quick.year;
    offering.service_revenue = estimate.service_revenue;  // R × streams, rounded as the quick estimate rounds it
    offering.performance_royalties =
        split_two(estimate.publishing_total, performance_share_ppm, ppm_whole - performance_share_ppm).first;
    offering.plays = {*quick.streams, 0, 0};
    offering.work_plays = {*quick.streams, 0, 0};  // the work is the whole offering: work's share = the pool
    return offering;
}

Result<std::vector<YearEstimate>> estimates_by_year(std::int64_t streams, double revenue_per_stream) {
    QuickEstimateTerms terms = quick_terms(streams, last_statutory_year, revenue_per_stream);
    if (Problems problems = validate(terms, "publishing.quick"); !problems.empty()) return problems;
    std::vector<YearEstimate> rows;
    rows.reserve(headline_rates().size());
    for (const HeadlineRate& rate : headline_rates()) {
        terms.year = rate.year;
        rows.push_back({rate, detail::quick_amounts(terms).publishing_total, all_in_parameters(rate.year) != nullptr});
    }
    return rows;
}

}  // namespace dealsheet
