// Typed amounts (web/app/amount.hpp): the forms people write in chat, and what is refused.
#include <catch2/catch.hpp>

#include "amount.hpp"

using dealsheet::app::parse_amount;

TEST_CASE("amounts written as in chat", "[amount]") {
    // Each row: the text, the number it writes (ux.md: "$15k flat or $7.5k plus 3 points", "2M").
    const std::pair<const char*, double> rows[] = {
        {"15000", 15000},      {"15,000", 15000}, {"$15k", 15000},
        {"$15K", 15000},       {"7.5k", 7500},    {"$7.5k", 7500},
        {"2M", 2e6},           {"2m", 2e6},       {"2,000,000", 2e6},
        {"  2,000,000 ", 2e6}, {"1.2B", 1.2e9},   {"$ 1,234.56", 1234.56},
        {".5k", 500},          {"0", 0},          {"3", 3},
        {"2 000 000", 2e6},
    };
    for (const auto& [text, value] : rows) {
        INFO(text);
        const auto parsed = parse_amount(text, "compare.offers[0].fee");
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == Approx(value).epsilon(1e-12));
    }
}

TEST_CASE("what is not an amount is refused, naming the field and quoting the text", "[amount]") {
    for (const char* text : {"", "abc", "2,00", "1,0000", "$", "k", "15kk", "1.", "1.2.3", "12a", "--5", ",100"}) {
        INFO(text);
        const auto parsed = parse_amount(text, "publishing.quick.streams");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.problems().front().field == "publishing.quick.streams");
        CHECK(parsed.problems().front().message.find(std::string("\u201c") + text + "\u201d") != std::string::npos);
    }
}
