#include "StandardButtons.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace danhoi {

void StandardButtons::translate(QDialogButtonBox* box)
{
    const struct {
        QDialogButtonBox::StandardButton which;
        QString text;
        const char* name;
    } texts[] = {
        {QDialogButtonBox::Ok, tr("OK"), "okButton"},
        {QDialogButtonBox::Cancel, tr("Cancel"), "cancelButton"},
        {QDialogButtonBox::Close, tr("Close"), "closeButton"},
        {QDialogButtonBox::Save, tr("Save"), "saveButton"},
        {QDialogButtonBox::Yes, tr("Yes"), "yesButton"},
        {QDialogButtonBox::No, tr("No"), "noButton"},
    };
    for (const auto& entry : texts)
        if (QPushButton* button = box->button(entry.which)) {
            button->setText(entry.text);
            if (button->objectName().isEmpty())
                button->setObjectName(QLatin1String(entry.name));
        }
}

} // namespace danhoi
