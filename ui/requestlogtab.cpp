#include "ui/requestlogtab.h"
#include "ui_requestlogtab.h"

#include "ui/columnchooser.h"
#include "ui/emptyhint.h"

#include <QEvent>
#include <QHeaderView>

namespace pn {

RequestLogTab::RequestLogTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLogTab>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->view->header()->setSectionsMovable(true);
    m_ui->view->setTextElideMode(Qt::ElideMiddle);
    ColumnChooser::install(m_ui->view->header(), QStringLiteral("requestLog"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->detailText->setFont(mono);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this,
            [this] { Q_EMIT copyCurlRequested(m_ui->view->currentIndex()); });
}

RequestLogTab::~RequestLogTab() = default;

void RequestLogTab::setModel(QAbstractItemModel *model)
{
    m_ui->view->setModel(model);
    EmptyHint::install(m_ui->view, [] {
        return tr("No requests yet: every call to the platform (create, release, account) is "
                  "listed here.");
    });
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_ui->copyCurlButton->setEnabled(current.isValid());
                Q_EMIT currentChanged(current);
            });
}

QTreeView *RequestLogTab::view() const
{
    return m_ui->view;
}

QPushButton *RequestLogTab::copyCurlButton() const
{
    return m_ui->copyCurlButton;
}

void RequestLogTab::setDetail(const QString &text)
{
    m_ui->detailText->setPlainText(text);
}

QString RequestLogTab::detail() const
{
    return m_ui->detailText->toPlainText();
}

void RequestLogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace pn
