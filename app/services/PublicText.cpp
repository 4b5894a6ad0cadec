#include "PublicText.h"

#include "storage/CatalogRepository.h"

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
    QHash<Id, PublicItem> out;
    if (ids.isEmpty())
        return out;
    auto text = load(db);
    if (!text)
        return text.error();
    PublicationRepository publication(db);
    auto published = publication.published(ids);
    if (!published)
        return published.error();
    auto manual = publication.allManualRedactions(ids);
    if (!manual)
        return manual.error();
    for (const PublishedQuestion& p : published.value())
        out.insert(p.id, text->itemOf(p, manual->value(p.id)));
    return out;
}

Result<PublishedTexts> PublishedTexts::load(QSqlDatabase db)
{
    auto text = PublicText::load(db);
    if (!text)
        return text.error();
    PublicationRepository publication(db);
    auto published = publication.published();
    if (!published)
        return published.error();
    auto manual = publication.allManualRedactions();
    if (!manual)
        return manual.error();
    return PublishedTexts{text.value(), published.value(), manual.value()};
}

} // namespace danhoi
