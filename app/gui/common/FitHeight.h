#pragma once

class QWidget;

namespace danhoi {

// A dialog of fixed rows (no list or text box to take the extra room) as tall as its rows need, no taller: the
// height written in its form left an empty band above the buttons. Call again after a message row is shown.
void fitHeight(QWidget* dialog);

// Fits the dialog's height each time it is shown.
void fitHeightWhenShown(QWidget* dialog);

} // namespace danhoi
