#include "pages/ReportsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "commands/FunctionCommand.h"
#include "documents/DocumentStyle.h"
#include "documents/ImpactReportSource.h"
#include "documents/PrintPreview.h"
#include "documents/ReportPictures.h"
#include "storage/CatalogueStore.h"
#include "widgets/PageParts.h"
#include "widgets/PeriodSelector.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace truc2::ui {
namespace {

/// The choices of the export list, in its order.
struct ExportChoice
{
    ReportFormat format;
    const char* label;
    const char* filter;
};

const ExportChoice kChoices[] = {
    {ReportFormat::Pdf, QT_TRANSLATE_NOOP("ReportsPage", "PDF document"),
     QT_TRANSLATE_NOOP("ReportsPage", "PDF document (*.pdf)")},
    {ReportFormat::Odt, QT_TRANSLATE_NOOP("ReportsPage", "Text document (ODT)"),
     QT_TRANSLATE_NOOP("ReportsPage", "OpenDocument text (*.odt)")},
    {ReportFormat::Html, QT_TRANSLATE_NOOP("ReportsPage", "Web page (HTML)"),
     QT_TRANSLATE_NOOP("ReportsPage", "Web page (*.html)")},
    {ReportFormat::Xlsx, QT_TRANSLATE_NOOP("ReportsPage", "Excel workbook (XLSX)"),
     QT_TRANSLATE_NOOP("ReportsPage", "Excel workbook (*.xlsx)")},
    {ReportFormat::Csv, QT_TRANSLATE_NOOP("ReportsPage", "CSV for Excel"),
     QT_TRANSLATE_NOOP("ReportsPage", "CSV for Excel (*.csv)")},
    {ReportFormat::Json, QT_TRANSLATE_NOOP("ReportsPage", "JSON data"),
     QT_TRANSLATE_NOOP("ReportsPage", "JSON (*.json)")},
    {ReportFormat::Txt, QT_TRANSLATE_NOOP("ReportsPage", "Plain text"),
     QT_TRANSLATE_NOOP("ReportsPage", "Text (*.txt)")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("ReportsPage", text);
}

} // namespace

ReportsPage::ReportsPage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportsPage"));

    QLabel* title = makePageTitle(tr("Reports"), this);

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("reportsPeriod"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportsFormat"));
    fillFormats();

    m_hoursPerDay = new QDoubleSpinBox(this);
    m_hoursPerDay->setObjectName(QStringLiteral("hoursPerDaySpinBox"));
    // Wider than the store allows, so that a refused value is explained rather than clamped.
    m_hoursPerDay->setRange(0, 24);
    m_hoursPerDay->setDecimals(1);
    m_hoursPerDay->setSingleStep(0.5);
    m_hoursPerDay->setSuffix(tr(" h"));
    m_hoursPerDay->setKeyboardTracking(false);
    m_hoursPerDay->setToolTip(tr("How many hours of training make a day in the indicators of "
                                 "the social report (6 h as the CNFPT counts; from 1 to 24)."));
    auto* hoursLabel = new QLabel(tr("&Hours in a training day:"), this);
    hoursLabel->setBuddy(m_hoursPerDay);
    showHoursPerDay();

    m_exportFormat = new QComboBox(this);
    m_exportFormat->setObjectName(QStringLiteral("exportFormatComboBox"));
    for (const ExportChoice& choice : kChoices) {
        m_exportFormat->addItem(translated(choice.label), int(choice.format));
    }
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_print = new QPushButton(tr("&Print preview…"), this);
    m_print->setObjectName(QStringLiteral("printPreviewButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_period);
    top->addWidget(m_format);
    auto* actions = new QHBoxLayout;
    actions->addWidget(hoursLabel);
    actions->addWidget(m_hoursPerDay);
    actions->addStretch();
    actions->addWidget(m_exportFormat);
    actions->addWidget(m_export);
    actions->addWidget(m_print);
    // The preview is a page's width at most (see refresh()), centred like a sheet on a desk;
    // a narrower window scrolls it.
    auto* sheet = new QHBoxLayout;
    sheet->addStretch(1);
    sheet->addWidget(m_preview, 1000); // all the room it can take, the rest around it
    sheet->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addLayout(sheet, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_hoursPerDay, &QDoubleSpinBox::valueChanged, this, &ReportsPage::changeHoursPerDay);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::showPrintPreview);
    connect(&context.school.settings(), &SettingsStore::changed, this, [this] {
        showHoursPerDay();
        scheduleRefresh();
    });
    CatalogueStore& catalogue = context.school.catalogue();
    for (auto signal : {&CatalogueStore::formatInserted, &CatalogueStore::formatUpdated,
                        &CatalogueStore::formatRemoved}) {
        connect(&catalogue, signal, this, &ReportsPage::fillFormats);
    }
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent* event)
{
    // A report is computed when asked for: when the page is first looked at, not at start.
    if (m_stale) {
        QTimer::singleShot(0, this, &ReportsPage::refresh);
    }
    QWidget::showEvent(event);
}

void ReportsPage::fillFormats()
{
    fillFormatFilter(m_format, m_context.school.catalogue());
}

void ReportsPage::showHoursPerDay()
{
    const QSignalBlocker quiet(m_hoursPerDay);
    m_hoursPerDay->setValue(m_context.school.settings().hoursPerDay());
}

void ReportsPage::changeHoursPerDay()
{
    SettingsStore& settings = m_context.school.settings();
    const double before = settings.hoursPerDay();
    const double after = m_hoursPerDay->value();
    if (qFuzzyCompare(before, after)) {
        return;
    }
    if (m_context.readOnly) {
        showHoursPerDay();
        return;
    }
    auto* command = new FunctionCommand(
        tr("Hours in a training day: %1").arg(QLocale().toString(after)),
        [&settings, after] { return settings.setHoursPerDay(after); },
        [&settings, before] { return settings.setHoursPerDay(before); });
    if (!pushEdit(m_context.undoStack, command)) {
        // Refused (and explained by the stack's message): the setting stays as it was.
        showHoursPerDay();
    }
}

void ReportsPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        QTimer::singleShot(0, this, [this] {
            if (m_stale) {
                refresh();
            }
        });
    }
}

Period ReportsPage::period() const
{
    return m_period->period();
}

Period ReportsPage::reportPeriod() const
{
    const Period chosen = m_period->period();
    if (chosen.isValid()) {
        return chosen;
    }
    return {QDate(2000, 1, 1), QDate(QDate::currentDate().year() + 5, 12, 31)};
}

qint64 ReportsPage::formatId() const
{
    return m_format->currentData().toLongLong();
}

void ReportsPage::setFormatId(qint64 formatId)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(formatId)));
}

QString ReportsPage::previewText() const
{
    return m_preview->toPlainText();
}

ReportFormat ReportsPage::exportFormat() const
{
    return ReportFormat(m_exportFormat->currentData().toInt());
}

void ReportsPage::setExportFormat(ReportFormat format)
{
    m_exportFormat->setCurrentIndex(std::max(0, m_exportFormat->findData(int(format))));
}

void ReportsPage::refresh()
{
    m_stale = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    School& school = m_context.school;
    Result<ImpactReportInput> input = readImpactReport(
        school.database(), school.settings(), reportPeriod(), formatId(), QDate::currentDate());
    if (!input) {
        QApplication::restoreOverrideCursor();
        m_input.reset();
        m_preview->clear();
        m_status->setText(input.errorMessage());
        return;
    }
    input->charts = chartsForReport(input->figures);
    m_input = std::move(*input);
    const ImpactReportContent content = ImpactReport::content(*m_input);
    const PagedDocument document = ImpactReport::document(*m_input, content);
    // The preview shows a copy (the pictures with it): the page's document stays whole for
    // printing.
    // (the browser deletes the copy it showed before: the copies are its children).
    m_preview->setDocument(document.body().clone(m_preview));
    // Laid out at the printed page's width, as it will print: tables wrap as they do on paper
    // instead of pushing the text past the window's edge.
    const qreal bodyMm = document.pageLayout().paintRect(QPageLayout::Millimeter).width();
    // (the document's margins are inside the width it is laid out at).
    const qreal margin = style::mm(8);
    m_preview->document()->setDocumentMargin(margin);
    const int width = qRound(style::mm(bodyMm) + 2 * margin);
    m_preview->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_preview->setLineWrapColumnOrWidth(width);
    // (and a pixel for the document's fractional width).
    m_preview->setMaximumWidth(width + 1 + 2 * m_preview->frameWidth() +
                               m_preview->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_status->setText(content.summary.value(0));
    m_status->setWordWrap(true);
    QApplication::restoreOverrideCursor();
}

bool ReportsPage::exportReport()
{
    if (m_stale || !m_input) {
        refresh();
    }
    if (!m_input) {
        return false;
    }
    const ReportFormat format = exportFormat();
    const ExportChoice& choice = kChoices[qsizetype(format)];
    const QString suffix = reportFormatName(format);
    const ImpactReportContent content = ImpactReport::content(*m_input);
    const QString path = FileDialog::saveFileName(
        this, tr("Export the impact report"), ImpactReport::fileName(content, suffix),
        translated(choice.filter), QLatin1Char('.') + suffix);
    if (path.isEmpty()) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeImpactReport(*m_input, format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(this, tr("Export the impact report"), written.errorMessage());
        return false;
    }
    return true;
}

void ReportsPage::showPrintPreview()
{
    if (m_stale || !m_input) {
        refresh();
    }
    if (!m_input) {
        return;
    }
    const ImpactReportContent content = ImpactReport::content(*m_input);
    PrintPreview::show(ImpactReport::document(*m_input, content),
                       ImpactReport::fileName(content, QStringLiteral("pdf")), this);
}

} // namespace truc2::ui
