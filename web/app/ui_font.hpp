// The UI font's bytes: a DejaVu Sans subset made at build time (web/CMakeLists.txt, embedded by cmake/EmbedBinary.cmake) from Debian's
// fonts-dejavu-core. DejaVu fonts: Bitstream Vera license with DejaVu changes in the public domain.
#pragma once

#include <cstddef>

namespace dealsheet::app {
extern const unsigned char ui_font_data[];  // TrueType bytes
extern const std::size_t ui_font_size;      // their count
}  // namespace dealsheet::app
