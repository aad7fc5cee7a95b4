// Dealsheet web app — look: fonts, colours (light and dark), spacing, the chart palette. Rebuilt whenever the
// device pixel ratio or the theme changes.
#pragma once

#include <imgui.h>

namespace dealsheet::app::theme {

inline constexpr float base_font_css_px = 16.0f;   // body text size in CSS pixels
inline constexpr float large_font_css_px = 26.0f;  // headline figures

// Loads the UI font (DejaVu Sans subset, embedded at build time) at both sizes for `scale` device pixels per
// CSS pixel, restyles every size for that scale and sets the light or dark colours. Call before the renderer
// builds its font texture (fonts change only with the scale; colours can change alone with set_dark()).
void apply(float scale, bool dark);

// Touch input: larger hit boxes (style.TouchExtraPadding), kept across restyles.
void set_touch(bool touch);

// Switches colours between light and dark without touching the fonts.
void set_dark(bool dark);
bool is_dark();       // the colours in use
float scale();        // device pixels per CSS pixel of the current build
float px(float css);  // a CSS-pixel length in device pixels at the current scale

ImFont* large_font();  // the headline-figure font; valid after apply()
ImVec4 accent();       // the app's name and key figures
ImVec4 warning();      // problems and notices
ImVec4 muted();        // secondary text
ImU32 series(int i);   // chart colour i (any i ≥ 0; eight colours repeat), readable on the background
ImU32 grid();          // chart grid lines and axes
ImU32 text();          // chart labels
ImU32 card();          // chart and card backgrounds

}  // namespace dealsheet::app::theme
