#include "app/dialog_sources.h"

#include <imgui.h>

#include <cstring>
#include <utility>

#include "app/items.h"
#include "app/platform.h"
#include "app/theme.h"
#include "core/mirror.h"
#include "core/text.h"

namespace factlens {


void AddSourcesDialog::refuse(std::string name, std::string why) {
    PendingArticle a;
    a.name = std::move(name);
    a.problem = std::move(why);
    articles_.push_back(std::move(a));
    open_ = true;
}

void AddSourcesDialog::add(std::string name, std::string_view bytes) {
    PendingArticle a;
    a.name = name.empty() ? "pasted text " + std::to_string(articles_.size() + 1) : std::move(name);
    const std::string_view ext = std::string_view(a.name).substr(std::min(a.name.size(), a.name.find_last_of('.')));
    a.problem = article_problem(bytes);
    if (a.problem.empty()) {
        const bool html = a.name.ends_with(".html") || a.name.ends_with(".htm") ||
                          (bytes.size() > 20 && (bytes.substr(0, 20).find("<!") != std::string_view::npos ||
                                                 bytes.substr(0, 20).find("<html") != std::string_view::npos));
        a.text = html ? html_to_text(bytes) : std::string(bytes);
        a.first_line = clip_code_points(first_line(a.text), 90);
        a.chars = count_code_points(a.text);
        // The source is named after the file, without its extension.
        if (ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm") a.name.resize(a.name.size() - ext.size());
        // Its date, if the text states one, comes from the worker (date_found); the
        // builder looks for it too, so building need not wait for the answer.
        a.token = next_token_++;
        a.date_looking = true;
        platform::find_article_date(a.token, a.text);
    }
    articles_.push_back(std::move(a));
    open_ = true;
}

void AddSourcesDialog::date_found(unsigned token, std::string_view iso) {
    for (PendingArticle& a : articles_) {
        if (a.token != token || !a.date_looking) continue;
        a.date_looking = false;
        const auto d = parse_iso_date(iso);
        if (a.date[0] || !d || d->precision != Precision::Day) return;
        const std::string day = d->iso();
        std::strncpy(a.date, day.c_str(), sizeof a.date - 1);
        a.date_found = true;
        return;
    }
}

std::size_t AddSourcesDialog::dates_looking() const {
    std::size_t n = 0;
    for (const PendingArticle& a : articles_) n += a.date_looking;
    return n;
}

std::size_t AddSourcesDialog::usable() const {
    std::size_t n = 0;
    for (const PendingArticle& a : articles_) n += a.problem.empty();
    return n;
}

bool AddSourcesDialog::looking(const PendingArticle& a) { return !a.date[0] && a.date_looking; }

std::string AddSourcesDialog::date_problem(const PendingArticle& a) {
    const auto d = parse_iso_date(a.date);
    if (a.date[0] && (!d || d->precision != Precision::Day)) return "not a date";
    if (looking(a)) return {};
    if (!a.date[0]) return "when was it published?";
    return {};
}

std::string AddSourcesDialog::mirror_html() const {
    MirrorHtml h;
    h.raw("<section role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\">");
    h.el("h1", "Add sources", "id=\"dialog-title\"");
    h.el("p", "Bring your own articles: paste text, or choose .txt, .md or .html files. factlens finds their figures, dates "
              "and names and lines up what they say.");
    h.button("add-sources/choose", "Choose files");
    h.field("add-sources/title", "Story title", title_);
    if (articles_.empty()) {
        h.el("p", "No articles yet.");
    } else {
        h.raw("<ul aria-label=\"Articles\">");
        for (std::size_t i = 0; i < articles_.size(); ++i) {
            const PendingArticle& a = articles_[i];
            const std::string n = std::to_string(i);
            h.raw("<li>");
            h.el("strong", a.name);
            if (!a.problem.empty()) {
                h.el("p", "Cannot use it: " + a.problem);
            } else {
                h.el("p", a.first_line + " (" + std::to_string(a.chars) + " characters)");
                h.field("add-sources/date/" + n, "Publication date of " + a.name + " (YYYY-MM-DD)", a.date, false, "YYYY-MM-DD",
                        date_problem(a));
                if (looking(a)) h.el("p", "Looking for the date in the text\u2026", "role=\"status\"");
                if (a.date_found && date_problem(a).empty()) h.el("p", "The date was found in the text.");
            }
            h.button("add-sources/remove/" + n, "Remove", std::nullopt, "Remove " + a.name);
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    h.field("add-sources/paste", "Or paste an article here", paste_box_.data(), true);
    h.button("add-sources/add-text", "Add the text");
    const std::size_t ready = usable();
    h.el("p", std::to_string(ready) + (ready == 1 ? " article ready" : " articles ready"), "role=\"status\"");
    if (ready > 0) h.button("add-sources/build", "Build the story");
    h.raw(" ");
    h.button("add-sources/cancel", "Cancel");
    h.raw("</section>");
    return h.take();
}

bool AddSourcesDialog::act(std::string_view id) {
    if (!open_) return false;
    if (id == "add-sources/choose") {
        platform::choose_files(platform::FileKind::Articles);
    } else if (id == "add-sources/add-text") {
        if (!trim(paste_box_.data()).empty()) {
            add("", paste_box_.data());
            paste_box_[0] = '\0';
        }
    } else if (id == "add-sources/build") {
        build_asked_ = usable() > 0;
    } else if (id == "add-sources/cancel") {
        cancel_asked_ = true;
    } else if (id.rfind("add-sources/remove/", 0) == 0) {
        const std::size_t i = parse_index(id.substr(19)).value_or(articles_.size());
        if (i >= articles_.size()) return false;
        articles_.erase(articles_.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
        return false;
    }
    return true;
}

bool AddSourcesDialog::set_value(std::string_view id, std::string_view value) {
    if (!open_) return false;
    const auto copy = [&](char* to, std::size_t size) {
        const std::string v = std::string(clip_bytes(value, size - 1));
        std::memcpy(to, v.data(), v.size());
        to[v.size()] = '\0';
    };
    if (id == "add-sources/title") {
        copy(title_, sizeof title_);
    } else if (id == "add-sources/paste") {
        copy(paste_box_.data(), paste_box_.size());
    } else if (id.rfind("add-sources/date/", 0) == 0) {
        const std::size_t i = parse_index(id.substr(17)).value_or(articles_.size());
        if (i >= articles_.size() || !articles_[i].problem.empty()) return false;
        copy(articles_[i].date, sizeof articles_[i].date);
        articles_[i].date_found = false;
    } else {
        return false;
    }
    return true;
}

bool AddSourcesDialog::draw(const Fonts& fonts, std::vector<Article>& articles, BuildOptions& options,
                            const std::function<void()>& nested) {
    if (!open_) return false;
    if (!popup_shown_) {
        ImGui::OpenPopup("Add sources");
        popup_shown_ = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(900.0f, vp->WorkSize.x - 40), std::min(640.0f, vp->WorkSize.y - 40)), ImGuiCond_Always);
    bool build = std::exchange(build_asked_, false);
    bool keep_open = !std::exchange(cancel_asked_, false);
    if (ImGui::BeginPopupModal("Add sources", &keep_open, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("Bring your own articles: paste text (Ctrl+V), drop .txt, .md or .html files on the page, or "
                               "choose them. factlens finds their figures, dates and names and lines up what they say.");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Choose files\u2026")) platform::choose_files(platform::FileKind::Articles);
        items::name_item("add-sources/choose", "Choose files");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(320);
        ImGui::InputText("Story title", title_, sizeof title_);
        items::name_item("add-sources/title", "Story title");
        ImGui::Separator();

        // The articles, each with its date.
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_SizingStretchProp;
        const float list_h = ImGui::GetContentRegionAvail().y - 170.0f;
        int remove = -1;
        std::size_t ready = 0;
        if (ImGui::BeginTable("pending", 4, flags, ImVec2(0, std::max(80.0f, list_h)))) {
            ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn("Length", ImGuiTableColumnFlags_WidthFixed, 90.0f);
            ImGui::TableSetupColumn("Date (YYYY-MM-DD)", ImGuiTableColumnFlags_WidthFixed, 210.0f);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 70.0f);
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < articles_.size(); ++i) {
                PendingArticle& a = articles_[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(a.name.c_str());
                if (!a.problem.empty()) {
                    ImGui::TextColored(theme::kError, "Cannot use it: %s", a.problem.c_str());
                } else {
                    ++ready;
                    ImGui::TextDisabled("%s", a.first_line.c_str());
                }
                ImGui::TableSetColumnIndex(1);
                if (a.problem.empty()) ImGui::Text("%zu chars", a.chars);
                ImGui::TableSetColumnIndex(2);
                if (a.problem.empty()) {
                    ImGui::SetNextItemWidth(120);
                    if (ImGui::InputTextWithHint("##date", "YYYY-MM-DD", a.date, sizeof a.date)) a.date_found = false;
                    items::name_item("add-sources/date/" + std::to_string(i), "Publication date of " + a.name);
                    if (const std::string why = date_problem(a); !why.empty()) ImGui::TextColored(theme::kError, "%s", why.c_str());
                    else if (a.date_found) ImGui::TextDisabled("found in the text");
                    else if (looking(a)) ImGui::TextDisabled("looking in the text\u2026");
                }
                ImGui::TableSetColumnIndex(3);
                if (ImGui::SmallButton("Remove")) remove = static_cast<int>(i);
                items::name_item("add-sources/remove/" + std::to_string(i), "Remove " + a.name);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        if (remove >= 0) articles_.erase(articles_.begin() + remove);

        // Paste box: text pasted here becomes an article.
        ImGui::TextUnformatted("Or paste an article here:");
        ImGui::PushFont(fonts.mono);
        ImGui::InputTextMultiline("##paste", paste_box_.data(), paste_box_.size(), ImVec2(-110, 80));
        items::name_item("add-sources/paste", "Or paste an article here");
        ImGui::PopFont();
        ImGui::SameLine();
        if (ImGui::Button("Add text", ImVec2(100, 0))) act("add-sources/add-text");
        items::name_item("add-sources/add-text", "Add the text");

        ImGui::Separator();
        const bool ctrl_enter = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        ImGui::BeginDisabled(ready == 0);
        if (ImGui::Button("Build the story (Ctrl+Enter)")) build = true;
        items::name_item("add-sources/build", "Build the story");
        if (ctrl_enter && ready > 0) build = true;
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::TextDisabled("%zu article%s ready", ready, ready == 1 ? "" : "s");
        ImGui::SameLine(ImGui::GetWindowWidth() - 90);
        if (ImGui::Button("Cancel")) keep_open = false;
        items::name_item("add-sources/cancel", "Cancel");
        if (build) {
            articles.clear();
            for (const PendingArticle& a : articles_) {
                if (!a.problem.empty()) continue;
                Article art{a.name, a.text, std::nullopt};
                if (auto d = parse_iso_date(a.date); d && d->precision == Precision::Day) art.date = d;
                articles.push_back(std::move(art));
            }
            options.title = title_[0] ? title_ : "My story";
            options.id = slug(options.title);
            articles_.clear();
            keep_open = false;
        }
        if (!keep_open) ImGui::CloseCurrentPopup();
        nested();
        ImGui::EndPopup();
    }
    if (!keep_open) {
        open_ = false;
        popup_shown_ = false;
    }
    return build;
}

}  // namespace factlens
