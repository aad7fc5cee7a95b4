// Statement benchmark: reads distributor files in 1 MiB chunks (as the CLI and the page do) and summarizes them,
// reporting wall and processor time, rows and MB per processor second, and peak memory. A benchmark, never a timed test:
// bench/statement/run.sh puts its numbers beside pandas' on the same files.
//
//   bench_statement [--quick] [--runs N] FILE...    one line of JSON per file (the fastest of N runs, default 5)
//   bench_statement --quick                          a functional check on a small generated file (ctest)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/statement.hpp"

#if defined(__unix__) && !defined(__EMSCRIPTEN__)
#include <sys/resource.h>
#endif

namespace {

// Peak resident memory of this process in bytes (0 where it cannot be asked).
long long peak_rss_bytes() {
#if defined(__unix__) && !defined(__EMSCRIPTEN__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<long long>(usage.ru_maxrss) * 1024;
#else
    return 0;
#endif
}

struct Run {
    double seconds = 0;      // wall clock
    double cpu_seconds = 0;  // this process's processor time: the fair number on a shared, loaded machine
    std::int64_t rows = 0;
    std::int64_t bytes = 0;
    dealsheet::Micros earnings = 0;
};

template <class Source>
Run read_and_summarize(const std::string& name, Source&& next_chunk) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    dealsheet::StatementReader reader({.file_name = name, .column_map = {}});
    Run run;
    for (std::string_view chunk = next_chunk(); !chunk.empty(); chunk = next_chunk()) {
        run.bytes += static_cast<std::int64_t>(chunk.size());
        if (!reader.feed(chunk)) break;
    }
    const dealsheet::Result<dealsheet::StatementTally> tally = reader.finish();
    if (!tally.ok()) {
        std::fprintf(stderr, "bench_statement: %s\n", dealsheet::describe(tally.problems()).c_str());
        std::exit(1);
    }
    const dealsheet::Result<dealsheet::StatementSummary> summary = dealsheet::summarize(tally.value());
    if (!summary.ok()) std::exit(1);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    run.rows = summary.value().rows;
    run.earnings = summary.value().total.earnings;
    return run;
}

Run from_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "bench_statement: cannot read %s\n", path.c_str());
        std::exit(2);
    }
    std::vector<char> buffer(1 << 20);
    return read_and_summarize(path, [&]() -> std::string_view {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        return {buffer.data(), static_cast<std::size_t>(in.gcount())};
    });
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    bool quick = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick")
            quick = true;
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            files.emplace_back(arg);
    }
    if (quick && files.empty()) {
        std::string text =
            "Reporting Date\tSale Month\tStore\tTitle\tISRC\tQuantity\tSong/Album\tCountry of Sale\tEarnings (USD)\n";
        for (int i = 0; i < 2000; ++i) text += "2025-03-05\t2024-12\tSpotify\tT\tQZ1\t1000\tSong\tUS\t3.000000000001\n";
        bool given = false;
        const Run run = read_and_summarize("quick.tsv", [&]() -> std::string_view {
            if (given) return {};
            given = true;
            return text;
        });
        std::printf("{\"case\":\"quick\",\"rows\":%lld,\"micros\":%lld}\n", static_cast<long long>(run.rows),
                    static_cast<long long>(run.earnings));
        // 2000 × 3.000000000001 = 6000.000000002, which is 6,000,000,000 micro-units once rounded.
        return run.rows == 2000 && run.earnings == 6'000'000'000 ? 0 : 1;
    }
    for (const std::string& file : files) {
        Run best;
        for (int r = 0; r < (quick ? 1 : runs); ++r) {
            const Run run = from_file(file);
            if (r == 0 || run.cpu_seconds < best.cpu_seconds) best = run;
        }
        std::printf(
            "{\"engine\":\"dealsheet native\",\"file\":\"%s\",\"bytes\":%lld,\"rows\":%lld,\"seconds\":%.4f,"
            "\"cpu_seconds\":%.4f,\"rows_per_second\":%.0f,\"mb_per_second\":%.1f,\"peak_rss_bytes\":%lld,\"earnings_"
            "micros\":%lld}\n",
            file.c_str(), static_cast<long long>(best.bytes), static_cast<long long>(best.rows), best.seconds,
            best.cpu_seconds, static_cast<double>(best.rows) / best.cpu_seconds,
            static_cast<double>(best.bytes) / 1e6 / best.cpu_seconds, peak_rss_bytes(),
            static_cast<long long>(best.earnings));
    }
    return 0;
}
