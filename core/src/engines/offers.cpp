// Offers compared: each offer's payouts by the deal engine, where one pays more than another, and the verdict,
// weighed by an outcome distribution of lifetime streams (method in offers.hpp).
//
// Index of this file
// [SECTION] Searches over whole streams
// [SECTION] Intervals where one offer pays more
// [SECTION] Probabilities over whole streams
// [SECTION] The comparison's words
// [SECTION] The comparison
#include "dealsheet/offers.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "engines/checks.hpp"
#include "engines/offer_engine.hpp"
#include "engines/portable_maths.hpp"
#include "engines/stream_outcomes.hpp"
#include "foundation/text.hpp"

namespace dealsheet {
namespace {

using detail::cat;
using detail::distribution_line;
using detail::never_streams_ppm;
using detail::population_phrase;
using detail::shape_atom;
using detail::shape_continuous_mean_between;
using detail::shape_survival;
using detail::to_micros;
using detail::to_ppm;
using detail::whole_streams;

using detail::OfferEngine;

// [SECTION] Searches over whole streams

// The least x in low..high for which `holds` is true, given it is monotone (false … true) there and true at
// high. About 37 evaluations over 1e11.
template <class Holds>
std::int64_t least(std::int64_t low, std::int64_t high, Holds holds) {
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        if (holds(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

// [SECTION] Intervals where one offer pays more

// The streams where a pair's payouts may change course: both offers' first-paid streams, ascending; past
// answer_max_streams = none (an offer never paid). A fixed array: `where` runs for every pair.
using Cuts = std::array<std::int64_t, 2>;

// Whole-stream intervals [first, last + 1) within 0..answer_max_streams, ascending and disjoint: at most one
// per piece between the cuts, so a fixed array too.
struct Intervals {
    using Interval = std::pair<std::int64_t, std::int64_t>;
    std::array<Interval, std::tuple_size_v<Cuts> + 1> items{};
    std::size_t count = 0;

    bool empty() const { return count == 0; }
    const Interval* begin() const { return items.data(); }
    const Interval* end() const { return items.data() + count; }
    Interval& back() { return items[count - 1]; }
    const Interval& back() const { return items[count - 1]; }
    void emplace_back(std::int64_t first, std::int64_t end) { items[count++] = {first, end}; }
};

// What the payouts' linear model says of payout_a(n) − payout_b(n) (settled() below).
enum class Difference { certainly_positive, certainly_negative, too_close };

// Where `holds(n)` is true, given it is monotone on each piece between consecutive `cuts` (those in
// 1..answer_max_streams): each piece is checked at its ends and, when they differ, searched for its one change.
// `certain(low, n)` may settle holds(n) for n on the piece starting at `low` without evaluating it
// (certainly_positive: true, certainly_negative: false, too_close: evaluate); it must never contradict holds, so
// the search probes and returns exactly the same.
template <class Holds, class Certain>
Intervals where(const Cuts& cuts, Holds holds, Certain certain) {
    std::array<std::int64_t, std::tuple_size_v<Cuts> + 1> starts{0};
    std::size_t count = 1;
    for (const std::int64_t cut : cuts)
        if (cut > starts[count - 1] && cut <= answer_max_streams) starts[count++] = cut;
    Intervals out;
    const auto add = [&](std::int64_t first, std::int64_t end) {
        if (first >= end) return;
        if (!out.empty() && out.back().second == first)
            out.back().second = end;
        else
            out.emplace_back(first, end);
    };
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t low = starts[i], high = i + 1 < count ? starts[i + 1] - 1 : answer_max_streams;
        const bool at_low = holds(low), at_high = holds(high);
        if (at_low == at_high) {
            if (at_low) add(low, high + 1);
        } else {
            const std::int64_t change = least(low + 1, high, [&](std::int64_t n) {
                const Difference known = certain(low, n);
                return (known == Difference::too_close ? holds(n) : known == Difference::certainly_positive) != at_low;
            });
            if (at_low)
                add(low, change);
            else
                add(change, high + 1);
        }
    }
    return out;
}

// Whether payout_a(n) − payout_b(n) is certainly > 0 or certainly < 0, from the payouts' linear model on the
// piece of `where` starting at `low` (too_close: evaluate). On a piece each offer is
// either not yet paid (payout = upfront) or paid throughout (payout = upfront + e(n) − advance, since paid is
// non-decreasing and positive from first_paid on). e(n), the party's credited royalty, is n·r·p/1e9 up to the
// rounding of the receipts (≤ ½ micro), of the all-in royalty (≤ ½) and of each two-way split of the chain
// (≤ ½ each, carried): within 1.5 + ½·(chain position) micros, bounded here by 2 + the number of parties.
// The double arithmetic adds at most a relative ~1e-15, covered by a relative 1e-9 margin.
Difference settled(const OfferEngine& a, const std::optional<std::int64_t>& a_first_paid, const OfferEngine& b,
                   const std::optional<std::int64_t>& b_first_paid, std::int64_t low, std::int64_t n) {
    double margin = 1;
    const auto linear = [&](const OfferEngine& e, const std::optional<std::int64_t>& first_paid) {
        const double upfront = static_cast<double>(e.upfront);
        if (!first_paid || low < *first_paid) return upfront;
        const double per_stream = static_cast<double>(e.model.receipts_per_1000_streams) *
                                  static_cast<double>(e.lean.parties[e.party].weight) / 1e9;
        const double backend = static_cast<double>(n) * per_stream - static_cast<double>(e.advance);
        margin += 2 + static_cast<double>(e.lean.parties.size()) +
                  1e-9 * (std::fabs(backend) + static_cast<double>(n) * per_stream + static_cast<double>(e.advance));
        return upfront + backend;
    };
    const double difference = linear(a, a_first_paid) - linear(b, b_first_paid);
    margin += 1e-9 * (static_cast<double>(a.upfront) + static_cast<double>(b.upfront));
    if (difference > margin) return Difference::certainly_positive;
    if (difference < -margin) return Difference::certainly_negative;
    return Difference::too_close;
}

// [SECTION] Probabilities over whole streams

// The distribution as the comparison uses it: N capped at answer_max_streams; atoms evaluated by the engine.
struct Weights {
    const StreamDistribution& d;
    double bound = static_cast<double>(answer_max_streams);

    // P(N' ≥ n) for whole n (N' = min(N, bound)).
    double at_least(std::int64_t n) const { return n > answer_max_streams ? 0 : survival(d, static_cast<double>(n)); }
    double between(const Intervals& intervals) const {
        double sum = 0;
        for (const auto& [first, end] : intervals) sum += at_least(first) - at_least(end);
        return sum;
    }
    // The atoms of N' (the 0 atom excluded: no offer has a backend at 0 streams), plus the continuous mass
    // beyond the bound, placed at the bound.
    std::vector<std::pair<std::int64_t, double>> atoms() const {
        std::vector<std::pair<std::int64_t, double>> out;
        if (const auto atom = shape_atom(d)) out.emplace_back(whole_streams(atom->first), atom->second * d.pays);
        out.emplace_back(answer_max_streams, continuous_at_least(bound));
        return out;
    }
    // P(N ≥ n, N in the continuous part) and E[N·1{N ≥ m}] over the continuous part, both below the bound.
    double continuous_at_least(double n) const {
        const auto atom = shape_atom(d);
        const double atom_at_or_above = atom && atom->first >= n ? atom->second : 0;
        return std::max(0.0, d.pays * (shape_survival(d, n) - atom_at_or_above));
    }
    double continuous_below_bound_at_least(double n) const {
        return std::max(0.0, continuous_at_least(n) - continuous_at_least(bound));
    }
    double continuous_below_bound_partial_mean(double m) const {
        return d.pays * shape_continuous_mean_between(d, m, bound);
    }
};

// [SECTION] The comparison's words

// "about 1 release in 40 reaches" / "about 62% of releases reach" / "no release reaches …"; one_in = round(1/P)
// (0: computed from ppm).
std::string reach_phrase(std::int64_t ppm, std::int64_t one_in = 0) {
    if (ppm <= 0 && one_in <= 0) return "which no release reaches under this distribution";
    if (ppm >= 500'000) return cat("which about ", format_percent(ppm), " of releases reach");
    if (one_in <= 0) one_in = (full_share_ppm + ppm / 2) / ppm;
    if (one_in > 1'000'000) return "which fewer than 1 release in a million reaches";
    return cat("which about 1 release in ", format_count(one_in), " reaches");
}

// The offer with the most money up front (the first of equals).
std::size_t largest_upfront(const std::vector<OfferResult>& offers) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < offers.size(); ++i)
        if (offers[i].upfront > offers[best].upfront) best = i;
    return best;
}

// What an offer pays up front, saying which money is a fee (kept whatever happens) and which a recoupable
// advance (repaid out of the party's royalties first): "$15,000.00 fee", "$7,500.00 recoupable advance".
std::string upfront_phrase(const Offer& offer) {
    if (offer.fee > 0 && offer.advance > 0)
        return cat(format_usd(offer.fee), " fee + ", format_usd(offer.advance), " recoupable advance");
    if (offer.advance > 0) return cat(format_usd(offer.advance), " recoupable advance");
    if (offer.fee > 0) return cat(format_usd(offer.fee), " fee");
    return "nothing";
}

std::string verdict_core(const Comparison& c);

// The verdict, naming the population whose odds it uses.
std::string verdict_sentence(const Comparison& c) {
    std::string out = verdict_core(c);
    if (c.outcomes.kind == OutcomeKind::loud_and_clear)
        out += cat(" Odds among ", population_phrase(c.outcomes), " (Spotify Loud & Clear ",
                   to_string(c.outcomes.report), ").");
    return out;
}

std::string verdict_core(const Comparison& c) {
    const std::vector<OfferResult>& offers = c.offers;
    const OfferResult& best = offers[c.recommended];
    if (offers.size() == 1) {
        return cat(best.offer.name, " pays ", upfront_phrase(best.offer), " up front; its backend adds an expected ",
                   format_usd(best.expected_backend), " (median ",
                   format_usd(best.percentiles[median_index] - best.upfront),
                   "), and pays anything beyond the upfront money ",
                   best.backend_from_streams ? cat("past ", format_count(*best.backend_from_streams), " streams, ",
                                                   reach_phrase(best.backend_chance_ppm))
                                             : std::string("never within 100 billion streams"),
                   ".");
    }
    // The largest upfront offer, against the recommended one or else the alternative with the highest expected value.
    const std::size_t upfront = largest_upfront(offers);
    std::size_t other = upfront == 0 ? 1 : 0;
    for (std::size_t i = 0; i < offers.size(); ++i)
        if (i != upfront && offers[i].expected > offers[other].expected) other = i;
    if (c.recommended != upfront) other = c.recommended;
    const OfferPair* pair = nullptr;
    for (const OfferPair& p : c.pairs)
        if ((p.earlier == upfront && p.later == other) || (p.earlier == other && p.later == upfront)) pair = &p;
    const OfferResult& u = offers[upfront];
    const OfferResult& o = offers[other];
    if (c.recommended == other) {
        return cat("Take ", o.offer.name, " (", upfront_phrase(o.offer), " up front): it pays more than ", u.offer.name,
                   " (", upfront_phrase(u.offer), " up front) in ", format_percent(o.beats_ppm[upfront]),
                   " of outcomes",
                   pair && pair->later == other && pair->break_even_streams > 0
                       ? cat(", from ", format_count(pair->break_even_streams), " streams, ",
                             reach_phrase(pair->reach_ppm, pair->reach_one_in))
                       : std::string(),
                   "; expected ", format_usd(o.expected), " against ", format_usd(u.expected), ".");
    }
    std::string out = cat("Take ", u.offer.name, " (", upfront_phrase(u.offer), " up front): ", o.offer.name, " (",
                          upfront_phrase(o.offer), " up front)");
    if (pair && pair->later == other)
        out += cat(" pays more only past ", format_count(pair->break_even_streams), " streams, ",
                   reach_phrase(pair->reach_ppm, pair->reach_one_in));
    else if (o.beats_ppm[upfront] > 0)
        out += cat(" pays more in only ", format_percent(o.beats_ppm[upfront]), " of outcomes");
    else
        out += " never pays more";
    out += cat("; its expected backend is ", format_usd(o.expected_backend));
    if (o.expected > u.expected)
        out += cat(", and its higher expected value (", format_usd(o.expected),
                   ") comes from rare hits: backend is a bonus, never a business plan");
    out += '.';
    return out;
}

// 0, then 10^(3 + j/4) rounded for j = 0..28 (1,000 to 10 billion, 4 per decade).
std::vector<std::int64_t> log_grid() {
    constexpr std::array<std::int64_t, 4> mantissa{100'000'000, 177'827'941, 316'227'766,
                                                   562'341'325};  // 10^(j/4) × 1e8
    std::vector<std::int64_t> grid{0};
    grid.reserve(2 + 7 * mantissa.size());
    std::int64_t power = 1'000;
    for (int decade = 0; decade < 7; ++decade, power *= 10)
        for (const std::int64_t m : mantissa) grid.push_back(mul_div_round(m, power, 100'000'000));
    grid.push_back(10'000'000'000);
    return grid;
}

}  // namespace

// [SECTION] The comparison

namespace {

// The offers under comparison, in order: each one's engine and the streams where its backend starts (empty =
// never).
struct Contenders {
    std::vector<OfferEngine> engines;
    std::vector<std::optional<std::int64_t>> first_paid;
};

// An outcome that is an atom of N' (Weights::atoms): its whole streams and probability.
using Atoms = std::vector<std::pair<std::int64_t, double>>;

// Adds the problems compare_offers lists after the deal's, the offers' and the model's: no offer to compare,
// the scenario's streams outside 0..answer_max_streams.
void check_offers_and_streams(const CompareTerms& compare, std::int64_t scenario_streams, Problems& problems) {
    if (compare.offers.empty()) problems.push_back({"compare.offers", "must list at least one offer to compare"});
    detail::check_count(problems, "answers", ".streams", scenario_streams, 0, answer_max_streams);
}

// Each offer's engine on the deal, and the streams where its backend starts.
Contenders contenders(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare) {
    Contenders out;
    out.engines.reserve(compare.offers.size());
    for (const Offer& offer : compare.offers) out.engines.emplace_back(terms, model, compare.party, offer);
    out.first_paid.reserve(compare.offers.size());
    for (const OfferEngine& engine : out.engines) out.first_paid.push_back(engine.first_paid());
    return out;
}

// The comparison's givens: the party, the model, the scenario's streams and the outcome terms as given; the
// whole streams at each percentile level (every offer's payout percentiles are its payouts there); the target
// (as given, else the largest upfront money).
Comparison comparison_givens(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                             std::int64_t scenario_streams, const StreamDistribution& d, const Contenders& offers) {
    Comparison c;
    c.party = compare.party;
    c.party_name = terms.points[compare.party].name;
    c.model = model;
    c.scenario_streams = scenario_streams;
    c.outcomes = compare.outcomes;
    for (std::size_t k = 0; k < percentile_levels_ppm.size(); ++k)
        c.stream_percentiles[k] = whole_streams(quantile(d, static_cast<double>(percentile_levels_ppm[k]) / 1e6));
    c.target = 0;
    for (const OfferEngine& engine : offers.engines) c.target = std::max(c.target, engine.upfront);
    if (compare.target) c.target = *compare.target;
    return c;
}

// One offer's expected backend, rounded to micros and never below 0: Σ atoms P·backend(atom) + slope·E[N; N ≥ M]
// − advance·P(N ≥ M) over the continuous part below the bound, M the streams where its backend starts.
Micros expected_backend(const OfferEngine& e, const std::optional<std::int64_t>& first_paid, const Weights& weights,
                        const Atoms& atoms) {
    double backend = 0;
    for (const auto& [streams, p] : atoms)
        if (p > 0) backend += p * static_cast<double>(e.backend(streams));
    if (first_paid) {
        const double slope = static_cast<double>(e.model.receipts_per_1000_streams) *
                             static_cast<double>(e.effective_points_ppm()) / 1e9;  // micros per stream
        const double m = static_cast<double>(*first_paid);
        backend += slope * weights.continuous_below_bound_partial_mean(m) -
                   static_cast<double>(e.advance) * weights.continuous_below_bound_at_least(m);
    }
    return std::max<Micros>(0, to_micros(backend));
}

// Each offer's own answers: its payouts at the scenario's streams, the target and each percentile, where its
// backend starts and the chance of reaching it, its expectations (by the distribution and by the community
// rule); beats_ppm is left at zeros for who_pays_more().
std::vector<OfferResult> offer_results(const Comparison& c, const CompareTerms& compare, const Contenders& offers,
                                       const Weights& weights) {
    const std::size_t count = compare.offers.size();
    const Atoms atoms = weights.atoms();
    std::vector<OfferResult> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const OfferEngine& e = offers.engines[i];
        const std::optional<std::int64_t>& first_paid = offers.first_paid[i];
        OfferResult r;
        r.offer = compare.offers[i];
        r.effective_points_ppm = e.effective_points_ppm();
        r.upfront = e.upfront;
        r.at_scenario_streams = e.payout(c.scenario_streams);
        r.backend_from_streams = first_paid;
        r.target_streams = e.reaching(c.target);
        r.expected_backend = expected_backend(e, first_paid, weights, atoms);
        r.expected = r.upfront + r.expected_backend;
        for (std::size_t k = 0; k < percentile_levels_ppm.size(); ++k)
            r.percentiles[k] = e.payout(c.stream_percentiles[k]);
        r.backend_chance_ppm = first_paid ? to_ppm(weights.at_least(*first_paid)) : 0;
        r.community_expected = r.upfront + mul_div_round(r.at_scenario_streams - r.upfront,
                                                         compare.outcomes.community_chance_ppm, full_share_ppm);
        r.beats_ppm.assign(count, 0);
        out.push_back(std::move(r));
    }
    return out;
}

// The cuts of `where` for offers i and j: their first-paid streams, ascending; past answer_max_streams = never.
Cuts cuts_of(const Contenders& offers, std::size_t i, std::size_t j) {
    Cuts cuts{offers.first_paid[i].value_or(answer_max_streams + 1),
              offers.first_paid[j].value_or(answer_max_streams + 1)};
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

// Fills every offer's beats_ppm: P(it pays strictly more than each other offer), from the whole-stream
// intervals where it does, piece by piece between the two first-paid streams.
void who_pays_more(std::vector<OfferResult>& results, const Contenders& offers, const Weights& weights) {
    const std::vector<OfferEngine>& engines = offers.engines;
    for (std::size_t i = 0; i < engines.size(); ++i)
        for (std::size_t j = 0; j < engines.size(); ++j) {
            if (i == j) continue;
            const Intervals more = where(
                cuts_of(offers, i, j), [&](std::int64_t n) { return engines[i].payout(n) > engines[j].payout(n); },
                [&](std::int64_t low, std::int64_t n) {
                    return settled(engines[i], offers.first_paid[i], engines[j], offers.first_paid[j], low, n);
                });
            results[i].beats_ppm[j] = to_ppm(weights.between(more));
        }
}

// Offers i < j against each other: which pays at least as much at answer_max_streams (`later`), where it takes
// over for good, how often the lead changes, and the chance a release gets that far.
OfferPair offer_pair(const std::vector<OfferResult>& results, const Contenders& offers, const Weights& weights,
                     std::size_t i, std::size_t j) {
    OfferPair pair;
    const bool j_wins = offers.engines[j].payout(answer_max_streams) >= offers.engines[i].payout(answer_max_streams);
    pair.later = j_wins ? j : i;
    pair.earlier = j_wins ? i : j;
    const OfferEngine& later = offers.engines[pair.later];
    const OfferEngine& earlier = offers.engines[pair.earlier];
    const Intervals ahead = where(
        cuts_of(offers, i, j), [&](std::int64_t n) { return later.payout(n) >= earlier.payout(n); },
        [&](std::int64_t low, std::int64_t n) {
            return settled(later, offers.first_paid[pair.later], earlier, offers.first_paid[pair.earlier], low, n);
        });
    pair.break_even_streams = ahead.empty() ? answer_max_streams : ahead.back().first;
    for (const auto& [first, end] : ahead)
        pair.lead_changes += (first > 0 ? 1 : 0) + (end <= answer_max_streams ? 1 : 0);
    const double reach = weights.at_least(pair.break_even_streams);
    pair.reach_ppm = to_ppm(reach);
    pair.reach_one_in = reach > 0 ? static_cast<std::int64_t>(std::min(1e15, std::floor(1 / reach + 0.5))) : 0;
    pair.later_beats_ppm = results[pair.later].beats_ppm[pair.earlier];
    pair.earlier_beats_ppm = results[pair.earlier].beats_ppm[pair.later];
    return pair;
}

// Every pair of offers, (0,1), (0,2), (1,2) as far as there are offers.
std::vector<OfferPair> offer_pairs(const std::vector<OfferResult>& results, const Contenders& offers,
                                   const Weights& weights) {
    const std::size_t count = results.size();
    std::vector<OfferPair> pairs;
    pairs.reserve(count * (count - 1) / 2);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = i + 1; j < count; ++j) pairs.push_back(offer_pair(results, offers, weights, i, j));
    return pairs;
}

// The chart: every offer's payout on the log grid plus the exact points where something happens (each first-paid
// N and target N, each break-even, each with the stream before it, and the scenario's N), ascending.
std::vector<CurvePoint> payout_curve(const Comparison& c, const Contenders& offers) {
    const std::size_t count = c.offers.size();
    std::vector<std::int64_t> streams = log_grid();
    streams.reserve(streams.size() + 4 * count + 2 * (count * (count - 1) / 2) + 1);  // the marks below
    const auto mark = [&](std::optional<std::int64_t> n) {
        if (!n) return;
        streams.push_back(*n);
        if (*n > 0) streams.push_back(*n - 1);
    };
    for (std::size_t i = 0; i < count; ++i) {
        mark(offers.first_paid[i]);
        mark(c.offers[i].target_streams);
    }
    for (const OfferPair& pair : c.pairs) mark(pair.break_even_streams);
    streams.push_back(c.scenario_streams);
    std::sort(streams.begin(), streams.end());
    streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    std::vector<CurvePoint> curve;
    curve.reserve(streams.size());
    for (const std::int64_t n : streams) {
        CurvePoint point{n, {}};
        for (const OfferEngine& e : offers.engines) point.payouts.push_back(e.payout(n));  // ≤ max_offers: validated
        curve.push_back(point);
    }
    return curve;
}

// E[min(N, answer_max_streams)], rounded to whole streams.
std::int64_t capped_mean_streams(const StreamDistribution& d, const Weights& weights) {
    const double bound = static_cast<double>(answer_max_streams);
    double below = d.pays * shape_continuous_mean_between(d, 0, bound);  // E[min(N, bound)]
    if (const auto atom = shape_atom(d)) below += d.pays * atom->second * std::min(atom->first, bound);
    return whole_streams(below + bound * weights.continuous_at_least(bound) + 0.5);
}

// Why the distribution is only a rough prior.
std::vector<std::string> distribution_caveats(const OutcomeTerms& t) {
    std::vector<std::string> caveats;
    if (t.kind != OutcomeKind::loud_and_clear) {
        caveats.emplace_back("Entered by you: an illustrative distribution, not fitted to data.");
        return caveats;
    }
    // One emplace_back each: a braced list would copy every string once more.
    caveats.reserve(5);
    caveats.emplace_back("Per artist per year (a whole catalogue), not per release over its lifetime.");
    caveats.emplace_back("Spotify only: other services' streams and money are not counted.");
    caveats.push_back(cat("Royalties generated (recording and publishing), turned into streams at one flat ",
                          format_usd(t.dollars_per_1000), " per 1,000."));
    caveats.emplace_back(t.population == OutcomePopulation::professional
                             ? "Among Spotify's ~235k professional or emerging artists, assuming every artist in "
                               "the tiers is one of "
                               "them; choose all uploaders for a release that is any upload."
                             : "Across ~12M uploading artists, many of them hobbyists; a release with a paid "
                               "producer is not a random "
                               "upload: the professional population's odds are ~50 times better.");
    caveats.emplace_back(
        "A power law between the published tiers, not a fit to individual data: below $10k the first tier's slope "
        "is extended to 100% (an extrapolation), and above $10M the last tier's slope runs to $100M a year.");
    return caveats;
}

// The offer the verdict recommends: the largest upfront offer, unless others pay more than it in most outcomes:
// then the one of those with the highest expected value (the first of equals).
std::size_t recommended_offer(const std::vector<OfferResult>& offers) {
    const std::size_t upfront = largest_upfront(offers);
    std::size_t recommended = upfront;
    for (std::size_t i = 0; i < offers.size(); ++i)
        if (i != upfront && offers[i].beats_ppm[upfront] > full_share_ppm / 2 &&
            (recommended == upfront || offers[i].expected > offers[recommended].expected))
            recommended = i;
    return recommended;
}

// The corrections of how Dealsheet applies deals that change this comparison's numbers.
std::vector<Correction> comparison_corrections(const RecordingTerms& terms, const Comparison& c) {
    std::vector<Correction> corrections;
    bool advances = false;
    for (const OfferResult& offer : c.offers) advances = advances || offer.offer.advance > 0;
    if (advances && terms.party_advances == PartyAdvanceBearer::artist_account)
        corrections.push_back(
            {"party-advance-recording-cost", "2026-12-04",
             "Corrected 2026-12-04: an offer's advance is a recording cost, so it is now charged to the artist's "
             "account and counts toward the recoupment that starts retroactive payment (Passman); before, it was "
             "left out of the artist's account."});
    if (c.outcomes.kind == OutcomeKind::loud_and_clear && c.outcomes.report == LoudAndClearReport::y2025)
        corrections.push_back(
            {"loud-and-clear-2025-500k-tier", "2026-12-04",
             "Corrected 2026-12-04: the Loud & Clear 2025 odds now pass through the report's $500k tier (2,940 "
             "artists); before, the curve ran straight (log-log) from $100k to $1M and put about 2,770 artists at "
             "$500k."});
    return corrections;
}

// The sources and dates behind the comparison: the distribution, its population and rates, the chances, the
// model's receipts and the method.
Assumptions comparison_assumptions(const Comparison& c) {
    const OutcomeTerms& t = c.outcomes;
    Assumptions assumptions;
    const bool fitted = t.kind == OutcomeKind::loud_and_clear;
    assumptions.reserve(fitted ? 8 : 5);
    assumptions.push_back({"Lifetime streams of a release", c.distribution,
                           fitted ? std::string(loud_and_clear_source(t.report)) : std::string("Entered by you"),
                           fitted ? "[S][D]" : "", fitted ? loud_and_clear_as_of(t.report) : ""});
    if (fitted) {
        assumptions.push_back(
            {"Population", population_phrase(t),
             t.population == OutcomePopulation::professional
                 ? "Spotify Loud & Clear: ~235k professional or emerging artists (domain notes 2026, section 4); every "
                   "tier artist assumed among them"
                 : "Spotify Loud & Clear: ~12M artists uploaded (domain notes 2026, section 4)",
             t.population == OutcomePopulation::professional ? "[S][U]" : "[S]", loud_and_clear_as_of(t.report)});
        assumptions.push_back(
            {"Releases that never stream", format_percent(never_streams_ppm(t)),
             t.never_streams_ppm ? "Entered by you"
             : t.population == OutcomePopulation::all_uploaders
                 ? luminate_zero_plays_source
                 : "Dealsheet default for professional releases: none assumed to get 0 plays",
             t.never_streams_ppm                                ? ""
             : t.population == OutcomePopulation::all_uploaders ? "[S]"
                                                                : "[U]",
             t.never_streams_ppm || t.population != OutcomePopulation::all_uploaders ? "" : "2024-01"});
    }
    if (fitted) {
        const bool default_rate = t.dollars_per_1000 == default_outcome_dollars_per_1000;
        assumptions.push_back({"Earnings to streams", cat(format_usd(t.dollars_per_1000), " per 1,000 streams"),
                               default_rate
                                   ? "Middle of $0.0033-0.0042 per stream (recording + publishing) that ~$1M a "
                                     "year on Spotify implies (domain notes section 7)"
                                   : "Entered by you",
                               default_rate ? "[S][D]" : "", default_rate ? "2024" : ""});
    }
    assumptions.push_back(
        {"Chance the release pays at all", format_percent(t.pays_chance_ppm),
         t.pays_chance_ppm == full_share_ppm ? "Dealsheet default: the distribution alone" : "Entered by you",
         t.pays_chance_ppm == full_share_ppm ? "[D]" : "", ""});
    const bool community_default = t.community_chance_ppm == OutcomeTerms{}.community_chance_ppm;
    assumptions.push_back(
        {"Community rule: chance a project ever pays royalties", format_percent(t.community_chance_ppm),
         community_default
             ? "Producer community handbook: ~30 out of hundreds of projects ever pay a working producer or "
               "mixer royalties (domain notes section 4)"
             : "Entered by you",
         community_default ? "[C]" : "", ""});
    assumptions.push_back({"Label net receipts per 1,000 streams", format_usd(c.model.receipts_per_1000_streams),
                           "The answers' stream model (deal_answers)", "", ""});
    assumptions.push_back(
        {"Comparison method",
         "Payouts by the deal engine on whole streams; probabilities, expectations and percentiles in closed form, no "
         "simulation",
         "Dealsheet method (offers.hpp)", "[D]", ""});
    return assumptions;
}

// The comparison after the checks of the deal and the offers (`problems`: theirs and the model's): the offers'
// count and the streams are checked last, as compare_offers lists them.
Result<Comparison> compare_checked(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                                   std::int64_t scenario_streams, Problems problems) {
    check_offers_and_streams(compare, scenario_streams, problems);
    if (!problems.empty()) return problems;
    const Result<StreamDistribution> built = stream_distribution(compare.outcomes, scenario_streams);
    if (!built.ok()) return built.problems();
    const StreamDistribution& d = built.value();
    const Weights weights{d};
    const Contenders offers = contenders(terms, model, compare);

    Comparison c = comparison_givens(terms, model, compare, scenario_streams, d, offers);
    c.offers = offer_results(c, compare, offers, weights);
    who_pays_more(c.offers, offers, weights);
    c.pairs = offer_pairs(c.offers, offers, weights);
    c.curve = payout_curve(c, offers);
    c.distribution = distribution_line(d, compare.outcomes);
    c.mean_streams = capped_mean_streams(d, weights);
    c.caveats = distribution_caveats(compare.outcomes);
    c.recommended = recommended_offer(c.offers);
    c.verdict = verdict_sentence(c);
    c.corrections = comparison_corrections(terms, c);
    c.assumptions = comparison_assumptions(c);
    return c;
}

}  // namespace

Result<Comparison> compare_offers(const RecordingTerms& terms, const StreamModel& model, const CompareTerms& compare,
                                  std::int64_t scenario_streams) {
    Problems problems = validate(terms);
    for (Problem& problem : validate(model, "answers")) problems.push_back(std::move(problem));
    for (Problem& problem : validate(compare, terms)) problems.push_back(std::move(problem));
    return compare_checked(terms, model, compare, scenario_streams, std::move(problems));
}

Result<Comparison> detail::compare_valid_offers(const RecordingTerms& terms, const StreamModel& model,
                                                const CompareTerms& compare, std::int64_t scenario_streams) {
    return compare_checked(terms, model, compare, scenario_streams, validate(model, "answers"));
}

}  // namespace dealsheet
