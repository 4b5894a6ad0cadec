#include "RevisionDiffDialog.h"
#include "ui_RevisionDiffDialog.h"

#include "MarkdownText.h"
#include "RevisionDiff.h"
#include "common/StandardButtons.h"
#include "core/Domain.h"

namespace danhoi {

RevisionDiffDialog::RevisionDiffDialog(const AnswerRevision& before, const AnswerRevision& after, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RevisionDiffDialog)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->captionLabel->setText(tr("From revision %1 (%2) to revision %3 (%4). Removed text is struck through, "
                                   "added text is underlined.")
                                    .arg(before.number)
                                    .arg(before.authorUsername)
                                    .arg(after.number)
                                    .arg(after.authorUsername));
    m_ui->diffView->setHtml(RevisionDiff::toHtml(
        RevisionDiff::compare(MarkdownText::plainText(before.body), MarkdownText::plainText(after.body))));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RevisionDiffDialog::~RevisionDiffDialog() = default;

} // namespace danhoi
