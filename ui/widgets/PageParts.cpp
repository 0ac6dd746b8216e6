#include "widgets/PageParts.h"

#include "storage/CatalogueStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>

namespace truc2::ui {

QLabel* makePageTitle(const QString& text, QWidget* page)
{
    auto* title = new QLabel(text, page);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

void fillFormatFilter(QComboBox* combo, const CatalogueStore& catalogue)
{
    const qint64 chosen = combo->count() > 0 ? combo->currentData().toLongLong() : 0;
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("truc2::ui::FormatFilter", "All formats"),
                   QVariant(qint64(0)));
    if (const auto formats = catalogue.formats()) {
        for (const Format& format : *formats) {
            combo->addItem(format.name, format.id);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace truc2::ui
