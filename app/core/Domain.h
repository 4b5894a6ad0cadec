#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhoi {

using Id = qint64;

enum class Status { Received, Assigned, Drafting, PendingApproval, Approved, Published, Rejected, TransferRequested };
enum class Action { Route, Reject, Draft, Submit, Approve, Return, TransferRequest, Publish, Unpublish };
enum class Role { Admin = 1, Coordinator = 2, Clerk = 4, Supervisor = 8 };
enum class Channel { Portal, Email, Letter, Phone, WalkIn };
enum class RevisionState { Draft, Submitted, Approved, Returned };

Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// Names used on every interface (CLI, JSON, database); never translated.
QString statusName(Status status);
std::optional<Status> statusFromName(const QString& name);
QList<Status> allStatuses();
QString actionName(Action action);
std::optional<Action> actionFromName(const QString& name);
QList<Action> allActions();
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QList<Role> allRoles();
QStringList roleNames(Roles roles);
std::optional<Roles> rolesFromNames(const QStringList& names);
QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString& name);
QList<Channel> allChannels();
QString revisionStateName(RevisionState state);
std::optional<RevisionState> revisionStateFromName(const QString& name);

// Labels shown to people, translated.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)
public:
    static QString status(Status status);
    static QString action(Action action);
    static QString role(Role role);
    static QString channel(Channel channel);
    static QString revisionState(RevisionState state);
};

struct AgencySettings {
    QString name;
    QString timeZone = QStringLiteral("Asia/Ho_Chi_Minh");
    QString portalBaseUrl;
    int defaultAnswerDays = 10;
    int idleLockMinutes = 15; // the desk locks after this long without input
};

struct Department {
    Id id = 0;
    QString code;
    QString nameVi;
    QString nameEn;
    bool active = true;
    int version = 0;
};

struct Category {
    Id id = 0;
    QString name;
    std::optional<Id> defaultDepartmentId;
    QString defaultDepartmentCode;
    int answerDays = 10;
    bool active = true;
    int version = 0;
};

struct User {
    Id id = 0;
    QString username;
    QString displayName;
    Roles roles;
    std::optional<Id> departmentId;
    QString departmentCode;
    bool active = true;

    bool hasRole(Role role) const { return roles.testFlag(role); }
    bool seesEverything() const { return hasRole(Role::Admin) || hasRole(Role::Coordinator); }
    bool isDepartmentStaff() const { return hasRole(Role::Clerk) || hasRole(Role::Supervisor); }
};

struct Asker {
    QString name;
    QString locality;
    QString phone;
    QString email;
    QString address;
    QString idNumber;
};

struct Question {
    Id id = 0;
    QString ref;
    Channel channel = Channel::Portal;
    QDateTime receivedAt; // UTC
    QString title;
    QString body;
    Asker asker;
    bool askerVisible = true; // false when the viewer sees only the public version
    std::optional<Id> categoryId;
    QString categoryName;
    std::optional<Id> departmentId;
    QString departmentCode;
    QString departmentName;
    std::optional<Id> assignedClerkId;
    QString assignedClerkUsername;
    Status status = Status::Received;
    std::optional<QDate> dueDate;
    std::optional<Id> duplicateOfId;
    QString duplicateOfRef;
    QString rejectionReason;
    std::optional<Id> publishedRevisionId;
    QString externalId;
    int version = 0;

    bool isPublic() const { return publishedRevisionId.has_value(); }
};

struct AnswerRevision {
    Id id = 0;
    Id questionId = 0;
    int number = 0;
    QString body; // Markdown
    Id authorId = 0;
    QString authorUsername;
    QDateTime createdAt;
    RevisionState state = RevisionState::Draft;
    std::optional<Id> reviewerId;
    QString reviewerUsername;
    QDateTime reviewedAt;
    QString comment;
};

struct AuditEvent {
    Id id = 0;
    qint64 seq = 0;
    QDateTime at; // UTC, millisecond precision
    QString username;
    std::optional<Id> questionId;
    QString action;
    QString fromStatus;
    QString toStatus;
    QString note;
    QString prevHash;
    QString hash;
};

} // namespace danhoi

Q_DECLARE_METATYPE(danhoi::Status)
