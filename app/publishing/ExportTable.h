#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <memory>

namespace danhoi {

// One question as it appears in a report; every value already read within the user's visibility.
struct ExportRow {
    QString ref;
    QDate receivedDate; // agency time
    std::optional<QDate> dueDate;
    std::optional<QDate> approvedDate; // agency time
    QString departmentCode;
    QString departmentName;
    Status status = Status::Received;
    std::optional<int> workingDaysTaken; // received → approved
    std::optional<bool> onTime;          // approval (or today, while open) against the due date
    QString title;
    QString question;
    QString answer; // the approved answer, Markdown
};

enum class ExportFormat { Csv, Xlsx, Json };

// The columns of every export, in order; JSON uses the keys, CSV and XLSX the headers.
class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExportColumns)
public:
    enum Column {
        Reference, Received, Due, Approved, DepartmentCode, Department, Status, StatusLabel, WorkingDays, OnTime,
        Title, Question, Answer, Count
    };
    static QString key(Column column);
    static QString header(Column column);
    static int widthInCharacters(Column column);
    // The official Vietnamese name of a status, whatever the interface language.
    static QString statusLabelVi(danhoi::Status status);
    static QString onTimeText(const std::optional<bool>& onTime);
    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QString formatName(ExportFormat format);
};

// Writes rows to a file as they come, so memory stays flat whatever the number of rows. Nothing is left at
// `path` unless finish() succeeds (the rows go to a temporary file first).
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;
    virtual Result<void> open(const QString& path) = 0;
    virtual Result<void> write(const ExportRow& row) = 0;
    virtual Result<void> finish() = 0;

    static std::unique_ptr<ExportWriter> create(ExportFormat format);
};

// A spreadsheet cell that Excel or LibreOffice would read as a formula, made inert (OWASP: prefix a quote).
QString neutraliseFormula(const QString& cell);
// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
QString csvField(const QString& value);

} // namespace danhoi
