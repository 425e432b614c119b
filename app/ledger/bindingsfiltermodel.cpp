#include "ledger/bindingsfiltermodel.h"

#include "core/validation.h"
#include "ledger/bindingsmodel.h"

namespace pn {

BindingsFilterModel::BindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(BindingsModel::SearchRole);
    setSortRole(BindingsModel::RawRole);
    setDynamicSortFilter(true);
}

void BindingsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_bindings = qobject_cast<BindingsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void BindingsFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_needleText = text.trimmed();
    m_needleNumber = normalizedNumber(m_needleText);
    invalidateRowsFilter();
}

void BindingsFilterModel::setStates(const QList<RecordState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

void BindingsFilterModel::setXNumber(const QString &x)
{
    const QString normalized = normalizedNumber(x.trimmed());
    if (normalized == m_x)
        return;
    m_x = normalized;
    invalidateRowsFilter();
}

bool BindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_bindings || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const BindingRecord &b = m_bindings->record(sourceRow);
    if (!m_x.isEmpty() && b.request.x != m_x)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(m_bindings->effectiveState(b)))
        return false;
    if (m_needleText.isEmpty())
        return true;
    if (!m_needleNumber.isEmpty() &&
        (b.request.anum.contains(m_needleNumber) || b.request.bnum.contains(m_needleNumber) ||
         b.request.x.contains(m_needleNumber)))
        return true;
    return b.subid.contains(m_needleText, Qt::CaseInsensitive);
}

bool BindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_bindings || sortRole() != BindingsModel::RawRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const BindingRecord &a = m_bindings->record(left.row());
    const BindingRecord &b = m_bindings->record(right.row());
    auto timeLeft = [this](const BindingRecord &r) -> qint64 {
        return r.state == RecordState::Active && r.expiresAt
                   ? qMax<qint64>(0, *r.expiresAt - m_bindings->clock().nowMs())
                   : 0;
    };
    switch (BindingsModel::Column(left.column())) {
    case BindingsModel::ColX:
        return a.request.x < b.request.x;
    case BindingsModel::ColA:
        return a.request.anum < b.request.anum;
    case BindingsModel::ColB:
        return a.request.bnum < b.request.bnum;
    case BindingsModel::ColSubid:
        return a.subid < b.subid;
    case BindingsModel::ColCreated:
        return a.createdAt < b.createdAt;
    case BindingsModel::ColExpires:
        return a.expiresAt.value_or(0) < b.expiresAt.value_or(0);
    case BindingsModel::ColTimeLeft:
        return timeLeft(a) < timeLeft(b);
    case BindingsModel::ColState:
        return int(m_bindings->effectiveState(a)) < int(m_bindings->effectiveState(b));
    case BindingsModel::ColRecord:
        return a.request.record < b.request.record;
    case BindingsModel::ColDisplay:
        return a.request.display < b.request.display;
    case BindingsModel::ColUserData:
        return a.request.userData < b.request.userData;
    case BindingsModel::ColumnCount:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pn
