#pragma once

#include "callbacks/callrecords.h"
#include "callbacks/callstore.h"
#include "core/callresultcatalog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace pn {

// The Calls tab: one row per CDR, newest first, over rows cached from the ledger plus the ones
// the receiver reports live. Caller and callee are masked unless revealNumbers is set; the
// filter proxy always searches the full numbers.
class CallsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsModel)

public:
    enum Column {
        TimeColumn,
        XColumn,
        CallerColumn,
        CalleeColumn,
        ResultColumn,
        RingColumn,
        TalkColumn,
        HungUpColumn,
        RecordingColumn,
        UserDataColumn,
        SubidColumn,
        TaskidColumn,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // the value to sort on (numbers, seconds, raw strings)
        OutcomeRole,                // int(CallResultCatalog::Outcome)
        NumbersRole,                // caller, callee and X, unmasked, one per line, for searching
        BeginTimeRole,              // epoch seconds
        SubidRole,
        TaskidRole,
        AdviceRole,
    };

    explicit CallsModel(CallStore &store, QObject *parent = nullptr);

    // Reloads from the ledger (newest `filter.limit` rows matching the filter).
    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }
    void reload();
    // Adds the CDRs another program (e.g. `pnctl listen` on a shared ledger) stored since the
    // last reload or poll. Returns how many rows were added.
    int pollNew();

    bool revealNumbers() const { return m_reveal; }
    void setRevealNumbers(bool reveal);

    const CdrRecord &record(int row) const { return m_rows.at(row); }
    std::optional<int> rowOf(const QString &taskid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts are translated in data(); after a language switch the view calls this so every
    // cell and header is asked again (dataChanged over all rows, headerDataChanged).
    void retranslate();

    static QString formatTime(qint64 epochSecs);
    static QString formatDuration(qint64 seconds);
    // userData in words: the decoded text when it is base64 of UTF-8, else as received.
    static QString userDataText(const QString &userData);

public Q_SLOTS:
    // A CDR the receiver stored: inserted at the top unless its taskid is already shown or it
    // does not match the filter. Connect CallbackReceiver::cdrReceived here.
    void addRecord(const pn::CdrRecord &record, bool duplicate = false);

private:
    bool matches(const CdrRecord &record) const;
    QString number(const QString &n) const;

    CallStore &m_store;
    CallFilter m_filter;
    QList<CdrRecord> m_rows;
    QHash<QString, int> m_taskids; // taskid → count, for de-duplication of live rows
    qint64 m_lastRowId = 0;        // the newest ledger row seen
    bool m_reveal = false;
};

// Filters of the Calls tab: outcome class, time range, a number (any part of caller, callee or
// X, full numbers, spaces and dashes ignored) and subid.
class CallsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsFilterProxy)

public:
    explicit CallsFilterProxy(QObject *parent = nullptr);

    void setOutcome(std::optional<CallResultCatalog::Outcome> outcome);
    void setTimeRange(std::optional<qint64> fromSecs, std::optional<qint64> toSecs);
    void setNumber(const QString &number);
    void setSubid(const QString &subid);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<CallResultCatalog::Outcome> m_outcome;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
    QString m_number;
    QString m_subid;
};

} // namespace pn
