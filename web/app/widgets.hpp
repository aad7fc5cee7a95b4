// Dealsheet web app — input fields in the units people think in (dollars, percent, streams), laid out for the
// width at hand: narrow displays put each label above a full-width field, wide ones put it after a fixed-width
// field. Every field is named by its scenario JSON path: the path finds its problems (drawn under the field
// with a red frame) and its rectangle (App::widget_rect, for tests and pages).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app.hpp"
#include "dealsheet/money.hpp"

namespace dealsheet::app::ui {

bool narrow();  // the current content region is too narrow for labels beside fields

// SameLine when an item `width` wide still fits on this line, else a new line (buttons wrap on phones).
void same_line_if_fits(float width);
// The width of a button labelled `label` (text plus frame padding).
float button_width(const char* label);

// Each returns true when the user changed the value this frame.
// Dollars and cents; "+"/"−" step by `step` dollars (×10 with Ctrl).
bool money(App& app, const char* label, const std::string& path, Micros* value, double step = 100.0);
// A plain decimal number (a $ per stream), stepped by `step`, shown with printf `format`.
bool decimal(App& app, const char* label, const std::string& path, double* value, double step, const char* format);
bool percent(App& app, const char* label, const std::string& path, std::int64_t* ppm);           // 0–100 %, 4 places
bool ratio(App& app, const char* label, const std::string& path, std::int64_t* ppm);             // a plain number ×1e6
bool count(App& app, const char* label, const std::string& path, std::int64_t* value);           // streams, plays
bool integer(App& app, const char* label, const std::string& path, int* value, int lo, int hi);  // a slider
bool text(App& app, const char* label, const std::string& path, std::string* value);
bool checkbox(App& app, const char* label, const std::string& path, bool* value);
// A combo over `names` (display names parallel to the enum's values 0..n-1); `index` is the enum as int.
bool choice(App& app, const char* label, const std::string& path, int* index, std::span<const char* const> names);

// A small "Remove" button named `path` + ".remove"; true when pressed.
bool remove_button(App& app, const std::string& path);
// A button named `name`; true when pressed.
bool button(App& app, const char* label, const std::string& name);

// A section heading in the muted colour with a little space above.
void heading(const char* text);
// Text wrapped to the width at spaces only (printf-style): ImGui 1.86 also breaks after ',' and '.', which
// splits "5,332" and "$1,398.10" across lines. A word wider than the line stays whole.
void wrapped(const char* format, ...) IM_FMTARGS(1);
// Secondary text in the muted colour, wrapped like wrapped() (printf-style).
void note(const char* format, ...) IM_FMTARGS(1);
// "Label ........ value" rows of a results list (wide: two columns; narrow: stacked).
void value_row(const char* label, const std::string& value, const char* hint = nullptr);

}  // namespace dealsheet::app::ui
