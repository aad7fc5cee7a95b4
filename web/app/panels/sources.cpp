// Dealsheet web app — the "Sources" panel of More detail: every rate the results used, with its source and date.
// Its inputs edit State::editing(); its results read State::result().
#include "dealsheet/sources.hpp"
#include "panel_kit.hpp"

namespace dealsheet::app {

using namespace panel_kit;

namespace {
// "Phonorecords IV, 87 FR 80448 (primary document)": the source in a reader's words, and how solid it is.
std::string source_words(const Assumption& a) {
    const std::string evidence = evidence_words(a.tag);
    return plain_source(a.source) + (evidence.empty() ? std::string() : " (" + evidence + ")");
}
}  // namespace

void App::draw_sources_panel() {
    const Assumptions& unique = state_.derived().assumptions;
    ui::wrapped("Every rate and default behind the numbers, with its source, how solid the evidence is, and its date.");
    ui::wrapped(
        "Not modelled: territories outside the US statutory system, neighbouring rights and "
        "SoundExchange, sync fees, tax. Estimates, not legal or financial advice.");
    if (ui::narrow()) {
        ImGui::Dummy(ImVec2(1, 1));
        remember_item("sources_table");
        for (const Assumption& a : unique) {
            ImGui::Separator();
            ui::wrapped("%s: %s", a.name.c_str(), a.value.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, theme::muted());
            ui::wrapped("%s%s%s", source_words(a).c_str(), a.as_of.empty() ? "" : ", as of ", a.as_of.c_str());
            ImGui::PopStyleColor();
        }
        return;
    }
    ImGui::Dummy(ImVec2(1, 1));
    remember_item("sources_table");
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("assumptions", 4, flags)) return;
    ImGui::TableSetupColumn("Assumption", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn("As of", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    for (const Assumption& a : unique) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::wrapped("%s", a.name.c_str());
        ImGui::TableNextColumn();
        ui::wrapped("%s", a.value.c_str());
        ImGui::TableNextColumn();
        ui::wrapped("%s", source_words(a).c_str());
        ImGui::TableNextColumn();
        ui::wrapped("%s", a.as_of.empty() ? "-" : a.as_of.c_str());
    }
    ImGui::EndTable();
}

}  // namespace dealsheet::app
