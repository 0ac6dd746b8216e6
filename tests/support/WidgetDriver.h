#pragma once

// Driving real widgets from Qt Test: answering modal dialogs, typing as a user types.

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace truc2::test {

/// Answers the next modal dialog of type D: `fill` fills it, then OK is pressed. When the
/// dialog stays open (it refused what was typed), `stillOpen` sees it before Cancel is pressed.
template <typename D>
void answerDialog(const std::function<void(D*)>& fill,
                  const std::function<void(D*)>& stillOpen = {})
{
    QTimer::singleShot(0, [fill, stillOpen] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        auto* buttons = dialog->template findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) {
            if (stillOpen) {
                stillOpen(dialog);
            }
            dialog->reject();
        }
    });
}

/// The same, noting the problems the dialog showed when it stayed open ("(hidden)" when it
/// stayed open without showing any).
template <typename D>
void answerDialog(const std::function<void(D*)>& fill, QString* problems)
{
    answerDialog<D>(fill, [problems](D* dialog) {
        auto* label = dialog->template findChild<QLabel*>(QStringLiteral("problemsLabel"));
        *problems = label && label->isVisible() ? label->text() : QStringLiteral("(hidden)");
    });
}

/// The widget of type W named `name` under `root`; stops the test program when there is none
/// (a renamed widget, not a behaviour to test).
template <typename W>
W* child(const QWidget* root, const char* name)
{
    auto* widget = root->findChild<W*>(QLatin1String(name));
    if (!widget) {
        qFatal("No widget named %s", name);
    }
    return widget;
}

/// Clicks OK in the button box (named "buttonBox") of `dialog`.
inline void clickOk(QWidget* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

/// Replaces the text of the line edit named `name` under `root`, key by key.
inline void type(QWidget* root, const char* name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // QTest::keyClicks knows no key for "é" or "²": send each character as a key's text.
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// The display texts of one column of a view, top to bottom.
inline QStringList column(const QTableView* view, int column)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        values << view->model()->index(row, column).data().toString();
    }
    return values;
}

} // namespace truc2::test
