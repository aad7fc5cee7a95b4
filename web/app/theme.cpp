#include "theme.hpp"

#include <cmath>

#include "ui_font.hpp"

namespace dealsheet::app::theme {
namespace {
ImFont* large = nullptr;
bool dark_colours = true;
bool touch_input = false;
float current_scale = 1.0f;
// Latin-1, alpha and sigma, and the typographic marks the UI writes (dashes, quotes, bullet, ellipsis, euro, arrows, minus);
// the font subset (web/CMakeLists.txt DEALSHEET_FONT_UNICODES) holds the same set.
const ImWchar glyph_ranges[] = {0x0020, 0x00FF, 0x03B1, 0x03B1, 0x03C3, 0x03C3, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022,
                                0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};

void dark_palette(ImVec4* c) {
    ImGui::StyleColorsDark();
    c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(0.12f, 0.13f, 0.16f, 1.00f);
    c[ImGuiCol_PopupBg] = ImVec4(0.12f, 0.13f, 0.16f, 0.98f);
    c[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.18f, 0.22f, 1.00f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.22f, 0.25f, 0.31f, 1.00f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.26f, 0.30f, 0.38f, 1.00f);
    c[ImGuiCol_Button] = ImVec4(0.20f, 0.36f, 0.55f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.44f, 0.66f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.18f, 0.32f, 0.50f, 1.00f);
    c[ImGuiCol_Header] = ImVec4(0.20f, 0.30f, 0.42f, 1.00f);
    c[ImGuiCol_Tab] = ImVec4(0.14f, 0.17f, 0.22f, 1.00f);
    c[ImGuiCol_TabHovered] = ImVec4(0.25f, 0.44f, 0.66f, 1.00f);
    c[ImGuiCol_TabActive] = ImVec4(0.20f, 0.36f, 0.55f, 1.00f);
    c[ImGuiCol_SliderGrab] = ImVec4(0.40f, 0.68f, 0.95f, 1.00f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.16f, 0.18f, 0.22f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.65f, 0.70f, 1.00f);  // ≥ 4.5:1 on the background
}

void light_palette(ImVec4* c) {
    ImGui::StyleColorsLight();
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.38f, 0.42f, 1.00f);  // ≥ 4.5:1 on the background
    c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(0.94f, 0.95f, 0.96f, 1.00f);
    c[ImGuiCol_PopupBg] = ImVec4(1.00f, 1.00f, 1.00f, 0.99f);
    c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.00f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.84f, 0.87f, 0.91f, 1.00f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.78f, 0.83f, 0.90f, 1.00f);
    // Buttons and tabs carry the dark text: light blues keep it at ≥ 7:1 (a mid blue gave 2.9:1).
    c[ImGuiCol_Button] = ImVec4(0.73f, 0.82f, 0.95f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.64f, 0.76f, 0.93f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.55f, 0.68f, 0.88f, 1.00f);
    c[ImGuiCol_Header] = ImVec4(0.80f, 0.86f, 0.94f, 1.00f);
    c[ImGuiCol_Tab] = ImVec4(0.86f, 0.89f, 0.93f, 1.00f);
    c[ImGuiCol_TabHovered] = ImVec4(0.64f, 0.76f, 0.93f, 1.00f);
    c[ImGuiCol_TabActive] = ImVec4(0.73f, 0.82f, 0.95f, 1.00f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.90f, 0.93f, 1.00f);
}

void restyle() {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (dark_colours)
        dark_palette(style.Colors);
    else
        light_palette(style.Colors);
    style.WindowPadding = ImVec2(14, 12);
    // Fingers need targets of at least 44 CSS px: a 16 px line plus 2 × 14 px padding; a mouse keeps the
    // denser layout.
    style.FramePadding = touch_input ? ImVec2(10, 14) : ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.WindowBorderSize = 0;
    style.ChildRounding = 6;
    style.PopupRounding = 4;
    style.ScrollbarSize = 12;
    style.CellPadding = ImVec2(6, 4);
    style.ScaleAllSizes(current_scale);
    if (touch_input) style.TouchExtraPadding = ImVec2(2 * current_scale, 2 * current_scale);
}
}  // namespace

void apply(float new_scale, bool dark) {
    current_scale = new_scale;
    dark_colours = dark;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are a static array in the binary
    // The atlas is built and uploaded (one byte per texel: web/platform/renderer.cpp) before the first frame, so
    // it is kept small (measured in docs/performance.md): body text with two horizontal subpixel positions per
    // glyph, not ImGui 1.86's three (later ImGui versions chose two as well); the large figures, at 26 px and
    // more, with one, which looks the same there; and a texture only as tall as its glyphs (WebGL 2 has no
    // power-of-two rule). At DPR 1 that is 512×190 texels instead of 512×512, at DPR 2 512×611 instead of
    // 512×1024.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    config.OversampleH = 2;
    auto* data = const_cast<unsigned char*>(ui_font_data);
    io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ui_font_size), std::round(base_font_css_px * new_scale),
                                   &config, glyph_ranges);
    config.OversampleH = 1;
    large = io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ui_font_size),
                                           std::round(large_font_css_px * new_scale), &config, glyph_ranges);
    restyle();
}

// ImGui adds its built-in ProggyClean font (12 KB of base85 data, ~10 KB gzip) when an atlas is built with no
// font. The app always adds the UI font first, so that code never runs, but it is linked; web/CMakeLists.txt
// redirects ImFontAtlas::AddFontDefault here (wasm-ld --wrap), so the default font is the UI font and the
// built-in one stays out of the download.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas,
                                                                            const ImFontConfig* config) {
    ImFontConfig defaults = config ? *config : ImFontConfig();
    defaults.FontDataOwnedByAtlas = false;
    return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(ui_font_data), static_cast<int>(ui_font_size),
                                       std::round(base_font_css_px * current_scale), &defaults, glyph_ranges);
}

void set_touch(bool touch) {
    touch_input = touch;
    restyle();
}

void set_dark(bool dark) {
    dark_colours = dark;
    restyle();
}

bool is_dark() { return dark_colours; }
float scale() { return current_scale; }
float px(float css) { return css * current_scale; }
ImFont* large_font() { return large; }
ImVec4 accent() { return dark_colours ? ImVec4(0.45f, 0.74f, 1.00f, 1.00f) : ImVec4(0.08f, 0.33f, 0.64f, 1.00f); }
ImVec4 warning() { return dark_colours ? ImVec4(1.00f, 0.72f, 0.35f, 1.00f) : ImVec4(0.66f, 0.30f, 0.00f, 1.00f); }
ImVec4 muted() { return ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]; }

ImU32 series(int i) {
    // Okabe–Ito colour-blind-safe palette, darker variants on light backgrounds.
    static const ImU32 on_dark[] = {IM_COL32(86, 180, 233, 255),  IM_COL32(230, 159, 0, 255),
                                    IM_COL32(0, 158, 115, 255),   IM_COL32(240, 228, 66, 255),
                                    IM_COL32(204, 121, 167, 255), IM_COL32(213, 94, 0, 255),
                                    IM_COL32(160, 170, 255, 255), IM_COL32(200, 200, 200, 255)};
    static const ImU32 on_light[] = {IM_COL32(0, 114, 178, 255), IM_COL32(200, 120, 0, 255),  IM_COL32(0, 130, 95, 255),
                                     IM_COL32(150, 140, 0, 255), IM_COL32(170, 80, 135, 255), IM_COL32(190, 70, 0, 255),
                                     IM_COL32(80, 90, 200, 255), IM_COL32(100, 100, 100, 255)};
    const int k = (i % 8 + 8) % 8;
    return dark_colours ? on_dark[k] : on_light[k];
}
ImU32 grid() { return dark_colours ? IM_COL32(255, 255, 255, 40) : IM_COL32(0, 0, 0, 40); }
ImU32 text() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 card() { return ImGui::GetColorU32(ImGuiCol_ChildBg); }

}  // namespace dealsheet::app::theme
