#include "ImportReader.h"

#include <QFileInfo>

namespace danhoi {

namespace {
constexpr qint64 chunkBytes = 1024 * 1024;
} // namespace

ImportReader::ImportReader(ParsedImport parsed) : m_parsed(std::move(parsed)), m_records(int(m_parsed.records.size())) { }

ImportReader::~ImportReader() = default;

Result<std::unique_ptr<ImportReader>> ImportReader::open(const QString& path)
{
    auto file = QuestionImport::openFile(path);
    if (!file)
        return file.error();
    const QByteArray head = file.value()->peek(64 * 1024);
    const QByteArray start = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed().left(1);
    if (QuestionImport::formatOf(QFileInfo(path).fileName(), start) != ParsedImport::Format::JsonLines) {
        auto parsed = QuestionImport::readFile(path);
        if (!parsed)
            return parsed.error();
        return std::unique_ptr<ImportReader>(new ImportReader(std::move(parsed.value())));
    }

    // JSON Lines: read through once for what would make the whole file unreadable and to count the records, so that
    // such a file fails before anything is written; then from the start again, record by record.
    std::unique_ptr<ImportReader> reader(new ImportReader);
    reader->m_parsed.format = ParsedImport::Format::JsonLines;
    reader->m_file = std::move(file.value());
    if (auto unreadable = QuestionImport::unreadableStart(head, false))
        return *unreadable;
    if (auto ok = reader->restart(); !ok)
        return ok.error();
    qsizetype withText = 0;
    for (int number = 1;; ++number) {
        auto line = reader->nextLine();
        if (!line)
            return line.error();
        if (!line.value())
            break;
        if (auto unreadable = QuestionImport::unreadableLine(*line.value(), number))
            return *unreadable;
        if (!line.value()->trimmed().isEmpty())
            ++withText;
    }
    if (auto unreadable = QuestionImport::unreadableStart(head, withText == 0))
        return *unreadable;
    if (auto tooMany = QuestionImport::tooManyRecords(withText))
        return *tooMany;
    reader->m_records = int(withText);
    if (auto ok = reader->restart(); !ok)
        return ok.error();
    return reader;
}

Result<void> ImportReader::restart()
{
    m_next = 0;
    m_problemsGiven = false;
    if (!m_file)
        return {};
    m_buffer.clear();
    m_bufferStart = 0;
    m_lineNumber = 0;
    if (!m_file->seek(0))
        return Error::other(QuestionImport::tr("Cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
    m_buffer = m_file->read(chunkBytes);
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_bufferStart = 3;
    return {};
}

Result<std::optional<QByteArray>> ImportReader::nextLine()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_bufferStart);
        // A line longer than the longest allowed is handed out as it is: the caller refuses it by its length.
        if (end >= 0 || m_buffer.size() - m_bufferStart > QuestionImport::maxLineBytes || m_file->atEnd()) {
            if (end < 0 && m_bufferStart == m_buffer.size())
                return std::optional<QByteArray>();
            const qsizetype stop = end >= 0 ? end : m_buffer.size();
            QByteArray line = m_buffer.mid(m_bufferStart, stop - m_bufferStart);
            m_bufferStart = end >= 0 ? end + 1 : m_buffer.size();
            return std::optional(std::move(line));
        }
        m_buffer.remove(0, m_bufferStart);
        m_bufferStart = 0;
        const QByteArray more = m_file->read(chunkBytes);
        if (more.isEmpty() && !m_file->atEnd())
            return Error::other(QuestionImport::tr("Cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
        m_buffer += more;
    }
}

Result<std::optional<ImportRecord>> ImportReader::next(QList<ImportProblem>& problems)
{
    if (!m_file) {
        if (!m_problemsGiven)
            problems += m_parsed.problems;
        m_problemsGiven = true;
        if (m_next < m_parsed.records.size())
            return std::optional(m_parsed.records.at(m_next++));
        return std::optional<ImportRecord>();
    }
    for (;;) {
        auto line = nextLine();
        if (!line)
            return line.error();
        if (!line.value())
            return std::optional<ImportRecord>();
        ++m_lineNumber;
        // Checked when the file was opened; read again here in case it changed since.
        if (auto unreadable = QuestionImport::unreadableLine(*line.value(), m_lineNumber))
            return *unreadable;
        const QByteArray text = line.value()->trimmed();
        if (text.isEmpty())
            continue;
        m_parsed.records.clear();
        m_parsed.problems.clear();
        QuestionImport::takeJsonLine(text, m_lineNumber, m_parsed);
        problems += m_parsed.problems;
        if (!m_parsed.records.isEmpty())
            return std::optional(m_parsed.records.takeFirst());
    }
}

} // namespace danhoi
