#include "ui/emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace pn {

EmptyHint::EmptyHint(QAbstractItemView *view, TextFunction text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(QStringLiteral("emptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11pt; }"));
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    watchModel();
    update();
}

EmptyHint *EmptyHint::install(QAbstractItemView *view, TextFunction text)
{
    return new EmptyHint(view, std::move(text));
}

void EmptyHint::watchModel()
{
    for (auto &c : m_connections)
        disconnect(c);
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    m_connections[0] = connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::update);
    m_connections[1] = connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::update);
    m_connections[2] = connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::update);
    m_connections[3] = connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::update);
}

void EmptyHint::update()
{
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_text());
        setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    }
    setVisible(empty);
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        update();
    // setModel() is not a signal: a view announces nothing, so check on every show and polish.
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Polish)) {
        watchModel();
        update();
    }
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

} // namespace pn
