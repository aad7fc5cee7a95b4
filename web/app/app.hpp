// Dealsheet web app — the ImGui user interface over the core. No Emscripten or GL here: the platform glue
// (web/platform) owns the window, the frame loop and the bridge to the page.
//
// Index of this file
// [SECTION] Host callbacks
// [SECTION] Panels and embed options
// [SECTION] App
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "dealsheet/scenario.hpp"
#include "dealsheet/share.hpp"

namespace dealsheet::app {

// [SECTION] Host callbacks

// What the app asks of its host (the page). Every member may be empty (tests, native hosts).
struct HostCallbacks {
    // The result on screen changed: a plain-text summary for the DOM mirror (screen readers, Ctrl+F, tests).
    std::function<void(const std::string& summary)> result_changed;
    // The user changed the scenario: the fragment that reopens it, for the address bar and the device's
    // "last scenario". Not called when a link was opened, so the address the user came with is kept.
    std::function<void(const std::string& fragment)> link_changed;
    // Something the user must know (a bad link, an impossible value), or "" when it is cleared.
    std::function<void(const std::string& message)> notice_changed;
    // Save `text` as a file named `filename` of MIME type `mime` on the user's device (a download).
    std::function<void(const std::string& filename, const std::string& mime, const std::string& text)> save_file;
    // Put `text` on the system clipboard.
    std::function<void(const std::string& text)> copy_text;
    // Let the user pick a scenario JSON file; the host passes its text to App::import_json.
    std::function<void()> pick_file;
    // Open `url` in a new tab (embeds: "Open in Dealsheet" with the same scenario).
    std::function<void(const std::string& url)> open_url;
    // The colours changed (true = dark), so the page around the canvas can follow.
    std::function<void(bool dark)> theme_changed;
};

// [SECTION] Panels and embed options

enum class Panel { streams, recording, points, publishing, splits, compare, sources };
inline constexpr std::array<const char*, 7> panel_keys{"streams", "recording", "points", "publishing",
                                                      "splits",  "compare",   "sources"};
enum class ThemeMode { automatic, light, dark };

// How an embedding page wants the app (URL parameters embed=1, panel=, theme=, readonly=1).
struct EmbedOptions {
    bool embed = false;      // compact chrome: no menus, an "Open in Dealsheet" link
    bool read_only = false;  // inputs shown but not editable
    int panel = -1;          // Panel to show alone (-1: the tabs as usual)
};

// [SECTION] App

inline constexpr size_t long_link_chars = 2000;  // above this, chats cut links: offer a JSON file instead
inline constexpr size_t max_undo = 100;          // scenarios kept for undo

class App {
public:
    explicit App(HostCallbacks host);

    // Opens a link fragment ('#' optional), a readable ?query link or a whole URL. On any problem the
    // current scenario is kept, the problems are shown, and false is returned; no scenario opens the defaults.
    bool open_fragment(const std::string& fragment);

    // Opens a scenario JSON document (an imported file). Problems are shown naming each field, the scenario
    // on screen is kept, and false is returned.
    bool import_json(const std::string& text);

    // Offers to reopen the scenario the user had last on this device (its fragment), shown as a bar until
    // the user restores or dismisses it.
    void offer_restore(const std::string& fragment);

    void set_page_url(std::string url) { page_url_ = std::move(url); }  // the app's address without fragment
    void set_embed(const EmbedOptions& options);                            // embed mode (see EmbedOptions)
    void set_theme_mode(ThemeMode mode);                                    // the user's or the embedder's choice
    void set_system_dark(bool dark);                                        // prefers-color-scheme, from the page
    bool dark() const;                                                      // the colours to use now

    // Undo and redo the last change of scenario (the host maps Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y to
    // them when no text field has the keys: ImGui 1.86 can miss a press and release between two frames).
    void undo();
    void redo();

    // Tells the host the current result (result_changed), e.g. once at start-up.
    void announce_result() const;

    // Tells the host now what an edit in progress (a drag, a number being typed) has changed so far: the link
    // and the result. The page calls it before it is hidden; the app itself does so when the edit ends.
    void publish_pending();

    // Draws one frame of UI into the current ImGui context, covering the whole display.
    void draw();

    // Whether a wheel turn of `dy` (> 0 = towards the top) would scroll something in the app; if not, the
    // page lets the host page scroll instead. Based on the last frame.
    bool wants_wheel(float dy) const;

    // How tall the content of the last frame was, in display (device) pixels: embeds report it to their page.
    float content_height() const { return content_height_; }

    const Scenario& scenario() const { return scenario_; }    // the scenario on screen (always valid)
    const std::string& fragment() const;                      // the link fragment of the scenario on screen
    std::string link() const;                                 // page URL + fragment: what "Copy link" copies

    // Where a named control was drawn in the last frame, in display (device) pixels: {x, y, width, height},
    // or all zeros when it was not drawn. Names are field paths ("recording.royalty_rate",
    // "publishing.writers[1].name") and controls ("tab_points", "add_writer", "share", "preset"). For pages
    // and browser tests that drive the canvas with real pointer and key events.
    std::array<float, 4> widget_rect(const std::string& name) const;

    // A field was just activated: its edits form a new undo step (the previous field's edit is published).
    void start_undo_step() {
        publish_pending();
        edit_in_progress_ = false;
    }

    // Scrolls the app by `dy` display pixels on the next frame (touch swipes from the page).
    void scroll_by(float dy) { pending_scroll_ += dy; }

    // Widgets' field helpers record rectangles and read problems through these.
    void remember_item(const std::string& name);
    const Problems& editing_problems() const { return editing_problems_; }

private:
    enum class Origin { start, link, edit, undo };
    void set_scenario(const Scenario& scenario, Origin origin);  // adopt a valid scenario, recompute, tell the host
    void set_notice(std::string message);
    void commit_edit();  // validate `editing_` after a widget changed it; adopt it when valid
    void derive();       // recompute derived_ from result_
    void publish(bool link);  // tell the host the result and, when `link`, the link of the scenario on screen
    void reset_to_defaults();

    // Chrome
    void draw_top_bar();
    void draw_share_menu();
    void draw_headline();
    void draw_restore_offer();
    void draw_long_link_offer();
    void draw_problems();
    void draw_panels();
    void draw_panel(Panel panel);

    // Panels (panels.cpp): each draws its inputs and its results.
    void draw_streams_panel();
    void draw_recording_panel();
    void draw_points_panel();
    void draw_publishing_panel();
    void draw_splits_panel();
    void draw_compare_panel();
    void draw_sources_panel();
    void draw_streams_inputs();
    void draw_recording_inputs();
    void draw_points_inputs();
    void draw_publishing_inputs();
    void draw_splits_inputs();
    void draw_compare_inputs();

    HostCallbacks host_;
    Scenario scenario_;            // last valid scenario: what the result and the link show
    Scenario editing_;             // what the input widgets hold, possibly invalid while typing
    Problems editing_problems_;    // problems of `editing_`, shown beside the fields
    ScenarioResult result_;
    // Derived from result_ once per scenario change, never per frame: a frame only draws.
    struct Derived {
        std::vector<PartyTotal> parties;  // party_totals
        MoneyFlow flow;                   // listener_dollar_flow
        PayoutCurves curves;              // payout_curves (empty when self-released)
        Assumptions assumptions;          // every result's assumptions, each once
    };
    Derived derived_;
    // encode_link(scenario_), made when first asked for after a change. During an edit in progress (every frame
    // of a drag changes the scenario) nothing asks: the host hears of the link and the result once, when the
    // edit ends (publish_pending), so a drag frame only recalculates and draws.
    mutable std::string fragment_;
    mutable bool fragment_stale_ = true;
    bool publish_pending_ = false;   // an edit in progress changed the scenario; the host has not been told
    std::string notice_;
    std::string status_;           // a short acknowledgement ("Link copied") until the next action
    std::string page_url_;
    std::string restore_fragment_;  // the device's last scenario on offer; "" when none
    std::vector<Scenario> undo_, redo_;
    bool edit_in_progress_ = false;  // a widget is being dragged or typed in: one undo step for all of it
    bool showing_defaults_ = true;   // no link opened and no edit made yet
    EmbedOptions embed_;
    ThemeMode theme_mode_ = ThemeMode::automatic;
    bool system_dark_ = true;
    int panel_ = 0;                  // the selected tab
    int select_panel_ = -1;          // a tab to select on the next frame (programmatic selection)
    float scroll_y_ = 0, scroll_max_y_ = 0, content_height_ = 0;
    bool popup_open_ = false;
    bool drag_scrolling_ = false;
    float pending_scroll_ = 0;       // scroll_by() not yet applied    // the left button went down on empty space: dragging scrolls
    std::map<std::string, std::array<float, 4>, std::less<>> widget_rects_;
};

}  // namespace dealsheet::app
