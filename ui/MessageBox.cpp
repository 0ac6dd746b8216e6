#include "MessageBox.h"

#include <QAbstractButton>

namespace truc2::ui {
namespace {

bool s_automatic = false;
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QStringList s_shown;

} // namespace

QMessageBox::StandardButton
MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                 const QList<std::pair<QMessageBox::StandardButton, QString>>& texts)
{
    if (s_automatic) {
        s_shown << text;
        const QMessageBox::StandardButton answer =
            s_nextAnswer != QMessageBox::NoButton ? s_nextAnswer : defaultButton;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto& [button, label] : texts) {
        box.button(button)->setText(label);
    }
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton
MessageBox::choose(QWidget* parent, const QString& title, const QString& text,
                   const QList<std::pair<QMessageBox::StandardButton, QString>>& buttons,
                   QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButtons all;
    for (const auto& entry : buttons) {
        all |= entry.first;
    }
    return show(QMessageBox::Question, parent, title, text, all, defaultButton, buttons);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setAutomaticAnswers(bool on)
{
    s_automatic = on;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QStringList MessageBox::takeShownTexts()
{
    return std::exchange(s_shown, {});
}

} // namespace truc2::ui
