#pragma once

#include "itemmodels/RereadTableModel.h"
#include "storage/SurveyResults.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace truc2 {

class School;

/// A comment with the folded texts that search and sort use.
struct SurveyCommentEntry
{
    SurveyComment comment;
    QString textKey;
    QString actionKey;
    QString formatKey;
    QString searchKey; ///< Folded comment, session code, action and format.

    bool operator==(const SurveyCommentEntry&) const = default;
};

/// The comments of the survey responses of a period (SurveyResults::comments()), one per
/// row. A comment is shown as the text it is, on one line (its line breaks as spaces; the
/// whole text in the tooltip), never interpreted: "=HYPERLINK(…)" or "<b>" stay text.
///
/// Re-read once per burst of changes to answers or sessions; a new period or format resets
/// the model. Nothing is read until setPeriod() or reload() is first called.
class SurveyCommentModel : public RereadTableModel<SurveyCommentEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        Comment,
        Session,
        Date,
        Action,
        Format,
        Satisfaction,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: folded text, Julian days, shares.
        ResponseIdRole,
        SessionIdRole, ///< 0 for a response without a session.
        FormatIdRole,
        FullTextRole, ///< The comment as it was typed, line breaks included.
    };

    /// Starts on the school year that contains today and every format, unread.
    explicit SurveyCommentModel(School& school, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows another period (invalid: all time) and format (0: every format); resets.
    void setPeriod(const Period& period, qint64 formatId = 0);
    Period period() const { return m_period; }
    qint64 formatId() const { return m_formatId; }

    const SurveyComment& comment(int row) const { return entry(row).comment; }

public Q_SLOTS:
    /// Reads the period again now (the first time: reads it). Connect the survey store's
    /// change signals here.
    void reload();

Q_SIGNALS:
    void refreshed();

protected:
    Result<QList<SurveyCommentEntry>> readAll() const override;
    qint64 keyOf(const SurveyCommentEntry& entry) const override
    {
        return entry.comment.responseId;
    }
    void afterReading() override { Q_EMIT refreshed(); }

private:
    QVariant sortValue(const SurveyCommentEntry& e, int column) const;

    School& m_school;
    Period m_period;
    qint64 m_formatId = 0;
};

/// Search and sort over the comments: every word typed must appear in the comment, the
/// session code, the action or the format (accents and case ignored); all comments, those
/// of one session, or those of the responses of a format without a session.
class SurveyCommentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SurveyCommentFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    /// Only the comments of one session (sessionId), or of the responses of the format
    /// `formatId` without a session (sessionId 0); both 0: every comment.
    void setSession(qint64 sessionId, qint64 formatId = 0);
    qint64 sessionId() const { return m_sessionId; }
    qint64 formatId() const { return m_formatId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    qint64 m_sessionId = 0;
    qint64 m_formatId = 0;
};

} // namespace truc2
