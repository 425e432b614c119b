#include "ui/rowcolordelegate.h"

#include <QPainter>

namespace pn {

RowColorDelegate::RowColorDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RowColorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (m_color && !(option.state & QStyle::State_Selected)) {
        const QColor color = m_color(index);
        if (color.isValid())
            painter->fillRect(option.rect, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void RowColorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_text)
        option->text = m_text(index, option->text);
}

} // namespace pn
