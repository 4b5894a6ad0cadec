#include "ExportService.h"

#include "PublicText.h"
#include "QuestionService.h"
#include "storage/ApprovalRepository.h"
#include "storage/CatalogRepository.h"

namespace danhoi {

namespace {

// The report's view of one question: dates in agency time; the answer the user may read.
// Working days between two dates, remembered: a report asks the same pairs of dates many times over.
class WorkingDaysMemo
{
public:
    explicit WorkingDaysMemo(const WorkingCalendar& calendar) : m_calendar(calendar) { }
    int between(const QDate& from, const QDate& to)
    {
        const std::pair<qint64, qint64> key{from.toJulianDay(), to.toJulianDay()};
        if (const auto found = m_known.constFind(key); found != m_known.constEnd())
            return *found;
        const int days = qMax(0, m_calendar.workingDaysUntil(from, to));
        m_known.insert(key, days);
        return days;
    }

private:
    const WorkingCalendar& m_calendar;
    QHash<std::pair<qint64, qint64>, int> m_known;
};

ExportRow rowOf(const Question& question, Access access, const QList<ApprovedAnswer>& approved, const AgencyTime& time,
                WorkingDaysMemo& workingDays, const QDate& today)
{
    ExportRow row;
    row.ref = question.ref;
    row.receivedDate = time.dateOf(question.receivedAt);
    row.dueDate = question.dueDate;
    row.departmentCode = question.departmentCode;
    row.departmentName = question.departmentName;
    row.status = question.status;
    row.title = question.title;
    row.question = question.body;
    if (!approved.isEmpty()) {
        // Timeliness counts from the first approval; later amendments do not make an answer late.
        const ApprovedAnswer& first = approved.first();
        if (first.approvedAt.isValid())
            row.approvedDate = time.dateOf(first.approvedAt);
        // Full access: the latest approved text; the public view: only the published one.
        if (access == Access::Full) {
            row.answer = approved.last().body;
        } else {
            for (const ApprovedAnswer& answer : approved)
                if (answer.revisionId == question.publishedRevisionId)
                    row.answer = answer.body;
        }
    }
    if (row.approvedDate) {
        row.workingDaysTaken = workingDays.between(row.receivedDate, *row.approvedDate);
        if (row.dueDate)
            row.onTime = *row.approvedDate <= *row.dueDate;
    } else if (row.dueDate && QuestionRepository::openStatuses().contains(question.status) && today > *row.dueDate) {
        row.onTime = false;
    }
    return row;
}

} // namespace

Result<ExportSummary> ExportService::exportQuestions(const ExportFilter& filter, ExportFormat format, const QString& path,
                                                     const Progress& progress)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(tr("Give the file to write the export to."), QStringLiteral("out"));
    if (filter.receivedFrom && filter.receivedTo && *filter.receivedFrom > *filter.receivedTo)
        return Error::invalid(tr("The start date %1 is after the end date %2.")
                                  .arg(filter.receivedFrom->toString(QStringLiteral("dd/MM/yyyy")),
                                       filter.receivedTo->toString(QStringLiteral("dd/MM/yyyy"))),
                              QStringLiteral("from"));
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    CatalogRepository catalog(connection.value());
    auto agencyTime = m_context.agencyTime(connection.value());
    if (!agencyTime)
        return agencyTime.error();
    const AgencyTime time = agencyTime.value();
    const QDate today = time.today(*m_context.clock);

    QuestionQuery query;
    query.statuses = filter.statuses;
    if (!filter.departmentCode.trimmed().isEmpty()) {
        auto department = catalog.departmentByCode(filter.departmentCode.trimmed().toUpper());
        if (!department)
            return department.error();
        if (!department.value())
            return Error::invalid(tr("There is no department with the code %1.").arg(filter.departmentCode),
                                  QStringLiteral("department"));
        query.departmentId = department.value()->id;
    }
    // The dates are agency days; oldest first, page after page from the last row seen (no growing OFFSET).
    if (filter.receivedFrom)
        query.receivedFrom = QDateTime(*filter.receivedFrom, QTime(0, 0), time.zone()).toUTC();
    if (filter.receivedTo)
        query.receivedBefore = QDateTime(filter.receivedTo->addDays(1), QTime(0, 0), time.zone()).toUTC();
    query.sort = QuestionQuery::Sort::Received;
    query.descending = false;
    query.limit = pageSize;

    QuestionService questions(m_context, m_actor);
    auto total = questions.count(query);
    if (!total)
        return total.error();

    std::unique_ptr<ExportWriter> writer = ExportWriter::create(format);
    if (auto ok = writer->open(path); !ok)
        return ok.error();
    ExportSummary summary{0, path, format};
    qint64 considered = 0;
    WorkingDaysMemo workingDays(m_context.calendar);
    for (bool more = true; more;) {
        auto page = questions.list(query);
        if (!page)
            return page.error();
        more = page->size() == pageSize;
        if (!page->isEmpty())
            query.afterReceived = std::pair(page->last().receivedAt, page->last().id);
        QList<Id> ids;
        ids.reserve(page->size());
        for (const Question& question : page.value())
            ids.append(question.id);
        auto approved = ApprovalRepository(connection.value()).approvedOf(ids);
        if (!approved)
            return approved.error();
        // Questions seen only in their public version leave as the portal shows them: redacted, manual choices applied.
        QList<Id> publicIds;
        for (const Question& question : page.value())
            if (Visibility::accessTo(m_actor, question) != Access::Full)
                publicIds.append(question.id);
        auto publicText = PublicText::of(connection.value(), publicIds);
        if (!publicText)
            return publicText.error();
        for (const Question& question : page.value()) {
            ++considered;
            const Access access = Visibility::accessTo(m_actor, question);
            ExportRow row = rowOf(question, access, approved->value(question.id), time, workingDays, today);
            if (access != Access::Full) {
                const auto item = publicText->constFind(question.id);
                row.title = item != publicText->constEnd() ? item->title : QString();
                row.question = item != publicText->constEnd() ? item->question : QString();
                row.answer = item != publicText->constEnd() ? item->answerMarkdown : QString();
            }
            if (auto ok = writer->write(row); !ok)
                return ok.error();
            ++summary.rows;
        }
        if (progress && !progress(summary.rows, considered, total.value()))
            return Error::conflict(tr("The export was cancelled; no file was written."));
    }
    if (auto ok = writer->finish(); !ok)
        return ok.error();
    return summary;
}

} // namespace danhoi
