#include "FormErrors.h"

#include <QEvent>
#include <QLabel>

namespace danhoi {

namespace {
// A form layout does not always ask a wrapped label for the height its width needs (QFormLayout keeps the height
// of the first text it laid out), and a longer message then loses its last line. The label asks for it itself.
void fitHeight(QLabel* label)
{
    const int needed = label->heightForWidth(label->width());
    if (needed > 0 && label->minimumHeight() != needed)
        label->setMinimumHeight(needed);
}

class WholeTextHeight : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            fitHeight(static_cast<QLabel*>(watched));
        return false;
    }
};
} // namespace

void FormErrors::style(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    if (!label->property("wholeTextHeight").toBool()) {
        label->installEventFilter(new WholeTextHeight(label));
        label->setProperty("wholeTextHeight", true);
    }
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
        fitHeight(slot->label);
        if (slot->input)
            slot->input->setFocus();
        return;
    }
    if (m_general) {
        style(m_general);
        m_general->setText(text);
        m_general->show();
        fitHeight(m_general);
    }
}

} // namespace danhoi
