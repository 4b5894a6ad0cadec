#pragma once

#include <QStringList>

namespace danhoi::schema {

// The statements of each migration step, in order; step N brings the schema to version N, on both engines.
// Portable SQL with two placeholders: {id} (auto-increment primary key) and {bigint} (see Migrations); only the
// full-text step differs by engine.
QList<QStringList> steps(bool postgres = false);

} // namespace danhoi::schema
