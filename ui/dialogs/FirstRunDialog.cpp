#include "dialogs/FirstRunDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace truc2::ui {

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to TRUC²"));
    auto* intro = new QLabel(
        tr("<p><b>No school yet in %1.</b></p><p>Discover the program on the demo school (600 "
           "agents, the five formats, the 2019–2021 programme and its published figures), "
           "start your own school, or connect to the school your colleagues share on a "
           "server.</p>")
            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_demo = new QRadioButton(tr("Open the &demo school"), this);
    m_demo->setObjectName(QStringLiteral("demoRadioButton"));
    m_empty = new QRadioButton(tr("Start an &empty school"), this);
    m_empty->setObjectName(QStringLiteral("emptyRadioButton"));
    m_server = new QRadioButton(tr("Connect to a s&hared school on a server…"), this);
    m_server->setObjectName(QStringLiteral("serverRadioButton"));
    m_demo->setChecked(true);

    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_organisation->setPlaceholderText(tr("e.g. Ville de Caluire-et-Cuire"));
    m_school = new QLineEdit(QStringLiteral("TRUC²"), this);
    m_school->setObjectName(QStringLiteral("schoolLineEdit"));
    m_headcount = new QSpinBox(this);
    m_headcount->setObjectName(QStringLiteral("headcountSpinBox"));
    m_headcount->setRange(1, 1'000'000);
    m_headcount->setValue(600);
    m_headcount->setSuffix(tr(" permanent agents"));

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&School:"), m_school);
    form->addRow(tr("&Headcount:"), m_headcount);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addWidget(m_server);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_empty, &QRadioButton::toggled, this, &FirstRunDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

void FirstRunDialog::updateFields()
{
    const bool empty = m_empty->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_organisation, m_school, m_headcount}) {
        w->setEnabled(empty);
    }
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    if (m_server->isChecked()) {
        return Choice::Server;
    }
    return m_empty->isChecked() ? Choice::Empty : Choice::Demo;
}

QString FirstRunDialog::organisationName() const
{
    return m_organisation->text().trimmed();
}

QString FirstRunDialog::schoolName() const
{
    return m_school->text().trimmed();
}

int FirstRunDialog::headcount() const
{
    return m_headcount->value();
}

void FirstRunDialog::accept()
{
    if (choice() == Choice::Empty && (organisationName().isEmpty() || schoolName().isEmpty())) {
        MessageBox::warning(this, windowTitle(),
                            tr("Give the name of the organisation and of the school: they head "
                               "every printed sheet and report."));
        (organisationName().isEmpty() ? m_organisation : m_school)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace truc2::ui
