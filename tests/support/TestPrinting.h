#pragma once

// QCOMPARE-friendly printing of the domain's enums, so a failure names what went wrong.

#include "core/Domain.h"
#include "core/Result.h"

#include <QTest>

namespace QTest {

template <>
inline char* toString(const danhoi::ErrorKind& kind)
{
    static const char* const names[] = {"?", "Other", "Invalid", "Forbidden", "NotFound", "Conflict", "Authentication",
                                        "Verification"};
    const int index = int(kind);
    return qstrdup(index >= 1 && index <= 7 ? names[index] : "?");
}

template <>
inline char* toString(const danhoi::Status& status)
{
    return qstrdup(danhoi::statusName(status).toUtf8().constData());
}

} // namespace QTest
