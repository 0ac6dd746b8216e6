#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QToolBar;
class QWidget;

namespace truc2 {
class PagedDocument;
class School;
struct Period;
} // namespace truc2

namespace truc2::ui {

/// Print preview and PDF of any PagedDocument: the one way the screens print.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    PrintPreview() = delete;

    /// Shows the document in a print preview (A4, in its orientation), from which it prints
    /// or, with "Save as PDF…", is saved; returns when the preview is closed.
    static void show(const PagedDocument& document, const QString& pdfName, QWidget* parent);

    /// What a document adds to its preview's tool bar: its own settings, which may replace the
    /// document shown (then the preview's QPrintPreviewWidget::updatePreview() repaints it).
    using ToolBarExtras = std::function<void(QPrintPreviewDialog& dialog, QToolBar& toolBar)>;
    /// show() with the document's own settings in the tool bar.
    static void show(const PagedDocument& document, const QString& pdfName, QWidget* parent,
                     const ToolBarExtras& extras);

    /// Asks where to save the PDF (pdfName in the documents folder suggested), writes it, and
    /// says so when that fails. True when a file was written.
    static bool saveAsPdf(const PagedDocument& document, const QString& pdfName, QWidget* parent);

    /// Tests: the answer of the next "Save as PDF" file dialog, which is then not shown (an
    /// empty path cancels it).
    static void setNextSaveFileName(const QString& path);
    /// Tests: where the last PDF was written (empty when none was).
    static QString lastSavedFileName();
};

/// The catalogue brochure: asks for the school year (the current one, September to August, by
/// default), then shows its preview.
void showCatalogueBrochure(School& school, QWidget* parent);

/// The attestation d'animation of one person (an agent or an external speaker) over a period:
/// its preview, or a message saying why there is none (no held session in the period).
void showAnimatorAttestation(School& school, qint64 personId, const Period& period,
                             QWidget* parent);

/// The attestation de formation of one agent over a period (all time when it is not valid):
/// its preview, or a message saying why there is none (no held session attended).
void showTrainingAttestation(School& school, qint64 personId, const Period& period,
                             QWidget* parent);

/// The attendance sheet of a session: its preview, with the number of blank rows for walk-ins
/// in the preview's tool bar (remembered on this workstation), or a message saying why there is
/// none (an unknown or cancelled session).
void showAttendanceSheet(School& school, qint64 sessionId, QWidget* parent);

} // namespace truc2::ui
