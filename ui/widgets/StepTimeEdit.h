#pragma once

#include <QTimeEdit>

namespace truc2::ui {

/// A time edit whose arrows and wheel move the minutes by a step (5 by default) along a grid
/// (12:17 goes up to 12:20, down to 12:15), carrying into the hours; typing stays free.
class StepTimeEdit : public QTimeEdit
{
    Q_OBJECT

public:
    explicit StepTimeEdit(QWidget* parent = nullptr);

    int minuteStep() const { return m_minuteStep; }
    void setMinuteStep(int minutes);

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_minuteStep = 5;
};

} // namespace truc2::ui
