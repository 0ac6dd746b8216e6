#include "dialogs/ClosedDaysDialog.h"

#include "domain/PublicHolidays.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace truc2::ui {

ClosedDaysDialog::ClosedDaysDialog(const Period& schoolYear, const QMap<QDate, QString>& days,
                                   QWidget* parent)
    : QDialog(parent)
    , m_year(schoolYear)
    , m_days(days)
{
    setObjectName(QStringLiteral("closedDaysDialog"));
    setWindowTitle(tr("Closed days %1–%2").arg(schoolYear.from.year()).arg(schoolYear.to.year()));

    auto* intro = new QLabel(tr("Days the school is closed from %1 to %2: no session can be "
                                "planned on them.")
                                 .arg(schoolYear.from.toString(QStringLiteral("dd/MM/yyyy")),
                                      schoolYear.to.toString(QStringLiteral("dd/MM/yyyy"))),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("closedDaysTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 170);

    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("dayDateEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setDateRange(schoolYear.from, schoolYear.to);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelLineEdit"));
    m_label->setPlaceholderText(tr("Reason: strike, summer closure…"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto* holidays = new QPushButton(tr("Add the &public holidays"), this);
    holidays->setObjectName(QStringLiteral("holidaysButton"));
    holidays->setToolTip(tr("The French public holidays of the school year: 1 November, "
                            "Christmas, Easter Monday, 1 and 8 May, Ascension, Whit Monday…"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_day);
    entry->addWidget(m_label, 1);
    entry->addWidget(add);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_remove);
    actions->addWidget(holidays);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(entry);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(520, 480);

    connect(add, &QPushButton::clicked, this, [this] {
        if (addDay(m_day->date(), m_label->text())) {
            m_label->clear();
        }
    });
    connect(m_label, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem*> chosen = m_table->selectedItems();
        for (QTableWidgetItem* item : chosen) {
            if (item->column() == 0) {
                m_days.remove(item->data(Qt::UserRole).toDate());
            }
        }
        refresh();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(holidays, &QPushButton::clicked, this, &ClosedDaysDialog::addPublicHolidays);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

bool ClosedDaysDialog::addDay(const QDate& day, const QString& label)
{
    if (!day.isValid() || day < m_year.from || day > m_year.to) {
        return false;
    }
    m_days.insert(day, label.simplified());
    refresh();
    return true;
}

void ClosedDaysDialog::addPublicHolidays()
{
    for (int year = m_year.from.year(); year <= m_year.to.year(); ++year) {
        for (const PublicHoliday& h : frenchPublicHolidays(year)) {
            if (h.day >= m_year.from && h.day <= m_year.to && !m_days.contains(h.day)) {
                m_days.insert(h.day, h.name);
            }
        }
    }
    refresh();
}

void ClosedDaysDialog::refresh()
{
    const QLocale locale;
    m_table->setRowCount(int(m_days.size()));
    int row = 0;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it, ++row) {
        auto* day =
            new QTableWidgetItem(locale.toString(it.key(), QStringLiteral("ddd dd/MM/yyyy")));
        day->setData(Qt::UserRole, it.key());
        m_table->setItem(row, 0, day);
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace truc2::ui
