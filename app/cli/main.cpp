#include "Commands.h"

#include "core/Language.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace danhoi;
using namespace danhoi::cli;

namespace {
// The POSIX order for the messages locale: LC_ALL, then LC_MESSAGES, then LANG.
bool messagesInVietnamese()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return value.startsWith("vi");
    }
    return false;
}

// Only the letter needs QtGui (fonts and PDF); it runs on the offscreen platform, never on a display.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "letter") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("DanHoi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DANHOI_VERSION));
    Language::install(messagesInVietnamese() ? QStringLiteral("vi") : QStringLiteral("en"));

    // Decode the raw bytes ourselves: Qt would silently replace invalid UTF-8.
    QStringList arguments;
    bool json = false;
    std::optional<Error> badArgument;
    for (int i = 1; i < argc; ++i) {
        auto decoded = TextRules::decodeUtf8(QByteArray(argv[i]));
        if (!decoded && !badArgument)
            badArgument = Error::invalid(QCoreApplication::translate("CliSession", "Argument %1 is not valid UTF-8 text.").arg(i));
        arguments.append(decoded.value_or(QString()));
        json = json || arguments.last() == QLatin1String("--json");
    }
    auto invocation = badArgument ? Result<Invocation>(*badArgument) : CommandLine::parse(arguments);
    if (!invocation) {
        Invocation fallback;
        fallback.json = json;
        CliSession(fallback).printError(invocation.error());
        return exitCodeOf(invocation.error());
    }
    CliSession session(invocation.value());
    if (invocation->version) {
        session.print(QStringLiteral("danhoi-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (invocation->help || !invocation->command) {
        session.print(CommandLine::help());
        return 0;
    }
    if (auto started = session.start(); !started) {
        session.printError(started.error());
        return exitCodeOf(started.error());
    }
    const CommandHandler handler = handlerFor(*invocation->command);
    if (auto done = handler(session); !done) {
        session.printError(done.error());
        return exitCodeOf(done.error());
    }
    return 0;
}
