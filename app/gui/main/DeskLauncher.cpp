#include "DeskLauncher.h"

#include "MainWindow.h"
#include "common/DeskSession.h"
#include "common/MessageBox.h"
#include "login/LoginDialog.h"
#include "services/AdminService.h"
#include "setup/SetupDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace danhoi {

QString DeskLauncher::chosenLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("DANHOI_LANG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString();
}

int DeskLauncher::run(const Options& options)
{
    QElapsedTimer started;
    started.start();
    auto opened = DatabaseOpener::open(options.databasePath, false);
    if (!opened) {
        MessageBox::critical(nullptr, QCoreApplication::translate("DeskLauncher", "DanHoi cannot start"),
                             opened.error().message);
        return 1;
    }
    ServiceContext context;
    context.db = opened->db;
    auto initialised = AdminService::isInitialised(context);
    if (!initialised) {
        MessageBox::critical(nullptr, QCoreApplication::translate("DeskLauncher", "DanHoi cannot start"),
                             initialised.error().message);
        return 1;
    }
    if (!initialised.value()) {
        SetupDialog setup(context);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    LoginDialog login(context);
    if (login.exec() != QDialog::Accepted)
        return 0;
    DeskSession session(context, login.user());
    MainWindow window(session);
    window.show();
    if (options.reportStartup) {
        QTimer::singleShot(0, &window, [&started] {
            std::fprintf(stdout, "main window shown after %lld ms\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
        });
    }
    return QApplication::exec();
}

} // namespace danhoi
