// Dealsheet web app — the "Streams" panel of More detail: how many streams, on which services, at what payout.
// Its inputs edit State::editing(); its results read State::result().
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_streams_inputs() {
    bool edited =
        enum_choice(*this, "Revenue model", "streaming.model", &state_.editing().release.revenue_model, model_labels);
    ReleaseTerms& release = state_.editing().release;
    if (release.revenue_model == RevenueModel::per_stream) {
        if (add_button(*this, "Add a platform", "add_platform", release.streaming.platforms.size(),
                       max_platform_entries)) {
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
            edited |=
                enum_choice(*this, "Streams given as", path + ".streams.shape", &entry.streams.shape, shape_labels);
            if (entry.streams.shape == CurveShape::total) {
                edited |= ui::count(*this, "Lifetime streams", path + ".streams.total", &entry.streams.total);
            } else if (entry.streams.shape == CurveShape::decay) {
                edited |= ui::count(*this, "First month's streams", path + ".streams.first_month",
                                    &entry.streams.first_month);
                edited |= ui::percent(*this, "Monthly decay", path + ".streams.decay", &entry.streams.decay_ppm);
                edited |=
                    ui::integer(*this, "Months", path + ".streams.months", &entry.streams.months, 1, max_stream_months);
            } else {
                ui::note("%zu months entered (edit them in the scenario JSON)", entry.streams.monthly.size());
            }
            bool own_rate = entry.payout_per_1000.has_value();
            if (ui::checkbox(*this, "Enter my own payout per 1,000 streams", path + ".own_payout", &own_rate)) {
                entry.payout_per_1000 =
                    own_rate ? std::optional<Micros>(platform_payout(entry.platform).payout_per_1000) : std::nullopt;
                edited = true;
            }
            if (entry.payout_per_1000)
                edited |= ui::money(*this, "Payout per 1,000 streams ($)", path + ".payout_per_1000",
                                    &*entry.payout_per_1000, 0.10);
            else
                ui::note("%s per 1,000 streams (%s, %s)",
                         format_usd(platform_payout(entry.platform).payout_per_1000).c_str(),
                         platform_payout(entry.platform).source, platform_payout(entry.platform).as_of);
            ImGui::PopID();
        }
    } else {
        PoolTerms& pool = release.pool;
        edited |= enum_choice(*this, "Pool method", "streaming.pool_method", &release.pool_method, pool_method_labels);
        edited |= ui::percent(*this, "Share of revenue to recordings", "streaming.pool.royalty_share",
                              &pool.royalty_share_ppm);
        edited |= ui::checkbox(*this, "Minimum 1,000 streams per track (Spotify 2024)", "streaming.pool.threshold",
                               &pool.threshold);
        for (std::size_t g = 0; g < pool.groups.size(); ++g) {
            SubscriberGroup& group = pool.groups[g];
            const std::string path = at("streaming.pool.groups", g);
            ImGui::PushID(static_cast<int>(g) + 1000);
            ui::heading(("Subscriber group " + std::to_string(g + 1)).c_str());
            edited |= ui::count(*this, "Subscribers", path + ".subscribers", &group.subscribers);
            edited |= ui::money(*this, "Each pays ($)", path + ".payment", &group.payment, 1.0);
            for (std::size_t t = 0; t < group.streams.size() && t < pool.tracks.size(); ++t)
                edited |= ui::count(*this, ("Streams of " + pool.tracks[t]).c_str(), at(path + ".streams", t),
                                    &group.streams[t]);
            ImGui::PopID();
        }
    }
    if (edited) state_.commit_edit();
}

void App::draw_streams_results() {
    const ReleaseResult& release = state_.result().release;
    ui::heading("Master revenue");
    if (release.streaming) {
        std::vector<std::vector<std::string>> rows{{"Platform", "Streams", "Per 1,000", "Revenue"}};
        for (const PlatformRevenue& p : release.streaming->platforms)
            rows.push_back({platform_labels[static_cast<std::size_t>(p.platform)], format_count(p.streams),
                            format_usd(p.payout_per_1000) + (p.payout_from_table ? "" : " (yours)"),
                            format_usd(p.revenue)});
        rows.push_back({"All", format_count(release.streaming->streams), "", format_usd(release.master_total)});
        text_table("platform_table", rows);
    }
    if (release.pool) {
        std::vector<std::vector<std::string>> rows{{"Track", "Streams", "Pro-rata", "User-centric"}};
        for (const PoolTrackPayout& track : release.pool->tracks)
            rows.push_back({track.name + (track.eligible ? "" : " (under threshold)"), format_count(track.streams),
                            format_usd(track.pro_rata), format_usd(track.user_centric)});
        text_table("pool_table", rows);
        ui::wrapped("Pool %s of %s revenue. Both models pay out the same pool; they differ in who gets it.",
                    format_usd(release.pool->pool).c_str(), format_usd(release.pool->revenue).c_str());
    }
    ui::heading("Where a listener's dollar goes");
    const MoneyFlow& flow = state_.derived().flow;
    std::vector<Micros> amounts;  // the scenario's money behind each box
    for (const FlowNode& node : flow.nodes) amounts.push_back(node.amount);
    charts::money_flow("money_flow", flow, amounts);
    remember_item("money_flow");
    ui::note(
        "Illustrative: 52%% recording and 15%% publishing of what the service takes in; "
        "each side split as in this scenario. Hover for exact values.");
}

}  // namespace dealsheet::app
