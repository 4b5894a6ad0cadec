#include "Visibility.h"

namespace danhoi {

VisibilityScope Visibility::scopeFor(const User& user)
{
    using Kind = VisibilityScope::Kind;
    if (!user.active)
        return {Kind::Nothing, std::nullopt};
    if (user.seesEverything())
        return {Kind::Everything, std::nullopt};
    if (user.isDepartmentStaff())
        return user.departmentId ? VisibilityScope{Kind::DepartmentAndPublic, user.departmentId}
                                 : VisibilityScope{Kind::PublicOnly, std::nullopt};
    return {Kind::Nothing, std::nullopt};
}

Access Visibility::accessTo(const User& user, std::optional<Id> departmentId, bool isPublic)
{
    const VisibilityScope scope = scopeFor(user);
    switch (scope.kind) {
    case VisibilityScope::Kind::Everything:
        return Access::Full;
    case VisibilityScope::Kind::DepartmentAndPublic:
        if (departmentId && departmentId == scope.departmentId)
            return Access::Full;
        return isPublic ? Access::Public : Access::None;
    case VisibilityScope::Kind::PublicOnly:
        return isPublic ? Access::Public : Access::None;
    case VisibilityScope::Kind::Nothing:
        break;
    }
    return Access::None;
}

Access Visibility::accessTo(const User& user, const Question& question)
{
    return accessTo(user, question.departmentId, question.isPublic());
}

} // namespace danhoi
