#pragma once

#include "Domain.h"

namespace danhoi {

// How the asker is named on the portal (agency setting "publish.asker_line").
enum class AskerLineStyle { FullName, Initials, Anonymous };
QString askerLineStyleName(AskerLineStyle style);
std::optional<AskerLineStyle> askerLineStyleFromName(const QString& name);

// A coordinator's choice about one piece of text of one question, applied in every later publish.
struct ManualRedaction {
    enum class Kind { Hide, Keep };
    Id id = 0;
    Kind kind = Kind::Hide;
    QString text;
    QString createdBy;
    QDateTime createdAt;
};
QString manualRedactionKindName(ManualRedaction::Kind kind);
std::optional<ManualRedaction::Kind> manualRedactionKindFromName(const QString& name);

struct RedactionRules {
    QStringList allowlist;  // official numbers and addresses that stay public (hotlines, the agency's own contacts)
    QList<ManualRedaction> manual;
    Asker asker;            // its phone, e-mail, address and ID number are hidden wherever they appear
    bool hideAskerName = false;

    // The allowlist as the agency stores it: entries separated by new lines or ';'.
    static QStringList allowlistFromSetting(const QString& stored);
    // Names are hidden from the public unless the asker is shown by full name.
    static bool hidesAskerName(AskerLineStyle style) { return style != AskerLineStyle::FullName; }
};

struct RedactionHit {
    enum class Kind { Phone, Email, IdNumber, Address, AskerDetail, Manual };
    qsizetype start = 0;
    qsizetype length = 0;
    Kind kind = Kind::Phone;
    QString text;
};

// Finds personal data in citizen and answer text and replaces it by a marker, before anything is published.
class Redactor
{
public:
    static QString marker() { return QStringLiteral("[đã ẩn]"); }

    explicit Redactor(RedactionRules rules = {});

    // Sorted, non-overlapping; automatic hits that the allowlist or a manual "keep" covers are left out.
    QList<RedactionHit> find(const QString& text) const;
    QString apply(const QString& text, const QString& replacement = marker()) const;
    // Markdown source: the marker's brackets escaped so they never form a link.
    QString applyToMarkdown(const QString& markdown) const { return apply(markdown, QStringLiteral("\\[đã ẩn\\]")); }

    // Digits of a Vietnamese phone number in national form ("0912345678"), or empty when it is none.
    static QString nationalPhone(const QString& digits, bool international);
    // "N.T.D." for "Nguyễn Thùy Dung".
    static QString initials(const QString& name);
    // The public line naming the asker: "Nguyễn Thùy Dung – xã Hưng Thành", "N.T.D. – xã Hưng Thành" or anonymous.
    static QString askerLine(const Asker& asker, AskerLineStyle style);

private:
    bool isKept(const RedactionHit& hit) const;
    void findNumbers(const QString& text, QList<RedactionHit>& hits) const;
    void findLiteral(const QString& text, const QString& needle, RedactionHit::Kind kind, QList<RedactionHit>& hits) const;

    RedactionRules m_rules;
    QStringList m_keptDigits;
    QStringList m_keptTexts;
    QString m_askerPhone;
    QString m_askerIdDigits;
};

} // namespace danhoi
