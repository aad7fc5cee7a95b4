// Dealsheet web app — input fields in dollars, percent and streams, named by their JSON paths (widgets.hpp).
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "theme.hpp"

namespace dealsheet::app::ui {

namespace {

// The problem named by exactly this path, if any.
const Problem* problem_at(const App& app, const std::string& path) {
    for (const Problem& problem : app.editing_problems())
        if (problem.field == path) return &problem;
    return nullptr;
}

// Lays out the label (narrow: above, full width; wide: field of fixed width, label after it); returns the
// ImGui label to give the field, whose id is the path (unique per field).
std::string begin_field(const char* label, const std::string& path, float wide_width_em = 11.0f) {
    if (narrow()) {
        ImGui::TextUnformatted(label);
        ImGui::SetNextItemWidth(-1.0f);
        return "##" + path;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * wide_width_em);
    return std::string(label) + "##" + path;
}

// After a field: its rectangle is remembered; a problem draws a red frame and its message under it.
// `keyboard` is the phone keyboard the field wants (HTML inputmode: "decimal", "numeric", "text").
bool end_field(App& app, const std::string& path, bool changed, const char* keyboard = "decimal") {
    app.remember_item(path);
    if (ImGui::IsItemActive()) app.remember_item("active_field");
    if (ImGui::IsItemActivated()) {
        app.start_undo_step();  // moving to another field starts a new undo step
        app.set_text_keyboard(keyboard);
    }
    if (const Problem* problem = problem_at(app, path)) {
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                            ImGui::GetColorU32(theme::warning()), ImGui::GetStyle().FrameRounding, 0,
                                            theme::px(2));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
        wrapped("%s", problem->message.c_str());
        ImGui::PopStyleColor();
    }
    return changed;
}

}  // namespace

bool narrow() { return ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 30.0f; }

void same_line_if_fits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool money(App& app, const char* label, const std::string& path, Micros* value, double step) {
    double dollars = static_cast<double>(*value) / 1e6;
    const bool changed = ImGui::InputDouble(begin_field(label, path).c_str(), &dollars, step, step * 10, "%.2f");
    // Cents are what people type; micro-units stay exact when the field is not touched.
    if (changed && std::isfinite(dollars) && std::fabs(dollars) < 1e12) *value = std::llround(dollars * 1e6);
    return end_field(app, path, changed);
}

bool decimal(App& app, const char* label, const std::string& path, double* value, double step, const char* format) {
    const bool changed = ImGui::InputDouble(begin_field(label, path).c_str(), value, step, step * 10, format);
    return end_field(app, path, changed);
}

bool percent(App& app, const char* label, const std::string& path, std::int64_t* ppm) {
    double value = static_cast<double>(*ppm) / 10'000.0;
    // − and + move a whole percent (a point is 1%); any value can still be typed ("2.5").
    const double step = 1.0, fast = 10.0;
    const bool changed = ImGui::InputDouble(begin_field(label, path).c_str(), &value, step, fast, "%.4g%%");
    if (changed && std::isfinite(value) && std::fabs(value) < 1e9) *ppm = std::llround(value * 10'000.0);
    return end_field(app, path, changed);
}

bool ratio(App& app, const char* label, const std::string& path, std::int64_t* ppm) {
    double value = static_cast<double>(*ppm) / 1e6;
    const bool changed = ImGui::InputDouble(begin_field(label, path).c_str(), &value, 0.1, 1.0, "%.4g");
    if (changed && std::isfinite(value) && std::fabs(value) < 1e6) *ppm = std::llround(value * 1e6);
    return end_field(app, path, changed);
}

bool count(App& app, const char* label, const std::string& path, std::int64_t* value) {
    const std::int64_t step = 100'000, fast = 1'000'000;
    const bool changed =
        ImGui::InputScalar(begin_field(label, path).c_str(), ImGuiDataType_S64, value, &step, &fast, "%lld");
    return end_field(app, path, changed, "numeric");
}

bool integer(App& app, const char* label, const std::string& path, int* value, int lo, int hi) {
    const bool changed =
        ImGui::SliderInt(begin_field(label, path).c_str(), value, lo, hi, "%d", ImGuiSliderFlags_AlwaysClamp);
    return end_field(app, path, changed);
}

bool text(App& app, const char* label, const std::string& path, std::string* value) {
    char buffer[256];
    const std::size_t n = std::min(value->size(), sizeof buffer - 1);
    value->copy(buffer, n);
    buffer[n] = '\0';
    const bool changed = ImGui::InputText(begin_field(label, path).c_str(), buffer, sizeof buffer);
    if (changed) *value = buffer;
    return end_field(app, path, changed, "text");
}

bool checkbox(App& app, const char* label, const std::string& path, bool* value) {
    const bool changed = ImGui::Checkbox((std::string(label) + "##" + path).c_str(), value);
    return end_field(app, path, changed);
}

bool choice(App& app, const char* label, const std::string& path, int* index, std::span<const char* const> names) {
    const int count = static_cast<int>(names.size());
    const char* preview = *index >= 0 && *index < count ? names[static_cast<std::size_t>(*index)] : "?";
    bool changed = false;
    if (ImGui::BeginCombo(begin_field(label, path).c_str(), preview)) {
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);  // names may repeat (two "Mixer"s)
            const bool picked = ImGui::Selectable(names[static_cast<std::size_t>(i)], i == *index);
            ImGui::PopID();
            if (picked && i != *index) {
                *index = i;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return end_field(app, path, changed);
}

bool remove_button(App& app, const std::string& path) {
    const bool pressed = ImGui::Button(("Remove##" + path).c_str());
    app.remember_item(path + ".remove");
    return pressed;
}

bool button(App& app, const char* label, const std::string& name) {
    const bool pressed = ImGui::Button(label);
    app.remember_item(name);
    return pressed;
}

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

namespace {

std::string formatted(const char* format, va_list args) {
    va_list again;
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, again);
    va_end(again);
    std::string text(static_cast<std::size_t>(std::max(size, 0)), '\0');
    if (size > 0) std::vsnprintf(text.data(), text.size() + 1, format, args);
    return text;
}

// Lays `text` out in lines no wider than the content region, breaking at spaces and at '\n' only. The lines of
// one text sit as close as ImGui's own wrapped lines (no item spacing between them).
void wrap_at_spaces(std::string_view text) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
    std::vector<std::string_view> lines;
    while (true) {
        const std::size_t paragraph_end = std::min(text.find('\n'), text.size());
        std::string_view rest = text.substr(0, paragraph_end);
        do {
            std::size_t fit = rest.size();  // the longest prefix ending at a word's end that fits
            if (ImGui::CalcTextSize(rest.data(), rest.data() + rest.size()).x > width) {
                fit = 0;
                for (std::size_t space = rest.find(' '); space != std::string_view::npos;
                     space = rest.find(' ', space + 1)) {
                    if (ImGui::CalcTextSize(rest.data(), rest.data() + space).x > width) break;
                    fit = space;
                }
                if (fit == 0) fit = std::min(rest.find(' '), rest.size());  // one word wider than the line
            }
            lines.push_back(rest.substr(0, fit));
            rest.remove_prefix(fit);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        } while (!rest.empty());
        if (paragraph_end >= text.size()) break;
        text.remove_prefix(paragraph_end + 1);
    }
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0.0f));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i + 1 == lines.size()) ImGui::PopStyleVar();  // the text's last line is followed as any item is
        ImGui::TextUnformatted(lines[i].data(), lines[i].data() + lines[i].size());
    }
}

}  // namespace

void wrapped(const char* format, ...) {
    va_list args;
    va_start(args, format);
    const std::string text = formatted(format, args);
    va_end(args);
    wrap_at_spaces(text);
}

void note(const char* format, ...) {
    va_list args;
    va_start(args, format);
    const std::string text = formatted(format, args);
    va_end(args);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::muted());
    wrap_at_spaces(text);
    ImGui::PopStyleColor();
}

void value_row(const char* label, const std::string& value, const char* hint) {
    if (narrow()) {
        ImGui::TextDisabled("%s", label);
        ImGui::TextUnformatted(value.c_str());
    } else {
        ImGui::TextUnformatted(label);
        ImGui::SameLine(std::max(ImGui::GetContentRegionAvail().x * 0.55f, ImGui::GetFontSize() * 12.0f));
        ImGui::TextUnformatted(value.c_str());
    }
    if (hint && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hint);
}

}  // namespace dealsheet::app::ui
