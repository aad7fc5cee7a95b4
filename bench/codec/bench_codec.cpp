// Dealsheet codec comparison — our raw DEFLATE (deflate.hpp) against zlib's (level 9, windowBits −15) on what
// users feel: the length of each bundled preset's share link, and the time to make and to open it. Native only
// (zlib1g-dev); docs/performance.md "Our DEFLATE or zlib" holds the numbers and the decision.
//
//   bench_codec           a table: per preset, link characters with each codec, then times per operation
//   bench_codec --quick   a functional check (ctest): every link opens with both decoders, no timing
//
// Method: each operation is calibrated until a batch takes ≥ 20 ms and timed in 9 batches; the fastest batch is
// reported (the estimate least disturbed by other work on a shared machine).
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/base64url.hpp"
#include "dealsheet/deflate.hpp"
#include "dealsheet/link.hpp"
#include "dealsheet/presets.hpp"
#include "dealsheet/scenario_json.hpp"

namespace {

volatile std::size_t sink = 0;

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "bench_codec: %s\n", message.c_str());
    std::exit(1);
}

// zlib's smallest raw stream of `bytes` (level 9, 32 KiB window, memLevel 9: zlib's best).
std::string zlib_deflate_raw(std::string_view bytes) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) fail("deflateInit2");
    std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) fail("zlib deflate");
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// zlib's raw inflate of the whole stream into at most `max_output` bytes; nullopt when it does not fit or end.
std::optional<std::string> zlib_inflate_raw(std::string_view stream, std::size_t max_output) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) fail("inflateInit2");
    std::string out(max_output, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream.data()));
    z.avail_in = static_cast<uInt>(stream.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_FINISH);
    const bool whole = status == Z_STREAM_END && z.avail_in == 0;
    out.resize(z.total_out);
    inflateEnd(&z);
    if (!whole) return std::nullopt;
    return out;
}

// Nanoseconds per call of `operation`: the fastest of 9 batches of ≥ 20 ms.
double time_ns(const std::function<std::size_t()>& operation) {
    using clock = std::chrono::steady_clock;
    std::size_t batch = 1;
    for (;;) {
        const auto start = clock::now();
        for (std::size_t k = 0; k < batch; ++k) sink = sink + operation();
        if (clock::now() - start >= std::chrono::milliseconds(20)) break;
        batch *= 2;
    }
    double best = 1e300;
    for (int round = 0; round < 9; ++round) {
        const auto start = clock::now();
        for (std::size_t k = 0; k < batch; ++k) sink = sink + operation();
        const std::chrono::duration<double, std::nano> spent = clock::now() - start;
        best = std::min(best, spent.count() / static_cast<double>(batch));
    }
    return best;
}

struct Preset {
    std::string name;
    std::string link;     // ours, as encode_link() makes it
    std::string payload;  // the compact JSON the link compresses
};

// Each bundled preset's link and the JSON inside it (a link without '~' is stored uncompressed).
std::vector<Preset> preset_links() {
    std::vector<Preset> out;
    for (const dealsheet::EmbeddedFile& file : dealsheet::presets()) {
        const dealsheet::Result<dealsheet::Scenario> scenario = dealsheet::scenario_from_json(file.text);
        if (!scenario.ok()) fail(std::string(file.name) + ": " + dealsheet::describe(scenario.problems()));
        Preset preset{file.name, dealsheet::encode_link(scenario.value()), ""};
        const std::size_t tilde = preset.link.find('~');
        const std::size_t dot = preset.link.find('.');
        if (tilde != std::string::npos) {
            const std::optional<std::string> stream = dealsheet::base64url_decode(preset.link.substr(tilde + 1));
            const std::optional<std::string> json = stream ? dealsheet::inflate_raw(*stream, 1 << 20) : std::nullopt;
            if (!json) fail(preset.name + ": its link does not open");
            preset.payload = *json;
        } else {
            const std::optional<std::string> json = dealsheet::base64url_decode(preset.link.substr(dot + 1));
            if (!json) fail(preset.name + ": its link does not open");
            preset.payload = *json;
        }
        out.push_back(std::move(preset));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const std::vector<Preset> presets = preset_links();
    std::printf("%-40s %6s %8s %8s %8s %8s\n", "preset: link characters with", "JSON B", "ours", "zlib -9", "ours B",
                "zlib B");
    std::size_t ours_total = 0;
    std::size_t zlib_total = 0;
    for (const Preset& p : presets) {
        const std::string ours = dealsheet::deflate_raw(p.payload);
        const std::string theirs = zlib_deflate_raw(p.payload);
        // Every link opens with both decoders: ours and zlib's streams, each decoded by the other.
        if (zlib_inflate_raw(ours, p.payload.size()) != p.payload) fail(p.name + ": zlib cannot open our stream");
        if (dealsheet::inflate_raw(theirs, p.payload.size()) != p.payload) fail(p.name + ": we cannot open zlib's");
        // As encode_link() chooses: "s=1~" + the compressed JSON, or "s=1." + the JSON itself when shorter.
        const std::size_t prefix = p.link.find_first_of("~.") + 1;
        const std::size_t plain = prefix + dealsheet::base64url_encode(p.payload).size();
        const std::size_t ours_link = std::min(plain, prefix + dealsheet::base64url_encode(ours).size());
        const std::size_t zlib_link = std::min(plain, prefix + dealsheet::base64url_encode(theirs).size());
        if (ours_link != p.link.size()) fail(p.name + ": the link's length differs from encode_link()'s");
        ours_total += ours_link;
        zlib_total += zlib_link;
        std::printf("%-40s %6zu %8zu %8zu %8zu %8zu\n", p.name.c_str(), p.payload.size(), ours_link, zlib_link,
                    ours.size(), theirs.size());
    }
    std::printf("%-40s %6s %8zu %8zu\n", "total", "", ours_total, zlib_total);
    if (quick) return 0;

    // Times on the largest preset's JSON (the others differ by size only).
    const Preset& largest = *std::max_element(presets.begin(), presets.end(), [](const Preset& a, const Preset& b) {
        return a.payload.size() < b.payload.size();
    });
    const std::string ours = dealsheet::deflate_raw(largest.payload);
    const std::string theirs = zlib_deflate_raw(largest.payload);
    std::printf("\n%s (%zu bytes of JSON), µs per call (fastest of 9 batches)\n", largest.name.c_str(),
                largest.payload.size());
    std::printf("  make a link's stream:  ours %8.1f   zlib %8.1f\n",
                time_ns([&] { return dealsheet::deflate_raw(largest.payload).size(); }) / 1000,
                time_ns([&] { return zlib_deflate_raw(largest.payload).size(); }) / 1000);
    std::printf("  open a link's stream:  ours %8.1f   zlib %8.1f\n",
                time_ns([&] { return dealsheet::inflate_raw(ours, 1 << 16)->size(); }) / 1000,
                time_ns([&] { return zlib_inflate_raw(theirs, 1 << 16)->size(); }) / 1000);
    return 0;
}
