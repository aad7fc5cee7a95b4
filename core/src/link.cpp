#include "dealsheet/link.hpp"

#include <array>
#include <charconv>
#include <utility>

#include "dealsheet/base64url.hpp"
#include "scenario_json_detail.hpp"

namespace dealsheet {

using nlohmann::json;

namespace {

// Short keys of link format version 1. Frozen: a released pair never changes meaning. A later version may
// add pairs; renaming one needs a new version (and this table kept for reading old links).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> short_keys_v1{{
    {"title", "t"},
    {"publishing", "p"},
    {"quick", "q"},
    {"streams", "s"},
    {"year", "y"},
    {"revenue_per_stream", "r"},
}};

std::string_view lookup(std::string_view key, bool to_short) {
    for (const auto& [long_key, short_key] : short_keys_v1)
        if ((to_short ? long_key : short_key) == key) return to_short ? short_key : long_key;
    return {};
}

// Rewrites every object key, depth first. Keys with no counterpart are reported under `path`.
json rename_keys(const json& value, bool to_short, const std::string& path, Problems& problems) {
    if (value.is_array()) {
        json out = json::array();
        for (const json& item : value) out.push_back(rename_keys(item, to_short, path, problems));
        return out;
    }
    if (!value.is_object()) return value;
    json out = json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string_view renamed = lookup(it.key(), to_short);
        const std::string name = renamed.empty() ? it.key() : std::string(renamed);
        const std::string child = path.empty() ? name : path + "." + name;
        if (renamed.empty()) {
            problems.push_back({child, "is not a field this link format knows (the link may be damaged)"});
            continue;
        }
        out[name] = rename_keys(it.value(), to_short, child, problems);
    }
    return out;
}

Problems one(std::string message) { return Problems{{"link", std::move(message)}}; }

}  // namespace

std::string encode_link(const Scenario& scenario) {
    Problems unused;  // every long key is in the table, by construction
    const json compact = rename_keys(detail::scenario_body(scenario, /*only_changes=*/true), true, "", unused);
    return "s=" + std::to_string(scenario_format_version) + "." + base64url_encode(compact.dump());
}

Result<Scenario> decode_link(std::string_view fragment) {
    if (const size_t hash = fragment.find('#'); hash != std::string_view::npos) fragment.remove_prefix(hash + 1);
    if (fragment.empty()) return Scenario{};
    if (fragment.size() > max_link_fragment_chars)
        return one("is too long (" + std::to_string(fragment.size()) + " characters; the limit is " +
                   std::to_string(max_link_fragment_chars) + ")");
    if (fragment.substr(0, 2) != "s=")
        return one("is not a Dealsheet scenario link (it should start with #s=)");
    fragment.remove_prefix(2);

    const size_t dot = fragment.find('.');
    int version = 0;
    const auto [end, error] = std::from_chars(fragment.data(), fragment.data() + std::min(dot, fragment.size()), version);
    if (dot == std::string_view::npos || dot == 0 || error != std::errc() || end != fragment.data() + dot)
        return one("has no format version (expected #s=<version>.<data>)");
    if (version < 1) return one("has an impossible format version (" + std::to_string(version) + ")");
    if (version > scenario_format_version)
        return one("was made by a newer Dealsheet (format version " + std::to_string(version) +
                   "); this one opens versions 1 to " + std::to_string(scenario_format_version));

    const std::optional<std::string> payload = base64url_decode(fragment.substr(dot + 1));
    if (!payload) return one("is damaged: its data is not base64url (was it cut off when pasted?)");
    const json compact = json::parse(*payload, nullptr, /*allow_exceptions=*/false);
    if (compact.is_discarded() || !compact.is_object())
        return one("is damaged: its data is not a scenario (was it cut off when pasted?)");
    if (detail::nested_deeper_than(compact, detail::max_json_depth))
        return one("is damaged: its data nests deeper than any scenario");

    Problems problems;
    json body = rename_keys(compact, /*to_short=*/false, "", problems);
    if (!problems.empty()) return problems;
    return detail::read_scenario_body(std::move(body), version);
}

}  // namespace dealsheet
