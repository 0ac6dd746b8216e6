#include "dialogs/ActionDialog.h"

#include "dialogs/FieldProblems.h"
#include "itemmodels/ActionTableModel.h"
#include "storage/CatalogueStore.h"
#include "ui_ActionDialog.h"

namespace truc2::ui {
namespace {} // namespace

ActionDialog::ActionDialog(CatalogueStore& store, const Action& action, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActionDialog>())
    , m_store(store)
    , m_action(action)
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    setWindowTitle(action.id > 0 ? tr("Edit “%1”").arg(action.title) : tr("New action"));
    // The long texts get the room; the one-line fields keep their natural height.
    for (QPlainTextEdit* edit : {m_ui->summaryPlainTextEdit, m_ui->objectivesPlainTextEdit,
                                 m_ui->prerequisitesPlainTextEdit}) {
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_problems->setAlias(QStringLiteral("duration"), m_ui->durationHoursSpinBox);
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

void ActionDialog::accept()
{
    if (m_problems->show(m_store.problems(action()))) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
