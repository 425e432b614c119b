// The real console window against the in-process sandbox, offscreen: first start, a binding
// created through the form counting down, validation in words, the 1302 pre-check, Retry with
// the same reqid, release through the confirmation hook (one, many, cancelled), masking with an
// audited reveal, search by the full number, the language switch, the keyboard.
#include "callbacks/callrecords.h"
#include "callbacks/inboxmodel.h"
#include "consolefixture.h"
#include "core/callresultcatalog.h"
#include "ui/retentiondialog.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pn;
using namespace pn::test;

class TestConsoleWindow : public QObject, public ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init() { setUpConsole(); }
    void cleanup() { tearDownConsole(); }

    void firstStartHasSandboxProfile();
    void createBindingThroughFormCountsDown();
    void validationMessages();
    void conflictPrecheck();
    void releaseThroughConfirmation();
    void bulkReleaseAsksOnce();
    void bulkReleaseCancel();
    void retryKeepsReqidAfterLostAnswers();
    void maskingSearchAndReveal();
    void historyBeyondTheWorkingSet();
    void languageSwitch();
    void keyboard();
};

void TestConsoleWindow::firstStartHasSandboxProfile()
{
    QVERIFY(m_console->firstStart());
    const auto p = m_console->currentProfile();
    QVERIFY(p);
    QVERIFY(p->isSandbox());
    QVERIFY(p->xNumbers.size() >= 3);
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("environmentBadge"));
    QCOMPARE(badge->text(), QStringLiteral("SANDBOX"));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("profileBar"))
                ->styleSheet()
                .contains(QStringLiteral("background")));
    // The account panel fills itself from the sandbox.
    auto *state = m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("stateValue"));
    QTRY_COMPARE(state->text(), QStringLiteral("Active"));
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Connected")));
    // The secret backend in use is reported in the status bar (issue 5).
    QCOMPARE(m_window->secretsLabel()->text(), QStringLiteral("Keys: encrypted vault file"));
    QVERIFY(m_window->statusBar()->isAncestorOf(m_window->secretsLabel()));
}

void TestConsoleWindow::createBindingThroughFormCountsDown()
{
    QPointer<BindingDialog> dialog =
        createThroughForm(QStringLiteral("13800138000"), QStringLiteral("13900139000"));
    QVERIFY(dialog);
    const QString reqid = dialog->reqid();
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // accepted and deleted after the platform's yes
    const auto b = m_console->ledger().bindings().bindingByReqid(reqid);
    QVERIFY(b);
    QCOMPARE(b->state, RecordState::Active);
    QVERIFY(!b->subid.isEmpty());

    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex left = view->model()->index(0, BindingsModel::ColTimeLeft);
    QCOMPARE(text(left), QStringLiteral("30:00"));
    m_clock->advanceMs(65'000);
    m_window->bindingsModel()->tick();
    QCOMPARE(text(left), QStringLiteral("28:55"));
    QCOMPARE(text(view->model()->index(0, BindingsModel::ColSubid)), b->subid);
    // The request went into the request log, with its reqid.
    QTRY_VERIFY(m_window->requestLogModel()->rowCount() >= 2);
    bool logged = false;
    for (int i = 0; i < m_window->requestLogModel()->rowCount(); ++i)
        logged = logged || m_window->requestLogModel()->entry(i).reqid == reqid;
    QVERIFY(logged);
}

void TestConsoleWindow::validationMessages()
{
    QPointer<BindingDialog> dialog =
        createThroughForm(QStringLiteral("1380013800x"), QStringLiteral("13800138000"));
    QVERIFY(dialog);
    auto *aError = dialog->findChild<QLabel *>(QStringLiteral("aError"));
    QVERIFY(aError->isVisible());
    QVERIFY2(aError->text().contains(QStringLiteral("digits")), qPrintable(aError->text()));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTest::qWait(100);
    QVERIFY(dialog); // still open: nothing was sent
    QCOMPARE(platformCallsLogged(m_window->requestLogModel()), 0);
    QVERIFY(m_console->ledger().bindings().list().isEmpty());
    dialog->reject();
}

void TestConsoleWindow::conflictPrecheck()
{
    QVERIFY(createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 1));
    QPointer<BindingDialog> dialog =
        createThroughForm(QStringLiteral("13800138000"), QStringLiteral("13700137000"), 1);
    QVERIFY(dialog);
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("conflictLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("1302")));
    // Declining the warning sends nothing.
    Confirm::setNextAnswer(false);
    const int asked = Confirm::askedCount();
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QCOMPARE(m_console->ledger().bindings().list().size(), 1);
    // Sending anyway: the platform answers 1302 and the form says so in words.
    Confirm::setNextAnswer(true);
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("1302")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("conflict")), qPrintable(error->text()));
    // A different X clears the warning.
    dialog->findChild<QComboBox *>(QStringLiteral("xCombo"))->setCurrentIndex(2);
    QVERIFY(!warning->isVisible());
    dialog->reject();
}

void TestConsoleWindow::releaseThroughConfirmation()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // "No" leaves it alone.
    Confirm::setNextAnswer(false);
    action("actionRelease")->trigger();
    QTest::qWait(200);
    QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Active);
    // "Yes" releases it on the platform and in the ledger.
    Confirm::setNextAnswer(true);
    QSignalSpy finished(m_window.get(), &ConsoleWindow::bulkFinished);
    action("actionRelease")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Released);
    QVERIFY(Confirm::lastText().contains(m_console->ledger().bindings().bindingById(id)->subid));
    QTRY_COMPARE(text(view->model()->index(0, BindingsModel::ColState)),
                 RecordStates::displayName(RecordState::Released));
}

void TestConsoleWindow::bulkReleaseAsksOnce()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        const qint64 id = createDirect(QStringLiteral("1380013800%1").arg(i),
                                       QStringLiteral("1390013900%1").arg(i), i % 3);
        QVERIFY(id);
        ids << id;
    }
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 6);
    view->selectAll();
    QCOMPARE(m_window->selectedBindingIds().size(), 6);
    const int asked = Confirm::askedCount();
    Confirm::setNextAnswer(true);
    QSignalSpy finished(m_window.get(), &ConsoleWindow::bulkFinished);
    action("actionRelease")->trigger();
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QVERIFY(Confirm::lastText().contains(QStringLiteral("6")));
    auto *progress = m_window->bindingsTab()->findChild<QWidget *>(QStringLiteral("bulkProgress"));
    QVERIFY(progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toInt(), 6);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
    QVERIFY(!progress->isVisible());
    for (qint64 id : ids)
        QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Released);
}

void TestConsoleWindow::bulkReleaseCancel()
{
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        const qint64 id = createDirect(QStringLiteral("1350013500%1").arg(i),
                                       QStringLiteral("1360013600%1").arg(i), i % 5);
        QVERIFY(id);
        ids << id;
    }
    // A slow platform: every answer takes 300 ms, so Cancel comes while releases are on the wire.
    SandboxFaults faults;
    faults.delayMs = 300;
    m_console->sandbox()->setFaults(faults);
    Confirm::setNextAnswer(true);
    QSignalSpy finished(m_window.get(), &ConsoleWindow::bulkFinished);
    QVERIFY(m_window->releaseBindings(ids));
    QVERIFY(m_window->bindingsTab()->bulkRunning());
    m_window->bindingsTab()->findChild<QPushButton *>(QStringLiteral("bulkCancelButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(finished.at(0).at(2).toBool()); // cancelled
    const int released = finished.at(0).at(0).toInt();
    QVERIFY2(released > 0 && released < ids.size(), qPrintable(QString::number(released)));
    int active = 0;
    for (qint64 id : ids)
        active +=
            m_console->ledger().bindings().bindingById(id)->state == RecordState::Active ? 1 : 0;
    QCOMPARE(active, int(ids.size()) - released);
    QVERIFY(!m_window->bindingsTab()->bulkRunning());
}

void TestConsoleWindow::retryKeepsReqidAfterLostAnswers()
{
    // The platform creates the binding but every answer is lost on the way back.
    SandboxFaults faults;
    faults.dropAfterCommitEvery = 1;
    m_console->sandbox()->setFaults(faults);
    QPointer<BindingDialog> dialog =
        createThroughForm(QStringLiteral("13800138000"), QStringLiteral("13900139000"));
    QVERIFY(dialog);
    const QString reqid = dialog->reqid();
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    create->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(create->text(), QStringLiteral("Retry"));
    QCOMPARE(dialog->reqid(), reqid);
    QCOMPARE(m_console->ledger().bindings().bindingByReqid(reqid)->state, RecordState::Pending);
    // The network heals; Retry asks again with the same reqid and learns the subid.
    m_console->sandbox()->setFaults({});
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const auto b = m_console->ledger().bindings().bindingByReqid(reqid);
    QCOMPARE(b->state, RecordState::Active);
    QCOMPARE(m_console->sandbox()->bindings().size(), 1); // one binding on the platform, not two
    QCOMPARE(m_console->sandbox()->bindings().first().subid, b->subid);
}

void TestConsoleWindow::maskingSearchAndReveal()
{
    const qint64 id = createDirect(QStringLiteral("13800138000"), QStringLiteral("13912345678"), 0);
    QVERIFY(createDirect(QStringLiteral("15011112222"), QStringLiteral("18655556666"), 1));
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    // Masked in the table.
    QStringList shownA;
    for (int r = 0; r < 2; ++r)
        shownA << text(view->model()->index(r, BindingsModel::ColA));
    QVERIFY2(shownA.contains(QStringLiteral("138****8000")), qPrintable(shownA.join(u' ')));
    QVERIFY(!shownA.contains(QStringLiteral("13800138000")));
    // Searching the full number finds the masked row.
    QTest::keyClicks(m_window->bindingsTab()->searchEdit(), QStringLiteral("13800138000"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex a = view->model()->index(0, BindingsModel::ColA);
    QCOMPARE(text(a), QStringLiteral("138****8000"));
    QCOMPARE(text(view->model()->index(0, BindingsModel::ColB)), QStringLiteral("139****5678"));
    // Reveal this row: the numbers show, and the audit log says who looked.
    m_window->bindingsTab()->masking()->revealRow(a);
    QCOMPARE(text(a), QStringLiteral("13800138000"));
    bool audited = false;
    for (const AuditEntry &e : m_console->ledger().log().auditLog(10))
        audited = audited || (e.action == QLatin1StringView("reveal-numbers") &&
                              e.detail.contains(QString::number(id)));
    QVERIFY(audited);
    // Clearing the search: the other row is still masked; the session switch reveals all.
    m_window->bindingsTab()->searchEdit()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(column(view->model(), BindingsModel::ColA).contains(QStringLiteral("150****2222")));
    QVERIFY(column(view->model(), BindingsModel::ColA).contains(QStringLiteral("13800138000")));
    action("actionRevealAll")->trigger();
    QVERIFY(column(view->model(), BindingsModel::ColA).contains(QStringLiteral("15011112222")));
    action("actionMaskAll")->trigger();
    QStringList masked = column(view->model(), BindingsModel::ColA);
    masked.sort();
    QCOMPARE(masked, QStringList({QStringLiteral("138****8000"), QStringLiteral("150****2222")}));
    // Filter by X.
    auto *xCombo = m_window->bindingsTab()->findChild<QComboBox *>(QStringLiteral("xCombo"));
    xCombo->setCurrentIndex(xCombo->findData(m_console->currentProfile()->xNumbers.at(1)));
    QTRY_COMPARE(view->model()->rowCount(), 1);
}

// Issue 14: a binding that ended 10 days ago is not in the model (the working set), but a search
// by its number pages it in from the ledger, masked, revealable like any row; the retention
// export writes what is due, masked, 0600, audited.
void TestConsoleWindow::historyBeyondTheWorkingSet()
{
    const qint64 old =
        createDirect(QStringLiteral("13811112222"), QStringLiteral("13933334444"), 0);
    QVERIFY(old > 0);
    QVERIFY(m_console->ledger().bindings().markBindingReleased(old));
    {
        // It ended 10 days ago.
        QSqlQuery q(m_console->ledger().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE bindings SET updated_at = updated_at - %1, "
                                      "created_at = created_at - %1 WHERE id = %2")
                           .arg(10LL * 86'400'000)
                           .arg(old)));
    }
    QVERIFY(createDirect(QStringLiteral("15011112222"), QStringLiteral("18655556666"), 1));
    m_window->bindingsModel()->reload();
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(m_window->bindingsModel()->rowOfId(old), -1);
    QTest::keyClicks(m_window->bindingsTab()->searchEdit(), QStringLiteral("1111222"));
    QTRY_COMPARE(view->model()->rowCount(), 2); // the live row and the old one
    QTest::keyClick(m_window->bindingsTab()->searchEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_window->bindingsTab()->searchEdit(), QStringLiteral("13811112222"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const int row = m_window->bindingsModel()->rowOfId(old);
    QVERIFY(row >= 0 && m_window->bindingsModel()->isHistoryRow(row));
    const QModelIndex a = view->model()->index(0, BindingsModel::ColA);
    QCOMPARE(text(a), QStringLiteral("138****2222"));
    QCOMPARE(text(view->model()->index(0, BindingsModel::ColState)),
             RecordStates::displayName(RecordState::Released));
    m_window->bindingsTab()->masking()->revealRow(a);
    QCOMPARE(text(a), QStringLiteral("13811112222"));
    // Clearing the search: the history rows leave, the working set stays.
    m_window->bindingsTab()->searchEdit()->clear();
    QTRY_COMPARE(m_window->bindingsModel()->rowOfId(old), -1);
    QCOMPARE(view->model()->rowCount(), 1);

    // Retention: with 7 days, the old binding is due; the export is masked and private.
    QString error;
    QVERIFY2(m_console->ledger().setRetentionDays(m_console->currentProfile()->id, 7, &error),
             qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("due.csv"));
    QCOMPARE(RetentionDialog::exportDue(*m_console, m_console->currentProfile()->id, false, path,
                                        &error),
             1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY2(csv.contains("138****2222") && !csv.contains("13811112222"), csv.constData());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    bool audited = false;
    for (const AuditEntry &e : m_console->ledger().log().auditLog(10))
        audited = audited || e.action == QLatin1StringView("retention-export");
    QVERIFY(audited);
    // Tools → Retention… is there.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionRetention")));
}

void TestConsoleWindow::languageSwitch()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Bindings"));
    // Inbox rows from before the switch follow it (issue 6: no English left behind).
    CallbackEvent answered;
    answered.kind = CallbackKind::Cdr;
    answered.taskid = QStringLiteral("lang-1");
    answered.result = QStringLiteral("answered");
    answered.summary = CallResultCatalog::describe(answered.result);
    m_console->inbox().add(answered);
    CallbackEvent start;
    start.kind = CallbackKind::CallStart;
    start.taskid = QStringLiteral("lang-2");
    start.summary = CallWords::kindName(CallbackKind::CallStart);
    m_console->inbox().add(start);
    QSignalSpy inboxChanged(&m_console->inbox(), &QAbstractItemModel::dataChanged);
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("绑定关系"));
    QVERIFY(!inboxChanged.isEmpty());
    const InboxModel &inbox = m_console->inbox();
    QVERIFY(inbox.index(1, InboxModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("呼叫成功")));
    QCOMPARE(inbox.index(0, InboxModel::DetailColumn).data().toString(), QStringLiteral("始呼"));
    QCOMPARE(inbox.index(0, InboxModel::KindColumn).data().toString(), QStringLiteral("始呼"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("请求日志"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("environmentBadge"))->text(),
             QStringLiteral("沙箱"));
    QCOMPARE(
        m_window->accountPanel()->findChild<QLabel *>(QStringLiteral("balanceCaption"))->text(),
        QStringLiteral("账号余额："));
    QVERIFY(action("actionNewBinding")->text().contains(QStringLiteral("新建绑定关系")));
    QCOMPARE(m_window->secretsLabel()->text(), QStringLiteral("密钥：加密保险库文件"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Bindings"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void TestConsoleWindow::keyboard()
{
    QCOMPARE(action("actionNewBinding")->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
    QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));
    QCOMPARE(action("actionRefresh")->shortcut(), QKeySequence(QStringLiteral("F5")));
    QCOMPARE(action("actionRelease")->shortcut(), QKeySequence(QKeySequence::Delete));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(4);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTRY_VERIFY(m_window->bindingsTab()->searchEdit()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QPointer<BindingDialog> dialog =
        m_window->findChild<BindingDialog *>(QStringLiteral("bindingDialog"));
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    // Delete on the table asks to release the selection (declined here).
    QVERIFY(createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0));
    QTreeView *view = m_window->bindingsTab()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int asked = Confirm::askedCount();
    Confirm::setNextAnswer(false);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(Confirm::askedCount(), asked + 1);
    // Typing in the search box never releases anything.
    m_window->bindingsTab()->searchEdit()->setFocus();
    QTest::keyClick(m_window->bindingsTab()->searchEdit(), Qt::Key_Delete);
    QCOMPARE(Confirm::askedCount(), asked + 1);
    // F5 refreshes the account.
    QSignalSpy account(m_console.get(), &Console::accountStatusReceived);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(account.size(), 1);
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
