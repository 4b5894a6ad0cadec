#pragma once

#include "core/Domain.h"

#include <QColor>
#include <QIcon>

namespace danhoi {

// How a status looks in lists: a pale background plus a shape icon, so it reads without colour too.
class StatusLook
{
public:
    static QColor background(Status status);
    static QIcon icon(Status status);
};

} // namespace danhoi
