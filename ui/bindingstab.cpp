#include "ui/bindingstab.h"
#include "ui_bindingstab.h"

#include "ledger/bindingsmodel.h"
#include "ui/columnchooser.h"
#include "ui/emptyhint.h"
#include "ui/maskingproxymodel.h"
#include "ui/periodfilter.h"
#include "ui/rowcolordelegate.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>

namespace pn {

BindingsTab::BindingsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BindingsTab>())
{
    m_ui->setupUi(this);
    m_masking = new MaskingProxyModel(this);
    m_delegate = new RowColorDelegate(this);
    m_ui->view->setItemDelegate(m_delegate);
    m_ui->filterRow->setStretchFactor(m_ui->searchEdit, 1);
    // Nothing in the two rows may force the window wider than a 1366 px screen allows.
    m_ui->searchEdit->setMinimumWidth(120);
    // The filters show their whole choice ("All privacy numbers" was cut to "All privacy numbe"),
    // the search field gives way instead.
    for (QComboBox *combo : {m_ui->stateCombo, m_ui->xCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    for (QLabel *caption : {m_ui->stateCaption, m_ui->xCaption})
        caption->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    for (QLabel *label : {m_ui->countLabel, m_ui->bulkLabel})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->view->header()->setSectionsMovable(true);
    m_ui->view->header()->setStretchLastSection(true);
    m_ui->view->setTextElideMode(Qt::ElideMiddle);
    // The default columns fit a 1366 px screen with the account dock open: state and time left
    // without scrolling. The rest: right-click on the header.
    ColumnChooser::install(m_ui->view->header(), QStringLiteral("bindings"),
                           {BindingsModel::ColSubid, BindingsModel::ColCreated,
                            BindingsModel::ColRecord, BindingsModel::ColUserData});
    m_period = new PeriodFilter(this);
    m_ui->filterRow->insertWidget(m_ui->filterRow->indexOf(m_ui->xCaption), m_period);
    connect(m_period, &PeriodFilter::rangeChanged, this, &BindingsTab::periodChanged);
    fillStates();
    setXNumbers({});
    // The model holds the working set; these two also page in older history from the ledger.
    m_ui->searchEdit->setToolTip(tr("Searches every binding of the profile, history included: "
                                    "older rows are read from the ledger's index."));
    m_ui->stateCombo->setToolTip(tr("Released, Expired and Failed also show older history, "
                                    "read from the ledger page by page as you scroll."));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &BindingsTab::searchChanged);
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT stateFilterChanged(stateFilter()); });
    connect(m_ui->xCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT xFilterChanged(xFilter()); });
    connect(m_ui->expiringSpin, &QSpinBox::valueChanged, this, [this] {
        m_ui->view->viewport()->update();
        Q_EMIT expiringWindowChanged(expiringWithinSeconds());
    });
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &BindingsTab::releaseRequested);
    connect(m_ui->bulkCancelButton, &QPushButton::clicked, this, &BindingsTab::bulkCancelRequested);
    connect(m_ui->view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT contextMenuRequested(m_ui->view->viewport()->mapToGlobal(pos),
                                    m_ui->view->indexAt(pos));
    });
    connect(m_ui->view, &QAbstractItemView::activated, this, &BindingsTab::activated);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_masking, signal, this, &BindingsTab::updateCount);
    connect(m_masking, &QAbstractItemModel::modelReset, this, &BindingsTab::updateCount);
    connect(m_masking, &QAbstractItemModel::layoutChanged, this, &BindingsTab::updateCount);
    // What is on screen changes with the scroll position, the viewport's size, and every
    // insert, removal, reset, filter or sort of the proxies.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_masking, signal, this, &BindingsTab::scheduleTickRows);
    connect(m_masking, &QAbstractItemModel::modelReset, this, &BindingsTab::scheduleTickRows);
    connect(m_masking, &QAbstractItemModel::layoutChanged, this, &BindingsTab::scheduleTickRows);
    connect(m_ui->view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &BindingsTab::scheduleTickRows);
    m_ui->view->viewport()->installEventFilter(this);
    m_ui->expiringSpin->setSuffix(tr(" min"));
    updateCount();
}

BindingsTab::~BindingsTab() = default;

void BindingsTab::setModel(QAbstractItemModel *model, const QList<int> &maskedColumns,
                           int keyColumn, int keyRole)
{
    m_masking->setSourceModel(model);
    m_masking->setMaskedColumns(maskedColumns);
    m_masking->setKey(keyColumn, keyRole);
    m_ui->view->setModel(m_masking);
    QAbstractItemModel *source = model;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    m_bindings = qobject_cast<BindingsModel *>(source);
    m_period->setNowFunction([this] {
        return m_bindings ? m_bindings->clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
    });
    if (!m_ui->view->viewport()->findChild<EmptyHint *>())
        EmptyHint::install(m_ui->view, [this] {
            return m_bindings && m_bindings->rowCount() > 0
                       ? tr("No binding matches the search and filters.")
                       : tr("No bindings yet — Ctrl+N creates one.");
        });
    updateCount();
    scheduleTickRows();
}

bool BindingsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->view->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleTickRows();
    return QWidget::eventFilter(watched, event);
}

void BindingsTab::scheduleTickRows()
{
    if (m_tickRowsScheduled || !m_bindings)
        return;
    m_tickRowsScheduled = true;
    QMetaObject::invokeMethod(this, &BindingsTab::updateTickRows, Qt::QueuedConnection);
}

void BindingsTab::updateTickRows()
{
    m_tickRowsScheduled = false;
    if (!m_bindings)
        return;
    QTreeView *view = m_ui->view;
    const int count = m_masking->rowCount();
    QList<int> rows;
    if (count > 0) {
        const int height = view->viewport()->height();
        const QModelIndex top = view->indexAt(QPoint(1, 1));
        const QModelIndex bottom = view->indexAt(QPoint(1, qMax(1, height - 1)));
        const int first = top.isValid() ? top.row() : 0;
        const int last = bottom.isValid() ? bottom.row() : count - 1;
        rows.reserve(last - first + 1);
        for (int row = first; row <= last; ++row) {
            QModelIndex index = m_masking->index(row, 0);
            QAbstractItemModel *model = m_masking;
            while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
                index = proxy->mapToSource(index);
                model = proxy->sourceModel();
            }
            if (index.isValid() && model == m_bindings)
                rows << index.row();
        }
    }
    m_bindings->setTickRows(rows);
}

QTreeView *BindingsTab::view() const
{
    return m_ui->view;
}

QLineEdit *BindingsTab::searchEdit() const
{
    return m_ui->searchEdit;
}

void BindingsTab::setRevealAction(QAction *action)
{
    m_ui->revealButton->setDefaultAction(action);
    m_ui->revealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void BindingsTab::setDetailWidget(QWidget *widget)
{
    if (!m_splitter) {
        const int at = m_ui->tabLayout->indexOf(m_ui->view);
        m_splitter = new QSplitter(Qt::Vertical, this);
        m_splitter->setObjectName(QStringLiteral("bindingsSplitter"));
        m_ui->tabLayout->insertWidget(at, m_splitter);
        m_splitter->addWidget(m_ui->view);
        m_splitter->setChildrenCollapsible(true);
    }
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
}

void BindingsTab::fillStates()
{
    const QSignalBlocker block(m_ui->stateCombo);
    const QString current = stateFilter();
    m_ui->stateCombo->clear();
    m_ui->stateCombo->addItem(tr("All states"), QString());
    m_ui->stateCombo->addItem(tr("Pending"), QStringLiteral("pending"));
    m_ui->stateCombo->addItem(tr("Active"), QStringLiteral("active"));
    m_ui->stateCombo->addItem(tr("Released"), QStringLiteral("released"));
    m_ui->stateCombo->addItem(tr("Expired"), QStringLiteral("expired"));
    m_ui->stateCombo->addItem(tr("Failed"), QStringLiteral("failed"));
    m_ui->stateCombo->setCurrentIndex(qMax(0, m_ui->stateCombo->findData(current)));
}

void BindingsTab::setXNumbers(const QStringList &numbers)
{
    m_xNumbers = numbers;
    const QSignalBlocker block(m_ui->xCombo);
    const QString current = xFilter();
    m_ui->xCombo->clear();
    m_ui->xCombo->addItem(tr("All privacy numbers"), QString());
    for (const QString &x : numbers)
        m_ui->xCombo->addItem(x, x);
    m_ui->xCombo->setCurrentIndex(qMax(0, m_ui->xCombo->findData(current)));
}

QString BindingsTab::stateFilter() const
{
    return m_ui->stateCombo->currentData().toString();
}

QString BindingsTab::xFilter() const
{
    return m_ui->xCombo->currentData().toString();
}

int BindingsTab::expiringWithinSeconds() const
{
    return m_ui->expiringSpin->value() * 60;
}

void BindingsTab::setExpiringWithinSeconds(int seconds)
{
    m_ui->expiringSpin->setValue(seconds / 60);
}

QModelIndexList BindingsTab::selectedRows() const
{
    if (!m_ui->view->selectionModel())
        return {};
    return m_ui->view->selectionModel()->selectedRows(0);
}

void BindingsTab::startBulk(int total, const QString &label)
{
    m_ui->bulkProgress->setRange(0, total);
    m_ui->bulkProgress->setValue(0);
    m_ui->bulkLabel->setText(label);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->bulkLabel, m_ui->bulkProgress,
                                                       m_ui->bulkCancelButton})
        w->show();
    m_ui->releaseButton->setEnabled(false);
}

void BindingsTab::setBulkProgress(int done)
{
    m_ui->bulkProgress->setValue(done);
}

void BindingsTab::finishBulk()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->bulkLabel, m_ui->bulkProgress,
                                                       m_ui->bulkCancelButton})
        w->hide();
    m_ui->releaseButton->setEnabled(true);
}

bool BindingsTab::bulkRunning() const
{
    return !m_ui->bulkProgress->isHidden();
}

void BindingsTab::updateCount()
{
    m_ui->countLabel->setText(tr("%n binding(s) shown", nullptr, m_masking->rowCount()));
}

void BindingsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStates();
        setXNumbers(m_xNumbers);
        m_ui->expiringSpin->setSuffix(tr(" min"));
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace pn
