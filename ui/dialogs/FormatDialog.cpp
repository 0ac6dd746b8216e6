#include "dialogs/FormatDialog.h"

#include "dialogs/FieldProblems.h"
#include "itemmodels/FormatTableModel.h"
#include "storage/CatalogueStore.h"
#include "ui_FormatDialog.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>

namespace truc2::ui {
namespace {} // namespace

FormatDialog::FormatDialog(CatalogueStore& store, const Format& format, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FormatDialog>())
    , m_store(store)
    , m_format(format)
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    setWindowTitle(format.id > 0 ? tr("Edit %1").arg(format.name) : tr("New format"));

    for (RegistrationMode mode : {RegistrationMode::Capacity, RegistrationMode::Open,
                                  RegistrationMode::Closed, RegistrationMode::Cycle}) {
        m_ui->registrationModeComboBox->addItem(FormatTableModel::registrationModeLabel(mode),
                                                int(mode));
    }
    // Letters and digits only, shown in capitals as typed: it begins every session code.
    m_ui->codeLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,6}")), m_ui->codeLineEdit));
    connect(m_ui->codeLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_ui->codeLineEdit->cursorPosition();
        m_ui->codeLineEdit->setText(text.toUpper());
        m_ui->codeLineEdit->setCursorPosition(cursor);
    });
    connect(m_ui->colourPushButton, &QPushButton::clicked, this, &FormatDialog::chooseColour);
    connect(m_ui->registrationModeComboBox, &QComboBox::currentIndexChanged, this,
            &FormatDialog::updateModeHint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FormatDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FormatDialog::reject);

    m_ui->nameLineEdit->setText(format.name);
    m_ui->codeLineEdit->setText(format.code);
    m_ui->nounSingularLineEdit->setText(format.nounSingular);
    m_ui->nounPluralLineEdit->setText(format.nounPlural);
    setColour(format.colour);
    m_ui->registrationModeComboBox->setCurrentIndex(
        m_ui->registrationModeComboBox->findData(int(format.registrationMode)));
    m_ui->activeCheckBox->setChecked(format.active);
    updateModeHint();
    m_ui->nameLineEdit->setFocus();
}

FormatDialog::~FormatDialog() = default;

void FormatDialog::setColour(const QColor& colour)
{
    if (!colour.isValid()) {
        return;
    }
    m_colour = colour;
    QPixmap swatch(32, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(colour);
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    painter.end();
    m_ui->colourPushButton->setIcon(QIcon(swatch));
    m_ui->colourPushButton->setIconSize(swatch.size());
    m_ui->colourPushButton->setText(colour.name().toUpper());
}

void FormatDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Colour of the format"));
    if (chosen.isValid()) {
        setColour(chosen);
    }
}

void FormatDialog::updateModeHint()
{
    const auto mode = RegistrationMode(m_ui->registrationModeComboBox->currentData().toInt());
    m_ui->registrationModeHintLabel->setText(FormatTableModel::registrationModeDescription(mode));
}

Format FormatDialog::format() const
{
    Format f = m_format;
    f.name = m_ui->nameLineEdit->text().trimmed();
    f.code = m_ui->codeLineEdit->text().trimmed().toUpper();
    f.nounSingular = m_ui->nounSingularLineEdit->text().trimmed();
    f.nounPlural = m_ui->nounPluralLineEdit->text().trimmed();
    f.colour = m_colour;
    f.registrationMode = RegistrationMode(m_ui->registrationModeComboBox->currentData().toInt());
    f.active = m_ui->activeCheckBox->isChecked();
    return f;
}

void FormatDialog::accept()
{
    if (m_problems->show(m_store.problems(format()))) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
