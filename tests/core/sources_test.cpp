// Tests for dealsheet/sources.hpp: the Sources page lists every assumption with its source in plain words, links the
// primary documents, and escapes every text.
#include <catch2/catch.hpp>

#include <string>

#include "dealsheet/sources.hpp"

using namespace dealsheet;

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("evidence grades in words", "[sources]") {
    CHECK(evidence_words("[P]") == "primary document");
    CHECK(evidence_words("[C][S]") == "community knowledge and trade press");
    CHECK(evidence_words("[S][D]") == "trade press and worked out by Dealsheet");
    CHECK(evidence_words("") == "");
}

TEST_CASE("sources without references to the research notes", "[sources]") {
    CHECK(plain_source("Duetti 2024 music economics report (domain notes section 2.1)") ==
          "Duetti 2024 music economics report");
    CHECK(plain_source("Phonorecords IV, 87 FR 80448, standalone portable subscription; domain notes 5.2") ==
          "Phonorecords IV, 87 FR 80448, standalone portable subscription");
    CHECK(plain_source("Domain notes section 3: label recoups costs from gross") == "Label recoups costs from gross");
    CHECK(plain_source("Domain notes section 6") == "Dealsheet's research notes");
    CHECK(plain_source("Deal types per domain notes 5.4; default fee 15%") == "Deal types; default fee 15%");
    CHECK(plain_source("Out of scope of this model (domain notes sections 2, 8)") == "Out of scope of this model");
    CHECK(plain_source("Entered by you. Domain notes section 4: a point is 1%") == "Entered by you. A point is 1%");
    CHECK(plain_source("a point is 1% of the royalty base [S]; conventions per Passman [C][S]") ==
          "A point is 1% of the royalty base; conventions per Passman");
    CHECK(plain_source("") == "");
    CHECK(plain_source("Entered by you") == "Entered by you");
    CHECK(plain_source("37 CFR \xC2\xA7"
                       "385.21") == "37 CFR section 385.21");
}

TEST_CASE("primary documents are linked", "[sources]") {
    CHECK(source_link("Phonorecords IV, 87 FR 80448 (2022-12-30)") ==
          "https://www.federalregister.gov/citation/87-FR-80448");
    CHECK(source_link("Spotify Loud & Clear 2024") == "https://loudandclear.byspotify.com/");
    CHECK(source_link("Billboard") == "");
}

TEST_CASE("the Sources page lists every assumption, escaped, in plain words", "[sources]") {
    const Assumptions rows = all_assumptions();
    REQUIRE(rows.size() > 20);
    CHECK(rows.front().name == "US songwriting rate for on-demand streaming, 2017");
    for (const Assumption& row : rows) {
        INFO(row.name);
        CHECK_FALSE(row.source.empty());
        CHECK_FALSE(row.source.starts_with("Entered by you"));
    }
    const std::string html = sources_html();
    CHECK(html.starts_with("<!doctype html>"));
    CHECK(contains(html,
                   "<h2>US songwriting rate for on-demand streaming, 2025</h2>\n<p>15.25% of service revenue "
                   "(Phonorecords IV)</p>"));
    CHECK(contains(
        html,
        "<a href=\"https://www.federalregister.gov/citation/87-FR-80448\" rel=\"noopener\">Primary document</a>"));
    CHECK(contains(html, "Spotify Loud &amp; Clear"));
    CHECK_FALSE(contains(html, "Loud & Clear"));
    CHECK_FALSE(contains(html, "<script"));
    for (const char* insider : {"domain notes", "Domain notes", "[C]", "[S]", "[P]", "\xC2\xA7"}) {
        INFO(insider);
        CHECK_FALSE(contains(html, insider));
    }
    const std::string markdown = sources_markdown();
    CHECK(markdown.starts_with("# Sources\n"));
    CHECK(contains(markdown, "Evidence: primary document"));
    CHECK_FALSE(contains(markdown, "domain notes"));
}
