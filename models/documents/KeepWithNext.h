#pragma once

#include <QList>

class QTextBlockFormat;
class QTextDocument;

namespace truc2 {

// A heading, or the sentence that introduces a table, printed alone at the foot of a page while
// what it announces starts the next one reads as a mistake. PagedDocument moves such paragraphs
// to the next page with what follows them.

/// Marks the paragraphs of this format to stay on the page of what follows them.
void keepWithNext(QTextBlockFormat& format);

/// In a document laid out on pages of `pageHeight`, the paragraphs kept with the next that end
/// a page while what follows them starts another: for each, the first of the kept paragraphs
/// that lead to it on its page (a heading above its introducing sentence), as its ordinal among
/// the document's top-level paragraphs kept with the next (the same in every copy).
QList<int> strandedKeepers(const QTextDocument& laidOut, double pageHeight);

/// Starts a new page before the top-level paragraphs kept with the next of these ordinals.
void breakBefore(QTextDocument& body, const QList<int>& ordinals);

} // namespace truc2
