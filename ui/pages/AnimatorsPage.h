#pragma once

#include "PageContext.h"
#include "stats/PeriodFigures.h"
#include "widgets/PeriodSelector.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace truc2 {
class AnimatorFilterModel;
class AnimatorTableModel;
} // namespace truc2

namespace truc2::ui {

/// The animators, internal agents and external speakers, over a period (the current school
/// year at first): what each animated, to whom, how it was received, and whether they took
/// the facilitation training. A double-click opens the person to record that training.
class AnimatorsPage : public QWidget
{
    Q_OBJECT

public:
    using PeriodKind = PeriodSelector::Kind;

    explicit AnimatorsPage(PageContext context, QWidget* parent = nullptr);
    ~AnimatorsPage() override;

    AnimatorTableModel* model() const { return m_model; }
    AnimatorFilterModel* filterModel() const { return m_filter; }

    PeriodKind periodKind() const;
    /// The period shown; invalid for all time.
    Period period() const;
    void showSchoolYear(int startYear);
    void showCalendarYear(int year);
    void showAllTime();
    /// A period of one's own, both days included.
    void showPeriod(const Period& period);
    /// The school or calendar year before or after the one shown.
    void showPreviousPeriod();
    void showNextPeriod();

    /// The person of the current row, or 0.
    qint64 selectedPersonId() const;
    /// Opens the current row's person in the agent dialog; true when they were changed.
    bool editSelectedAnimator();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPeriod();
    void updateSummary();
    void updateActions();

    PageContext m_context;
    AnimatorTableModel* m_model = nullptr;
    AnimatorFilterModel* m_filter = nullptr;
    PeriodSelector* m_period = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_animatorKind = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_attestation = nullptr;
};

} // namespace truc2::ui
