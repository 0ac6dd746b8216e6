#include "pages/SessionActions.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "commands/FunctionCommand.h"
#include "commands/SessionCommands.h"
#include "dialogs/ClosedDaysDialog.h"
#include "dialogs/SessionDialog.h"
#include "documents/CalendarExport.h"
#include "itemmodels/AgentTableModel.h"
#include "storage/CatalogueStore.h"
#include "storage/SessionStore.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QLocale>
#include <QUndoStack>

namespace truc2::ui {

SessionActions::SessionActions(PageContext context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
{}

AgentTableModel* SessionActions::directory()
{
    // Read once, when a dialog first needs it, then kept in step with the directory.
    if (m_directory == nullptr) {
        m_directory =
            new AgentTableModel(m_context.school.agents(), m_context.school.organisation(), this);
    }
    return m_directory;
}

QList<Session> SessionActions::create(const QDateTime& start)
{
    if (m_context.readOnly) {
        return {};
    }
    Session session;
    session.startsAt = start;
    session.endsAt = start.addSecs(2 * 3600);
    SessionDialog dialog(m_context, session, m_parent);
    dialog.setDirectory(directory());
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    const Session created = dialog.session();
    const auto preview = m_context.school.sessions().preview(created);
    const QString title = preview ? preview->actionTitle : QString();
    auto* command =
        new AddSessionsCommand(m_context.school.sessions(), created, dialog.recurrence(), title);
    if (!pushEdit(m_context.undoStack, command)) {
        return {};
    }
    return command->sessions();
}

bool SessionActions::edit(qint64 id)
{
    SessionStore& store = m_context.school.sessions();
    const Result<Session> before = store.session(id);
    if (!before) {
        MessageBox::warning(m_parent, tr("Programme"), before.errorMessage());
        return false;
    }
    SessionDialog dialog(m_context, *before, m_parent);
    dialog.setDirectory(directory());
    if (dialog.exec() != QDialog::Accepted || m_context.readOnly) {
        return false;
    }
    const Session after = dialog.session();
    if (after == *before) {
        return false;
    }
    QList<Session> olds{*before};
    QList<Session> news{after};
    // In a series, a change other than a cancellation may apply to the rest of it.
    const bool cancelling =
        after.status == SessionStatus::Cancelled && before->status != SessionStatus::Cancelled;
    if (before->seriesId != 0 && !cancelling) {
        const auto following = store.seriesSessions(before->seriesId, before->startsAt);
        if (following && following->size() > 1) {
            const auto answer = MessageBox::choose(
                m_parent, tr("Change a series"),
                tr("This session belongs to a series of %n session(s) from this one on. "
                   "Change this session only, or this one and the rest of the series?",
                   nullptr, int(following->size())),
                {{QMessageBox::Yes, tr("This session only")},
                 {QMessageBox::YesToAll, tr("The rest of the series")},
                 {QMessageBox::Cancel, tr("Cancel")}},
                QMessageBox::Yes);
            if (answer == QMessageBox::Cancel) {
                return false;
            }
            if (answer == QMessageBox::YesToAll) {
                QList<Session> rest;
                for (const Session& s : *following) {
                    if (s.status != SessionStatus::Cancelled || s.id == id) {
                        rest.append(s);
                    }
                }
                olds = rest;
                news = applyToFollowing(*before, after, rest);
            }
        }
    }
    const QString text = olds.size() > 1
                             ? tr("Change %n session(s) of the series", nullptr, int(olds.size()))
                             : tr("Change %1").arg(after.code);
    return pushEdit(m_context.undoStack, new EditSessionsCommand(store, olds, news, text));
}

bool SessionActions::move(qint64 id, const QDateTime& newStart)
{
    if (m_context.readOnly) {
        return false;
    }
    SessionStore& store = m_context.school.sessions();
    const Result<Session> before = store.session(id);
    if (!before) {
        MessageBox::warning(m_parent, tr("Programme"), before.errorMessage());
        return false;
    }
    Session after = *before;
    after.startsAt = newStart;
    after.endsAt = newStart.addSecs(before->startsAt.secsTo(before->endsAt));
    if (const QList<FieldProblem> problems = store.problems(after); !problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem& p : problems) {
            messages << p.message;
        }
        MessageBox::warning(m_parent, tr("The session was not moved"),
                            messages.join(QLatin1Char('\n')));
        return false;
    }
    const QLocale locale;
    return pushEdit(m_context.undoStack,
                    new EditSessionsCommand(
                        store, {*before}, {after},
                        tr("Move %1 to %2")
                            .arg(after.code, locale.toString(after.startsAt,
                                                             QStringLiteral("ddd dd/MM HH:mm")))));
}

bool SessionActions::editClosedDays(const Period& year)
{
    SettingsStore& settings = m_context.school.settings();
    const auto before = settings.closedDays(year.from, year.to);
    if (!before) {
        MessageBox::warning(m_parent, tr("Closed days"), before.errorMessage());
        return false;
    }
    ClosedDaysDialog dialog(year, *before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.days() == *before) {
        return false;
    }
    const QMap<QDate, QString> after = dialog.days();
    return pushEdit(m_context.undoStack,
                    new FunctionCommand(
                        tr("Change the closed days"),
                        [&settings, year, after] {
                            return settings.replaceClosedDays(year.from, year.to, after);
                        },
                        [&settings, year, old = *before] {
                            return settings.replaceClosedDays(year.from, year.to, old);
                        }));
}

void SessionActions::exportCalendar(const Period& period, qint64 formatId)
{
    QString formatCode;
    if (formatId > 0) {
        if (const auto format = m_context.school.catalogue().format(formatId)) {
            formatCode = format->code;
        }
    }
    const QString name =
        QStringLiteral("programme-%1-%2%3.ics")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                 formatCode.isEmpty() ? QString() : QLatin1Char('-') + formatCode);
    const QString path =
        FileDialog::saveFileName(m_parent, tr("Export to calendar"), name,
                                 tr("iCalendar files (*.ics)"), QStringLiteral(".ics"));
    if (path.isEmpty()) {
        return;
    }
    const Result<int> written = writeCalendar(m_context.school, period, formatCode, path);
    if (!written) {
        MessageBox::warning(m_parent, tr("Export to calendar"), written.errorMessage());
        return;
    }
    MessageBox::information(m_parent, tr("Export to calendar"),
                            tr("%n session(s) written to %1. Import this file in Outlook or "
                               "Thunderbird; a later export of the same sessions updates them.",
                               nullptr, *written)
                                .arg(QDir::toNativeSeparators(path)));
}

} // namespace truc2::ui
