#include "ledger/bindingsmodel.h"

#include "core/validation.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace pn {

BindingsModel::BindingsModel(Ledger &ledger, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BindingsModel::tick);
    m_tick.start();
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &BindingsModel::refresh);
    m_poll.start();
    connect(&m_ledger, &Ledger::bindingChanged, this, &BindingsModel::scheduleRefresh);
    // Other desks' changes on a server ledger, within a second (LISTEN/NOTIFY); the poll stays.
    connect(&m_ledger, &Ledger::remoteChange, this, [this](const QString &table) {
        if (table == QLatin1StringView("bindings"))
            scheduleRefresh();
    });
    m_ledger.startLiveUpdates();
    m_prune.setInterval(60'000);
    connect(&m_prune, &QTimer::timeout, this, &BindingsModel::pruneWorkingSet);
    m_prune.start();
    // Deferred: the owner usually sets the profile next; loading every profile's rows first
    // and then the profile's would read the ledger twice while the window opens.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_loadPending)
                reload();
        },
        Qt::QueuedConnection);
}

void BindingsModel::setProfileId(std::optional<qint64> profileId)
{
    if (profileId == m_profileId && !m_loadPending)
        return;
    m_profileId = profileId;
    reload();
}

void BindingsModel::setPollInterval(int ms)
{
    m_poll.stop();
    if (ms > 0) {
        m_poll.setInterval(ms);
        m_poll.start();
    }
}

void BindingsModel::setTickInterval(int ms)
{
    m_tick.stop();
    if (ms > 0) {
        m_tick.setInterval(ms);
        m_tick.start();
    }
}

BindingsModel::~BindingsModel()
{
    stopLoader();
}

void BindingsModel::setLoadChunks(int first, int rest)
{
    m_firstChunk = qMax(1, first);
    m_chunk = qMax(1, rest);
}

void BindingsModel::stopLoader()
{
    if (!m_loader)
        return;
    m_cancel->store(true);
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
}

void BindingsModel::reload()
{
    stopLoader();
    m_loadPending = false;
    beginResetModel();
    // Changes made while loading are fetched afterwards by their change counter.
    m_feed = m_ledger.bindingsCursor();
    // The working set only: the first open rows (the rest follow from the worker) and the
    // recently ended, both from indexes; history stays in the ledger until asked for.
    m_rows.clear();
    const QList<BindingRecord> open =
        m_ledger.bindings().openBindings(m_profileId, 0, m_firstChunk);
    m_loading = open.size() == m_firstChunk;
    const qint64 lastOpen = open.isEmpty() ? 0 : open.last().id;
    const QList<BindingRecord> ended =
        m_ledger.bindings().bindingsEndedSince(m_profileId, m_clock.nowMs() - m_endedWindowMs);
    m_rows.reserve(open.size() + ended.size());
    for (const BindingRecord &b : open)
        m_rows.append(b);
    for (const BindingRecord &b : ended)
        m_rows.append(b);
    m_historyIds.clear();
    rebuildIndex();
    endResetModel();
    if (m_loading)
        startLoader(lastOpen);
    // The history asked for, again from its first page (for this profile).
    if (m_historyBase) {
        m_historyBase->profileId = m_profileId;
        m_history = m_historyBase;
        m_historyDone = false;
        fetchHistoryPage();
    }
}

void BindingsModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.id(i), i);
    recomputeNextExpiry();
}

bool BindingsModel::inWorkingSet(const BindingRecord &b) const
{
    if (b.state == RecordState::Pending || b.state == RecordState::Active ||
        (b.state == RecordState::Expired && b.releaseRequestedAt))
        return true;
    return b.updatedAt >= m_clock.nowMs() - m_endedWindowMs;
}

bool BindingsModel::inWorkingSetAt(int row) const
{
    const RecordState s = m_rows.state(row);
    if (s == RecordState::Pending || s == RecordState::Active ||
        (s == RecordState::Expired && m_rows.releaseRequested(row)))
        return true;
    return m_rows.updatedAt(row) >= m_clock.nowMs() - m_endedWindowMs;
}

template<typename Pred> void BindingsModel::removeRowsWhere(Pred drop)
{
    bool any = false;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (!drop(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && drop(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        any = true;
        row = first - 1;
    }
    if (any)
        rebuildIndex();
}

void BindingsModel::pruneWorkingSet()
{
    if (m_loading)
        return;
    removeRowsWhere(
        [this](int row) { return !m_historyIds.contains(m_rows.id(row)) && !inWorkingSetAt(row); });
}

std::optional<HistoryQuery> BindingsModel::historyFor(std::optional<qint64> profileId,
                                                      const QList<RecordState> &states,
                                                      const QString &search,
                                                      std::optional<qint64> from,
                                                      std::optional<qint64> to)
{
    const bool ended =
        !states.isEmpty() && std::all_of(states.begin(), states.end(), [](RecordState s) {
            return s == RecordState::Released || s == RecordState::Expired ||
                   s == RecordState::Failed;
        });
    if (search.trimmed().isEmpty() && !ended && !from && !to)
        return std::nullopt;
    HistoryQuery q;
    q.profileId = profileId;
    q.states = states;
    q.number = search.trimmed();
    q.createdFrom = from;
    q.createdTo = to;
    return q;
}

void BindingsModel::setHistory(std::optional<HistoryQuery> query)
{
    if (query) {
        query->profileId = m_profileId;
        query->beforeCreatedAt = 0;
        query->beforeId = 0;
    }
    if (query == m_historyBase)
        return;
    // The rows of the previous history leave (unless the working set holds them anyway).
    const QSet<qint64> old = std::exchange(m_historyIds, {});
    removeRowsWhere([&](int row) { return old.contains(m_rows.id(row)) && !inWorkingSetAt(row); });
    m_historyBase = query;
    m_history = std::move(query);
    m_historyDone = !m_history;
    if (m_history && !m_loadPending)
        fetchHistoryPage();
}

bool BindingsModel::isHistoryRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_historyIds.contains(m_rows.id(row));
}

bool BindingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_history && !m_historyDone && !m_fetching;
}

void BindingsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchHistoryPage();
}

void BindingsModel::fetchHistoryPage()
{
    HistoryQuery q = *m_history;
    q.limit = m_historyPage;
    const QList<BindingRecord> page = m_ledger.bindings().historyBindings(q);
    m_historyDone = page.size() < m_historyPage;
    if (!page.isEmpty()) {
        m_history->beforeCreatedAt = page.last().createdAt;
        m_history->beforeId = page.last().id;
    }
    for (const BindingRecord &b : page)
        m_historyIds.insert(b.id);
    // A view (or a model tester) asking for more while the rows go in waits for the next turn.
    m_fetching = true;
    appendRows(page);
    m_fetching = false;
}

void BindingsModel::startLoader(qint64 afterId)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    Ledger *ledger = &m_ledger;
    const std::optional<qint64> profile = m_profileId;
    const int chunk = m_chunk;
    QPointer<BindingsModel> self(this);
    // The worker reads through its own ledger connection; the rows come back to this thread
    // as queued calls. The destructor cancels and waits, so `this` outlives the worker.
    m_loader = QThread::create([=] {
        qint64 after = afterId;
        for (;;) {
            if (cancel->load())
                break;
            const QList<BindingRecord> rows =
                ledger->bindings().openBindings(profile, after, chunk);
            const bool last = rows.size() < chunk;
            if (!rows.isEmpty())
                after = rows.last().id;
            QMetaObject::invokeMethod(
                self.data(),
                [self, cancel, rows, last] {
                    if (!self || cancel->load())
                        return;
                    self->appendRows(rows);
                    if (!last)
                        return;
                    self->m_loading = false;
                    Q_EMIT self->loadingFinished();
                    if (self->m_refreshAfterLoad) {
                        self->m_refreshAfterLoad = false;
                        self->refresh();
                    }
                },
                Qt::QueuedConnection);
            if (last)
                break;
        }
        ledger->closeThreadConnection();
    });
    m_loader->start();
}

void BindingsModel::appendRows(const QList<BindingRecord> &rows)
{
    qsizetype fresh = 0;
    for (const BindingRecord &b : rows)
        fresh += m_rowOfId.contains(b.id) ? 0 : 1;
    if (fresh == 0)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh) - 1);
    m_rows.reserve(m_rows.size() + fresh);
    m_rowOfId.reserve(m_rows.size() + fresh);
    for (const BindingRecord &b : rows) {
        if (m_rowOfId.contains(b.id))
            continue;
        m_rowOfId.insert(b.id, int(m_rows.size()));
        m_rows.append(b);
        noteExpiry(b, int(m_rows.size()) - 1);
    }
    endInsertRows();
}

void BindingsModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &BindingsModel::refresh, Qt::QueuedConnection);
}

void BindingsModel::refresh()
{
    m_refreshScheduled = false;
    if (m_loading) {
        m_refreshAfterLoad = true;
        return;
    }
    // A team server that is away: keep the rows shown; its return reads the feed (remoteChange).
    if (!m_ledger.isAvailable())
        return;
    // Exact also when PostgreSQL transactions commit out of order (Ledger::ChangeCursor).
    const QList<BindingRecord> changed = m_ledger.bindingsChangedAfter(&m_feed);
    if (changed.isEmpty())
        return;
    QList<BindingRecord> added;
    for (const BindingRecord &b : changed) {
        if (m_profileId && b.profileId != *m_profileId)
            continue;
        const int row = m_rowOfId.value(b.id, -1);
        if (row < 0) {
            // A write to an old row (retention, a late release) does not pull it in.
            if (inWorkingSet(b))
                added.append(b);
            continue;
        }
        if (m_rows.rev(row) == b.rev)
            continue;
        m_rows.set(row, b);
        noteExpiry(b, row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    appendRows(added);
}

void BindingsModel::noteExpiry(const BindingRecord &b, int row)
{
    if (b.state != RecordState::Active || !b.expiresAt || *b.expiresAt <= m_clock.nowMs())
        return;
    m_expiries.push({*b.expiresAt, row});
}

void BindingsModel::noteExpiryAt(int row)
{
    const std::optional<qint64> at = m_rows.expiresAt(row);
    if (m_rows.state(row) != RecordState::Active || !at || *at <= m_clock.nowMs())
        return;
    m_expiries.push({*at, row});
}

void BindingsModel::recomputeNextExpiry()
{
    m_expiries = {};
    for (int row = 0; row < m_rows.size(); ++row)
        noteExpiryAt(row);
}

void BindingsModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    // Rows that ran out since the last tick read "expired" now, on screen or not: each gets its
    // own signal (with the filter role, so a proxy filtering by state re-checks it). The heap
    // makes this O(expired · log n); entries a later update made stale are skipped.
    while (!m_expiries.empty() && m_expiries.top().first <= now) {
        const auto [at, row] = m_expiries.top();
        m_expiries.pop();
        while (!m_expiries.empty() && m_expiries.top() == std::pair{at, row})
            m_expiries.pop();
        if (row >= m_rows.size())
            continue;
        if (m_rows.state(row) == RecordState::Active && m_rows.expiresAt(row) == at)
            Q_EMIT dataChanged(index(row, ColState), index(row, ColState),
                               {Qt::DisplayRole, RawRole, StateRole, SearchRole, LiveRole});
    }
    const int last = int(m_rows.size()) - 1;
    if (m_tickAll) {
        Q_EMIT dataChanged(index(0, ColTimeLeft), index(last, ColTimeLeft),
                           {Qt::DisplayRole, RawRole});
        return;
    }
    for (const auto &[first, end] : std::as_const(m_tickRuns)) {
        if (first > last)
            break;
        Q_EMIT dataChanged(index(first, ColTimeLeft), index(qMin(end, last), ColTimeLeft),
                           {Qt::DisplayRole, RawRole});
    }
}

void BindingsModel::setTickRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    m_tickAll = false;
    m_tickRuns.clear();
    for (const int row : std::as_const(rows)) {
        if (row < 0)
            continue;
        if (!m_tickRuns.isEmpty() && row <= m_tickRuns.last().second + 1)
            m_tickRuns.last().second = qMax(m_tickRuns.last().second, row);
        else
            m_tickRuns.append({row, row});
    }
}

void BindingsModel::clearTickRows()
{
    m_tickAll = true;
    m_tickRuns.clear();
}

RecordState BindingsModel::effectiveStateAt(int row) const
{
    const RecordState s = m_rows.state(row);
    const std::optional<qint64> at = m_rows.expiresAt(row);
    if (s == RecordState::Active && at && *at <= m_clock.nowMs())
        return RecordState::Expired;
    return s;
}

RecordState BindingsModel::effectiveState(const BindingRecord &b) const
{
    if (b.state == RecordState::Active && b.expiresAt && *b.expiresAt <= m_clock.nowMs())
        return RecordState::Expired;
    return b.state;
}

QString BindingsModel::displayText(const QString &display)
{
    // Spec 4.1 display "ab,ba": what B sees when A calls, what A sees when B calls; 0 = X.
    const QStringList parts = display.split(u',');
    if (display.isEmpty())
        return tr("X both ways");
    if (parts.size() != 2 || (parts[0] != u'0' && parts[0] != u'1') ||
        (parts[1] != u'0' && parts[1] != u'1'))
        return tr("%1 (not a display value the console knows)").arg(display);
    if (parts[0] == u'0' && parts[1] == u'0')
        return tr("X both ways");
    if (parts[0] == u'1' && parts[1] == u'1')
        return tr("real numbers both ways");
    return parts[0] == u'1' ? tr("B sees A's number, A sees X") : tr("A sees B's number, B sees X");
}

QString BindingsModel::approximateExpiryText(const BindingRecord &b)
{
    if (!b.expiryApproximate() || !b.expiresAt)
        return {};
    return tr("Approximate: the subid was learnt from a later send than the first, so the "
              "platform's expiry lies between %1 and %2. The console counts down to the "
              "earlier time, so it never shows a binding as active after the platform expired "
              "it.")
        .arg(localDateTimeText(b.expiresAt), localDateTimeText(b.expiresLatestAt));
}

QString BindingsModel::formatTimeLeft(qint64 ms)
{
    if (ms <= 0)
        return {};
    const qint64 total = (ms + 999) / 1000;
    const qint64 days = total / 86400;
    const qint64 h = (total % 86400) / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    const QChar zero(u'0');
    if (days > 0)
        return tr("%1 d %2:%3:%4")
            .arg(days)
            .arg(h, 2, 10, zero)
            .arg(m, 2, 10, zero)
            .arg(s, 2, 10, zero);
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

int BindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    switch (role) {
    case IdRole:
        return m_rows.id(row);
    case StateRole:
        return int(effectiveStateAt(row));
    case LiveRole: {
        const std::optional<qint64> at = m_rows.expiresAt(row);
        return m_rows.state(row) == RecordState::Active && (!at || *at > m_clock.nowMs());
    }
    case SearchRole:
        // Full numbers (the view may mask them): X, A, B and subid, for substring search.
        return QStringList{m_rows.x(row), m_rows.anum(row), m_rows.bnum(row), m_rows.subid(row)}
            .join(u' ');
    case Qt::TextAlignmentRole:
        if (index.column() == ColTimeLeft)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawRole;
    // Decoded on demand: the model keeps rows compact.
    const BindingRecord b = m_rows.at(row);
    switch (Column(index.column())) {
    case ColX:
        return b.request.x;
    case ColA:
        return b.request.anum;
    case ColB:
        return b.request.bnum;
    case ColSubid:
        return b.subid;
    case ColCreated:
        return raw ? QVariant(b.createdAt) : QVariant(localDateTimeText(b.createdAt));
    case ColExpires:
        if (raw)
            return b.expiresAt.value_or(0);
        if (role == Qt::ToolTipRole)
            return approximateExpiryText(b);
        // "≈": learnt by reconciliation, counted from the first send (never later than the
        // platform's expiry); the tooltip gives the window.
        return b.expiryApproximate() && b.expiresAt ? tr("≈ %1").arg(localDateTimeText(b.expiresAt))
                                                    : localDateTimeText(b.expiresAt);
    case ColTimeLeft: {
        const qint64 left = b.state == RecordState::Active && b.expiresAt
                                ? qMax<qint64>(0, *b.expiresAt - m_clock.nowMs())
                                : 0;
        if (raw)
            return left;
        if (role == Qt::ToolTipRole)
            return approximateExpiryText(b);
        const QString text = formatTimeLeft(left);
        return b.expiryApproximate() && !text.isEmpty() ? tr("≈ %1").arg(text) : text;
    }
    case ColState: {
        const RecordState s = effectiveState(b);
        if (raw)
            return int(s);
        if (role == Qt::ToolTipRole && !b.lastError.isEmpty())
            return b.lastError;
        return RecordStates::displayName(s);
    }
    case ColRecord:
        return raw ? QVariant(b.request.record) : QVariant(b.request.record ? tr("yes") : tr("no"));
    case ColDisplay:
        return raw ? QVariant(b.request.display) : QVariant(displayText(b.request.display));
    case ColUserData:
        if (raw)
            return b.request.userData;
        return Validation::decodeUserData(b.request.userData).value_or(b.request.userData);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ColX:
        return tr("X number");
    case ColA:
        return tr("Number A");
    case ColB:
        return tr("Number B");
    case ColSubid:
        return tr("Subid");
    case ColCreated:
        return tr("Created");
    case ColExpires:
        return tr("Expires");
    case ColTimeLeft:
        return tr("Time left");
    case ColState:
        return tr("State");
    case ColRecord:
        return tr("Recording");
    case ColDisplay:
        return tr("Caller display");
    case ColUserData:
        return tr("User data");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pn
