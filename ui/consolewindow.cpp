#include "ui/consolewindow.h"
#include "ui_mainwindow.h"

#include "callbacks/callbackreceiver.h"
#include "core/errorcatalog.h"
#include "core/phonemask.h"
#include "core/settings.h"
#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/requestlogmodel.h"
#include "ledger/transfersmodel.h"
#include "session/console.h"
#include "ui/accountpanel.h"
#include "ui/audittab.h"
#include "ui/bindingdialog.h"
#include "ui/bindingsactions.h"
#include "ui/bindingstab.h"
#include "ui/bulkactions.h"
#include "ui/callsarchiveagent.h"
#include "ui/callsarchivealerts.h"
#include "ui/callsarchivetab.h"
#include "ui/callspanel.h"
#include "ui/calltimelinewidget.h"
#include "ui/environmentcolors.h"
#include "ui/expirynotifier.h"
#include "ui/inboxwidget.h"
#include "ui/maskingproxymodel.h"
#include "ui/openledgerdialog.h"
#include "ui/periodfilter.h"
#include "ui/profileswitcher.h"
#include "ui/requestlogtab.h"
#include "ui/retentiondialog.h"
#include "ui/rowcolordelegate.h"
#include "ui/sandboxfaultspanel.h"
#include "ui/simulatecalldialog.h"
#include "ui/transferdialog.h"
#include "ui/transferstab.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace pn {

ConsoleWindow::ConsoleWindow(Console &console, QWidget *parent)
    : MainWindow(console.clock(), parent)
    , m_console(console)
{
    setupBindings();
    setupTransfers();
    m_actions = new BindingsActions(m_console, *m_bindings, *m_transfers, this, this);
    m_actions->setRevealedCheck(
        [this](qint64 id) { return bindingsTab()->masking()->isKeyRevealed(QString::number(id)); });
    connect(m_actions, &BindingsActions::message, this, &ConsoleWindow::message);
    connect(m_actions, &BindingsActions::releaseStarted, this,
            [this](int total) { bindingsTab()->startBulk(total, tr("Releasing…")); });
    connect(m_actions, &BindingsActions::releaseProgressed, this,
            [this](int done) { bindingsTab()->setBulkProgress(done); });
    connect(m_actions, &BindingsActions::releaseFinished, this,
            [this](int released, int failed, bool cancelled) {
                bindingsTab()->finishBulk();
                Q_EMIT bulkFinished(released, failed, cancelled);
            });
    m_expiry = new ExpiryNotifier(*m_bindings, clock(), this);
    connect(m_expiry, &ExpiryNotifier::warnedAbout, this, [this](const QString &text) {
        bindingsTab()->view()->viewport()->update();
        message(text);
    });
    setupRequestLog();
    setupCalls();
    connect(AuditTab::install(ui()->tabs, m_console.ledger()), &AuditTab::message, this,
            &ConsoleWindow::message);
    setupActions();
    if (m_console.sandbox())
        SandboxFaultsPanel::install(this, ui()->menuView, *m_console.sandbox());
    BulkActions::install(*this, m_console);
    LedgerActions::install(*this, m_console);
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    statusBar()->addPermanentWidget(m_secretsLabel);
    showSecretBackend();

    connect(&m_console, &Console::profileChanged, this, &ConsoleWindow::onProfileChanged);
    connect(&m_console, &Console::connectionChanged, this, [this] {
        setConnection(Connection(int(m_console.connection())), m_console.connectionDetail());
    });
    connect(&m_console, &Console::clockSkewChanged, this,
            [this](qint64 offsetMs) { setClockSkewMs(offsetMs); });
    connect(&m_console, &Console::accountStatusReceived, this, [this](const PlatformResult &r) {
        accountPanel()->setBusy(false);
        if (r.account && r.ok())
            accountPanel()->setStatus(*r.account);
        else
            accountPanel()->setFailure(r.message);
        if (m_console.client())
            setClockSkewMs(m_console.client()->estimatedClockOffsetMs());
    });
    connect(&m_console, &Console::reconciled, this, [this](const ReconcileReport &report) {
        if (const QString summary = Session::reconcileSummary(report); !summary.isEmpty())
            message(summary);
    });
    // Never set: every 5 minutes (AccountPanel::DefaultAutoRefreshSeconds), not off.
    accountPanel()->setAutoRefreshSeconds(Settings::accountAutoRefreshSeconds.isSet()
                                              ? Settings::accountAutoRefreshSeconds.value()
                                              : AccountPanel::DefaultAutoRefreshSeconds);
    connect(accountPanel(), &AccountPanel::autoRefreshChanged, this,
            [](int seconds) { Settings::accountAutoRefreshSeconds.setValue(seconds); });
    // A CDR on the current profile means a charged call: the balance changed.
    if (CallbackReceiver *receiver = m_console.receiver())
        connect(receiver, &CallbackReceiver::cdrReceived, this,
                [this](const CdrRecord &cdr, bool duplicate) {
                    const auto p = m_console.currentProfile();
                    if (!duplicate && p && (!cdr.profileId || *cdr.profileId == p->id))
                        accountPanel()->refreshSoon();
                });
    connect(accountPanel(), &AccountPanel::refreshRequested, this, [this] {
        accountPanel()->setBusy(true);
        m_console.refreshAccount();
    });
    m_profileSwitcher = new ProfileSwitcher(*this, m_console);
    connect(ui()->profileCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = ui()->profileCombo->itemData(index).toLongLong();
        if (id == -1) { // "Manage profiles…"
            fillProfiles();
            m_profileSwitcher->openProfilesDialog();
            return;
        }
        if (m_console.currentProfile() && m_console.currentProfile()->id == id)
            return;
        m_profileSwitcher->switchTo(id);
    });

    installRetention(this, m_console, ui()->menuBar);

    auto *expiryTimer = new QTimer(this);
    expiryTimer->setInterval(5000);
    connect(expiryTimer, &QTimer::timeout, this, &ConsoleWindow::checkExpiring);
    expiryTimer->start();

    fillProfiles();
    onProfileChanged();
    if (m_console.firstStart())
        message(tr("Welcome! The Sandbox profile is ready: press Ctrl+N to create a binding."));
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::setupBindings()
{
    m_bindings = new BindingsModel(m_console.ledger(), clock(), this);
    m_bindings->setEndedWindowMs(qint64(Settings::workingSetHours.value()) * 3'600'000);
    m_bindingsFilter = new BindingsFilterModel(this);
    m_bindingsFilter->setSourceModel(m_bindings);
    BindingsTab *tab = bindingsTab();
    tab->setModel(m_bindingsFilter, {BindingsModel::ColA, BindingsModel::ColB}, 0,
                  BindingsModel::IdRole);
    QTreeView *view = tab->view();
    view->sortByColumn(BindingsModel::ColCreated, Qt::DescendingOrder);
    view->header()->resizeSection(BindingsModel::ColX, 110);
    view->header()->resizeSection(BindingsModel::ColA, 110);
    view->header()->resizeSection(BindingsModel::ColB, 110);
    view->header()->resizeSection(BindingsModel::ColSubid, 250);
    view->header()->resizeSection(BindingsModel::ColCreated, 140);
    view->header()->resizeSection(BindingsModel::ColExpires, 140);
    view->header()->resizeSection(BindingsModel::ColTimeLeft, 110);
    tab->delegate()->setColorFunction(
        [this](const QModelIndex &index) { return bindingColor(index); });
    tab->delegate()->setTextFunction([](const QModelIndex &index, const QString &text) {
        if (index.column() == BindingsModel::ColTimeLeft && !text.isEmpty())
            return ConsoleWindow::tr("%1 left").arg(text);
        return text;
    });
    connect(tab, &BindingsTab::searchChanged, m_bindingsFilter,
            &BindingsFilterModel::setSearchText);
    connect(tab, &BindingsTab::stateFilterChanged, this, [this](const QString &state) {
        QList<RecordState> states;
        if (const auto s = RecordStates::fromSql(state))
            states << *s;
        m_bindingsFilter->setStates(states);
    });
    connect(tab, &BindingsTab::xFilterChanged, m_bindingsFilter, &BindingsFilterModel::setXNumber);
    // History beyond the working set is paged from the ledger while a search, an ended state
    // or a date range asks for it (after typing pauses).
    auto *history = new QTimer(this);
    history->setSingleShot(true);
    history->setInterval(250);
    connect(history, &QTimer::timeout, this, [this, tab] {
        m_bindings->setHistory(BindingsModel::historyFor(
            m_bindings->profileId(), m_bindingsFilter->states(), tab->searchEdit()->text(),
            m_bindingsFilter->createdFrom(), m_bindingsFilter->createdTo()));
    });
    connect(tab, &BindingsTab::periodChanged, this, [this, tab, history] {
        m_bindingsFilter->setCreatedRange(tab->periodFilter()->fromMs(),
                                          tab->periodFilter()->toMs());
        history->start();
    });
    connect(tab, &BindingsTab::searchChanged, history, qOverload<>(&QTimer::start));
    connect(tab, &BindingsTab::stateFilterChanged, history, qOverload<>(&QTimer::start));
    connect(tab, &BindingsTab::releaseRequested, this, &ConsoleWindow::releaseSelected);
    connect(tab, &BindingsTab::bulkCancelRequested, this, &ConsoleWindow::cancelBulk);
    connect(tab, &BindingsTab::contextMenuRequested, this, &ConsoleWindow::showBindingMenu);
    connect(tab, &BindingsTab::expiringWindowChanged, this, &ConsoleWindow::checkExpiring);
    connect(tab->masking(), &MaskingProxyModel::rowRevealed, this, [this](const QString &key) {
        const auto b = m_console.ledger().bindings().bindingById(key.toLongLong());
        m_console.audit(QStringLiteral("reveal-numbers"),
                        QStringLiteral("binding %1 (subid %2)").arg(key, b ? b->subid : QString()));
    });
    connect(tab->masking(), &MaskingProxyModel::revealAllChanged, this, [this](bool all) {
        ui()->actionRevealAll->setChecked(all);
        transfersTab()->masking()->setRevealAll(all);
        if (all)
            m_console.audit(QStringLiteral("reveal-numbers-session"),
                            QStringLiteral("every real number shown for this session"));
    });
}

void ConsoleWindow::setupTransfers()
{
    m_transfers = new TransfersModel(m_console.ledger(), clock(), this);
    m_transfersFilter = new QSortFilterProxyModel(this);
    m_transfersFilter->setSourceModel(m_transfers);
    m_transfersFilter->setSortRole(TransfersModel::RawRole);
    m_transfersFilter->setFilterKeyColumn(-1);
    m_transfersFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    transfersTab()->setModel(m_transfersFilter, {TransfersModel::ColA}, 0, TransfersModel::IdRole);
    transfersTab()->view()->sortByColumn(TransfersModel::ColCreated, Qt::DescendingOrder);
    for (int column : {TransfersModel::ColCreated, TransfersModel::ColExpires})
        transfersTab()->view()->header()->resizeSection(column, 150);
    connect(transfersTab(), &TransfersTab::searchChanged, m_transfersFilter,
            [this](const QString &text) {
                m_transfersFilter->setFilterFixedString(normalizedNumber(text));
            });
    connect(transfersTab(), &TransfersTab::releaseRequested, this,
            &ConsoleWindow::releaseSelectedTransfer);
    connect(transfersTab(), &TransfersTab::simulateCallRequested, this,
            [this](const QModelIndex &index) {
                const auto t = m_console.ledger().transfers().transferById(
                    index.data(TransfersModel::IdRole).toLongLong());
                if (!t)
                    return;
                SimulateCallDialog::ask(m_console,
                                        SimulateCallDialog::forTransfer(t->request.x, this),
                                        [this](const QString &text) { message(text); });
            });
}

void ConsoleWindow::setupRequestLog()
{
    m_requestLog = new RequestLogModel(m_console.ledger(), 2000, this);
    m_requestLogSort = new QSortFilterProxyModel(this);
    m_requestLogSort->setSourceModel(m_requestLog);
    m_requestLogSort->setSortRole(RequestLogModel::RawRole);
    requestLogTab()->setModel(m_requestLogSort);
    requestLogTab()->view()->sortByColumn(RequestLogModel::ColTime, Qt::DescendingOrder);
    requestLogTab()->view()->header()->resizeSection(RequestLogModel::ColTime, 150);
    requestLogTab()->view()->header()->resizeSection(RequestLogModel::ColPath, 260);
    // The call in words, the result decoded, failures tinted.
    auto *delegate = new RowColorDelegate(this);
    requestLogTab()->view()->setItemDelegate(delegate);
    const auto entryAt = [this](const QModelIndex &index) -> const RequestLogEntry & {
        return m_requestLog->entry(m_requestLogSort->mapToSource(index).row());
    };
    delegate->setColorFunction([entryAt](const QModelIndex &index) {
        const RequestLogEntry &e = entryAt(index);
        const bool failed = e.httpStatus != 200 || e.errorCode.value_or(0) != 0;
        return failed ? QColor(0xfd, 0xe7, 0xe9) : QColor();
    });
    delegate->setTextFunction([entryAt](const QModelIndex &index, const QString &text) {
        const RequestLogEntry &e = entryAt(index);
        if (index.column() == RequestLogModel::ColPath)
            return ConsoleWindow::callName(e.method, e.path) + QStringLiteral(" · ") + text;
        if (index.column() == RequestLogModel::ColError && e.errorCode)
            return ErrorCatalog::describe(*e.errorCode);
        return text;
    });
    connect(requestLogTab(), &RequestLogTab::currentChanged, this, &ConsoleWindow::showLogDetail);
    connect(requestLogTab(), &RequestLogTab::copyCurlRequested, this, &ConsoleWindow::copyLogCurl);
}

void ConsoleWindow::setupCalls()
{
    m_callsPanel = new CallsPanel(m_console.callStore());
    m_callsPanel->setObjectName(QStringLiteral("callsPanel"));
    m_callsPanel->connectReceiver(m_console.receiver());
    setCallsWidget(m_callsPanel);
    m_statisticsTab = new CallsArchiveTab(m_console.ledger(), m_console.callStore(), clock());
    m_statisticsTab->connectReceiver(m_console.receiver());
    // The charts want ~620 px of height; scrolled, they never make the window taller than a
    // 1366x768 desk's screen (the window's minimum height follows its tallest tab).
    auto *statisticsScroll = new QScrollArea;
    statisticsScroll->setObjectName(QStringLiteral("statisticsScroll"));
    statisticsScroll->setFrameShape(QFrame::NoFrame);
    statisticsScroll->setWidgetResizable(true);
    statisticsScroll->setWidget(m_statisticsTab);
    ui()->tabs->addTab(statisticsScroll, tr("Statistics"));
    m_archiveAgent =
        new CallsArchiveAgent(m_console.ledger(), m_console.profiles(), statusBar(), this);
    m_archiveAgent->connectReceiver(m_console.receiver());
    m_archiveAgent->addMenuAction(ui()->menuFile, ui()->actionQuit);
    m_callsPanel->setRecordingArchive(m_archiveAgent->archive());
    connect(m_callsPanel, &CallsPanel::fetchRecordingRequested, m_archiveAgent,
            &CallsArchiveAgent::fetchNow);
    m_alerts = new AlertsMonitor(m_console.ledger(), m_archiveAgent->archive(), clock(),
                                 statusBar(), this);
    connect(accountPanel(), &AccountPanel::warningChanged, m_alerts,
            &AlertsMonitor::setAccountWarning);
    connect(m_alerts, &AlertsMonitor::showRequested, this, [this](Alert::Kind kind) {
        if (kind == Alert::Kind::BalanceLow) { // the account panel, in its dock
            if (auto *dock = qobject_cast<QDockWidget *>(accountPanel()->parentWidget())) {
                dock->show();
                dock->raise();
            }
            accountPanel()->setFocus();
            return;
        }
        auto *state = bindingsTab()->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        const bool bindings = kind == Alert::Kind::PendingIntent || kind == Alert::Kind::NoCdr ||
                              kind == Alert::Kind::BindingsExpiring;
        ui()->tabs->setCurrentWidget(bindings ? static_cast<QWidget *>(bindingsTab())
                                     : kind == Alert::Kind::RejectedSpike
                                         ? static_cast<QWidget *>(m_inboxWidget)
                                         : static_cast<QWidget *>(m_callsPanel));
        if (bindings && state)
            state->setCurrentIndex(state->findData(kind == Alert::Kind::PendingIntent
                                                       ? QStringLiteral("pending")
                                                       : QStringLiteral("active")));
    });
    m_inboxWidget = new InboxWidget(m_console.inbox());
    m_inboxWidget->setObjectName(QStringLiteral("inboxWidget"));
    m_inboxWidget->connectReceiver(m_console.receiver());
    if (m_console.receiver())
        m_inboxWidget->setListeningUrl(m_console.receiver()->callbackUrl().toString());
    setInboxWidget(m_inboxWidget);

    // The calls of the binding under the cursor, under the bindings table.
    m_timeline = new CallTimelineWidget(m_console.callStore());
    m_timeline->setObjectName(QStringLiteral("bindingTimeline"));
    m_timeline->connectReceiver(m_console.receiver());
    bindingsTab()->setDetailWidget(m_timeline);
    connect(bindingsTab()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int row = m_bindings->rowOfId(idAt(current));
                m_timeline->setSubid(row >= 0 ? m_bindings->record(row).subid : QString());
            });
    connect(bindingsTab()->masking(), &MaskingProxyModel::revealAllChanged, this, [this](bool all) {
        m_callsPanel->setRevealNumbers(all);
        m_timeline->setRevealNumbers(all);
    });
}

QString ConsoleWindow::callName(const QString &method, const QString &path)
{
    const bool transfer = path.endsWith(QLatin1StringView("/transfer"));
    if (path.endsWith(QLatin1StringView("/account/status")))
        return tr("Account status");
    if (method == QLatin1StringView("PUT"))
        return transfer ? tr("Create transfer") : tr("Create binding");
    if (method == QLatin1StringView("DELETE"))
        return transfer ? tr("Release transfer") : tr("Release binding");
    return method;
}

void ConsoleWindow::setupActions()
{
    connect(ui()->actionNewBinding, &QAction::triggered, this, [this] { openBindingDialog(); });
    connect(ui()->actionNewTransfer, &QAction::triggered, this, [this] { openTransferDialog(); });
    connect(ui()->actionRefresh, &QAction::triggered, this, [this] {
        fillProfiles();
        m_bindings->refresh();
        m_transfers->refresh();
        m_requestLog->refresh();
        accountPanel()->setBusy(true);
        m_console.refreshAccount();
    });
    connect(ui()->actionRelease, &QAction::triggered, this, &ConsoleWindow::releaseSelected);
    connect(ui()->actionCopySubid, &QAction::triggered, this,
            [this] { copySubids(selectedBindingIds()); });
    connect(ui()->actionRevealAll, &QAction::toggled, this,
            [this](bool on) { bindingsTab()->masking()->setRevealAll(on); });
    connect(ui()->actionMaskAll, &QAction::triggered, this, [this] {
        bindingsTab()->masking()->maskAll();
        transfersTab()->masking()->maskAll();
    });
}

void ConsoleWindow::fillProfiles()
{
    const QSignalBlocker block(ui()->profileCombo);
    ui()->profileCombo->clear();
    for (const Profile &p : m_console.profileList()) {
        // The environment first: a long name is what gets cut, never PRODUCTION.
        ui()->profileCombo->addItem(
            QStringLiteral("%1 · %2").arg(environmentText(environmentId(p.environment)), p.name),
            p.id);
        ui()->profileCombo->setItemData(ui()->profileCombo->count() - 1,
                                        QColor(environmentColorName(p.environment)),
                                        Qt::DecorationRole);
    }
    if (m_profileSwitcher)
        m_profileSwitcher->decorateCombo();
    if (const auto current = m_console.currentProfile())
        ui()->profileCombo->setCurrentIndex(ui()->profileCombo->findData(current->id));
}

void ConsoleWindow::onProfileChanged()
{
    const std::optional<Profile> p = m_console.currentProfile();
    const std::optional<qint64> id = p ? std::optional<qint64>(p->id) : std::nullopt;
    m_bindings->setProfileId(id);
    m_transfers->setProfileId(id);
    m_requestLog->setProfileId(id);
    m_callsPanel->setProfileId(id);
    m_statisticsTab->setProfile(id, p ? p->xNumbers : QStringList());
    m_archiveAgent->setProfileId(id);
    m_alerts->setProfileId(id);
    fillProfiles();
    accountPanel()->clear();
    setPlainHttpProduction(p && p->environment == Environment::Production &&
                           p->baseUrl.scheme() == QLatin1StringView("http"));
    if (!p) {
        showProfile({}, {}, {}, tr("No profile yet."));
        return;
    }
    accountPanel()->setThreshold(p->lowBalanceThreshold);
    bindingsTab()->setXNumbers(p->xNumbers);
    showProfile(p->name, environmentId(p->environment), environmentColorName(p->environment),
                tr("devid %1 · %2").arg(p->devid, p->baseUrl.toString()));
    ui()->newBindingButton->setEnabled(m_console.service() != nullptr);
    ui()->newTransferButton->setEnabled(m_console.service() != nullptr);
    retranslate();
}

void ConsoleWindow::retranslate()
{
    MainWindow::retranslate();
    statusBar()->clearMessage(); // a passing message in the old language
    showSecretBackend();
    if (!m_bindings || !m_timeline)
        return; // still being built
    if (m_statisticsTab)
        ui()->tabs->setTabText(
            ui()->tabs->indexOf(findChild<QScrollArea *>(QStringLiteral("statisticsScroll"))),
            tr("Statistics"));
    if (m_archiveAgent)
        m_archiveAgent->retranslate();
    if (m_alerts)
        m_alerts->retranslate();
    for (QAbstractItemModel *m :
         std::initializer_list<QAbstractItemModel *>{m_bindings, m_transfers, m_requestLog}) {
        if (m->columnCount() > 0)
            Q_EMIT m->headerDataChanged(Qt::Horizontal, 0, m->columnCount() - 1);
    }
    const int index = ui()->profileCombo->currentIndex();
    if (index >= 0) {
        const QList<Profile> profiles = m_console.profileList();
        for (int i = 0; i < ui()->profileCombo->count() && i < profiles.size(); ++i)
            ui()->profileCombo->setItemText(
                i, QStringLiteral("%1 · %2").arg(
                       environmentText(environmentId(profiles.at(i).environment)),
                       profiles.at(i).name));
    }
    if (m_profileSwitcher)
        m_profileSwitcher->retranslate();
    showLogDetail(requestLogTab()->view()->currentIndex()); // in the new language
    if (const auto p = m_console.currentProfile())
        ui()->profileDetail->setText(tr("devid %1 · %2").arg(p->devid, p->baseUrl.toString()));
}

void ConsoleWindow::showSecretBackend()
{
    if (m_secretsLabel)
        m_secretsLabel->setText(tr("Keys: %1").arg(m_console.secretBackendName()));
}

void ConsoleWindow::message(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

// --- creating ---

BindingDialog *ConsoleWindow::openBindingDialog()
{
    if (m_bindingDialog) {
        m_bindingDialog->raise();
        m_bindingDialog->activateWindow();
        return m_bindingDialog;
    }
    if (!m_console.ledgerAvailable()) { // the team server is away: refused up front
        message(m_console.ledgerUnavailableText());
        return nullptr;
    }
    const auto p = m_console.currentProfile();
    if (!p || !m_console.service()) {
        message(tr("Choose a profile whose key is available first."));
        return nullptr;
    }
    auto *dialog = new BindingDialog(clock(), this);
    dialog->setObjectName(QStringLiteral("bindingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppids(p->appids, p->effectiveDefaultAppid());
    dialog->setXNumbers(p->xNumbers);
    dialog->setConflictCheck([this](const QString &x, const QString &a, const QString &b) {
        return m_console.numbersBoundOn(x, a, b);
    });
    connect(dialog, &BindingDialog::submitted, this, &ConsoleWindow::onSubmitBinding);
    m_bindingDialog = dialog;
    dialog->open();
    return dialog;
}

void ConsoleWindow::onSubmitBinding(const BindingRequest &request)
{
    m_actions->submitBinding(m_bindingDialog, request);
}

TransferDialog *ConsoleWindow::openTransferDialog()
{
    if (m_transferDialog) {
        m_transferDialog->raise();
        return m_transferDialog;
    }
    if (!m_console.ledgerAvailable()) { // the team server is away: refused up front
        message(m_console.ledgerUnavailableText());
        return nullptr;
    }
    const auto p = m_console.currentProfile();
    if (!p || !m_console.service()) {
        message(tr("Choose a profile whose key is available first."));
        return nullptr;
    }
    auto *dialog = new TransferDialog(clock(), this);
    dialog->setObjectName(QStringLiteral("transferDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppids(p->appids, p->effectiveDefaultAppid());
    dialog->setXNumbers(p->xNumbers);
    connect(dialog, &TransferDialog::submitted, this, &ConsoleWindow::onSubmitTransfer);
    m_transferDialog = dialog;
    dialog->open();
    return dialog;
}

void ConsoleWindow::onSubmitTransfer(const TransferRequest &request)
{
    m_actions->submitTransfer(m_transferDialog, request);
}

// --- rows: selection, colours, release, context menu, copies ---

qint64 ConsoleWindow::idAt(const QModelIndex &viewIndex) const
{
    return viewIndex.siblingAtColumn(0).data(BindingsModel::IdRole).toLongLong();
}

QList<qint64> ConsoleWindow::selectedBindingIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : bindingsTab()->selectedRows())
        ids << idAt(index);
    return ids;
}

QColor ConsoleWindow::bindingColor(const QModelIndex &viewIndex) const
{
    const int row = m_bindings->rowOfId(idAt(viewIndex));
    if (row < 0)
        return {};
    const BindingRecord &b = m_bindings->record(row);
    switch (m_bindings->effectiveState(b)) {
    case RecordState::Pending:
        return QColor(0xff, 0xf8, 0xe1);
    case RecordState::Active: {
        const qint64 window = qint64(bindingsTab()->expiringWithinSeconds()) * 1000;
        if (b.expiresAt && window > 0 && *b.expiresAt - clock().nowMs() <= window)
            return QColor(0xff, 0xd5, 0x9e); // about to expire
        return {};
    }
    case RecordState::Released:
    case RecordState::Expired:
        return QColor(0xee, 0xee, 0xee);
    case RecordState::Failed:
        return QColor(0xfd, 0xe7, 0xe9);
    }
    return {};
}

// --- release ---

void ConsoleWindow::releaseSelected()
{
    releaseBindings(selectedBindingIds());
}

bool ConsoleWindow::releaseBindings(const QList<qint64> &ids)
{
    if (bindingsTab()->bulkRunning()) // another bulk job holds the progress bar
        return false;
    return m_actions->releaseBindings(ids);
}

void ConsoleWindow::cancelBulk()
{
    m_actions->cancelRelease();
}

void ConsoleWindow::releaseSelectedTransfer()
{
    const QModelIndex index = transfersTab()->view()->currentIndex();
    if (!m_console.service() || !index.isValid())
        return;
    m_actions->releaseTransfer(index.siblingAtColumn(0).data(TransfersModel::IdRole).toLongLong(),
                               transfersTab()->masking()->isRevealed(index));
}

// --- context menu and copies ---

void ConsoleWindow::showBindingMenu(const QPoint &globalPos, const QModelIndex &index)
{
    if (QMenu *menu = bindingMenu(index)) {
        menu->exec(globalPos);
        delete menu;
    }
}

QMenu *ConsoleWindow::bindingMenu(const QModelIndex &index)
{
    if (!index.isValid()) { // an empty spot: the table as a whole
        auto *menu = new QMenu(this);
        BulkActions::addExportAction(menu, *this, m_console, bindingsTab()->view());
        return menu;
    }
    const qint64 id = idAt(index);
    const QList<qint64> selected = selectedBindingIds();
    const QList<qint64> ids = selected.contains(id) ? selected : QList<qint64>{id};
    const QPersistentModelIndex row(index);
    auto *menu = new QMenu(this);
    const auto add = [menu](const char *name, const QString &text, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    add("menuRelease",
        ids.size() > 1 ? tr("Release %n bindings…", nullptr, int(ids.size())) : tr("Release…"),
        [this, ids] { releaseBindings(ids); });
    add("menuCopySubid", tr("Copy subid"), [this, ids] { copySubids(ids); });
    add("menuReveal", tr("Reveal the real numbers of this row"), [this, row] {
        if (row.isValid())
            bindingsTab()->masking()->revealRow(row);
    });
    menu->addSeparator();
    add("menuShowCalls", tr("Show calls"), [this, id] { showCallsFor(id); });
    QAction *simulate = add("menuSimulate", tr("Simulate call…"), [this, id] { simulateCall(id); });
    simulate->setEnabled(m_console.sandbox() && m_console.currentProfile() &&
                         m_console.currentProfile()->isSandbox());
    add("menuCopyCurl", tr("Copy release as curl"), [this, id] { copyBindingCurl(id); });
    menu->addSeparator();
    BulkActions::addExportAction(menu, *this, m_console, bindingsTab()->view());
    return menu;
}

void ConsoleWindow::copySubids(const QList<qint64> &ids)
{
    QStringList subids;
    for (qint64 id : ids) {
        const int row = m_bindings->rowOfId(id);
        if (row >= 0 && !m_bindings->record(row).subid.isEmpty())
            subids << m_bindings->record(row).subid;
    }
    if (subids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(subids.join(u'\n'));
    message(tr("Copied %n subid(s).", nullptr, int(subids.size())));
}

void ConsoleWindow::copyBindingCurl(qint64 id)
{
    const auto b = m_console.ledger().bindings().bindingById(id);
    if (!b || b->subid.isEmpty())
        return;
    QString error;
    const QString curl = m_console.curlForBinding(*b, &error);
    if (curl.isEmpty()) {
        message(error);
        return;
    }
    QGuiApplication::clipboard()->setText(curl);
    m_console.audit(QStringLiteral("copy-curl"),
                    QStringLiteral("release of subid %1").arg(b->subid));
    message(tr("Copied a curl command; its signature is valid for 3 minutes."));
}

void ConsoleWindow::simulateCall(qint64 id)
{
    const auto b = m_console.ledger().bindings().bindingById(id);
    if (!b)
        return;
    // Caller, result, ring and talk time, call-start: QA chooses (SimulateCallDialog).
    QPointer<ConsoleWindow> self(this);
    SimulateCallDialog::ask(
        m_console, SimulateCallDialog::forBinding(b->subid, b->request.anum, b->request.bnum, this),
        [self](const QString &text) {
            if (self)
                self->message(text);
        });
}

void ConsoleWindow::showCallsFor(qint64 id)
{
    const auto b = m_console.ledger().bindings().bindingById(id);
    if (!b)
        return;
    ui()->tabs->setCurrentWidget(m_callsPanel);
    m_callsPanel->showSubid(b->subid);
}

// --- request log ---

void ConsoleWindow::showLogDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        requestLogTab()->setDetail({});
        return;
    }
    const int row = m_requestLogSort->mapToSource(index).row();
    const RequestLogEntry &e = m_requestLog->entry(row);
    QStringList lines;
    lines << tr("Request (attempt %1, %2 ms)").arg(e.attempt).arg(e.latencyMs);
    lines << QStringLiteral("%1 %2").arg(e.method, e.path);
    if (!e.reqid.isEmpty())
        lines << QStringLiteral("reqid: %1").arg(e.reqid);
    lines << QStringLiteral("Authorization: Keytime …") << QString();
    const bool reveal = bindingsTab()->masking()->revealAll();
    if (!e.params.isEmpty()) {
        for (const QString &pair : e.params.split(u'&')) {
            const QString line = QUrl::fromPercentEncoding(pair.toUtf8());
            const QString key = line.section(u'=', 0, 0);
            // Real numbers are masked here as in the tables.
            if (!reveal && (key == QLatin1StringView("anum") || key == QLatin1StringView("bnum")))
                lines << key + u'=' + maskNumber(line.section(u'=', 1));
            else
                lines << line;
        }
    }
    lines << QString() << tr("Response: HTTP %1").arg(e.httpStatus);
    if (e.errorCode)
        lines << ErrorCatalog::describe(*e.errorCode);
    if (!e.reason.isEmpty())
        lines << e.reason;
    if (!e.response.isEmpty())
        lines << e.response;
    requestLogTab()->setDetail(lines.join(u'\n'));
}

void ConsoleWindow::copyLogCurl(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const RequestLogEntry &e = m_requestLog->entry(m_requestLogSort->mapToSource(index).row());
    QString error;
    const QString curl = m_console.curlFor(e, &error);
    if (curl.isEmpty()) {
        message(error);
        return;
    }
    QGuiApplication::clipboard()->setText(curl);
    m_console.audit(QStringLiteral("copy-curl"), QStringLiteral("%1 %2").arg(e.method, e.path));
    message(tr("Copied a curl command; its signature is valid for 3 minutes."));
}

// --- expiry warnings ---

QSet<qint64> ConsoleWindow::expiryWarned() const
{
    return m_expiry->warned();
}

void ConsoleWindow::checkExpiring()
{
    m_expiry->setWindowSeconds(bindingsTab()->expiringWithinSeconds());
    m_expiry->setTrayIcon(windowIcon());
    m_expiry->check();
}

} // namespace pn
