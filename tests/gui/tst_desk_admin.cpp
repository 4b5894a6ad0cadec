#include "GuiFixture.h"

#include "admin/AdminDialog.h"
#include "routing/RoutingDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace danhoi;

// The administration screen's catalogue: categories added and edited (answer period, default department,
// offered or not) with the refusals shown in the form, and the routing dialog following the new period.
namespace {

// The admin screen shown on its categories tab; the table of categories.
QTableWidget* showCategories(AdminDialog& admin)
{
    admin.show();
    auto* tabs = admin.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    tabs->setCurrentWidget(admin.findChild<QWidget*>(QStringLiteral("categoriesTab")));
    return admin.findChild<QTableWidget*>(QStringLiteral("categoriesTable"));
}

} // namespace

class TestDeskAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void categoryAddedAndEdited();
    void staleCategoryEditIsRefusedAndReloaded();

private:
    std::optional<Category> category(const QString& name);
    // Opens the category form with `button` and runs `fill` on it while it is shown.
    bool inCategoryForm(AdminDialog& admin, const char* button, const std::function<void(QDialog*)>& fill);

    test::Desk m_desk;
};

void TestDeskAdmin::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_admin"));
    Language::install(QStringLiteral("vi"));
    QVERIFY(m_desk.open());
}

std::optional<Category> TestDeskAdmin::category(const QString& name)
{
    auto all = AdminService(m_desk.context, m_desk.admin).categories();
    if (!all)
        return std::nullopt;
    for (const Category& c : all.value())
        if (c.name == name)
            return c;
    return std::nullopt;
}

bool TestDeskAdmin::inCategoryForm(AdminDialog& admin, const char* button, const std::function<void(QDialog*)>& fill)
{
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("CategoryDialog"))
            return;
        shown = true;
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(admin.findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    return shown;
}

void TestDeskAdmin::categoryAddedAndEdited()
{
    DeskSession session(m_desk.context, m_desk.admin);
    AdminDialog admin(session);
    auto* table = showCategories(admin);
    QCOMPARE(table->rowCount(), 1);

    // Added: a name is required, the answer period comes from the agency's default.
    QVERIFY(inCategoryForm(admin, "addCategoryButton", [&](QDialog* form) {
        QCOMPARE(form->findChild<QSpinBox*>(QStringLiteral("daysSpin"))->value(), 10);
        QVERIFY(!form->findChild<QCheckBox*>(QStringLiteral("activeCheck"))->isVisible());
        auto* save = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("nameError"))->isVisible());
        test::typeText(form->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Y tế dự phòng"));
        form->findChild<QSpinBox*>(QStringLiteral("daysSpin"))->setValue(5);
        auto* department = form->findChild<QComboBox*>(QStringLiteral("departmentCombo"));
        department->setCurrentIndex(department->findData(QStringLiteral("SYT")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!form->isVisible());
    }));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(category(QStringLiteral("Y tế dự phòng"))->answerDays, 5);

    // Edited: the answer period, the department and the name; a name already used is refused in the form.
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("Du lịch"))
            row = r;
    QVERIFY(row >= 0);
    table->setCurrentCell(row, 0);
    QVERIFY(inCategoryForm(admin, "editCategoryButton", [&](QDialog* form) {
        auto* name = form->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* days = form->findChild<QSpinBox*>(QStringLiteral("daysSpin"));
        auto* department = form->findChild<QComboBox*>(QStringLiteral("departmentCombo"));
        QCOMPARE(name->text(), QStringLiteral("Du lịch"));
        QCOMPARE(days->value(), 10);
        QCOMPARE(department->currentData().toString(), QStringLiteral("SVHTTDL"));
        QVERIFY(form->findChild<QCheckBox*>(QStringLiteral("activeCheck"))->isChecked());
        name->setText(QStringLiteral("Y tế dự phòng"));
        auto* save = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        name->setText(QStringLiteral("Du lịch, lữ hành"));
        days->setValue(4);
        department->setCurrentIndex(department->findData(QStringLiteral("SYT")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!form->isVisible());
    }));
    QVERIFY(!category(QStringLiteral("Du lịch")));
    const auto edited = category(QStringLiteral("Du lịch, lữ hành"));
    QVERIFY(edited);
    QCOMPARE(edited->answerDays, 4);
    QCOMPARE(edited->defaultDepartmentCode, QStringLiteral("SYT"));
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        listed = listed || (table->item(r, 0)->text() == edited->name && table->item(r, 2)->text() == QStringLiteral("4"));
    QVERIFY(listed);
    test::screenshot(&admin, QStringLiteral("admin-categories"));

    // The routing dialog starts from the new period and department.
    DeskSession coordinator(m_desk.context, m_desk.coordinator);
    NewQuestion input;
    input.title = QStringLiteral("Lịch tiêm chủng mở rộng cho trẻ em");
    input.body = QStringLiteral("Xin hỏi lịch tiêm.");
    input.categoryName = edited->name;
    auto question = coordinator.questions().add(input);
    QVERIFY2(question.ok(), qPrintable(question.ok() ? QString() : question.error().message));
    RoutingDialog routing(coordinator, question.value());
    const QDate today = coordinator.today();
    QCOMPARE(routing.findChild<QDateEdit*>(QStringLiteral("dueEdit"))->date(),
             m_desk.context.calendar.addWorkingDays(today, 4));
    QCOMPARE(routing.findChild<QComboBox*>(QStringLiteral("departmentCombo"))->currentData().toString(),
             QStringLiteral("SYT"));

    // No longer offered: kept in the list, gone from the routing dialog's choices.
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == edited->name)
            table->setCurrentCell(r, 0);
    QVERIFY(inCategoryForm(admin, "editCategoryButton", [&](QDialog* form) {
        form->findChild<QCheckBox*>(QStringLiteral("activeCheck"))->setChecked(false);
        QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(!form->isVisible());
    }));
    QVERIFY(!category(edited->name)->active);
    RoutingDialog later(coordinator, question.value());
    auto* categories = later.findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    QCOMPARE(categories->findData(edited->name), -1);
}

// Two administrators edit the same category: the second save is refused, the form closes, the list shows the change
// that won and says whose it was.
void TestDeskAdmin::staleCategoryEditIsRefusedAndReloaded()
{
    AdminService service(m_desk.context, m_desk.admin);
    QVERIFY(service.addCategory(QStringLiteral("Giao thông"), QStringLiteral("SYT"), 7).ok());
    auto other = service.addUser({QStringLiteral("quantri2"), QStringLiteral("Quản trị 2"), Role::Admin, {},
                                  QLatin1String(test::password)});
    QVERIFY(other.ok());
    DeskSession session(m_desk.context, m_desk.admin);
    AdminDialog admin(session);
    auto* table = showCategories(admin);
    const auto rowOf = [&] {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("Giao thông"))
                return r;
        return -1;
    };
    QVERIFY(rowOf() >= 0);
    table->setCurrentCell(rowOf(), 0);

    Category theirs = *category(QStringLiteral("Giao thông"));
    theirs.answerDays = 12;
    QVERIFY(AdminService(m_desk.context, other.value()).updateCategory(theirs).ok());

    QVERIFY(inCategoryForm(admin, "editCategoryButton", [&](QDialog* form) {
        form->findChild<QSpinBox*>(QStringLiteral("daysSpin"))->setValue(9);
        QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(!form->isVisible());
    }));
    auto* error = admin.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("quantri2")), qPrintable(error->text()));
    QCOMPARE(category(QStringLiteral("Giao thông"))->answerDays, 12);
    QCOMPARE(table->item(rowOf(), 2)->text(), QStringLiteral("12"));
    test::screenshot(&admin, QStringLiteral("admin-stale-category"));
}

QTEST_MAIN(TestDeskAdmin)
#include "tst_desk_admin.moc"
