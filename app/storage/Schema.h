#pragma once

#include <QStringList>

namespace danhoi::schema {

// The statements of each migration step, in order; step N brings the schema to version N.
// Portable SQL with two placeholders: {id} (auto-increment primary key) and {bigint}.
QList<QStringList> steps();

} // namespace danhoi::schema
