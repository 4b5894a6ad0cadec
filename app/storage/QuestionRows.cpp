#include "QuestionRows.h"
#include "KeptStatements.h"
#include "SqliteHandle.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace danhoi::question_rows {

namespace {

// The columns of select(), in its order: read by position (a name is looked up among the 27 columns on every
// read, for every row of a page).
enum Column {
    IdColumn, RefColumn, ChannelColumn, ReceivedAtColumn, TitleColumn, BodyColumn, AskerNameColumn, AskerLocalityColumn,
    AskerPhoneColumn, AskerEmailColumn, AskerAddressColumn, AskerIdNumberColumn, CategoryIdColumn, CategoryNameColumn,
    DepartmentIdColumn, DepartmentCodeColumn, DepartmentNameColumn, AssignedClerkIdColumn, ClerkUsernameColumn,
    StatusColumn, DueDateColumn, DuplicateOfIdColumn, DuplicateRefColumn, RejectionReasonColumn,
    PublishedRevisionIdColumn, ExternalIdColumn, VersionColumn
};

// The same from a row of the C API's statement of select().
Question fromSqlite(sqlite3_stmt* row)
{
    auto text = [&](Column column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                 sqlite3_column_bytes(row, column));
    };
    auto id = [&](Column column) {
        return sqlite3_column_type(row, column) == SQLITE_NULL ? std::nullopt
                                                               : std::optional<qint64>(sqlite3_column_int64(row, column));
    };
    Question out;
    out.id = sqlite3_column_int64(row, IdColumn);
    out.ref = text(RefColumn);
    out.channel = channelFromName(text(ChannelColumn)).value_or(Channel::Portal);
    out.receivedAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(row, ReceivedAtColumn), Qt::UTC);
    out.title = text(TitleColumn);
    out.body = text(BodyColumn);
    out.asker = {text(AskerNameColumn),  text(AskerLocalityColumn),  text(AskerPhoneColumn),
                 text(AskerEmailColumn), text(AskerAddressColumn), text(AskerIdNumberColumn)};
    out.categoryId = id(CategoryIdColumn);
    out.categoryName = text(CategoryNameColumn);
    out.departmentId = id(DepartmentIdColumn);
    out.departmentCode = text(DepartmentCodeColumn);
    out.departmentName = text(DepartmentNameColumn);
    out.assignedClerkId = id(AssignedClerkIdColumn);
    out.assignedClerkUsername = text(ClerkUsernameColumn);
    out.status = statusFromName(text(StatusColumn)).value_or(Status::Received);
    const QString due = text(DueDateColumn);
    if (!due.isEmpty())
        out.dueDate = QDate::fromString(due, Qt::ISODate);
    out.duplicateOfId = id(DuplicateOfIdColumn);
    out.duplicateOfRef = text(DuplicateRefColumn);
    out.rejectionReason = text(RejectionReasonColumn);
    out.publishedRevisionId = id(PublishedRevisionIdColumn);
    out.externalId = text(ExternalIdColumn);
    out.version = sqlite3_column_int(row, VersionColumn);
    return out;
}

Result<QList<Question>> readSqlite(const QSqlDatabase& connection, sqlite3* db, const QString& source, const QList<Id>& ids)
{
    auto failed = [&] {
        return Error::other(QCoreApplication::translate("QuestionRepository", "The questions cannot be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    const SqliteReadTransaction transaction(db);
    const kept_statements::Statement statement(connection, select(source) + QStringLiteral(" WHERE q.id = :id"));
    if (!statement.get())
        return failed();
    const int idAt = sqlite3_bind_parameter_index(statement.get(), ":id");
    QList<Question> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        sqlite3_reset(statement.get());
        sqlite3_bind_int64(statement.get(), idAt, id);
        const int rc = sqlite3_step(statement.get());
        if (rc == SQLITE_ROW)
            out.append(fromSqlite(statement.get()));
        else if (rc != SQLITE_DONE)
            return failed();
    }
    return out;
}

} // namespace

// The columns of Question, read from `source` (the table or, on PostgreSQL, the desks' view: see DeskReads.h), in the
// order of Column (below). The duplicate's reference is a look-up by id: joined, the view would be read whole
// (PostgreSQL cannot push a join's condition into it).
QString select(const QString& source)
{
    return QStringLiteral(
        "SELECT q.id, q.ref, q.channel, q.received_at, q.title, q.body, q.asker_name, q.asker_locality, q.asker_phone,"
        " q.asker_email, q.asker_address, q.asker_id_number, q.category_id, c.name AS category_name, q.department_id,"
        " d.code AS department_code, d.name_vi AS department_name, q.assigned_clerk_id, u.username AS clerk_username,"
        " q.status, q.due_date, q.duplicate_of_id,"
        " (SELECT dup.ref FROM %1 dup WHERE dup.id = q.duplicate_of_id) AS duplicate_ref, q.rejection_reason,"
        " q.published_revision_id, q.external_id, q.version"
        " FROM %1 q LEFT JOIN categories c ON c.id = q.category_id LEFT JOIN departments d ON d.id = q.department_id"
        " LEFT JOIN users u ON u.id = q.assigned_clerk_id")
        .arg(source);
}

Question from(const SqlStatement& q)
{
    auto text = [&](Column column) { return q.value(int(column)).toString(); };
    Question out;
    out.id = q.value(IdColumn).toLongLong();
    out.ref = text(RefColumn);
    out.channel = channelFromName(text(ChannelColumn)).value_or(Channel::Portal);
    out.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(ReceivedAtColumn).toLongLong(), Qt::UTC);
    out.title = text(TitleColumn);
    out.body = text(BodyColumn);
    out.asker = {text(AskerNameColumn),  text(AskerLocalityColumn),  text(AskerPhoneColumn),
                 text(AskerEmailColumn), text(AskerAddressColumn), text(AskerIdNumberColumn)};
    out.categoryId = optionalId(q.value(CategoryIdColumn));
    out.categoryName = text(CategoryNameColumn);
    out.departmentId = optionalId(q.value(DepartmentIdColumn));
    out.departmentCode = text(DepartmentCodeColumn);
    out.departmentName = text(DepartmentNameColumn);
    out.assignedClerkId = optionalId(q.value(AssignedClerkIdColumn));
    out.assignedClerkUsername = text(ClerkUsernameColumn);
    out.status = statusFromName(text(StatusColumn)).value_or(Status::Received);
    const QString due = text(DueDateColumn);
    if (!due.isEmpty())
        out.dueDate = QDate::fromString(due, Qt::ISODate);
    out.duplicateOfId = optionalId(q.value(DuplicateOfIdColumn));
    out.duplicateOfRef = text(DuplicateRefColumn);
    out.rejectionReason = text(RejectionReasonColumn);
    out.publishedRevisionId = optionalId(q.value(PublishedRevisionIdColumn));
    out.externalId = text(ExternalIdColumn);
    out.version = q.value(VersionColumn).toInt();
    return out;
}

Result<QList<Question>> read(QSqlDatabase db, const QString& source, const QList<Id>& ids)
{
    if (ids.isEmpty())
        return QList<Question>{};
    if (sqlite3* handle = sqliteHandle(db))
        return readSqlite(db, handle, source, ids);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(QStringLiteral(":id%1").arg(i));
    SqlStatement q(db, select(source) + QStringLiteral(" WHERE q.id IN (%1)").arg(placeholders.join(QLatin1Char(','))));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bind(placeholders.at(i), ids.at(i));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QHash<Id, Question> byId;
    while (q.next()) {
        Question question = from(q);
        byId.insert(question.id, std::move(question));
    }
    QList<Question> out;
    out.reserve(ids.size());
    for (Id id : std::as_const(ids))
        if (auto found = byId.find(id); found != byId.end())
            out.append(std::move(found.value()));
    return out;
}

} // namespace danhoi::question_rows
