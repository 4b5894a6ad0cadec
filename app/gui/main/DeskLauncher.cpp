#include "DeskLauncher.h"

#include "MainWindow.h"
#include "StartupReport.h"
#include "common/DeskSession.h"
#include "common/MessageBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/DatabaseUpgradeDialog.h"
#include "login/LoginDialog.h"
#include "services/AdminService.h"
#include "services/AuthService.h"
#include "setup/SetupDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>

#include <cstdio>

namespace danhoi {

QString DeskLauncher::chosenLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("DANHOI_LANG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString();
}

namespace {

QString startTitle()
{
    return QCoreApplication::translate("DeskLauncher", "DanHoi cannot start");
}

// Asks where the data is after `problem`; empty when the user gives up.
QString chooseAnotherLocation(const QString& location, const QString& problem)
{
    MessageBox::critical(nullptr, startTitle(), problem);
    ConnectionDialog choose(location);
    if (choose.exec() != QDialog::Accepted)
        return {};
    ConnectionDialog::remember(choose.location());
    return choose.location();
}

} // namespace

int DeskLauncher::run(const Options& options)
{
    QElapsedTimer started = options.started;
    if (!started.isValid())
        started.start();
    // The command line or DANHOI_DB first, then the place chosen last time, then the file in the user's data folder.
    QString location = options.databasePath;
    if (location.isEmpty())
        location = ConnectionDialog::rememberedLocation();
    if (location.isEmpty())
        location = DatabaseOpener::defaultLocation();
    ServiceContext context;
    User user;
    for (;;) {
        context = ServiceContext();
        if (DatabaseOpener::isServerLocation(location)) {
            // A shared server is set up by its IT officer (danhoi-cli db provision, init); signing in connects.
            context.serverLocation = location;
        } else {
            auto opened = DatabaseUpgradeDialog::open(location);
            if (!opened) {
                location = chooseAnotherLocation(location, opened.error().message);
                if (location.isEmpty())
                    return 1;
                continue;
            }
            context.db = opened->db;
            auto initialised = AdminService::isInitialised(context);
            if (!initialised) {
                MessageBox::critical(nullptr, startTitle(), initialised.error().message);
                return 1;
            }
            if (!initialised.value()) {
                SetupDialog setup(context);
                if (setup.exec() != QDialog::Accepted)
                    return 0;
            }
        }
        // Measuring (--report-startup with DANHOI_USER and DANHOI_PASSWORD): signed in without the dialog, to the file
        // or, on a server, as the user's login role (AuthService connects).
        const QString reportUser = qEnvironmentVariable("DANHOI_USER");
        if (options.reportStartup && !reportUser.isEmpty()) {
            auto signedIn = AuthService(context).login(reportUser, qEnvironmentVariable("DANHOI_PASSWORD"));
            if (!signedIn) {
                std::fprintf(stderr, "%s\n", signedIn.error().message.toUtf8().constData());
                return 6;
            }
            user = signedIn.value();
            break;
        }
        LoginDialog login(context);
        login.offerLocation(location);
        const int answer = login.exec();
        if (answer == LoginDialog::LocationChanged) {
            location = login.location();
            ConnectionDialog::remember(location);
            continue;
        }
        if (answer != QDialog::Accepted)
            return 0;
        user = login.user();
        break;
    }
    DeskSession session(context, user);
    MainWindow window(session);
    if (options.reportStartup)
        new StartupReport(&window, started, options.reportScroll);
    window.show();
    return QApplication::exec();
}

} // namespace danhoi
