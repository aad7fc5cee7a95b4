// dealsheet — the native command-line shell over the core.
//
//   dealsheet [--json | --link-only] [FILE | -]       a scenario JSON file, or standard input
//   dealsheet [--json | --link-only] --link LINK      a share link (URL, "#s=…" or "s=…")
//   dealsheet --answer QUESTION [--chat] [--base URL] [FILE | - | --link LINK]
//   dealsheet statement [--json] [--map MAP] FILE...  distributor earnings statements, summarized (statement.hpp)
//
// Prints a readable report (default), the result as JSON (--json), or the scenario's share-link fragment
// (--link-only), or one question's plain answer (--answer fee-or-points), as chat text with --chat. Exit codes: 0 done; 1 the scenario or link has problems (each printed to stderr with its
// field path); 2 bad usage or an unreadable file.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/link.hpp"
#include "dealsheet/questions.hpp"
#include "dealsheet/report.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/sources.hpp"
#include "dealsheet/statement.hpp"
#include "dealsheet/version.hpp"

namespace {

constexpr const char* usage =
    "usage: dealsheet [--json | --link-only] [FILE | -]\n"
    "       dealsheet --answer QUESTION [--chat] [--base URL] [FILE | -]\n"
    "       dealsheet [--json | --link-only] --link LINK\n"
    "Reads a Dealsheet scenario (JSON file, standard input, or a share link) and prints its result.\n"
    "  --json       print the result as JSON\n"
    "  --link-only  print the share-link fragment (#s=...) of the scenario\n"
    "  --link LINK  open a share link: a URL, '#s=...' or 's=...'\n"
    "  --answer Q   print the plain answer to question Q: fee-or-points, when-paid, what-streams-pay,\n"
    "               co-writers, self-release-split, label-deal\n"
    "  --chat       with --answer: print it as a few lines to paste into a chat\n"
    "  --base URL   with --chat: the page the chat link opens (the link is URL#s=...)\n"
    "  --sources    print the Sources page (every rate with its source, as HTML) and exit\n"
    "  --schema     print the JSON Schema of the scenario format and exit\n"
    "  --version    print the release and the scenario format version and exit\n"
    "       dealsheet statement [--json] [--map ROLE=COLUMN,...] FILE...\n"
    "Summarizes distributor statements (DistroKid, TuneCore, CD Baby, or any CSV/TSV through --map; roles:\n"
    "date, store, country, track, isrc, quantity, amount, currency, ...). Files merge when their currencies match.\n"
    "Exit codes: 0 ok, 1 the scenario has problems (listed on stderr), 2 usage or file error.\n";

enum class Output { report, json, link, answer, chat };

// Reads at most max_scenario_json_bytes + 1 bytes: enough to know the input is too large.
bool read_all(std::istream& in, std::string& text) {
    text.clear();
    char buffer[65536];
    while (in && text.size() <= dealsheet::max_scenario_json_bytes) {
        in.read(buffer, sizeof buffer);
        text.append(buffer, static_cast<size_t>(in.gcount()));
    }
    return !in.bad();
}

int report_problems(const dealsheet::Problems& problems, const std::string& input_name) {
    std::cerr << "dealsheet: " << input_name << " has " << problems.size()
              << (problems.size() == 1 ? " problem" : " problems") << ":\n";
    for (const dealsheet::Problem& problem : problems)
        std::cerr << "  " << (problem.field.empty() ? "(whole input)" : problem.field) << ": " << problem.message
                  << "\n";
    return 1;
}

// `dealsheet statement …`: each file is read in chunks (memory stays bounded whatever its size) and the
// tallies merge when their currencies match.
int statement_command(int argc, char** argv) {
    bool json = false;
    std::optional<dealsheet::ColumnMap> map;
    std::vector<std::string> files;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--map" && i + 1 < argc) {
            dealsheet::Result<dealsheet::ColumnMap> parsed = dealsheet::parse_column_map(argv[++i]);
            if (!parsed.ok()) return report_problems(parsed.problems(), "--map");
            map = parsed.value();
        } else if (!arg.empty() && arg[0] != '-') {
            files.emplace_back(arg);
        } else {
            std::cerr << "dealsheet: unexpected argument '" << arg << "'\n" << usage;
            return 2;
        }
    }
    if (files.empty()) {
        std::cerr << "dealsheet: statement needs at least one FILE\n" << usage;
        return 2;
    }
    std::optional<dealsheet::StatementTally> merged;
    std::vector<char> buffer(1 << 20);
    for (const std::string& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << "dealsheet: cannot read " << file << "\n";
            return 2;
        }
        dealsheet::StatementReader reader({.file_name = file, .column_map = map});
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            if (in.gcount() > 0 && !reader.feed(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount()))))
                break;
        }
        if (in.bad()) {
            std::cerr << "dealsheet: cannot read " << file << "\n";
            return 2;
        }
        dealsheet::Result<dealsheet::StatementTally> tally = reader.finish();
        if (!tally.ok()) return report_problems(tally.problems(), file);
        if (!merged) {
            merged = std::move(tally.value());
        } else if (const dealsheet::Problems problems = dealsheet::merge(*merged, tally.value()); !problems.empty()) {
            return report_problems(problems, file);
        }
    }
    const dealsheet::Result<dealsheet::StatementSummary> summary = dealsheet::summarize(*merged);
    if (!summary.ok()) return report_problems(summary.problems(), files.front());
    std::cout << (json ? dealsheet::statement_to_json(summary.value(), 2) + "\n"
                       : dealsheet::statement_report_text(summary.value()));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string_view(argv[1]) == "statement") return statement_command(argc, argv);
    Output output = Output::report;
    std::string link, file, base;
    std::optional<dealsheet::Question> question;
    bool chat = false;
    bool have_link = false, have_file = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        } else if (arg == "--version") {
            std::cout << dealsheet::version_line() << "\n";
            return 0;
        } else if (arg == "--sources") {
            std::cout << dealsheet::sources_html();
            return 0;
        } else if (arg == "--schema") {
            std::cout << dealsheet::scenario_json_schema() << "\n";
            return 0;
        } else if (arg == "--json") {
            output = Output::json;
        } else if (arg == "--link-only") {
            output = Output::link;
        } else if (arg == "--answer" && i + 1 < argc) {
            question = dealsheet::parse_question(argv[++i]);
            if (!question) {
                std::cerr << "dealsheet: unknown question '" << argv[i] << "'\n" << usage;
                return 2;
            }
            output = Output::answer;
        } else if (arg == "--chat") {
            chat = true;
        } else if (arg == "--base" && i + 1 < argc) {
            base = argv[++i];
        } else if (arg == "--link" && i + 1 < argc) {
            link = argv[++i];
            have_link = true;
        } else if ((arg == "-" || arg.empty() || arg[0] != '-') && !have_file) {
            file = arg;
            have_file = true;
        } else {
            std::cerr << "dealsheet: unexpected argument '" << arg << "'\n" << usage;
            return 2;
        }
    }
    if (chat && !question) {
        std::cerr << "dealsheet: --chat needs --answer QUESTION\n" << usage;
        return 2;
    }
    if (chat) output = Output::chat;
    if (have_link && have_file) {
        std::cerr << "dealsheet: give a file or --link, not both\n" << usage;
        return 2;
    }

    dealsheet::Result<dealsheet::Scenario> scenario = dealsheet::Problems{};
    std::string input_name;
    if (have_link) {
        input_name = "the link";
        scenario = dealsheet::decode_link(link);
    } else {
        std::string text;
        if (!have_file || file == "-") {
            input_name = "standard input";
            if (!read_all(std::cin, text)) {
                std::cerr << "dealsheet: cannot read standard input\n";
                return 2;
            }
        } else {
            input_name = file;
            std::ifstream in(file, std::ios::binary);
            if (!in || !read_all(in, text)) {
                std::cerr << "dealsheet: cannot read " << file << "\n";
                return 2;
            }
        }
        scenario = dealsheet::scenario_from_json(text);
    }
    if (!scenario.ok()) return report_problems(scenario.problems(), input_name);

    const dealsheet::Result<dealsheet::ScenarioResult> result = dealsheet::calculate(scenario.value());
    if (!result.ok()) return report_problems(result.problems(), input_name);
    switch (output) {
        case Output::json: std::cout << dealsheet::result_to_json(result.value(), 2) << "\n"; break;
        case Output::link: std::cout << "#" << dealsheet::encode_link(scenario.value()) << "\n"; break;
        case Output::report: std::cout << dealsheet::report_text(scenario.value(), result.value()); break;
        case Output::answer:
            std::cout << dealsheet::answer_text(dealsheet::answer(*question, scenario.value(), result.value()));
            break;
        case Output::chat: {
            const std::string shared =
                base.empty() ? std::string() : base + "#" + dealsheet::encode_link(scenario.value());
            std::cout << dealsheet::chat_text(dealsheet::answer(*question, scenario.value(), result.value()),
                                              scenario.value(), shared);
            break;
        }
    }
    return 0;
}
