// Internal: the field descriptions of every terms struct (fields.hpp explains the form). The JSON names
// are the scenario format (docs/scenario-format.md); the short keys are the link format's, frozen once
// released: never rename or reuse one. Short keys need only be unique within their object.
#pragma once

#include "dealsheet/offers.hpp"
#include "dealsheet/publishing.hpp"
#include "dealsheet/release.hpp"
#include "dealsheet/scenario.hpp"
#include "format/fields.hpp"

namespace dealsheet {

// [SECTION] Publishing

template <class V>
void describe(V& v, QuickEstimateTerms& t) {
    v.field("streams", "s", t.streams);  // null: the release's streams × us_share
    v.field("year", "y", t.year);
    v.field("revenue_per_stream", "r", t.revenue_per_stream);
    v.percent("us_share", "u", t.us_share_ppm);
    v.percent("rate", "h", t.rate_ppm);  // null: the statutory headline rate
}

template <class V>
void describe(V& v, Subscribers& t) {
    v.field("individual", "i", t.individual);
    v.field("family", "f", t.family);
    v.field("student", "s", t.student);
}

template <class V>
void describe(V& v, SubscriberWeights& t) {
    v.ratio("individual", "i", t.individual_ppm);
    v.ratio("family", "f", t.family_ppm);
    v.ratio("student", "s", t.student_ppm);
}

template <class V>
void describe(V& v, Plays& t) {
    v.field("total", "t", t.total);
    v.field("promotional", "p", t.promotional);
    v.field("free_trial", "f", t.free_trial);
}

template <class V>
void describe(V& v, OfferingTerms& t) {
    v.field("year", "y", t.year);
    v.choice("type", "t", t.type);
    v.money("service_revenue", "r", t.service_revenue);
    v.percent("music_share", "m", t.music_share_ppm);
    v.money("music_standalone_price", "a", t.music_standalone_price);
    v.money("other_standalone_price", "o", t.other_standalone_price);
    v.money("payments_to_labels", "l", t.payments_to_labels);
    v.money("performance_royalties", "p", t.performance_royalties);
    v.object("subscribers", "s", t.subscribers);
    v.object("subscriber_weights", "w", t.subscriber_weights);
    v.object("plays", "n", t.plays);
    v.object("work_plays", "k", t.work_plays);
    v.field("work_duration_seconds", "d", t.work_duration_seconds);
}

template <class V>
void describe(V& v, CollectionTerms& t) {
    v.percent("pro_commission", "p", t.pro_commission_ppm);
    v.percent("mlc_commission", "m", t.mlc_commission_ppm);
}

template <class V>
void describe(V& v, WriterTerms& t) {
    v.field("name", "n", t.name);
    v.field("publisher", "p", t.publisher);
    v.percent("share", "s", t.share_ppm);
    v.choice("deal", "d", t.deal);
    v.percent("admin_fee", "f", t.admin_fee_ppm);
    v.choice("admin_fee_base", "b", t.admin_fee_base);
    v.money("advance", "a", t.advance);
}

// [SECTION] Master side: streaming, deal, answers, splits

template <class V>
void describe(V& v, StreamCurve& t) {
    v.choice("shape", "h", t.shape);
    v.field("total", "t", t.total);
    v.field("first_month", "f", t.first_month);
    v.percent("decay", "d", t.decay_ppm);
    v.field("months", "m", t.months);
    v.values("monthly", "l", t.monthly, static_cast<size_t>(max_stream_months));
}

template <class V>
void describe(V& v, PlatformStreams& t) {
    v.choice("platform", "p", t.platform);
    v.object("streams", "s", t.streams);
    v.money("payout_per_1000", "r", t.payout_per_1000);
}

template <class V>
void describe(V& v, SubscriberGroup& t) {
    v.field("subscribers", "n", t.subscribers);
    v.money("payment", "p", t.payment);
    v.values("streams", "s", t.streams, max_pool_tracks);
}

template <class V>
void describe(V& v, PoolTerms& t) {
    v.values("tracks", "t", t.tracks, max_pool_tracks);
    v.list("groups", "g", t.groups, max_pool_groups);
    v.percent("royalty_share", "r", t.royalty_share_ppm);
    v.field("threshold", "h", t.threshold);
    v.field("threshold_streams", "s", t.threshold_streams);
}

template <class V>
void describe(V& v, RecoupableCost& t) {
    v.choice("kind", "k", t.kind);
    v.money("amount", "a", t.amount);
    v.percent("recoupable", "r", t.recoupable_ppm);
}

template <class V>
void describe(V& v, PointsParty& t) {
    v.field("name", "n", t.name);
    v.choice("role", "r", t.role);
    v.percent("points", "p", t.points_ppm);
    v.field("tracks_on", "o", t.tracks_on);
    v.field("tracks_total", "t", t.tracks_total);
    v.money("advance", "a", t.advance);
    v.choice("convention", "c", t.convention);
}

template <class V>
void describe(V& v, RecordingTerms& t) {
    v.choice("type", "t", t.type);
    v.percent("royalty_rate", "r", t.royalty_rate_ppm);
    v.percent("profit_share", "p", t.profit_share_ppm);
    v.percent("distribution_fee", "d", t.distribution_fee_ppm);
    v.field("established_artist", "e", t.established_artist);
    v.list("costs", "c", t.costs, max_recoupable_costs);
    v.list("points", "x", t.points, max_points_parties);
    v.choice("party_advances", "a", t.party_advances);
    v.choice("profit_points", "b", t.profit_points);
}

template <class V>
void describe(V& v, FeeChoice& t) {
    v.field("party", "p", t.party);
    v.money("fee_full", "f", t.fee_full);
    v.money("fee_reduced", "r", t.fee_reduced);
}

template <class V>
void describe(V& v, DistributorTerms& t) {
    v.choice("name", "n", t.distributor);
    v.money("annual_fee", "f", t.annual_fee);
    v.percent("commission", "c", t.commission_ppm);
    v.field("releases", "r", t.releases);
}

template <class V>
void describe(V& v, Collaborator& t) {
    v.field("name", "n", t.name);
    v.percent("share", "s", t.share_ppm);
    v.money("recoup_first", "r", t.recoup_first);
}

template <class V>
void describe(V& v, ContentIdTerms& t) {
    v.money("revenue_per_year", "y", t.revenue_per_year);
    v.money("yearly_fee", "f", t.yearly_fee);
}

template <class V>
void describe(V& v, SplitTerms& t) {
    v.object("distributor", "d", t.distributor);
    v.list("collaborators", "c", t.collaborators, max_collaborators);
    v.choice("recoup_order", "o", t.recoup_order);
    v.object("content_id", "y", t.content_id);
}

template <class V>
void describe(V& v, OtherAccount& t) {
    v.field("name", "n", t.name);
    v.money("recoupable", "r", t.recoupable);
    v.money("earned", "e", t.earned);
}

// [SECTION] Offers compared

template <class V>
void describe(V& v, Offer& t) {
    v.field("name", "n", t.name);
    v.money("fee", "f", t.fee);
    v.money("advance", "a", t.advance);
    v.percent("points", "p", t.points_ppm);
    v.field("record_one", "o", t.record_one);
}

template <class V>
void describe(V& v, OutcomeTerms& t) {
    v.choice("kind", "k", t.kind);
    v.money("dollars_per_1000", "r", t.dollars_per_1000);
    v.field("median", "m", t.median);
    v.ratio("sigma", "s", t.sigma_ppm);
    v.field("x_min", "x", t.x_min);
    v.ratio("alpha", "a", t.alpha_ppm);
    v.field("cap", "h", t.cap);
    v.field("streams", "n", t.streams);
    v.percent("pays_chance", "c", t.pays_chance_ppm);
    v.percent("community_chance", "q", t.community_chance_ppm);
    v.choice("report", "y", t.report);
    v.choice("population", "u", t.population);
    v.percent("never_streams", "z", t.never_streams_ppm);
}

template <class V>
void describe(V& v, CompareTerms& t) {
    v.field("party", "p", t.party);
    v.list("offers", "o", t.offers, max_offers);
    v.money("target", "t", t.target);
    v.object("outcomes", "d", t.outcomes);
}

// [SECTION] The scenario

template <class V>
void describe(V& v, Scenario& s) {
    v.field("title", "t", s.title);
    v.group("publishing", "p", [&](auto& g) {
        g.object("quick", "q", s.publishing_quick);
        g.choice("method", "m", s.publishing.method);
        g.object("offering", "o", s.publishing.offering);
        g.percent("performance_share", "ps", s.publishing.performance_share_ppm);
        g.object("collection", "c", s.publishing.collection);
        g.field("equal_shares", "e", s.publishing.equal_shares);
        g.list("writers", "w", s.publishing.writers, max_writers);
    });
    v.group("streaming", "s", [&](auto& g) {
        g.choice("model", "m", s.release.revenue_model);
        g.list("platforms", "p", s.release.streaming.platforms, max_platform_entries);
        g.object("pool", "o", s.release.pool);
        g.choice("pool_method", "k", s.release.pool_method);
    });
    v.choice("route", "o", s.release.route);
    v.object("recording", "r", s.release.recording);
    v.group("answers", "a", [&](auto& g) {  // AnswerTerms, with its model and N following the streams by default
        g.money("receipts_per_1000_streams", "r", s.release.answers_receipts_per_1000);
        g.field("streams", "s", s.release.answers_streams);
        g.list("fee_choices", "f", s.release.answers.fee_choices, max_points_parties);
    });
    v.object("splits", "x", s.release.splits);
    v.group("accounts", "c", [&](auto& g) {
        g.field("crossed", "x", s.release.cross_collateralized);
        g.list("others", "o", s.release.other_accounts, max_other_accounts);
    });
    v.object("compare", "v", s.compare);
}

}  // namespace dealsheet
