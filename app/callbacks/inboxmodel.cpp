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
        return e.duplicate ? tr("duplicate, acknowledged") : tr("stored");
    case TaskidColumn:
        return e.taskid;
    case SubidColumn:
        return e.subid;
    case DetailColumn:
        if (!e.accepted())
            return e.reason;
        // Translated now, not at arrival, so a language switch reaches the old rows too.
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

void InboxModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace pn
