#pragma once

#include "Domain.h"

namespace danhoi {

enum class Access { None, Public, Full };

// Which questions a user may see; lists, search and exports translate it into their queries.
struct VisibilityScope {
    enum class Kind { Everything, DepartmentAndPublic, PublicOnly, Nothing } kind = Kind::Nothing;
    std::optional<Id> departmentId;
};

class Visibility
{
public:
    static VisibilityScope scopeFor(const User& user);
    // Full: the question with the asker's details; Public: the published version only; None: nothing.
    static Access accessTo(const User& user, const Question& question);
    static Access accessTo(const User& user, std::optional<Id> departmentId, bool isPublic);
};

} // namespace danhoi
