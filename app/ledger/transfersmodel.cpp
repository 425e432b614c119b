#include "ledger/transfersmodel.h"

#include "core/validation.h"
#include "ledger/bindingsmodel.h"

#include <QDateTime>

namespace pn {

TransfersModel::TransfersModel(Ledger &ledger, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TransfersModel::tick);
    m_tick.start();
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &TransfersModel::refresh);
    m_poll.start();
    connect(&m_ledger, &Ledger::transferChanged, this, &TransfersModel::scheduleRefresh);
    // Other desks' changes on a server ledger, within a second (LISTEN/NOTIFY); the poll stays.
    connect(&m_ledger, &Ledger::remoteChange, this, [this](const QString &table) {
        if (table == QLatin1StringView("transfers"))
            scheduleRefresh();
    });
    m_ledger.startLiveUpdates();
    reload();
}

void TransfersModel::setProfileId(std::optional<qint64> profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    reload();
}

void TransfersModel::setPollInterval(int ms)
{
    m_poll.stop();
    if (ms > 0) {
        m_poll.setInterval(ms);
        m_poll.start();
    }
}

void TransfersModel::setTickInterval(int ms)
{
    m_tick.stop();
    if (ms > 0) {
        m_tick.setInterval(ms);
        m_tick.start();
    }
}

void TransfersModel::reload()
{
    beginResetModel();
    m_feed = m_ledger.transfersCursor();
    m_rows = m_ledger.transfers().list(m_profileId);
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
    endResetModel();
}

void TransfersModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &TransfersModel::refresh, Qt::QueuedConnection);
}

void TransfersModel::refresh()
{
    m_refreshScheduled = false;
    // A team server that is away: keep the rows shown; its return reads the feed (remoteChange).
    if (!m_ledger.isAvailable())
        return;
    // Exact also when PostgreSQL transactions commit out of order (Ledger::ChangeCursor).
    const QList<TransferRecord> changed = m_ledger.transfersChangedAfter(&m_feed);
    QList<TransferRecord> added;
    for (const TransferRecord &t : changed) {
        if (m_profileId && t.profileId != *m_profileId)
            continue;
        const int row = m_rowOfId.value(t.id, -1);
        if (row < 0) {
            added.append(t);
            continue;
        }
        if (m_rows.at(row).rev == t.rev)
            continue;
        m_rows[row] = t;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const TransferRecord &t : std::as_const(added)) {
        m_rowOfId.insert(t.id, int(m_rows.size()));
        m_rows.append(t);
    }
    endInsertRows();
}

void TransfersModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, ColTimeLeft), index(int(m_rows.size()) - 1, ColState),
                       {Qt::DisplayRole, RawRole, StateRole});
}

RecordState TransfersModel::effectiveState(const TransferRecord &t) const
{
    if (t.state == RecordState::Active && t.expiresAt && *t.expiresAt <= m_clock.nowMs())
        return RecordState::Expired;
    return t.state;
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const TransferRecord &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == StateRole)
        return int(effectiveState(t));
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    switch (Column(index.column())) {
    case ColX:
        return t.request.x;
    case ColA:
        return t.request.anum;
    case ColCreated:
        return raw ? QVariant(t.createdAt) : QVariant(localDateTimeText(t.createdAt));
    case ColExpires:
        if (raw)
            return t.expiresAt.value_or(0);
        return t.expiresAt ? localDateTimeText(t.expiresAt) : tr("never");
    case ColTimeLeft: {
        const qint64 left = t.state == RecordState::Active && t.expiresAt
                                ? qMax<qint64>(0, *t.expiresAt - m_clock.nowMs())
                                : 0;
        return raw ? QVariant(left) : QVariant(BindingsModel::formatTimeLeft(left));
    }
    case ColState: {
        const RecordState s = effectiveState(t);
        if (raw)
            return int(s);
        if (role == Qt::ToolTipRole && !t.lastError.isEmpty())
            return t.lastError;
        return RecordStates::displayName(s);
    }
    case ColRecord:
        return raw ? QVariant(t.request.record) : QVariant(t.request.record ? tr("yes") : tr("no"));
    case ColDisplay:
        if (raw)
            return t.request.display;
        return t.request.display ? tr("real caller") : tr("X number");
    case ColUserData:
        if (raw)
            return t.request.userData;
        return Validation::decodeUserData(t.request.userData).value_or(t.request.userData);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ColX:
        return tr("X number");
    case ColA:
        return tr("Number A");
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
