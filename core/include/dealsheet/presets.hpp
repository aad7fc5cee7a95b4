// Dealsheet core — the bundled preset scenarios (assets/presets/*.json), compiled in at build time.
#pragma once

#include <span>
#include <string_view>

#include "dealsheet/embedded_file.hpp"

namespace dealsheet {

// Every preset, sorted by file name; each text is a scenario JSON document (tests check they are valid).
std::span<const EmbeddedFile> presets();

// The preset named `name` (its file name, with or without ".json"), or nullptr.
const EmbeddedFile* find_preset(std::string_view name);

}  // namespace dealsheet
