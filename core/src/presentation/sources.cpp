// Index of this file
// [SECTION] Collecting the rows
// [SECTION] Plain words: evidence, sources, links
// [SECTION] Rendering: HTML and Markdown
#include "dealsheet/sources.hpp"
#include "dealsheet/version.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "dealsheet/money.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/share.hpp"
#include "dealsheet/statutory.hpp"
#include "foundation/text.hpp"

namespace dealsheet {

using detail::cat;

// [SECTION] Collecting the rows

namespace {

bool entered_by_user(const Assumption& row) { return row.source.starts_with("Entered by you") || row.source.empty(); }

void add_result_rows(const ScenarioResult& result, Assumptions& out) {
    for (const Assumptions* list : assumption_lists(result))
        for (const Assumption& row : *list) {
            if (entered_by_user(row)) continue;
            const auto same = [&](const Assumption& seen) {
                return seen.name == row.name && seen.value == row.value && seen.source == row.source;
            };
            if (std::none_of(out.begin(), out.end(), same)) out.push_back(row);
        }
}

}  // namespace

std::vector<const Assumptions*> assumption_lists(const ScenarioResult& result) {
    std::vector<const Assumptions*> lists{&result.publishing_quick.assumptions, &result.publishing.assumptions};
    const ReleaseResult& release = result.release;
    if (release.streaming) lists.push_back(&release.streaming->assumptions);
    if (release.pool) lists.push_back(&release.pool->assumptions);
    if (release.recording) lists.push_back(&release.recording->assumptions);
    if (release.answers) lists.push_back(&release.answers->assumptions);
    if (release.splits) lists.push_back(&release.splits->assumptions);
    if (result.comparison) lists.push_back(&result.comparison->assumptions);
    return lists;
}

Assumptions all_assumptions() {
    Assumptions rows;
    for (const HeadlineRate& rate : headline_rates())
        rows.push_back({cat("US songwriting rate for on-demand streaming, ", std::to_string(rate.year)),
                        cat(format_percent(rate.rate_ppm), " of service revenue (", rate.proceeding, ")"), rate.source,
                        rate.tag, rate.as_of});
    std::vector<Scenario> scenarios{Scenario{}};
    for (const EmbeddedFile& file : presets())
        if (Result<Scenario> scenario = scenario_from_json(file.text); scenario.ok())
            scenarios.push_back(std::move(scenario.value()));
    for (const Scenario& scenario : scenarios)
        if (const Result<ScenarioResult> result = calculate(scenario); result.ok())
            add_result_rows(result.value(), rows);
    return rows;
}

// [SECTION] Plain words: evidence, sources, links

std::string evidence_words(std::string_view tag) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> words{{
        {"[P]", "primary document"},
        {"[S]", "trade press"},
        {"[C]", "community knowledge"},
        {"[D]", "worked out by Dealsheet"},
        {"[U]", "uncertain"},
    }};
    std::vector<std::string_view> found;
    for (std::size_t at = 0; at + 3 <= tag.size(); ++at)
        for (const auto& [code, word] : words)
            if (tag.substr(at, 3) == code) found.push_back(word);
    std::string out;
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (i > 0) out += i + 1 == found.size() ? " and " : ", ";
        out += found[i];
    }
    return out;
}

namespace {

bool is_notes_at(std::string_view text, std::size_t at) {
    constexpr std::string_view notes = "omain notes";  // "Domain notes" or "domain notes"
    return at + 1 + notes.size() <= text.size() && (text[at] == 'd' || text[at] == 'D') &&
           text.substr(at + 1, notes.size()) == notes;
}

// The end of a notes reference starting at `at`: "domain notes section 2.1", "domain notes sections 1, 3 and 4",
// "domain notes 5.2" — the words, digits and separators that belong to it.
std::size_t notes_reference_end(std::string_view text, std::size_t at) {
    std::size_t end = at + 12;
    const auto reference_char = [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ' || c == '-';
    };
    while (end < text.size()) {
        if (reference_char(text[end]))
            ++end;
        else if (text.substr(end).starts_with("sections"))
            end += 8;
        else if (text.substr(end).starts_with("section"))
            end += 7;
        else if (text.substr(end).starts_with("and "))
            end += 4;
        else
            break;
    }
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '.')) --end;
    return end;
}

}  // namespace

std::string plain_source(std::string_view source) {
    std::string out;
    bool removed = false;
    bool sentence_start = false;  // a reference removed after a full stop: the next word starts a sentence
    for (std::size_t i = 0; i < source.size();) {
        if (i + 3 <= source.size() && source[i] == '[' && source[i + 2] == ']' &&
            std::string_view("PSCDU").find(source[i + 1]) != std::string_view::npos) {  // an inline grade: "[S]"
            while (!out.empty() && out.back() == ' ') out.pop_back();
            i += 3;
            continue;
        }
        if (source.substr(i).starts_with("\xC2\xA7")) {  // '§'
            out += "section ";
            i += 2;
            continue;
        }
        if (is_notes_at(source, i) || (source[i] == '(' && is_notes_at(source, i + 1)) ||
            (source.substr(i).starts_with("per ") && is_notes_at(source, i + 4))) {
            const bool parenthesised = source[i] == '(';
            const std::size_t from = parenthesised ? i + 1 : source[i] == 'p' ? i + 4 : i;
            std::size_t end = notes_reference_end(source, from);
            if (parenthesised && end < source.size() && source[end] == ')') ++end;
            if (end < source.size() && source[end] == ':') ++end;  // "Domain notes section 3: ..."
            while (!out.empty() && (out.back() == ' ' || out.back() == ';' || out.back() == ',')) out.pop_back();
            while (end < source.size() && source[end] == ' ') ++end;
            if (!out.empty() && end < source.size() && source[end] != ')' && source[end] != '.' && source[end] != ';') {
                sentence_start = out.back() == '.';
                out += out.back() == '(' ? "" : sentence_start ? " " : "; ";
            }
            i = end;
            removed = true;
            continue;
        }
        const char c = source[i++];
        out += sentence_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        sentence_start = false;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ';' || out.back() == ',')) out.pop_back();
    if (out.starts_with("; ")) out.erase(0, 2);
    if (removed && (out.empty() || out == "()")) return "Dealsheet's research notes";
    if (out.empty()) return out;
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string source_link(std::string_view source) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> links{{
        {"87 FR 80448", "https://www.federalregister.gov/citation/87-FR-80448"},
        {"88 FR 54406", "https://www.federalregister.gov/citation/88-FR-54406"},
        {"84 FR 1918", "https://www.federalregister.gov/citation/84-FR-1918"},
        {"37 CFR", "https://www.ecfr.gov/current/title-37/chapter-III/subchapter-B/part-385"},
        {"Loud & Clear", "https://loudandclear.byspotify.com/"},
        {"CMA", "https://www.gov.uk/cma-cases/music-and-streaming-market-study"},
    }};
    for (const auto& [cited, link] : links)
        if (source.find(cited) != std::string_view::npos) return std::string(link);
    return "";
}

// [SECTION] Rendering: HTML and Markdown

namespace {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

constexpr std::string_view intro =
    "Every rate and default behind Dealsheet's numbers, where it comes from, how solid the evidence is, and the "
    "date it is as of. Estimates, not advice: check your own contract and statements.";

}  // namespace

std::string sources_html() {
    std::string html =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>Dealsheet sources</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 "
        "auto;"
        "padding:1rem}h2{font-size:1.05rem;margin:1.5rem 0 .25rem}p{margin:.2rem 0}.meta{color:#555}"
        "a{overflow-wrap:anywhere}</style>\n</head>\n<body>\n<h1>Sources</h1>\n";
    html += "<p>" + std::string(version_line()) + "</p>\n";
    html += cat("<p>", escape_html(intro), "</p>\n");
    for (const Assumption& row : all_assumptions()) {
        html += cat("<section>\n<h2>", escape_html(row.name), "</h2>\n<p>", escape_html(row.value),
                    "</p>\n<p>Source: ", escape_html(plain_source(row.source)), "</p>\n");
        std::string meta = evidence_words(row.tag);
        if (!row.as_of.empty()) meta += cat(meta.empty() ? "As of " : ", as of ", row.as_of);
        if (!meta.empty())
            meta[0] = static_cast<char>(meta[0] >= 'a' && meta[0] <= 'z' ? meta[0] - 'a' + 'A' : meta[0]);
        if (!meta.empty()) html += cat("<p class=\"meta\">", escape_html(meta), "</p>\n");
        if (const std::string link = source_link(row.source); !link.empty())
            html += cat("<p><a href=\"", escape_html(link), "\" rel=\"noopener\">Primary document</a></p>\n");
        html += "</section>\n";
    }
    html += "</body>\n</html>\n";
    return html;
}

std::string sources_markdown() {
    std::string md = cat("# Sources\n\n", escape_markdown(intro), "\n");
    for (const Assumption& row : all_assumptions()) {
        md += cat("\n## ", escape_markdown(row.name), "\n\n", escape_markdown(row.value),
                  "\n\nSource: ", escape_markdown(plain_source(row.source)));
        const std::string evidence = evidence_words(row.tag);
        if (!evidence.empty()) md += cat(". Evidence: ", evidence);
        if (!row.as_of.empty()) md += cat(". As of ", row.as_of);
        md += ".\n";
        if (const std::string link = source_link(row.source); !link.empty())
            md += cat("\n[Primary document](", escape_link(link), ")\n");
    }
    return md;
}

}  // namespace dealsheet
