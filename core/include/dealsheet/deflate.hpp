// Dealsheet core — raw DEFLATE (RFC 1951: no zlib or gzip wrapper, no checksum) for share links.
//
// Index of this file
// [SECTION] Compression
// [SECTION] Decompression
//
// Our own implementation (no zlib): the encoder is LZ77 over a 32 KiB window (hash chains, then a few rounds
// of cost-driven parsing) with per-block choice of the smallest of a stored, fixed-Huffman or dynamic-Huffman
// block. Streams interoperate with standard raw inflaters and deflaters (zlib windowBits −15, the browsers'
// CompressionStream("deflate-raw")). The encoder is core/src/foundation/deflate_encode.cpp; the decoder, core/src/foundation/inflate.cpp,
// reads untrusted links and stands alone for review (it shares only the format's tables, deflate_format.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dealsheet {

// [SECTION] Compression

// A valid raw DEFLATE stream of `bytes`; deterministic: the same bytes give the same stream on every platform.
std::string deflate_raw(std::string_view bytes);

// [SECTION] Decompression

// The bytes `stream` decodes to, or nullopt when it is malformed in any way (bad block type, over-subscribed
// or incomplete Huffman code other than RFC 1951's single distance code, distance before the start, stored
// LEN/NLEN mismatch, truncation, any byte after the one holding the final block's last bit) or would produce
// more than `max_output` bytes (checked before each write). Never throws; work is linear in input + output.
std::optional<std::string> inflate_raw(std::string_view stream, std::size_t max_output);

}  // namespace dealsheet
