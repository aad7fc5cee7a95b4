// Internal: the built-in statement layouts (recognised by their header row) and the user's column maps. Not installed.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/result.hpp"
#include "dealsheet/statement.hpp"

namespace dealsheet::detail {

inline constexpr int no_column = -1;

// How to read a file's rows: each role's column index (no_column = absent) and the layout's rules.
struct ColumnPlan {
    StatementFormat format = StatementFormat::mapped;
    std::array<int, column_role_count> column{};  // indexed by ColumnRole
    std::string currency;                         // the amounts' currency when there is no currency column
    bool store_decides_streams = false;           // no stream/download column: the store's name says (DistroKid)
    int column_of(ColumnRole role) const { return column[static_cast<std::size_t>(role)]; }
};

// A header cell as compared: trimmed, ASCII lower case, inner runs of spaces as one ("Earnings (USD)" →
// "earnings (usd)").
std::string normalize_header(std::string_view cell);

// The plan for a header row (cells as normalized): the built-in layout it matches best, or a problem naming
// `where` that lists the columns found, the closest layout's missing columns and the layouts known.
Result<ColumnPlan> recognise_layout(const std::vector<std::string>& header, const std::string& where);

// The plan of a user's column map over a header row; problems name each mapped column the header lacks.
Result<ColumnPlan> plan_from_map(const ColumnMap& map, const std::vector<std::string>& header,
                                 const std::string& where);

// True when a row counts as streams: its type says "stream", or (a layout without such a column) its type is a
// song and its store is not a download store.
bool is_stream_row(const ColumnPlan& plan, std::string_view product_type, std::string_view store);

}  // namespace dealsheet::detail
