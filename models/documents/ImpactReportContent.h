#pragma once

#include "documents/PagedDocument.h"
#include "documents/ReportChart.h"
#include "export/ExportTable.h"
#include "stats/DashboardFigures.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace truc2 {

/// What an impact report is made from: the school, the figures of the period, the dashboard's
/// charts as pictures (none without the ui), and the day it is issued.
struct ImpactReportInput
{
    SchoolIdentity identity;
    DashboardFigures figures;
    ReportCharts charts;
    QDate issuedOn;
};

/// One part of the report: a heading, sentences, then tables (each with its title).
struct ReportSection
{
    QString heading;
    QStringList paragraphs;
    QList<ExportTable> tables;
    bool charts = false; ///< The dashboard's charts go here.
};

/// The report's words and tables, the same for every format it is written in: the document
/// (PDF, ODT, HTML) lays them out, the spreadsheets (XLSX, CSV) take the tables, the text takes
/// both. Cells are typed (numbers as numbers); a rate that must not be given holds the text
/// "n < 5", one that has nothing to divide by is empty.
struct ImpactReportContent
{
    QString title;      ///< "Impact report"
    QString periodText; ///< "En 2020", "De janvier à mai 2021"
    QString formatName; ///< The format the report is limited to, empty for all.
    QStringList summary;
    QList<ReportSection> sections;

    /// Every table of every section, in order.
    QList<ExportTable> tables() const;
};

/// Builds the report's words and tables (translation context ImpactReport).
class ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)

public:
    ImpactReport() = delete;

    static ImpactReportContent content(const ImpactReportInput& input);
    /// The printed report: a title page, the summary, then the sections with their tables and
    /// the charts at the page's width (ImpactReportDocument.cpp).
    static PagedDocument document(const ImpactReportInput& input,
                                  const ImpactReportContent& content);
    /// A cell as the document and the text write it: "1 234", "2,5", "41,6 %", or its text.
    static QString cellText(const QVariant& value, ExportType type);
    /// The resource names of the pictures in document(): the logo and the charts.
    static QString logoResource();
    static QString chartResource(qsizetype index);

    /// The useful-skills sentence of a format: "85 % des répondants ont estimé avoir acquis des
    /// compétences utiles pour leurs missions (taux de réponse : 41,6 %).", after "Un truc² en
    /// + : " when `named`; "aucune réponse" without answers, "n < 5" under kMinimumAnswers.
    static QString usefulSkillsSentence(const FormatFigures& format, bool named);
    /// The same sentence for all formats together (no name).
    static QString usefulSkillsSentence(const TotalFigures& totals);

    /// A rate as the report writes it: "41,6 %", "n < 5", or "–" with nothing to divide by.
    static QString rateText(const Rate& rate);
    /// A mean satisfaction (0–1) as a percentage, "n < 5" under kMinimumAnswers answers.
    static QString satisfactionText(const std::optional<double>& satisfaction, int answers);
    /// A cell for a typed rate column: the fraction, the text "n < 5", or empty.
    static QVariant rateCell(const Rate& rate);

    /// "Impact report - En 2020" made safe for a file name, with the suffix given.
    static QString fileName(const ImpactReportContent& content, const QString& suffix);

private:
    static ReportSection formatsSection(const DashboardFigures& figures);
    static ReportSection reachSection(const DashboardFigures& figures);
    static ReportSection mixingSection(const DashboardFigures& figures);
    static ReportSection satisfactionSection(const DashboardFigures& figures);
    static ReportSection comparisonSection(const DashboardFigures& figures);
    static ReportSection animatorsSection(const DashboardFigures& figures);
    static ReportSection actionsSection(const DashboardFigures& figures);
    static ReportSection trainingSection(const DashboardFigures& figures);
};

} // namespace truc2
