#pragma once

#include <QString>

namespace danhoi {

// From start to the main window: open the database, first-run setup if it is empty, login, main window.
class DeskLauncher
{
public:
    struct Options {
        QString databasePath;  // empty = DatabaseOpener::defaultLocation()
        bool reportStartup = false;
    };
    // Runs the application's event loop; returns the exit code.
    static int run(const Options& options);
    // The interface language: the user's choice in the settings, or DANHOI_LANG, else Vietnamese.
    static QString chosenLanguage();
};

} // namespace danhoi
