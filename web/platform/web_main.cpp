// Dealsheet web app — Emscripten platform glue: window and WebGL2 context (GLFW), the frame loop with idling,
// device-pixel-ratio tracking, and the bridge to the page (shell/app.js).
//
// Index of this file
// [SECTION] Bridge to the page (JS → C++: embind; C++ → JS: Module callbacks)
// [SECTION] Idling: render only on input or change
// [SECTION] Frame
// [SECTION] Start-up
//
// Emscripten 3.1.6 + Dear ImGui 1.86 traps handled here (see docs/web-platform.md): zero DeltaTime asserts,
// no glfwSetWindowSize (it can go fullscreen), fonts rebuilt at the device pixel ratio instead of scaling.
#include <emscripten.h>
#include <emscripten/bind.h>
#include <emscripten/html5.h>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <memory>
#include <string>

#include "../app/app.hpp"
#include "../app/theme.hpp"

namespace {

using dealsheet::app::App;

struct Runtime {
    GLFWwindow* window = nullptr;
    std::unique_ptr<App> app;
    float scale = 0.0f;        // device pixels per CSS pixel the fonts and style were built for
    int frames_to_render = 0;  // frames still owed after the last input or change
};
Runtime runtime;

// [SECTION] Bridge to the page (JS → C++: embind; C++ → JS: Module callbacks)

EM_JS(void, js_result_changed, (const char* summary), {
    if (Module["onResultChanged"]) Module["onResultChanged"](UTF8ToString(summary));
});

EM_JS(void, js_link_changed, (const char* fragment), {
    if (Module["onLinkChanged"]) Module["onLinkChanged"](UTF8ToString(fragment));
});

EM_JS(void, js_save_file, (const char* filename, const char* text), {
    if (Module["onSaveFile"]) Module["onSaveFile"](UTF8ToString(filename), UTF8ToString(text));
});

EM_JS(void, js_notice_changed, (const char* message), {
    if (Module["onNotice"]) Module["onNotice"](UTF8ToString(message));
});

// [SECTION] Idling: render only on input or change

// Popups and auto-sized items settle over two frames; three covers them.
void wake() { runtime.frames_to_render = 3; }

void on_cursor_pos(GLFWwindow*, double, double) { wake(); }
void on_mouse_button(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_key(GLFWwindow*, int, int, int, int) { wake(); }
void on_char(GLFWwindow*, unsigned int) { wake(); }
void on_window_size(GLFWwindow*, int, int) { wake(); }
void on_cursor_enter(GLFWwindow*, int) { wake(); }
void on_focus(GLFWwindow*, int) { wake(); }

bool open_fragment(const std::string& fragment) {
    wake();
    return runtime.app->open_fragment(fragment);
}
std::string current_fragment() { return runtime.app->fragment(); }
std::string result_json() { return runtime.app->result_json(); }
std::string widget_rect(const std::string& name) {
    const std::array<float, 4> r = runtime.app->widget_rect(name);
    return "[" + std::to_string(r[0]) + "," + std::to_string(r[1]) + "," + std::to_string(r[2]) + "," +
           std::to_string(r[3]) + "]";
}

// [SECTION] Frame

void rebuild_for_scale(float scale) {
    runtime.scale = scale;
    dealsheet::app::theme::apply(scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void frame() {
    const float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (scale != runtime.scale) {
        rebuild_for_scale(scale);
        wake();
    }
    ImGuiIO& io = ImGui::GetIO();
    const bool button_held = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];  // auto-repeat, drags
    if (runtime.frames_to_render <= 0 && !button_held) return;  // idle: no GL call at all
    --runtime.frames_to_render;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-4f;  // coarse or frozen clocks (Firefox RFP, Safari)
    ImGui::NewFrame();
    runtime.app->draw();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(runtime.window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

// [SECTION] Start-up

EMSCRIPTEN_BINDINGS(dealsheet_app) {
    emscripten::function("openFragment", &open_fragment);      // (fragment) → true, or false with a notice shown
    emscripten::function("currentFragment", &current_fragment);  // () → fragment of the scenario on screen
    emscripten::function("resultJson", &result_json);            // () → result JSON of the scenario on screen
    emscripten::function("widgetRect", &widget_rect);            // (name) → "[x,y,w,h]" in device px, last frame
}

// argv[1], when given, is the page's URL fragment at start-up.
int main(int argc, char** argv) {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    int width = 0, height = 0;  // the page sized the backing store before start-up
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    runtime.window = glfwCreateWindow(width > 0 ? width : 800, height > 0 ? height : 600, "Dealsheet", nullptr, nullptr);
    if (!runtime.window) return 1;
    glfwMakeContextCurrent(runtime.window);

    // Our callbacks first: the ImGui backend chains to them, so every input also wakes the loop.
    glfwSetCursorPosCallback(runtime.window, on_cursor_pos);
    glfwSetMouseButtonCallback(runtime.window, on_mouse_button);
    glfwSetScrollCallback(runtime.window, on_scroll);
    glfwSetKeyCallback(runtime.window, on_key);
    glfwSetCharCallback(runtime.window, on_char);
    glfwSetWindowSizeCallback(runtime.window, on_window_size);
    glfwSetCursorEnterCallback(runtime.window, on_cursor_enter);
    glfwSetWindowFocusCallback(runtime.window, on_focus);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing persists behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page drawing
    ImGui_ImplGlfw_InitForOpenGL(runtime.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    dealsheet::app::theme::apply(1.0f);  // frame() rebuilds at the real ratio before the first draw

    runtime.app = std::make_unique<App>(dealsheet::app::HostCallbacks{
        [](const std::string& summary) { js_result_changed(summary.c_str()); },
        [](const std::string& fragment) { js_link_changed(fragment.c_str()); },
        [](const std::string& message) { js_notice_changed(message.c_str()); },
        [](const std::string& filename, const std::string& text) { js_save_file(filename.c_str(), text.c_str()); },
    });
    if (argc > 1) runtime.app->open_fragment(argv[1]);
    runtime.app->announce_result();
    wake();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
