#pragma once

#include "ServiceContext.h"
#include "publishing/Letter.h"

namespace danhoi {

enum class LetterFormat { Odt, Pdf };

// What the person issuing the letter may set; empty fields come from the agency settings.
struct LetterOptions {
    QString number;          // "123/SVHTTDL-VP"; empty leaves room for the registry
    QStringList signerTitle; // e.g. {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}
    QString place;           // "Nghệ An"
    std::optional<QDate> date; // default: today in agency time
};

// The official reply letter to the citizen who asked (ODT, PDF). It names the asker and their address, so only
// coordinators and the staff of the question's department may produce it, and only for an approved answer.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    // Agency settings read for the letter (admin sets them; see AdminService).
    static QString placeSettingKey() { return QStringLiteral("letter.place"); }
    static QString signerTitleSettingKey() { return QStringLiteral("letter.signer_title"); } // lines separated by '|'

    LetterService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<Letter> compose(const QString& idOrReference, const LetterOptions& options = {});
    Result<void> write(const QString& idOrReference, LetterFormat format, const QString& path,
                       const LetterOptions& options = {});

    static std::optional<LetterFormat> formatFromName(const QString& name);
    // "UBND tỉnh Nghệ An" → "Nghệ An": the place line when no place is configured.
    static QString placeFromAgencyName(const QString& agencyName);

private:
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
