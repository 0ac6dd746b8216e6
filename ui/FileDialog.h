#pragma once

#include <QString>

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

    /// Tests: the answer the next question gets, without showing it (empty: cancelled).
    static void setNextSaveFileName(const QString& path);

    /// Asks for a file to read, starting in the user's documents; empty when the user cancels.
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    /// Tests: the answer the next open question gets, without showing it (empty: cancelled).
    static void setNextOpenFileName(const QString& path);
};

} // namespace truc2::ui
