// Dealsheet core — base64url (RFC 4648 §5) without padding, strict on decoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dealsheet {

// `bytes` as base64url without '=' padding.
std::string base64url_encode(std::string_view bytes);

// The bytes `text` encodes, or nullopt when it holds a character outside A–Z a–z 0–9 '-' '_', padding,
// an impossible length, or non-zero trailing bits (so every byte string has exactly one encoding).
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace dealsheet
