#include "documents/PrintPreview.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "documents/AnimatorAttestation.h"
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
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

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

} // namespace truc2::ui
