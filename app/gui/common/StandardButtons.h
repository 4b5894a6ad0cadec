#pragma once

#include <QCoreApplication>

class QDialogButtonBox;

namespace danhoi {

// Qt's own button texts are untranslated on Debian for Vietnamese; DanHoi supplies them.
class StandardButtons
{
    Q_DECLARE_TR_FUNCTIONS(StandardButtons)
public:
    static void translate(QDialogButtonBox* box);
};

} // namespace danhoi
