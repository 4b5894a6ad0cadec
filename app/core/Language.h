#pragma once

#include <QString>

namespace danhoi {

// The interface language: Vietnamese by default for the desk, English on request.
class Language
{
public:
    // "vi" or "en"; anything else falls back to "vi".
    static QString normalise(const QString& code);
    // Installs DanHoi's and Qt's own translations for `code` into the running application.
    static void install(const QString& code);
    static QString current();
};

} // namespace danhoi
