#include "LetterService.h"

#include "QuestionService.h"
#include "storage/ApprovalRepository.h"
#include "storage/CatalogRepository.h"

#include <QRegularExpression>

namespace danhoi {

std::optional<LetterFormat> LetterService::formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("odt"))
        return LetterFormat::Odt;
    if (lower == QLatin1String("pdf"))
        return LetterFormat::Pdf;
    return std::nullopt;
}

QString LetterService::placeFromAgencyName(const QString& agencyName)
{
    static const QRegularExpression unit(QStringLiteral("(?:tỉnh|thành phố|TP\\.?)\\s+(.+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = unit.match(agencyName.trimmed());
    return match.hasMatch() ? match.captured(1).trimmed() : agencyName.trimmed();
}

Result<Letter> LetterService::compose(const QString& idOrReference, const LetterOptions& options)
{
    auto found = QuestionService(m_context, m_actor).find(idOrReference);
    if (!found)
        return found.error();
    const Question& question = found.value();
    const bool mayIssue = m_actor.hasRole(Role::Coordinator)
                          || (m_actor.isDepartmentStaff() && m_actor.departmentId && question.departmentId
                              && *m_actor.departmentId == *question.departmentId);
    if (!mayIssue || !question.askerVisible)
        return Error::forbidden(tr("Only a coordinator or the staff of the answering department may issue the letter "
                                   "for question %1.")
                                    .arg(question.ref));
    if (question.status != Status::Approved && question.status != Status::Published
        && !question.publishedRevisionId)
        return Error::conflict(tr("Question %1 has no approved answer yet; a letter can be issued once it is approved.")
                                   .arg(question.ref));

    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto approved = ApprovalRepository(connection.value()).approvedOf({question.id});
    if (!approved)
        return approved.error();
    const QList<ApprovedAnswer> answers = approved->value(question.id);
    if (answers.isEmpty())
        return Error::conflict(tr("Question %1 has no approved answer yet; a letter can be issued once it is approved.")
                                   .arg(question.ref));
    // An amendment waiting for approval does not change the letter: it carries the last approved text.
    const ApprovedAnswer& answer = answers.last();

    CatalogRepository catalog(connection.value());
    auto settings = catalog.agencySettings();
    if (!settings)
        return settings.error();
    auto place = catalog.setting(placeSettingKey());
    auto title = catalog.setting(signerTitleSettingKey());
    if (!place || !title)
        return !place ? place.error() : title.error();
    const AgencyTime time(settings->timeZone);

    Letter letter;
    letter.parentAgency = settings->name;
    letter.issuingAgency = question.departmentName.isEmpty() ? settings->name : question.departmentName;
    if (letter.issuingAgency == letter.parentAgency)
        letter.parentAgency.clear();
    letter.number = options.number.trimmed().isEmpty() ? QStringLiteral("/%1").arg(question.departmentCode)
                                                        : options.number.trimmed();
    letter.place = !options.place.trimmed().isEmpty() ? options.place.trimmed()
                   : !place->trimmed().isEmpty()      ? place->trimmed()
                                                      : placeFromAgencyName(settings->name);
    letter.date = options.date.value_or(time.today(*m_context.clock));
    const QString asker = question.asker.name.trimmed();
    letter.recipient = asker.isEmpty() ? QStringLiteral("Ông/Bà") : QStringLiteral("Ông/Bà %1").arg(asker);
    QStringList address;
    if (!question.asker.address.trimmed().isEmpty())
        address.append(question.asker.address.trimmed());
    if (!question.asker.locality.trimmed().isEmpty() && !question.asker.address.contains(question.asker.locality.trimmed()))
        address.append(question.asker.locality.trimmed());
    letter.recipientAddress = address.join(QStringLiteral(", "));

    const QString agency = letter.issuingAgency;
    const QString received = time.dateOf(question.receivedAt).toString(QStringLiteral("dd/MM/yyyy"));
    // An answer that opens with its own "… trả lời như sau:" is not introduced a second time.
    const bool ownIntroduction = Letter::answerIntroducesItself(answer.body);
    letter.body.append(RichBlock{RichBlock::Kind::Paragraph, 0, 0,
                                 {RichSpan{QStringLiteral("%1 nhận được câu hỏi của Ông/Bà (số %2, ngày %3) về việc: ")
                                               .arg(agency, question.ref, received)},
                                  RichSpan{QStringLiteral("“%1”").arg(question.title), false, true},
                                  RichSpan{ownIntroduction ? QStringLiteral(".")
                                                           : QStringLiteral(". Về nội dung này, %1 trả lời như sau:").arg(agency)}}});
    letter.body.append(RichText::fromMarkdown(answer.body));
    letter.body.append(RichBlock{RichBlock::Kind::Paragraph, 0, 0,
                                 {RichSpan{QStringLiteral("%1 trả lời để Ông/Bà được biết./.").arg(agency)}}});
    letter.recipients = {QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, %1.").arg(question.departmentCode)};
    QStringList signer = options.signerTitle;
    if (signer.isEmpty())
        signer = title->split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (signer.isEmpty())
        signer = {QStringLiteral("Giám đốc")};
    letter.signerTitle = signer;
    letter.signerName = answer.approverDisplayName.trimmed().isEmpty() ? answer.approverUsername : answer.approverDisplayName;
    letter.reference = question.ref;
    return letter;
}

Result<void> LetterService::write(const QString& idOrReference, LetterFormat format, const QString& path,
                                  const LetterOptions& options)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(tr("Give the file to write the letter to."), QStringLiteral("out"));
    auto letter = compose(idOrReference, options);
    if (!letter)
        return letter.error();
    return format == LetterFormat::Odt ? OdtLetterWriter::write(letter.value(), path)
                                       : PdfLetterWriter::write(letter.value(), path);
}

} // namespace danhoi
