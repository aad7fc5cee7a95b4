#include "dealsheet/presets.hpp"

namespace dealsheet {
namespace detail {
extern const EmbeddedFile preset_files[];  // generated from assets/presets (core/CMakeLists.txt)
extern const std::size_t preset_files_count;
}  // namespace detail

std::span<const EmbeddedFile> presets() { return {detail::preset_files, detail::preset_files_count}; }

const EmbeddedFile* find_preset(std::string_view name) {
    if (name.ends_with(".json")) name.remove_suffix(5);
    for (const EmbeddedFile& file : presets()) {
        const std::string_view file_name = file.name;
        if (file_name.size() == name.size() + 5 && file_name.starts_with(name) && file_name.ends_with(".json"))
            return &file;
    }
    return nullptr;
}

}  // namespace dealsheet
