#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace danhoi {

// One problem of an import file, located by line (CSV, JSON Lines) or record number (JSON array).
struct ImportProblem {
    int line = 0;          // 0 = the file as a whole
    bool isRecord = false; // `line` counts records, not lines
    QString field;
    QString message;
};

// One record as read from the file: the known question fields as text, not validated yet.
struct ImportRecord {
    int line = 0;
    bool isRecord = false;
    QHash<QString, QString> fields;
};

struct ParsedImport {
    enum class Format { Csv, Json, JsonLines } format = Format::Csv;
    QList<ImportRecord> records;
    QList<ImportProblem> problems;
    QStringList ignoredFields; // columns or keys that are not question fields
};

// Reads portal submissions from CSV (UTF-8, optional BOM, comma or semicolon, header row) or JSON / JSON Lines.
// It never throws away part of a file silently: anything it cannot read is a problem with its line.
class QuestionImport
{
    Q_DECLARE_TR_FUNCTIONS(QuestionImport)
public:
    static constexpr qint64 maxFileBytes = 128LL * 1024 * 1024; // maxRecords portal submissions of ~0.5–1 KB each
    static constexpr int maxLineBytes = 256 * 1024;
    static constexpr int maxRecords = 100000;

    static QStringList knownFields();
    static QString formatName(ParsedImport::Format format);
    // The whole file; a file that is too big, binary or not UTF-8 is an Error, a bad record is a problem.
    static Result<ParsedImport> readFile(const QString& path);
    static Result<ParsedImport> parse(const QByteArray& bytes, const QString& fileName);
    static QString describe(const ImportProblem& problem);
    // The file, opened, if it is one that may be imported (exists, regular, within maxFileBytes).
    static Result<std::unique_ptr<QFile>> openFile(const QString& path);
    // What is wrong with a file that starts with these bytes (UTF-16) or holds no text at all, if anything.
    static std::optional<Error> unreadableStart(const QByteArray& start, bool empty);
    static std::optional<Error> tooManyRecords(qsizetype records);
    // The format a file's name and first character say it holds.
    static ParsedImport::Format formatOf(const QString& fileName, const QByteArray& start);
    // Why a line makes the whole file unreadable (NUL, too long, not UTF-8), if it does.
    static std::optional<Error> unreadableLine(const QByteArray& line, int lineNumber);
    // One line of JSON Lines (trimmed, not empty): a record into out.records, or a problem into out.problems.
    static void takeJsonLine(const QByteArray& line, int lineNumber, ParsedImport& out);

private:
    static void parseCsv(const QString& text, ParsedImport& out);
    static void parseJsonLines(const QByteArray& bytes, ParsedImport& out);
    static void parseJsonArray(const QByteArray& bytes, ParsedImport& out);
    static void takeObject(const class QJsonObject& object, int line, bool isRecord, ParsedImport& out);
};

} // namespace danhoi
