#include "documents/SchoolYearDialog.h"

#include "documents/CatalogueBrochure.h"
#include "ui_SchoolYearDialog.h"

namespace truc2::ui {

SchoolYearDialog::SchoolYearDialog(int first, int last, int current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SchoolYearDialog>())
{
    m_ui->setupUi(this);
    for (int year = std::min(first, current); year <= std::max(last, current); ++year) {
        m_ui->schoolYearComboBox->addItem(schoolYearLabel(Period::schoolYear(year)), year);
    }
    setSchoolYear(current);
}

SchoolYearDialog::~SchoolYearDialog() = default;

Period SchoolYearDialog::schoolYear() const
{
    return Period::schoolYear(m_ui->schoolYearComboBox->currentData().toInt());
}

void SchoolYearDialog::setSchoolYear(int startYear)
{
    const int index = m_ui->schoolYearComboBox->findData(startYear);
    if (index >= 0) {
        m_ui->schoolYearComboBox->setCurrentIndex(index);
    }
}

} // namespace truc2::ui
