#pragma once

#include "QuestionService.h"
#include "publishing/QuestionImport.h"

#include <functional>

namespace danhoi {

struct ImportOptions {
    bool dryRun = false;
    std::function<void(int done, int total)> progress; // called from the importing thread
    std::function<bool()> cancelled;                   // true: stop and import nothing
};

struct ImportOutcome {
    QString format;
    int records = 0;
    bool dryRun = false;
    QList<ImportProblem> problems;                  // not empty: nothing was imported
    QStringList ignoredFields;
    QList<std::pair<int, QString>> imported;        // line, new reference ("" in a dry run)
    QList<std::pair<int, QString>> duplicates;      // line, reference of the question already recorded

    bool ok() const { return problems.isEmpty(); }
};

// Imports portal submissions all or nothing, in one transaction: each record is validated and written in one pass
// over the file (read record by record in every format, see ImportReader), and a file with any problem changes
// nothing. A record already imported (same external_id, or same content) is skipped, so re-importing a file imports
// nothing twice.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    static constexpr int importCacheMegabytes = 32; // SQLite's page cache for the importing connection
    static constexpr int lookupGroup = 500;         // records looked up as already recorded in one go
    ImportService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<ImportOutcome> importFile(const QString& path, const ImportOptions& options = {});
    Result<ImportOutcome> importParsed(const ParsedImport& parsed, const QString& source, const ImportOptions& options = {});

    // The content key of a question without external_id: NFC, folded case and spacing of what the citizen wrote.
    static QString fingerprint(const NewQuestion& question);

private:
    class RecordCheck;
    Result<ImportOutcome> importFrom(class ImportReader& reader, const QString& source, const ImportOptions& options);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
