#include "dialogs/SchoolSettingsDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PageContext.h"
#include "School.h"
#include "commands/FunctionCommand.h"
#include "dialogs/FieldProblems.h"
#include "ui_SchoolSettingsDialog.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QImageReader>
#include <QUndoStack>

namespace truc2::ui {
namespace {

enum HeadcountColumn
{
    YearColumn,
    AgentsColumn,
    HeadcountColumnCount
};

/// A logo is printed a few centimetres wide: more pixels only make every document heavier.
constexpr int kLogoMaxHeight = 300;

} // namespace

SchoolSettingsDialog::SchoolSettingsDialog(const SchoolSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SchoolSettingsDialog>())
    , m_logoPng(settings.identity.logoPng)
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    m_problems->setAlias(QStringLiteral("headcounts"), m_ui->headcountsTableWidget);

    m_ui->organisationNameLineEdit->setText(settings.identity.organisationName);
    m_ui->schoolNameLineEdit->setText(settings.identity.schoolName);
    m_ui->hoursPerDaySpinBox->setValue(settings.hoursPerDay);

    QTableWidget* table = m_ui->headcountsTableWidget;
    table->setColumnCount(HeadcountColumnCount);
    table->setHorizontalHeaderLabels({tr("Year"), tr("Permanent agents")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (auto it = settings.headcounts.cbegin(); it != settings.headcounts.cend(); ++it) {
        appendYear(it.key(), it.value());
    }
    showLogo();

    connect(m_ui->chooseLogoPushButton, &QPushButton::clicked, this,
            &SchoolSettingsDialog::chooseLogo);
    connect(m_ui->removeLogoPushButton, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    connect(m_ui->addYearPushButton, &QPushButton::clicked, this, &SchoolSettingsDialog::addYear);
    connect(m_ui->removeYearPushButton, &QPushButton::clicked, this,
            &SchoolSettingsDialog::removeYear);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SchoolSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SchoolSettingsDialog::reject);
}

SchoolSettingsDialog::~SchoolSettingsDialog() = default;

SchoolSettings SchoolSettingsDialog::settings() const
{
    SchoolSettings s;
    s.identity.organisationName = m_ui->organisationNameLineEdit->text().trimmed();
    s.identity.schoolName = m_ui->schoolNameLineEdit->text().trimmed();
    s.identity.logoPng = m_logoPng;
    s.hoursPerDay = m_ui->hoursPerDaySpinBox->value();
    const QTableWidget* table = m_ui->headcountsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        s.headcounts.insert(table->item(row, YearColumn)->data(Qt::EditRole).toInt(),
                            table->item(row, AgentsColumn)->data(Qt::EditRole).toInt());
    }
    return s;
}

void SchoolSettingsDialog::accept()
{
    if (m_problems->show(SettingsStore::problems(settings()))) {
        QDialog::accept();
    }
}

void SchoolSettingsDialog::showLogo()
{
    QImage image;
    if (!m_logoPng.isEmpty() && image.loadFromData(m_logoPng)) {
        m_ui->logoLabel->setPixmap(QPixmap::fromImage(image.scaled(
            m_ui->logoLabel->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_ui->logoLabel->setPixmap({});
        m_ui->logoLabel->setText(tr("No logo"));
    }
    m_ui->removeLogoPushButton->setEnabled(!m_logoPng.isEmpty());
}

void SchoolSettingsDialog::chooseLogo()
{
    const QString path = FileDialog::openFileName(
        this, tr("Choose the logo"), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"));
    if (path.isEmpty()) {
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        MessageBox::warning(this, tr("Logo"),
                            tr("%1 is not an image that can be read: %2")
                                .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return;
    }
    if (image.height() > kLogoMaxHeight) {
        image = image.scaledToHeight(kLogoMaxHeight, Qt::SmoothTransformation);
    }
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
}

void SchoolSettingsDialog::appendYear(int year, int headcount)
{
    QTableWidget* table = m_ui->headcountsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* yearItem = new QTableWidgetItem;
    yearItem->setData(Qt::EditRole, year);
    yearItem->setFlags(yearItem->flags() & ~Qt::ItemIsEditable);
    table->setItem(row, YearColumn, yearItem);
    auto* agents = new QTableWidgetItem;
    agents->setData(Qt::EditRole, headcount);
    table->setItem(row, AgentsColumn, agents);
}

void SchoolSettingsDialog::addYear()
{
    // The year after the last one, with its headcount to start from; this year at first.
    QTableWidget* table = m_ui->headcountsTableWidget;
    const int rows = table->rowCount();
    const int year = rows == 0 ? QDate::currentDate().year()
                               : table->item(rows - 1, YearColumn)->data(Qt::EditRole).toInt() + 1;
    const int headcount =
        rows == 0 ? 0 : table->item(rows - 1, AgentsColumn)->data(Qt::EditRole).toInt();
    appendYear(year, headcount);
    table->setCurrentCell(rows, AgentsColumn);
    table->editItem(table->item(rows, AgentsColumn));
}

void SchoolSettingsDialog::removeYear()
{
    QTableWidget* table = m_ui->headcountsTableWidget;
    if (table->currentRow() >= 0) {
        table->removeRow(table->currentRow());
    }
}

bool SchoolSettingsDialog::edit(const PageContext& context, QWidget* parent)
{
    SettingsStore& store = context.school.settings();
    const Result<SchoolSettings> before = store.schoolSettings();
    if (!before) {
        MessageBox::warning(parent, tr("School settings"), before.errorMessage());
        return false;
    }
    SchoolSettingsDialog dialog(*before, parent);
    if (context.readOnly) {
        dialog.m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    }
    if (dialog.exec() != QDialog::Accepted || context.readOnly) {
        return false;
    }
    const SchoolSettings after = dialog.settings();
    if (after == *before) {
        return false;
    }
    return pushEdit(context.undoStack,
                    new FunctionCommand(
                        tr("Change the school settings"),
                        [&store, after] { return store.setSchoolSettings(after); },
                        [&store, old = *before] { return store.setSchoolSettings(old); }));
}

} // namespace truc2::ui
