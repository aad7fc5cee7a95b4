// Dealsheet core — the raw DEFLATE decoder (RFC 1951): inflate_raw() of deflate.hpp, which reads untrusted
// share links. Self-contained but for the format's tables (deflate_format.hpp), so it can be reviewed alone.
//
// Index of this file
// [SECTION] Bit input
// [SECTION] Huffman decoding
// [SECTION] Blocks
// [SECTION] Decompression
//
// Decoder: canonical Huffman decoding bit by bit (at most 15 steps per symbol), all state bounded, every read
// checked; no recursion, no exceptions.
#include "dealsheet/deflate.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "foundation/deflate_format.hpp"

namespace dealsheet {
namespace {

using namespace detail::deflate_format;

// [SECTION] Bit input

class BitReader {
public:
    explicit BitReader(std::string_view bytes)
            : data_(reinterpret_cast<const unsigned char*>(bytes.data())), size_(bytes.size()) {}

    // The next `count` (≤ 16) bits, least significant first; false when the input ends first.
    bool read(int count, std::uint32_t& value) {
        while (held_ < count) {
            if (pos_ == size_) return false;
            buffer_ |= static_cast<std::uint32_t>(data_[pos_++]) << held_;
            held_ += 8;
        }
        value = buffer_ & ((1u << count) - 1u);
        buffer_ >>= count;
        held_ -= count;
        return true;
    }
    // Drops the rest of the current byte (fewer than 8 bits are ever held between reads).
    void align() {
        buffer_ = 0;
        held_ = 0;
    }
    // Appends the next `count` whole bytes (after align()); false when the input ends first.
    bool copy_bytes(std::size_t count, std::string& out) {
        if (size_ - pos_ < count) return false;
        out.append(reinterpret_cast<const char*>(data_ + pos_), count);
        pos_ += count;
        return true;
    }
    bool at_end() const { return pos_ == size_; }

private:
    const unsigned char* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
    std::uint32_t buffer_ = 0;
    int held_ = 0;
};

// [SECTION] Huffman decoding

class HuffmanDecoder {
public:
    enum class Rule {
        complete,  // the code must be complete
        distance,  // also allowed (§3.2.7): no code at all, or a single code of one bit
    };

    // The canonical code with these `lengths` (each 0–15, at most 288 of them); false when it is
    // over-subscribed, or incomplete beyond what `rule` allows.
    bool build(const std::uint8_t* lengths, std::size_t n, Rule rule) {
        count_.fill(0);
        for (std::size_t s = 0; s < n; ++s) ++count_[lengths[s]];
        count_[0] = 0;
        int left = 1;  // codes still free at the current length
        int used = 0;
        for (int bits = 1; bits <= max_code_bits; ++bits) {
            left = 2 * left - count_[static_cast<std::size_t>(bits)];
            used += count_[static_cast<std::size_t>(bits)];
            if (left < 0) return false;
        }
        if (left > 0 && !(rule == Rule::distance && (used == 0 || (used == 1 && count_[1] == 1)))) return false;
        std::uint32_t code = 0;
        std::uint16_t index = 0;
        for (int bits = 1; bits <= max_code_bits; ++bits) {
            const auto b = static_cast<std::size_t>(bits);
            code = (code + count_[b - 1]) << 1;
            first_code_[b] = code;
            first_index_[b] = index;
            index = static_cast<std::uint16_t>(index + count_[b]);
        }
        std::array<std::uint16_t, max_code_bits + 1> next = first_index_;
        for (std::size_t s = 0; s < n; ++s) {
            if (lengths[s] != 0) symbols_[next[lengths[s]]++] = static_cast<std::uint16_t>(s);
        }
        return true;
    }

    // The next symbol, or −1 when the input ends or the bits match no code (possible only for the
    // incomplete distance codes).
    int decode(BitReader& in) const {
        std::uint32_t code = 0;
        for (int bits = 1; bits <= max_code_bits; ++bits) {
            std::uint32_t bit = 0;
            if (!in.read(1, bit)) return -1;
            code = (code << 1) | bit;  // a Huffman code arrives most significant bit first
            const auto b = static_cast<std::size_t>(bits);
            const std::uint32_t offset = code - first_code_[b];  // wraps when below: rejected by the test
            if (offset < count_[b]) return symbols_[first_index_[b] + offset];
        }
        return -1;
    }

private:
    std::array<std::uint16_t, max_code_bits + 1> count_{};
    std::array<std::uint32_t, max_code_bits + 1> first_code_{};
    std::array<std::uint16_t, max_code_bits + 1> first_index_{};
    std::array<std::uint16_t, 288> symbols_{};
};

// [SECTION] Blocks

// Reads a dynamic block's header (§3.2.7) into the two decoders; false when it is malformed.
bool read_dynamic_header(BitReader& in, HuffmanDecoder& litlen, HuffmanDecoder& dist) {
    std::uint32_t hlit = 0;
    std::uint32_t hdist = 0;
    std::uint32_t hclen = 0;
    if (!in.read(5, hlit) || !in.read(5, hdist) || !in.read(4, hclen)) return false;
    hlit += 257;
    hdist += 1;
    hclen += 4;
    if (hlit > litlen_symbols || hdist > dist_symbols) return false;
    std::array<std::uint8_t, codelen_symbols> codelen_lengths{};
    for (std::uint32_t k = 0; k < hclen; ++k) {
        std::uint32_t length = 0;
        if (!in.read(3, length)) return false;
        codelen_lengths[codelen_order[k]] = static_cast<std::uint8_t>(length);
    }
    HuffmanDecoder codelen;
    if (!codelen.build(codelen_lengths.data(), codelen_lengths.size(), HuffmanDecoder::Rule::complete)) return false;

    std::array<std::uint8_t, litlen_symbols + dist_symbols> lengths{};
    const std::uint32_t total = hlit + hdist;
    std::uint32_t i = 0;
    while (i < total) {
        const int symbol = codelen.decode(in);
        if (symbol < 0) return false;
        if (symbol < 16) {
            lengths[i++] = static_cast<std::uint8_t>(symbol);
            continue;
        }
        std::uint8_t value = 0;
        std::uint32_t repeat = 0;
        if (symbol == 16) {
            if (i == 0) return false;  // nothing to repeat
            value = lengths[i - 1];
            if (!in.read(2, repeat)) return false;
            repeat += 3;
        } else if (symbol == 17) {
            if (!in.read(3, repeat)) return false;
            repeat += 3;
        } else {
            if (!in.read(7, repeat)) return false;
            repeat += 11;
        }
        if (repeat > total - i) return false;
        for (; repeat > 0; --repeat) lengths[i++] = value;
    }
    if (lengths[end_of_block] == 0) return false;  // the block could never end
    return litlen.build(lengths.data(), hlit, HuffmanDecoder::Rule::complete) &&
           dist.build(lengths.data() + hlit, hdist, HuffmanDecoder::Rule::distance);
}

// Decodes a Huffman block's symbols up to its end-of-block into `out`; false when malformed or too long.
bool inflate_block(BitReader& in, const HuffmanDecoder& litlen, const HuffmanDecoder& dist, std::string& out,
                   std::size_t max_output) {
    for (;;) {
        int symbol = litlen.decode(in);
        if (symbol < 0) return false;
        if (symbol < 256) {
            if (out.size() >= max_output) return false;
            out.push_back(static_cast<char>(symbol));
            continue;
        }
        if (symbol == end_of_block) return true;
        symbol -= 257;
        if (symbol >= 29) return false;  // 286 and 287 exist only in the fixed code and are invalid
        const auto lc = static_cast<std::size_t>(symbol);
        std::uint32_t extra = 0;
        if (!in.read(length_extra[lc], extra)) return false;
        const std::size_t length = length_base[lc] + extra;
        const int dc = dist.decode(in);
        if (dc < 0 || dc >= dist_symbols) return false;  // 30 and 31: likewise
        if (!in.read(dist_extra[static_cast<std::size_t>(dc)], extra)) return false;
        const std::size_t distance = dist_base[static_cast<std::size_t>(dc)] + extra;
        if (distance > out.size()) return false;
        if (length > max_output - out.size()) return false;
        // The match may overlap its own output (distance < length): copied in pieces of at most `distance`
        // bytes, each piece already written when it is read.
        for (std::size_t left = length; left > 0;) {
            const std::size_t piece = std::min(left, distance);
            out.append(out, out.size() - distance, piece);
            left -= piece;
        }
    }
}

}  // namespace

// [SECTION] Decompression

std::optional<std::string> inflate_raw(std::string_view stream, std::size_t max_output) {
    BitReader in(stream);
    std::string out;
    HuffmanDecoder litlen;
    HuffmanDecoder dist;
    HuffmanDecoder fixed_litlen;
    HuffmanDecoder fixed_dist;
    bool fixed_ready = false;
    bool final = false;
    while (!final) {
        std::uint32_t header = 0;
        if (!in.read(3, header)) return std::nullopt;
        final = (header & 1u) != 0;
        const std::uint32_t type = header >> 1;
        if (type == 0) {  // stored (§3.2.4)
            in.align();
            std::uint32_t len = 0;
            std::uint32_t nlen = 0;
            if (!in.read(16, len) || !in.read(16, nlen) || (len ^ 0xFFFFu) != nlen) return std::nullopt;
            if (len > max_output - out.size()) return std::nullopt;
            if (!in.copy_bytes(len, out)) return std::nullopt;
        } else if (type == 1) {  // fixed Huffman codes (§3.2.6)
            if (!fixed_ready) {
                const std::array<std::uint8_t, 288> lengths = fixed_litlen_lengths();
                std::array<std::uint8_t, 32> dist_lengths{};
                dist_lengths.fill(5);
                fixed_litlen.build(lengths.data(), lengths.size(), HuffmanDecoder::Rule::complete);
                fixed_dist.build(dist_lengths.data(), dist_lengths.size(), HuffmanDecoder::Rule::complete);
                fixed_ready = true;
            }
            if (!inflate_block(in, fixed_litlen, fixed_dist, out, max_output)) return std::nullopt;
        } else if (type == 2) {  // dynamic Huffman codes (§3.2.7)
            if (!read_dynamic_header(in, litlen, dist)) return std::nullopt;
            if (!inflate_block(in, litlen, dist, out, max_output)) return std::nullopt;
        } else {
            return std::nullopt;  // block type 11 is reserved
        }
    }
    // The final block ends inside the last byte (its remaining bits are padding, of any value): nothing may follow.
    if (!in.at_end()) return std::nullopt;
    return out;
}

}  // namespace dealsheet
