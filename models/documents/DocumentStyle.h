#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextLength>
#include <QTextTableFormat>

#include <utility>

class QTextCursor;
class QTextTable;

namespace truc2::style {

// The house style of the printed documents, so that the brochure, the attestations and the
// attendance sheets look like one family. Sizes: fonts in points, lengths in pixels at 96 dpi
// (QTextDocument's units), converted from millimetres with mm().

inline const QColor kInk{0x21, 0x25, 0x29};    ///< Body text.
inline const QColor kMuted{0x5f, 0x66, 0x6d};  ///< Labels, notes.
inline const QColor kRule{0xc9, 0xce, 0xd3};   ///< Thin lines.
inline const QColor kTint{0xf1, 0xf3, 0xf5};   ///< Header rows, boxes.
inline const QColor kAccent{0x1f, 0x4e, 0x79}; ///< Titles when the document has no colour.

/// Millimetres in QTextDocument pixels (96 dpi).
constexpr qreal mm(qreal millimetres)
{
    return millimetres * 96.0 / 25.4;
}

/// The documents' typeface at a size (DejaVu Sans on Linux, Segoe UI on Windows).
QFont font(qreal pointSize, bool bold = false);
/// The narrower face of the same typeface, for tables of many columns.
QFont condensedFont(qreal pointSize, bool bold = false);

QTextCharFormat text(qreal pointSize = 9.5, const QColor& colour = kInk, bool bold = false);
QTextCharFormat condensed(qreal pointSize, const QColor& colour = kInk, bool bold = false);
QTextCharFormat italic(qreal pointSize = 9.5, const QColor& colour = kMuted);

/// A paragraph with space above and below (in millimetres).
QTextBlockFormat paragraph(qreal spaceBeforeMm = 0, qreal spaceAfterMm = 1.5,
                           Qt::Alignment alignment = Qt::AlignLeft);

/// Appends a paragraph of one format: the first call fills the document's first block.
void addParagraph(QTextCursor& cursor, const QString& text, const QTextBlockFormat& block,
                  const QTextCharFormat& format);
/// Appends "Label : value" with the label in bold (and colour).
void addLabelled(QTextCursor& cursor, const QString& label, const QString& value,
                 const QColor& labelColour = kInk);

/// Appends a translated sentence whose %1 … %9 are filled with texts of their own formats
/// (a name in bold inside a sentence), the rest in `format`.
void addPattern(QTextCursor& cursor, const QString& pattern,
                const QList<std::pair<QString, QTextCharFormat>>& arguments,
                const QTextBlockFormat& block, const QTextCharFormat& format);

/// A table at full width with columns in percents (0: as wide as its content needs), header
/// rows repeated on every page, nothing between columns.
QTextTableFormat tableFormat(const QList<qreal>& columnPercents, int headerRows);
/// How a cell's text may break over lines.
enum class Wrap
{
    Words, ///< At spaces: the column may be narrow.
    Never, ///< On one line: the column is as wide as the text (dates, codes, numbers).
};

/// Writes text into a table cell with a format and alignment.
void setCellText(QTextTable* table, int row, int column, const QString& text,
                 const QTextCharFormat& format, Qt::Alignment alignment = Qt::AlignLeft,
                 Wrap wrap = Wrap::Words);
/// Gives a cell a background and optional top rule.
void setCellBackground(QTextTable* table, int row, int column, const QColor& background);
void setCellTopRule(QTextTable* table, int row, int column, const QColor& colour, qreal width);

} // namespace truc2::style
