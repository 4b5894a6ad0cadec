#pragma once

// A temporary agency (on the backend under test) with two departments and a few users, a fixed clock, and row
// counters.

#include "services/AdminService.h"
#include "services/ServiceContext.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>

#include <map>

namespace danhoi::test {

struct Agency {
    QTemporaryDir dir; // for files the tests write
    BackendUnderTest backend;
    ServiceContext context;
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC)); // Monday 09:00 in Hanoi
    User admin;

    bool open(const QString& password = QStringLiteral("admin-pass-1"), bool sqliteFile = false)
    {
        if (!backend.create(true, sqliteFile))
            return false;
        auto opened = DatabaseOpener::open(backend.location, true);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        context.db = opened->db;
        context.clock = clock;
        auto made = AdminService::initialise(context, QStringLiteral("Sở Nội vụ tỉnh"), QStringLiteral("admin"),
                                             password);
        if (!made) {
            qWarning("%s", qPrintable(made.error().message));
            return false;
        }
        admin = made.value();
        return true;
    }

    // A user whose display name is their login unless `displayName` is given.
    User addUser(const QString& name, Roles roles, const QString& department = {}, const QString& displayName = {})
    {
        auto user = AdminService(context, admin)
                        .addUser({name, displayName.isEmpty() ? name : displayName, roles, department,
                                  QStringLiteral("pass-%1-x").arg(name)});
        if (!user)
            qWarning("addUser %s: %s", qPrintable(name), qPrintable(user.error().message));
        return user.ok() ? user.value() : User();
    }

    // The services as `user` works with them: on PostgreSQL through a connection of the user's own login, so the
    // server's row-level security and the desks' views apply as on a desk (the owner's connection bypasses them);
    // on SQLite the one file, where the program applies visibility itself.
    ServiceContext& contextOf(const User& user)
    {
        if (!BackendUnderTest::isPostgres() || user.username == admin.username)
            return context;
        ServiceContext& own = m_logins[user.username];
        if (!own.db) {
            DatabaseOpener::Request request;
            request.location = backend.location;
            request.user = PostgresSecurity::loginRole(backend.name, user.username).value();
            request.password = QStringLiteral("pass-%1-x").arg(user.username);
            auto opened = DatabaseOpener::open(request);
            if (!opened)
                qWarning("login %s: %s", qPrintable(user.username), qPrintable(opened.error().message));
            own = context;
            own.db = opened ? opened->db : nullptr;
        }
        return own;
    }

    qint64 rows(const QString& table) { return countRows(*context.db, table); }

private:
    std::map<QString, ServiceContext> m_logins; // gone before the database is dropped
};

} // namespace danhoi::test
