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

void BindingsFilterModel::setCreatedRange(std::optional<qint64> from, std::optional<qint64> to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool BindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_bindings || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    // Single fields of the compact rows: no row is decoded while filtering.
    const CompactBindings &rows = m_bindings->rows();
    if (!m_x.isEmpty() && rows.x(sourceRow) != m_x)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(m_bindings->effectiveStateAt(sourceRow)))
        return false;
    if ((m_from && rows.createdAt(sourceRow) < *m_from) ||
        (m_to && rows.createdAt(sourceRow) >= *m_to))
        return false;
    if (m_needleText.isEmpty())
        return true;
    if (!m_needleNumber.isEmpty() && rows.numberContains(sourceRow, m_needleNumber))
        return true;
    return rows.subidContains(sourceRow, m_needleText);
}

bool BindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_bindings || sortRole() != BindingsModel::RawRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const CompactBindings &rows = m_bindings->rows();
    const int a = left.row();
    const int b = right.row();
    auto timeLeft = [this, &rows](int r) -> qint64 {
        const std::optional<qint64> at = rows.expiresAt(r);
        return rows.state(r) == RecordState::Active && at
                   ? qMax<qint64>(0, *at - m_bindings->clock().nowMs())
                   : 0;
    };
    switch (BindingsModel::Column(left.column())) {
    case BindingsModel::ColX:
        return rows.x(a) < rows.x(b);
    case BindingsModel::ColA:
        return rows.compareAnum(a, b) < 0;
    case BindingsModel::ColB:
        return rows.compareBnum(a, b) < 0;
    case BindingsModel::ColSubid:
        return rows.compareSubid(a, b) < 0;
    case BindingsModel::ColCreated:
        return rows.createdAt(a) < rows.createdAt(b);
    case BindingsModel::ColExpires:
        return rows.expiresAt(a).value_or(0) < rows.expiresAt(b).value_or(0);
    case BindingsModel::ColTimeLeft:
        return timeLeft(a) < timeLeft(b);
    case BindingsModel::ColState:
        return int(m_bindings->effectiveStateAt(a)) < int(m_bindings->effectiveStateAt(b));
    case BindingsModel::ColRecord:
        return rows.record(a) < rows.record(b);
    case BindingsModel::ColDisplay:
        return rows.display(a) < rows.display(b);
    case BindingsModel::ColUserData:
        return rows.userData(a) < rows.userData(b);
    case BindingsModel::ColumnCount:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pn
