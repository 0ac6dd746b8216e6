#pragma once

#include "storage/SettingsStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SchoolSettingsDialog;
}

namespace truc2::ui {

class FieldProblems;
struct PageContext;

/// The school's own settings, shared by every workstation: the organisation, the school's
/// name and logo that head every document, the permanent headcount of each year (the reach's
/// denominator) and how many hours make a day of training in the social report's figures.
class SchoolSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchoolSettingsDialog(const SchoolSettings& settings, QWidget* parent = nullptr);
    ~SchoolSettingsDialog() override;

    /// The settings as edited.
    SchoolSettings settings() const;

    void accept() override;

    /// Reads the settings, lets the user change them and saves the change as one undoable
    /// edit. False when nothing was saved (cancelled, unchanged, refused, or read-only).
    static bool edit(const PageContext& context, QWidget* parent);

private:
    void showLogo();
    void chooseLogo();
    void addYear();
    void removeYear();
    void appendYear(int year, int headcount);

    std::unique_ptr<Ui::SchoolSettingsDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    QByteArray m_logoPng;
};

} // namespace truc2::ui
