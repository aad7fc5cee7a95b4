// Dealsheet core — the "Sources" page: every rate and default the core uses, with its source, how solid the
// evidence is, its date and the primary document, in plain words (written into the site as sources.html).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dealsheet/assumption.hpp"
#include "dealsheet/scenario.hpp"

namespace dealsheet {

// Every assumption the core can show, once each: the statutory headline rate of every year, then the rows of the
// bundled presets' results (and the opening scenario's), in first-seen order; values entered by a user are left out.
Assumptions all_assumptions();

// Every assumption list of one result, in page order: publishing (quick estimate, then the chosen method), the
// master side (streams, pool, deal, answers, splits), then the comparison; lists the result lacks are left out.
std::vector<const Assumptions*> assumption_lists(const ScenarioResult& result);

// An evidence grade in words: "[P]" → "primary document", "[C][S]" → "community knowledge and trade press";
// "" → "" (a value with no grade).
std::string evidence_words(std::string_view tag);

// A source as a reader should see it: references to the project's research notes ("(domain notes section 2.1)",
// "; domain notes 5.2") and inline evidence grades ("[S]") removed, '§' written as "section"; "Dealsheet's research notes" when nothing else is left
// of a reference; "" stays "".
std::string plain_source(std::string_view source);

// The address of the primary document a source cites (the Federal Register, eCFR, Spotify Loud & Clear, the UK
// CMA study), or "" when none is known.
std::string source_link(std::string_view source);

// The Sources page as a complete HTML document (UTF-8, no scripts, phone-first): one entry per assumption with its
// value, source, evidence in words, as-of date and a link to the primary document. Every text is HTML-escaped.
std::string sources_html();

// The same as Markdown (for the wiki and the README): user-visible text escaped with escape_markdown.
std::string sources_markdown();

}  // namespace dealsheet
