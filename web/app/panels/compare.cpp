// Dealsheet web app — the "Compare" panel of More detail: offers side by side (fee, advance, points), weighed by how often releases reach each outcome.
// Its inputs edit State::editing(); its results read State::result().
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

namespace {
constexpr std::array<const char*, 2> report_labels{"2026 report (2025 earnings)", "2025 report (2024 earnings)"};
constexpr std::array<const char*, 2> population_labels{"Everyone who uploaded (~12M)",
                                                       "Professional and emerging (~235k)"};
constexpr std::array<const char*, 4> outcome_labels{"Spotify Loud & Clear (fitted)", "Log-normal", "Pareto",
                                                    "Fixed: exactly N streams"};

// "0.0195% (about 1 in 5,125)": `one_in` is the core's round(1 / P) when it gives one (pairs), so the table
// says what the verdict says; otherwise it is derived from the ppm.
std::string chance_text(std::int64_t ppm, std::int64_t one_in = 0) {
    if (ppm <= 0) return "0%";
    if (ppm >= 1'000'000) return "100%";
    std::string text = format_percent(ppm);
    if (one_in <= 0) one_in = (1'000'000 + ppm / 2) / ppm;
    if (ppm < 100'000) text += " (about 1 in " + format_count(one_in) + ")";
    return text;
}
}  // namespace

void App::draw_compare_inputs() {
    RecordingTerms& deal = state_.editing().release.recording;
    CompareTerms& compare = state_.editing().compare;
    bool edited = false;
    ui::wrapped(
        "Always get your money up front: backend is a bonus, never a business plan. Compare up to "
        "three offers for one party, and weigh the backend by how likely a release is to get there.");
    if (state_.editing().release.route != ReleaseRoute::label_deal || deal.points.empty()) {
        ui::wrapped("%s", state_.editing().release.route != ReleaseRoute::label_deal
                              ? "Offers are compared for a producer, mixer or engineer of a label deal; this "
                                "release is self-released (Recording deal panel)."
                              : "Offers are compared for a producer, mixer or engineer of a label deal: add one "
                                "in the Points panel first.");
        if (edited) state_.commit_edit();
        return;
    }
    std::vector<const char*> names;
    for (const PointsParty& party : deal.points) names.push_back(party.name.c_str());
    int party = static_cast<int>(std::min(compare.party, deal.points.size() - 1));
    if (ui::choice(*this, "For", "compare.party", &party, names)) {
        compare.party = static_cast<std::size_t>(party);
        edited = true;
    }
    ui::note(
        "A fee is paid up front and kept. An advance is paid up front too, but earned back (recouped) "
        "from the points' royalties before they pay anything more.");
    if (compare.offers.empty()) {
        const PointsParty& who = deal.points[static_cast<std::size_t>(party)];
        if (ui::button(*this, "Compare three offers", "start_compare")) {
            const Micros fee = std::max<Micros>(who.advance * 2, 10'000'000'000);
            compare.offers = {Offer{"Full fee", fee, 0, 0, false},
                              Offer{"Half as an advance + points", 0, fee / 2, who.points_ppm, false},
                              Offer{"Points only", 0, 0, who.points_ppm + ppm_per_point, true}};
            edited = true;
        }
    }
    if (!compare.offers.empty() && add_button(*this, "Add an offer", "add_offer", compare.offers.size(), max_offers)) {
        compare.offers.push_back(Offer{unique_name("Offer", names_of(compare.offers))});
        edited = true;
    }
    for (std::size_t i = 0; i < compare.offers.size(); ++i) {
        Offer& offer = compare.offers[i];
        const std::string path = at("compare.offers", i);
        ImGui::PushID(static_cast<int>(i) + 8000);
        ui::heading(("Offer " + std::to_string(i + 1)).c_str());
        edited |= ui::text(*this, "Name", path + ".name", &offer.name);
        edited |= ui::money(*this, "Fee, not recoupable ($)", path + ".fee", &offer.fee);
        edited |= ui::money(*this, "Advance against royalties ($)", path + ".advance", &offer.advance);
        edited |= ui::percent(*this, "Points", path + ".points", &offer.points_ppm);
        edited |= ui::checkbox(*this, "Paid from record one", path + ".record_one", &offer.record_one);
        if (remove_row(*this, compare.offers, i, path)) return;
        ImGui::PopID();
    }
    if (!compare.offers.empty()) {
        ui::heading("Target");
        bool has_target = compare.target.has_value();
        if (ui::checkbox(*this, "My own target amount", "compare.own_target", &has_target)) {
            compare.target = has_target ? std::optional<Micros>(20'000'000'000) : std::nullopt;
            edited = true;
        }
        if (compare.target)
            edited |= ui::money(*this, "Target ($)", "compare.target", &*compare.target);
        else
            ui::note("Target: the biggest upfront offer.");

        ui::heading("How many streams releases reach");
        OutcomeTerms& outcomes = compare.outcomes;
        edited |= enum_choice(*this, "Outcomes", "compare.outcomes.kind", &outcomes.kind, outcome_labels);
        switch (outcomes.kind) {
            case OutcomeKind::loud_and_clear:
                edited |= enum_choice(*this, "Spotify Loud & Clear", "compare.outcomes.report", &outcomes.report,
                                      report_labels);
                edited |= enum_choice(*this, "Your release among", "compare.outcomes.population", &outcomes.population,
                                      population_labels);
                ui::note(
                    "Each earnings tier is about 50 times likelier among the ~235k than among all ~12M (every tier "
                    "artist is assumed to be among them); the verdict says which it used.");
                edited |= ui::money(*this, "Dollars per 1,000 streams", "compare.outcomes.dollars_per_1000",
                                    &outcomes.dollars_per_1000, 0.10);
                break;
            case OutcomeKind::lognormal:
                edited |= ui::count(*this, "Median lifetime streams", "compare.outcomes.median", &outcomes.median);
                edited |=
                    ui::ratio(*this, "Spread \u03c3 of ln(streams)", "compare.outcomes.sigma", &outcomes.sigma_ppm);
                break;
            case OutcomeKind::pareto:
                edited |= ui::count(*this, "Streams every release reaches", "compare.outcomes.x_min", &outcomes.x_min);
                edited |= ui::ratio(*this, "Tail index \u03b1", "compare.outcomes.alpha", &outcomes.alpha_ppm);
                edited |= ui::count(*this, "Most streams", "compare.outcomes.cap", &outcomes.cap);
                break;
            case OutcomeKind::fixed: {
                bool own = outcomes.streams.has_value();
                if (ui::checkbox(*this, "Other than the scenario's streams", "compare.outcomes.own_streams", &own)) {
                    outcomes.streams = own ? std::optional<std::int64_t>(1'000'000) : std::nullopt;
                    edited = true;
                }
                if (outcomes.streams)
                    edited |= ui::count(*this, "Streams", "compare.outcomes.streams", &*outcomes.streams);
                break;
            }
        }
        edited |= ui::percent(*this, "Chance the release streams at all", "compare.outcomes.pays_chance",
                              &outcomes.pays_chance_ppm);
        edited |= ui::percent(*this, "Community rule: chance a project ever pays", "compare.outcomes.community_chance",
                              &outcomes.community_chance_ppm);
    }

    // The simpler break-even questions (answers.fee_choices) stay available for a quick check.
    if (ImGui::CollapsingHeader("Quick check: fee difference vs points")) {
        auto& choices = state_.editing().release.answers.fee_choices;
        if (add_button(*this, "Add a fee check", "add_fee_choice", choices.size(), max_points_parties)) {
            choices.push_back(FeeChoice{static_cast<std::size_t>(party), 15'000'000'000, 7'500'000'000});
            edited = true;
        }
        for (std::size_t i = 0; i < choices.size(); ++i) {
            FeeChoice& choice = choices[i];
            const std::string path = at("answers.fee_choices", i);
            ImGui::PushID(static_cast<int>(i) + 7000);
            int who = static_cast<int>(std::min(choice.party, deal.points.size() - 1));
            if (ui::choice(*this, "Party", path + ".party", &who, names)) {
                choice.party = static_cast<std::size_t>(who);
                edited = true;
            }
            edited |= ui::money(*this, "Full fee, no points ($)", path + ".fee_full", &choice.fee_full);
            edited |= ui::money(*this, "Reduced fee with points ($)", path + ".fee_reduced", &choice.fee_reduced);
            if (remove_row(*this, choices, i, path)) return;
            ImGui::PopID();
        }
    }
    if (edited) state_.commit_edit();
}

void App::draw_compare_results() {
    const ReleaseResult& release = state_.result().release;
    if (state_.result().comparison) {
        const Comparison& c = *state_.result().comparison;
        ImGui::PushFont(theme::large_font());
        ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
        ui::wrapped("%s", c.verdict.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        remember_item("verdict");

        ui::heading(("What " + c.party_name + " is paid as streams grow").c_str());
        // Up to 10 × the furthest point of interest (break-evens, targets, the scenario's streams): beyond
        // it the lines only grow, and a 100-billion-stream axis would flatten everything users care about.
        std::int64_t reach = std::max<std::int64_t>(c.scenario_streams, 100'000);
        for (const OfferPair& pair : c.pairs) reach = std::max(reach, pair.break_even_streams);
        for (const OfferResult& offer : c.offers)
            if (offer.target_streams) reach = std::max(reach, *offer.target_streams);
        const std::int64_t x_limit = reach > answer_max_streams / 10 ? answer_max_streams : reach * 10;
        PayoutCurves curves;
        for (const OfferResult& offer : c.offers) curves.series.push_back({offer.offer.name, {}});
        for (const CurvePoint& point : c.curve) {
            if (point.streams > x_limit) break;
            curves.streams.push_back(point.streams);
            for (std::size_t i = 0; i < point.payouts.size() && i < curves.series.size(); ++i)
                curves.series[i].amounts.push_back(point.payouts[i]);
        }
        for (const OfferPair& pair : c.pairs)
            if (pair.break_even_streams > 0)
                curves.markers.push_back({c.offers[pair.later].offer.name + " overtakes", pair.break_even_streams});
        curves.markers.push_back({"Your streams", c.scenario_streams});
        charts::payout_lines("offer_curves", curves, static_cast<int>(c.recommended), true);
        remember_item("offer_curves");

        ui::heading("Weighed by how likely each outcome is");
        std::vector<charts::Band> bands;
        for (const OfferResult& offer : c.offers)
            bands.push_back({offer.offer.name, offer.percentiles, offer.expected});
        charts::bands("offer_bands", bands);
        remember_item("offer_bands");

        std::vector<std::vector<std::string>> rows{
            {"Offer", "Up front", "Expected", "Median", "P10\u2013P90", "Backend pays"}};
        for (const OfferResult& offer : c.offers)
            rows.push_back({offer.offer.name, format_usd(offer.upfront), format_usd(offer.expected),
                            format_usd(offer.percentiles[median_index]),
                            format_usd(offer.percentiles[1]) + " \u2013 " + format_usd(offer.percentiles[3]),
                            chance_text(offer.backend_chance_ppm)});
        text_table("offers_table", rows);
        std::vector<std::vector<std::string>> pairs{
            {"Pair", "Break-even", "Chance to get there", "Later one pays more"}};
        for (const OfferPair& pair : c.pairs)
            pairs.push_back(
                {c.offers[pair.later].offer.name + " vs " + c.offers[pair.earlier].offer.name,
                 pair.break_even_streams > 0 ? format_count(pair.break_even_streams) + " streams" : "always ahead",
                 chance_text(pair.reach_ppm, pair.reach_one_in), chance_text(pair.later_beats_ppm)});
        text_table("pairs_table", pairs);
        std::vector<std::vector<std::string>> targets{
            {"Offer", "Reaches " + format_usd(c.target) + " at",
             "Community rule (" + chance_text(c.outcomes.community_chance_ppm) + ")"}};
        for (const OfferResult& offer : c.offers)
            targets.push_back(
                {offer.offer.name, streams_text(offer.target_streams), format_usd(offer.community_expected)});
        text_table("targets_table", targets);
        ui::note("Outcomes: %s", c.distribution.c_str());
        for (const std::string& caveat : c.caveats) ui::note("\u2022 %s", caveat.c_str());
    } else {
        ui::wrapped(
            "Add offers on the left to compare them: a full fee, a smaller fee plus points, "
            "points only.");
    }
    if (release.answers && !release.answers->fees.empty()) {
        const std::vector<PointsParty>& points = state_.scenario().release.recording.points;
        ui::heading("Quick check");
        for (const FeeAnswer& fee : release.answers->fees) {
            const std::string who = fee.choice.party < points.size() ? points[fee.choice.party].name : "The party";
            ui::value_row((who + ": " + format_usd(fee.fee_difference) + " given up for points").c_str(),
                          "paid back at " + streams_text(fee.break_even_streams));
        }
    }
}

}  // namespace dealsheet::app
