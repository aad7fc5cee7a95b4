// Dealsheet's WebGL 2 renderer for Dear ImGui's draw data, in place of ImGui's OpenGL3 backend.
//
// The page owns its whole WebGL context, so nothing is saved and restored around a frame, and nothing is read
// back from the GPU while drawing. In a browser a read can be a synchronous round trip that waits until the GPU
// process has finished all earlier work, its own frames included; ImGui 1.86's backend reads 18 pieces of GL
// state each frame (to restore them) and checks its shaders at start-up (docs/performance.md). Here drawing
// only sends commands, and the program's link status is read once, after the first frame was sent (check()).
#pragma once

struct ImDrawData;

namespace dealsheet::web::renderer {

// Makes the shaders, the program and the vertex and index buffers. The context must be current.
void init();
// Builds the font atlas (one byte per texel) and uploads it as the font texture, replacing the last one.
void upload_fonts();
// Draws ImGui's draw data into the default framebuffer (viewport, blending and scissor set here; the scissor
// test is off again afterwards, for the next frame's clear).
void render(const ImDrawData* draw_data);
// After the first frame: nullptr when the program linked, otherwise what the shader compiler said.
const char* check();

}  // namespace dealsheet::web::renderer
