// Dealsheet web app — which panel draws what: each panel's inputs beside its results on wide screens (stacked on
// narrow ones), read-only embeds with their inputs disabled. The panels' own files draw the two halves.
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

void App::draw_panel(Panel panel) {
    struct Halves {
        const char* layout;      // the ImGui table id of the side-by-side layout
        void (App::*inputs)();   // draws the inputs (editing State::editing())
        void (App::*results)();  // draws the results (State::result())
    };
    static constexpr std::array<Halves, 6> halves{{
        {"streams_layout", &App::draw_streams_inputs, &App::draw_streams_results},
        {"recording_layout", &App::draw_recording_inputs, &App::draw_recording_results},
        {"points_layout", &App::draw_points_inputs, &App::draw_points_results},
        {"publishing_layout", &App::draw_publishing_inputs, &App::draw_publishing_results},
        {"splits_layout", &App::draw_splits_inputs, &App::draw_splits_results},
        {"compare_layout", &App::draw_compare_inputs, &App::draw_compare_results},
    }};
    if (panel == Panel::sources) {  // one table of every rate and its source: no inputs
        draw_sources_panel();
        return;
    }
    const Halves& half = halves[static_cast<std::size_t>(panel)];
    two_columns(
        half.layout, state_.embed().read_only, [this, &half] { (this->*half.inputs)(); },
        [this, &half] { (this->*half.results)(); });
}

}  // namespace dealsheet::app
