// Internal: a streaming, resumable RFC 4180 tokenizer for statement files (CR, LF and CRLF line ends). Not installed.
//
// Why our own: the core links nothing but the standard library and nlohmann/json (it is compiled to
// WebAssembly too), and statement files need three things together that a stock CSV library does not give in
// one piece: chunks split anywhere (inside a quoted field, between CR and LF), CR-only line ends, and bounded
// memory with the physical line number of every row for messages. Delimiter sniffing is sniff_delimiter().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dealsheet::detail {

// Why a row could not be tokenized; such a row's fields are empty.
enum class CsvRowError {
    none,
    too_long,          // longer than statement_max_line_bytes: the rest of its line is skipped
    too_many_columns,  // more than statement_max_columns fields: the rest of its line is skipped
    unclosed_quote,    // the input ended inside a quoted field
};

// One row: its fields (views into the tokenizer, valid until the next call) and the line it starts on.
struct CsvRow {
    std::int64_t line = 0;
    std::vector<std::string_view> fields;
    CsvRowError error = CsvRowError::none;
    bool blank() const { return fields.size() == 1 && fields[0].empty(); }  // an empty line
};

// The likely delimiter of a header line: tab, comma or semicolon, whichever occurs most outside quotes (ties
// prefer that order); comma when none occurs.
char sniff_delimiter(std::string_view first_line);

// Tokenizes bytes pushed in chunks. Usage: push(chunk); while (next(row)) …; push the next chunk; after the
// last chunk, while (next_at_end(row)) ….
class CsvTokenizer {
public:
    CsvTokenizer(char delimiter, std::size_t max_row_bytes, std::size_t max_columns);
    // Precondition: the previous chunk was consumed (next() returned false). The chunk must stay alive until then.
    void push(std::string_view chunk);
    // The next complete row of the pushed bytes; false = needs more input.
    bool next(CsvRow& row);
    // After the last chunk: the next row, including a last row without a line end; false = no more rows.
    bool next_at_end(CsvRow& row);

private:
    void end_field();
    bool end_row(CsvRow& row, CsvRowError error);
    void reset_row();

    char delimiter_;
    std::size_t max_row_bytes_, max_columns_;
    std::string_view chunk_;
    std::size_t pos_ = 0;
    std::string bytes_;                // the current row's unescaped field bytes, back to back
    std::vector<std::uint32_t> ends_;  // end offset of each completed field in bytes_
    std::int64_t line_ = 1;            // physical line at the current position
    std::int64_t row_line_ = 1;        // line where the current row started
    bool at_field_start_ = true;       // nothing of the current field seen yet (a quote here opens quoting)
    bool in_quotes_ = false;
    bool quote_pending_ = false;  // a quote inside quotes: either an escaped "" or the closing quote
    bool pending_cr_ = false;     // the last byte was a CR ending a line: a following LF belongs to it
    bool skipping_ = false;       // discarding the rest of an overlong line
    bool row_started_ = false;    // any byte of the current row seen
    bool row_done_ = false;       // a row was returned: reset before reading on (its views point into bytes_)
    bool quoted_cr_ = false;      // the last byte inside quotes was a CR: a following LF is the same line end
    bool finished_ = false;
};

}  // namespace dealsheet::detail
