// Dealsheet web app — the "Points" panel of More detail: producers, mixers and engineers paid out of the artist's royalty.
// Its inputs edit State::editing(); its results read State::result().
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_points_inputs() {
    RecordingTerms& deal = state_.editing().release.recording;
    bool edited = false;
    if (state_.editing().release.route == ReleaseRoute::self_released)
        ui::wrapped(
            "Points are paid out of a label deal's artist royalty; this release is self-released, "
            "so they are not used until the route is a label deal.");
    ui::note("Points are %% of the record's royalty base, paid out of the artist's %s all-in rate.",
             format_percent(artist_all_in_ppm(deal)).c_str());
    // "Add" sits above the list: rows added below never put a row's Remove where Add was.
    std::vector<std::string> party_names;
    for (const PointsParty& party : deal.points) party_names.push_back(party.name);
    if (deal.points.size() < max_points_parties) {
        if (ui::button(*this, "Add a producer", "add_producer")) {
            deal.points.push_back(PointsParty{unique_name("Producer", party_names), PartyRole::producer});
            edited = true;
        }
        ui::same_line_if_fits(ui::button_width("Add an engineer"));
        if (ui::button(*this, "Add a mixer", "add_mixer")) {
            deal.points.push_back(PointsParty{unique_name("Mixer", party_names), PartyRole::mixer, 1 * ppm_per_point});
            edited = true;
        }
        ui::same_line_if_fits(ui::button_width("Add an engineer"));
        if (ui::button(*this, "Add an engineer", "add_engineer")) {
            deal.points.push_back(
                PointsParty{unique_name("Engineer", party_names), PartyRole::engineer, ppm_per_point / 2});
            edited = true;
        }
    }
    for (std::size_t i = 0; i < deal.points.size(); ++i) {
        PointsParty& party = deal.points[i];
        const std::string path = at("recording.points", i);
        ImGui::PushID(static_cast<int>(i) + 4000);
        ui::heading(party.name.empty() ? "Party" : party.name.c_str());
        edited |= ui::text(*this, "Name", path + ".name", &party.name);
        edited |= enum_choice(*this, "Role", path + ".role", &party.role, role_labels);
        edited |= ui::percent(*this, "Points", path + ".points", &party.points_ppm);
        edited |= ui::integer(*this, "Tracks worked on", path + ".tracks_on", &party.tracks_on, 0,
                              std::max(party.tracks_total, 1));
        edited |= ui::integer(*this, "Tracks on the record", path + ".tracks_total", &party.tracks_total, 1, 40);
        edited |= ui::money(*this, "Advance ($)", path + ".advance", &party.advance);
        edited |= enum_choice(*this, "Paid from", path + ".convention", &party.convention, convention_labels);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe(party.convention)).c_str());
        // Fee comparisons pointing past the end would be invalid: drop or renumber them; the comparison follows
        // its party, or ends with it.
        const auto follow = [this](std::size_t removed) {
            auto& choices = state_.editing().release.answers.fee_choices;
            choices.erase(std::remove_if(choices.begin(), choices.end(),
                                         [removed](const FeeChoice& c) { return c.party == removed; }),
                          choices.end());
            for (FeeChoice& c : choices)
                if (c.party > removed) --c.party;
            CompareTerms& compare = state_.editing().compare;
            if (compare.party == removed) {
                compare.offers.clear();
                compare.party = 0;
            } else if (compare.party > removed) {
                --compare.party;
            }
        };
        if (remove_row(*this, deal.points, i, path, follow)) return;
        ImGui::PopID();
    }
    if (edited) state_.commit_edit();
}

void App::draw_points_results() {
    const ReleaseResult& release = state_.result().release;
    if (!release.recording) {
        ui::wrapped("No label deal: no points are paid.");
        return;
    }
    const RecordingResult& deal = *release.recording;
    ui::heading("Who gets the master money");
    std::vector<charts::Segment> segments{{"Artist", deal.artist.paid_total}};
    for (const PartyLedger& party : deal.parties) segments.push_back({party.name, party.ledger.paid_total});
    segments.push_back({"Label", deal.label_retained});
    charts::stacked_bar("party_bar", segments);
    remember_item("party_bar");
    std::vector<std::vector<std::string>> rows{{"Party", "Share of artist royalty", "Earned", "Paid", "First paid at"}};
    for (std::size_t i = 0; i < deal.parties.size(); ++i) {
        const PartyLedger& party = deal.parties[i];
        const std::optional<std::int64_t> first = release.answers && i < release.answers->party_paid_from_streams.size()
                                                      ? release.answers->party_paid_from_streams[i]
                                                      : std::nullopt;
        rows.push_back({party.name, format_percent(party.share_of_artist_royalty_ppm),
                        format_usd(party.ledger.earned_total), format_usd(party.ledger.paid_total),
                        streams_text(first)});
    }
    text_table("points_table", rows);
    for (std::size_t i = 0; i < deal.parties.size(); ++i) {
        const PartyLedger& party = deal.parties[i];
        if (party.ledger.recoupable > 0)
            charts::progress(("adv_" + std::to_string(i)).c_str(), party.name + "'s advance recouped",
                             party.ledger.recouped_total, party.ledger.recoupable);
    }
    ui::note(
        "Recording costs are never charged to a producer's royalties; a producer's advance is "
        "recouped from that producer's royalties only.");
    if (state_.derived().curves.series.size() > 1) {
        ui::heading("When each party is paid");
        charts::payout_lines("points_curves", state_.derived().curves, 1);
        remember_item("points_curves");
    }
}

}  // namespace dealsheet::app
