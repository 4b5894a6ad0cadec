#pragma once

#include "ServiceContext.h"
#include "publishing/ExportTable.h"

#include <functional>

namespace danhoi {

// Which questions go into a report; empty fields do not filter.
struct ExportFilter {
    QList<Status> statuses;
    QString departmentCode;
    std::optional<QDate> receivedFrom; // agency dates, inclusive
    std::optional<QDate> receivedTo;
};

struct ExportSummary {
    qint64 rows = 0;
    QString path;
    ExportFormat format = ExportFormat::Csv;
};

// Reports of questions (CSV, XLSX, JSON) within what the user may see. Rows are read a page at a time and
// written as they come, so memory stays flat however many questions there are.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
public:
    static constexpr int pageSize = 500;
    // Called after each page with rows written and questions considered so far, and the total to consider;
    // returning false cancels the export and leaves no file behind.
    using Progress = std::function<bool(qint64 written, qint64 considered, qint64 total)>;

    ExportService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<ExportSummary> exportQuestions(const ExportFilter& filter, ExportFormat format, const QString& path,
                                          const Progress& progress = {});

private:
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
