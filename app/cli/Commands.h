#pragma once

#include "CliSession.h"

namespace danhoi::cli {

// Each command prints its result and returns success or the error to report.
using CommandHandler = Result<void> (*)(CliSession&);

CommandHandler handlerFor(const CommandSpec& spec);

// Commands, grouped by area (AdminCommands.cpp, QuestionCommands.cpp, MaintenanceCommands.cpp).
Result<void> runInit(CliSession& session);
Result<void> runDepartmentAdd(CliSession& session);
Result<void> runDepartmentList(CliSession& session);
Result<void> runCategoryAdd(CliSession& session);
Result<void> runCategorySet(CliSession& session);
Result<void> runCategoryList(CliSession& session);
Result<void> runUserAdd(CliSession& session);
Result<void> runUserList(CliSession& session);
Result<void> runUserDisable(CliSession& session);
Result<void> runUserPassword(CliSession& session);
Result<void> runQuestionAdd(CliSession& session);
Result<void> runQuestionList(CliSession& session);
Result<void> runQuestionShow(CliSession& session);
Result<void> runAssign(CliSession& session);
Result<void> runTransition(CliSession& session);
Result<void> runAuditList(CliSession& session);
// SuggestCommands.cpp
Result<void> runSuggest(CliSession& session);
// CalendarCommands.cpp
Result<void> runCalendarHolidays(CliSession& session);
Result<void> runCalendarDue(CliSession& session);
Result<void> runCalendarList(CliSession& session);
Result<void> runCalendarSet(CliSession& session);
Result<void> runCalendarUnset(CliSession& session);
Result<void> runAuditVerify(CliSession& session);
Result<void> runDbCheck(CliSession& session);
Result<void> runDbUpgrade(CliSession& session);
Result<void> runBackup(CliSession& session);
Result<void> runDevGenerate(CliSession& session);
// SearchCommands.cpp
Result<void> runSearch(CliSession& session);
Result<void> runSimilar(CliSession& session);
// ExportCommands.cpp
Result<void> runExport(CliSession& session);
Result<void> runLetter(CliSession& session);
// PublishCommands.cpp
Result<void> runImport(CliSession& session);
Result<void> runPublish(CliSession& session);
Result<void> runRedactionShow(CliSession& session);
Result<void> runRedactionChange(CliSession& session);
Result<void> runSettingSet(CliSession& session);
Result<void> runSettingList(CliSession& session);

} // namespace danhoi::cli
