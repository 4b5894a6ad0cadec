#include "PublicText.h"

#include "storage/CatalogRepository.h"
#include "storage/QuestionBulkWriter.h"

namespace danhoi {

Result<PublicText> PublicText::load(QSqlDatabase db)
{
    CatalogRepository catalog(db);
    auto styleName = catalog.setting(QLatin1String(askerLineKey), askerLineStyleName(AskerLineStyle::FullName));
    if (!styleName)
        return styleName.error();
    auto allowlist = catalog.setting(QLatin1String(allowlistKey));
    if (!allowlist)
        return allowlist.error();
    PublicText text;
    text.m_style = askerLineStyleFromName(styleName.value()).value_or(AskerLineStyle::FullName);
    text.m_rules.allowlist = RedactionRules::allowlistFromSetting(allowlist.value());
    return text;
}

Redactor PublicText::redactorFor(const Asker& asker, const QList<ManualRedaction>& manual) const
{
    RedactionRules rules = m_rules;
    rules.asker = asker;
    rules.hideAskerName = RedactionRules::hidesAskerName(m_style);
    rules.manual = manual;
    return Redactor(rules);
}

PublicItem PublicText::itemOf(const PublishedQuestion& p, const QList<ManualRedaction>& manual) const
{
    const Redactor redactor = redactorFor(p.asker, manual);
    PublicItem item;
    item.ref = p.ref;
    item.title = redactor.apply(p.title);
    item.question = redactor.apply(p.body);
    item.askerLine = redactor.apply(Redactor::askerLine(p.asker, m_style));
    item.answerMarkdown = redactor.applyToMarkdown(p.answer);
    item.departmentCode = p.departmentCode;
    item.departmentName = p.departmentName;
    item.field = p.categoryName;
    item.receivedAt = p.receivedAt;
    item.answeredAt = p.approvedAt;
    item.publishedAt = p.publishedAt;
    return item;
}

Result<QHash<Id, PublicItem>> PublicText::of(QSqlDatabase db, const QList<Id>& ids)
{
    if (!isPostgres(db) || ids.isEmpty())
        return made(db, ids);
    auto kept = PublicationRepository(db).keptPublicVersions(ids);
    if (!kept)
        return kept.error();
    QHash<Id, PublicItem> out;
    for (const KeptPublicVersion& k : kept.value())
        out.insert(k.questionId, PublicItem{k.ref, k.text.title, k.text.question, k.text.askerLine, k.text.answer,
                                            k.departmentCode, k.departmentName, k.categoryName, k.receivedAt,
                                            k.answeredAt, k.publishedAt});
    // None kept (published by hand in SQL, say): made from what this reader may read, which for a desk without the
    // rights is nothing, so it stays unpublished to them.
    QList<Id> missing;
    for (Id id : ids)
        if (!out.contains(id))
            missing.append(id);
    auto made = PublicText::made(db, missing);
    if (!made)
        return made.error();
    out.insert(made.value());
    return out;
}

Result<void> PublicText::rewriteKept(QSqlDatabase tx, const std::optional<QList<Id>>& only)
{
    if (!isPostgres(tx))
        return {};
    QList<Id> ids;
    if (only) {
        ids = *only;
    } else {
        auto keys = PublicationRepository(tx).publishedKeys();
        if (!keys)
            return keys.error();
        for (const PublishedKey& key : std::as_const(keys.value()))
            ids.append(key.id);
    }
    // A chunk at a time: all of them at a million questions would be gigabytes of text at once.
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        auto items = PublicText::made(tx, ids.mid(first, chunk));
        if (!items)
            return items.error();
        QList<std::pair<Id, PublicVersion>> versions;
        versions.reserve(items->size());
        for (auto item = items->cbegin(); item != items->cend(); ++item)
            versions.append({item.key(), {item->title, item->question, item->askerLine, item->answerMarkdown}});
        if (auto ok = GuardedWrites::of(tx)->rewritePublicVersions(versions); !ok)
            return ok;
    }
    return {};
}

Result<void> PublicText::keepNew(QSqlDatabase tx, const QList<Id>& ids)
{
    if (!isPostgres(tx) || ids.isEmpty())
        return {};
    auto items = of(tx, ids);
    if (!items)
        return items.error();
    QList<std::pair<Id, PublicVersion>> versions;
    versions.reserve(items->size());
    for (auto it = items->cbegin(); it != items->cend(); ++it)
        versions.append({it.key(), {it->title, it->question, it->askerLine, it->answerMarkdown}});
    return QuestionBulkWriter::writePublicVersions(tx, versions);
}

Result<QHash<Id, PublicItem>> PublicText::made(QSqlDatabase db, const QList<Id>& ids)
{
    if (ids.isEmpty())
        return QHash<Id, PublicItem>();
    auto published = PublicationRepository(db).published(ids);
    if (!published)
        return published.error();
    return madeFrom(db, published.value());
}

Result<QHash<Id, PublicItem>> PublicText::madeFrom(QSqlDatabase db, const QList<PublishedQuestion>& questions)
{
    QHash<Id, PublicItem> out;
    if (questions.isEmpty())
        return out;
    auto text = load(db);
    if (!text)
        return text.error();
    QList<Id> ids;
    for (const PublishedQuestion& p : questions)
        ids.append(p.id);
    auto manual = PublicationRepository(db).allManualRedactions(ids);
    if (!manual)
        return manual.error();
    for (const PublishedQuestion& p : questions)
        out.insert(p.id, text->itemOf(p, manual->value(p.id)));
    return out;
}

} // namespace danhoi
