// The desk's connection dialog: a file or the office's server (server, port, database, encryption), checked like
// danhoi-cli's --db before it closes, remembered for the next start; and the login dialog's way to it. A file of an
// older DanHoi is upgraded behind a window that says so.

#include "common/MessageBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/DatabaseUpgradeDialog.h"
#include "storage/Migrations.h"
#include "login/LoginDialog.h"
#include "GuiFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>

using namespace danhoi;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(QStringLiteral("vi"));
    }
    void serverAddressBecomesALocation();
    void badServerAddressIsRefusedAtTheField();
    void fileChoiceNeedsAFile();
    void loginOffersAnotherPlace();
    void olderFileIsUpgradedBehindAWindow();

private:
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
};

void TestConnection::serverAddressBecomesALocation()
{
    ConnectionDialog dialog(QStringLiteral("/tmp/danhoi.sqlite"));
    QVERIFY(child<QRadioButton>(&dialog, "fileChoice")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "hostEdit")->isEnabled());
    child<QRadioButton>(&dialog, "serverChoice")->setChecked(true);
    QVERIFY(child<QLineEdit>(&dialog, "hostEdit")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("danhoi.ubnd.local"));
    child<QSpinBox>(&dialog, "portSpin")->setValue(6543);
    QTest::keyClicks(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("danhoi_nghean"));
    auto* ssl = child<QComboBox>(&dialog, "sslCombo");
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("connection-dialog"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://danhoi.ubnd.local:6543/danhoi_nghean?sslmode=verify-full"));

    // Opened again on that location, the dialog shows the same choices.
    ConnectionDialog again(dialog.location());
    QVERIFY(child<QRadioButton>(&again, "serverChoice")->isChecked());
    QCOMPARE(child<QLineEdit>(&again, "hostEdit")->text(), QStringLiteral("danhoi.ubnd.local"));
    QCOMPARE(child<QSpinBox>(&again, "portSpin")->value(), 6543);
    QCOMPARE(child<QLineEdit>(&again, "databaseEdit")->text(), QStringLiteral("danhoi_nghean"));
    QCOMPARE(child<QComboBox>(&again, "sslCombo")->currentData().toString(), QStringLiteral("verify-full"));

    ConnectionDialog::remember(dialog.location());
    QCOMPARE(ConnectionDialog::rememberedLocation(), dialog.location());

    // A socket folder works as the server too (the default port is left out).
    ConnectionDialog socket(QString{});
    child<QRadioButton>(&socket, "serverChoice")->setChecked(true);
    child<QLineEdit>(&socket, "hostEdit")->setText(QStringLiteral("/run/postgresql"));
    child<QLineEdit>(&socket, "databaseEdit")->setText(QStringLiteral("danhoi"));
    socket.accept();
    QCOMPARE(socket.location(), QStringLiteral("postgresql:///danhoi?host=/run/postgresql"));
}

void TestConnection::badServerAddressIsRefusedAtTheField()
{
    ConnectionDialog dialog(QStringLiteral("postgresql://server/danhoi"));
    dialog.show();
    // Focus moves only within the active window (on a real display, the dialog is activated by being shown).
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* error = child<QLabel>(&dialog, "errorLabel");
    auto* database = child<QLineEdit>(&dialog, "databaseEdit");
    database->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QTRY_VERIFY(database->hasFocus());

    auto* host = child<QLineEdit>(&dialog, "hostEdit");
    database->setText(QStringLiteral("danhoi"));
    host->setText(QStringLiteral("   "));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY(host->hasFocus());
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://server/danhoi")); // unchanged until valid

    // Whatever is typed stays a name: it travels encoded in the location, never as SQL, and comes back intact.
    host->setText(QStringLiteral("server"));
    database->setText(QStringLiteral("danhoi'; DROP DATABASE x; --&sslmode=disable"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ConnectionDialog again(dialog.location());
    QCOMPARE(child<QLineEdit>(&again, "databaseEdit")->text(), database->text());
    QCOMPARE(child<QComboBox>(&again, "sslCombo")->currentData().toString(), QString());
}

void TestConnection::fileChoiceNeedsAFile()
{
    QTemporaryDir dir;
    ConnectionDialog dialog(dir.filePath(QStringLiteral("a.sqlite")));
    dialog.show();
    auto* path = child<QLineEdit>(&dialog, "filePathEdit");
    path->setText(dir.path());
    dialog.accept();
    QVERIFY(dialog.isVisible()); // a folder is not a file
    path->setText(QStringLiteral("postgresql://server/danhoi"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    path->setText(dir.filePath(QStringLiteral("b.sqlite")));
    dialog.accept();
    QCOMPARE(dialog.location(), dir.filePath(QStringLiteral("b.sqlite")));
}

void TestConnection::loginOffersAnotherPlace()
{
    test::Desk desk;
    QVERIFY(desk.open());
    LoginDialog login(desk.context);
    login.offerLocation(desk.context.db->path());
    auto* change = child<QPushButton>(&login, "changeLocationButton");
    QVERIFY(!change->isHidden());
    login.show();
    test::screenshot(&login, QStringLiteral("login-with-location"));
    // No empty band between the last row and the buttons: the dialog is as tall as its rows.
    auto* buttons = child<QDialogButtonBox>(&login, "buttonBox");
    QVERIFY2(buttons->geometry().top() - change->geometry().bottom() < 3 * login.layout()->spacing() + 8,
             qPrintable(QStringLiteral("gap %1 px").arg(buttons->geometry().top() - change->geometry().bottom())));
    // A refusal shows above the buttons, the dialog grown to hold it.
    child<QLineEdit>(&login, "usernameEdit")->setText(QStringLiteral("nobody"));
    child<QLineEdit>(&login, "passwordEdit")->setText(QStringLiteral("wrong-password"));
    login.accept();
    auto* error = child<QLabel>(&login, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(error->geometry().bottom() < buttons->geometry().top());
    QVERIFY(error->geometry().top() > change->geometry().bottom());
    test::screenshot(&login, QStringLiteral("login-refused"));
    QCOMPARE(child<QLabel>(&login, "locationLabel")->toolTip(), desk.context.db->path());
    // The user picks the server in the connection dialog that the button opens.
    const auto answer = [] {
        auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QRadioButton*>(QStringLiteral("serverChoice"))->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("danhoi.ubnd.local"));
        dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("danhoi"));
        dialog->accept();
    };
    QTimer::singleShot(0, change, [change, answer] {
        QTimer::singleShot(0, answer); // runs inside the connection dialog's own loop
        change->click();
    });
    QCOMPARE(login.exec(), LoginDialog::LocationChanged);
    QCOMPARE(login.location(), QStringLiteral("postgresql://danhoi.ubnd.local/danhoi"));
}

QTEST_MAIN(TestConnection)
namespace {

// The texts of every upgrade window shown, read when it appears (the upgrade of a small file takes milliseconds).
class UpgradeWindowWatcher : public QObject
{
public:
    QStringList texts;
    int shown = 0;
    int bandBelow = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == QLatin1String("DatabaseUpgradeDialog")) {
            auto* window = static_cast<QWidget*>(watched);
            ++shown;
            texts << window->windowTitle();
            for (const QLabel* label : window->findChildren<QLabel*>())
                texts << label->text();
            // No empty band under the last line of the window.
            const QWidget* last = window->findChild<QLabel*>(QStringLiteral("waitLabel"));
            bandBelow = window->height() - last->geometry().bottom();
            test::screenshot(window, QStringLiteral("database-upgrade"));
        }
        return false;
    }
};

} // namespace

void TestConnection::olderFileIsUpgradedBehindAWindow()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = Database::openSqlite(file);
        QVERIFY(old.ok());
        QVERIFY(Migrations::migrateTo(*old.value(), 1).ok());
    }
    UpgradeWindowWatcher watcher;
    qApp->installEventFilter(&watcher);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto opened = DatabaseUpgradeDialog::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened->upgradedFrom, 1);
    QCOMPARE(Migrations::currentVersion(*opened->db).value(), Migrations::latestVersion());
    QCOMPARE(watcher.shown, 1);
    QVERIFY2(watcher.bandBelow < 24, qPrintable(QStringLiteral("%1 px under the last line").arg(watcher.bandBelow)));
    const QString shown = watcher.texts.join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())), qPrintable(shown));
    QVERIFY2(shown.contains(QString::number(Migrations::latestVersion())), qPrintable(shown));
    // Then where the file as it was is kept.
    QVERIFY(QFileInfo::exists(opened->backupPath));
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(opened->backupPath)), qPrintable(MessageBox::lastText()));

    // A current file opens without a window or a message.
    opened = Result<DatabaseOpener::Opened>(Error::other(QStringLiteral("closed")));
    MessageBox::clearLastText();
    auto again = DatabaseUpgradeDialog::open(file);
    QVERIFY(again.ok());
    QCOMPARE(again->upgradedFrom, 0);
    QCOMPARE(watcher.shown, 1);
    QVERIFY(MessageBox::lastText().isEmpty());
    qApp->removeEventFilter(&watcher);
}

#include "tst_connection.moc"
