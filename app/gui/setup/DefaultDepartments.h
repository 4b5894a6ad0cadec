#pragma once

#include "core/Domain.h"

namespace danhoi {

// The province's Sở/ngành as organised since the mergers of 1 March 2025 (Decree 45/2025/NĐ-CP), shipped inside
// the program as a starting point for a new installation; agencies rename and retire them in the admin screens.
class DefaultDepartments
{
public:
    static QList<Department> load();
};

} // namespace danhoi
