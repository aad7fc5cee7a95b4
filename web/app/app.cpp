// Index of this file
// [SECTION] Scenario state, undo and redo
// [SECTION] Host-facing settings
// [SECTION] Frame
// [SECTION] Chrome: top bar, share menu, headline, notices
#include "app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>

#include "charts.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

// [SECTION] Scenario state, undo and redo

App::App(HostCallbacks host) : host_(std::move(host)) { set_scenario(Scenario{}, Origin::start); }

namespace {

std::string problems_sentence(const Problems& problems) {
    std::string message;
    for (const Problem& problem : problems)
        message += (problem.field == "link" ? "The link " : problem.field + ": ") + problem.message + ". ";
    return message;
}

}  // namespace

bool App::open_fragment(const std::string& fragment) {
    Result<Scenario> decoded = decode_link(fragment);
    if (!decoded.ok()) {
        std::string message = "This link could not be opened. " + problems_sentence(decoded.problems());
        message += showing_defaults_ ? "Showing the default scenario instead." : "The scenario on screen is unchanged.";
        set_notice(std::move(message));
        return false;
    }
    set_notice("");
    if (decoded.value() != scenario_) {
        undo_.push_back(scenario_);
        redo_.clear();
    }
    set_scenario(decoded.value(), Origin::link);
    return true;
}

bool App::import_json(const std::string& text) {
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
    undo_.push_back(scenario_);
    redo_.clear();
    set_scenario(parsed.value(), Origin::edit);
    status_ = "Imported \u201c" + (scenario_.title.empty() ? std::string("scenario") : scenario_.title) + "\u201d";
    return true;
}

void App::offer_restore(const std::string& fragment) {
    if (decode_link(fragment).ok() && fragment != this->fragment()) restore_fragment_ = fragment;
}

void App::set_scenario(const Scenario& scenario, Origin origin) {
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
    restore_fragment_.clear();  // the user has moved on
    if (origin == Origin::edit && edit_in_progress_) publish_pending_ = true;  // told when the edit ends
    else publish(origin != Origin::link);
}

const std::string& App::fragment() const {
    if (fragment_stale_) {
        fragment_ = encode_link(scenario_);
        fragment_stale_ = false;
    }
    return fragment_;
}

void App::publish(bool link) {
    publish_pending_ = false;
    announce_result();
    if (link && host_.link_changed) host_.link_changed(fragment());
}

void App::publish_pending() {
    if (publish_pending_) publish(true);
}

void App::derive() {
    derived_.parties = party_totals(scenario_, result_);
    derived_.flow = listener_dollar_flow(scenario_, result_);
    Result<PayoutCurves> curves = payout_curves(scenario_, result_, 60);
    derived_.curves = curves.ok() ? std::move(curves.value()) : PayoutCurves{};
    // Every result's assumptions, each once (by name and value), in order: pointers first, one copy each.
    std::vector<const Assumption*> all;
    auto add = [&all](const Assumptions& more) {
        for (const Assumption& a : more) {
            const bool seen = std::any_of(all.begin(), all.end(),
                                          [&a](const Assumption* b) { return b->name == a.name && b->value == a.value; });
            if (!seen) all.push_back(&a);
        }
    };
    add(result_.publishing_quick.assumptions);
    add(result_.publishing.assumptions);
    const ReleaseResult& release = result_.release;
    if (release.streaming) add(release.streaming->assumptions);
    if (release.pool) add(release.pool->assumptions);
    if (release.recording) add(release.recording->assumptions);
    if (release.answers) add(release.answers->assumptions);
    if (release.splits) add(release.splits->assumptions);
    if (result_.comparison) add(result_.comparison->assumptions);
    add(derived_.flow.assumptions);
    derived_.assumptions.clear();
    derived_.assumptions.reserve(all.size());
    for (const Assumption* a : all) derived_.assumptions.push_back(*a);
}

void App::commit_edit() {
    if (embed_.read_only) {
        editing_ = scenario_;
        return;
    }
    status_.clear();
    editing_problems_ = validate(editing_);
    if (!editing_problems_.empty()) return;
    if (!edit_in_progress_) {  // a drag or a typed number is one undo step, however many frames it takes
        undo_.push_back(scenario_);
        redo_.clear();
    }
    edit_in_progress_ = true;
    set_scenario(editing_, Origin::edit);
}

void App::undo() {
    if (undo_.empty() || embed_.read_only) return;
    redo_.push_back(scenario_);
    const Scenario previous = undo_.back();
    undo_.pop_back();
    set_scenario(previous, Origin::undo);
    status_ = "Undone";
}

void App::redo() {
    if (redo_.empty() || embed_.read_only) return;
    undo_.push_back(scenario_);
    const Scenario next = redo_.back();
    redo_.pop_back();
    set_scenario(next, Origin::undo);
    status_ = "Redone";
}

void App::reset_to_defaults() {
    if (scenario_ == Scenario{}) return;
    undo_.push_back(scenario_);
    redo_.clear();
    set_scenario(Scenario{}, Origin::edit);
    status_ = "Reset to the defaults (Undo brings your scenario back)";
}

void App::announce_result() const {
    if (host_.result_changed) host_.result_changed(summary_text(scenario_, result_));
}

void App::set_notice(std::string message) {
    if (message == notice_) return;
    notice_ = std::move(message);
    if (host_.notice_changed) host_.notice_changed(notice_);
}

std::string App::link() const { return page_url_ + "#" + fragment(); }

std::array<float, 4> App::widget_rect(const std::string& name) const {
    const auto it = widget_rects_.find(name);
    return it == widget_rects_.end() ? std::array<float, 4>{} : it->second;
}

void App::remember_item(const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    widget_rects_[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

// [SECTION] Host-facing settings

void App::set_embed(const EmbedOptions& options) {
    embed_ = options;
    if (options.panel >= 0 && options.panel < static_cast<int>(panel_keys.size())) {
        panel_ = options.panel;
        select_panel_ = options.panel;
    }
}

bool App::dark() const {
    return theme_mode_ == ThemeMode::automatic ? system_dark_ : theme_mode_ == ThemeMode::dark;
}

void App::set_theme_mode(ThemeMode mode) {
    theme_mode_ = mode;
    theme::set_dark(dark());
    if (host_.theme_changed) host_.theme_changed(dark());
}

void App::set_system_dark(bool dark_now) {
    system_dark_ = dark_now;
    theme::set_dark(dark());
    if (host_.theme_changed) host_.theme_changed(dark());
}

bool App::wants_wheel(float dy) const {
    if (popup_open_) return true;
    if (dy > 0) return scroll_y_ > 0.5f;
    return scroll_y_ < scroll_max_y_ - 0.5f;
}

// [SECTION] Frame

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Dealsheet", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    widget_rects_.clear();

    const ImGuiIO& io = ImGui::GetIO();

    draw_top_bar();
    draw_restore_offer();
    if (!notice_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
        ImGui::TextWrapped("%s", notice_.c_str());
        ImGui::PopStyleColor();
        if (ImGui::SmallButton("Dismiss")) set_notice("");
        remember_item("dismiss_notice");
    }
    draw_long_link_offer();
    draw_headline();
    draw_problems();
    draw_panels();

    // Touch: a drag that starts on empty space scrolls (ImGui has no drag-to-scroll of its own; a press on
    // void makes the window's move id active, so the start is what tells a scroll from a widget drag).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        drag_scrolling_ = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemHovered();
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) drag_scrolling_ = false;
    if (drag_scrolling_ && io.MouseDelta.y != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (pending_scroll_ != 0.0f) {
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + pending_scroll_, 0.0f, ImGui::GetScrollMaxY()));
        pending_scroll_ = 0.0f;
    }

    scroll_y_ = ImGui::GetScrollY();
    scroll_max_y_ = ImGui::GetScrollMaxY();
    content_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    popup_open_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (!ImGui::IsAnyItemActive()) {
        edit_in_progress_ = false;
        publish_pending();
    }
    ImGui::End();
}

// [SECTION] Chrome: top bar, share menu, headline, notices

namespace {

// SameLine when an item `width` wide still fits on this line, else a new line (buttons wrap on phones).
void flow(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

std::string preset_title(const EmbeddedFile& file) {
    Result<Scenario> scenario = scenario_from_json(file.text);
    return scenario.ok() && !scenario.value().title.empty() ? scenario.value().title : std::string(file.name);
}

}  // namespace

void App::draw_top_bar() {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Dealsheet");
    ImGui::PopStyleColor();
    if (embed_.embed) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", scenario_.title.empty() ? "royalty calculator" : scenario_.title.c_str());
        flow(button_width("Open in Dealsheet \u2192"));
        // A link-styled button: the page opens the full app with this scenario in a new tab.
        if (ImGui::SmallButton("Open in Dealsheet \u2192") && host_.open_url) host_.open_url(link());
        remember_item("open_full");
        return;
    }

    // Presets
    flow(ImGui::GetFontSize() * 12);
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x));
    static std::vector<std::string> titles;  // read from the presets when the list first opens, not at start-up
    if (ImGui::BeginCombo("##preset", "Presets\u2026")) {
        if (titles.empty())
            for (const EmbeddedFile& file : presets()) titles.push_back(preset_title(file));
        const auto all = presets();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (ImGui::Selectable((titles[i] + "##" + std::string(all[i].name)).c_str())) {
                Result<Scenario> scenario = scenario_from_json(all[i].text);
                if (scenario.ok()) {
                    undo_.push_back(scenario_);
                    redo_.clear();
                    set_scenario(scenario.value(), Origin::edit);
                    status_ = "Opened the preset \u201c" + titles[i] + "\u201d";
                }
            }
            remember_item("preset_item_" + std::string(all[i].name));
        }
        ImGui::EndCombo();
    }
    remember_item("preset");

    flow(button_width("Undo"));
    ImGui::BeginDisabled(undo_.empty());
    if (ImGui::Button("Undo")) undo();
    ImGui::EndDisabled();
    remember_item("undo");
    flow(button_width("Redo"));
    ImGui::BeginDisabled(redo_.empty());
    if (ImGui::Button("Redo")) redo();
    ImGui::EndDisabled();
    remember_item("redo");
    flow(button_width("Reset"));
    if (ImGui::Button("Reset")) reset_to_defaults();
    remember_item("reset");
    flow(button_width("Share\u2026"));
    if (ImGui::Button("Share\u2026")) ImGui::OpenPopup("share_menu");
    remember_item("share");
    draw_share_menu();
    flow(button_width("Theme: light"));
    const char* theme_label = theme_mode_ == ThemeMode::automatic ? "Theme: auto"
                              : theme_mode_ == ThemeMode::light  ? "Theme: light"
                                                                 : "Theme: dark";
    if (ImGui::Button(theme_label))
        set_theme_mode(theme_mode_ == ThemeMode::automatic ? ThemeMode::light
                       : theme_mode_ == ThemeMode::light   ? ThemeMode::dark
                                                           : ThemeMode::automatic);
    remember_item("theme");

    // The scenario's title, editable; and the last action's acknowledgement.
    if (ui::text(*this, "Title", "title", &editing_.title)) commit_edit();
    if (!status_.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", status_.c_str());
    }
}

void App::draw_share_menu() {
    if (!ImGui::BeginPopup("share_menu")) return;
    if (ImGui::Selectable("Copy link")) {
        if (host_.copy_text) host_.copy_text(link());
        status_ = "Link copied (" + std::to_string(link().size()) + " characters)";
    }
    remember_item("copy_link");
    if (ImGui::Selectable("Copy summary (Markdown table)")) {
        if (host_.copy_text) host_.copy_text(summary_markdown(scenario_, result_, link()));
        status_ = "Summary copied as a Markdown table";
    }
    remember_item("copy_summary");
    if (ImGui::Selectable("Copy embed code")) {
        const std::string title = scenario_.title.empty() ? std::string("Dealsheet calculator") : scenario_.title;
        std::string safe_title;
        for (const char c : title) safe_title += c == '"' ? std::string("&quot;") : c == '<' ? std::string("&lt;") : std::string(1, c);
        const std::string panel = panel_keys[static_cast<std::size_t>(panel_)];
        const std::string code = "<iframe src=\"" + page_url_ + "?embed=1&panel=" + panel + "#" + fragment() +
                                 "\" title=\"" + safe_title + "\" loading=\"lazy\" allow=\"clipboard-write\" "
                                 "style=\"width:100%;height:560px;border:0\"></iframe>";
        if (host_.copy_text) host_.copy_text(code);
        status_ = "Embed code copied";
    }
    remember_item("copy_embed");
    ImGui::Separator();
    if (ImGui::Selectable("Export CSV (every party)")) {
        if (host_.save_file) host_.save_file("dealsheet-payouts.csv", "text/csv", payouts_csv(scenario_, result_));
        status_ = "CSV exported";
    }
    remember_item("export_csv");
    if (ImGui::Selectable("Export scenario JSON")) {
        if (host_.save_file)
            host_.save_file("dealsheet-scenario.json", "application/json", scenario_to_json(scenario_, false, 2) + "\n");
        status_ = "Scenario JSON exported";
    }
    remember_item("export_json");
    if (ImGui::Selectable("Import scenario JSON\u2026")) {
        if (host_.pick_file) host_.pick_file();
    }
    remember_item("import_json");
    ImGui::TextDisabled("Or drop a .json file on the page.");
    ImGui::EndPopup();
}

void App::draw_restore_offer() {
    if (restore_fragment_.empty() || embed_.embed) return;
    ImGui::TextWrapped("You had a scenario open last time on this device.");
    ImGui::SameLine();
    if (ImGui::SmallButton("Restore it")) {
        const std::string fragment = restore_fragment_;
        restore_fragment_.clear();
        if (open_fragment(fragment) && host_.link_changed) host_.link_changed(this->fragment());
    }
    remember_item("restore");
    ImGui::SameLine();
    if (ImGui::SmallButton("No thanks")) restore_fragment_.clear();
    remember_item("restore_dismiss");
}

void App::draw_headline() {
    // The figures people came for, as cards that wrap: master revenue, the artist, each points party,
    // publishing.
    struct Card { std::string label, value; };
    std::vector<Card> cards;
    cards.push_back({"Master revenue", format_usd(result_.release.master_total)});
    for (const PartyTotal& party : derived_.parties) {
        if (party.side != MoneySide::recording || party.role == "label" || party.role == "distributor") continue;
        cards.push_back({party.party + " paid", format_usd(party.amount)});
        if (cards.size() >= 4) break;
    }
    cards.push_back({"Publishing", format_usd(result_.publishing.publishing_total)});
    const float card_w = ImGui::GetFontSize() * 9.5f;
    ImGui::Spacing();
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i > 0) flow(card_w);
        ImGui::BeginGroup();
        ImGui::TextDisabled("%s", cards[i].label.c_str());
        ImGui::PushFont(theme::large_font());
        ImGui::TextUnformatted(cards[i].value.c_str());
        ImGui::PopFont();
        ImGui::EndGroup();
        remember_item("card_" + std::to_string(i));
        if (ImGui::GetItemRectSize().x < card_w) {
            ImGui::SameLine(0, 0);
            ImGui::Dummy(ImVec2(card_w - ImGui::GetItemRectSize().x, 1));
        }
    }
    ImGui::Spacing();
}

void App::draw_long_link_offer() {
    // While a value is dragged the last link's length stands (the link is made when the edit ends). The first
    // frame is drawn before the link is made: a notice, when there is one, follows on the next frame.
    if (fragment_stale_ && ImGui::GetFrameCount() <= 1) return;
    const size_t length = (edit_in_progress_ ? fragment_ : fragment()).size();
    if (length <= long_link_chars || embed_.embed) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
    ImGui::TextWrapped("This scenario's link is %zu characters long: too long to paste into most chats "
                       "(Discord stops at 2,000). Share it as a file instead.", length);
    ImGui::PopStyleColor();
    if (ImGui::Button("Download scenario JSON") && host_.save_file)
        host_.save_file("dealsheet-scenario.json", "application/json", scenario_to_json(scenario_, false, 2) + "\n");
    remember_item("download_json");
}

void App::draw_problems() {
    if (editing_problems_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
    ImGui::TextWrapped("%zu problem%s: the results show your last valid scenario until %s fixed.",
                       editing_problems_.size(), editing_problems_.size() == 1 ? "" : "s",
                       editing_problems_.size() == 1 ? "it is" : "they are");
    for (const Problem& problem : editing_problems_)
        ImGui::BulletText("%s: %s", problem.field.c_str(), problem.message.c_str());
    ImGui::PopStyleColor();
    if (ImGui::SmallButton("Revert to the last valid scenario")) {
        editing_ = scenario_;
        editing_problems_.clear();
    }
    remember_item("revert");
}

void App::draw_panels() {
    static constexpr std::array<const char*, 7> titles{"Streams", "Recording deal", "Points", "Publishing",
                                                       "Splits", "Compare", "Sources"};
    if (embed_.embed && embed_.panel >= 0) {  // an embed showing one panel: no tabs
        draw_panel(static_cast<Panel>(embed_.panel));
        return;
    }
    if (ui::narrow()) {  // phones: a picker instead of seven tabs that would not fit
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::BeginCombo("##panel", titles[static_cast<std::size_t>(panel_)])) {
            for (std::size_t i = 0; i < titles.size(); ++i) {
                if (ImGui::Selectable(titles[i], static_cast<int>(i) == panel_)) panel_ = static_cast<int>(i);
                remember_item(std::string("panel_item_") + panel_keys[i]);
            }
            ImGui::EndCombo();
        }
        remember_item("panel_picker");
        select_panel_ = panel_;  // the tabs show the same panel if the display widens
        ImGui::Separator();
        draw_panel(static_cast<Panel>(panel_));
        return;
    }
    if (!ImGui::BeginTabBar("panels", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const ImGuiTabItemFlags flags = select_panel_ == static_cast<int>(i) ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(titles[i], nullptr, flags);
        remember_item(std::string("tab_") + panel_keys[i]);
        if (!open) continue;
        panel_ = static_cast<int>(i);
        draw_panel(static_cast<Panel>(i));
        ImGui::EndTabItem();
    }
    select_panel_ = -1;
    ImGui::EndTabBar();
}

void App::draw_panel(Panel panel) {
    switch (panel) {
        case Panel::streams: draw_streams_panel(); break;
        case Panel::recording: draw_recording_panel(); break;
        case Panel::points: draw_points_panel(); break;
        case Panel::publishing: draw_publishing_panel(); break;
        case Panel::splits: draw_splits_panel(); break;
        case Panel::compare: draw_compare_panel(); break;
        case Panel::sources: draw_sources_panel(); break;
    }
}

}  // namespace dealsheet::app
