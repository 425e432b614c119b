#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include <functional>

namespace pn {

// Paints a row's background from a function of the index (state colours, rows about to
// expire), then the cell as usual. No widgets in cells; nothing but painting per row.
class RowColorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using ColorFunction = std::function<QColor(const QModelIndex &index)>;
    // May rewrite a cell's text (e.g. "12:34" → "12:34 left"); return `text` to keep it.
    using TextFunction = std::function<QString(const QModelIndex &index, const QString &text)>;

    explicit RowColorDelegate(QObject *parent = nullptr);
    void setColorFunction(ColorFunction function) { m_color = std::move(function); }
    void setTextFunction(TextFunction function) { m_text = std::move(function); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ColorFunction m_color;
    TextFunction m_text;
};

} // namespace pn
