#include "Domain.h"

#include <array>

namespace danhoi {

namespace {

template <typename E, std::size_t N>
struct NameTable {
    std::array<std::pair<E, const char*>, N> entries;

    QString name(E value) const
    {
        for (const auto& [v, n] : entries)
            if (v == value)
                return QString::fromLatin1(n);
        return {};
    }
    std::optional<E> find(const QString& name) const
    {
        for (const auto& [v, n] : entries)
            if (name == QLatin1String(n))
                return v;
        return std::nullopt;
    }
    QList<E> values() const
    {
        QList<E> out;
        for (const auto& entry : entries)
            out.append(entry.first);
        return out;
    }
};

constexpr NameTable<Status, 8> statuses{{{
    {Status::Received, "received"},
    {Status::Assigned, "assigned"},
    {Status::Drafting, "drafting"},
    {Status::PendingApproval, "pending_approval"},
    {Status::Approved, "approved"},
    {Status::Published, "published"},
    {Status::Rejected, "rejected"},
    {Status::TransferRequested, "transfer_requested"},
}}};

constexpr NameTable<Action, 9> actions{{{
    {Action::Route, "route"},
    {Action::Reject, "reject"},
    {Action::Draft, "draft"},
    {Action::Submit, "submit"},
    {Action::Approve, "approve"},
    {Action::Return, "return"},
    {Action::TransferRequest, "transfer-request"},
    {Action::Publish, "publish"},
    {Action::Unpublish, "unpublish"},
}}};

constexpr NameTable<Role, 4> roles{{{
    {Role::Admin, "admin"},
    {Role::Coordinator, "coordinator"},
    {Role::Clerk, "clerk"},
    {Role::Supervisor, "supervisor"},
}}};

constexpr NameTable<Channel, 5> channels{{{
    {Channel::Portal, "portal"},
    {Channel::Email, "email"},
    {Channel::Letter, "letter"},
    {Channel::Phone, "phone"},
    {Channel::WalkIn, "walk_in"},
}}};

constexpr NameTable<RevisionState, 4> revisionStates{{{
    {RevisionState::Draft, "draft"},
    {RevisionState::Submitted, "submitted"},
    {RevisionState::Approved, "approved"},
    {RevisionState::Returned, "returned"},
}}};

} // namespace

QString statusName(Status status) { return statuses.name(status); }
std::optional<Status> statusFromName(const QString& name) { return statuses.find(name); }
QList<Status> allStatuses() { return statuses.values(); }
QString actionName(Action action) { return actions.name(action); }
std::optional<Action> actionFromName(const QString& name) { return actions.find(name); }
QList<Action> allActions() { return actions.values(); }
QString roleName(Role role) { return roles.name(role); }
std::optional<Role> roleFromName(const QString& name) { return roles.find(name); }
QList<Role> allRoles() { return roles.values(); }
QString channelName(Channel channel) { return channels.name(channel); }
std::optional<Channel> channelFromName(const QString& name) { return channels.find(name); }
QList<Channel> allChannels() { return channels.values(); }
QString revisionStateName(RevisionState state) { return revisionStates.name(state); }
std::optional<RevisionState> revisionStateFromName(const QString& name) { return revisionStates.find(name); }

QStringList roleNames(Roles set)
{
    QStringList out;
    for (Role role : allRoles())
        if (set.testFlag(role))
            out.append(roleName(role));
    return out;
}

std::optional<Roles> rolesFromNames(const QStringList& names)
{
    Roles set;
    for (const QString& name : names) {
        const auto role = roleFromName(name.trimmed());
        if (!role)
            return std::nullopt;
        set |= *role;
    }
    return set;
}

QString DomainLabels::status(Status status)
{
    switch (status) {
    case Status::Received: return tr("Received");
    case Status::Assigned: return tr("Assigned");
    case Status::Drafting: return tr("Drafting");
    case Status::PendingApproval: return tr("Awaiting approval");
    case Status::Approved: return tr("Approved");
    case Status::Published: return tr("Published");
    case Status::Rejected: return tr("Rejected");
    case Status::TransferRequested: return tr("Transfer requested");
    }
    return {};
}

QString DomainLabels::action(Action action)
{
    switch (action) {
    case Action::Route: return tr("Route");
    case Action::Reject: return tr("Reject");
    case Action::Draft: return tr("Draft answer");
    case Action::Submit: return tr("Submit for approval");
    case Action::Approve: return tr("Approve");
    case Action::Return: return tr("Return for revision");
    case Action::TransferRequest: return tr("Request transfer");
    case Action::Publish: return tr("Publish");
    case Action::Unpublish: return tr("Unpublish");
    }
    return {};
}

QString DomainLabels::role(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Coordinator: return tr("Coordinator");
    case Role::Clerk: return tr("Clerk");
    case Role::Supervisor: return tr("Supervisor");
    }
    return {};
}

QString DomainLabels::channel(Channel channel)
{
    switch (channel) {
    case Channel::Portal: return tr("Portal");
    case Channel::Email: return tr("E-mail");
    case Channel::Letter: return tr("Letter");
    case Channel::Phone: return tr("Phone");
    case Channel::WalkIn: return tr("In person");
    }
    return {};
}

QString DomainLabels::revisionState(RevisionState state)
{
    switch (state) {
    case RevisionState::Draft: return tr("Draft");
    case RevisionState::Submitted: return tr("Submitted");
    case RevisionState::Approved: return tr("Approved");
    case RevisionState::Returned: return tr("Returned");
    }
    return {};
}

} // namespace danhoi
