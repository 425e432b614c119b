#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/clock.h"
#include "core/language.h"
#include "core/settings.h"
#include "ui/accountpanel.h"
#include "ui/bindingstab.h"
#include "ui/helpdialog.h"
#include "ui/requestlogtab.h"
#include "ui/transferstab.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace pn {

namespace {

constexpr int kProfileLabelWidth = 260; // px of the status bar for the profile name
enum TabIndex { BindingsIndex, TransfersIndex, CallsIndex, InboxIndex, RequestLogIndex };

QLabel *placeholder(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/pnconsole.svg")));

    // A long base URL must not widen the window: the detail gives way (its tool tip has it all).
    m_ui->profileDetail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->profileBarLayout->setStretchFactor(m_ui->profileDetail, 1);
    // The environment word never gives way (PRODUCTION must always be readable).
    m_ui->environmentBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_plainHttpBanner = new QLabel(this);
    m_plainHttpBanner->setObjectName(QStringLiteral("plainHttpBanner"));
    m_plainHttpBanner->setWordWrap(true);
    m_plainHttpBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px 10px; }"));
    m_plainHttpBanner->hide();
    m_ui->centralLayout->insertWidget(1, m_plainHttpBanner);
    m_bindingsTab = new BindingsTab;
    m_bindingsTab->setObjectName(QStringLiteral("bindingsTab"));
    m_transfersTab = new TransfersTab;
    m_transfersTab->setObjectName(QStringLiteral("transfersTab"));
    m_requestLogTab = new RequestLogTab;
    m_requestLogTab->setObjectName(QStringLiteral("requestLogTab"));
    m_callsWidget = placeholder(QStringLiteral("callsPlaceholder"));
    m_inboxWidget = placeholder(QStringLiteral("inboxPlaceholder"));
    m_ui->tabs->addTab(m_bindingsTab, QString());
    m_ui->tabs->addTab(m_transfersTab, QString());
    m_ui->tabs->addTab(m_callsWidget, QString());
    m_ui->tabs->addTab(m_inboxWidget, QString());
    m_ui->tabs->addTab(m_requestLogTab, QString());
    m_bindingsTab->setRevealAction(m_ui->actionRevealAll);

    m_accountPanel = new AccountPanel(m_clock);
    m_accountPanel->setObjectName(QStringLiteral("accountPanel"));
    m_accountDock = new QDockWidget(this);
    m_accountDock->setObjectName(QStringLiteral("accountDock"));
    m_accountDock->setWidget(m_accountPanel);
    m_accountDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_accountDock);
    QAction *toggleAccount = m_accountDock->toggleViewAction();
    toggleAccount->setObjectName(QStringLiteral("actionShowAccount"));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggleAccount);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_skewLabel = new QLabel(this);
    m_skewLabel->setObjectName(QStringLiteral("skewLabel"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    m_profileLabel->setMaximumWidth(kProfileLabelWidth + 8);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_skewLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : Language::available()) {
        QAction *action = m_ui->menuLanguage->addAction(Language::nativeName(lang));
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(lang));
        action->setCheckable(true);
        action->setData(lang);
        action->setChecked(lang == Language::current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    auto *guide = new QAction(this);
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setShortcutContext(Qt::ApplicationShortcut);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, guide);
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_bindingsTab);
        m_bindingsTab->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_bindingsTab->searchEdit()->selectAll();
    });
    connect(m_ui->newBindingButton, &QPushButton::clicked, m_ui->actionNewBinding,
            &QAction::trigger);
    connect(m_ui->newTransferButton, &QPushButton::clicked, m_ui->actionNewTransfer,
            &QAction::trigger);
    // Delete releases only while the bindings table has the focus, so it never fires while
    // typing in the search box.
    m_ui->actionRelease->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bindingsTab->view()->addAction(m_ui->actionRelease);
    MainWindow::retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setLanguage(const QString &lang)
{
    Language::install(lang);
    Settings::language.setValue(Language::current());
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == Language::current());
    Q_EMIT languageChanged(Language::current());
}

QString MainWindow::environmentText(const QString &environmentId)
{
    if (environmentId == QLatin1StringView("production"))
        return tr("PRODUCTION");
    if (environmentId == QLatin1StringView("sandbox"))
        return tr("SANDBOX");
    if (environmentId == QLatin1StringView("test"))
        return tr("TEST");
    return {};
}

void MainWindow::showProfile(const QString &name, const QString &environmentId,
                             const QString &colorName, const QString &detail)
{
    m_profileName = name;
    m_environmentId = environmentId;
    m_environmentColor = colorName;
    m_profileDetail = detail;
    const QColor color(colorName.isEmpty() ? QStringLiteral("#616161") : colorName);
    // The whole bar takes the environment's colour: production can never pass for test.
    m_ui->profileBar->setStyleSheet(
        QStringLiteral("#profileBar { background: %1; } #profileBar QLabel { color: white; }")
            .arg(color.name()));
    m_ui->environmentBadge->setStyleSheet(
        QStringLiteral("QLabel { background: white; color: %1; font-weight: bold; "
                       "border-radius: 4px; padding: 2px 8px; }")
            .arg(color.darker(120).name()));
    renderStatus();
}

void MainWindow::setPlainHttpProduction(bool plain)
{
    m_plainHttpProduction = plain;
    renderStatus();
}

void MainWindow::showGuide()
{
    auto *dialog = findChild<HelpDialog *>(QStringLiteral("helpDialog"));
    if (!dialog) {
        dialog = new HelpDialog(this);
        dialog->setObjectName(QStringLiteral("helpDialog"));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    m_connectionDetail = detail;
    renderStatus();
}

void MainWindow::setClockSkewMs(std::optional<qint64> skewMs)
{
    m_skewMs = skewMs;
    renderStatus();
}

void MainWindow::renderStatus()
{
    m_ui->environmentBadge->setText(environmentText(m_environmentId));
    m_ui->environmentBadge->setVisible(!m_environmentId.isEmpty());
    m_ui->profileDetail->setText(m_profileDetail);
    m_ui->profileDetail->setToolTip(m_profileDetail);
    m_plainHttpBanner->setText(
        tr("This PRODUCTION profile talks to the platform over plain HTTP: the signed requests "
           "and the real numbers cross the network unencrypted. Change its address to https://."));
    m_plainHttpBanner->setVisible(m_plainHttpProduction);
    {
        // A long profile name must not widen the window past a 1366 px screen: the status bar
        // shows at most 260 px of it, elided in the middle, and the whole text as a tooltip.
        const QString full =
            m_profileName.isEmpty()
                ? tr("No profile")
                : tr("Profile: %1 (%2)").arg(m_profileName, environmentText(m_environmentId));
        m_profileLabel->setText(
            m_profileLabel->fontMetrics().elidedText(full, Qt::ElideMiddle, kProfileLabelWidth));
        m_profileLabel->setToolTip(full);
    }
    QString text;
    QString color;
    switch (m_connection) {
    case Connection::Unknown:
        text = tr("○ Not connected yet");
        break;
    case Connection::Connecting:
        text = tr("◌ Connecting…");
        break;
    case Connection::Connected:
        text = tr("● Connected");
        color = QStringLiteral("#1b7f3b");
        break;
    case Connection::Failed:
        text = tr("● Connection failed");
        color = QStringLiteral("#b3261e");
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(color.isEmpty() ? QString()
                                                     : QStringLiteral("color: %1;").arg(color));
    m_connectionLabel->setToolTip(m_connectionDetail);
    if (!m_skewMs) {
        m_skewLabel->setText(tr("Clock skew: unknown"));
        m_skewLabel->setStyleSheet({});
        m_skewLabel->setToolTip(tr("Measured from the platform's Date header after a request."));
    } else {
        const double secs = double(*m_skewMs) / 1000.0;
        m_skewLabel->setText(tr("Clock skew: %1 s").arg(QLocale().toString(secs, 'f', 1)));
        const qint64 abs = qAbs(*m_skewMs);
        // Signatures must be within 3 minutes of the platform's clock.
        m_skewLabel->setStyleSheet(abs > 150'000  ? QStringLiteral("color: #b3261e;")
                                   : abs > 60'000 ? QStringLiteral("color: #a15c00;")
                                                  : QString());
        m_skewLabel->setToolTip(
            tr("Platform time minus this computer's time. Signatures are valid within 3 "
               "minutes of the platform's clock; the console compensates for the skew."));
    }
}

void MainWindow::replaceTab(int index, QWidget *widget, const QString &objectName)
{
    if (objectName.size())
        widget->setObjectName(objectName);
    const bool current = m_ui->tabs->currentIndex() == index;
    QWidget *old = m_ui->tabs->widget(index);
    m_ui->tabs->removeTab(index);
    m_ui->tabs->insertTab(index, widget, QString());
    delete old;
    if (current)
        m_ui->tabs->setCurrentIndex(index);
    retranslate();
}

void MainWindow::setCallsWidget(QWidget *widget)
{
    m_callsWidget = widget;
    replaceTab(CallsIndex, widget, {});
}

void MainWindow::setInboxWidget(QWidget *widget)
{
    m_inboxWidget = widget;
    replaceTab(InboxIndex, widget, {});
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_profileName.isEmpty()
                       ? tr("Privacy Number Console")
                       : tr("%1 [%2] — Privacy Number Console")
                             .arg(m_profileName, environmentText(m_environmentId)));
    m_ui->tabs->setTabText(BindingsIndex, tr("Bindings"));
    m_ui->tabs->setTabText(TransfersIndex, tr("Transfers"));
    m_ui->tabs->setTabText(CallsIndex, tr("Calls"));
    m_ui->tabs->setTabText(InboxIndex, tr("Inbox"));
    m_ui->tabs->setTabText(RequestLogIndex, tr("Request log"));
    if (auto *label = qobject_cast<QLabel *>(m_callsWidget))
        label->setText(tr("Call records (CDR callbacks) of the current profile appear here."));
    if (auto *label = qobject_cast<QLabel *>(m_inboxWidget))
        label->setText(tr("Every callback received, accepted or rejected, appears here."));
    m_accountDock->setWindowTitle(tr("Account"));
    if (QAction *guide = findChild<QAction *>(QStringLiteral("actionGuide")))
        guide->setText(tr("&Guide"));
    m_ui->newBindingButton->setToolTip(
        tr("Create an AXB binding: A and B call each other through the privacy number X "
           "(Ctrl+N)."));
    m_ui->newTransferButton->setToolTip(
        tr("Create an XA transfer: every call to X is forwarded to A."));
    m_ui->profileCombo->setToolTip(tr("The profile (account and environment) every tab works on."));
    renderStatus();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(Settings::geometry.value(settings));
    restoreState(Settings::windowState.value(settings));
    const QByteArray bindings = Settings::bindingsColumns.value(settings);
    if (!bindings.isEmpty())
        m_bindingsTab->view()->header()->restoreState(bindings);
    const QByteArray transfers = Settings::transfersColumns.value(settings);
    if (!transfers.isEmpty())
        m_transfersTab->view()->header()->restoreState(transfers);
    const QByteArray log = Settings::requestLogColumns.value(settings);
    if (!log.isEmpty())
        m_requestLogTab->view()->header()->restoreState(log);
    if (QSplitter *split = m_bindingsTab->splitter())
        split->restoreState(Settings::bindingsSplitter.value(settings));
    if (Settings::expiringWithinSeconds.isSet(settings))
        m_bindingsTab->setExpiringWithinSeconds(Settings::expiringWithinSeconds.value(settings));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    Settings::geometry.setValue(settings, saveGeometry());
    Settings::windowState.setValue(settings, saveState());
    Settings::bindingsColumns.setValue(settings, m_bindingsTab->view()->header()->saveState());
    Settings::transfersColumns.setValue(settings, m_transfersTab->view()->header()->saveState());
    Settings::requestLogColumns.setValue(settings, m_requestLogTab->view()->header()->saveState());
    if (const QSplitter *split = m_bindingsTab->splitter())
        Settings::bindingsSplitter.setValue(settings, split->saveState());
    Settings::expiringWithinSeconds.setValue(settings, m_bindingsTab->expiringWithinSeconds());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Privacy Number Console"),
                       tr("Privacy Number Console %1\nA desk console for privacy-number (AXB) "
                          "bindings, transfers and call records.")
                           .arg(QStringLiteral(PN_VERSION)));
}

} // namespace pn
