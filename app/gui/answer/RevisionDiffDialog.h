#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RevisionDiffDialog;
}

namespace danhoi {

struct AnswerRevision;

// The difference between two revisions of an answer, inline: removed words struck through, added underlined.
class RevisionDiffDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionDiffDialog(const AnswerRevision& before, const AnswerRevision& after, QWidget* parent = nullptr);
    ~RevisionDiffDialog() override;

private:
    const std::unique_ptr<Ui::RevisionDiffDialog> m_ui;
};

} // namespace danhoi
