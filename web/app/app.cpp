// Index of this file
// [SECTION] Scenario state
// [SECTION] Frame
// [SECTION] Panels
#include "app.hpp"

#include <imgui.h>

#include <cstdint>

#include "dealsheet/link.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/scenario_json.hpp"
#include "dealsheet/statutory.hpp"
#include "theme.hpp"

namespace dealsheet::app {

// [SECTION] Scenario state

App::App(HostCallbacks host) : host_(std::move(host)) { set_scenario(Scenario{}, Origin::start); }

bool App::open_fragment(const std::string& fragment) {
    Result<Scenario> decoded = decode_link(fragment);
    if (!decoded.ok()) {
        std::string message = "This link could not be opened. ";
        for (const Problem& problem : decoded.problems())
            message += (problem.field == "link" ? "The link " : problem.field + " ") + problem.message + ". ";
        message += showing_defaults_ ? "Showing the default scenario instead." : "The scenario on screen is unchanged.";
        set_notice(std::move(message));
        return false;
    }
    set_notice("");
    set_scenario(decoded.value(), Origin::link);
    return true;
}

void App::set_scenario(const Scenario& scenario, Origin origin) {
    Result<ScenarioResult> calculated = calculate(scenario);
    if (!calculated.ok()) {  // unreachable for decoded or validated input; keep the last good state
        editing_problems_ = calculated.problems();
        return;
    }
    scenario_ = scenario;
    showing_defaults_ = origin == Origin::start;
    editing_ = scenario;
    editing_problems_.clear();
    result_ = calculated.value();
    fragment_ = encode_link(scenario_);
    if (origin == Origin::start) return;
    announce_result();
    if (origin == Origin::edit && host_.link_changed) host_.link_changed(fragment_);
}

void App::announce_result() const {
    if (host_.result_changed) host_.result_changed(summarize(scenario_, result_));
}

void App::set_notice(std::string message) {
    if (message == notice_) return;
    notice_ = std::move(message);
    if (host_.notice_changed) host_.notice_changed(notice_);
}

std::string App::result_json() const { return result_to_json(result_); }

std::array<float, 4> App::widget_rect(const std::string& name) const {
    const auto it = widget_rects_.find(name);
    return it == widget_rects_.end() ? std::array<float, 4>{} : it->second;
}

void App::remember_item(const char* name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    widget_rects_[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

// [SECTION] Frame

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Dealsheet", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);

    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Dealsheet");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("publishing quick estimate");
    ImGui::Separator();

    if (!notice_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
        ImGui::TextWrapped("%s", notice_.c_str());
        ImGui::PopStyleColor();
        if (ImGui::SmallButton("Dismiss")) set_notice("");
        ImGui::Separator();
    }

    draw_long_link_offer();
    draw_inputs();
    ImGui::Spacing();
    draw_result();
    ImGui::Spacing();
    draw_assumptions();
    ImGui::End();
}

// [SECTION] Panels

namespace {

// Narrow displays (phones, small embeds) stack each label above a full-width field.
bool narrow_layout() { return ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 34.0f; }

// Places the label before a field (narrow: above it, full width; wide: after it, fixed width) and returns
// the hidden ImGui id to give the field.
std::string begin_field(const char* label, bool narrow) {
    if (narrow) {
        ImGui::TextUnformatted(label);
        ImGui::SetNextItemWidth(-1.0f);
        return std::string("##") + label;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    return label;
}

}  // namespace

void App::draw_inputs() {
    const bool narrow = narrow_layout();
    bool edited = false;

    const std::int64_t step = 100'000, fast_step = 1'000'000;
    edited |= ImGui::InputScalar(begin_field("Streams (US on-demand)", narrow).c_str(), ImGuiDataType_S64,
                                 &editing_.publishing_quick.streams, &step, &fast_step, "%lld");
    remember_item("streams");

    edited |= ImGui::SliderInt(begin_field("Rate year", narrow).c_str(), &editing_.publishing_quick.year,
                               first_statutory_year, last_statutory_year, "%d", ImGuiSliderFlags_AlwaysClamp);
    remember_item("year");

    const double revenue_step = 0.0001;
    edited |= ImGui::InputDouble(begin_field("Service revenue per stream ($)", narrow).c_str(),
                                 &editing_.publishing_quick.revenue_per_stream, revenue_step, revenue_step * 10, "%.7f");
    remember_item("revenue");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Implied by Billboard's published figures ($0.0091379); not a published rate.");
    if (ImGui::SmallButton("Use Billboard's implied revenue per stream")) {
        editing_.publishing_quick.revenue_per_stream = billboard_implied_revenue_per_stream;
        edited = true;
    }

    if (edited) {
        editing_problems_ = validate(editing_);
        if (editing_problems_.empty()) set_scenario(editing_, Origin::edit);
    }
    for (const Problem& problem : editing_problems_) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
        ImGui::TextWrapped("%s: %s (the result below is for the last valid value)", problem.field.c_str(),
                           problem.message.c_str());
        ImGui::PopStyleColor();
    }
}

void App::draw_result() {
    const QuickEstimate& quick = result_.publishing_quick;
    ImGui::TextDisabled("Publishing royalties, performance + mechanical");
    const std::string total = format_usd(quick.publishing_total);
    ImGui::PushFont(theme::large_font());
    ImGui::TextUnformatted(total.c_str());
    ImGui::PopFont();
    const std::string line = format_count(scenario_.publishing_quick.streams) + " streams \u00d7 " +
                             format_percent(quick.rate.rate_ppm) + " (" + quick.rate.proceeding + ", " +
                             std::to_string(quick.rate.year) + ") of " + format_usd(quick.service_revenue) +
                             " service revenue";
    ImGui::TextWrapped("%s", line.c_str());
}

void App::draw_long_link_offer() {
    const size_t length = fragment_.size();
    if (length <= long_link_chars) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
    ImGui::TextWrapped("This scenario's link is %zu characters long: too long to paste into most chats "
                       "(Discord stops at 2,000). Share it as a file instead.", length);
    ImGui::PopStyleColor();
    if (ImGui::Button("Download scenario JSON") && host_.save_file)
        host_.save_file("dealsheet-scenario.json", scenario_to_json(scenario_, false, 2) + "\n");
    remember_item("download_json");
    ImGui::Separator();
}

void App::draw_assumptions() {
    ImGui::TextDisabled("Assumptions and sources");
    const Assumptions& assumptions = result_.publishing_quick.assumptions;
    if (narrow_layout()) {  // one entry per assumption, stacked
        for (const Assumption& a : assumptions) {
            ImGui::Separator();
            ImGui::TextWrapped("%s: %s", a.name.c_str(), a.value.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
            ImGui::TextWrapped("%s %s%s%s", a.source.c_str(), a.tag.c_str(), a.as_of.empty() ? "" : ", as of ",
                               a.as_of.c_str());
            ImGui::PopStyleColor();
        }
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("assumptions", 4, flags)) return;
    ImGui::TableSetupColumn("Assumption", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn("As of", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    for (const Assumption& a : assumptions) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.value.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s %s", a.source.c_str(), a.tag.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.as_of.empty() ? "-" : a.as_of.c_str());
    }
    ImGui::EndTable();
}

}  // namespace dealsheet::app
