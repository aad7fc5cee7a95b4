// Internal: one declarative description of each terms struct drives its JSON form — reading (with type
// checks and field paths), writing, the defaults diff — and the link's short keys. Not installed.
//
// Index of this file
// [SECTION] How a struct describes itself
// [SECTION] Writer: struct → JSON
// [SECTION] Reader: JSON → struct, every problem with its path
// [SECTION] Schema: the JSON Schema of a described struct, with its defaults
// [SECTION] Key tree: long ↔ short keys for links
//
// A terms struct T is described by an overload found by ADL or in namespace detail:
//     template <class V> void describe(V& v, T& t) {
//         v.field("streams", "s", t.streams);               // JSON name, link short key, member
//         v.choice("deal", "d", t.deal);                   // an enum, by its JSON names (its to_string)
//         v.money("advance", "a", t.advance);              // Micros held, dollars in JSON (exact or refused)
//         v.percent("rate", "r", t.rate_ppm);              // ppm held, percent in JSON (3 points = 3)
//         v.object("quick", "q", t.quick);                  // a nested described struct
//         v.list("writers", "w", t.writers, 16);            // a list of described structs, at most 16
//         v.ratio("family", "f", t.family_ppm);            // ppm held, a plain ratio in JSON (1.5)
//         v.values("monthly", "l", t.monthly, 600);        // a list of whole numbers or strings
// field/money/percent also take std::optional members: absent or null in JSON = nullopt.
//         v.group("publishing", "p", [&](auto& g) { ... }); // a JSON object over members of T itself
//     }
// Short keys are frozen once released: a key is never renamed or reused (a retired field keeps its key
// reserved), so every old link can be expanded by the current description before it is migrated.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "foundation/text.hpp"

namespace dealsheet::detail {

using nlohmann::json;

// [SECTION] How a struct describes itself — see the file comment. Helpers shared by the visitors:

inline std::string join_path(const std::string& path, std::string_view key) {
    std::string out = path;
    if (!out.empty()) out += '.';
    out += key;
    return out;
}

inline std::string what_it_is(const json& value) {
    std::string out = value.is_object() || value.is_array() ? "an " : "a ";
    out += value.type_name();
    return out;
}

// An enum's JSON names in enum order, read from its to_string (found by ADL), which gives "" past the last
// value: the one name table beside each enum serves reading, writing and the schema alike.
template <class E>
std::vector<std::string_view> json_names_of() {
    std::vector<std::string_view> names;
    for (int i = 0;; ++i) {
        const std::string_view name = to_string(static_cast<E>(i));
        if (name.empty()) return names;
        names.push_back(name);
    }
}

// [SECTION] Writer: struct → JSON

class Writer {
public:
    // only_changes: list elements omit members equal to a default-constructed element's.
    Writer(json& out, bool only_changes) : out_(out), only_changes_(only_changes) { out_ = json::object(); }

    template <class T>
    void field(const char* name, const char*, const T& value) {
        out_[name] = value;
    }
    template <class T>
    void field(const char* name, const char*, const std::optional<T>& value) {
        if (value) out_[name] = *value;
    }

    template <class E>
    void choice(const char* name, const char*, const E& value) {
        out_[name] = std::string(to_string(value));
    }

    void money(const char* name, const char*, const std::int64_t& micros) { out_[name] = dollars(micros); }
    void money(const char* name, const char*, const std::optional<std::int64_t>& micros) {
        if (micros) out_[name] = dollars(*micros);
    }
    void percent(const char* name, const char*, const std::int64_t& ppm) { out_[name] = percent_value(ppm); }
    void percent(const char* name, const char*, const std::optional<std::int64_t>& ppm) {
        if (ppm) out_[name] = percent_value(*ppm);
    }

    void ratio(const char* name, const char*, const std::int64_t& ppm) {
        if (ppm % full_share_ppm == 0)
            out_[name] = ppm / full_share_ppm;
        else
            out_[name] = static_cast<double>(ppm) / full_share_ppm;
    }
    void ratio(const char* name, const char* key, const std::optional<std::int64_t>& ppm) {
        if (ppm) ratio(name, key, *ppm);
    }
    template <class T>
    void values(const char* name, const char*, const std::vector<T>& items, size_t) {
        out_[name] = items;
    }

    // Whole dollars are written as integers, others as the shortest decimal that reads back exactly.
    static json dollars(std::int64_t micros) {
        if (micros % micros_per_unit == 0) return micros / micros_per_unit;
        return static_cast<double>(micros) / micros_per_unit;
    }
    static json percent_value(std::int64_t ppm) {
        if (ppm % ppm_per_percent == 0) return ppm / ppm_per_percent;
        return static_cast<double>(ppm) / ppm_per_percent;
    }

    template <class T>
    void object(const char* name, const char* key, T& value) {
        group(name, key, [&](auto& sub) { describe(sub, value); });
    }

    template <class Fn>
    void group(const char* name, const char*, Fn&& fn) {
        json child;
        Writer sub(child, only_changes_);
        fn(sub);
        out_[name] = std::move(child);
    }

    template <class T>
    void list(const char* name, const char*, std::vector<T>& values, size_t) {
        json array = json::array();
        for (T& value : values) array.push_back(write(value, only_changes_));
        out_[name] = std::move(array);
    }

    // The JSON object describing `value` (a copy is visited: describe() takes non-const references).
    template <class T>
    static json write(T value, bool only_changes) {
        json out;
        Writer writer(out, only_changes);
        describe(writer, value);
        if (only_changes) {
            T defaults{};
            json default_json;
            Writer default_writer(default_json, true);
            describe(default_writer, defaults);
            remove_defaults(out, default_json);
        }
        return out;
    }

    // Removes from `value` every member equal to the same member of `defaults`; drops emptied objects.
    static void remove_defaults(json& value, const json& defaults) {
        for (auto it = value.begin(); it != value.end();) {
            const auto def = defaults.find(it.key());
            if (def != defaults.end() && it->is_object() && def->is_object()) {
                remove_defaults(*it, *def);
                it = it->empty() ? value.erase(it) : std::next(it);
            } else if (def != defaults.end() && *it == *def) {
                it = value.erase(it);
            } else {
                ++it;
            }
        }
    }

private:
    json& out_;
    bool only_changes_;
};

// [SECTION] Reader: JSON → struct, every problem with its path

class Reader {
public:
    // Reads members present in `in` (an object, checked by the caller) into the visited struct; absent
    // members keep their defaults. Call finish() after visiting to report members nobody declared.
    Reader(const json& in, std::string path, Problems& problems)
            : in_(in), path_(std::move(path)), problems_(problems) {}

    void finish() {
        for (auto it = in_.begin(); it != in_.end(); ++it) {
            bool declared = false;
            for (const std::string& name : declared_) declared = declared || name == it.key();
            if (!declared)
                problems_.push_back({join_path(path_, it.key()), "is not a field of this format (misspelt?)"});
        }
    }

    void field(const char* name, const char*, std::int64_t& value) {
        if (const json* item = find(name)) read_whole(*item, join_path(path_, name), value);
    }
    void field(const char* name, const char*, int& value) {
        const json* item = find(name);
        if (!item) return;
        std::int64_t wide = value;
        const std::string path = join_path(path_, name);
        if (!read_whole(*item, path, wide)) return;
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            problems_.push_back({path, "is out of range (got " + std::to_string(wide) + ")"});
        else
            value = static_cast<int>(wide);
    }
    void field(const char* name, const char*, double& value) {
        const json* item = find(name);
        if (!item) return;
        if (!item->is_number())
            problems_.push_back({join_path(path_, name), "must be a number (got " + what_it_is(*item) + ")"});
        else if (!std::isfinite(item->get<double>()))
            problems_.push_back({join_path(path_, name), "must be a finite number"});
        else
            value = item->get<double>();
    }
    void field(const char* name, const char*, bool& value) {
        const json* item = find(name);
        if (!item) return;
        if (!item->is_boolean())
            problems_.push_back({join_path(path_, name), "must be true or false (got " + what_it_is(*item) + ")"});
        else
            value = item->get<bool>();
    }
    void field(const char* name, const char*, std::size_t& value) {
        const json* item = find(name);
        if (!item) return;
        std::int64_t wide = 0;
        const std::string path = join_path(path_, name);
        if (!read_whole(*item, path, wide)) return;
        if (wide < 0)
            problems_.push_back({path, "must not be negative (got " + std::to_string(wide) + ")"});
        else
            value = static_cast<std::size_t>(wide);
    }
    // A ratio written as a plain number (1.5 subscribers) and held in ppm (1'500'000).
    void ratio(const char* name, const char*, std::int64_t& ppm) {
        if (const json* item = find(name))
            read_scaled(*item, join_path(path_, name), full_share_ppm, 1e6, "units", "a millionth", ppm);
    }
    void ratio(const char* name, const char* key, std::optional<std::int64_t>& ppm) {
        read_optional(name, key, ppm, [&](std::int64_t& v) { ratio(name, key, v); });
    }
    // A list of plain values (whole numbers or strings), at most max_items.
    void values(const char* name, const char*, std::vector<std::int64_t>& items, size_t max_items) {
        read_values(name, items, max_items, [&](const json& item, const std::string& path, std::int64_t& out) {
            return read_whole(item, path, out);
        });
    }
    void values(const char* name, const char*, std::vector<std::string>& items, size_t max_items) {
        read_values(name, items, max_items, [&](const json& item, const std::string& path, std::string& out) {
            if (!item.is_string()) {
                problems_.push_back({path, "must be a string (got " + what_it_is(item) + ")"});
                return false;
            }
            out = item.get<std::string>();
            return true;
        });
    }

    template <class T>
    void field(const char* name, const char* key, std::optional<T>& value) {
        read_optional(name, key, value, [&](T& v) { field(name, key, v); });
    }
    void field(const char* name, const char*, std::string& value) {
        const json* item = find(name);
        if (!item) return;
        if (!item->is_string())
            problems_.push_back({join_path(path_, name), "must be a string (got " + what_it_is(*item) + ")"});
        else
            value = item->get<std::string>();
    }

    // Money is written in JSON as dollars and held as micro-units; a value that does not survive the round
    // trip (finer than a micro-dollar, or too large) is refused rather than rounded.
    void money(const char* name, const char*, std::int64_t& micros) {
        if (const json* item = find(name))
            read_scaled(*item, join_path(path_, name), micros_per_unit, 1e12, "dollars", "a millionth of a dollar",
                        micros);
    }
    void money(const char* name, const char* key, std::optional<std::int64_t>& micros) {
        read_optional(name, key, micros, [&](std::int64_t& v) { money(name, key, v); });
    }
    // Percentages (points) are written as percent and held as parts per million (3 points = 30'000 ppm).
    void percent(const char* name, const char*, std::int64_t& ppm) {
        if (const json* item = find(name))
            read_scaled(*item, join_path(path_, name), ppm_per_percent, 1e6, "percent", "a ten-thousandth of a percent",
                        ppm);
    }
    void percent(const char* name, const char* key, std::optional<std::int64_t>& ppm) {
        read_optional(name, key, ppm, [&](std::int64_t& v) { percent(name, key, v); });
    }

    template <class E>
    void choice(const char* name, const char*, E& value) {
        const json* item = find(name);
        if (!item) return;
        const std::vector<std::string_view> names = json_names_of<E>();
        for (size_t i = 0; i < names.size(); ++i) {
            if (item->is_string() && item->get_ref<const std::string&>() == names[i]) {
                value = static_cast<E>(i);
                return;
            }
        }
        problems_.push_back({join_path(path_, name), detail::one_of(names) + " (got " +
                                                         (item->is_string() ? item->dump() : what_it_is(*item)) + ")"});
    }

    template <class T>
    void object(const char* name, const char* key, T& value) {
        group(name, key, [&](auto& sub) { describe(sub, value); });
    }

    template <class Fn>
    void group(const char* name, const char*, Fn&& fn) {
        const json* item = find(name);
        if (!item) return;
        const std::string path = join_path(path_, name);
        if (!item->is_object()) {
            problems_.push_back({path, "must be an object (got " + what_it_is(*item) + ")"});
            return;
        }
        Reader sub(*item, path, problems_);
        fn(sub);
        sub.finish();
    }

    template <class T>
    void list(const char* name, const char*, std::vector<T>& values, size_t max_items) {
        const std::string path = join_path(path_, name);
        const json* item = find_list(name, path, max_items);
        if (!item) return;
        values.assign(item->size(), T{});
        for (size_t i = 0; i < item->size(); ++i) {
            const std::string element_path = path + "[" + std::to_string(i) + "]";
            const json& element = (*item)[i];
            if (!element.is_object()) {
                problems_.push_back({element_path, "must be an object (got " + what_it_is(element) + ")"});
                continue;
            }
            Reader sub(element, element_path, problems_);
            describe(sub, values[i]);
            sub.finish();
        }
    }

private:
    // The array member `name` when present, an array, and at most max_items long; else nullptr (a problem is
    // reported for the latter two).
    const json* find_list(const char* name, const std::string& path, size_t max_items) {
        const json* item = find(name);
        if (!item) return nullptr;
        if (!item->is_array()) {
            problems_.push_back({path, "must be a list (got " + what_it_is(*item) + ")"});
            return nullptr;
        }
        if (item->size() > max_items) {
            problems_.push_back({path, detail::too_many(max_items, "entries", item->size())});
            return nullptr;
        }
        return item;
    }

    template <class T, class Read>
    void read_values(const char* name, std::vector<T>& items, size_t max_items, Read read) {
        const std::string path = join_path(path_, name);
        const json* item = find_list(name, path, max_items);
        if (!item) return;
        std::vector<T> read_items(item->size());
        bool all_read = true;
        for (size_t i = 0; i < item->size(); ++i)
            all_read = read((*item)[i], path + "[" + std::to_string(i) + "]", read_items[i]) && all_read;
        if (all_read) items = std::move(read_items);
    }

    template <class T, class Read>
    void read_optional(const char* name, const char*, std::optional<T>& value, Read read) {
        const auto it = in_.find(name);
        if (it == in_.end() || it->is_null()) {
            declared_.emplace_back(name);
            value.reset();
            return;
        }
        T inner{};
        const size_t before = problems_.size();
        read(inner);  // declares the name
        if (problems_.size() == before) value = inner;
    }

    // `item` × scale into `out`; `finest` names 1 ÷ scale of the unit, for the message refusing finer values.
    void read_scaled(const json& item, const std::string& path, double scale, double max_magnitude, const char* unit,
                     const char* finest, std::int64_t& out) {
        if (!item.is_number()) {
            problems_.push_back({path, std::string("must be a number of ") + unit + " (got " + what_it_is(item) + ")"});
            return;
        }
        const double value = item.get<double>();
        if (!std::isfinite(value) || std::abs(value) > max_magnitude) {
            problems_.push_back(
                {path, std::string("is too large (at most ") + json(max_magnitude).dump() + " " + unit + ")"});
            return;
        }
        const auto scaled = static_cast<std::int64_t>(std::llround(value * scale));
        if (static_cast<double>(scaled) / scale != value) {
            problems_.push_back(
                {path, std::string("is more precise than Dealsheet keeps (") + finest + "; got " + item.dump() + ")"});
            return;
        }
        out = scaled;
    }

    const json* find(const char* name) {
        declared_.emplace_back(name);
        const auto it = in_.find(name);
        return it == in_.end() ? nullptr : &*it;
    }

    bool read_whole(const json& item, const std::string& path, std::int64_t& out) {
        if (item.is_number_unsigned()) {
            const std::uint64_t value = item.get<std::uint64_t>();
            if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                problems_.push_back({path, "is too large"});
                return false;
            }
            out = static_cast<std::int64_t>(value);
        } else if (item.is_number_integer()) {
            out = item.get<std::int64_t>();
        } else if (item.is_number_float()) {
            const double value = item.get<double>();
            if (!std::isfinite(value) || std::abs(value) >= 9.2e18) {
                problems_.push_back({path, "is too large"});
                return false;
            }
            if (value != std::floor(value)) {
                problems_.push_back({path, "must be a whole number (got " + item.dump() + ")"});
                return false;
            }
            out = static_cast<std::int64_t>(value);
        } else {
            problems_.push_back({path, "must be a number (got " + what_it_is(item) + ")"});
            return false;
        }
        return true;
    }

    const json& in_;
    std::string path_;
    Problems& problems_;
    std::vector<std::string> declared_;
};

// [SECTION] Schema: the JSON Schema of a described struct, with its defaults

class SchemaWriter {
public:
    explicit SchemaWriter(json& out) : out_(out) {
        out_ = {{"type", "object"}, {"properties", json::object()}, {"additionalProperties", false}};
    }

    template <class T>
    void field(const char* name, const char*, const T& value) {
        add(name, typed(value));
    }
    template <class T>
    void field(const char* name, const char*, const std::optional<T>& value) {
        T inner{};
        json schema = typed(inner);
        schema.erase("default");
        add(name, nullable(std::move(schema), value.has_value()));
    }
    void money(const char* name, const char*, const std::int64_t& micros) {
        add(name, number("US dollars, at most 6 decimals", Writer::dollars(micros)));
    }
    void money(const char* name, const char*, const std::optional<std::int64_t>&) {
        add(name, nullable(number("US dollars, at most 6 decimals; null or absent: the dated default"), false));
    }
    void percent(const char* name, const char*, const std::int64_t& ppm) {
        add(name, number("percent (3 points = 3), at most 4 decimals", Writer::percent_value(ppm)));
    }
    void percent(const char* name, const char*, const std::optional<std::int64_t>&) {
        add(name, nullable(number("percent, at most 4 decimals; null or absent: the dated default"), false));
    }
    void ratio(const char* name, const char*, const std::int64_t& ppm) {
        add(name, number("a ratio (1.5 = one and a half)", static_cast<double>(ppm) / full_share_ppm));
    }
    void ratio(const char* name, const char*, const std::optional<std::int64_t>&) {
        add(name, nullable(number("a ratio (1.5 = one and a half); null or absent: the rule's"), false));
    }
    template <class T>
    void values(const char* name, const char*, const std::vector<T>& items, size_t max_items) {
        add(name, {{"type", "array"}, {"maxItems", max_items}, {"items", typed(T{})}, {"default", items}});
    }
    template <class E>
    void choice(const char* name, const char*, const E& value) {
        json names = json::array();
        for (const std::string_view allowed_name : json_names_of<E>()) names.push_back(std::string(allowed_name));
        add(name, {{"enum", names}, {"default", std::string(to_string(value))}});
    }
    template <class T>
    void object(const char* name, const char* key, T& value) {
        group(name, key, [&](auto& sub) { describe(sub, value); });
    }
    template <class Fn>
    void group(const char* name, const char*, Fn&& fn) {
        json child;
        SchemaWriter sub(child);
        fn(sub);
        add(name, std::move(child));
    }
    template <class T>
    void list(const char* name, const char*, std::vector<T>&, size_t max_items) {
        json item;
        SchemaWriter sub(item);
        T element{};
        describe(sub, element);
        add(name, {{"type", "array"}, {"maxItems", max_items}, {"items", std::move(item)}});
    }

private:
    static json typed(std::int64_t value) { return {{"type", "integer"}, {"default", value}}; }
    static json typed(int value) { return {{"type", "integer"}, {"default", value}}; }
    static json typed(std::size_t value) { return {{"type", "integer"}, {"minimum", 0}, {"default", value}}; }
    static json typed(double value) { return {{"type", "number"}, {"default", value}}; }
    static json typed(bool value) { return {{"type", "boolean"}, {"default", value}}; }
    static json typed(const std::string& value) { return {{"type", "string"}, {"default", value}}; }
    // A number described in words, with its default (a nullable one has none: its default is null).
    static json number(const char* description, std::optional<json> default_value = std::nullopt) {
        json schema = {{"type", "number"}, {"description", description}};
        if (default_value) schema["default"] = std::move(*default_value);
        return schema;
    }
    static json nullable(json schema, bool) {
        return {{"anyOf", {std::move(schema), {{"type", "null"}}}}, {"default", nullptr}};
    }
    void add(const char* name, json schema) { out_["properties"][name] = std::move(schema); }
    json& out_;
};

// [SECTION] Key tree: long ↔ short keys for links

// The keys of one JSON object level: each member's long name, short key, and (objects, list elements) the
// level below.
struct KeyTree {
    struct Entry {
        std::string name, key;
        std::shared_ptr<KeyTree> child;  // null for a plain field
        bool is_list = false;            // child describes each element of a list
    };
    std::vector<Entry> entries;

    // Every plain member, whatever its kind, is a name and a short key at this level.
    void plain(const char* name, const char* key) { entries.push_back({name, key, nullptr, false}); }
    // clang-format off
    template <class... Value> void field(const char* name, const char* key, Value&&...) { plain(name, key); }
    template <class... Value> void choice(const char* name, const char* key, Value&&...) { plain(name, key); }
    template <class... Value> void money(const char* name, const char* key, Value&&...) { plain(name, key); }
    template <class... Value> void percent(const char* name, const char* key, Value&&...) { plain(name, key); }
    template <class... Value> void ratio(const char* name, const char* key, Value&&...) { plain(name, key); }
    template <class... Value> void values(const char* name, const char* key, Value&&...) { plain(name, key); }
    // clang-format on

    template <class T>
    void object(const char* name, const char* key, T& value) {
        group(name, key, [&](auto& sub) { describe(sub, value); });
    }

    template <class Fn>
    void group(const char* name, const char* key, Fn&& fn) {
        auto child = std::make_shared<KeyTree>();
        fn(*child);
        entries.push_back({name, key, std::move(child), false});
    }

    template <class T>
    void list(const char* name, const char* key, std::vector<T>&, size_t) {
        auto child = std::make_shared<KeyTree>();
        T element{};
        describe(*child, element);
        entries.push_back({name, key, std::move(child), true});
    }

    // The tree of a described struct.
    template <class T>
    static KeyTree of() {
        KeyTree tree;
        T value{};
        describe(tree, value);
        return tree;
    }

    // Renames the keys of `value` level by level (to_short: long → short). Keys the tree does not know
    // are reported under `path` (in long names as far as known) and dropped. Recursion follows the tree,
    // whose depth is fixed, never the input's.
    json rename(const json& value, bool to_short, const std::string& path, Problems& problems) const {
        if (!value.is_object()) return value;
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            const Entry* entry = nullptr;
            for (const Entry& e : entries)
                if ((to_short ? e.name : e.key) == it.key()) entry = &e;
            if (!entry) {
                problems.push_back(
                    {join_path(path, it.key()), "is not a field this link format knows (damaged link?)"});
                continue;
            }
            const std::string& renamed = to_short ? entry->key : entry->name;
            const std::string child_path = join_path(path, entry->name);
            if (!entry->child) {
                out[renamed] = it.value();
            } else if (entry->is_list && it->is_array()) {
                json array = json::array();
                for (size_t i = 0; i < it->size(); ++i)
                    array.push_back(
                        entry->child->rename((*it)[i], to_short, child_path + "[" + std::to_string(i) + "]", problems));
                out[renamed] = std::move(array);
            } else {
                out[renamed] = entry->child->rename(it.value(), to_short, child_path, problems);
            }
        }
        return out;
    }
};

}  // namespace dealsheet::detail
