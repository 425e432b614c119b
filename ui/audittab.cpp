#include "ui/audittab.h"

#include "ledger/auditmodel.h"
#include "ledger/ledger.h"
#include "ui/bulkactions.h"
#include "ui/columnchooser.h"
#include "ui/emptyhint.h"
#include "ui/periodfilter.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace pn {

namespace {

// Fits a 1366x768 desk: the detail column takes what the others leave.
constexpr struct
{
    int column;
    int width;
} kWidths[] = {
    {AuditModel::ColTime, 150},   {AuditModel::ColDesk, 160},    {AuditModel::ColProfile, 120},
    {AuditModel::ColAction, 190}, {AuditModel::ColProgram, 120},
};

QTabWidget *tabWidgetOf(QWidget *page)
{
    // A QTabWidget's pages live in its QStackedWidget.
    QWidget *stack = page->parentWidget();
    return stack && qobject_cast<QStackedWidget *>(stack)
               ? qobject_cast<QTabWidget *>(stack->parentWidget())
               : nullptr;
}

} // namespace

AuditTab::AuditTab(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("auditTab"));
    m_model = new AuditModel(ledger, this);
    m_model->setPollInterval(0); // while shown only (showEvent)

    m_deskCaption = new QLabel(this);
    m_desk = new QComboBox(this);
    m_desk->setObjectName(QStringLiteral("auditDeskCombo"));
    m_desk->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_desk->setMinimumContentsLength(10);
    m_deskCaption->setBuddy(m_desk);
    m_actionCaption = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(10);
    m_actionCaption->setBuddy(m_action);
    m_profileCaption = new QLabel(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("auditProfileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(8);
    m_profileCaption->setBuddy(m_profile);
    m_period = new PeriodFilter(this);
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setNowFunction([&ledger] { return ledger.clock().nowMs(); });
    m_period->setTexts([] { return tr("Time:"); },
                       [] { return tr("Only what was done in this period (local days)."); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_deskCaption);
    filters->addWidget(m_desk);
    filters->addSpacing(8);
    filters->addWidget(m_actionCaption);
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(m_profileCaption);
    filters->addWidget(m_profile);
    filters->addStretch(1);
    // The period, the count and Export on a second row: on one row the tab alone was 848 px
    // wide at least, and the window with its docks no longer fitted 1024 px.
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    periodRow->addWidget(m_count);
    periodRow->addWidget(m_export);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setModel(m_model); // newest first; paged, so not sortable by the view
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    for (const auto &w : kWidths)
        header->resizeSection(w.column, w.width);
    header->setSectionResizeMode(AuditModel::ColDetail, QHeaderView::Stretch);
    ColumnChooser::install(header, QStringLiteral("audit"));
    EmptyHint::install(m_view, [this] {
        const AuditQuery q = m_model->query();
        const bool filtered = !q.desk.isEmpty() || !q.actions.isEmpty() ||
                              !q.profileName.isEmpty() || q.fromMs || q.toMs;
        return filtered ? tr("No audit row matches the filters.")
                        : tr("Nothing recorded yet: bindings, releases, transfers, revealed "
                             "numbers, exports, profile changes and bulk jobs are listed here "
                             "with the desk that did them.");
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(periodRow);
    layout->addWidget(m_view, 1);

    connect(m_desk, &QComboBox::currentIndexChanged, this, &AuditTab::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTab::applyFilters);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &AuditTab::applyFilters);
    connect(m_period, &PeriodFilter::rangeChanged, this, &AuditTab::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &AuditTab::exportInteractive);
    connect(m_model, &AuditModel::countChanged, this, &AuditTab::updateCount);
    // A desk or an action seen for the first time (a live row) joins the filter choices.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r) {
                    const AuditEntry &e = m_model->entry(r);
                    if ((!e.desk.isEmpty() && !m_desks.contains(e.desk)) ||
                        !m_actions.contains(e.action) ||
                        (!e.profileName.isEmpty() && !m_profiles.contains(e.profileName))) {
                        fillChoices();
                        return;
                    }
                }
            });
    retranslate();
    updateCount();
}

AuditTab::~AuditTab() = default;

AuditTab *AuditTab::install(QTabWidget *tabs, Ledger &ledger)
{
    auto *tab = new AuditTab(ledger);
    tabs->addTab(tab, tr("Audit"));
    return tab;
}

void AuditTab::applyFilters()
{
    AuditQuery q;
    q.desk = m_desk->currentData().toString();
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        q.actions = {action};
    q.profileName = m_profile->currentData().toString();
    q.fromMs = m_period->fromMs();
    if (const auto to = m_period->toMs())
        q.toMs = *to - 1; // PeriodFilter's end is exclusive, AuditQuery's inclusive
    m_model->setQuery(q);
}

void AuditTab::fillChoices()
{
    QStringList desks = m_ledger.log().auditDesks();
    QStringList actions = m_ledger.log().auditActions();
    QStringList profiles = m_ledger.log().auditProfileNames();
    // What is chosen stays offered, even if no row has it (any more).
    const QString desk = m_desk->currentData().toString();
    const QString action = m_action->currentData().toString();
    const QString profile = m_profile->currentData().toString();
    // A user at any computer ("anna" for anna@desk1, anna@laptop, …), as `pnctl audit --desk`.
    QStringList users;
    for (const QString &d : std::as_const(desks)) {
        const qsizetype at = d.indexOf(u'@');
        if (at > 0 && !users.contains(d.left(at)))
            users << d.left(at);
    }
    std::sort(users.begin(), users.end());
    if (!desk.isEmpty() && desk.contains(u'@') && !desks.contains(desk))
        desks << desk;
    if (!desk.isEmpty() && !desk.contains(u'@') && !users.contains(desk))
        users << desk;
    if (!action.isEmpty() && !actions.contains(action))
        actions << action;
    if (!profile.isEmpty() && !profiles.contains(profile))
        profiles << profile;
    m_desks = desks;
    m_actions = actions;
    m_profiles = profiles;
    {
        const QSignalBlocker blockDesk(m_desk);
        const QSignalBlocker blockAction(m_action);
        const QSignalBlocker blockProfile(m_profile);
        m_desk->clear();
        m_desk->addItem(tr("Any desk"), QString());
        for (const QString &d : std::as_const(desks))
            m_desk->addItem(d, d);
        for (const QString &u : std::as_const(users)) {
            m_desk->addItem(tr("%1 at any computer").arg(u), u);
            m_desk->setItemData(m_desk->count() - 1,
                                tr("What the user %1 did, on whichever computer").arg(u),
                                Qt::ToolTipRole);
        }
        m_desk->setCurrentIndex(qMax(0, m_desk->findData(desk)));
        m_action->clear();
        m_action->addItem(tr("Any action"), QString());
        for (const QString &a : std::as_const(actions)) {
            m_action->addItem(AuditModel::actionText(a), a);
            m_action->setItemData(m_action->count() - 1, a, Qt::ToolTipRole);
        }
        m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
        m_profile->clear();
        m_profile->addItem(tr("Any profile"), QString());
        for (const QString &p : std::as_const(profiles))
            m_profile->addItem(p, p);
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(profile)));
    }
}

void AuditTab::updateCount()
{
    const qint64 total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    m_count->setText(loaded >= total
                         ? tr("%n row(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                         : tr("%1 of %2 rows (scroll for more)").arg(loaded).arg(total));
}

qint64 AuditTab::exportTo(const QString &path, QString *message)
{
    QString error;
    const qint64 rows = m_model->exportCsv(path, &error);
    if (message)
        *message = rows < 0 ? error
                            : tr("%n audit row(s) exported to %1 (numbers masked).", nullptr,
                                 int(qMin<qint64>(rows, INT_MAX)))
                                  .arg(QFileInfo(path).fileName());
    return rows;
}

void AuditTab::exportInteractive()
{
    QString path = BulkActions::takeNextExportPath();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the audit log to CSV"),
                                            QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString text;
    exportTo(path, &text);
    Q_EMIT message(text);
}

void AuditTab::retranslate()
{
    m_deskCaption->setText(tr("Desk:"));
    m_desk->setToolTip(tr("Only what this desk (OS user @ computer, or $PN_DESK) did"));
    m_actionCaption->setText(tr("Action:"));
    m_profileCaption->setText(tr("Profile:"));
    m_profile->setToolTip(tr("Only what was done on this profile (its name at the time, also "
                             "for a profile removed since)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Write every row that matches the filters to a CSV file (UTF-8 "
                            "with BOM); numbers stay masked"));
    fillChoices(); // "Any desk", the actions' names
    updateCount();
    if (m_model->columnCount() > 0)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    if (QTabWidget *tabs = tabWidgetOf(this))
        tabs->setTabText(tabs->indexOf(this), tr("Audit"));
}

void AuditTab::setPollInterval(int ms)
{
    m_pollMs = ms;
    if (isVisible())
        m_model->setPollInterval(ms);
}

void AuditTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->refresh(); // what other desks wrote while the tab was hidden
    m_model->setPollInterval(m_pollMs);
}

void AuditTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setPollInterval(0);
}

void AuditTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pn
