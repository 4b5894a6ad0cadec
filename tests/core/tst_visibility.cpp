// Who sees which question: everything, their department in full plus the public version of published
// questions elsewhere, or nothing.

#include "core/Visibility.h"

#include <QTest>

using namespace danhoi;

namespace {

constexpr Id deptA = 1;
constexpr Id deptB = 2;

User makeUser(const QString& name, Roles roles, std::optional<Id> department, bool active = true)
{
    User user;
    user.id = 1;
    user.username = name;
    user.roles = roles;
    user.departmentId = department;
    user.active = active;
    return user;
}

Question question(std::optional<Id> department, bool published)
{
    Question q;
    q.id = 7;
    q.departmentId = department;
    q.status = published ? Status::Published : Status::Drafting;
    if (published)
        q.publishedRevisionId = 70;
    return q;
}

} // namespace

Q_DECLARE_METATYPE(danhoi::User)
Q_DECLARE_METATYPE(danhoi::Access)

class TestVisibility : public QObject
{
    Q_OBJECT

private slots:
    void access_data();
    void access();
    void scopes();
};

void TestVisibility::access_data()
{
    QTest::addColumn<User>("user");
    QTest::addColumn<Access>("ownUnpublished");   // question of department A, not published
    QTest::addColumn<Access>("otherUnpublished"); // department B, not published
    QTest::addColumn<Access>("otherPublished");   // department B, published
    QTest::addColumn<Access>("unrouted");         // no department yet

    const Access F = Access::Full, P = Access::Public, N = Access::None;
    QTest::newRow("admin") << makeUser(QStringLiteral("admin"), Role::Admin, std::nullopt) << F << F << F << F;
    QTest::newRow("coordinator") << makeUser(QStringLiteral("coord"), Role::Coordinator, std::nullopt) << F << F << F << F;
    QTest::newRow("clerk A") << makeUser(QStringLiteral("clerk"), Role::Clerk, deptA) << F << N << P << N;
    QTest::newRow("supervisor A") << makeUser(QStringLiteral("sup"), Role::Supervisor, deptA) << F << N << P << N;
    QTest::newRow("coordinator+clerk A")
        << makeUser(QStringLiteral("cc"), Roles(Role::Coordinator) | Role::Clerk, deptA) << F << F << F << F;
    QTest::newRow("clerk B") << makeUser(QStringLiteral("clerkB"), Role::Clerk, deptB) << N << F << F << N;
    QTest::newRow("clerk without department") << makeUser(QStringLiteral("orphan"), Role::Clerk, std::nullopt) << N << N << P << N;
    QTest::newRow("disabled coordinator")
        << makeUser(QStringLiteral("off"), Role::Coordinator, std::nullopt, false) << N << N << N << N;
    QTest::newRow("disabled clerk A") << makeUser(QStringLiteral("off2"), Role::Clerk, deptA, false) << N << N << N << N;
    QTest::newRow("no roles") << makeUser(QStringLiteral("nobody"), Roles(), deptA) << N << N << N << N;
}

void TestVisibility::access()
{
    QFETCH(User, user);
    QFETCH(Access, ownUnpublished);
    QFETCH(Access, otherUnpublished);
    QFETCH(Access, otherPublished);
    QFETCH(Access, unrouted);
    QCOMPARE(Visibility::accessTo(user, question(deptA, false)), ownUnpublished);
    QCOMPARE(Visibility::accessTo(user, question(deptB, false)), otherUnpublished);
    QCOMPARE(Visibility::accessTo(user, question(deptB, true)), otherPublished);
    QCOMPARE(Visibility::accessTo(user, question(std::nullopt, false)), unrouted);
    // A published question of one's own department is seen in full, never less than unpublished.
    const Access ownPublished = Visibility::accessTo(user, question(deptA, true));
    QVERIFY(int(ownPublished) >= int(ownUnpublished));
    QCOMPARE(Visibility::accessTo(user, deptB, true), otherPublished);
}

void TestVisibility::scopes()
{
    using Kind = VisibilityScope::Kind;
    QCOMPARE(Visibility::scopeFor(makeUser(QStringLiteral("a"), Role::Admin, std::nullopt)).kind, Kind::Everything);
    QCOMPARE(Visibility::scopeFor(makeUser(QStringLiteral("c"), Role::Coordinator, std::nullopt)).kind, Kind::Everything);
    const VisibilityScope clerk = Visibility::scopeFor(makeUser(QStringLiteral("k"), Role::Clerk, deptB));
    QCOMPARE(clerk.kind, Kind::DepartmentAndPublic);
    QCOMPARE(clerk.departmentId, std::optional<Id>(deptB));
    QCOMPARE(Visibility::scopeFor(makeUser(QStringLiteral("o"), Role::Supervisor, std::nullopt)).kind, Kind::PublicOnly);
    QCOMPARE(Visibility::scopeFor(makeUser(QStringLiteral("d"), Role::Admin, std::nullopt, false)).kind, Kind::Nothing);
    QCOMPARE(Visibility::scopeFor(makeUser(QStringLiteral("n"), Roles(), std::nullopt)).kind, Kind::Nothing);
}

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
