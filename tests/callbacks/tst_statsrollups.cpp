// The statistics rollups (schema migration 8: stats_hourly, stats_x_daily, stats_results_daily,
// kept by triggers) against a direct SQL count over random data written through the real
// write paths (CallStore::storeCdr, the Ledger's binding transitions, its retention), after
// rows change state and are erased, and after the migration backfills an existing ledger.
// Built twice: on an SQLite file and (tst_statsrollups_pg) on a real PostgreSQL server.

#ifdef PN_LEDGER_PG
#include "../ledger/pgserver.h"
#endif

#include "callbacks/callsarchive.h"
#include "callbacks/callstore.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pn;

namespace {

const QStringList Xs = {QStringLiteral("17000000001"), QStringLiteral("17000000002"),
                        QStringLiteral("17000000003"), QStringLiteral("17000000004")};
const QStringList Appids = {QStringLiteral("APP1"), QStringLiteral("APP2")};
const QStringList Results = {QStringLiteral("answered"), QStringLiteral("answered"),
                             QStringLiteral("17"),       QStringLiteral("18"),
                             QStringLiteral("1"),        QStringLiteral("31"),
                             QStringLiteral("999")};
constexpr qint64 Start = 1'800'000'000; // epoch seconds
constexpr qint64 Span = 20 * 86400;

// "key → counts" of a query, rows whose counts are all 0 left out (a rollup row whose rows
// were all erased stays, at zero).
QMap<QString, QString> rows(const QSqlDatabase &db, const QString &sql)
{
    QMap<QString, QString> out;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        out.insert(QStringLiteral("error"), q.lastError().text());
        return out;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QStringList key, values;
        bool zero = true;
        for (int i = 0; i < columns; ++i) {
            if (QString::fromLatin1(q.record().fieldName(i).toLatin1()).startsWith(u'k'))
                key << q.value(i).toString();
            else {
                values << QString::number(q.value(i).toLongLong());
                zero = zero && q.value(i).toLongLong() == 0;
            }
        }
        if (!zero)
            out.insert(key.join(u'|'), values.join(u','));
    }
    return out;
}

} // namespace

class TestStatsRollups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rollupsEqualADirectCount();
    void migrationBackfillsAnExistingLedger();

private:
    void openLedger();
    void generate(int bindings, int calls);
    void mutate(bool firstTime = true);
    void compareTables();
    void compareFigures();
    void dropRollups();

    QRandomGenerator m_random;
    ManualClock m_clock{Start * 1000};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<CallStore> m_store;
    QList<qint64> m_profiles;
    QStringList m_subids;
    int m_serial = 0;
#ifdef PN_LEDGER_PG
    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;
#endif
};

void TestStatsRollups::initTestCase()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    m_random.seed(seed);
#ifdef PN_LEDGER_PG
    m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
    QString error;
    QVERIFY2(m_pg->start(&error), qPrintable(error));
#endif
}

void TestStatsRollups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
#ifdef PN_LEDGER_PG
    m_location = m_pg->createDatabase(QStringLiteral("s%1").arg(++m_databases), &error);
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
#else
    m_location = Ledger::pathInDataDir(m_dir->path());
#endif
    m_clock.setMs(Start * 1000);
    openLedger();
    m_profiles.clear();
    m_subids.clear();
    for (const char *base : {"https://a.example", "https://b.example"}) {
        const auto id = m_ledger->ensureAdhocProfile(QString::fromLatin1(base), QStringLiteral("D"),
                                                     QStringLiteral("APP1"), &error);
        QVERIFY2(id, qPrintable(error));
        m_profiles << *id;
    }
}

void TestStatsRollups::cleanup()
{
    m_store.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestStatsRollups::openLedger()
{
    m_store.reset();
    m_ledger = std::make_unique<Ledger>(m_location, m_clock);
    QString error;
    QVERIFY2(m_ledger->open(&error), qPrintable(error));
    m_ledger->setNumberHashKey(QByteArray(32, 'k'));
    m_store = std::make_unique<CallStore>(*m_ledger);
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestStatsRollups::generate(int bindings, int calls)
{
    QString error;
    QList<qint64> active;
    for (int i = 0; i < bindings; ++i) {
        const int n = ++m_serial;
        m_clock.setMs((Start + qint64(m_random.bounded(int(Span)))) * 1000 +
                      m_random.bounded(1000));
        BindingRequest r;
        r.appid = Appids.at(m_random.bounded(int(Appids.size())));
        r.x = Xs.at(m_random.bounded(int(Xs.size())));
        r.anum = QStringLiteral("1381234%1").arg(n, 4, 10, QLatin1Char('0'));
        r.bnum = QStringLiteral("1375678%1").arg(n, 4, 10, QLatin1Char('0'));
        r.reqid = QStringLiteral("req-%1").arg(n);
        r.ttl = 3600 * (1 + m_random.bounded(72));
        const auto id =
            m_ledger->bindings().addBindingIntent(m_profiles.at(m_random.bounded(2)), r, &error);
        QVERIFY2(id, qPrintable(error));
        const int fate = m_random.bounded(10);
        if (fate == 0) {
            m_ledger->bindings().markBindingFailed(*id, QStringLiteral("refused"));
        } else if (fate == 1) {
            // stays pending
        } else {
            m_subids << QStringLiteral("SUB-%1").arg(n);
            m_ledger->bindings().markBindingActive(*id, m_subids.last(),
                                                   m_clock.nowMs() + r.ttl * 1000);
            if (fate < 5) {
                m_clock.advanceMs(qint64(m_random.bounded(3 * 86400)) * 1000);
                m_ledger->bindings().markReleaseRequested(*id);
                m_ledger->bindings().markBindingReleased(*id);
            } else {
                active << *id;
            }
        }
    }
    for (int i = 0; i < calls; ++i) {
        const int n = ++m_serial;
        CdrRecord c;
        c.devid = QStringLiteral("D");
        c.appid = Appids.at(m_random.bounded(int(Appids.size())));
        c.taskid = QStringLiteral("T%1").arg(n);
        // Most calls belong to a binding of this run (retention finds them by subid).
        c.subid = m_subids.isEmpty() || m_random.bounded(4) == 0
                      ? QStringLiteral("NOSUB-%1").arg(n)
                      : m_subids.at(m_random.bounded(int(m_subids.size())));
        c.caller = QStringLiteral("13800138000");
        c.rcaller = Xs.at(m_random.bounded(int(Xs.size())));
        c.callee = QStringLiteral("13900139000");
        c.result = Results.at(m_random.bounded(int(Results.size())));
        c.beginTime = Start + m_random.bounded(int(Span));
        c.duration = c.answered() ? m_random.bounded(600) : 0;
        c.receivedAtMs = m_clock.nowMs();
        if (m_random.bounded(8) != 0) // some CDRs no profile claims
            c.profileId = m_profiles.at(m_random.bounded(2));
        QCOMPARE(m_store->storeCdr(c, &error), CallStore::Stored::Inserted);
    }
    // The expired ones: the sweep at the end of the span.
    m_clock.setMs((Start + Span) * 1000);
    m_ledger->bindings().sweepExpiredBindings();
}

void TestStatsRollups::mutate(bool firstTime)
{
    QSqlDatabase db = m_ledger->database();
    QSqlQuery q(db);
    // Calls erased outright, others changing result, length, X, time and profile.
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM calls WHERE id % 7 = 3")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("UPDATE calls SET result = '17', duration = 0 WHERE id % 11 "
                                   "= 5")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("UPDATE calls SET duration = duration + 61, begin_time = "
                                   "begin_time + 5000 WHERE id % 13 = 2")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("UPDATE calls SET rcaller = '17000000009', profile_id = "
                                   "NULL WHERE id % 17 = 1")),
             qPrintable(q.lastError().text()));
    // An update that changes nothing the rollups count (the triggers must not drift).
    QVERIFY2(q.exec(QStringLiteral("UPDATE calls SET result = result, user_data = 'x' WHERE id "
                                   "% 5 = 0")),
             qPrintable(q.lastError().text()));
    // Bindings changing state through the ledger, and erased ones.
    QString error;
    const QList<BindingRecord> open = m_ledger->bindings().list();
    int n = 0;
    for (const BindingRecord &b : open) {
        if (b.state == RecordState::Active && ++n % 3 == 0) {
            m_ledger->bindings().markReleaseRequested(b.id);
            m_ledger->bindings().markBindingReleased(b.id);
        }
    }
    m_clock.advanceMs(5 * 86400'000LL);
    m_ledger->bindings().sweepExpiredBindings();
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM bindings WHERE id % 9 = 4 AND id NOT IN "
                                   "(SELECT binding_id FROM erased_numbers)")),
             qPrintable(q.lastError().text()));
    // The ledger's retention masks the numbers of old calls (their X among them).
    RetentionRun run;
    run.olderThanDays = 1;
    run.actor = QStringLiteral("test");
    const auto report = m_ledger->applyRetention(run, &error);
    QVERIFY2(report, qPrintable(error));
    if (firstTime) // later runs may find nothing new to erase
        QVERIFY(report->calls > 0);
}

void TestStatsRollups::compareTables()
{
    const QSqlDatabase db = m_ledger->database();
    const QString callsHourly = QStringLiteral(
        "SELECT COALESCE(profile_id, 0) AS k1, appid AS k2, (begin_time / 3600) * 3600 AS k3, "
        "COUNT(*) AS calls, SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END) AS answered, "
        "SUM(CASE WHEN result = 'answered' THEN duration ELSE 0 END) AS talk, SUM(CASE WHEN "
        "result = 'answered' AND duration > 0 THEN (duration + 59) / 60 ELSE 0 END) AS billed "
        "FROM calls GROUP BY COALESCE(profile_id, 0), appid, (begin_time / 3600) * 3600");
    const auto direct = rows(db, callsHourly);
    QVERIFY(direct.size() > 10);
    QCOMPARE(rows(db, QStringLiteral("SELECT profile_id AS k1, appid AS k2, hour AS k3, calls, "
                                     "answered, talk, billed FROM stats_hourly")),
             direct);
    for (const auto &[field, column, condition] :
         {std::tuple{"created", "created_at", "state <> 'failed'"},
          std::tuple{"released", "released_at", "state = 'released'"},
          std::tuple{"expired", "expires_at", "state = 'expired'"}}) {
        const auto bindings = rows(
            db, QStringLiteral("SELECT profile_id AS k1, appid AS k2, (%1 / 3600000) * 3600 AS "
                               "k3, COUNT(*) AS n FROM bindings WHERE %2 GROUP BY profile_id, "
                               "appid, (%1 / 3600000) * 3600")
                    .arg(QLatin1StringView(column), QLatin1StringView(condition)));
        QVERIFY2(!bindings.isEmpty(), field);
        QCOMPARE(rows(db, QStringLiteral("SELECT profile_id AS k1, appid AS k2, hour AS k3, %1 "
                                         "AS n FROM stats_hourly")
                              .arg(QLatin1StringView(field))),
                 bindings);
    }
    QCOMPARE(rows(db, QStringLiteral("SELECT profile_id AS k1, appid AS k2, x AS k3, day AS k4, "
                                     "calls, answered FROM stats_x_daily")),
             rows(db, QStringLiteral(
                          "SELECT COALESCE(profile_id, 0) AS k1, appid AS k2, rcaller AS k3, "
                          "(begin_time / 86400) * 86400 AS k4, COUNT(*) AS calls, SUM(CASE WHEN "
                          "result = 'answered' THEN 1 ELSE 0 END) AS answered FROM calls GROUP "
                          "BY COALESCE(profile_id, 0), appid, rcaller, (begin_time / 86400) * "
                          "86400")));
    QCOMPARE(rows(db, QStringLiteral("SELECT profile_id AS k1, appid AS k2, result AS k3, day AS "
                                     "k4, calls FROM stats_results_daily")),
             rows(db, QStringLiteral("SELECT COALESCE(profile_id, 0) AS k1, appid AS k2, result "
                                     "AS k3, (begin_time / 86400) * 86400 AS k4, COUNT(*) AS "
                                     "calls FROM calls GROUP BY COALESCE(profile_id, 0), appid, "
                                     "result, (begin_time / 86400) * 86400")));
}

namespace {

QString describe(const ArchiveStats &s)
{
    QStringList out;
    out << QStringLiteral("calls %1 answered %2 talk %3 billed %4")
               .arg(s.calls)
               .arg(s.answered)
               .arg(s.talkSeconds)
               .arg(s.billedMinutes);
    for (const ArchiveStats::Bucket &b : s.buckets) {
        out << QStringLiteral("%1: %2 %3 %4 | %5 %6 %7")
                   .arg(b.startSecs)
                   .arg(b.calls)
                   .arg(b.answered)
                   .arg(b.talkSeconds)
                   .arg(b.bindingsCreated)
                   .arg(b.bindingsReleased)
                   .arg(b.bindingsExpired);
    }
    for (const ArchiveStats::PoolX &p : s.pool) {
        out << QStringLiteral("X %1: %2 active, %3 calls, %4 answered, last %5")
                   .arg(p.x)
                   .arg(p.activeBindings)
                   .arg(p.calls)
                   .arg(p.answered)
                   .arg(p.lastCallSecs);
    }
    for (auto it = s.byResult.cbegin(); it != s.byResult.cend(); ++it)
        out << QStringLiteral("result %1: %2").arg(it.key()).arg(it.value());
    return out.join(u'\n');
}

} // namespace

void TestStatsRollups::compareFigures()
{
    const QSqlDatabase db = m_ledger->database();
    int compared = 0;
    for (auto g : {ArchiveStats::Granularity::Hour, ArchiveStats::Granularity::Day,
                   ArchiveStats::Granularity::Week, ArchiveStats::Granularity::HourOfDay}) {
        for (int offset : {0, 8 * 3600, -5 * 3600, 19800 /* +5:30: raw rows */}) {
            for (int scope = 0; scope < 4; ++scope) {
                ArchiveQuery q;
                q.granularity = g;
                q.utcOffsetSecs = offset;
                if (scope == 1 || scope == 3)
                    q.profileId = m_profiles.at(scope == 1 ? 0 : 1);
                if (scope >= 2)
                    q.appid = QStringLiteral("APP2");
                // Unaligned ends: the partial hours and days come from the raw rows.
                q.fromSecs = Start + m_random.bounded(3 * 86400);
                q.toSecs = Start + Span - m_random.bounded(3 * 86400);
                if (g == ArchiveStats::Granularity::Hour)
                    q.toSecs = q.fromSecs + 4 * 86400 + m_random.bounded(7200);
                QString error;
                const ArchiveStats rolled = CallsArchive::compute(db, q, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(rolled.fromRollups, offset % 3600 == 0);
                q.useRollups = false;
                const ArchiveStats raw = CallsArchive::compute(db, q, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY(raw.calls > 0);
                QCOMPARE(describe(rolled), describe(raw));
                if (g != ArchiveStats::Granularity::HourOfDay) {
                    // The hours of the day read in the same pass as these buckets (the
                    // Statistics tab's one read per refresh) equal the hour-of-day buckets of
                    // their own query, from the rollups and from the raw rows.
                    ArchiveQuery both = q;
                    both.hourOfDay = true;
                    both.useRollups = true;
                    const ArchiveStats fused = CallsArchive::compute(db, both, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(describe(fused), describe(rolled));
                    both.useRollups = false;
                    const ArchiveStats fusedRaw = CallsArchive::compute(db, both, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    ArchiveQuery hours = q;
                    hours.granularity = ArchiveStats::Granularity::HourOfDay;
                    const ArchiveStats alone = CallsArchive::compute(db, hours, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QMap<qint64, qint64> expected;
                    for (const auto &b : alone.buckets) {
                        if (b.calls != 0)
                            expected.insert(b.startSecs, b.calls);
                    }
                    QVERIFY(!expected.isEmpty());
                    QCOMPARE(fused.callsByHourOfDay, expected);
                    QCOMPARE(fusedRaw.callsByHourOfDay, expected);
                    // The charts drawn from it: the same as the charts' own read.
                    const CallStats charts = CallsArchive::callStatsOf(fused, true);
                    const CallStats own = CallsArchive::callStats(db, hours);
                    QCOMPARE(charts.total, own.total);
                    QCOMPARE(charts.byOutcome, own.byOutcome);
                    QCOMPARE(charts.perHour, own.perHour);
                    QCOMPARE(charts.perX.size(), own.perX.size());
                }
                if (g == ArchiveStats::Granularity::HourOfDay) {
                    QCOMPARE(rolled.buckets.size(), 24);
                    qint64 sum = 0;
                    for (const auto &b : rolled.buckets)
                        sum += b.calls;
                    QCOMPARE(sum, rolled.calls);
                }
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 64);
    // The charts' figures against CallStore's own direct count.
    for (int scope = 0; scope < 2; ++scope) {
        ArchiveQuery q;
        CallFilter f;
        if (scope == 1) {
            q.profileId = m_profiles.at(1);
            f.profileId = q.profileId;
        }
        q.fromSecs = Start + 3600 + 17;
        q.toSecs = Start + 7 * 86400 + 1234;
        f.fromSecs = q.fromSecs;
        f.toSecs = q.toSecs;
        const CallStats rolled = CallsArchive::callStats(db, q);
        const CallStats direct = m_store->stats(f);
        QCOMPARE(rolled.total, direct.total);
        QCOMPARE(rolled.byOutcome, direct.byOutcome);
        QCOMPARE(rolled.perHour, direct.perHour);
        QCOMPARE(rolled.perX.size(), direct.perX.size());
        for (qsizetype i = 0; i < direct.perX.size(); ++i) {
            QCOMPARE(rolled.perX.at(i).x, direct.perX.at(i).x);
            QCOMPARE(rolled.perX.at(i).total, direct.perX.at(i).total);
            QCOMPARE(rolled.perX.at(i).answered, direct.perX.at(i).answered);
        }
    }
    // Per appid: the appids seen, and their figures adding up to the whole.
    QCOMPARE(CallsArchive::appids(db, std::nullopt), Appids);
    for (const qint64 profile : std::as_const(m_profiles)) { // as a scan of the rollups finds
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT appid FROM stats_hourly WHERE profile_id "
                                      "= %1 AND appid <> '' ORDER BY appid")
                           .arg(profile)));
        QStringList expected;
        while (q.next())
            expected << q.value(0).toString();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(CallsArchive::appids(db, profile), expected);
    }
    ArchiveQuery all;
    all.fromSecs = Start;
    all.toSecs = Start + Span + 86400;
    qint64 sum = 0, bindings = 0;
    for (const QString &appid : Appids) {
        ArchiveQuery one = all;
        one.appid = appid;
        const ArchiveStats s = CallsArchive::compute(db, one);
        sum += s.calls;
        for (const auto &b : s.buckets)
            bindings += b.bindingsCreated;
    }
    const ArchiveStats whole = CallsArchive::compute(db, all);
    QCOMPARE(sum, whole.calls);
    qint64 wholeBindings = 0;
    for (const auto &b : whole.buckets)
        wholeBindings += b.bindingsCreated;
    QCOMPARE(bindings, wholeBindings);
}

void TestStatsRollups::rollupsEqualADirectCount()
{
    generate(500, 1500);
    compareTables();
    compareFigures();
    mutate();
    compareTables();
    compareFigures();
    // More rows after the changes, and the same again.
    generate(100, 300);
    compareTables();
    compareFigures();
}

void TestStatsRollups::dropRollups()
{
    // What a ledger of the previous release lacks: the rollup tables, their triggers and
    // indexes (data kept). migrationBackfillsAnExistingLedger() then runs the migration again.
    QSqlDatabase db = m_ledger->database();
    QSqlQuery q(db);
    QVERIFY(LedgerSchema::statisticsRollupsVersion() >= 8);
    QStringList statements;
    if (m_ledger->isPostgres()) {
        statements << QStringLiteral("DROP FUNCTION pn_stats_calls() CASCADE")
                   << QStringLiteral("DROP FUNCTION pn_stats_bindings() CASCADE");
    } else {
        for (const char *t :
             {"stats_calls_insert", "stats_calls_delete", "stats_calls_update",
              "stats_bindings_insert", "stats_bindings_delete", "stats_bindings_update"})
            statements << QStringLiteral("DROP TRIGGER %1").arg(QLatin1StringView(t));
    }
    statements << QStringLiteral("DROP TABLE stats_hourly")
               << QStringLiteral("DROP TABLE stats_x_daily")
               << QStringLiteral("DROP TABLE stats_results_daily")
               << QStringLiteral("DROP INDEX calls_x_begin")
               << QStringLiteral("DROP INDEX bindings_released");
    for (const QString &sql : statements)
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

void TestStatsRollups::migrationBackfillsAnExistingLedger()
{
    generate(400, 1200);
    mutate();
    dropRollups();
    // Rows written while there are no rollups at all.
    generate(50, 200);
    // The migration of the rollups, as on a ledger that never had them: created and filled
    // from the rows.
    QSqlDatabase db = m_ledger->database();
    QString error;
    QVERIFY2(LedgerSchema::applyMigration(db, LedgerSchema::statisticsRollupsVersion(), &error),
             qPrintable(error));
    openLedger();
    compareTables();
    compareFigures();
    // And kept in step from there on.
    generate(50, 200);
    mutate(false);
    compareTables();
    compareFigures();
}

QTEST_GUILESS_MAIN(TestStatsRollups)
#include "tst_statsrollups.moc"
