// The console window's other work, offscreen against the in-process sandbox: simulated calls in
// the Calls tab and under the binding, the request log's detail and copy as curl, expiry
// warnings, a production profile's colours, a transfer through its form, pnctl on the ledger the
// window has open, and the remembered layout.
#include "callbacks/callbackreceiver.h"
#include "consolefixture.h"
#include "profiles/credentials.h"
#include "secrets/secretstorefactory.h"
#include "ui/environmentcolors.h"
#include "ui/simulatecalldialog.h"

using namespace pn;
using namespace pn::test;

class TestConsoleWorkflows : public QObject, public ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init() { setUpConsole(); }
    void cleanup() { tearDownConsole(); }

    void simulatedCallShowsInCalls();
    void requestLogDetailAndCurl();
    void expiryWarning();
    void productionProfileIsUnmistakable();
    void createTransferThroughForm();
    void pnctlReadsTheOpenLedger();
    void layoutRemembered();
    void accountWarnings();
    void contextMenu();
    void receiverTakesProfileToken();
};

void TestConsoleWorkflows::simulatedCallShowsInCalls()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
    QString error;
    const QString taskid = m_console->simulateCall(subid, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    // The sandbox posts a real CDR to the console's receiver; the Calls tab shows it.
    CallsPanel *calls = m_window->callsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(calls->view()->model()->rowCount() >= 1, 15000);
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    // The binding's own calls show under the table.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->timeline()->view()->model()->rowCount() >= 1, 10000);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->indexOf(calls), 2);
}

void TestConsoleWorkflows::requestLogDetailAndCurl()
{
    QVERIFY(createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0));
    RequestLogTab *tab = m_window->requestLogTab();
    QTreeView *view = tab->view();
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    int putRow = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (text(view->model()->index(r, RequestLogModel::ColMethod)) == QLatin1StringView("PUT"))
            putRow = r;
    }
    QVERIFY(putRow >= 0);
    QCOMPARE(ConsoleWindow::callName(QStringLiteral("PUT"),
                                     QStringLiteral("/igw/service/uc/interline/17000000001")),
             QStringLiteral("Create binding"));
    QCOMPARE(ConsoleWindow::callName(QStringLiteral("DELETE"),
                                     QStringLiteral("/igw/service/uc/interline/170/transfer")),
             QStringLiteral("Release transfer"));
    view->setCurrentIndex(view->model()->index(putRow, 0));
    const QString detail = tab->detail();
    QVERIFY2(detail.contains(QStringLiteral("anum=138****8000")), qPrintable(detail));
    QVERIFY(!detail.contains(QStringLiteral("13800138000")));
    QVERIFY(detail.contains(QStringLiteral("HTTP 200")));
    // The detail follows the language.
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(tab->detail().contains(QStringLiteral("响应")));
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(tab->detail().contains(QStringLiteral("Response")));
    tab->copyCurlButton()->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(QStringLiteral("curl ")), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("Authorization: Keytime ")));
    QVERIFY(curl.contains(m_console->currentProfile()->baseUrl.toString()));
    // A fresh signature, made now, for this devid: parseable and within the 3 minutes.
    const qsizetype at = curl.indexOf(QStringLiteral("Keytime "));
    const QString header = curl.mid(at, curl.indexOf(u'\'', at) - at);
    const auto parsed = KeytimeSigner::parse(header.toLatin1());
    QVERIFY2(parsed, qPrintable(header));
    QCOMPARE(parsed->devid, m_console->currentProfile()->devid);
    QVERIFY(qAbs(parsed->timestampMs - m_clock->nowMs()) < 1000);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("curlNote"))
                ->text()
                .contains(QStringLiteral("3 minutes")));
}

void TestConsoleWorkflows::expiryWarning()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    m_window->checkExpiring();
    QVERIFY(!m_window->expiryWarned().contains(id)); // an hour left
    m_clock->advanceMs(56 * 60 * 1000);              // 4 minutes left, inside the 5-minute window
    m_window->checkExpiring();
    QVERIFY(m_window->expiryWarned().contains(id));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("expire")));
}

void TestConsoleWorkflows::productionProfileIsUnmistakable()
{
    QVERIFY(createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0));
    Profile prod;
    prod.name = QStringLiteral("Live desk");
    prod.environment = Environment::Production;
    prod.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    prod.devid = QStringLiteral("10000001");
    prod.appids = {QStringLiteral("live-app")};
    prod.xNumbers = {QStringLiteral("17100000001")};
    QString error;
    const auto added = m_console->profiles().add(prod, &error);
    QVERIFY2(added, qPrintable(error));
    action("actionRefresh")->trigger();
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->count(), 4); // two profiles, a separator and "Manage profiles…"
    const int index = combo->findData(added->id);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(m_console->currentProfile()->id, added->id);
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("environmentBadge"));
    QCOMPARE(badge->text(), QStringLiteral("PRODUCTION"));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("profileBar"))
                ->styleSheet()
                .contains(environmentColorName(Environment::Production)));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("profileStatusLabel"))
                ->text()
                .contains(QStringLiteral("Live desk")));
    // Its key was never stored: nothing can be sent, and the window says so.
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                ->text()
                .contains(QStringLiteral("failed")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("newBindingButton"))->isEnabled());
    // The sandbox's bindings are not this profile's.
    QTRY_COMPARE(m_window->bindingsTab()->view()->model()->rowCount(), 0);
    const int sandbox =
        combo->findData(m_console->profiles().byName(QStringLiteral("Sandbox"))->id);
    combo->setCurrentIndex(sandbox);
    Q_EMIT combo->activated(sandbox);
    QCOMPARE(badge->text(), QStringLiteral("SANDBOX"));
    QTRY_COMPARE(m_window->bindingsTab()->view()->model()->rowCount(), 1);
}

void TestConsoleWorkflows::createTransferThroughForm()
{
    action("actionNewTransfer")->trigger();
    QPointer<TransferDialog> dialog =
        m_window->findChild<TransferDialog *>(QStringLiteral("transferDialog"));
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(QStringLiteral("xCombo"))->setCurrentIndex(4);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("aEdit")),
                     QStringLiteral("13700137000"));
    dialog->findChild<QComboBox *>(QStringLiteral("displayCombo"))->setCurrentIndex(1);
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const auto transfers = m_console->ledger().transfers().list(m_console->currentProfile()->id);
    QCOMPARE(transfers.size(), 1);
    QCOMPARE(transfers.first().state, RecordState::Active);
    QCOMPARE(transfers.first().request.display, 1);
    QCOMPARE(transfers.first().request.ttl, 0);
    QTreeView *view = m_window->transfersTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(text(view->model()->index(0, TransfersModel::ColA)), QStringLiteral("137****7000"));
    // Released through the confirmation hook.
    view->setCurrentIndex(view->model()->index(0, 0));
    Confirm::setNextAnswer(true);
    m_window->transfersTab()->findChild<QPushButton *>(QStringLiteral("releaseButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_console->ledger().transfers().transferById(transfers.first().id)->state,
        RecordState::Released, 10000);
}

void TestConsoleWorkflows::pnctlReadsTheOpenLedger()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
    // pnctl opens the same ledger while the console has it open, and finds the binding.
    QProcess pnctl;
    pnctl.start(QStringLiteral(PNCTL_PATH),
                {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("list"), QStringLiteral("--find"),
                 QStringLiteral("13800138000")});
    QVERIFY(pnctl.waitForFinished(30000));
    const QString out = QString::fromUtf8(pnctl.readAllStandardOutput());
    QCOMPARE(pnctl.exitCode(), 0);
    QVERIFY2(out.contains(subid),
             qPrintable(out + QString::fromUtf8(pnctl.readAllStandardError())));
    // and the console keeps working on it.
    QVERIFY(createDirect(QStringLiteral("15011112222"), QStringLiteral("18655556666"), 1));
}

void TestConsoleWorkflows::layoutRemembered()
{
    QTreeView *view = m_window->bindingsTab()->view();
    view->header()->resizeSection(BindingsModel::ColExpires, 333);
    m_window->resize(1290, 690);
    m_window->saveLayout();
    ConsoleWindow again(*m_console);
    again.restoreLayout();
    QCOMPARE(again.bindingsTab()->view()->header()->sectionSize(BindingsModel::ColExpires), 333);
    QCOMPARE(again.size(), QSize(1290, 690));
}

void TestConsoleWorkflows::accountWarnings()
{
    auto *warning = m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("warningLabel"));
    auto *state = m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("stateValue"));
    QTRY_COMPARE(state->text(), QStringLiteral("Active"));
    QVERIFY(!warning->isVisible());
    // Funds below the profile's threshold (¥20 for the sandbox profile), then a suspension.
    const QString devid = m_console->currentProfile()->devid;
    QVERIFY(m_console->sandbox()->setBalance(devid, -45.0));
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("below the warning threshold")),
             qPrintable(warning->text()));
    QVERIFY(m_console->sandbox()->setAccountState(devid, 2));
    m_window->accountPanel()->findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QTRY_COMPARE(state->text(), QStringLiteral("Suspended"));
    QVERIFY(warning->text().contains(QStringLiteral("suspended")));
}

void TestConsoleWorkflows::contextMenu()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    const auto trigger = [&](const char *name) {
        std::unique_ptr<QMenu> menu(m_window->bindingMenu(row));
        QAction *a = menu->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a && a->isEnabled(), name);
        a->trigger();
    };
    trigger("menuCopySubid");
    QCOMPARE(QGuiApplication::clipboard()->text(), subid);
    trigger("menuCopyCurl");
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY(curl.contains(QStringLiteral("-X DELETE")));
    QVERIFY(curl.contains(subid));
    QVERIFY(curl.contains(QStringLiteral("Authorization: Keytime ")));
    trigger("menuReveal");
    QCOMPARE(text(view->model()->index(0, BindingsModel::ColA)), QStringLiteral("13800138000"));
    trigger("menuSimulate"); // opens "Simulate call…"; its defaults: A calls B, answered
    auto *simulate =
        m_window->findChild<SimulateCallDialog *>(QStringLiteral("simulateCallDialog"));
    QVERIFY(simulate);
    simulate->accept();
    trigger("menuShowCalls");
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget(), m_window->callsPanel());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->callsPanel()->view()->model()->rowCount() == 1, 15000);
    Confirm::setNextAnswer(true);
    trigger("menuRelease");
    QTRY_COMPARE_WITH_TIMEOUT(m_console->ledger().bindings().bindingById(id)->state,
                              RecordState::Released, 10000);
    // The audit log has the reveal and the curl copy.
    QStringList actions;
    for (const AuditEntry &e : m_console->ledger().log().auditLog(20))
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("reveal-numbers")));
    QVERIFY(actions.contains(QStringLiteral("copy-curl")));
}

void TestConsoleWorkflows::receiverTakesProfileToken()
{
    // A real profile with a callback token (in the same vault the console opens) and an
    // allow-list: selecting it hands both to the console's receiver, as `pnctl listen --profile`.
    QString error;
    SecretStoreFactory::Options so;
    so.dataDir = m_dir->path();
    so.backend = QStringLiteral("vault");
    so.vaultPassword = [](VaultSecretStore::PasswordPurpose, const QString &) {
        return std::optional<QByteArray>(QByteArrayLiteral("test master password"));
    };
    std::unique_ptr<SecretStore> secrets = SecretStoreFactory::create(so, nullptr, &error);
    QVERIFY2(secrets, qPrintable(error));
    Profile prod;
    prod.name = QStringLiteral("Token desk");
    prod.environment = Environment::Production;
    prod.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    prod.devid = QStringLiteral("10000002");
    prod.appids = {QStringLiteral("live-app")};
    prod.xNumbers = {QStringLiteral("17100000002")};
    prod.callbackAllowList = {QStringLiteral("10.0.0.0/8"), QStringLiteral("127.0.0.1")};
    const auto added = Credentials::addProfile(m_console->profiles(), *secrets, prod,
                                               QByteArrayLiteral("0123456789abcdef"),
                                               QByteArrayLiteral("callback-secret"), &error);
    QVERIFY2(added, qPrintable(error));
    CallbackReceiver *receiver = m_console->receiver();
    QVERIFY(receiver);
    const qint64 sandboxId = m_console->currentProfile()->id;
    QVERIFY(receiver->options().token.isEmpty());

    QVERIFY2(m_console->selectProfile(added->id, &error), qPrintable(error));
    QCOMPARE(receiver->options().token, QByteArrayLiteral("callback-secret"));
    QCOMPARE(receiver->options().profileId, std::optional<qint64>(added->id));
    const QList<CallbackReceiver::Subnet> expected{{QHostAddress(QStringLiteral("10.0.0.0")), 8},
                                                   {QHostAddress(QStringLiteral("127.0.0.1")), 32}};
    QCOMPARE(receiver->options().allowList, expected);
    QVERIFY(receiver->isListening());

    // Back on the sandbox: no token, everyone local may deliver.
    QVERIFY2(m_console->selectProfile(sandboxId, &error), qPrintable(error));
    QVERIFY(receiver->options().token.isEmpty());
    QVERIFY(receiver->options().allowList.isEmpty());
    QCOMPARE(receiver->options().profileId, std::optional<qint64>(sandboxId));
}

QTEST_MAIN(TestConsoleWorkflows)
#include "tst_consoleworkflows.moc"
