#include "CalendarAdminWidget.h"
#include "ui_CalendarAdminWidget.h"

#include "common/DeskSession.h"

#include <QHeaderView>
#include <QLocale>

namespace danhoi {

namespace {
enum class Kind { Off, Working };
}

CalendarAdminWidget::CalendarAdminWidget(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CalendarAdminWidget)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Extra day off"), int(Kind::Off));
    m_ui->kindCombo->addItem(tr("Working day (a weekend day worked)"), int(Kind::Working));
    m_ui->noteEdit->setPlaceholderText(tr("e.g. Nghỉ bù Tết, or Làm bù cho ngày 02/05"));
    m_ui->calendarErrorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->calendarErrorLabel->hide();
    m_ui->holidaysTree->header()->setStretchLastSection(true);
    m_ui->holidaysTree->setColumnWidth(0, 100);
    m_ui->holidaysTree->setColumnWidth(1, 110);
    // Four columns in half the page: fixed widths pushed "Changed by" out of sight behind a scroll bar.
    QHeaderView* changes = m_ui->changesTree->header();
    changes->setStretchLastSection(false);
    for (int column : {0, 1, 3})
        changes->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    changes->setSectionResizeMode(2, QHeaderView::Stretch);
    const QDate today = m_session.today();
    m_ui->yearSpin->setValue(today.year());
    m_ui->dayEdit->setDate(today);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &CalendarAdminWidget::load);
    connect(m_ui->setDayButton, &QPushButton::clicked, this, &CalendarAdminWidget::setDay);
    connect(m_ui->unsetDayButton, &QPushButton::clicked, this, &CalendarAdminWidget::unsetDay);
    connect(m_ui->changesTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        m_ui->dayEdit->setDate(item->data(0, Qt::UserRole).toDate());
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(item->data(1, Qt::UserRole)));
        m_ui->noteEdit->setText(item->text(2));
    });
    load();
}

CalendarAdminWidget::~CalendarAdminWidget() = default;

void CalendarAdminWidget::showYear(int year)
{
    m_ui->yearSpin->setValue(year);
    load();
}

void CalendarAdminWidget::load()
{
    const int year = m_ui->yearSpin->value();
    const QLocale locale;
    m_ui->holidaysTree->clear();
    const QList<WorkingCalendar::Day> holidays = CalendarService::holidays(m_session.context(), year);
    for (const WorkingCalendar::Day& day : holidays) {
        auto* item = new QTreeWidgetItem(m_ui->holidaysTree);
        item->setText(0, m_session.formatDate(day.date));
        item->setText(1, locale.dayName(day.date.dayOfWeek()));
        item->setText(2, day.name);
    }
    m_ui->changesTree->clear();
    auto days = m_session.calendar().days();
    if (!days) {
        showError(days.error().message);
        return;
    }
    for (const CalendarDay& day : days.value()) {
        if (day.day.year() != year)
            continue;
        auto* item = new QTreeWidgetItem(m_ui->changesTree);
        item->setText(0, m_session.formatDate(day.day));
        item->setData(0, Qt::UserRole, day.day);
        item->setText(1, day.kind == CalendarDay::Kind::Off ? tr("Day off") : tr("Working day"));
        item->setData(1, Qt::UserRole, int(day.kind == CalendarDay::Kind::Off ? Kind::Off : Kind::Working));
        item->setText(2, day.note);
        item->setText(3, day.changedBy);
    }
    if (m_ui->dayEdit->date().year() != year)
        m_ui->dayEdit->setDate(QDate(year, 1, 1));
}

void CalendarAdminWidget::showError(const QString& message)
{
    m_ui->calendarErrorLabel->setText(message);
    m_ui->calendarErrorLabel->setVisible(!message.isEmpty());
}

bool CalendarAdminWidget::setDay()
{
    const QDate day = m_ui->dayEdit->date();
    const QString note = m_ui->noteEdit->text().trimmed();
    auto saved = Kind(m_ui->kindCombo->currentData().toInt()) == Kind::Off ? m_session.calendar().setDayOff(day, note)
                                                                            : m_session.calendar().setWorkingDay(day, note);
    showError(saved ? QString() : saved.error().message);
    if (saved) {
        if (day.year() != m_ui->yearSpin->value())
            m_ui->yearSpin->setValue(day.year()); // loads
        else
            load();
        m_session.notifyCatalogChanged(); // due dates and days left follow the new calendar
    }
    return bool(saved);
}

bool CalendarAdminWidget::unsetDay()
{
    auto done = m_session.calendar().unset(m_ui->dayEdit->date());
    showError(done ? QString() : done.error().message);
    if (done) {
        load();
        m_session.notifyCatalogChanged();
    }
    return bool(done);
}

} // namespace danhoi
