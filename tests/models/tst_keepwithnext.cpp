// Headings and the sentences that introduce a table stay on the page of what follows them
// (documents/KeepWithNext, applied by PagedDocument), read back from the PDF.
#include "PdfText.h"
#include "documents/DocumentStyle.h"
#include "documents/KeepWithNext.h"
#include "documents/PagedDocument.h"
#include "documents/TablePagination.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace truc2;
using namespace Qt::StringLiterals;

namespace {

void addKept(QTextCursor& cursor, const QString& text, qreal size)
{
    QTextBlockFormat block = style::paragraph(2, 1);
    keepWithNext(block);
    style::addParagraph(cursor, text, block, style::text(size, style::kInk, size > 10));
}

/// `fillers` lines of text, then a heading, its introducing sentence and a table of `rows`
/// rows (kept together as one unit up to 30, as the impact report does), then a closing line.
PagedDocument document(int fillers, int rows)
{
    PagedDocument result;
    QTextCursor cursor(&result.body());
    for (int i = 0; i < fillers; ++i) {
        style::addParagraph(cursor, u"Filler line %1."_s.arg(i + 1), style::paragraph(0, 1),
                            style::text(10));
    }
    addKept(cursor, u"Kept heading"_s, 14);
    addKept(cursor, u"The sentence that introduces the table:"_s, 9.5);
    QTextTable* table = cursor.insertTable(rows + 1, 2, style::tableFormat({60, 40}, 1));
    style::setCellText(table, 0, 0, u"Table header"_s, style::text(9.5, style::kInk, true));
    for (int r = 1; r <= rows; ++r) {
        style::setCellText(table, r, 0, u"Row %1"_s.arg(r), style::text(9.5));
        style::setCellText(table, r, 1, QString::number(r), style::text(9.5));
        if (r > 1 && rows <= 30) {
            keepWithPrevious(*table, r);
        }
    }
    cursor.movePosition(QTextCursor::End);
    style::addParagraph(cursor, u"Closing line"_s, style::paragraph(2, 1), style::text(10));
    return result;
}

} // namespace

class TestKeepWithNext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    test::PdfText printed(const PagedDocument& document)
    {
        const QString path = m_dir.filePath(u"kept.pdf"_s);
        const Status written = document.writePdf(path);
        if (!written) {
            qWarning("%s", qPrintable(written.errorMessage()));
        }
        return test::readPdf(path);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// Wherever the page ends, the heading, its sentence and the table share a page.
    void theHeadingFollowsItsTable()
    {
        int moved = 0;
        for (int fillers = 30; fillers <= 80; fillers += 2) {
            const test::PdfText pdf = printed(document(fillers, 6));
            QVERIFY(pdf.loaded);
            const int heading = pdf.pageOf(u"Kept heading"_s);
            const int table = pdf.pageOf(u"Table header"_s);
            QVERIFY2(heading >= 0 && table >= 0, qPrintable(QString::number(fillers)));
            QVERIFY2(heading == table,
                     qPrintable(u"%1 fillers: heading on page %2, table on %3"_s.arg(fillers)
                                    .arg(heading + 1)
                                    .arg(table + 1)));
            QCOMPARE(pdf.pageOf(u"The sentence that introduces the table:"_s), table);
            QCOMPARE(pdf.pageOf(u"Row 6"_s), table);
            moved += heading > pdf.pageOf(u"Filler line %1."_s.arg(fillers)) ? 1 : 0;
            // Nothing is printed twice, nothing lost.
            QCOMPARE(pdf.count(u"Kept heading"_s), 1);
            QCOMPARE(pdf.count(u"Closing line"_s), 1);
        }
        // The page ended between the fillers and the heading for some of them: they moved.
        QVERIFY(moved > 0);
    }

    /// A heading right after a table that the pages split keeps its format, and so stays
    /// with what follows it.
    void afterASplitTable()
    {
        int split = 0;
        for (int rows = 40; rows <= 110; rows += 5) {
            PagedDocument document;
            QTextCursor cursor(&document.body());
            QTextTable* table = cursor.insertTable(rows + 1, 2, style::tableFormat({60, 40}, 1));
            style::setCellText(table, 0, 0, u"Long table"_s, style::text(9.5, style::kInk, true));
            for (int r = 1; r <= rows; ++r) {
                style::setCellText(table, r, 0, u"Line %1"_s.arg(r), style::text(9.5));
            }
            cursor.movePosition(QTextCursor::End);
            addKept(cursor, u"Heading after the table"_s, 14);
            addKept(cursor, u"Its sentence:"_s, 9.5);
            QTextTable* second = cursor.insertTable(5, 2, style::tableFormat({60, 40}, 1));
            style::setCellText(second, 0, 0, u"Second header"_s,
                               style::text(9.5, style::kInk, true));
            for (int r = 1; r < 5; ++r) {
                style::setCellText(second, r, 0, u"Item %1"_s.arg(r), style::text(9.5));
                if (r > 1) {
                    keepWithPrevious(*second, r);
                }
            }
            const test::PdfText pdf = printed(document);
            split += pdf.pageOf(u"Line %1"_s.arg(rows)) > 0 ? 1 : 0;
            const int heading = pdf.pageOf(u"Heading after the table"_s);
            QVERIFY2(heading >= 0 && heading == pdf.pageOf(u"Second header"_s),
                     qPrintable(u"%1 rows: heading on page %2, its table on %3"_s.arg(rows)
                                    .arg(heading + 1)
                                    .arg(pdf.pageOf(u"Second header"_s) + 1)));
            QCOMPARE(pdf.pageOf(u"Its sentence:"_s), heading);
            QCOMPARE(pdf.count(u"Heading after the table"_s), 1);
        }
        QVERIFY(split > 0); // the long table did cross a page
    }

    /// A short document stays on one page; a heading that starts a page is left there even
    /// when its table runs over several pages.
    void nothingMovesWithoutNeed()
    {
        QCOMPARE(printed(document(3, 4)).pageCount(), 1);
        const test::PdfText long_ = printed(document(0, 120));
        QCOMPARE(long_.pageOf(u"Kept heading"_s), 0);
        QCOMPARE(long_.pageOf(u"Table header"_s), 0);
        QVERIFY(long_.pageCount() >= 3);
    }

    /// What starts a page is not also hidden under the clip of the page before (a PDF keeps
    /// invisible text, which readers find and copy).
    void noTextBelowTheClip()
    {
        for (int fillers = 30; fillers <= 80; fillers += 5) {
            const test::PdfText pdf = printed(document(fillers, 2));
            QCOMPARE(pdf.count(u"Kept heading"_s), 1);
            QCOMPARE(pdf.count(u"Closing line"_s), 1);
            for (int i = 1; i <= fillers; ++i) {
                QCOMPARE(pdf.count(u"Filler line %1."_s.arg(i)), 1);
            }
        }
    }
};

QTEST_MAIN(TestKeepWithNext)
#include "tst_keepwithnext.moc"
