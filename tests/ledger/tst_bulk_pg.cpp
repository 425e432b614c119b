// Bulk jobs on a PostgreSQL ledger (a real server, pgserver.h): two programs' bulk runners on
// their own connections to one team ledger at once, against an in-process sandbox with a rate
// limit, lost answers, 1500 and bad JSON; one runner is stopped mid-run and a new one resumes
// its job. Each valid row is bound exactly once, both result files are complete, and the two
// programs paced themselves through the one shared rate bucket of the account.
#include "core/csvreader.h"
#include "ledger/ledger.h"
#include "ledger/ledgerjobs.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxplatform.h"
#include "session/bulkrunner.h"

#include "pgserver.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("bulk pg key");
const QString kDevid = QStringLiteral("DPG");
const QString kAppid = QStringLiteral("APPPG");
constexpr int kRows = 100;

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 30; ++i)
        xs << QStringLiteral("1730000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&f);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    return rows;
}

// One program on the team ledger: its own connection, client, service and bulk runner.
struct Program
{
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<BindingService> service;
    std::unique_ptr<BulkRunner> runner;
    bool finished = false;
};

} // namespace

class TestBulkPg : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg{QStringLiteral(PN_PG_BINDIR)};
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;

    void start(Program &p, const QString &in, const QString &out)
    {
        QString error;
        p.ledger = std::make_unique<Ledger>(m_location, SystemClock::instance());
        QVERIFY2(p.ledger->open(&error), qPrintable(error));
        const auto profile =
            p.ledger->ensureAdhocProfile(m_sandbox->baseUrl().toString(), kDevid, kAppid, &error);
        QVERIFY2(profile, qPrintable(error));
        p.client = std::make_unique<PlatformClient>(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = m_sandbox->baseUrl();
        c.devid = kDevid;
        c.key = kKey;
        c.allowPlainHttp = true;
        c.maxAttempts = 6;
        c.backoffInitialMs = 5;
        c.backoffMaxMs = 80;
        c.timeoutMs = 5000;
        p.client->setConfig(c);
        p.service = std::make_unique<BindingService>(*p.ledger, *p.client, *profile);
        p.runner = std::make_unique<BulkRunner>(*p.ledger, *p.service, *p.client);
        BulkOptions o;
        o.inPath = in;
        o.outPath = out;
        o.maxConcurrency = 16;
        o.defaultAppid = kAppid;
        QVERIFY2(p.runner->prepare(o, &error), qPrintable(error));
        p.finished = false;
        connect(p.runner.get(), &BulkRunner::finished, p.runner.get(), [&p] { p.finished = true; });
        p.runner->start();
    }

    QString writeInput(int program)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(program));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray bytes = "x,anum,bnum,ttl,note\r\n";
        for (int i = 0; i < kRows; ++i) {
            const int n = program * kRows + i;
            bytes += xPool().at(n % xPool().size()).toLatin1() + ",138" +
                     QByteArray::number(20'000'000 + n) + ",139" +
                     QByteArray::number(20'000'000 + n) + ",3600,\"row " + QByteArray::number(n) +
                     ", kept\"\r\n";
        }
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_location = m_pg.createDatabase(QStringLiteral("bulk"), &error);
        QVERIFY2(!m_location.isEmpty(), qPrintable(error));
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

    // The run of a job is one program's (migration 15): a claim is refused while another
    // holds it, renewed by its holder, taken over when it ran out or when the caller names
    // the holder it found gone, released only by its holder; and of eight connections
    // claiming one free job at the same moment exactly one wins.
    void aJobIsClaimedByOneProgram()
    {
        QString error;
        SystemClock clock;
        Ledger deskA(m_location, clock), deskB(m_location, clock);
        QVERIFY2(deskA.open(&error) && deskB.open(&error), qPrintable(error));
        const auto profile = deskA.ensureAdhocProfile(QStringLiteral("http://127.0.0.1:1"),
                                                      QStringLiteral("7777"), kAppid, &error);
        QVERIFY2(profile, qPrintable(error));
        const auto newJob = [&](const QString &name) {
            BulkJob job;
            job.profileId = *profile;
            job.filePath = name;
            job.fileHash = name;
            job.outPath = name + QStringLiteral(".out");
            return BulkJobStore(deskA).create(job, {}, &error);
        };
        const auto id = newJob(QStringLiteral("claims"));
        QVERIFY2(id, qPrintable(error));
        BulkJobStore a(deskA), b(deskB);
        const qint64 now = clock.nowMs();
        const BulkJobClaim ca{QStringLiteral("anna@desk1, pnctl process 11"),
                              QStringLiteral("desk1"), 11, now + 30'000};
        const BulkJobClaim cb{QStringLiteral("ben@desk2, pnconsole process 22"),
                              QStringLiteral("desk2"), 22, now + 30'000};
        QVERIFY(!a.holder(*id));
        QVERIFY(a.claim(*id, ca, now));
        QVERIFY(!b.claim(*id, cb, now));
        QCOMPARE(b.holder(*id)->runner, ca.runner);
        QCOMPARE(b.holder(*id)->pid, 11);
        BulkJobClaim renewed = ca;
        renewed.untilMs = now + 40'000;
        QVERIFY(a.claim(*id, renewed, now));      // its own: renewed
        QVERIFY(!b.claim(*id, cb, now + 35'000)); // not run out yet
        QVERIFY(!b.claim(*id, cb, now, QStringLiteral("somebody else")));
        QVERIFY(b.claim(*id, cb, now, ca.runner)); // the holder named as gone
        a.release(*id, ca.runner);                 // not its any more: no effect
        QCOMPARE(a.holder(*id)->runner, cb.runner);
        QVERIFY(a.claim(*id, ca, now + 31'000)); // B's claim ran out
        a.release(*id, ca.runner);
        QVERIFY(!b.holder(*id));

        const auto race = newJob(QStringLiteral("race"));
        QVERIFY2(race, qPrintable(error));
        std::atomic<int> wins{0};
        std::atomic<int> ready{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t) {
            threads.push_back(std::unique_ptr<QThread>(QThread::create([&, t] {
                {
                    BulkJobStore store(t % 2 ? deskB : deskA);
                    store.holder(*race); // this thread's connection, opened before the start
                    ++ready;
                    while (ready.load() < 8)
                        QThread::yieldCurrentThread();
                    const BulkJobClaim mine{QStringLiteral("racer %1").arg(t),
                                            QStringLiteral("host"), 100 + t, now + 30'000};
                    if (store.claim(*race, mine, now))
                        ++wins;
                }
                (t % 2 ? deskB : deskA).closeThreadConnection();
            })));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(30'000));
        QCOMPARE(wins.load(), 1);
        QVERIFY(a.holder(*race)->runner.startsWith(QStringLiteral("racer ")));
    }

    void twoProgramsShareTheRateAndResumeUnderFaults()
    {
        SandboxFaults faults;
        faults.rateLimit = 15; // below what this machine sends even when loaded
        faults.dropAfterCommitEvery = 5;
        faults.failEvery = 7;
        faults.badJsonEvery = 9;
        m_sandbox->setFaults(faults);
        const QString in0 = writeInput(0);
        const QString in1 = writeInput(1);
        const QString out0 = m_dir.filePath(QStringLiteral("out0.csv"));
        const QString out1 = m_dir.filePath(QStringLiteral("out1.csv"));
        Program a;
        Program b;
        start(a, in0, out0);
        start(b, in1, out1);
        // Stop program A mid-run (its requests in flight are abandoned, their intents stay
        // pending in the ledger) and start a new one on the same file and result file.
        QVERIFY(QTest::qWaitFor([&] { return a.runner->progress().done >= 20; }, 60'000));
        QVERIFY(!a.finished);
        const qint64 job = a.runner->job().id;
        a.runner.reset();
        a.service.reset();
        a.client.reset();
        a.ledger.reset();
        Program again;
        start(again, in0, out0);
        QVERIFY(again.runner->resumed());
        QCOMPARE(again.runner->job().id, job);
        QVERIFY(QTest::qWaitFor([&] { return again.finished && b.finished; }, 240'000));
        QVERIFY2(again.runner->allDone(),
                 qPrintable(QString::number(again.runner->progress().refused)));
        QVERIFY(b.runner->allDone());

        // Each row once on the platform, and the ledger agrees.
        const QList<SandboxBinding> bound = m_sandbox->bindings(kDevid);
        QSet<QString> pairs;
        for (const SandboxBinding &s : bound)
            pairs.insert(s.x + u'/' + s.anum);
        QCOMPARE(int(bound.size()), 2 * kRows);
        QCOMPARE(int(pairs.size()), 2 * kRows);
        QSqlQuery q(b.ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE state = 'active'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2 * kRows);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE state = 'pending'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(int(BulkJobStore(*b.ledger).unfinished(b.service->profileId()).size()), 0);

        // The result files: every row created, with the platform's subid, unknown column kept.
        QSet<QString> subids;
        for (const SandboxBinding &s : bound)
            subids.insert(s.subid);
        for (const QString &out : {out0, out1}) {
            const QList<QStringList> rows = readCsv(out);
            QCOMPARE(int(rows.size()), kRows + 1);
            const QStringList header = rows.first();
            const qsizetype state = header.indexOf(QStringLiteral("state"));
            const qsizetype subid = header.indexOf(QStringLiteral("subid"));
            QVERIFY(state > 0 && subid > 0 && header.contains(QStringLiteral("note")));
            for (int i = 1; i < rows.size(); ++i) {
                QCOMPARE(rows.at(i).at(state), QStringLiteral("created"));
                QVERIFY2(subids.contains(rows.at(i).at(subid)), qPrintable(rows.at(i).join(u',')));
                QVERIFY(rows.at(i).contains(
                    QStringLiteral("row %1, kept").arg((out == out0 ? 0 : kRows) + i - 1)));
            }
        }

        // One shared rate for the account: both programs took their slots from the same bucket,
        // and the platform's 1105s lowered it.
        QVERIFY(m_sandbox->faultCounts().rateLimited > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(slowed_at) FROM rate_buckets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkPg)
#include "tst_bulk_pg.moc"
