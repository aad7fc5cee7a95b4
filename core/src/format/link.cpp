#include "dealsheet/link.hpp"

#include <algorithm>

#include <array>
#include <charconv>
#include <optional>
#include <utility>

#include "dealsheet/base64url.hpp"
#include "dealsheet/deflate.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"
#include "format/scenario_fields.hpp"
#include "format/scenario_json_detail.hpp"
#include "foundation/text.hpp"

namespace dealsheet {

using nlohmann::json;

namespace {

// The link's short keys come from the scenario's field descriptions (scenario_fields.hpp), frozen there.
const detail::KeyTree& key_tree() {
    static const detail::KeyTree tree = detail::KeyTree::of<Scenario>();
    return tree;
}

Problems one(std::string message) { return Problems{{"link", std::move(message)}}; }

// A link (fragment or query) over max_link_fragment_chars is refused unread.
Problems too_long(size_t length) {
    return one("is too long (" + std::to_string(length) + " characters; the limit is " +
               std::to_string(max_link_fragment_chars) + ")");
}

}  // namespace

std::string encode_link(const Scenario& scenario) {
    Problems unused;  // every long key is in the tree, by construction
    const json compact = key_tree().rename(detail::scenario_body(scenario, /*only_changes=*/true), true, "", unused);
    const std::string text = compact.dump();
    const std::string plain = base64url_encode(text);
    const std::string packed = base64url_encode(deflate_raw(text));
    const std::string version = "s=" + std::to_string(scenario_format_version);
    return packed.size() < plain.size() ? version + "~" + packed : version + "." + plain;
}

namespace {

// %XX and '+' decoded; nullopt on a malformed escape.
std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            const auto hex = [](char h) -> int {
                if (h >= '0' && h <= '9') return h - '0';
                if (h >= 'a' && h <= 'f') return h - 'a' + 10;
                if (h >= 'A' && h <= 'F') return h - 'A' + 10;
                return -1;
            };
            if (i + 2 >= text.size() || hex(text[i + 1]) < 0 || hex(text[i + 2]) < 0) return std::nullopt;
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

Result<Scenario> decode_query(std::string_view query) {
    if (query.size() > max_link_fragment_chars) return too_long(query.size());
    Problems problems;
    json body = json::object();
    std::optional<std::int64_t> song_streams;
    std::string preset_name;
    int version = 1;  // as in a JSON document: absent means the first format, whose meaning never changes
    size_t parameter_count = 0;
    bool names_a_scenario = false;  // a field, a preset or a version: not only the page's own options
    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (pair.empty()) continue;
        if (++parameter_count > 64) return one("has more than 64 parameters");
        const size_t eq = pair.find('=');
        const std::optional<std::string> name = percent_decode(pair.substr(0, eq));
        const std::optional<std::string> text =
            percent_decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1));
        if (!name || !text) {
            problems.push_back({"link", "has a malformed %-escape in a parameter"});
            continue;
        }
        if (!detail::valid_utf8(*name) || !detail::valid_utf8(*text)) {  // JSON text must be UTF-8
            problems.push_back({"link", "has a parameter that is not UTF-8 text"});
            continue;
        }
        const bool page_option = std::find(page_option_parameters.begin(), page_option_parameters.end(), *name) !=
                                 page_option_parameters.end();
        names_a_scenario |= !page_option;
        if (*name == "preset") {
            preset_name = *text;
            continue;
        }
        if (*name == "version") {  // the format version whose defaults the absent fields take; absent: 1
            const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), version);
            if (error != std::errc() || end != text->data() + text->size() || version < 1 ||
                version > scenario_format_version) {
                problems.push_back({"version", "must be a format version from 1 to " +
                                                   std::to_string(scenario_format_version) + " (got \"" + *text +
                                                   "\")"});
                version = 1;
            }
            continue;
        }
        if (page_option) continue;  // the page's options, not the scenario's
        // A JSON scalar when the text is one (numbers, true, false), else the text itself.
        json value = detail::parse_json(*text);
        if (value.is_discarded() || value.is_structured() || value.is_null()) value = *text;
        static const std::pair<std::string_view, std::string_view> shorthands[] = {
            {"streams", "publishing.quick.streams"},
            {"year", "publishing.quick.year"},
            {"revenue_per_stream", "publishing.quick.revenue_per_stream"}};
        std::string path = *name;
        for (const auto& [shorthand, full] : shorthands)
            if (path == shorthand) path = full;
        if (*name == "streams" && value.is_number_integer()) song_streams = value.get<std::int64_t>();
        json* node = &body;  // walk/create objects along the dotted path
        std::string_view rest = path;
        bool placed = false;
        for (int depth = 0; depth < detail::max_json_depth && !rest.empty(); ++depth) {
            const size_t dot = rest.find('.');
            const std::string key(rest.substr(0, dot));
            if (key.empty() || !node->is_object()) break;
            if (dot == std::string_view::npos) {
                (*node)[key] = value;
                placed = true;
                break;
            }
            json& child = (*node)[key];
            if (child.is_null()) child = json::object();
            node = &child;
            rest.remove_prefix(dot + 1);
        }
        if (!placed) problems.push_back({path, "is not a field path this link can set"});
    }
    if (!problems.empty()) return problems;
    // Only the page's options (?panel=streams, ?q=fee-or-points, ?embed=1): the link names no scenario, so it
    // opens today's defaults, as a plain visit does (a view is not a scenario whose inputs a version could keep).
    if (!names_a_scenario) return Scenario{};

    json base = json::object();
    if (!preset_name.empty()) {
        const EmbeddedFile* preset = find_preset(preset_name);
        if (!preset) {
            std::string known;
            for (const EmbeddedFile& file : presets()) {
                if (!known.empty()) known += ", ";
                known += std::string(file.name).substr(0, std::string(file.name).size() - 5);
            }
            return Problems{{"preset", "no preset is named \"" + preset_name + "\" (known: " + known + ")"}};
        }
        // The preset, read at its own version, sets every field the parameters leave: written out in full at
        // the current version, so no version's defaults fill anything in between.
        const Result<Scenario> preset_scenario = scenario_from_json(preset->text);
        if (!preset_scenario.ok()) return preset_scenario.problems();  // bundled presets are tested valid
        base = detail::scenario_body(preset_scenario.value(), /*only_changes=*/false);
        version = scenario_format_version;
    }
    base.merge_patch(body);
    Result<Scenario> scenario = detail::read_scenario_body(std::move(base), version);
    if (!scenario.ok() || !song_streams) return scenario;
    // "streams" is the song's: a single platform given as a total follows it too.
    std::vector<PlatformStreams>& platforms = scenario.value().release.streaming.platforms;
    if (platforms.size() == 1 && platforms.front().streams.shape == CurveShape::total) {
        platforms.front().streams.total = *song_streams;
        if (Problems late = validate(scenario.value()); !late.empty()) return late;
    }
    return scenario;
}

// The format version at the start of a fragment's data ("1" of "1.eyJ…" or "1~…"): digits up to the '.' or
// '~' that starts the payload; nothing when they are missing or not a number.
std::optional<int> leading_version(std::string_view data) {
    const size_t dot = data.find_first_of(".~");
    int version = 0;
    const auto [end, error] = std::from_chars(data.data(), data.data() + std::min(dot, data.size()), version);
    if (dot == std::string_view::npos || dot == 0 || error != std::errc() || end != data.data() + dot)
        return std::nullopt;
    return version;
}

}  // namespace

std::optional<int> link_format_version(std::string_view link) {
    if (const size_t hash = link.find('#'); hash != std::string_view::npos) link.remove_prefix(hash + 1);
    if (link.substr(0, 2) != "s=") return std::nullopt;
    return leading_version(link.substr(2));
}

Result<Scenario> decode_link(std::string_view fragment) {
    if (const size_t hash = fragment.find('#'); hash != std::string_view::npos) {
        const std::string_view before = fragment.substr(0, hash);
        fragment.remove_prefix(hash + 1);
        if (fragment.empty() && before.find('?') != std::string_view::npos)
            return decode_query(before.substr(before.find('?') + 1));
    } else if (const size_t question = fragment.find('?'); question != std::string_view::npos) {
        return decode_query(fragment.substr(question + 1));
    } else if (fragment.find("://") != std::string_view::npos) {
        return Scenario{};  // a whole address with neither fragment nor query: the page opened plainly
    }
    if (fragment.empty()) return Scenario{};
    if (fragment.size() > max_link_fragment_chars) return too_long(fragment.size());
    if (fragment.substr(0, 2) != "s=") return one("is not a Dealsheet scenario link (it should start with #s=)");
    fragment.remove_prefix(2);

    const std::optional<int> parsed = leading_version(fragment);
    if (!parsed) return one("has no format version (expected #s=<version>.<data> or #s=<version>~<data>)");
    const int version = *parsed;
    const size_t dot = fragment.find_first_of(".~");
    if (version < 1) return one("has an impossible format version (" + std::to_string(version) + ")");
    if (version > scenario_format_version)
        return one("was made by a newer Dealsheet (format version " + std::to_string(version) +
                   "): open it in the latest Dealsheet");

    std::optional<std::string> payload = base64url_decode(fragment.substr(dot + 1));
    if (!payload)
        return one(
            "is damaged: it holds characters a Dealsheet link never has (was it cut off or changed when pasted?)");
    if (fragment[dot] == '~') {  // compressed; the output cap stops a zip bomb while inflating
        payload = inflate_raw(*payload, max_link_json_bytes);
        if (!payload)
            return one("is damaged: its compressed data does not expand to at most " +
                       std::to_string(max_link_json_bytes) + " bytes of scenario (was it cut off when pasted?)");
    }
    const json compact = detail::parse_json(*payload);
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
