#pragma once

// The translation context of every message the table readers give ("TableReader").

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

namespace truc2 {

class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    ReaderText() = delete;

    /// The name a message gives the file: its name without the folders.
    static QString fileName(const QString& path) { return QFileInfo(path).fileName(); }
};

} // namespace truc2
