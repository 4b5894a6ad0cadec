#pragma once

#include <QElapsedTimer>
#include <QString>

namespace danhoi {

// From start to the main window: open the database, first-run setup if it is empty, login, main window.
class DeskLauncher
{
public:
    struct Options {
        QString databasePath;  // empty = DatabaseOpener::defaultLocation()
        // Measuring: print the milliseconds until the main window is painted, then quit. With DANHOI_USER and
        // DANHOI_PASSWORD set, that user is logged in without the dialog.
        bool reportStartup = false;
        bool reportScroll = false; // also scroll the "All" queue from top to bottom and print the peak memory
        QElapsedTimer started;     // when the process started; invalid = when run() is called
    };
    // Runs the application's event loop; returns the exit code.
    static int run(const Options& options);
    // The interface language: the user's choice in the settings, or DANHOI_LANG, else Vietnamese.
    static QString chosenLanguage();
};

} // namespace danhoi
