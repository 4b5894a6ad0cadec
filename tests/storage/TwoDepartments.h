#pragma once

// The catalogue the storage tests start from: two departments and a clerk of the first, written straight through
// the repositories (no services, no login).

#include "storage/CatalogRepository.h"
#include "storage/UserRepository.h"

namespace danhoi::test {

struct TwoDepartments {
    Id deptA = 0; // SVH
    Id deptB = 0; // SGD
    Id clerk = 0; // clerk of SVH

    static TwoDepartments addTo(Database& db)
    {
        CatalogRepository catalog(db.connection().value());
        TwoDepartments out;
        out.deptA = catalog.addDepartment({0, QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa"), {}, true, 0}).value();
        out.deptB = catalog.addDepartment({0, QStringLiteral("SGD"), QStringLiteral("Sở Giáo dục"), {}, true, 0}).value();
        User clerk;
        clerk.username = QStringLiteral("clerk");
        clerk.roles = Role::Clerk;
        clerk.departmentId = out.deptA;
        out.clerk = UserRepository(db.connection().value()).add(clerk, QStringLiteral("not-a-real-hash")).value();
        return out;
    }
};

} // namespace danhoi::test
