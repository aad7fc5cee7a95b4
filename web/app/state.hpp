// Dealsheet web app — the state behind the UI, with no ImGui or Emscripten in it: the scenario and its edits,
// undo and redo, the view (start, a question, the full panels), the results derived once per change, notices,
// and what the page is told (host callbacks). Drawing code reads it and sends intents back; tests drive it alone.
//
// Index of this file
// [SECTION] Host callbacks
// [SECTION] Views and embed options
// [SECTION] A statement's charts
// [SECTION] State
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/questions.hpp"
#include "dealsheet/scenario.hpp"
#include "dealsheet/share.hpp"

namespace dealsheet::app {

// [SECTION] Host callbacks

// What the app asks of its host (the page), as named fields: set them with designated initializers. Every member
// may be empty (tests, native hosts).
struct HostCallbacks {
    // The result on screen changed: a plain-text summary for the screen-reader mirror.
    std::function<void(const std::string& summary)> result_changed = nullptr;
    // What the page shows as real text (selectable, findable) changed: a JSON object (see State::page_text()).
    std::function<void(const std::string& json)> page_text_changed = nullptr;
    // The user changed the scenario: the fragment that reopens it, for the address bar and the device's
    // "last scenario". Not called when a link was opened, so the address the user came with is kept.
    std::function<void(const std::string& fragment)> link_changed = nullptr;
    // The user moved to another view: its page query ("?q=fee-or-points", "?panel=points", "" = the start),
    // for a new history entry, so Back returns to the previous view.
    std::function<void(const std::string& query)> view_changed = nullptr;
    // Something the user must know (a bad link, an impossible value), or "" when it is cleared.
    std::function<void(const std::string& message)> notice_changed = nullptr;
    // Save `text` as a file named `filename` of MIME type `mime` on the user's device (a download).
    std::function<void(const std::string& filename, const std::string& mime, const std::string& text)> save_file =
        nullptr;
    // Put `text` on the system clipboard; `what` says what it is ("Answer", "Link") for the page's confirmation.
    std::function<void(const std::string& text, const std::string& what)> copy_text = nullptr;
    // Offer `text` to the system share sheet where the device has one, else copy it (`what` as for copy_text).
    std::function<void(const std::string& text, const std::string& what)> share_text = nullptr;
    // Let the user pick a scenario JSON file; the host passes its text to State::import_json.
    std::function<void()> pick_file = nullptr;
    // Open `url` in a new tab (embeds: "Open in Dealsheet" with the same scenario).
    std::function<void(const std::string& url)> open_url = nullptr;
    // The colours changed (true = dark), so the page around the canvas can follow.
    std::function<void(bool dark)> theme_changed = nullptr;
    // The detailed panels are wanted but this build draws only the start and the questions (the page's first
    // load): the host loads the build with the panels and hands it this state (State::history_links and the
    // view). Called once per request.
    std::function<void()> panels_needed = nullptr;
    // Open the page's statement view ("What do I really earn?"): the user's distributor file, read on the device.
    std::function<void()> open_statement = nullptr;
};

// [SECTION] Views and embed options

enum class Panel { streams, recording, points, publishing, splits, compare, sources };
inline constexpr std::array<const char*, 7> panel_keys{"streams", "recording", "points", "publishing",
                                                       "splits",  "compare",   "sources"};
inline constexpr std::array<const char*, 7> panel_titles{"Streams", "Recording deal", "Points", "Publishing",
                                                         "Splits",  "Compare",        "Sources"};

// What the screen shows: the six questions, one question's short view, or the full panels ("More detail").
enum class Screen { start, question, detail };

struct View {
    Screen screen = Screen::start;
    Question question = Question::fee_or_points;  // the question shown (screen == question), or last shown
    Panel panel = Panel::streams;                 // the panel shown (screen == detail)
    bool operator==(const View&) const = default;
};

// The page query that opens `view`: "" (start), "?q=fee-or-points", "?panel=points".
std::string view_query(const View& view);
// The view a page query asks for ("?q=…", "?panel=…", "embed=1&q=…"; '?' optional); empty when it names none
// (or names an unknown question or panel).
std::optional<View> parse_view_query(std::string_view query);

enum class ThemeMode { automatic, light, dark };

// A default name for a new row that no row has yet: "Writer 4" for a fourth row, or the next free number when
// that is taken ("Writer 5" beside a renamed "Writer 4").
std::string unique_name(const std::string& base, const std::vector<std::string>& taken);

// How an embedding page wants the app (URL parameters embed=1, panel=, q=, theme=, readonly=1).
struct EmbedOptions {
    bool embed = false;        // compact chrome: no menus, an "Open in Dealsheet" link
    bool read_only = false;    // inputs shown but not editable
    bool single_view = false;  // the page named a question or a panel: show it alone, without tabs
};

// [SECTION] A statement's charts

// One row of a statement's chart: a store, a country or a sale month, with its earnings.
struct StatementChartRow {
    std::string label;
    Micros amount = 0;  // in the statement's currency
    std::string value;  // the amount as shown ("$9.31", "GBP 4.20")
    std::string note;   // what a tooltip adds ("3,400 units, $2.74 per 1,000 streams")
};
// The charts of a statement read in the statement view (the page's statement-page.js): the canvas, moved into that
// view, draws them in place of the calculator while it is open. The page keeps the tables as text.
struct StatementCharts {
    std::string currency = "USD";                      // the amounts' ISO code
    std::vector<StatementChartRow> stores, countries;  // largest first
    std::vector<StatementChartRow> months;             // in calendar order
};
// Reads the page's chart text: a row a line, "store|country|month TAB label TAB micros TAB value TAB note", and
// "currency TAB code" when not dollars. A line of another kind, of other fields or without a whole number of micros
// is a problem named by its line, and then none of the text is read.
Result<StatementCharts> parse_statement_charts(std::string_view text);

// [SECTION] State

inline constexpr std::size_t long_link_chars = 2000;  // above this, chats cut links: offer a JSON file instead
inline constexpr std::size_t max_undo = 100;          // scenarios kept for undo

// The results derived from one scenario's result, once per change (a frame only draws).
struct Derived {
    std::vector<PartyTotal> parties;  // party_totals
    MoneyFlow flow;                   // listener_dollar_flow
    PayoutCurves curves;              // payout_curves (empty when self-released)
    Assumptions assumptions;          // every result's assumptions, each once
};

class State {
public:
    // The scenario a user starts from in `current_year` (new_scenario), on the start screen. A year past the
    // statutory rate table, which needs a rate the user supplies, starts from the defaults' own year instead.
    State(HostCallbacks host, int current_year);

    // --- Opening scenarios
    // Opens a link fragment ('#' optional), a readable ?query link or a whole URL. On any problem the current
    // scenario is kept, the problems are shown (notice), and false is returned.
    bool open_fragment(const std::string& fragment);
    // Opens a scenario JSON document (an imported file). Problems are shown naming each field, the scenario on
    // screen is kept, and false is returned.
    bool import_json(const std::string& text);
    // Opens the preset named `name` (file name without ".json") as an undoable edit, on the question it was made
    // for when there is one; false when there is no such preset.
    bool open_preset(std::string_view name);
    // Opens `question`'s own starting numbers (its preset) when the defaults are on screen, as if a link had
    // opened them (no undo step, the address kept); anything else on screen is kept. The host hears of them with
    // the question's view, when it is shown next (show), not before with the view still on screen.
    void open_question_start(Question question);
    // Offers to reopen the scenario the user had last on this device (its fragment) until restored or dismissed.
    void offer_restore(const std::string& fragment);
    void restore();                                                         // reopens the offered scenario as an edit
    void dismiss_restore();                                                 // forgets the offer
    const std::string& restore_offer() const { return restore_fragment_; }  // "" when none

    // --- Editing
    // The scenario as the input widgets hold it, possibly invalid while typing; commit_edit() after changing it.
    Scenario& editing() { return editing_; }
    // Validates editing(); when valid, adopts it (one undo step per edit in progress), else keeps the problems
    // for the fields. A read-only embed drops the change.
    void commit_edit();
    // Adopts `scenario` as an edit (a question's input, set through with_input), same rules as commit_edit.
    void edit_to(const Scenario& scenario);
    // A field was activated: the previous field's edit is published, and the next change is a new undo step.
    void start_undo_step();
    // No widget is active any more: the edit in progress ends and the host hears of its link and result.
    void end_edit();
    // Drops invalid edits: the widgets show the last valid scenario again.
    void revert_editing();
    const Problems& editing_problems() const { return editing_problems_; }
    // The user removed `what` ("Writer B"): an undo step was made; a short-lived notice offers to undo it.
    void removed(const std::string& what);
    const std::string& removal() const { return removal_; }  // "Removed Writer B" while on offer, else ""
    void undo_removal();                                     // undoes the removal on offer

    // --- Undo and redo of scenario changes
    void undo();
    void redo();
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // The undo and redo steps as link fragments, oldest first, one a line, the two lists split by a line "--":
    // what the build with the panels adopts (adopt_history) when the page swaps to it.
    std::string history_links() const;
    // Takes over undo and redo steps from history_links(); a line that is not a valid link is skipped (the
    // steps come from this same app, so none is).
    void adopt_history(std::string_view links);
    void reset_to_defaults();  // the scenario a user starts from (the constructor's), as an undoable edit
    const Scenario& starting_scenario() const { return start_; }

    // --- Views
    const View& view() const { return view_; }
    // Moves to `view` as a step of its own: the host adds a history entry. Opening a question with the default
    // scenario on screen opens its preset first (the question's own starting numbers).
    void go_to(const View& view);
    // Shows `view` without a history entry (Back/Forward, start-up, embeds).
    void show(const View& view);

    // --- Results
    const Scenario& scenario() const { return scenario_; }  // the last valid scenario: the one results show
    const ScenarioResult& result() const { return result_; }
    const Derived& derived() const { return derived_; }
    // The answer to the question on screen (or last shown), from the scenario on screen.
    const Answer& answer() const { return answer_; }
    // The page's real text for this view, as JSON: {"view", "title", "question", "sentence", "figures":[{label,
    // value, note}], "explanations":[…], "notes":[…], "table":[{party, role, side, amount}]}.
    std::string page_text() const;
    // The answer as chat text, with the link that opens this view.
    std::string chat_text_now() const;

    // --- Link and sharing
    void set_page_url(std::string url) { page_url_ = std::move(url); }  // the app's address without query or fragment
    const std::string& fragment() const;                                // the link fragment of the scenario on screen
    std::string link() const;  // page URL + this view's query + fragment: what "Copy link" copies
    // Tells the host now what an edit in progress has changed so far (link and result).
    void publish_pending();
    void announce() const;  // tells the host the current result and page text (e.g. once at start-up)
    // Copies `text` (named `what`) through the host and acknowledges it in the status line.
    void copy(const std::string& text, const std::string& what);
    // Offers `text` to the system share sheet (or copies it), acknowledged like copy().
    void share(const std::string& text, const std::string& what);
    // Saves a download named after the scenario's title and `date` (ISO), e.g. "fee-or-points-2026-12-04.csv".
    void save(std::string_view extension, const std::string& mime, const std::string& text, const std::string& date);

    // --- Notices and the status line
    const std::string& notice() const { return notice_; }
    void set_notice(std::string message);
    const std::string& status() const { return status_; }  // a short acknowledgement ("Link copied"), or ""
    void set_status(std::string message) { status_ = std::move(message); }

    // --- Settings from the page
    void set_embed(const EmbedOptions& options) { embed_ = options; }
    const EmbedOptions& embed() const { return embed_; }
    void set_theme_mode(ThemeMode mode);
    void set_system_dark(bool dark);
    ThemeMode theme_mode() const { return theme_mode_; }
    bool dark() const;                                           // the colours to use now
    bool showing_defaults() const { return showing_defaults_; }  // no link opened, no edit made yet
    bool edit_in_progress() const { return edit_in_progress_; }
    const std::string& last_fragment() const { return fragment_; }  // the link as last made (during a drag)
    bool fragment_stale() const { return fragment_stale_; }

    // --- The statement view's charts (drawn instead of the calculator while the view holds the canvas)
    void show_statement_charts(StatementCharts charts) { statement_charts_ = std::move(charts); }
    void hide_statement_charts() { statement_charts_.reset(); }
    const StatementCharts* statement_charts() const { return statement_charts_ ? &*statement_charts_ : nullptr; }

    const HostCallbacks& host() const { return host_; }
    // Asks the host for the build with the panels (HostCallbacks::panels_needed), once.
    void request_panels();

private:
    // start: the scenario a new user starts from; link: an opened link; view: a question's starting numbers, told
    // to the host by the view shown next (show); edit and undo: the user's.
    enum class Origin { start, link, view, edit, undo };
    void set_scenario(const Scenario& scenario, Origin origin);  // adopt a valid scenario, recompute, tell the host
    void enter(const View& view);  // `view` becomes the one on screen, untold (show and go_to tell)
    // Undo (from the undo steps to the redo steps) or redo (back): the scenario on screen goes onto `to`, the
    // last of `from` comes on screen, and the status says `status`.
    void step(std::vector<Scenario>& from, std::vector<Scenario>& to, const char* status);
    void push_undo();         // the scenario on screen becomes the last undo step; redo is forgotten
    void derive();            // recompute derived_ and answer_ from result_
    void publish(bool link);  // tell the host the result and, when `link`, the link of the scenario on screen

    HostCallbacks host_;
    Scenario start_;  // what a new user starts from: new_scenario(current year)
    Scenario scenario_;
    Scenario editing_;
    Problems editing_problems_;
    ScenarioResult result_;
    Derived derived_;
    Answer answer_;
    // encode_link(scenario_), made when first asked for after a change; during an edit in progress nothing asks.
    mutable std::string fragment_;
    mutable bool fragment_stale_ = true;
    bool publish_pending_ = false;  // an edit in progress changed the scenario; the host has not been told
    std::string notice_;
    std::string status_;
    std::string removal_;
    std::string page_url_;
    std::string restore_fragment_;
    std::vector<Scenario> undo_, redo_;
    bool edit_in_progress_ = false;  // a widget is being dragged or typed in: one undo step for all of it
    bool showing_defaults_ = true;
    EmbedOptions embed_;
    std::optional<StatementCharts> statement_charts_;
    ThemeMode theme_mode_ = ThemeMode::automatic;
    bool system_dark_ = true;
    View view_;
    bool panels_requested_ = false;
};

}  // namespace dealsheet::app
