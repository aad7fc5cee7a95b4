// Dealsheet web app — one question's short view: the 2–4 inputs that decide its answer (questions.hpp), each a
// typed amount ("2M", "$15k") with − and + buttons of a finger's size. The answer itself — the sentence, the key
// figures, the one line behind each break-even — is real page text above the canvas (State::page_text), so it
// stays in view while a field is edited and can be selected, copied and found.
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "amount.hpp"
#include "app.hpp"
#include "dealsheet/money.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dealsheet::app {

namespace {

// The input's value as people write it: "$15,000", "3", "20%", "1,000,000".
std::string shown_value(const QuestionInput& input, double value) {
    switch (input.unit) {
        case InputUnit::money: {
            const double cents = std::round(value * 100.0);
            std::string text = format_usd(static_cast<Micros>(cents) * 10'000);
            if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0) text.resize(text.size() - 3);
            return text;
        }
        case InputUnit::streams:
        case InputUnit::count: return format_count(static_cast<std::int64_t>(std::llround(value)));
        case InputUnit::percent:
        case InputUnit::points:
        case InputUnit::choice: break;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%g%s", value, input.unit == InputUnit::percent ? "%" : "");
    return text;
}

// A typed value in the input's unit: amounts as parse_amount reads them; percent and points may end in "%".
Result<double> typed_value(const QuestionInput& input, std::string text) {
    if ((input.unit == InputUnit::percent || input.unit == InputUnit::points) && !text.empty() && text.back() == '%')
        text.pop_back();
    return parse_amount(text, std::string(input.path));
}

}  // namespace

void App::draw_question_view() {
    const Question question = state_.view().question;
    const bool embed = state_.embed().embed;
    if (!embed) {
        // Where to go next, and the one thing people came to do with the answer: paste it into the chat.
        go_back_button();
        ui::same_line_if_fits(ui::button_width("More detail \u2192"));
        if (ImGui::Button("More detail \u2192"))
            state_.go_to(View{.screen = Screen::detail, .question = question, .panel = state_.view().panel});
        remember_item("more_detail");
        ui::same_line_if_fits(ui::button_width("Copy for chat"));
        if (ImGui::Button("Copy for chat")) state_.copy(state_.chat_text_now(), "Answer for chat");
        remember_item("copy_chat_button");
        ui::same_line_if_fits(ui::button_width("Share answer"));
        if (ImGui::Button("Share answer")) state_.share(state_.chat_text_now(), "Answer");
        remember_item("share_answer");
        ui::note(
            "Change the numbers: the answer above follows as you type. \u201c15k\u201d, \u201c$15,000\u201d "
            "and \u201c2M\u201d all work.");
    }

    const bool read_only = state_.embed().read_only;
    ImGui::BeginDisabled(read_only);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = ImGui::GetFrameHeight();
    for (const QuestionInput& input : question_inputs(question)) {
        const std::string path(input.path);
        const std::optional<double> current = input_value(state_.scenario(), input);
        if (!current) continue;  // the scenario on screen lacks this field (an offer it does not have)
        ImGui::PushID(path.c_str());
        // Phones: the label above a full-width field; wider: the label beside a field of a readable width.
        const bool beside = !ui::narrow();
        if (!embed) ImGui::Spacing();
        if (beside) ImGui::AlignTextToFramePadding();  // level with the field beside it
        ImGui::TextUnformatted(input.label.data(), input.label.data() + input.label.size());
        if (beside)
            ImGui::SameLine(std::max(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 22.0f,
                                     ImGui::GetFontSize() * 14.0f));
        bool changed = false;
        double value = *current;
        if (input.unit == InputUnit::choice) {
            int index = static_cast<int>(value);
            ImGui::SetNextItemWidth(beside ? ImGui::GetFontSize() * 22.0f : -1.0f);
            const char* preview = index >= 0 && index < static_cast<int>(input.choices.size())
                                      ? input.choices[static_cast<std::size_t>(index)].label.data()
                                      : "?";
            if (ImGui::BeginCombo("##choice", preview)) {
                for (std::size_t i = 0; i < input.choices.size(); ++i) {
                    const std::string label(input.choices[i].label);
                    if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == index) &&
                        static_cast<int>(i) != index) {
                        value = static_cast<double>(i);
                        changed = true;
                    }
                }
                ImGui::EndCombo();
            }
            remember_item(path);
        } else {
            // [−] [ typed value ] [+]: the − and + buttons step by the input's own step (one point, $500).
            if (ImGui::Button("\u2212", ImVec2(button * 1.2f, button)) && value - input.step >= input.min - 1e-9) {
                value -= input.step;
                changed = true;
            }
            remember_item(path + ".minus");
            ImGui::SameLine(0, style.ItemInnerSpacing.x);
            const float row = beside ? ImGui::GetFontSize() * 22.0f - button * 1.2f - style.ItemInnerSpacing.x
                                     : ImGui::GetContentRegionAvail().x;
            ImGui::SetNextItemWidth(row - button * 1.2f - style.ItemInnerSpacing.x);
            std::string& typed = amount_typed_;
            char buffer[64];
            const std::string shown = shown_value(input, value);
            const bool editing = editing_amount_ == path;
            const std::string& text = editing ? typed : shown;
            const std::size_t n = std::min(text.size(), sizeof buffer - 1);
            text.copy(buffer, n);
            buffer[n] = '\0';
            if (ImGui::InputText("##value", buffer, sizeof buffer, ImGuiInputTextFlags_AutoSelectAll)) {
                typed = buffer;
                Result<double> parsed = typed_value(input, typed);
                if (parsed.ok() && parsed.value() >= input.min && parsed.value() <= input.max) {
                    value = parsed.value();
                    changed = true;
                }
            }
            if (ImGui::IsItemDeactivated() && editing_amount_ == path) editing_amount_.clear();
            if (ImGui::IsItemActivated()) {
                editing_amount_ = path;
                typed = shown;
                state_.start_undo_step();
                set_text_keyboard(std::string(to_string(input.keyboard)));
            }
            remember_item(path);
            if (ImGui::IsItemActive()) remember_item("active_field");
            ImGui::SameLine(0, style.ItemInnerSpacing.x);
            if (ImGui::Button("+", ImVec2(button * 1.2f, button)) && value + input.step <= input.max + 1e-9) {
                value += input.step;
                changed = true;
            }
            remember_item(path + ".plus");
            if (editing && !typed.empty()) {
                Result<double> parsed = typed_value(input, typed);
                ImGui::PushStyleColor(ImGuiCol_Text, theme::warning());
                if (!parsed.ok())
                    ui::wrapped("Type a number such as 15000, 15,000, $15k or 2M.");
                else if (parsed.value() < input.min || parsed.value() > input.max)
                    ui::wrapped("Between %s and %s.", shown_value(input, input.min).c_str(),
                                shown_value(input, input.max).c_str());
                ImGui::PopStyleColor();
            }
        }
        if (!input.help.empty() && !embed) ui::note("%.*s", static_cast<int>(input.help.size()), input.help.data());
        if (changed && !read_only) {
            Result<Scenario> next = with_input(state_.scenario(), input, value);
            if (next.ok())
                state_.edit_to(next.value());
            else
                state_.set_notice(next.problems().front().field + ": " + next.problems().front().message);
        }
        ImGui::PopID();
    }
    ImGui::EndDisabled();
}

}  // namespace dealsheet::app
