// Dealsheet core — the raw DEFLATE encoder (RFC 1951): deflate_raw() of deflate.hpp. The decoder is inflate.cpp.
//
// Index of this file
// [SECTION] Length and distance codes
// [SECTION] Length-limited Huffman codes
// [SECTION] Bit output
// [SECTION] LZ77 match finding
// [SECTION] Parsing
// [SECTION] Block encoding
// [SECTION] Compression
//
// Encoder outline: the input is cut into segments of at most 256 KiB, each one block (or a few stored ones).
// For every position of a segment the match finder lists the nearest match of each length it sees along the
// hash chain (matches may reach back into earlier segments). Several parses are tried — zlib-style lazy, then
// shortest-path parses priced with the code lengths of the previous parse (iterated while they gain), and one
// priced with the fixed code — and the block is written in whichever of stored, fixed or dynamic form is
// smallest, all sizes being exact. Every choice depends only on the input bytes (integer arithmetic, explicit
// tie-breaking, no addresses or unordered containers), so the output is the same on every platform.
#include "dealsheet/deflate.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "foundation/deflate_format.hpp"

namespace dealsheet {
namespace {

using namespace detail::deflate_format;

// [SECTION] Length and distance codes

// Match length (3–258) → index of its length code (symbol − 257).
constexpr std::array<std::uint8_t, max_match + 1> make_length_code() {
    std::array<std::uint8_t, max_match + 1> table{};
    int code = 0;
    for (int length = min_match; length <= max_match; ++length) {
        while (code + 1 < 29 && length_base[static_cast<std::size_t>(code + 1)] <= length) ++code;
        table[static_cast<std::size_t>(length)] = static_cast<std::uint8_t>(code);
    }
    return table;
}
constexpr std::array<std::uint8_t, max_match + 1> length_code = make_length_code();

// Match distance (1–32768) → its distance code.
int dist_code(std::size_t distance) {
    const auto it = std::upper_bound(dist_base.begin(), dist_base.end(), distance);
    return static_cast<int>(it - dist_base.begin()) - 1;
}

// [SECTION] Length-limited Huffman codes

constexpr std::size_t max_symbols = 288;  // the largest alphabet: the fixed literal/length code's

// Code lengths of at most `max_bits` minimising Σ freq × length over the symbols with freq > 0 (Huffman, or
// package-merge when the Huffman code is too deep), written to `lengths` (as long as `freq`, ≤ 288 symbols);
// unused symbols get 0, a lone used symbol gets 1. Ties go to the lower symbol number: deterministic. Works
// in fixed arrays (package-merge aside, which is rare): the encoder calls it a few dozen times per block.
void limited_code_lengths(std::span<const std::uint32_t> freq, int max_bits, std::span<std::uint8_t> lengths) {
    std::fill(lengths.begin(), lengths.end(), std::uint8_t{0});
    struct Item {
        std::uint64_t weight;
        int symbol;  // < 0: a package of two items of the level below
    };
    std::array<Item, max_symbols> leaf_items;
    std::size_t m = 0;  // leaves: the used symbols
    for (std::size_t s = 0; s < freq.size(); ++s) {
        if (freq[s] > 0) leaf_items[m++] = {freq[s], static_cast<int>(s)};
    }
    const std::span<Item> leaves(leaf_items.data(), m);
    if (m == 0) return;
    if (m == 1) {
        lengths[static_cast<std::size_t>(leaves[0].symbol)] = 1;
        return;
    }
    // By weight, then symbol: the leaves were listed by symbol, so this is the stable order by weight.
    std::sort(leaves.begin(), leaves.end(), [](const Item& a, const Item& b) {
        return a.weight != b.weight ? a.weight < b.weight : a.symbol < b.symbol;
    });

    // First an unlimited Huffman code (two queues over the sorted leaves, leaves first on equal weight); it is
    // optimal, so it is the answer whenever it fits in max_bits.
    {
        std::array<std::uint64_t, 2 * max_symbols - 1> weight{};
        std::array<std::size_t, 2 * max_symbols - 1> parent{};
        for (std::size_t k = 0; k < m; ++k) weight[k] = leaves[k].weight;
        std::size_t next_leaf = 0;
        std::size_t next_node = m;
        auto smallest = [&](std::size_t made) {
            if (next_leaf < m && (next_node >= made || weight[next_leaf] <= weight[next_node])) return next_leaf++;
            return next_node++;
        };
        for (std::size_t made = m; made < 2 * m - 1; ++made) {
            const std::size_t a = smallest(made);
            const std::size_t b = smallest(made);
            weight[made] = weight[a] + weight[b];
            parent[a] = made;
            parent[b] = made;
        }
        std::array<int, 2 * max_symbols - 1> depth{};
        bool fits = true;
        for (std::size_t k = 2 * m - 1; k-- > 0;) {
            if (k + 1 < 2 * m - 1) depth[k] = depth[parent[k]] + 1;  // parents come after their children
            if (k < m && depth[k] > max_bits) fits = false;
        }
        if (fits) {
            for (std::size_t k = 0; k < m; ++k) {
                lengths[static_cast<std::size_t>(leaves[k].symbol)] = static_cast<std::uint8_t>(depth[k]);
            }
            return;
        }
    }
    // Otherwise package-merge, which is optimal under the limit.
    // levels[j]: the leaves merged with the packages formed from adjacent pairs of levels[j − 1].
    std::vector<std::vector<Item>> levels(static_cast<std::size_t>(max_bits));
    levels[0].assign(leaves.begin(), leaves.end());
    for (std::size_t j = 1; j < levels.size(); ++j) {
        const std::vector<Item>& below = levels[j - 1];
        const std::size_t packages = below.size() / 2;
        std::vector<Item>& merged = levels[j];
        merged.reserve(m + packages);
        std::size_t a = 0;
        std::size_t b = 0;
        while (a < m || b < packages) {
            const std::uint64_t package_weight = b < packages ? below[2 * b].weight + below[2 * b + 1].weight : 0;
            if (b == packages || (a < m && leaves[a].weight <= package_weight)) {
                merged.push_back(leaves[a++]);
            } else {
                merged.push_back({package_weight, -1});
                ++b;
            }
        }
    }
    // The first 2n − 2 items of the top level are the chosen ones; each package chosen at level j selects
    // the first 2 × (number of packages) items of level j − 1. Every selected leaf adds one bit to its symbol.
    std::size_t take = 2 * m - 2;
    for (std::size_t j = levels.size(); j-- > 0;) {
        std::size_t packages = 0;
        for (std::size_t k = 0; k < take; ++k) {
            const Item& item = levels[j][k];
            if (item.symbol >= 0) {
                ++lengths[static_cast<std::size_t>(item.symbol)];
            } else {
                ++packages;
            }
        }
        take = 2 * packages;
    }
}

// Canonical codes (§3.2.2) for `lengths`, bit-reversed so they can be written least significant bit first,
// into `codes` (as long as `lengths`).
void canonical_codes(std::span<const std::uint8_t> lengths, std::span<std::uint16_t> codes) {
    std::array<std::uint16_t, max_code_bits + 1> count{};
    for (std::uint8_t length : lengths) ++count[length];
    count[0] = 0;
    std::array<std::uint32_t, max_code_bits + 2> next{};
    std::uint32_t code = 0;
    for (int bits = 1; bits <= max_code_bits; ++bits) {
        code = (code + count[static_cast<std::size_t>(bits - 1)]) << 1;
        next[static_cast<std::size_t>(bits)] = code;
    }
    for (std::size_t s = 0; s < lengths.size(); ++s) {
        const int bits = lengths[s];
        codes[s] = 0;
        if (bits == 0) continue;
        const std::uint32_t value = next[static_cast<std::size_t>(bits)]++;
        std::uint32_t reversed = 0;
        for (int k = 0; k < bits; ++k) reversed |= ((value >> k) & 1u) << (bits - 1 - k);
        codes[s] = static_cast<std::uint16_t>(reversed);
    }
}

// [SECTION] Bit output

class BitWriter {
public:
    // Appends the low `count` (≤ 16) bits of `value`, least significant first.
    void put(std::uint32_t value, int count) {
        buffer_ |= static_cast<std::uint64_t>(value) << filled_;
        filled_ += count;
        while (filled_ >= 8) {
            bytes_.push_back(static_cast<char>(buffer_ & 0xFFu));
            buffer_ >>= 8;
            filled_ -= 8;
        }
    }
    // Pads with zero bits to the next byte boundary.
    void align() {
        if (filled_ > 0) put(0, 8 - filled_);
    }
    void put_bytes(std::string_view bytes) { bytes_.append(bytes); }  // only when aligned
    std::uint64_t bit_position() const {
        return static_cast<std::uint64_t>(bytes_.size()) * 8 + static_cast<std::uint64_t>(filled_);
    }
    std::string finish() {
        align();
        return std::move(bytes_);
    }

private:
    std::string bytes_;
    std::uint64_t buffer_ = 0;
    int filled_ = 0;  // < 8 between calls
};

// [SECTION] LZ77 match finding

struct Match {
    std::uint16_t length;
    std::uint16_t distance;
};

// Hash chains over the whole input. find() must be called for every position in increasing order.
class MatchFinder {
public:
    explicit MatchFinder(std::string_view data)
            : data_(reinterpret_cast<const unsigned char*>(data.data())),
              size_(data.size()),
              max_chain_(
                  static_cast<int>(std::clamp<std::size_t>(chain_budget / std::max<std::size_t>(size_, 1), 32, 4096))),
              hash_bits_(std::clamp(static_cast<int>(std::bit_width(data.size())), 8, 15)),
              head_(std::size_t{1} << hash_bits_, none),
              prev_(data.size(), none) {}

    // Appends to `out` the matches at `pos` no longer than `limit`, in increasing length, each the nearest
    // one of its length met along the chain; then enters `pos` into the chains.
    void find(std::size_t pos, std::size_t limit, std::vector<Match>& out) {
        if (pos + min_match > size_) return;
        const std::size_t h = hash(pos);
        std::size_t best = min_match - 1;
        std::size_t candidate = head_[h];
        for (int steps = 0; candidate != none && steps < max_chain_; ++steps) {
            if (pos - candidate > window_size) break;
            if (limit > best && data_[candidate + best] == data_[pos + best]) {
                std::size_t length = 0;
                while (length < limit && data_[candidate + length] == data_[pos + length]) ++length;
                if (length > best) {
                    best = length;
                    out.push_back({static_cast<std::uint16_t>(length), static_cast<std::uint16_t>(pos - candidate)});
                    if (length >= limit) break;
                }
            }
            candidate = prev_[candidate];
        }
        prev_[pos] = head_[h];
        head_[h] = pos;
    }

    // Enters `pos` into the chains without searching.
    void skip(std::size_t pos) {
        if (pos + min_match > size_) return;
        const std::size_t h = hash(pos);
        prev_[pos] = head_[h];
        head_[h] = pos;
    }

private:
    static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    // Chain steps per position: 4,096 (zlib's level 9) up to 1 KiB of input, then fewer so that the whole
    // search stays within about 4 M steps (a 64 KiB input of few distinct bytes would otherwise take seconds).
    static constexpr std::size_t chain_budget = std::size_t{1} << 22;

    std::size_t hash(std::size_t pos) const {
        const std::uint32_t v = (static_cast<std::uint32_t>(data_[pos]) << 16) |
                                (static_cast<std::uint32_t>(data_[pos + 1]) << 8) | data_[pos + 2];
        return (v * 2654435761u) >> (32 - hash_bits_);  // a table about the input's size, 256 to 32,768 heads
    }

    const unsigned char* data_;
    std::size_t size_;
    int max_chain_;
    int hash_bits_;
    std::vector<std::size_t> head_;
    std::vector<std::size_t> prev_;
};

// [SECTION] Parsing

// One DEFLATE symbol: a literal byte (distance 0) or a match.
struct Symbol {
    std::uint16_t value;     // the byte, or the match length
    std::uint16_t distance;  // 0 for a literal
};

// The matches found at each position of a segment: matches[first[i] .. first[i + 1]) for offset i.
struct SegmentMatches {
    std::vector<Match> matches;
    std::vector<std::uint32_t> first;

    Match longest(std::size_t i) const {
        if (first[i] == first[i + 1]) return {0, 0};
        return matches[first[i + 1] - 1];
    }
};

// zlib-style lazy parse: take the longest match unless the next position has a longer one. A 3-byte match
// more than 4 KiB back is not worth it (its distance costs more than three literals, as a rule).
std::vector<Symbol> parse_lazy(std::string_view segment, const SegmentMatches& found) {
    auto usable = [&](std::size_t i) {
        Match m = found.longest(i);
        if (m.length == min_match && m.distance > 4096) m = {0, 0};
        return m;
    };
    std::vector<Symbol> symbols;
    std::size_t i = 0;
    while (i < segment.size()) {
        const Match here = usable(i);
        if (here.length >= min_match && (i + 1 >= segment.size() || usable(i + 1).length <= here.length)) {
            symbols.push_back({here.length, here.distance});
            i += here.length;
        } else {
            symbols.push_back({static_cast<unsigned char>(segment[i]), 0});
            ++i;
        }
    }
    return symbols;
}

// Bit prices of each symbol, for the shortest-path parse.
struct Prices {
    std::array<std::uint32_t, litlen_symbols> litlen{};
    std::array<std::uint32_t, dist_symbols> dist{};
};

// Frequencies of a parse, the end of block counted once; extra_bits totals the length and distance extra bits.
struct Stats {
    std::array<std::uint32_t, litlen_symbols> litlen{};
    std::array<std::uint32_t, dist_symbols> dist{};
    std::uint64_t extra_bits = 0;
};

Stats count_symbols(const std::vector<Symbol>& symbols) {
    Stats stats;
    for (const Symbol& s : symbols) {
        if (s.distance == 0) {
            ++stats.litlen[s.value];
            continue;
        }
        const int lc = length_code[s.value];
        const int dc = dist_code(s.distance);
        ++stats.litlen[static_cast<std::size_t>(257 + lc)];
        ++stats.dist[static_cast<std::size_t>(dc)];
        stats.extra_bits += length_extra[static_cast<std::size_t>(lc)] + dist_extra[static_cast<std::size_t>(dc)];
    }
    ++stats.litlen[end_of_block];
    return stats;
}

// Prices from the code lengths a parse with `stats` would get; a symbol it did not use costs one bit more
// than its longest code (a guess: using it reshapes the code).
Prices prices_from(const Stats& stats) {
    Prices prices;
    auto fill = [](std::span<const std::uint32_t> freq, auto& out) {
        std::array<std::uint8_t, max_symbols> all_lengths{};
        const std::span<std::uint8_t> lengths(all_lengths.data(), freq.size());
        limited_code_lengths(freq, max_code_bits, lengths);
        std::uint32_t longest = 1;
        for (std::uint8_t l : lengths) longest = std::max<std::uint32_t>(longest, l);
        for (std::size_t s = 0; s < out.size(); ++s) out[s] = lengths[s] != 0 ? lengths[s] : longest + 1;
    };
    fill(stats.litlen, prices.litlen);
    fill(stats.dist, prices.dist);
    return prices;
}

Prices fixed_prices() {
    Prices prices;
    const auto lengths = fixed_litlen_lengths();
    for (std::size_t s = 0; s < prices.litlen.size(); ++s) prices.litlen[s] = lengths[s];
    prices.dist.fill(5);
    return prices;
}

// The cheapest parse of the segment under `prices` (shortest path over positions; on equal cost the path
// found first, from the earlier position, stays).
std::vector<Symbol> parse_cheapest(std::string_view segment, const SegmentMatches& found, const Prices& prices) {
    const std::size_t n = segment.size();
    constexpr std::uint64_t unreached = std::numeric_limits<std::uint64_t>::max();
    std::vector<std::uint64_t> cost(n + 1, unreached);
    std::vector<Symbol> step(n + 1, Symbol{0, 0});  // the symbol that reaches each position
    std::array<std::uint32_t, max_match + 1> length_price{};
    for (int length = min_match; length <= max_match; ++length) {
        const int lc = length_code[static_cast<std::size_t>(length)];
        length_price[static_cast<std::size_t>(length)] =
            prices.litlen[static_cast<std::size_t>(257 + lc)] + length_extra[static_cast<std::size_t>(lc)];
    }
    cost[0] = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t here = cost[i];
        const unsigned char byte = static_cast<unsigned char>(segment[i]);
        if (here + prices.litlen[byte] < cost[i + 1]) {
            cost[i + 1] = here + prices.litlen[byte];
            step[i + 1] = {byte, 0};
        }
        std::size_t shorter = min_match - 1;
        for (std::uint32_t k = found.first[i]; k < found.first[i + 1]; ++k) {
            const Match m = found.matches[k];
            const int dc = dist_code(m.distance);
            const std::uint64_t base =
                here + prices.dist[static_cast<std::size_t>(dc)] + dist_extra[static_cast<std::size_t>(dc)];
            for (std::size_t length = shorter + 1; length <= m.length; ++length) {
                const std::uint64_t c = base + length_price[length];
                if (c < cost[i + length]) {
                    cost[i + length] = c;
                    step[i + length] = {static_cast<std::uint16_t>(length), m.distance};
                }
            }
            shorter = m.length;
        }
    }
    std::vector<Symbol> symbols;
    for (std::size_t at = n; at > 0;) {
        const Symbol s = step[at];
        symbols.push_back(s);
        at -= s.distance == 0 ? 1 : s.value;
    }
    std::reverse(symbols.begin(), symbols.end());
    return symbols;
}

// [SECTION] Block encoding

// A Huffman code ready for writing: lengths and codes by symbol (unused entries 0).
struct Code {
    std::array<std::uint8_t, max_symbols> lengths{};
    std::array<std::uint16_t, max_symbols> codes{};
};

// The code with these `lengths`.
Code make_code(std::span<const std::uint8_t> lengths) {
    Code code;
    std::copy(lengths.begin(), lengths.end(), code.lengths.begin());
    canonical_codes(lengths, std::span(code.codes.data(), lengths.size()));
    return code;
}

// Lengths for `freq` with at least two codes, so that every code we send is complete (as zlib does; some
// inflaters reject the incomplete one-code forms RFC 1951 allows).
void complete_lengths(std::span<const std::uint32_t> used_freq, int max_bits, std::span<std::uint8_t> lengths) {
    std::array<std::uint32_t, max_symbols> all_freq{};
    const std::span<std::uint32_t> freq(all_freq.data(), used_freq.size());
    std::copy(used_freq.begin(), used_freq.end(), freq.begin());
    int used = 0;
    for (std::uint32_t f : freq) used += f > 0 ? 1 : 0;
    for (std::size_t s = 0; s < freq.size() && used < 2; ++s) {
        if (freq[s] == 0) {
            freq[s] = 1;
            ++used;
        }
    }
    limited_code_lengths(freq, max_bits, lengths);
}

// A dynamic block's header: its two codes, and the run-length coded code lengths (the codes' values are
// filled in only for the header that is written).
struct DynamicHeader {
    Code litlen;
    Code dist;
    Code codelen;
    // Code-length symbols 0–18 (value) with their repeat extra (distance): at most one per length sent.
    std::array<Symbol, litlen_symbols + dist_symbols> tokens{};
    std::size_t token_count = 0;
    int hlit = 0;
    int hdist = 0;
    int hclen = 0;
    std::uint64_t bits = 0;  // the header's size after the 3 block-type bits
};

DynamicHeader make_header(const Stats& stats) {
    DynamicHeader h;
    complete_lengths(stats.litlen, max_code_bits, std::span(h.litlen.lengths.data(), litlen_symbols));
    complete_lengths(stats.dist, max_code_bits, std::span(h.dist.lengths.data(), dist_symbols));
    h.hlit = 257;
    for (int s = litlen_symbols; s > 257; --s) {
        if (h.litlen.lengths[static_cast<std::size_t>(s - 1)] != 0) {
            h.hlit = s;
            break;
        }
    }
    h.hdist = 1;
    for (int s = dist_symbols; s > 1; --s) {
        if (h.dist.lengths[static_cast<std::size_t>(s - 1)] != 0) {
            h.hdist = s;
            break;
        }
    }
    // One sequence of HLIT + HDIST lengths; runs may cross from one code to the other (§3.2.7).
    std::array<std::uint8_t, litlen_symbols + dist_symbols> all_lengths{};
    const auto after_litlen = std::copy_n(h.litlen.lengths.begin(), h.hlit, all_lengths.begin());
    std::copy_n(h.dist.lengths.begin(), h.hdist, after_litlen);
    const std::span<const std::uint8_t> all(all_lengths.data(), static_cast<std::size_t>(h.hlit + h.hdist));
    auto add = [&h](Symbol token) { h.tokens[h.token_count++] = token; };
    for (std::size_t i = 0; i < all.size();) {
        const std::uint8_t value = all[i];
        std::size_t run = 1;
        while (i + run < all.size() && all[i + run] == value) ++run;
        i += run;
        if (value == 0) {
            while (run >= 11) {
                const std::size_t r = std::min<std::size_t>(run, 138);
                add({18, static_cast<std::uint16_t>(r - 11)});
                run -= r;
            }
            if (run >= 3) {
                add({17, static_cast<std::uint16_t>(run - 3)});
                run = 0;
            }
        } else {
            add({value, 0});
            --run;
            while (run >= 3) {
                const std::size_t r = std::min<std::size_t>(run, 6);
                add({16, static_cast<std::uint16_t>(r - 3)});
                run -= r;
            }
        }
        for (; run > 0; --run) add({value, 0});
    }
    const std::span<const Symbol> tokens(h.tokens.data(), h.token_count);
    std::array<std::uint32_t, codelen_symbols> freq{};
    for (const Symbol& t : tokens) ++freq[t.value];
    complete_lengths(freq, max_codelen_bits, std::span(h.codelen.lengths.data(), codelen_symbols));
    h.hclen = 4;
    for (int k = codelen_symbols; k > 4; --k) {
        if (h.codelen.lengths[codelen_order[static_cast<std::size_t>(k - 1)]] != 0) {
            h.hclen = k;
            break;
        }
    }
    h.bits = 5 + 5 + 4 + 3 * static_cast<std::uint64_t>(h.hclen);
    for (const Symbol& t : tokens) {
        h.bits += h.codelen.lengths[t.value] + (t.value == 16 ? 2 : t.value == 17 ? 3 : t.value == 18 ? 7 : 0);
    }
    return h;
}

// Bits for the symbols of `stats` (end of block included) under the given code lengths.
std::uint64_t data_bits(const Stats& stats, std::span<const std::uint8_t> litlen, std::span<const std::uint8_t> dist) {
    std::uint64_t bits = stats.extra_bits;
    for (std::size_t s = 0; s < stats.litlen.size(); ++s) bits += std::uint64_t{stats.litlen[s]} * litlen[s];
    for (std::size_t s = 0; s < stats.dist.size(); ++s) bits += std::uint64_t{stats.dist[s]} * dist[s];
    return bits;
}

void write_symbols(BitWriter& out, const std::vector<Symbol>& symbols, const Code& litlen, const Code& dist) {
    for (const Symbol& s : symbols) {
        if (s.distance == 0) {
            out.put(litlen.codes[s.value], litlen.lengths[s.value]);
            continue;
        }
        const std::size_t lc = length_code[s.value];
        out.put(litlen.codes[257 + lc], litlen.lengths[257 + lc]);
        out.put(s.value - length_base[lc], length_extra[lc]);
        const auto dc = static_cast<std::size_t>(dist_code(s.distance));
        out.put(dist.codes[dc], dist.lengths[dc]);
        out.put(s.distance - dist_base[dc], dist_extra[dc]);
    }
    out.put(litlen.codes[end_of_block], litlen.lengths[end_of_block]);
}

// [SECTION] Compression

// Input bytes per block: one block for any share-link scenario (a block boundary costs a new header, and
// short JSON is uniform enough for one code); large inputs still get codes adapted to each part.
constexpr std::size_t segment_size = std::size_t{1} << 18;
constexpr std::size_t max_stored = 65535;  // bytes per stored block
constexpr int priced_rounds = 4;

// Compresses data[start, end) as one block (final or not), the match finder having seen data[0, start).
void compress_segment(std::string_view data, std::size_t start, std::size_t end, bool final, MatchFinder& finder,
                      BitWriter& out) {
    const std::string_view segment = data.substr(start, end - start);
    SegmentMatches found;
    found.first.reserve(segment.size() + 1);
    // Inside a match of the greatest length (258 bytes) no position is searched (as zlib's nice_length): long
    // runs would otherwise cost 258 comparisons and 256 path relaxations at every byte.
    std::size_t unsearched_until = start;
    for (std::size_t pos = start; pos < end; ++pos) {
        found.first.push_back(static_cast<std::uint32_t>(found.matches.size()));
        if (pos < unsearched_until) {
            finder.skip(pos);
            continue;
        }
        const std::size_t before = found.matches.size();
        finder.find(pos, std::min<std::size_t>(max_match, end - pos), found.matches);
        if (found.matches.size() > before && found.matches.back().length == max_match) {
            unsearched_until = pos + max_match;
        }
    }
    found.first.push_back(static_cast<std::uint32_t>(found.matches.size()));

    // Candidates: each parse is measured as a dynamic and as a fixed block; the smallest wins.
    static const std::array<std::uint8_t, 288> fixed_litlen = fixed_litlen_lengths();
    static const std::array<std::uint8_t, 32> fixed_dist = [] {
        std::array<std::uint8_t, 32> lengths{};
        lengths.fill(5);
        return lengths;
    }();
    enum class Kind { dynamic, fixed, stored };
    Kind best_kind = Kind::stored;
    std::uint64_t best_bits = std::numeric_limits<std::uint64_t>::max();
    std::vector<Symbol> best_symbols;
    auto consider = [&](const std::vector<Symbol>& symbols, const Stats& stats) {  // true when it is the best yet
        const DynamicHeader header = make_header(stats);
        const std::uint64_t dynamic = 3 + header.bits + data_bits(stats, header.litlen.lengths, header.dist.lengths);
        const std::uint64_t fixed = 3 + data_bits(stats, fixed_litlen, fixed_dist);
        if (dynamic >= best_bits && fixed >= best_bits) return false;
        best_kind = dynamic <= fixed ? Kind::dynamic : Kind::fixed;
        best_bits = std::min(dynamic, fixed);
        best_symbols = symbols;
        return true;
    };
    std::vector<Symbol> parse = parse_lazy(segment, found);
    Stats stats = count_symbols(parse);
    consider(parse, stats);
    for (int round = 0; round < priced_rounds; ++round) {  // until a round brings no gain
        parse = parse_cheapest(segment, found, prices_from(stats));
        stats = count_symbols(parse);
        if (!consider(parse, stats)) break;
    }
    parse = parse_cheapest(segment, found, fixed_prices());
    consider(parse, count_symbols(parse));

    // Stored blocks of up to 65,535 bytes: 3 bits, padding to a byte, LEN and NLEN, the bytes.
    const std::uint64_t pad = (8 - (out.bit_position() + 3) % 8) % 8;
    const std::uint64_t extra_blocks = segment.empty() ? 0 : (segment.size() - 1) / max_stored;
    const std::uint64_t stored = 3 + pad + 32 + extra_blocks * (3 + 5 + 32) + 8 * std::uint64_t{segment.size()};
    if (stored < best_bits) best_kind = Kind::stored;

    const std::uint32_t bfinal = final ? 1 : 0;
    if (best_kind == Kind::stored) {
        std::size_t at = 0;
        do {
            const std::size_t len = std::min(segment.size() - at, max_stored);
            const bool last = at + len == segment.size();
            out.put((last ? bfinal : 0u) | (0u << 1), 3);
            out.align();
            out.put(static_cast<std::uint32_t>(len), 16);
            out.put(~static_cast<std::uint32_t>(len) & 0xFFFFu, 16);
            out.put_bytes(segment.substr(at, len));
            at += len;
        } while (at < segment.size());
        return;
    }
    if (best_kind == Kind::fixed) {
        out.put(bfinal | (1u << 1), 3);
        const Code litlen = make_code(fixed_litlen);
        const Code dist = make_code(fixed_dist);
        write_symbols(out, best_symbols, litlen, dist);
        return;
    }
    DynamicHeader header = make_header(count_symbols(best_symbols));
    for (Code* code : {&header.litlen, &header.dist, &header.codelen}) canonical_codes(code->lengths, code->codes);
    out.put(bfinal | (2u << 1), 3);
    out.put(static_cast<std::uint32_t>(header.hlit - 257), 5);
    out.put(static_cast<std::uint32_t>(header.hdist - 1), 5);
    out.put(static_cast<std::uint32_t>(header.hclen - 4), 4);
    for (int k = 0; k < header.hclen; ++k) {
        out.put(header.codelen.lengths[codelen_order[static_cast<std::size_t>(k)]], 3);
    }
    for (const Symbol& t : std::span(header.tokens.data(), header.token_count)) {
        out.put(header.codelen.codes[t.value], header.codelen.lengths[t.value]);
        if (t.value == 16) out.put(t.distance, 2);
        if (t.value == 17) out.put(t.distance, 3);
        if (t.value == 18) out.put(t.distance, 7);
    }
    write_symbols(out, best_symbols, header.litlen, header.dist);
}

}  // namespace

std::string deflate_raw(std::string_view bytes) {
    BitWriter out;
    MatchFinder finder(bytes);
    std::size_t start = 0;
    do {
        const std::size_t end = std::min(bytes.size(), start + segment_size);
        compress_segment(bytes, start, end, end == bytes.size(), finder, out);
        start = end;
    } while (start < bytes.size());
    return out.finish();
}

}  // namespace dealsheet
