// The school settings: organisation, name and logo on every document, headcounts per year and
// hours per day of training, saved all together as one undoable edit; a school without a
// name is refused beside the field; a read-only school shows them without saving.
#include "FileDialog.h"
#include "MessageBox.h"
#include "PageContext.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "commands/EditCommand.h"
#include "dialogs/SchoolSettingsDialog.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

using test::child;

void click(QWidget* dialog, const char* name)
{
    QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
}

/// Runs `answer` on the next modal dialog, once it shows.
void whenShown(std::function<void(QDialog*)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answer(dialog);
    });
}

SchoolSettings stored(test::TestSchool& school)
{
    const Result<SchoolSettings> read = school->settings().schoolSettings();
    return read ? *read : SchoolSettings{};
}

} // namespace

class TestSchoolSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QStringList m_errors;

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& message) { m_errors << message; });
    }

    void showsTheSettings()
    {
        const SchoolSettings settings{
            {QStringLiteral("Ville de Caluire-et-Cuire"), QStringLiteral("TRUC²"), QByteArray()},
            {{2020, 600}, {2021, 610}},
            7};
        SchoolSettingsDialog dialog(settings);
        QCOMPARE(child<QLineEdit>(&dialog, "organisationNameLineEdit")->text(),
                 settings.identity.organisationName);
        QCOMPARE(child<QLineEdit>(&dialog, "schoolNameLineEdit")->text(), QStringLiteral("TRUC²"));
        auto* table = child<QTableWidget>(&dialog, "headcountsTableWidget");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("2021"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("610"));
        QCOMPARE(child<QDoubleSpinBox>(&dialog, "hoursPerDaySpinBox")->value(), 7.0);
        QVERIFY(!child<QPushButton>(&dialog, "removeLogoPushButton")->isEnabled());
        QCOMPARE(dialog.settings(), settings);
    }

    void savesAsOneUndoableEdit()
    {
        test::TestSchool school;
        QVERIFY(
            school->settings().setIdentity({QStringLiteral("Ville"), QStringLiteral("École"), {}}));
        QVERIFY(school->settings().setHeadcount(2020, 600));
        const SchoolSettings before = stored(school);
        QUndoStack undo;

        QTemporaryDir dir;
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        QImage big(800, 1200, QImage::Format_RGB32);
        big.fill(Qt::darkBlue);
        QVERIFY(big.save(logoPath));
        FileDialog::setNextOpenFileName(logoPath);

        whenShown([](QDialog* dialog) {
            child<QLineEdit>(dialog, "organisationNameLineEdit")
                ->setText(QStringLiteral("Ville de Caluire-et-Cuire"));
            child<QLineEdit>(dialog, "schoolNameLineEdit")->setText(QStringLiteral("TRUC²"));
            click(dialog, "chooseLogoPushButton");
            QVERIFY(!child<QLabel>(dialog, "logoLabel")->pixmap().isNull());
            click(dialog, "addYearPushButton"); // 2021, starting from 2020's 600
            auto* table = child<QTableWidget>(dialog, "headcountsTableWidget");
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, 0)->data(Qt::EditRole).toInt(), 2021);
            table->item(1, 1)->setData(Qt::EditRole, 615);
            child<QDoubleSpinBox>(dialog, "hoursPerDaySpinBox")->setValue(7.5);
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(SchoolSettingsDialog::edit(PageContext{*school, undo, false}, nullptr));

        const SchoolSettings after = stored(school);
        QCOMPARE(after.identity.organisationName, QStringLiteral("Ville de Caluire-et-Cuire"));
        QCOMPARE(after.identity.schoolName, QStringLiteral("TRUC²"));
        QCOMPARE(after.headcounts, (QMap<int, int>{{2020, 600}, {2021, 615}}));
        QCOMPARE(after.hoursPerDay, 7.5);
        QCOMPARE(school->settings().hoursPerDay(), 7.5);
        QImage logo;
        QVERIFY(logo.loadFromData(after.identity.logoPng));
        QCOMPARE(logo.height(), 300); // printed a few centimetres wide: no need for more
        QCOMPARE(logo.width(), 200);

        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(stored(school), before);
        undo.redo();
        QCOMPARE(stored(school), after);
        QVERIFY(m_errors.isEmpty());
    }

    void removesYearsAndLogo()
    {
        test::TestSchool school;
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        QVERIFY(school->settings().setIdentity(
            {QStringLiteral("Ville"), QStringLiteral("École"), png}));
        QVERIFY(school->settings().setHeadcount(2019, 590));
        QVERIFY(school->settings().setHeadcount(2020, 600));
        QUndoStack undo;
        whenShown([](QDialog* dialog) {
            auto* table = child<QTableWidget>(dialog, "headcountsTableWidget");
            table->setCurrentCell(0, 1);
            click(dialog, "removeYearPushButton");
            QCOMPARE(table->rowCount(), 1);
            QVERIFY(child<QPushButton>(dialog, "removeLogoPushButton")->isEnabled());
            click(dialog, "removeLogoPushButton");
            QCOMPARE(child<QLabel>(dialog, "logoLabel")->text(), QStringLiteral("No logo"));
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(SchoolSettingsDialog::edit(PageContext{*school, undo, false}, nullptr));
        QCOMPARE(stored(school).headcounts, (QMap<int, int>{{2020, 600}}));
        QVERIFY(stored(school).identity.logoPng.isEmpty());
        QCOMPARE(school->settings().headcount(2019), 600); // the earliest known year stands in
        undo.undo();
        QCOMPARE(stored(school).headcounts, (QMap<int, int>{{2019, 590}, {2020, 600}}));
        QCOMPARE(stored(school).identity.logoPng, png);
    }

    void refusesASchoolWithoutName()
    {
        SchoolSettingsDialog dialog(
            SchoolSettings{{QString(), QStringLiteral("TRUC²"), {}}, {}, 6});
        dialog.show();
        child<QLineEdit>(&dialog, "schoolNameLineEdit")->clear();
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* problems = child<QLabel>(&dialog, "problemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("needs a name")));
        QVERIFY(!child<QLineEdit>(&dialog, "schoolNameLineEdit")->toolTip().isEmpty());
    }

    void unreadableLogoIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image at all");
        file.close();
        SchoolSettingsDialog dialog(
            SchoolSettings{{QString(), QStringLiteral("TRUC²"), {}}, {}, 6});
        dialog.show();
        MessageBox::takeShownTexts();
        FileDialog::setNextOpenFileName(path);
        click(&dialog, "chooseLogoPushButton");
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.front().contains(QStringLiteral("logo.png")), qPrintable(shown.front()));
        QVERIFY(dialog.settings().identity.logoPng.isEmpty());
    }

    void readOnlySchoolSavesNothing()
    {
        test::TestSchool school;
        QVERIFY(
            school->settings().setIdentity({QStringLiteral("Ville"), QStringLiteral("École"), {}}));
        QUndoStack undo;
        whenShown([](QDialog* dialog) {
            auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
            QVERIFY(!box->button(QDialogButtonBox::Ok));
            child<QLineEdit>(dialog, "schoolNameLineEdit")->setText(QStringLiteral("Autre"));
            box->button(QDialogButtonBox::Close)->click();
        });
        QVERIFY(!SchoolSettingsDialog::edit(PageContext{*school, undo, true}, nullptr));
        QCOMPARE(stored(school).identity.schoolName, QStringLiteral("École"));
        QCOMPARE(undo.count(), 0);
    }

    void oneChangeIsAnnouncedOnce()
    {
        test::TestSchool school;
        QSignalSpy changed(&school->settings(), &SettingsStore::changed);
        QVERIFY(school->settings().setSchoolSettings(
            {{QStringLiteral("Ville"), QStringLiteral("École"), {}},
             {{2020, 600}, {2021, 610}},
             7}));
        QCOMPARE(changed.count(), 1); // the views read the settings again once
        QVERIFY(!school->settings().setSchoolSettings(
            {{QStringLiteral("Ville"), QString(), {}}, {{2020, 600}}, 7}));
        QCOMPARE(changed.count(), 1); // nothing saved, nothing announced
    }

    void storeRefusesWhatTheDialogRefuses()
    {
        test::TestSchool school;
        SchoolSettings wrong{{QString(), QStringLiteral("TRUC²"), {}}, {{2020, -1}}, 30};
        QCOMPARE(SettingsStore::problems(wrong).size(), 2); // headcount, hours per day
        QVERIFY(!school->settings().setSchoolSettings(wrong));
        QCOMPARE(school->settings().hoursPerDay(), 6.0);
        QVERIFY(!school->settings().setHoursPerDay(0));
        QVERIFY(!school->settings().setHoursPerDay(25));
        QVERIFY(school->settings().setHoursPerDay(7));
        QCOMPARE(school->settings().hoursPerDay(), 7.0);
    }
};

QTEST_MAIN(TestSchoolSettingsDialog)
#include "tst_schoolsettingsdialog.moc"
