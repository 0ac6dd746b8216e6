#include "dialogs/AgentImportDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "itemmodels/AgentImportModels.h"
#include "storage/Database.h"
#include "ui_AgentImportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>

namespace truc2::ui {
namespace {

enum MappingColumn
{
    FileColumn,
    ExampleColumn,
    FieldColumn,
    MappingColumnCount
};

/// How many records are searched for the header row.
constexpr qsizetype kHeaderSearch = 20;

} // namespace

AgentImportDialog::AgentImportDialog(PageContext context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgentImportDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->mappingTableWidget->setColumnCount(MappingColumnCount);
    m_ui->mappingTableWidget->setHorizontalHeaderLabels(
        {tr("Column of the file"), tr("First value"), tr("Field")});
    m_preview = new AgentImportPreviewModel(this);
    m_problems = new AgentImportProblemModel(this);
    m_ui->previewTableView->setModel(m_preview);
    m_ui->problemsTableView->setModel(m_problems);
    m_ui->splitter->setSizes({200, 260, 140});

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &AgentImportDialog::chooseFile);
    connect(m_ui->loadMappingButton, &QPushButton::clicked, this, &AgentImportDialog::loadMapping);
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &AgentImportDialog::saveMapping);
    connect(m_ui->headerRowSpinBox, &QSpinBox::valueChanged, this,
            &AgentImportDialog::headerRowChanged);
    connect(m_ui->deactivateCheckBox, &QCheckBox::toggled, this, &AgentImportDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgentImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgentImportDialog::reject);
    refresh();
}

AgentImportDialog::~AgentImportDialog() = default;

bool AgentImportDialog::openFile(const QString& path)
{
    const Result<Table> table = readTable(path);
    if (!table) {
        MessageBox::warning(this, tr("Import agents"), table.errorMessage());
        return false;
    }
    if (table->records.isEmpty()) {
        MessageBox::warning(this, tr("Import agents"),
                            tr("%1 holds no table.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    setTable(*table);
    return true;
}

void AgentImportDialog::setTable(const Table& table)
{
    m_table = table;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(table.path));
    m_headerRow =
        m_table.records.isEmpty() ? 0 : detectHeaderRow(m_table.records.mid(0, kHeaderSearch));
    {
        const QSignalBlocker blocker(m_ui->headerRowSpinBox);
        m_ui->headerRowSpinBox->setMaximum(
            static_cast<int>(std::clamp<qsizetype>(m_table.records.size(), 1, kHeaderSearch)));
        m_ui->headerRowSpinBox->setValue(static_cast<int>(m_headerRow + 1));
    }
    fillMapping(guessAgentMapping(headers(), m_headerRow));
}

QStringList AgentImportDialog::headers() const
{
    return m_headerRow < m_table.records.size() ? m_table.records.at(m_headerRow).cells
                                                : QStringList();
}

void AgentImportDialog::headerRowChanged(int row)
{
    m_headerRow = row - 1;
    fillMapping(guessAgentMapping(headers(), m_headerRow));
}

QComboBox* AgentImportDialog::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(m_ui->mappingTableWidget->cellWidget(column, FieldColumn));
}

void AgentImportDialog::fillMapping(const AgentColumnMapping& mapping)
{
    const QStringList names = headers();
    const TableRecord first = m_headerRow + 1 < m_table.records.size()
                                  ? m_table.records.at(m_headerRow + 1)
                                  : TableRecord{};
    QTableWidget* table = m_ui->mappingTableWidget;
    // The view deletes replaced cell widgets later: until then they must not answer to the
    // new combos' names, nor change the mapping.
    for (int column = 0; column < table->rowCount(); ++column) {
        if (QComboBox* old = fieldCombo(column)) {
            old->setObjectName(QString());
            old->disconnect(this);
        }
    }
    table->setRowCount(static_cast<int>(names.size()));
    for (int column = 0; column < names.size(); ++column) {
        table->setItem(column, FileColumn, new QTableWidgetItem(names.at(column)));
        table->setItem(column, ExampleColumn, new QTableWidgetItem(first.cell(column)));
        auto* combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(column));
        for (int f = 0; f < static_cast<int>(AgentField::FieldCount); ++f) {
            combo->addItem(agentFieldName(static_cast<AgentField>(f)), f);
        }
        combo->setCurrentIndex(combo->findData(static_cast<int>(mapping.field(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, &AgentImportDialog::refresh);
        table->setCellWidget(column, FieldColumn, combo);
    }
    table->resizeColumnToContents(FileColumn);
    table->resizeColumnToContents(ExampleColumn);
    refresh();
}

AgentColumnMapping AgentImportDialog::mapping() const
{
    AgentColumnMapping mapping;
    mapping.headerRow = m_headerRow;
    for (int column = 0; column < m_ui->mappingTableWidget->rowCount(); ++column) {
        const QComboBox* combo = fieldCombo(column);
        mapping.fields.append(combo ? static_cast<AgentField>(combo->currentData().toInt())
                                    : AgentField::Ignored);
    }
    return mapping;
}

void AgentImportDialog::refresh()
{
    m_ready = false;
    m_missing = 0;
    const bool hasFile = !m_table.records.isEmpty();
    m_ui->saveMappingButton->setEnabled(hasFile);
    m_ui->loadMappingButton->setEnabled(hasFile);
    const AgentColumnMapping columns = mapping();
    QString text;
    if (!hasFile) {
        text = tr("Choose the file exported by the HR system (CSV or XLSX).");
    } else if (Status usable = columns.check(); !usable) {
        text = usable.errorMessage();
    } else {
        m_rows = readAgentRows(m_table.records, columns);
        AgentImportOptions options;
        options.deactivateMissing = m_ui->deactivateCheckBox->isChecked();
        options.dryRun = true;
        const Result<AgentImportPlan> plan =
            AgentImporter(m_context.school).plan(m_rows, columns, options);
        if (!plan) {
            text = plan.errorMessage();
        } else {
            m_preview->setPlan(*plan, kPreviewRows);
            m_problems->setRejected(plan->summary.rejected);
            m_missing = plan->missing.size();
            text = summaryText(plan->summary);
            m_ready = plan->summary.created + plan->summary.updated + plan->summary.unchanged > 0;
        }
    }
    if (!m_ready) {
        if (text.isEmpty()) {
            text = tr("No line of this file can be imported.");
        }
        if (!hasFile || !columns.check()) {
            m_preview->clear();
            m_problems->clear();
        }
    }
    m_ui->previewTableView->resizeColumnsToContents();
    m_ui->problemsTableView->resizeColumnToContents(AgentImportProblemModel::LineColumn);
    m_ui->summaryLabel->setText(text);
    m_ui->deactivateCheckBox->setText(
        tr("&Deactivate the %n agent(s) missing from this file (a full export)", nullptr,
           static_cast<int>(m_missing)));
    m_ui->deactivateCheckBox->setEnabled(m_missing > 0 || m_ui->deactivateCheckBox->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ready && !m_context.readOnly);
}

QString AgentImportDialog::summaryText(const AgentImportSummary& summary) const
{
    QStringList parts{tr("%n new agent(s)", nullptr, summary.created),
                      tr("%n changed", nullptr, summary.updated),
                      tr("%n unchanged", nullptr, summary.unchanged)};
    if (summary.deactivated > 0) {
        parts.append(tr("%n deactivated", nullptr, summary.deactivated));
    }
    parts.append(tr("%n line(s) left out", nullptr, static_cast<int>(summary.rejected.size())));
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (summary.directionsCreated + summary.servicesCreated > 0) {
        text += QLatin1Char(' ') + tr("New directions: %1; new services: %2.")
                                       .arg(summary.directionsCreated)
                                       .arg(summary.servicesCreated);
    }
    return text;
}

void AgentImportDialog::chooseFile()
{
    const QString path = FileDialog::openFileName(
        this, tr("Import agents"), tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void AgentImportDialog::saveMapping()
{
    const QString suggested = QFileInfo(m_table.path).completeBaseName() + QStringLiteral(".json");
    const QString path =
        FileDialog::saveFileName(this, tr("Save the column mapping"), suggested,
                                 tr("Column mappings (*.json)"), QStringLiteral(".json"));
    if (path.isEmpty()) {
        return;
    }
    if (Status saved = saveAgentMapping(path, mapping(), headers()); !saved) {
        MessageBox::warning(this, tr("Save the column mapping"), saved.errorMessage());
    }
}

void AgentImportDialog::loadMapping()
{
    const QString path =
        FileDialog::openFileName(this, tr("Load a column mapping"), tr("Column mappings (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<AgentColumnMapping> loaded = loadAgentMapping(path, m_table.records);
    if (!loaded) {
        MessageBox::warning(this, tr("Load a column mapping"), loaded.errorMessage());
        return;
    }
    m_headerRow = loaded->headerRow;
    {
        const QSignalBlocker blocker(m_ui->headerRowSpinBox);
        m_ui->headerRowSpinBox->setMaximum(
            std::max(m_ui->headerRowSpinBox->maximum(), static_cast<int>(m_headerRow + 1)));
        m_ui->headerRowSpinBox->setValue(static_cast<int>(m_headerRow + 1));
    }
    fillMapping(*loaded);
}

void AgentImportDialog::accept()
{
    refresh();
    if (!m_ready || m_context.readOnly) {
        return;
    }
    AgentImportOptions options;
    options.deactivateMissing = m_ui->deactivateCheckBox->isChecked() && m_missing > 0;
    if (options.deactivateMissing &&
        MessageBox::question(this, tr("Deactivate agents"),
                             tr("%n agent(s) missing from this file will be deactivated. They "
                                "stay in the directory, with their history, and can be "
                                "reactivated. Deactivate them?",
                                nullptr, static_cast<int>(m_missing))) != QMessageBox::Yes) {
        return;
    }

    QProgressDialog progress(tr("Importing the agents…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const Result<AgentImportSummary> done =
        AgentImporter(m_context.school)
            .run(m_rows, mapping(), options, [&progress](qint64 written, qint64 total) {
                progress.setMaximum(static_cast<int>(std::max<qint64>(total, 1)));
                progress.setValue(static_cast<int>(written));
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!done) {
        if (cancelled) {
            MessageBox::information(this, tr("Import agents"), done.errorMessage());
        } else {
            MessageBox::warning(this, tr("Import agents"),
                                tr("Nothing was imported: %1").arg(done.errorMessage()));
        }
        refresh();
        return;
    }
    m_summary = *done;
    MessageBox::information(this, tr("Agents imported"), summaryText(m_summary));
    QDialog::accept();
}

} // namespace truc2::ui
