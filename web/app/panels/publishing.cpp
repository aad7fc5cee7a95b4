// Dealsheet web app — the "Publishing" panel of More detail: the song's side, per writer and deal.
// Its inputs edit State::editing(); its results read State::result().
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_publishing_inputs() {
    PublishingTerms& publishing = state_.editing().publishing;
    QuickEstimateTerms& quick = state_.editing().publishing_quick;
    bool edited = enum_choice(*this, "Method", "publishing.method", &publishing.method, method_labels);
    if (publishing.method == PublishingMethod::quick) {
        // One song, one stream count: by default the US part of the release's streams; a count of its own when
        // the user enters one.
        bool follows_song = !quick.streams.has_value();
        if (ui::checkbox(*this, "US streams follow the song's streams", "publishing.quick.follow_song",
                         &follows_song)) {
            quick.streams =
                follows_song ? std::nullopt : std::optional<std::int64_t>(state_.result().publishing_quick.streams);
            edited = true;
        }
        if (follows_song) {
            edited |= ui::percent(*this, "Share of the song's streams in the US", "publishing.quick.us_share",
                                  &quick.us_share_ppm);
            ui::note("%s US on-demand streams: US law (section 115) pays only those.",
                     format_count(state_.result().publishing_quick.streams).c_str());
        } else {
            edited |= ui::count(*this, "Streams (US on-demand)", "publishing.quick.streams", &*quick.streams);
        }
        const int year_before = quick.year;
        edited |= ui::integer(*this, "Rate year", "publishing.quick.year", &quick.year, first_statutory_year,
                              last_statutory_year + 3);
        if (quick.year > last_statutory_year && year_before <= last_statutory_year && !quick.rate_ppm) {
            if (const HeadlineRate* last = headline_rate(last_statutory_year)) quick.rate_ppm = last->rate_ppm;
        }
        if (quick.year > last_statutory_year && quick.rate_ppm) {
            edited |= ui::percent(*this, "Headline rate (assumption \u2014 Phonorecords V pending)",
                                  "publishing.quick.rate", &*quick.rate_ppm);
            ui::note("No statutory rate is set after %d yet: this is your assumption (started at %d's).",
                     last_statutory_year, last_statutory_year);
        }
        edited |= ui::decimal(*this, "Service revenue per stream ($)", "publishing.quick.revenue_per_stream",
                              &quick.revenue_per_stream, 0.0001, "%.7f");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Implied by Billboard's published figures ($0.0091379); not a published rate.");
        edited |= ui::percent(*this, "Performance part of the total", "publishing.performance_share",
                              &publishing.performance_share_ppm);
    } else {
        OfferingTerms& offering = publishing.offering;
        edited |= ui::integer(*this, "Rate year", "publishing.offering.year", &offering.year, first_all_in_year,
                              last_statutory_year);
        edited |= enum_choice(*this, "Kind of service (37 CFR 385.21)", "publishing.offering.type", &offering.type,
                              offering_type_labels);
        ui::note("Sets the floor per subscriber, the label-payments prong and who counts.");
        ImGui::TextUnformatted("Spotify US Premium:");
        ImGui::SameLine();
        if (ui::button(*this, "As a bundle", "spotify_us_bundle")) {
            offering = spotify_us_premium(offering, SpotifyUsTreatment::bundle);
            edited = true;
        }
        ImGui::SameLine();
        if (ui::button(*this, "As standalone", "spotify_us_standalone")) {
            offering = spotify_us_premium(offering, SpotifyUsTreatment::standalone);
            edited = true;
        }
        ui::note("%s", std::string(explain(offering.type == OfferingType::bundled_subscription
                                               ? SpotifyUsTreatment::bundle
                                               : SpotifyUsTreatment::standalone))
                           .c_str());
        edited |= ui::money(*this, "Service revenue this month ($)", "publishing.offering.service_revenue",
                            &offering.service_revenue);
        const bool bundle = offering.type == OfferingType::bundled_subscription ||
                            offering.type == OfferingType::bundled_limited ||
                            offering.type == OfferingType::mixed_service_bundle;
        if (bundle) {
            bool by_prices = offering.music_standalone_price.has_value();
            if (ui::checkbox(*this, "Music's part from standalone prices (37 CFR 385.2)",
                             "publishing.offering.by_prices", &by_prices)) {
                // The rule's own example (37 CFR 385.2: $10 music, $5 the rest) until the real prices are entered.
                offering.music_standalone_price = by_prices ? std::optional<Micros>(10'000'000) : std::nullopt;
                offering.other_standalone_price = by_prices ? std::optional<Micros>(5'000'000) : std::nullopt;
                if (by_prices) offering.music_share_ppm = 1'000'000;
                edited = true;
            }
            if (by_prices && offering.other_standalone_price) {
                edited |=
                    ui::money(*this, "Music alone costs ($ a month)", "publishing.offering.music_standalone_price",
                              &*offering.music_standalone_price, 1.0);
                edited |=
                    ui::money(*this, "The rest alone costs ($ a month)", "publishing.offering.other_standalone_price",
                              &*offering.other_standalone_price, 1.0);
                if (const std::optional<Micros> music = bundle_music_revenue(
                        offering.service_revenue, *offering.music_standalone_price, *offering.other_standalone_price))
                    ui::note(
                        "Music's part of the revenue: %s. The prices start at the rule's own example ($10 and $5): "
                        "enter the bundle's real ones.",
                        format_usd(*music).c_str());
            } else {
                edited |= ui::percent(*this, "Music's share of the bundle's revenue", "publishing.offering.music_share",
                                      &offering.music_share_ppm);
            }
        }
        edited |= ui::money(*this, "Paid to labels ($)", "publishing.offering.payments_to_labels",
                            &offering.payments_to_labels);
        edited |= ui::money(*this, "Performance royalties ($)", "publishing.offering.performance_royalties",
                            &offering.performance_royalties);
        edited |= ui::count(*this, "Individual subscribers", "publishing.offering.subscribers.individual",
                            &offering.subscribers.individual);
        edited |= ui::count(*this, "Family subscribers", "publishing.offering.subscribers.family",
                            &offering.subscribers.family);
        edited |= ui::count(*this, "Student subscribers", "publishing.offering.subscribers.student",
                            &offering.subscribers.student);
        edited |=
            ui::count(*this, "All plays on the service", "publishing.offering.plays.total", &offering.plays.total);
        edited |=
            ui::count(*this, "Plays of this song", "publishing.offering.work_plays.total", &offering.work_plays.total);
        edited |= ui::count(*this, "The song's playing time (seconds)", "publishing.offering.work_duration_seconds",
                            &offering.work_duration_seconds);
        ui::note("Over 5:00, each play counts as more than one (37 CFR 385.21(c)); 0 = not given.");
    }
    ui::heading("Collection");
    edited |= ui::percent(*this, "PRO commission", "publishing.collection.pro_commission",
                          &publishing.collection.pro_commission_ppm);
    edited |= ui::percent(*this, "MLC commission", "publishing.collection.mlc_commission",
                          &publishing.collection.mlc_commission_ppm);

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
        if (!publishing.equal_shares)
            edited |= ui::percent(*this, "Share of the song", path + ".share", &writer.share_ppm);
        edited |= enum_choice(*this, "Deal", path + ".deal", &writer.deal, publishing_deal_labels);
        if (writer.deal != DealType::self_published)
            edited |= ui::text(*this, "Publisher", path + ".publisher", &writer.publisher);
        if (writer.deal == DealType::administration)
            edited |= ui::percent(*this, "Admin fee", path + ".admin_fee", &writer.admin_fee_ppm);
        if (writer.deal != DealType::self_published)
            edited |= ui::money(*this, "Unrecouped advance ($)", path + ".advance", &writer.advance);
        if (publishing.writers.size() > 1 && remove_row(*this, publishing.writers, i, path)) return;
        ImGui::PopID();
    }
    if (edited) state_.commit_edit();
}

void App::draw_publishing_results() {
    const PublishingResult& publishing = state_.result().publishing;
    ui::heading("The song's publishing money");
    ui::value_row("Performance + mechanical", format_usd(publishing.publishing_total));
    ui::value_row("Performance (PROs)", format_usd(publishing.split.income.performance));
    ui::value_row("Mechanical (MLC)", format_usd(publishing.split.income.mechanical));
    if (publishing.offering) {
        const OfferingResult& o = *publishing.offering;
        ui::value_row("All-in pool", format_usd(o.all_in_pool) + (o.prong == AllInProng::headline
                                                                      ? " (set by the share-of-revenue rule)"
                                                                      : " (set by the share-of-label-payments rule)"));
        ui::value_row("Mechanical pool",
                      format_usd(o.payable_pool) + (o.floor_binds ? " (the per-play minimum applies)" : ""));
    }
    std::vector<charts::Segment> segments;
    std::vector<std::vector<std::string>> rows{{"Writer", "Share", "Deal", "Paid", "Unrecouped"}};
    for (const WriterPayout& writer : publishing.split.writers) {
        segments.push_back({writer.name, writer.paid});
        rows.push_back({writer.name, format_percent(writer.share_ppm),
                        publishing_deal_labels[static_cast<std::size_t>(writer.deal)], format_usd(writer.paid),
                        format_usd(writer.unrecouped)});
    }
    for (const PublisherPayout& publisher : publishing.split.publishers)
        segments.push_back({publisher.name, publisher.total});
    segments.push_back({"PRO + MLC commission", publishing.split.pro_commission + publishing.split.mlc_commission});
    ui::heading("Who gets it");
    charts::stacked_bar("publishing_bar", segments);
    remember_item("publishing_bar");
    text_table("writers_table", rows);
    if (!state_.result().publishing_by_year.empty()) {
        ui::heading(("Phonorecords headline rate by year, at " +
                     format_count(state_.result().publishing_quick.streams) + " streams")
                        .c_str());
        std::vector<charts::Bar> bars;
        for (const YearEstimate& year : state_.result().publishing_by_year)
            bars.push_back({std::to_string(year.rate.year), year.publishing_total,
                            format_percent(year.rate.rate_ppm) + " of service revenue, " + year.rate.proceeding,
                            year.rate.year == state_.scenario().publishing_quick.year, ""});
        charts::bars("year_bars", bars);
        remember_item("year_bars");
    }
}

}  // namespace dealsheet::app
