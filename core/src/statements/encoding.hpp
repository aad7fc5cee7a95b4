// Internal: the text encodings of statement files (UTF-8, with or without BOM, and Windows-1252). Not installed.
#pragma once

#include <string>
#include <string_view>

namespace dealsheet::detail {

// Windows-1252 text (a superset of Latin-1's printable range) as UTF-8; the five bytes 1252 leaves undefined
// become the C1 controls of the same value, as Latin-1 reads them.
std::string windows1252_to_utf8(std::string_view text);

}  // namespace dealsheet::detail
