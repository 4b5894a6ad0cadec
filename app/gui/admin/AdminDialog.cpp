#include "AdminDialog.h"
#include "ui_AdminDialog.h"

#include "CalendarAdminWidget.h"
#include "CategoryDialog.h"
#include "NewUserDialog.h"
#include "common/DeskSession.h"
#include "common/FocusOrder.h"
#include "common/MessageBox.h"
#include "common/StandardButtons.h"
#include "services/PublicText.h"
#include "services/PublishService.h"

#include <QHeaderView>
#include <QInputDialog>

namespace danhoi {

namespace {
// `stretched` takes the room left (a name), not the last column (a short yes or no).
void setUpTable(QTableWidget* table, const QStringList& headers, int stretched)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    for (int column = 0; column < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, column == stretched ? QHeaderView::Stretch
                                                                                  : QHeaderView::ResizeToContents);
}

void setRow(QTableWidget* table, int row, const QStringList& texts)
{
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}
} // namespace

AdminDialog::AdminDialog(DeskSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AdminDialog)
    , m_session(session)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->errorLabel->hide();
    auto* calendar = new CalendarAdminWidget(session);
    calendar->setObjectName(QStringLiteral("calendarAdmin"));
    m_ui->adminTabs->addTab(calendar, tr("Ca&lendar"));
    FocusOrder::chain({calendar, m_ui->buttonBox}); // the last page's controls come before Close, as shown
    setUpTable(m_ui->usersTable, {tr("User name"), tr("Name"), tr("Roles"), tr("Department"), tr("Active")}, 1);
    setUpTable(m_ui->departmentsTable, {tr("Code"), tr("Name"), tr("English name"), tr("Active")}, 1);
    setUpTable(m_ui->categoriesTable,
               {tr("Name"), tr("Default department"), tr("Answer period (working days)"), tr("Offered")}, 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &AdminDialog::addUser);
    connect(m_ui->editUserButton, &QPushButton::clicked, this, &AdminDialog::editUser);
    connect(m_ui->disableUserButton, &QPushButton::clicked, this, [this] {
        const QString username = selectedUsername();
        if (username.isEmpty())
            return;
        if (MessageBox::question(this, tr("Disable user"), tr("Disable the account %1? The user can no longer sign in.")
                                                                .arg(username))
            != QMessageBox::Yes)
            return;
        auto done = m_session.admin().disableUser(username);
        showResult(done ? QString() : done.error().message);
    });
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, [this] {
        const QString username = selectedUsername();
        if (username.isEmpty())
            return;
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                       tr("New password for %1:").arg(username), QLineEdit::Password,
                                                       {}, &ok);
        if (!ok)
            return;
        auto done = m_session.admin().setPassword(username, password);
        showResult(done ? QString() : done.error().message);
    });
    connect(m_ui->addDepartmentButton, &QPushButton::clicked, this, &AdminDialog::addDepartment);
    connect(m_ui->renameDepartmentButton, &QPushButton::clicked, this, &AdminDialog::renameDepartment);
    connect(m_ui->retireDepartmentButton, &QPushButton::clicked, this, &AdminDialog::retireDepartment);
    connect(m_ui->addCategoryButton, &QPushButton::clicked, this, &AdminDialog::addCategory);
    connect(m_ui->editCategoryButton, &QPushButton::clicked, this, &AdminDialog::editCategory);
    connect(m_ui->categoriesTable, &QTableWidget::cellDoubleClicked, this, &AdminDialog::editCategory);
    connect(m_ui->saveSettingsButton, &QPushButton::clicked, this, [this] {
        AgencySettings settings = m_session.agency();
        settings.name = m_ui->agencyNameEdit->text();
        settings.portalBaseUrl = m_ui->portalUrlEdit->text();
        settings.defaultAnswerDays = m_ui->defaultDaysSpin->value();
        settings.idleLockMinutes = m_ui->idleLockSpin->value();
        auto done = m_session.admin().saveSettings(settings);
        if (done)
            done = PublishService(m_session.context(), m_session.user())
                       .saveSetting(QLatin1String(PublicText::askerLineKey), m_ui->askerLineCombo->currentData().toString());
        showResult(done ? QString() : done.error().message);
    });
    load();
}

AdminDialog::~AdminDialog() = default;

void AdminDialog::showResult(const QString& error)
{
    if (!error.isEmpty()) {
        m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_ui->errorLabel->setText(QStringLiteral("⚠ ") + error);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    m_session.notifyCatalogChanged();
    load();
}

void AdminDialog::load()
{
    auto departments = m_session.admin().departments();
    m_departments = departments ? departments.value() : QList<Department>{};
    // A department by its code and name: a newcomer knows "Sở Công Thương" before "SCT".
    const auto departmentLabel = [this](const QString& code) {
        for (const Department& department : std::as_const(m_departments))
            if (department.code == code)
                return tr("%1 – %2").arg(code, department.nameVi);
        return code;
    };
    auto users = m_session.admin().users();
    m_ui->usersTable->setRowCount(0);
    if (users) {
        m_ui->usersTable->setRowCount(int(users->size()));
        for (int row = 0; row < users->size(); ++row) {
            const User& user = users->at(row);
            QStringList roles;
            for (Role role : allRoles())
                if (user.hasRole(role))
                    roles << DomainLabels::role(role);
            setRow(m_ui->usersTable, row,
                   {user.username, user.displayName, roles.join(QStringLiteral(", ")), departmentLabel(user.departmentCode),
                    user.active ? tr("yes") : tr("no – disabled")});
        }
    }
    m_ui->departmentsTable->setRowCount(int(m_departments.size()));
    for (int row = 0; row < m_departments.size(); ++row) {
        const Department& department = m_departments.at(row);
        setRow(m_ui->departmentsTable, row,
               {department.code, department.nameVi, department.nameEn,
                department.active ? tr("yes") : tr("no – retired")});
    }
    auto categories = m_session.admin().categories();
    m_categories = categories ? categories.value() : QList<Category>{};
    m_ui->categoriesTable->setRowCount(int(m_categories.size()));
    for (int row = 0; row < m_categories.size(); ++row) {
        const Category& category = m_categories.at(row);
        setRow(m_ui->categoriesTable, row,
               {category.name, departmentLabel(category.defaultDepartmentCode), QString::number(category.answerDays),
                category.active ? tr("yes") : tr("no – retired")});
    }
    const AgencySettings settings = m_session.agency();
    m_ui->agencyNameEdit->setText(settings.name);
    m_ui->portalUrlEdit->setText(settings.portalBaseUrl);
    m_ui->defaultDaysSpin->setValue(settings.defaultAnswerDays);
    m_ui->idleLockSpin->setValue(settings.idleLockMinutes);
    m_ui->askerLineCombo->clear();
    m_ui->askerLineCombo->addItem(tr("Full name and locality (the portal's usual form)"),
                                  askerLineStyleName(AskerLineStyle::FullName));
    m_ui->askerLineCombo->addItem(tr("Initials and locality"), askerLineStyleName(AskerLineStyle::Initials));
    m_ui->askerLineCombo->addItem(tr("Anonymous"), askerLineStyleName(AskerLineStyle::Anonymous));
    if (auto values = PublishService(m_session.context(), m_session.user()).settings(); values)
        for (const auto& [key, value] : values.value())
            if (key == QLatin1String(PublicText::askerLineKey))
                m_ui->askerLineCombo->setCurrentIndex(qMax(0, m_ui->askerLineCombo->findData(value)));
}

QString AdminDialog::selectedUsername() const
{
    const int row = m_ui->usersTable->currentRow();
    return row >= 0 && m_ui->usersTable->item(row, 0) ? m_ui->usersTable->item(row, 0)->text() : QString();
}

std::optional<Department> AdminDialog::selectedDepartment() const
{
    const int row = m_ui->departmentsTable->currentRow();
    if (row < 0 || row >= m_departments.size())
        return std::nullopt;
    return m_departments.at(row);
}

void AdminDialog::addUser()
{
    NewUserDialog dialog(m_session.departments(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = m_session.admin().addUser(dialog.newUser());
        if (added) {
            showResult({});
            return;
        }
        dialog.showError(added.error().message);
    }
}

void AdminDialog::editUser()
{
    const QString username = selectedUsername();
    auto users = m_session.admin().users();
    if (username.isEmpty() || !users)
        return;
    const auto found = std::find_if(users->cbegin(), users->cend(), [&](const User& u) { return u.username == username; });
    if (found == users->cend())
        return;
    NewUserDialog dialog(m_session.departments(), this);
    dialog.editAccount(*found);
    while (dialog.exec() == QDialog::Accepted) {
        auto updated = m_session.admin().updateUser(dialog.editedAccount());
        if (updated) {
            showResult({});
            return;
        }
        dialog.showError(updated.error().message);
    }
}

void AdminDialog::addDepartment()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Add department"), tr("Code (e.g. SVHTTDL):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Add department"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString nameEn = QInputDialog::getText(this, tr("Add department"), tr("English name:"), QLineEdit::Normal,
                                                 {}, &ok);
    if (!ok)
        return;
    auto added = m_session.admin().addDepartment(code, name, nameEn);
    showResult(added ? QString() : added.error().message);
}

void AdminDialog::renameDepartment()
{
    auto department = selectedDepartment();
    if (!department)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename department"),
                                               tr("New name of %1 (its questions stay with it):").arg(department->code),
                                               QLineEdit::Normal, department->nameVi, &ok);
    if (!ok)
        return;
    department->nameVi = name;
    auto done = m_session.admin().updateDepartment(*department);
    showResult(done ? QString() : done.error().message);
}

void AdminDialog::retireDepartment()
{
    auto department = selectedDepartment();
    if (!department)
        return;
    const QString text = department->active
        ? tr("Retire %1? Its questions keep it, but nothing new can be routed to it.").arg(department->nameVi)
        : tr("Reactivate %1?").arg(department->nameVi);
    if (MessageBox::question(this, tr("Department"), text) != QMessageBox::Yes)
        return;
    department->active = !department->active;
    auto done = m_session.admin().updateDepartment(*department);
    showResult(done ? QString() : done.error().message);
}

void AdminDialog::addCategory()
{
    Category category;
    category.answerDays = m_session.agency().defaultAnswerDays;
    CategoryDialog dialog(m_departments, category, [this](const Category& c) {
        return m_session.admin().addCategory(c.name, c.defaultDepartmentCode, c.answerDays);
    }, this);
    if (dialog.exec() == QDialog::Accepted)
        showResult({});
}

void AdminDialog::editCategory()
{
    const int row = m_ui->categoriesTable->currentRow();
    if (row < 0 || row >= m_categories.size())
        return;
    // Saved from a stale copy: the form closes, the list shows the change that won and says whose it was.
    QString stale;
    CategoryDialog* form = nullptr;
    CategoryDialog dialog(m_departments, m_categories.at(row), [&](const Category& c) {
        auto saved = m_session.admin().updateCategory(c);
        if (!saved && saved.error().field == QLatin1String("version")) {
            stale = saved.error().message;
            form->reject();
        }
        return saved;
    }, this);
    form = &dialog;
    if (dialog.exec() == QDialog::Accepted) {
        showResult({});
    } else if (!stale.isEmpty()) {
        showResult({});
        showResult(stale);
    }
}

} // namespace danhoi
