#include "FormErrors.h"

#include <QLabel>

namespace danhoi {

void FormErrors::style(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
}

void FormErrors::add(const QString& field, QLabel* label, QWidget* input)
{
    style(label);
    label->hide();
    m_slots.insert(field, {label, input});
}

void FormErrors::clear()
{
    for (const Slot& slot : std::as_const(m_slots))
        slot.label->hide();
    if (m_general)
        m_general->hide();
}

void FormErrors::show(const QString& field, const QString& message)
{
    clear();
    // The mark makes the message stand out without relying on its colour.
    const QString text = QStringLiteral("⚠ ") + message;
    auto slot = m_slots.constFind(field);
    if (slot != m_slots.constEnd()) {
        slot->label->setText(text);
        slot->label->show();
        if (slot->input)
            slot->input->setFocus();
        return;
    }
    if (m_general) {
        style(m_general);
        m_general->setText(text);
        m_general->show();
    }
}

} // namespace danhoi
