#include "ledger/requestlogmodel.h"

#include "core/errorcatalog.h"

#include <QDateTime>

namespace pn {

RequestLogModel::RequestLogModel(Ledger &ledger, int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_maxRows(qMax(1, maxRows))
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &RequestLogModel::refresh);
    m_poll.start();
    connect(&m_ledger, &Ledger::requestLogged, this, &RequestLogModel::scheduleRefresh);
    // Other programs' requests on a server ledger, within a second (LISTEN/NOTIFY, migration
    // 13); the poll stays as the fallback.
    connect(&m_ledger, &Ledger::remoteChange, this, [this](const QString &table) {
        if (table == QLatin1StringView("request_log"))
            scheduleRefresh();
    });
    m_ledger.startLiveUpdates();
    reload();
}

void RequestLogModel::setProfileId(std::optional<qint64> profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    reload();
}

void RequestLogModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trim();
}

void RequestLogModel::setPollInterval(int ms)
{
    m_poll.stop();
    if (ms > 0) {
        m_poll.setInterval(ms);
        m_poll.start();
    }
}

void RequestLogModel::reload()
{
    beginResetModel();
    m_rows = m_ledger.log().requestLog(m_maxRows, m_profileId);
    m_lastId = m_rows.isEmpty() ? m_ledger.log().requestLog(1).value(0).id : m_rows.first().id;
    endResetModel();
}

void RequestLogModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &RequestLogModel::refresh, Qt::QueuedConnection);
}

void RequestLogModel::refresh()
{
    m_refreshScheduled = false;
    // A team server that is away: keep the rows shown; its return re-reads (remoteChange).
    if (!m_ledger.isAvailable())
        return;
    QList<RequestLogEntry> added;
    for (const RequestLogEntry &e : m_ledger.log().requestLogSince(m_lastId)) {
        m_lastId = qMax(m_lastId, e.id);
        if (!m_profileId || e.profileId == m_profileId)
            added.prepend(e); // newest first
    }
    if (added.size() > m_maxRows)
        added.resize(m_maxRows);
    if (added.isEmpty())
        return;
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_rows = added + m_rows;
    endInsertRows();
    trim();
}

void RequestLogModel::trim()
{
    if (m_rows.size() <= m_maxRows)
        return;
    beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    endRemoveRows();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const RequestLogEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    switch (Column(index.column())) {
    case ColTime:
        if (raw)
            return e.at;
        return QDateTime::fromMSecsSinceEpoch(e.at).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ColMethod:
        return e.method;
    case ColPath:
        return role == Qt::ToolTipRole && !e.params.isEmpty() ? e.path + u'?' + e.params : e.path;
    case ColReqid:
        return e.reqid;
    case ColHttp:
        if (raw)
            return e.httpStatus;
        return e.httpStatus ? QString::number(e.httpStatus) : tr("none");
    case ColError:
        if (raw)
            return e.errorCode ? QVariant(*e.errorCode) : QVariant(-1);
        if (!e.errorCode)
            return QString();
        return role == Qt::ToolTipRole ? ErrorCatalog::describe(*e.errorCode)
                                       : QString::number(*e.errorCode);
    case ColReason:
        return e.reason;
    case ColLatency:
        return raw ? QVariant(e.latencyMs) : QVariant(tr("%1 ms").arg(e.latencyMs));
    case ColAttempt:
        return e.attempt;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ColTime:
        return tr("Time");
    case ColMethod:
        return tr("Method");
    case ColPath:
        return tr("Path");
    case ColReqid:
        return tr("Request ID");
    case ColHttp:
        return tr("HTTP");
    case ColError:
        return tr("Error");
    case ColReason:
        return tr("Reason");
    case ColLatency:
        return tr("Latency");
    case ColAttempt:
        return tr("Attempt");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pn
