#include "SyntheticData.h"

#include "AuditService.h"
#include "AuthService.h"
#include "PublicText.h"
#include "SyntheticVocabulary.h"
#include "core/AuditNote.h"
#include "storage/CatalogRepository.h"
#include "storage/Logins.h"
#include "storage/PostgresSecurity.h"
#include "storage/QuestionBulkWriter.h"
#include "storage/QuestionSortMarks.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>

namespace danhoi {

namespace {

struct Staff {
    Department department;
    std::optional<Category> category;
    User clerk;
    User supervisor;
};

// The path a question took to reach its status, as (action, from, to) steps.
QList<Status> pathTo(Status status)
{
    using S = Status;
    switch (status) {
    case S::Received: return {S::Received};
    case S::Rejected: return {S::Received, S::Rejected};
    case S::Assigned: return {S::Received, S::Assigned};
    case S::TransferRequested: return {S::Received, S::Assigned, S::TransferRequested};
    case S::Drafting: return {S::Received, S::Assigned, S::Drafting};
    case S::PendingApproval: return {S::Received, S::Assigned, S::Drafting, S::PendingApproval};
    case S::Approved: return {S::Received, S::Assigned, S::Drafting, S::PendingApproval, S::Approved};
    case S::Published: return {S::Received, S::Assigned, S::Drafting, S::PendingApproval, S::Approved, S::Published};
    }
    return {S::Received};
}

QString actionBetween(Status from, Status to)
{
    switch (to) {
    case Status::Assigned: return actionName(Action::Route);
    case Status::Rejected: return actionName(Action::Reject);
    case Status::TransferRequested: return actionName(Action::TransferRequest);
    case Status::Drafting: return actionName(Action::Draft);
    case Status::PendingApproval: return actionName(Action::Submit);
    case Status::Approved: return actionName(Action::Approve);
    case Status::Published: return actionName(Action::Publish);
    case Status::Received: break;
    }
    Q_UNUSED(from);
    return QStringLiteral("record");
}

// Older questions are mostly answered; recent ones are still on the desks.
Status statusFor(qint64 ageDays, QRandomGenerator& random)
{
    const int roll = int(random.bounded(100));
    if (ageDays > 45) {
        if (roll < 72) return Status::Published;
        if (roll < 82) return Status::Rejected;
        if (roll < 88) return Status::Approved;
        if (roll < 94) return Status::Drafting;
        return Status::Assigned;
    }
    if (roll < 15) return Status::Received;
    if (roll < 35) return Status::Assigned;
    if (roll < 55) return Status::Drafting;
    if (roll < 70) return Status::PendingApproval;
    if (roll < 78) return Status::TransferRequested;
    if (roll < 88) return Status::Approved;
    if (roll < 95) return Status::Published;
    return Status::Rejected;
}

// When each step of a question's path happened: the first when it was received, each later one an hour to a day after
// the one before (the draws as many as the steps), squeezed to end by now, so that nothing is answered or published in
// the future.
QList<QDateTime> stepTimes(const QDateTime& receivedAt, qsizetype steps, const QDateTime& now, QRandomGenerator& random)
{
    QList<qint64> after; // milliseconds after receipt
    qint64 total = 0;
    for (qsizetype step = 0; step < steps; ++step) {
        total += 1000 * (3600 + qint64(random.bounded(86400u)));
        after.append(step == 0 ? 0 : total);
    }
    const qint64 room = std::max<qint64>(0, receivedAt.msecsTo(now));
    QList<QDateTime> times;
    for (const qint64 ms : after)
        times.append(receivedAt.addMSecs(total > room ? qint64(double(ms) * double(room) / double(total)) : ms));
    return times;
}

// A sentence with its %1 and %2 filled in, whichever of them it has (QString::arg would number what is there).
QString filled(QString sentence, const QString& first, const QString& second)
{
    return sentence.replace(QLatin1String("%1"), first).replace(QLatin1String("%2"), second);
}

template <typename T>
const T& pick(const QList<T>& items, QRandomGenerator& random)
{
    return items.at(int(random.bounded(int(items.size()))));
}

// A staff member's name, the same for a login on every run and drawn apart from the questions' random sequence
// (FNV-1a of the login), so that the generated questions stay those of every earlier run.
QString staffName(const QString& username)
{
    quint32 hash = 2166136261u;
    for (const char byte : username.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    const QStringList& family = synthetic::familyNames();
    const QStringList& given = synthetic::givenNames();
    return family.at(hash % family.size()) + QLatin1Char(' ') + given.at((hash / family.size()) % given.size());
}

} // namespace

Result<User> SyntheticData::serverOwner(ServiceContext& context)
{
    auto connection = context.db->connection();
    if (!connection)
        return connection.error();
    auto owner = PostgresSecurity::connectedOwner(connection.value());
    if (!owner)
        return owner.error();
    if (!owner.value())
        return Error::forbidden(tr("On a shared server, run dev generate as the database owner (its location's user, "
                                   "without --user): desk users may not write generated data."));
    User actor;
    actor.username = *owner.value();
    actor.displayName = actor.username;
    actor.roles = Role::Admin;
    return actor;
}

Result<SyntheticData::Summary> SyntheticData::generate(qint64 count, quint32 seed, const Progress& progress)
{
    if (!m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may generate synthetic data."));
    if (count < 0 || count > 10'000'000)
        return Error::invalid(tr("The count must be between 0 and 10,000,000."), QStringLiteral("count"));
    auto hash = AuthService::hashPassword(staffPassword());
    if (!hash)
        return hash.error();
    Summary summary;
    summary.staffPassword = staffPassword();
    const QDateTime now = m_context.now();

    // Departments, a category each, a clerk and a supervisor each, and one coordinator.
    auto staff = inTransaction<QList<Staff>>(*m_context.db, [&](QSqlDatabase tx) -> Result<QList<Staff>> {
        CatalogRepository catalog(tx);
        UserRepository users(tx);
        QList<Staff> out;
        auto ensureUser = [&](const QString& username, Roles roles, std::optional<Id> department) -> Result<User> {
            auto existing = users.byUsername(username);
            if (!existing)
                return existing.error();
            if (existing.value())
                return *existing.value();
            User user;
            user.username = username;
            user.displayName = staffName(username);
            user.roles = roles;
            user.departmentId = department;
            // On a server the login first: the users row's trigger then gives it the role's rights.
            if (auto ok = Logins::of(*m_context.db)->create(tx, username, staffPassword()); !ok)
                return ok.error();
            auto id = users.add(user, hash.value());
            if (!id)
                return id.error();
            user.id = id.value();
            summary.staffUsernames.append(username);
            if (auto ok = AuditService::record(tx, now, m_actor.username, std::nullopt, QStringLiteral("user-add"), {}, {},
                                               username + QStringLiteral(" (synthetic)"));
                !ok)
                return ok.error();
            return user;
        };
        if (auto ok = ensureUser(QStringLiteral("dieuphoi.demo"), Role::Coordinator, std::nullopt); !ok)
            return ok.error();
        for (const synthetic::DepartmentTopics& topics : synthetic::departments()) {
            Staff s;
            auto existing = catalog.departmentByCode(QLatin1String(topics.code));
            if (!existing)
                return existing.error();
            if (existing.value()) {
                s.department = *existing.value();
            } else {
                s.department = {0, QLatin1String(topics.code), QString::fromUtf8(topics.nameVi),
                                QString::fromUtf8(topics.nameEn), true, 1};
                auto id = catalog.addDepartment(s.department);
                if (!id)
                    return id.error();
                s.department.id = id.value();
            }
            const QString categoryName = QStringLiteral("Câu hỏi chung – %1").arg(s.department.code);
            auto category = catalog.categoryByName(categoryName);
            if (!category)
                return category.error();
            if (!category.value()) {
                Category c;
                c.name = categoryName;
                c.defaultDepartmentId = s.department.id;
                c.answerDays = 10;
                auto id = catalog.addCategory(c);
                if (!id)
                    return id.error();
                c.id = id.value();
                category = std::optional(c);
            }
            s.category = category.value();
            const QString suffix = s.department.code.toLower();
            auto clerk = ensureUser(QStringLiteral("cv.") + suffix, Role::Clerk, s.department.id);
            auto supervisor = ensureUser(QStringLiteral("ld.") + suffix, Role::Supervisor, s.department.id);
            if (!clerk)
                return clerk.error();
            if (!supervisor)
                return supervisor.error();
            s.clerk = clerk.value();
            s.supervisor = supervisor.value();
            out.append(s);
        }
        return out;
    });
    if (!staff)
        return staff.error();

    if (auto ok = m_context.db->enlargeCache(); !ok)
        return ok.error();
    QRandomGenerator random(seed);
    const qint64 spanSeconds = qint64(5) * 365 * 24 * 3600;
    AgencyTime time;
    for (qint64 done = 0; done < count;) {
        const qint64 batch = qMin<qint64>(batchSize, count - done);
        auto written = inTransaction<qint64>(*m_context.db, [&](QSqlDatabase tx) -> Result<qint64> {
            QuestionBulkWriter writer(tx);
            if (auto ok = writer.prepare(); !ok)
                return ok.error();
            if (auto ok = writer.deferWordCounts(); !ok)
                return ok.error();
            QList<Id> publishedIds;
            for (qint64 i = 0; i < batch; ++i) {
                const Staff& s = pick(staff.value(), random);
                const synthetic::DepartmentTopics& topics = synthetic::departments().at(
                    int(std::find_if(synthetic::departments().begin(), synthetic::departments().end(),
                                     [&](const auto& d) { return QLatin1String(d.code) == s.department.code; })
                        - synthetic::departments().begin()));
                const QString topic = pick(topics.topics, random);
                const QString locality = pick(synthetic::localities(), random);
                Question q;
                q.receivedAt = now.addSecs(-qint64(random.bounded(quint64(spanSeconds))));
                q.channel = pick(allChannels(), random);
                q.title = filled(pick(synthetic::titleForms(), random), topic, {});
                q.title[0] = q.title.at(0).toUpper(); // "%1 cần những giấy tờ gì?" starts with the topic
                QStringList sentences;
                for (int n = 2 + int(random.bounded(3)); n > 0; --n)
                    sentences.append(filled(pick(synthetic::bodySentences(), random), topic, locality));
                q.body = sentences.join(QLatin1Char(' '));
                q.asker.name = pick(synthetic::familyNames(), random) + QLatin1Char(' ') + pick(synthetic::givenNames(), random);
                q.asker.locality = locality + QStringLiteral(", tỉnh Nghệ An");
                q.asker.phone = QStringLiteral("09%1").arg(random.bounded(100000000u), 8, 10, QLatin1Char('0'));
                const qint64 ageDays = q.receivedAt.daysTo(now);
                q.status = statusFor(ageDays, random);
                const QList<Status> path = pathTo(q.status);
                const QDate receivedDay = time.dateOf(q.receivedAt);
                if (path.contains(Status::Assigned)) {
                    q.departmentId = s.department.id;
                    q.categoryId = s.category ? std::optional(s.category->id) : std::nullopt;
                    q.dueDate = m_context.calendar.addWorkingDays(receivedDay, 10);
                    if (random.bounded(2))
                        q.assignedClerkId = s.clerk.id;
                }
                if (q.status == Status::Rejected)
                    q.rejectionReason = QStringLiteral("Không thuộc phạm vi trả lời");

                QList<AnswerRevision> revisions;
                QList<AuditEvent> events;
                const QList<QDateTime> times = stepTimes(q.receivedAt, path.size(), now, random);
                std::optional<int> published;
                for (int step = 0; step < path.size(); ++step) {
                    const Status to = path.at(step);
                    const QDateTime& at = times.at(step);
                    const bool staffAct = to == Status::Drafting || to == Status::PendingApproval
                        || to == Status::TransferRequested || to == Status::Approved;
                    AuditEvent e;
                    e.at = at;
                    e.username = to == Status::Approved ? s.supervisor.username
                                                        : (staffAct ? s.clerk.username : QStringLiteral("dieuphoi.demo"));
                    e.action = step == 0 ? QStringLiteral("record") : actionBetween(path.at(step - 1), to);
                    e.fromStatus = step == 0 ? QString() : statusName(path.at(step - 1));
                    e.toStatus = statusName(to);
                    if (to == Status::Drafting) {
                        AnswerRevision r;
                        r.number = 1;
                        QStringList lines;
                        for (const QString& sentence : synthetic::answerSentences())
                            lines.append(filled(sentence, topic, s.department.nameVi));
                        r.body = lines.join(QStringLiteral("\n\n"));
                        r.authorId = s.clerk.id;
                        r.createdAt = at;
                        revisions.append(r);
                        e.note = AuditNote::revision(1);
                    } else if (to == Status::PendingApproval) {
                        revisions.last().state = RevisionState::Submitted;
                    } else if (to == Status::Approved) {
                        revisions.last().state = RevisionState::Approved;
                        revisions.last().reviewerId = s.supervisor.id;
                        revisions.last().reviewedAt = at;
                    } else if (to == Status::Published) {
                        published = int(revisions.size()) - 1;
                    } else if (to == Status::Rejected || to == Status::TransferRequested) {
                        e.note = q.status == Status::Rejected ? q.rejectionReason : QStringLiteral("Thuộc thẩm quyền Sở/ngành khác");
                    } else if (to == Status::Assigned) {
                        e.note = QStringLiteral("%1, %2").arg(s.department.code, q.dueDate->toString(Qt::ISODate));
                    }
                    events.append(e);
                }
                if (auto ok = writer.add(q, receivedDay.year(), revisions, events, published); !ok)
                    return ok.error();
                if (published)
                    publishedIds.append(q.id);
                summary.revisions += revisions.size();
                summary.events += events.size();
            }
            if (auto ok = PublicText::keepNew(tx, publishedIds); !ok)
                return ok.error();
            if (auto ok = writer.finish(); !ok)
                return ok.error();
            return batch;
        });
        if (!written)
            return written.error();
        done += written.value();
        summary.questions = done;
        if (progress && !progress(done, count))
            break;
    }
    // The marks of the sorts were placed over an empty table: place them over what was written (SQLite; see
    // QuestionSortMarks).
    if (m_context.db->engine() == Database::Engine::Sqlite) {
        auto placed = inTransaction<bool>(*m_context.db, [](QSqlDatabase tx) -> Result<bool> {
            if (auto ok = QuestionSortMarks(tx).place(); !ok)
                return ok.error();
            return true;
        });
        if (!placed)
            return placed.error();
    }
    return summary;
}

} // namespace danhoi
