#pragma once

#include <QMessageBox>
#include <QStringList>

namespace truc2::ui {

/// QMessageBox's static calls, answerable in advance by tests: with automatic answers on,
/// nothing is shown, the texts are recorded, and the prepared (or default) answer is returned.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    /// A question whose buttons say what they do ("This session only", "The rest of the
    /// series"): each standard button of `buttons` gets the text given for it.
    static QMessageBox::StandardButton
    choose(QWidget* parent, const QString& title, const QString& text,
           const QList<std::pair<QMessageBox::StandardButton, QString>>& buttons,
           QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    /// Tests: answer every box without showing it.
    static void setAutomaticAnswers(bool on);
    /// Tests: the answer the next question gets (then the default button again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: the texts of the boxes answered automatically, oldest first; cleared by take.
    static QStringList takeShownTexts();

private:
    static QMessageBox::StandardButton
    show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QList<std::pair<QMessageBox::StandardButton, QString>>& texts = {});
};

} // namespace truc2::ui
