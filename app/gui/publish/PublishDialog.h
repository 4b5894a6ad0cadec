#pragma once

#include "core/Domain.h"
#include "services/PublishService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PublishDialog;
}

namespace danhoi {

class DeskSession;
class PublishRun;

// The coordinator publishes an approved answer: the original and what the public will see side by side, the texts
// the automatic redaction hid (any of which can be kept public) and the coordinator's own choices (texts to hide
// as well). PublishService stores and audits each choice; Publish marks the answer published and writes the portal
// bundle to a folder that is remembered.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(DeskSession& session, const Question& question, QWidget* parent = nullptr);
    ~PublishDialog() override;

    void accept() override;
    // The folder of the portal bundle last written from the desk.
    static QString rememberedFolder();
    static void rememberFolder(const QString& folder);

private:
    void show(const RedactionPreview& preview);
    void apply(const Result<RedactionPreview>& changed);
    void hideText();
    void keepHit();
    void removeChoice();
    void chooseFolder();
    void showError(const QString& message);

    const std::unique_ptr<Ui::PublishDialog> m_ui;
    DeskSession& m_session;
    Question m_question;
    RedactionPreview m_preview;
    PublishRun* m_run = nullptr;
};

} // namespace danhoi
