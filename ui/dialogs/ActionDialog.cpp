#include "dialogs/ActionDialog.h"

#include "itemmodels/ActionTableModel.h"
#include "storage/CatalogueStore.h"
#include "ui_ActionDialog.h"

namespace truc2::ui {
namespace {

const QString kProblemStyle = QStringLiteral("border: 2px solid #c0392b;");

} // namespace

ActionDialog::ActionDialog(CatalogueStore& store, const Action& action, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActionDialog>())
    , m_store(store)
    , m_action(action)
{
    m_ui->setupUi(this);
    setWindowTitle(action.id > 0 ? tr("Edit “%1”").arg(action.title) : tr("New action"));
    // The long texts get the room; the one-line fields keep their natural height.
    for (QPlainTextEdit* edit : {m_ui->summaryPlainTextEdit, m_ui->objectivesPlainTextEdit,
                                 m_ui->prerequisitesPlainTextEdit}) {
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->formatComboBox, m_ui->titleLineEdit,
                                         m_ui->durationHoursSpinBox, m_ui->capacitySpinBox}) {
        m_toolTips.insert(w, w->toolTip());
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ActionDialog::reject);

    fillFormats();
    m_ui->titleLineEdit->setText(action.title);
    m_ui->summaryPlainTextEdit->setPlainText(action.summary);
    m_ui->objectivesPlainTextEdit->setPlainText(action.objectives);
    m_ui->audienceLineEdit->setText(action.audience);
    m_ui->prerequisitesPlainTextEdit->setPlainText(action.prerequisites);
    m_ui->durationHoursSpinBox->setValue(action.durationMinutes / 60);
    m_ui->durationMinutesSpinBox->setValue(action.durationMinutes % 60);
    m_ui->capacitySpinBox->setValue(action.defaultCapacity);
    m_ui->tagsLineEdit->setText(action.tags);
    m_ui->activeCheckBox->setChecked(action.active);
    m_ui->titleLineEdit->setFocus();
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::fillFormats()
{
    QComboBox* combo = m_ui->formatComboBox;
    combo->clear();
    if (m_action.formatId <= 0) {
        combo->addItem(QString(), qint64(0));
    }
    if (const Result<QList<Format>> formats = m_store.formats()) {
        for (const Format& f : *formats) {
            if (f.active) {
                combo->addItem(f.name, f.id);
            } else if (f.id == m_action.formatId) {
                combo->addItem(tr("%1 (retired)").arg(f.name), f.id);
            }
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(m_action.formatId)));
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.formatId = m_ui->formatComboBox->currentData().toLongLong();
    a.title = m_ui->titleLineEdit->text().trimmed();
    a.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
    a.objectives = m_ui->objectivesPlainTextEdit->toPlainText().trimmed();
    a.audience = m_ui->audienceLineEdit->text().trimmed();
    a.prerequisites = m_ui->prerequisitesPlainTextEdit->toPlainText().trimmed();
    a.durationMinutes =
        m_ui->durationHoursSpinBox->value() * 60 + m_ui->durationMinutesSpinBox->value();
    a.defaultCapacity = m_ui->capacitySpinBox->value();
    a.tags = ActionTableModel::splitTags(m_ui->tagsLineEdit->text()).join(QStringLiteral(", "));
    a.active = m_ui->activeCheckBox->isChecked();
    return a;
}

QWidget* ActionDialog::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("duration")) {
        return m_ui->durationHoursSpinBox;
    }
    for (const QString& kind : {QStringLiteral("LineEdit"), QStringLiteral("ComboBox"),
                                QStringLiteral("SpinBox"), QStringLiteral("PlainTextEdit")}) {
        if (QWidget* w = findChild<QWidget*>(field + kind)) {
            return w;
        }
    }
    return nullptr;
}

void ActionDialog::showProblems(const QList<FieldProblem>& problems)
{
    for (auto it = m_toolTips.cbegin(); it != m_toolTips.cend(); ++it) {
        it.key()->setStyleSheet(QString());
        it.key()->setToolTip(it.value());
    }
    QStringList lines;
    for (const FieldProblem& p : problems) {
        lines << p.message.toHtmlEscaped();
        if (QWidget* w = fieldWidget(p.field); w && m_toolTips.contains(w)) {
            w->setStyleSheet(kProblemStyle);
            w->setToolTip(p.message);
        }
    }
    m_ui->problemsLabel->setText(QStringLiteral("<span style='color:#c0392b'>") +
                                 lines.join(QStringLiteral("<br>")) + QStringLiteral("</span>"));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        if (QWidget* w = fieldWidget(problems.first().field)) {
            w->setFocus();
        }
    }
}

void ActionDialog::accept()
{
    const QList<FieldProblem> problems = m_store.problems(action());
    showProblems(problems);
    if (problems.isEmpty()) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
