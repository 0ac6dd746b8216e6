#include "documents/PrintPreview.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "documents/AnimatorAttestation.h"
#include "documents/AttendanceSheet.h"
#include "documents/Attestation.h"
#include "documents/CatalogueBrochure.h"
#include "documents/PagedDocument.h"
#include "documents/SchoolYearDialog.h"
#include "documents/TrainingAttestation.h"
#include "storage/AgentHistoryStore.h"
#include "storage/DocumentSources.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>

#include <algorithm>
#include <optional>
#include <utility>

namespace truc2::ui {
namespace {

QString s_lastSaved;

} // namespace

void PrintPreview::setNextSaveFileName(const QString& path)
{
    FileDialog::setNextSaveFileName(path);
}

QString PrintPreview::lastSavedFileName()
{
    return s_lastSaved;
}

bool PrintPreview::saveAsPdf(const PagedDocument& document, const QString& pdfName, QWidget* parent)
{
    const QString path = FileDialog::saveFileName(
        parent, tr("Save as PDF"), pdfName, tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return false;
    }
    if (Status written = document.writePdf(path); !written) {
        MessageBox::warning(parent, tr("Save as PDF"), written.errorMessage());
        return false;
    }
    s_lastSaved = path;
    return true;
}

void PrintPreview::show(const PagedDocument& document, const QString& pdfName, QWidget* parent)
{
    show(document, pdfName, parent, {});
}

void PrintPreview::show(const PagedDocument& document, const QString& pdfName, QWidget* parent,
                        const ToolBarExtras& extras)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    document.setUpDevice(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.title()));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, &dialog](QPrinter* target) {
                         if (Result<int> painted = document.paint(*target); !painted) {
                             MessageBox::warning(&dialog, tr("Print"), painted.errorMessage());
                         }
                     });
    auto* save = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                             tr("Save as PDF…"), &dialog);
    save->setObjectName(QStringLiteral("savePdfAction"));
    save->setToolTip(tr("Save the document as a PDF file"));
    QObject::connect(save, &QAction::triggered, &dialog,
                     [&document, &dialog, pdfName] { saveAsPdf(document, pdfName, &dialog); });
    if (auto* toolBar = dialog.findChild<QToolBar*>()) {
        toolBar->addSeparator();
        toolBar->addAction(save);
        if (QWidget* button = toolBar->widgetForAction(save)) {
            button->setObjectName(QStringLiteral("savePdfButton"));
        }
        if (extras) {
            toolBar->addSeparator();
            extras(dialog, *toolBar);
        }
    } else {
        dialog.addAction(save);
    }
    dialog.exec();
}

void showCatalogueBrochure(School& school, QWidget* parent)
{
    const QDate today = QDate::currentDate();
    const int current = schoolYearOf(today).from.year();
    int first = current;
    int last = current + 1;
    const Result<std::pair<QDate, QDate>> span =
        DocumentSources(school.database(), school.settings()).sessionSpan();
    if (span && span->first.isValid()) {
        first = schoolYearOf(span->first).from.year();
        last = std::max(last, schoolYearOf(span->second).from.year());
    }
    SchoolYearDialog dialog(first, last, current, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Period year = dialog.schoolYear();
    Result<PagedDocument> brochure = CatalogueBrochure::make(
        school.database(), school.settings(), year, CatalogueBrochure::sessionsFrom(year, today));
    if (!brochure) {
        MessageBox::warning(parent, PrintPreview::tr("Catalogue brochure"),
                            brochure.errorMessage());
        return;
    }
    PrintPreview::show(*brochure, CatalogueBrochure::fileName(year), parent);
}

void showAnimatorAttestation(School& school, qint64 personId, const Period& period, QWidget* parent)
{
    const Result<AnimatorAttestationSource> source =
        DocumentSources(school.database(), school.settings()).animatorAttestation(personId, period);
    Result<PagedDocument> attestation =
        source ? AnimatorAttestation::build(
                     *source, AnimatorAttestation::placeOf(source->identity.organisationName),
                     QDate::currentDate())
               : Result<PagedDocument>(source.error());
    if (!attestation) {
        MessageBox::warning(parent, PrintPreview::tr("Attestation of animation"),
                            attestation.errorMessage());
        return;
    }
    PrintPreview::show(*attestation, AnimatorAttestation::fileName(*source), parent);
}

void showTrainingAttestation(School& school, qint64 personId, const Period& period, QWidget* parent)
{
    const Result<TrainingAttestationSource> source =
        AgentHistoryStore(school.database(), school.settings())
            .trainingAttestation(personId, period);
    Result<PagedDocument> attestation =
        source ? TrainingAttestation::build(*source,
                                            Attestation::placeOf(source->identity.organisationName),
                                            QDate::currentDate())
               : Result<PagedDocument>(source.error());
    if (!attestation) {
        MessageBox::warning(parent, PrintPreview::tr("Attestation of training"),
                            attestation.errorMessage());
        return;
    }
    PrintPreview::show(*attestation, TrainingAttestation::fileName(*source), parent);
}

void showAttendanceSheet(School& school, qint64 sessionId, QWidget* parent)
{
    const Result<AttendanceSheetSource> source =
        AttendanceSheetReader(school.database(), school.settings()).read(sessionId);
    const int blankRows = std::clamp(AppSettings::sheetBlankRows(AttendanceSheet::DefaultBlankRows),
                                     0, AttendanceSheet::MaximumBlankRows);
    Result<PagedDocument> sheet =
        source ? AttendanceSheet::build(*source, blankRows) : Result<PagedDocument>(source.error());
    if (!sheet) {
        MessageBox::warning(parent, PrintPreview::tr("Attendance sheet"), sheet.errorMessage());
        return;
    }
    // The preview paints this document: a new number of blank rows replaces it in place.
    PagedDocument document = std::move(sheet).value();
    const PrintPreview::ToolBarExtras blankRowsBox = [&](QPrintPreviewDialog& dialog,
                                                         QToolBar& toolBar) {
        auto* label = new QLabel(PrintPreview::tr("Blank rows:"), &toolBar);
        auto* rows = new QSpinBox(&toolBar);
        rows->setObjectName(QStringLiteral("blankRowsSpinBox"));
        rows->setRange(0, AttendanceSheet::MaximumBlankRows);
        rows->setValue(blankRows);
        rows->setToolTip(PrintPreview::tr("Numbered empty rows at the end of the sheet, for "
                                          "people who come without registering"));
        label->setBuddy(rows);
        label->setContentsMargins(6, 0, 4, 0);
        toolBar.addWidget(label);
        toolBar.addWidget(rows);
        QObject::connect(rows, &QSpinBox::valueChanged, &dialog, [&, rows](int value) {
            Result<PagedDocument> again = AttendanceSheet::build(*source, value);
            if (!again) {
                return;
            }
            document = std::move(again).value();
            AppSettings::setSheetBlankRows(value);
            if (auto* preview = dialog.findChild<QPrintPreviewWidget*>()) {
                preview->updatePreview();
            }
            rows->setFocus();
        });
    };
    PrintPreview::show(document, AttendanceSheet::fileName(*source), parent, blankRowsBox);
}

} // namespace truc2::ui
