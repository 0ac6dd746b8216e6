#include "dialogs/SurveyImportDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "commands/SurveyCommands.h"
#include "import/MemoryTableReader.h"
#include "itemmodels/SurveyMappingModel.h"
#include "itemmodels/SurveyPreviewModel.h"
#include "ui_SurveyImportDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyledItemDelegate>

#include <optional>

namespace truc2::ui {
namespace {

/// Records read for the mapping table and the preview.
constexpr qsizetype kPreviewRecords = 200;
/// Responses shown in the preview.
constexpr qsizetype kPreviewResponses = 20;

std::optional<qint64> s_nextCancelAt;

/// The role of a column chosen in a combo box.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("roleComboBox"));
        for (const SurveyMappingModel::Choice& choice : SurveyMappingModel::choices()) {
            combo->addItem(choice.text);
        }
        // A choice applies at once: the preview follows without leaving the cell.
        auto* self = const_cast<RoleDelegate*>(this);
        connect(combo, &QComboBox::activated, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentIndex(index.data(Qt::EditRole).toInt());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentIndex());
    }
};

/// Progress of one phase of the import in a QProgressDialog; false once the user cancels.
class ImportProgress
{
public:
    explicit ImportProgress(QProgressDialog& dialog)
        : m_dialog(dialog)
    {}
    bool operator()(qint64 done, qint64 total)
    {
        m_dialog.setMaximum(1000);
        m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
        if (s_nextCancelAt && done >= *s_nextCancelAt) {
            s_nextCancelAt.reset();
            m_dialog.cancel();
        }
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog& m_dialog;
};

} // namespace

SurveyImportDialog::SurveyImportDialog(PageContext context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SurveyImportDialog>())
    , m_context(context)
    , m_mappingModel(new SurveyMappingModel(this))
    , m_previewModel(new SurveyPreviewModel(this))
{
    m_ui->setupUi(this);
    m_ui->mappingTableView->setModel(m_mappingModel);
    m_ui->mappingTableView->setItemDelegateForColumn(SurveyMappingModel::Role,
                                                     new RoleDelegate(this));
    m_ui->mappingTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTableView->verticalHeader()->hide();
    m_ui->previewTableView->setModel(m_previewModel);
    m_ui->previewTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTableView->verticalHeader()->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &SurveyImportDialog::chooseFile);
    connect(m_ui->templateComboBox, &QComboBox::activated, this,
            &SurveyImportDialog::applyTemplate);
    connect(m_ui->saveTemplateButton, &QPushButton::clicked, this,
            &SurveyImportDialog::saveTemplate);
    connect(m_mappingModel, &SurveyMappingModel::mappingEdited, this,
            &SurveyImportDialog::updatePreview);
    connect(m_ui->fixedSessionCheckBox, &QCheckBox::toggled, this, [this](bool fixed) {
        m_ui->sessionComboBox->setEnabled(fixed);
        updatePreview();
    });
    connect(m_ui->sessionComboBox, &QComboBox::currentIndexChanged, this,
            &SurveyImportDialog::updatePreview);
    connect(m_ui->includeIncompleteCheckBox, &QCheckBox::toggled, this,
            &SurveyImportDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (importFile()) {
            // The summary stays in view; the dialog now only closes.
            m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillSessions();
    m_ui->sessionComboBox->setEnabled(false);
}

SurveyImportDialog::~SurveyImportDialog() = default;

void SurveyImportDialog::setNextCancelAt(qint64 done)
{
    s_nextCancelAt = done;
}

bool SurveyImportDialog::run(PageContext context, QWidget* parent, const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = FileDialog::openFileName(parent, tr("Import survey results"),
                                        tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;"
                                           "All files (*)"));
        if (file.isEmpty()) {
            return false;
        }
    }
    SurveyImportDialog dialog(context, parent);
    dialog.setFile(file);
    dialog.exec();
    return dialog.m_imported;
}

void SurveyImportDialog::chooseFile()
{
    const QString file =
        FileDialog::openFileName(this, tr("Import survey results"),
                                 tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!file.isEmpty()) {
        setFile(file);
    }
}

void SurveyImportDialog::fillSessions()
{
    QComboBox* combo = m_ui->sessionComboBox;
    combo->clear();
    m_sessionCodes.clear();
    const Result<QList<ProgrammeEntry>> sessions =
        m_context.school.sessions().programme(QDate(1900, 1, 1), QDate(2200, 12, 31));
    if (!sessions) {
        return;
    }
    // The latest sessions first: the survey is usually about one that just ended.
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        const Session& s = it->session;
        m_sessionCodes.insert(s.id, s.code);
        combo->addItem(
            tr("%1 — %2 (%3)").arg(s.code, it->actionTitle, s.startsAt.toString(u"dd/MM/yyyy")),
            s.code);
    }
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setInsertPolicy(QComboBox::NoInsert);
}

bool SurveyImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    Result<Table> first = readTable(path, {}, kPreviewRecords);
    if (!first) {
        m_firstRecords = {};
        m_mappingModel->setMapping({}, {});
        m_previewModel->setResponses({}, {});
        m_ui->toolLabel->clear();
        m_ui->summaryTextEdit->setPlainText(first.errorMessage());
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    m_firstRecords = std::move(first).value();
    const QList<QString> codes = m_sessionCodes.values();
    QSet<QString> upper;
    for (const QString& code : codes) {
        upper.insert(code.toUpper());
    }
    m_guess = guessSurveyMapping(m_firstRecords.records, upper);
    m_ui->toolLabel->setText(m_guess.tool == SurveyTool::Unknown
                                 ? tr("not recognised: check the mapping below")
                                 : surveyToolName(m_guess.tool));
    fillTemplates();
    applyTemplate(m_ui->templateComboBox->currentIndex());
    return true;
}

void SurveyImportDialog::fillTemplates()
{
    QComboBox* combo = m_ui->templateComboBox;
    combo->clear();
    combo->addItem(tr("Guessed from the file"));
    const QStringList headers = m_guess.headers();
    const Result<QList<SurveyTemplate>> saved =
        m_context.school.surveys().templatesFor(headerSignature(headers));
    if (saved) {
        for (const SurveyTemplate& entry : *saved) {
            combo->addItem(tr("Template “%1”").arg(entry.name), entry.mapping);
        }
    }
    // A template saved for these very headers is what the user wants again.
    combo->setCurrentIndex(combo->count() > 1 ? 1 : 0);
}

void SurveyImportDialog::applyTemplate(int index)
{
    SurveyMapping mapping = m_guess;
    if (index > 0) {
        if (const std::optional<SurveyMapping> saved =
                SurveyMapping::fromJson(m_ui->templateComboBox->itemData(index).toString())) {
            mapping = saved->appliedTo(m_guess.headers(), m_guess.headerRow);
            mapping.subHeaderRows = m_guess.subHeaderRows;
        }
    }
    const QSignalBlocker blockCheck(m_ui->fixedSessionCheckBox);
    const QSignalBlocker blockCombo(m_ui->sessionComboBox);
    const bool fixed = mapping.columnOf(SurveyRole::Session) < 0;
    m_ui->fixedSessionCheckBox->setChecked(fixed);
    m_ui->sessionComboBox->setEnabled(fixed);
    if (!mapping.sessionCode.isEmpty()) {
        const int at = m_ui->sessionComboBox->findData(mapping.sessionCode);
        m_ui->sessionComboBox->setCurrentIndex(at);
    }
    m_mappingModel->setMapping(mapping, m_firstRecords.records);
    m_ui->mappingTableView->resizeColumnsToContents();
    updatePreview();
}

SurveyMapping SurveyImportDialog::currentMapping() const
{
    SurveyMapping mapping = m_mappingModel->mapping();
    mapping.sessionCode.clear();
    if (m_ui->fixedSessionCheckBox->isChecked()) {
        for (SurveyColumn& column : mapping.columns) {
            if (column.role == SurveyRole::Session) {
                column.role = SurveyRole::Ignored;
            }
        }
        mapping.sessionCode = m_ui->sessionComboBox->currentData().toString();
    }
    return mapping;
}

const SurveyMapping& SurveyImportDialog::mapping() const
{
    return m_mappingModel->mapping();
}

void SurveyImportDialog::updatePreview()
{
    const SurveyMapping mapping = currentMapping();
    QPushButton* import = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
        m_previewModel->setResponses({}, {});
        m_ui->summaryTextEdit->setPlainText(problems.join(QLatin1Char('\n')));
        if (import) {
            import->setEnabled(false);
        }
        return;
    }
    SurveyImportOptions options;
    options.includeIncomplete = m_ui->includeIncompleteCheckBox->isChecked();
    SurveyImporter importer(m_context.school, mapping, options);
    MemoryTableReader reader(m_firstRecords);
    const Result<SurveyImportSummary> summary = importer.read(reader, QStringLiteral("-"));
    if (!summary) {
        m_previewModel->setResponses({}, {});
        m_ui->summaryTextEdit->setPlainText(summary.errorMessage());
        if (import) {
            import->setEnabled(false);
        }
        return;
    }
    m_previewModel->setResponses(importer.responses().mid(0, kPreviewResponses), m_sessionCodes);
    m_ui->previewTableView->resizeColumnsToContents();
    SurveyImportSummary shown = *summary;
    shown.fileName = QFileInfo(m_path).fileName();
    showSummary(shown, m_firstRecords.records.size() >= kPreviewRecords
                           ? tr("(Counted over the first %1 rows; the import reads them all.)")
                                 .arg(kPreviewRecords)
                           : QString());
    if (import) {
        import->setEnabled(!m_context.readOnly);
    }
}

void SurveyImportDialog::showSummary(const SurveyImportSummary& summary, const QString& note)
{
    m_summary = summary;
    QStringList lines = summary.lines();
    if (!note.isEmpty()) {
        lines << note;
    }
    m_ui->summaryTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

void SurveyImportDialog::saveTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save the mapping as a template"),
        tr("Name of the template, offered again for files with the same columns:"),
        QLineEdit::Normal, surveyToolName(m_guess.tool), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const SurveyMapping mapping = currentMapping();
    const Result<qint64> saved =
        m_context.school.surveys().saveTemplate({0,
                                                 name.trimmed(),
                                                 headerSignature(mapping.headers()),
                                                 surveyToolCode(mapping.tool),
                                                 mapping.toJson(),
                                                 {}});
    if (!saved) {
        MessageBox::warning(this, tr("The template was not saved"), saved.errorMessage());
        return;
    }
    fillTemplates();
    m_ui->templateComboBox->setCurrentIndex(
        m_ui->templateComboBox->findText(tr("Template “%1”").arg(name.trimmed())));
}

bool SurveyImportDialog::importFile()
{
    if (m_context.readOnly) {
        return false;
    }
    const SurveyMapping mapping = currentMapping();
    if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
        MessageBox::warning(this, tr("Nothing was imported"), problems.join(QLatin1Char('\n')));
        return false;
    }
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(m_path);
    if (!reader) {
        MessageBox::warning(this, tr("Nothing was imported"), reader.errorMessage());
        return false;
    }
    QProgressDialog progress(tr("Reading the file…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ImportProgress report(progress);

    SurveyImportOptions options;
    options.includeIncomplete = m_ui->includeIncompleteCheckBox->isChecked();
    SurveyImporter importer(m_context.school, mapping, options);
    Result<SurveyImportSummary> summary = importer.read(**reader, {}, report);
    if (summary) {
        progress.setLabelText(tr("Importing the responses…"));
        progress.setValue(0);
        summary = importer.apply(report);
    }
    progress.close();
    if (!summary) {
        MessageBox::warning(this, tr("Nothing was imported"), summary.errorMessage());
        return false;
    }
    showSummary(*summary);
    if (summary->applied) {
        m_imported = true;
        pushEdit(m_context.undoStack,
                 new SurveyImportCommand(m_context.school.surveys(), importer.imported()));
    }
    return true;
}

} // namespace truc2::ui
