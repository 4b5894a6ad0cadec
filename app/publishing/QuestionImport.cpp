#include "QuestionImport.h"

#include "ImportReader.h"

#include <QBuffer>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace danhoi {

namespace {

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QString headerKey(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

} // namespace

QStringList QuestionImport::knownFields()
{
    return {QStringLiteral("title"),        QStringLiteral("body"),          QStringLiteral("channel"),
            QStringLiteral("received_at"),  QStringLiteral("asker_name"),    QStringLiteral("asker_locality"),
            QStringLiteral("asker_phone"),  QStringLiteral("asker_email"),   QStringLiteral("asker_address"),
            QStringLiteral("asker_id_number"), QStringLiteral("external_id")};
}

QString QuestionImport::formatName(ParsedImport::Format format)
{
    switch (format) {
    case ParsedImport::Format::Csv: return QStringLiteral("csv");
    case ParsedImport::Format::Json: return QStringLiteral("json");
    case ParsedImport::Format::JsonLines: return QStringLiteral("jsonl");
    }
    return QString();
}

QString QuestionImport::describe(const ImportProblem& problem)
{
    QString where;
    if (problem.line > 0)
        where = problem.isRecord ? tr("record %1").arg(problem.line) : tr("line %1").arg(problem.line);
    if (!problem.field.isEmpty())
        where = where.isEmpty() ? problem.field : tr("%1, field %2").arg(where, problem.field);
    return where.isEmpty() ? problem.message : tr("%1: %2").arg(where, problem.message);
}

Result<std::unique_ptr<QFile>> QuestionImport::openFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return Error::invalid(tr("%1 is not a regular file.").arg(path));
    if (info.size() > maxFileBytes)
        return Error::invalid(tr("The file %1 is %2 MB; at most %3 MB can be imported at once. Split it into smaller files.")
                                  .arg(path)
                                  .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(maxFileBytes / (1024 * 1024)));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::other(tr("Cannot read %1: %2").arg(path, file->errorString()));
    return file;
}

Result<ParsedImport> QuestionImport::readFile(const QString& path)
{
    auto reader = ImportReader::open(path);
    if (!reader)
        return reader.error();
    return readAll(*reader.value());
}

Result<ParsedImport> QuestionImport::readAll(ImportReader& reader)
{
    ParsedImport out;
    out.format = reader.format();
    for (;;) {
        auto record = reader.next(out.problems);
        if (!record)
            return record.error();
        if (!record.value())
            break;
        out.records.append(std::move(*record.value()));
    }
    out.ignoredFields = reader.ignoredFields();
    return out;
}

std::optional<Error> QuestionImport::unreadableStart(const QByteArray& start, bool empty)
{
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return Error::invalid(tr("The file is UTF-16 text; save it as UTF-8 and import again."));
    if (empty)
        return Error::invalid(tr("The file is empty."));
    return std::nullopt;
}

std::optional<Error> QuestionImport::tooManyRecords(qsizetype records)
{
    if (records <= maxRecords)
        return std::nullopt;
    return Error::invalid(tr("The file holds %1 records; at most %2 can be imported at once.").arg(records).arg(maxRecords));
}

ParsedImport::Format QuestionImport::formatOf(const QString& fileName, const QByteArray& start)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".jsonl")) || lower.endsWith(QLatin1String(".ndjson")))
        return ParsedImport::Format::JsonLines;
    if (lower.endsWith(QLatin1String(".json")))
        return start.startsWith('[') ? ParsedImport::Format::Json : ParsedImport::Format::JsonLines;
    if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".txt")))
        return ParsedImport::Format::Csv;
    if (start.startsWith('['))
        return ParsedImport::Format::Json;
    if (start.startsWith('{'))
        return ParsedImport::Format::JsonLines;
    return ParsedImport::Format::Csv;
}

std::optional<Error> QuestionImport::unreadableLine(const QByteArray& line, int lineNumber)
{
    if (line.contains('\0'))
        return Error::invalid(tr("The file is not text (line %1 contains a NUL byte); import CSV, JSON or JSON Lines.")
                                  .arg(lineNumber));
    if (line.size() > maxLineBytes)
        return Error::invalid(tr("Line %1 is longer than %2 KB; the file is damaged or not an import file.")
                                  .arg(lineNumber)
                                  .arg(maxLineBytes / 1024));
    if (!QByteArrayView(line).isValidUtf8()) // checked in place: the line is decoded once, by its parser
        return Error::invalid(tr("Line %1 is not valid UTF-8 text; save the file as UTF-8 and import again.").arg(lineNumber));
    return std::nullopt;
}

Result<ParsedImport> QuestionImport::parse(const QByteArray& bytes, const QString& fileName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto reader = ImportReader::open(std::move(buffer), fileName);
    if (!reader)
        return reader.error();
    return readAll(*reader.value());
}

void QuestionImport::takeObject(const QJsonObject& object, int line, bool isRecord, ParsedImport& out)
{
    ImportRecord record{line, isRecord, {}};
    static const QStringList known = knownFields(); // once, not per record
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = headerKey(it.key());
        if (key == QLatin1String("id") && !object.contains(QStringLiteral("external_id")))
            key = QStringLiteral("external_id"); // the portal's own submission id
        if (!known.contains(key)) {
            if (!out.ignoredFields.contains(it.key()))
                out.ignoredFields.append(it.key());
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isString()) {
            record.fields.insert(key, value.toString());
        } else if (value.isNull() || value.isUndefined()) {
            record.fields.insert(key, QString());
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            record.fields.insert(key, number == double(qint64(number)) ? QString::number(qint64(number))
                                                                       : QString::number(number, 'g', 17));
        } else {
            out.problems.append({line, isRecord, key, tr("must be text, not a list, an object or true/false.")});
            ok = false;
        }
    }
    if (ok)
        out.records.append(record);
}

void QuestionImport::takeJsonLine(const QByteArray& line, int lineNumber, ParsedImport& out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems.append({lineNumber, false, {},
                             tr("is not valid JSON (%1 at column %2); the file may be truncated.")
                                 .arg(error.errorString())
                                 .arg(error.offset + 1)});
        return;
    }
    if (!document.isObject()) {
        out.problems.append({lineNumber, false, {}, tr("must hold one JSON object per line.")});
        return;
    }
    takeObject(document.object(), lineNumber, false, out);
}

bool QuestionImport::takeJsonItem(const QByteArray& text, int firstLine, int number, ParsedImport& out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error); // an item may be any value
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        const QString message = error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : QJsonParseError{0, QJsonParseError::IllegalValue}.errorString();
        out.problems.append({firstLine + int(text.left(std::max(0, error.offset - 1)).count('\n')), false, {},
                             jsonProblem(message)});
        return false;
    }
    const QJsonValue item = document.array().at(0);
    if (!item.isObject())
        out.problems.append({number, true, {}, tr("must be a JSON object.")});
    else
        takeObject(item.toObject(), number, true, out);
    return true;
}

QString QuestionImport::holdsNoQuestions()
{
    return tr("The file holds no questions.");
}

QString QuestionImport::jsonProblem(const QString& parserMessage)
{
    return tr("the JSON is not valid (%1); the file may be truncated.").arg(parserMessage);
}

void QuestionImport::takeJsonSkeleton(const QByteArray& skeleton, ParsedImport& out)
{
    QJsonParseError error;
    QJsonDocument::fromJson(skeleton, &error);
    if (error.error != QJsonParseError::NoError)
        out.problems.append({lineOfOffset(skeleton, error.offset), false, {}, jsonProblem(error.errorString())});
}

QStringList QuestionImport::takeCsvHeader(const QStringList& names, int line, ParsedImport& out)
{
    QStringList header;
    for (const QString& name : names)
        header.append(headerKey(name));
    const QStringList known = knownFields();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i) == QLatin1String("id") && !header.contains(QStringLiteral("external_id")))
            header[i] = QStringLiteral("external_id");
        if (header.indexOf(header.at(i)) != i)
            out.problems.append({line, false, header.at(i), tr("the column appears twice in the header.")});
        else if (!known.contains(header.at(i)) && !header.at(i).isEmpty())
            out.ignoredFields.append(names.at(i).trimmed());
    }
    for (const char* required : {"title", "body"})
        if (!header.contains(QLatin1String(required)))
            out.problems.append({line, false, QLatin1String(required),
                                 tr("the header row has no column %1; the first row must name the fields.")
                                     .arg(QLatin1String(required))});
    return header;
}

void QuestionImport::takeCsvRow(const QStringList& header, const QStringList& values, int line, ParsedImport& out)
{
    if (values.size() != header.size()) {
        out.problems.append({line, false, {},
                             tr("has %1 values but the header names %2 columns.").arg(values.size()).arg(header.size())});
        return;
    }
    static const QStringList known = knownFields();
    ImportRecord record{line, false, {}};
    for (int i = 0; i < header.size(); ++i)
        if (known.contains(header.at(i)))
            record.fields.insert(header.at(i), values.at(i));
    out.records.append(record);
}

QString QuestionImport::csvFlaw(bool quoteNeverEnds)
{
    return quoteNeverEnds ? tr("a quoted value that starts on this line never ends; the file may be truncated.")
                          : tr("has text after a closing quote; put the whole value in quotes and double the quotes "
                               "inside it.");
}

} // namespace danhoi
