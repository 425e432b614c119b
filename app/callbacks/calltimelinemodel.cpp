#include "callbacks/calltimelinemodel.h"

#include "callbacks/callsmodel.h"
#include "core/phonemask.h"

namespace pn {

CallTimelineModel::CallTimelineModel(CallStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void CallTimelineModel::setSubid(const QString &subid)
{
    m_subid = subid;
    reload();
}

void CallTimelineModel::reload()
{
    beginResetModel();
    m_rows = m_subid.isEmpty() ? QList<TimelineEntry>() : m_store.timeline(m_subid);
    endResetModel();
}

void CallTimelineModel::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PartiesColumn), index(int(m_rows.size()) - 1, PartiesColumn),
                           {Qt::DisplayRole});
}

void CallTimelineModel::onCdr(const CdrRecord &record, bool duplicate)
{
    if (!duplicate && !m_subid.isEmpty() && record.subid == m_subid)
        reload();
}

void CallTimelineModel::onCallStart(const CallStartRecord &record, bool duplicate)
{
    if (!duplicate && !m_subid.isEmpty() && record.subid == m_subid)
        reload();
}

int CallTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_rows.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    auto num = [&](const QString &n) { return m_reveal ? n : maskNumber(n); };
    switch (index.column()) {
    case TimeColumn:
        return role == RawRole ? QVariant(e.timeSecs)
                               : QVariant(CallsModel::formatTime(e.timeSecs));
    case EventColumn:
        return CallWords::kindName(e.kind);
    case PartiesColumn:
        if (e.cdr)
            return tr("%1 → %2 via %3").arg(num(e.cdr->caller), num(e.cdr->callee), e.cdr->rcaller);
        if (e.callStart)
            return tr("%1 → %2 via %3")
                .arg(num(e.callStart->caller), num(e.callStart->callee), e.callStart->rcaller);
        return {};
    case DetailColumn:
        if (e.cdr) {
            if (role == Qt::ToolTipRole)
                return CallResultCatalog::advice(e.cdr->result);
            QString text = CallResultCatalog::describe(e.cdr->result);
            if (e.cdr->talkSeconds() > 0)
                text += tr(", talked %1").arg(CallsModel::formatDuration(e.cdr->talkSeconds()));
            const QString dir = CallWords::releaseDirection(e.cdr->releasedir);
            if (!dir.isEmpty())
                text += QStringLiteral(", ") + dir;
            return text;
        }
        if (e.callStart && !e.callStart->smsContent.isEmpty())
            return tr("SMS: %1").arg(e.callStart->smsContent);
        return {};
    case TaskidColumn:
        return e.taskid;
    default:
        return {};
    }
}

QVariant CallTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case PartiesColumn:
        return tr("Call");
    case DetailColumn:
        return tr("Result");
    case TaskidColumn:
        return tr("Task ID");
    default:
        return {};
    }
}

void CallTimelineModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace pn
