// The school's tables for spreadsheet users, read from SmallSchool where every row is known.
#include "SmallSchool.h"
#include "storage/ExportSources.h"
#include "storage/SessionStore.h"

#include <QTest>

using namespace truc2;
using namespace truc2::test;

namespace {

qsizetype columnOf(const ExportTable& table, const QString& title)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).title == title) {
            return c;
        }
    }
    qWarning("no column %s", qPrintable(title));
    return -1;
}

QVariant cell(const ExportTable& table, qsizetype row, const QString& title)
{
    return table.rows.at(row).value(columnOf(table, title));
}

QStringList column(const ExportTable& table, const QString& title)
{
    QStringList values;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        values.append(cell(table, r, title).toString());
    }
    return values;
}

} // namespace

class TestExportSources : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmallSchool> m_small;

    ExportSources sources() { return ExportSources(m_small->school->database()); }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = backendUnavailableReason(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        m_small = std::make_unique<SmallSchool>();
        School& s = m_small->school.school();
        Agent zed;
        zed.matricule = QStringLiteral("00123");
        zed.lastName = QStringLiteral("Zed");
        zed.firstName = QStringLiteral("Zoé");
        zed.email = QStringLiteral("zoe.zed@ville.invalid");
        zed.gender = Gender::Female;
        zed.category = Category::B;
        zed.status = QStringLiteral("Titulaire");
        QVERIFY(s.agents().insert(zed));
        SurveyResponse later;
        later.formatId = m_small->ec;
        later.submittedAt = QDateTime(QDate(2021, 6, 1), QTime(10, 30));
        later.satisfactionRaw = QStringLiteral("Très satisfait(e)");
        later.satisfaction = 1.0;
        later.wouldRecommend = false;
        later.comment = QStringLiteral("=HYPERLINK(\"http://x.invalid\")");
        QVERIFY(s.sessions().insertResponse(later));
    }

    void agents()
    {
        const Result<ExportTable> t = sources().agents();
        QVERIFY2(t, t ? "" : qPrintable(t.errorMessage()));
        QCOMPARE(t->rows.size(), 9);
        for (const ExportColumn& c : t->columns) {
            QCOMPARE(c.type, ExportType::Text);
        }
        QCOMPARE(
            column(*t, QStringLiteral("Last name")),
            (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cyd"),
                         QStringLiteral("Dan"), QStringLiteral("Eve"), QStringLiteral("Fay"),
                         QStringLiteral("Gus"), QStringLiteral("Old"), QStringLiteral("Zed")}));
        const qsizetype zed = 8;
        QCOMPARE(cell(*t, zed, QStringLiteral("Matricule")), QVariant(QStringLiteral("00123")));
        QCOMPARE(cell(*t, zed, QStringLiteral("Gender")), QVariant(QStringLiteral("F")));
        QCOMPARE(cell(*t, zed, QStringLiteral("Category")), QVariant(QStringLiteral("B")));
        QCOMPARE(cell(*t, zed, QStringLiteral("E-mail")),
                 QVariant(QStringLiteral("zoe.zed@ville.invalid")));
        QCOMPARE(cell(*t, zed, QStringLiteral("Active")), QVariant(QStringLiteral("Yes")));
        QCOMPARE(cell(*t, 7, QStringLiteral("Active")), QVariant(QStringLiteral("No")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Service")), QVariant(QStringLiteral("Médiathèque")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Direction")), QVariant(QStringLiteral("Culture")));
        // No matricule is an empty cell, not "".
        QVERIFY(!cell(*t, 0, QStringLiteral("Matricule")).isValid());
    }

    void sessions()
    {
        const Result<ExportTable> all = sources().sessions();
        QVERIFY(all);
        QCOMPARE(column(*all, QStringLiteral("Code")),
                 (QStringList{QStringLiteral("AC-2020-001"), QStringLiteral("AC-2020-002"),
                              QStringLiteral("AC-2020-003"), QStringLiteral("PR-2020-001"),
                              QStringLiteral("AC-2021-001")}));
        const Result<ExportTable> t = sources().sessions(Period::calendarYear(2020));
        QVERIFY(t);
        QCOMPARE(t->rows.size(), 4);
        QCOMPARE(t->columns.at(columnOf(*t, QStringLiteral("Start"))).type, ExportType::DateTime);
        QCOMPARE(t->columns.at(columnOf(*t, QStringLiteral("Present"))).type, ExportType::Integer);
        QCOMPARE(cell(*t, 0, QStringLiteral("Start")).toDateTime(),
                 QDateTime(QDate(2020, 3, 2), QTime(12, 15)));
        QCOMPARE(cell(*t, 0, QStringLiteral("End")).toDateTime(),
                 QDateTime(QDate(2020, 3, 2), QTime(15, 15)));
        QCOMPARE(cell(*t, 0, QStringLiteral("Format")), QVariant(QStringLiteral("Ac'Truc²")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Action")),
                 QVariant(QStringLiteral("Actualité juridique")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Registered")).toLongLong(), 3);
        QCOMPARE(cell(*t, 0, QStringLiteral("Present")).toLongLong(), 2);
        QCOMPARE(cell(*t, 0, QStringLiteral("Anonymous headcount")).toLongLong(), 10);
        QCOMPARE(cell(*t, 0, QStringLiteral("Status")), QVariant(QStringLiteral("Held")));
        QCOMPARE(cell(*t, 1, QStringLiteral("Animators")),
                 QVariant(QStringLiteral("ANN Test, BOB Test")));
        QCOMPARE(cell(*t, 2, QStringLiteral("Status")), QVariant(QStringLiteral("Cancelled")));
        QCOMPARE(cell(*t, 3, QStringLiteral("Present")).toLongLong(), 5);
        QVERIFY(!cell(*t, 0, QStringLiteral("Capacity")).isValid());
    }

    void registrations()
    {
        const Result<ExportTable> t = sources().registrations(Period::calendarYear(2020));
        QVERIFY(t);
        // 3 + 3 + 1 + 6 registrations in 2020; 2021's one is outside the period.
        QCOMPARE(t->rows.size(), 13);
        QCOMPARE(sources().registrations()->rows.size(), 14);
        QCOMPARE(
            column(*t, QStringLiteral("Last name")).mid(0, 3),
            (QStringList{QStringLiteral("Bob"), QStringLiteral("Cyd"), QStringLiteral("Dan")}));
        QCOMPARE(cell(*t, 0, QStringLiteral("Session")), QVariant(QStringLiteral("AC-2020-001")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Date")).toDate(), QDate(2020, 3, 2));
        QCOMPARE(cell(*t, 0, QStringLiteral("Attendance")), QVariant(QStringLiteral("Present")));
        QCOMPARE(cell(*t, 2, QStringLiteral("Attendance")), QVariant(QStringLiteral("Absent")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Status")), QVariant(QStringLiteral("Registered")));
        QCOMPARE(cell(*t, 0, QStringLiteral("Service")), QVariant(QStringLiteral("Médiathèque")));
        QCOMPARE(column(*t, QStringLiteral("Attendance")).last(), QStringLiteral("Excused"));
    }

    void responses()
    {
        const Result<ExportTable> all = sources().responses();
        QVERIFY(all);
        QCOMPARE(all->rows.size(), 11);
        // The dated one first, the undated ones after it, on both backends.
        QCOMPARE(cell(*all, 0, QStringLiteral("Submitted at")).toDateTime(),
                 QDateTime(QDate(2021, 6, 1), QTime(10, 30)));
        QCOMPARE(cell(*all, 0, QStringLiteral("Format")), QVariant(QStringLiteral("Eco'Truc²")));
        QVERIFY(!cell(*all, 0, QStringLiteral("Session")).isValid());
        QCOMPARE(cell(*all, 0, QStringLiteral("Comment")),
                 QVariant(QStringLiteral("=HYPERLINK(\"http://x.invalid\")")));
        QCOMPARE(cell(*all, 0, QStringLiteral("Would recommend")), QVariant(QStringLiteral("No")));
        QVERIFY(!cell(*all, 0, QStringLiteral("Useful skills")).isValid());
        QCOMPARE(cell(*all, 0, QStringLiteral("Satisfaction (as answered)")),
                 QVariant(QStringLiteral("Très satisfait(e)")));
        QCOMPARE(all->columns.at(columnOf(*all, QStringLiteral("Satisfaction"))).type,
                 ExportType::Percentage);

        const Result<ExportTable> year = sources().responses(Period::calendarYear(2020));
        QVERIFY(year);
        QCOMPARE(year->rows.size(), 10);
        QCOMPARE(column(*year, QStringLiteral("Useful skills")).count(QStringLiteral("Yes")), 9);
        QCOMPARE(column(*year, QStringLiteral("Useful skills")).count(QStringLiteral("No")), 1);
        double sum = 0;
        for (qsizetype r = 0; r < year->rows.size(); ++r) {
            sum += cell(*year, r, QStringLiteral("Satisfaction")).toDouble();
        }
        QCOMPARE(sum, 4 * 1.0 + 1 + 1 + 0.75 + 0.75 + 0.5 + 0.5);
        QCOMPARE(sources().responses(Period::calendarYear(2021))->rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportSources)
#include "tst_exportsources.moc"
