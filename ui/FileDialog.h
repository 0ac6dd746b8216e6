#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace truc2::ui {

/// QFileDialog's save question, answerable in advance by tests (as MessageBox is).
class FileDialog
{
public:
    /// Asks where to save, starting in the user's documents with `suggestedName`; empty when
    /// the user cancels. The name gets `extension` (".pdf") when it lacks it.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                                const QString& filter, const QString& extension);

    /// The same with several types of file, one per entry of the ";;"-separated `filter`, in
    /// the order of `extensions` (".csv", ".xlsx"): a name that ends with none of them gets the
    /// one of the filter the user chose.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                                const QString& filter, const QStringList& extensions);

    /// Tests: the answer the next question gets, without showing it (empty: cancelled).
    static void setNextSaveFileName(const QString& path);

    /// Asks which file to open, starting in the user's documents; empty when the user cancels.
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    /// Tests: the answer the next open question gets, without showing it.
    static void setNextOpenFileName(const QString& path);
};

} // namespace truc2::ui
