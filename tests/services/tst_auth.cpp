// Initialisation and logging in: a second init is refused, wrong passwords, lockout with a fixed clock,
// disabled accounts.

#include "ServicesFixture.h"
#include "services/AuthService.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTwiceIsAConflict();
    void rightAndWrongPasswords();
    void fiveFailuresLockForFifteenMinutes();
    void disabledAccountIsRefused();
    void onlyAdminsManageUsers();
    void agencySettingsAreValidated();

private:
    Agency m_agency;
    User m_clerk;
};

void TestAuth::initTestCase()
{
    QVERIFY(m_agency.dir.isValid());
    QVERIFY(m_agency.open());
    QVERIFY(AdminService(m_agency.context, m_agency.admin).addDepartment(QStringLiteral("SVH"),
                                                                         QStringLiteral("Sở Văn hóa"), {}).ok());
    m_clerk = m_agency.addUser(QStringLiteral("clerka"), Role::Clerk, QStringLiteral("SVH"));
    QVERIFY(m_clerk.id > 0);
}

void TestAuth::initTwiceIsAConflict()
{
    QVERIFY(AdminService::isInitialised(m_agency.context).value());
    const qint64 users = m_agency.rows(QStringLiteral("users"));
    const qint64 events = m_agency.rows(QStringLiteral("audit_events"));
    auto again = AdminService::initialise(m_agency.context, QStringLiteral("Khác"), QStringLiteral("admin2"),
                                          QStringLiteral("another-pass"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QCOMPARE(m_agency.rows(QStringLiteral("users")), users);
    QCOMPARE(m_agency.rows(QStringLiteral("audit_events")), events);
    QCOMPARE(AdminService(m_agency.context, m_agency.admin).settings()->name, QStringLiteral("Sở Nội vụ tỉnh"));
}

void TestAuth::rightAndWrongPasswords()
{
    DANHOI_SQLITE_ONLY("DanHoi's own password hashes and lockout; on a server the login is the server's role");
    AuthService auth(m_agency.context);
    auto ok = auth.login(QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->username, QStringLiteral("admin"));
    QVERIFY(ok->hasRole(Role::Admin));
    auto wrong = auth.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ErrorKind::Authentication);
    auto unknown = auth.login(QStringLiteral("nobody"), QStringLiteral("admin-pass-1"));
    QCOMPARE(unknown.error().kind, ErrorKind::Authentication);
    QCOMPARE(unknown.error().message, wrong.error().message); // does not reveal which user names exist
    // The stored hash is Argon2id, never the password.
    const QString hash = scalar(*m_agency.context.db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'"))
                             .toString();
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QLatin1String("admin-pass-1")));
    // A successful login clears the failure count.
    QVERIFY(auth.login(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());
    QCOMPARE(scalar(*m_agency.context.db, QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'admin'"))
                 .toInt(),
             0);
}

void TestAuth::fiveFailuresLockForFifteenMinutes()
{
    DANHOI_SQLITE_ONLY("DanHoi's own password hashes and lockout; on a server the login is the server's role");
    AuthService auth(m_agency.context);
    const QString user = QStringLiteral("clerka");
    const QString right = QStringLiteral("pass-clerka-x");
    for (int i = 1; i <= 4; ++i) {
        auto wrong = auth.login(user, QStringLiteral("wrong-%1").arg(i));
        QCOMPARE(wrong.error().kind, ErrorKind::Authentication);
    }
    QVERIFY(auth.login(user, right).ok()); // four failures do not lock, and success resets the count
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(auth.login(user, QStringLiteral("wrong-%1").arg(i)).error().kind, ErrorKind::Authentication);
    auto fifth = auth.login(user, QStringLiteral("wrong-5"));
    QCOMPARE(fifth.error().kind, ErrorKind::Authentication);
    QVERIFY2(fifth.error().message.contains(QLatin1String("15")), qPrintable(fifth.error().message));

    // Locked: even the right password is refused, and says so.
    auto locked = auth.login(user, right);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind, ErrorKind::Authentication);
    QVERIFY2(locked.error().message.contains(QLatin1String("locked")), qPrintable(locked.error().message));
    m_agency.clock->advanceSeconds(14 * 60 + 59);
    QCOMPARE(auth.login(user, right).error().kind, ErrorKind::Authentication);
    m_agency.clock->advanceSeconds(2);
    auto unlocked = auth.login(user, right);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
    // After the lock the count starts afresh: one wrong password does not lock again.
    QCOMPARE(auth.login(user, QStringLiteral("wrong")).error().kind, ErrorKind::Authentication);
    QVERIFY(auth.login(user, right).ok());
}

void TestAuth::disabledAccountIsRefused()
{
    DANHOI_SQLITE_ONLY("DanHoi's own password hashes and lockout; on a server the login is the server's role");
    AdminService admin(m_agency.context, m_agency.admin);
    const User temp = m_agency.addUser(QStringLiteral("tamthoi"), Role::Coordinator);
    QVERIFY(temp.id > 0);
    QVERIFY(admin.disableUser(QStringLiteral("tamthoi")).ok());
    auto refused = AuthService(m_agency.context).login(QStringLiteral("tamthoi"), QStringLiteral("pass-tamthoi-x"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Authentication);
    QVERIFY2(refused.error().message.contains(QLatin1String("disabled")), qPrintable(refused.error().message));
    QCOMPARE(admin.disableUser(QStringLiteral("admin")).error().kind, ErrorKind::Conflict); // not oneself
    QCOMPARE(admin.disableUser(QStringLiteral("ghost")).error().kind, ErrorKind::NotFound);
}

void TestAuth::onlyAdminsManageUsers()
{
    const qint64 users = m_agency.rows(QStringLiteral("users"));
    AdminService asClerk(m_agency.context, m_clerk);
    auto added = asClerk.addUser({QStringLiteral("x1"), {}, Role::Admin, {}, QStringLiteral("long-enough-1")});
    QCOMPARE(added.error().kind, ErrorKind::Forbidden);
    QCOMPARE(asClerk.addDepartment(QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), {}).error().kind,
             ErrorKind::Forbidden);
    AdminService admin(m_agency.context, m_agency.admin);
    QCOMPARE(admin.addUser({QStringLiteral("x2"), {}, Role::Coordinator, {}, QStringLiteral("short")}).error().kind,
             ErrorKind::Invalid);
    QCOMPARE(admin.addUser({QStringLiteral("x3"), {}, Role::Clerk, {}, QStringLiteral("long-enough-1")}).error().kind,
             ErrorKind::Invalid); // a clerk needs a department
    QCOMPARE(admin.addUser({QStringLiteral("clerka"), {}, Role::Clerk, QStringLiteral("SVH"),
                            QStringLiteral("long-enough-1")})
                 .error()
                 .kind,
             ErrorKind::Conflict);
    QCOMPARE(admin.addUser({QStringLiteral("x4"), {}, Role::Clerk, QStringLiteral("NOPE"),
                            QStringLiteral("long-enough-1")})
                 .error()
                 .kind,
             ErrorKind::NotFound);
    QCOMPARE(m_agency.rows(QStringLiteral("users")), users);
}

void TestAuth::agencySettingsAreValidated()
{
    AdminService admin(m_agency.context, m_agency.admin);
    AgencySettings settings = admin.settings().value();
    QCOMPARE(settings.idleLockMinutes, 15); // the default until an administrator sets it
    settings.idleLockMinutes = 0;
    QCOMPARE(admin.saveSettings(settings).error().kind, ErrorKind::Invalid);
    settings.idleLockMinutes = 5;
    QCOMPARE(AdminService(m_agency.context, m_clerk).saveSettings(settings).error().kind, ErrorKind::Forbidden);
    QVERIFY(admin.saveSettings(settings).ok());
    QCOMPARE(admin.settings()->idleLockMinutes, 5);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
