// The catalogue brochure, written to PDF and read back as text: the cover, the formats in
// their order, every action, the dates of its sessions in French, "Dates à venir", page numbers
// on every page, actions never split over two pages; and writing a PDF safely.
#include "PdfText.h"
#include "TestSchool.h"
#include "documents/CatalogueBrochure.h"
#include "documents/DocumentText.h"
#include "i18n/Translations.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace truc2;
using test::flat;
using test::PdfText;

namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("%s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

QString brochureText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CatalogueBrochure", source, comment, n);
}

QByteArray logoPng()
{
    QImage logo(120, 60, QImage::Format_ARGB32);
    logo.fill(QColor(0x2f, 0x6f, 0xb0));
    QPainter(&logo).fillRect(10, 10, 40, 40, Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

const Period kYear = Period::schoolYear(2026);
/// The brochure is made on 1 October 2026: September's sessions are past.
const QDate kMadeOn(2026, 10, 1);

} // namespace

class TestCatalogueBrochure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    QStringList m_fillerTitles;
    QString m_pdf;

    qint64 format(const QString& code, const QString& name, const QString& singular,
                  const QString& plural, const QColor& colour, int position, bool active = true)
    {
        Format f;
        f.code = code;
        f.name = name;
        f.nounSingular = singular;
        f.nounPlural = plural;
        f.colour = colour;
        f.position = position;
        f.active = active;
        return must((*m_school)->catalogue().insertFormat(f));
    }

    qint64 action(qint64 formatId, const QString& title, int minutes, bool active = true,
                  const QString& summary = QString())
    {
        Action a;
        a.formatId = formatId;
        a.title = title;
        a.summary = summary.isEmpty() ? QStringLiteral("Ce que l'on y apprend, en bref.") : summary;
        a.objectives = QStringLiteral("Savoir refaire seul ce qui a été montré.");
        a.audience = QStringLiteral("Tous les agents");
        a.durationMinutes = minutes;
        a.active = active;
        return must((*m_school)->catalogue().insertAction(a));
    }

    void session(qint64 actionId, const QDateTime& start, int minutes, const QString& location,
                 SessionStatus status = SessionStatus::Planned)
    {
        Session s;
        s.actionId = actionId;
        s.startsAt = start;
        s.endsAt = start.addSecs(minutes * 60);
        s.location = location;
        s.status = status;
        must((*m_school)->sessions().insert(s));
    }

    PdfText writeAndRead(const PagedDocument& document)
    {
        if (Status written = document.writePdf(m_pdf); !written) {
            qFatal("%s", qPrintable(written.errorMessage()));
        }
        return test::readPdf(m_pdf);
    }

    PagedDocument brochure()
    {
        return must(CatalogueBrochure::make((*m_school)->database(), (*m_school)->settings(), kYear,
                                            kMadeOn));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::French);
        m_school = std::make_unique<test::TestSchool>();
        m_pdf = QDir(m_school->dir()).filePath(QStringLiteral("brochure.pdf"));
        School& s = **m_school;
        QVERIFY(s.settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), logoPng()}));

        // Positions decide the order: Ac'Truc² (2) after Un truc² en + (1).
        const qint64 ut =
            format(QStringLiteral("UT"), QStringLiteral("Un truc² en +"), QStringLiteral("atelier"),
                   QStringLiteral("ateliers"), QColor(0x3a, 0x7c, 0xa5), 1);
        const qint64 ac =
            format(QStringLiteral("AC"), QStringLiteral("Ac'Truc²"), QStringLiteral("conférence"),
                   QStringLiteral("conférences"), QColor(0xd9, 0x82, 0x2b), 2);
        const qint64 ec =
            format(QStringLiteral("EC"), QStringLiteral("Eco'Truc²"), QStringLiteral("rencontre"),
                   QStringLiteral("rencontres"), QColor(0x4c, 0x9f, 0x70), 3, false);
        const qint64 pr = format(QStringLiteral("PR"), QStringLiteral("Prépa'Truc²"), QString(),
                                 QString(), QColor(0x8e, 0x6b, 0xbf), 4);

        const qint64 excel = action(ut, QStringLiteral("Excel : les bases"), 90);
        action(ut, QStringLiteral("Word : documents longs"), 180);
        action(ut, QStringLiteral("Lotus 1-2-3 pour débutants"), 60, false); // retired
        const qint64 law = action(ac, QStringLiteral("Actualité juridique"), 840);
        action(ec, QStringLiteral("Zéro déchet au bureau"), 75);         // its format is retired
        action(pr, QStringLiteral("Concours de rédacteur"), 420, false); // only a retired action

        session(excel, QDateTime(QDate(2026, 10, 6), QTime(12, 15)), 75,
                QStringLiteral("salle du conseil"));
        session(excel, QDateTime(QDate(2026, 11, 10), QTime(9, 0)), 90, QStringLiteral("salle B"),
                SessionStatus::Cancelled);
        session(excel, QDateTime(QDate(2026, 9, 15), QTime(9, 0)), 90, QStringLiteral("salle C"),
                SessionStatus::Held); // before the brochure was made
        session(excel, QDateTime(QDate(2027, 9, 7), QTime(9, 0)), 90,
                QStringLiteral("salle D")); // next school year
        session(law, QDateTime(QDate(2027, 1, 12), QTime(17, 30)), 90, QStringLiteral("Auditorium"),
                SessionStatus::Confirmed);
        session(law, QDateTime(QDate(2027, 4, 1), QTime(12, 15)), 75, QString());

        // Enough workshops to fill several pages, each with a few dates.
        for (int i = 1; i <= 14; ++i) {
            const QString title =
                QStringLiteral("Atelier pratique n° %1").arg(i, 2, 10, QLatin1Char('0'));
            m_fillerTitles << title;
            const qint64 id =
                action(ut, title, 150, true,
                       QStringLiteral("Un atelier où l'on pratique, pas à pas, avec des exemples "
                                      "tirés du travail quotidien des services de la ville, "
                                      "pour repartir avec des méthodes simples. ")
                           .repeated(2));
            for (int d = 0; d < i % 4; ++d) {
                session(id, QDateTime(QDate(2027, 2 + d, 1 + i), QTime(14, 0)), 150,
                        QStringLiteral("salle de formation"));
            }
        }
    }

    void init() { installTranslations(Language::French); }

    void sourcesFollowTheRules()
    {
        const BrochureSource source =
            must(DocumentSources((*m_school)->database(), (*m_school)->settings())
                     .catalogueBrochure(kYear, kMadeOn));
        QCOMPARE(source.sections.size(), 2); // Eco'Truc² is retired, Prépa has no active action
        QCOMPARE(source.sections[0].format.name, QStringLiteral("Un truc² en +"));
        QCOMPARE(source.sections[1].format.name, QStringLiteral("Ac'Truc²"));
        const QList<BrochureAction>& workshops = source.sections[0].actions;
        QCOMPARE(workshops.size(), 16);
        QCOMPARE(workshops.first().action.title, QStringLiteral("Atelier pratique n° 01"));
        QCOMPARE(workshops.last().action.title, QStringLiteral("Word : documents longs"));
        const auto excel = std::find_if(workshops.begin(), workshops.end(), [](const auto& a) {
            return a.action.title.startsWith(QLatin1String("Excel"));
        });
        QVERIFY(excel != workshops.end());
        QCOMPARE(excel->sessions.size(), 1); // not the cancelled, the past or next year's
        QCOMPARE(excel->sessions.first().startsAt, QDateTime(QDate(2026, 10, 6), QTime(12, 15)));
        QCOMPARE(source.sections[1].actions.first().sessions.size(), 2);
    }

    void sessionsFromToday()
    {
        QCOMPARE(CatalogueBrochure::sessionsFrom(kYear, QDate(2026, 6, 20)), kYear.from);
        QCOMPARE(CatalogueBrochure::sessionsFrom(kYear, QDate(2026, 11, 28)), QDate(2026, 11, 28));
        QCOMPARE(CatalogueBrochure::sessionsFrom(kYear, QDate(2028, 1, 5)), kYear.from);
        QCOMPARE(schoolYearOf(QDate(2026, 8, 31)).from, QDate(2025, 9, 1));
        QCOMPARE(schoolYearOf(QDate(2026, 9, 1)).to, QDate(2027, 8, 31));
        QCOMPARE(schoolYearLabel(kYear), QStringLiteral("2026–2027"));
    }

    void frenchWords()
    {
        QCOMPARE(flat(timeRangeText(QTime(12, 15), QTime(13, 30))),
                 QStringLiteral("12 h 15 – 13 h 30"));
        QCOMPARE(flat(timeText(QTime(9, 0))), QStringLiteral("9 h 00"));
        QCOMPARE(longDateText(QDate(2026, 10, 6)), QStringLiteral("mardi 6 octobre 2026"));
        QCOMPARE(longDateText(QDate(2026, 10, 1)), QStringLiteral("jeudi 1er octobre 2026"));
        QCOMPARE(flat(durationText(90)), QStringLiteral("1 h 30"));
        QCOMPARE(flat(durationText(180)), QStringLiteral("3 h"));
        QCOMPARE(flat(durationText(45)), QStringLiteral("45 min"));
        QCOMPARE(flat(durationText(420)), QStringLiteral("7 h"));
        QCOMPARE(durationText(0), QString());
        QCOMPARE(durationText(840), QCoreApplication::translate("DocumentText", "%n day(s)",
                                                                "a duration in training days", 2));
        QCOMPARE(sessionMinutes(QDateTime(QDate(2026, 10, 5), QTime(9, 0)),
                                QDateTime(QDate(2026, 10, 6), QTime(17, 0))),
                 16 * 60);
    }

    void coverAndPages()
    {
        const PdfText pdf = writeAndRead(brochure());
        QVERIFY(pdf.loaded);
        QVERIFY2(pdf.pageCount() >= 4, qPrintable(QString::number(pdf.pageCount())));
        const int pages = int(pdf.pageCount());
        const QString title = CatalogueBrochure::title(kYear);
        QCOMPARE(title, QStringLiteral("Programme 2026–2027"));
        QCOMPARE(pdf.title, title);
        QCOMPARE(pdf.creator, QStringLiteral("TRUC²"));

        // The cover: names, the year, the formats offered; no running header or page number.
        const QString& cover = pdf.pages.first();
        for (const QString& words :
             {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), title,
              QStringLiteral("Un truc² en +"), QStringLiteral("Ac'Truc²"),
              QStringLiteral("16 ateliers"), QStringLiteral("1 conférence")}) {
            QVERIFY2(cover.contains(flat(words)), qPrintable(words));
        }
        QVERIFY(!cover.contains(QStringLiteral("page 1")));
        // Every other page: the running header and "page k / N", N being the real count.
        for (int page = 1; page < pages; ++page) {
            const QString& text = pdf.pages[page];
            const QString number = QCoreApplication::translate("PagedDocument", "page %1 / %2")
                                       .arg(page + 1)
                                       .arg(pages);
            QVERIFY2(text.contains(flat(number)), qPrintable(number + QStringLiteral(": ") + text));
            QVERIFY(text.contains(QStringLiteral("Ville de Testville")));
            QVERIFY(text.contains(flat(title)));
        }
        QCOMPARE(CatalogueBrochure::build(
                     must(DocumentSources((*m_school)->database(), (*m_school)->settings())
                              .catalogueBrochure(kYear, kMadeOn)))
                     .pageCount(),
                 pages);
    }

    void everyActionWithItsDates()
    {
        const PdfText pdf = writeAndRead(brochure());
        for (const QString& title : QStringList{QStringLiteral("Excel : les bases"),
                                                QStringLiteral("Word : documents longs"),
                                                QStringLiteral("Actualité juridique")} +
                                        m_fillerTitles) {
            QCOMPARE(pdf.count(title), 1);
        }
        // Retired actions and formats, and formats without an active action, are left out.
        for (const QString& absent :
             {QStringLiteral("Lotus"), QStringLiteral("Zéro déchet"), QStringLiteral("Eco'Truc²"),
              QStringLiteral("Prépa'Truc²"), QStringLiteral("rédacteur")}) {
            QVERIFY2(!pdf.contains(absent), qPrintable(absent));
        }
        // The formats in their order, each starting a page.
        const int workshops = pdf.pageOf(QStringLiteral("Excel : les bases"));
        const int talks = pdf.pageOf(QStringLiteral("Actualité juridique"));
        QVERIFY(workshops >= 1 && talks > workshops);
        QVERIFY(!pdf.pages[talks].contains(QStringLiteral("Atelier pratique")));

        QVERIFY(pdf.contains(QStringLiteral("mardi 6 octobre 2026, 12 h 15 – 13 h 30, "
                                            "salle du conseil")));
        QVERIFY(pdf.contains(QStringLiteral("mardi 12 janvier 2027, 17 h 30 – 19 h 00, "
                                            "Auditorium")));
        QVERIFY(pdf.contains(QStringLiteral("jeudi 1er avril 2027, 12 h 15 – 13 h 30")));
        QVERIFY(!pdf.contains(QStringLiteral("10 novembre 2026")));  // cancelled
        QVERIFY(!pdf.contains(QStringLiteral("15 septembre 2026"))); // before the brochure
        QVERIFY(!pdf.contains(QStringLiteral("7 septembre 2027")));  // next year
        // Word has no session; neither have the workshops numbered 4, 8 and 12.
        QCOMPARE(pdf.count(brochureText("Dates to be announced")), 4);
        QVERIFY(pdf.contains(QStringLiteral("1 h 30")));
        QVERIFY(pdf.contains(QStringLiteral("3 h")));
        QVERIFY(pdf.contains(QCoreApplication::translate("DocumentText", "%n day(s)",
                                                         "a duration in training "
                                                         "days",
                                                         2)));
        QVERIFY(pdf.contains(QStringLiteral("Savoir refaire seul ce qui a été montré.")));
        QVERIFY(pdf.contains(QStringLiteral("Tous les agents")));
    }

    void actionsAreNeverSplit()
    {
        const PdfText pdf = writeAndRead(brochure());
        QVERIFY(pdf.pageCount() >= 4);
        // Each workshop's title and its last line (its last date, or "Dates à venir") are on
        // the same page.
        for (int i = 1; i <= 14; ++i) {
            const QString title = m_fillerTitles[i - 1];
            const int page = pdf.pageOf(title);
            QVERIFY(page > 0);
            const QString& text = pdf.pages[page];
            const qsizetype at = text.indexOf(flat(title));
            const qsizetype next = text.indexOf(QStringLiteral("Atelier pratique"), at + 1);
            const QString own = text.mid(at, next < 0 ? -1 : next - at);
            const int dates = i % 4;
            if (dates == 0) {
                QVERIFY2(own.contains(flat(brochureText("Dates to be announced"))),
                         qPrintable(own));
            } else {
                const QDate last(2027, 2 + dates - 1, 1 + i);
                QVERIFY2(own.contains(longDateText(last)), qPrintable(own));
            }
            // The section's banner is repeated above the continued workshops.
            QVERIFY(text.contains(flat(QStringLiteral("Un truc² en +"))));
        }
    }

    void writingSafely()
    {
        const PagedDocument document = brochure();
        const QDir dir(m_school->dir());
        // An existing file is replaced whole.
        const QString path = dir.filePath(QStringLiteral("existing.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("not a pdf");
        }
        QVERIFY(document.writePdf(path));
        QVERIFY(test::readPdf(path).loaded);

        // A folder that cannot hold the file: refused, the file named, nothing left behind.
        const QStringList before = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString& target :
             {dir.filePath(QStringLiteral("existing.pdf/inside.pdf")), // a file, not a folder
              dir.filePath(QStringLiteral("missing/folder/brochure.pdf"))}) {
            const Status written = document.writePdf(target);
            QVERIFY(!written);
            QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(target)),
                     qPrintable(written.errorMessage()));
        }
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    void writingToALockedFolder()
    {
        const PagedDocument document = brochure();
        const QDir dir(m_school->dir());
        // A folder without write permission (root may write anywhere: then skipped).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(dir.mkdir(QStringLiteral("locked")));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const QString target = QDir(locked).filePath(QStringLiteral("brochure.pdf"));
        const Status written = document.writePdf(target);
        if (written) {
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("This user may write in a read-only folder (root).");
        }
        QVERIFY(written.errorMessage().contains(QDir::toNativeSeparators(target)));
        QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void emptyYear()
    {
        const Period empty = Period::schoolYear(2031);
        const PagedDocument document = must(CatalogueBrochure::make(
            (*m_school)->database(), (*m_school)->settings(), empty, empty.from));
        const PdfText pdf = writeAndRead(document);
        // The 17 active actions are listed (the catalogue is the same); none has a date then.
        QVERIFY(pdf.contains(QStringLiteral("Programme 2031–2032")));
        QCOMPARE(pdf.count(brochureText("Dates to be announced")), 17);
    }

    void cleanupTestCase() { m_school.reset(); }
};

QTEST_MAIN(TestCatalogueBrochure)
#include "tst_cataloguebrochure.moc"
