#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace danhoi {

// Error messages shown next to the field at fault (Error.field), and cleared when the form is tried again.
class FormErrors
{
public:
    void add(const QString& field, QLabel* label, QWidget* input);
    void setGeneral(QLabel* label) { m_general = label; }
    void clear();
    // Shows the message next to its field (or in the general label) and moves the focus there.
    void show(const QString& field, const QString& message);
    static void style(QLabel* label);

private:
    struct Slot {
        QLabel* label;
        QWidget* input;
    };
    QHash<QString, Slot> m_slots;
    QLabel* m_general = nullptr;
};

} // namespace danhoi
