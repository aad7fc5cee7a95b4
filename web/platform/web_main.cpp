// Dealsheet web app — Emscripten platform glue: window and WebGL2 context (GLFW), the frame loop with idling,
// device-pixel-ratio tracking, and the bridge to the page (shell/app.js).
//
// Index of this file
// [SECTION] Bridge to the page (JS → C++: plain exports, web/platform/bridge.js; C++ → JS: Module callbacks)
// [SECTION] Idling: render only on input or change
// [SECTION] Frame
// [SECTION] Start-up
//
// Emscripten 3.1.6 + Dear ImGui 1.86 traps handled here (see docs/web-platform.md): zero DeltaTime asserts,
// no glfwSetWindowSize (it can go fullscreen), fonts rebuilt at the device pixel ratio instead of scaling,
// empty GLFW clipboard stubs (replaced by the page's clipboard), raw wheel deltas (the page scales them and
// calls wheel()), no soft keyboard (the page's hidden text agent feeds addText/pressKey).
#include <emscripten.h>
#include <emscripten/html5.h>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>  // the keyboard focus (NavId), for Enter on a focused control

#include <cmath>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../app/app.hpp"
#include "../app/theme.hpp"
#include "dealsheet/questions.hpp"
#include "renderer.hpp"

namespace {

using dealsheet::app::App;
using dealsheet::app::State;

struct Runtime {
    GLFWwindow* window = nullptr;
    std::unique_ptr<App> app;
    float scale = 0.0f;  // device pixels per CSS pixel the fonts and style were built for
    // The renderer's program is checked at the frame after the first (renderer::check); if the GPU driver
    // refused the shaders, no more frames are drawn.
    enum class RendererState {
        before_first_frame,
        to_check,
        working,
        failed
    } renderer = RendererState::before_first_frame;
    int frames_to_render = 0;  // frames still owed after the last input or change
    bool paused = false;       // the main loop is paused until the next wake()
    std::string clipboard;     // what ImGui copied or the page last pasted (GLFW's clipboard is a stub)
    std::vector<std::pair<int, int>> keys_pressed;  // (key, mods) pressed since the last frame (mods unused)
    std::vector<int> keys_held;                     // keys held down one frame longer than the browser did
    bool wanted_text = false;                       // io.WantTextInput as last told to the page
    float reported_height = 0;                      // content height last told to the page, CSS px
    // The page hears the result and its text from the first view shown on (show_view, which the page calls once
    // the module is up, or argv[2]): before that, the scenario opened at start-up has no view yet, and telling
    // the page of one (the start) would hide its answer until the throttled next text came.
    bool view_shown = false;
};
Runtime runtime;

// [SECTION] Bridge to the page (JS → C++: plain exports, web/platform/bridge.js; C++ → JS: Module callbacks)

// Text the page passes in and gets back (bridge.js): the page writes its UTF-8 into `input`, then calls the
// function that takes it; a function that returns text leaves it NUL-terminated in `output`, which the page
// reads at once. Taking the input first keeps it whole if the call runs page code that calls in again.
std::string bridge_input;
std::string bridge_output;
std::string take_input() { return std::exchange(bridge_input, std::string()); }
const char* give_output(std::string text) {
    bridge_output = std::move(text);
    return bridge_output.c_str();
}

EM_JS(void, js_result_changed, (const char* summary), {
    if (Module["onResultChanged"]) Module["onResultChanged"](UTF8ToString(summary));
});

EM_JS(void, js_link_changed, (const char* fragment), {
    if (Module["onLinkChanged"]) Module["onLinkChanged"](UTF8ToString(fragment));
});

EM_JS(void, js_save_file, (const char* filename, const char* mime, const char* text), {
    if (Module["onSaveFile"]) Module["onSaveFile"](UTF8ToString(filename), UTF8ToString(mime), UTF8ToString(text));
});

EM_JS(void, js_copy_text, (const char* text, const char* what), {
    if (Module["onCopyText"]) Module["onCopyText"](UTF8ToString(text), UTF8ToString(what));
});

EM_JS(void, js_share_text, (const char* text, const char* what), {
    if (Module["onShareText"]) Module["onShareText"](UTF8ToString(text), UTF8ToString(what));
});

EM_JS(void, js_page_text_changed, (const char* json), {
    if (Module["onPageText"]) Module["onPageText"](UTF8ToString(json));
});

EM_JS(void, js_view_changed, (const char* query), {
    if (Module["onViewChanged"]) Module["onViewChanged"](UTF8ToString(query));
});

EM_JS(void, js_open_url, (const char* url), {
    if (Module["onOpenUrl"]) Module["onOpenUrl"](UTF8ToString(url));
});

EM_JS(void, js_start_failed, (), {
    if (Module["onStartFailed"]) Module["onStartFailed"]();
});

// The page's message when the GPU driver refused the renderer's shaders (it names what the driver said).
EM_JS(void, js_graphics_failed, (const char* detail), {
    if (Module["onGraphicsFailed"]) Module["onGraphicsFailed"](UTF8ToString(detail));
});

EM_JS(void, js_pick_file, (), {
    if (Module["onPickFile"]) Module["onPickFile"]();
});

EM_JS(void, js_open_statement, (), {
    if (Module["onOpenStatement"]) Module["onOpenStatement"]();
});

EM_JS(void, js_theme_changed, (int dark), {
    if (Module["onThemeChanged"]) Module["onThemeChanged"](!!dark);
});

// The page's text agent (a hidden <input>) follows ImGui's wish for text: focused while a field is edited.
// `keyboard` is the HTML inputmode of the field ("decimal", "numeric", "text").
EM_JS(void, js_text_input_wanted, (int wanted, const char* keyboard), {
    if (Module["onTextInput"]) Module["onTextInput"](!!wanted, UTF8ToString(keyboard));
});

EM_JS(void, js_content_height, (float css_px), {
    if (Module["onContentHeight"]) Module["onContentHeight"](css_px);
});

// This build has no panels and the user opened them: the page loads the build that has (shell/app.js).
EM_JS(void, js_panels_needed, (), {
    if (Module["onPanelsNeeded"]) Module["onPanelsNeeded"]();
});

EM_JS(void, js_notice_changed, (const char* message), {
    if (Module["onNotice"]) Module["onNotice"](UTF8ToString(message));
});

// [SECTION] Idling: render only on input or change

// Popups and auto-sized items settle over two frames; three covers them. An idle app pauses its main loop
// (no requestAnimationFrame at all: an idle or off-screen embed costs nothing); any wake source resumes it.
void wake() {
    runtime.frames_to_render = 3;
    if (runtime.paused) {
        runtime.paused = false;
        emscripten_resume_main_loop();
    }
}

void on_cursor_pos(GLFWwindow*, double, double) { wake(); }
void on_mouse_button(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
// Undo/redo shortcuts act on the key event itself: a quick press and release between two frames would be
// missed by ImGui 1.86, which only sees key state once per frame.
void on_key(GLFWwindow*, int key, int, int action, int mods) {
    wake();
    if (action == GLFW_PRESS) runtime.keys_pressed.emplace_back(key, mods);
    if (action != GLFW_PRESS || !(mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) || ImGui::GetIO().WantTextInput) return;
    State& state = runtime.app->state();
    if (key == GLFW_KEY_Z) (mods & GLFW_MOD_SHIFT) ? state.redo() : state.undo();
    if (key == GLFW_KEY_Y) state.redo();
}
void on_char(GLFWwindow*, unsigned int) { wake(); }
void on_window_size(GLFWwindow*, int, int) { wake(); }
void on_cursor_enter(GLFWwindow*, int) { wake(); }
void on_focus(GLFWwindow*, int) { wake(); }

bool open_fragment(const std::string& fragment) {
    wake();
    return runtime.app->state().open_fragment(fragment);
}
bool import_json(const std::string& text) {
    wake();
    return runtime.app->state().import_json(text);
}
void offer_restore(const std::string& fragment) {
    wake();
    runtime.app->state().offer_restore(fragment);
}
void set_page_url(const std::string& url) { runtime.app->state().set_page_url(url); }
void set_system_dark(bool dark) {
    wake();
    runtime.app->set_system_dark(dark);
}
void set_theme(const std::string& mode) {  // "light", "dark", anything else: follow the system
    wake();
    runtime.app->set_theme_mode(mode == "light"  ? dealsheet::app::ThemeMode::light
                                : mode == "dark" ? dealsheet::app::ThemeMode::dark
                                                 : dealsheet::app::ThemeMode::automatic);
}
void set_embed(bool embed, bool read_only) {
    runtime.app->state().set_embed({.embed = embed, .read_only = read_only});
    wake();
}
// Shows the view a page query names ("?q=fee-or-points", "?panel=points"); a query naming none shows the start
// screen, or the panels when `has_scenario` (old links open on the panels, as they always did). No history entry:
// this is start-up, or Back and Forward.
void show_view(const std::string& query, bool has_scenario) {
    using dealsheet::app::Screen;
    using dealsheet::app::View;
    State& state = runtime.app->state();
    const std::optional<View> named = dealsheet::app::parse_view_query(query);
    // Embeds always calculate something: without a view they show the panels (as tabs), as they always did.
    const bool embed = state.embed().embed;
    View view = named ? *named : View{.screen = has_scenario || embed ? Screen::detail : Screen::start};
    if (embed) state.set_embed({.embed = true, .read_only = state.embed().read_only, .single_view = named.has_value()});
    if (!named) view.question = state.view().question;
    runtime.view_shown = true;
    if (view.screen == Screen::question) state.open_question_start(view.question);
    state.show(view);
    wake();
}
// Moves to the view a page query names as a step of its own (the page adds a history entry): the statement
// view's "Use my numbers" opens the streams panel this way, so Back returns to the statement. A query naming no
// view changes nothing.
void go_to_view(const std::string& query) {
    const std::optional<dealsheet::app::View> named = dealsheet::app::parse_view_query(query);
    if (!named) return;
    runtime.app->state().go_to(*named);
    wake();
}
// The statement view's charts (statement-page.js): `text` in parse_statement_charts' form draws them in place of
// the calculator; no text hides them. False, with nothing changed, when the text cannot be read.
bool statement_charts(const std::string& text) {
    wake();
    if (text.empty()) {
        runtime.app->state().hide_statement_charts();
        return true;
    }
    dealsheet::Result<dealsheet::app::StatementCharts> charts = dealsheet::app::parse_statement_charts(text);
    if (!charts.ok()) return false;
    runtime.app->state().show_statement_charts(std::move(charts.value()));
    return true;
}
// A wheel turn already scaled to lines by the page (> 0 = towards the top, like GLFW). Returns whether the
// app used it; if not, the page lets the browser scroll the host page.
bool wheel(float dx, float dy) {
    if (std::fabs(dx) <= std::fabs(dy)) {  // a vertical turn (trackpad jitter in x does not count)
        if (!runtime.app->wants_wheel(dy)) return false;
        dx = 0.0f;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel += dy;
    io.MouseWheelH += dx;
    wake();
    return true;
}
void add_text(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    wake();
}
// A key from the text agent (GLFW key code: 259 Backspace, 257 Enter, 263/262 arrows): held down for one frame,
// like any key pressed and released between two frames.
void press_key(int key) {
    runtime.keys_pressed.emplace_back(key, 0);
    wake();
}
// A touch swipe from the page: scroll by `dy` CSS pixels (> 0 = content moves up).
void scroll_by(float dy) {
    runtime.app->scroll_by(dy * runtime.scale);
    wake();
}
void set_clipboard_cache(const std::string& text) { runtime.clipboard = text; }
void set_touch(bool touch) {  // bigger hit boxes for fingers
    dealsheet::app::theme::set_touch(touch);
    wake();
}
void wake_up() { wake(); }
void frame();
// Runs one frame now, inside the page's event handler (a tap's press: see shell/app.js).
void pump() {
    wake();
    frame();
}
std::string current_fragment() { return runtime.app->state().fragment(); }
// The page hands over to the build with the panels: no more frames, and GLFW's listeners leave the page.
void shutdown() {
    emscripten_cancel_main_loop();
    runtime.paused = false;
    runtime.renderer = Runtime::RendererState::failed;  // frame() draws nothing from now on
    glfwTerminate();
}
void publish_pending() { runtime.app->state().publish_pending(); }
std::string current_link() { return runtime.app->state().link(); }
std::string current_view() { return dealsheet::app::view_query(runtime.app->state().view()); }
std::string widget_rect(const std::string& name) {
    const std::array<float, 4> r = runtime.app->widget_rect(name);
    return "[" + std::to_string(r[0]) + "," + std::to_string(r[1]) + "," + std::to_string(r[2]) + "," +
           std::to_string(r[3]) + "]";
}

// [SECTION] Frame

void rebuild_for_scale(float scale) {
    runtime.scale = scale;
    dealsheet::app::theme::apply(scale, runtime.app->state().dark());
    dealsheet::web::renderer::upload_fonts();  // built once per ratio, the first time before the first frame
}

void frame() {
    if (runtime.renderer == Runtime::RendererState::failed) return;
    const float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (scale != runtime.scale) {
        rebuild_for_scale(scale);
        wake();
    }
    ImGuiIO& io = ImGui::GetIO();
    const bool button_held = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];    // auto-repeat, drags
    if (runtime.frames_to_render <= 0 && !button_held && runtime.keys_held.empty()) {  // idle: no GL call at all
        runtime.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    --runtime.frames_to_render;
    // The program's link status is read only now: a read waits for the GPU process, and before the first frame
    // it would wait for the shaders to compile. A program that did not link draws nothing; the page says why.
    if (runtime.renderer == Runtime::RendererState::to_check) {
        runtime.renderer = Runtime::RendererState::working;
        if (const char* problem = dealsheet::web::renderer::check()) {
            runtime.renderer = Runtime::RendererState::failed;
            emscripten_cancel_main_loop();
            js_graphics_failed(problem);
            return;
        }
    }

    ImGui_ImplGlfw_NewFrame();
    // ImGui 1.86 reads key state once per frame: a key pressed and released between two frames (a quick tap,
    // or a test's key press) would never be seen. Such keys stay down for one frame. Modifiers are not
    // replayed: characters typed in the same gap would then be taken for Ctrl shortcuts and dropped.
    for (const int key : runtime.keys_held) io.KeysDown[key] = false;
    runtime.keys_held.clear();
    // Enter works a control that has the keyboard focus (Tab), as Space does: ImGui 1.86 activates only on Space.
    // In a text field Enter stays Enter.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool control_focused = g.NavId != 0 && !g.NavDisableHighlight && g.ActiveId == 0 && !io.WantTextInput;
    for (auto [key, mods] : runtime.keys_pressed) {
        if ((key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) && control_focused) key = GLFW_KEY_SPACE;
        const bool modifier = key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER;  // would leak into KeyCtrl…
        if (modifier || key < 0 || key >= static_cast<int>(IM_ARRAYSIZE(io.KeysDown)) || io.KeysDown[key]) continue;
        io.KeysDown[key] = true;
        runtime.keys_held.push_back(key);
    }
    runtime.keys_pressed.clear();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-4f;  // coarse or frozen clocks (Firefox RFP, Safari)
    ImGui::NewFrame();
    runtime.app->draw();
    ImGui::Render();
    if (io.WantTextInput != runtime.wanted_text) {
        runtime.wanted_text = io.WantTextInput;
        js_text_input_wanted(runtime.wanted_text, runtime.app->text_keyboard().c_str());
    }
    const float content_css = runtime.app->content_height() / runtime.scale;
    if (content_css != runtime.reported_height) {
        runtime.reported_height = content_css;
        js_content_height(content_css);
    }

    // The clear covers the whole canvas whatever the viewport; render() sets the viewport from the draw data.
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    dealsheet::web::renderer::render(ImGui::GetDrawData());
    if (runtime.renderer == Runtime::RendererState::before_first_frame)
        runtime.renderer = Runtime::RendererState::to_check;
}

}  // namespace

// The page's calls (bridge.js names each as a method of the module: openFragment, currentFragment, …).
extern "C" {
EMSCRIPTEN_KEEPALIVE char* dealsheet_input(int size) {  // room for the next call's text, `size` UTF-8 bytes
    bridge_input.assign(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    return bridge_input.data();
}
EMSCRIPTEN_KEEPALIVE int dealsheet_open_fragment() { return open_fragment(take_input()); }
EMSCRIPTEN_KEEPALIVE const char* dealsheet_current_fragment() { return give_output(current_fragment()); }
EMSCRIPTEN_KEEPALIVE const char* dealsheet_current_link() { return give_output(current_link()); }
EMSCRIPTEN_KEEPALIVE const char* dealsheet_current_view() { return give_output(current_view()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_publish_pending() { publish_pending(); }
EMSCRIPTEN_KEEPALIVE int dealsheet_import_json() { return import_json(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_offer_restore() { offer_restore(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_page_url() { set_page_url(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_system_dark(int dark) { set_system_dark(dark != 0); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_theme() { set_theme(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_embed(int embed, int read_only) { set_embed(embed != 0, read_only != 0); }
EMSCRIPTEN_KEEPALIVE void dealsheet_show_view(int has_scenario) { show_view(take_input(), has_scenario != 0); }
EMSCRIPTEN_KEEPALIVE void dealsheet_go_to_view() { go_to_view(take_input()); }
EMSCRIPTEN_KEEPALIVE int dealsheet_statement_charts() { return statement_charts(take_input()) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int dealsheet_wheel(float dx, float dy) { return wheel(dx, dy); }
EMSCRIPTEN_KEEPALIVE void dealsheet_add_text() { add_text(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_press_key(int key) { press_key(key); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_clipboard_cache() { set_clipboard_cache(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_set_touch(int touch) { set_touch(touch != 0); }
EMSCRIPTEN_KEEPALIVE void dealsheet_scroll_by(float dy) { scroll_by(dy); }
EMSCRIPTEN_KEEPALIVE void dealsheet_wake() { wake_up(); }
EMSCRIPTEN_KEEPALIVE void dealsheet_pump() { pump(); }
EMSCRIPTEN_KEEPALIVE const char* dealsheet_widget_rect() { return give_output(widget_rect(take_input())); }
EMSCRIPTEN_KEEPALIVE const char* dealsheet_history_links() { return give_output(runtime.app->state().history_links()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_adopt_history() { runtime.app->state().adopt_history(take_input()); }
EMSCRIPTEN_KEEPALIVE void dealsheet_shutdown() { shutdown(); }
EMSCRIPTEN_KEEPALIVE int dealsheet_tab(int backwards) {  // Tab / Shift+Tab: false = focus leaves the app
    wake();
    return runtime.app->move_focus(backwards != 0);
}
EMSCRIPTEN_KEEPALIVE void dealsheet_focus_edge(int last) {
    wake();
    runtime.app->focus_edge(last != 0);
}
}

// [SECTION] Start-up

// argv[1], when given, is the page's URL fragment at start-up; argv[2] a view handed over (see below).
int main(int argc, char** argv) {
    if (!glfwInit()) {
        js_start_failed();
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);  // ImGui draws with neither; shell/app.js makes the context the same way
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    int width = 0, height = 0;  // the page sized the backing store before start-up
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    runtime.window =
        glfwCreateWindow(width > 0 ? width : 800, height > 0 ? height : 600, "Dealsheet", nullptr, nullptr);
    if (!runtime.window) {  // no WebGL 2 context: the page says so instead of starting
        js_start_failed();
        return 1;
    }
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
    dealsheet::web::renderer::init();

    // The year on the user's clock: a new scenario starts in it (a link keeps the year it was made with).
    const std::time_t now = std::time(nullptr);
    const int current_year = std::gmtime(&now)->tm_year + 1900;
    runtime.app = std::make_unique<App>(
        dealsheet::app::HostCallbacks{
            .result_changed =
                [](const std::string& summary) {
                    if (runtime.view_shown) js_result_changed(summary.c_str());
                },
            .page_text_changed =
                [](const std::string& json) {
                    if (runtime.view_shown) js_page_text_changed(json.c_str());
                },
            .link_changed = [](const std::string& fragment) { js_link_changed(fragment.c_str()); },
            .view_changed = [](const std::string& query) { js_view_changed(query.c_str()); },
            .notice_changed = [](const std::string& message) { js_notice_changed(message.c_str()); },
            .save_file = [](const std::string& filename, const std::string& mime,
                            const std::string& text) { js_save_file(filename.c_str(), mime.c_str(), text.c_str()); },
            .copy_text =
                [](const std::string& text, const std::string& what) {
                    runtime.clipboard = text;
                    js_copy_text(text.c_str(), what.c_str());
                },
            .share_text = [](const std::string& text,
                             const std::string& what) { js_share_text(text.c_str(), what.c_str()); },
            .pick_file = [] { js_pick_file(); },
            .open_url = [](const std::string& url) { js_open_url(url.c_str()); },
            .theme_changed = [](bool dark) { js_theme_changed(dark ? 1 : 0); },
            .panels_needed = [] { js_panels_needed(); },
            .open_statement = [] { js_open_statement(); },
        },
        current_year);
    // ImGui's own copy and paste (Ctrl+C/V in fields) use the system clipboard through the page.
    io.SetClipboardTextFn = [](void*, const char* text) {
        runtime.clipboard = text;
        js_copy_text(text, "");
    };
    io.GetClipboardTextFn = [](void*) -> const char* { return runtime.clipboard.c_str(); };
    dealsheet::app::theme::apply(1.0f, runtime.app->state().dark());  // frame() rebuilds at the real ratio first
    if (argc > 1) runtime.app->state().open_fragment(argv[1]);
    // argv[2], when given, is the view a build hands over to this one (shell/app.js). The page hears the first
    // result and text when that view, or the one the page shows once the module is up, is shown (view_shown).
    if (argc > 2) show_view(argv[2], true);
    wake();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
