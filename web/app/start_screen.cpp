// Dealsheet web app — the start screen: the six questions people come with, in their words; each opens its
// short view (question_view.cpp), "Every panel" opens the full calculator, and the statement entry the page's
// statement view.
#include <imgui.h>

#include <string>
#include <string_view>

#include "app.hpp"
#include "dealsheet/version.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

void App::draw_start_screen() {
    ImGui::Spacing();
    ImGui::PushFont(theme::large_font());
    ui::wrapped("What do you want to know?");
    ImGui::PopFont();
    ui::note("Pick a question. It opens with example numbers: change the two or three that decide the answer.");
    ImGui::Spacing();
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x * 1.5f,
                                                           std::max(ImGui::GetStyle().FramePadding.y, theme::px(14))));
    for (const QuestionName& row : question_names) {
        const std::string key(row.key);
        // Long questions wrap inside their button on phones: the button grows to the wrapped text.
        const ImVec2 text = ImGui::CalcTextSize(row.title.data(), row.title.data() + row.title.size(), false,
                                                width - ImGui::GetStyle().FramePadding.x * 2);
        const float height = text.y + ImGui::GetStyle().FramePadding.y * 2;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool pressed = ImGui::Button(("##question_" + key).c_str(), ImVec2(width, height));
        remember_item("question_" + key);
        ImGui::GetWindowDrawList()->AddText(
            nullptr, 0.0f, ImVec2(at.x + ImGui::GetStyle().FramePadding.x, at.y + ImGui::GetStyle().FramePadding.y),
            ImGui::GetColorU32(ImGuiCol_Text), row.title.data(), row.title.data() + row.title.size(),
            width - ImGui::GetStyle().FramePadding.x * 2);
        if (pressed)
            state_.go_to(View{.screen = Screen::question, .question = row.question, .panel = state_.view().panel});
    }
    // The user's own numbers: the page's statement view (a page of its own, loaded when first opened), drawn like
    // a question so it wraps on phones.
    if (state_.host().open_statement && !state_.embed().embed) {
        constexpr std::string_view title = "What do I really earn? Read my distributor statement \u2192";
        const float wrap = width - ImGui::GetStyle().FramePadding.x * 2;
        const ImVec2 text = ImGui::CalcTextSize(title.data(), title.data() + title.size(), false, wrap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool pressed =
            ImGui::Button("##statement_entry", ImVec2(width, text.y + ImGui::GetStyle().FramePadding.y * 2));
        remember_item("statement_entry");
        ImGui::GetWindowDrawList()->AddText(
            nullptr, 0.0f, ImVec2(at.x + ImGui::GetStyle().FramePadding.x, at.y + ImGui::GetStyle().FramePadding.y),
            ImGui::GetColorU32(ImGuiCol_Text), title.data(), title.data() + title.size(), wrap);
        if (pressed) state_.host().open_statement();
    }
    ImGui::PopStyleVar(2);
    ImGui::Spacing();
    ui::note(
        "Or see everything at once: streams, the recording deal, points, publishing, splits, offers compared "
        "and every rate's source.");
    if (ImGui::Button("Every panel \u2192"))
        state_.go_to(View{.screen = Screen::detail, .question = state_.view().question, .panel = state_.view().panel});
    remember_item("more_detail");
    ImGui::Spacing();
    ui::note("%s", std::string(version_line()).c_str());
}

}  // namespace dealsheet::app
