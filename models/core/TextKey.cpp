#include "core/TextKey.h"

namespace truc2 {

QString foldedText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        folded.append(c.toLower());
    }
    return folded;
}

} // namespace truc2
