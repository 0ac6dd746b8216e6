#pragma once

#include "stats/PeriodFigures.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SchoolYearDialog;
}

namespace truc2::ui {

/// Asks for a school year (September to August), among those from `first` to `last`, with
/// `current` chosen.
class SchoolYearDialog : public QDialog
{
    Q_OBJECT

public:
    /// Years are given by the year they start in: 2026 for 2026–2027.
    SchoolYearDialog(int first, int last, int current, QWidget* parent = nullptr);
    ~SchoolYearDialog() override;

    Period schoolYear() const;
    void setSchoolYear(int startYear);

private:
    std::unique_ptr<Ui::SchoolYearDialog> m_ui;
};

} // namespace truc2::ui
