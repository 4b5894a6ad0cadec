#pragma once

#include "QuestionImport.h"


#include <memory>

namespace danhoi {

// The records of an import file in file order, for an importer that writes each one as it comes. A JSON Lines file
// is read one line at a time, so that memory does not grow with the file; CSV and JSON arrays are parsed whole
// (QuestionImport::parse, within its size limit). open() checks what can be checked without reading the records (the
// file's size, the number of records); a line that makes the file unreadable is an Error from next(), with its line.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)
public:
    static Result<std::unique_ptr<ImportReader>> open(const QString& path);
    explicit ImportReader(ParsedImport parsed); // a file already parsed (the desk's preview)
    ~ImportReader();

    ParsedImport::Format format() const { return m_parsed.format; }
    int records() const { return m_records; } // the most next() returns (JSON Lines: its lines with text)
    // The next record, or nullopt after the last one. Lines that hold no record append a problem to `problems` (on the
    // first call, the problems of a file parsed whole).
    Result<std::optional<ImportRecord>> next(QList<ImportProblem>& problems);
    const QStringList& ignoredFields() const { return m_parsed.ignoredFields; }
    // From the first record again (a transaction run a second time).
    Result<void> restart();

private:
    ImportReader() = default;
    Result<std::optional<QByteArray>> nextLine();

    ParsedImport m_parsed;
    int m_records = 0;
    qsizetype m_next = 0;        // parsed whole: the next record's index
    bool m_problemsGiven = false; // parsed whole: problems handed out
    std::unique_ptr<QFile> m_file; // JSON Lines
    QByteArray m_buffer;
    qsizetype m_bufferStart = 0;
    int m_lineNumber = 0;
};

} // namespace danhoi
