#pragma once

// Reading a PDF back as text with QtPdf, for tests of printed documents (link Qt6::Pdf).

#include <QPdfDocument>
#include <QString>
#include <QStringList>

namespace truc2::test {

/// Text as compared in tests: compatibility forms folded (ligatures "ﬀ" → "ff", U+00A0 → space,
/// "²" → "2") and whitespace runs, line ends included, made single spaces.
inline QString flat(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The pages of a PDF as flat text, with its properties.
struct PdfText
{
    bool loaded = false;
    QStringList pages;
    QString title;
    QString creator;

    qsizetype pageCount() const { return pages.size(); }
    QString all() const { return pages.join(QLatin1Char(' ')); }
    /// How many times `text` (flattened) appears in the whole document.
    qsizetype count(const QString& text) const { return all().count(flat(text)); }
    bool contains(const QString& text) const { return count(text) > 0; }
    /// The index of the first page that holds `text`, or -1.
    int pageOf(const QString& text) const
    {
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(flat(text))) {
                return i;
            }
        }
        return -1;
    }
};

inline PdfText readPdf(const QString& path)
{
    PdfText result;
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None) {
        return result;
    }
    result.loaded = true;
    for (int page = 0; page < document.pageCount(); ++page) {
        result.pages << flat(document.getAllText(page).text());
    }
    result.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    result.creator = document.metaData(QPdfDocument::MetaDataField::Creator).toString();
    return result;
}

} // namespace truc2::test
