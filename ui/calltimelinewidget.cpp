#include "ui/calltimelinewidget.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/calltimelinemodel.h"
#include "ui/callspanel.h"
#include "ui/columnchooser.h"

#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pn {

namespace {

class TimelineIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == CallTimelineModel::EventColumn) {
            auto *timeline = static_cast<CallTimelineModel *>(sourceModel());
            const TimelineEntry &e = timeline->entry(index.row());
            if (e.cdr)
                return outcomeIcon(CallResultCatalog::outcome(e.cdr->result));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

CallTimelineWidget::CallTimelineWidget(CallStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(std::make_unique<CallTimelineModel>(store))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("CallTimelineWidget"));
    m_view->setObjectName(QStringLiteral("timelineView"));
    auto *proxy = new TimelineIconProxy(this);
    proxy->setSourceModel(m_model.get());
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    ColumnChooser::install(m_view->horizontalHeader(), QStringLiteral("timeline"));
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CallTimelineModel::DetailColumn,
                                                     QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &CallTimelineWidget::retranslate);
    retranslate();
}

CallTimelineWidget::~CallTimelineWidget() = default;

void CallTimelineWidget::connectReceiver(CallbackReceiver *receiver)
{
    if (!receiver)
        return;
    connect(receiver, &CallbackReceiver::cdrReceived, m_model.get(), &CallTimelineModel::onCdr);
    connect(receiver, &CallbackReceiver::callStartReceived, m_model.get(),
            &CallTimelineModel::onCallStart);
}

void CallTimelineWidget::setSubid(const QString &subid)
{
    m_model->setSubid(subid);
}

void CallTimelineWidget::setRevealNumbers(bool reveal)
{
    m_model->setRevealNumbers(reveal);
}

void CallTimelineWidget::retranslate()
{
    if (m_model->subid().isEmpty())
        m_title->setText(tr("Select a binding to see its calls."));
    else if (m_model->rowCount() == 0)
        m_title->setText(tr("No calls on binding %1 yet.").arg(m_model->subid()));
    else
        m_title->setText(
            tr("Calls on binding %1: call start, then CDR, per call.").arg(m_model->subid()));
}

void CallTimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pn
