#include "pages/SurveysPage.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "School.h"
#include "TableViews.h"
#include "itemmodels/SurveyCommentModel.h"
#include "itemmodels/SurveyImportTableModel.h"
#include "itemmodels/SurveySessionTableModel.h"
#include "storage/SurveyStore.h"
#include "widgets/PageParts.h"
#include "widgets/PeriodSelector.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace truc2::ui {
namespace {

/// "All time" for FiguresCalculator, which wants dates.
const Period kAllTime{QDate(1900, 1, 1), QDate(2999, 12, 31)};

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SurveysPage::SurveysPage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("surveysPage"));
    School& school = context.school;
    m_sessions = new SurveySessionTableModel(school, this);
    m_sessionFilter = new SurveySessionFilterModel(this);
    m_sessionFilter->setSourceModel(m_sessions);
    m_comments = new SurveyCommentModel(school, this);
    m_commentFilter = new SurveyCommentFilterModel(this);
    m_commentFilter->setSourceModel(m_comments);
    m_imports = new SurveyImportTableModel(school, this);
    m_importFilter = new SurveyImportFilterModel(this);
    m_importFilter->setSourceModel(m_imports);

    QLabel* title = makePageTitle(tr("Surveys"), this);

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("surveysPeriod"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("surveysFormat"));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillFormats();
    m_import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                               tr("&Import survey results…"), this);
    m_import->setObjectName(QStringLiteral("importSurveyButton"));
    m_import->setToolTip(tr("Add the responses exported by LimeSurvey, Google Forms, "
                            "Microsoft Forms or Framaforms"));
    m_import->setEnabled(!context.readOnly);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveysSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);

    // The responses per session above their comments.
    m_sessionsView = new QTableView(this);
    m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
    m_sessionsView->setModel(m_sessionFilter);
    using S = SurveySessionTableModel;
    setUpListView(m_sessionsView, S::Date, Qt::AscendingOrder, QAbstractItemView::SingleSelection,
                  {{S::Session, 100},
                   {S::Date, 80},
                   {S::Action, 185},
                   {S::Format, 115},
                   {S::Participants, 85},
                   {S::Responses, 80},
                   {S::ResponseRate, 100},
                   {S::Satisfaction, 85},
                   {S::UsefulSkills, 100}});
    m_answeredOnly = new QCheckBox(tr("Only sessions with responses"), this);
    m_answeredOnly->setObjectName(QStringLiteral("answeredOnlyCheckBox"));

    m_commentsTitle = sectionTitle(tr("Comments"), this);
    m_commentsTitle->setObjectName(QStringLiteral("commentsTitle"));
    m_allComments = new QToolButton(this);
    m_allComments->setObjectName(QStringLiteral("allCommentsButton"));
    m_allComments->setText(tr("All sessions"));
    m_allComments->setToolTip(tr("Show the comments of every session again"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("commentSearch"));
    m_search->setPlaceholderText(tr("Search the comments by words, session or format…"));
    m_search->setClearButtonEnabled(true);
    m_commentsView = new QTableView(this);
    m_commentsView->setObjectName(QStringLiteral("commentsView"));
    m_commentsView->setModel(m_commentFilter);
    using C = SurveyCommentModel;
    setUpListView(
        m_commentsView, C::Date, Qt::AscendingOrder, QAbstractItemView::SingleSelection,
        {{C::Comment, 440}, {C::Session, 100}, {C::Date, 85}, {C::Action, 205}, {C::Format, 120}});
    m_commentsView->setTextElideMode(Qt::ElideRight);

    auto* sessionsPart = new QWidget(this);
    auto* sessionsLayout = new QVBoxLayout(sessionsPart);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* sessionsRow = new QHBoxLayout;
    sessionsRow->addWidget(sectionTitle(tr("Responses per session"), sessionsPart));
    sessionsRow->addStretch(1);
    sessionsRow->addWidget(m_answeredOnly);
    QPushButton* exportSessions = makeExportButton(
        m_sessionsView, SurveySessionTableModel::SortRole, tr("Responses per session"), this);
    exportSessions->setObjectName(QStringLiteral("exportSessionsButton"));
    sessionsRow->addWidget(exportSessions);
    sessionsLayout->addLayout(sessionsRow);
    sessionsLayout->addWidget(m_sessionsView, 1);
    auto* commentsPart = new QWidget(this);
    auto* commentsLayout = new QVBoxLayout(commentsPart);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    auto* commentsRow = new QHBoxLayout;
    commentsRow->addWidget(m_commentsTitle);
    commentsRow->addWidget(m_allComments);
    commentsRow->addSpacing(12);
    commentsRow->addWidget(m_search, 1);
    QPushButton* exportComments =
        makeExportButton(m_commentsView, SurveyCommentModel::SortRole, tr("Comments"), this);
    exportComments->setObjectName(QStringLiteral("exportCommentsButton"));
    commentsRow->addWidget(exportComments);
    commentsLayout->addLayout(commentsRow);
    commentsLayout->addWidget(m_commentsView, 1);
    auto* responses = new QSplitter(Qt::Vertical, this);
    responses->setObjectName(QStringLiteral("responsesSplitter"));
    responses->setChildrenCollapsible(false);
    responses->addWidget(sessionsPart);
    responses->addWidget(commentsPart);
    responses->setStretchFactor(0, 3);
    responses->setStretchFactor(1, 2);

    // The imported files, the mapping of the selected one below.
    m_importsView = new QTableView(this);
    m_importsView->setObjectName(QStringLiteral("importsView"));
    m_importsView->setModel(m_importFilter);
    using I = SurveyImportTableModel;
    setUpListView(m_importsView, I::ImportedAt, Qt::DescendingOrder,
                  QAbstractItemView::SingleSelection,
                  {{I::File, 260},
                   {I::ImportedAt, 130},
                   {I::Tool, 140},
                   {I::RowsRead, 90},
                   {I::ResponsesAdded, 120},
                   {I::RowsSkipped, 100}});
    m_mapping = new QPlainTextEdit(this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setReadOnly(true);
    m_mapping->setPlaceholderText(tr("Select an import to see which column gave what."));
    auto* importsPart = new QSplitter(Qt::Vertical, this);
    importsPart->setChildrenCollapsible(false);
    importsPart->addWidget(m_importsView);
    auto* mappingPart = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingPart);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(sectionTitle(tr("Columns of the file and what they gave"), this));
    mappingLayout->addWidget(m_mapping, 1);
    importsPart->addWidget(mappingPart);
    importsPart->setStretchFactor(0, 3);
    importsPart->setStretchFactor(1, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("surveysTabs"));
    m_tabs->addTab(responses, tr("Responses and comments"));
    m_tabs->addTab(importsPart, tr("Imported files"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_format);
    filters->addStretch(1);
    filters->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, &SurveysPage::applyFilters);
    connect(m_format, &QComboBox::activated, this, &SurveysPage::applyFilters);
    connect(m_import, &QPushButton::clicked, this, &SurveysPage::importRequested);
    // An import, or its undo, here or on another workstation (ChangeFeed replays the signals).
    connect(&m_context.school.surveys(), &SurveyStore::importInserted, this, &SurveysPage::reload);
    connect(&m_context.school.surveys(), &SurveyStore::importRemoved, this, &SurveysPage::reload);
    connect(m_answeredOnly, &QCheckBox::toggled, m_sessionFilter,
            &SurveySessionFilterModel::setAnsweredOnly);
    connect(m_search, &QLineEdit::textChanged, m_commentFilter,
            &SurveyCommentFilterModel::setSearchText);
    connect(m_allComments, &QToolButton::clicked, this, [this] {
        m_sessionsView->selectionModel()->clearSelection();
        m_sessionsView->setCurrentIndex({});
    });
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SurveysPage::followSelectedSession);
    // A reset (new period or format) or a removed row may take the selected session away.
    connect(m_sessionFilter, &QAbstractItemModel::modelReset, this,
            &SurveysPage::followSelectedSession);
    connect(m_sessionFilter, &QAbstractItemModel::rowsRemoved, this,
            &SurveysPage::followSelectedSession);
    connect(m_sessions, &SurveySessionTableModel::refreshed, this, &SurveysPage::updateSummary);
    connect(m_importsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SurveysPage::showSelectedMapping);
    connect(m_importFilter, &QAbstractItemModel::dataChanged, this,
            &SurveysPage::showSelectedMapping);
    connect(m_importFilter, &QAbstractItemModel::modelReset, this,
            &SurveysPage::showSelectedMapping);
    CatalogueStore& catalogue = school.catalogue();
    for (auto signal : {&CatalogueStore::formatInserted, &CatalogueStore::formatUpdated,
                        &CatalogueStore::formatRemoved}) {
        connect(&catalogue, signal, this, &SurveysPage::fillFormats);
    }

    updateCommentsTitle();
}

SurveysPage::~SurveysPage()
{
    for (QTableView* view : {m_sessionsView, m_commentsView, m_importsView}) {
        AppSettings::setHeaderState(view->objectName(), view->horizontalHeader()->saveState());
    }
}

void SurveysPage::showEvent(QShowEvent* event)
{
    // Read when first looked at, not when the window opens.
    if (!m_sessions->isLoaded()) {
        applyFilters();
    }
    if (!m_imports->isLoaded()) {
        m_imports->reload();
    }
    QWidget::showEvent(event);
}

void SurveysPage::fillFormats()
{
    fillFormatFilter(m_format, m_context.school.catalogue());
}

Period SurveysPage::period() const
{
    return m_period->period();
}

void SurveysPage::showSchoolYear(int startYear)
{
    m_period->showSchoolYear(startYear);
}

void SurveysPage::showCalendarYear(int year)
{
    m_period->showCalendarYear(year);
}

void SurveysPage::showAllTime()
{
    m_period->showAllTime();
}

void SurveysPage::showPeriod(const Period& period)
{
    m_period->showPeriod(period);
}

qint64 SurveysPage::formatId() const
{
    return m_format->currentData().toLongLong();
}

void SurveysPage::setFormatId(qint64 formatId)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(formatId)));
    applyFilters();
}

void SurveysPage::applyFilters()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_sessions->setPeriod(m_period->period(), formatId());
    m_comments->setPeriod(m_period->period(), formatId());
    QApplication::restoreOverrideCursor();
}

void SurveysPage::reload()
{
    if (!m_sessions->isLoaded()) {
        return; // read when first shown
    }
    m_sessions->reload();
    m_comments->reload();
    m_imports->reload();
}

bool SurveysPage::selectSession(qint64 sessionId, qint64 formatId)
{
    const int sourceRow = m_sessions->rowOf(sessionId > 0 ? sessionId : -formatId);
    const QModelIndex index = m_sessionFilter->mapFromSource(m_sessions->index(sourceRow, 0));
    if (sourceRow < 0 || !index.isValid()) {
        return false;
    }
    m_sessionsView->setCurrentIndex(index);
    m_sessionsView->scrollTo(index);
    return true;
}

void SurveysPage::showImports(bool imports)
{
    m_tabs->setCurrentIndex(imports ? 1 : 0);
}

void SurveysPage::followSelectedSession()
{
    const QModelIndexList selected = m_sessionsView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_commentFilter->setSession(0, 0);
    } else {
        const QModelIndex row = selected.first();
        m_commentFilter->setSession(row.data(SurveySessionTableModel::SessionIdRole).toLongLong(),
                                    row.data(SurveySessionTableModel::FormatIdRole).toLongLong());
    }
    updateCommentsTitle();
}

void SurveysPage::updateCommentsTitle()
{
    const qint64 session = m_commentFilter->sessionId();
    const qint64 format = m_commentFilter->formatId();
    m_allComments->setVisible(session > 0 || format > 0);
    if (session > 0) {
        const int row = m_sessions->rowOf(session);
        m_commentsTitle->setText(
            tr("Comments on %1").arg(row >= 0 ? m_sessions->result(row).sessionCode : QString()));
    } else if (format > 0) {
        const int row = m_sessions->rowOf(-format);
        m_commentsTitle->setText(
            tr("Comments on %1 without a session")
                .arg(row >= 0 ? m_sessions->result(row).formatName : QString()));
    } else {
        m_commentsTitle->setText(tr("Comments"));
    }
}

void SurveysPage::updateSummary()
{
    if (!m_sessions->errorMessage().isEmpty()) {
        m_summary->setText(
            tr("The survey results could not be read: %1").arg(m_sessions->errorMessage()));
        return;
    }
    const Period shown = m_period->period().isValid() ? m_period->period() : kAllTime;
    const FiguresCalculator calculator(m_context.school.database(), m_context.school.settings());
    const Result<PeriodFigures> figures = calculator.compute(shown, formatId());
    if (!figures) {
        m_summary->setText(figures.errorMessage());
        return;
    }
    const TotalFigures& t = figures->totals;
    if (t.responses == 0) {
        m_summary->setText(tr("No survey response for the sessions held in this period."));
        return;
    }
    const auto figure = [](const QString& label) {
        return label.isEmpty() ? QStringLiteral("—") : label;
    };
    SurveySessionResult totals;
    totals.satisfactionAnswers = t.satisfactionAnswers;
    totals.satisfaction = t.satisfaction;
    m_summary->setText(
        tr("Figures of the period: %1 for %2 (response rate %3); satisfaction %4; useful "
           "skills acquired %5.",
           "responses, participants")
            .arg(tr("%n response(s)", nullptr, t.responses),
                 tr("%n participant(s)", nullptr, t.participants),
                 figure(SurveySessionTableModel::rateLabel(t.responseRate)),
                 figure(SurveySessionTableModel::satisfactionLabel(totals)),
                 figure(SurveySessionTableModel::rateLabel(t.usefulSkillsRate))));
}

void SurveysPage::showSelectedMapping()
{
    const QModelIndexList selected = m_importsView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_mapping->clear();
        return;
    }
    const QModelIndex row = selected.first();
    // Plain text: the headers of a file are shown as they are.
    m_mapping->setPlainText(row.data(SurveyImportTableModel::MappingRole).toString());
}

} // namespace truc2::ui
