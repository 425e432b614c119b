#pragma once

#include "core/clock.h"
#include "ledger/compactbindings.h"
#include "ledger/ledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

class QThread;

namespace pn {

// The ledger's bindings as a table for views: cached rows, a column enum, a raw-value role the
// proxy sorts on. "Time left" is computed in data() from the absolute expires_at and the Clock;
// ONE model-wide 1 s timer emits dataChanged for that column only (no SQL per tick), and only
// for the rows a view shows once it said which (setTickRows()); a row whose state changes by
// time (expiry) is signalled wherever it is. The first load is deferred to the event loop, so
// a setProfileId() right after construction loads once, for that profile. Changes
// in the ledger (this process: its signals; another process: a poll of the change counter)
// arrive as row inserts and per-row dataChanged, never as resets.
class BindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ColX,
        ColA,
        ColB,
        ColSubid,
        ColCreated,
        ColExpires,
        ColTimeLeft,
        ColState,
        ColRecord,
        ColDisplay,
        ColUserData,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawRole = Qt::UserRole + 1, // the value to sort on (numbers as qint64, texts as stored)
        IdRole,                     // ledger row id (qint64)
        StateRole,                  // effective RecordState as int (active past expiry = expired)
        SearchRole,                 // the proxy's filter role; never emitted by the tick
        LiveRole                    // bool: active and not expired
    };

    BindingsModel(Ledger &ledger, const Clock &clock, QObject *parent = nullptr);
    ~BindingsModel() override;
    Q_DISABLE_COPY_MOVE(BindingsModel)

    // Only this profile's bindings (std::nullopt = all). Loads now if the profile differs or
    // nothing was loaded yet (the constructor only schedules the first load).
    void setProfileId(std::optional<qint64> profileId);
    std::optional<qint64> profileId() const { return m_profileId; }

    // Loads every binding (of the profile) from the ledger: a reset with the first rows (so a
    // view shows data at once), then the rest in chunks read by a worker thread and appended
    // as row inserts. isLoading() is true until the last chunk arrived.
    void reload();
    bool isLoading() const { return m_loading; }
    // Rows in the reset, and per chunk afterwards (defaults 2,000 and 20,000). Then reload().
    void setLoadChunks(int first, int rest);
    // Fetches what changed in the ledger since the last look (by its change counter).
    void refresh();

    // --- working set and history ---
    // The model holds the working set: pending, active and release-requested rows whatever
    // their age, plus rows that ended (released, expired, failed: last written) within this
    // window (default 24 h). Older rows leave it at the next prune (every minute, or
    // pruneWorkingSet()). Takes effect at the next reload().
    void setEndedWindowMs(qint64 ms) { m_endedWindowMs = qMax<qint64>(0, ms); }
    qint64 endedWindowMs() const { return m_endedWindowMs; }
    bool inWorkingSet(const BindingRecord &b) const;
    bool inWorkingSetAt(int row) const;
    void pruneWorkingSet();
    // History beyond the working set: pages of `query` read from the ledger (keyset paging;
    // canFetchMore()/fetchMore(), so a view asks for the next page when scrolled to the end),
    // shown with the same columns and roles. The first page is read now. Replaces (and
    // removes the rows of) an earlier history query; std::nullopt = none.
    void setHistory(std::optional<HistoryQuery> query);
    const std::optional<HistoryQuery> &history() const { return m_historyBase; }
    // The history the Bindings tab's filters call for: a search, an ended state (released,
    // expired, failed) or a date range; none otherwise (the working set already holds it).
    static std::optional<HistoryQuery> historyFor(std::optional<qint64> profileId,
                                                  const QList<RecordState> &states,
                                                  const QString &search,
                                                  std::optional<qint64> from = {},
                                                  std::optional<qint64> to = {});
    bool isHistoryRow(int row) const;
    void setHistoryPageSize(int rows) { m_historyPage = qMax(1, rows); }
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Checks the ledger for changes made by other programs every `ms` (0 = never; default 2 s).
    void setPollInterval(int ms);
    // The countdown timer (default 1000 ms; 0 stops it). tick() is what it calls.
    void setTickInterval(int ms);
    void tick();
    // The source rows a view shows (any order, out-of-range rows ignored): the tick signals the
    // time-left column of these only, as contiguous runs. Until called (or after
    // clearTickRows()) the tick signals every row.
    void setTickRows(QList<int> rows);
    void clearTickRows();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row decoded (rows are kept compact: see CompactBindings).
    BindingRecord record(int row) const { return m_rows.at(row); }
    const CompactBindings &rows() const { return m_rows; }
    RecordState effectiveStateAt(int row) const;
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    RecordState effectiveState(const BindingRecord &b) const;
    const Clock &clock() const { return m_clock; }

    // "1:02:03", "4:05", "2 d 01:00:00"; empty when nothing is left.
    static QString formatTimeLeft(qint64 ms);
    // The caller-display choice in words ("X both ways", ...).
    static QString displayText(const QString &display);
    // The tooltip of an approximate expiry (empty when it is exact).
    static QString approximateExpiryText(const BindingRecord &b);

Q_SIGNALS:
    void loadingFinished();

private:
    void scheduleRefresh();
    void stopLoader();
    void appendRows(const QList<BindingRecord> &rows);
    void startLoader(qint64 afterId);
    void noteExpiry(const BindingRecord &b, int row);
    void noteExpiryAt(int row);
    void recomputeNextExpiry();
    void rebuildIndex();
    // Removes the rows `drop` selects, as contiguous runs (last first).
    template<typename Pred> void removeRowsWhere(Pred drop);
    void fetchHistoryPage();

    Ledger &m_ledger;
    const Clock &m_clock;
    std::optional<qint64> m_profileId;
    CompactBindings m_rows;
    QHash<qint64, int> m_rowOfId;
    ChangeCursor m_feed; // where the change feed was last read
    // (expires_at, row) of live rows, earliest on top; stale entries are skipped when popped.
    std::priority_queue<std::pair<qint64, int>, std::vector<std::pair<qint64, int>>, std::greater<>>
        m_expiries;
    QList<std::pair<int, int>> m_tickRuns; // first, last source row
    bool m_tickAll = true;
    bool m_loadPending = true;
    QTimer m_tick;
    QTimer m_poll;
    bool m_refreshScheduled = false;
    bool m_loading = false;
    bool m_refreshAfterLoad = false;
    int m_firstChunk = 2'000;
    int m_chunk = 20'000;
    qint64 m_endedWindowMs = 24 * 3600 * 1000;
    std::optional<HistoryQuery> m_historyBase; // as set (first page)
    std::optional<HistoryQuery> m_history;     // with the keyset of the next page
    QSet<qint64> m_historyIds; // rows read as history (not pruned with the working set)
    bool m_historyDone = true;
    bool m_fetching = false;
    int m_historyPage = 200;
    QTimer m_prune;
    QThread *m_loader = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace pn
