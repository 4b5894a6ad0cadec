#pragma once

#include <QMessageBox>

namespace danhoi {

// Every message box of the desk goes through here, so a test can pre-answer it and read what was said.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button critical(QWidget* parent, const QString& title, const QString& text);
    // Yes or No; `defaultButton` is what Enter chooses.
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Button defaultButton = QMessageBox::No);

    // Tests: the next box is not shown but answered with `button` (NoButton = show boxes again).
    static void setNextAnswer(Button button);
    static QString lastText();
    static void clearLastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       QMessageBox::StandardButtons buttons, Button defaultButton);
};

} // namespace danhoi
