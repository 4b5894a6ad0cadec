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
    // The whole file, read as ImportReader reads it (a file that is too big, binary or not UTF-8 is an Error, a bad
    // record is a problem): the desk's preview and tests.
    static Result<ParsedImport> readFile(const QString& path);
    static Result<ParsedImport> parse(const QByteArray& bytes, const QString& fileName);
    static Result<ParsedImport> readAll(class ImportReader& reader);
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

    // Each record into out.records, or a problem into out.problems:
    // one line of JSON Lines (trimmed, not empty);
    static void takeJsonLine(const QByteArray& line, int lineNumber, ParsedImport& out);
    // the text of the `number`th item of a JSON array (JsonArrayItems), starting on `firstLine` (false: it is not JSON);
    static bool takeJsonItem(const QByteArray& text, int firstLine, int number, ParsedImport& out);
    // a CSV row after the header row (CsvRows), with the header's keys (takeCsvHeader).
    static void takeCsvRow(const QStringList& header, const QStringList& values, int line, ParsedImport& out);
    // The keys of a CSV header row, its problems (a column twice, no title or body) and the columns ignored.
    static QStringList takeCsvHeader(const QStringList& names, int line, ParsedImport& out);
    // What lies outside a JSON array's items (JsonArrayItems::skeleton): its problem, if any.
    static void takeJsonSkeleton(const QByteArray& skeleton, ParsedImport& out);
    static QString holdsNoQuestions();
    // A CsvRows flaw's message.
    static QString csvFlaw(bool quoteNeverEnds);

private:
    static QString jsonProblem(const QString& parserMessage);
    static void takeObject(const class QJsonObject& object, int line, bool isRecord, ParsedImport& out);
};

} // namespace danhoi
