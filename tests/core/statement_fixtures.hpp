// The statement fixtures (tests/fixtures/statements/*, made by make_fixtures.py) compiled into the tests as bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace dealsheet::test {

struct StatementFixture {
    const char* name;            // file name, e.g. "distrokid-a.tsv"
    const unsigned char* bytes;  // the file's exact bytes
    std::size_t size;
};

extern const StatementFixture statement_fixtures[];
extern const std::size_t statement_fixtures_count;

// The bytes of the fixture named `name`; empty when there is none (the test then fails on its numbers).
inline std::string_view statement_fixture(std::string_view name) {
    for (std::size_t i = 0; i < statement_fixtures_count; ++i)
        if (name == statement_fixtures[i].name)
            return {reinterpret_cast<const char*>(statement_fixtures[i].bytes), statement_fixtures[i].size};
    return {};
}

}  // namespace dealsheet::test
