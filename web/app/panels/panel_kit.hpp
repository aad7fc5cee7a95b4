// The panels' shared drawing kit (web/app/panels/*.cpp): the inputs-beside-results layout, list rows that
// add above and remove with an undo notice, small tables, and the labels of the enums the panels offer.
#pragma once

#include <imgui.h>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>
#include "../app.hpp"
#include "../charts.hpp"
#include "../theme.hpp"
#include "../widgets.hpp"
#include "dealsheet/offers.hpp"
#include "dealsheet/share.hpp"
#include "dealsheet/statutory.hpp"

namespace dealsheet::app::panel_kit {

// The inputs, disabled when `read_only` (read-only embeds); the results stay live, since tooltips need hover.
inline void draw_inputs(bool read_only, const std::function<void()>& inputs) {
    ImGui::BeginDisabled(read_only);
    inputs();
    ImGui::EndDisabled();
}

// Inputs and results side by side when there is room for both (≥ 56 em), else one after the other.
inline void two_columns(const char* id, bool read_only, const std::function<void()>& inputs,
                        const std::function<void()>& results) {
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 56.0f) {
        draw_inputs(read_only, inputs);
        ImGui::Separator();
        results();
        return;
    }
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_inputs(read_only, inputs);
    ImGui::TableNextColumn();
    results();
    ImGui::EndTable();
}

inline std::string at(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

// What the row at `path` ("publishing.writers[2]") is called in the removal notice: its own name, else a
// plain word for the row ("a cost"). Never the path: the notice is read by people, not by the app.
inline std::string removal_name(const Scenario& scenario, const std::string& path) {
    const std::size_t open = path.rfind('[');
    const std::string list = path.substr(0, open);
    const std::size_t i = open == std::string::npos ? 0 : static_cast<std::size_t>(std::atoi(path.c_str() + open + 1));
    auto named = [i](const auto& rows, const char* otherwise) {
        return i < rows.size() && !rows[i].name.empty() ? rows[i].name : std::string(otherwise);
    };
    if (list == "publishing.writers") return named(scenario.publishing.writers, "a co-writer");
    if (list == "recording.points") return named(scenario.release.recording.points, "a points party");
    if (list == "splits.collaborators") return named(scenario.release.splits.collaborators, "a collaborator");
    if (list == "compare.offers") return named(scenario.compare.offers, "an offer");
    if (list == "accounts.others") return named(scenario.release.other_accounts, "an account");
    if (list == "recording.costs") return "a recoupable cost";
    if (list == "streaming.platforms") return "platform " + std::to_string(i + 1);
    return "a fee check";
}

// A row's Remove button (beside the row, never where "Add" was). Pressed: the row goes as one undo step, with
// `after_erase(i)` when what points at rows by index must follow, a short-lived notice offers to undo it, and
// true is returned: the caller stops drawing the list this frame (its ImGui id scope, pushed for the row, is
// popped here).
template <class Row>
inline bool remove_row(App& app, std::vector<Row>& rows, std::size_t i, const std::string& path,
                       const std::function<void(std::size_t)>& after_erase = nullptr) {
    if (!ui::remove_button(app, path)) return false;
    const std::string removed_name = removal_name(app.state().editing(), path);
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
    if (after_erase) after_erase(i);
    ImGui::PopID();
    app.state().commit_edit();
    app.state().removed(removed_name);
    return true;
}

// A list's "Add" button, drawn above its rows so it stays in one place as rows come and go (a row's Remove
// never lands under the finger that added it); disabled once the list is full.
inline bool add_button(App& app, const char* label, const char* name, std::size_t size, std::size_t max) {
    ImGui::BeginDisabled(size >= max);
    const bool pressed = ui::button(app, label, name);
    ImGui::EndDisabled();
    return pressed;
}

// The names a list's rows have, for a new row's unique default name.
template <class Row>
std::vector<std::string> names_of(const std::vector<Row>& rows) {
    std::vector<std::string> names;
    for (const Row& row : rows) names.push_back(row.name);
    return names;
}

inline std::string streams_text(const std::optional<std::int64_t>& streams) {
    return streams ? format_count(*streams) + " streams" : std::string("never");
}

// A simple table of rows of text; the first row is the header.
inline void text_table(const char* id, const std::vector<std::vector<std::string>>& rows) {
    if (rows.empty()) return;
    const int columns = static_cast<int>(rows.front().size());
    if (!ImGui::BeginTable(id, columns,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    for (const std::string& header : rows.front()) ImGui::TableSetupColumn(header.c_str());
    ImGui::TableHeadersRow();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        ImGui::TableNextRow();
        for (const std::string& cell : rows[r]) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", cell.c_str());
        }
    }
    ImGui::EndTable();
}

inline constexpr std::array<const char*, 5> platform_labels{"Spotify", "YouTube", "Apple Music", "Amazon Music",
                                                            "Blended"};
inline constexpr std::array<const char*, 3> shape_labels{"Total", "Decaying monthly", "Month by month"};
inline constexpr std::array<const char*, 2> model_labels{"Per-stream payouts", "Subscription pool"};
inline constexpr std::array<const char*, 2> pool_method_labels{"Pro-rata", "User-centric"};
inline constexpr std::array<const char*, 2> route_labels{"Label deal", "Self-released (distributor)"};
inline constexpr std::array<const char*, 3> deal_type_labels{"Royalty", "Net profit", "Distribution"};
inline constexpr std::array<const char*, 6> cost_labels{"Advance",      "Recording", "Video", "Independent promotion",
                                                        "Tour support", "Other"};
inline constexpr std::array<const char*, 3> role_labels{"Producer", "Mixer", "Engineer"};
inline constexpr std::array<const char*, 3> convention_labels{"Record one", "Retroactive, combined rate",
                                                              "Retroactive, net rate"};
inline constexpr std::array<const char*, 2> method_labels{"Quick (headline rate)", "Full \u00a7115 calculation"};
inline constexpr std::array<const char*, 4> publishing_deal_labels{"Self-published", "Standard", "Co-publishing",
                                                                   "Administration"};
// OfferingType, in its order (37 CFR 385.21).
inline constexpr std::array<const char*, 10> offering_type_labels{"Subscription, streams only, not portable",
                                                                  "Subscription, streams and downloads, not portable",
                                                                  "Subscription on phones too (standalone)",
                                                                  "Subscription bundled with more (e.g. audiobooks)",
                                                                  "Bundle whose music part is a limited offering",
                                                                  "Music bundled with a phone or other service",
                                                                  "Limited catalogue or genre",
                                                                  "Paid locker",
                                                                  "Locker of purchased music",
                                                                  "Free, with ads"};
inline constexpr std::array<const char*, 2> party_advance_labels{"Charged to the artist's account",
                                                                 "Paid by the label"};
inline constexpr std::array<const char*, 2> profit_points_labels{"Out of the artist's share",
                                                                 "Off the top, before the split"};
inline constexpr std::array<const char*, 2> recoup_order_labels{"One after another, in list order",
                                                                "All at once, in proportion"};
inline constexpr std::array<const char*, 4> distributor_labels{"DistroKid", "CD Baby", "TuneCore", "Custom"};

template <typename Enum, std::size_t N>
inline bool enum_choice(App& app, const char* label, const std::string& path, Enum* value,
                        const std::array<const char*, N>& names) {
    int index = static_cast<int>(*value);
    if (!ui::choice(app, label, path, &index, names)) return false;
    *value = static_cast<Enum>(index);
    return true;
}

}  // namespace dealsheet::app::panel_kit
