#include "XlsxExportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>

namespace danhoi {

namespace {

// Excel refuses longer cells; a longer text is cut with a visible mark.
constexpr int maxCellCharacters = 32000;

QByteArray cellText(const QString& text)
{
    if (text.size() <= maxCellCharacters)
        return text.toUtf8();
    return (text.left(maxCellCharacters) + QStringLiteral(" […]")).toUtf8();
}

} // namespace

XlsxExportWriter::~XlsxExportWriter()
{
    if (m_workbook) {
        // Abandoned export: close to release the temporary files, then drop the partial file.
        workbook_close(m_workbook);
        QFile::remove(m_partialPath);
    }
}

Result<void> XlsxExportWriter::check(int error)
{
    if (error == LXW_NO_ERROR)
        return {};
    return Error::other(tr("Cannot write the spreadsheet %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

Result<void> XlsxExportWriter::open(const QString& path)
{
    m_path = path;
    m_partialPath = path + QStringLiteral(".partial");
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    m_workbook = workbook_new_opt(QFile::encodeName(m_partialPath).constData(), &options);
    if (!m_workbook)
        return Error::other(tr("Cannot create the spreadsheet %1.").arg(path));
    const QByteArray sheetName = tr("Questions").toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDE6F0);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "dd/mm/yyyy");
    for (int c = 0; c < ExportColumns::Count; ++c) {
        const auto column = ExportColumns::Column(c);
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), ExportColumns::widthInCharacters(column), nullptr);
        if (auto ok = check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), ExportColumns::header(column).toUtf8().constData(),
                                                   m_header));
            !ok)
            return ok;
    }
    worksheet_freeze_panes(m_sheet, 1, 1);
    m_row = 1;
    return {};
}

Result<void> XlsxExportWriter::write(const ExportRow& row)
{
    if (m_row >= LXW_ROW_MAX)
        return Error::invalid(tr("A spreadsheet holds at most %1 rows; narrow the export with filters.").arg(LXW_ROW_MAX - 1));
    auto text = [&](int column, const QString& value) -> lxw_error {
        if (value.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(m_sheet, m_row, lxw_col_t(column), cellText(value).constData(), nullptr);
    };
    auto date = [&](int column, const std::optional<QDate>& value) -> lxw_error {
        if (!value || !value->isValid())
            return LXW_NO_ERROR;
        lxw_datetime when = {value->year(), value->month(), value->day(), 0, 0, 0.0};
        return worksheet_write_datetime(m_sheet, m_row, lxw_col_t(column), &when, m_date);
    };
    const lxw_error errors[] = {
        text(ExportColumns::Reference, row.ref),
        date(ExportColumns::Received, row.receivedDate),
        date(ExportColumns::Due, row.dueDate),
        date(ExportColumns::Approved, row.approvedDate),
        text(ExportColumns::DepartmentCode, row.departmentCode),
        text(ExportColumns::Department, row.departmentName),
        text(ExportColumns::Status, statusName(row.status)),
        text(ExportColumns::StatusLabel, ExportColumns::statusLabelVi(row.status)),
        row.workingDaysTaken ? worksheet_write_number(m_sheet, m_row, ExportColumns::WorkingDays, *row.workingDaysTaken, nullptr)
                             : LXW_NO_ERROR,
        text(ExportColumns::OnTime, ExportColumns::onTimeText(row.onTime)),
        text(ExportColumns::Title, row.title),
        text(ExportColumns::Question, row.question),
        text(ExportColumns::Answer, row.answer),
    };
    for (const lxw_error error : errors)
        if (auto ok = check(error); !ok)
            return ok;
    ++m_row;
    return {};
}

Result<void> XlsxExportWriter::finish()
{
    if (m_row > 1)
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, ExportColumns::Count - 1);
    lxw_workbook* workbook = std::exchange(m_workbook, nullptr);
    if (auto ok = check(workbook_close(workbook)); !ok) {
        QFile::remove(m_partialPath);
        return ok;
    }
    // rename() replaces an existing file in one step.
    if (std::rename(QFile::encodeName(m_partialPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_partialPath);
        return Error::other(tr("Cannot write the spreadsheet %1.").arg(m_path));
    }
    return {};
}

} // namespace danhoi
