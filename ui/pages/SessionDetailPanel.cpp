#include "pages/SessionDetailPanel.h"

#include "School.h"
#include "documents/DocumentText.h"
#include "documents/PrintPreview.h"
#include "domain/HalfDays.h"
#include "itemmodels/ProgrammeModel.h"
#include "storage/RegistrationStore.h"
#include "storage/SessionStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace truc2::ui {

SessionDetailPanel::SessionDetailPanel(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sessionDetailPanel"));
    m_empty = new QLabel(tr("Choose a session in the programme to see its registrations and "
                            "attendance."),
                         this);
    m_empty->setObjectName(QStringLiteral("emptyDetailLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("sessionTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_facts = new QLabel(m_content);
    m_facts->setObjectName(QStringLiteral("sessionFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QPushButton(tr("&Edit…"), m_content);
    m_edit->setObjectName(QStringLiteral("editSessionButton"));
    m_sheet = new QPushButton(tr("Attendance &sheet…"), m_content);
    m_sheet->setObjectName(QStringLiteral("sheetButton"));
    m_sheet->setToolTip(tr("Print or save as PDF the sheet the participants sign"));
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_tabs->setDocumentMode(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_sheet);
    buttons->addStretch(1);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title);
    content->addWidget(m_facts);
    content->addLayout(buttons);
    content->addWidget(m_tabs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    // Printing changes nothing: allowed on a read-only school too.
    connect(m_sheet, &QPushButton::clicked, this,
            [this] { showAttendanceSheet(m_context.school, m_id, this); });
    SessionStore& sessions = context.school.sessions();
    const auto mine = [this](qint64 id) {
        if (id == m_id) {
            refresh();
        }
    };
    connect(&sessions, &SessionStore::sessionUpdated, this, mine);
    connect(&sessions, &SessionStore::sessionRemoved, this, mine);
    connect(&sessions, &SessionStore::registrationsChanged, this, mine);
    connect(&context.school.registrations(), &RegistrationStore::registrationsChanged, this, mine);
    refresh();
}

void SessionDetailPanel::setSession(qint64 id)
{
    if (id != m_id) {
        m_id = id;
        refresh();
    }
}

void SessionDetailPanel::refresh()
{
    const Result<ProgrammeEntry> entry = m_id > 0 ? m_context.school.sessions().programmeEntry(m_id)
                                                  : Result<ProgrammeEntry>(Error{QString()});
    m_empty->setVisible(!entry);
    m_content->setVisible(bool(entry));
    if (!entry) {
        return;
    }
    const Session& s = entry->session;
    const QString colour = entry->colour.name();
    m_title->setText(QStringLiteral("<div style='font-size:large; font-weight:bold'>%1</div>"
                                    "<div><span style='color:%2'>■</span> %3 · %4</div>")
                         .arg(entry->actionTitle.toHtmlEscaped(), colour,
                              entry->formatName.toHtmlEscaped(), s.code.toHtmlEscaped()));
    QStringList facts;
    if (s.startsAt.date() == s.endsAt.date()) {
        // Date and times on lines of their own: "9 h 00 – 12 h 00" never breaks.
        facts << longDateText(s.startsAt.date()).toHtmlEscaped();
        facts << timeRangeText(s.startsAt.time(), s.endsAt.time()).toHtmlEscaped();
    } else {
        facts << sessionWhenText(s.startsAt, s.endsAt).toHtmlEscaped();
    }
    facts << HalfDay::describe(halfDaysOf(s)).toHtmlEscaped();
    if (!s.location.isEmpty()) {
        facts << tr("Room: %1").arg(s.location.toHtmlEscaped());
    }
    facts << tr("Animators: %1")
                 .arg(entry->animators.isEmpty() ? tr("none yet")
                                                 : entry->animatorNames().toHtmlEscaped());
    facts << tr("Registered: %1").arg(ProgrammeModel::filledLabel(*entry).toHtmlEscaped());
    QString status = ProgrammeModel::statusLabel(s.status);
    if (s.status == SessionStatus::Cancelled && !s.cancelReason.isEmpty()) {
        status += QStringLiteral(" — ") + s.cancelReason;
    }
    facts << tr("Status: %1").arg(status.toHtmlEscaped());
    if (!s.notes.isEmpty()) {
        facts << QStringLiteral("<i>%1</i>").arg(s.notes.toHtmlEscaped());
    }
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    m_edit->setEnabled(!m_context.readOnly);
    m_sheet->setEnabled(s.status != SessionStatus::Cancelled);
}

} // namespace truc2::ui
