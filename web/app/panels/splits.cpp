// Dealsheet web app — the "Splits" panel of More detail: a self-release through a distributor, its fee and the collaborators' shares.
// Its inputs edit State::editing(); its results read State::result().
#include "dealsheet/sources.hpp"
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_splits_inputs() {
    ReleaseTerms& release = state_.editing().release;
    SplitTerms& splits = release.splits;
    bool edited = false;
    if (release.route != ReleaseRoute::self_released) {
        ui::wrapped("Splits apply when the release is self-released; it now goes through a label deal.");
        if (ui::button(*this, "Make it self-released", "make_self_released")) {
            release.route = ReleaseRoute::self_released;
            edited = true;
        }
    }
    edited |= enum_choice(*this, "Distributor", "splits.distributor.name", &splits.distributor.distributor,
                          distributor_labels);
    const DistributorFees& row = distributor_row(splits.distributor.distributor);
    bool own_fee = splits.distributor.annual_fee.has_value();
    if (ui::checkbox(*this, "Own annual fee", "splits.distributor.own_fee", &own_fee)) {
        splits.distributor.annual_fee = own_fee ? std::optional<Micros>(row.annual_fee.value) : std::nullopt;
        edited = true;
    }
    if (splits.distributor.annual_fee)
        edited |= ui::money(*this, "Annual fee ($)", "splits.distributor.annual_fee", &*splits.distributor.annual_fee);
    else
        ui::note("%s a year (%s; %s)", format_usd(row.annual_fee.value).c_str(),
                 plain_source(row.annual_fee.source).c_str(), evidence_words(row.annual_fee.tag).c_str());
    bool own_commission = splits.distributor.commission_ppm.has_value();
    if (ui::checkbox(*this, "Own commission", "splits.distributor.own_commission", &own_commission)) {
        splits.distributor.commission_ppm =
            own_commission ? std::optional<std::int64_t>(row.commission_ppm.value) : std::nullopt;
        edited = true;
    }
    if (splits.distributor.commission_ppm)
        edited |=
            ui::percent(*this, "Commission", "splits.distributor.commission", &*splits.distributor.commission_ppm);
    else
        ui::note("%s commission (%s; %s)", format_percent(row.commission_ppm.value).c_str(),
                 plain_source(row.commission_ppm.source).c_str(), evidence_words(row.commission_ppm.tag).c_str());

    std::int64_t releases = splits.distributor.releases;
    if (ui::count(*this, "Your releases sharing the yearly fee", "splits.distributor.releases", &releases)) {
        splits.distributor.releases = static_cast<int>(std::clamp<std::int64_t>(releases, 1, max_releases_sharing_fee));
        edited = true;
    }
    ui::note("One subscription covers the whole account: this release carries its share of the fee.");
    if (splits.distributor.distributor == Distributor::distrokid) {
        ui::heading("YouTube Content ID (a DistroKid extra)");
        edited |= ui::money(*this, "Content ID ad revenue a year ($)", "splits.content_id.revenue_per_year",
                            &splits.content_id.revenue_per_year);
        edited |= ui::money(*this, "The extra's yearly price ($)", "splits.content_id.yearly_fee",
                            &splits.content_id.yearly_fee, 1.0);
        ui::note(
            "DistroKid keeps 20%% of the ad revenue; the rest joins the store royalties before anyone recoups. The "
            "price shows only on DistroKid's upload form: enter yours. 0 = not used.");
    }

    ui::heading("Collaborators (the uploader keeps the rest)");
    edited |=
        enum_choice(*this, "Several paid back first", "splits.recoup_order", &splits.recoup_order, recoup_order_labels);
    if (add_button(*this, "Add a collaborator", "add_collaborator", splits.collaborators.size(), max_collaborators)) {
        splits.collaborators.push_back(
            Collaborator{unique_name("Collaborator", names_of(splits.collaborators)), 100'000, 0});
        edited = true;
    }
    for (std::size_t i = 0; i < splits.collaborators.size(); ++i) {
        Collaborator& who = splits.collaborators[i];
        const std::string path = at("splits.collaborators", i);
        ImGui::PushID(static_cast<int>(i) + 6000);
        edited |= ui::text(*this, "Name", path + ".name", &who.name);
        edited |= ui::percent(*this, "Share", path + ".share", &who.share_ppm);
        edited |= ui::money(*this, "Recoup first ($)", path + ".recoup_first", &who.recoup_first);
        if (remove_row(*this, splits.collaborators, i, path)) return;
        ImGui::Separator();
        ImGui::PopID();
    }
    if (edited) state_.commit_edit();
}

void App::draw_splits_results() {
    const ReleaseResult& release = state_.result().release;
    if (!release.splits) {
        ui::wrapped("No splits: the master money goes through the label deal (Recording and Points panels).");
        return;
    }
    const SplitPeriod& total = release.splits->total;
    std::vector<charts::Segment> segments;
    std::vector<std::vector<std::string>> rows{{"Party", "Paid"}};
    for (const PartyTotal& party : state_.derived().parties) {
        if (party.side != MoneySide::recording) continue;
        segments.push_back({party.party, party.amount});
        rows.push_back({party.party + (party.note.empty() ? "" : " (" + party.note + ")"), format_usd(party.amount)});
    }
    ui::heading("Who gets the store royalties");
    charts::stacked_bar("splits_bar", segments);
    remember_item("splits_bar");
    text_table("splits_table", rows);
    ui::value_row("Store royalties in", format_usd(total.gross));
    if (total.content_id_gross > 0)
        ui::value_row("YouTube Content ID in", format_usd(total.content_id_gross),
                      ("DistroKid keeps " + format_usd(total.content_id_kept)).c_str());
    ui::value_row("The uploader after this release's fees", format_usd(total.uploader_net),
                  total.uploader_net < 0 ? "Negative: the fees cost more than this release earns you." : nullptr);
    if (total.fee_unrecovered > 0)
        ui::value_row("Fees not yet covered", format_usd(total.fee_unrecovered),
                      "Carried forward; never a negative payout.");
}

}  // namespace dealsheet::app
