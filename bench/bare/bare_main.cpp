// The floor for the browser measurements (docs/performance.md): the barest Dear ImGui page — one window with a
// little text, ImGui's built-in font — on the same platform code path as the app (GLFW + WebGL2, fonts and style
// rebuilt at the device pixel ratio, render only on input), compiled and linked with the same flags.
// Built into <build>/bench-bare/, beside the site, never deployed.
#include <emscripten.h>
#include <emscripten/html5.h>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace {

GLFWwindow* window = nullptr;
float built_scale = 0.0f;
bool gl_objects = false;  // the OpenGL backend made its shaders and font texture (first NewFrame)
int frames_to_render = 0;

// Idling as in web/platform/web_main.cpp: every input owes three frames; nothing is drawn otherwise.
void wake() { frames_to_render = 3; }
void on_cursor_pos(GLFWwindow*, double, double) { wake(); }
void on_mouse_button(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_key(GLFWwindow*, int, int, int, int) { wake(); }
void on_char(GLFWwindow*, unsigned int) { wake(); }
void on_window_size(GLFWwindow*, int, int) { wake(); }

void rebuild_for_scale(float scale) {
    built_scale = scale;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    style.ScaleAllSizes(scale);
    if (!gl_objects) return;  // the first NewFrame makes the font texture (as in web/platform/web_main.cpp)
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void frame() {
    const float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (scale != built_scale) {
        rebuild_for_scale(scale);
        wake();
    }
    ImGuiIO& io = ImGui::GetIO();
    const bool button_held = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
    if (frames_to_render <= 0 && !button_held) return;
    --frames_to_render;

    ImGui_ImplOpenGL3_NewFrame();
    gl_objects = true;
    ImGui_ImplGlfw_NewFrame();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-4f;
    ImGui::NewFrame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Bare", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted("Bare Dear ImGui page");
    ImGui::TextUnformatted("The floor Dealsheet's page is measured against.");
    ImGui::End();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.09f, 0.10f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    int width = 0, height = 0;
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    window = glfwCreateWindow(width > 0 ? width : 800, height > 0 ? height : 600, "Bare", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glfwSetCursorPosCallback(window, on_cursor_pos);
    glfwSetMouseButtonCallback(window, on_mouse_button);
    glfwSetScrollCallback(window, on_scroll);
    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetWindowSizeCallback(window, on_window_size);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    wake();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
