#pragma once

// Checks a shown window the way a keyboard or screen-reader user meets it: every visible interactive control has an
// accessible name (its own, its text, or a buddy label's), can be reached with Tab in reading order, and no two
// visible controls of the window claim the same Alt+letter, which must be a plain letter or digit (Alt+ẩ cannot be
// typed while a Vietnamese input method is composing).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>

namespace danhoi::test {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; a null QChar for none.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

inline bool isInteractive(QWidget* w)
{
    if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w))
        return false;
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QTextEdit*>(w)
        || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)
        || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSlider*>(w);
}

// Parts of a composite control (a combo box's line edit, a spin box's editor, a tab bar's scroll buttons, Qt's own
// helper buttons): the composite is what is checked.
inline bool isPartOfAnother(QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QTabBar*>(p)
            || qobject_cast<QAbstractItemView*>(p))
            return true;
    return false;
}

inline QString describe(QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

// The problems found in `window` as shown now (hidden tabs and pages are not looked at: show them and call again).
inline QStringList auditAccessibility(QWidget* window)
{
    QStringList problems;
    QHash<QChar, QStringList> mnemonics;
    const auto claim = [&](const QString& text, const QString& who) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            mnemonics[letter].append(who);
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            claim(label->text(), describe(label));
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    claim(tabs->tabText(i), QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        if (auto* box = qobject_cast<QGroupBox*>(w); box && box->isCheckable())
            claim(box->title(), describe(box));
        if (auto* bar = qobject_cast<QMenuBar*>(w))
            for (QAction* action : bar->actions())
                if (action->isVisible())
                    claim(action->text(), QStringLiteral("menu \"%1\"").arg(action->text()));
        if (!isInteractive(w) || isPartOfAnother(w))
            continue;
        const bool inToolBar = qobject_cast<QToolBar*>(w->parentWidget()) != nullptr;
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !inToolBar)
            claim(button->text(), describe(button));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << describe(w) + QStringLiteral(": no accessible name (set accessibleName or a buddy label)");
        // Toolbar buttons stand for actions that the menus offer too (checked separately).
        // Qt gives Tab only to the checked button of an exclusive group; the arrow keys move between them.
        auto* choice = qobject_cast<QAbstractButton*>(w);
        const bool otherChoice = choice && choice->isCheckable() && choice->autoExclusive() && !choice->isChecked();
        if (w->isEnabled() && !inToolBar && !otherChoice && !(w->focusPolicy() & Qt::TabFocus))
            problems << describe(w) + QStringLiteral(": cannot be reached with Tab");
    }
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (it.key().unicode() > 0x7f || !it.key().isLetterOrNumber())
            problems << QStringLiteral("Alt+%1 (%2) cannot be typed on a plain keyboard")
                            .arg(it.key(), it.value().join(QStringLiteral(", ")));
        if (it.value().size() > 1)
            problems << QStringLiteral("Alt+%1 is claimed by %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

// Tab follows the reading order: from one control the next is never one wholly above it in the same column, nor
// one to its left on the same line (the step from the last control back to the first excepted).
inline QStringList auditTabOrder(QWidget* window)
{
    QList<QWidget*> chain;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (isInteractive(w) && !isPartOfAnother(w) && !chain.contains(w))
            chain << w;
    }
    QStringList problems;
    const auto place = [window](QWidget* w) { return QRect(w->mapTo(window, QPoint(0, 0)), w->size()); };
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        const QRect from = place(chain.at(i));
        const QRect to = place(chain.at(i + 1));
        const bool sameColumn = to.left() < from.right() && from.left() < to.right();
        const bool sameLine = to.top() < from.bottom() && from.top() < to.bottom();
        const bool upwards = to.bottom() < from.top() && (sameColumn || to.right() <= from.left());
        const bool leftwards = sameLine && to.right() <= from.left();
        if (upwards || leftwards)
            problems << QStringLiteral("Tab goes back from %1 to %2").arg(describe(chain.at(i)), describe(chain.at(i + 1)));
    }
    return problems;
}

// Labels that show less than their text: a wrapped label shorter than its text needs, or a single line narrower
// than its text (elided or cut). Buttons are checked the same way.
inline QStringList auditClippedTexts(QWidget* window)
{
    QStringList problems;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window || isPartOfAnother(w))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::RichText || !label->pixmap().isNull())
                continue;
            const bool clipped = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                                   : label->width() < label->minimumSizeHint().width();
            if (clipped)
                problems << QStringLiteral("%1 is clipped (%2×%3 for \"%4\")")
                                .arg(describe(label))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->text().left(60));
        } else if (auto* button = qobject_cast<QPushButton*>(w)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                problems << QStringLiteral("%1 is narrower than its text \"%2\"").arg(describe(button), button->text());
        }
    }
    return problems;
}

} // namespace danhoi::test
