#pragma once

#include "PageContext.h"
#include "documents/ImpactReportWriters.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace truc2::ui {

class PeriodSelector;

/// The impact report of a period (the current school year at first) and one format or all,
/// shown as it prints, exported as PDF, ODT, HTML, XLSX, CSV, JSON or text, or previewed for
/// printing. The hours that make a day of training (the social report's indicators) are a
/// setting of the school, changed here as an undoable edit.
///
/// Widgets for tests: reportsPeriod, reportsFormat, reportPreview, hoursPerDaySpinBox,
/// exportFormatComboBox, exportReportButton, printPreviewButton.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(PageContext context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    /// The period shown; invalid for all time (the report then covers every session).
    Period period() const;
    PeriodSelector* periodSelector() const { return m_period; }
    /// The format shown (0: every format).
    qint64 formatId() const;
    void setFormatId(qint64 formatId);

    /// The report as it is shown (computed again when the period, format or settings change);
    /// empty before the page is first shown.
    const std::optional<ImpactReportInput>& report() const { return m_input; }
    /// The preview's text, for tests.
    QString previewText() const;

    /// The format "Export…" writes.
    ReportFormat exportFormat() const;
    void setExportFormat(ReportFormat format);
    /// Asks where to save (FileDialog) and writes the report in the chosen format; true when a
    /// file was written, a message says why not otherwise.
    bool exportReport();
    /// Shows the report in a print preview.
    void showPrintPreview();

public Q_SLOTS:
    /// Computes the report again and shows it.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFormats();
    void showHoursPerDay();
    void changeHoursPerDay();
    void scheduleRefresh();
    /// The period the report covers: all time becomes the school's first to last day.
    Period reportPeriod() const;

    PageContext m_context;
    PeriodSelector* m_period = nullptr;
    QComboBox* m_format = nullptr;
    QDoubleSpinBox* m_hoursPerDay = nullptr;
    QComboBox* m_exportFormat = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    std::optional<ImpactReportInput> m_input;
    bool m_stale = true;
};

} // namespace truc2::ui
