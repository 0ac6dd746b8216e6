#include "ExportAction.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "export/ExportTable.h"
#include "export/ModelExport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace truc2::ui {
namespace {

class ExportAction
{
    Q_DECLARE_TR_FUNCTIONS(ExportAction)
};

/// The view's columns left to right as the user sees them, hidden ones left out.
QList<int> visibleColumns(const QTableView* view)
{
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    return columns;
}

} // namespace

QPushButton* makeExportButton(QTableView* view, int rawRole, const QString& title, QWidget* parent)
{
    auto* button = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")),
                                   ExportAction::tr("Export…"), parent);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setToolTip(
        ExportAction::tr("Save the list as shown (search and filters applied) for Excel: CSV or "
                         "XLSX workbook"));
    QObject::connect(button, &QPushButton::clicked, parent,
                     [view, rawRole, title, parent] { exportView(view, rawRole, title, parent); });
    return button;
}

bool exportView(QTableView* view, int rawRole, const QString& title, QWidget* parent)
{
    const QString suggested =
        QStringLiteral("%1 %2.csv").arg(title, QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        FileDialog::saveFileName(parent, ExportAction::tr("Export the list"), suggested,
                                 ExportAction::tr("CSV (Excel) (*.csv)") + QStringLiteral(";;") +
                                     ExportAction::tr("Excel workbook (*.xlsx)"),
                                 QStringList{QStringLiteral(".csv"), QStringLiteral(".xlsx")});
    if (path.isEmpty() || !view->model()) {
        return false;
    }
    const ExportFormat format =
        exportFormatFromName(QFileInfo(path).suffix()).value_or(ExportFormat::Csv);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportTable table = tableFromModel(*view->model(), visibleColumns(view), rawRole, title);
    const Status written = writeExport(table, format, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, ExportAction::tr("Export the list"), written.errorMessage());
        return false;
    }
    return true;
}

} // namespace truc2::ui
