// Dealsheet web app — typed amounts the way people write them in chat: "2M", "2,000,000", "$15k", "7.5k", "1.2B".
#pragma once

#include <string>
#include <string_view>

#include "dealsheet/result.hpp"

namespace dealsheet::app {

// The number `text` writes, in its own unit: an optional leading '$', digits with optional thousands commas
// (groups of three) or spaces, an optional decimal part, and an optional suffix k (thousand), m (million) or
// b (billion), in either case; surrounding blanks are ignored. "2M" = 2,000,000; "$15k" = 15,000.
// A text that is not such a number is a problem naming `field` (its JSON path) and quoting the text.
Result<double> parse_amount(std::string_view text, const std::string& field);

}  // namespace dealsheet::app
