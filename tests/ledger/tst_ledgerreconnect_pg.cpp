// A server ledger that goes away and comes back (Ledger::watchAvailability): a real PostgreSQL
// server is stopped and started again on the same port and data folder while one Ledger object
// is open, with a connection on the main thread and one on a worker thread.

#include "ledger/ledger.h"

#include "pgserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace pn;

namespace {

BindingRequest request(const QString &reqid, int i)
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("13900000%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    r.anum = QStringLiteral("13800000%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    r.bnum = QStringLiteral("13700000%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    r.reqid = reqid;
    r.ttl = 600;
    return r;
}

// A thread that keeps its ledger connection between calls (as the models' loaders do).
class Worker
{
public:
    Worker()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~Worker()
    {
        m_thread.quit();
        m_thread.wait();
    }
    template<typename F> auto run(F f)
    {
        decltype(f()) result{};
        QMetaObject::invokeMethod(
            &m_context, [&] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    QThread m_thread;
    QObject m_context;
};

} // namespace

class TestLedgerReconnect : public QObject
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

    // Stopped: unavailable within the probe's interval, queries fail at once (no connect wait),
    // nothing is written. Started again: available, the main thread's and the worker's
    // connections work again in the same Ledger, and the feed brings what another program
    // wrote meanwhile (its place kept across the outage).
    void stopAndStartAgain()
    {
        QString error;
        const QString url = m_pg->createDatabase(QStringLiteral("outage"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        SystemClock clock;
        Ledger ledger(url, clock);
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const auto profile = ledger.ensureAdhocProfile(
            QStringLiteral("https://h"), QStringLiteral("D"), QStringLiteral("APP1"), &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(
            ledger.bindings().addBindingIntent(*profile, request(QStringLiteral("r1"), 1), &error));
        Worker worker;
        QCOMPARE(worker.run([&] { return ledger.bindings().list().size(); }), 1);
        ChangeCursor cursor = ledger.bindingsCursor();
        QVERIFY(!ledger.bindingsChangedAfter(&cursor).size());

        QSignalSpy availability(&ledger, &Ledger::availabilityChanged);
        QSignalSpy remote(&ledger, &Ledger::remoteChange);
        ledger.watchAvailability(200);
        QVERIFY(ledger.isAvailable());
        QTest::qWait(500);
        QCOMPARE(availability.size(), 0); // a server that answers is not announced

        m_pg->stop();
        QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 1, 5000);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QVERIFY(!ledger.isAvailable());
        QVERIFY(
            ledger.unavailableText().contains(QStringLiteral("127.0.0.1:%1").arg(m_pg->port())));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(ledger.bindings().list().isEmpty());
        QVERIFY(!ledger.bindings().addBindingIntent(*profile, request(QStringLiteral("r2"), 2),
                                                    &error));
        QVERIFY(worker.run([&] { return ledger.bindings().list().isEmpty(); }));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        bool ok = true;
        QVERIFY(ledger.bindingsChangedAfter(&cursor, &ok).isEmpty());
        QVERIFY(!ok);

        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        // Another program writes as soon as the server is back.
        {
            Ledger other(url, clock);
            QVERIFY2(other.open(&error), qPrintable(error));
            QVERIFY(other.bindings().addBindingIntent(*profile, request(QStringLiteral("r3"), 3),
                                                      &error));
        }
        remote.clear();
        QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 2, 5000);
        QCOMPARE(availability.at(1).at(0).toBool(), true);
        QVERIFY(ledger.isAvailable());
        QVERIFY(remote.contains(QVariantList{QStringLiteral("bindings")}));
        const QList<BindingRecord> changed = ledger.bindingsChangedAfter(&cursor, &ok);
        QVERIFY(ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).request.reqid, QStringLiteral("r3"));
        QVERIFY2(
            ledger.bindings().addBindingIntent(*profile, request(QStringLiteral("r4"), 4), &error),
            qPrintable(error));
        QCOMPARE(ledger.bindings().list().size(), 3);
        QCOMPARE(worker.run([&] { return ledger.bindings().list().size(); }), 3);
        QCOMPARE(availability.size(), 2);
        worker.run([&] {
            ledger.closeThreadConnection();
            return 0;
        });
    }

    // A restart between two probes (the probe's own connection breaks and a new one answers at
    // once): never announced as unavailable, but every connection is replaced.
    void restartBetweenProbes()
    {
        QString error;
        const QString url = m_pg->createDatabase(QStringLiteral("restart"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        SystemClock clock;
        Ledger ledger(url, clock);
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const auto profile = ledger.ensureAdhocProfile(
            QStringLiteral("https://h"), QStringLiteral("D"), QStringLiteral("APP1"), &error);
        QVERIFY2(profile, qPrintable(error));
        QSignalSpy availability(&ledger, &Ledger::availabilityChanged);
        QSignalSpy remote(&ledger, &Ledger::remoteChange);
        ledger.watchAvailability(5000);
        QTest::qWait(300); // the first probe answered
        m_pg->stop();
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(remote.contains(QVariantList{QStringLiteral("bindings")}), 10000);
        QCOMPARE(availability.size(), 0);
        QVERIFY2(
            ledger.bindings().addBindingIntent(*profile, request(QStringLiteral("s1"), 1), &error),
            qPrintable(error));
        QCOMPARE(ledger.bindings().list().size(), 1);
    }

private:
    std::unique_ptr<PgServer> m_pg;
};

QTEST_GUILESS_MAIN(TestLedgerReconnect)
#include "tst_ledgerreconnect_pg.moc"
