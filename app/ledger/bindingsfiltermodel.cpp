#include "bindingsfiltermodel.h"

#include "bindingsmodel.h"
#include "validation.h"

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

} // namespace pn
