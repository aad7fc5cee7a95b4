// Dealsheet web app — the ImGui user interface over the app's state (state.hpp). No Emscripten or GL here: the
// platform glue (web/platform) owns the window, the frame loop and the bridge to the page.
//
// Drawing is split by what is drawn: app.cpp the frame and its chrome (top bar, share menu, notices),
// start_screen.cpp the six questions, question_view.cpp one question's inputs and answer, panels/ the seven
// panels of "More detail", statement_charts.cpp a statement's charts in the statement view. Each reads the State and sends intents back to it.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "state.hpp"

namespace dealsheet::app {

class App {
public:
    App(HostCallbacks host, int current_year) : state_(std::move(host), current_year) {}

    State& state() { return state_; }
    const State& state() const { return state_; }

    void set_theme_mode(ThemeMode mode);  // the user's or the embedder's choice; restyles
    void set_system_dark(bool dark);      // prefers-color-scheme, from the page; restyles

    // Draws one frame of UI into the current ImGui context, covering the whole display.
    void draw();

    // Whether a wheel turn of `dy` (> 0 = towards the top) would scroll something in the app; if not, the
    // page lets the host page scroll instead. Based on the last frame.
    bool wants_wheel(float dy) const;

    // How tall the content of the last frame was, in display (device) pixels: embeds report it to their page.
    float content_height() const { return content_height_; }

    // Where a named control was drawn in the last frame, in display (device) pixels: {x, y, width, height},
    // or all zeros when it was not drawn. Names are field paths ("recording.royalty_rate",
    // "publishing.writers[1].name") and controls ("tab_points", "add_writer", "share", "question_fee-or-points").
    // For pages and browser tests that drive the canvas with real pointer and key events.
    std::array<float, 4> widget_rect(const std::string& name) const;

    // Keyboard focus in reading order: Tab / Shift+Tab move it to the next / previous control drawn in the last
    // frame (the named controls, in the order they are drawn); Enter or Space then works it. False when focus
    // would leave the app (past the last control, or before the first): the page lets the browser move on.
    bool move_focus(bool backwards);
    // Focus comes in from the page: the first control (or the last, coming backwards).
    void focus_edge(bool last);

    // Scrolls the app by `dy` display pixels on the next frame (touch swipes from the page).
    void scroll_by(float dy) { pending_scroll_ += dy; }

    // Widgets' field helpers record rectangles, read problems and start undo steps through these.
    void remember_item(const std::string& name);
    const Problems& editing_problems() const { return state_.editing_problems(); }
    void start_undo_step() { state_.start_undo_step(); }

    // The phone keyboard the field being edited wants: "numeric", "decimal" or "text" (HTML inputmode).
    const std::string& text_keyboard() const { return keyboard_; }
    void set_text_keyboard(std::string keyboard) { keyboard_ = std::move(keyboard); }

private:
    // Chrome (app.cpp)
    void draw_top_bar();
    void draw_share_menu();
    void draw_headline();
    void draw_restore_offer();
    void draw_removal_offer();
    void draw_long_link_offer();
    void draw_problems();
    void draw_panels();
    void draw_panel(Panel panel);
    void go_back_button();

    void draw_screen();                                         // the view's screen with its chrome (app.cpp)
    void draw_start_screen();                                   // start_screen.cpp
    void draw_question_view();                                  // question_view.cpp
    void draw_statement_charts(const StatementCharts& charts);  // statement_charts.cpp

    // Panels (panels/, a file each): each draws its inputs and its results.
    void draw_streams_results();
    void draw_recording_results();
    void draw_points_results();
    void draw_publishing_results();
    void draw_splits_results();
    void draw_compare_results();
    void draw_sources_panel();
    void draw_streams_inputs();
    void draw_recording_inputs();
    void draw_points_inputs();
    void draw_publishing_inputs();
    void draw_splits_inputs();
    void draw_compare_inputs();

    State state_;
    int tab_open_ = -1;  // the tab the tab bar showed last frame
    float scroll_y_ = 0, scroll_max_y_ = 0, content_height_ = 0;
    bool popup_open_ = false;
    bool drag_scrolling_ = false;   // the left button went down on empty space: dragging scrolls
    float pending_scroll_ = 0;      // scroll_by() not yet applied
    double removal_shown_at_ = -1;  // ImGui time the removal notice first showed; it goes after a few seconds
    std::string removal_shown_;     // the removal that notice is about
    std::map<std::string, std::array<float, 4>, std::less<>> widget_rects_;
    std::vector<unsigned int> tab_order_, tab_order_drawing_;  // ImGui ids of the named controls, as drawn
    unsigned int focus_request_ = 0;                           // the control to focus when it is next drawn (0 = none)
    std::string editing_amount_;                               // the path of the amount field being typed in, or ""
    std::string amount_typed_;                                 // what has been typed into it so far, kept across frames
    std::string keyboard_ = "text";                            // see text_keyboard()
};

}  // namespace dealsheet::app
