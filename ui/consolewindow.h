#pragma once

#include "core/requests.h"
#include "ui/mainwindow.h"

#include <QList>
#include <QPointer>
#include <QSet>

class QLabel;
class QMenu;
class QSortFilterProxyModel;

namespace pn {

class BindingDialog;
class BindingsActions;
class BindingsFilterModel;
class BindingsModel;
class AlertsMonitor;
class CallsArchiveAgent;
class CallsArchiveTab;
class CallsPanel;
class CallTimelineWidget;
class InboxWidget;
class ProfileSwitcher;
class Console;
class ExpiryNotifier;
class RequestLogModel;
class TransferDialog;
class TransfersModel;

// The real main window: the frame (MainWindow) wired to a Console — the ledger's models in the
// tabs, the profile switcher, the account panel, the forms, masking with audited reveals, the
// context menu, copy as curl, simulated calls on the sandbox. What is done to bindings and
// transfers (create, release one or many, confirmations, the BindingService calls) is
// BindingsActions'; the expiry warnings are ExpiryNotifier's; the window lays out and wires.
class ConsoleWindow final : public MainWindow
{
    Q_OBJECT

public:
    explicit ConsoleWindow(Console &console, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    Console &console() { return m_console; }
    BindingsModel *bindingsModel() const { return m_bindings; }
    BindingsFilterModel *bindingsFilter() const { return m_bindingsFilter; }
    TransfersModel *transfersModel() const { return m_transfers; }
    RequestLogModel *requestLogModel() const { return m_requestLog; }
    CallsPanel *callsPanel() const { return m_callsPanel; }
    CallsArchiveTab *statisticsTab() const { return m_statisticsTab; }
    CallsArchiveAgent *archiveAgent() const { return m_archiveAgent; }
    AlertsMonitor *alerts() const { return m_alerts; }
    InboxWidget *inboxWidget() const { return m_inboxWidget; }
    CallTimelineWidget *timeline() const { return m_timeline; }
    // The status bar's "Keys: …" label: where the profiles' secrets are kept.
    QLabel *secretsLabel() const { return m_secretsLabel; }
    // File → Profiles…, vault unlocking, the secret-store banner, the welcome panel.
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    // Shows the profiles and the one in use in the profile box again.
    void refreshProfileBox() { fillProfiles(); }

    // Opened by Ctrl+N; non-modal to the event loop (open(), not exec()), so tests can drive it.
    BindingDialog *openBindingDialog();
    TransferDialog *openTransferDialog();
    // Releases the bindings with these ledger ids after ONE confirmation, with progress and
    // Cancel. Returns false if nothing was started (declined, nothing releasable, busy).
    bool releaseBindings(const QList<qint64> &ids);
    void cancelBulk();
    // Ledger ids of the selected rows in the Bindings tab.
    QList<qint64> selectedBindingIds() const;
    // Bindings that entered the expiry window and were announced (tray or status bar).
    QSet<qint64> expiryWarned() const;
    void checkExpiring();
    // The controllers the window wires (tests drive them directly too).
    BindingsActions *bindingsActions() const { return m_actions; }
    ExpiryNotifier *expiryNotifier() const { return m_expiry; }
    // The context menu of a row of the Bindings tab (the caller owns it; showBindingMenu()
    // shows it). Actions are named menuRelease, menuCopySubid, menuReveal, menuShowCalls,
    // menuSimulate, menuCopyCurl, menuExportTable (the table; alone on an empty spot).
    QMenu *bindingMenu(const QModelIndex &index);
    // "Create binding", "Release transfer", … for a logged request.
    static QString callName(const QString &method, const QString &path);

Q_SIGNALS:
    void bulkFinished(int released, int failed, bool cancelled);

protected:
    void retranslate() override;

private:
    void setupBindings();
    void setupTransfers();
    void setupRequestLog();
    void setupActions();
    void setupCalls();
    void fillProfiles();
    void onProfileChanged();
    void onSubmitBinding(const BindingRequest &request);
    void onSubmitTransfer(const TransferRequest &request);
    void releaseSelected();
    void releaseSelectedTransfer();
    void showBindingMenu(const QPoint &globalPos, const QModelIndex &index);
    void copySubids(const QList<qint64> &ids);
    void copyBindingCurl(qint64 id);
    void copyLogCurl(const QModelIndex &index);
    void simulateCall(qint64 id);
    void showCallsFor(qint64 id);
    void showLogDetail(const QModelIndex &index);
    QColor bindingColor(const QModelIndex &viewIndex) const;
    qint64 idAt(const QModelIndex &viewIndex) const;
    void message(const QString &text);
    void showSecretBackend();

    Console &m_console;
    BindingsModel *m_bindings = nullptr;
    BindingsFilterModel *m_bindingsFilter = nullptr;
    TransfersModel *m_transfers = nullptr;
    QSortFilterProxyModel *m_transfersFilter = nullptr;
    RequestLogModel *m_requestLog = nullptr;
    QSortFilterProxyModel *m_requestLogSort = nullptr;
    CallsPanel *m_callsPanel = nullptr;
    CallsArchiveTab *m_statisticsTab = nullptr;
    CallsArchiveAgent *m_archiveAgent = nullptr;
    AlertsMonitor *m_alerts = nullptr;
    InboxWidget *m_inboxWidget = nullptr;
    CallTimelineWidget *m_timeline = nullptr;
    QPointer<BindingDialog> m_bindingDialog;
    QPointer<TransferDialog> m_transferDialog;
    QLabel *m_secretsLabel = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    BindingsActions *m_actions = nullptr; // create / release through the BindingService
    ExpiryNotifier *m_expiry = nullptr;   // expiry warnings (tray or status bar)
};

} // namespace pn
