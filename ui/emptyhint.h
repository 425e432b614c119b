#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace pn {

// A line in the middle of an empty table that says what to do ("No bindings yet — Ctrl+N
// creates one"). Shown while the view's model has no rows; the text function is asked again on
// every language change, so the hint follows the Language menu.
class EmptyHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyHint)

public:
    using TextFunction = std::function<QString()>;
    static EmptyHint *install(QAbstractItemView *view, TextFunction text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    EmptyHint(QAbstractItemView *view, TextFunction text);
    void watchModel();
    void update();

    QAbstractItemView *m_view;
    TextFunction m_text;
    QMetaObject::Connection m_connections[4];
};

} // namespace pn
