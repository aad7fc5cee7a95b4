// Dealsheet web app — the state behind the UI (see state.hpp): scenario, undo, view, derived results, notices.
//
// Index of this file
// [SECTION] Views as page queries, a statement's charts
// [SECTION] Opening scenarios
// [SECTION] Editing, undo and redo
// [SECTION] Views
// [SECTION] Results and page text
// [SECTION] Link, sharing, notices, settings
#include "state.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string>

#include "dealsheet/link.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/sources.hpp"

namespace dealsheet::app {

// [SECTION] Views as page queries, a statement's charts

namespace {
// The text before the first `delimiter` (all of it when there is none); `text` keeps what follows the delimiter.
std::string_view take_until(std::string_view& text, char delimiter) {
    const std::size_t end = std::min(text.find(delimiter), text.size());
    const std::string_view piece = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    return piece;
}
}  // namespace

std::string view_query(const View& view) {
    switch (view.screen) {
        case Screen::start: return "";
        case Screen::question: return "?q=" + std::string(to_string(view.question));
        case Screen::detail: return std::string("?panel=") + panel_keys[static_cast<std::size_t>(view.panel)];
    }
    return "";
}

std::optional<View> parse_view_query(std::string_view query) {
    if (!query.empty() && (query.front() == '?' || query.front() == '#')) query.remove_prefix(1);
    std::optional<View> found;
    while (!query.empty()) {
        const std::string_view pair = take_until(query, '&');
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view name = pair.substr(0, eq), value = pair.substr(eq + 1);
        if (name == "q") {
            if (const std::optional<Question> question = parse_question(value))
                return View{.screen = Screen::question, .question = *question};  // a question wins over a panel
        } else if (name == "panel") {
            for (std::size_t i = 0; i < panel_keys.size(); ++i)
                if (value == panel_keys[i]) found = View{.screen = Screen::detail, .panel = static_cast<Panel>(i)};
        }
    }
    return found;
}

Result<StatementCharts> parse_statement_charts(std::string_view text) {
    StatementCharts charts;
    Problems problems;
    int line_number = 0;
    while (!text.empty()) {
        const std::string_view line = take_until(text, '\n');
        ++line_number;
        if (line.empty()) continue;
        std::vector<std::string_view> fields;
        for (std::string_view rest = line;;) {
            const std::size_t tab = rest.find('\t');
            fields.push_back(rest.substr(0, tab));
            if (tab == std::string_view::npos) break;
            rest.remove_prefix(tab + 1);
        }
        const std::string where = "statement charts line " + std::to_string(line_number);
        if (fields[0] == "currency") {
            if (fields.size() == 2 && !fields[1].empty())
                charts.currency = std::string(fields[1]);
            else
                problems.push_back({where, "must be \"currency\", a tab and the currency's code"});
            continue;
        }
        std::vector<StatementChartRow>* rows = fields[0] == "store"     ? &charts.stores
                                               : fields[0] == "country" ? &charts.countries
                                               : fields[0] == "month"   ? &charts.months
                                                                        : nullptr;
        Micros amount = 0;
        const bool enough = fields.size() == 5;
        const bool whole = enough &&
                           std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), amount).ptr ==
                               fields[2].data() + fields[2].size() &&
                           !fields[2].empty();
        if (!rows) {
            problems.push_back({where, "is not a store, country or month row"});
        } else if (!enough) {
            problems.push_back({where, "has " + std::to_string(fields.size()) + " fields, not 5"});
        } else if (!whole) {
            problems.push_back({where, "has no whole number of micros as its amount"});
        } else {
            rows->push_back({.label = std::string(fields[1]),
                             .amount = amount,
                             .value = std::string(fields[3]),
                             .note = std::string(fields[4])});
        }
    }
    if (!problems.empty()) return problems;
    return charts;
}

std::string unique_name(const std::string& base, const std::vector<std::string>& taken) {
    for (std::size_t n = taken.size() + 1;; ++n) {
        std::string name = base + " " + std::to_string(n);
        if (std::find(taken.begin(), taken.end(), name) == taken.end()) return name;
    }
}

// [SECTION] Opening scenarios

namespace {

std::string problems_sentence(const Problems& problems) {
    std::string message;
    for (const Problem& problem : problems)
        message += (problem.field == "link" ? "The link " : problem.field + ": ") + problem.message + ". ";
    return message;
}

// The question whose starting preset is `name`, if any.
std::optional<Question> question_of_preset(std::string_view name) {
    for (const QuestionName& row : question_names)
        if (row.preset == name) return row.question;
    return std::nullopt;
}

}  // namespace

namespace {
Scenario start_of(int current_year) {
    Scenario start = new_scenario(current_year);
    return calculate(start).ok() ? start : Scenario{};
}
}  // namespace

State::State(HostCallbacks host, int current_year) : host_(std::move(host)), start_(start_of(current_year)) {
    set_scenario(start_, Origin::start);
}

bool State::open_fragment(const std::string& fragment) {
    Result<Scenario> decoded = decode_link(fragment);
    if (!decoded.ok()) {
        std::string message = "This link could not be opened. " + problems_sentence(decoded.problems());
        message += showing_defaults_ ? "Showing the default scenario instead." : "The scenario on screen is unchanged.";
        set_notice(std::move(message));
        return false;
    }
    set_notice("");
    if (decoded.value() == scenario_ && showing_defaults_) return true;  // a plain address: still the defaults
    if (decoded.value() != scenario_) push_undo();
    set_scenario(decoded.value(), Origin::link);
    // A link written before a correction of how deals are applied opens with the corrected numbers: the page says
    // what changed since it was made.
    const std::optional<int> version = link_format_version(fragment);
    if (version && *version < scenario_format_version) {
        std::string corrected;
        const auto add = [&corrected](const std::vector<Correction>& corrections) {
            for (const Correction& correction : corrections)
                if (corrected.find(correction.text) == std::string::npos) corrected += " " + correction.text;
        };
        if (result_.release.recording) add(result_.release.recording->corrections);
        if (result_.comparison) add(result_.comparison->corrections);
        if (!corrected.empty()) set_notice("Corrected since this link was made:" + corrected);
    }
    return true;
}

bool State::import_json(const std::string& text) {
    if (embed_.read_only) {
        set_notice("This calculator is read-only: open it in Dealsheet to import a scenario.");
        return false;
    }
    Result<Scenario> parsed = scenario_from_json(text);
    if (!parsed.ok()) {
        set_notice("This file could not be imported. " + problems_sentence(parsed.problems()) +
                   "The scenario on screen is unchanged.");
        return false;
    }
    set_notice("");
    push_undo();
    set_scenario(parsed.value(), Origin::edit);
    status_ = "Imported \u201c" + (scenario_.title.empty() ? std::string("scenario") : scenario_.title) + "\u201d";
    return true;
}

bool State::open_preset(std::string_view name) {
    const EmbeddedFile* file = find_preset(name);
    if (!file) return false;
    Result<Scenario> scenario = scenario_from_json(file->text);
    if (!scenario.ok()) return false;
    push_undo();
    set_scenario(scenario.value(), Origin::edit);
    status_ = "Opened \u201c" + (scenario_.title.empty() ? std::string(name) : scenario_.title) + "\u201d";
    if (const std::optional<Question> question = question_of_preset(name))
        go_to(View{.screen = Screen::question, .question = *question, .panel = view_.panel});
    return true;
}

void State::open_question_start(Question question) {
    if (!showing_defaults_) return;
    Result<Scenario> start = question_scenario(question);
    if (start.ok()) set_scenario(start.value(), Origin::view);
}

void State::offer_restore(const std::string& fragment) {
    if (decode_link(fragment).ok() && fragment != this->fragment()) restore_fragment_ = fragment;
}

void State::restore() {
    const std::string fragment = std::exchange(restore_fragment_, std::string());
    if (open_fragment(fragment) && host_.link_changed) host_.link_changed(this->fragment());
}

void State::dismiss_restore() { restore_fragment_.clear(); }

void State::set_scenario(const Scenario& scenario, Origin origin) {
    Result<ScenarioResult> calculated = calculate(scenario);
    if (!calculated.ok()) {  // unreachable for decoded or validated input; keep the last good state
        editing_problems_ = calculated.problems();
        return;
    }
    scenario_ = scenario;
    if (origin != Origin::start) showing_defaults_ = false;
    editing_ = scenario;
    editing_problems_.clear();
    result_ = std::move(calculated.value());
    derive();
    fragment_stale_ = true;
    if (undo_.size() > max_undo) undo_.erase(undo_.begin());
    if (origin == Origin::start) return;
    restore_fragment_.clear();                          // the user has moved on
    if (origin == Origin::view) return;                 // the view that opened it tells the host (show)
    if (origin == Origin::edit && edit_in_progress_) {  // the link is made once, when the edit ends
        publish_pending_ = true;
        // The answer on the page follows every keystroke and drag frame; the screen readers' mirror waits for
        // the edit to end, so it is read once.
        if (host_.page_text_changed) host_.page_text_changed(page_text());
    } else {
        publish(origin != Origin::link);
    }
}

// [SECTION] Editing, undo and redo

std::string State::history_links() const {
    std::string links;
    for (const Scenario& step : undo_) links += encode_link(step) + "\n";
    links += "--\n";
    for (const Scenario& step : redo_) links += encode_link(step) + "\n";
    return links;
}

void State::adopt_history(std::string_view links) {
    std::vector<Scenario>* into = &undo_;
    undo_.clear();
    redo_.clear();
    while (!links.empty()) {
        const std::string_view line = take_until(links, '\n');
        if (line == "--") {
            into = &redo_;
        } else if (Result<Scenario> step = decode_link(line); step.ok()) {
            into->push_back(step.value());
        }
    }
    if (undo_.size() > max_undo) undo_.erase(undo_.begin(), undo_.end() - static_cast<std::ptrdiff_t>(max_undo));
}

void State::request_panels() {
    if (panels_requested_) return;
    panels_requested_ = true;
    if (host_.panels_needed) host_.panels_needed();
}

void State::push_undo() {
    undo_.push_back(scenario_);
    redo_.clear();
    removal_.clear();
}

void State::commit_edit() {
    if (embed_.read_only) {
        editing_ = scenario_;
        return;
    }
    status_.clear();
    editing_problems_ = validate(editing_);
    if (!editing_problems_.empty()) return;
    if (!edit_in_progress_) push_undo();  // a drag or a typed number is one undo step, however many frames
    edit_in_progress_ = true;
    set_scenario(editing_, Origin::edit);
}

void State::edit_to(const Scenario& scenario) {
    editing_ = scenario;
    commit_edit();
}

void State::start_undo_step() {
    publish_pending();
    edit_in_progress_ = false;
}

void State::end_edit() {
    edit_in_progress_ = false;
    publish_pending();
}

void State::revert_editing() {
    editing_ = scenario_;
    editing_problems_.clear();
}

void State::removed(const std::string& what) {
    end_edit();  // the removal is a step of its own
    removal_ = "Removed " + what;
}

void State::undo_removal() {
    if (removal_.empty()) return;
    undo();
    status_ = removal_ + ": undone";
    removal_.clear();
}

void State::undo() { step(undo_, redo_, "Undone"); }

void State::redo() { step(redo_, undo_, "Redone"); }

void State::step(std::vector<Scenario>& from, std::vector<Scenario>& to, const char* status) {
    if (from.empty() || embed_.read_only) return;
    end_edit();
    to.push_back(scenario_);
    const Scenario next = from.back();
    from.pop_back();
    removal_.clear();  // the removal offered for undoing is undone or redone now
    set_scenario(next, Origin::undo);
    status_ = status;
}

void State::reset_to_defaults() {
    if (scenario_ == start_) return;
    push_undo();
    set_scenario(start_, Origin::edit);
    status_ = "Reset to the defaults (Undo brings your scenario back)";
}

// [SECTION] Views

void State::go_to(const View& view) {
    if (view == view_) return;
    // A question opened on the defaults starts from its own preset: the defaults answer no question well. The
    // view is entered first, so the host hears the preset's result once, with the question's answer.
    bool announced = false;
    if (view.screen == Screen::question && showing_defaults_ && !embed_.read_only) {
        Result<Scenario> start = question_scenario(view.question);
        if (start.ok()) {
            enter(view);
            push_undo();
            set_scenario(start.value(), Origin::edit);
            announced = scenario_ == start.value();
        }
    }
    if (!announced) show(view);
    if (host_.view_changed) host_.view_changed(view_query(view_));
}

void State::enter(const View& view) {
    if (view.screen == Screen::question) view_.question = view.question;
    if (view.screen == Screen::detail) view_.panel = view.panel;
    view_.screen = view.screen;
}

void State::show(const View& view) {
    enter(view);
    answer_ = dealsheet::answer(view_.question, scenario_, result_);
    announce();
}

// [SECTION] Results and page text

void State::derive() {
    derived_.parties = party_totals(scenario_, result_);
    derived_.flow = listener_dollar_flow(scenario_, result_);
    Result<PayoutCurves> curves = payout_curves(scenario_, result_, 60);
    derived_.curves = curves.ok() ? std::move(curves.value()) : PayoutCurves{};
    // Every result's assumptions, each once (by name and value), in order: pointers first, one copy each.
    std::vector<const Assumption*> all;
    auto add = [&all](const Assumptions& more) {
        for (const Assumption& a : more) {
            const bool seen = std::any_of(
                all.begin(), all.end(), [&a](const Assumption* b) { return b->name == a.name && b->value == a.value; });
            if (!seen) all.push_back(&a);
        }
    };
    for (const Assumptions* list : assumption_lists(result_)) add(*list);
    add(derived_.flow.assumptions);
    derived_.assumptions.clear();
    derived_.assumptions.reserve(all.size());
    for (const Assumption* a : all) derived_.assumptions.push_back(*a);
    answer_ = dealsheet::answer(view_.question, scenario_, result_);
}

namespace {

// `text` as a JSON string literal (control characters escaped, UTF-8 kept).
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

const char* side_name(MoneySide side) { return side == MoneySide::recording ? "master" : "publishing"; }

}  // namespace

std::string State::page_text() const {
    const char* screen = view_.screen == Screen::start      ? "start"
                         : view_.screen == Screen::question ? "question"
                                                            : "detail";
    std::string json = "{\"view\":" + json_string(screen) + ",\"query\":" + json_string(view_query(view_)) +
                       ",\"title\":" + json_string(scenario_.title);
    if (view_.screen == Screen::question) {
        json += ",\"question\":" + json_string(answer_.title) + ",\"sentence\":" + json_string(answer_.sentence);
        json += ",\"figures\":[";
        for (std::size_t i = 0; i < answer_.figures.size(); ++i) {
            const Figure& figure = answer_.figures[i];
            json += (i ? ",{" : "{") + std::string("\"label\":") + json_string(figure.label) +
                    ",\"value\":" + json_string(figure.value) + ",\"note\":" + json_string(figure.note) + "}";
        }
        json += "],\"explanations\":[";
        for (std::size_t i = 0; i < answer_.break_evens.size(); ++i)
            json +=
                (i ? "," : "") + json_string(answer_.break_evens[i].label + ": " + answer_.break_evens[i].explanation);
        json += "],\"notes\":[";
        for (std::size_t i = 0; i < answer_.notes.size(); ++i) json += (i ? "," : "") + json_string(answer_.notes[i]);
        json += "],\"inputs\":[";  // the fields that decide the answer, by JSON path and unit (tests, pages)
        bool first_input = true;
        for (const QuestionInput& input : question_inputs(view_.question)) {
            json += (first_input ? "{" : ",{") + std::string("\"path\":") + json_string(input.path) +
                    ",\"unit\":" + json_string(to_string(input.unit)) + "}";
            first_input = false;
        }
        json += "]";
    }
    if (view_.screen != Screen::start) {
        json += ",\"table\":[";
        bool first = true;
        for (const PartyTotal& party : derived_.parties) {
            json += (first ? "{" : ",{") + std::string("\"party\":") + json_string(party.party) +
                    ",\"role\":" + json_string(party.role) + ",\"side\":" + json_string(side_name(party.side)) +
                    ",\"amount\":" + json_string(format_usd(party.amount)) + "}";
            first = false;
        }
        json += "]";
    }
    return json + "}";
}

std::string State::chat_text_now() const { return chat_text(answer_, scenario_, link()); }

// [SECTION] Link, sharing, notices, settings

const std::string& State::fragment() const {
    if (fragment_stale_) {
        fragment_ = encode_link(scenario_);
        fragment_stale_ = false;
    }
    return fragment_;
}

std::string State::link() const { return page_url_ + view_query(view_) + "#" + fragment(); }

void State::publish(bool link) {
    publish_pending_ = false;
    announce();
    if (link && host_.link_changed) host_.link_changed(fragment());
}

void State::publish_pending() {
    if (publish_pending_) publish(true);
}

void State::announce() const {
    if (host_.result_changed) host_.result_changed(summary_text(scenario_, result_));
    if (host_.page_text_changed) host_.page_text_changed(page_text());
}

void State::copy(const std::string& text, const std::string& what) {
    if (host_.copy_text) host_.copy_text(text, what);
    status_ = what + " copied";
}

void State::share(const std::string& text, const std::string& what) {
    if (host_.share_text) host_.share_text(text, what);
    status_ = what + " shared";
}

void State::save(std::string_view extension, const std::string& mime, const std::string& text,
                 const std::string& date) {
    const std::string name = download_file_name(scenario_.title, date, extension);
    if (host_.save_file) host_.save_file(name, mime, text);
    status_ = "Saved " + name;
}

void State::set_notice(std::string message) {
    if (message == notice_) return;
    notice_ = std::move(message);
    if (host_.notice_changed) host_.notice_changed(notice_);
}

bool State::dark() const { return theme_mode_ == ThemeMode::automatic ? system_dark_ : theme_mode_ == ThemeMode::dark; }

void State::set_theme_mode(ThemeMode mode) {
    theme_mode_ = mode;
    if (host_.theme_changed) host_.theme_changed(dark());
}

void State::set_system_dark(bool dark_now) {
    system_dark_ = dark_now;
    if (host_.theme_changed) host_.theme_changed(dark());
}

}  // namespace dealsheet::app
