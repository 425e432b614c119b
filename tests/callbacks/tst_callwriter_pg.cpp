// The callback receiver's writer thread on a team ledger whose PostgreSQL server is restarted
// under it (as `pnctl listen` and the console live through a server restart): the callbacks
// posted while the server is away fail (answered 503, delivered again by the platform); the
// first ones after it is back are stored, without restarting the writer.

#include "../ledger/pgserver.h"
#include "callbacks/callstore.h"
#include "callbacks/callwriter.h"
#include "core/clock.h"
#include "ledger/ledger.h"

#include <QMutex>
#include <QTest>

using namespace pn;

namespace {

CdrRecord cdr(const QString &taskid)
{
    CdrRecord c;
    c.devid = QStringLiteral("10000000");
    c.appid = QStringLiteral("app");
    c.taskid = taskid;
    c.subid = QStringLiteral("sub-1");
    c.caller = QStringLiteral("13800138000");
    c.rcaller = QStringLiteral("17000000001");
    c.callee = QStringLiteral("13900139000");
    c.result = QStringLiteral("answered");
    c.beginTime = 1'760'000'000;
    c.ringTime = c.beginTime + 2;
    c.answerTime = c.beginTime + 7;
    c.releaseTime = c.beginTime + 67;
    c.duration = 60;
    return c;
}

} // namespace

class TestCallWriterPg : public QObject
{
    Q_OBJECT

    QMutex m_mutex;
    QList<CallWriter::Outcome> m_outcomes;

    // Enqueues one CDR and waits for its outcome.
    CallWriter::Outcome store(CallWriter &writer, quint64 id, const QString &taskid)
    {
        writer.enqueue({id, cdr(taskid)});
        CallWriter::Outcome found;
        const bool answered = QTest::qWaitFor(
            [&] {
                QMutexLocker lock(&m_mutex);
                for (const CallWriter::Outcome &o : std::as_const(m_outcomes)) {
                    if (o.id == id) {
                        found = o;
                        return true;
                    }
                }
                return false;
            },
            20000);
        if (!answered)
            found.error = QStringLiteral("no outcome");
        return found;
    }

private Q_SLOTS:
    void storesAgainAfterTheServerRestarted()
    {
        PgServer pg{QStringLiteral(PN_PG_BINDIR)};
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        const QString url = pg.createDatabase(QStringLiteral("calls"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));

        CallWriter writer(url, CallStore::Durability::Normal, 100,
                          [this](QList<CallWriter::Outcome> outcomes) {
                              QMutexLocker lock(&m_mutex);
                              m_outcomes << outcomes;
                          });
        QVERIFY2(writer.start(&error), qPrintable(error));
        CallWriter::Outcome o = store(writer, 1, QStringLiteral("task-before"));
        QVERIFY2(o.stored == CallStore::Stored::Inserted, qPrintable(o.error));

        pg.stop();
        o = store(writer, 2, QStringLiteral("task-away"));
        QVERIFY(o.stored == CallStore::Stored::Failed); // answered 503: delivered again
        QVERIFY(!o.error.isEmpty());

        QVERIFY2(pg.restart(&error), qPrintable(error));
        // The first callback after the restart may meet the old connection: the writer opens
        // the ledger again (at most once a second) and writes the batch again.
        bool stored = false;
        for (quint64 id = 3; id < 10 && !stored; ++id) {
            o = store(writer, id, QStringLiteral("task-after"));
            stored = o.stored == CallStore::Stored::Inserted;
            if (!stored)
                QTest::qWait(1100);
        }
        QVERIFY2(stored, qPrintable(o.error));
        QVERIFY(writer.reopens() >= 1);
        // The platform's delivery again of the one refused while the server was away.
        o = store(writer, 20, QStringLiteral("task-away"));
        QVERIFY2(o.stored == CallStore::Stored::Inserted, qPrintable(o.error));
        o = store(writer, 21, QStringLiteral("task-after"));
        QVERIFY(o.stored == CallStore::Stored::Duplicate);
        writer.stop();

        SystemClock clock;
        Ledger ledger(url, clock);
        QVERIFY2(ledger.open(&error), qPrintable(error));
        CallStore calls(ledger);
        QVERIFY2(calls.open(&error), qPrintable(error));
        QCOMPARE(calls.countCalls(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCallWriterPg)
#include "tst_callwriter_pg.moc"
