#include "QuestionImport.h"

#include "core/TextRules.h"

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
    auto file = openFile(path);
    if (!file)
        return file.error();
    const QByteArray bytes = file.value()->read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return Error::invalid(tr("The file %1 is larger than %2 MB.").arg(path).arg(maxFileBytes / (1024 * 1024)));
    return parse(bytes, QFileInfo(path).fileName());
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
    if (!TextRules::decodeUtf8(line))
        return Error::invalid(tr("Line %1 is not valid UTF-8 text; save the file as UTF-8 and import again.").arg(lineNumber));
    return std::nullopt;
}

Result<ParsedImport> QuestionImport::parse(const QByteArray& input, const QString& fileName)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    if (auto unreadable = unreadableStart(bytes, bytes.trimmed().isEmpty()))
        return *unreadable;
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error::invalid(tr("The file is not text (line %1 contains a NUL byte); import CSV, JSON or JSON Lines.")
                                  .arg(lineOfOffset(bytes, nul)));
    qsizetype lineStart = 0;
    int lineNumber = 1;
    while (lineStart < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', lineStart);
        if (end < 0)
            end = bytes.size();
        if (auto unreadable = unreadableLine(QByteArray::fromRawData(bytes.constData() + lineStart, end - lineStart), lineNumber))
            return *unreadable;
        lineStart = end + 1;
        ++lineNumber;
    }

    ParsedImport out;
    out.format = formatOf(fileName, bytes.trimmed().left(1));
    switch (out.format) {
    case ParsedImport::Format::Csv: parseCsv(QString::fromUtf8(bytes), out); break;
    case ParsedImport::Format::Json: parseJsonArray(bytes, out); break;
    case ParsedImport::Format::JsonLines: parseJsonLines(bytes, out); break;
    }
    if (auto tooMany = tooManyRecords(out.records.size()))
        return *tooMany;
    if (out.records.isEmpty() && out.problems.isEmpty())
        out.problems.append({0, false, {}, tr("The file holds no questions.")});
    return out;
}

void QuestionImport::takeObject(const QJsonObject& object, int line, bool isRecord, ParsedImport& out)
{
    ImportRecord record{line, isRecord, {}};
    const QStringList known = knownFields();
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

void QuestionImport::parseJsonLines(const QByteArray& bytes, ParsedImport& out)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (!line.isEmpty())
            takeJsonLine(line, i + 1, out);
    }
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

void QuestionImport::parseJsonArray(const QByteArray& bytes, ParsedImport& out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems.append({lineOfOffset(bytes, error.offset), false, {},
                             tr("the JSON is not valid (%1); the file may be truncated.").arg(error.errorString())});
        return;
    }
    QJsonArray array = document.array();
    if (document.isObject() && document.object().value(QStringLiteral("questions")).isArray())
        array = document.object().value(QStringLiteral("questions")).toArray();
    else if (!document.isArray()) {
        out.problems.append({1, false, {}, tr("the JSON must be an array of questions.")});
        return;
    }
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            out.problems.append({i + 1, true, {}, tr("must be a JSON object.")});
            continue;
        }
        takeObject(array.at(i).toObject(), i + 1, true, out);
    }
}

void QuestionImport::parseCsv(const QString& text, ParsedImport& out)
{
    // The delimiter is the one the header row uses most, outside quotes.
    QChar delimiter = QLatin1Char(',');
    {
        int commas = 0, semicolons = 0, tabs = 0;
        bool quoted = false;
        for (QChar c : text) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                break;
            else if (!quoted)
                c == QLatin1Char(',') ? ++commas : c == QLatin1Char(';') ? ++semicolons : c == QLatin1Char('\t') ? ++tabs : 0;
        }
        if (semicolons > commas && semicolons >= tabs)
            delimiter = QLatin1Char(';');
        else if (tabs > commas && tabs > semicolons)
            delimiter = QLatin1Char('\t');
    }

    struct Row {
        int line;
        QStringList values;
    };
    QList<Row> rows;
    QStringList values;
    QString value;
    bool quoted = false;
    bool afterQuote = false;
    bool rowHasContent = false;
    int line = 1;
    int rowLine = 1;
    int badRowLine = 0;
    auto endRow = [&]() {
        values.append(value);
        if (rowHasContent || values.size() > 1 || !value.isEmpty())
            rows.append({rowLine, values});
        values.clear();
        value.clear();
        rowHasContent = false;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            values.append(value);
            value.clear();
            afterQuote = false;
            rowHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRow();
            ++line;
            rowLine = line;
        } else if (c == QLatin1Char('"') && value.isEmpty() && !afterQuote) {
            quoted = true;
            rowHasContent = true;
        } else if (afterQuote) {
            if (badRowLine != rowLine)
                out.problems.append({rowLine, false, {}, tr("has text after a closing quote; put the whole value in quotes "
                                                            "and double the quotes inside it.")});
            badRowLine = rowLine;
            value.append(c);
        } else {
            value.append(c);
            rowHasContent = true;
        }
    }
    if (quoted) {
        out.problems.append({rowLine, false, {},
                             tr("a quoted value that starts on this line never ends; the file may be truncated.")});
        return;
    }
    endRow();
    if (rows.isEmpty())
        return;

    QStringList header;
    for (const QString& name : rows.first().values)
        header.append(headerKey(name));
    const QStringList known = knownFields();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i) == QLatin1String("id") && !header.contains(QStringLiteral("external_id")))
            header[i] = QStringLiteral("external_id");
        if (header.indexOf(header.at(i)) != i)
            out.problems.append({rows.first().line, false, header.at(i), tr("the column appears twice in the header.")});
        else if (!known.contains(header.at(i)) && !header.at(i).isEmpty())
            out.ignoredFields.append(rows.first().values.at(i).trimmed());
    }
    for (const char* required : {"title", "body"})
        if (!header.contains(QLatin1String(required)))
            out.problems.append({rows.first().line, false, QLatin1String(required),
                                 tr("the header row has no column %1; the first row must name the fields.")
                                     .arg(QLatin1String(required))});
    if (!out.problems.isEmpty())
        return;
    for (int r = 1; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        if (row.values.size() != header.size()) {
            out.problems.append({row.line, false, {},
                                 tr("has %1 values but the header names %2 columns.").arg(row.values.size()).arg(header.size())});
            continue;
        }
        ImportRecord record{row.line, false, {}};
        for (int i = 0; i < header.size(); ++i)
            if (known.contains(header.at(i)))
                record.fields.insert(header.at(i), row.values.at(i));
        out.records.append(record);
    }
}

} // namespace danhoi
