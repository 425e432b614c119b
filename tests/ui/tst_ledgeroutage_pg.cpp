// The team server goes away under an open console (Console + ConsoleWindow in-process, on a
// real PostgreSQL server with a password): the banner says so (English and Chinese, never the
// password), New binding is refused up front and by the BindingService, nothing reaches the
// sandbox, and the tables keep their rows. Started again on the same port and data folder: the
// banner goes, a binding succeeds, and a row another program wrote meanwhile appears.

#include "../ledger/pgserver.h"
#include "core/language.h"
#include "ledger/bindingsmodel.h"
#include "ledger/transfersmodel.h"
#include "sandbox/sandboxplatform.h"
#include "session/bulkrunner.h"
#include "session/console.h"
#include "ui/bindingdialog.h"
#include "ui/callsarchivetab.h"
#include "ui/consolewindow.h"
#include "ui/openledgerdialog.h"
#include "ui/transferdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {
const QString kPassword = QStringLiteral("Outage-pw-5521");

// The warnings of failed ledger statements while the server is away: the views, the expiry
// sweep, the alerts and the archive must not run any then (they keep what they show).
QStringList *g_failedReads = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void recordFailedReads(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    static const QStringList signs = {
        QStringLiteral("database not open"), QStringLiteral("Database not open"),
        QStringLiteral("Cannot read"), QStringLiteral("Unable to send query"),
        QStringLiteral("connection pointer is NULL")};
    if (g_failedReads && type == QtWarningMsg) {
        for (const QString &sign : signs) {
            if (text.contains(sign)) {
                *g_failedReads << text;
                break;
            }
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}
} // namespace

class TestLedgerOutage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_pg;

    BindingRequest request(Console &console, int i) const
    {
        const Profile p = *console.currentProfile();
        BindingRequest r;
        r.appid = p.effectiveDefaultAppid();
        r.x = p.xNumbers.at(i % p.xNumbers.size());
        r.anum = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
        r.bnum = QStringLiteral("1390013%1").arg(i, 4, 10, QLatin1Char('0'));
        r.ttl = 3600;
        return r;
    }
    // A desk's console on a new database of the test server, with the password typed for the
    // run (as in File → Open ledger…). No ledger address when the database cannot be made.
    ConsoleOptions deskOn(const QString &database, QString *error) const
    {
        ConsoleOptions options;
        if (m_pg->createDatabase(database, error).isEmpty())
            return options;
        options.dataDir = m_dir.filePath(QStringLiteral("desk-") + database);
        options.ledger = QStringLiteral("postgresql://pn@127.0.0.1:%1/%2?sslmode=disable")
                             .arg(m_pg->port())
                             .arg(database);
        options.ledgerPassword = kPassword.toUtf8();
        options.secretBackend = QStringLiteral("vault");
        options.vaultPassword = [](VaultSecretStore::PasswordPurpose, const QString &) {
            return std::optional<QByteArray>(QByteArrayLiteral("test master password"));
        };
        return options;
    }
    // Through the BindingService, as the window's form does; true when the platform made it.
    bool bind(Console &console, int i, QString *error, QString *subid = nullptr)
    {
        bool done = false;
        bool ok = false;
        const auto id = console.service()->createBinding(
            request(console, i),
            [&](const ServiceOutcome &o) {
                done = true;
                ok = o.ok();
                *error = o.message;
                if (subid)
                    *subid = o.subid;
            },
            error);
        return id && QTest::qWaitFor([&] { return done; }, 15000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PnConsoleTests"));
        QSettings().clear();
        Language::install(QStringLiteral("en"));
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setPassword(kPassword);
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }
    void init()
    {
        QString error; // a test that failed while the server was stopped
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        Language::install(QStringLiteral("en"));
        m_pg.reset();
    }

    void serverAwayAndBack()
    {
        QString error;
        ConsoleOptions options = deskOn(QStringLiteral("outage"), &error);
        QVERIFY2(!options.ledger.isEmpty(), qPrintable(error));
        options.sweepIntervalMs = 300; // the expiry sweep ticks through the outage
        Console console(options);
        QVERIFY2(console.open(&error), qPrintable(error));
        QVERIFY(console.sandbox());
        ConsoleWindow window(console);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QFrame *>(QStringLiteral("ledgerBanner"));
        auto *bannerText = window.findChild<QLabel *>(QStringLiteral("ledgerBannerText"));
        auto *newBinding = window.findChild<QAction *>(QStringLiteral("actionNewBinding"));
        auto *newButton = window.findChild<QPushButton *>(QStringLiteral("newBindingButton"));
        QVERIFY(banner && bannerText && newBinding && newButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(newBinding->isEnabled());

        QVERIFY2(bind(console, 1, &error), qPrintable(error));
        QVERIFY2(bind(console, 2, &error), qPrintable(error));
        BindingsModel *rows = window.bindingsModel();
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 2, 5000);
        const qint64 profileId = console.currentProfile()->id;

        // --- the server goes away ---
        m_pg->stop();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(!console.ledgerAvailable());
        const QString where = QStringLiteral("127.0.0.1:%1").arg(m_pg->port());
        QVERIFY2(bannerText->text().contains(where), qPrintable(bannerText->text()));
        QVERIFY(bannerText->text().contains(QStringLiteral("not reachable")));
        QVERIFY(bannerText->text().contains(QStringLiteral("refused until it is back")));
        QVERIFY(!bannerText->text().contains(kPassword));
        QVERIFY(!newBinding->isEnabled());
        QVERIFY(!newButton->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewTransfer"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRelease"))->isEnabled());
        // Refused up front (the form does not open) and by the service; nothing is sent.
        const qint64 requests = console.sandbox()->requestCount();
        QVERIFY(!window.openBindingDialog());
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(where));
        QString refused;
        QVERIFY(!console.service()->createBinding(request(console, 3), {}, &refused));
        QCOMPARE(refused, console.ledger().unavailableText());
        QVERIFY(!console.service()->releaseBinding(rows->record(0).id, {}, &refused));
        QCOMPARE(refused, console.ledger().unavailableText());
        // The tables keep what they have through a few polls (the Calls, Requests and Audit
        // views poll every 2 s), and nothing runs a statement meanwhile: no view, the sweep,
        // the alerts, the recordings archive, the Statistics tab.
        QStringList failedReads;
        g_failedReads = &failedReads;
        g_previousHandler = qInstallMessageHandler(recordFailedReads);
        QTest::qWait(4500);
        auto *stats = window.findChild<CallsArchiveTab *>(QStringLiteral("statisticsTab"));
        QVERIFY(stats);
        stats->refresh(); // as its Refresh button
        QVERIFY2(stats->summaryLabelText().contains(QStringLiteral("not reachable")),
                 qPrintable(stats->summaryLabelText()));
        qInstallMessageHandler(g_previousHandler);
        g_failedReads = nullptr;
        QVERIFY2(failedReads.isEmpty(), qPrintable(failedReads.join(u'\n')));
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(console.sandbox()->requestCount(), requests);
        QCOMPARE(console.sandbox()->bindings().size(), 2);
        // In Chinese too, still without the password.
        Language::install(QStringLiteral("zh_CN"));
        QTRY_VERIFY(!bannerText->text().contains(QStringLiteral("not reachable")));
        QVERIFY2(bannerText->text().contains(where), qPrintable(bannerText->text()));
        QVERIFY(!bannerText->text().contains(kPassword));
        Language::install(QStringLiteral("en"));
        QTRY_VERIFY(bannerText->text().contains(QStringLiteral("not reachable")));

        // --- back, on the same port and data folder; another desk writes at once: an intent
        // it never sent (its lease already over, as when that desk died) ---
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        std::optional<qint64> orphan;
        {
            SystemClock clock;
            Ledger other(QStringLiteral("postgresql://pn:%1@127.0.0.1:%2/outage")
                             .arg(kPassword)
                             .arg(m_pg->port()),
                         clock);
            other.setLeaseDurationMs(1);
            QVERIFY2(other.open(&error), qPrintable(error));
            BindingRequest r = request(console, 4);
            r.reqid = QStringLiteral("desk2-orphan-0004"); // as its BindingService would give
            orphan = other.bindings().addBindingIntent(profileId, r, &error);
            QVERIFY2(orphan, qPrintable(error));
        }
        QSignalSpy reconciled(&console, &Console::reconciled);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(console.ledgerAvailable());
        QVERIFY(newBinding->isEnabled());
        QVERIFY(newButton->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 3, 5000); // the other desk's row
        // The return reconciles at once: the orphaned intent is sent and settles (once).
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            console.ledger().bindings().bindingById(*orphan)->state == RecordState::Active, 10000);
        QCOMPARE(console.sandbox()->bindings().size(), 3);
        QVERIFY2(bind(console, 5, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 4, 5000);
        QCOMPARE(console.sandbox()->bindings().size(), 4);
        BindingDialog *form = window.openBindingDialog();
        QVERIFY(form);
        form->close();
    }

    // The team server is away when a desk starts: the window opens read-only and says so
    // (both languages, never the password), nothing is sent meanwhile, and when the
    // server answers the loop ends with ReloadExitCode (not while a modal window is open);
    // opened again, the desk has its profile and the rows another desk wrote.
    void serverAwayAtStart()
    {
        QString error;
        ConsoleOptions first = deskOn(QStringLiteral("awayatstart"), &error);
        QVERIFY2(!first.ledger.isEmpty(), qPrintable(error));
        {
            Console desk(first);
            QVERIFY2(desk.open(&error), qPrintable(error));
            QVERIFY2(bind(desk, 11, &error), qPrintable(error));
        }
        ConsoleOptions options = first;
        options.dataDir = m_dir.filePath(QStringLiteral("desk-awayatstart-2"));
        m_pg->stop();
        {
            // Without startWhileAway (pnctl, and as before): refused, with libpq's reason.
            Console refused(options);
            QVERIFY(!refused.open(&error));
            QVERIFY2(error.contains(QStringLiteral("Connection refused")), qPrintable(error));
            QVERIFY(!error.contains(kPassword));
        }
        options.startWhileAway = true;
        auto console = std::make_unique<Console>(options);
        QVERIFY2(console->open(&error), qPrintable(error));
        QVERIFY(console->waitingForLedger());
        QVERIFY(!console->ledgerAvailable());
        QVERIFY(!console->currentProfile());
        QVERIFY(console->profileList().isEmpty());
        QVERIFY(!console->sandbox() && !console->service());
        auto window = std::make_unique<ConsoleWindow>(*console);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *banner = window->findChild<QFrame *>(QStringLiteral("ledgerBanner"));
        auto *bannerText = window->findChild<QLabel *>(QStringLiteral("ledgerBannerText"));
        QVERIFY(banner && bannerText);
        QVERIFY(banner->isVisible());
        const QString where = QStringLiteral("127.0.0.1:%1").arg(m_pg->port());
        QVERIFY2(bannerText->text().contains(where), qPrintable(bannerText->text()));
        QVERIFY(bannerText->text().contains(QStringLiteral("did not answer when the console")));
        QVERIFY(!bannerText->text().contains(kPassword));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionNewBinding"))->isEnabled());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("newBindingButton"))->isEnabled());
        QVERIFY(!window->openBindingDialog());
        QCOMPARE(window->bindingsModel()->rowCount(), 0);
        // No "connect your account" invitation: the profiles are there, only not read yet.
        QVERIFY(!window->findChild<QFrame *>(QStringLiteral("welcomePanel"))->isVisible());
        Language::install(QStringLiteral("zh_CN"));
        QTRY_VERIFY(!bannerText->text().contains(QStringLiteral("did not answer")));
        QVERIFY2(bannerText->text().contains(where), qPrintable(bannerText->text()));
        QVERIFY(!bannerText->text().contains(kPassword));
        Language::install(QStringLiteral("en"));

        // A modal window is open when the server answers: the reload waits for it.
        QSignalSpy answered(console.get(), &Console::ledgerAnswered);
        auto *modal = new QDialog(window.get()); // goes with the window
        modal->setModal(true);
        modal->show();
        QElapsedTimer sinceClosed;
        bool heldWhileModal = false;
        QTimer::singleShot(4000, modal, [&] {
            heldWhileModal = !answered.isEmpty(); // heard, and held
            modal->close();
            sinceClosed.start();
        });
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        // The application's loop, as in pnconsole (QCoreApplication::exit() ends it, and
        // exec() clears the quit for the loops that come after).
        QTimer giveUp;
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, [] { QCoreApplication::exit(-1); });
        giveUp.start(20000);
        const int code = QCoreApplication::exec();
        giveUp.stop();
        QCOMPARE(code, LedgerActions::ReloadExitCode);
        QVERIFY(sinceClosed.isValid());
        QVERIFY(heldWhileModal);
        QCOMPARE(answered.size(), 1);
        QVERIFY(!console->ledgerAvailable()); // this console stays read-only: it is replaced

        // Opened again (as pnconsole's loop does): everything is there now.
        window.reset();
        console.reset();
        Console again(options);
        QVERIFY2(again.open(&error), qPrintable(error));
        QVERIFY(!again.waitingForLedger());
        QVERIFY(again.ledgerAvailable());
        QVERIFY(again.currentProfile() && again.currentProfile()->isSandbox());
        ConsoleWindow reopened(again);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(!reopened.findChild<QFrame *>(QStringLiteral("ledgerBanner"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(reopened.bindingsModel()->rowCount(), 1, 5000);
        QVERIFY2(bind(again, 12, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(reopened.bindingsModel()->rowCount(), 2, 5000);
    }

    // pnconsole itself: started with the server away it does not exit but waits, and once
    // the server answers it opens the ledger and --check gets the account status.
    void pnconsoleStartsWhileTheServerIsAway()
    {
        QString error;
        const ConsoleOptions options = deskOn(QStringLiteral("awayprocess"), &error);
        QVERIFY2(!options.ledger.isEmpty(), qPrintable(error));
        const QString passFile = m_dir.filePath(QStringLiteral("awayprocess.pgpass"));
        QVERIFY(m_pg->writePassFile(passFile));
        m_pg->stop();
        QProcess pnconsole;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/cfg")));
        env.insert(QStringLiteral("PGPASSFILE"), passFile);
        env.remove(QStringLiteral("PN_LEDGER"));
        pnconsole.setProcessEnvironment(env);
        pnconsole.start(QStringLiteral(PNCONSOLE_PATH),
                        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--check"),
                         QStringLiteral("--data-dir"), options.dataDir, QStringLiteral("--ledger"),
                         options.ledger});
        QVERIFY(pnconsole.waitForStarted(10000));
        QVERIFY2(!pnconsole.waitForFinished(3000), pnconsole.readAllStandardError().constData());
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        const bool finished = pnconsole.waitForFinished(25000);
        if (!finished) {
            pnconsole.kill();
            pnconsole.waitForFinished(5000);
        }
        const QByteArray out = pnconsole.readAllStandardOutput();
        const QByteArray err = pnconsole.readAllStandardError();
        QVERIFY2(finished, err.constData());
        QVERIFY2(pnconsole.exitCode() == 0, (out + err).constData());
        QVERIFY2(out.contains("account ok"), out.constData());
        QVERIFY(!out.contains(kPassword.toUtf8()) && !err.contains(kPassword.toUtf8()));
        QFile log(QDir(options.dataDir).filePath(QStringLiteral("pnconsole.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("does not answer at start"), logged.constData());
        QVERIFY(logged.contains("the team ledger answers: opening it"));
        QVERIFY(!logged.contains(kPassword.toUtf8()));
    }

    // A New binding and a New transfer form left open when the server goes away: held (Create
    // off, the form says why, what was typed kept), not closed; usable again when it is back.
    void formLeftOpenIsHeldAndKept()
    {
        QString error;
        ConsoleOptions options = deskOn(QStringLiteral("outageform"), &error);
        QVERIFY2(!options.ledger.isEmpty(), qPrintable(error));
        Console console(options);
        QVERIFY2(console.open(&error), qPrintable(error));
        ConsoleWindow window(console);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Profile p = *console.currentProfile();
        QPointer<BindingDialog> form = window.openBindingDialog();
        QVERIFY(form);
        form->setNumbers(p.xNumbers.first(), QStringLiteral("13800138771"),
                         QStringLiteral("13900139771"));
        auto *create = form->findChild<QPushButton *>(QStringLiteral("createButton"));
        auto *why = form->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(create && why);
        QTRY_VERIFY(create->isEnabled());
        QPointer<TransferDialog> transfer = window.openTransferDialog();
        QVERIFY(transfer);
        auto *transferCreate = transfer->findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(transferCreate && transferCreate->isEnabled());

        m_pg->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!console.ledgerAvailable(), 5000);
        QTRY_VERIFY(form->isHeld());
        QVERIFY(form && form->isVisible()); // not closed
        QVERIFY(!create->isEnabled());
        QVERIFY2(why->isVisible() && why->text().contains(QStringLiteral("not reachable")),
                 qPrintable(why->text()));
        QVERIFY(why->text().contains(QStringLiteral("What you typed is kept")));
        QCOMPARE(form->request().anum, QStringLiteral("13800138771"));
        QCOMPARE(form->request().bnum, QStringLiteral("13900139771"));
        QVERIFY(transfer && transfer->isHeld() && !transferCreate->isEnabled());
        // Create (or Enter) does nothing while held: nothing reaches the platform.
        const qint64 requests = console.sandbox()->requestCount();
        create->click();
        QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("aEdit")), Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(console.sandbox()->requestCount(), requests);
        QVERIFY(form && form->isVisible());

        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(console.ledgerAvailable(), 10000);
        QTRY_VERIFY(!form->isHeld());
        QVERIFY(create->isEnabled());
        QVERIFY(!why->isVisible());
        QVERIFY(!transfer->isHeld() && transferCreate->isEnabled());
        transfer->close();
        // The numbers typed before the outage bind now.
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(console.sandbox()->bindings().size() == 1, 10000);
        QCOMPARE(console.sandbox()->bindings().first().anum, QStringLiteral("13800138771"));
    }

    // A bulk job running when the server goes away holds its queue (no row refused for the
    // outage, nothing sent) and goes on by itself when the server is back.
    void bulkJobWaitsForTheLedgerAndGoesOn()
    {
        QString error;
        ConsoleOptions options = deskOn(QStringLiteral("outagebulk"), &error);
        QVERIFY2(!options.ledger.isEmpty(), qPrintable(error));
        Console console(options);
        QVERIFY2(console.open(&error), qPrintable(error));
        QVERIFY(console.sandbox());
        const Profile p = *console.currentProfile();
        QString text = QStringLiteral("x,anum,bnum,ttl\r\n");
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("%1,1380066%2,1390066%2,600\r\n")
                        .arg(p.xNumbers.at(i % p.xNumbers.size()))
                        .arg(i, 4, 10, QLatin1Char('0'));
        const QString in = m_dir.filePath(QStringLiteral("outage-bulk.csv"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        BulkRunner runner(console.ledger(), *console.service(), *console.client());
        BulkOptions bulk;
        bulk.inPath = in;
        bulk.outPath = m_dir.filePath(QStringLiteral("outage-bulk-result.csv"));
        bulk.defaultAppid = p.effectiveDefaultAppid();
        QVERIFY2(runner.prepare(bulk, &error), qPrintable(error));

        m_pg->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!console.ledgerAvailable(), 5000);
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start();
        QTest::qWait(1500);
        QVERIFY(runner.isRunning());
        QVERIFY(finished.isEmpty());
        BulkProgress progress = runner.progress();
        QVERIFY(progress.waitingForLedger);
        QCOMPARE(progress.refused, 0);
        QCOMPARE(progress.pending, 30);
        QCOMPARE(progress.inFlight, 0);
        QCOMPARE(console.sandbox()->bindings().size(), 0);

        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        progress = runner.progress();
        QVERIFY(!progress.waitingForLedger);
        QCOMPARE(progress.done, 30);
        QCOMPARE(progress.refused, 0);
        QCOMPARE(console.sandbox()->bindings().size(), 30);
        QCOMPARE(console.ledger().bindings().pendingBindings().size(), 0);
    }
};

QTEST_MAIN(TestLedgerOutage)
#include "tst_ledgeroutage_pg.moc"
