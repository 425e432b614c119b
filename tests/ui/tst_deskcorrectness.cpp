// Issue 13, "what the console says is true, and it fits the screen": the real window offscreen
// against the in-process sandbox. Each test reproduces one point a user saw.
#include "callbacks/callbackreceiver.h"
#include "consolefixture.h"

using namespace pn;
using namespace pn::test;

class TestDeskCorrectness : public QObject, public ConsoleFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(); }
    void init() { setUpConsole(); }
    void cleanup() { tearDownConsole(); }

    void recoveredExpiryIsMarkedApproximate();
    void balanceRefreshesAfterACharge();
    void accountRoleInWords();

private:
    int bindingsRow(const QString &subid) const
    {
        const QAbstractItemModel *m = m_window->bindingsTab()->view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, BindingsModel::ColSubid).data().toString() == subid)
                return r;
        }
        return -1;
    }
};

// A create whose answer was lost, learnt later by reconciliation: the row counts down from the
// first send and says that its expiry is approximate, with the window in the tooltip.
void TestDeskCorrectness::recoveredExpiryIsMarkedApproximate()
{
    SandboxFaults drop;
    drop.dropAfterCommitEvery = 1; // committed, then the connection closes without an answer
    m_console->sandbox()->setFaults(drop);
    const Profile p = *m_console->currentProfile();
    BindingRequest r;
    r.appid = p.effectiveDefaultAppid();
    r.x = p.xNumbers.at(0);
    r.anum = QStringLiteral("13800138000");
    r.bnum = QStringLiteral("13900139000");
    r.ttl = 600;
    bool done = false;
    QString error;
    const qint64 firstSend = m_clock->nowMs();
    const auto id = m_console->service()->createBinding(
        r, [&](const ServiceOutcome &) { done = true; }, &error);
    QVERIFY2(id, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QCOMPARE(m_console->ledger().bindingById(*id)->state, RecordState::Pending);

    m_clock->advanceMs(120'000); // two minutes later the console learns the subid
    m_console->sandbox()->setFaults({});
    bool reconciled = false;
    m_console->service()->reconcile([&](const ReconcileReport &) { reconciled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(reconciled, 30000);
    const auto b = m_console->ledger().bindingById(*id);
    QCOMPARE(b->state, RecordState::Active);
    QCOMPARE(*b->expiresAt, firstSend + 600'000); // not now + ttl
    QVERIFY(b->expiryApproximate());
    QCOMPARE(*b->expiresLatestAt, m_clock->nowMs() + 600'000);

    m_window->bindingsModel()->refresh();
    QTRY_VERIFY(bindingsRow(b->subid) >= 0);
    const QAbstractItemModel *m = m_window->bindingsTab()->view()->model();
    const int row = bindingsRow(b->subid);
    const QModelIndex left = m->index(row, BindingsModel::ColTimeLeft);
    QVERIFY2(left.data().toString().startsWith(QStringLiteral("≈ 8:00")),
             qPrintable(left.data().toString()));
    const QString tip = left.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(localDateTimeText(b->expiresAt)) &&
                 tip.contains(localDateTimeText(b->expiresLatestAt)),
             qPrintable(tip));
    QVERIFY(m->index(row, BindingsModel::ColExpires).data().toString().startsWith(u'≈'));
}

// The balance was stale after a charged call: a CDR on the current profile refreshes it, and
// auto-refresh is on by default.
void TestDeskCorrectness::balanceRefreshesAfterACharge()
{
    auto *combo =
        m_window->accountPanel()->findChild<QComboBox *>(QStringLiteral("autoRefreshCombo"));
    QCOMPARE(combo->currentData().toInt(), AccountPanel::DefaultAutoRefreshSeconds);
    auto *balance = m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("balanceValue"));
    QTRY_VERIFY(balance->text().startsWith(u'¥'));
    const QString before = balance->text();
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    QSignalSpy cdrs(m_console->receiver(), &CallbackReceiver::cdrReceived);
    QString error;
    QVERIFY2(!m_console->simulateCall(m_console->ledger().bindingById(id)->subid, &error).isEmpty(),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(cdrs.size() >= 1, 15000);
    // No Refresh pressed: the charge shows by itself.
    QTRY_VERIFY_WITH_TIMEOUT(balance->text() != before, 10000);
    QVERIFY(m_console->sandbox()->account(m_console->currentProfile()->devid)->balance < 200.0);
}

void TestDeskCorrectness::accountRoleInWords()
{
    auto *role = m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("roleValue"));
    QTRY_COMPARE(role->text(), QStringLiteral("Developer")); // the sandbox says "developer"
    QCOMPARE(role->toolTip(), QStringLiteral("The platform says: developer"));
    QCOMPARE(AccountPanel::roleName(QStringLiteral("ADMIN")), QStringLiteral("Administrator"));
    // Unknown values are shown as they are, marked.
    QCOMPARE(AccountPanel::roleName(QStringLiteral("vip-9")),
             QStringLiteral("vip-9 (not a role this console knows)"));
    Language::install(QStringLiteral("zh_CN"));
    QTRY_COMPARE(role->text(), QStringLiteral("开发者"));
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(TestDeskCorrectness)
#include "tst_deskcorrectness.moc"
