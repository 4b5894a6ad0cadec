#include "ImportReader.h"
#include "CsvRows.h"
#include "JsonArrayItems.h"

#include <QFileInfo>

namespace danhoi {

namespace {
constexpr qint64 chunkBytes = 1024 * 1024;
const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

ImportReader::ImportReader() = default;

ImportReader::ImportReader(ParsedImport parsed) : m_parsed(std::move(parsed)), m_records(int(m_parsed.records.size())) { }

ImportReader::~ImportReader() = default;

Result<std::unique_ptr<ImportReader>> ImportReader::open(const QString& path)
{
    auto file = QuestionImport::openFile(path);
    if (!file)
        return file.error();
    return open(std::move(file.value()), QFileInfo(path).fileName());
}

Result<std::unique_ptr<ImportReader>> ImportReader::open(std::unique_ptr<QIODevice> device, const QString& fileName)
{
    const QByteArray head = device->peek(64 * 1024);
    const QByteArray text = head.startsWith(byteOrderMark) ? head.mid(3) : head;
    std::unique_ptr<ImportReader> reader(new ImportReader);
    reader->m_parsed.format = QuestionImport::formatOf(fileName, text.trimmed().left(1));
    reader->m_device = std::move(device);
    reader->m_name = fileName;
    if (auto unreadable = QuestionImport::unreadableStart(text, false))
        return *unreadable;
    if (auto ok = reader->survey(text); !ok)
        return ok.error();
    return reader;
}

// Through the file once: what makes it unreadable, the records it holds, the problems that spoil it whole.
Result<void> ImportReader::survey(const QByteArray& head)
{
    if (auto ok = restart(); !ok)
        return ok;
    qsizetype count = 0;
    QList<ImportProblem> flaws, header;
    std::optional<ImportProblem> neverEnds, notJson;
    for (bool more = true; more;) {
        auto read = readLine();
        if (!read)
            return read.error();
        more = read.value();
        for (const auto& [number, line] : std::as_const(m_lines))
            if (!line.isEmpty())
                ++count;
        m_lines.clear();
        if (m_csv) {
            while (auto row = m_csv->take()) {
                if (m_header) {
                    ++count;
                    continue;
                }
                ParsedImport found;
                m_header = QuestionImport::takeCsvHeader(row->values, row->line, found);
                header = found.problems;
                m_parsed.ignoredFields = found.ignoredFields;
            }
            for (const CsvRows::Flaw& flaw : m_csv->takeFlaws()) {
                const bool never = flaw.kind == CsvRows::Flaw::Kind::QuoteNeverEnds;
                (never ? neverEnds.emplace() : flaws.emplace_back()) = {flaw.line, false, {}, QuestionImport::csvFlaw(never)};
            }
        }
        if (m_json) {
            while (auto item = m_json->take()) {
                ++count;
                ParsedImport found;
                if (!notJson && !QuestionImport::takeJsonItem(item->text, item->line, int(count), found))
                    notJson = found.problems.value(0);
            }
            if (!more && !notJson) {
                ParsedImport found;
                QuestionImport::takeJsonSkeleton(m_json->skeleton(), found);
                if (!found.problems.isEmpty())
                    notJson = found.problems.first();
            }
        }
    }
    if (auto unreadable = QuestionImport::unreadableStart(head, !m_withText))
        return *unreadable;
    if (auto tooMany = QuestionImport::tooManyRecords(count))
        return *tooMany;
    // As a file read whole: text after a quote, then a quote that never ends or the header's problems.
    m_spoiled = flaws + (neverEnds ? QList<ImportProblem>{*neverEnds} : header);
    if (notJson)
        m_spoiled.append(*notJson);
    if (m_spoiled.isEmpty() && count == 0)
        m_spoiled.append({0, false, {}, QuestionImport::holdsNoQuestions()});
    m_records = m_spoiled.isEmpty() ? int(count) : 0;
    m_header.reset();
    return restart();
}

Result<void> ImportReader::restart()
{
    m_next = 0;
    m_problemsGiven = false;
    if (!m_device)
        return {};
    m_parsed.records.clear();
    m_parsed.problems.clear();
    m_buffer.clear();
    m_bufferStart = 0;
    m_lineNumber = 0;
    m_lineEnded = false;
    m_ended = false;
    m_withText = false;
    m_lines.clear();
    m_items = 0;
    m_header.reset();
    m_csv = m_parsed.format == ParsedImport::Format::Csv ? std::make_unique<CsvRows>() : nullptr;
    m_json = m_parsed.format == ParsedImport::Format::Json ? std::make_unique<JsonArrayItems>() : nullptr;
    if (!m_device->seek(0))
        return Error::other(QuestionImport::tr("Cannot read %1: %2").arg(m_name, m_device->errorString()));
    m_buffer = m_device->read(chunkBytes);
    if (m_buffer.startsWith(byteOrderMark))
        m_bufferStart = 3;
    return {};
}

Result<std::optional<QByteArray>> ImportReader::nextLine()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_bufferStart);
        // A line longer than the longest allowed is handed out as it is: it is refused by its length.
        if (end >= 0 || m_buffer.size() - m_bufferStart > QuestionImport::maxLineBytes || m_device->atEnd()) {
            if (end < 0 && m_bufferStart == m_buffer.size())
                return std::optional<QByteArray>();
            const qsizetype stop = end >= 0 ? end : m_buffer.size();
            QByteArray line = m_buffer.mid(m_bufferStart, stop - m_bufferStart);
            m_bufferStart = end >= 0 ? end + 1 : m_buffer.size();
            m_lineEnded = end >= 0;
            // Checked when the file was opened; read again here in case it changed since.
            if (auto unreadable = QuestionImport::unreadableLine(line, ++m_lineNumber))
                return *unreadable;
            return std::optional(std::move(line));
        }
        m_buffer.remove(0, m_bufferStart);
        m_bufferStart = 0;
        const QByteArray more = m_device->read(chunkBytes);
        if (more.isEmpty() && !m_device->atEnd())
            return Error::other(QuestionImport::tr("Cannot read %1: %2").arg(m_name, m_device->errorString()));
        m_buffer += more;
    }
}

Result<bool> ImportReader::readLine()
{
    auto line = nextLine();
    if (!line)
        return line.error();
    if (!line.value()) {
        m_ended = true;
        if (m_csv)
            m_csv->finish();
        if (m_json)
            m_json->finish();
        return false;
    }
    if (!m_withText)
        m_withText = !line.value()->trimmed().isEmpty();
    if (m_csv)
        m_csv->add(QString::fromUtf8(*line.value()), m_lineEnded);
    else if (m_json)
        m_json->add(*line.value(), m_lineEnded);
    else
        m_lines.append({m_lineNumber, line.value()->trimmed()});
    return true;
}

bool ImportReader::takeOne(ParsedImport& out)
{
    if (m_csv) {
        for (const CsvRows::Flaw& flaw : m_csv->takeFlaws()) // the file changed since it was opened
            out.problems.append({flaw.line, false, {}, QuestionImport::csvFlaw(flaw.kind == CsvRows::Flaw::Kind::QuoteNeverEnds)});
        auto row = m_csv->take();
        if (!row)
            return !out.problems.isEmpty();
        if (!m_header) {
            ParsedImport header; // its problems and ignored columns were found when the file was opened
            m_header = QuestionImport::takeCsvHeader(row->values, row->line, header);
        } else {
            QuestionImport::takeCsvRow(*m_header, row->values, row->line, out);
        }
        return true;
    }
    if (m_json) {
        auto item = m_json->take();
        if (!item)
            return false;
        QuestionImport::takeJsonItem(item->text, item->line, ++m_items, out);
        return true;
    }
    if (m_lines.isEmpty())
        return false;
    const auto [number, line] = m_lines.takeFirst();
    if (!line.isEmpty())
        QuestionImport::takeJsonLine(line, number, out);
    return true;
}

Result<std::optional<ImportRecord>> ImportReader::next(QList<ImportProblem>& problems)
{
    if (!m_device || !m_spoiled.isEmpty()) {
        if (!m_problemsGiven)
            problems += m_device ? m_spoiled : m_parsed.problems;
        m_problemsGiven = true;
        if (!m_device && m_next < m_parsed.records.size())
            return std::optional(m_parsed.records.at(m_next++));
        return std::optional<ImportRecord>();
    }
    for (;;) {
        ParsedImport out;
        if (takeOne(out)) {
            problems += out.problems;
            for (const QString& field : std::as_const(out.ignoredFields))
                if (!m_parsed.ignoredFields.contains(field))
                    m_parsed.ignoredFields.append(field);
            if (!out.records.isEmpty())
                return std::optional(std::move(out.records.first()));
            continue;
        }
        if (m_ended)
            return std::optional<ImportRecord>();
        if (auto read = readLine(); !read)
            return read.error();
    }
}

} // namespace danhoi
