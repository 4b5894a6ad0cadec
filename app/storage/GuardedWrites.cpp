#include "GuardedWrites.h"

#include "PostgresSecurity.h"
#include "PublicationRepository.h"
#include "QuestionRepository.h"
#include "RevisionRepository.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace danhoi {

namespace {

// SQLite: the program is the only guard, so it writes the rows itself.
class SqliteWrites final : public GuardedWrites
{
public:
    explicit SqliteWrites(QSqlDatabase tx) : m_tx(std::move(tx)) { }

    Result<void> transition(TransitionWrite& write) override
    {
        RevisionRepository revisions(m_tx);
        if (write.newRevision)
            if (auto ok = revisions.append(*write.newRevision); !ok)
                return ok;
        if (write.reviewedRevision)
            if (auto ok = revisions.review(*write.reviewedRevision); !ok)
                return ok;
        if (write.action == Action::Publish || write.action == Action::Unpublish) {
            const auto at = write.action == Action::Publish ? std::optional(write.at) : std::nullopt;
            if (auto ok = PublicationRepository(m_tx).setPublishedAt(write.question.id, at); !ok)
                return ok;
        }
        if (auto ok = QuestionRepository(m_tx).update(write.question, write.at); !ok)
            return ok;
        AuditEvent event;
        event.at = write.at;
        event.username = write.actor;
        event.questionId = write.question.id;
        event.action = actionName(write.action);
        event.fromStatus = statusName(write.from);
        event.toStatus = statusName(write.question.status);
        event.note = write.note;
        return appendAudit(event);
    }

    Result<void> appendAudit(AuditEvent& event) override { return AuditRepository(m_tx).append(event); }

    Result<void> rewritePublicVersions(const QList<std::pair<Id, PublicVersion>>&) override { return {}; }

private:
    QSqlDatabase m_tx;
};

// PostgreSQL: danhoi_transition and danhoi_audit check and write; the program keeps the search index in step.
class PostgresWrites final : public GuardedWrites
{
public:
    explicit PostgresWrites(QSqlDatabase tx) : m_tx(std::move(tx)) { }

    Result<void> transition(TransitionWrite& write) override
    {
        const Question& q = write.question;
        QSqlQuery call(m_tx);
        call.prepare(QStringLiteral(
            "SELECT danhoi_transition(p_question => ?, p_action => ?, p_expected_version => ?, p_reason => ?,"
            " p_note => ?, p_answer => ?, p_department => ?, p_category => ?, p_due_date => ?, p_duplicate_of => ?,"
            " p_public => ?::jsonb, p_actor => ?)"));
        call.addBindValue(q.id);
        call.addBindValue(actionName(write.action));
        call.addBindValue(q.version);
        call.addBindValue(write.reason);
        call.addBindValue(write.note);
        call.addBindValue(write.newRevision ? QVariant(write.newRevision->body) : QVariant(QMetaType::fromType<QString>()));
        call.addBindValue(nullable(q.departmentId));
        call.addBindValue(nullable(q.categoryId));
        call.addBindValue(q.dueDate ? QVariant(q.dueDate->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
        call.addBindValue(nullable(q.duplicateOfId));
        call.addBindValue(write.publicVersion ? QVariant(publicJson(*write.publicVersion)) : QVariant(QMetaType::fromType<QString>()));
        call.addBindValue(write.actor); // heeded only on the owner's connection (tools, tests); a desk acts as its login
        if (auto ok = run(call); !ok)
            return ok;
        write.question.version = call.value(0).toInt();
        if (write.newRevision) {
            auto latest = RevisionRepository(m_tx).latest(q.id);
            if (!latest)
                return latest.error();
            if (latest.value())
                write.newRevision = *latest.value();
        }
        return SearchIndex(m_tx).refresh(q.id);
    }

    Result<void> appendAudit(AuditEvent& event) override
    {
        QSqlQuery call(m_tx);
        call.prepare(QStringLiteral("SELECT danhoi_audit(?, ?, ?, ?, ?, ?)"));
        call.addBindValue(event.username);
        call.addBindValue(nullable(event.questionId));
        call.addBindValue(event.action);
        call.addBindValue(event.fromStatus);
        call.addBindValue(event.toStatus);
        call.addBindValue(event.note);
        if (auto ok = run(call); !ok)
            return ok;
        event.seq = call.value(0).toLongLong();
        return {};
    }

    Result<void> rewritePublicVersions(const QList<std::pair<Id, PublicVersion>>& versions) override
    {
        constexpr qsizetype perCall = 500; // a statement of some hundred kilobytes
        for (qsizetype first = 0; first < versions.size(); first += perCall) {
            QJsonArray texts;
            for (const auto& [id, version] : versions.mid(first, perCall)) {
                QJsonObject text = publicObject(version);
                text.insert(QStringLiteral("id"), id);
                texts.append(text);
            }
            QSqlQuery call(m_tx);
            call.prepare(QStringLiteral("SELECT danhoi_public_texts(?::jsonb)"));
            call.addBindValue(QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
            if (auto ok = run(call); !ok)
                return ok;
        }
        return {};
    }

private:
    // Runs a function call inside a savepoint, so that a refusal leaves the caller's transaction usable (and the
    // driver can still release its prepared statement); positioned on the result row when it succeeds.
    Result<void> run(QSqlQuery& call)
    {
        QSqlQuery savepoint(m_tx);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT danhoi_guarded")))
            return Database::errorFrom(savepoint.lastError());
        if (!call.exec()) {
            // 42883: no such function, so the database never got the security layer.
            const Error error = call.lastError().nativeErrorCode() == QLatin1String("42883")
                ? Error::other(QCoreApplication::translate(
                      "GuardedWrites", "This PostgreSQL database has no DanHoi security layer; its owner must run "
                                       "\"danhoi-cli db provision\" (a new database) or \"db upgrade\"."))
                : PostgresSecurity::errorFrom(call.lastError());
            savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT danhoi_guarded"));
            return error;
        }
        call.next();
        savepoint.exec(QStringLiteral("RELEASE SAVEPOINT danhoi_guarded"));
        return {};
    }

    static QJsonObject publicObject(const PublicVersion& v)
    {
        return {{QStringLiteral("title"), v.title},
                {QStringLiteral("question"), v.question},
                {QStringLiteral("asker_line"), v.askerLine},
                {QStringLiteral("answer"), v.answer}};
    }

    static QString publicJson(const PublicVersion& v)
    {
        return QString::fromUtf8(QJsonDocument(publicObject(v)).toJson(QJsonDocument::Compact));
    }

    QSqlDatabase m_tx;
};

} // namespace

std::unique_ptr<GuardedWrites> GuardedWrites::of(QSqlDatabase tx)
{
    if (tx.driverName() == QLatin1String("QPSQL"))
        return std::make_unique<PostgresWrites>(std::move(tx));
    return std::make_unique<SqliteWrites>(std::move(tx));
}

} // namespace danhoi
