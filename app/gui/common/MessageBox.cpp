#include "MessageBox.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace danhoi {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastShownText;

// Debian ships no Vietnamese Qt translation, so the standard buttons take their words from DanHoi's.
void translateButtons(QMessageBox& box)
{
    const struct {
        QMessageBox::StandardButton button;
        const char* text;
    } texts[] = {
        {QMessageBox::Ok, QT_TRANSLATE_NOOP("MessageBox", "OK")},
        {QMessageBox::Yes, QT_TRANSLATE_NOOP("MessageBox", "&Yes")},
        {QMessageBox::No, QT_TRANSLATE_NOOP("MessageBox", "&No")},
        {QMessageBox::Cancel, QT_TRANSLATE_NOOP("MessageBox", "Cancel")},
    };
    for (const auto& entry : texts)
        if (QAbstractButton* button = box.button(entry.button))
            button->setText(QCoreApplication::translate("MessageBox", entry.text));
}
} // namespace

void MessageBox::setNextAnswer(Button button)
{
    nextAnswer = button;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

void MessageBox::clearLastText()
{
    lastShownText.clear();
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, QMessageBox::StandardButtons buttons, Button defaultButton)
{
    lastShownText = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText); // messages may quote citizen text
    box.setDefaultButton(defaultButton);
    translateButtons(box);
    return Button(box.exec());
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, defaultButton);
}

} // namespace danhoi
