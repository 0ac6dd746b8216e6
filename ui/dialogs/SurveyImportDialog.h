#pragma once

#include "PageContext.h"
#include "import/SurveyImporter.h"
#include "import/TableReader.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SurveyImportDialog;
}

namespace truc2 {
class SurveyMappingModel;
class SurveyPreviewModel;
} // namespace truc2

namespace truc2::ui {

/// Imports the results of a survey: the file, the tool it comes from, the mapping of its
/// columns (guessed, or a template saved for the same headers), the session when the file names
/// none, the first responses as they will be stored and every problem, then the import with a
/// progress bar and Cancel, pushed on the window's undo stack.
class SurveyImportDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyImportDialog(PageContext context, QWidget* parent = nullptr);
    ~SurveyImportDialog() override;

    /// File ▸ Import survey results… and the Enquêtes page: asks for the file when `path` is
    /// empty, then shows the dialog. True when something was imported.
    static bool run(PageContext context, QWidget* parent, const QString& path = {});

    /// Reads the first records of a file and guesses its mapping; false (with the reason shown
    /// in the summary) when the file cannot be read.
    bool setFile(const QString& path);
    const SurveyMapping& mapping() const;
    /// The summary of the import once made (or of the preview before).
    const SurveyImportSummary& summary() const { return m_summary; }
    /// Imports the whole file; false when refused, cancelled or failed (the reason is shown).
    bool importFile();

    /// Tests: the answer the next progress dialog gets: cancel once `done` reaches this.
    static void setNextCancelAt(qint64 done);

private:
    void chooseFile();
    void fillTemplates();
    void applyTemplate(int index);
    void saveTemplate();
    void fillSessions();
    SurveyMapping currentMapping() const;
    void updatePreview();
    void showSummary(const SurveyImportSummary& summary, const QString& note = {});

    std::unique_ptr<Ui::SurveyImportDialog> m_ui;
    PageContext m_context;
    SurveyMappingModel* m_mappingModel = nullptr;
    SurveyPreviewModel* m_previewModel = nullptr;
    QString m_path;
    Table m_firstRecords;
    SurveyMapping m_guess;
    QHash<qint64, QString> m_sessionCodes;
    SurveyImportSummary m_summary;
    bool m_imported = false;
};

} // namespace truc2::ui
