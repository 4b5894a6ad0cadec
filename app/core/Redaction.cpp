#include "Redaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace danhoi {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A character that glues a number to a word, a code or an e-mail ("37A-586", "nguyen0912@", "x_12").
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c == QLatin1Char('@');
}

bool isNumberSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QChar(0x00A0);
}

QString digitsOf(QStringView text)
{
    QString out;
    for (QChar c : text)
        if (isDigit(c))
            out.append(c);
    return out;
}

QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

// Street addresses: a house number with its lane and named street ("số 9 ngõ 22 đường Hồ Tùng Mậu"), and flats.
// A bare hamlet ("xóm 3"), a document number ("số 1", "số 23/2015/NĐ-CP") or an unnumbered street is no hit.
const QRegularExpression& streetAddressPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\p{L}\\p{N}])"
        "(?:(?:(?:[Ss]ố nhà|[Nn]hà số|[Ss]ố)\\s+\\d+[A-Za-z]?(?:/\\d+[A-Za-z]?)*\\s*,?\\s*)"
        "(?:(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\\s+\\d+[A-Za-z]?(?:/\\d+)*\\s*,?\\s*)*"
        "|(?:(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\\s+\\d+[A-Za-z]?(?:/\\d+)*\\s*,?\\s*)+)"
        "(?:[Đđ]ường|[Pp]hố)\\s+[\\p{Lu}\\d][\\p{L}\\p{M}\\d]*(?:[ \\-][\\p{Lu}\\d][\\p{L}\\p{M}\\d]*)*"
        "|(?<![\\p{L}\\p{N}])[Cc]ăn(?: hộ)?(?: số)?\\s+[A-Z]?\\d{2,5}[A-Z]?(?:\\s*,?\\s*[Tt]òa(?: nhà)?\\s+[\\p{Lu}\\d]+)?"));
    return pattern;
}

// An address the writer labels as theirs ("Địa chỉ nhà tôi: xóm Xuân Thủy, …, cạnh nhà văn hóa xóm"): the value, up to
// the end of the sentence.
const QRegularExpression& labelledAddressPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\p{L}])(?:[Đđ]ịa chỉ(?: nhà)?(?: của tôi| nhà tôi| của gia đình| liên hệ| thường trú| tạm trú)?"
        "|[Nn]ơi ở(?: hiện nay)?|[Tt]hường trú|[Tt]ạm trú)\\s*:\\s*([^.;\\n]{4,200})"));
    return pattern;
}

const QRegularExpression& emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "[\\p{L}\\p{N}._%+\\-]+\\s?(?:@|\\[at\\]|\\(at\\)|\\[@\\])\\s?[\\p{L}\\p{N}\\-]+(?:(?:\\.|\\[dot\\]|\\(dot\\))"
        "[\\p{L}\\p{N}\\-]+)+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString askerLineStyleName(AskerLineStyle style)
{
    switch (style) {
    case AskerLineStyle::FullName: return QStringLiteral("full_name");
    case AskerLineStyle::Initials: return QStringLiteral("initials");
    case AskerLineStyle::Anonymous: return QStringLiteral("anonymous");
    }
    return QStringLiteral("full_name");
}

std::optional<AskerLineStyle> askerLineStyleFromName(const QString& name)
{
    for (AskerLineStyle style : {AskerLineStyle::FullName, AskerLineStyle::Initials, AskerLineStyle::Anonymous})
        if (askerLineStyleName(style) == name)
            return style;
    return std::nullopt;
}

QStringList RedactionRules::allowlistFromSetting(const QString& stored)
{
    static const QRegularExpression separators(QStringLiteral("[\\n;]"));
    QStringList out;
    const QStringList parts = stored.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QString manualRedactionKindName(ManualRedaction::Kind kind)
{
    return kind == ManualRedaction::Kind::Hide ? QStringLiteral("hide") : QStringLiteral("keep");
}

std::optional<ManualRedaction::Kind> manualRedactionKindFromName(const QString& name)
{
    if (name == QLatin1String("hide"))
        return ManualRedaction::Kind::Hide;
    if (name == QLatin1String("keep"))
        return ManualRedaction::Kind::Keep;
    return std::nullopt;
}

Redactor::Redactor(RedactionRules rules) : m_rules(std::move(rules))
{
    auto keep = [this](const QString& entry) {
        const QString digits = digitsOf(entry);
        const QString national = nationalPhone(digits, entry.trimmed().startsWith(QLatin1Char('+')));
        if (!national.isEmpty())
            m_keptDigits.append(national);
        else if (digits.size() >= 3 && digits.size() == entry.simplified().remove(QLatin1Char(' ')).size())
            m_keptDigits.append(digits);
        if (!entry.trimmed().isEmpty())
            m_keptTexts.append(comparable(entry));
    };
    for (const QString& entry : std::as_const(m_rules.allowlist))
        keep(entry);
    for (const ManualRedaction& manual : std::as_const(m_rules.manual))
        if (manual.kind == ManualRedaction::Kind::Keep)
            keep(manual.text);
    const QString phoneDigits = digitsOf(m_rules.asker.phone);
    m_askerPhone = nationalPhone(phoneDigits, m_rules.asker.phone.trimmed().startsWith(QLatin1Char('+')));
    if (m_askerPhone.isEmpty())
        m_askerPhone = phoneDigits;
    m_askerIdDigits = digitsOf(m_rules.asker.idNumber);
}

QString Redactor::nationalPhone(const QString& digits, bool international)
{
    QString d = digits;
    if (d.startsWith(QLatin1String("84")) && (international || d.size() >= 11)) {
        d = d.mid(2);
        if (d.startsWith(QLatin1Char('0')))
            d = d.mid(1);
        d.prepend(QLatin1Char('0'));
    } else if (international) {
        // A foreign number is personal data too.
        return d.size() >= 8 && d.size() <= 15 ? QLatin1Char('+') + d : QString();
    }
    if (!d.startsWith(QLatin1Char('0')) || d.size() < 2)
        return {};
    const QChar second = d.at(1);
    // Mobiles 03/05/07/08/09 and the landlines of before 2017: ten digits. Landlines 02x and old mobiles 01x: eleven.
    if (d.size() == 10 && second >= QLatin1Char('2') && second <= QLatin1Char('9'))
        return d;
    if (d.size() == 11 && (second == QLatin1Char('2') || second == QLatin1Char('1')))
        return d;
    return {};
}

bool Redactor::isKept(const RedactionHit& hit) const
{
    if (hit.kind == RedactionHit::Kind::AskerDetail || hit.kind == RedactionHit::Kind::Manual)
        return false;
    if (hit.kind == RedactionHit::Kind::Phone || hit.kind == RedactionHit::Kind::IdNumber) {
        const QString digits = digitsOf(hit.text);
        const QString national = nationalPhone(digits, hit.text.trimmed().startsWith(QLatin1Char('+')));
        if (m_keptDigits.contains(national.isEmpty() ? digits : national))
            return true;
    }
    return m_keptTexts.contains(comparable(hit.text));
}

void Redactor::findNumbers(const QString& text, QList<RedactionHit>& hits) const
{
    struct Group {
        qsizetype start;
        qsizetype end;
        bool spaceBefore; // separated from the previous group by spaces only
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto skipToken = [&](qsizetype from) {
        qsizetype k = from;
        while (k < n && (isWordChar(text.at(k)) || isDigit(text.at(k))))
            ++k;
        return std::max(k, from + 1);
    };
    while (i < n) {
        const QChar c = text.at(i);
        const bool opener = c == QLatin1Char('+') || c == QLatin1Char('(');
        if (!isDigit(c) && !opener) {
            ++i;
            continue;
        }
        if (i > 0) {
            const QChar before = text.at(i - 1);
            const bool glued = isWordChar(before) || before == QLatin1Char('/')
                || ((before == QLatin1Char('.') || before == QLatin1Char('-') || before == QLatin1Char(',')
                     || before == QLatin1Char('/'))
                    && i > 1 && isWordChar(text.at(i - 2)));
            if (glued) {
                i = skipToken(i);
                continue;
            }
        }
        qsizetype j = i;
        const bool plus = c == QLatin1Char('+');
        if (plus) {
            ++j;
            if (j < n && text.at(j) == QLatin1Char(' '))
                ++j;
        }
        QList<Group> groups;
        bool spaceBefore = true;
        while (groups.size() < 12) {
            qsizetype k = j;
            if (k < n && text.at(k) == QLatin1Char('('))
                ++k;
            if (k >= n || !isDigit(text.at(k)))
                break;
            const qsizetype start = k;
            while (k < n && isDigit(text.at(k)))
                ++k;
            groups.append({start, k, spaceBefore});
            if (k < n && text.at(k) == QLatin1Char(')'))
                ++k;
            j = k;
            qsizetype s = j;
            while (s < n && s - j < 3 && isNumberSeparator(text.at(s)))
                ++s;
            if (s == j || s >= n || !(isDigit(text.at(s)) || text.at(s) == QLatin1Char('(')))
                break;
            spaceBefore = true;
            for (qsizetype t = j; t < s; ++t)
                spaceBefore = spaceBefore && (text.at(t) == QLatin1Char(' ') || text.at(t) == QChar(0x00A0));
            j = s;
        }
        if (groups.isEmpty()) {
            ++i;
            continue;
        }
        const qsizetype runEnd = j;
        // A number running into a word or a slash ("123/2021", "12abc") is a code, not a phone.
        const bool lastGlued = runEnd < n
            && (isWordChar(text.at(runEnd)) || text.at(runEnd) == QLatin1Char('/')
                || ((text.at(runEnd) == QLatin1Char('.') || text.at(runEnd) == QLatin1Char(','))
                    && runEnd + 1 < n && isDigit(text.at(runEnd + 1))));
        for (qsizetype a = 0; a < groups.size(); ++a) {
            if (a > 0 && !groups.at(a).spaceBefore)
                continue;
            for (qsizetype b = std::min<qsizetype>(groups.size() - 1, a + 7); b >= a; --b) {
                if (b == groups.size() - 1 && lastGlued)
                    continue;
                QString digits;
                for (qsizetype g = a; g <= b; ++g)
                    digits += text.mid(groups.at(g).start, groups.at(g).end - groups.at(g).start);
                const bool international = plus && a == 0;
                std::optional<RedactionHit::Kind> kind;
                const QString national = nationalPhone(digits, international);
                if (!national.isEmpty())
                    kind = national == m_askerPhone ? RedactionHit::Kind::AskerDetail : RedactionHit::Kind::Phone;
                else if (digits.size() == 12 && digits.startsWith(QLatin1Char('0')))
                    kind = digits == m_askerIdDigits ? RedactionHit::Kind::AskerDetail : RedactionHit::Kind::IdNumber;
                else if (!m_askerIdDigits.isEmpty() && digits == m_askerIdDigits)
                    kind = RedactionHit::Kind::AskerDetail;
                else if (!m_askerPhone.isEmpty() && digits == m_askerPhone)
                    kind = RedactionHit::Kind::AskerDetail;
                if (!kind)
                    continue;
                qsizetype start = a == 0 ? i : groups.at(a).start;
                if (a > 0 && start > 0 && text.at(start - 1) == QLatin1Char('('))
                    --start;
                qsizetype end = groups.at(b).end;
                if (end < n && text.at(end) == QLatin1Char(')') && text.mid(start, end - start).contains(QLatin1Char('(')))
                    ++end;
                hits.append({start, end - start, *kind, text.mid(start, end - start)});
                a = b;
                break;
            }
        }
        i = std::max(runEnd, i + 1);
    }
}

void Redactor::findLiteral(const QString& text, const QString& needle, RedactionHit::Kind kind,
                           QList<RedactionHit>& hits) const
{
    const QString trimmed = needle.trimmed();
    if (trimmed.isEmpty())
        return;
    qsizetype from = 0;
    while ((from = text.indexOf(trimmed, from, Qt::CaseInsensitive)) >= 0) {
        hits.append({from, trimmed.size(), kind, text.mid(from, trimmed.size())});
        from += trimmed.size();
    }
}

QList<RedactionHit> Redactor::find(const QString& text) const
{
    QList<RedactionHit> found;
    findNumbers(text, found);
    for (auto it = emailPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool asker = !m_rules.asker.email.isEmpty()
            && comparable(match.captured()) == comparable(m_rules.asker.email);
        found.append({match.capturedStart(), match.capturedLength(),
                      asker ? RedactionHit::Kind::AskerDetail : RedactionHit::Kind::Email, match.captured()});
    }
    for (auto it = streetAddressPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), match.capturedLength(), RedactionHit::Kind::Address, match.captured()});
    }
    for (auto it = labelledAddressPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(1), match.capturedLength(1), RedactionHit::Kind::Address, match.captured(1)});
    }
    const Asker& asker = m_rules.asker;
    if (asker.address.trimmed().size() >= 6) {
        findLiteral(text, asker.address, RedactionHit::Kind::AskerDetail, found);
        // The street part alone ("số 9 ngõ 22 đường Hồ Tùng Mậu" of a longer address).
        const QString street = asker.address.section(QLatin1Char(','), 0, 0).trimmed();
        if (street.size() >= 6 && street != asker.address.trimmed() && !digitsOf(street).isEmpty())
            findLiteral(text, street, RedactionHit::Kind::AskerDetail, found);
    }
    if (asker.email.trimmed().size() >= 3)
        findLiteral(text, asker.email, RedactionHit::Kind::AskerDetail, found);
    if (asker.idNumber.trimmed().size() >= 6)
        findLiteral(text, asker.idNumber, RedactionHit::Kind::AskerDetail, found);
    if (m_rules.hideAskerName && asker.name.trimmed().size() >= 2)
        findLiteral(text, asker.name, RedactionHit::Kind::AskerDetail, found);
    for (const ManualRedaction& manual : m_rules.manual)
        if (manual.kind == ManualRedaction::Kind::Hide)
            findLiteral(text, manual.text, RedactionHit::Kind::Manual, found);

    found.erase(std::remove_if(found.begin(), found.end(), [this](const RedactionHit& hit) { return isKept(hit); }),
                found.end());
    std::sort(found.begin(), found.end(), [](const RedactionHit& a, const RedactionHit& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    // Overlapping hits become one span, so one marker replaces them.
    QList<RedactionHit> merged;
    for (const RedactionHit& hit : std::as_const(found)) {
        if (!merged.isEmpty() && hit.start < merged.last().start + merged.last().length) {
            RedactionHit& last = merged.last();
            const qsizetype end = std::max(last.start + last.length, hit.start + hit.length);
            last.length = end - last.start;
            last.text = text.mid(last.start, last.length);
            continue;
        }
        merged.append(hit);
    }
    return merged;
}

QString Redactor::apply(const QString& text, const QString& replacement) const
{
    const QList<RedactionHit> hits = find(text);
    QString out = text;
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        out.replace(it->start, it->length, replacement);
    return out;
}

QString Redactor::initials(const QString& name)
{
    QString out;
    const QStringList parts = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts)
        out += part.left(1).toUpper() + QLatin1Char('.');
    return out;
}

QString Redactor::askerLine(const Asker& asker, AskerLineStyle style)
{
    // The portal speaks Vietnamese whatever the language of the desk; these words belong to the bundle.
    const QString locality = asker.locality.simplified();
    QString who;
    switch (style) {
    case AskerLineStyle::FullName: who = asker.name.simplified(); break;
    case AskerLineStyle::Initials: who = initials(asker.name); break;
    case AskerLineStyle::Anonymous: return QStringLiteral("Người hỏi giấu tên");
    }
    if (who.isEmpty())
        who = QStringLiteral("Người hỏi giấu tên");
    return locality.isEmpty() ? who : QStringLiteral("%1 – %2").arg(who, locality);
}

} // namespace danhoi
