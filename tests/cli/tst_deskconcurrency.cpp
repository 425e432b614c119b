// Concurrency between desks (issue 16), with real pnctl processes against the sandbox on one
// ledger: tst_deskconcurrency on an SQLite file, tst_deskconcurrency_pg (PN_DESKS_PG) on a real
// PostgreSQL server started for the test (tests/ledger/pgserver.h), the team-ledger case.
// - Two desks release the same binding at the same moment: the platform gets ONE release
//   request, both programs exit 0 and say "released", the second names the desk that did it
//   (and a third, later, too), in English and Chinese.
// - Intents left pending (the platform committed them and the answers were lost) are
//   reconciled by three desks started at once: each reqid is sent again exactly once, by one
//   of them, and every intent ends active with the platform's subid.

#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#ifdef PN_DESKS_PG
#include "../ledger/pgserver.h"
#endif

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("desk concurrency key");
const QString kDevid = QStringLiteral("DDESK");
const QString kAppid = QStringLiteral("APPDESK");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

} // namespace

class TestDeskConcurrency : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_ledger;     // as the desks are given it (--ledger)
    QString m_ledgerPath; // as this test opens it (Ledger's path)
    std::unique_ptr<SandboxPlatform> m_sandbox;
#ifdef PN_DESKS_PG
    std::unique_ptr<PgServer> m_pg;
#endif

    // Each desk has its own data folder (its vault, log, lock); the ledger is shared.
    QStringList account(const QString &desk, const QString &lang = QStringLiteral("en")) const
    {
        return {QStringLiteral("--lang"),
                lang,
                QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("data-") + QString(desk).replace(u'@', u'-')),
                QStringLiteral("--ledger"),
                m_ledger,
                QStringLiteral("--base-url"),
                m_sandbox->baseUrl().toString(),
                QStringLiteral("--devid"),
                kDevid,
                QStringLiteral("--appid"),
                kAppid,
                QStringLiteral("--key-file"),
                m_keyFile,
                QStringLiteral("--allow-plain-http")};
    }

    std::unique_ptr<QProcess> start(const QString &desk, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PN_LEDGER"));
        env.insert(QStringLiteral("PN_DESK"), desk);
        p->setProcessEnvironment(env);
        p->start(m_pnctl, args);
        return p;
    }

    // Starts every process at once and waits for all (an event loop: the sandbox answers from
    // this thread).
    QList<Run> runAtOnce(const QList<std::pair<QString, QStringList>> &desksAndArgs,
                         int timeoutMs = 120'000)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        std::vector<QElapsedTimer> timers(desksAndArgs.size());
        QList<Run> runs(desksAndArgs.size());
        int running = 0;
        QEventLoop loop;
        for (qsizetype i = 0; i < desksAndArgs.size(); ++i) {
            timers[i].start();
            processes.push_back(start(desksAndArgs.at(i).first, desksAndArgs.at(i).second));
            ++running;
            connect(processes.back().get(), &QProcess::finished, &loop, [&, i] {
                runs[i].elapsedMs = timers[i].elapsed();
                if (--running == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (running > 0)
            loop.exec();
        for (qsizetype i = 0; i < desksAndArgs.size(); ++i) {
            QProcess &p = *processes[i];
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished();
            }
            runs[i].code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            runs[i].out = p.readAllStandardOutput();
            runs[i].err = p.readAllStandardError();
        }
        return runs;
    }

    Run run(const QString &desk, const QStringList &args)
    {
        return runAtOnce({{desk, args}}).first();
    }

    QString bind(const QString &desk, const QString &x, const QString &a, const QString &b)
    {
        const Run r =
            run(desk,
                account(desk) + QStringList{QStringLiteral("--json"), QStringLiteral("bind"), x, a,
                                            b, QStringLiteral("--ttl"), QStringLiteral("600")});
        if (r.code != 0)
            qWarning("bind failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subid")).toString();
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
#ifdef PN_DESKS_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_ledger = m_pg->createDatabase(QStringLiteral("desks"), &error);
        QVERIFY2(!m_ledger.isEmpty(), qPrintable(error));
        m_ledgerPath = m_ledger;
        m_ledger += QStringLiteral("?sslmode=disable");
#else
        m_ledger = m_dir.filePath(QStringLiteral("ledger"));
        m_ledgerPath = Ledger::pathInDataDir(m_ledger);
#endif
        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        for (int i = 0; i < 20; ++i)
            a.xpool << QStringLiteral("1701600%1").arg(i, 4, 10, QLatin1Char('0'));
        a.balance = 1e9;
        m_sandbox->addAccount(a);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void twoDesksReleaseOneBindingAtOnce()
    {
        const QString anna = QStringLiteral("anna@desk1");
        const QString bob = QStringLiteral("bob@desk2");
        const QString subid = bind(anna, QStringLiteral("17016000001"),
                                   QStringLiteral("13816000001"), QStringLiteral("13916000001"));
        QVERIFY(!subid.isEmpty());

        // The platform takes 1.5 s to answer, so the two releases surely overlap: whichever
        // desk marks the binding first sends, the other finds it being released.
        SandboxFaults slow;
        slow.delayMs = 1500;
        m_sandbox->setFaults(slow);
        const qint64 requestsBefore = m_sandbox->requestCount();
        const QList<Run> runs =
            runAtOnce({{anna, account(anna) + QStringList{QStringLiteral("release"), subid}},
                       {bob, account(bob) + QStringList{QStringLiteral("release"), subid}}});
        m_sandbox->setFaults({});
        for (const Run &r : runs) {
            qInfo("exit %d after %lld ms: %s %s", r.code, r.elapsedMs, r.out.trimmed().constData(),
                  r.err.trimmed().constData());
            QCOMPARE(r.code, 0); // neither gets an error
            // Nothing on stderr but the plain-HTTP warning every run against the sandbox gets.
            QStringList errors = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
            errors.removeIf(
                [](const QString &line) { return line.startsWith(QStringLiteral("Plain HTTP")); });
            QVERIFY2(errors.isEmpty(), r.err.constData());
        }
        // One release request reached the platform, not two.
        QCOMPARE(m_sandbox->requestCount() - requestsBefore, 1);
        QCOMPARE(m_sandbox->binding(subid)->state, SandboxState::Released);

        // One desk sent it and says so; the other says who did.
        const QString plain = QStringLiteral("Binding %1 released.").arg(subid);
        const QString out0 = QString::fromUtf8(runs.at(0).out.trimmed());
        const QString out1 = QString::fromUtf8(runs.at(1).out.trimmed());
        const bool annaSent = out0 == plain;
        const QString sender = annaSent ? anna : bob;
        QCOMPARE(annaSent ? out0 : out1, plain);
        QCOMPARE(annaSent ? out1 : out0,
                 QStringLiteral("Binding %1 released by %2.").arg(subid, sender));
        // The one that waited did so for the other's answer, not by sending its own.
        QVERIFY(runs.at(annaSent ? 1 : 0).elapsedMs >= 1000);

        Ledger ledger(m_ledgerPath, SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const auto row = ledger.bindings().bindingBySubid(subid);
        QVERIFY(row);
        QCOMPARE(row->state, RecordState::Released);
        QVERIFY(!row->releaseRequestedAt || row->state == RecordState::Released);
        // One audit row for the release, by the desk that sent it.
        AuditQuery q;
        q.actions = {QStringLiteral("release")};
        const QList<AuditEntry> audit = ledger.log().auditEntries(q);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().desk, sender);

        // A third desk later: nothing sent, exit 0, told by whom, in JSON and in Chinese.
        const QString carol = QStringLiteral("carol@desk3");
        Run later = run(carol, account(carol) + QStringList{QStringLiteral("--json"),
                                                            QStringLiteral("release"), subid});
        QCOMPARE(later.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(later.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("released"));
        QCOMPARE(o.value(QStringLiteral("releasedBy")).toString(), sender);
        QCOMPARE(o.value(QStringLiteral("settledElsewhere")).toBool(), true);
        later = run(carol, account(carol, QStringLiteral("zh_CN")) +
                               QStringList{QStringLiteral("release"), subid});
        QCOMPARE(later.code, 0);
        QCOMPARE(QString::fromUtf8(later.out.trimmed()),
                 QStringLiteral("绑定关系 %1 已由 %2 释放。").arg(subid, sender));
        QCOMPARE(m_sandbox->requestCount() - requestsBefore, 1);
    }

    // The same for an XA transfer: two `pnctl untransfer X` at once send one request.
    void twoDesksUntransferOneXAtOnce()
    {
        const QString anna = QStringLiteral("anna@desk1");
        const QString bob = QStringLiteral("bob@desk2");
        const QString x = QStringLiteral("17016000005");
        Run r =
            run(anna, account(anna) + QStringList{QStringLiteral("transfer"), x,
                                                  QStringLiteral("13816000005"),
                                                  QStringLiteral("--ttl"), QStringLiteral("600")});
        QVERIFY2(r.code == 0, r.err.constData());
        SandboxFaults slow;
        slow.delayMs = 1500;
        m_sandbox->setFaults(slow);
        const qint64 requestsBefore = m_sandbox->requestCount();
        const QList<Run> runs =
            runAtOnce({{anna, account(anna) + QStringList{QStringLiteral("untransfer"), x}},
                       {bob, account(bob) + QStringList{QStringLiteral("untransfer"), x}}});
        m_sandbox->setFaults({});
        for (const Run &one : runs) {
            qInfo("exit %d after %lld ms: %s", one.code, one.elapsedMs,
                  one.out.trimmed().constData());
            QCOMPARE(one.code, 0);
        }
        QCOMPARE(m_sandbox->requestCount() - requestsBefore, 1);
        const QString plain = QStringLiteral("Transfer on %1 released.").arg(x);
        const QString out0 = QString::fromUtf8(runs.at(0).out.trimmed());
        const QString out1 = QString::fromUtf8(runs.at(1).out.trimmed());
        const bool annaSent = out0 == plain;
        QCOMPARE(annaSent ? out0 : out1, plain);
        QCOMPARE(annaSent ? out1 : out0,
                 QStringLiteral("Transfer on %1 released by %2.").arg(x, annaSent ? anna : bob));
        Ledger ledger(m_ledgerPath, SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QVERIFY(!ledger.transfers().activeTransfer(kAppid, x));
    }

    void pendingIntentsAreReconciledByOneDeskOnly()
    {
        constexpr int kIntents = 12;
        // The platform commits every bind and then drops the connection: each run leaves its
        // intent pending (the platform has it, the ledger does not know the subid).
        SandboxFaults drop;
        drop.dropAfterCommitEvery = 1;
        m_sandbox->setFaults(drop);
        const QString maker = QStringLiteral("maker@desk0");
        QStringList reqids;
        for (int i = 0; i < kIntents; ++i) {
            const QString reqid = QStringLiteral("desks-pending-%1").arg(i);
            reqids << reqid;
            const Run r = run(
                maker,
                account(maker) +
                    QStringList{
                        QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("bind"),
                        QStringLiteral("1701600%1").arg(10 + i % 10, 4, 10, QLatin1Char('0')),
                        QStringLiteral("1381601%1").arg(i, 4, 10, QLatin1Char('0')),
                        QStringLiteral("1391601%1").arg(i, 4, 10, QLatin1Char('0')),
                        QStringLiteral("--ttl"), QStringLiteral("600"), QStringLiteral("--reqid"),
                        reqid});
            QVERIFY2(r.code != 0, r.out.constData()); // no answer: pending
        }
        QHash<QString, QString> platformSubid; // reqid → subid the platform holds
        for (const SandboxBinding &s : m_sandbox->bindings(kDevid))
            if (reqids.contains(s.reqid))
                platformSubid.insert(s.reqid, s.subid);
        QCOMPARE(platformSubid.size(), kIntents);
        qint64 lastLogId = 0;
        {
            Ledger ledger(m_ledgerPath, SystemClock::instance());
            QString error;
            QVERIFY2(ledger.open(&error), qPrintable(error));
            int pending = 0;
            for (const BindingRecord &b : ledger.bindings().pendingBindings())
                pending += reqids.contains(b.request.reqid) ? 1 : 0;
            QCOMPARE(pending, kIntents);
            const QList<RequestLogEntry> log = ledger.log().requestLog(1);
            lastLogId = log.isEmpty() ? 0 : log.first().id;
        }

        // Three desks start at once; each reconciles before it lists. The answers take a while,
        // so all three are up while the re-sends are on the way.
        SandboxFaults slow;
        slow.delayMs = 300;
        m_sandbox->setFaults(slow);
        const qint64 requestsBefore = m_sandbox->requestCount();
        QList<std::pair<QString, QStringList>> desks;
        for (const QString &desk : {QStringLiteral("anna@desk1"), QStringLiteral("bob@desk2"),
                                    QStringLiteral("carol@desk3")})
            desks.append({desk, account(desk) + QStringList{QStringLiteral("list"),
                                                            QStringLiteral("--state"),
                                                            QStringLiteral("all")}});
        const QList<Run> runs = runAtOnce(desks);
        m_sandbox->setFaults({});
        int resent = 0;
        static const QRegularExpression summary(QStringLiteral("Reconciled (\\d+) earlier"));
        for (const Run &r : runs) {
            QCOMPARE(r.code, 0);
            const auto m = summary.match(QString::fromUtf8(r.err));
            qInfo("desk reconciled %s in %lld ms", m.hasMatch() ? qPrintable(m.captured(1)) : "0",
                  r.elapsedMs);
            resent += m.hasMatch() ? m.captured(1).toInt() : 0;
        }
        // Each intent was sent again once, by one desk: the desks together re-sent 12, the
        // platform got 12 requests, and the request log has one attempt per reqid.
        QCOMPARE(resent, kIntents);
        QCOMPARE(m_sandbox->requestCount() - requestsBefore, kIntents);

        Ledger ledger(m_ledgerPath, SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QHash<QString, int> attempts;
        for (const RequestLogEntry &e : ledger.log().requestLogSince(lastLogId))
            if (reqids.contains(e.reqid))
                ++attempts[e.reqid];
        QCOMPARE(attempts.size(), kIntents);
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // Nothing lost: every intent active with the subid the platform gave it.
        for (const QString &reqid : std::as_const(reqids)) {
            const auto b = ledger.bindings().bindingByReqid(reqid);
            QVERIFY(b);
            QCOMPARE(b->state, RecordState::Active);
            QCOMPARE(b->subid, platformSubid.value(reqid));
        }
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeskConcurrency)
#include "tst_deskconcurrency.moc"
