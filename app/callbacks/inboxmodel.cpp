#include "callbacks/inboxmodel.h"

#include "core/callresultcatalog.h"

#include <QDateTime>

namespace pn {

InboxModel::InboxModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

void InboxModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void InboxModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void InboxModel::add(const CallbackEvent &event)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(event);
    endInsertRows();
    trim();
}

void InboxModel::trim()
{
    if (m_rows.size() <= m_capacity)
        return;
    beginRemoveRows({}, m_capacity, int(m_rows.size()) - 1);
    m_rows.resize(m_capacity);
    endRemoveRows();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallbackEvent &e = m_rows.at(index.row());
    if (role == AcceptedRole)
        return e.accepted();
    if (role == HttpStatusRole)
        return e.httpStatus;
    const bool display = role == Qt::DisplayRole;
    if (!display && role != RawRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == RawRole)
            return e.receivedAtMs;
        return QDateTime::fromMSecsSinceEpoch(e.receivedAtMs)
            .toLocalTime()
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case KindColumn:
        if (!e.kind)
            return display ? tr("unknown") : QVariant(-1);
        return display ? CallWords::kindName(*e.kind) : QVariant(int(*e.kind));
    case StatusColumn:
        if (role == RawRole)
            return e.httpStatus;
        if (!e.accepted())
            return tr("rejected (%1)").arg(e.httpStatus);
        if (!e.anomalies.isEmpty() && !e.duplicate)
            return tr("stored, flagged");
        return e.duplicate ? tr("duplicate, acknowledged") : tr("stored");
    case TaskidColumn:
        return e.taskid;
    case SubidColumn:
        return e.subid;
    case DetailColumn:
        if (!e.accepted())
            return e.reason;
        // Translated now, not at arrival, so a language switch reaches the old rows too.
        if (role != RawRole && !e.anomalies.isEmpty())
            return tr("%1 — implausible: %2")
                .arg(e.kind == CallbackKind::Cdr ? CallResultCatalog::describe(e.result)
                                                 : CallWords::kindName(CallbackKind::CallStart),
                     CallWords::anomalies(e.anomalies));
        if (e.kind == CallbackKind::Cdr && role != RawRole)
            return CallResultCatalog::describe(e.result);
        if (e.kind == CallbackKind::CallStart && role != RawRole)
            return CallWords::kindName(CallbackKind::CallStart);
        return role == RawRole && e.kind == CallbackKind::Cdr ? e.result : e.summary;
    case FromColumn:
        return role == Qt::ToolTipRole ? e.remote + QLatin1Char(' ') + e.path : QVariant(e.remote);
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case TaskidColumn:
        return tr("Task ID");
    case SubidColumn:
        return tr("Subid");
    case DetailColumn:
        return tr("Result or reason");
    case FromColumn:
        return tr("From");
    default:
        return {};
    }
}

void InboxModel::setConnectionCounters(const ConnectionCounters &counters)
{
    if (counters == m_counters)
        return;
    m_counters = counters;
    Q_EMIT connectionCountersChanged();
}

QString InboxModel::cutSummary() const
{
    const ConnectionCounters &c = m_counters;
    if (c.cut() == 0)
        return {};
    QStringList parts;
    const auto part = [&parts](quint64 n, const QString &text) {
        if (n > 0)
            parts << text.arg(n);
    };
    part(c.headerTimeouts + c.requestTimeouts, tr("%1 too slow"));
    part(c.idleTimeouts, tr("%1 idle"));
    part(c.evicted, tr("%1 closed at the cap"));
    part(c.refused, tr("%1 refused"));
    part(c.oversized + c.headerTooLarge, tr("%1 too large"));
    part(c.malformed, tr("%1 malformed"));
    return tr("%1 connections cut: %2").arg(c.cut()).arg(parts.join(QStringLiteral(", ")));
}

void InboxModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace pn
