#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace danhoi::cli {

// One command of danhoi-cli: its words ("question add"), positional arguments and options.
struct CommandSpec {
    QStringList words;
    QStringList positionals;      // names, for help; a trailing "?" marks an optional one
    QStringList options;          // options taking a value
    QStringList flags;            // options without value
    bool needsUser = true;
    QString summary;              // English; translated when shown
};

// The parsed command line: global options (accepted anywhere) and the command's own.
struct Invocation {
    const CommandSpec* command = nullptr;
    QStringList positionals;
    QHash<QString, QString> options;
    QStringList flags;
    bool json = false;
    bool help = false;
    bool version = false;
    QString db;
    QString user;

    bool has(const QString& option) const { return options.contains(option); }
    QString option(const QString& name) const { return options.value(name); }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static const QList<CommandSpec>& commands();
    // Parses arguments (without the program name); usage errors are ErrorKind::Invalid.
    static Result<Invocation> parse(const QStringList& arguments);
    static QString help();
};

} // namespace danhoi::cli
