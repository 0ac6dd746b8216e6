#pragma once

#include "itemmodels/RereadTableModel.h"
#include "storage/SurveyResults.h"

#include <QSortFilterProxyModel>

namespace truc2 {

class School;

/// A session's survey results with the folded texts that sorting uses.
struct SurveySessionEntry
{
    SurveySessionResult result;
    QString codeKey;
    QString actionKey;
    QString formatKey;

    bool operator==(const SurveySessionEntry&) const = default;
};

/// The survey answers per session of a period (SurveyResults::sessions()): one row per
/// session, and one per format for the responses that name no session ("without a
/// session"). Figures from fewer than kMinimumAnswers answers read "n < 5" (greyed); rates
/// and the mean satisfaction are percentages ("41,6 %"): the satisfaction is the mean of
/// the answers normalised to 0–1 whatever scale the survey used, so a percentage reads the
/// same for a 1–5 and a 0–10 scale.
///
/// Any change to sessions, registrations, answers or the catalogue reads the period again
/// once per burst of changes; a new period or format resets the model. Nothing is read until
/// setPeriod() or reload() is first called.
class SurveySessionTableModel : public RereadTableModel<SurveySessionEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        Session,
        Date,
        Action,
        Format,
        Participants,
        Responses,
        ResponseRate,
        Satisfaction,
        UsefulSkills,
        WouldRecommend,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: folded text, counts, shares, Julian days.
        SessionIdRole,               ///< 0 for the responses without a session.
        FormatIdRole,
        SuppressedRole, ///< true where the cell reads "n < 5".
    };

    /// Starts on the school year that contains today and every format, unread.
    explicit SurveySessionTableModel(School& school, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows another period (invalid: all time) and format (0: every format); resets.
    void setPeriod(const Period& period, qint64 formatId = 0);
    Period period() const { return m_period; }
    qint64 formatId() const { return m_formatId; }

    const SurveySessionResult& result(int row) const { return entry(row).result; }

    /// "41,6 %", "85 %" in the default locale: a share (0–1) to the tenth of a percent.
    static QString percentLabel(double share);
    /// A rate's percentage, "n < 5" when suppressed, empty when there is nothing to divide.
    static QString rateLabel(const Rate& rate);
    /// The mean satisfaction, "n < 5", or empty when nobody answered.
    static QString satisfactionLabel(const SurveySessionResult& result);

public Q_SLOTS:
    /// Reads the period again now (the first time: reads it). Connect the survey store's
    /// change signals here.
    void reload();

Q_SIGNALS:
    /// The rows were read again (they, or the error, may have changed).
    void refreshed();

protected:
    Result<QList<SurveySessionEntry>> readAll() const override;
    qint64 keyOf(const SurveySessionEntry& entry) const override { return entry.result.key(); }
    void afterReading() override { Q_EMIT refreshed(); }

private:
    QVariant sortValue(const SurveySessionEntry& e, int column) const;
    QVariant toolTip(const SurveySessionResult& r, int column) const;
    bool suppressed(const SurveySessionResult& r, int column) const;

    School& m_school;
    Period m_period;
    qint64 m_formatId = 0;
};

/// Sorts the sessions' results on their raw values (ties by date, then code).
class SurveySessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SurveySessionFilterModel(QObject* parent = nullptr);

    /// Only the rows with at least one response.
    void setAnsweredOnly(bool answeredOnly);
    bool answeredOnly() const { return m_answeredOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_answeredOnly = false;
};

} // namespace truc2
