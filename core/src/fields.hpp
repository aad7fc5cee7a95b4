// Internal: one declarative description of each terms struct drives its JSON form — reading (with type
// checks and field paths), writing, the defaults diff — and the link's short keys. Not installed.
//
// Index of this file
// [SECTION] How a struct describes itself
// [SECTION] Writer: struct → JSON
// [SECTION] Reader: JSON → struct, every problem with its path
// [SECTION] Key tree: long ↔ short keys for links
//
// A terms struct T is described by an overload found by ADL or in namespace detail:
//     template <class V> void describe(V& v, T& t) {
//         v.field("streams", "s", t.streams);               // JSON name, link short key, member
//         v.choice("deal", "d", t.deal, parse_deal, deal_name);
//         v.object("quick", "q", t.quick);                  // a nested described struct
//         v.list("writers", "w", t.writers, 16);            // a list of described structs, at most 16
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

#include "dealsheet/result.hpp"

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

// [SECTION] Writer: struct → JSON

class Writer {
public:
    // only_changes: list elements omit members equal to a default-constructed element's.
    Writer(json& out, bool only_changes) : out_(out), only_changes_(only_changes) { out_ = json::object(); }

    template <class T>
    void field(const char* name, const char*, const T& value) { out_[name] = value; }

    template <class E, class Parse, class Name>
    void choice(const char* name, const char*, const E& value, Parse, Name name_of) {
        out_[name] = std::string(name_of(value));
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
            if (!declared) problems_.push_back({join_path(path_, it.key()), "is not a field of this format (misspelt?)"});
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
    void field(const char* name, const char*, std::string& value) {
        const json* item = find(name);
        if (!item) return;
        if (!item->is_string())
            problems_.push_back({join_path(path_, name), "must be a string (got " + what_it_is(*item) + ")"});
        else
            value = item->get<std::string>();
    }

    template <class E, class Parse, class Name>
    void choice(const char* name, const char*, E& value, Parse parse, Name, const char* allowed) {
        const json* item = find(name);
        if (!item) return;
        const std::optional<E> parsed = item->is_string() ? parse(item->get<std::string>()) : std::nullopt;
        if (parsed)
            value = *parsed;
        else
            problems_.push_back({join_path(path_, name), std::string("must be one of ") + allowed + " (got " +
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
        const json* item = find(name);
        if (!item) return;
        const std::string path = join_path(path_, name);
        if (!item->is_array()) {
            problems_.push_back({path, "must be a list (got " + what_it_is(*item) + ")"});
            return;
        }
        if (item->size() > max_items) {
            problems_.push_back({path, "has " + std::to_string(item->size()) + " entries; at most " +
                                           std::to_string(max_items) + " are allowed"});
            return;
        }
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

    template <class T>
    void field(const char* name, const char* key, T&) { entries.push_back({name, key, nullptr, false}); }

    template <class E, class Parse, class Name>
    void choice(const char* name, const char* key, E&, Parse, Name, const char* = nullptr) {
        entries.push_back({name, key, nullptr, false});
    }

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
                problems.push_back({join_path(path, it.key()), "is not a field this link format knows (damaged link?)"});
                continue;
            }
            const std::string& renamed = to_short ? entry->key : entry->name;
            const std::string child_path = join_path(path, entry->name);
            if (!entry->child) {
                out[renamed] = it.value();
            } else if (entry->is_list && it->is_array()) {
                json array = json::array();
                for (size_t i = 0; i < it->size(); ++i)
                    array.push_back(entry->child->rename((*it)[i], to_short, child_path + "[" + std::to_string(i) + "]", problems));
                out[renamed] = std::move(array);
            } else {
                out[renamed] = entry->child->rename(it.value(), to_short, child_path, problems);
            }
        }
        return out;
    }
};

}  // namespace dealsheet::detail
