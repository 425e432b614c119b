// Many desks, one truth: 10 real processes (manydesks_desk), each with the console's
// BindingService, reconciling at start-up and every 3 s like a console, send 5 binds each at
// once on ONE ledger against a sandbox on 127.0.0.1 that allows 2 requests/s and drops the
// answer of every third committed request. Then one more desk only reconciles. The ledger must
// equal the platform binding by binding (no lost subid, no failed row the platform holds,
// nothing pending), and the desks together must not storm the platform (at most 4 requests
// per bind on average, counted by the sandbox).
//
// Built twice: tst_manydesks on an SQLite file, tst_manydesks_pg (PN_MANYDESKS_PG) on a real
// PostgreSQL server started for the test (tests/ledger/pgserver.h) — the team-ledger case.

#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#ifdef PN_MANYDESKS_PG
#include "../ledger/pgserver.h"
#endif

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("many desks key");
const QString kDevid = QStringLiteral("D12");
const QString kAppid = QStringLiteral("APP12");
constexpr int kDesks = 10;
constexpr int kBindsPerDesk = 5;
constexpr int kBinds = kDesks * kBindsPerDesk;

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 20; ++i)
        xs << QStringLiteral("1391200%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

} // namespace

class TestManyDesks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_desk;
    QString m_keyFile;
    QString m_ledger; // a file or a postgresql:// URL
    std::unique_ptr<SandboxPlatform> m_sandbox;
#ifdef PN_MANYDESKS_PG
    std::unique_ptr<PgServer> m_pg;
#endif

    QStringList deskArgs(int first, int count) const
    {
        return {QStringLiteral("--ledger"),   m_ledger,
                QStringLiteral("--url"),      m_sandbox->baseUrl().toString(),
                QStringLiteral("--devid"),    kDevid,
                QStringLiteral("--appid"),    kAppid,
                QStringLiteral("--key-file"), m_keyFile,
                QStringLiteral("--xs"),       xPool().join(u','),
                QStringLiteral("--first"),    QString::number(first),
                QStringLiteral("--count"),    QString::number(count)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_desk = QStringLiteral(PN_DESK_HELPER);
        QVERIFY2(QFile::exists(m_desk), qPrintable(m_desk));
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
        key.close();
        QString error;
#ifdef PN_MANYDESKS_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_ledger = m_pg->createDatabase(QStringLiteral("manydesks"), &error);
        QVERIFY2(!m_ledger.isEmpty(), qPrintable(error));
#else
        m_ledger = Ledger::pathInDataDir(m_dir.filePath(QStringLiteral("data")));
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

    void tenDesksOnOneLedgerLoseNothing()
    {
        SandboxFaults faults;
        faults.rateLimit = 2;
        faults.dropAfterCommitEvery = 3;
        m_sandbox->setFaults(faults);
        const qint64 requestsBefore = m_sandbox->requestCount();

        // One desk first creates (migrates) the ledger and the profile row.
        QProcess init;
        init.start(m_desk, deskArgs(0, 0));
        QVERIFY(init.waitForFinished(60'000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());

        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> desks;
        int running = 0;
        QEventLoop loop;
        for (int d = 0; d < kDesks; ++d) {
            auto p = std::make_unique<QProcess>();
            connect(p.get(), &QProcess::finished, &loop, [&running, &loop] {
                if (--running == 0)
                    loop.quit();
            });
            p->start(m_desk, deskArgs(d * kBindsPerDesk, kBindsPerDesk));
            ++running;
            desks.push_back(std::move(p));
        }
        QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(running, 0);
        int created = 0;
        int failed = 0;
        int elsewhere = 0;
        for (const auto &p : desks) {
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     err.constData());
            const QJsonObject t =
                QJsonDocument::fromJson(p->readAllStandardOutput().trimmed()).object();
            created += t.value(QStringLiteral("created")).toInt();
            failed += t.value(QStringLiteral("failed")).toInt();
            elsewhere += t.value(QStringLiteral("settled_elsewhere")).toInt();
            if (!err.isEmpty())
                qInfo("desk stderr: %s", err.constData());
        }
        qInfo("%d of %d binds answered at their desk (%d failed, %d settled by another desk), "
              "%.1f s",
              created, kBinds, failed, elsewhere, timer.elapsed() / 1000.0);

        // One more desk only reconciles: whatever the platform said "not now" to.
        QProcess last;
        last.start(m_desk, deskArgs(0, 0));
        QVERIFY(last.waitForFinished(180'000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        qInfo("last desk: %s", last.readAllStandardOutput().trimmed().constData());

        const qint64 requests = m_sandbox->requestCount() - requestsBefore;
        qInfo("sandbox requests: %lld for %d binds (%.2f per bind)", requests, kBinds,
              double(requests) / kBinds);

        Ledger ledger(m_ledger, SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QHash<QString, BindingRecord> byReqid;
        for (const BindingRecord &b : ledger.bindings().list())
            byReqid.insert(b.request.reqid, b);
        QCOMPARE(byReqid.size(), kBinds);
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());

        int platformActive = 0;
        for (const SandboxBinding &s : m_sandbox->bindings()) {
            if (s.devid != kDevid)
                continue;
            // Every binding the platform made is in the ledger under its reqid (no lost
            // subid), active with the same subid and numbers (never "failed").
            QVERIFY2(byReqid.contains(s.reqid), qPrintable(s.reqid));
            ++platformActive;
            const BindingRecord &b = byReqid.value(s.reqid);
            QCOMPARE(b.state, RecordState::Active);
            QCOMPARE(b.subid, s.subid);
            QCOMPARE(b.request.x, s.x);
            QCOMPARE(b.request.anum, s.anum);
        }
        int ledgerActive = 0;
        for (const BindingRecord &b : std::as_const(byReqid))
            ledgerActive += b.state == RecordState::Active ? 1 : 0;
        QCOMPARE(ledgerActive, platformActive);
        QCOMPARE(platformActive, kBinds);
        QVERIFY2(requests <= 4 * kBinds, qPrintable(QString::number(requests)));
        m_sandbox->setFaults({});
    }
};

QTEST_GUILESS_MAIN(TestManyDesks)
#include "tst_manydesks.moc"
