#include "RoutingRepository.h"

#include "Database.h"

#include <QRegularExpression>

#include <limits>

namespace danhoi {

Result<QList<RoutedText>> RoutingRepository::routedQuestions(int count, std::optional<Id> before)
{
    SqlStatement q(m_db, QStringLiteral(
                             "SELECT q.id, d.code, q.title, q.body,"
                             " (SELECT r.body FROM answer_revisions r WHERE r.question_id = q.id"
                             "  ORDER BY r.number DESC LIMIT 1) AS answer"
                             " FROM questions q JOIN departments d ON d.id = q.department_id"
                             " WHERE q.status <> :rejected AND q.id < :before ORDER BY q.id DESC LIMIT :count"));
    q.bind(QStringLiteral(":count"), count).bind(QStringLiteral(":before"), before.value_or(std::numeric_limits<Id>::max()));
    if (auto ok = q.bind(QStringLiteral(":rejected"), QStringLiteral("rejected")).exec(); !ok)
        return ok.error();
    QList<RoutedText> routed;
    while (q.next()) {
        routed.append({q.value(0).toLongLong(), q.value(1).toString(),
                       QStringLiteral("%1\n%2\n%3").arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString())});
    }
    return routed;
}

Result<QHash<QString, QStringList>> RoutingRepository::keywords()
{
    const QString prefix = QStringLiteral("routing.keywords.");
    SqlStatement q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, :length) = :prefix"));
    q.bind(QStringLiteral(":length"), prefix.size()).bind(QStringLiteral(":prefix"), prefix);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QHash<QString, QStringList> keywords;
    while (q.next()) {
        QStringList list;
        for (const QString& keyword : q.value(1).toString().split(separators, Qt::SkipEmptyParts))
            if (!keyword.trimmed().isEmpty())
                list.append(keyword.trimmed());
        keywords.insert(q.value(0).toString().mid(prefix.size()), list);
    }
    return keywords;
}

} // namespace danhoi
