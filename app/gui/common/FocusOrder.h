#pragma once

#include <initializer_list>

class QWidget;

namespace danhoi {

// Widgets added after a form was built join the end of the Tab order; this puts them where they are shown.
namespace FocusOrder {
// Tab goes through the widgets in the order given; a container's controls keep their own order among themselves.
void chain(std::initializer_list<QWidget*> widgets);
} // namespace FocusOrder

} // namespace danhoi
