// Index of this file
// [SECTION] Every party's money
// [SECTION] The listener's dollar
// [SECTION] Payout-vs-streams curves
// [SECTION] Text, Markdown and CSV
// [SECTION] Escaping user text (one place for each destination)
#include "dealsheet/share.hpp"

#include "engines/lean_deal.hpp"

#include <algorithm>
#include <string_view>

namespace dealsheet {

// [SECTION] Every party's money

namespace {

std::string unrecouped_note(Micros unrecouped) {
    if (unrecouped <= 0) return "";
    std::string note = format_usd(unrecouped);
    note += " still unrecouped";
    return note;
}

void add_recording_parties(const Scenario& scenario, const ReleaseResult& release, std::vector<PartyTotal>& out) {
    if (release.recording) {
        const RecordingResult& deal = *release.recording;
        std::string artist_note = unrecouped_note(deal.artist.unrecouped);
        if (release.accounts && release.accounts->crossed) {
            if (!artist_note.empty()) artist_note += "; ";
            artist_note += "crossed with other accounts: " + format_usd(release.accounts->payable) + " payable in all";
        }
        out.push_back({MoneySide::recording, "Artist", "artist", deal.artist.paid_total, artist_note});
        for (const PartyLedger& party : deal.parties)
            out.push_back({MoneySide::recording, party.name, std::string(to_string(party.role)),
                           party.ledger.paid_total, unrecouped_note(party.ledger.unrecouped)});
        out.push_back({MoneySide::recording, "Label", "label", deal.label_retained,
                       "retains this; it paid " + format_usd(deal.costs_paid) + " in costs and advances"});
        return;
    }
    if (release.splits) {
        const SplitPeriod& total = release.splits->total;
        const SplitTerms& terms = scenario.release.splits;
        for (std::size_t i = 0; i < total.collaborators.size() && i < terms.collaborators.size(); ++i) {
            const Collaborator& who = terms.collaborators[i];
            out.push_back({MoneySide::recording, who.name.empty() ? "Collaborator " + std::to_string(i + 1) : who.name,
                           "collaborator", total.collaborators[i],
                           who.recoup_first > 0 ? "recoups " + format_usd(who.recoup_first) + " first" : ""});
        }
        out.push_back(
            {MoneySide::recording, "Uploader", "uploader", total.uploader,
             total.fee_unrecovered > 0 ? format_usd(total.fee_unrecovered) + " of fees not yet covered" : ""});
        const std::string distributor(distributor_row(terms.distributor.distributor).name);
        out.push_back({MoneySide::recording, distributor + " commission", "distributor", total.commission, ""});
        out.push_back({MoneySide::recording, distributor + " fee", "distributor", total.fee_recovered, ""});
    }
}

void add_publishing_parties(const PublishingResult& publishing, std::vector<PartyTotal>& out) {
    const PublishingSplit& split = publishing.split;
    out.push_back({MoneySide::publishing, "PRO commission", "collection", split.pro_commission, ""});
    out.push_back({MoneySide::publishing, "MLC commission", "collection", split.mlc_commission, ""});
    for (const WriterPayout& writer : split.writers)
        out.push_back({MoneySide::publishing, writer.name, "writer", writer.paid, unrecouped_note(writer.unrecouped)});
    for (const PublisherPayout& publisher : split.publishers)
        out.push_back({MoneySide::publishing, publisher.name, "publisher", publisher.total,
                       publisher.recouped > 0 ? format_usd(publisher.recouped) + " of it recoups advances" : ""});
}

}  // namespace

std::vector<PartyTotal> party_totals(const Scenario& scenario, const ScenarioResult& result) {
    std::vector<PartyTotal> out;
    add_recording_parties(scenario, result.release, out);
    add_publishing_parties(result.publishing, out);
    return out;
}

// [SECTION] The listener's dollar

namespace {

// Splits `parent`'s share among `parties` of `side` in proportion to their amounts.
void add_side(MoneyFlow& flow, int parent, const std::vector<PartyTotal>& parties, MoneySide side) {
    std::vector<const PartyTotal*> members;
    std::vector<std::int64_t> weights;
    for (const PartyTotal& party : parties)
        if (party.side == side && party.amount > 0) {
            members.push_back(&party);
            weights.push_back(party.amount);
        }
    const Micros share = flow.nodes[static_cast<std::size_t>(parent)].per_dollar;
    if (members.empty()) {
        flow.nodes.push_back({"Nothing earned yet", share, parent, 2, 0});
        return;
    }
    const std::vector<Micros> parts = allocate(share, weights);
    for (std::size_t i = 0; i < members.size(); ++i)
        flow.nodes.push_back({members[i]->party, parts[i], parent, 2, members[i]->amount});
}

}  // namespace

MoneyFlow listener_dollar_flow(const Scenario& scenario, const ScenarioResult& result) {
    MoneyFlow flow;
    const Micros dollar = micros_per_unit;
    const Micros recording = mul_div_round(dollar, listener_recording_share_ppm, full_share_ppm);
    const Micros publishing = mul_div_round(dollar, listener_publishing_share_ppm, full_share_ppm);
    flow.nodes.push_back({"Listener's $1", dollar, -1, 0});
    flow.nodes.push_back({"Service keeps", dollar - recording - publishing, 0, 1});
    flow.nodes.push_back({"Recording side", recording, 0, 1, result.release.master_total});
    flow.nodes.push_back({"Publishing side", publishing, 0, 1, result.publishing.publishing_total});
    const std::vector<PartyTotal> parties = party_totals(scenario, result);
    add_side(flow, 2, parties, MoneySide::recording);
    add_side(flow, 3, parties, MoneySide::publishing);
    flow.assumptions = {
        {"Recording side of a listener's dollar", format_percent(listener_recording_share_ppm),
         "Apple Music's headline rate to labels, illustrative", "[S]", "2024-12-31"},
        {"Publishing side of a listener's dollar", format_percent(listener_publishing_share_ppm),
         "UK CMA music streaming market study, illustrative", "[P]", "2022-11-29"},
        {"Split of each side", "in proportion to what each party is paid in this scenario",
         "derived from the scenario's result", "[D]", ""},
    };
    return flow;
}

// [SECTION] Payout-vs-streams curves

namespace {

// A round number at or above `value` (1, 2, 2.5, 5 × a power of ten): an axis that reads well.
std::int64_t round_up_nicely(std::int64_t value) {
    if (value <= 10) return 10;
    std::int64_t power = 1;
    while (power <= value / 10) power *= 10;
    for (const std::int64_t step : {1, 2, 5, 10}) {
        if (power * step >= value) return power * step;
        if (step == 2 && power * 25 / 10 >= value) return power * 25 / 10;
    }
    return power * 10;
}

}  // namespace

Result<PayoutCurves> payout_curves(const Scenario& scenario, const ScenarioResult& result, int points) {
    if (points < 2 || points > 400)
        return Problems{{"points", "must be 2 to 400 (got " + std::to_string(points) + ")"}};
    PayoutCurves curves;
    const ReleaseResult& release = result.release;
    if (!release.answers || scenario.release.route != ReleaseRoute::label_deal) return curves;
    const AnswerTerms& answers = release.answer_terms;
    const DealAnswers& found = *release.answers;
    const RecordingTerms& terms = scenario.release.recording;

    // The range shows N and every break-even within 20 × N (further ones would flatten the curves to nothing).
    const std::int64_t n = std::max<std::int64_t>(answers.streams, 1'000);
    std::int64_t reach = n;
    std::vector<CurveMarker> markers;
    auto consider = [&](const std::string& label, const std::optional<std::int64_t>& streams) {
        if (!streams || *streams <= 0 || *streams > n * 20) return;
        reach = std::max(reach, *streams);
        markers.push_back({label, *streams});
    };
    consider("Artist recoups", found.artist_recoups_at_streams);
    for (std::size_t i = 0; i < found.party_paid_from_streams.size() && i < terms.points.size(); ++i)
        consider(terms.points[i].name + " first paid", found.party_paid_from_streams[i]);
    const std::int64_t top = std::min(round_up_nicely(reach + reach / 10), answer_max_streams);

    for (int i = 0; i < points; ++i) curves.streams.push_back(mul_div_round(top, i, points - 1));
    curves.series.push_back({"Artist", {}});
    for (const PointsParty& party : terms.points) curves.series.push_back({party.name, {}});
    // Checked once at the top of the range (terms, model, streams); every point is then the lean evaluation,
    // numbers only and to the micro-unit the same as totals_at_streams (lean_deal.hpp): the curves are redrawn
    // on every edit, and the full engine at each point cost most of an edit's time in the browser.
    if (Result<RecordingResult> checked = totals_at_streams(terms, answers.model, top); !checked.ok())
        return checked.problems();
    const detail::LeanDeal deal(terms);
    for (const std::int64_t streams : curves.streams) {
        const Micros receipts = receipts_for_streams(streams, answers.model);
        curves.series[0].amounts.push_back(detail::lean_artist_paid(deal, receipts));
        for (std::size_t p = 0; p < terms.points.size(); ++p)
            curves.series[p + 1].amounts.push_back(detail::lean_party_paid(deal, receipts, p));
    }
    markers.push_back({"Your streams", answers.streams});
    curves.markers = std::move(markers);
    return curves;
}

// [SECTION] Text, Markdown and CSV

namespace {

// The key answers of a label deal, one sentence each.
std::vector<std::string> key_answers(const Scenario& scenario, const ScenarioResult& result) {
    std::vector<std::string> lines;
    const ReleaseResult& release = result.release;
    if (!release.answers) return lines;
    const DealAnswers& answers = *release.answers;
    lines.push_back("The artist recoups at " + format_streams_or_never(answers.artist_recoups_at_streams) + ".");
    const std::vector<PointsParty>& points = scenario.release.recording.points;
    for (std::size_t i = 0; i < answers.party_paid_from_streams.size() && i < points.size(); ++i)
        lines.push_back(points[i].name + " is first paid at " +
                        format_streams_or_never(answers.party_paid_from_streams[i]) + ".");
    for (const FeeAnswer& fee : answers.fees) {
        const std::string who = fee.choice.party < points.size() ? points[fee.choice.party].name : "The party";
        lines.push_back(who + "'s points beat the " + format_usd(fee.fee_difference) + " fee difference at " +
                        format_streams_or_never(fee.break_even_streams) + ".");
    }
    return lines;
}

std::string dollars_plain(Micros amount) {  // 1234.5 → "1234.50": no symbol or grouping, for spreadsheets
    const std::int64_t cents = to_cents(amount);
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    const std::int64_t whole = magnitude / 100, rest = magnitude % 100;
    std::string text = cents < 0 ? "-" : "";
    text += std::to_string(whole);
    text += '.';
    if (rest < 10) text += '0';
    text += std::to_string(rest);
    return text;
}

std::string_view side_name(MoneySide side) { return side == MoneySide::recording ? "Recording" : "Publishing"; }

}  // namespace

std::string summary_text(const Scenario& scenario, const ScenarioResult& result) {
    std::string text;
    if (!scenario.title.empty()) text += scenario.title + ". ";
    const std::int64_t streams = result.release.streams;
    text += format_count(streams) + " streams earn " + format_usd(result.release.master_total) + " on the master side";
    text += result.release.recording ? " under the label deal. " : ", self-released. ";
    for (const PartyTotal& party : party_totals(scenario, result)) {
        if (party.side != MoneySide::recording) continue;
        text += party.party + ": " + format_usd(party.amount);
        if (!party.note.empty()) text += " (" + party.note + ")";
        text += ". ";
    }
    for (const std::string& line : key_answers(scenario, result)) text += line + " ";
    text += "Publishing: " + format_usd(result.publishing.publishing_total) +
            " in performance and mechanical royalties. Estimates: the app lists every assumption with its source.";
    return text;
}

std::string summary_markdown(const Scenario& scenario, const ScenarioResult& result, const std::string& link) {
    std::string md =
        "**" + escape_markdown(scenario.title.empty() ? std::string("Dealsheet scenario") : scenario.title) + "**\n\n";
    md += "| Side | Party | Paid | Note |\n|---|---|---:|---|\n";
    for (const PartyTotal& party : party_totals(scenario, result))
        md += "| " + std::string(side_name(party.side)) + " | " + escape_markdown(party.party) + " | " +
              format_usd(party.amount) + " | " + escape_markdown(party.note) + " |\n";
    md += "\n";
    for (const std::string& line : key_answers(scenario, result)) md += "- " + escape_markdown(line) + "\n";
    md += "- Master revenue " + format_usd(result.release.master_total) + " from " +
          format_count(result.release.streams) + " streams; publishing " +
          format_usd(result.publishing.publishing_total) + ".\n";
    md += "- Estimates, not advice: see the assumptions and sources in the app.\n";
    if (!link.empty()) md += "\n[Open this scenario in Dealsheet](" + escape_link(link) + ")\n";
    return md;
}

std::string payouts_csv(const Scenario& scenario, const ScenarioResult& result) {
    std::string csv = "side,party,role,amount_usd,note\r\n";
    for (const PartyTotal& party : party_totals(scenario, result))
        csv += std::string(side_name(party.side)) + "," + csv_cell(party.party) + "," + party.role + "," +
               dollars_plain(party.amount) + "," + csv_cell(party.note) + "\r\n";
    return csv;
}

// [SECTION] Escaping user text (one place for each destination)

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '\\':
            case '*':
            case '_':
            case '~':
            case '`':
            case '|':
            case '>':
            case '#':
            case '[':
            case ']':
            case '<':
                out += '\\';
                out += c;
                break;
            case '\n':
            case '\r': out += ' '; break;
            case '@': out += "@\xE2\x80\x8B"; break;  // U+200B ZERO WIDTH SPACE: "@everyone" no longer pings
            default: out += c;
        }
    }
    return out;
}

std::string escape_link(std::string_view link) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : link) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`') {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        } else {
            out += c;
        }
    }
    return out;
}

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() &&
        (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r'))
        cell += '\'';  // a spreadsheet shows the text instead of running it as a formula
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace dealsheet
