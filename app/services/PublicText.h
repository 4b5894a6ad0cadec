#pragma once

#include "core/Redaction.h"
#include "publishing/PublicItem.h"
#include "storage/PublicationRepository.h"

namespace danhoi {

// The public, redacted text of published questions — what the portal shows — for everyone who may see a question
// only in its public version: the portal bundle, the push, and other departments' rows in exports.
class PublicText
{
public:
    static constexpr const char* askerLineKey = "publish.asker_line";
    static constexpr const char* allowlistKey = "redaction.allowlist";

    // The agency's allowlist and asker line style.
    static Result<PublicText> load(QSqlDatabase db);

    // One published question as the public sees it, with its manual choices applied on top of the automatic ones.
    PublicItem itemOf(const PublishedQuestion& question, const QList<ManualRedaction>& manual) const;
    // The redactor for one question (its asker's details and manual choices).
    Redactor redactorFor(const Asker& asker, const QList<ManualRedaction>& manual) const;
    AskerLineStyle askerLineStyle() const { return m_style; }

    // The public items of those of `ids` that are published, by question id; unpublished questions have no public
    // text and are left out. SQLite: made now from the question, its answer and manual choices (one query each).
    // PostgreSQL: the version the server keeps, since a desk that may not read a question cannot make it.
    static Result<QHash<Id, PublicItem>> of(QSqlDatabase db, const QList<Id>& ids);
    // SQLite: the same items made from published questions the caller has already read (id, ref, title, body, asker
    // and the published answer: a search's hits), so that only the rules and manual choices are read here.
    static Result<QHash<Id, PublicItem>> madeFrom(QSqlDatabase db, const QList<PublishedQuestion>& questions);
    // After a change to what public versions are made from (a manual choice; the asker line or allowlist: all):
    // makes them again and rewrites the kept ones (PostgreSQL; nothing is kept on SQLite). Inside the change's
    // transaction, by a user who reads the questions in full.
    static Result<void> rewriteKept(QSqlDatabase tx, const std::optional<QList<Id>>& only);
    // PostgreSQL: keeps the public versions of questions published without the server's publish (generated data,
    // db copy), hundreds a statement; nothing on SQLite. By a reader of the questions in full (the owner).
    static Result<void> keepNew(QSqlDatabase tx, const QList<Id>& ids);

private:
    static Result<QHash<Id, PublicItem>> made(QSqlDatabase db, const QList<Id>& ids);

    RedactionRules m_rules;
    AskerLineStyle m_style = AskerLineStyle::FullName;
};

} // namespace danhoi
