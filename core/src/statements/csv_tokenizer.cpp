// The streaming RFC 4180 tokenizer of statement files (csv_tokenizer.hpp says why it is our own).
#include "statements/csv_tokenizer.hpp"

namespace dealsheet::detail {

char sniff_delimiter(std::string_view first_line) {
    std::size_t tabs = 0, commas = 0, semicolons = 0;
    bool quoted = false;
    for (const char c : first_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        tabs += c == '\t';
        commas += c == ',';
        semicolons += c == ';';
    }
    if (tabs >= commas && tabs >= semicolons && tabs > 0) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

CsvTokenizer::CsvTokenizer(char delimiter, std::size_t max_row_bytes, std::size_t max_columns)
        : delimiter_(delimiter), max_row_bytes_(max_row_bytes), max_columns_(max_columns) {}

void CsvTokenizer::push(std::string_view chunk) {
    chunk_ = chunk;
    pos_ = 0;
}

void CsvTokenizer::end_field() {
    ends_.push_back(static_cast<std::uint32_t>(bytes_.size()));
    at_field_start_ = true;
}

void CsvTokenizer::reset_row() {
    bytes_.clear();
    ends_.clear();
    at_field_start_ = true;
    in_quotes_ = quote_pending_ = row_started_ = false;
    row_line_ = line_;
    row_done_ = false;
}

bool CsvTokenizer::end_row(CsvRow& row, CsvRowError error) {
    row.line = row_line_;
    row.error = error;
    row.fields.clear();
    if (error == CsvRowError::none) {
        std::uint32_t start = 0;
        for (const std::uint32_t end : ends_) {
            row.fields.emplace_back(bytes_.data() + start, end - start);
            start = end;
        }
    } else if (error != CsvRowError::unclosed_quote) {
        skipping_ = true;  // the rest of this physical line belongs to the bad row
    }
    row_done_ = true;  // the views stay valid until the next call resets the row
    return true;
}

bool CsvTokenizer::next(CsvRow& row) {
    if (row_done_) reset_row();
    const std::size_t n = chunk_.size();
    while (pos_ < n) {
        char c = chunk_[pos_];
        if (pending_cr_) {
            pending_cr_ = false;
            if (c == '\n') {
                ++pos_;
                continue;
            }
        }
        if (skipping_) {
            const std::size_t k = chunk_.find_first_of("\r\n", pos_);
            if (k == std::string_view::npos) {
                pos_ = n;
                return false;
            }
            pos_ = k + 1;
            ++line_;
            pending_cr_ = chunk_[k] == '\r';
            skipping_ = false;
            reset_row();
            continue;
        }
        if (in_quotes_) {
            if (!quote_pending_) {
                std::size_t k = pos_;
                while (k < n && chunk_[k] != '"' && chunk_[k] != '\r' && chunk_[k] != '\n') ++k;
                if (k > pos_) quoted_cr_ = false;
                bytes_.append(chunk_.data() + pos_, k - pos_);
                pos_ = k;
                if (bytes_.size() > max_row_bytes_) return end_row(row, CsvRowError::too_long);
                if (k == n) return false;
                c = chunk_[k];
                ++pos_;
                if (c == '"') {
                    quote_pending_ = true;
                    continue;
                }
                bytes_ += c;  // a line break inside quotes is data; CRLF counts as one line
                if (c == '\r' || !quoted_cr_) ++line_;
                quoted_cr_ = c == '\r';
                continue;
            }
            quote_pending_ = false;
            quoted_cr_ = false;
            if (c == '"') {  // "" inside quotes: one literal quote
                bytes_ += '"';
                ++pos_;
                continue;
            }
            in_quotes_ = false;  // the closing quote; c is read as unquoted text below
        }
        row_started_ = true;
        if (c == delimiter_) {
            ++pos_;
            end_field();
            if (ends_.size() >= max_columns_) return end_row(row, CsvRowError::too_many_columns);
            continue;
        }
        if (c == '\r' || c == '\n') {
            ++pos_;
            ++line_;
            pending_cr_ = c == '\r';
            end_field();
            return end_row(row, CsvRowError::none);
        }
        if (c == '"' && at_field_start_) {
            in_quotes_ = true;
            at_field_start_ = false;
            ++pos_;
            continue;
        }
        // A run of ordinary bytes; a quote after the field's start is literal (lenient, like spreadsheets).
        std::size_t k = pos_;
        while (k < n && chunk_[k] != delimiter_ && chunk_[k] != '\r' && chunk_[k] != '\n') ++k;
        bytes_.append(chunk_.data() + pos_, k - pos_);
        at_field_start_ = false;
        pos_ = k;
        if (bytes_.size() > max_row_bytes_) return end_row(row, CsvRowError::too_long);
    }
    return false;
}

bool CsvTokenizer::next_at_end(CsvRow& row) {
    if (next(row)) return true;
    if (row_done_) reset_row();
    if (finished_) return false;
    finished_ = true;
    if (skipping_ || !row_started_) return false;
    if (in_quotes_ && !quote_pending_) return end_row(row, CsvRowError::unclosed_quote);
    end_field();
    return end_row(row, CsvRowError::none);
}

}  // namespace dealsheet::detail
