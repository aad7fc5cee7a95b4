#include "theme.hpp"

#include <cmath>

#include "ui_font.hpp"

namespace dealsheet::app::theme {
namespace {
ImFont* large = nullptr;
// Latin-1 plus the typographic marks the UI writes (dashes, quotes, bullet, ellipsis, euro, arrows, minus);
// the font subset (web/CMakeLists.txt DEALSHEET_FONT_UNICODES) holds the same set.
const ImWchar glyph_ranges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
                                0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};
}  // namespace

void apply(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are a static array in the binary
    auto* data = const_cast<unsigned char*>(ui_font_data);
    io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ui_font_size), std::round(base_font_css_px * scale), &config,
                                 glyph_ranges);
    large = io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ui_font_size), std::round(large_font_css_px * scale),
                                           &config, glyph_ranges);

    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.WindowBorderSize = 0;
    style.CellPadding = ImVec2(6, 4);
    ImVec4* colors = style.Colors;
    colors[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1.00f);
    colors[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.18f, 0.22f, 1.00f);
    colors[ImGuiCol_FrameBgHovered] = ImVec4(0.22f, 0.25f, 0.31f, 1.00f);
    colors[ImGuiCol_FrameBgActive] = ImVec4(0.26f, 0.30f, 0.38f, 1.00f);
    colors[ImGuiCol_Button] = ImVec4(0.20f, 0.36f, 0.55f, 1.00f);
    colors[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.44f, 0.66f, 1.00f);
    colors[ImGuiCol_SliderGrab] = ImVec4(0.40f, 0.68f, 0.95f, 1.00f);
    colors[ImGuiCol_TableHeaderBg] = ImVec4(0.16f, 0.18f, 0.22f, 1.00f);
    style.ScaleAllSizes(scale);
}

ImFont* large_font() { return large; }
ImVec4 accent() { return ImVec4(0.45f, 0.74f, 1.00f, 1.00f); }
ImVec4 warning() { return ImVec4(1.00f, 0.72f, 0.35f, 1.00f); }

}  // namespace dealsheet::app::theme
