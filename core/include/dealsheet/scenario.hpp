// Dealsheet core — the scenario: the terms of a deal, as the user set them.
//
// The scenario is what a link or a JSON file carries; calculators read it, never change it. Its JSON form
// and versions are in scenario_json.hpp, its link form in link.hpp.
#pragma once

#include <string>

#include <optional>

#include "dealsheet/offers.hpp"
#include "dealsheet/publishing.hpp"
#include "dealsheet/publishing_estimate.hpp"
#include "dealsheet/release.hpp"
#include "dealsheet/result.hpp"

namespace dealsheet {

// Version of the scenario format this build writes. Changing a field's meaning or a default is a new
// version with a migration from the previous one (scenario_json.cpp): old links open forever.
inline constexpr int scenario_format_version = 2;

// Everything a user can set. A default-constructed Scenario is the app's opening scenario.
inline constexpr size_t max_title_bytes = 200;  // a scenario's title, in UTF-8 bytes

struct Scenario {
    std::string title;                    // the user's name for it ("3 points or a bigger fee?"); may be empty
    QuickEstimateTerms publishing_quick;  // publishing quick estimate (domain notes §5.3): "publishing.quick"
    PublishingTerms publishing;           // method, full §115 offering, commissions, co-writers: "publishing.*"
    ReleaseTerms release;                 // master side: "streaming", "route", "recording", "answers", "splits"
    CompareTerms compare;                 // offers side by side, weighed by outcomes: "compare" (offers.hpp)
    bool operator==(const Scenario&) const = default;
};

// The scenario a user starts from in `current_year` (the app's and CLI's "new scenario"): the defaults, with
// every rate year set to `current_year`. Setting "this year" is this explicit act, never a default: a link
// opens at the year it was made with. A year past the statutory table needs a rate the user supplies.
Scenario new_scenario(int current_year);

// Every problem with the scenario's terms, each naming its field path; empty when the scenario is valid.
Problems validate(const Scenario& scenario);

// What the calculators make of a scenario.
struct ScenarioResult {
    QuickEstimate publishing_quick;  // publishing quick estimate (always: also the headline of the page)
    PublishingResult publishing;     // the chosen publishing method, split among writers and publishers
    std::vector<YearEstimate>
        publishing_by_year;  // the quick estimate for every statutory year (2017–2027); empty with a rate of the user's
    ReleaseResult release;                 // the master side: revenue, then the label deal or the splits
    std::optional<Comparison> comparison;  // label deal with compare.offers: the offers compared (offers.hpp)
};

// All results for a valid scenario, or every problem that makes it impossible.
Result<ScenarioResult> calculate(const Scenario& scenario);

// The result in one plain-text paragraph (DOM mirror for screen readers, CLI, chat summaries).
std::string summarize(const Scenario& scenario, const ScenarioResult& result);

}  // namespace dealsheet
