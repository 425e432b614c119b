#include "ui/maskingproxymodel.h"

#include "core/phonemask.h"

namespace pn {

MaskingProxyModel::MaskingProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

void MaskingProxyModel::setMaskedColumns(const QList<int> &columns)
{
    m_columns = columns;
    emitAllChanged();
}

QString MaskingProxyModel::keyOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return QIdentityProxyModel::data(this->index(index.row(), m_keyColumn, index.parent()),
                                     m_keyRole)
        .toString();
}

bool MaskingProxyModel::isRevealed(const QModelIndex &index) const
{
    return m_revealAll || m_revealed.contains(keyOf(index));
}

bool MaskingProxyModel::isMasked(const QModelIndex &index) const
{
    return index.isValid() && m_columns.contains(index.column()) && !isRevealed(index);
}

void MaskingProxyModel::revealRow(const QModelIndex &index)
{
    const QString key = keyOf(index);
    if (key.isEmpty() || m_revealAll || m_revealed.contains(key))
        return;
    m_revealed.insert(key);
    if (!m_columns.isEmpty()) {
        int lo = m_columns.first(), hi = m_columns.first();
        for (int c : m_columns) {
            lo = qMin(lo, c);
            hi = qMax(hi, c);
        }
        Q_EMIT dataChanged(this->index(index.row(), lo, index.parent()),
                           this->index(index.row(), hi, index.parent()),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
    Q_EMIT rowRevealed(key);
}

void MaskingProxyModel::setRevealAll(bool revealAll)
{
    if (m_revealAll == revealAll)
        return;
    m_revealAll = revealAll;
    emitAllChanged();
    Q_EMIT revealAllChanged(revealAll);
}

void MaskingProxyModel::maskAll()
{
    m_revealed.clear();
    if (m_revealAll) {
        setRevealAll(false);
        return;
    }
    emitAllChanged();
}

void MaskingProxyModel::emitAllChanged()
{
    const int rows = rowCount();
    const int cols = columnCount();
    if (rows > 0 && cols > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, cols - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant MaskingProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !isMasked(index))
        return value;
    if (value.typeId() != QMetaType::QString)
        return value;
    return maskNumber(value.toString());
}

} // namespace pn
