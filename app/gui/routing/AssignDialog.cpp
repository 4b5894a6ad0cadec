#include "AssignDialog.h"
#include "ui_AssignDialog.h"

#include "common/DeskSession.h"
#include "common/FitHeight.h"
#include "common/FormErrors.h"
#include "common/StandardButtons.h"

namespace danhoi {

AssignDialog::AssignDialog(DeskSession& session, const Question& question, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AssignDialog)
    , m_session(session)
    , m_question(question)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    FormErrors::style(m_ui->errorLabel);
    fitHeightWhenShown(this);
    m_ui->questionLabel->setText(tr("%1: %2").arg(question.ref, question.title));
    auto staff = session.admin().staffOf(question.departmentId.value_or(0));
    if (!staff) {
        m_ui->errorLabel->setText(staff.error().message);
        m_ui->errorLabel->show();
    } else {
        for (const User& user : staff.value()) {
            QStringList roles;
            for (Role role : {Role::Clerk, Role::Supervisor})
                if (user.hasRole(role))
                    roles << DomainLabels::role(role);
            const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
            const QString roleNames = roles.join(QStringLiteral(", "));
            // The login only when it says more than the name ("cv.sxd (cv.sxd, Clerk)" repeated itself).
            m_ui->clerkCombo->addItem(name == user.username ? tr("%1 (%2)").arg(name, roleNames)
                                                            : tr("%1 (%2, %3)").arg(name, user.username, roleNames),
                                      user.username);
        }
        m_ui->clerkCombo->setCurrentIndex(std::max(0, m_ui->clerkCombo->findData(question.assignedClerkUsername)));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::accept()
{
    if (m_ui->clerkCombo->currentIndex() < 0) {
        m_ui->errorLabel->setText(tr("⚠ The department has no active clerk yet; an administrator adds one."));
        m_ui->errorLabel->show();
        fitHeight(this);
        return;
    }
    auto done = m_session.questions().assign(QString::number(m_question.id), m_ui->clerkCombo->currentData().toString());
    if (!done) {
        m_ui->errorLabel->setText(QStringLiteral("⚠ ") + done.error().message);
        m_ui->errorLabel->show();
        fitHeight(this);
        return;
    }
    m_session.notifyQuestionChanged(m_question.id);
    QDialog::accept();
}

} // namespace danhoi
