#pragma once

#include "core/Domain.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace danhoi {

class DeskSession;
class QueueListWidget;
class QuestionListWidget;
class QuestionDetailWidget;

// Composes the desk: queues on the left, the list of the chosen queue, the selected question's details.
// Each action opens the feature that implements it; permissions come from the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    QueueListWidget* queues() const { return m_queues; }
    QuestionListWidget* questionList() const { return m_list; }
    QuestionDetailWidget* questionDetail() const { return m_detail; }
    // Minutes without input before the window locks (0 = never).
    void setIdleLockMinutes(int minutes);
    void lock();
    bool isLocked() const { return m_locked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateActions();
    void refreshAll();
    void onQuestionChanged(Id questionId);
    void onOtherDesksChanged(const QSet<Id>& questionIds);
    void perform(Action action, const QString& confirmation);
    void chooseLanguage(const QString& code);
    void offerJournalDrafts();
    void retranslate();
    void saveLetter();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    DeskSession& m_session;
    QueueListWidget* m_queues;
    QuestionListWidget* m_list;
    QuestionDetailWidget* m_detail;
    QTimer* m_idleTimer;
    QLabel* m_userLabel = nullptr;
    bool m_locked = false;
};

} // namespace danhoi
