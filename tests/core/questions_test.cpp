// Tests for dealsheet/questions.hpp: each question's answer from its preset against a hand calculation, cents and
// shares that add up, hostile titles made inert in chat, Markdown and CSV, inputs read and set by JSON path.
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <string>
#include <utility>

#include "dealsheet/api.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/questions.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"
#include "test_support.hpp"

using namespace dealsheet;
using dealsheet::test::column;
using dealsheet::test::ok;

namespace {

struct Asked {
    Scenario scenario;
    ScenarioResult result;
    Answer answer;
};

Asked ask(Question question, const Scenario& scenario) {
    const ScenarioResult result = ok(calculate(scenario));
    return {scenario, result, answer(question, scenario, result)};
}

Asked ask(Question question) { return ask(question, ok(question_scenario(question))); }

// "$1,398.10" → 139,810: the cents a reader sees.
std::int64_t shown_cents(const std::string& value) {
    std::string digits;
    for (const char c : value)
        if (c >= '0' && c <= '9') digits += c;
    return std::stoll(digits);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string hostile_title = "@everyone [click](http://evil) **x** =cmd|' /C calc'!A0";

}  // namespace

TEST_CASE("every question has one name row, a preset and 2 to 4 inputs that exist in it", "[questions]") {
    for (const QuestionName& name : question_names) {
        INFO(name.key);
        CHECK(to_string(name.question) == name.key);
        CHECK(parse_question(name.key) == name.question);
        CHECK(&question_name(name.question) == &name);
        REQUIRE(find_preset(name.preset) != nullptr);
        const Scenario scenario = ok(question_scenario(name.question));
        const std::span<const QuestionInput> inputs = question_inputs(name.question);
        CHECK(inputs.size() >= 2);
        CHECK(inputs.size() <= 4);
        for (const QuestionInput& input : inputs) {
            INFO(input.path);
            CHECK(input_value(scenario, input).has_value());
            CHECK(input.step > 0);
            const bool whole = input.unit == InputUnit::streams || input.unit == InputUnit::points ||
                               input.unit == InputUnit::count || input.unit == InputUnit::choice;
            CHECK((input.keyboard == Keyboard::numeric) == whole);
            if (input.unit == InputUnit::points) CHECK(input.step == 1);  // 1 point a tap, never 0.5
            CHECK((input.unit == InputUnit::choice) == !input.choices.empty());
        }
    }
    CHECK_FALSE(parse_question("Fee-or-points").has_value());
    CHECK(question_name(Question::fee_or_points).title == "Fee or points?");
}

// Hand calculation (domain notes §4 and §2.1): blended $3.41 per 1,000 streams; 3 of 18 points → the producer earns
// 3% of receipts = 102.3 micros a stream. The $7,500 advance is earned back past 7,500 / 0.0001023 = 73,313,782.99
// streams, so paid from 73,313,783; the $15,000 fee is matched at 146,627,565.98 → 146,627,566 (ux.md quotes
// "146.6M"). The $30,000 recording costs recoup at 18% earlier (48.9M streams), so the advance binds.
TEST_CASE("fee or points: take the full fee, points pay more only past 146.6M streams", "[questions]") {
    const Asked asked = ask(Question::fee_or_points);
    const Answer& a = asked.answer;
    INFO(a.sentence);
    CHECK(
        a.sentence.starts_with("Take the $15,000 fee: the $7,500 recoupable advance + 3 points pays more only past "
                               "146.6M streams, which about 1 release in "));
    REQUIRE(a.figures.size() == 4);
    CHECK(a.figures[0].value == "$15,000.00");
    CHECK(a.figures[1].value == "$7,500.00");
    CHECK(a.figures[1].note == "an advance: earned back from the points first");
    CHECK(a.figures[2].streams == 146'627'566);
    CHECK_FALSE(a.figures[3].note.empty());  // the distribution is a different basis: said beside the figure
}

// Hand calculation: the producer as above (73,313,783). The producer's $7,500 advance is a recording cost charged
// to the artist's account with the $30,000 (Passman): $37,500. The artist is credited 18% of $3.41 per 1,000: its
// own 15% (511.5 micros a stream) plus the producer's 3% (102.3) that repays the advance it was charged, while that
// lasts (the advance is repaid only at 73.3M streams); first paid at the least N with N × 613.8 > $37,500:
// 37,500,000,000 / 613.8 = 61,094,819.2 → 61,094,820.
TEST_CASE("when paid: the producer after 73.3M streams, the artist after the costs are earned back", "[questions]") {
    const Asked asked = ask(Question::when_paid);
    const Answer& a = asked.answer;
    INFO(a.sentence);
    REQUIRE(asked.result.release.recording);
    const Micros charged = asked.result.release.recording->artist.recoupable;
    CHECK(charged == dealsheet::test::dollars(37'500));
    const std::int64_t artist_from = charged * 10 / 6'138 + 1;  // least N with N × 613.8 > charged (micros)
    CHECK(artist_from == 61'094'820);
    CHECK(a.figures[0].streams == 73'313'783);
    CHECK(a.sentence.starts_with("Producer is first paid at 73.3M streams, the artist at "));
    CHECK(contains(a.sentence, "at 1M streams Producer has nothing yet beyond the $7,500 advance."));
}

// Hand calculation: 1,000,000 streams × $3.41 / 1,000 = $3,410.00 to the label; 18% = $613.80 credited to the
// artist against $30,000 of costs: paid $0.00, the label keeps $3,410.00. Publishing 2026: 1,000,000 × $0.0091379 of
// service revenue × 15.3% = $1,398.0987 → $1,398.10 (domain notes §5.1, §5.3).
TEST_CASE("what streams pay: one stream count, the recording and the songwriting side", "[questions]") {
    const Asked asked = ask(Question::what_streams_pay);
    const Answer& a = asked.answer;
    CHECK(
        a.sentence ==
        "1M streams pay $3,410.00 for the recording \xE2\x80\x94 the artist $0.00 and the label $3,410.00 \xE2\x80\x94 "
        "and $1,398.10 to the songwriters and publishers.");
    REQUIRE(a.figures.size() == 3);
    CHECK(a.figures[2].value == "$1,398.10");
    CHECK(contains(a.figures[2].note, "15.3% of service revenue"));
    CHECK_FALSE(contains(a.figures[2].note, "counted at"));  // same streams on both sides: nothing to flag

    // One stream count (format 2): the publishing side follows the song's streams, so the streams input moves
    // both sides together; a publishing count the user sets apart is labelled beside the figure.
    const QuestionInput& streams = question_inputs(Question::what_streams_pay)[0];
    const Scenario doubled = ok(with_input(asked.scenario, streams, 2'000'000));
    CHECK_FALSE(doubled.publishing_quick.streams.has_value());
    CHECK(ask(Question::what_streams_pay, doubled).result.publishing_quick.streams == 2'000'000);
    Scenario apart = doubled;
    apart.publishing_quick.streams = 1'000'000;
    const Answer flagged = ask(Question::what_streams_pay, apart).answer;
    CHECK(contains(flagged.figures[2].note, "counted at 1M streams, not 2M streams"));
}

// Hand calculation (domain notes §5.4 deal types, ASCAP's 10% default): $1,398.0987 split 50/50 performance and
// mechanical = $699.04935 each; the PRO keeps 10% of performance → $629.144415; a third each: performance
// $209.714805, mechanical $233.01645. A self-published: all of it = $442.731255 → $442.73. B standard: half of each
// = $221.3656275 → $221.37. C co-publishing: three quarters of each = $332.0484413 → $332.05.
TEST_CASE("co-writers: each writer's pay, cents adding up to the total shown", "[questions]") {
    const Asked asked = ask(Question::co_writers);
    const Answer& a = asked.answer;
    INFO(a.sentence);
    CHECK(column(a.figures, &Figure::value) == std::vector<std::string>{"$442.73", "$221.37", "$332.05"});
    // Equal thirds are 333,333 / 333,334 / 333,333 ppm: shown as 33.33 + 33.34 + 33.33 = 100.00%.
    CHECK(column(a.figures, &Figure::note) ==
          std::vector<std::string>{"33.33% of the song", "33.34% of the song; the publisher keeps half",
                                   "33.33% of the song; the publisher keeps a quarter"});
    CHECK(a.sentence ==
          "Of $1,398.10 in songwriting royalties, Writer A $442.73, Writer B $221.37 and Writer C "
          "$332.05; publishers and collection societies keep $401.95.");
    // 442.73 + 221.37 + 332.05 + 401.95 = 1,398.10.
}

TEST_CASE("six equal writers show cents that add up to the total shown", "[questions][cents]") {
    Scenario scenario = ok(question_scenario(Question::co_writers));
    const QuestionInput& count = question_inputs(Question::co_writers)[1];
    const QuestionInput& deal = question_inputs(Question::co_writers)[2];
    scenario = ok(with_input(scenario, deal, 0));  // self-published: writers keep everything but the PRO's cut
    scenario = ok(with_input(scenario, count, 6));
    REQUIRE(scenario.publishing.writers.size() == 6);
    CHECK(scenario.publishing.writers[5].name == "Writer 6");
    for (WriterTerms& writer : scenario.publishing.writers) writer.deal = DealType::self_published;
    scenario.publishing.collection.pro_commission_ppm = 0;
    const Asked asked = ask(Question::co_writers, scenario);
    REQUIRE(asked.answer.figures.size() == 6);
    // $1,398.0987 / 6 = $233.01645 each: rounded one by one, six × $233.02 = $1,398.12 under a $1,398.10 total.
    std::int64_t cents = 0;
    for (const Figure& figure : asked.answer.figures) cents += shown_cents(figure.value);
    CHECK(cents == 139'810);
    CHECK(asked.answer.figures[0].value == "$233.02");
    CHECK(asked.answer.figures[5].value == "$233.01");
    std::int64_t shares = 0;  // "16.67% of the song" → 1,667 hundredths of a percent
    for (const Figure& figure : asked.answer.figures)
        shares += shown_cents(figure.note.substr(0, figure.note.find('%')));
    CHECK(shares == 10'000);
}

TEST_CASE("displayed cents and shares add up by largest remainder", "[questions][cents]") {
    const std::vector<Micros> six(6, 233'016'450);
    const std::vector<std::int64_t> cents = displayed_cents(six, 1'398'098'700);
    CHECK(std::accumulate(cents.begin(), cents.end(), std::int64_t{0}) == 139'810);
    const std::vector<std::int64_t> thirds{333'333, 333'333, 333'334};
    const std::vector<std::int64_t> bp = displayed_share_bp100(thirds);
    CHECK(std::accumulate(bp.begin(), bp.end(), std::int64_t{0}) == 10'000);
    CHECK(displayed_share_bp100(std::vector<std::int64_t>{0, 0}) == std::vector<std::int64_t>{0, 0});
}

// Hand calculation: Spotify $3.00 per 1,000 (Duetti 2024) × 1,000,000 = $3,000.00; DistroKid keeps no commission;
// the featured artist is first repaid $1,000, then 30% of the remaining $2,000 = $600: $1,600.00. The split starts
// once $1,000 of $3,000 is repaid: 1,000,000 × 1/3 = 333,333.3 → 333,334 streams.
TEST_CASE("self-release split: the fronted money first, then the percentages", "[questions]") {
    const Asked asked = ask(Question::self_release_split);
    const Answer& a = asked.answer;
    INFO(a.sentence);
    REQUIRE(a.figures.size() == 3);
    CHECK(a.figures[0].label == "Featured artist");
    CHECK(a.figures[0].value == "$1,600.00");
    CHECK(a.figures[0].note == "the first $1,000 back, then 30%");
    CHECK(contains(a.sentence, "the split starts after $1,000 is paid back, at about 333,334 streams."));
    const SplitPeriod& total = asked.result.release.splits->total;
    CHECK(total.collaborators[0] + total.uploader + total.commission + total.fee_recovered ==
          dealsheet::test::dollars(3'000));
}

// Hand calculation: 10,000,000 × $3.41 / 1,000 = $34,100 of receipts; 18% = $6,138 credited against $80,000 charged
// ($50,000 advance + $30,000 recording): paid $0.00, the label keeps $34,100.00. Royalties start just past
// 80,000 / 0.0006138 = 130,335,614.2 streams → 130,335,615.
TEST_CASE("label deal: the advance now, royalties only past 130.3M streams", "[questions]") {
    const Asked asked = ask(Question::label_deal);
    const Answer& a = asked.answer;
    CHECK(a.sentence ==
          "You get the $50,000 advance up front; royalties beyond it start only past 130.3M streams, and "
          "at 10M streams you are paid $0.00 more while the label keeps $34,100.00.");
    REQUIRE(a.figures.size() == 4);
    CHECK(a.figures[1].streams == 130'335'615);
}

TEST_CASE("each answer's break-evens: the hand-calculated stream counts, explained", "[questions]") {
    struct Row {
        Question question;
        const char* preset;                                // nullptr: the question's own
        std::vector<std::optional<std::int64_t>> streams;  // every break-even of the answer, in order
        const char* explanation;                           // the last one's; nullptr: not checked
    };
    // The hand calculations above each question's test case.
    const Row rows[] = {
        {Question::fee_or_points,
         nullptr,
         {146'627'566},
         "the $7,500 advance is earned back first \xE2\x80\x94 73.3M streams \xE2\x80\x94 then 73.3M streams more to "
         "beat the $15,000 fee"},
        {Question::fee_or_points, "fee-or-points", {146'627'566}, nullptr},  // a fee choice, no offers compared
        {Question::when_paid,
         nullptr,
         {73'313'783, 61'094'820},
         "the $37,500 charged to the artist's account is earned back first, at 15% of $3.41 per 1,000 streams, plus "
         "the producer royalties that repay the $7,500 advance charged to it"},
        {Question::self_release_split, nullptr, {333'334}, nullptr},
        {Question::label_deal,
         nullptr,
         {130'335'615},
         "the $80,000 charged to the artist's account is earned back first, at 18% of $3.41 per 1,000 streams"},
    };
    for (const Row& row : rows) {
        const Answer a = row.preset ? ask(row.question, ok(scenario_from_json(find_preset(row.preset)->text))).answer
                                    : ask(row.question).answer;
        INFO(a.sentence);
        CHECK(column(a.break_evens, &BreakEven::streams) == row.streams);
        if (row.explanation != nullptr && !a.break_evens.empty())
            CHECK(a.break_evens.back().explanation == row.explanation);
    }
}

TEST_CASE("a question the scenario cannot answer says what to add", "[questions]") {
    const Scenario plain;
    for (const QuestionName& name : question_names) {
        INFO(name.key);
        const Answer a = ask(name.question, plain).answer;
        CHECK_FALSE(a.sentence.empty());
    }
    CHECK(ask(Question::fee_or_points, plain).answer.figures.empty());
}

TEST_CASE("answers carry no internal references", "[questions][words]") {
    for (const QuestionName& name : question_names) {
        const Asked asked = ask(name.question);
        std::string text =
            answer_text(asked.answer) + chat_text(asked.answer, asked.scenario, "https://x.example/#s=1");
        INFO(text);
        for (const char* insider : {"\xC2\xA7", "domain notes", "[C]", "[S]", "prong", "base64url", "notes section"})
            CHECK_FALSE(contains(text, insider));
    }
}

TEST_CASE("a hostile title is inert in chat, Markdown and CSV", "[questions][escape]") {
    Asked asked = ask(Question::fee_or_points);
    asked.scenario.title = hostile_title;
    const std::string chat = chat_text(asked.answer, asked.scenario, "https://x.example/#s=1.abc");
    INFO(chat);
    CHECK_FALSE(contains(chat, "@everyone"));
    CHECK(contains(chat,
                   "@\xE2\x80\x8B"
                   "everyone"));
    CHECK(contains(chat, "\\[click\\](http://evil)"));
    CHECK(contains(chat, "\\*\\*x\\*\\*"));
    CHECK(contains(chat, "=cmd\\|'"));
    CHECK(chat.ends_with("https://x.example/#s=1.abc\n"));
    const auto lines = std::count(chat.begin(), chat.end(), '\n');
    CHECK(lines >= 3);
    CHECK(lines <= 6);
    CHECK(chat.starts_with("Take the $15,000 fee"));  // the verdict leads

    asked.scenario.title = hostile_title + "\nsecond line";
    CHECK_FALSE(contains(chat_text(asked.answer, asked.scenario, ""), "\nsecond"));

    const std::string markdown = summary_markdown(asked.scenario, asked.result, "");
    CHECK_FALSE(contains(markdown, "@everyone"));
    CHECK(contains(markdown, "\\[click\\](http://evil) \\*\\*x\\*\\*"));

    asked.scenario.title = hostile_title;
    const std::string csv = answer_csv(asked.answer, asked.scenario, "2026-12-04", "https://x.example/#s=1");
    INFO(csv);
    CHECK(csv.starts_with("item,value,note\r\nTitle,'@everyone [click](http://evil) **x** =cmd|' /C calc'!A0,\r\n"));
    CHECK(contains(csv, "Date,2026-12-04,\r\n"));
    CHECK(contains(csv, "The full fee,\"$15,000.00\",compare.offers[0].fee\r\n"));
    CHECK(contains(csv, "Points with it,3%,compare.offers[1].points\r\n"));
    CHECK(contains(csv, "Link,https://x.example/#s=1,\r\n"));
}

TEST_CASE("CSV cells: formulas guarded, quotes doubled", "[share][escape]") {
    const std::pair<const char*, const char*> cells[] = {
        {"=1+1", "'=1+1"},
        {"+1", "'+1"},
        {"-1", "'-1"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"\rx", "\"'\rx\""},
        {"say \"hi\", then", "\"say \"\"hi\"\", then\""},
        {"=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""},
        {"", ""},
    };
    for (const auto& [text, cell] : cells) {
        INFO(text);
        CHECK(csv_cell(text) == cell);
    }
    CHECK(escape_markdown("a_b ~c~ `d` > #e | f\\") == "a\\_b \\~c\\~ \\`d\\` \\> \\#e \\| f\\\\");
    CHECK(escape_markdown("@here") == "@\xE2\x80\x8Bhere");
    CHECK(escape_link("https://x.example/a b<c>\"") == "https://x.example/a%20b%3Cc%3E%22");
}

TEST_CASE("a download file name from the title and the date", "[questions]") {
    CHECK(download_file_name("3 points or a bigger fee? $15k flat", "2026-12-04") ==
          "3-points-or-a-bigger-fee-15k-flat-2026-12-04.csv");
    CHECK(download_file_name("", "2026-12-04") == "dealsheet-2026-12-04.csv");
    CHECK(download_file_name(hostile_title, "2026-12-04/../x") ==
          "everyone-click-http-evil-x-cmd-c-calc-a0-2026-12-04.csv");
    CHECK(download_file_name("../../etc/passwd", "", "../sh") == "etc-passwd.sh");
    CHECK(download_file_name(std::string(300, 'a'), "2026-12-04").size() <= 80 + 4);
}

TEST_CASE("inputs are set by JSON path, a choice by its option, and bad values name the field", "[questions]") {
    const Scenario scenario = ok(question_scenario(Question::when_paid));
    const std::span<const QuestionInput> inputs = question_inputs(Question::when_paid);
    CHECK(input_value(scenario, inputs[2]) == 7'500.0);
    CHECK(input_value(scenario, inputs[3]) == 2.0);  // retroactive_net_rate, format 2's default (the common case)
    const Scenario record_one = ok(with_input(scenario, inputs[3], 0));
    CHECK(record_one.release.recording.points[0].convention == PaymentConvention::record_one);
    const Scenario bigger = ok(with_input(scenario, inputs[1], 45'000));
    CHECK(bigger.release.recording.costs[0].amount == dealsheet::test::dollars(45'000));
    CHECK(with_input(scenario, inputs[3], 7).problems().front().field == "recording.points[0].convention");
    CHECK(with_input(scenario, inputs[3], std::nan("")).problems().front().field == "recording.points[0].convention");
    CHECK(with_input(scenario, inputs[3], 1e300).problems().front().field == "recording.points[0].convention");
    CHECK(with_input(scenario, inputs[0], 1.5).problems().front().message ==
          "must be a whole number from 0 to 100,000,000,000");
    CHECK(with_input(scenario, inputs[0], -5).problems().front().field == "streaming.platforms[0].streams.total");
    CHECK(with_input(scenario, inputs[1], -5).problems().front().field == "recording.costs[0].amount");
    const Scenario plain;
    CHECK_FALSE(input_value(plain, inputs[2]).has_value());
    CHECK(with_input(plain, inputs[2], 1).problems().front().field == "recording.points[0].advance");
}

TEST_CASE("the JSON API answers a question and names an unknown one", "[questions][api]") {
    const std::string scenario = find_preset("question-label-deal")->text;
    const nlohmann::json reply = nlohmann::json::parse(api::answer("label-deal", scenario));
    REQUIRE(reply["ok"] == true);
    CHECK(reply["answer"]["figures"][1]["streams"] == 130'335'615);
    CHECK(reply["inputs"][0]["value"] == 50'000.0);
    const nlohmann::json bad = nlohmann::json::parse(api::answer("fee-or-point", scenario));
    CHECK(bad["ok"] == false);
    CHECK(bad["problems"][0]["field"] == "question");
    const nlohmann::json chat = nlohmann::json::parse(api::chat_text("label-deal", scenario, "https://x.example/#s=1"));
    CHECK(chat["text"].get<std::string>().starts_with("You get the $50,000 advance up front"));
    const nlohmann::json csv = nlohmann::json::parse(api::answer_csv("label-deal", scenario, "2026-12-04", ""));
    CHECK(csv["file_name"] == "a-50k-advance-at-an-18-royalty-when-does-the-artist-see-2026-12-04.csv");
    const nlohmann::json listed = nlohmann::json::parse(api::questions());
    REQUIRE(listed["questions"].size() == 6);
    CHECK(listed["questions"][0]["inputs"][2]["unit"] == "points");
    CHECK(listed["questions"][0]["inputs"][2]["keyboard"] == "numeric");
}

// The deal's own fee choice (answers.fee_choices, preset fee-or-points): the same hand calculation as above — the
// producer's 3% of $3.41 per 1,000 reaches $15,000 in all (the $7,500 advance, then $7,500 more) at 146,627,566.
TEST_CASE("fee or points from a fee choice without offers compared", "[questions]") {
    const Asked asked = ask(Question::fee_or_points, ok(scenario_from_json(find_preset("fee-or-points")->text)));
    const Answer& a = asked.answer;
    CHECK(a.sentence ==
          "Take the $15,000 fee unless the song will pass 146.6M streams: only then does the $7,500 "
          "recoupable advance + 3 points pay more.");
}
