#include "documents/PagedDocument.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "documents/KeepWithNext.h"
#include "documents/TablePagination.h"
#include "storage/SettingsStore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace truc2 {
namespace {

// The page, in millimetres: margins of the sheet, then the running header and footer bands
// inside them.
constexpr qreal kSideMargin = 17;
constexpr qreal kTopMargin = 11;
constexpr qreal kBottomMargin = 9;
constexpr qreal kHeaderHeight = 15; ///< Logo and names, down to the rule.
constexpr qreal kHeaderGap = 7;     ///< From the rule to the body.
constexpr qreal kFooterHeight = 6;  ///< From the rule to the bottom margin.
constexpr qreal kFooterGap = 5;     ///< From the body to the rule.
constexpr qreal kHeadingGap = 3;    ///< From the page heading to the body.

qreal deviceMm(qreal millimetres, const QPaintDevice& device)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

struct PagedDocument::Page
{
    QRectF header;
    QRectF heading; ///< Empty without a page heading.
    QRectF body;
    QRectF footer;
    std::unique_ptr<QTextDocument> document;        ///< The body, laid out for the device.
    std::unique_ptr<QTextDocument> headingDocument; ///< The page heading, laid out for it.
    int count = 0;
};

PagedDocument::PagedDocument()
    : m_body(std::make_unique<QTextDocument>())
    , m_accent(style::kAccent)
{
    m_body->setDocumentMargin(0);
    m_body->setDefaultFont(style::font(9.5));
}

QTextDocument& PagedDocument::pageHeading()
{
    if (!m_heading) {
        m_heading = std::make_unique<QTextDocument>();
        m_heading->setDocumentMargin(0);
        m_heading->setDefaultFont(style::font(9.5));
    }
    return *m_heading;
}

PagedDocument::~PagedDocument() = default;
PagedDocument::PagedDocument(PagedDocument&& other) noexcept = default;
PagedDocument& PagedDocument::operator=(PagedDocument&& other) noexcept = default;

void PagedDocument::setIdentity(const SchoolIdentity& identity)
{
    m_organisation = identity.organisationName;
    m_school = identity.schoolName;
    m_logo = identity.logoPng.isEmpty() ? QImage() : QImage::fromData(identity.logoPng);
}

QPageLayout PagedDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_orientation,
                       QMarginsF(kSideMargin, kTopMargin, kSideMargin, kBottomMargin),
                       QPageLayout::Millimeter);
}

void PagedDocument::setUpDevice(QPagedPaintDevice& device) const
{
    device.setPageLayout(pageLayout());
}

PagedDocument::Page PagedDocument::layOut(QPagedPaintDevice& device) const
{
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    Page page;
    const qreal width = paintRect.width();
    page.header = QRectF(0, 0, width, deviceMm(kHeaderHeight, device));
    qreal bodyTop = page.header.bottom() + deviceMm(kHeaderGap, device);
    if (m_heading && !m_heading->isEmpty()) {
        page.headingDocument.reset(m_heading->clone());
        page.headingDocument->documentLayout()->setPaintDevice(&device);
        page.headingDocument->setTextWidth(width);
        const qreal height = page.headingDocument->size().height();
        page.heading = QRectF(0, bodyTop, width, height);
        bodyTop = page.heading.bottom() + deviceMm(kHeadingGap, device);
    }
    const qreal footerHeight = deviceMm(kFooterHeight, device);
    page.footer = QRectF(0, paintRect.height() - footerHeight, width, footerHeight);
    page.body =
        QRectF(0, bodyTop, width, page.footer.top() - deviceMm(kFooterGap, device) - bodyTop);

    // Laid out for this device (its resolution sets the metrics), on a copy: the body stays as
    // the builder made it, for the next device.
    page.document = layOutKeepingRows(*m_body, device, page.body.size());
    // Headings and the sentences that introduce a table move to the next page with what
    // follows them; each pass may strand another one further on.
    std::unique_ptr<QTextDocument> body;
    constexpr int kKeepingPasses = 8;
    for (int pass = 0; pass < kKeepingPasses; ++pass) {
        const QList<int> stranded = strandedKeepers(*page.document, page.body.height());
        if (stranded.isEmpty()) {
            break;
        }
        if (!body) {
            body.reset(m_body->clone());
        }
        breakBefore(*body, stranded);
        page.document = layOutKeepingRows(*body, device, page.body.size());
    }
    page.count = std::max(1, page.document->pageCount());
    return page;
}

int PagedDocument::pageCount() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpDevice(writer);
    return layOut(writer).count;
}

Result<int> PagedDocument::paint(QPagedPaintDevice& device) const
{
    const Page page = layOut(device);
    QAbstractTextDocumentLayout* layout = page.document->documentLayout();
    const int count = page.count;

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{tr("The pages could not be drawn: the printer or the file refused them.")};
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return Error{tr("Page %1 could not be started: the printer or the file refused it.")
                             .arg(index + 1)};
        }
        painter.save();
        const qreal offset = index * page.body.height();
        painter.translate(page.body.left(), page.body.top() - offset);
        const QRectF visible(0, offset, page.body.width(), page.body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        // What starts the next page is not drawn (clipped) on this one: a PDF would keep its
        // invisible text, which readers find and copy.
        context.clip = visible.adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, style::kInk);
        layout->draw(&painter, context);
        painter.restore();
        if (!(m_coverPage && index == 0)) {
            paintHeader(painter, page);
            paintHeading(painter, page);
            paintFooter(painter, page, index + 1, count);
        }
    }
    painter.end();
    return count;
}

void PagedDocument::paintHeader(QPainter& painter, const Page& page) const
{
    const QPaintDevice& device = *painter.device();
    const QRectF area = page.header;
    qreal left = area.left();
    if (!m_logo.isNull()) {
        const QSizeF size =
            QSizeF(m_logo.size())
                .scaled(QSizeF(deviceMm(38, device), area.height() - deviceMm(2.5, device)),
                        Qt::KeepAspectRatio);
        const QRectF target(
            QPointF(left, area.top() + (area.height() - deviceMm(1.5, device) - size.height()) / 2),
            size);
        painter.drawImage(target, m_logo);
        left = target.right() + deviceMm(4, device);
    }

    const QFont nameFont = style::font(10, true);
    const QFont smallFont = style::font(8.5);
    const QFont titleFont = style::font(11, true);
    const QFontMetricsF nameMetrics(nameFont, &device);
    const QFontMetricsF smallMetrics(smallFont, &device);
    const QFontMetricsF titleMetrics(titleFont, &device);
    const qreal gap = deviceMm(0.8, device);
    const qreal textBlock = nameMetrics.height() + gap + smallMetrics.height();
    const qreal firstLine = area.top() + (area.height() - deviceMm(1.5, device) - textBlock) / 2;
    const qreal half = (area.right() - left) / 2;

    painter.setPen(style::kInk);
    painter.setFont(nameFont);
    painter.drawText(QRectF(left, firstLine, half, nameMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     nameMetrics.elidedText(m_organisation, Qt::ElideRight, half));
    painter.setPen(style::kMuted);
    painter.setFont(smallFont);
    painter.drawText(
        QRectF(left, firstLine + nameMetrics.height() + gap, half, smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(m_school, Qt::ElideRight, half));

    const qreal rightWidth = area.right() - left - half - deviceMm(4, device);
    const QRectF titleRect(area.right() - rightWidth, firstLine, rightWidth, titleMetrics.height());
    painter.setPen(m_accent);
    painter.setFont(titleFont);
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_title, Qt::ElideRight, rightWidth));
    if (!m_subtitle.isEmpty()) {
        painter.setPen(style::kMuted);
        painter.setFont(smallFont);
        painter.drawText(
            QRectF(titleRect.left(), titleRect.bottom() + gap, rightWidth, smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            smallMetrics.elidedText(m_subtitle, Qt::ElideRight, rightWidth));
    }

    painter.setPen(QPen(m_accent, deviceMm(0.4, device)));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
}

void PagedDocument::paintHeading(QPainter& painter, const Page& page) const
{
    if (!page.headingDocument) {
        return;
    }
    painter.save();
    painter.translate(page.heading.topLeft());
    const QRectF visible(QPointF(0, 0), page.heading.size());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible.adjusted(0, 0, 0, -1);
    context.palette.setColor(QPalette::Text, style::kInk);
    page.headingDocument->documentLayout()->draw(&painter, context);
    painter.restore();
}

void PagedDocument::paintFooter(QPainter& painter, const Page& page, int number, int count) const
{
    const QPaintDevice& device = *painter.device();
    const QRectF area = page.footer;
    painter.setPen(QPen(style::kRule, deviceMm(0.25, device)));
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    const QFont footerFont = style::font(8);
    painter.setFont(footerFont);
    painter.setPen(style::kMuted);
    const QRectF textRect(area.left(), area.top() + deviceMm(1.2, device), area.width(),
                          area.height() - deviceMm(1.2, device));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
                     tr("Printed on %1").arg(shortDateText(QDate::currentDate())));
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop,
                     tr("page %1 / %2").arg(number).arg(count));
}

Status PagedDocument::writePdf(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("The PDF file %1 could not be written (%2): choose another folder or "
                        "name.")
                         .arg(shown, file.errorString())};
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("TRUC²"));
        setUpDevice(writer);
        if (Result<int> painted = paint(writer); !painted) {
            file.cancelWriting();
            return Error{
                tr("The PDF file %1 was not written: %2").arg(shown, painted.errorMessage())};
        }
    }
    if (!file.commit()) {
        return Error{tr("The PDF file %1 could not be written (%2): choose another folder or "
                        "name.")
                         .arg(shown, file.errorString())};
    }
    return {};
}

} // namespace truc2
