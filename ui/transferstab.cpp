#include "ui/transferstab.h"
#include "ui_transferstab.h"

#include "ui/columnchooser.h"
#include "ui/emptyhint.h"
#include "ui/maskingproxymodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

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
    m_ui->view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = menuFor(m_ui->view->indexAt(pos))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_ui->view->viewport()->mapToGlobal(pos));
        }
    });
}

QMenu *TransfersTab::menuFor(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const auto addExport = [this, menu] {
        QAction *exportTable = menu->addAction(tr("Export…"));
        exportTable->setObjectName(QStringLiteral("menuExportTable"));
        connect(exportTable, &QAction::triggered, this, &TransfersTab::exportRequested);
    };
    if (!index.isValid()) {
        addExport();
        return menu;
    }
    m_ui->view->setCurrentIndex(index);
    QAction *release = menu->addAction(tr("Release…"));
    release->setObjectName(QStringLiteral("menuReleaseTransfer"));
    connect(release, &QAction::triggered, this, &TransfersTab::releaseRequested);
    QAction *simulate = menu->addAction(tr("Simulate call…"));
    simulate->setObjectName(QStringLiteral("menuSimulateTransfer"));
    const QPersistentModelIndex row(index);
    connect(simulate, &QAction::triggered, this, [this, row] {
        if (row.isValid())
            Q_EMIT simulateCallRequested(row);
    });
    menu->addSeparator();
    addExport();
    return menu;
}

TransfersTab::~TransfersTab() = default;

void TransfersTab::setModel(QAbstractItemModel *model, const QList<int> &maskedColumns,
                            int keyColumn, int keyRole)
{
    m_masking->setSourceModel(model);
    m_masking->setMaskedColumns(maskedColumns);
    m_masking->setKey(keyColumn, keyRole);
    m_ui->view->setModel(m_masking);
    if (!m_ui->view->viewport()->findChild<EmptyHint *>())
        EmptyHint::install(m_ui->view, [] {
            return tr("No transfers yet — “New transfer” forwards every call to an X number to "
                      "one real number.");
        });
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
