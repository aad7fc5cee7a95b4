// Tests for dealsheet/share.hpp: party totals conserve every side's money, the listener's dollar sums to $1,
// curves agree with the break-even answers, and the Markdown and CSV forms carry the exact numbers.
#include <catch2/catch.hpp>

#include <string>

#include "dealsheet/deal_answers.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/release.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"

using namespace dealsheet;

namespace {

struct Loaded {
    Scenario scenario;
    ScenarioResult result;
};

Loaded load_preset(const char* name) {
    const EmbeddedFile* file = find_preset(name);
    REQUIRE(file != nullptr);
    Result<Scenario> scenario = scenario_from_json(file->text);
    REQUIRE(scenario.ok());
    Result<ScenarioResult> result = calculate(scenario.value());
    REQUIRE(result.ok());
    return {scenario.value(), result.value()};
}

Micros side_total(const std::vector<PartyTotal>& parties, MoneySide side) {
    Micros sum = 0;
    for (const PartyTotal& party : parties)
        if (party.side == side) sum += party.amount;
    return sum;
}

const PartyTotal& find_party(const std::vector<PartyTotal>& parties, const std::string& name) {
    for (const PartyTotal& party : parties)
        if (party.party == name) return party;
    FAIL("no party " << name);
    return parties.front();
}

}  // namespace

TEST_CASE("party totals: 3 of 18 points on $4,000 (domain notes §4) and conservation per side", "[share]") {
    const Loaded loaded = load_preset("producer-3-of-18-points");
    const std::vector<PartyTotal> parties = party_totals(loaded.scenario, loaded.result);
    // $4,000 × 18% = $720 artist royalty; producer 3/18 = $120; artist keeps $600; label $4,000 − $720 = $3,280.
    CHECK(find_party(parties, "Artist").amount == 600'000'000);
    CHECK(find_party(parties, "Producer").amount == 120'000'000);
    CHECK(find_party(parties, "Label").amount == 3'280'000'000);
    CHECK(side_total(parties, MoneySide::recording) == loaded.result.release.master_total);
    // Publishing: $1,393.53 (Billboard 2025); the PRO keeps 10% of the $696.76 performance half = $69.68.
    CHECK(side_total(parties, MoneySide::publishing) == loaded.result.publishing.publishing_total);
    CHECK(to_cents(find_party(parties, "PRO commission").amount) == 6968);
}

TEST_CASE("party totals conserve money on every preset", "[share]") {
    for (const EmbeddedFile& file : presets()) {
        INFO(file.name);
        const Loaded loaded = load_preset(std::string(file.name).c_str());
        const std::vector<PartyTotal> parties = party_totals(loaded.scenario, loaded.result);
        CHECK(side_total(parties, MoneySide::recording) == loaded.result.release.master_total);
        CHECK(side_total(parties, MoneySide::publishing) == loaded.result.publishing.publishing_total);
        for (const PartyTotal& party : parties) CHECK(party.amount >= 0);
    }
}

TEST_CASE("the listener's dollar: 33¢ / 52¢ / 15¢, each side split exactly", "[share]") {
    const Loaded loaded = load_preset("producer-3-of-18-points");
    const MoneyFlow flow = listener_dollar_flow(loaded.scenario, loaded.result);
    REQUIRE(flow.nodes.size() >= 4);
    CHECK(flow.nodes[0].per_dollar == 1'000'000);
    CHECK(flow.nodes[1].per_dollar == 330'000);
    CHECK(flow.nodes[2].per_dollar == 520'000);
    CHECK(flow.nodes[3].per_dollar == 150'000);
    Micros recording = 0, publishing = 0;
    for (const FlowNode& node : flow.nodes) {
        if (node.parent == 2) recording += node.per_dollar;
        if (node.parent == 3) publishing += node.per_dollar;
    }
    CHECK(recording == 520'000);
    CHECK(publishing == 150'000);
    // The artist's $600 of $4,000 is 15% of the recording side's 52¢: 7.8¢.
    bool found = false;
    for (const FlowNode& node : flow.nodes)
        if (node.name == "Artist") {
            CHECK(node.per_dollar == 78'000);
            CHECK(node.amount == 600'000'000);  // the scenario's money behind the box
            found = true;
        }
    CHECK(flow.nodes[2].amount == loaded.result.release.master_total);
    CHECK(found);
    CHECK(flow.assumptions.size() == 3);
}

TEST_CASE("curves: non-decreasing, and the first paid point matches the break-even answer", "[share]") {
    const Loaded loaded = load_preset("recoupment-unrecouped");
    const Result<PayoutCurves> curves = payout_curves(loaded.scenario, loaded.result, 50);
    REQUIRE(curves.ok());
    const PayoutCurves& c = curves.value();
    REQUIRE(c.streams.size() == 50);
    CHECK(c.streams.front() == 0);
    for (const CurveSeries& series : c.series) {
        REQUIRE(series.amounts.size() == 50);
        for (std::size_t i = 1; i < series.amounts.size(); ++i) CHECK(series.amounts[i] >= series.amounts[i - 1]);
    }
    const DealAnswers& answers = *loaded.result.release.answers;
    if (answers.artist_recoups_at_streams) {
        // Below the recoupment point the artist is paid nothing.
        for (std::size_t i = 0; i < c.streams.size(); ++i)
            if (c.streams[i] < *answers.artist_recoups_at_streams) CHECK(c.series[0].amounts[i] == 0);
    }
    CHECK(c.markers.back().label == "Your streams");
    CHECK_FALSE(payout_curves(loaded.scenario, loaded.result, 1).ok());
    CHECK(payout_curves(loaded.scenario, loaded.result, 1).problems().front().field == "points");
}

TEST_CASE("curves: every point is the full engine's lifetime payout at that stream count, on every preset", "[share]") {
    int checked = 0;
    for (const EmbeddedFile& file : presets()) {
        INFO(file.name);
        const Loaded loaded = load_preset(std::string(file.name).c_str());
        const Result<PayoutCurves> curves = payout_curves(loaded.scenario, loaded.result, 25);
        REQUIRE(curves.ok());
        const PayoutCurves& c = curves.value();
        if (c.series.empty()) continue;
        const ReleaseResult& release = loaded.result.release;
        const std::int64_t total =
            release.streaming ? release.streaming->streams : release.pool->tracks.front().streams;
        const AnswerTerms answers = effective_answer_terms(loaded.scenario.release, total, release.master_total);
        CHECK(release.streams == total);  // derived once in the result, the same as counted here
        CHECK(release.answer_terms.model.receipts_per_1000_streams == answers.model.receipts_per_1000_streams);
        CHECK(release.answer_terms.streams == answers.streams);
        for (std::size_t i = 0; i < c.streams.size(); ++i) {
            const Result<RecordingResult> full =
                totals_at_streams(loaded.scenario.release.recording, answers.model, c.streams[i]);
            REQUIRE(full.ok());
            CHECK(c.series[0].amounts[i] == full.value().artist.paid_total);
            for (std::size_t p = 0; p < full.value().parties.size(); ++p)
                CHECK(c.series[p + 1].amounts[i] == full.value().parties[p].ledger.paid_total);
            ++checked;
        }
    }
    CHECK(checked >= 5 * 25);  // at least five label-deal presets
}

TEST_CASE("curves are empty for a self-released scenario", "[share]") {
    const Loaded loaded = load_preset("self-released-distrokid-split");
    const Result<PayoutCurves> curves = payout_curves(loaded.scenario, loaded.result);
    REQUIRE(curves.ok());
    CHECK(curves.value().series.empty());
}

TEST_CASE("Markdown summary: a table with exact amounts, escaped cells and the link", "[share]") {
    Loaded loaded = load_preset("producer-3-of-18-points");
    loaded.scenario.title = "3 points | or a fee?";
    const std::string md = summary_markdown(loaded.scenario, loaded.result, "https://example.org/#s=1.e30");
    CHECK(md.find("**3 points \\| or a fee?**") == 0);
    CHECK(md.find("| Side | Party | Paid | Note |\n|---|---|---:|---|\n") != std::string::npos);
    CHECK(md.find("| Recording | Producer | $120.00 |") != std::string::npos);
    CHECK(md.find("| Recording | Artist | $600.00 |") != std::string::npos);
    CHECK(md.find("[Open this scenario in Dealsheet](https://example.org/#s=1.e30)") != std::string::npos);
}

TEST_CASE("CSV: RFC 4180 quoting, CRLF, plain dollar amounts", "[share]") {
    Loaded loaded = load_preset("producer-3-of-18-points");
    loaded.scenario.release.recording.points[0].name = "Dre, \"the\" producer";
    loaded.result = calculate(loaded.scenario).value();
    const std::string csv = payouts_csv(loaded.scenario, loaded.result);
    CHECK(csv.rfind("side,party,role,amount_usd,note\r\n", 0) == 0);
    CHECK(csv.find("Recording,\"Dre, \"\"the\"\" producer\",producer,120.00,\r\n") != std::string::npos);
    CHECK(csv.find("Recording,Label,label,3280.00,") != std::string::npos);
    CHECK(csv.find("Publishing,PRO commission,collection,69.68,\r\n") != std::string::npos);
}

TEST_CASE("summary text names every recording party and the publishing total", "[share]") {
    const Loaded loaded = load_preset("producer-3-of-18-points");
    const std::string text = summary_text(loaded.scenario, loaded.result);
    CHECK(text.find("Artist: $600.00") != std::string::npos);
    CHECK(text.find("Producer: $120.00") != std::string::npos);
    CHECK(text.find("Publishing: $1,393.53") != std::string::npos);
}

TEST_CASE("user text in the Markdown summary and the payouts CSV is inert", "[share][escape]") {
    Loaded loaded = load_preset("question-self-release-split");
    loaded.scenario.title = "@here **free** [money](http://evil)";
    loaded.scenario.release.splits.collaborators[0].name = "=HYPERLINK(\"http://evil\",\"x\")";
    const ScenarioResult result = calculate(loaded.scenario).value();
    const std::string markdown = summary_markdown(loaded.scenario, result, "https://x.example/#s=1");
    CHECK(markdown.starts_with("**@\xE2\x80\x8Bhere \\*\\*free\\*\\* \\[money\\](http://evil)**\n"));
    CHECK(markdown.find("| Recording | =HYPERLINK(\"http://evil\",\"x\") |") != std::string::npos);
    const std::string csv = payouts_csv(loaded.scenario, result);
    CHECK(csv.find("\r\nRecording,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",collaborator,1600.00,") !=
          std::string::npos);
}
