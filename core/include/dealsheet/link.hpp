// Dealsheet core — the shareable link: a scenario in a URL fragment.
//
// Form: `s=<version>.<payload>` or `s=<version>~<payload>` (the text after '#'). <version> is the scenario
// format version the link was written with; <payload> is base64url (RFC 4648 §5, no padding) of a compact JSON
// object holding only the fields that differ from that version's defaults, with frozen short keys
// (scenario_fields.hpp) — after '~', of that JSON raw-DEFLATE-compressed (deflate.hpp), used whenever it is
// shorter. Old links open forever: the version selects the migration chain.
// Links are attacker-controlled text: length is capped before decoding and every field is validated.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet {

inline constexpr size_t max_link_fragment_chars = 4096;  // longer fragments are refused unread
inline constexpr size_t max_link_json_bytes = 16384;     // a compressed payload may not expand beyond this

// Query parameters that configure the page (embed mode, panel, theme, read-only, an embed's id, the question), not the
// scenario: decode_link skips them (docs/embedding.md).
inline constexpr std::array<std::string_view, 6> page_option_parameters{"embed",    "panel", "theme",
                                                                        "readonly", "id",    "q"};

// The fragment (without '#') that reopens `scenario` exactly, e.g. "s=1.eyJwIjp7InEiOnsicyI6MjAwMDAwMH19fQ".
std::string encode_link(const Scenario& scenario);

// The scenario a link describes: a whole URL, "#s=…" or "s=…" (what follows the first '#', if any, is the
// fragment), or — when there is no fragment — the readable query form of hand-written links in KB pages:
//     ?preset=<name>&streams=1000000&year=2025&recording.royalty_rate=20&title=My%20single
// "preset" starts from a bundled preset (else the defaults); every other parameter is a scenario field by its
// dotted JSON path, its value a JSON number, true/false, or text; "streams", "year", "revenue_per_stream"
// are shorthands for publishing.quick.*, and "streams" also sets the streams of a single platform given as a
// total (the song's streams, both sides). An empty fragment, or a whole URL with neither fragment nor query,
// is the default scenario. The page's own options (page_option_parameters: embed=1, panel=, theme=,
// readonly=1, id=) may stand beside either form and are not scenario fields. Any problem
// — too long, not a Dealsheet link, damaged payload, newer version, invalid field — comes back as values
// naming the field; the caller keeps whatever scenario it had.
Result<Scenario> decode_link(std::string_view fragment);

// The format version a link's fragment was written with ("#s=1.…", or a whole URL holding one), as decode_link
// reads it; nothing for a readable ?query link, an empty fragment or one without a version.
std::optional<int> link_format_version(std::string_view link);

}  // namespace dealsheet
