#include "ui/transferstab.h"
#include "ui_transferstab.h"

#include "ui/columnchooser.h"
#include "ui/maskingproxymodel.h"

#include <QEvent>
#include <QHeaderView>

namespace pn {

TransfersTab::TransfersTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransfersTab>())
{
    m_ui->setupUi(this);
    m_masking = new MaskingProxyModel(this);
    m_ui->view->header()->setSectionsMovable(true);
    m_ui->view->setTextElideMode(Qt::ElideMiddle);
    ColumnChooser::install(m_ui->view->header(), QStringLiteral("transfers"));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &TransfersTab::searchChanged);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &TransfersTab::releaseRequested);
}

TransfersTab::~TransfersTab() = default;

void TransfersTab::setModel(QAbstractItemModel *model, const QList<int> &maskedColumns,
                            int keyColumn, int keyRole)
{
    m_masking->setSourceModel(model);
    m_masking->setMaskedColumns(maskedColumns);
    m_masking->setKey(keyColumn, keyRole);
    m_ui->view->setModel(m_masking);
}

QTreeView *TransfersTab::view() const
{
    return m_ui->view;
}

QLineEdit *TransfersTab::searchEdit() const
{
    return m_ui->searchEdit;
}

void TransfersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace pn
