// Dealsheet core — the six questions users come with, as data, and each one's plain answer: one sentence, a few
// figures, the one-line reason behind every break-even, and the same answer as chat text and CSV.
//
// Index of this file
// [SECTION] The questions (one name table)
// [SECTION] The inputs that decide each answer
// [SECTION] Answers
// [SECTION] Sharing an answer: chat text, CSV, a file name
//
// Why here: the web app, the CLI (`dealsheet --answer fee-or-points`) and the JS API (api::answer) must say the
// same words about the same numbers, so the words are made once, from ScenarioResult, and never recomputed
// downstream. Every figure shown in cents adds up to the total shown beside it; shares shown add up to 100%.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet {

// [SECTION] The questions (one name table)

// The questions of ux.md, in its order.
enum class Question { fee_or_points, when_paid, what_streams_pay, co_writers, self_release_split, label_deal };

// One question's names: the key links and the CLI use, the users' own wording, the preset it opens on.
struct QuestionName {
    Question question;
    std::string_view key;     // "fee-or-points": in links (#q=fee-or-points) and `dealsheet --answer fee-or-points`
    std::string_view title;   // the users' own wording: "Fee or points?"
    std::string_view preset;  // assets/presets/<preset>.json, the scenario the question starts from
};

// Every question, in enum order: the one table parsing, printing and UI labels use.
inline constexpr std::array<QuestionName, 6> question_names{{
    {Question::fee_or_points, "fee-or-points", "Fee or points?", "question-fee-or-points"},
    {Question::when_paid, "when-paid", "When do I (or my producer) actually get paid?", "question-when-paid"},
    {Question::what_streams_pay, "what-streams-pay",
     "What do N streams pay \xE2\x80\x94 me, the label, the songwriters?", "question-what-streams-pay"},
    {Question::co_writers, "co-writers", "What does each co-writer get?", "question-co-writers"},
    {Question::self_release_split, "self-release-split",
     "We self-release and split it \xE2\x80\x94 who gets what, and when does the split start?",
     "question-self-release-split"},
    {Question::label_deal, "label-deal", "Is this label deal worth it?", "question-label-deal"},
}};

// The key of `question` ("fee-or-points"); "" for a value outside the enum.
std::string_view to_string(Question question);
// The question whose key is `key` (exact, lower case), or empty for an unknown key.
std::optional<Question> parse_question(std::string_view key);
// The question's name row. Precondition: `question` is a Question value.
const QuestionName& question_name(Question question);

// [SECTION] The inputs that decide each answer

// What an input's number means; picks its display, step and keyboard.
enum class InputUnit { money, percent, points, streams, count, choice };
inline constexpr std::array<std::string_view, 6> input_unit_names{"money",   "percent", "points",
                                                                  "streams", "count",   "choice"};
std::string_view to_string(InputUnit unit);  // "money"; "" for a value outside the enum

// The phone keyboard an input needs (HTML inputmode): whole numbers, or numbers with a decimal point.
enum class Keyboard { numeric, decimal };
inline constexpr std::array<std::string_view, 2> keyboard_names{"numeric", "decimal"};
std::string_view to_string(Keyboard keyboard);  // "numeric", "decimal"; "" for a value outside the enum

// One option of a choice input: the JSON value and the users' words for it.
struct InputChoice {
    std::string_view value;  // as the scenario JSON holds it: "record_one"
    std::string_view label;  // "From the first stream"
};

// One input that decides an answer. Values are in the scenario JSON's own units: dollars for money, percent for
// percent and points (3 points = 3), whole numbers for streams and counts.
struct QuestionInput {
    std::string_view path;       // the scenario field's JSON path: "compare.offers[1].advance"
    std::string_view also_path;  // a second field that always takes the same value ("" = none): one stream count
                                 // feeds the master side and publishing alike
    std::string_view label;      // in the users' words: "Advance against points"
    InputUnit unit;
    double step;        // one tap of + or −, in the unit: $500, 1 point, 1%, 100,000 streams, 1 writer
    double min, max;    // the range the field accepts, in the unit
    Keyboard keyboard;  // numeric for whole numbers (streams, points, counts), decimal for money and percent
    std::span<const InputChoice> choices;  // choice inputs: every option; empty otherwise
    std::string_view help;                 // one line on what it is and where the default comes from; "" = none
};

// The 2–4 inputs that decide `question`'s answer, most decisive first. For a count on a list ("publishing.writers")
// the value is the list's length (see with_input).
std::span<const QuestionInput> question_inputs(Question question);

// The starting scenario of `question`: its preset (question_name(q).preset), parsed.
Result<Scenario> question_scenario(Question question);

// The input's current value in `scenario` (in the input's unit; a choice gives its option's index), or empty when
// the path does not exist there (e.g. an offer the scenario lacks).
std::optional<double> input_value(const Scenario& scenario, const QuestionInput& input);

// `scenario` with the input set to `value` (in the input's unit; a choice takes its option's index; a count on a
// list grows it by copying the last entry with a new name, or shrinks it from the end), and its also_path with it;
// or the problems the new scenario has, each naming the field's JSON path.
Result<Scenario> with_input(const Scenario& scenario, const QuestionInput& input, double value);

// [SECTION] Answers

// One key figure beside the answer sentence.
struct Figure {
    std::string label;                    // "Full fee", "Writer A", "Break-even"
    std::string value;                    // as displayed: "$15,000.00", "146,627,566 streams", "33.33%"
    std::optional<Micros> amount;         // money figures: the amount whose display is `value` (cents add up)
    std::optional<std::int64_t> streams;  // stream figures
    std::string note;  // a deliberate difference from the rest of the page, said beside the figure; "" = none
};

// A break-even and the one line that explains it.
struct BreakEven {
    std::string label;                    // "Points beat the bigger fee"
    std::optional<std::int64_t> streams;  // empty = never (within 100 billion streams)
    std::string explanation;  // "the $7,500 advance is earned back first — 73.3M streams — then 73.3M more to
                              // beat the bigger fee"
};

// A question answered for one scenario.
struct Answer {
    Question question = Question::fee_or_points;
    std::string title;                   // the question's title (question_name(q).title)
    std::string sentence;                // one plain sentence, the verdict first; says whether money up front is a
                                         // fee or a recoupable advance
    std::vector<Figure> figures;         // 1–4 key figures (co-writers: one per writer); money figures that are parts
                                         // of one total show cents adding up to it
    std::vector<BreakEven> break_evens;  // every break-even the sentence relies on, each explained
    std::vector<std::string> notes;      // anything else the reader must know (an estimate's basis); may be empty
};

// `question` answered from a scenario and its result (calculate(scenario)). When the scenario lacks what the
// question needs (no offers to compare, no co-writers, not self-released), the sentence says what to add and there
// are no figures. Never fails: every scenario that calculated has an answer.
Answer answer(Question question, const Scenario& scenario, const ScenarioResult& result);

// Shares of a whole as displayed percentages with two decimals, in hundredths of a percent, summing to exactly
// 10,000 (100.00%) by largest remainder; all zero when every weight is zero. Preconditions as allocate().
std::vector<std::int64_t> displayed_share_bp100(std::span<const std::int64_t> weights_ppm);

// Amounts rounded to cents so the cents add up to the total's own cents (largest remainder on the displayed
// cents): six writers of $233.016… under $1,398.10 show cents summing to 139,810. Amounts must be ≥ 0.
std::vector<std::int64_t> displayed_cents(std::span<const Micros> amounts, Micros total);

// [SECTION] Sharing an answer: chat text, CSV, a file name

// The answer as plain text for a terminal: the title, the sentence, each figure with its note, each break-even
// with its explanation, the notes. Lines end with '\n'; no terminal escapes.
std::string answer_text(const Answer& answer);

// 3–6 plain lines for a chat (Discord, Slack, WhatsApp, iMessage): the verdict sentence, the title, up to three
// figures, then the link (`link` may be ""). No tables; the user's text (title, names) is escaped for chat
// Markdown and cannot ping (@everyone) or disguise a link.
std::string chat_text(const Answer& answer, const Scenario& scenario, const std::string& link);

// The answer as CSV (RFC 4180, CRLF): the title, the date (`date`, ISO "2026-12-04", as given), the question, the
// sentence, each input that decides the answer with its value, each figure, and the link. Every cell is guarded
// against spreadsheet formulas.
std::string answer_csv(const Answer& answer, const Scenario& scenario, const std::string& date,
                       const std::string& link);

// A download file name from the title and the date: "3-points-or-a-bigger-fee-2026-12-04.csv" — lower-case ASCII
// letters, digits and '-', at most 80 characters before the extension; "dealsheet-<date>.csv" for an empty title.
std::string download_file_name(const std::string& title, const std::string& date, std::string_view extension = "csv");

}  // namespace dealsheet
