#include "ExportTable.h"
#include "XlsxExportWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace danhoi {

namespace {

class ExportWriters
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriters)
};

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// Text exports share the file handling: a QSaveFile, so a failed or cancelled export leaves nothing behind.
class TextExportWriter : public ExportWriter
{
public:
    Result<void> open(const QString& path) override
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly))
            return Error::other(ExportWriters::tr("Cannot write %1: %2").arg(path, m_file.errorString()));
        return writeBytes(prologue());
    }
    Result<void> write(const ExportRow& row) override
    {
        const QByteArray bytes = encode(row, m_rows++ == 0);
        return writeBytes(bytes);
    }
    Result<void> finish() override
    {
        if (auto ok = writeBytes(epilogue()); !ok)
            return ok;
        if (!m_file.commit())
            return Error::other(ExportWriters::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

protected:
    virtual QByteArray prologue() const = 0;
    virtual QByteArray encode(const ExportRow& row, bool first) const = 0;
    virtual QByteArray epilogue() const = 0;

private:
    Result<void> writeBytes(const QByteArray& bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            return Error::other(ExportWriters::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

    QSaveFile m_file;
    qint64 m_rows = 0;
};

// RFC 4180 with CRLF line ends, UTF-8 with a byte order mark so Excel reads Vietnamese correctly.
class CsvExportWriter : public TextExportWriter
{
protected:
    QByteArray prologue() const override
    {
        QStringList headers;
        for (int c = 0; c < ExportColumns::Count; ++c)
            headers.append(csvField(ExportColumns::header(ExportColumns::Column(c))));
        return QByteArray("\xEF\xBB\xBF") + headers.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QByteArray encode(const ExportRow& row, bool) const override
    {
        const QStringList cells = {
            row.ref,
            row.receivedDate.toString(Qt::ISODate),
            isoDate(row.dueDate),
            isoDate(row.approvedDate),
            row.departmentCode,
            row.departmentName,
            statusName(row.status),
            ExportColumns::statusLabelVi(row.status),
            row.workingDaysTaken ? QString::number(*row.workingDaysTaken) : QString(),
            ExportColumns::onTimeText(row.onTime),
            row.title,
            row.question,
            row.answer,
        };
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString& cell : cells)
            fields.append(csvField(neutraliseFormula(cell)));
        return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QByteArray epilogue() const override { return {}; }
};

// A JSON array, one object per line, written as the rows come.
class JsonExportWriter : public TextExportWriter
{
protected:
    QByteArray prologue() const override { return "["; }
    QByteArray encode(const ExportRow& row, bool first) const override
    {
        auto optionalDate = [](const std::optional<QDate>& date) {
            return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
        };
        QJsonObject object{
            {ExportColumns::key(ExportColumns::Reference), row.ref},
            {ExportColumns::key(ExportColumns::Received), row.receivedDate.toString(Qt::ISODate)},
            {ExportColumns::key(ExportColumns::Due), optionalDate(row.dueDate)},
            {ExportColumns::key(ExportColumns::Approved), optionalDate(row.approvedDate)},
            {ExportColumns::key(ExportColumns::DepartmentCode),
             row.departmentCode.isEmpty() ? QJsonValue() : QJsonValue(row.departmentCode)},
            {ExportColumns::key(ExportColumns::Department),
             row.departmentName.isEmpty() ? QJsonValue() : QJsonValue(row.departmentName)},
            {ExportColumns::key(ExportColumns::Status), statusName(row.status)},
            {ExportColumns::key(ExportColumns::StatusLabel), ExportColumns::statusLabelVi(row.status)},
            {ExportColumns::key(ExportColumns::WorkingDays),
             row.workingDaysTaken ? QJsonValue(*row.workingDaysTaken) : QJsonValue()},
            {ExportColumns::key(ExportColumns::OnTime), row.onTime ? QJsonValue(*row.onTime) : QJsonValue()},
            {ExportColumns::key(ExportColumns::Title), row.title},
            {ExportColumns::key(ExportColumns::Question), row.question},
            {ExportColumns::key(ExportColumns::Answer), row.answer.isEmpty() ? QJsonValue() : QJsonValue(row.answer)},
        };
        return (first ? QByteArray("\n") : QByteArray(",\n")) + QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    QByteArray epilogue() const override { return "\n]\n"; }
};

} // namespace

std::unique_ptr<ExportWriter> ExportWriter::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvExportWriter>();
    case ExportFormat::Json: return std::make_unique<JsonExportWriter>();
    case ExportFormat::Xlsx: return std::make_unique<XlsxExportWriter>();
    }
    return nullptr;
}

} // namespace danhoi
