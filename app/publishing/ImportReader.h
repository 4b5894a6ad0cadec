#pragma once

#include "QuestionImport.h"

#include <QIODevice>

#include <memory>

namespace danhoi {

class CsvRows;
class JsonArrayItems;

// The records of an import file in file order, for an importer that writes each one as it comes. Every format is read
// a line at a time, so that memory does not grow with the file: JSON Lines line by line, CSV row by row (CsvRows),
// a JSON array item by item (JsonArrayItems). open() reads the file through once for what makes it unreadable (NUL,
// a line over 256 KB, not UTF-8: an Error, before anything is written), to count the records (at most 100,000) and
// for the problems that spoil the whole file (a CSV header without title or body, a quote that never ends, JSON that
// is not valid): such a file hands out those problems and no record, as a file read whole did. Then from the start
// again, record by record.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)
public:
    static Result<std::unique_ptr<ImportReader>> open(const QString& path);
    // `device` open for reading; `fileName` tells the format with the first character.
    static Result<std::unique_ptr<ImportReader>> open(std::unique_ptr<QIODevice> device, const QString& fileName);
    explicit ImportReader(ParsedImport parsed); // a file already parsed (the desk's preview)
    ~ImportReader();

    ParsedImport::Format format() const { return m_parsed.format; }
    int records() const { return m_records; } // the most next() returns
    // The next record, or nullopt after the last one. Lines that hold no record append a problem to `problems`.
    Result<std::optional<ImportRecord>> next(QList<ImportProblem>& problems);
    const QStringList& ignoredFields() const { return m_parsed.ignoredFields; }
    // From the first record again (a transaction run a second time).
    Result<void> restart();

private:
    ImportReader();
    Result<void> survey(const QByteArray& head);
    Result<std::optional<QByteArray>> nextLine();
    // Reads one more line into the format's reader (or ends it); false after the last.
    Result<bool> readLine();
    // One line's, row's or item's record or problems into `out`; false when the lines read hold no more.
    bool takeOne(ParsedImport& out);

    ParsedImport m_parsed; // parsed whole: everything; read by line: what the lines read so far hold
    int m_records = 0;
    qsizetype m_next = 0;         // the next of m_parsed.records to hand out
    bool m_problemsGiven = false; // parsed whole: problems handed out
    QList<ImportProblem> m_spoiled; // problems that spoil the whole file (then no record is handed out)
    std::unique_ptr<QIODevice> m_device; // read by line
    QString m_name;
    QByteArray m_buffer;
    qsizetype m_bufferStart = 0;
    int m_lineNumber = 0;
    bool m_lineEnded = false; // the last line read had a line break
    bool m_ended = false;     // every line read
    bool m_withText = false;  // a line read holds more than spaces
    std::unique_ptr<CsvRows> m_csv;
    std::unique_ptr<JsonArrayItems> m_json;
    std::optional<QStringList> m_header; // CSV: the header row's keys
    int m_items = 0;                     // JSON array: items taken
    QList<std::pair<int, QByteArray>> m_lines; // JSON Lines: lines read and not taken yet
};

} // namespace danhoi
