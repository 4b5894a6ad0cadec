#include "PublishDialog.h"
#include "ui_PublishDialog.h"

#include "PublishRun.h"

#include "common/DeskSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/StandardButtons.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace danhoi {

namespace {
const auto folderKey = QStringLiteral("publish/folder");
constexpr int kindRole = Qt::UserRole;
constexpr int textRole = Qt::UserRole + 1;

QString hitKind(RedactionHit::Kind kind)
{
    switch (kind) {
    case RedactionHit::Kind::Phone: return PublishDialog::tr("phone number");
    case RedactionHit::Kind::Email: return PublishDialog::tr("e-mail address");
    case RedactionHit::Kind::IdNumber: return PublishDialog::tr("ID number");
    case RedactionHit::Kind::Address: return PublishDialog::tr("address");
    case RedactionHit::Kind::AskerDetail: return PublishDialog::tr("asker's details");
    case RedactionHit::Kind::Manual: break;
    }
    return PublishDialog::tr("your choice");
}

QString texts(const QString& title, const QString& body, const QString& answer)
{
    return PublishDialog::tr("Title: %1\n\nQuestion:\n%2\n\nAnswer:\n%3").arg(title, body, answer);
}
} // namespace

PublishDialog::PublishDialog(DeskSession& session, const Question& question, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PublishDialog)
    , m_session(session)
    , m_question(question)
{
    m_ui->setupUi(this);
    for (QListWidget* list : {m_ui->hitsList, m_ui->manualList})
        list->setWordWrap(true); // a note in an empty list is a sentence
    StandardButtons::translate(m_ui->buttonBox);
    m_run = new PublishRun(session, this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->questionLabel->setText(tr("%1: %2").arg(question.ref, question.title));
    m_ui->hideEdit->setPlaceholderText(tr("Text to hide, or select it in the original"));
    QString folder = rememberedFolder();
    if (folder.isEmpty())
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(QStringLiteral("danhoi-portal"));
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));

    connect(m_ui->hideButton, &QPushButton::clicked, this, &PublishDialog::hideText);
    connect(m_ui->hideEdit, &QLineEdit::returnPressed, this, &PublishDialog::hideText);
    connect(m_ui->keepButton, &QPushButton::clicked, this, &PublishDialog::keepHit);
    connect(m_ui->removeChoiceButton, &QPushButton::clicked, this, &PublishDialog::removeChoice);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    connect(m_ui->originalView, &QPlainTextEdit::selectionChanged, this, [this] {
        const QString selected = m_ui->originalView->textCursor().selectedText().trimmed();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_ui->hideEdit->setText(selected);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PublishDialog::reject);

    auto preview = PublishService(m_session.context(), m_session.user()).preview(QString::number(question.id));
    if (!preview) {
        showError(preview.error().message);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    show(preview.value());
}

PublishDialog::~PublishDialog() = default;

namespace {
// An empty list says why it is empty and what to do instead of leaving a blank box; the note cannot be chosen.
void addNote(QListWidget* list, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
}
} // namespace

void PublishDialog::show(const RedactionPreview& preview)
{
    m_preview = preview;
    // Plain-text views: the citizen's words are shown as written, never as markup.
    m_ui->originalView->setPlainText(texts(preview.title, preview.body, preview.answer));
    QString published = texts(preview.publicTitle, preview.publicBody, preview.publicAnswer);
    if (!preview.askerLine.isEmpty())
        published += QStringLiteral("\n\n") + tr("Asked by: %1").arg(preview.askerLine);
    m_ui->publicView->setPlainText(published);

    m_ui->hitsList->clear();
    for (const RedactionHit& hit : preview.bodyHits) {
        if (hit.kind == RedactionHit::Kind::Manual)
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(hit.text, hitKind(hit.kind)), m_ui->hitsList);
        item->setData(textRole, hit.text);
    }
    m_ui->keepButton->setEnabled(m_ui->hitsList->count() > 0);
    if (m_ui->hitsList->count() == 0)
        addNote(m_ui->hitsList, tr("Nothing was hidden automatically: no phone number, e-mail address, street address "
                                   "or citizen ID was found."));
    m_ui->manualList->clear();
    for (const ManualRedaction& manual : preview.manual) {
        const QString label = manual.kind == ManualRedaction::Kind::Hide ? tr("Hide: %1").arg(manual.text)
                                                                         : tr("Keep public: %1").arg(manual.text);
        auto* item = new QListWidgetItem(label, m_ui->manualList);
        item->setData(kindRole, int(manual.kind));
        item->setData(textRole, manual.text);
        item->setToolTip(tr("%1, %2").arg(manual.createdBy, m_session.formatDateTime(manual.createdAt)));
    }
    m_ui->removeChoiceButton->setEnabled(m_ui->manualList->count() > 0);
    if (m_ui->manualList->count() == 0)
        addNote(m_ui->manualList, tr("No choices yet. To hide more, select the text in the original (or type it "
                                     "below) and press “%1”.")
                                      .arg(m_ui->hideButton->text().remove(QLatin1Char('&'))));
}

void PublishDialog::apply(const Result<RedactionPreview>& changed)
{
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    m_ui->errorLabel->hide();
    show(changed.value());
}

void PublishDialog::hideText()
{
    const QString text = m_ui->hideEdit->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Type the text to hide, or select it in the original."));
        return;
    }
    apply(PublishService(m_session.context(), m_session.user())
              .addManualRedaction(QString::number(m_question.id), ManualRedaction::Kind::Hide, text));
    if (m_ui->errorLabel->isHidden())
        m_ui->hideEdit->clear();
}

void PublishDialog::keepHit()
{
    const QListWidgetItem* item = m_ui->hitsList->currentItem();
    if (!item) {
        showError(tr("Choose the hidden text that may stay public."));
        return;
    }
    apply(PublishService(m_session.context(), m_session.user())
              .addManualRedaction(QString::number(m_question.id), ManualRedaction::Kind::Keep,
                                  item->data(textRole).toString()));
}

void PublishDialog::removeChoice()
{
    const QListWidgetItem* item = m_ui->manualList->currentItem();
    if (!item) {
        showError(tr("Choose the choice to undo."));
        return;
    }
    apply(PublishService(m_session.context(), m_session.user())
              .removeManualRedaction(QString::number(m_question.id),
                                     ManualRedaction::Kind(item->data(kindRole).toInt()),
                                     item->data(textRole).toString()));
}

void PublishDialog::chooseFolder()
{
    const QString folder = FileDialog::existingFolder(this, tr("Write the portal bundle to"),
                                                      m_ui->folderEdit->text());
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void PublishDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void PublishDialog::accept()
{
    if (m_run->isRunning())
        return;
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    if (folder.isEmpty()) {
        showError(tr("Choose the folder of the portal bundle."));
        return;
    }
    m_ui->errorLabel->hide();
    PublishRequest request;
    request.ids = {QString::number(m_question.id)};
    request.outDir = folder;
    m_run->start(request, [this, folder](const Result<PublishOutcome>& published, bool cancelled) {
        m_session.notifyQuestionChanged(m_question.id);
        if (const QString problem = PublishRun::problem(published, cancelled); !problem.isEmpty()) {
            const bool isPublished = published && !published->published.isEmpty();
            showError(isPublished ? tr("%1 is published. %2").arg(m_question.ref, problem) : problem);
            if (isPublished)
                m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        rememberFolder(folder);
        MessageBox::information(this, tr("Publish an answer"),
                                tr("%1 is published. The portal bundle in %2 holds %n item(s).", nullptr,
                                   published->items)
                                    .arg(m_question.ref, QDir::toNativeSeparators(published->outDir)));
        QDialog::accept();
    });
}

QString PublishDialog::rememberedFolder()
{
    return QSettings().value(folderKey).toString();
}

void PublishDialog::rememberFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
}

} // namespace danhoi
