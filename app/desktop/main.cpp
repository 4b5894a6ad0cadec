#include "core/Language.h"
#include "main/DeskLauncher.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // No organisation name: the data lives in ~/.local/share/DanHoi, where danhoi-cli looks too.
    QApplication::setApplicationName(QStringLiteral("DanHoi"));
    QApplication::setApplicationVersion(QStringLiteral(DANHOI_VERSION));
    danhoi::Language::install(danhoi::DeskLauncher::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "DanHoi – citizens ask, the agencies answer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The database file (default: env DANHOI_DB, "
                                                                          "else the user's data folder)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption reportStartup(QStringLiteral("report-startup"),
                                           QCoreApplication::translate("main", "Print the milliseconds until the main "
                                                                               "window is shown."));
    parser.addOption(database);
    parser.addOption(reportStartup);
    parser.process(app);

    danhoi::DeskLauncher::Options options;
    options.databasePath = parser.isSet(database) ? parser.value(database) : qEnvironmentVariable("DANHOI_DB");
    options.reportStartup = parser.isSet(reportStartup);
    return danhoi::DeskLauncher::run(options);
}
