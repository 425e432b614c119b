// The exact change feed under concurrent, out-of-order commits, and live updates across
// desks by LISTEN/NOTIFY, on a real PostgreSQL server (and the feed on SQLite too).
//
// Writers are separate processes (this executable with --writer): each writes bindings in
// transactions that stay open for a random while, so change numbers commit out of order; the
// first one holds its first transaction open for 1.5 s while the others commit. The reader
// must get every row's every version it could see, each once: no row missed, none twice.

#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "ledger/auditmodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ledger/requestlogmodel.h"

#include "pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace pn;

namespace {

BindingRequest request(const QString &reqid, int i)
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("1390000%1").arg(i % 7, 4, 10, QLatin1Char('0'));
    r.anum = QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    r.bnum = QStringLiteral("1370000%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    r.reqid = reqid;
    r.ttl = 600;
    return r;
}

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// --writer LOCATION NAME COUNT HOLD_MS: COUNT transactions, each one new binding and, every
// other time, a transition of one written before; the first stays open HOLD_MS ms.
// --write-one LOCATION REQID: one binding, then "COMMITTED", then waits for stdin to close.
int runChild(const QStringList &args)
{
    SystemClock clock;
    Ledger ledger(args.value(2), clock);
    QString error;
    if (!ledger.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const auto profile = ledger.ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                                   QStringLiteral("APP1"), &error);
    if (!profile)
        return 3;
    QSqlDatabase db = ledger.database();
    if (args.value(1) == QLatin1StringView("--write-one")) {
        if (!ledger.bindings().addBindingIntent(*profile, request(args.value(3), 1), &error))
            return 4;
        say("COMMITTED");
        char buffer[16];
        while (std::fgets(buffer, sizeof buffer, stdin)) {
        }
        return 0;
    }
    const QString name = args.value(3);
    const int count = args.value(4).toInt();
    const int holdMs = args.value(5).toInt();
    QList<qint64> mine;
    for (int i = 0; i < count; ++i) {
        if (!LedgerSchema::beginWrite(db, &error))
            return 5;
        const auto id = ledger.bindings().addBindingIntent(
            *profile, request(QStringLiteral("%1-%2").arg(name).arg(i), i), &error);
        if (!id)
            return 6;
        if (i % 2 == 1 && !mine.isEmpty()) {
            const qint64 other = mine.takeFirst();
            const LedgerTransition t =
                i % 4 == 1 ? ledger.bindings().markBindingActive(
                                 other, QStringLiteral("S-%1").arg(other), clock.nowMs() + 600'000)
                           : ledger.bindings().markBindingFailed(other, QStringLiteral("test"));
            if (!t.error.isEmpty())
                return 7;
        }
        mine << *id;
        if (i == 0 && holdMs > 0) {
            say("HELD");
            QThread::msleep(ulong(holdMs));
        } else {
            QThread::msleep(QRandomGenerator::global()->bounded(12));
        }
        if (!db.commit())
            return 8;
    }
    say("DONE");
    return 0;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_pg.reset(); }

    void exactUnderOutOfOrderCommits_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("postgresql") << true;
        QTest::newRow("sqlite") << false;
    }
    void exactUnderOutOfOrderCommits()
    {
        QFETCH(bool, postgres);
        QTemporaryDir dir;
        QString error;
        const QString location =
            postgres ? m_pg->createDatabase(QStringLiteral("feed%1").arg(++m_databases), &error)
                     : Ledger::pathInDataDir(dir.path());
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        Ledger reader(location, m_clock);
        QVERIFY2(reader.open(&error), qPrintable(error));
        QVERIFY(reader.ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                          QStringLiteral("APP1"), &error));
        ChangeCursor cursor = reader.bindingsCursor();
        qint64 naiveRev = reader.bindingsRev();

        // What the reader knows of each row: its newest rev; every (id, rev) delivered.
        QHash<qint64, qint64> latest;
        QSet<QPair<qint64, qint64>> delivered;
        int duplicates = 0, backwards = 0, reads = 0;
        QHash<qint64, qint64> naive; // a reader that only looks past the newest number
        const auto read = [&] {
            bool ok = false;
            const QList<BindingRecord> rows = reader.bindingsChangedAfter(&cursor, &ok);
            QVERIFY2(ok, qPrintable(reader.lastError()));
            ++reads;
            for (const BindingRecord &b : rows) {
                if (delivered.contains({b.id, b.rev}))
                    ++duplicates;
                delivered.insert({b.id, b.rev});
                if (latest.value(b.id, -1) >= b.rev)
                    ++backwards;
                latest[b.id] = b.rev;
            }
            for (const BindingRecord &b : reader.bindingsChangedSince(naiveRev)) {
                naive[b.id] = b.rev;
                naiveRev = qMax(naiveRev, b.rev);
            }
        };

        const int perWriter = 60;
        const QString self = QCoreApplication::applicationFilePath();
        std::vector<std::unique_ptr<QProcess>> writers;
        const auto start = [&](const QString &name, int holdMs) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(self, {QStringLiteral("--writer"), location, name, QString::number(perWriter),
                            QString::number(holdMs)});
            QVERIFY(p->waitForStarted());
            writers.push_back(std::move(p));
        };
        // The first writer takes its change number and holds its transaction open...
        start(QStringLiteral("w0"), 1500);
        QVERIFY(writers[0]->waitForReadyRead(30'000));
        QCOMPARE(writers[0]->readLine().trimmed(), QByteArray("HELD"));
        // ... while two more commit theirs, and the reader reads all along.
        start(QStringLiteral("w1"), 0);
        start(QStringLiteral("w2"), 0);
        QElapsedTimer timeout;
        timeout.start();
        const auto running = [&] {
            for (const auto &p : writers) {
                if (p->state() != QProcess::NotRunning)
                    return true;
            }
            return false;
        };
        while (running() && timeout.elapsed() < 120'000) {
            read();
            if (QTest::currentTestFailed())
                return;
            for (const auto &p : writers)
                p->waitForFinished(0);
            QThread::msleep(3);
        }
        for (const auto &p : writers) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60'000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        read();

        // Every row as it is now, once per version seen; nothing missed.
        const QList<BindingRecord> all = reader.bindings().list();
        QCOMPARE(all.size(), 3 * perWriter);
        int naiveMissed = 0;
        for (const BindingRecord &b : all) {
            QVERIFY2(latest.contains(b.id), qPrintable(QStringLiteral("row %1 missed").arg(b.id)));
            QCOMPARE(latest.value(b.id), b.rev);
            naiveMissed += naive.value(b.id, -1) == b.rev ? 0 : 1;
        }
        QCOMPARE(duplicates, 0);
        QCOMPARE(backwards, 0);
        QVERIFY(reads > 10);
        qInfo("%d reads, %lld versions delivered; looking past the newest number missed %d rows",
              reads, qint64(delivered.size()), naiveMissed);
        // The test did commit out of order: on PostgreSQL the held transaction's row (and
        // maybe others) came after larger numbers and a plain "rev > newest" reader lost it.
        if (postgres) {
            QVERIFY(naiveMissed >= 1);
            // And nothing delivered again on the next read.
            QVERIFY(reader.bindingsChangedAfter(&cursor).isEmpty());
        } else {
            QCOMPARE(naiveMissed, 0); // one writer at a time: numbers commit in order
        }
    }

    // Another desk's write reaches this desk's model within a second, with the poll at a minute.
    void liveUpdatesReachTheModelWithinASecond()
    {
        QString error;
        const QString location =
            m_pg->createDatabase(QStringLiteral("live%1").arg(++m_databases), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        SystemClock clock;
        Ledger ledger(location, clock);
        QVERIFY2(ledger.open(&error), qPrintable(error));
        BindingsModel model(ledger, clock);
        model.setPollInterval(60'000);
        QVERIFY(ledger.liveUpdatesActive());
        QTRY_COMPARE(model.rowCount(), 0);
        QTest::qWait(200); // the initial load is done

        const auto hasId = [&](qint64 id) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, 0).data(BindingsModel::IdRole).toLongLong() == id)
                    return true;
            }
            return false;
        };
        for (int round = 0; round < 3; ++round) {
            const QString reqid = QStringLiteral("live-%1").arg(round);
            QProcess other;
            other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            other.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--write-one"), location, reqid});
            QVERIFY(other.waitForStarted());
            QVERIFY(other.waitForReadyRead(30'000));
            QCOMPARE(other.readLine().trimmed(), QByteArray("COMMITTED"));
            QElapsedTimer seen;
            seen.start();
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), round + 1, 1000);
            qInfo("round %d: the other desk's binding was in the model after %lld ms", round,
                  seen.elapsed());
            const auto written = ledger.bindings().bindingByReqid(reqid);
            QVERIFY(written);
            QVERIFY(hasId(written->id));
            other.closeWriteChannel();
            QVERIFY(other.waitForFinished(30'000));
            QCOMPARE(other.exitCode(), 0);
        }
    }

    void callsAuditAndRequestsReachTheirViewsByNotify()
    {
        // The Calls, Audit and Request log views of one desk, with their polls off: what another
        // desk (its own connections) writes reaches them by NOTIFY alone (migration 13).
        QString error;
        const QString location =
            m_pg->createDatabase(QStringLiteral("livelogs%1").arg(++m_databases), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        SystemClock clock;
        Ledger mine(location, clock);
        QVERIFY2(mine.open(&error), qPrintable(error));
        CallStore myCalls(mine);
        QVERIFY2(myCalls.open(&error), qPrintable(error));
        CallsModel calls(myCalls);
        calls.reload();
        AuditModel audit(mine);
        audit.setPollInterval(3'600'000);
        RequestLogModel requests(mine, 100);
        requests.setPollInterval(3'600'000);
        QVERIFY(mine.liveUpdatesActive());
        QTest::qWait(200); // the initial loads are done
        QCOMPARE(calls.rowCount(), 0);
        const int auditBefore = audit.rowCount();
        QCOMPARE(requests.rowCount(), 0);

        Ledger other(location, clock);
        QVERIFY2(other.open(&error), qPrintable(error));
        CallStore otherCalls(other);
        QVERIFY2(otherCalls.open(&error), qPrintable(error));
        for (int round = 1; round <= 2; ++round) {
            CdrRecord cdr;
            cdr.devid = QStringLiteral("D");
            cdr.appid = QStringLiteral("app");
            cdr.taskid = QStringLiteral("TASK-LIVE-%1").arg(round);
            cdr.subid = QStringLiteral("SUB-LIVE");
            cdr.caller = QStringLiteral("13800000001");
            cdr.rcaller = QStringLiteral("17200000001");
            cdr.callee = QStringLiteral("13900000001");
            cdr.result = QStringLiteral("answered");
            cdr.beginTime = clock.nowMs() / 1000 - 60;
            cdr.releaseTime = cdr.beginTime + 30;
            cdr.duration = 30;
            cdr.receivedAtMs = clock.nowMs();
            QCOMPARE(otherCalls.storeCdr(cdr, &error), CallStore::Stored::Inserted);
            QVERIFY(other.log().appendAudit(std::nullopt, QStringLiteral("anna"),
                                            QStringLiteral("profile-edit"),
                                            QStringLiteral("round %1").arg(round)));
            RequestLogEntry line;
            line.at = clock.nowMs();
            line.method = QStringLiteral("POST");
            line.path = QStringLiteral("/axb/bind");
            line.reqid = QStringLiteral("live-%1").arg(round);
            line.httpStatus = 200;
            QVERIFY(other.log().appendRequestLog(line));
            QTRY_COMPARE_WITH_TIMEOUT(calls.rowCount(), round, 3'000);
            QTRY_COMPARE_WITH_TIMEOUT(audit.rowCount(), auditBefore + round, 3'000);
            QTRY_COMPARE_WITH_TIMEOUT(requests.rowCount(), round, 3'000);
        }
    }

private:
    std::unique_ptr<PgServer> m_pg;
    ManualClock m_clock{1'700'000'000'000};
    int m_databases = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1).startsWith(QLatin1StringView("--w")))
        return runChild(args);
    TestChangeFeed test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changefeed_pg.moc"
