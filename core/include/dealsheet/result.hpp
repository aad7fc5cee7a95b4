// Dealsheet core — errors as values.
//
// Every boundary of the core (parsing, validation, calculation) returns problems as data, never throws:
// a malformed link or an impossible term is an expected user state. A Problem names the field by its
// JSON path ("publishing.quick.streams") so the UI, the CLI and the JS API can point at it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dealsheet {

// One thing wrong with an input: where (JSON path, "" for the whole input) and what, in plain words.
struct Problem {
    std::string field;    // JSON path of the offending field, e.g. "publishing.quick.year"; "" = the input itself
    std::string message;  // a sentence a user can act on, e.g. "must be a year from 2017 to 2027 (got 2031)"
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

// "field: message; field: message" — every problem on one line, for logs, the CLI and banners.
std::string describe(const Problems& problems);

// A value, or every problem that prevented it (never both, never neither).
template <class T>
class Result {
public:
    Result(const T& value) : value_(value) {}                     // success
    Result(T&& value) : value_(std::move(value)) {}               // success, without a copy
    Result(Problems problems) : problems_(std::move(problems)) {  // failure; problems must not be empty
        if (problems_.empty()) problems_.push_back({"", "unknown error"});
    }
    bool ok() const { return value_.has_value(); }          // true when a value is held
    const T& value() const { return *value_; }              // precondition: ok()
    T& value() { return *value_; }                          // precondition: ok()
    const Problems& problems() const { return problems_; }  // empty when ok()

private:
    std::optional<T> value_;
    Problems problems_;
};

}  // namespace dealsheet
