#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pn;

namespace {

BindingRequest request(const QString &reqid, const QString &x = QStringLiteral("13900000001"))
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = x;
    r.anum = QStringLiteral("138 0013-8000");
    r.bnum = QStringLiteral("13900139000");
    r.reqid = reqid;
    r.ttl = 60;
    r.record = 1;
    r.display = QStringLiteral("0,1");
    r.userData = QStringLiteral("dXNlcg==");
    return r;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
#ifdef PN_LEDGER_PG
    // The same tests against a real PostgreSQL server: the team ledger of the future.
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_pg.reset();
    }
#endif

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(1'700'000'000'000);
#ifdef PN_LEDGER_PG
        QString location =
            m_pg->createDatabase(QStringLiteral("t%1").arg(++m_databases), &m_setupError);
        QVERIFY2(!location.isEmpty(), qPrintable(m_setupError));
#else
        const QString location = Ledger::pathInDataDir(m_dir->path());
#endif
        m_ledger = std::make_unique<Ledger>(location, m_clock);
        QString error;
        QVERIFY2(m_ledger->open(&error), qPrintable(error));
        auto id =
            m_ledger->ensureAdhocProfile(QStringLiteral("https://h.example:8443"),
                                         QStringLiteral("D1"), QStringLiteral("APP1"), &error);
        QVERIFY2(id, qPrintable(error));
        m_profile = *id;
    }
    void cleanup()
    {
        m_ledger.reset();
    }

    void opensWithWalAndLatestSchema()
    {
        QSqlDatabase db = m_ledger->database();
        QCOMPARE(LedgerSchema::currentVersion(db), LedgerSchema::latestVersion());
#ifdef PN_LEDGER_PG
        QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
#else
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
#endif
        // Same profile again: found, not duplicated.
        QString error;
        QCOMPARE(*m_ledger->ensureAdhocProfile(QStringLiteral("https://h.example:8443"),
                                               QStringLiteral("D1"), {}, &error),
                 m_profile);
    }

    void resolvesThePath_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("expected");
        QTest::newRow("option wins") << "/a"
                                     << "/b"
                                     << "/a/ledger.sqlite";
        QTest::newRow("env") << ""
                             << "/b"
                             << "/b/ledger.sqlite";
        QTest::newRow("default") << ""
                                 << "" << Ledger::defaultPath();
    }
    void resolvesThePath()
    {
        QFETCH(QString, option);
        QFETCH(QString, env);
        QFETCH(QString, expected);
        qputenv("PN_DATA_DIR", env.toUtf8());
        QCOMPARE(Ledger::resolvePath(option), expected);
        qunsetenv("PN_DATA_DIR");
    }

    void bindingLifecycle()
    {
        QSignalSpy changed(m_ledger.get(), &Ledger::bindingChanged);
        QString error;
        const auto id =
            m_ledger->addBindingIntent(m_profile, request(QStringLiteral("r1")), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(changed.size(), 1);
        auto b = m_ledger->bindingByReqid(QStringLiteral("r1"));
        QVERIFY(b);
        QCOMPARE(b->state, RecordState::Pending);
        QCOMPARE(b->request.anum, QStringLiteral("13800138000")); // stored normalized
        QCOMPARE(b->request.display, QStringLiteral("0,1"));
        QCOMPARE(m_ledger->pendingBindings(m_profile).size(), 1);

        // The same reqid twice is refused: one intent per reqid.
        QVERIFY(!m_ledger->addBindingIntent(m_profile, request(QStringLiteral("r1")), &error));

        QVERIFY(m_ledger->markBindingActive(*id, QStringLiteral("S1"), m_clock.nowMs() + 60'000));
        b = m_ledger->bindingBySubid(QStringLiteral("S1"));
        QVERIFY(b);
        QCOMPARE(b->state, RecordState::Active);
        QVERIFY(m_ledger->pendingBindings().isEmpty());

        QVERIFY(m_ledger->markReleaseRequested(*id));
        QCOMPARE(m_ledger->releaseRequestedBindings(m_profile).size(), 1);
        QVERIFY(m_ledger->markBindingReleased(*id));
        b = m_ledger->bindingById(*id);
        QCOMPARE(b->state, RecordState::Released);
        QVERIFY(b->releasedAt);
        QVERIFY(m_ledger->releaseRequestedBindings().isEmpty());
    }

    void queriesByNumberStateAndX_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("x");
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("all");
        QTest::newRow("everything") << ""
                                    << "" << 2 << 3;
        QTest::newRow("A with spaces") << "138 0013"
                                       << "" << 2 << 3;
        QTest::newRow("subid") << "S-b"
                               << "" << 1 << 1;
        QTest::newRow("X") << ""
                           << "13900000002" << 1 << 1;
        QTest::newRow("nothing") << "777"
                                 << "" << 0 << 0;
    }
    void queriesByNumberStateAndX()
    {
        QFETCH(QString, number);
        QFETCH(QString, x);
        QFETCH(int, active);
        QFETCH(int, all);
        QString error;
        const auto a = m_ledger->addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const auto b = m_ledger->addBindingIntent(
            m_profile, request(QStringLiteral("b"), QStringLiteral("13900000002")), &error);
        m_ledger->addBindingIntent(m_profile, request(QStringLiteral("c")), &error);
        m_ledger->markBindingActive(*a, QStringLiteral("S-a"), m_clock.nowMs() + 1000);
        m_ledger->markBindingActive(*b, QStringLiteral("S-b"), m_clock.nowMs() + 1000);
        BindingQuery q;
        q.number = number;
        q.x = x;
        QCOMPARE(m_ledger->bindings(q).size(), all);
        q.states = {RecordState::Active};
        QCOMPARE(m_ledger->bindings(q).size(), active);
    }

    void sweepExpiresOnlyLiveBindingsPastTheirTime()
    {
        QString error;
        const auto a = m_ledger->addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const auto b = m_ledger->addBindingIntent(m_profile, request(QStringLiteral("b")), &error);
        m_ledger->markBindingActive(*a, QStringLiteral("S-a"), m_clock.nowMs() + 1000);
        m_ledger->markBindingActive(*b, QStringLiteral("S-b"), m_clock.nowMs() + 5000);
        QVERIFY(m_ledger->sweepExpiredBindings().isEmpty());
        m_clock.advanceMs(2000);
        QCOMPARE(m_ledger->sweepExpiredBindings(), QList<qint64>{*a});
        QCOMPARE(m_ledger->bindingById(*a)->state, RecordState::Expired);
        QCOMPARE(m_ledger->bindingById(*b)->state, RecordState::Active);
    }

    void changeCounterSeesEveryWrite()
    {
        const qint64 rev0 = m_ledger->bindingsRev();
        QString error;
        const auto a = m_ledger->addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const qint64 rev1 = m_ledger->bindingsRev();
        QVERIFY(rev1 > rev0);
        m_ledger->markBindingFailed(*a, QStringLiteral("nope"));
        const auto changed = m_ledger->bindingsChangedSince(rev1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().state, RecordState::Failed);
        QCOMPARE(changed.first().lastError, QStringLiteral("nope"));
    }

    void twoLedgersOnOneFileAndThreads()
    {
        // Another program (here: another Ledger on the same file) and another thread write at
        // the same time; every write lands.
        Ledger other(m_ledger->path(), m_clock);
        QString error;
        QVERIFY(other.open(&error));
        std::atomic<int> written{0};
        QThread *thread = QThread::create([this, &written] {
            QString e;
            for (int i = 0; i < 100; ++i) {
                if (m_ledger->addBindingIntent(m_profile, request(QStringLiteral("t%1").arg(i)),
                                               &e))
                    ++written;
            }
        });
        thread->start();
        for (int i = 0; i < 100; ++i)
            QVERIFY(
                other.addBindingIntent(m_profile, request(QStringLiteral("o%1").arg(i)), &error));
        QVERIFY(thread->wait(30'000));
        delete thread;
        QCOMPARE(written.load(), 100);
        QCOMPARE(m_ledger->pendingBindings().size(), 200);
        QCOMPARE(other.bindingsChangedSince(0).size(), 200);
    }

    void transfersLifecycle()
    {
        TransferRequest t;
        t.appid = QStringLiteral("APP1");
        t.x = QStringLiteral("13900000003");
        t.anum = QStringLiteral("13800000001");
        t.reqid = QStringLiteral("tr1");
        t.ttl = 10;
        QString error;
        const auto id = m_ledger->addTransferIntent(m_profile, t, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(m_ledger->pendingTransfers().size(), 1);
        QVERIFY(m_ledger->markTransferActive(*id));
        QCOMPARE(
            m_ledger->activeTransfer(QStringLiteral("APP1"), QStringLiteral("13900000003"))->id,
            *id);
        QCOMPARE(*m_ledger->transferById(*id)->expiresAt, m_clock.nowMs() + 10'000);
        QVERIFY(m_ledger->markTransferReleaseRequested(*id));
        QCOMPARE(m_ledger->releaseRequestedTransfers().size(), 1);
        QVERIFY(m_ledger->markTransferReleased(*id));
        QVERIFY(!m_ledger->activeTransfer(QStringLiteral("APP1"), QStringLiteral("13900000003")));
    }

    void logsHoldNoSecretColumnAndKeepOrder()
    {
        QSignalSpy logged(m_ledger.get(), &Ledger::requestLogged);
        for (int i = 1; i <= 5; ++i) {
            RequestLogEntry e;
            e.method = QStringLiteral("PUT");
            e.path = QStringLiteral("/igw/service/uc/interline/1390");
            e.reqid = QStringLiteral("r%1").arg(i);
            e.params = QStringLiteral("appid=APP1");
            e.httpStatus = 200;
            e.errorCode = i == 3 ? std::optional<int>(1500) : std::optional<int>(0);
            e.attempt = i;
            QVERIFY(m_ledger->appendRequestLog(e));
        }
        QCOMPARE(logged.size(), 5);
        const auto newest = m_ledger->requestLog(2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).reqid, QStringLiteral("r5"));
        QCOMPARE(m_ledger->requestLogSince(newest.at(1).id).size(), 1);
        QCOMPARE(m_ledger->requestLog(10).at(2).errorCode, std::optional<int>(1500));
        QVERIFY(m_ledger->appendAudit(m_profile, QStringLiteral("desk"), QStringLiteral("release"),
                                      QStringLiteral("S1")));
        QCOMPARE(m_ledger->auditLog(5).first().action, QStringLiteral("release"));
    }

private:
#ifdef PN_LEDGER_PG
    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;
    QString m_setupError;
#endif
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_profile = 0;
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
