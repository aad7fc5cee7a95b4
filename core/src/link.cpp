#include "dealsheet/link.hpp"

#include <array>
#include <charconv>
#include <utility>

#include "dealsheet/base64url.hpp"
#include "scenario_fields.hpp"
#include "scenario_json_detail.hpp"

namespace dealsheet {

using nlohmann::json;

namespace {

// The link's short keys come from the scenario's field descriptions (scenario_fields.hpp), frozen there.
const detail::KeyTree& key_tree() {
    static const detail::KeyTree tree = detail::KeyTree::of<Scenario>();
    return tree;
}

Problems one(std::string message) { return Problems{{"link", std::move(message)}}; }

}  // namespace

std::string encode_link(const Scenario& scenario) {
    Problems unused;  // every long key is in the tree, by construction
    const json compact = key_tree().rename(detail::scenario_body(scenario, /*only_changes=*/true), true, "", unused);
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
    json body = key_tree().rename(compact, /*to_short=*/false, "", problems);
    if (!problems.empty()) return problems;
    return detail::read_scenario_body(std::move(body), version);
}

}  // namespace dealsheet
