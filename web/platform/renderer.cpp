#include "renderer.hpp"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstdint>
#include <string>

namespace dealsheet::web::renderer {
namespace {

// Attribute locations are fixed in the shader, so none is looked up. The projection is a constant vertex
// attribute (no array behind it: glVertexAttrib4f), so no uniform is looked up either; the sampler uniform
// keeps its initial value, texture unit 0.
constexpr GLuint attr_position = 0, attr_uv = 1, attr_color = 2, attr_transform = 3;

const char* const vertex_source = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
layout(location = 3) in vec4 transform;  // scale x, y and offset x, y: display pixels to clip space
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
}
)";

// The only texture is the font atlas, one byte of coverage per texel (ImGui's white texel included).
const char* const fragment_source = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_color;
layout(location = 0) out vec4 out_color;
void main() {
    out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
}
)";

struct State {
    GLuint vertex_shader = 0, fragment_shader = 0, program = 0;
    GLuint vertex_array = 0, vertex_buffer = 0, index_buffer = 0;
    GLuint font_texture = 0;
    std::string problem;  // what check() found, kept for its pointer
};
State gl;

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// A shader's or the program's info log (glGetShaderiv + glGetShaderInfoLog, or the program's pair).
std::string info_log(GLuint object, void (*get_parameter)(GLuint, GLenum, GLint*),
                     void (*get_log)(GLuint, GLsizei, GLsizei*, GLchar*)) {
    GLint length = 0;
    get_parameter(object, GL_INFO_LOG_LENGTH, &length);
    std::string log(length > 0 ? static_cast<std::size_t>(length) : 0, '\0');
    if (length > 0) get_log(object, length, nullptr, log.data());
    return log.c_str();  // without the terminating zero GL wrote
}

}  // namespace

void init() {
    gl.vertex_shader = compile(GL_VERTEX_SHADER, vertex_source);
    gl.fragment_shader = compile(GL_FRAGMENT_SHADER, fragment_source);
    gl.program = glCreateProgram();
    glAttachShader(gl.program, gl.vertex_shader);
    glAttachShader(gl.program, gl.fragment_shader);
    glLinkProgram(gl.program);

    glGenVertexArrays(1, &gl.vertex_array);
    glGenBuffers(1, &gl.vertex_buffer);
    glGenBuffers(1, &gl.index_buffer);
    glBindVertexArray(gl.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, gl.vertex_buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gl.index_buffer);  // part of the vertex array's state
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glEnableVertexAttribArray(attr_position);
    glEnableVertexAttribArray(attr_uv);
    glEnableVertexAttribArray(attr_color);
    glVertexAttribPointer(attr_position, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(attr_uv, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(attr_color, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<const void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "dealsheet_webgl2";
}

void upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);  // one byte per texel: a quarter of RGBA to upload
    if (gl.font_texture) glDeleteTextures(1, &gl.font_texture);
    glGenTextures(1, &gl.font_texture);
    glBindTexture(GL_TEXTURE_2D, gl.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(gl.font_texture)));
    io.Fonts->ClearTexData();  // the texture holds it now
}

void render(const ImDrawData* draw_data) {
    const float fb_width = draw_data->DisplaySize.x * draw_data->FramebufferScale.x;
    const float fb_height = draw_data->DisplaySize.y * draw_data->FramebufferScale.y;
    if (fb_width <= 0 || fb_height <= 0 || draw_data->CmdListsCount == 0) return;

    glViewport(0, 0, static_cast<GLsizei>(fb_width), static_cast<GLsizei>(fb_height));
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(gl.program);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(gl.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, gl.vertex_buffer);

    // Display rectangle (DisplayPos … DisplayPos + DisplaySize) to clip space, y pointing down.
    const float left = draw_data->DisplayPos.x, right = left + draw_data->DisplaySize.x;
    const float top = draw_data->DisplayPos.y, bottom = top + draw_data->DisplaySize.y;
    glVertexAttrib4f(attr_transform, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                     (top + bottom) / (bottom - top));

    const ImVec2 clip_offset = draw_data->DisplayPos;
    const ImVec2 clip_scale = draw_data->FramebufferScale;
    constexpr GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // the app adds none; ImGui's reset marker needs nothing here
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x1 = (cmd.ClipRect.x - clip_offset.x) * clip_scale.x;
            const float y1 = (cmd.ClipRect.y - clip_offset.y) * clip_scale.y;
            const float x2 = (cmd.ClipRect.z - clip_offset.x) * clip_scale.x;
            const float y2 = (cmd.ClipRect.w - clip_offset.y) * clip_scale.y;
            if (x2 <= x1 || y2 <= y1) continue;
            glScissor(static_cast<GLint>(x1), static_cast<GLint>(fb_height - y2), static_cast<GLsizei>(x2 - x1),
                      static_cast<GLsizei>(y2 - y1));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
            glDrawElements(
                GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);  // the next frame's glClear must clear the whole canvas, not the last clip rectangle
}

const char* check() {
    GLint linked = GL_FALSE;
    glGetProgramiv(gl.program, GL_LINK_STATUS, &linked);
    if (linked == GL_TRUE) return nullptr;
    gl.problem = "vertex shader: " + info_log(gl.vertex_shader, glGetShaderiv, glGetShaderInfoLog) +
                 " fragment shader: " + info_log(gl.fragment_shader, glGetShaderiv, glGetShaderInfoLog);
    if (const std::string log = info_log(gl.program, glGetProgramiv, glGetProgramInfoLog); !log.empty())
        gl.problem += " program: " + log;
    return gl.problem.c_str();
}

}  // namespace dealsheet::web::renderer
