// Dealsheet web app — the frame and its chrome: top bar, share menu, headline, notices, the view switch.
//
// Index of this file
// [SECTION] Host-facing settings
// [SECTION] Frame
// [SECTION] Chrome: top bar, share menu, headline, notices
#include "app.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // SetFocusID, ScrollToBringRectIntoView: Tab through every control (1.86)

#include <algorithm>
#include <cstdint>
#include <ctime>

#include "charts.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

// [SECTION] Host-facing settings

void App::set_theme_mode(ThemeMode mode) {
    theme::set_dark(mode == ThemeMode::automatic ? state_.dark() : mode == ThemeMode::dark);
    state_.set_theme_mode(mode);
}

void App::set_system_dark(bool dark) {
    state_.set_system_dark(dark);
    theme::set_dark(state_.dark());
}

std::array<float, 4> App::widget_rect(const std::string& name) const {
    const auto it = widget_rects_.find(name);
    return it == widget_rects_.end() ? std::array<float, 4>{} : it->second;
}

void App::remember_item(const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    widget_rects_[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
    const ImGuiID id = ImGui::GetItemID();
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    if (id != 0 && id == context.NavId && !context.NavDisableHighlight) {  // for tests and pages: where focus is
        widget_rects_["keyboard_focus"] = widget_rects_[name];
    }
    if (id == 0 || name == "active_field" ||
        std::find(tab_order_drawing_.begin(), tab_order_drawing_.end(), id) != tab_order_drawing_.end())
        return;
    tab_order_drawing_.push_back(id);
    if (id != focus_request_) return;
    // ImGui 1.86 tabs only between text fields; its keyboard navigation (arrows, Space) knows every control.
    // Focus set here, while the control's window is current, is that navigation's focus: highlighted, and
    // Space activates it.
    focus_request_ = 0;
    ImGui::SetFocusID(id, ImGui::GetCurrentWindow());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(min, max));
    widget_rects_["keyboard_focus"] = widget_rects_[name];
}

bool App::move_focus(bool backwards) {
    if (tab_order_.empty()) return false;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID current = g.ActiveId != 0 ? g.ActiveId : g.NavDisableHighlight ? 0 : g.NavId;
    const auto at = std::find(tab_order_.begin(), tab_order_.end(), current);
    std::ptrdiff_t next = 0;
    if (at == tab_order_.end()) {
        next = backwards ? static_cast<std::ptrdiff_t>(tab_order_.size()) - 1 : 0;
    } else {
        next = (at - tab_order_.begin()) + (backwards ? -1 : 1);
        if (next < 0 || next >= static_cast<std::ptrdiff_t>(tab_order_.size())) return false;
    }
    if (g.ActiveId != 0) ImGui::ClearActiveID();  // a field being typed in keeps what was typed (committed)
    focus_request_ = tab_order_[static_cast<std::size_t>(next)];
    return true;
}

void App::focus_edge(bool last) {
    if (!tab_order_.empty()) focus_request_ = last ? tab_order_.back() : tab_order_.front();
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
    // The statement view holds the canvas: its charts alone, without the calculator's chrome.
    if (const StatementCharts* charts = state_.statement_charts())
        draw_statement_charts(*charts);
    else
        draw_screen();

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
    if (!ImGui::IsAnyItemActive()) state_.end_edit();
    ImGui::End();
    draw_removal_offer();
    tab_order_.swap(tab_order_drawing_);
    tab_order_drawing_.clear();
}

// The view's screen: the six questions, or a question's answer and inputs, come first (on a phone they fill the
// screen), the menus after them; the panels come after the menus.
void App::draw_screen() {
    const bool answer_first = state_.view().screen != Screen::detail && !state_.embed().embed;
    if (!answer_first) draw_top_bar();
    draw_restore_offer();
    if (!state_.notice().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
        ui::wrapped("%s", state_.notice().c_str());
        ImGui::PopStyleColor();
        if (ImGui::Button("Dismiss")) state_.set_notice("");
        remember_item("dismiss_notice");
    }
    draw_long_link_offer();
    switch (state_.view().screen) {
        case Screen::start: draw_start_screen(); break;
        case Screen::question: draw_question_view(); break;
        case Screen::detail:
            draw_headline();
            draw_problems();
            draw_panels();
            break;
    }
    if (answer_first) {
        ImGui::Spacing();
        ImGui::Separator();
        draw_top_bar();
    }
}

// [SECTION] Chrome: top bar, share menu, headline, notices

namespace {

using ui::button_width;
using ui::same_line_if_fits;

std::string preset_title(const EmbeddedFile& file) {
    Result<Scenario> scenario = scenario_from_json(file.text);
    return scenario.ok() && !scenario.value().title.empty() ? scenario.value().title : std::string(file.name);
}

// Today's date in ISO form ("2026-12-04"), for download names.
std::string today() {
    const std::time_t now = std::time(nullptr);
    char date[16] = "";
    if (const std::tm* utc = std::gmtime(&now)) std::strftime(date, sizeof date, "%Y-%m-%d", utc);
    return date;
}

// `text` with '"', '&' and '<' written as HTML entities (an attribute value or element text).
std::string html_escaped(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '"' ? "&quot;" : c == '&' ? "&amp;" : c == '<' ? "&lt;" : std::string(1, c);
    return out;
}

}  // namespace

void App::go_back_button() {
    if (ImGui::Button("\u2190 All questions")) state_.go_to(View{.screen = Screen::start});
    remember_item("all_questions");
}

void App::draw_top_bar() {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Dealsheet");
    ImGui::PopStyleColor();
    const Scenario& scenario = state_.scenario();
    if (state_.embed().embed) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", scenario.title.empty() ? "royalty calculator" : scenario.title.c_str());
        same_line_if_fits(button_width("Open in Dealsheet \u2192"));
        // A link-styled button: the page opens the full app with this scenario in a new tab.
        if (ImGui::Button("Open in Dealsheet \u2192") && state_.host().open_url) state_.host().open_url(state_.link());
        remember_item("open_full");
        if (state_.embed().read_only) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::muted());
            ui::wrapped("Read-only example: open it in Dealsheet to try your own numbers.");
            ImGui::PopStyleColor();
        }
        return;
    }

    // Presets
    same_line_if_fits(ImGui::GetFontSize() * 12);
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x));
    static std::vector<std::string> titles;  // read from the presets when the list first opens, not at start-up
    if (ImGui::BeginCombo("##preset", "Examples\u2026")) {
        if (titles.empty())
            for (const EmbeddedFile& file : presets()) titles.push_back(preset_title(file));
        const auto all = presets();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (ImGui::Selectable((titles[i] + "##" + std::string(all[i].name)).c_str()))
                state_.open_preset(all[i].name);
            remember_item("preset_item_" + std::string(all[i].name));
        }
        ImGui::EndCombo();
    }
    remember_item("preset");

    same_line_if_fits(button_width("Undo"));
    ImGui::BeginDisabled(!state_.can_undo());
    if (ImGui::Button("Undo")) state_.undo();
    ImGui::EndDisabled();
    remember_item("undo");
    same_line_if_fits(button_width("Redo"));
    ImGui::BeginDisabled(!state_.can_redo());
    if (ImGui::Button("Redo")) state_.redo();
    ImGui::EndDisabled();
    remember_item("redo");
    same_line_if_fits(button_width("Reset"));
    if (ImGui::Button("Reset")) state_.reset_to_defaults();
    remember_item("reset");
    same_line_if_fits(button_width("Share\u2026"));
    if (ImGui::Button("Share\u2026")) ImGui::OpenPopup("share_menu");
    remember_item("share");
    draw_share_menu();
    same_line_if_fits(button_width("Theme: light"));
    const ThemeMode mode = state_.theme_mode();
    const char* theme_label = mode == ThemeMode::automatic ? "Theme: auto"
                              : mode == ThemeMode::light   ? "Theme: light"
                                                           : "Theme: dark";
    if (ImGui::Button(theme_label))
        set_theme_mode(mode == ThemeMode::automatic ? ThemeMode::light
                       : mode == ThemeMode::light   ? ThemeMode::dark
                                                    : ThemeMode::automatic);
    remember_item("theme");

    // The scenario's title, editable (not on the start screen: nothing is open yet); the last acknowledgement.
    if (state_.view().screen != Screen::start && ui::text(*this, "Title", "title", &state_.editing().title))
        state_.commit_edit();
    if (!state_.status().empty()) {
        if (state_.view().screen != Screen::start) ImGui::SameLine();
        ImGui::TextDisabled("%s", state_.status().c_str());
    }
}

void App::draw_share_menu() {
    if (!ImGui::BeginPopup("share_menu")) return;
    const Scenario& scenario = state_.scenario();
    if (state_.view().screen == Screen::question) {
        if (ImGui::Selectable("Copy for chat (answer + link)")) state_.copy(state_.chat_text_now(), "Answer for chat");
        remember_item("copy_chat");
    }
    if (ImGui::Selectable("Copy link")) {
        const std::string link = state_.link();
        state_.copy(link, "Link");
        state_.set_status("Link copied (" + std::to_string(link.size()) + " characters)");
    }
    remember_item("copy_link");
    if (ImGui::Selectable("Copy summary (Markdown table)"))
        state_.copy(summary_markdown(scenario, state_.result(), state_.link()), "Summary (Markdown table)");
    remember_item("copy_summary");
    if (ImGui::Selectable("Copy embed code")) {
        const std::string title = scenario.title.empty() ? std::string("Dealsheet calculator") : scenario.title;
        const View& view = state_.view();
        // A question embeds as an answer card; the start screen and the panels as the panel on screen.
        const std::string option = view.screen == Screen::question
                                       ? "q=" + std::string(to_string(view.question))
                                       : std::string("panel=") + panel_keys[static_cast<std::size_t>(view.panel)];
        const std::string height = view.screen == Screen::question ? "420" : "560";
        const std::string src = state_.link().substr(0, state_.link().find_first_of("?#"));
        const std::string answer_text = view.screen == Screen::question ? state_.answer().sentence : title;
        const std::string code = "<iframe src=\"" + html_escaped(src + "?embed=1&" + option + "#" + state_.fragment()) +
                                 "\" title=\"" + html_escaped(title) +
                                 "\" loading=\"lazy\" allow=\"clipboard-write\" style=\"width:100%;height:" + height +
                                 "px;border:0\"></iframe>\n<script src=\"" + html_escaped(src + "embed.js") +
                                 "\" defer></script>\n<p><a href=\"" + html_escaped(state_.link()) + "\">" +
                                 html_escaped(answer_text) + "</a></p>";
        state_.copy(code, "Embed code");
    }
    remember_item("copy_embed");
    ImGui::Separator();
    if (ImGui::Selectable("Export CSV (every party)"))
        state_.save("csv", "text/csv", payouts_csv(scenario, state_.result()), today());
    remember_item("export_csv");
    if (ImGui::Selectable("Export scenario JSON"))
        state_.save("json", "application/json", scenario_to_json(scenario, false, 2) + "\n", today());
    remember_item("export_json");
    if (ImGui::Selectable("Import scenario JSON\u2026")) {
        if (state_.host().pick_file) state_.host().pick_file();
    }
    remember_item("import_json");
    ImGui::TextDisabled("Or drop a .json file on the page.");
    ImGui::EndPopup();
}

void App::draw_restore_offer() {
    if (state_.restore_offer().empty() || state_.embed().embed) return;
    ui::wrapped("You had a scenario open last time on this device.");
    ImGui::SameLine();
    if (ImGui::Button("Restore it")) state_.restore();
    remember_item("restore");
    ImGui::SameLine();
    if (ImGui::Button("No thanks")) state_.dismiss_restore();
    remember_item("restore_dismiss");
}

void App::draw_removal_offer() {
    // "Removed Writer C  [Undo]" for a few seconds after a removal: a slip of the finger costs one tap.
    constexpr double shown_seconds = 8.0;
    const std::string& removal = state_.removal();
    if (removal.empty()) return;
    const double now = ImGui::GetTime();
    if (removal != removal_shown_) {
        removal_shown_ = removal;
        removal_shown_at_ = now;
    }
    if (now - removal_shown_at_ > shown_seconds) return;
    // Pinned to the bottom of the display, over the content: seen wherever the list was scrolled to.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + viewport->Size.y - theme::px(16)),
        ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::Begin("##removal", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(removal.c_str());
    ImGui::SameLine();
    if (ImGui::Button("Undo##removal")) state_.undo_removal();
    remember_item("undo_removal");
    ImGui::End();
}

void App::draw_headline() {
    // The figures people came for, as cards that wrap: master revenue, the artist, each points party,
    // publishing. Each card is one unbroken line, so a number never wraps inside itself.
    struct Card {
        std::string label, value;
    };
    std::vector<Card> cards;
    const ScenarioResult& result = state_.result();
    cards.push_back({"Master revenue", format_usd(result.release.master_total)});
    for (const PartyTotal& party : state_.derived().parties) {
        if (party.side != MoneySide::recording || party.role == "label" || party.role == "distributor") continue;
        cards.push_back({party.party + " paid", format_usd(party.amount)});
        if (cards.size() >= 4) break;
    }
    cards.push_back({"Publishing", format_usd(result.publishing.publishing_total)});
    const float card_w = ImGui::GetFontSize() * 9.5f;
    ImGui::Spacing();
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i > 0) same_line_if_fits(std::max(card_w, ImGui::CalcTextSize(cards[i].value.c_str()).x * 1.7f));
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
    if (state_.fragment_stale() && ImGui::GetFrameCount() <= 1) return;
    const size_t length = (state_.edit_in_progress() ? state_.last_fragment() : state_.fragment()).size();
    if (length <= long_link_chars || state_.embed().embed) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
    ui::wrapped(
        "This scenario's link is %zu characters long: too long to paste into most chats "
        "(Discord stops at 2,000). Share it as a file instead.",
        length);
    ImGui::PopStyleColor();
    if (ImGui::Button("Download scenario JSON"))
        state_.save("json", "application/json", scenario_to_json(state_.scenario(), false, 2) + "\n", today());
    remember_item("download_json");
}

void App::draw_problems() {
    const Problems& problems = state_.editing_problems();
    if (problems.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
    ui::wrapped("%zu problem%s: the results show your last valid scenario until %s fixed.", problems.size(),
                problems.size() == 1 ? "" : "s", problems.size() == 1 ? "it is" : "they are");
    for (const Problem& problem : problems) ImGui::BulletText("%s: %s", problem.field.c_str(), problem.message.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("Revert to the last valid scenario")) state_.revert_editing();
    remember_item("revert");
}

// The page's first load is the build without the panels (DEALSHEET_PANELS=0: the start and the six questions,
// ~45 KB gzip less); "More detail" asks the page for the build with them, which takes over this state.
#ifndef DEALSHEET_PANELS
#define DEALSHEET_PANELS 1
#endif

void App::draw_panels() {
#if !DEALSHEET_PANELS
    if (!state_.embed().embed) go_back_button();
    ui::wrapped("Opening the detailed panels\u2026");
    state_.request_panels();
    return;
#else
    const int shown = static_cast<int>(state_.view().panel);
    auto open_panel = [this](std::size_t i) {
        state_.go_to(
            View{.screen = Screen::detail, .question = state_.view().question, .panel = static_cast<Panel>(i)});
    };
    if (state_.embed().single_view) {  // an embed of one panel: no tabs
        draw_panel(state_.view().panel);
        return;
    }
    if (!state_.embed().embed) go_back_button();
    if (ui::narrow()) {  // phones: a picker instead of seven tabs that would not fit
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::BeginCombo("##panel", panel_titles[static_cast<std::size_t>(shown)])) {
            for (std::size_t i = 0; i < panel_titles.size(); ++i) {
                if (ImGui::Selectable(panel_titles[i], static_cast<int>(i) == shown)) open_panel(i);
                remember_item(std::string("panel_item_") + panel_keys[i]);
            }
            ImGui::EndCombo();
        }
        remember_item("panel_picker");
        ImGui::Separator();
        draw_panel(state_.view().panel);
        return;
    }
    if (!ImGui::BeginTabBar("panels", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    // The view changed elsewhere (Back, a link, the phone picker): select its tab (ImGui opens it next frame).
    const int select = shown != tab_open_ ? shown : -1;
    for (std::size_t i = 0; i < panel_titles.size(); ++i) {
        const ImGuiTabItemFlags flags = select == static_cast<int>(i) ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(panel_titles[i], nullptr, flags);
        remember_item(std::string("tab_") + panel_keys[i]);
        if (!open) continue;
        if (select < 0 && static_cast<int>(i) != shown) open_panel(i);  // the user picked this tab
        tab_open_ = static_cast<int>(i);
        draw_panel(static_cast<Panel>(i));
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
#endif
}

}  // namespace dealsheet::app
