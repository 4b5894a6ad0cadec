#pragma once

#include "core/Language.h"

#include "common/DeskSession.h"
#include "services/AdminService.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace danhoi::test {

constexpr auto password = "mat-khau-2025";

// A database with an agency, two departments and one user per role.
struct Desk {
    QTemporaryDir dir;
    ServiceContext context;
    User admin, coordinator, clerk, supervisor, otherClerk;

    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = DatabaseOpener::open(dir.filePath(QStringLiteral("desk.sqlite")), false);
        if (!opened)
            return false;
        context.db = opened->db;
        auto made = AdminService::initialise(context, QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("admin"),
                                             QLatin1String(password));
        if (!made)
            return false;
        admin = made.value();
        AdminService service(context, admin);
        service.addDepartment(QStringLiteral("SVHTTDL"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"),
                              QStringLiteral("Department of Culture, Sports and Tourism"));
        service.addDepartment(QStringLiteral("SYT"), QStringLiteral("Sở Y tế"), QStringLiteral("Department of Health"));
        service.addCategory(QStringLiteral("Du lịch"), QStringLiteral("SVHTTDL"), 10);
        auto add = [&](const char* name, Roles roles, const char* department) {
            auto user = service.addUser({QLatin1String(name), QLatin1String(name), roles, QLatin1String(department),
                                         QLatin1String(password)});
            return user ? user.value() : User{};
        };
        coordinator = add("dieuphoi", Role::Coordinator, "");
        clerk = add("chuyenvien", Role::Clerk, "SVHTTDL");
        supervisor = add("lanhdao", Role::Supervisor, "SVHTTDL");
        otherClerk = add("yte", Role::Clerk, "SYT");
        return coordinator.id && clerk.id && supervisor.id && otherClerk.id;
    }
};

// Triggers an action of a window by object name, after checking it exists and is enabled.
inline bool triggerAction(QWidget* window, const char* name)
{
    auto* action = window->findChild<QAction*>(QLatin1String(name));
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

// Types text as key presses, also Vietnamese (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Saves a picture of a widget when DANHOI_SCREENSHOTS names a folder.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("DANHOI_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(50);
    const QString language = Language::current() == QLatin1String("en") ? QStringLiteral("-en") : QString();
    widget->grab().save(QDir(folder).filePath(name + language + QStringLiteral(".png")));
}

} // namespace danhoi::test
