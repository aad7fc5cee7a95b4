// The seven panels of "More detail": each draws its inputs (editing State::editing(), committed through
// State::commit_edit) and its results (from State::result(), the last valid scenario's). Wide displays put inputs and results side by side; narrow ones
// stack them.
//
// Index of this file
// [SECTION] Layout helpers
// [SECTION] Streams & platforms
// [SECTION] Recording deal & recoupment
// [SECTION] Points
// [SECTION] Publishing & co-writers
// [SECTION] Splits
// [SECTION] Compare
// [SECTION] Assumptions & sources
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>
#include <functional>

#include "app.hpp"
#include "charts.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/share.hpp"
#include "dealsheet/statutory.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

// [SECTION] Layout helpers

namespace {

// The inputs, disabled when `read_only` (read-only embeds); the results stay live, since tooltips need hover.
void draw_inputs(bool read_only, const std::function<void()>& inputs) {
    ImGui::BeginDisabled(read_only);
    inputs();
    ImGui::EndDisabled();
}

// Inputs and results side by side when there is room for both (≥ 56 em), else one after the other.
void two_columns(const char* id, bool read_only, const std::function<void()>& inputs,
                 const std::function<void()>& results) {
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 56.0f) {
        draw_inputs(read_only, inputs);
        ImGui::Separator();
        results();
        return;
    }
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_inputs(read_only, inputs);
    ImGui::TableNextColumn();
    results();
    ImGui::EndTable();
}

std::string at(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

// What the row at `path` ("publishing.writers[2]") is called in the removal notice: its own name, else a
// plain word for the row ("a cost"). Never the path: the notice is read by people, not by the app.
std::string removal_name(const Scenario& scenario, const std::string& path) {
    const std::size_t open = path.rfind('[');
    const std::string list = path.substr(0, open);
    const std::size_t i = open == std::string::npos ? 0 : static_cast<std::size_t>(std::atoi(path.c_str() + open + 1));
    auto named = [i](const auto& rows, const char* otherwise) {
        return i < rows.size() && !rows[i].name.empty() ? rows[i].name : std::string(otherwise);
    };
    if (list == "publishing.writers") return named(scenario.publishing.writers, "a co-writer");
    if (list == "recording.points") return named(scenario.release.recording.points, "a points party");
    if (list == "splits.collaborators") return named(scenario.release.splits.collaborators, "a collaborator");
    if (list == "compare.offers") return named(scenario.compare.offers, "an offer");
    if (list == "accounts.others") return named(scenario.release.other_accounts, "an account");
    if (list == "recording.costs") return "a recoupable cost";
    if (list == "streaming.platforms") return "platform " + std::to_string(i + 1);
    return "a fee check";
}

// A row's Remove button (beside the row, never where "Add" was). Pressed: the row goes as one undo step, a
// short-lived notice offers to undo it, and true is returned: the caller stops drawing the list this frame (its
// ImGui id scope, pushed for the row, is popped here).
template <class Row>
bool remove_row(App& app, std::vector<Row>& rows, std::size_t i, const std::string& path) {
    if (!ui::remove_button(app, path)) return false;
    const std::string removed_name = removal_name(app.state().editing(), path);
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
    ImGui::PopID();
    app.state().commit_edit();
    app.state().removed(removed_name);
    return true;
}

// A list's "Add" button, drawn above its rows so it stays in one place as rows come and go (a row's Remove
// never lands under the finger that added it); disabled once the list is full.
bool add_button(App& app, const char* label, const char* name, std::size_t size, std::size_t max) {
    ImGui::BeginDisabled(size >= max);
    const bool pressed = ui::button(app, label, name);
    ImGui::EndDisabled();
    return pressed;
}

// The names a list's rows have, for a new row's unique default name.
template <class Row>
std::vector<std::string> names_of(const std::vector<Row>& rows) {
    std::vector<std::string> names;
    for (const Row& row : rows) names.push_back(row.name);
    return names;
}


std::string streams_text(const std::optional<std::int64_t>& streams) {
    return streams ? format_count(*streams) + " streams" : std::string("never");
}

// A simple table of rows of text; the first row is the header.
void text_table(const char* id, const std::vector<std::vector<std::string>>& rows) {
    if (rows.empty()) return;
    const int columns = static_cast<int>(rows.front().size());
    if (!ImGui::BeginTable(id, columns, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    for (const std::string& header : rows.front()) ImGui::TableSetupColumn(header.c_str());
    ImGui::TableHeadersRow();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        ImGui::TableNextRow();
        for (const std::string& cell : rows[r]) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", cell.c_str());
        }
    }
    ImGui::EndTable();
}

constexpr std::array<const char*, 5> platform_labels{"Spotify", "YouTube", "Apple Music", "Amazon Music", "Blended"};
constexpr std::array<const char*, 3> shape_labels{"Total", "Decaying monthly", "Month by month"};
constexpr std::array<const char*, 2> model_labels{"Per-stream payouts", "Subscription pool"};
constexpr std::array<const char*, 2> pool_method_labels{"Pro-rata", "User-centric"};
constexpr std::array<const char*, 2> route_labels{"Label deal", "Self-released (distributor)"};
constexpr std::array<const char*, 3> deal_type_labels{"Royalty", "Net profit", "Distribution"};
constexpr std::array<const char*, 6> cost_labels{"Advance", "Recording", "Video", "Independent promotion",
                                                 "Tour support", "Other"};
constexpr std::array<const char*, 3> role_labels{"Producer", "Mixer", "Engineer"};
constexpr std::array<const char*, 3> convention_labels{"Record one", "Retroactive, combined rate",
                                                       "Retroactive, net rate"};
constexpr std::array<const char*, 2> method_labels{"Quick (headline rate)", "Full \u00a7115 calculation"};
constexpr std::array<const char*, 4> publishing_deal_labels{"Self-published", "Standard", "Co-publishing",
                                                            "Administration"};
constexpr std::array<const char*, 4> distributor_labels{"DistroKid", "CD Baby", "TuneCore", "Custom"};

template <typename Enum, std::size_t N>
bool enum_choice(App& app, const char* label, const std::string& path, Enum* value, const std::array<const char*, N>& names) {
    int index = static_cast<int>(*value);
    if (!ui::choice(app, label, path, &index, names)) return false;
    *value = static_cast<Enum>(index);
    return true;
}

}  // namespace

// [SECTION] Streams & platforms

void App::draw_streams_inputs() {
    bool edited = enum_choice(*this, "Revenue model", "streaming.model", &state_.editing().release.revenue_model, model_labels);
    ReleaseTerms& release = state_.editing().release;
    if (release.revenue_model == RevenueModel::per_stream) {
        if (add_button(*this, "Add a platform", "add_platform", release.streaming.platforms.size(), max_platform_entries)) {
            release.streaming.platforms.push_back(PlatformStreams{});
            edited = true;
        }
        for (std::size_t i = 0; i < release.streaming.platforms.size(); ++i) {
            PlatformStreams& entry = release.streaming.platforms[i];
            const std::string path = at("streaming.platforms", i);
            ImGui::PushID(static_cast<int>(i));
            ui::heading(("Platform " + std::to_string(i + 1)).c_str());
            if (release.streaming.platforms.size() > 1) {
                ImGui::SameLine();
                if (remove_row(*this, release.streaming.platforms, i, path)) return;
            }
            edited |= enum_choice(*this, "Platform", path + ".platform", &entry.platform, platform_labels);
            edited |= enum_choice(*this, "Streams given as", path + ".streams.shape", &entry.streams.shape, shape_labels);
            if (entry.streams.shape == CurveShape::total) {
                edited |= ui::count(*this, "Lifetime streams", path + ".streams.total", &entry.streams.total);
            } else if (entry.streams.shape == CurveShape::decay) {
                edited |= ui::count(*this, "First month's streams", path + ".streams.first_month", &entry.streams.first_month);
                edited |= ui::percent(*this, "Monthly decay", path + ".streams.decay", &entry.streams.decay_ppm);
                edited |= ui::integer(*this, "Months", path + ".streams.months", &entry.streams.months, 1, max_stream_months);
            } else {
                ui::note("%zu months entered (edit them in the scenario JSON)", entry.streams.monthly.size());
            }
            bool own_rate = entry.payout_per_1000.has_value();
            if (ui::checkbox(*this, "Enter my own payout per 1,000 streams", path + ".own_payout", &own_rate)) {
                entry.payout_per_1000 = own_rate ? std::optional<Micros>(platform_payout(entry.platform).payout_per_1000)
                                                 : std::nullopt;
                edited = true;
            }
            if (entry.payout_per_1000)
                edited |= ui::money(*this, "Payout per 1,000 streams ($)", path + ".payout_per_1000", &*entry.payout_per_1000, 0.10);
            else
                ui::note("%s per 1,000 streams (%s, %s)", format_usd(platform_payout(entry.platform).payout_per_1000).c_str(),
                                    platform_payout(entry.platform).source, platform_payout(entry.platform).as_of);
            ImGui::PopID();
        }
    } else {
        PoolTerms& pool = release.pool;
        edited |= enum_choice(*this, "Pool method", "streaming.pool_method", &release.pool_method, pool_method_labels);
        edited |= ui::percent(*this, "Share of revenue to recordings", "streaming.pool.royalty_share", &pool.royalty_share_ppm);
        edited |= ui::checkbox(*this, "Minimum 1,000 streams per track (Spotify 2024)", "streaming.pool.threshold", &pool.threshold);
        for (std::size_t g = 0; g < pool.groups.size(); ++g) {
            SubscriberGroup& group = pool.groups[g];
            const std::string path = at("streaming.pool.groups", g);
            ImGui::PushID(static_cast<int>(g) + 1000);
            ui::heading(("Subscriber group " + std::to_string(g + 1)).c_str());
            edited |= ui::count(*this, "Subscribers", path + ".subscribers", &group.subscribers);
            edited |= ui::money(*this, "Each pays ($)", path + ".payment", &group.payment, 1.0);
            for (std::size_t t = 0; t < group.streams.size() && t < pool.tracks.size(); ++t)
                edited |= ui::count(*this, ("Streams of " + pool.tracks[t]).c_str(), at(path + ".streams", t), &group.streams[t]);
            ImGui::PopID();
        }
    }
    if (edited) state_.commit_edit();
}

void App::draw_streams_panel() {
    two_columns("streams_layout", state_.embed().read_only, [this] { draw_streams_inputs(); }, [this] {
        const ReleaseResult& release = state_.result().release;
        ui::heading("Master revenue");
        if (release.streaming) {
            std::vector<std::vector<std::string>> rows{{"Platform", "Streams", "Per 1,000", "Revenue"}};
            for (const PlatformRevenue& p : release.streaming->platforms)
                rows.push_back({platform_labels[static_cast<std::size_t>(p.platform)], format_count(p.streams),
                                format_usd(p.payout_per_1000) + (p.payout_from_table ? "" : " (yours)"), format_usd(p.revenue)});
            rows.push_back({"All", format_count(release.streaming->streams), "", format_usd(release.master_total)});
            text_table("platform_table", rows);
        }
        if (release.pool) {
            std::vector<std::vector<std::string>> rows{{"Track", "Streams", "Pro-rata", "User-centric"}};
            for (const PoolTrackPayout& track : release.pool->tracks)
                rows.push_back({track.name + (track.eligible ? "" : " (under threshold)"), format_count(track.streams),
                                format_usd(track.pro_rata), format_usd(track.user_centric)});
            text_table("pool_table", rows);
            ImGui::TextWrapped("Pool %s of %s revenue. Both models pay out the same pool; they differ in who gets it.",
                               format_usd(release.pool->pool).c_str(), format_usd(release.pool->revenue).c_str());
        }
        ui::heading("Where a listener's dollar goes");
        const MoneyFlow& flow = state_.derived().flow;
        std::vector<Micros> amounts;  // the scenario's money behind each box
        for (const FlowNode& node : flow.nodes) amounts.push_back(node.amount);
        charts::money_flow("money_flow", flow, amounts);
        remember_item("money_flow");
        ui::note("Illustrative: 52%% recording and 15%% publishing of what the service takes in; "
                            "each side split as in this scenario. Hover for exact values.");
    });
}

// [SECTION] Recording deal & recoupment

void App::draw_recording_inputs() {
    ReleaseTerms& release = state_.editing().release;
    bool edited = enum_choice(*this, "Release route", "route", &release.route, route_labels);
    if (release.route == ReleaseRoute::self_released) {
        ImGui::TextWrapped("Self-released: the master money goes through the distributor's splits (Splits panel).");
        if (edited) state_.commit_edit();
        return;
    }
    RecordingTerms& deal = release.recording;
    edited |= enum_choice(*this, "Deal type", "recording.type", &deal.type, deal_type_labels);
    if (deal.type == RecordingDealType::royalty)
        edited |= ui::percent(*this, "Artist all-in royalty", "recording.royalty_rate", &deal.royalty_rate_ppm);
    if (deal.type == RecordingDealType::royalty)
        ui::note("All-in: the artist's whole rate, before the producer's and mixer's points come out of it. "
                 "Recoup: the label keeps the artist's royalties until they add up to the advance and the "
                 "recoupable costs; only then is the artist paid.");
    else if (deal.type == RecordingDealType::net_profit)
        edited |= ui::percent(*this, "Artist profit share", "recording.profit_share", &deal.profit_share_ppm);
    else
        edited |= ui::percent(*this, "Distributor's fee", "recording.distribution_fee", &deal.distribution_fee_ppm);
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
            cost.recoupable_ppm = own ? std::optional<std::int64_t>(recoupable_ppm(cost, deal.established_artist)) : std::nullopt;
            edited = true;
        }
        if (cost.recoupable_ppm) edited |= ui::percent(*this, "Recoupable", path + ".recoupable", &*cost.recoupable_ppm);
        else ui::note("%s recoupable (dated default)", format_percent(recoupable_ppm(cost, deal.established_artist)).c_str());
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
        edited |= ui::checkbox(*this, "Cross-collateralized with this release", "accounts.crossed", &release.cross_collateralized);
    if (edited) state_.commit_edit();
}

void App::draw_recording_panel() {
    two_columns("recording_layout", state_.embed().read_only, [this] { draw_recording_inputs(); }, [this] {
        const ReleaseResult& release = state_.result().release;
        if (!release.recording) {
            ImGui::TextWrapped("No label deal: this release is self-released. See the Splits panel.");
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
                charts::progress(("acct_" + std::to_string(i)).c_str(), ledger.party, ledger.recouped_total, ledger.recoupable);
            }
            ui::value_row("Payable to the artist", format_usd(release.accounts->payable));
            ui::value_row("Unrecouped in all", format_usd(release.accounts->unrecouped));
        }
        ui::heading("Lifetime payout as streams grow");
        if (!state_.derived().curves.series.empty()) {
            charts::payout_lines("recording_curves", state_.derived().curves, 0);
            remember_item("recording_curves");
        }
    });
}

// [SECTION] Points

void App::draw_points_inputs() {
    RecordingTerms& deal = state_.editing().release.recording;
    bool edited = false;
    if (state_.editing().release.route == ReleaseRoute::self_released)
        ImGui::TextWrapped("Points are paid out of a label deal's artist royalty; this release is self-released, "
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
            deal.points.push_back(PointsParty{unique_name("Engineer", party_names), PartyRole::engineer, ppm_per_point / 2});
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
        edited |= ui::integer(*this, "Tracks worked on", path + ".tracks_on", &party.tracks_on, 0, std::max(party.tracks_total, 1));
        edited |= ui::integer(*this, "Tracks on the record", path + ".tracks_total", &party.tracks_total, 1, 40);
        edited |= ui::money(*this, "Advance ($)", path + ".advance", &party.advance);
        edited |= enum_choice(*this, "Paid from", path + ".convention", &party.convention, convention_labels);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe(party.convention)).c_str());
        if (ui::remove_button(*this, path)) {
            const std::string removed_name = removal_name(state_.editing(), path);
            deal.points.erase(deal.points.begin() + static_cast<std::ptrdiff_t>(i));
            // Fee comparisons pointing past the end would be invalid: drop or renumber them.
            auto& choices = state_.editing().release.answers.fee_choices;
            choices.erase(std::remove_if(choices.begin(), choices.end(), [i](const FeeChoice& c) { return c.party == i; }), choices.end());
            for (FeeChoice& c : choices)
                if (c.party > i) --c.party;
            CompareTerms& compare = state_.editing().compare;  // the comparison follows its party, or ends with it
            if (compare.party == i) {
                compare.offers.clear();
                compare.party = 0;
            } else if (compare.party > i) {
                --compare.party;
            }
            ImGui::PopID();
            state_.commit_edit();
            state_.removed(removed_name);
            return;
        }
        ImGui::PopID();
    }
    if (edited) state_.commit_edit();
}

void App::draw_points_panel() {
    two_columns("points_layout", state_.embed().read_only, [this] { draw_points_inputs(); }, [this] {
        const ReleaseResult& release = state_.result().release;
        if (!release.recording) {
            ImGui::TextWrapped("No label deal: no points are paid.");
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
            const std::optional<std::int64_t> first =
                release.answers && i < release.answers->party_paid_from_streams.size() ? release.answers->party_paid_from_streams[i] : std::nullopt;
            rows.push_back({party.name, format_percent(party.share_of_artist_royalty_ppm), format_usd(party.ledger.earned_total),
                            format_usd(party.ledger.paid_total), streams_text(first)});
        }
        text_table("points_table", rows);
        for (std::size_t i = 0; i < deal.parties.size(); ++i) {
            const PartyLedger& party = deal.parties[i];
            if (party.ledger.recoupable > 0)
                charts::progress(("adv_" + std::to_string(i)).c_str(), party.name + "'s advance recouped",
                                 party.ledger.recouped_total, party.ledger.recoupable);
        }
        ui::note("Recording costs are never charged to a producer's royalties; a producer's advance is "
                            "recouped from that producer's royalties only.");
        if (state_.derived().curves.series.size() > 1) {
            ui::heading("When each party is paid");
            charts::payout_lines("points_curves", state_.derived().curves, 1);
            remember_item("points_curves");
        }
    });
}

// [SECTION] Publishing & co-writers

void App::draw_publishing_inputs() {
    PublishingTerms& publishing = state_.editing().publishing;
    QuickEstimateTerms& quick = state_.editing().publishing_quick;
    bool edited = enum_choice(*this, "Method", "publishing.method", &publishing.method, method_labels);
    if (publishing.method == PublishingMethod::quick) {
        // Empty follows the release's streams (format 2); editing the count makes it the user's own.
        std::int64_t us_streams = quick.streams.value_or(state_.result().publishing_quick.streams);
        if (ui::count(*this, "Streams (US on-demand)", "publishing.quick.streams", &us_streams)) {
            quick.streams = us_streams;
            edited = true;
        }
        edited |= ui::integer(*this, "Rate year", "publishing.quick.year", &quick.year, first_statutory_year, last_statutory_year);
        edited |= ui::decimal(*this, "Service revenue per stream ($)", "publishing.quick.revenue_per_stream",
                              &quick.revenue_per_stream, 0.0001, "%.7f");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Implied by Billboard's published figures ($0.0091379); not a published rate.");
        edited |= ui::percent(*this, "Performance part of the total", "publishing.performance_share", &publishing.performance_share_ppm);
    } else {
        OfferingTerms& offering = publishing.offering;
        edited |= ui::integer(*this, "Rate year", "publishing.offering.year", &offering.year, first_all_in_year, last_statutory_year);
        edited |= ui::money(*this, "Service revenue this month ($)", "publishing.offering.service_revenue", &offering.service_revenue);
        edited |= ui::money(*this, "Paid to labels ($)", "publishing.offering.payments_to_labels", &offering.payments_to_labels);
        edited |= ui::money(*this, "Performance royalties ($)", "publishing.offering.performance_royalties", &offering.performance_royalties);
        edited |= ui::count(*this, "Individual subscribers", "publishing.offering.subscribers.individual", &offering.subscribers.individual);
        edited |= ui::count(*this, "Family subscribers", "publishing.offering.subscribers.family", &offering.subscribers.family);
        edited |= ui::count(*this, "Student subscribers", "publishing.offering.subscribers.student", &offering.subscribers.student);
        edited |= ui::count(*this, "All plays on the service", "publishing.offering.plays.total", &offering.plays.total);
        edited |= ui::count(*this, "Plays of this song", "publishing.offering.work_plays.total", &offering.work_plays.total);
    }
    ui::heading("Collection");
    edited |= ui::percent(*this, "PRO commission", "publishing.collection.pro_commission", &publishing.collection.pro_commission_ppm);
    edited |= ui::percent(*this, "MLC commission", "publishing.collection.mlc_commission", &publishing.collection.mlc_commission_ppm);

    ui::heading("Co-writers");
    // "Add" sits above the list, so rows added below never put a row's Remove under the finger that added them.
    std::vector<std::string> writer_names = names_of(publishing.writers);
    if (add_button(*this, "Add a co-writer", "add_writer", publishing.writers.size(), max_writers)) {
        WriterTerms writer;
        writer.name = unique_name("Writer", writer_names);
        writer.share_ppm = 0;
        publishing.writers.push_back(writer);
        edited = true;
    }
    edited |= ui::checkbox(*this, "Equal shares", "publishing.equal_shares", &publishing.equal_shares);
    if (publishing.equal_shares) {  // equal splits are set by a count: "6 co-writers"
        std::int64_t count = static_cast<std::int64_t>(publishing.writers.size());
        if (ui::count(*this, "Number of co-writers", "publishing.writers.count", &count)) {
            count = std::clamp<std::int64_t>(count, 1, static_cast<std::int64_t>(max_writers));
            while (static_cast<std::int64_t>(publishing.writers.size()) < count) {
                WriterTerms writer = publishing.writers.back();
                writer.name = unique_name("Writer", writer_names);
                writer_names.push_back(writer.name);
                publishing.writers.push_back(writer);
            }
            publishing.writers.resize(static_cast<std::size_t>(count));
            edited = true;
        }
    }
    for (std::size_t i = 0; i < publishing.writers.size(); ++i) {
        WriterTerms& writer = publishing.writers[i];
        const std::string path = at("publishing.writers", i);
        ImGui::PushID(static_cast<int>(i) + 5000);
        ImGui::Separator();
        edited |= ui::text(*this, "Writer", path + ".name", &writer.name);
        if (!publishing.equal_shares) edited |= ui::percent(*this, "Share of the song", path + ".share", &writer.share_ppm);
        edited |= enum_choice(*this, "Deal", path + ".deal", &writer.deal, publishing_deal_labels);
        if (writer.deal != DealType::self_published) edited |= ui::text(*this, "Publisher", path + ".publisher", &writer.publisher);
        if (writer.deal == DealType::administration) edited |= ui::percent(*this, "Admin fee", path + ".admin_fee", &writer.admin_fee_ppm);
        if (writer.deal != DealType::self_published) edited |= ui::money(*this, "Unrecouped advance ($)", path + ".advance", &writer.advance);
        if (publishing.writers.size() > 1 && remove_row(*this, publishing.writers, i, path)) return;
        ImGui::PopID();
    }
    if (edited) state_.commit_edit();
}

void App::draw_publishing_panel() {
    two_columns("publishing_layout", state_.embed().read_only, [this] { draw_publishing_inputs(); }, [this] {
        const PublishingResult& publishing = state_.result().publishing;
        ui::heading("The song's publishing money");
        ui::value_row("Performance + mechanical", format_usd(publishing.publishing_total));
        ui::value_row("Performance (PROs)", format_usd(publishing.split.income.performance));
        ui::value_row("Mechanical (MLC)", format_usd(publishing.split.income.mechanical));
        if (publishing.offering) {
            const OfferingResult& o = *publishing.offering;
            ui::value_row("All-in pool", format_usd(o.all_in_pool) + (o.prong == AllInProng::headline ? " (set by the share-of-revenue rule)" : " (set by the share-of-label-payments rule)"));
            ui::value_row("Mechanical pool", format_usd(o.payable_pool) + (o.floor_binds ? " (the per-play minimum applies)" : ""));
        }
        std::vector<charts::Segment> segments;
        std::vector<std::vector<std::string>> rows{{"Writer", "Share", "Deal", "Paid", "Unrecouped"}};
        for (const WriterPayout& writer : publishing.split.writers) {
            segments.push_back({writer.name, writer.paid});
            rows.push_back({writer.name, format_percent(writer.share_ppm),
                            publishing_deal_labels[static_cast<std::size_t>(writer.deal)], format_usd(writer.paid),
                            format_usd(writer.unrecouped)});
        }
        for (const PublisherPayout& publisher : publishing.split.publishers) segments.push_back({publisher.name, publisher.total});
        segments.push_back({"PRO + MLC commission", publishing.split.pro_commission + publishing.split.mlc_commission});
        ui::heading("Who gets it");
        charts::stacked_bar("publishing_bar", segments);
        remember_item("publishing_bar");
        text_table("writers_table", rows);
        if (!state_.result().publishing_by_year.empty()) {
            ui::heading(("Phonorecords headline rate by year, at " + format_count(state_.result().publishing_quick.streams) + " streams").c_str());
            std::vector<charts::Bar> bars;
            for (const YearEstimate& year : state_.result().publishing_by_year)
                bars.push_back({std::to_string(year.rate.year), year.publishing_total,
                                format_percent(year.rate.rate_ppm) + " of service revenue, " + year.rate.proceeding,
                                year.rate.year == state_.scenario().publishing_quick.year});
            charts::bars("year_bars", bars);
            remember_item("year_bars");
        }
    });
}

// [SECTION] Splits

void App::draw_splits_inputs() {
    ReleaseTerms& release = state_.editing().release;
    SplitTerms& splits = release.splits;
    bool edited = false;
    if (release.route != ReleaseRoute::self_released) {
        ImGui::TextWrapped("Splits apply when the release is self-released; it now goes through a label deal.");
        if (ui::button(*this, "Make it self-released", "make_self_released")) {
            release.route = ReleaseRoute::self_released;
            edited = true;
        }
    }
    edited |= enum_choice(*this, "Distributor", "splits.distributor.name", &splits.distributor.distributor, distributor_labels);
    const DistributorFees& row = distributor_row(splits.distributor.distributor);
    bool own_fee = splits.distributor.annual_fee.has_value();
    if (ui::checkbox(*this, "Own annual fee", "splits.distributor.own_fee", &own_fee)) {
        splits.distributor.annual_fee = own_fee ? std::optional<Micros>(row.annual_fee.value) : std::nullopt;
        edited = true;
    }
    if (splits.distributor.annual_fee) edited |= ui::money(*this, "Annual fee ($)", "splits.distributor.annual_fee", &*splits.distributor.annual_fee);
    else ui::note("%s a year (%s %s)", format_usd(row.annual_fee.value).c_str(), row.annual_fee.source, row.annual_fee.tag);
    bool own_commission = splits.distributor.commission_ppm.has_value();
    if (ui::checkbox(*this, "Own commission", "splits.distributor.own_commission", &own_commission)) {
        splits.distributor.commission_ppm = own_commission ? std::optional<std::int64_t>(row.commission_ppm.value) : std::nullopt;
        edited = true;
    }
    if (splits.distributor.commission_ppm)
        edited |= ui::percent(*this, "Commission", "splits.distributor.commission", &*splits.distributor.commission_ppm);
    else ui::note("%s commission (%s %s)", format_percent(row.commission_ppm.value).c_str(), row.commission_ppm.source, row.commission_ppm.tag);

    ui::heading("Collaborators (the uploader keeps the rest)");
    if (add_button(*this, "Add a collaborator", "add_collaborator", splits.collaborators.size(), max_collaborators)) {
        splits.collaborators.push_back(Collaborator{unique_name("Collaborator", names_of(splits.collaborators)), 100'000, 0});
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

void App::draw_splits_panel() {
    two_columns("splits_layout", state_.embed().read_only, [this] { draw_splits_inputs(); }, [this] {
        const ReleaseResult& release = state_.result().release;
        if (!release.splits) {
            ImGui::TextWrapped("No splits: the master money goes through the label deal (Recording and Points panels).");
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
        if (total.fee_unrecovered > 0)
            ui::value_row("Fees not yet covered", format_usd(total.fee_unrecovered), "Carried forward; never a negative payout.");
    });
}

// [SECTION] Compare

namespace {
constexpr std::array<const char*, 4> outcome_labels{"Spotify Loud & Clear 2024 (fitted)", "Log-normal", "Pareto",
                                                    "Fixed: exactly N streams"};

// "0.0188% (about 1 in 5,332)": `one_in` is the core's round(1 / P) when it gives one (pairs), so the table
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
    ImGui::TextWrapped("Always get your money up front: backend is a bonus, never a business plan. Compare up to "
                       "three offers for one party, and weigh the backend by how likely a release is to get there.");
    if (state_.editing().release.route != ReleaseRoute::label_deal || deal.points.empty()) {
        ImGui::TextWrapped("%s", state_.editing().release.route != ReleaseRoute::label_deal
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
    ui::note("A fee is paid up front and kept. An advance is paid up front too, but earned back (recouped) "
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
        if (compare.target) edited |= ui::money(*this, "Target ($)", "compare.target", &*compare.target);
        else ui::note("Target: the biggest upfront offer.");

        ui::heading("How many streams releases reach");
        OutcomeTerms& outcomes = compare.outcomes;
        edited |= enum_choice(*this, "Outcomes", "compare.outcomes.kind", &outcomes.kind, outcome_labels);
        switch (outcomes.kind) {
            case OutcomeKind::loud_and_clear:
                edited |= ui::money(*this, "Dollars per 1,000 streams", "compare.outcomes.dollars_per_1000", &outcomes.dollars_per_1000, 0.10);
                break;
            case OutcomeKind::lognormal:
                edited |= ui::count(*this, "Median lifetime streams", "compare.outcomes.median", &outcomes.median);
                edited |= ui::ratio(*this, "Spread \u03c3 of ln(streams)", "compare.outcomes.sigma", &outcomes.sigma_ppm);
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
                if (outcomes.streams) edited |= ui::count(*this, "Streams", "compare.outcomes.streams", &*outcomes.streams);
                break;
            }
        }
        edited |= ui::percent(*this, "Chance the release streams at all", "compare.outcomes.pays_chance", &outcomes.pays_chance_ppm);
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

void App::draw_compare_panel() {
    two_columns("compare_layout", state_.embed().read_only, [this] { draw_compare_inputs(); }, [this] {
        const ReleaseResult& release = state_.result().release;
        if (state_.result().comparison) {
            const Comparison& c = *state_.result().comparison;
            ImGui::PushFont(theme::large_font());
            ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
            ImGui::TextWrapped("%s", c.verdict.c_str());
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
            for (const OfferResult& offer : c.offers) bands.push_back({offer.offer.name, offer.percentiles, offer.expected});
            charts::bands("offer_bands", bands);
            remember_item("offer_bands");

            std::vector<std::vector<std::string>> rows{{"Offer", "Up front", "Expected", "Median", "P10\u2013P90", "Backend pays"}};
            for (const OfferResult& offer : c.offers)
                rows.push_back({offer.offer.name, format_usd(offer.upfront), format_usd(offer.expected),
                                format_usd(offer.percentiles[median_index]),
                                format_usd(offer.percentiles[1]) + " \u2013 " + format_usd(offer.percentiles[3]),
                                chance_text(offer.backend_chance_ppm)});
            text_table("offers_table", rows);
            std::vector<std::vector<std::string>> pairs{{"Pair", "Break-even", "Chance to get there", "Later one pays more"}};
            for (const OfferPair& pair : c.pairs)
                pairs.push_back({c.offers[pair.later].offer.name + " vs " + c.offers[pair.earlier].offer.name,
                                 pair.break_even_streams > 0 ? format_count(pair.break_even_streams) + " streams" : "always ahead",
                                 chance_text(pair.reach_ppm, pair.reach_one_in), chance_text(pair.later_beats_ppm)});
            text_table("pairs_table", pairs);
            std::vector<std::vector<std::string>> targets{{"Offer", "Reaches " + format_usd(c.target) + " at",
                                                           "Community rule (" + chance_text(c.outcomes.community_chance_ppm) + ")"}};
            for (const OfferResult& offer : c.offers)
                targets.push_back({offer.offer.name, streams_text(offer.target_streams), format_usd(offer.community_expected)});
            text_table("targets_table", targets);
            ui::note("Outcomes: %s", c.distribution.c_str());
            for (const std::string& caveat : c.caveats) ui::note("\u2022 %s", caveat.c_str());
        } else {
            ImGui::TextWrapped("Add offers on the left to compare them: a full fee, a smaller fee plus points, "
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
    });
}

// [SECTION] Assumptions & sources

void App::draw_sources_panel() {
    const Assumptions& unique = state_.derived().assumptions;
    ImGui::TextWrapped("Every rate and default behind the numbers, with its source, evidence grade and date. "
                       "Grades: [P] primary, [S] secondary, [C] community, [D] derived, [U] uncertain.");
    ImGui::TextWrapped("Not modelled: territories outside the US statutory system, neighbouring rights and "
                       "SoundExchange, sync fees, tax. Estimates, not legal or financial advice.");
    if (ui::narrow()) {
        ImGui::Dummy(ImVec2(1, 1));
        remember_item("sources_table");
        for (const Assumption& a : unique) {
            ImGui::Separator();
            ImGui::TextWrapped("%s: %s", a.name.c_str(), a.value.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, theme::muted());
            ImGui::TextWrapped("%s %s%s%s", a.source.c_str(), a.tag.c_str(), a.as_of.empty() ? "" : ", as of ", a.as_of.c_str());
            ImGui::PopStyleColor();
        }
        return;
    }
    ImGui::Dummy(ImVec2(1, 1));
    remember_item("sources_table");
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("assumptions", 4, flags)) return;
    ImGui::TableSetupColumn("Assumption", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn("As of", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    for (const Assumption& a : unique) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.value.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s %s", a.source.c_str(), a.tag.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.as_of.empty() ? "-" : a.as_of.c_str());
    }
    ImGui::EndTable();
}

}  // namespace dealsheet::app
