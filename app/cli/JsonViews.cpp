#include "JsonViews.h"

namespace danhoi::cli {

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QJsonObject JsonViews::question(const Question& q) const
{
    QJsonObject out{
        {QStringLiteral("id"), q.id},
        {QStringLiteral("ref"), q.ref},
        {QStringLiteral("status"), statusName(q.status)},
        {QStringLiteral("title"), q.title},
        {QStringLiteral("body"), q.body},
        {QStringLiteral("channel"), channelName(q.channel)},
        {QStringLiteral("received_at"), m_time.format(q.receivedAt)},
        {QStringLiteral("department"),
         q.departmentId ? QJsonValue(QJsonObject{{QStringLiteral("code"), q.departmentCode},
                                                 {QStringLiteral("name"), q.departmentName}})
                        : QJsonValue()},
        {QStringLiteral("category"), textOrNull(q.categoryName)},
        {QStringLiteral("due_date"), q.dueDate ? QJsonValue(q.dueDate->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("assigned_clerk"), textOrNull(q.assignedClerkUsername)},
        {QStringLiteral("duplicate_of"), textOrNull(q.duplicateOfRef)},
        {QStringLiteral("rejection_reason"), textOrNull(q.rejectionReason)},
        {QStringLiteral("published"), q.isPublic()},
        {QStringLiteral("version"), q.version},
    };
    if (q.askerVisible)
        out.insert(QStringLiteral("asker"), QJsonObject{
                                                {QStringLiteral("name"), q.asker.name},
                                                {QStringLiteral("locality"), q.asker.locality},
                                                {QStringLiteral("phone"), q.asker.phone},
                                                {QStringLiteral("email"), q.asker.email},
                                                {QStringLiteral("address"), q.asker.address},
                                                {QStringLiteral("id_number"), q.asker.idNumber},
                                            });
    else
        out.insert(QStringLiteral("asker_locality"), q.asker.locality);
    return out;
}

QJsonObject JsonViews::details(const QuestionDetails& d) const
{
    QJsonObject out = question(d.question);
    QJsonArray revisions;
    for (const AnswerRevision& r : d.revisions)
        revisions.append(revision(r));
    QJsonArray history;
    for (const AuditEvent& e : d.history)
        history.append(QJsonObject{
            {QStringLiteral("at"), m_time.format(e.at)},
            {QStringLiteral("user"), e.username},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("from"), textOrNull(e.fromStatus)},
            {QStringLiteral("to"), textOrNull(e.toStatus)},
            {QStringLiteral("note"), e.note},
        });
    QJsonArray actions;
    for (Action a : d.availableActions)
        actions.append(actionName(a));
    out.insert(QStringLiteral("revisions"), revisions);
    out.insert(QStringLiteral("history"), history);
    out.insert(QStringLiteral("available_actions"), actions);
    out.insert(QStringLiteral("working_days_left"), d.workingDaysLeft ? QJsonValue(*d.workingDaysLeft) : QJsonValue());
    return out;
}

QJsonObject JsonViews::revision(const AnswerRevision& r) const
{
    return {
        {QStringLiteral("number"), r.number},
        {QStringLiteral("author"), r.authorUsername},
        {QStringLiteral("created_at"), m_time.format(r.createdAt)},
        {QStringLiteral("state"), revisionStateName(r.state)},
        {QStringLiteral("reviewer"), textOrNull(r.reviewerUsername)},
        {QStringLiteral("comment"), r.comment},
        {QStringLiteral("body"), r.body},
    };
}

QJsonObject JsonViews::event(const AuditEvent& e) const
{
    return {
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("at"), m_time.format(e.at)},
        {QStringLiteral("user"), e.username},
        {QStringLiteral("question_id"), e.questionId ? QJsonValue(*e.questionId) : QJsonValue()},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("from"), textOrNull(e.fromStatus)},
        {QStringLiteral("to"), textOrNull(e.toStatus)},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("hash"), e.hash},
    };
}

QJsonObject JsonViews::department(const Department& d)
{
    return {{QStringLiteral("code"), d.code},
            {QStringLiteral("name"), d.nameVi},
            {QStringLiteral("name_en"), d.nameEn},
            {QStringLiteral("active"), d.active}};
}

QJsonObject JsonViews::category(const Category& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("department"), textOrNull(c.defaultDepartmentCode)},
            {QStringLiteral("days"), c.answerDays},
            {QStringLiteral("active"), c.active}};
}

QJsonObject JsonViews::user(const User& u)
{
    QJsonArray roles;
    for (const QString& r : roleNames(u.roles))
        roles.append(r);
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display"), u.displayName},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("department"), textOrNull(u.departmentCode)},
            {QStringLiteral("active"), u.active}};
}

} // namespace danhoi::cli
