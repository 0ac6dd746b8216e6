#pragma once

#include "core/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace truc2 {

struct SchoolIdentity;

/// A printed document: a QTextDocument body laid out on A4 pages, with on every page a running
/// header (the school's logo, the organisation's and the school's names, the document's title),
/// an optional page heading under it, and a footer "page 1 / 3". It paints on any
/// QPagedPaintDevice: the QPdfWriter of writePdf, or the QPrinter of a print preview.
///
/// Rows of the body's tables are kept whole: a row that would straddle two pages starts the
/// next one (under the table's repeated header rows), as long as it fits on one page; a table
/// whose first row would not fit under its header starts on the next page.
///
/// Builders fill body() with a QTextCursor; sizes in the body are in points (fonts) and in
/// pixels at 96 dpi (images, table widths), as QTextDocument has them.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    PagedDocument();
    ~PagedDocument();
    PagedDocument(PagedDocument&& other) noexcept;
    PagedDocument& operator=(PagedDocument&& other) noexcept;

    QTextDocument& body() { return *m_body; }
    const QTextDocument& body() const { return *m_body; }
    /// A block printed on every page under the running header, above the body, in the body's
    /// width (what a sheet is about: its session, dates, place, animators); empty by default.
    /// Builders fill it like the body; keep it short: the body's pages lose its height.
    QTextDocument& pageHeading();

    /// The title in the running header and in the PDF's properties.
    void setTitle(const QString& title) { m_title = title; }
    QString title() const { return m_title; }
    /// The organisation, school and logo of the running header.
    void setIdentity(const SchoolIdentity& identity);
    /// A line under the title in the running header (a name, a period); none by default.
    void setSubtitle(const QString& subtitle) { m_subtitle = subtitle; }
    /// The colour of the header's title and rule.
    void setAccentColour(const QColor& colour) { m_accent = colour; }
    QColor accentColour() const { return m_accent; }
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    /// The first page is a cover: no running header nor footer there (it is still counted).
    void setCoverPage(bool cover) { m_coverPage = cover; }

    /// A4 in the document's orientation, with its margins.
    QPageLayout pageLayout() const;
    /// Gives the device that page layout (before painting: a print preview's printer).
    void setUpDevice(QPagedPaintDevice& device) const;

    /// Paints every page on a device that is not being painted yet, in the device's own page
    /// layout (the user may have chosen another paper in a print dialog). Returns the number
    /// of pages.
    Result<int> paint(QPagedPaintDevice& device) const;
    /// The number of pages on A4 in the document's orientation.
    int pageCount() const;

    /// Writes the document as a PDF, with its title and creator in the file's properties. The
    /// file appears complete or not at all: it is written beside under another name, then
    /// renamed; an existing file is replaced only then.
    Status writePdf(const QString& path) const;

private:
    struct Page;
    Page layOut(QPagedPaintDevice& device) const;
    void paintHeader(QPainter& painter, const Page& page) const;
    void paintHeading(QPainter& painter, const Page& page) const;
    void paintFooter(QPainter& painter, const Page& page, int number, int count) const;

    std::unique_ptr<QTextDocument> m_body;
    std::unique_ptr<QTextDocument> m_heading;
    QString m_title;
    QString m_subtitle;
    QString m_organisation;
    QString m_school;
    QImage m_logo;
    QColor m_accent;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    bool m_coverPage = false;
};

} // namespace truc2
