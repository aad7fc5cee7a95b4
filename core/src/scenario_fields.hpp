// Internal: the field descriptions of every terms struct (fields.hpp explains the form). The JSON names
// are the scenario format (docs/scenario-format.md); the short keys are the link format's, frozen once
// released: never rename or reuse one.
#pragma once

#include "dealsheet/scenario.hpp"
#include "fields.hpp"

namespace dealsheet {

template <class V>
void describe(V& v, QuickEstimateTerms& t) {
    v.field("streams", "s", t.streams);
    v.field("year", "y", t.year);
    v.field("revenue_per_stream", "r", t.revenue_per_stream);
}

template <class V>
void describe(V& v, Scenario& s) {
    v.field("title", "t", s.title);
    v.group("publishing", "p", [&](auto& publishing) { publishing.object("quick", "q", s.publishing_quick); });
}

}  // namespace dealsheet
