#pragma once

namespace truc2::cli {

struct GlobalOptions;

int runDemo(const GlobalOptions& options);
int runReport(const GlobalOptions& options);
int runCalendar(const GlobalOptions& options);
int runSheet(const GlobalOptions& options);
int runBackup(const GlobalOptions& options);
int runCheck(const GlobalOptions& options);
int runCopy(const GlobalOptions& options);
/// `import KIND …`: dispatches to the kinds below (app/ImportVerb.cpp).
int runImport(const GlobalOptions& options);
int runImportAgents(const GlobalOptions& options);

} // namespace truc2::cli
