// Many writers, one truth: 40 `pnctl bind` processes started at once on one ledger against a
// sandbox that allows 2 requests/s and drops the answer of every third committed request. Then
// one reconciling run. The ledger must equal the platform binding by binding (no lost subid,
// no failed row the platform holds, nothing left pending), and the processes together must
// not storm the platform (at most 4 requests per bind on average, counted by the sandbox).
// Built twice: tst_manywriters on an SQLite file, tst_manywriters_pg (PN_MANYWRITERS_PG) with
// the 40 processes on one PostgreSQL ledger (`--ledger postgresql://…`) of a real server
// started for the test (tests/ledger/pgserver.h): the team-ledger case, where the leases and
// the shared rate are rows of a server, not of a file.

#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#ifdef PN_MANYWRITERS_PG
#include "../ledger/pgserver.h"
#endif

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("many writers key");
const QString kDevid = QStringLiteral("D11");
const QString kAppid = QStringLiteral("APP11");
constexpr int kProcesses = 40;

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 20; ++i)
        xs << QStringLiteral("1391100%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

} // namespace

class TestManyWriters : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    std::unique_ptr<SandboxPlatform> m_sandbox;
#ifdef PN_MANYWRITERS_PG
    std::unique_ptr<PgServer> m_pg;
    QString m_pgLedger;
#endif

    // Where the ledger of the processes that use `dataDir` is.
    QString ledgerOf(const QString &dataDir) const
    {
#ifdef PN_MANYWRITERS_PG
        Q_UNUSED(dataDir);
        return m_pgLedger;
#else
        return Ledger::pathInDataDir(dataDir);
#endif
    }

    QStringList account(const QString &dataDir) const
    {
        return {QStringLiteral("--data-dir"),        dataDir,
#ifdef PN_MANYWRITERS_PG
                QStringLiteral("--ledger"),          m_pgLedger,
#endif
                QStringLiteral("--base-url"),        m_sandbox->baseUrl().toString(),
                QStringLiteral("--devid"),           kDevid,
                QStringLiteral("--appid"),           kAppid,
                QStringLiteral("--key-file"),        m_keyFile,
                QStringLiteral("--allow-plain-http")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
        QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
        key.close();
        QString error;
#ifdef PN_MANYWRITERS_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_pgLedger = m_pg->createDatabase(QStringLiteral("manywriters"), &error);
        QVERIFY2(!m_pgLedger.isEmpty(), qPrintable(error));
#endif
        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        a.xpool = xPool();
        a.balance = 1e9;
        m_sandbox->addAccount(a);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void fortyProcessesOnOneLedgerLoseNothing()
    {
        SandboxFaults faults;
        faults.rateLimit = 2;
        faults.dropAfterCommitEvery = 3;
        m_sandbox->setFaults(faults);
        const qint64 requestsBefore = m_sandbox->requestCount();
        const QString data = m_dir.filePath(QStringLiteral("ledger40"));

        // One process first creates the ledger, so the 40 do not all migrate a fresh file.
        QProcess init;
        init.start(m_pnctl, account(data) + QStringList{QStringLiteral("list")});
        QVERIFY(init.waitForFinished(30'000));
        QCOMPARE(init.exitCode(), 0);

        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> processes;
        int running = 0;
        QEventLoop loop;
        for (int i = 0; i < kProcesses; ++i) {
            auto p = std::make_unique<QProcess>();
            connect(p.get(), &QProcess::finished, &loop, [&running, &loop] {
                if (--running == 0)
                    loop.quit();
            });
            p->start(m_pnctl,
                     account(data) +
                         QStringList{QStringLiteral("--retries"), QStringLiteral("8"),
                                     QStringLiteral("bind"), xPool().at(i % 20),
                                     QStringLiteral("1381100%1").arg(i, 4, 10, QLatin1Char('0')),
                                     QStringLiteral("1371100%1").arg(i, 4, 10, QLatin1Char('0')),
                                     QStringLiteral("--ttl"), QStringLiteral("3600")});
            ++running;
            processes.push_back(std::move(p));
        }
        QTimer::singleShot(240'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(running, 0);
        int succeeded = 0;
        for (const auto &p : processes) {
            if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0)
                ++succeeded;
            else
                qInfo("exit %d: %s", p->exitCode(), p->readAllStandardError().constData());
        }
        qInfo("%d of %d binds answered in the first run, %.1f s", succeeded, kProcesses,
              timer.elapsed() / 1000.0);

        // One reconciling run finishes whatever the platform said "not now" to.
        QProcess last;
        last.start(m_pnctl,
                   account(data) + QStringList{QStringLiteral("list"), QStringLiteral("--state"),
                                               QStringLiteral("all")});
        QVERIFY(last.waitForFinished(120'000));
        QCOMPARE(last.exitCode(), 0);

        const qint64 requests = m_sandbox->requestCount() - requestsBefore;
        qInfo("sandbox requests: %lld for %d binds (%.2f per bind)", requests, kProcesses,
              double(requests) / kProcesses);

        Ledger ledger(ledgerOf(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QHash<QString, BindingRecord> byReqid;
        for (const BindingRecord &b : ledger.bindings().list())
            byReqid.insert(b.request.reqid, b);
        QCOMPARE(byReqid.size(), kProcesses);
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());

        int platformActive = 0;
        for (const SandboxBinding &s : m_sandbox->bindings()) {
            if (s.devid != kDevid || !byReqid.contains(s.reqid))
                continue;
            ++platformActive;
            const BindingRecord &b = byReqid.value(s.reqid);
            // Binding by binding: what the platform holds, the ledger holds as active with the
            // same subid (never "failed", never another subid).
            QCOMPARE(b.state, RecordState::Active);
            QCOMPARE(b.subid, s.subid);
            QCOMPARE(b.request.x, s.x);
            QCOMPARE(b.request.anum, s.anum);
        }
        int ledgerActive = 0;
        for (const BindingRecord &b : std::as_const(byReqid))
            ledgerActive += b.state == RecordState::Active ? 1 : 0;
        QCOMPARE(ledgerActive, platformActive);
        QCOMPARE(platformActive, kProcesses);
        QVERIFY2(requests <= 4 * kProcesses, qPrintable(QString::number(requests)));
        m_sandbox->setFaults({});
    }
};

QTEST_GUILESS_MAIN(TestManyWriters)
#include "tst_manywriters.moc"
