// Tests for dealsheet/base64url.hpp: RFC 4648 §10 test vectors (base64url alphabet, no padding) [P].
#include <catch2/catch.hpp>

#include "dealsheet/base64url.hpp"

using namespace dealsheet;

TEST_CASE("RFC 4648 section 10 vectors round-trip", "[base64url]") {
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},          {"foo", "Zm9v"},
        {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [plain, encoded] : vectors) {
        CHECK(base64url_encode(plain) == encoded);
        REQUIRE(base64url_decode(encoded).has_value());
        CHECK(*base64url_decode(encoded) == plain);
    }
    // The two characters that differ from standard base64: 0xFB 0xFF → "-_8" (standard "+/8=").
    CHECK(base64url_encode("\xFB\xFF") == "-_8");
    CHECK(*base64url_decode("-_8") == "\xFB\xFF");
}

TEST_CASE("decoding refuses anything but canonical base64url", "[base64url]") {
    CHECK_FALSE(base64url_decode("Zm9v=").has_value());  // padding
    CHECK_FALSE(base64url_decode("Zm+v").has_value());   // standard alphabet
    CHECK_FALSE(base64url_decode("Zm9 v").has_value());  // space
    CHECK_FALSE(base64url_decode("Z").has_value());      // impossible length
    CHECK_FALSE(base64url_decode("Zh").has_value());     // non-zero trailing bits ("Zg" is canonical)
    CHECK_FALSE(base64url_decode(std::string("Zg\0A", 4)).has_value());
}
