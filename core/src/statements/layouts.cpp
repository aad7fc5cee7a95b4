// The built-in statement layouts, recognised by their header row, and the user's column maps.
// Layouts as documented in the README, "Statements" (DistroKid A and B, TuneCore, CD Baby).
#include "statements/layouts.hpp"

#include <algorithm>

#include "foundation/text.hpp"

namespace dealsheet::detail {
namespace {

struct LayoutColumn {
    ColumnRole role;
    std::array<std::string_view, 2> names;  // normalized; the first found wins; "" = unused
};

struct Layout {
    StatementFormat format;
    std::string_view currency;  // "" = a currency column gives it per row
    bool store_decides_streams;
    std::vector<std::string_view> signature;  // every one must be in the header (normalized)
    std::vector<LayoutColumn> columns;
    std::vector<std::string_view> also;  // other columns of the layout, read by nobody but counted as known
};

// DistroKid's columns: both its layouts read the same ones, but for the product type's names.
std::vector<LayoutColumn> distrokid_columns(std::array<std::string_view, 2> product_type) {
    using R = ColumnRole;
    return {{R::reporting_date, {"reporting date"}},
            {R::sale_date, {"sale month"}},
            {R::store, {"store"}},
            {R::artist, {"artist"}},
            {R::title, {"title"}},
            {R::isrc, {"isrc"}},
            {R::upc, {"upc"}},
            {R::quantity, {"quantity"}},
            {R::product_type, product_type},
            {R::country, {"country of sale"}},
            {R::amount, {"earnings (usd)"}}};
}

const std::vector<Layout>& layouts() {
    using R = ColumnRole;
    static const std::vector<Layout> table = {
        {StatementFormat::distrokid_b,
         "USD",
         true,
         {"date inserted", "reporting date", "sale month", "store", "title", "isrc", "quantity", "country of sale",
          "earnings (usd)"},
         distrokid_columns({"source type", "song/album"}),
         {"date inserted", "team percentage", "songwriter royalties withheld (usd)", "songwriter royalties withheld",
          "recoup (usd)"}},
        {StatementFormat::distrokid_a,
         "USD",
         true,
         {"reporting date", "sale month", "store", "title", "isrc", "quantity", "song/album", "country of sale",
          "earnings (usd)"},
         distrokid_columns({"song/album"}),
         {"team percentage", "songwriter royalties withheld"}},
        {StatementFormat::tunecore,
         "",
         false,
         {"sales period", "store name", "tc song id", "# units sold", "total earned", "currency"},
         {{R::sale_date, {"sales period"}},
          {R::reporting_date, {"posted date"}},
          {R::store, {"store name"}},
          {R::country, {"country of sale"}},
          {R::artist, {"artist"}},
          {R::release, {"release title"}},
          {R::title, {"song title"}},
          {R::upc, {"upc"}},
          {R::isrc, {"optional isrc"}},
          {R::product_type, {"sales type"}},
          {R::quantity, {"# units sold"}},
          {R::amount, {"total earned"}},
          {R::currency, {"currency"}}},
         {"release type", "label", "optional upc", "per unit price", "net sales", "net sales currency", "exchange rate",
          "commission", "youtube video id", "youtube policy type"}},
        {StatementFormat::cd_baby,
         "USD",
         false,
         {"report date", "sales date", "quantity", "subtotal", "cdbabysku", "partner name"},
         {{R::reporting_date, {"report date"}},
          {R::sale_date, {"sales date"}},
          {R::quantity, {"quantity"}},
          {R::amount, {"subtotal"}},
          {R::isrc, {"isrc"}},
          {R::upc, {"barcode"}},
          {R::release, {"album name"}},
          {R::artist, {"artist name"}},
          {R::title, {"track name"}},
          {R::store, {"partner name"}},
          {R::product_type, {"transaction type"}},
          {R::country, {"delivery country"}}},
         {"price"}},
    };
    return table;
}

int index_of(const std::vector<std::string>& header, std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return no_column;
}

std::string known_layouts() {
    std::string out;
    for (const Layout& layout : layouts()) out += cat(out.empty() ? "" : "; ", statement_format_label(layout.format));
    return out;
}

// "A, B, C … (and 9,990 more)": the cells of a header, for a message of bounded length.
std::string list_columns(const std::vector<std::string>& cells) {
    constexpr std::size_t shown = 20;
    std::string out;
    for (std::size_t i = 0; i < cells.size() && i < shown; ++i) {
        std::string cell = cells[i].size() > 60 ? cells[i].substr(0, 60) + "…" : cells[i];
        out += cat(i ? ", " : "", "'", cell, "'");
    }
    if (cells.size() > shown) out += cat(" (and ", std::to_string(cells.size() - shown), " more)");
    return out;
}

}  // namespace

std::string normalize_header(std::string_view cell) {
    std::string out;
    out.reserve(cell.size());
    for (const char c : cell) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Result<ColumnPlan> recognise_layout(const std::vector<std::string>& header, const std::string& where) {
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const std::string& cell : header) names.push_back(normalize_header(cell));
    const Layout* best = nullptr;
    std::size_t best_score = 0;
    const Layout* closest = nullptr;
    std::size_t closest_hits = 0;
    for (const Layout& layout : layouts()) {
        std::size_t hits = 0;
        for (const std::string_view name : layout.signature) hits += index_of(names, name) != no_column;
        if (hits > closest_hits) closest = &layout, closest_hits = hits;
        if (hits != layout.signature.size()) continue;
        std::size_t score = 0;
        for (const std::string& name : names) {
            bool known = std::find(layout.also.begin(), layout.also.end(), name) != layout.also.end() ||
                         std::find(layout.signature.begin(), layout.signature.end(), name) != layout.signature.end();
            for (const LayoutColumn& column : layout.columns)
                known = known || column.names[0] == name || column.names[1] == name;
            score += known;
        }
        if (!best || score > best_score) best = &layout, best_score = score;
    }
    if (!best) {
        std::string message =
            cat("the header row is not a layout Dealsheet knows. Found ", std::to_string(header.size()),
                header.size() == 1 ? " column: " : " columns: ", list_columns(header), ".");
        if (closest && closest_hits * 2 >= closest->signature.size()) {
            std::string missing;
            for (const std::string_view name : closest->signature)
                if (index_of(names, name) == no_column) missing += cat(missing.empty() ? "" : ", ", "'", name, "'");
            message += cat(" Closest: ", statement_format_label(closest->format), ", which also needs ", missing, ".");
        }
        message += cat(" Known: ", known_layouts(), ". Any other layout can be read by mapping its columns.");
        return Problems{{where, message}};
    }
    ColumnPlan plan;
    plan.format = best->format;
    plan.currency = std::string(best->currency);
    plan.store_decides_streams = best->store_decides_streams;
    plan.column.fill(no_column);
    for (const LayoutColumn& column : best->columns) {
        int& slot = plan.column[static_cast<std::size_t>(column.role)];
        for (const std::string_view name : column.names)
            if (slot == no_column && !name.empty()) slot = index_of(names, name);
    }
    return plan;
}

Result<ColumnPlan> plan_from_map(const ColumnMap& map, const std::vector<std::string>& header,
                                 const std::string& where) {
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const std::string& cell : header) names.push_back(normalize_header(cell));
    ColumnPlan plan;
    plan.format = StatementFormat::mapped;
    plan.currency = map.currency;
    plan.column.fill(no_column);
    Problems problems;
    for (std::size_t role = 0; role < column_role_count; ++role) {
        if (map.columns[role].empty()) continue;
        plan.column[role] = index_of(names, normalize_header(map.columns[role]));
        if (plan.column[role] == no_column)
            problems.push_back({where, cat("the map's ", column_role_names[role], " column '", map.columns[role],
                                           "' is not in the header row. Found: ", list_columns(header), ".")});
    }
    if (map.columns[static_cast<std::size_t>(ColumnRole::amount)].empty())
        problems.push_back({where, "the column map needs an amount column (amount=…)"});
    if (map.columns[static_cast<std::size_t>(ColumnRole::sale_date)].empty() &&
        map.columns[static_cast<std::size_t>(ColumnRole::reporting_date)].empty())
        problems.push_back({where, "the column map needs a date column (sale_date=… or reporting_date=…)"});
    if (map.columns[static_cast<std::size_t>(ColumnRole::currency)].empty() && map.currency.empty())
        problems.push_back({where, "the column map needs a currency column or a currency code (currency=USD)"});
    if (!problems.empty()) return problems;
    return plan;
}

namespace {

bool contains_ascii_nocase(std::string_view text, std::string_view word) {
    if (word.size() > text.size()) return false;
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < word.size() && (text[i + k] | 0x20) == word[k]) ++k;
        if (k == word.size()) return true;
    }
    return false;
}

bool equals_ascii_nocase(std::string_view text, std::string_view word) {
    return text.size() == word.size() && contains_ascii_nocase(text, word);
}

}  // namespace

bool is_stream_row(const ColumnPlan& plan, std::string_view product_type, std::string_view store) {
    if (contains_ascii_nocase(product_type, "stream")) return true;
    if (!plan.store_decides_streams) return false;
    if (contains_ascii_nocase(product_type, "download") || equals_ascii_nocase(product_type, "album")) return false;
    // DistroKid names the store, not the kind of sale: these sell downloads (iTunes Match is a locker, paid per play).
    if (contains_ascii_nocase(store, "itunes")) return contains_ascii_nocase(store, "match");
    return !(equals_ascii_nocase(store, "amazon") || contains_ascii_nocase(store, "download") ||
             contains_ascii_nocase(store, "beatport") || contains_ascii_nocase(store, "bandcamp") ||
             contains_ascii_nocase(store, "7digital"));
}

}  // namespace dealsheet::detail
