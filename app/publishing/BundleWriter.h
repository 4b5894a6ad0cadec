#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace danhoi {

// Puts a bundle online all at once. DIR is a symbolic link into a hidden sibling folder (.DIR.bundles/) holding
// complete generations; a new generation is written and synced beside the old one, then the link is replaced by
// rename(2), which is atomic. A crash at any point leaves DIR on the previous, complete generation; the next run
// removes the leftovers. A DIR that is still a plain folder is moved aside first and restored if the run dies.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    static Result<void> write(const QString& dir, const QMap<QString, QByteArray>& files);
    // Brings DIR back to a consistent state after an interrupted write.
    static Result<void> recover(const QString& dir);
    static QString storeOf(const QString& dir); // the hidden folder of generations
};

} // namespace danhoi
