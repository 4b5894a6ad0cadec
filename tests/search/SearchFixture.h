#pragma once

// A temporary database of the backend under test with two departments and the people of the workflow, for the
// search tests.

#include "services/QuestionService.h"
#include "services/SearchService.h"
#include "services/WorkflowService.h"
#include "storage/CatalogRepository.h"
#include "storage/Migrations.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>

namespace danhoi::test {

class SearchFixture
{
public:
    // Everything up to `version` of the schema; departments and users only when the schema is complete.
    bool open(int version = Migrations::latestVersion())
    {
        m_backend = std::make_unique<BackendUnderTest>();
        const bool complete = version == Migrations::latestVersion();
        if (!m_backend->create(complete))
            return false;
        context.db = m_backend->db;
        context.clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC));
        if (!complete && !Migrations::migrateTo(*context.db, version).ok())
            return false;
        return seed();
    }

    // What the owner's db upgrade does to a database opened at an older version.
    bool upgrade() { return m_backend->upgrade(); }

    bool seed()
    {
        CatalogRepository catalog(context.db->connection().value());
        AgencySettings settings;
        settings.name = QStringLiteral("UBND tỉnh Nghệ An");
        if (!catalog.saveAgencySettings(settings).ok())
            return false;
        auto a = catalog.addDepartment({0, QStringLiteral("SVHTTDL"), QStringLiteral("Sở Văn hóa"), {}, true, 0});
        auto b = catalog.addDepartment({0, QStringLiteral("SGDDT"), QStringLiteral("Sở Giáo dục"), {}, true, 0});
        if (!a || !b)
            return false;
        deptA = a.value();
        deptB = b.value();
        admin = addUser(QStringLiteral("admin"), Role::Admin, std::nullopt);
        coordinator = addUser(QStringLiteral("coord"), Role::Coordinator, std::nullopt);
        clerkA = addUser(QStringLiteral("clerk_a"), Role::Clerk, deptA);
        supervisorA = addUser(QStringLiteral("boss_a"), Role::Supervisor, deptA);
        clerkB = addUser(QStringLiteral("clerk_b"), Role::Clerk, deptB);
        supervisorB = addUser(QStringLiteral("boss_b"), Role::Supervisor, deptB);
        return admin.id && coordinator.id && clerkA.id && clerkB.id;
    }

    User addUser(const QString& name, Role role, std::optional<Id> department)
    {
        User user;
        user.username = name;
        user.roles = role;
        user.departmentId = department;
        user.departmentCode = department == deptA ? QStringLiteral("SVHTTDL") : QStringLiteral("SGDDT");
        auto id = UserRepository(context.db->connection().value()).add(user, QStringLiteral("not-a-real-hash"));
        if (id)
            user.id = id.value();
        return user;
    }

    Question add(const QString& title, const QString& body, const QString& locality = {})
    {
        NewQuestion input;
        input.title = title;
        input.body = body;
        input.asker.locality = locality;
        input.asker.name = QStringLiteral("Nguyễn Văn A");
        auto added = QuestionService(context, coordinator).add(input);
        if (!added)
            qWarning("add: %s", qPrintable(added.error().message));
        return added ? added.value() : Question();
    }

    bool perform(const User& actor, Id id, Action action, const ActionInput& input = {})
    {
        auto done = WorkflowService(context, actor).perform(QString::number(id), action, input);
        if (!done)
            qWarning("%s: %s", qPrintable(actionName(action)), qPrintable(done.error().message));
        return done.ok();
    }

    bool route(Id id, Id department)
    {
        ActionInput input;
        input.departmentCode = department == deptA ? QStringLiteral("SVHTTDL") : QStringLiteral("SGDDT");
        return perform(coordinator, id, Action::Route, input);
    }

    bool draft(Id id, const User& clerk, const QString& text)
    {
        ActionInput input;
        input.text = text;
        return perform(clerk, id, Action::Draft, input);
    }

    // Route, draft, submit, approve, publish.
    bool publish(Id id, Id department, const QString& answer)
    {
        const User& clerk = department == deptA ? clerkA : clerkB;
        const User& boss = department == deptA ? supervisorA : supervisorB;
        return route(id, department) && draft(id, clerk, answer) && perform(clerk, id, Action::Submit)
            && perform(boss, id, Action::Approve) && perform(coordinator, id, Action::Publish);
    }

    SearchIndex::Consistency consistency()
    {
        auto checked = SearchIndex(context.db->connection().value()).check();
        return checked ? checked.value() : SearchIndex::Consistency{0, 0, {checked.error().message}};
    }

    QStringList refs(const User& who, const QString& text, SearchRequest request = {})
    {
        request.text = text;
        auto found = SearchService(context, who).search(request);
        if (!found)
            return {QStringLiteral("error: ") + found.error().message};
        QStringList out;
        for (const SearchResult& r : found.value())
            out.append(r.ref);
        return out;
    }

    ServiceContext context;
    Id deptA = 0;
    Id deptB = 0;
    User admin, coordinator, clerkA, supervisorA, clerkB, supervisorB;

private:
    std::unique_ptr<BackendUnderTest> m_backend;
};

} // namespace danhoi::test
