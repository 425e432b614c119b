#include "callbacks/callsmodel.h"

#include "core/phonemask.h"
#include "core/validation.h"
#include "ledger/ledger.h"

#include <QDateTime>

namespace pn {

CallsModel::CallsModel(CallStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // CDRs other desks' receivers store in a server ledger, within a second (LISTEN/NOTIFY,
    // migration 13); the owner's poll stays as the fallback.
    if (Ledger *ledger = store.ledger()) {
        connect(ledger, &Ledger::remoteChange, this, [this](const QString &table) {
            if (table == QLatin1StringView("calls"))
                pollNew();
        });
        ledger->startLiveUpdates();
    }
}

void CallsModel::setFilter(const CallFilter &filter)
{
    m_filter = filter;
    reload();
}

void CallsModel::reload()
{
    beginResetModel();
    m_lastRowId = m_store.lastCallRowId();
    m_rows = m_store.calls(m_filter);
    m_taskids.clear();
    for (const CdrRecord &r : std::as_const(m_rows))
        m_taskids[r.taskid] += 1;
    endResetModel();
}

int CallsModel::pollNew()
{
    // A team server that is away: keep the rows shown; its return re-reads (remoteChange).
    if (const Ledger *ledger = m_store.ledger(); ledger && !ledger->isAvailable())
        return 0;
    const QList<CdrRecord> fresh = m_store.callsAfter(m_lastRowId, m_filter);
    const int before = int(m_rows.size());
    for (const CdrRecord &r : fresh) {
        m_lastRowId = std::max(m_lastRowId, r.rowId);
        addRecord(r, false);
    }
    return std::max(0, int(m_rows.size()) - before);
}

void CallsModel::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CallerColumn), index(int(m_rows.size()) - 1, CalleeColumn),
                           {Qt::DisplayRole});
}

std::optional<int> CallsModel::rowOf(const QString &taskid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).taskid == taskid)
            return i;
    }
    return std::nullopt;
}

bool CallsModel::matches(const CdrRecord &r) const
{
    const CallFilter &f = m_filter;
    if (f.fromSecs && r.beginTime < *f.fromSecs)
        return false;
    if (f.toSecs && r.beginTime >= *f.toSecs)
        return false;
    if (f.profileId && r.profileId != f.profileId)
        return false;
    if (!f.subid.isEmpty() && r.subid != f.subid)
        return false;
    return true;
}

void CallsModel::addRecord(const CdrRecord &record, bool duplicate)
{
    if (duplicate || m_taskids.contains(record.taskid) || !matches(record))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    m_taskids[record.taskid] += 1;
    endInsertRows();
    const int limit = std::max(1, m_filter.limit);
    if (m_rows.size() > limit) {
        const int first = limit;
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, first, last);
        for (int i = last; i >= first; --i) {
            const QString t = m_rows.at(i).taskid;
            if (--m_taskids[t] <= 0)
                m_taskids.remove(t);
            m_rows.removeAt(i);
        }
        endRemoveRows();
    }
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallsModel::number(const QString &n) const
{
    return m_reveal ? n : maskNumber(n);
}

QString CallsModel::formatTime(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString CallsModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString CallsModel::userDataText(const QString &userData)
{
    if (const auto decoded = Validation::decodeUserData(userData))
        return *decoded;
    return userData;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CdrRecord &r = m_rows.at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(CallResultCatalog::outcome(r.result));
    case NumbersRole:
        return QStringList{r.caller, r.callee, r.rcaller}.join(u'\n');
    case BeginTimeRole:
        return r.beginTime;
    case SubidRole:
        return r.subid;
    case TaskidRole:
        return r.taskid;
    case AdviceRole:
        return CallResultCatalog::advice(r.result);
    default:
        break;
    }
    const int column = index.column();
    if (role == RawRole) {
        switch (column) {
        case TimeColumn:
            return r.beginTime;
        case XColumn:
            return r.rcaller;
        case CallerColumn:
            return r.caller;
        case CalleeColumn:
            return r.callee;
        case ResultColumn:
            return int(CallResultCatalog::outcome(r.result));
        case RingColumn:
            return r.ringSeconds().value_or(-1);
        case TalkColumn:
            return r.talkSeconds();
        case HungUpColumn:
            return r.releasedir;
        case RecordingColumn:
            return r.recording;
        case UserDataColumn:
            return r.userData;
        case SubidColumn:
            return r.subid;
        case TaskidColumn:
            return r.taskid;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return formatTime(r.beginTime);
        case XColumn:
            return r.rcaller;
        case CallerColumn:
            return number(r.caller);
        case CalleeColumn:
            return number(r.callee);
        case ResultColumn:
            return CallResultCatalog::describe(r.result);
        case RingColumn: {
            const auto ring = r.ringSeconds();
            return ring ? formatDuration(*ring) : QString();
        }
        case TalkColumn:
            return r.talkSeconds() > 0 || r.answered() ? formatDuration(r.talkSeconds())
                                                       : QString();
        case HungUpColumn:
            return CallWords::releaseDirection(r.releasedir);
        case RecordingColumn:
            return r.recording;
        case UserDataColumn:
            return userDataText(r.userData);
        case SubidColumn:
            return r.subid;
        case TaskidColumn:
            return r.taskid;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ResultColumn:
            return CallResultCatalog::advice(r.result);
        case UserDataColumn:
            return r.userData;
        case TimeColumn:
            return tr("Received %1")
                .arg(QDateTime::fromMSecsSinceEpoch(r.receivedAtMs)
                         .toLocalTime()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        default:
            return {};
        }
    }
    return {};
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case XColumn:
        return tr("X number");
    case CallerColumn:
        return tr("Caller");
    case CalleeColumn:
        return tr("Callee");
    case ResultColumn:
        return tr("Result");
    case RingColumn:
        return tr("Ringing");
    case TalkColumn:
        return tr("Talk time");
    case HungUpColumn:
        return tr("Hung up");
    case RecordingColumn:
        return tr("Recording");
    case UserDataColumn:
        return tr("User data");
    case SubidColumn:
        return tr("Subid");
    case TaskidColumn:
        return tr("Task ID");
    default:
        return {};
    }
}

CallsFilterProxy::CallsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallsModel::RawRole);
    setDynamicSortFilter(true);
}

void CallsFilterProxy::setOutcome(std::optional<CallResultCatalog::Outcome> outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void CallsFilterProxy::setTimeRange(std::optional<qint64> fromSecs, std::optional<qint64> toSecs)
{
    m_from = fromSecs;
    m_to = toSecs;
    invalidateFilter();
}

void CallsFilterProxy::setNumber(const QString &number)
{
    m_number = normalizedNumber(number.trimmed());
    invalidateFilter();
}

void CallsFilterProxy::setSubid(const QString &subid)
{
    m_subid = subid.trimmed();
    invalidateFilter();
}

bool CallsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_outcome && i.data(CallsModel::OutcomeRole).toInt() != int(*m_outcome))
        return false;
    const qint64 t = i.data(CallsModel::BeginTimeRole).toLongLong();
    if (m_from && t < *m_from)
        return false;
    if (m_to && t >= *m_to)
        return false;
    if (!m_subid.isEmpty() &&
        !i.data(CallsModel::SubidRole).toString().contains(m_subid, Qt::CaseInsensitive))
        return false;
    if (!m_number.isEmpty()) {
        const QStringList numbers = i.data(CallsModel::NumbersRole).toString().split(u'\n');
        const bool any = std::any_of(numbers.begin(), numbers.end(), [&](const QString &n) {
            return normalizedNumber(n).contains(m_number);
        });
        if (!any)
            return false;
    }
    return true;
}

void CallsModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace pn
