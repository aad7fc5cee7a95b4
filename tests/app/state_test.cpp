// The web app's state without any drawing (web/app/state.hpp): views and their page queries, questions opening
// on their presets, undo and redo, removals undone from the notice, what the host is told, and hostile titles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dealsheet/link.hpp"
#include "dealsheet/questions.hpp"
#include "state.hpp"

using namespace dealsheet;
using namespace dealsheet::app;

namespace {

// What a State told its host, in order.
struct Recorder {
    std::vector<std::string> links, views, page_texts, copies, notices;
    HostCallbacks callbacks() {
        return HostCallbacks{
            .page_text_changed = [this](const std::string& json) { page_texts.push_back(json); },
            .link_changed = [this](const std::string& fragment) { links.push_back(fragment); },
            .view_changed = [this](const std::string& query) { views.push_back(query); },
            .notice_changed = [this](const std::string& message) { notices.push_back(message); },
            .copy_text = [this](const std::string& text, const std::string&) { copies.push_back(text); },
        };
    }
};

}  // namespace

TEST_CASE("every view has a page query that reads back as the same view", "[state][view]") {
    for (const QuestionName& row : question_names) {
        const View view{.screen = Screen::question, .question = row.question};
        CHECK(view_query(view) == "?q=" + std::string(row.key));
        REQUIRE(parse_view_query(view_query(view)));
        CHECK(*parse_view_query(view_query(view)) == view);
    }
    for (std::size_t i = 0; i < panel_keys.size(); ++i) {
        const View view{.screen = Screen::detail, .panel = static_cast<Panel>(i)};
        CHECK(view_query(view) == std::string("?panel=") + panel_keys[i]);
        CHECK(parse_view_query(view_query(view))->panel == view.panel);
    }
    CHECK(view_query(View{}) == "");
    CHECK_FALSE(parse_view_query(""));
    CHECK_FALSE(parse_view_query("?q=nonsense"));
    CHECK_FALSE(parse_view_query("?preset=fee-or-points&streams=5"));
    // Embeds put the view beside their options; a question wins over a panel.
    CHECK(parse_view_query("embed=1&readonly=1&q=co-writers")->question == Question::co_writers);
    CHECK(parse_view_query("?panel=points&q=label-deal")->screen == Screen::question);
}

TEST_CASE("a first visit opens on the start screen — a question opens on its own preset, one Back away",
          "[state][view]") {
    Recorder host;
    State state(host.callbacks(), 2026);
    CHECK(state.view().screen == Screen::start);
    CHECK(state.showing_defaults());

    const std::size_t texts_before = host.page_texts.size();
    state.go_to(View{.screen = Screen::question, .question = Question::fee_or_points});
    CHECK(state.view().screen == Screen::question);
    // The page hears the question's answer once, never the preset with the start screen still named (the page
    // applies a second text only after a pause, so a text in between would hold the answer back).
    REQUIRE(host.page_texts.size() == texts_before + 1);
    CHECK(host.page_texts.back().find("\"view\":\"question\"") != std::string::npos);
    REQUIRE(host.views == std::vector<std::string>{"?q=fee-or-points"});
    const Result<Scenario> preset = question_scenario(Question::fee_or_points);
    REQUIRE(preset.ok());
    CHECK(state.scenario() == preset.value());
    CHECK(state.answer().question == Question::fee_or_points);
    CHECK_FALSE(state.answer().sentence.empty());
    // The page's text carries the answer sentence; the link opens this view.
    CHECK(host.page_texts.back().find(state.answer().sentence.substr(0, 20)) != std::string::npos);
    state.set_page_url("https://example.org/dealsheet/");
    CHECK(state.link() == "https://example.org/dealsheet/?q=fee-or-points#" + encode_link(preset.value()));

    // Back (the page's popstate) shows the start again without a new history entry; Undo brings the defaults.
    state.show(View{.screen = Screen::start});
    CHECK(host.views.size() == 1);
    state.undo();
    CHECK(state.scenario() == new_scenario(2026));
}

TEST_CASE("a question link opens on its preset without an undo step — a scenario link keeps its numbers",
          "[state][view]") {
    Recorder host;
    State state(host.callbacks(), 2026);
    state.open_question_start(Question::co_writers);
    CHECK(state.scenario() == question_scenario(Question::co_writers).value());
    CHECK_FALSE(state.can_undo());
    CHECK(host.links.empty());  // the address the user came with is kept
    // The host hears of the preset with the question's view (show), not before with the start still on screen.
    CHECK(host.page_texts.empty());
    state.show(View{.screen = Screen::question, .question = Question::co_writers});
    REQUIRE(host.page_texts.size() == 1);
    CHECK(host.page_texts.back().find("\"view\":\"question\"") != std::string::npos);

    Scenario own;
    own.title = "Ours";
    State linked(host.callbacks(), 2026);
    REQUIRE(linked.open_fragment(encode_link(own)));
    linked.open_question_start(Question::co_writers);
    CHECK(linked.scenario() == own);
}

TEST_CASE("an edit in progress is one undo step and tells its link once, when it ends", "[state][undo]") {
    Recorder host;
    State state(host.callbacks(), 2026);
    for (int streams : {2'000'000, 3'000'000, 4'000'000}) {  // three frames of one drag
        state.editing().publishing_quick.streams = streams;
        state.commit_edit();
    }
    CHECK(host.links.empty());
    state.end_edit();
    REQUIRE(host.links.size() == 1);
    CHECK(host.links.back() == encode_link(state.scenario()));
    CHECK(state.scenario().publishing_quick.streams == 4'000'000);
    state.undo();
    CHECK(state.scenario() == new_scenario(2026));
    state.redo();
    CHECK(state.scenario().publishing_quick.streams == 4'000'000);
}

TEST_CASE("a new user starts in the current year — a link keeps its own", "[state][year]") {
    const State in_2027(HostCallbacks{}, 2027);
    CHECK(in_2027.scenario().publishing_quick.year == 2027);
    CHECK(in_2027.scenario().publishing.offering.year == 2027);
    // Past the statutory table (Phonorecords IV ends with 2027) a rate must be supplied: the defaults' year.
    const State in_2031(HostCallbacks{}, 2031);
    CHECK(in_2031.scenario() == Scenario{});
    State linked(HostCallbacks{}, 2027);
    REQUIRE(linked.open_fragment(encode_link(new_scenario(2026))));
    CHECK(linked.scenario().publishing_quick.year == 2026);
    linked.reset_to_defaults();
    CHECK(linked.scenario() == new_scenario(2027));
}

TEST_CASE("a link made before a correction opens with the corrected numbers and says what was corrected",
          "[state][links]") {
    // The fee-or-points preset as a version-1 link (tests/compat/format-1-links.json): its producer's $7,500 advance
    // is now a recording cost (recording.cpp's correction "party-advance-recording-cost").
    const std::string v1 =
        "#s=1~PY3BCoMwEER_"
        "ZRl6DCUiKuTSDykeoolWtCqJlRbJv3cN6mUZZt7ObNBQGxqoZ7xJJqUUcFAFq1CGqDfUEWA25VwGEfUB91BYO2MnhFLge5"
        "JXgd8L5mjzRTXY0ViDIzBQubim974XQ8bW-sfImxfzEGsWtlOap25cPE2ONFVd21pHjbUPuiVZT82gF1qt8x9Pt-LOzjywPL8Q_g";
    State state(HostCallbacks{}, 2026);
    REQUIRE(state.open_fragment(v1));
    CHECK(state.notice().starts_with("Corrected since this link was made: Corrected 2026-12-04: a producer's advance"));
    // The same scenario as a link of today's format has nothing to explain.
    State today(HostCallbacks{}, 2026);
    REQUIRE(today.open_fragment(state.fragment()));
    CHECK(today.notice().empty());
}

TEST_CASE("the build with the panels takes over the undo and redo steps, and asks for itself once", "[state][undo]") {
    int asked = 0;
    State first(HostCallbacks{.panels_needed = [&asked] { ++asked; }}, 2026);
    for (int streams : {2'000'000, 3'000'000, 4'000'000}) {  // three separate edits: three undo steps
        first.editing().publishing_quick.streams = streams;
        first.commit_edit();
        first.end_edit();
        first.start_undo_step();
    }
    first.undo();  // one redo step
    first.request_panels();
    first.request_panels();
    CHECK(asked == 1);

    State panels(HostCallbacks{}, 2026);
    REQUIRE(panels.open_fragment(first.fragment()));
    panels.adopt_history(first.history_links());
    CHECK(panels.scenario().publishing_quick.streams == 3'000'000);
    panels.redo();
    CHECK(panels.scenario().publishing_quick.streams == 4'000'000);
    panels.undo();
    panels.undo();
    CHECK(panels.scenario().publishing_quick.streams == 2'000'000);
    panels.undo();
    CHECK(panels.scenario() == new_scenario(2026));
    CHECK_FALSE(panels.can_undo());
    panels.adopt_history("not a link\n--\n");  // nothing valid: no steps
    CHECK_FALSE(panels.can_undo());
    CHECK_FALSE(panels.can_redo());
}

TEST_CASE("an invalid edit keeps the last valid scenario and names the field", "[state][problems]") {
    State state(HostCallbacks{}, 2026);
    state.editing().publishing_quick.year = 2031;
    state.commit_edit();
    CHECK(state.scenario() == new_scenario(2026));
    REQUIRE_FALSE(state.editing_problems().empty());
    // After 2027 there is no statutory streaming rate yet: the user must supply one (Phonorecords V pending).
    CHECK(state.editing_problems().front().field == "publishing.quick.rate");
    state.revert_editing();
    CHECK(state.editing_problems().empty());
    CHECK(state.editing() == new_scenario(2026));
}

TEST_CASE("a removal is undone from its notice", "[state][lists]") {
    State state(HostCallbacks{}, 2026);
    REQUIRE(state.open_preset("co-writers-three-deals"));
    const Scenario before = state.scenario();
    REQUIRE(before.publishing.writers.size() == 3);
    const std::string name = before.publishing.writers[1].name;
    state.editing().publishing.writers.erase(state.editing().publishing.writers.begin() + 1);
    state.commit_edit();
    state.removed(name);
    CHECK(state.removal() == "Removed " + name);
    CHECK(state.scenario().publishing.writers.size() == 2);
    state.undo_removal();
    CHECK(state.scenario() == before);
    CHECK(state.removal().empty());
    // A later edit takes the offer away: Undo then undoes that edit, not the removal.
    state.editing().publishing.writers.pop_back();
    state.commit_edit();
    state.removed("Writer C");
    state.editing().title = "Next";
    state.commit_edit();
    state.end_edit();
    CHECK(state.removal().empty());
}

TEST_CASE("new rows get names no row has", "[state][lists]") {
    CHECK(unique_name("Writer", {"Writer A", "Writer B", "Writer C"}) == "Writer 4");
    CHECK(unique_name("Writer", {"Writer 1", "Writer 2", "Writer 3"}) == "Writer 4");
    CHECK(unique_name("Writer", {"Writer 1", "Writer 3", "Writer 4"}) == "Writer 5");
    CHECK(unique_name("Producer", {}) == "Producer 1");
}

TEST_CASE("a read-only embed shows but never changes the scenario", "[state][embed]") {
    Recorder host;
    State state(host.callbacks(), 2026);
    state.set_embed({.embed = true, .read_only = true});
    state.editing().publishing_quick.streams = 5'000'000;
    state.commit_edit();
    CHECK(state.scenario() == new_scenario(2026));
    CHECK(state.editing() == new_scenario(2026));
    CHECK_FALSE(state.import_json("{}"));
    CHECK_FALSE(host.notices.empty());
}

TEST_CASE("a hostile title stays text: escaped in the page's JSON, harmless in the chat paste", "[state][sharing]") {
    Recorder host;
    State state(host.callbacks(), 2026);
    state.go_to(View{.screen = Screen::question, .question = Question::fee_or_points});
    state.editing().title = "@everyone \"quoted\" \\ [click](https://evil.example) <script>";
    state.commit_edit();
    state.end_edit();
    REQUIRE(state.editing_problems().empty());
    const std::string json = state.page_text();
    CHECK(json.find(R"(@everyone \"quoted\" \\ [click](https://evil.example) <script>)") != std::string::npos);
    CHECK(json.find('\n') == std::string::npos);
    state.copy(state.chat_text_now(), "Answer for chat");
    REQUIRE(host.copies.size() == 1);
    CHECK(host.copies[0].find("@everyone") == std::string::npos);  // cannot ping a whole server
    // No disguised link: every "](" of the title arrives escaped (Discord shows "\](" as typed text).
    for (std::size_t at = host.copies[0].find("]("); at != std::string::npos; at = host.copies[0].find("](", at + 1))
        CHECK((at > 0 && host.copies[0][at - 1] == '\\'));
    CHECK(state.status() == "Answer for chat copied");
}

TEST_CASE("a statement's chart text is read row by row, and a bad line refuses the whole text", "[state][statement]") {
    // distrokid-a.tsv's Spotify (9.311111110112 over 3,400 streams) and Apple Music rows, as the page writes them.
    const Result<StatementCharts> charts = parse_statement_charts(
        "currency\tUSD\n"
        "store\tSpotify\t9311111\t$9.31\t3,400 units, $2.74 per 1,000 streams\n"
        "store\tApple Music\t1400000\t$1.40\t200 units, $7.00 per 1,000 streams\n"
        "country\tUS\t12000000\t$12.00\t\n"
        "month\t2024-12\t-500000\t-$0.50\t1 units\n");
    REQUIRE(charts.ok());
    REQUIRE(charts.value().stores.size() == 2);
    CHECK(charts.value().stores[0].label == "Spotify");
    CHECK(charts.value().stores[0].amount == 9'311'111);
    CHECK(charts.value().stores[0].note == "3,400 units, $2.74 per 1,000 streams");
    CHECK(charts.value().countries.at(0).note.empty());
    CHECK(charts.value().months.at(0).amount == -500'000);  // a month of returns
    CHECK(charts.value().months.at(0).value == "-$0.50");
    CHECK(charts.value().currency == "USD");
    // tunecore.csv is in pounds: the chart's own sums are written as its rows are.
    const Result<StatementCharts> pounds = parse_statement_charts("currency\tGBP\nstore\tSpotify\t1\tGBP 0.00\t\n");
    REQUIRE(pounds.ok());
    CHECK(pounds.value().currency == "GBP");
    CHECK_FALSE(parse_statement_charts("currency\n").ok());

    const Result<StatementCharts> bad = parse_statement_charts("store\tSpotify\t9.31\t$9.31\t\nshop\tX\t1\t$0\t\n");
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.problems().size() == 2);
    CHECK(bad.problems()[0].field == "statement charts line 1");
    CHECK(bad.problems()[0].message == "has no whole number of micros as its amount");
    CHECK(bad.problems()[1].message == "is not a store, country or month row");
    CHECK_FALSE(parse_statement_charts("store\tSpotify\t1\n").ok());  // too few fields

    // The state draws them until they are hidden; the scenario and the view stay as they were.
    Recorder host;
    State state(host.callbacks(), 2026);
    const Scenario before = state.scenario();
    CHECK(state.statement_charts() == nullptr);
    state.show_statement_charts(charts.value());
    REQUIRE(state.statement_charts() != nullptr);
    CHECK(state.statement_charts()->stores.size() == 2);
    state.hide_statement_charts();
    CHECK(state.statement_charts() == nullptr);
    CHECK(state.scenario() == before);
    CHECK(host.page_texts.empty());
}
