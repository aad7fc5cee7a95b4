// Dealsheet web app — the "Recording deal" panel of More detail: the royalty, the costs the label earns back, other accounts.
// Its inputs edit State::editing(); its results read State::result().
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_recording_inputs() {
    ReleaseTerms& release = state_.editing().release;
    bool edited = enum_choice(*this, "Release route", "route", &release.route, route_labels);
    if (release.route == ReleaseRoute::self_released) {
        ui::wrapped("Self-released: the master money goes through the distributor's splits (Splits panel).");
        if (edited) state_.commit_edit();
        return;
    }
    RecordingTerms& deal = release.recording;
    edited |= enum_choice(*this, "Deal type", "recording.type", &deal.type, deal_type_labels);
    if (deal.type == RecordingDealType::royalty)
        edited |= ui::percent(*this, "Artist all-in royalty", "recording.royalty_rate", &deal.royalty_rate_ppm);
    if (deal.type == RecordingDealType::royalty)
        ui::note(
            "All-in: the artist's whole rate, before the producer's and mixer's points come out of it. "
            "Recoup: the label keeps the artist's royalties until they add up to the advance and the "
            "recoupable costs; only then is the artist paid.");
    else if (deal.type == RecordingDealType::net_profit)
        edited |= ui::percent(*this, "Artist profit share", "recording.profit_share", &deal.profit_share_ppm);
    else
        edited |= ui::percent(*this, "Distributor's fee", "recording.distribution_fee", &deal.distribution_fee_ppm);
    if (deal.type == RecordingDealType::net_profit)
        edited |= enum_choice(*this, "Producers' points in this profit deal", "recording.profit_points",
                              &deal.profit_points, profit_points_labels);
    edited |= enum_choice(*this, "Producers' and mixers' advances", "recording.party_advances", &deal.party_advances,
                          party_advance_labels);
    ui::note(deal.party_advances == PartyAdvanceBearer::artist_account
                 ? "A recording cost: charged to the artist's account once and earned back with the rest (Passman)."
                 : "Paid by the label outside the artist's account: earned back from the party's own royalties only.");
    edited |= ui::checkbox(*this, "Established artist (50% of independent promotion recoupable)",
                           "recording.established_artist", &deal.established_artist);

    ui::heading("Recoupable costs");
    if (add_button(*this, "Add a cost", "add_cost", deal.costs.size(), max_recoupable_costs)) {
        deal.costs.push_back(RecoupableCost{CostKind::recording, 10'000'000'000, std::nullopt});
        edited = true;
    }
    for (std::size_t i = 0; i < deal.costs.size(); ++i) {
        RecoupableCost& cost = deal.costs[i];
        const std::string path = at("recording.costs", i);
        ImGui::PushID(static_cast<int>(i) + 2000);
        edited |= enum_choice(*this, "Kind", path + ".kind", &cost.kind, cost_labels);
        edited |= ui::money(*this, "Amount ($)", path + ".amount", &cost.amount);
        bool own = cost.recoupable_ppm.has_value();
        if (ui::checkbox(*this, "Own recoupable share", path + ".own_recoupable", &own)) {
            cost.recoupable_ppm =
                own ? std::optional<std::int64_t>(recoupable_ppm(cost, deal.established_artist)) : std::nullopt;
            edited = true;
        }
        if (cost.recoupable_ppm)
            edited |= ui::percent(*this, "Recoupable", path + ".recoupable", &*cost.recoupable_ppm);
        else
            ui::note("%s recoupable (dated default)",
                     format_percent(recoupable_ppm(cost, deal.established_artist)).c_str());
        if (remove_row(*this, deal.costs, i, path)) return;
        ImGui::Separator();
        ImGui::PopID();
    }

    ui::heading("Other accounts with the same label");
    if (add_button(*this, "Add another account", "add_account", release.other_accounts.size(), max_other_accounts)) {
        OtherAccount account;
        account.name = unique_name(account.name, names_of(release.other_accounts));
        release.other_accounts.push_back(account);
        edited = true;
    }
    for (std::size_t i = 0; i < release.other_accounts.size(); ++i) {
        OtherAccount& account = release.other_accounts[i];
        const std::string path = at("accounts.others", i);
        ImGui::PushID(static_cast<int>(i) + 3000);
        edited |= ui::text(*this, "Account", path + ".name", &account.name);
        edited |= ui::money(*this, "Still recoupable ($)", path + ".recoupable", &account.recoupable);
        edited |= ui::money(*this, "Earned this period ($)", path + ".earned", &account.earned);
        if (remove_row(*this, release.other_accounts, i, path)) return;
        ImGui::PopID();
    }
    if (!release.other_accounts.empty())
        edited |= ui::checkbox(*this, "Cross-collateralized with this release", "accounts.crossed",
                               &release.cross_collateralized);
    if (edited) state_.commit_edit();
}

void App::draw_recording_results() {
    const ReleaseResult& release = state_.result().release;
    if (!release.recording) {
        ui::wrapped("No label deal: this release is self-released. See the Splits panel.");
        return;
    }
    const RecordingResult& deal = *release.recording;
    ui::heading("The artist's account");
    charts::progress("artist_recoupment", "Recouped", deal.artist.recouped_total, deal.artist.recoupable);
    remember_item("artist_recoupment");
    ui::value_row("Artist royalty rate (all-in / net of points)",
                  format_percent(deal.artist_all_in_ppm) + " / " + format_percent(deal.artist_net_ppm));
    ui::value_row("Royalties earned", format_usd(deal.artist.earned_total));
    ui::value_row("Charged to the account", format_usd(deal.artist.recoupable));
    ui::value_row("Paid to the artist", format_usd(deal.artist.paid_total));
    ui::value_row("Still unrecouped", format_usd(deal.artist.unrecouped),
                  "Never owed back: an advance is non-returnable. The label absorbs it if sales stop.");
    ui::value_row("Label keeps of the receipts", format_usd(deal.label_retained));
    ui::value_row("Label's costs and advances", format_usd(deal.costs_paid));
    ui::value_row("Label's result on the record", format_usd(deal.label_net));
    if (release.answers) {
        ui::value_row("Artist recoups at", streams_text(release.answers->artist_recoups_at_streams));
        ui::value_row("Artist first paid at", streams_text(release.answers->artist_paid_from_streams));
    }
    if (release.accounts) {
        ui::heading(release.accounts->crossed ? "Accounts crossed (cross-collateralized)" : "Accounts kept apart");
        for (std::size_t i = 0; i < release.accounts->ledgers.size(); ++i) {
            const Ledger& ledger = release.accounts->ledgers[i];
            charts::progress(("acct_" + std::to_string(i)).c_str(), ledger.party, ledger.recouped_total,
                             ledger.recoupable);
        }
        ui::value_row("Payable to the artist", format_usd(release.accounts->payable));
        ui::value_row("Unrecouped in all", format_usd(release.accounts->unrecouped));
    }
    ui::heading("Lifetime payout as streams grow");
    if (!state_.derived().curves.series.empty()) {
        charts::payout_lines("recording_curves", state_.derived().curves, 0);
        remember_item("recording_curves");
    }
}

}  // namespace dealsheet::app
