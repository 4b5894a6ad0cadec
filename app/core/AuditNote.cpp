#include "AuditNote.h"

#include <QDate>
#include <QRegularExpression>

namespace danhoi {

namespace {
const QString commentMark = QStringLiteral("; comment=");
const QString retiredMark = QStringLiteral("; active=0");
const QString importMark = QStringLiteral("import=");
const QString lineMark = QStringLiteral("; line=");

// "import=<source>; line=<n>" in the reader's language, or the note as stored. The source is the importer's text and
// may itself hold "; line=": the last mark is the one the service wrote.
QString displayImported(const QString& note)
{
    const qsizetype mark = note.lastIndexOf(lineMark);
    if (!note.startsWith(importMark) || mark < importMark.size())
        return note;
    const QString line = note.mid(mark + lineMark.size());
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(line).hasMatch())
        return note;
    return AuditNote::tr("import %1, line %2").arg(note.mid(importMark.size(), mark - importMark.size()), line);
}
} // namespace

QString AuditNote::revision(int number, const QString& comment)
{
    const QString note = QStringLiteral("revision=%1").arg(number);
    return comment.isEmpty() ? note : note + commentMark + comment;
}

QString AuditNote::department(const QString& code, const QString& name, bool active)
{
    return QStringLiteral("%1: %2%3").arg(code, name, active ? QString() : retiredMark);
}

QString AuditNote::imported(const QString& source, int line)
{
    return importMark + source + lineMark + QString::number(line);
}

QString AuditNote::display(const QString& action, const QString& note)
{
    static const QStringList revisionActions = {QStringLiteral("draft"), QStringLiteral("submit"),
                                                QStringLiteral("approve"), QStringLiteral("return"),
                                                QStringLiteral("publish")};
    if (revisionActions.contains(action)) {
        // Only the services write these actions' notes; the comment after the mark is the reviewer's own text.
        static const QRegularExpression form(QStringLiteral("^revision=(\\d+)(?:; comment=(.*))?$"),
                                             QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = form.match(note);
        if (!match.hasMatch())
            return note;
        const QString number = match.captured(1);
        return match.hasCaptured(2) ? tr("revision %1: %2").arg(number, match.captured(2)) : tr("revision %1").arg(number);
    }
    if (action == QLatin1String("route")) {
        // "CODE, 2025-03-21" (department and due date, as the services write it): the date as the desk shows dates.
        static const QRegularExpression form(QStringLiteral("^([^,]+), (\\d{4}-\\d{2}-\\d{2})$"));
        const QRegularExpressionMatch match = form.match(note);
        const QDate due = match.hasMatch() ? QDate::fromString(match.captured(2), Qt::ISODate) : QDate();
        return due.isValid() ? tr("%1, due %2").arg(match.captured(1), due.toString(QStringLiteral("dd/MM/yyyy"))) : note;
    }
    if (action == QLatin1String("record"))
        return displayImported(note);
    if (action == QLatin1String("department-update") && note.endsWith(retiredMark))
        return tr("%1 (retired)").arg(note.chopped(retiredMark.size()));
    return note;
}

} // namespace danhoi
