#include "ui/inboxwidget.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/inboxmodel.h"
#include "ui/columnchooser.h"

#include <QBrush>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pn {

namespace {

// Rejected callbacks in the palette's "negative" colour.
class RejectedColorProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole &&
            !QIdentityProxyModel::data(index, InboxModel::AcceptedRole).toBool())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

InboxWidget::InboxWidget(InboxModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_count(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("InboxWidget"));
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    auto *proxy = new RejectedColorProxy(this);
    proxy->setSourceModel(&model);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    ColumnChooser::install(m_view->horizontalHeader(), QStringLiteral("inbox"));
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::DetailColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::FromColumn,
                                                     QHeaderView::ResizeToContents);

    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the URL may be long
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_count);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_clear, &QPushButton::clicked, this, [this] { m_model.clear(); });
    connect(&model, &QAbstractItemModel::rowsInserted, this, &InboxWidget::updateCount);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &InboxWidget::updateCount);
    connect(&model, &InboxModel::connectionCountersChanged, this, &InboxWidget::updateCount);
    retranslate();
}

void InboxWidget::connectReceiver(CallbackReceiver *receiver)
{
    if (!receiver)
        return;
    connect(receiver, &CallbackReceiver::callbackReceived, &m_model, &InboxModel::add);
    connect(receiver, &CallbackReceiver::callbackRejected, &m_model, &InboxModel::add);
    connect(
        receiver, &CallbackReceiver::connectionCut, &m_model,
        [this](const QString &, const ConnectionCounters &c) { m_model.setConnectionCounters(c); });
    if (receiver->isListening())
        setListeningUrl(receiver->callbackUrl().toString());
}

void InboxWidget::setListeningUrl(const QString &url)
{
    m_url = url;
    retranslate();
}

void InboxWidget::updateCount()
{
    const QString kept =
        tr("%1 of the last %2 kept").arg(m_model.rowCount()).arg(m_model.capacity());
    const QString cut = m_model.cutSummary();
    m_count->setText(cut.isEmpty() ? kept : kept + QStringLiteral(" · ") + cut);
}

void InboxWidget::retranslate()
{
    m_status->setText(
        m_url.isEmpty()
            ? tr("The callback receiver is not running.")
            : tr("Listening for callbacks on %1 (also /cdr and /callstart)").arg(m_url));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Empty this list; call records already stored in the ledger are kept"));
    m_model.retranslate();
    updateCount();
}

void InboxWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pn
