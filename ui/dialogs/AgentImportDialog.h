#pragma once

#include "PageContext.h"
#include "import/AgentImporter.h"
#include "import/TableReader.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace truc2 {
class AgentImportPreviewModel;
class AgentImportProblemModel;
} // namespace truc2

namespace Ui {
class AgentImportDialog;
}

namespace truc2::ui {

/// Imports the HR system's export into the directory: the file's columns mapped to fields
/// (guessed, adjustable, saved and loaded as JSON), a preview of the first lines as they will
/// be stored and of every line left out, then the import in one transaction with progress and
/// cancel. Not undoable (the dialog says so): an import may touch thousands of agents, and a
/// later export is the way to correct one.
class AgentImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgentImportDialog(PageContext context, QWidget* parent = nullptr);
    ~AgentImportDialog() override;

    /// Reads a file; false (after saying why) when it cannot be read.
    bool openFile(const QString& path);
    /// Shows a table already read (a file read elsewhere, tests).
    void setTable(const Table& table);

    AgentColumnMapping mapping() const;
    /// What the import did, once accepted.
    const AgentImportSummary& summary() const { return m_summary; }

    /// Runs the import (after confirming a deactivation); stays open when it fails or is
    /// cancelled.
    void accept() override;

    /// How many lines the preview shows.
    static constexpr qsizetype kPreviewRows = 20;

private:
    void chooseFile();
    void loadMapping();
    void saveMapping();
    void headerRowChanged(int row);
    void fillMapping(const AgentColumnMapping& mapping);
    QStringList headers() const;
    void refresh();
    QString summaryText(const AgentImportSummary& summary) const;
    QComboBox* fieldCombo(int column) const;

    std::unique_ptr<Ui::AgentImportDialog> m_ui;
    PageContext m_context;
    Table m_table;
    qsizetype m_headerRow = 0;
    QList<ImportedAgent> m_rows;
    AgentImportPreviewModel* m_preview = nullptr;
    AgentImportProblemModel* m_problems = nullptr;
    bool m_ready = false;
    qsizetype m_missing = 0;
    AgentImportSummary m_summary;
};

} // namespace truc2::ui
