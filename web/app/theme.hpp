// Dealsheet web app — look: fonts, colours, spacing. Rebuilt whenever the device pixel ratio changes.
#pragma once

#include <imgui.h>

namespace dealsheet::app::theme {

inline constexpr float base_font_css_px = 16.0f;  // body text size in CSS pixels
inline constexpr float large_font_css_px = 30.0f; // headline figures

// Loads the UI font (DejaVu Sans subset, embedded at build time) at both sizes for `scale` device pixels per
// CSS pixel and restyles every size for that scale. Call before the renderer builds its font texture.
void apply(float scale);

ImFont* large_font();  // the headline-figure font; valid after apply()
ImVec4 accent();       // colour of the app's name and key figures
ImVec4 warning();      // colour of problems and notices

}  // namespace dealsheet::app::theme
