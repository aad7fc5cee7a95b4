// Dealsheet web app — the ImGui user interface over the core. No Emscripten or GL here: the platform glue
// (web/platform) owns the window, the frame loop and the bridge to the page.
//
// Index of this file
// [SECTION] Host callbacks
// [SECTION] App
#pragma once

#include <array>
#include <functional>
#include <map>
#include <string>

#include "dealsheet/scenario.hpp"

namespace dealsheet::app {

// [SECTION] Host callbacks

// What the app tells its host (the page) when something the page mirrors has changed.
struct HostCallbacks {
    // The result on screen changed: a one-paragraph plain-text summary for the DOM mirror (screen readers,
    // Ctrl+F, tests).
    std::function<void(const std::string& summary)> result_changed;
    // The user edited the scenario: the fragment that reopens it, for the address bar. Not called when a
    // link was opened, so the address the user came with is never rewritten behind their back.
    std::function<void(const std::string& fragment)> link_changed;
    // Something the user must know (a bad link, an impossible value), or "" when it is cleared.
    std::function<void(const std::string& message)> notice_changed;
    // Save `text` as a file named `filename` on the user's device (the page starts a download).
    std::function<void(const std::string& filename, const std::string& text)> save_file;
};

// [SECTION] App

inline constexpr size_t long_link_chars = 2000;  // above this, chats cut links: offer a JSON file instead

class App {
public:
    explicit App(HostCallbacks host);

    // Opens a link fragment ('#' optional). On any problem the current scenario is kept, the problems are
    // shown, and false is returned; an empty fragment opens the defaults.
    bool open_fragment(const std::string& fragment);

    // Tells the host the current result (result_changed), e.g. once at start-up.
    void announce_result() const;

    // Draws one frame of UI into the current ImGui context, covering the whole display.
    void draw();

    const Scenario& scenario() const { return scenario_; }  // the scenario on screen (always valid)
    const std::string& fragment() const { return fragment_; }  // the link fragment of the scenario on screen
    std::string result_json() const;                         // the result of the scenario on screen, as JSON

    // Where a named control was drawn in the last frame, in display (device) pixels: {x, y, width, height},
    // or all zeros when it was not drawn. Names: "streams", "year", "revenue". For pages and browser tests
    // that drive the canvas with real pointer and key events.
    std::array<float, 4> widget_rect(const std::string& name) const;

private:
    enum class Origin { start, link, edit };
    void set_scenario(const Scenario& scenario, Origin origin);  // adopt a valid scenario, recompute, tell the host
    void set_notice(std::string message);
    void draw_inputs();
    void draw_result();
    void draw_assumptions();
    void draw_long_link_offer();
    void remember_item(const char* name);  // records the last item's rectangle under `name`

    HostCallbacks host_;
    Scenario scenario_;            // last valid scenario: what the result and the link show
    Scenario editing_;             // what the input widgets hold, possibly invalid while typing
    Problems editing_problems_;    // problems of `editing_`, shown beside the fields
    ScenarioResult result_;
    std::string fragment_;         // encode_link(scenario_), made once per change, not per frame
    std::string notice_;
    bool showing_defaults_ = true;  // no link opened and no edit made yet
    std::map<std::string, std::array<float, 4>, std::less<>> widget_rects_;
};

}  // namespace dealsheet::app
