#pragma once

#include "PageContext.h"
#include "stats/PeriodFigures.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace truc2 {
class SurveyCommentFilterModel;
class SurveyCommentModel;
class SurveyImportFilterModel;
class SurveyImportTableModel;
class SurveySessionFilterModel;
class SurveySessionTableModel;
} // namespace truc2

namespace truc2::ui {

class PeriodSelector;

/// What the survey imports brought, over a period (the current school year at first) and
/// one format or all: the answers per session with their figures ("n < 5" below five
/// answers), the comments (searched by words, session or format; those of the selected
/// session), and the imported files with the mapping of their columns.
///
/// Widgets for tests: surveysPeriod, surveysFormat, sessionsView, commentsView,
/// commentSearch, importsView, importMapping, importSurveyButton, allCommentsButton,
/// answeredOnlyCheckBox, surveysTabs, surveysSummary.
class SurveysPage : public QWidget
{
    Q_OBJECT

public:
    explicit SurveysPage(PageContext context, QWidget* parent = nullptr);
    ~SurveysPage() override;

    SurveySessionTableModel* sessionModel() const { return m_sessions; }
    SurveySessionFilterModel* sessionFilter() const { return m_sessionFilter; }
    SurveyCommentModel* commentModel() const { return m_comments; }
    SurveyCommentFilterModel* commentFilter() const { return m_commentFilter; }
    SurveyImportTableModel* importModel() const { return m_imports; }

    /// The period shown; invalid for all time.
    Period period() const;
    void showSchoolYear(int startYear);
    void showCalendarYear(int year);
    void showAllTime();
    void showPeriod(const Period& period);
    /// The format shown (0: every format).
    qint64 formatId() const;
    void setFormatId(qint64 formatId);

    /// Selects the row of a session (or, with sessionId 0, of the responses of `formatId`
    /// without a session), whose comments are then the only ones shown; false when it is
    /// not listed.
    bool selectSession(qint64 sessionId, qint64 formatId = 0);
    /// Shows the imports tab (true) or the responses tab.
    void showImports(bool imports);

public Q_SLOTS:
    /// Reads the answers, comments and imports again (connect the survey store's change
    /// signals here; the models already follow sessions, registrations and answers).
    void reload();

Q_SIGNALS:
    /// "Import survey results…" was clicked: the window opens the import dialog.
    void importRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void fillFormats();
    void followSelectedSession();
    void updateSummary();
    void updateCommentsTitle();
    void showSelectedMapping();

    PageContext m_context;
    SurveySessionTableModel* m_sessions = nullptr;
    SurveySessionFilterModel* m_sessionFilter = nullptr;
    SurveyCommentModel* m_comments = nullptr;
    SurveyCommentFilterModel* m_commentFilter = nullptr;
    SurveyImportTableModel* m_imports = nullptr;
    SurveyImportFilterModel* m_importFilter = nullptr;

    PeriodSelector* m_period = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_sessionsView = nullptr;
    QCheckBox* m_answeredOnly = nullptr;
    QLabel* m_commentsTitle = nullptr;
    QToolButton* m_allComments = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_commentsView = nullptr;
    QTableView* m_importsView = nullptr;
    QPlainTextEdit* m_mapping = nullptr;
};

} // namespace truc2::ui
