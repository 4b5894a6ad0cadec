#pragma once

#include "ExportTable.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace danhoi {

// XLSX through libxlsxwriter in constant-memory mode: each row is streamed to a temporary file as it comes.
class XlsxExportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExportWriter)
public:
    XlsxExportWriter() = default;
    ~XlsxExportWriter() override;

    Result<void> open(const QString& path) override;
    Result<void> write(const ExportRow& row) override;
    Result<void> finish() override;

private:
    Result<void> check(int error);

    QString m_path;
    QString m_partialPath;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    quint32 m_row = 0;
};

} // namespace danhoi
