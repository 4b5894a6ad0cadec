#pragma once

#include "core/Domain.h"

namespace danhoi {

// The province's usual Sở/ngành, shipped inside the program as a starting point for a new installation.
class DefaultDepartments
{
public:
    static QList<Department> load();
};

} // namespace danhoi
