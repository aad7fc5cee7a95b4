// Tests for dealsheet/deflate.hpp: raw DEFLATE (RFC 1951) round trips, streams from a standard implementation
// (Python's zlib), our encoder's exact output, compression against zlib level 9, and hostile streams.
//
// Interoperation checked by hand when this file was written (2 ways):
// - Python's zlib decodes our streams: each pinned stream below, the 633-byte scenario, and 300 generated
//   inputs (0 B–150 KiB: random, runs, JSON-like, text, 2–4 letter alphabets) all gave back their input with
//   zlib.decompressobj(-15).
// - We decode Python's: the vectors below, plus zlib levels 0/1/6/9 with the default, filtered, Huffman-only,
//   RLE and fixed strategies on those same 300 inputs.
#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "dealsheet/deflate.hpp"

using namespace dealsheet;

namespace {

std::string bytes(std::initializer_list<unsigned char> list) {
    std::string out;
    for (unsigned char b : list) out.push_back(static_cast<char>(b));
    return out;
}

// n bytes from a fixed seed, each below `alphabet` (raw engine output: std distributions differ by platform).
std::string random_bytes(std::size_t n, std::uint64_t seed, unsigned alphabet = 256) {
    std::mt19937_64 engine(seed);
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(static_cast<char>(engine() % alphabet));
    return out;
}

int block_type(const std::string& stream) { return (static_cast<unsigned char>(stream.at(0)) >> 1) & 3; }

void check_round_trip(const std::string& input, std::size_t max_output = 1 << 20) {
    INFO("input of " << input.size() << " bytes");
    const std::string stream = deflate_raw(input);
    if (input.size() <= 4096) CHECK(deflate_raw(input) == stream);  // deterministic (cheap enough to ask)
    const std::optional<std::string> back = inflate_raw(stream, max_output);
    REQUIRE(back.has_value());
    CHECK(*back == input);
}

// The 633-byte scenario of the compression requirement.
const std::string scenario_json =
    R"({"t":"Single with six writers and three producers","p":{"q":{"s":5000000,"y":2026},"w":[{"n":"Ana",)"
    R"("d":"standard","a":5000},{"n":"Ben","d":"co_publishing"},{"n":"Cleo"},{"n":"Dev","d":"administration",)"
    R"("f":15},{"n":"Eli","d":"standard"},{"n":"Fay","d":"co_publishing"}]},"s":{"p":[{"p":"spotify","s":{"h":)"
    R"("decay","f":800000,"d":8,"m":24}},{"p":"apple_music","s":{"t":900000}}]},"r":{"r":20,"c":[{"k":)"
    R"("recording","a":40000},{"k":"video","a":20000}],"x":[{"n":"Prod A","p":3,"a":10000},{"n":"Prod B","p":2,)"
    R"("o":1,"t":2,"c":"record_one"},{"n":"Mixer","r":"mixer","p":1,"c":"retroactive_net_rate"}]},"a":{"f":[)"
    R"({"p":0,"f":15000,"r":7500}]}})";

struct Vector {
    const char* name;
    std::string stream;
    std::string output;
};

// Raw streams from Python 3 zlib: c = zlib.compressobj(level, zlib.DEFLATED, -15); c.compress(x) + c.flush().
std::vector<Vector> python_vectors() {
    return {
        // level 9, one fixed-Huffman block (BTYPE 01)
        {"fixed",
         bytes({0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xd7, 0x51, 0xc8, 0x40, 0xa2, 0x14, 0xca, 0xf3, 0x8b, 0x72, 0x52, 0x00}),
         "hello, hello, hello world"},
        // level 9, one dynamic-Huffman block (BTYPE 10), literals only
        {"dynamic", bytes({0x1d, 0x8b, 0xc1, 0x0d, 0x00, 0x30, 0x10, 0x82, 0x56, 0x52, 0xd8, 0x7f,
                           0xb7, 0xda, 0x8b, 0x21, 0x3c, 0x88, 0xa2, 0xd0, 0x36, 0xb8, 0x25, 0x96,
                           0x6a, 0x02, 0x9c, 0x8e, 0x5f, 0xa4, 0x31, 0xab, 0xcb, 0xf3, 0x6e, 0x0f}),
         "323322111023232003121330022233002300232320321030121133301332"},
        // level 9, the scenario: one dynamic block with matches (338 bytes)
        {"dynamic scenario",
         bytes({0x6d, 0x51, 0xcb, 0x4e, 0xc3, 0x30, 0x10, 0xfc, 0x95, 0x68, 0xcf, 0x3e, 0xa4, 0xa1, 0x85, 0x92, 0x5b,
                0xcb, 0xe3, 0x86, 0x84, 0xc4, 0x11, 0x55, 0x91, 0x89, 0x37, 0xc4, 0x22, 0xb1, 0x8d, 0xed, 0xbe, 0x54,
                0xe5, 0xdf, 0x59, 0x6f, 0x92, 0x0a, 0x21, 0x72, 0x88, 0xec, 0xdd, 0x99, 0x9d, 0xd9, 0xf1, 0x05, 0x22,
                0x94, 0xf0, 0xa6, 0xcd, 0x67, 0x87, 0xd9, 0x51, 0xc7, 0x36, 0x0b, 0xfa, 0x94, 0x1d, 0xbd, 0x8e, 0xe8,
                0x43, 0x26, 0x8d, 0xca, 0x62, 0xeb, 0x11, 0x33, 0xe7, 0xad, 0xda, 0xd7, 0x54, 0x03, 0x01, 0x0e, 0xca,
                0x0b, 0x7c, 0xa7, 0x5f, 0x80, 0x72, 0x95, 0xf3, 0x27, 0xe0, 0x0c, 0x65, 0x91, 0x17, 0xb7, 0x83, 0x80,
                0x23, 0x94, 0xef, 0x17, 0x30, 0x34, 0x77, 0x63, 0x24, 0xe1, 0x15, 0x9d, 0x42, 0xa4, 0x59, 0xd2, 0x2b,
                0xba, 0xca, 0x91, 0x34, 0x88, 0x11, 0xb3, 0x45, 0x33, 0x61, 0x6a, 0x5b, 0xb9, 0xfd, 0x47, 0xa7, 0x43,
                0x4b, 0x76, 0x60, 0xee, 0x3f, 0x74, 0x68, 0xaf, 0x97, 0x47, 0x3c, 0x4c, 0x60, 0xa9, 0x7a, 0x6d, 0x74,
                0x88, 0x5e, 0x46, 0x6d, 0xd3, 0x84, 0x06, 0xca, 0xc5, 0x6a, 0xc6, 0x3d, 0x75, 0xfa, 0xaf, 0xf0, 0xdc,
                0x7a, 0x96, 0xe7, 0xff, 0xf5, 0x76, 0x64, 0x3d, 0xa4, 0xad, 0x1c, 0xfb, 0x77, 0x89, 0xec, 0x6c, 0xd4,
                0x4d, 0xc2, 0x73, 0xa3, 0xa5, 0x92, 0xc2, 0x9a, 0x07, 0x90, 0xdc, 0x7a, 0xda, 0x9c, 0x66, 0xad, 0x05,
                0xf4, 0xb4, 0xff, 0x72, 0x48, 0x2a, 0x89, 0x29, 0x9d, 0xeb, 0xb0, 0xea, 0xf7, 0x41, 0xd7, 0x33, 0x9b,
                0x82, 0xbe, 0x67, 0xc6, 0xc0, 0x52, 0x3e, 0xd5, 0x7c, 0x0a, 0x4d, 0x40, 0xcd, 0x8a, 0x5f, 0xc4, 0xf3,
                0x58, 0x5b, 0xaf, 0x92, 0x1f, 0x0e, 0x6a, 0x99, 0x4f, 0x49, 0xa5, 0xde, 0x41, 0x2b, 0x8a, 0x82, 0xeb,
                0x05, 0xd7, 0x77, 0x02, 0x4e, 0xd7, 0xac, 0x5f, 0xe9, 0x85, 0xb2, 0xcd, 0xf8, 0x3c, 0x37, 0x0c, 0x5a,
                0xe4, 0xbf, 0x62, 0xe6, 0xf6, 0x76, 0x6c, 0x17, 0x02, 0x2c, 0xb5, 0x45, 0xb2, 0x54, 0xb0, 0xfa, 0xa4,
                0x5b, 0x59, 0x83, 0xd7, 0xa0, 0x5e, 0xf4, 0x09, 0x3d, 0xb0, 0x51, 0xe8, 0xa7, 0xb3, 0x63, 0xda, 0x48,
                0x88, 0xde, 0xca, 0x3a, 0xea, 0x03, 0x56, 0x06, 0x63, 0x45, 0xef, 0x80, 0x63, 0x86, 0x32, 0x2d, 0xd6,
                0xcc, 0x19, 0xe6, 0xd3, 0xcb, 0x70, 0x52, 0x34, 0xea, 0x6e, 0x95, 0x8c, 0x0f, 0xc3, 0x0f}),
         scenario_json},
        // level 0: one stored block (BTYPE 00)
        {"stored", bytes({0x01, 0x16, 0x00, 0xe9, 0xff, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x64, 0x2c, 0x20, 0x6e,
                          0x6f, 0x74, 0x20, 0x63, 0x6f, 0x6d, 0x70, 0x72, 0x65, 0x73, 0x73, 0x65, 0x64}),
         "stored, not compressed"},
        // level 9, compress(a) + flush(Z_SYNC_FLUSH) + compress(b) + flush(): a fixed block, an empty stored
        // block (00 00 ff ff), and a final fixed block whose matches reach back into the first block
        {"multi-block",
         bytes({0xaa, 0x56, 0xca, 0x53, 0xb2, 0x52, 0x0a, 0x28, 0xca, 0x4f, 0x51, 0x70, 0x54, 0xd2, 0x51, 0x2a,
                0x50, 0xb2, 0x32, 0xd6, 0x51, 0x4a, 0x54, 0xb2, 0x32, 0x34, 0x00, 0x82, 0x5a, 0x1d, 0x00, 0x00,
                0x00, 0x00, 0xff, 0xff, 0xab, 0x46, 0x48, 0x3b, 0x41, 0xa4, 0x8d, 0x90, 0xa4, 0x01}),
         R"({"n":"Prod A","p":3,"a":10000},{"n":"Prod B","p":2,"a":10000})"},
    };
}

// Our encoder's exact output for two short JSON inputs (pins determinism across native and WebAssembly builds;
// both streams were decoded by Python's zlib to their input).
const std::string pinned_fixed_input = R"({"t":"Single","p":{"q":{"s":5000000,"y":2026}}})";
const std::string pinned_fixed_stream =  // 43 bytes, one fixed block (zlib -9: 43 bytes too)
    bytes({0xab, 0x56, 0x2a, 0x51, 0xb2, 0x52, 0x0a, 0xce, 0xcc, 0x4b, 0xcf, 0x49, 0x55, 0xd2, 0x51,
           0x2a, 0x50, 0xb2, 0xaa, 0x56, 0x2a, 0x04, 0x11, 0xc5, 0x4a, 0x56, 0xa6, 0x06, 0x60, 0xa0,
           0xa3, 0x54, 0xa9, 0x64, 0x65, 0x64, 0x60, 0x64, 0x56, 0x5b, 0x5b, 0x0b, 0x00});
const std::string pinned_dynamic_input =
    R"({"r":{"r":20,"c":[{"k":"recording","a":40000},{"k":"video","a":20000}],"x":[{"n":"Prod A","p":3,)"
    R"("a":10000},{"n":"Prod B","p":2,"o":1,"t":2,"c":"record_one"}]}})";
const std::string pinned_dynamic_stream =  // 106 bytes, one dynamic block (zlib -9: 109 bytes, fixed)
    bytes({0x3d, 0xcd, 0xb1, 0x0a, 0x85, 0x30, 0x0c, 0x05, 0xd0, 0x5f, 0x79, 0xdc, 0x39, 0x83, 0xaf, 0x3a, 0x65, 0xd3,
           0x2f, 0x70, 0x17, 0x11, 0x69, 0x8b, 0x88, 0xd0, 0x48, 0x11, 0x11, 0xa4, 0xff, 0x6e, 0x49, 0xd1, 0x0c, 0x21,
           0xe4, 0xe4, 0x92, 0x1b, 0x11, 0xac, 0xcd, 0x54, 0x04, 0x0b, 0x1e, 0x6e, 0x6c, 0x60, 0x44, 0x6f, 0x25, 0xba,
           0x35, 0x2c, 0x20, 0xcc, 0xe0, 0xa6, 0xca, 0x95, 0xa8, 0xd8, 0xb9, 0x3a, 0x2f, 0x65, 0x6f, 0x74, 0x3f, 0x12,
           0x2e, 0x4d, 0x86, 0xac, 0x7d, 0x14, 0xf7, 0x6b, 0x33, 0xef, 0xe0, 0x5a, 0x8f, 0xfe, 0x6f, 0xf8, 0xe3, 0xae,
           0xb0, 0x21, 0x48, 0x66, 0xc2, 0xa1, 0xb3, 0xfd, 0xfe, 0x4e, 0x12, 0x3c, 0xd2, 0x98, 0xd2, 0x03});

// Writes hand-made streams: bits least significant first, Huffman codes most significant bit first.
class StreamWriter {
public:
    void bits(std::uint32_t value, int count) {
        for (int k = 0; k < count; ++k) push((value >> k) & 1u);
    }
    void code(std::uint32_t value, int length) {
        for (int k = length - 1; k >= 0; --k) push((value >> k) & 1u);
    }
    std::string finish() const { return out_; }

private:
    void push(std::uint32_t bit) {
        if (used_ % 8 == 0) out_.push_back('\0');
        out_.back() = static_cast<char>(static_cast<unsigned char>(out_.back()) | (bit << (used_ % 8)));
        ++used_;
    }
    std::string out_;
    int used_ = 0;
};

// Canonical code values for `lengths` (RFC 1951 §3.2.2).
std::vector<std::uint32_t> canonical(const std::vector<int>& lengths) {
    int count[16] = {};
    for (int l : lengths) ++count[l];
    count[0] = 0;
    std::uint32_t next[16] = {};
    std::uint32_t code = 0;
    for (int bits = 1; bits < 16; ++bits) {
        code = (code + static_cast<std::uint32_t>(count[bits - 1])) << 1;
        next[bits] = code;
    }
    std::vector<std::uint32_t> codes(lengths.size(), 0);
    for (std::size_t s = 0; s < lengths.size(); ++s) {
        if (lengths[s] != 0) codes[s] = next[lengths[s]]++;
    }
    return codes;
}

// A final dynamic block with the given literal/length and distance code lengths (HLIT = litlen.size(),
// HDIST = dist.size()), sent with a code-length code giving 4 bits to each of 0–15; symbol() and distance()
// then write the data.
struct DynamicBlock {
    std::vector<int> litlen;
    std::vector<int> dist;
    StreamWriter out;
    std::vector<std::uint32_t> litlen_codes;
    std::vector<std::uint32_t> dist_codes;

    DynamicBlock(std::vector<int> litlen_lengths, std::vector<int> dist_lengths)
            : litlen(std::move(litlen_lengths)), dist(std::move(dist_lengths)) {
        litlen_codes = canonical(litlen);
        dist_codes = canonical(dist);
        out.bits(1, 1);  // BFINAL
        out.bits(2, 2);  // BTYPE 10
        out.bits(static_cast<std::uint32_t>(litlen.size() - 257), 5);
        out.bits(static_cast<std::uint32_t>(dist.size() - 1), 5);
        out.bits(19 - 4, 4);
        const int order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        for (int symbol : order) out.bits(symbol < 16 ? 4 : 0, 3);
        for (int l : litlen) out.code(static_cast<std::uint32_t>(l), 4);  // code of symbol l is l itself
        for (int l : dist) out.code(static_cast<std::uint32_t>(l), 4);
    }
    void symbol(int s) {
        const auto k = static_cast<std::size_t>(s);
        out.code(litlen_codes.at(k), litlen.at(k));
    }
    void distance(int s) {
        const auto k = static_cast<std::size_t>(s);
        out.code(dist_codes.at(k), dist.at(k));
    }
};

std::vector<int> litlen_lengths(std::initializer_list<std::pair<int, int>> symbol_lengths) {
    std::vector<int> lengths(257, 0);
    for (const auto& [symbol, length] : symbol_lengths) {
        if (static_cast<std::size_t>(symbol) >= lengths.size()) lengths.resize(static_cast<std::size_t>(symbol) + 1, 0);
        lengths[static_cast<std::size_t>(symbol)] = length;
    }
    return lengths;
}

}  // namespace

TEST_CASE("round trips", "[deflate]") {
    check_round_trip("");
    check_round_trip("a");
    check_round_trip(std::string(1, '\0'));
    std::string all_bytes;
    for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
    check_round_trip(all_bytes);
    check_round_trip(all_bytes + all_bytes + all_bytes);
    check_round_trip(std::string(100 * 1024, 'a'));
    check_round_trip(scenario_json);
    std::string repetitive;
    for (int i = 0; i < 400; ++i) {
        repetitive += R"({"n":"Writer )";
        repetitive += std::to_string(i % 37);
        repetitive += R"(","d":"co_publishing","a":)";
        repetitive += std::to_string(1000 * (i % 11));
        repetitive += "},";
    }
    check_round_trip(repetitive);  // ~20 KiB
    for (std::size_t size : {1u, 2u, 3u, 4u, 10u, 100u, 1000u, 4096u, 20000u, 32769u, 65536u}) {
        check_round_trip(random_bytes(size, size));         // incompressible
        check_round_trip(random_bytes(size, size + 1, 4));  // low entropy, many short matches
        if (size <= 20000) check_round_trip(random_bytes(size / 64 + 1, size, 256) + random_bytes(size, size, 2));
    }
}

TEST_CASE("our encoder uses all three block types", "[deflate]") {
    CHECK(deflate_raw("") == bytes({0x03, 0x00}));  // an empty fixed block, as zlib writes it
    CHECK(block_type(deflate_raw(pinned_fixed_input)) == 1);
    CHECK(block_type(deflate_raw(scenario_json)) == 2);
    const std::string noise = random_bytes(70000, 42);
    const std::string stored = deflate_raw(noise);
    CHECK(block_type(stored) == 0);
    CHECK(stored.size() == noise.size() + 2 * 5);  // two stored blocks of ≤ 65,535 bytes
    CHECK(deflate_raw(std::string(100 * 1024, 'a')).size() < 200);
}

TEST_CASE("our exact output is pinned", "[deflate]") {
    CHECK(deflate_raw(pinned_fixed_input) == pinned_fixed_stream);
    CHECK(deflate_raw(pinned_dynamic_input) == pinned_dynamic_stream);
    CHECK(inflate_raw(pinned_fixed_stream, 1000) == pinned_fixed_input);
    CHECK(inflate_raw(pinned_dynamic_stream, 1000) == pinned_dynamic_input);
}

TEST_CASE("streams from a standard implementation decode", "[deflate]") {
    for (const Vector& v : python_vectors()) {
        INFO("vector " << v.name);
        const std::optional<std::string> out = inflate_raw(v.stream, 1 << 16);
        REQUIRE(out.has_value());
        CHECK(*out == v.output);
        CHECK(inflate_raw(v.stream, v.output.size()) == v.output);            // exactly the limit is fine
        CHECK_FALSE(inflate_raw(v.stream, v.output.size() - 1).has_value());  // one byte less is not
    }
}

TEST_CASE("compression of a scenario is within 5% of zlib level 9", "[deflate]") {
    // Measured when written: the 633-byte scenario gives 338 bytes with Python zlib level 9 (raw) and 332
    // bytes with ours. The bound is zlib's size + 5%.
    REQUIRE(scenario_json.size() == 633);
    const std::string stream = deflate_raw(scenario_json);
    CHECK(stream.size() <= 338 * 105 / 100);
    CHECK(inflate_raw(stream, 1 << 16) == scenario_json);
}

TEST_CASE("every truncation is rejected or a consistent prefix", "[deflate]") {
    std::vector<Vector> vectors = python_vectors();
    vectors.push_back({"ours: scenario", deflate_raw(scenario_json), scenario_json});
    vectors.push_back({"ours: pinned fixed", pinned_fixed_stream, pinned_fixed_input});
    vectors.push_back({"ours: stored", deflate_raw(random_bytes(300, 7)), random_bytes(300, 7)});
    vectors.push_back({"ours: runs", deflate_raw(std::string(5000, 'x')), std::string(5000, 'x')});
    for (const Vector& v : vectors) {
        for (std::size_t cut = 0; cut < v.stream.size(); ++cut) {
            INFO("vector " << v.name << " cut to " << cut << " of " << v.stream.size() << " bytes");
            const std::optional<std::string> out = inflate_raw(v.stream.substr(0, cut), 1 << 16);
            CHECK((!out.has_value() || v.output.compare(0, out->size(), *out) == 0));
        }
    }
}

TEST_CASE("every single-bit corruption is survived", "[deflate]") {
    const std::string stream = deflate_raw(scenario_json);
    int rejected = 0;
    for (std::size_t bit = 0; bit < stream.size() * 8; ++bit) {
        std::string damaged = stream;
        damaged[bit / 8] = static_cast<char>(static_cast<unsigned char>(damaged[bit / 8]) ^ (1u << (bit % 8)));
        const std::optional<std::string> out = inflate_raw(damaged, 4096);
        if (!out) {
            ++rejected;
        } else {
            CHECK(out->size() <= 4096);
        }
    }
    CHECK(rejected > 0);
}

TEST_CASE("malformed block headers are rejected", "[deflate]") {
    CHECK_FALSE(inflate_raw("", 100).has_value());             // no block at all
    CHECK_FALSE(inflate_raw(bytes({0x07}), 100).has_value());  // final, BTYPE 11
    CHECK_FALSE(inflate_raw(bytes({0x06}), 100).has_value());  // not final, BTYPE 11
    CHECK(inflate_raw(bytes({0x03, 0x00}), 100) == "");        // empty fixed block
    CHECK(inflate_raw(bytes({0x01, 0x03, 0x00, 0xfc, 0xff, 'a', 'b', 'c'}), 100) == "abc");
    CHECK_FALSE(inflate_raw(bytes({0x01, 0x03, 0x00, 0x00, 0x00, 'a', 'b', 'c'}), 100).has_value());  // NLEN ≠ ~LEN
    CHECK_FALSE(inflate_raw(bytes({0x01, 0x03, 0x00, 0xfc, 0xfe, 'a', 'b', 'c'}), 100).has_value());
    CHECK_FALSE(inflate_raw(bytes({0x01, 0x03, 0x00, 0xfc, 0xff, 'a', 'b'}), 100).has_value());  // short
    CHECK_FALSE(inflate_raw(bytes({0x00, 0x00, 0x00, 0xff, 0xff}), 100).has_value());            // never a final block
}

TEST_CASE("trailing bytes after the final block are rejected", "[deflate]") {
    // Decision: the stream ends with the byte holding the final block's last bit. The unused high bits of
    // that byte are padding and may hold anything; any further byte, even zero, makes the stream invalid.
    const std::string stream = deflate_raw(scenario_json);
    CHECK_FALSE(inflate_raw(stream + '\0', 1 << 16).has_value());
    CHECK_FALSE(inflate_raw(stream + 'x', 1 << 16).has_value());
    CHECK_FALSE(inflate_raw(stream + stream, 1 << 16).has_value());
    CHECK(inflate_raw(bytes({0x03, 0xfc}), 100) == "");  // empty fixed block, padding bits set
    CHECK_FALSE(inflate_raw(bytes({0x03, 0x00, 0x00}), 100).has_value());
}

TEST_CASE("output beyond max_output is refused (zip-bomb guard)", "[deflate]") {
    // By hand: one fixed block, 'a' then 4,064 matches of 258 bytes at distance 1 (13 bits each): 6.6 KB
    // expanding to 1 MiB + 1 byte.
    StreamWriter writer;
    writer.bits(1, 1);
    writer.bits(1, 2);
    writer.code(0x30 + 'a', 8);
    for (int k = 0; k < 4064; ++k) {
        writer.code(0xc5, 8);  // 285: length 258
        writer.code(0, 5);     // distance 1
    }
    writer.code(0, 7);
    const std::string bomb = writer.finish();
    const std::string big(1 + 4064 * 258, 'a');
    CHECK(bomb.size() < 6700);
    CHECK_FALSE(inflate_raw(bomb, 1 << 16).has_value());
    CHECK_FALSE(inflate_raw(bomb, big.size() - 1).has_value());
    CHECK(inflate_raw(bomb, big.size()) == big);

    const std::string ours = deflate_raw(std::string(200 * 1024, 'a'));
    CHECK(ours.size() < 250);
    CHECK_FALSE(inflate_raw(ours, 1 << 16).has_value());
    CHECK_FALSE(inflate_raw(bytes({0x01, 0x03, 0x00, 0xfc, 0xff, 'a', 'b', 'c'}), 2).has_value());  // stored
    CHECK_FALSE(inflate_raw(pinned_fixed_stream, 0).has_value());                                   // literal
    CHECK(inflate_raw(deflate_raw(""), 0) == "");
}

TEST_CASE("hand-made dynamic blocks: which codes are accepted", "[deflate]") {
    // Literal 'a' (1 bit), end of block and length 3 (2 bits each): a complete code.
    const auto a_eob_len3 = litlen_lengths({{'a', 1}, {256, 2}, {257, 2}});

    SECTION("one distance code of one bit (allowed by RFC 1951)") {
        DynamicBlock block(a_eob_len3, {1});
        block.symbol('a');
        block.symbol(257);  // length 3
        block.distance(0);  // distance 1
        block.symbol(256);
        CHECK(inflate_raw(block.out.finish(), 100) == "aaaa");
    }
    SECTION("no distance codes at all, and none used") {
        DynamicBlock block(litlen_lengths({{'a', 1}, {256, 1}}), {0});
        block.symbol('a');
        block.symbol('a');
        block.symbol(256);
        CHECK(inflate_raw(block.out.finish(), 100) == "aa");
    }
    SECTION("no distance codes, but a match") {
        DynamicBlock block(a_eob_len3, {0});
        block.symbol('a');
        block.symbol(257);
        block.out.bits(0, 16);
        CHECK_FALSE(inflate_raw(block.out.finish(), 100).has_value());
    }
    SECTION("two distance codes: distance 1 is fine, distance 2 reaches before the start") {
        for (int dist_symbol : {0, 1}) {
            INFO("distance code " << dist_symbol);
            DynamicBlock block(a_eob_len3, {1, 1});
            block.symbol('a');
            block.symbol(257);
            block.distance(dist_symbol);
            block.symbol(256);
            const std::optional<std::string> out = inflate_raw(block.out.finish(), 100);
            if (dist_symbol == 0) {
                CHECK(out == "aaaa");
            } else {
                CHECK_FALSE(out.has_value());
            }
        }
    }
    SECTION("over-subscribed, incomplete or unusable codes") {
        const std::pair<const char*, DynamicBlock> cases[] = {
            {"over-subscribed literal/length code", DynamicBlock(litlen_lengths({{'a', 1}, {'b', 1}, {256, 1}}), {1})},
            {"incomplete literal/length code", DynamicBlock(litlen_lengths({{'a', 1}, {256, 2}}), {1})},
            {"lone literal/length code", DynamicBlock(litlen_lengths({{256, 1}}), {1})},
            {"no end-of-block code", DynamicBlock(litlen_lengths({{'a', 1}, {'b', 1}}), {1})},
            {"over-subscribed distance code", DynamicBlock(a_eob_len3, {1, 1, 1})},
            {"incomplete distance code (1 + 2 bits)", DynamicBlock(a_eob_len3, {1, 2})},
            {"lone distance code of two bits", DynamicBlock(a_eob_len3, {2})},
            {"over-subscribed 15-bit codes", DynamicBlock(litlen_lengths({{'a', 1}, {256, 1}, {257, 15}}), {1})},
        };
        for (const auto& [name, block] : cases) {
            INFO(name);
            StreamWriter out = block.out;
            out.bits(0, 32);  // data enough that only the header can be at fault
            CHECK_FALSE(inflate_raw(out.finish(), 100).has_value());
        }
    }
}

TEST_CASE("hand-made dynamic headers: malformed code-length sequences", "[deflate]") {
    // A final dynamic block's header (RFC 1951 §3.2.7): HLIT, HDIST, then the first code-length code lengths
    // in their fixed order (16, 17, 18, 0, …), three bits each.
    auto header = [](std::uint32_t hlit, std::uint32_t hdist, std::initializer_list<std::uint32_t> code_lengths) {
        StreamWriter out;
        out.bits(1, 1);
        out.bits(2, 2);
        out.bits(hlit - 257, 5);
        out.bits(hdist - 1, 5);
        out.bits(static_cast<std::uint32_t>(code_lengths.size()) - 4, 4);
        for (std::uint32_t length : code_lengths) out.bits(length, 3);
        return out;
    };
    // Whether the stream is refused with data enough after it that only the header can be at fault.
    auto refused = [](StreamWriter out) {
        out.bits(0, 32);
        return !inflate_raw(out.finish(), 100).has_value();
    };
    SECTION("HLIT of 287 or HDIST of 31") {
        using Sizes = std::pair<std::uint32_t, std::uint32_t>;
        for (const auto& [hlit, hdist] : {Sizes{287, 1}, Sizes{288, 1}, Sizes{257, 31}, Sizes{257, 32}}) {
            INFO("HLIT " << hlit << " HDIST " << hdist);
            CHECK(refused(header(hlit, hdist, {0, 0, 0, 0})));
        }
    }
    SECTION("repeat (16) with no previous length") {
        StreamWriter out = header(257, 1, {1, 0, 0, 1});  // 16 and 0: one bit each
        out.code(1, 1);                                   // 16
        CHECK(refused(out));
    }
    SECTION("a zero run (18) beyond HLIT + HDIST") {
        StreamWriter out = header(257, 1, {0, 0, 1, 1});  // 18 and 0: one bit each
        out.code(1, 1);
        out.bits(127, 7);  // 138 zeros
        out.code(1, 1);
        out.bits(127, 7);  // 138 more: 276 > 258
        CHECK(refused(out));
    }
    SECTION("incomplete code-length code") {
        CHECK(refused(header(257, 1, {0, 0, 0, 1})));  // only 0, one bit
    }
    SECTION("over-subscribed code-length code") { CHECK(refused(header(257, 1, {1, 1, 1, 1}))); }
}

TEST_CASE("fixed-code symbols that do not exist are rejected", "[deflate]") {
    auto fixed_block = [](std::uint32_t length_code, int length_bits, std::uint32_t dist_code) {
        StreamWriter out;
        out.bits(1, 1);
        out.bits(1, 2);           // BTYPE 01
        out.code(0x30 + 'a', 8);  // literal 'a'
        out.code(length_code, length_bits);
        out.code(dist_code, 5);
        out.code(0, 7);  // end of block
        return out.finish();
    };
    CHECK(inflate_raw(fixed_block(0x01, 7, 0), 100) == "aaaa");           // 257 (length 3), distance code 0
    CHECK_FALSE(inflate_raw(fixed_block(0xc6, 8, 0), 100).has_value());   // 286
    CHECK_FALSE(inflate_raw(fixed_block(0xc7, 8, 0), 100).has_value());   // 287
    CHECK_FALSE(inflate_raw(fixed_block(0x01, 7, 30), 100).has_value());  // distance code 30
    CHECK_FALSE(inflate_raw(fixed_block(0x01, 7, 31), 100).has_value());  // distance code 31
    CHECK_FALSE(inflate_raw(fixed_block(0x01, 7, 1), 100).has_value());   // distance 2, one byte written
}
