#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CalendarAdminWidget;
}

namespace danhoi {

class DeskSession;

// The working calendar of one year: every day off the deadlines skip, and the days the government adds or swaps
// that year (an extra day off, or a weekend day worked), which administrators set and remove here.
class CalendarAdminWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarAdminWidget(DeskSession& session, QWidget* parent = nullptr);
    ~CalendarAdminWidget() override;

    void showYear(int year);
    bool setDay();
    bool unsetDay();

private:
    void load();
    void showError(const QString& message);

    const std::unique_ptr<Ui::CalendarAdminWidget> m_ui;
    DeskSession& m_session;
};

} // namespace danhoi
