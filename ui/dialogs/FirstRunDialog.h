#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace truc2::ui {

/// Shown when the school file does not exist yet: open the demo school to discover the
/// program, start an empty school with its name and headcount, or connect to the school the
/// colleagues share on a server.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Demo,
        Empty,
        Server
    };

    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);

    Choice choice() const;
    QString organisationName() const;
    QString schoolName() const;
    int headcount() const;

    void accept() override;

private:
    void updateFields();

    QRadioButton* m_demo = nullptr;
    QRadioButton* m_empty = nullptr;
    QRadioButton* m_server = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_school = nullptr;
    QSpinBox* m_headcount = nullptr;
};

} // namespace truc2::ui
