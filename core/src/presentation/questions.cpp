// Index of this file
// [SECTION] Names
// [SECTION] Inputs (tables)
// [SECTION] Inputs read and written through the scenario's JSON
// [SECTION] Display helpers (short streams, cents that add up, shares that add up)
// [SECTION] The six answers
// [SECTION] Chat text, CSV, file name
#include "dealsheet/questions.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"
#include "foundation/text.hpp"

namespace dealsheet {

using detail::cat;

// [SECTION] Names

std::string_view to_string(Question question) {
    const auto index = static_cast<std::size_t>(question);
    return index < question_names.size() ? question_names[index].key : std::string_view{};
}

std::optional<Question> parse_question(std::string_view key) {
    for (const QuestionName& name : question_names)
        if (name.key == key) return name.question;
    return std::nullopt;
}

const QuestionName& question_name(Question question) { return question_names[static_cast<std::size_t>(question)]; }

std::string_view to_string(InputUnit unit) { return detail::enum_name(unit, input_unit_names); }
std::string_view to_string(Keyboard keyboard) { return detail::enum_name(keyboard, keyboard_names); }

// [SECTION] Inputs (tables)

namespace {

constexpr double most_money = 1e9;       // dollars: far above any deal these questions are about
constexpr double most_streams = 1e11;    // answer_max_streams
constexpr double stream_step = 100'000;  // one tap: a tenth of a million streams

constexpr std::array<InputChoice, 3> convention_choices{{
    {"record_one", "From the first stream, once their own advance is earned back"},
    {"retroactive_combined_rate", "Once the artist's recording costs are earned back, then back to the first stream"},
    {"retroactive_net_rate", "The same, but counted at the artist's rate after points (later)"},
}};

constexpr std::array<InputChoice, 4> deal_choices{{
    {"self_published", "No publisher: you keep it all"},
    {"standard", "Publishing deal: the publisher keeps half"},
    {"co_publishing", "Co-publishing: the publisher keeps a quarter"},
    {"administration", "Administration: the publisher takes a fee"},
}};

constexpr QuestionInput streams_input(std::string_view path, std::string_view label, std::string_view also = {}) {
    return {path, also, label, InputUnit::streams, stream_step, 0, most_streams, Keyboard::numeric, {}, ""};
}

constexpr QuestionInput money_input(std::string_view path, std::string_view label, double step,
                                    std::string_view help = "") {
    return {path, "", label, InputUnit::money, step, 0, most_money, Keyboard::decimal, {}, help};
}

constexpr QuestionInput percent_input(std::string_view path, std::string_view label, std::string_view help = "") {
    return {path, "", label, InputUnit::percent, 1, 0, 100, Keyboard::decimal, {}, help};
}

constexpr std::array<QuestionInput, 4> fee_or_points_inputs{{
    money_input("compare.offers[0].fee", "The full fee", 500, "Paid up front and yours to keep."),
    money_input("compare.offers[1].advance", "The smaller amount up front", 500,
                "An advance: your points pay nothing until they have earned it back."),
    {"compare.offers[1].points",
     "",
     "Points with it",
     InputUnit::points,
     1,
     0,
     20,
     Keyboard::numeric,
     {},
     "A point is 1% of the record's royalty base; producers typically get 3 to 4."},
    percent_input("recording.royalty_rate", "The artist's royalty rate",
                  "Points come out of it; 15 to 20% is the rule of thumb."),
}};

constexpr std::array<QuestionInput, 4> when_paid_inputs{{
    streams_input("streaming.platforms[0].streams.total", "Streams, all services"),
    money_input("recording.costs[0].amount", "Recording costs the label paid", 1'000,
                "Charged to the artist and earned back from royalties first."),
    money_input("recording.points[0].advance", "The producer's advance", 500,
                "Earned back from the producer's own points only."),
    {"recording.points[0].convention", "", "When the producer's points start paying", InputUnit::choice, 1, 0, 2,
     Keyboard::numeric, convention_choices,
     "The deal says which; the third is the most common (MusicTechPolicy, 2012)."},
}};

constexpr std::array<QuestionInput, 3> what_streams_pay_inputs{{
    streams_input("streaming.platforms[0].streams.total", "Streams"),
    percent_input("recording.royalty_rate", "The artist's royalty rate", "15 to 20% is the rule of thumb."),
    money_input("recording.costs[0].amount", "Costs the label earns back first", 1'000,
                "Recording costs and advances: the artist is paid only after them."),
}};

constexpr std::array<QuestionInput, 3> co_writers_inputs{{
    streams_input("streaming.platforms[0].streams.total", "Streams"),
    {"publishing.writers",
     "",
     "How many writers",
     InputUnit::count,
     1,
     1,
     100,
     Keyboard::numeric,
     {},
     "Equal shares unless you set each one."},
    {"publishing.writers[0].deal", "", "The first writer's publishing deal", InputUnit::choice, 1, 0, 3,
     Keyboard::numeric, deal_choices, ""},
}};

constexpr std::array<QuestionInput, 3> self_release_split_inputs{{
    streams_input("streaming.platforms[0].streams.total", "Streams"),
    percent_input("splits.collaborators[0].share", "Their share of the split"),
    money_input("splits.collaborators[0].recoup_first", "Money they fronted, paid back first", 100,
                "Repaid before the percentages start."),
}};

constexpr std::array<QuestionInput, 4> label_deal_inputs{{
    money_input("recording.costs[0].amount", "The advance to you", 1'000,
                "Yours to keep, but earned back from your royalties."),
    money_input("recording.costs[1].amount", "Recording costs the label pays", 1'000, "Also earned back first."),
    percent_input("recording.royalty_rate", "Your royalty rate", "15 to 20% is the rule of thumb."),
    streams_input("streaming.platforms[0].streams.total", "Streams, all services"),
}};

}  // namespace

std::span<const QuestionInput> question_inputs(Question question) {
    switch (question) {
        case Question::fee_or_points: return fee_or_points_inputs;
        case Question::when_paid: return when_paid_inputs;
        case Question::what_streams_pay: return what_streams_pay_inputs;
        case Question::co_writers: return co_writers_inputs;
        case Question::self_release_split: return self_release_split_inputs;
        case Question::label_deal: return label_deal_inputs;
    }
    return {};
}

Result<Scenario> question_scenario(Question question) {
    const EmbeddedFile* file = find_preset(question_name(question).preset);
    if (file == nullptr) return Problems{{"question", cat("has no preset ", question_name(question).preset)}};
    return scenario_from_json(file->text);
}

// [SECTION] Inputs read and written through the scenario's JSON

namespace {

using nlohmann::json;

// The JSON value at `path` ("a.b[1].c") in `document`, or nullptr when any step is missing.
json* find_path(json& document, std::string_view path) {
    json* at = &document;
    while (!path.empty()) {
        const std::size_t end = path.find_first_of(".[");
        const std::string_view key = path.substr(0, end);
        if (!key.empty()) {
            if (!at->is_object() || !at->contains(key)) return nullptr;
            at = &(*at)[std::string(key)];
        }
        path = end == std::string_view::npos ? std::string_view{} : path.substr(end);
        if (path.starts_with('[')) {
            const std::size_t close = path.find(']');
            if (close == std::string_view::npos) return nullptr;
            std::size_t index = 0;
            for (const char c : path.substr(1, close - 1)) index = index * 10 + static_cast<std::size_t>(c - '0');
            if (!at->is_array() || index >= at->size()) return nullptr;
            at = &(*at)[index];
            path = path.substr(close + 1);
        }
        if (path.starts_with('.')) path = path.substr(1);
    }
    return at;
}

std::optional<double> read_value(json& document, const QuestionInput& input) {
    const json* at = find_path(document, input.path);
    if (at == nullptr) return std::nullopt;
    if (input.unit == InputUnit::count && at->is_array()) return static_cast<double>(at->size());
    if (input.unit == InputUnit::choice && at->is_string()) {
        for (std::size_t i = 0; i < input.choices.size(); ++i)
            if (input.choices[i].value == at->get<std::string>()) return static_cast<double>(i);
        return std::nullopt;
    }
    if (at->is_number()) return at->get<double>();
    return std::nullopt;
}

// Sets one path; a count on a list resizes it (new entries copy the last one, named after their place).
Problems write_value(json& document, std::string_view path, const QuestionInput& input, double value) {
    json* at = find_path(document, path);
    if (at == nullptr) return {{std::string(path), "is not in this scenario"}};
    if (input.unit == InputUnit::choice) {
        // Checked before the conversion: a NaN or huge double cannot become an index.
        if (!(value >= 0 && value < static_cast<double>(input.choices.size())) || std::floor(value) != value)
            return {{std::string(path), cat("must be one of the ", std::to_string(input.choices.size()), " options")}};
        *at = std::string(input.choices[static_cast<std::size_t>(value)].value);
    } else if (input.unit == InputUnit::count && at->is_array()) {
        if (value < 1 || value > input.max || std::floor(value) != value)
            return {{std::string(path),
                     cat("must be a whole number from 1 to ", format_count(static_cast<std::int64_t>(input.max)))}};
        const auto size = static_cast<std::size_t>(value);
        const json last = at->empty() ? json::object() : at->back();
        while (at->size() > size) at->erase(at->size() - 1);
        while (at->size() < size) {
            json entry = last;
            if (entry.contains("name")) entry["name"] = cat("Writer ", std::to_string(at->size() + 1));
            if (entry.contains("share")) entry.erase("share");
            at->push_back(std::move(entry));
        }
    } else if (input.unit == InputUnit::streams || input.unit == InputUnit::count) {
        if (!(value >= 0) || std::floor(value) != value || value > input.max)
            return {{std::string(path),
                     cat("must be a whole number from 0 to ", format_count(static_cast<std::int64_t>(input.max)))}};
        *at = static_cast<std::int64_t>(value);
    } else {
        *at = value;
    }
    return {};
}

}  // namespace

std::optional<double> input_value(const Scenario& scenario, const QuestionInput& input) {
    json document = json::parse(scenario_to_json(scenario), nullptr, false);
    return read_value(document, input);
}

Result<Scenario> with_input(const Scenario& scenario, const QuestionInput& input, double value) {
    json document = json::parse(scenario_to_json(scenario), nullptr, false);
    Problems problems = write_value(document, input.path, input, value);
    if (problems.empty() && !input.also_path.empty()) problems = write_value(document, input.also_path, input, value);
    if (!problems.empty()) return problems;
    if (input.unit == InputUnit::count) {  // a new writer list takes equal shares
        if (json* shares = find_path(document, "publishing.equal_shares"); shares != nullptr) *shares = true;
    }
    return scenario_from_json(document.dump());
}

// [SECTION] Display helpers (short streams, cents that add up, shares that add up)

namespace {

// "950,000 streams", "73.3M streams", "1.2B streams": what people say in a thread.
std::string short_streams(std::int64_t streams) {
    const auto scaled = [](std::int64_t n, std::int64_t unit, const char* suffix) {
        const std::int64_t tenths = mul_div_round(n, 10, unit);
        std::string text = format_count(tenths / 10);
        if (tenths % 10 != 0) text += cat(".", std::to_string(tenths % 10));
        return cat(text, suffix, " streams");
    };
    if (streams < 1'000'000) return cat(format_count(streams), streams == 1 ? " stream" : " streams");
    if (streams < 999'950'000) return scaled(streams, 1'000'000, "M");
    return scaled(streams, 1'000'000'000, "B");
}

std::string short_streams_or_never(const std::optional<std::int64_t>& streams) {
    return streams ? short_streams(*streams) : std::string("never (within 100 billion streams)");
}

std::string usd_cents(std::int64_t cents) { return format_usd(cents * 10'000); }

// "$15,000" for whole dollars, else "$15,000.50": amounts people typed read as they typed them.
std::string usd_short(Micros amount) {
    std::string text = format_usd(amount);
    if (text.ends_with(".00")) text.resize(text.size() - 3);
    return text;
}

Figure money_figure(std::string label, Micros amount, std::string note = "") {
    return {std::move(label), format_usd(amount), amount, std::nullopt, std::move(note)};
}

Figure streams_figure(std::string label, const std::optional<std::int64_t>& streams, std::string note = "") {
    return {std::move(label), format_streams_or_never(streams), std::nullopt, streams, std::move(note)};
}

// Money figures that are parts of one total: their cents re-rounded so the displayed parts add up.
void make_cents_add_up(std::vector<Figure>& figures, std::size_t first, Micros total) {
    std::vector<Micros> amounts;
    for (std::size_t i = first; i < figures.size(); ++i) amounts.push_back(figures[i].amount.value_or(0));
    const std::vector<std::int64_t> cents = displayed_cents(amounts, total);
    for (std::size_t i = first; i < figures.size(); ++i) figures[i].value = usd_cents(cents[i - first]);
}

// "Alice, Bob and Carol".
std::string join_and(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

}  // namespace

std::vector<std::int64_t> displayed_share_bp100(std::span<const std::int64_t> weights_ppm) {
    const std::int64_t sum = std::accumulate(weights_ppm.begin(), weights_ppm.end(), std::int64_t{0});
    if (sum == 0) return std::vector<std::int64_t>(weights_ppm.size(), 0);
    return allocate(10'000, weights_ppm);
}

std::vector<std::int64_t> displayed_cents(std::span<const Micros> amounts, Micros total) {
    const std::int64_t sum = std::accumulate(amounts.begin(), amounts.end(), std::int64_t{0});
    if (sum == 0) return std::vector<std::int64_t>(amounts.size(), 0);
    return allocate(to_cents(total), amounts);
}

// [SECTION] The six answers

namespace {

// "3" for 30,000 ppm, "2.5" for 25,000: points as people write them.
std::string points_number(std::int64_t points_ppm) {
    std::string text = format_percent(points_ppm);
    text.pop_back();  // the '%'
    return text;
}

// "$15,000 fee", "$7,500 recoupable advance + 3 points", "4 points": what is up front says whether it is kept.
std::string describe_offer(const Offer& offer) {
    std::vector<std::string> parts;
    if (offer.fee > 0) parts.push_back(cat(usd_short(offer.fee), " fee"));
    if (offer.advance > 0) parts.push_back(cat(usd_short(offer.advance), " recoupable advance"));
    if (offer.points_ppm > 0)
        parts.push_back(cat(points_number(offer.points_ppm), offer.points_ppm == ppm_per_point ? " point" : " points"));
    if (parts.empty()) return "nothing up front";
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += i == 0 ? parts[i] : cat(" + ", parts[i]);
    return out;
}

// "which about 1 release in 4,729 reaches", "which about 62% of releases reach".
std::string reach_words(const OfferPair& pair) {
    if (pair.reach_ppm <= 0) return "which no release reaches";
    if (pair.reach_ppm >= 500'000 || pair.reach_one_in <= 1)
        return cat("which about ", format_percent(pair.reach_ppm), " of releases reach");
    return cat("which about 1 release in ", format_count(pair.reach_one_in), " reaches");
}

// The line under a break-even between an upfront offer and one with points.
std::string offer_break_even_line(const OfferResult& later, const OfferResult& earlier, std::int64_t break_even,
                                  bool costs_first) {
    const std::int64_t backend_from = later.backend_from_streams.value_or(0);
    const std::string beat = cat("to beat the ", describe_offer(earlier.offer));
    if (backend_from > 0 && later.offer.advance > 0)
        return cat("the ", usd_short(later.offer.advance), " advance is earned back first",
                   costs_first ? " (and the artist's recording costs)" : "", " \xE2\x80\x94 ",
                   short_streams(backend_from), " \xE2\x80\x94 then ", short_streams(break_even - backend_from),
                   " more ", beat);
    if (backend_from > 0)
        return cat("the points pay nothing until the artist's recording costs are earned back \xE2\x80\x94 ",
                   short_streams(backend_from), " \xE2\x80\x94 then ", short_streams(break_even - backend_from),
                   " more ", beat);
    return cat("the points pay from the first stream; ", short_streams(break_even), " make up the ",
               usd_short(earlier.upfront - later.upfront), " difference");
}

// A fee choice of the deal's answers (answers.fee_choices) without offers compared: the break-even alone.
Answer fee_choice(const Scenario& scenario, const FeeAnswer& fee, Answer a) {
    const std::vector<PointsParty>& parties = scenario.release.recording.points;
    const PointsParty& party = parties[fee.choice.party];
    const bool advance = party.advance > 0 && party.advance == fee.choice.fee_reduced;
    const std::string reduced =
        cat(usd_short(fee.choice.fee_reduced), advance ? " recoupable advance" : " fee", " + ",
            points_number(party.points_ppm), party.points_ppm == ppm_per_point ? " point" : " points");
    a.sentence = cat("Take the ", usd_short(fee.choice.fee_full), " fee unless the song will pass ",
                     short_streams_or_never(fee.break_even_streams), ": only then does the ", reduced, " pay more.");
    a.figures.push_back(money_figure("The full fee", fee.choice.fee_full));
    a.figures.push_back(money_figure(advance ? "The advance" : "The smaller fee", fee.choice.fee_reduced,
                                     advance ? "an advance: earned back from the points first" : ""));
    a.figures.push_back(streams_figure("Points pay more from", fee.break_even_streams));
    a.break_evens.push_back(
        {"Points pay more", fee.break_even_streams,
         cat("the points must earn the ", usd_short(fee.fee_difference), " the smaller fee gives up",
             advance ? cat(", after the ", usd_short(party.advance), " advance is earned back") : "")});
    return a;
}

// What the "Releases that get there" figure rests on, beside it: which report and population, and the payout that
// turns the report's dollars into streams (not the dollar figures' own payout).
std::string reach_basis(const OutcomeTerms& outcomes) {
    if (outcomes.kind != OutcomeKind::loud_and_clear) return "Your own outcome model: a rough guide, not a forecast";
    return cat(
        "Spotify Loud & Clear ", to_string(outcomes.report), " among ",
        outcomes.population == OutcomePopulation::professional ? "~235k professional artists" : "all ~12M uploaders",
        "; its dollars read as streams at ", format_usd(outcomes.dollars_per_1000),
        " per 1,000, recording and publishing together. A rough guide, not a forecast");
}

Answer fee_or_points(const Scenario& scenario, const ScenarioResult& result, Answer a) {
    if ((!result.comparison || result.comparison->offers.size() < 2) && result.release.answers &&
        !result.release.answers->fees.empty() &&
        result.release.answers->fees.front().choice.party < scenario.release.recording.points.size())
        return fee_choice(scenario, result.release.answers->fees.front(), std::move(a));
    if (!result.comparison || result.comparison->offers.size() < 2) {
        a.sentence = "Add the two offers to compare: the full fee, and the smaller fee or advance with points.";
        return a;
    }
    const Comparison& c = *result.comparison;
    std::size_t upfront = 0;
    for (std::size_t i = 1; i < c.offers.size(); ++i)
        if (c.offers[i].upfront > c.offers[upfront].upfront) upfront = i;
    std::size_t other = upfront == 0 ? 1 : 0;
    if (c.recommended != upfront) other = c.recommended;
    const OfferResult& u = c.offers[upfront];
    const OfferResult& o = c.offers[other];
    const OfferPair* pair = nullptr;
    for (const OfferPair& p : c.pairs)
        if ((p.earlier == upfront && p.later == other) || (p.earlier == other && p.later == upfront)) pair = &p;
    const bool overtakes =
        pair != nullptr && pair->later == other && pair->break_even_streams > 0 && o.backend_from_streams.has_value();
    if (c.recommended == upfront) {
        a.sentence = cat("Take the ", describe_offer(u.offer), ": the ", describe_offer(o.offer));
        a.sentence += overtakes ? cat(" pays more only past ", short_streams(pair->break_even_streams), ", ",
                                      reach_words(*pair), ".")
                                : std::string(" never pays more.");
    } else {
        a.sentence = cat("Take the ", describe_offer(o.offer), ": it pays more than the ", describe_offer(u.offer),
                         " in ", format_percent(o.beats_ppm[upfront]), " of outcomes.");
    }
    a.figures.push_back(money_figure(cat(u.offer.name, " up front"), u.upfront));
    a.figures.push_back(money_figure(cat(o.offer.name, " up front"), o.upfront,
                                     o.offer.advance > 0 ? "an advance: earned back from the points first" : ""));
    if (pair) {
        a.figures.push_back(streams_figure(cat(c.offers[pair->later].offer.name, " pays more from"),
                                           pair->break_even_streams > 0 || pair->later == other
                                               ? std::optional<std::int64_t>(pair->break_even_streams)
                                               : std::nullopt));
        a.figures.push_back({"Releases that get there",
                             pair->reach_one_in > 1 && pair->reach_ppm < 500'000
                                 ? cat("about 1 in ", format_count(pair->reach_one_in))
                                 : cat("about ", format_percent(pair->reach_ppm)),
                             std::nullopt, std::nullopt, reach_basis(scenario.compare.outcomes)});
    }
    if (overtakes) {
        // The artist's recording costs matter to the line only when they, not the advance, hold the points back.
        bool costs_first = false;
        const std::vector<PointsParty>& parties = scenario.release.recording.points;
        if (!o.offer.record_one && c.party < parties.size() &&
            parties[c.party].convention != PaymentConvention::record_one && result.release.recording &&
            result.release.recording->recording_recoupable > 0 && result.release.recording->artist_all_in_ppm > 0 &&
            c.model.receipts_per_1000_streams > 0) {
            const RecordingResult& deal = *result.release.recording;
            const Micros receipts = mul_div_round(deal.recording_recoupable, full_share_ppm, deal.artist_all_in_ppm);
            const std::int64_t costs_streams = mul_div_round(receipts, 1'000, c.model.receipts_per_1000_streams);
            const Micros advance_receipts =
                mul_div_round(o.offer.advance, full_share_ppm, std::max<std::int64_t>(o.effective_points_ppm, 1));
            costs_first = costs_streams >= mul_div_round(advance_receipts, 1'000, c.model.receipts_per_1000_streams);
        }
        a.break_evens.push_back({cat(o.offer.name, " pays more"), pair->break_even_streams,
                                 offer_break_even_line(o, u, pair->break_even_streams, costs_first)});
    }
    a.notes.push_back(cat("Streams pay the label ", format_usd(c.model.receipts_per_1000_streams),
                          " per 1,000; points are a share of the artist's royalty."));
    return a;
}

// Why a party is first paid where it is, in one line.
std::string party_paid_line(const PointsParty& party, Micros recording_recoupable) {
    std::string costs = recording_recoupable > 0
                            ? cat("the ", usd_short(recording_recoupable), " of recording costs charged to the artist")
                            : std::string("the artist's recording costs (none here)");
    std::string own = party.advance > 0 ? cat(" and its own ", usd_short(party.advance), " advance") : std::string();
    switch (party.convention) {
        case PaymentConvention::record_one:
            return party.advance > 0 ? cat("paid from the first stream once its own ", usd_short(party.advance),
                                           " advance is earned back from its points")
                                     : std::string("paid from the first stream");
        case PaymentConvention::retroactive_combined_rate:
            return cat("nothing is paid until ", costs, own,
                       " are earned back, counted at the artist's full rate; then it is paid back to the first stream");
        case PaymentConvention::retroactive_net_rate:
            return cat(
                "nothing is paid until ", costs, own,
                " are earned back, counted at the artist's rate after points (later); then back to the first stream");
    }
    return "";
}

std::string artist_paid_line(const RecordingResult& deal, const StreamModel& model) {
    if (deal.artist.recoupable <= 0)
        return "nothing is charged to the artist's account, so royalties pay from the first stream";
    std::string line = cat(
        "the ", usd_short(deal.artist.recoupable), " charged to the artist's account is earned back first, at ",
        format_percent(deal.artist_net_ppm), " of ", format_usd(model.receipts_per_1000_streams), " per 1,000 streams");
    // A producer's advance charged to the artist is repaid by the producer's own royalties, which are credited
    // back to the artist's account while they repay it: the artist never pays for the same points twice.
    if (deal.party_advances_charged > 0)
        line += cat(", plus the producer royalties that repay the ", usd_short(deal.party_advances_charged),
                    " advance charged to it");
    return line;
}

Answer when_paid(const Scenario& scenario, const ScenarioResult& result, Answer a) {
    const ReleaseResult& release = result.release;
    if (!release.answers || !release.recording) {
        a.sentence =
            "This release is self-released, so no label earns anything back first: see who gets what, and "
            "when the split starts.";
        return a;
    }
    const DealAnswers& answers = *release.answers;
    const RecordingResult& deal = *release.recording;
    const std::vector<PointsParty>& points = scenario.release.recording.points;
    const StreamModel& model = release.answer_terms.model;
    const std::string at = short_streams(answers.streams);
    if (!points.empty() && !answers.party_paid_from_streams.empty()) {
        const std::optional<std::int64_t>& first = answers.party_paid_from_streams[0];
        const Micros paid_now =
            answers.at_streams.parties.empty() ? 0 : answers.at_streams.parties[0].ledger.paid_total;
        a.sentence = cat(points[0].name, " is first paid at ", short_streams_or_never(first), ", the artist at ",
                         short_streams_or_never(answers.artist_paid_from_streams), "; at ", at, " ", points[0].name,
                         paid_now > 0 ? cat(" has ", format_usd(paid_now)) : std::string(" has nothing yet"),
                         points[0].advance > 0 ? cat(" beyond the ", usd_short(points[0].advance), " advance.") : ".");
        a.figures.push_back(streams_figure(cat(points[0].name, " first paid at"), first));
        a.figures.push_back(
            money_figure(cat(points[0].name, " paid at ", at), paid_now,
                         points[0].advance > 0 ? cat("beyond the ", usd_short(points[0].advance), " advance") : ""));
        a.break_evens.push_back(
            {cat(points[0].name, " first paid"), first, party_paid_line(points[0], deal.recording_recoupable)});
    } else {
        a.sentence = cat("The artist is first paid at ", short_streams_or_never(answers.artist_paid_from_streams),
                         "; at ", at, " the artist has ", format_usd(answers.at_streams.artist.paid_total), ".");
    }
    a.figures.push_back(streams_figure("Artist first paid at", answers.artist_paid_from_streams));
    a.figures.push_back(money_figure(cat("Artist paid at ", at), answers.at_streams.artist.paid_total));
    a.break_evens.push_back({"Artist first paid", answers.artist_paid_from_streams, artist_paid_line(deal, model)});
    a.notes.push_back("Lifetime totals at a stream count; statements come twice a year, months after the streams.");
    return a;
}

Answer what_streams_pay(const ScenarioResult& result, Answer a) {
    const ReleaseResult& release = result.release;
    const std::int64_t streams = release.streams;
    const Micros publishing = result.publishing.publishing_total;
    const StreamModel& model = release.answer_terms.model;
    std::vector<std::string> parts, who;  // who: each figure's party as the sentence names it
    const std::size_t first = a.figures.size();
    if (release.recording) {
        const RecordingResult& deal = *release.recording;
        a.figures.push_back(money_figure(
            "You, the artist", deal.artist.paid_total,
            deal.artist.unrecouped > 0 ? cat(format_usd(deal.artist.unrecouped), " still to earn back") : ""));
        Micros points_paid = 0;
        for (const PartyLedger& party : deal.parties) points_paid += party.ledger.paid_total;
        who.push_back("the artist");
        if (!deal.parties.empty()) {
            a.figures.push_back(money_figure("Producers and mixers", points_paid));
            who.push_back("producers and mixers");
        }
        who.push_back("the label");
        a.figures.push_back(money_figure("The label keeps", deal.label_retained,
                                         cat("it paid ", format_usd(deal.costs_paid), " in costs and advances")));
    } else if (release.splits) {
        const SplitPeriod& total = release.splits->total;
        Micros collaborators = 0;
        for (const Micros paid : total.collaborators) collaborators += paid;
        a.figures.push_back(money_figure("You, the uploader", total.uploader));
        who.push_back("the uploader");
        if (!total.collaborators.empty()) {
            a.figures.push_back(money_figure("Collaborators", collaborators));
            who.push_back("collaborators");
        }
        a.figures.push_back(money_figure("The distributor keeps", total.commission + total.fee_recovered));
        who.push_back("the distributor");
    }
    if (a.figures.size() > first) make_cents_add_up(a.figures, first, release.master_total);
    for (std::size_t i = first; i < a.figures.size(); ++i)
        parts.push_back(cat(who[i - first], " ", a.figures[i].value));
    const std::int64_t publishing_streams = result.publishing_quick.streams;
    std::string publishing_note = cat("US songwriting royalties at the statutory ",
                                      format_percent(result.publishing_quick.rate.rate_ppm), " of service revenue");
    if (publishing_streams != streams)
        publishing_note += cat("; counted at ", short_streams(publishing_streams), ", not ", short_streams(streams));
    a.figures.push_back(money_figure("The songwriters and publishers", publishing, publishing_note));
    a.sentence =
        cat(short_streams(streams), " pay ", format_usd(release.master_total), " for the recording \xE2\x80\x94 ",
            join_and(parts), " \xE2\x80\x94 and ", format_usd(publishing), " to the songwriters and publishers.");
    if (publishing_streams != streams)
        a.sentence.insert(a.sentence.size() - 1, cat(" (for ", short_streams(publishing_streams), ")"));
    if (release.answers) {
        const std::optional<std::int64_t>& paid = release.answers->artist_paid_from_streams;
        if (!paid || *paid > streams)
            a.break_evens.push_back({"The artist is first paid", paid, artist_paid_line(*release.recording, model)});
    }
    a.notes.push_back(cat("The recording side is what the services pay the label: ",
                          format_usd(model.receipts_per_1000_streams), " per 1,000 streams here."));
    return a;
}

Answer co_writers(const ScenarioResult& result, Answer a) {
    const PublishingSplit& split = result.publishing.split;
    const Micros total = result.publishing.publishing_total;
    if (split.writers.empty()) {
        a.sentence = "Add the co-writers and their shares to see what each gets.";
        return a;
    }
    // Every part of the total, so the displayed cents add up to the displayed total.
    std::vector<Micros> amounts;
    std::vector<std::int64_t> shares;
    for (const WriterPayout& writer : split.writers) {
        amounts.push_back(writer.paid);
        shares.push_back(writer.share_ppm);
    }
    Micros others = total;
    for (const Micros paid : amounts) others -= paid;
    amounts.push_back(std::max<Micros>(others, 0));
    const std::vector<std::int64_t> cents = displayed_cents(amounts, total);
    const std::vector<std::int64_t> bp = displayed_share_bp100(shares);
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < split.writers.size(); ++i) {
        const WriterPayout& writer = split.writers[i];
        const std::string share =
            cat(std::to_string(bp[i] / 100), ".", bp[i] % 100 < 10 ? "0" : "", std::to_string(bp[i] % 100), "%");
        std::string note = cat(share, " of the song");
        if (writer.deal == DealType::standard) note += "; the publisher keeps half";
        if (writer.deal == DealType::co_publishing) note += "; the publisher keeps a quarter";
        if (writer.deal == DealType::administration) note += "; the publisher takes a fee";
        if (writer.unrecouped > 0) note += cat("; ", format_usd(writer.unrecouped), " advance still to earn back");
        a.figures.push_back({writer.name, usd_cents(cents[i]), writer.paid, std::nullopt, std::move(note)});
        parts.push_back(cat(writer.name, " ", usd_cents(cents[i])));
    }
    a.sentence = cat("Of ", usd_cents(to_cents(total)), " in songwriting royalties, ", join_and(parts));
    a.sentence +=
        cents.back() > 0 ? cat("; publishers and collection societies keep ", usd_cents(cents.back()), ".") : ".";
    a.notes.push_back(cat("US songwriting royalties for ", short_streams(result.publishing_quick.streams),
                          " at the statutory ", format_percent(result.publishing_quick.rate.rate_ppm),
                          " of service revenue (", std::to_string(result.publishing_quick.rate.year), ")."));
    return a;
}

Answer self_release_split(const Scenario& scenario, const ScenarioResult& result, Answer a) {
    const ReleaseResult& release = result.release;
    if (!release.splits || scenario.release.route != ReleaseRoute::self_released) {
        a.sentence = "This release goes through a label deal: set it to self-released to split it with collaborators.";
        return a;
    }
    const SplitPeriod& total = release.splits->total;
    const SplitTerms& terms = scenario.release.splits;
    const std::int64_t streams = release.streams;
    const std::string distributor(distributor_row(terms.distributor.distributor).name);
    const std::size_t first = a.figures.size();
    Micros fronted = 0;
    for (std::size_t i = 0; i < total.collaborators.size() && i < terms.collaborators.size(); ++i) {
        const Collaborator& who = terms.collaborators[i];
        fronted += who.recoup_first;
        a.figures.push_back(money_figure(
            who.name.empty() ? cat("Collaborator ", std::to_string(i + 1)) : who.name, total.collaborators[i],
            who.recoup_first > 0
                ? cat("the first ", usd_short(who.recoup_first), " back, then ", format_percent(who.share_ppm))
                : format_percent(who.share_ppm)));
    }
    a.figures.push_back(money_figure(
        "You, the uploader", total.uploader,
        total.fee_recovered > 0 ? cat("after ", format_usd(total.fee_recovered), " of ", distributor, " fees") : ""));
    a.figures.push_back(money_figure(cat(distributor, " keeps"), total.commission + total.fee_recovered));
    make_cents_add_up(a.figures, first, release.master_total);
    std::vector<std::string> parts;
    for (std::size_t i = first; i + 1 < a.figures.size(); ++i)
        parts.push_back(cat(i + 2 == a.figures.size() ? std::string("you (the uploader)") : a.figures[i].label, " ",
                            a.figures[i].value));
    a.sentence = cat("Of ", format_usd(release.master_total), " from ", short_streams(streams), ": ", join_and(parts));
    // The split starts once what was fronted is repaid out of the net royalties (gross less commission).
    const Micros net = release.master_total - total.commission;
    if (fronted > 0 && streams > 0 && net > 0) {
        std::int64_t start = mul_div_round(fronted, streams, net);  // then the least whole count that repays it
        while (start > 0 && mul_div_round(start - 1, net, streams) >= fronted) --start;
        while (mul_div_round(start, net, streams) < fronted) ++start;
        const bool started = total.recoup_balance <= 0;
        a.sentence += cat("; the split starts after ", usd_short(fronted), " is paid back, at about ",
                          short_streams(start), started ? "." : " (not yet).");
        a.break_evens.push_back({"The split starts", start,
                                 cat("the ", usd_short(fronted), " fronted is paid back first from ", distributor,
                                     "'s royalties, ", format_usd(mul_div_round(net, 1'000, streams)),
                                     " per 1,000 streams here; then the percentages apply")});
    } else {
        a.sentence += "; the split applies from the first stream.";
    }
    a.notes.push_back(
        cat(distributor, " splits cover only its store royalties: songwriting royalties are paid separately."));
    return a;
}

Answer label_deal(const Scenario& scenario, const ScenarioResult& result, Answer a) {
    const ReleaseResult& release = result.release;
    if (!release.recording || !release.answers) {
        a.sentence = "This release is self-released: there is no label deal to weigh (set the route to a label deal).";
        return a;
    }
    const RecordingResult& deal = *release.recording;
    const DealAnswers& answers = *release.answers;
    Micros advance = 0;
    for (const RecoupableCost& cost : scenario.release.recording.costs)
        if (cost.kind == CostKind::advance) advance += cost.amount;
    const std::int64_t streams = release.streams;
    const StreamModel& model = release.answer_terms.model;
    const std::optional<std::int64_t>& paid_from = answers.artist_paid_from_streams;
    a.sentence = advance > 0
                     ? cat("You get the ", usd_short(advance),
                           " advance up front; royalties beyond it start only past ", short_streams_or_never(paid_from))
                     : cat("There is no advance; royalties start past ", short_streams_or_never(paid_from));
    a.sentence += cat(", and at ", short_streams(streams), " you are paid ", format_usd(deal.artist.paid_total),
                      " more while the label keeps ", format_usd(deal.label_retained), ".");
    if (advance > 0)
        a.figures.push_back(
            money_figure("Advance, up front", advance, "yours to keep, but earned back from your royalties"));
    a.figures.push_back(streams_figure("Royalties start at", paid_from));
    const std::size_t first = a.figures.size();
    a.figures.push_back(money_figure(cat("You are paid at ", short_streams(streams)), deal.artist.paid_total));
    a.figures.push_back(money_figure(cat("The label keeps at ", short_streams(streams)), deal.label_retained,
                                     cat("before the ", format_usd(deal.costs_paid), " it paid out")));
    Micros parties = 0;
    for (const PartyLedger& party : deal.parties) parties += party.ledger.paid_total;
    if (parties == 0) make_cents_add_up(a.figures, first, release.master_total);
    a.break_evens.push_back({"Royalties start", paid_from, artist_paid_line(deal, model)});
    a.notes.push_back(cat("Your royalty is ", format_percent(deal.artist_all_in_ppm),
                          " of what the label receives; the label also owns the recording."));
    return a;
}

}  // namespace

Answer answer(Question question, const Scenario& scenario, const ScenarioResult& result) {
    Answer a;
    a.question = question;
    a.title = std::string(question_name(question).title);
    switch (question) {
        case Question::fee_or_points: return fee_or_points(scenario, result, std::move(a));
        case Question::when_paid: return when_paid(scenario, result, std::move(a));
        case Question::what_streams_pay: return what_streams_pay(result, std::move(a));
        case Question::co_writers: return co_writers(result, std::move(a));
        case Question::self_release_split: return self_release_split(scenario, result, std::move(a));
        case Question::label_deal: return label_deal(scenario, result, std::move(a));
    }
    return a;
}

// [SECTION] Chat text, CSV, file name

std::string answer_text(const Answer& answer) {
    std::string text = cat(answer.title, "\n", answer.sentence, "\n\n");
    for (const Figure& figure : answer.figures)
        text +=
            cat("  ", figure.label, ": ", figure.value, figure.note.empty() ? "" : cat(" (", figure.note, ")"), "\n");
    for (const BreakEven& b : answer.break_evens)
        text += cat("  ", b.label, " at ", format_streams_or_never(b.streams), ": ", b.explanation, "\n");
    for (const std::string& note : answer.notes) text += cat("  ", note, "\n");
    return text;
}

std::string chat_text(const Answer& answer, const Scenario& scenario, const std::string& link) {
    std::string text = escape_markdown(answer.sentence);
    text += '\n';
    // No bold, no table, no angle brackets: WhatsApp and iMessage show Markdown's marks as typed.
    text += cat(escape_markdown(answer.title),
                scenario.title.empty() ? "" : cat(" \xE2\x80\x94 ", escape_markdown(scenario.title)), "\n");
    std::size_t shown = 0;
    for (const Figure& figure : answer.figures) {
        if (shown == 3) break;
        text += cat("- ", escape_markdown(figure.label), ": ", escape_markdown(figure.value), "\n");
        ++shown;
    }
    if (!link.empty()) text += cat(escape_link(link), "\n");
    return text;
}

std::string answer_csv(const Answer& answer, const Scenario& scenario, const std::string& date,
                       const std::string& link) {
    std::string csv = "item,value,note\r\n";
    const auto row = [&](std::string_view item, std::string_view value, std::string_view note = "") {
        csv += cat(csv_cell(item), ",", csv_cell(value), ",", csv_cell(note), "\r\n");
    };
    row("Title", scenario.title);
    row("Date", date);
    row("Question", answer.title);
    row("Answer", answer.sentence);
    for (const QuestionInput& input : question_inputs(answer.question)) {
        const std::optional<double> value = input_value(scenario, input);
        std::string shown = "not set";
        if (value && input.unit == InputUnit::choice)
            shown = std::string(input.choices[static_cast<std::size_t>(*value)].value);
        else if (value && input.unit == InputUnit::money)
            shown = format_usd(to_scaled_integer(*value, micros_per_unit));
        else if (value && (input.unit == InputUnit::percent || input.unit == InputUnit::points))
            shown = format_percent(to_scaled_integer(*value, ppm_per_percent));
        else if (value)
            shown = format_count(static_cast<std::int64_t>(*value));
        row(input.label, shown, input.path);
    }
    for (const Figure& figure : answer.figures) row(figure.label, figure.value, figure.note);
    for (const BreakEven& b : answer.break_evens) row(b.label, format_streams_or_never(b.streams), b.explanation);
    row("Link", link);
    return csv;
}

std::string download_file_name(const std::string& title, const std::string& date, std::string_view extension) {
    constexpr std::size_t most = 60;  // of the title: with "-<date>" it stays within 80
    std::string name;
    bool cut = false;
    for (const char c : title) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
        if (keep)
            name += lower;
        else if (!name.empty() && name.back() != '-')
            name += '-';
        if (name.size() > most) {
            cut = true;
            break;
        }
    }
    if (cut) {  // end on a whole word
        const std::size_t last = name.rfind('-', most);
        name.resize(last != std::string::npos && last > most / 2 ? last : most);
    }
    while (!name.empty() && name.back() == '-') name.pop_back();
    if (name.empty()) name = "dealsheet";
    std::string safe_date;
    for (const char c : date)
        if ((c >= '0' && c <= '9') || c == '-') safe_date += c;
    if (!safe_date.empty()) name += cat("-", safe_date.substr(0, 10));
    std::string safe_extension;
    for (const char c : extension)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) safe_extension += c;
    return cat(name, ".", safe_extension.empty() ? std::string("csv") : safe_extension);
}

}  // namespace dealsheet
