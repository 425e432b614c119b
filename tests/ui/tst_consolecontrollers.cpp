// The controllers split out of ConsoleWindow, driven directly (no window in the way) against the
// real in-process sandbox and the real SQLite ledger: BindingsActions creates and releases
// bindings and transfers behind one confirmation; ExpiryNotifier announces a row under the
// threshold once and a row above it never.
#include "consolefixture.h"
#include "core/phonemask.h"
#include "ui/bindingsactions.h"
#include "ui/environmentcolors.h"
#include "ui/expirynotifier.h"

using namespace pn;
using namespace pn::test;

class TestConsoleControllers : public QObject, public ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init();
    void cleanup();

    void releaseAsksThenReleasesOnSandboxAndLedger();
    void releaseNothingReleasable();
    void releaseWhileAnotherDeskReleasesSaysByWhom();
    void releaseTransfer();
    void submitBindingThroughTheService();
    void notifierThreshold();
    void environmentColours();

private:
    std::unique_ptr<BindingsModel> m_model;
    std::unique_ptr<TransfersModel> m_transferModel;
    std::unique_ptr<BindingsActions> m_actions;
};

void TestConsoleControllers::init()
{
    setUpConsole();
    const qint64 profile = m_console->currentProfile()->id;
    m_model = std::make_unique<BindingsModel>(m_console->ledger(), *m_clock);
    m_model->setProfileId(profile);
    m_transferModel = std::make_unique<TransfersModel>(m_console->ledger(), *m_clock);
    m_transferModel->setProfileId(profile);
    m_actions = std::make_unique<BindingsActions>(*m_console, *m_model, *m_transferModel, nullptr);
}

void TestConsoleControllers::cleanup()
{
    m_actions.reset();
    m_transferModel.reset();
    m_model.reset();
    tearDownConsole();
}

void TestConsoleControllers::releaseAsksThenReleasesOnSandboxAndLedger()
{
    const QString a = QStringLiteral("13800138000");
    const qint64 id = createDirect(a, QStringLiteral("13900139000"), 0);
    QVERIFY(id);
    m_model->refresh();
    const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
    QCOMPARE(m_console->sandbox()->bindings().size(), 1);
    QCOMPARE(m_console->sandbox()->bindings().first().state, SandboxState::Active);

    QSignalSpy started(m_actions.get(), &BindingsActions::releaseStarted);
    QSignalSpy finished(m_actions.get(), &BindingsActions::releaseFinished);
    QSignalSpy messages(m_actions.get(), &BindingsActions::message);

    // Declined: nothing is sent.
    Confirm::setNextAnswer(false);
    const int asked = Confirm::askedCount();
    QVERIFY(!m_actions->releaseBindings({id}));
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QTest::qWait(100);
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Active);
    QCOMPARE(m_console->sandbox()->bindings().first().state, SandboxState::Active);
    // The question names the binding, its real numbers masked.
    QVERIFY(Confirm::lastText().contains(subid));
    QVERIFY(Confirm::lastText().contains(maskNumber(a)));
    QVERIFY(!Confirm::lastText().contains(a));

    // Confirmed: released on the platform and in the ledger.
    Confirm::setNextAnswer(true);
    QVERIFY(m_actions->releaseBindings({id}));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 1);
    QVERIFY(m_actions->releaseRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toInt(), 1); // released
    QCOMPARE(finished.at(0).at(1).toInt(), 0); // failed
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Released);
    QCOMPARE(m_console->sandbox()->bindings().size(), 1);
    QCOMPARE(m_console->sandbox()->bindings().first().subid, subid);
    QCOMPARE(m_console->sandbox()->bindings().first().state, SandboxState::Released);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("1 binding released."));
    // The controller refreshed its model.
    QCOMPARE(m_model->record(m_model->rowOfId(id)).state, RecordState::Released);

    // Revealed: the question shows the real number.
    const qint64 second =
        createDirect(QStringLiteral("13800138001"), QStringLiteral("13900139001"), 1);
    QVERIFY(second);
    m_model->refresh();
    m_actions->setRevealedCheck([second](qint64 bindingId) { return bindingId == second; });
    Confirm::setNextAnswer(false);
    QVERIFY(!m_actions->releaseBindings({second}));
    QVERIFY(Confirm::lastText().contains(QStringLiteral("13800138001")));
}

// Another desk (a second Ledger on the same file, another desk name) is releasing the binding
// when this console releases it too: the console sends nothing, waits for that release, and
// says who released it; the run counts it as released, not failed.
void TestConsoleControllers::releaseWhileAnotherDeskReleasesSaysByWhom()
{
    const qint64 id = createDirect(QStringLiteral("13800138005"), QStringLiteral("13900139005"), 0);
    QVERIFY(id);
    m_model->refresh();
    const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
    Ledger other(m_console->ledger().path(), *m_clock);
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    other.log().setDesk(QStringLiteral("bob@desk2"));
    QVERIFY(other.bindings().markReleaseRequested(id).applied()); // bob's request is on the way

    QSignalSpy finished(m_actions.get(), &BindingsActions::releaseFinished);
    QSignalSpy messages(m_actions.get(), &BindingsActions::message);
    const qint64 requestsBefore = m_console->sandbox()->requestCount();
    Confirm::setNextAnswer(true);
    QVERIFY(m_actions->releaseBindings({id}));
    QTest::qWait(600); // the console waits: bob holds the release
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_console->ledger().bindings().bindingById(id)->state, RecordState::Active);
    // Bob's answer arrives: released, and his program writes its audit row.
    QVERIFY(other.bindings().markBindingReleased(id).applied());
    QVERIFY(other.log().appendAudit(m_console->currentProfile()->id, QStringLiteral("pnconsole"),
                                    QStringLiteral("release"),
                                    QStringLiteral("subid=%1").arg(subid)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toInt(), 1); // released
    QCOMPARE(finished.at(0).at(1).toInt(), 0); // not failed
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Released by bob@desk2."));
    // This console sent no release of its own.
    QCOMPARE(m_console->sandbox()->requestCount(), requestsBefore);
}

void TestConsoleControllers::releaseNothingReleasable()
{
    QSignalSpy messages(m_actions.get(), &BindingsActions::message);
    const int asked = Confirm::askedCount();
    QVERIFY(!m_actions->releaseBindings({424242}));
    QCOMPARE(Confirm::askedCount(), asked); // nothing to ask about
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(0).toString(),
             QStringLiteral("Nothing to release: select active bindings."));
}

void TestConsoleControllers::releaseTransfer()
{
    const Profile p = *m_console->currentProfile();
    TransferRequest r;
    r.appid = p.effectiveDefaultAppid();
    r.x = p.xNumbers.at(0);
    r.anum = QStringLiteral("13700137000");
    r.ttl = 3600;
    bool created = false;
    QString error;
    const auto id = m_console->service()->createTransfer(
        r, [&](const ServiceOutcome &o) { created = o.ok(); }, &error);
    QVERIFY2(id, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
    QCOMPARE(m_console->sandbox()->transfers().size(), 1);

    QSignalSpy messages(m_actions.get(), &BindingsActions::message);
    Confirm::setNextAnswer(false);
    QVERIFY(!m_actions->releaseTransfer(*id, false));
    QVERIFY(Confirm::lastText().contains(maskNumber(r.anum)));
    QCOMPARE(m_console->ledger().transfers().transferById(*id)->state, RecordState::Active);
    QCOMPARE(m_console->sandbox()->transfers().first().state, SandboxState::Active);

    Confirm::setNextAnswer(true);
    QVERIFY(m_actions->releaseTransfer(*id, true));
    QVERIFY(Confirm::lastText().contains(r.anum));
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Transfer released."));
    QCOMPARE(m_console->ledger().transfers().transferById(*id)->state, RecordState::Released);
    QCOMPARE(m_console->sandbox()->transfers().size(), 1);
    QCOMPARE(m_console->sandbox()->transfers().first().state, SandboxState::Released);
    // Released already: nothing to send.
    QVERIFY(!m_actions->releaseTransfer(*id, false));
    QCOMPARE(messages.last().at(0).toString(),
             QStringLiteral("Nothing to release: select an active transfer."));
}

void TestConsoleControllers::submitBindingThroughTheService()
{
    const Profile p = *m_console->currentProfile();
    BindingDialog dialog(*m_clock);
    dialog.setAppids(p.appids, p.effectiveDefaultAppid());
    dialog.setXNumbers(p.xNumbers);
    dialog.findChild<QComboBox *>(QStringLiteral("xCombo"))->setCurrentIndex(0);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("aEdit")),
                     QStringLiteral("13800138000"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("bEdit")),
                     QStringLiteral("13900139000"));
    dialog.open();
    QSignalSpy messages(m_actions.get(), &BindingsActions::message);
    m_actions->submitBinding(&dialog, dialog.request());
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("Binding created: subid ")));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<SandboxBinding> onPlatform = m_console->sandbox()->bindings();
    QCOMPARE(onPlatform.size(), 1);
    QCOMPARE(onPlatform.first().state, SandboxState::Active);
    QVERIFY(messages.last().at(0).toString().contains(onPlatform.first().subid));
    QCOMPARE(m_model->rowCount(), 1); // refreshed by the controller
    QCOMPARE(m_model->record(0).subid, onPlatform.first().subid);
    QCOMPARE(m_model->record(0).state, RecordState::Active);
}

void TestConsoleControllers::notifierThreshold()
{
    const qint64 soon =
        createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
    QVERIFY(soon);
    ExpiryNotifier notifier(*m_model, *m_clock);
    QSignalSpy warned(&notifier, &ExpiryNotifier::warnedAbout);
    m_model->refresh();

    // No window: never a warning.
    notifier.setWindowSeconds(0);
    m_clock->advanceMs(59 * 60 * 1000);
    QVERIFY(notifier.check().isEmpty());
    m_clock->advanceMs(-59 * 60 * 1000);

    notifier.setWindowSeconds(5 * 60);
    QVERIFY(notifier.check().isEmpty()); // an hour left: above the threshold
    QCOMPARE(warned.size(), 0);
    m_clock->advanceMs(56 * 60 * 1000); // 4 minutes left
    const qint64 later =
        createDirect(QStringLiteral("13800138001"), QStringLiteral("13900139001"), 1); // an hour
    QVERIFY(later);
    m_model->refresh();
    const QString subid = m_console->ledger().bindings().bindingById(soon)->subid;
    QCOMPARE(notifier.check(), QStringList{subid});
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.at(0).at(0).toString(),
             QStringLiteral("1 binding expires within 5 minutes: %1").arg(subid));
    QCOMPARE(notifier.warned(), QSet<qint64>{soon});
    // Once only.
    QVERIFY(notifier.check().isEmpty());
    QCOMPARE(warned.size(), 1);
}

// The colour table lives in ui/ (pnctl names environments in words only): three opaque,
// distinct colours, production red, and the profile bar painted with it.
void TestConsoleControllers::environmentColours()
{
    QSet<quint32> colours;
    for (Environment env : {Environment::Production, Environment::Test, Environment::Sandbox}) {
        colours.insert(environmentColor(env));
        QCOMPARE(environmentColor(env) >> 24, 0xffu); // opaque QRgb
        QCOMPARE(QColor(environmentColorName(env)).rgba(), environmentColor(env));
    }
    QCOMPARE(colours.size(), 3);
    QCOMPARE(environmentColorName(Environment::Production), QStringLiteral("#c62828"));
    QCOMPARE(environmentColorName(Environment::Test), QStringLiteral("#1565c0"));
    QCOMPARE(environmentColorName(Environment::Sandbox), QStringLiteral("#2e7d32"));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("profileBar"))
                ->styleSheet()
                .contains(environmentColorName(Environment::Sandbox)));
}

QTEST_MAIN(TestConsoleControllers)
#include "tst_consolecontrollers.moc"
