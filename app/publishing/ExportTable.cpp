#include "ExportTable.h"

namespace danhoi {

QString ExportColumns::key(Column column)
{
    switch (column) {
    case Reference: return QStringLiteral("ref");
    case Received: return QStringLiteral("received_date");
    case Due: return QStringLiteral("due_date");
    case Approved: return QStringLiteral("approved_date");
    case DepartmentCode: return QStringLiteral("department_code");
    case Department: return QStringLiteral("department");
    case Status: return QStringLiteral("status");
    case StatusLabel: return QStringLiteral("status_label");
    case WorkingDays: return QStringLiteral("working_days");
    case OnTime: return QStringLiteral("on_time");
    case Title: return QStringLiteral("title");
    case Question: return QStringLiteral("question");
    case Answer: return QStringLiteral("answer");
    case Count: break;
    }
    return {};
}

QString ExportColumns::header(Column column)
{
    switch (column) {
    case Reference: return tr("Reference");
    case Received: return tr("Received");
    case Due: return tr("Due");
    case Approved: return tr("Approved");
    case DepartmentCode: return tr("Department code");
    case Department: return tr("Department");
    case Status: return tr("Status");
    case StatusLabel: return tr("Status (Vietnamese)");
    case WorkingDays: return tr("Working days taken");
    case OnTime: return tr("On time");
    case Title: return tr("Title");
    case Question: return tr("Question");
    case Answer: return tr("Answer");
    case Count: break;
    }
    return {};
}

int ExportColumns::widthInCharacters(Column column)
{
    switch (column) {
    case Reference: return 16;
    case Received:
    case Due:
    case Approved: return 12;
    case DepartmentCode: return 12;
    case Department: return 32;
    case Status: return 18;
    case StatusLabel: return 20;
    case WorkingDays: return 10;
    case OnTime: return 12;
    case Title: return 48;
    case Question:
    case Answer: return 80;
    case Count: break;
    }
    return 12;
}

QString ExportColumns::statusLabelVi(danhoi::Status status)
{
    switch (status) {
    case Status::Received: return QStringLiteral("Đã tiếp nhận");
    case Status::Assigned: return QStringLiteral("Đã chuyển xử lý");
    case Status::Drafting: return QStringLiteral("Đang dự thảo trả lời");
    case Status::PendingApproval: return QStringLiteral("Chờ phê duyệt");
    case Status::Approved: return QStringLiteral("Đã phê duyệt");
    case Status::Published: return QStringLiteral("Đã công khai");
    case Status::Rejected: return QStringLiteral("Từ chối");
    case Status::TransferRequested: return QStringLiteral("Đề nghị chuyển cơ quan khác");
    }
    return {};
}

QString ExportColumns::onTimeText(const std::optional<bool>& onTime)
{
    if (!onTime)
        return {};
    return *onTime ? tr("on time") : tr("late");
}

std::optional<ExportFormat> ExportColumns::formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (lower == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString ExportColumns::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Json: return QStringLiteral("json");
    }
    return {};
}

QString neutraliseFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QString csvField(const QString& value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : value)
        if (special.contains(c)) {
            needsQuotes = true;
            break;
        }
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace danhoi
