#include "core/Language.h"
#include "main/DeskLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
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
                                                                               "window is painted, then quit (with "
                                                                               "DANHOI_USER and DANHOI_PASSWORD: no login "
                                                                               "dialog)."));
    const QCommandLineOption reportScroll(QStringLiteral("report-scroll"),
                                          QCoreApplication::translate("main", "With --report-startup: scroll the \"All\" "
                                                                              "queue from top to bottom, print the peak "
                                                                              "memory, then quit."));
    parser.addOption(database);
    parser.addOption(reportStartup);
    parser.addOption(reportScroll);
    parser.process(app);

    danhoi::DeskLauncher::Options options;
    options.databasePath = parser.isSet(database) ? parser.value(database) : qEnvironmentVariable("DANHOI_DB");
    options.reportStartup = parser.isSet(reportStartup);
    options.reportScroll = parser.isSet(reportScroll);
    options.started = started;
    return danhoi::DeskLauncher::run(options);
}
