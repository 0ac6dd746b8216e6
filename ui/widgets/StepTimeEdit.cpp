#include "widgets/StepTimeEdit.h"

#include <algorithm>

namespace truc2::ui {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

} // namespace

StepTimeEdit::StepTimeEdit(QWidget* parent)
    : QTimeEdit(parent)
{
    setDisplayFormat(QStringLiteral("HH:mm"));
}

void StepTimeEdit::setMinuteStep(int minutes)
{
    m_minuteStep = std::clamp(minutes, 1, 60);
}

void StepTimeEdit::stepBy(int steps)
{
    if (currentSection() != MinuteSection || steps == 0) {
        QTimeEdit::stepBy(steps);
        return;
    }
    const int now = time().hour() * 60 + time().minute();
    // Onto the grid first: a step up from 12:17 reaches 12:20, a step down 12:15.
    const int onGrid = steps > 0 ? now / m_minuteStep * m_minuteStep
                                 : (now + m_minuteStep - 1) / m_minuteStep * m_minuteStep;
    const int last = (kMinutesPerDay - 1) / m_minuteStep * m_minuteStep;
    const int next = std::clamp(onGrid + steps * m_minuteStep, 0, last);
    setTime(QTime(next / 60, next % 60));
}

QAbstractSpinBox::StepEnabled StepTimeEdit::stepEnabled() const
{
    if (currentSection() != MinuteSection) {
        return QTimeEdit::stepEnabled();
    }
    const int now = time().hour() * 60 + time().minute();
    StepEnabled enabled = StepNone;
    if (now > 0) {
        enabled |= StepDownEnabled;
    }
    if (now < (kMinutesPerDay - 1) / m_minuteStep * m_minuteStep) {
        enabled |= StepUpEnabled;
    }
    return enabled;
}

} // namespace truc2::ui
