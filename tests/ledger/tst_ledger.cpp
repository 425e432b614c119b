#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>

#include <sys/stat.h>

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
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("r1")), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(changed.size(), 1);
        auto b = m_ledger->bindings().bindingByReqid(QStringLiteral("r1"));
        QVERIFY(b);
        QCOMPARE(b->state, RecordState::Pending);
        QCOMPARE(b->request.anum, QStringLiteral("13800138000")); // stored normalized
        QCOMPARE(b->request.display, QStringLiteral("0,1"));
        QCOMPARE(m_ledger->bindings().pendingBindings(m_profile).size(), 1);

        // The same reqid twice is refused: one intent per reqid.
        QVERIFY(!m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("r1")),
                                                       &error));

        QVERIFY(m_ledger->bindings().markBindingActive(*id, QStringLiteral("S1"),
                                                       m_clock.nowMs() + 60'000));
        b = m_ledger->bindings().bindingBySubid(QStringLiteral("S1"));
        QVERIFY(b);
        QCOMPARE(b->state, RecordState::Active);
        QVERIFY(m_ledger->bindings().pendingBindings().isEmpty());

        QVERIFY(m_ledger->bindings().markReleaseRequested(*id));
        QCOMPARE(m_ledger->bindings().releaseRequestedBindings(m_profile).size(), 1);
        QVERIFY(m_ledger->bindings().markBindingReleased(*id));
        b = m_ledger->bindings().bindingById(*id);
        QCOMPARE(b->state, RecordState::Released);
        QVERIFY(b->releasedAt);
        QVERIFY(m_ledger->bindings().releaseRequestedBindings().isEmpty());
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
        const auto a =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const auto b = m_ledger->bindings().addBindingIntent(
            m_profile, request(QStringLiteral("b"), QStringLiteral("13900000002")), &error);
        m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("c")), &error);
        m_ledger->bindings().markBindingActive(*a, QStringLiteral("S-a"), m_clock.nowMs() + 1000);
        m_ledger->bindings().markBindingActive(*b, QStringLiteral("S-b"), m_clock.nowMs() + 1000);
        BindingQuery q;
        q.number = number;
        q.x = x;
        QCOMPARE(m_ledger->bindings().list(q).size(), all);
        q.states = {RecordState::Active};
        QCOMPARE(m_ledger->bindings().list(q).size(), active);
    }

    void sweepExpiresOnlyLiveBindingsPastTheirTime()
    {
        QString error;
        const auto a =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const auto b =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("b")), &error);
        m_ledger->bindings().markBindingActive(*a, QStringLiteral("S-a"), m_clock.nowMs() + 1000);
        m_ledger->bindings().markBindingActive(*b, QStringLiteral("S-b"), m_clock.nowMs() + 5000);
        QVERIFY(m_ledger->bindings().sweepExpiredBindings().isEmpty());
        m_clock.advanceMs(2000);
        QCOMPARE(m_ledger->bindings().sweepExpiredBindings(), QList<qint64>{*a});
        QCOMPARE(m_ledger->bindings().bindingById(*a)->state, RecordState::Expired);
        QCOMPARE(m_ledger->bindings().bindingById(*b)->state, RecordState::Active);
    }

    void changeCounterSeesEveryWrite()
    {
        const qint64 rev0 = m_ledger->bindingsRev();
        QString error;
        const auto a =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("a")), &error);
        const qint64 rev1 = m_ledger->bindingsRev();
        QVERIFY(rev1 > rev0);
        m_ledger->bindings().markBindingFailed(*a, QStringLiteral("nope"));
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
                if (m_ledger->bindings().addBindingIntent(
                        m_profile, request(QStringLiteral("t%1").arg(i)), &e))
                    ++written;
            }
        });
        thread->start();
        for (int i = 0; i < 100; ++i)
            QVERIFY(other.bindings().addBindingIntent(
                m_profile, request(QStringLiteral("o%1").arg(i)), &error));
        QVERIFY(thread->wait(30'000));
        delete thread;
        QCOMPARE(written.load(), 100);
        QCOMPARE(m_ledger->bindings().pendingBindings().size(), 200);
        QCOMPARE(other.bindingsChangedSince(0).size(), 200);
    }

    // Every (table, from-state, event) pair: the guarded UPDATE either applies or leaves the row
    // as it is and says how it is ("someone else finished it").
    void transitionsAreGuarded_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("event");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("releaseRequestedAfter");
        // from: pending, active, releasing (active + release requested), expired,
        //       expired-releasing, released, failed
        struct Row
        {
            const char *from;
            const char *event;
            bool applied;
            const char *after;
            bool releaseRequested;
        };
        const Row rows[] = {
            {"pending", "activate", true, "active", false},
            {"pending", "fail", true, "failed", false},
            {"pending", "note", true, "pending", false},
            {"pending", "requestRelease", false, "pending", false},
            {"pending", "clearRelease", false, "pending", false},
            {"pending", "release", false, "pending", false},
            {"pending", "expire", false, "pending", false},
            {"active", "activate", false, "active", false}, // never overwritten
            {"active", "fail", false, "active", false},     // never downgraded
            {"active", "note", false, "active", false},
            {"active", "requestRelease", true, "active", true},
            {"active", "clearRelease", false, "active", false},
            {"active", "release", true, "released", false},
            {"active", "expire", true, "expired", false},
            {"releasing", "activate", false, "active", true},
            {"releasing", "fail", false, "active", true},
            {"releasing", "note", true, "active", true},
            {"releasing", "requestRelease", true, "active", true},
            {"releasing", "clearRelease", true, "active", false},
            {"releasing", "release", true, "released", true},
            {"releasing", "expire", false, "active", true}, // a release on the way wins
            {"expired", "activate", false, "expired", false},
            {"expired", "fail", false, "expired", false},
            {"expired", "note", false, "expired", false},
            {"expired", "requestRelease", true, "expired", true}, // an explicit release only
            {"expired", "clearRelease", false, "expired", false},
            {"expired", "release", true, "released", false},
            {"expired", "expire", false, "expired", false},
            {"expired-releasing", "note", true, "expired", true},
            {"expired-releasing", "clearRelease", true, "expired", false},
            {"expired-releasing", "fail", false, "expired", true},
            {"released", "activate", false, "released", false}, // final
            {"released", "fail", false, "released", false},
            {"released", "note", false, "released", false},
            {"released", "requestRelease", false, "released", false},
            {"released", "clearRelease", false, "released", false},
            {"released", "release", false, "released", false},
            {"released", "expire", false, "released", false},
            {"failed", "activate", true, "active", false}, // a subid beats "failed"
            {"failed", "fail", false, "failed", false},
            {"failed", "note", false, "failed", false},
            {"failed", "requestRelease", false, "failed", false},
            {"failed", "clearRelease", false, "failed", false},
            {"failed", "release", false, "failed", false},
            {"failed", "expire", false, "failed", false},
        };
        for (const char *table : {"bindings", "transfers"}) {
            for (const Row &r : rows) {
                QTest::addRow("%s: %s + %s", table, r.from, r.event)
                    << QString::fromLatin1(table) << QString::fromLatin1(r.from)
                    << QString::fromLatin1(r.event) << r.applied << QString::fromLatin1(r.after)
                    << r.releaseRequested;
            }
        }
    }
    void transitionsAreGuarded()
    {
        QFETCH(QString, table);
        QFETCH(QString, from);
        QFETCH(QString, event);
        QFETCH(bool, applied);
        QFETCH(QString, after);
        QFETCH(bool, releaseRequestedAfter);
        const bool bindings = table == QLatin1StringView("bindings");
        QString error;
        std::optional<qint64> id;
        if (bindings) {
            id = m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("g1")),
                                                       &error);
        } else {
            TransferRequest t;
            t.appid = QStringLiteral("APP1");
            t.x = QStringLiteral("13900000003");
            t.anum = QStringLiteral("13800000001");
            t.reqid = QStringLiteral("g1");
            t.ttl = 10;
            id = m_ledger->transfers().addTransferIntent(m_profile, t, &error);
        }
        QVERIFY2(id, qPrintable(error));
        // Put the row into the from-state as another program would have left it.
        const QString state = from.section(u'-', 0, 0);
        const bool releasing = from == QLatin1StringView("releasing") ||
                               from.endsWith(QLatin1StringView("-releasing"));
        const QString sqlState =
            state == QLatin1StringView("releasing") ? QStringLiteral("active") : state;
        QSqlQuery q(m_ledger->database());
        q.prepare(QStringLiteral("UPDATE %1 SET state = ?, expires_at = ?, "
                                 "release_requested_at = ?, sending_by = NULL, lease_until = NULL"
                                 "%2 WHERE id = ?")
                      .arg(table, bindings ? QStringLiteral(", subid = ?") : QString()));
        q.addBindValue(sqlState);
        q.addBindValue(m_clock.nowMs() - 1000); // past: the sweep may expire an active row
        q.addBindValue(releasing ? QVariant(m_clock.nowMs() - 10)
                                 : QVariant(QMetaType::fromType<qint64>()));
        if (bindings)
            q.addBindValue(state == QLatin1StringView("pending") ||
                                   state == QLatin1StringView("failed")
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(QStringLiteral("S-OTHER")));
        q.addBindValue(*id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        LedgerTransition t;
        if (event == QLatin1StringView("expire")) {
            const QList<qint64> swept = bindings ? m_ledger->bindings().sweepExpiredBindings()
                                                 : m_ledger->transfers().sweepExpiredTransfers();
            t.kind = swept.contains(*id) ? LedgerTransition::Kind::Applied
                                         : LedgerTransition::Kind::Settled;
        } else if (bindings) {
            if (event == QLatin1StringView("activate"))
                t = m_ledger->bindings().markBindingActive(*id, QStringLiteral("S-NEW"),
                                                           m_clock.nowMs() + 1);
            else if (event == QLatin1StringView("fail"))
                t = m_ledger->bindings().markBindingFailed(*id, QStringLiteral("no"));
            else if (event == QLatin1StringView("note"))
                t = m_ledger->bindings().noteBindingAttempt(*id, QStringLiteral("unknown"));
            else if (event == QLatin1StringView("requestRelease"))
                t = m_ledger->bindings().markReleaseRequested(*id);
            else if (event == QLatin1StringView("clearRelease"))
                t = m_ledger->bindings().clearReleaseRequested(*id, QStringLiteral("refused"));
            else if (event == QLatin1StringView("release"))
                t = m_ledger->bindings().markBindingReleased(*id);
        } else {
            if (event == QLatin1StringView("activate"))
                t = m_ledger->transfers().markTransferActive(*id);
            else if (event == QLatin1StringView("fail"))
                t = m_ledger->transfers().markTransferFailed(*id, QStringLiteral("no"));
            else if (event == QLatin1StringView("note"))
                t = m_ledger->transfers().noteTransferAttempt(*id, QStringLiteral("unknown"));
            else if (event == QLatin1StringView("requestRelease"))
                t = m_ledger->transfers().markTransferReleaseRequested(*id);
            else if (event == QLatin1StringView("clearRelease"))
                t = m_ledger->transfers().clearTransferReleaseRequested(*id,
                                                                        QStringLiteral("refused"));
            else if (event == QLatin1StringView("release"))
                t = m_ledger->transfers().markTransferReleased(*id);
        }
        QVERIFY2(t.kind != LedgerTransition::Kind::Error, qPrintable(t.error));
        QCOMPARE(t.applied(), applied);
        QCOMPARE(t.settledElsewhere(), !applied);

        const RecordState expected = *RecordStates::fromSql(after);
        RecordState now;
        std::optional<qint64> releaseRequested;
        if (bindings) {
            const auto b = m_ledger->bindings().bindingById(*id);
            now = b->state;
            releaseRequested = b->releaseRequestedAt;
            // A subid the ledger holds is never replaced by another answer.
            if (state != QLatin1StringView("pending") && state != QLatin1StringView("failed"))
                QCOMPARE(b->subid, QStringLiteral("S-OTHER"));
            else if (applied && event == QLatin1StringView("activate"))
                QCOMPARE(b->subid, QStringLiteral("S-NEW"));
            if (event != QLatin1StringView("expire"))
                QCOMPARE(t.subid, b->subid);
        } else {
            const auto r = m_ledger->transfers().transferById(*id);
            now = r->state;
            releaseRequested = r->releaseRequestedAt;
        }
        QCOMPARE(now, expected);
        QCOMPARE(releaseRequested.has_value(), releaseRequestedAfter);
        if (event != QLatin1StringView("expire"))
            QCOMPARE(t.state, expected); // the caller learns the other outcome
    }

    void aMissingRowIsAnErrorNotARace()
    {
        const LedgerTransition t =
            m_ledger->bindings().markBindingFailed(424242, QStringLiteral("x"));
        QCOMPARE(t.kind, LedgerTransition::Kind::Error);
        QVERIFY(!t.error.isEmpty());
    }

    void leasesGiveEachIntentOneSender()
    {
        // Two programs on one ledger (two Ledger objects: two lease owners).
        Ledger other(m_ledger->path(), m_clock);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        QVERIFY(other.leaseOwner() != m_ledger->leaseOwner());
        const auto mine =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("m")), &error);
        const auto theirs =
            other.bindings().addBindingIntent(m_profile, request(QStringLiteral("t")), &error);
        QVERIFY(mine && theirs);
        QCOMPARE(m_ledger->bindings().bindingById(*theirs)->sendingBy, other.leaseOwner());

        // An intent being sent (the lease its writer took) is claimed by nobody, not even
        // by its own program again.
        QVERIFY(m_ledger->bindings().claimPendingBindings(m_profile).isEmpty());
        QVERIFY(other.bindings().claimPendingBindings(m_profile).isEmpty());
        // Without a live lease, one reconciliation takes it, in one transaction.
        QVERIFY(m_ledger->bindings().dropBindingLease(*mine));
        QVERIFY(other.bindings().dropBindingLease(*mine)); // not other's: changes nothing
        QVERIFY(other.bindings().renewBindingLeases({*theirs}));
        QList<BindingRecord> claimed = m_ledger->bindings().claimPendingBindings(m_profile);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().id, *mine);
        QCOMPARE(claimed.first().sendingBy, m_ledger->leaseOwner());
        QVERIFY(!m_ledger->bindings().claimBinding(*theirs));
        QVERIFY(other.bindings().claimPendingBindings(m_profile).isEmpty());

        // Renewed leases hold ...
        m_clock.advanceMs(m_ledger->leaseDurationMs() - 1000);
        QVERIFY(other.bindings().renewBindingLeases({*theirs}));
        m_clock.advanceMs(2000);
        QVERIFY(!m_ledger->bindings().claimBinding(*theirs));
        // ... and those of a program that died (mine was not renewed) run out: then another
        // program takes the intent over.
        claimed = other.bindings().claimPendingBindings(m_profile);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().id, *mine);
        m_clock.advanceMs(m_ledger->leaseDurationMs());
        QVERIFY(m_ledger->bindings().claimBinding(*theirs));
        QCOMPARE(m_ledger->bindings().bindingById(*theirs)->sendingBy, m_ledger->leaseOwner());

        // Settling drops the settling program's own lease and leaves another's alone.
        QVERIFY(other.bindings().markBindingActive(*theirs, QStringLiteral("S-T"),
                                                   m_clock.nowMs() + 5000));
        QCOMPARE(m_ledger->bindings().bindingById(*theirs)->sendingBy, m_ledger->leaseOwner());
        QVERIFY(m_ledger->bindings()
                    .markBindingActive(*theirs, QStringLiteral("S-T"), 0)
                    .settledElsewhere());
        QVERIFY(m_ledger->bindings().bindingById(*theirs)->sendingBy.isEmpty());

        // A release under way at one program is not requested again by another.
        QVERIFY(other.bindings().markReleaseRequested(*theirs));
        const LedgerTransition busy = m_ledger->bindings().markReleaseRequested(*theirs);
        QVERIFY(busy.settledElsewhere());
        QVERIFY(busy.releaseRequestedAt);
        QVERIFY(m_ledger->bindings().claimReleaseRequestedBindings(m_profile).isEmpty());
        QVERIFY(other.bindings().dropBindingLease(*theirs));
        QCOMPARE(m_ledger->bindings().claimReleaseRequestedBindings(m_profile).size(), 1);
    }

    void aCrashedProgramsLeaseIsTakenOverAtOnce()
    {
        // A program on this computer took the lease and was killed (here: a process that has
        // ended): its intent is free at once, not only when the lease runs out.
        QProcess dead;
        dead.start(QStringLiteral("sleep"), {QStringLiteral("0")});
        QVERIFY(dead.waitForStarted());
        const qint64 pid = dead.processId();
        QVERIFY(dead.waitForFinished());
        QString error;
        const auto id =
            m_ledger->bindings().addBindingIntent(m_profile, request(QStringLiteral("d")), &error);
        QVERIFY(id);
        QSqlQuery q(m_ledger->database());
        q.prepare(
            QStringLiteral("UPDATE bindings SET sending_by = ?, lease_until = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("%1:%2:0badf00d").arg(QSysInfo::machineHostName()).arg(pid));
        q.addBindValue(m_clock.nowMs() + 60'000);
        q.addBindValue(*id);
        QVERIFY(q.exec());
        QCOMPARE(m_ledger->bindings().claimPendingBindings(m_profile).size(), 1);
        // A living program's lease (this test's own process, as another Ledger) holds.
        Ledger other(m_ledger->path(), m_clock);
        QVERIFY(other.open(&error));
        QVERIFY(other.bindings().claimPendingBindings(m_profile).isEmpty());
    }

    void transferClaimsFollowTheirState()
    {
        // The sweeps' claims of transfers: a pending intent without a live lease, and a release
        // asked for but not sent; each read back whole, claimed once.
        Ledger other(m_ledger->path(), m_clock);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            TransferRequest t;
            t.appid = QStringLiteral("APP1");
            t.x = QStringLiteral("1390000000%1").arg(i);
            t.anum = QStringLiteral("13800000001");
            t.reqid = QStringLiteral("tc%1").arg(i);
            t.ttl = 600;
            const auto id = other.transfers().addTransferIntent(m_profile, t, &error);
            QVERIFY2(id, qPrintable(error));
            ids << *id;
        }
        QVERIFY(m_ledger->transfers()
                    .claimPendingTransfers(m_profile)
                    .isEmpty()); // other's leases hold
        QVERIFY(other.transfers().markTransferActive(ids.at(1)));
        for (qint64 id : ids)
            QVERIFY(other.transfers().dropTransferLease(id));
        const QList<TransferRecord> pending =
            m_ledger->transfers().claimPendingTransfers(m_profile);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).id, ids.at(0)); // in id order
        QCOMPARE(pending.at(1).id, ids.at(2));
        QCOMPARE(pending.at(0).request.x, QStringLiteral("13900000000"));
        QCOMPARE(pending.at(0).sendingBy, m_ledger->leaseOwner());
        QVERIFY(other.transfers().claimPendingTransfers(m_profile).isEmpty());
        QVERIFY(m_ledger->transfers()
                    .claimPendingTransfers(m_profile + 1)
                    .isEmpty()); // another profile

        QVERIFY(m_ledger->transfers().claimReleaseRequestedTransfers(m_profile).isEmpty());
        QVERIFY(other.transfers().markTransferReleaseRequested(ids.at(1)));
        QVERIFY(m_ledger->transfers()
                    .claimReleaseRequestedTransfers(m_profile)
                    .isEmpty()); // other sends it
        QVERIFY(other.transfers().dropTransferLease(ids.at(1)));
        const QList<TransferRecord> releasing =
            m_ledger->transfers().claimReleaseRequestedTransfers(m_profile);
        QCOMPARE(releasing.size(), 1);
        QCOMPARE(releasing.first().id, ids.at(1));
        QVERIFY(releasing.first().releaseRequestedAt);
        QVERIFY(other.transfers().claimReleaseRequestedTransfers().isEmpty());
    }

#ifndef PN_LEDGER_PG
    void theLedgerIsPrivateToItsOwner()
    {
        // 0600 files in a 0700 folder (stat, not Qt's view of it), -wal and -shm included, and
        // an existing ledger written by an older version with 0644 is tightened on open.
        auto mode = [](const QString &path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777)
                                                                         : -1;
        };
        const QString folder = m_dir->filePath(QStringLiteral("fresh/data"));
        Ledger fresh(Ledger::pathInDataDir(folder), m_clock);
        QString error;
        QVERIFY2(fresh.open(&error), qPrintable(error));
        const auto profile = fresh.ensureAdhocProfile(QStringLiteral("https://h.example"),
                                                      QStringLiteral("D1"), {}, &error);
        QVERIFY(fresh.bindings().addBindingIntent(*profile, request(QStringLiteral("p")), &error));
        QCOMPARE(mode(folder), 0700);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString path = fresh.path() + QLatin1StringView(suffix);
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(mode(path), 0600);
        }
        m_ledger.reset();
        const QString old = Ledger::pathInDataDir(m_dir->path());
        ::chmod(QFile::encodeName(old).constData(), 0644);
        Ledger again(old, m_clock);
        QVERIFY(again.open(&error));
        QCOMPARE(mode(old), 0600);
    }
#endif

    void claimsFromThreadsNeverOverlap()
    {
        // Eight writers (each its own Ledger: its own lease owner and connection) claim the
        // same 40 intents at once: every intent goes to exactly one of them.
        QString error;
        for (int i = 0; i < 40; ++i)
            QVERIFY(m_ledger->bindings().addBindingIntent(
                m_profile, request(QStringLiteral("c%1").arg(i)), &error));
        QSqlQuery q(m_ledger->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE bindings SET sending_by = NULL, lease_until = NULL")));
        QMutex mutex;
        QList<qint64> all;
        QList<QThread *> threads;
        for (int w = 0; w < 8; ++w) {
            threads << QThread::create([this, &mutex, &all] {
                Ledger writer(m_ledger->path(), m_clock);
                QString e;
                if (!writer.open(&e))
                    return;
                for (int round = 0; round < 5; ++round) {
                    const QList<BindingRecord> claimed = writer.bindings().claimPendingBindings();
                    QMutexLocker lock(&mutex);
                    for (const BindingRecord &b : claimed)
                        all << b.id;
                }
                writer.closeThreadConnection();
            });
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60'000));
            delete t;
        }
        QCOMPARE(all.size(), 40);
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 40);
    }

    void rateSlotsAreSharedAndAdapt()
    {
        Ledger other(m_ledger->path(), m_clock);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        const QString bucket = QStringLiteral("D1@h.example");
        // Three requests from two programs at a 500 ms limit: the slots follow each other.
        // The slots are wall-clock times: each wait is its slot minus the moment it was taken,
        // so the time the three calls themselves took (a PostgreSQL round trip) is allowed for.
        QElapsedTimer took;
        took.start();
        const qint64 first = m_ledger->takeRateSlot(bucket, 500);
        const qint64 second = other.takeRateSlot(bucket, 500);
        const qint64 third = m_ledger->takeRateSlot(bucket, 500);
        const qint64 slack = took.elapsed() + 2; // + clock granularity
        QVERIFY(first >= 0 && first <= 1);
        QVERIFY2(second >= 500 - slack && second <= 500, qPrintable(QString::number(second)));
        QVERIFY2(third >= 1000 - slack && third <= 1000, qPrintable(QString::number(third)));
        QCOMPARE(m_ledger->rateInterval(bucket), 500.0);
        // 1105 lowers the rate to 95 % of the one in force (nothing accepted in the request log),
        // once however many calls and programs meet it ...
        other.noteRateLimited(bucket, 500, 2000);
        m_ledger->noteRateLimited(bucket, 500, 2000);
        const double slowed = m_ledger->rateInterval(bucket);
        QVERIFY2(slowed > 520 && slowed <= 526.5, qPrintable(QString::number(slowed)));
        // ... accepted requests write nothing (the rate grows with time) ...
        other.noteRateAccepted(bucket, 500);
        QVERIFY(m_ledger->rateInterval(bucket) <= slowed);
        // ... and never past the client's own limit: 10 s later it is back at the base.
        setSlowedAt(bucket, -10'000);
        QCOMPARE(other.rateInterval(bucket), 500.0);
    }

    void sharedRateFollowsWhatThePlatformAccepted()
    {
        Ledger other(m_ledger->path(), m_clock);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        const QString bucket = QStringLiteral("D1@h.example:8443");
        // No limit yet: every slot is now.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_ledger->takeRateSlot(bucket, 0), 0);
        QCOMPARE(m_ledger->rateInterval(bucket), 0.0);
        // Two programs logged 40 accepted answers over the last 400 ms (100/s) and 30 refused
        // with 1105 (not counted), another account 50 (not counted either); then 1105.
        const auto otherAccount =
            m_ledger->ensureAdhocProfile(QStringLiteral("https://h.example:8443"),
                                         QStringLiteral("D2"), QStringLiteral("APP1"), &error);
        QVERIFY2(otherAccount, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer since;
        since.start();
        auto log = [&](Ledger &l, qint64 at, qint64 profile, std::optional<int> code) {
            RequestLogEntry e;
            e.at = at;
            e.profileId = profile;
            e.method = QStringLiteral("POST");
            e.path = QStringLiteral("/bind");
            e.httpStatus = 200;
            e.errorCode = code;
            QVERIFY(l.log().appendRequestLog(e));
        };
        for (int i = 0; i < 40; ++i)
            log(i % 2 ? other : *m_ledger, now - 400 + i * 10, m_profile, std::nullopt);
        for (int i = 0; i < 30; ++i)
            log(other, now - 300 + i * 10, m_profile, 1105);
        for (int i = 0; i < 50; ++i)
            log(other, now - 300 + i * 5, *otherAccount, std::nullopt);
        QVERIFY2(qAbs(m_ledger->acceptedRate(bucket, now) - 100.0) < 1.0,
                 qPrintable(QString::number(m_ledger->acceptedRate(bucket, now))));
        other.noteRateLimited(bucket, 0, 2000);
        // 95 % of 100/s: a gap of 10.5 ms, kept in whole ms; a little longer when the writes
        // above took time (the 40 answers are then spread over more than the last 400 ms).
        const double slowest = 1000.0 / (0.95 * 40'000.0 / double(400 + since.elapsed()));
        const double gap = m_ledger->rateInterval(bucket);
        QVERIFY2(gap >= 10 && gap <= slowest + 1, qPrintable(QString::number(gap)));
        // The slots of both programs follow each other at that gap.
        // Each answer is the wait from the moment of its call, so the time the ten calls took
        // (a transaction each, on PostgreSQL with a commit to disk) comes off the last one.
        qint64 last = 0;
        QElapsedTimer taking;
        taking.start();
        for (int i = 0; i < 10; ++i)
            last = (i % 2 ? other : *m_ledger).takeRateSlot(bucket, 0);
        const qint64 took = taking.elapsed();
        QVERIFY2(last >= 9 * 10 - took - 1 && last <= 9 * qint64(std::ceil(gap)) + 1,
                 qPrintable(QStringLiteral("%1 (the calls took %2 ms)").arg(last).arg(took)));
        // Without another 1105 the rate grows 3 % per second: 200 s later there is no limit.
        setSlowedAt(bucket, -200'000);
        QCOMPARE(m_ledger->rateInterval(bucket), 0.0);
        QTest::qWait(int(last) + 30); // past the last booked slot and its gap
        QCOMPARE(other.takeRateSlot(bucket, 0), 0);
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
        const auto id = m_ledger->transfers().addTransferIntent(m_profile, t, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(m_ledger->transfers().pendingTransfers().size(), 1);
        QVERIFY(m_ledger->transfers().markTransferActive(*id));
        QCOMPARE(m_ledger->transfers()
                     .activeTransfer(QStringLiteral("APP1"), QStringLiteral("13900000003"))
                     ->id,
                 *id);
        QCOMPARE(*m_ledger->transfers().transferById(*id)->expiresAt, m_clock.nowMs() + 10'000);
        QVERIFY(m_ledger->transfers().markTransferReleaseRequested(*id));
        QCOMPARE(m_ledger->transfers().releaseRequestedTransfers().size(), 1);
        QVERIFY(m_ledger->transfers().markTransferReleased(*id));
        QVERIFY(!m_ledger->transfers().activeTransfer(QStringLiteral("APP1"),
                                                      QStringLiteral("13900000003")));
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
            QVERIFY(m_ledger->log().appendRequestLog(e));
        }
        QCOMPARE(logged.size(), 5);
        const auto newest = m_ledger->log().requestLog(2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).reqid, QStringLiteral("r5"));
        QCOMPARE(m_ledger->log().requestLogSince(newest.at(1).id).size(), 1);
        QCOMPARE(m_ledger->log().requestLog(10).at(2).errorCode, std::optional<int>(1500));
        QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("desk"),
                                            QStringLiteral("release"), QStringLiteral("S1")));
        QCOMPARE(m_ledger->log().auditLog(5).first().action, QStringLiteral("release"));
    }

private:
    // Moves the bucket's last 1105 by `deltaMs` (as if it had happened that much earlier).
    void setSlowedAt(const QString &bucket, qint64 deltaMs)
    {
        QSqlQuery q(m_ledger->database());
        q.prepare(
            QStringLiteral("UPDATE rate_buckets SET slowed_at = slowed_at + ? WHERE bucket = ?"));
        q.addBindValue(deltaMs);
        q.addBindValue(bucket);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }

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
