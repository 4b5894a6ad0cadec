#include "RoutingDialog.h"
#include "ui_RoutingDialog.h"

#include "common/DeskSession.h"
#include "common/FitHeight.h"
#include "common/StandardButtons.h"
#include "common/SuggestionLearner.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace danhoi {

RoutingDialog::RoutingDialog(DeskSession& session, const Question& question, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RoutingDialog)
    , m_session(session)
    , m_question(question)
    , m_today(session.today())
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    fitHeightWhenShown(this);
    session.forgetCatalog(); // what an administrator changed at another desk counts for this decision
    m_categories = session.categories();
    m_ui->questionLabel->setText(tr("%1: %2").arg(question.ref, question.title));
    const QList<Department> departments = session.departments();
    for (const Department& department : departments)
        if (department.active)
            m_ui->departmentCombo->addItem(tr("%1 – %2").arg(department.code, department.nameVi), department.code);
    // Type any part of the code or the name: "du lich" finds nothing, "Du lịch" and "SVH" do.
    m_ui->departmentCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->departmentCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->departmentCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->departmentCombo->lineEdit()->setPlaceholderText(tr("Type part of the name or code"));
    m_ui->departmentCombo->setCurrentIndex(-1);
    if (!question.departmentCode.isEmpty())
        m_ui->departmentCombo->setCurrentIndex(m_ui->departmentCombo->findData(question.departmentCode));

    m_ui->categoryCombo->addItem(tr("(none – agency default period)"));
    for (const Category& category : std::as_const(m_categories))
        if (category.active)
            m_ui->categoryCombo->addItem(tr("%1 (%n working day(s))", nullptr, category.answerDays).arg(category.name),
                                         category.name);
    if (!question.categoryName.isEmpty())
        m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(question.categoryName)));
    m_ui->dueEdit->setMinimumDate(m_today);
    categoryChosen();
    showSuggestions();

    m_errors.add(QStringLiteral("department"), m_ui->departmentError, m_ui->departmentCombo);
    m_errors.add(QStringLiteral("due"), m_ui->dueError, m_ui->dueEdit);
    m_errors.setGeneral(m_ui->errorLabel);
    connect(m_ui->categoryCombo, &QComboBox::activated, this, &RoutingDialog::categoryChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoutingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoutingDialog::reject);
    m_ui->departmentCombo->setFocus();
}

RoutingDialog::~RoutingDialog() = default;

void RoutingDialog::categoryChosen()
{
    int days = m_session.agency().defaultAnswerDays;
    const QString name = m_ui->categoryCombo->currentData().toString();
    for (const Category& category : std::as_const(m_categories)) {
        if (category.name != name)
            continue;
        days = category.answerDays;
        if (!category.defaultDepartmentCode.isEmpty() && m_ui->departmentCombo->currentIndex() < 0)
            m_ui->departmentCombo->setCurrentIndex(m_ui->departmentCombo->findData(category.defaultDepartmentCode));
    }
    const WorkingCalendar& calendar = m_session.context().calendar;
    m_ui->dueEdit->setDate(calendar.addWorkingDays(m_today, days));
    m_ui->dueExplanationLabel->setText(calendar.explain(m_today, days));
}

void RoutingDialog::showSuggestions()
{
    SuggestionLearner& learner = m_session.suggestionLearner();
    if (!m_session.routing().isTrained()) {
        // Learned on a worker thread; the buttons appear when it is done, routing by hand works meanwhile.
        m_ui->suggestionsLabel->setText(tr("Learning from the questions routed before…"));
        m_ui->suggestionsLabel->show();
        connect(&learner, &SuggestionLearner::finished, this, [this](bool ok) {
            if (ok && m_session.routing().isTrained())
                showSuggestions();
            else
                m_ui->suggestionsLabel->hide();
        }, Qt::SingleShotConnection);
        learner.learn();
        return;
    }
    learner.learnIfStale(); // for the next question; this one uses what was learned so far
    m_ui->suggestionsLabel->setText(tr("Suggested from questions routed before:"));
    auto suggestions = m_session.routing().suggest(QString::number(m_question.id), 3);
    if (!suggestions || suggestions->isEmpty()) {
        m_ui->suggestionsLabel->hide();
        return; // routing by hand works as before; a suggester that cannot help stays out of the way
    }
    int shown = 0;
    for (const RoutingSuggestion& suggestion : suggestions.value()) {
        const int index = m_ui->departmentCombo->findData(suggestion.departmentCode);
        if (index < 0)
            continue; // not an active department any more
        const QString department = m_ui->departmentCombo->itemText(index);
        QString text = suggestion.reasons.isEmpty()
                           ? department
                           : tr("%1 (words in common: %2)").arg(department, suggestion.reasons.join(tr(", ")));
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // the reasons are the citizen's words, not mnemonics
        auto* button = new QPushButton(text, m_ui->suggestionsWidget);
        button->setObjectName(QStringLiteral("suggestion%1").arg(shown));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 8px;")); // a button, so it reads as clickable
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Route to %1").arg(department));
        connect(button, &QPushButton::clicked, this, [this, index] {
            m_ui->departmentCombo->setCurrentIndex(index);
            m_errors.clear();
            m_ui->departmentCombo->setFocus();
        });
        m_ui->suggestionsLayout->addWidget(button);
        ++shown;
    }
    m_ui->suggestionsLabel->setVisible(shown > 0);
}

QString RoutingDialog::chosenDepartmentCode() const
{
    const QString typed = m_ui->departmentCombo->currentText().trimmed();
    const int exact = m_ui->departmentCombo->findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        return m_ui->departmentCombo->itemData(exact).toString();
    for (int i = 0; i < m_ui->departmentCombo->count(); ++i)
        if (m_ui->departmentCombo->itemData(i).toString().compare(typed, Qt::CaseInsensitive) == 0)
            return m_ui->departmentCombo->itemData(i).toString();
    return {};
}

void RoutingDialog::accept()
{
    const QString code = chosenDepartmentCode();
    if (code.isEmpty()) {
        m_errors.show(QStringLiteral("department"), tr("Choose a department from the list."));
        return;
    }
    ActionInput input;
    input.departmentCode = code;
    input.categoryName = m_ui->categoryCombo->currentData().toString();
    input.dueDate = m_ui->dueEdit->date();
    input.expectedVersion = m_question.version;
    auto routed = m_session.workflow().perform(QString::number(m_question.id), Action::Route, input);
    if (!routed) {
        m_errors.show(routed.error().field, routed.error().message);
        if (routed.error().kind == ErrorKind::Conflict)
            m_session.notifyQuestionChanged(m_question.id);
        return;
    }
    m_session.notifyQuestionChanged(m_question.id);
    QDialog::accept();
}

} // namespace danhoi
