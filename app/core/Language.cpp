#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace danhoi {

namespace {
QString currentCode = QStringLiteral("en");
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
} // namespace

QString Language::normalise(const QString& code)
{
    return code.trimmed().toLower().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("vi");
}

void Language::install(const QString& code)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator** translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    currentCode = normalise(code);
    QLocale::setDefault(QLocale(currentCode == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                currentCode == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // The source strings are English; an English .qm only carries plural forms.
    appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/danhoi_%1.qm").arg(currentCode)))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(app);
    // Qt's own words: the system's qtbase translation where there is one, else the few the desk shows (Debian has
    // no Vietnamese qtbase).
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(currentCode),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator->load(QStringLiteral(":/i18n/qt_%1.qm").arg(currentCode)))
        QCoreApplication::installTranslator(qtTranslator);
}

QString Language::current()
{
    return currentCode;
}

} // namespace danhoi
