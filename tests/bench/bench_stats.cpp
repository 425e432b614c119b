// The Statistics tab on a year of call records: each chart's figures read from the rollup
// tables (schema migration 8) next to the same figures counted from the raw rows (the
// reference, what the tab did before the rollups), on the same ledger in the same run; then
// the whole tab drawn (refresh and every page rendered offscreen); the cost the triggers add
// to a CDR write; and the migration that fills the rollups of an existing ledger.
//
//   bench_stats                 10,000,000 CDRs and 1,000,000 bindings over 365 days
//   bench_stats --rows N        N CDRs (N / 10 bindings)
//   bench_stats --quick         200,000 CDRs, one repetition; exit code 1 when a figure read
//                               from the rollups differs from the raw count
//   bench_stats --keep DIR      generates into DIR/stats.sqlite, or reuses it when a previous
//                               run left it there
//
// The rows are generated with one INSERT ... SELECT over a recursive CTE per table, into a
// ledger without the rollups (their tables and triggers dropped); then the rollups' migration
// runs again, creating them and filling them from those rows (timed).

#include "callbacks/callsarchive.h"
#include "callbacks/callstore.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ui/callsarchivetab.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace pn;

namespace {

constexpr qint64 kNowSecs = 1'800'000'000;
constexpr qint64 kYear = 365 * 86400;
constexpr int kXNumbers = 200;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread (the queries run on it): what a query costs, whatever share of the
// shared machine's cores the scheduler gave it meanwhile (wall time includes that wait).
double threadCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text());
    return false;
}

// What a ledger of the previous release lacks: the rollups (triggers, tables and their
// indexes); the rows are written without them, then the migration is run again (timed).
bool dropRollups(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const char *t :
         {"stats_calls_insert", "stats_calls_delete", "stats_calls_update", "stats_bindings_insert",
          "stats_bindings_delete", "stats_bindings_update"}) {
        if (!exec(q, QStringLiteral("DROP TRIGGER %1").arg(QLatin1StringView(t)), error))
            return false;
    }
    for (const char *sql :
         {"DROP TABLE stats_hourly", "DROP TABLE stats_x_daily", "DROP TABLE stats_results_daily",
          "DROP INDEX calls_x_begin", "DROP INDEX bindings_released"}) {
        if (!exec(q, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

// `rows` CDRs spread evenly over the year before kNowSecs (3 profiles, 4 appids, 200 X, 70 %
// answered), rows / 10 bindings (half released, 30 % expired, 10 % active, 10 % failed).
bool generate(const QString &path, qint64 rows, double *generateMs, double *migrateMs,
              QString *error)
{
    ManualClock clock(kNowSecs * 1000);
    {
        Ledger ledger(path, clock);
        if (!ledger.open(error))
            return false;
        for (int p = 1; p <= 3; ++p) {
            if (!ledger.ensureAdhocProfile(QStringLiteral("https://h%1").arg(p),
                                           QStringLiteral("D"), QStringLiteral("APP0"), error))
                return false;
        }
        QSqlDatabase db = ledger.database();
        if (!dropRollups(db, error))
            return false;
        QSqlQuery q(db);
        QElapsedTimer t;
        t.start();
        exec(q, QStringLiteral("PRAGMA cache_size=-400000"), error);
        // The secondary indexes are built after the rows (faster than row by row).
        if (!exec(q, QStringLiteral("DROP INDEX calls_subid"), error) ||
            !exec(q, QStringLiteral("DROP INDEX calls_begin"), error) ||
            !exec(q, QStringLiteral("BEGIN"), error))
            return false;
        // Each X number (x = 0 … 199) belongs to one profile (1 + x % 3) and appid (x % 4).
        // Numbers: a prefix and the value padded by substr(10^n + v, 2).
        const QString calls =
            QStringLiteral(
                "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < "
                "%1), r(i, x) AS (SELECT i, (i * 37) % %2 FROM seq) "
                "INSERT INTO calls (taskid, profile_id, devid, appid, subid, caller, rcaller, "
                "callee, result, begin_time, duration, received_at) "
                "SELECT 'T' || substr(100000000000 + i, 2), 1 + x % 3, 'D', 'APP' || (x % 4), "
                "'S' || substr(10000000 + (i * 31) % 1000000, 2), "
                "'138' || substr(100000000 + (i * 7919) % 100000000, 2), "
                "'170' || substr(100000000 + x, 2), "
                "'139' || substr(100000000 + (i * 104729) % 100000000, 2), "
                "CASE (i * 17) % 10 WHEN 7 THEN '17' WHEN 8 THEN '18' WHEN 9 THEN '31' "
                "ELSE 'answered' END, %3 + (i - 1) * %4 / %1, "
                "CASE WHEN (i * 17) % 10 < 7 THEN (i * 7919) % 900 ELSE 0 END, 0 FROM r")
                .arg(rows)
                .arg(kXNumbers)
                .arg(kNowSecs - kYear)
                .arg(kYear);
        const qint64 bindings = std::max<qint64>(1, rows / 10);
        const QString binds =
            QStringLiteral(
                "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < "
                "%1), r(i, x, t) AS (SELECT i, (i * 37) % %2, %3 + (i - 1) * %4 / %1 FROM seq) "
                "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, state, "
                "subid, created_at, expires_at, released_at, updated_at) "
                "SELECT 1 + x % 3, 'R' || substr(100000000000 + i, 2), 'APP' || (x % 4), "
                "'170' || substr(100000000 + x, 2), "
                "'138' || substr(100000000 + (i * 7919) % 100000000, 2), "
                "'139' || substr(100000000 + (i * 104729) % 100000000, 2), 86400, "
                "CASE i % 10 WHEN 5 THEN 'expired' WHEN 6 THEN 'expired' WHEN 7 THEN 'expired' "
                "WHEN 8 THEN 'active' WHEN 9 THEN 'failed' ELSE 'released' END, "
                "'S' || substr(100000000000 + i, 2), t * 1000, (t + 86400) * 1000, "
                "CASE WHEN i % 10 < 5 THEN (t + 3600) * 1000 END, t * 1000 FROM r")
                .arg(bindings)
                .arg(kXNumbers)
                .arg(kNowSecs - kYear)
                .arg(kYear);
        if (!exec(q, calls, error) || !exec(q, binds, error) ||
            !exec(q, QStringLiteral("CREATE INDEX calls_subid ON calls(subid)"), error) ||
            !exec(q, QStringLiteral("CREATE INDEX calls_begin ON calls(begin_time)"), error) ||
            !exec(q, QStringLiteral("COMMIT"), error))
            return false;
        *generateMs = msSince(t);
        t.restart();
        if (!LedgerSchema::applyMigration(db, LedgerSchema::statisticsRollupsVersion(), error))
            return false;
        *migrateMs = msSince(t);
    }
    return true;
}

struct Chart
{
    const char *name;
    ArchiveQuery query;
    bool charts = false; // CallsArchive::callStats (the outcome / per-X / per-hour charts)
};

QString figures(const ArchiveStats &s)
{
    QStringList out{QString::number(s.calls), QString::number(s.answered),
                    QString::number(s.talkSeconds), QString::number(s.billedMinutes)};
    for (const auto &b : s.buckets) {
        out << QStringLiteral("%1:%2/%3/%4/%5/%6/%7")
                   .arg(b.startSecs)
                   .arg(b.calls)
                   .arg(b.answered)
                   .arg(b.talkSeconds)
                   .arg(b.bindingsCreated)
                   .arg(b.bindingsReleased)
                   .arg(b.bindingsExpired);
    }
    for (const auto &p : s.pool) {
        out << QStringLiteral("%1:%2/%3/%4/%5")
                   .arg(p.x)
                   .arg(p.activeBindings)
                   .arg(p.calls)
                   .arg(p.answered)
                   .arg(p.lastCallSecs);
    }
    for (auto it = s.byResult.cbegin(); it != s.byResult.cend(); ++it)
        out << it.key() + u'=' + QString::number(it.value());
    for (auto it = s.callsByHourOfDay.cbegin(); it != s.callsByHourOfDay.cend(); ++it)
        out << QStringLiteral("h%1=%2").arg(it.key()).arg(it.value());
    return out.join(u' ');
}

QString figures(const CallStats &s)
{
    QStringList out{QString::number(s.total)};
    for (auto it = s.byOutcome.cbegin(); it != s.byOutcome.cend(); ++it)
        out << QStringLiteral("o%1=%2").arg(int(it.key())).arg(it.value());
    for (auto it = s.perHour.cbegin(); it != s.perHour.cend(); ++it)
        out << QStringLiteral("h%1=%2").arg(it.key()).arg(it.value());
    for (const auto &x : s.perX)
        out << QStringLiteral("%1=%2/%3").arg(x.x).arg(x.total).arg(x.answered);
    return out.join(u' ');
}

// A CDR write through CallStore (groups of 100 per transaction), with the rollup triggers or
// without them: microseconds per CDR.
double writeCost(const QString &dir, bool rollups, int count, QString *error)
{
    ManualClock clock(kNowSecs * 1000);
    const QString path = QDir(dir).filePath(rollups ? QStringLiteral("write-rollups.sqlite")
                                                    : QStringLiteral("write-plain.sqlite"));
    Ledger ledger(path, clock);
    if (!ledger.open(error))
        return -1;
    QSqlDatabase db = ledger.database();
    if (!rollups && !dropRollups(db, error))
        return -1;
    CallStore store(ledger);
    if (!store.open(error))
        return -1;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; i += 100) {
        if (!store.begin(error))
            return -1;
        for (int j = i; j < std::min(count, i + 100); ++j) {
            CdrRecord r;
            r.devid = QStringLiteral("D");
            r.appid = QStringLiteral("APP%1").arg(j % 4);
            r.taskid = QStringLiteral("W%1").arg(j);
            r.subid = QStringLiteral("S%1").arg(j % 1000);
            r.caller = QStringLiteral("13800138000");
            r.rcaller = QStringLiteral("170%1").arg(j % kXNumbers, 8, 10, QLatin1Char('0'));
            r.callee = QStringLiteral("13900139000");
            r.result = j % 10 < 7 ? QStringLiteral("answered") : QStringLiteral("17");
            r.beginTime = kNowSecs - 86400 + j;
            r.duration = j % 10 < 7 ? 60 : 0;
            r.receivedAtMs = clock.nowMs();
            r.profileId = 1 + j % 3;
            if (store.storeCdr(r, error) != CallStore::Stored::Inserted)
                return -1;
        }
        if (!store.commit(error))
            return -1;
    }
    return msSince(t) * 1000.0 / double(count);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    qint64 rows = quick ? 200'000 : 10'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    QString keep;
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        keep = args.at(i + 1);
    const int reps = quick ? 1 : 5;
    const int rawReps = 1; // the raw counts take minutes at 10,000,000 rows

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("stats.sqlite"));
    QString error;
    std::printf("bench_stats: %lld CDRs, %lld bindings over 365 days, SQLite (%s)\n",
                static_cast<long long>(rows), static_cast<long long>(rows / 10), qPrintable(path));
    double generateMs = 0, migrateMs = 0;
    if (!QFileInfo::exists(path)) {
        if (!generate(path, rows, &generateMs, &migrateMs, &error)) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("  generated with SQL in %.1f s (no rollups yet)\n"
                    "  migration %d (create the rollups, fill them from the rows): %.1f s\n",
                    generateMs / 1000.0, LedgerSchema::statisticsRollupsVersion(),
                    migrateMs / 1000.0);
    } else {
        std::printf("  reusing %s\n", qPrintable(path));
    }
    ManualClock clock(kNowSecs * 1000);
    Ledger ledger(path, clock);
    QElapsedTimer opened;
    opened.start();
    if (!ledger.open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("  open: %.1f s\n", msSince(opened) / 1000.0);
    QSqlDatabase db = ledger.database();
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM stats_hourly"));
        q.next();
        const qint64 hourly = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT COUNT(*) FROM stats_x_daily"));
        q.next();
        std::printf("  rollup rows: stats_hourly %lld, stats_x_daily %lld\n",
                    static_cast<long long>(hourly),
                    static_cast<long long>(q.value(0).toLongLong()));
    }

    // The charts of the Statistics tab, as its refresh asks for them (local time UTC+8).
    auto base = [](qint64 days, ArchiveStats::Granularity g) {
        ArchiveQuery q;
        q.granularity = g;
        q.utcOffsetSecs = 8 * 3600;
        q.toSecs = kNowSecs + 1;
        q.fromSecs = kNowSecs - days * 86400;
        return q;
    };
    QList<Chart> charts;
    {
        Chart c{"calls, talk time and bindings per day, 365 days",
                base(365, ArchiveStats::Granularity::Day)};
        c.query.perX = false;
        charts << c;
        c = {"calls, talk time and bindings per week, 365 days",
             base(365, ArchiveStats::Granularity::Week)};
        c.query.perX = false;
        charts << c;
        c = {"calls per hour, 7 days", base(7, ArchiveStats::Granularity::Hour)};
        c.query.perX = false;
        charts << c;
        c = {"number pool and result codes, 365 days", base(365, ArchiveStats::Granularity::Day)};
        c.query.buckets = false;
        charts << c;
        c = {"outcomes, answer rate per X, calls per hour (30 days)",
             base(30, ArchiveStats::Granularity::Hour), true};
        charts << c;
        c = {"one profile, one appid: everything, 365 days",
             base(365, ArchiveStats::Granularity::Day)};
        c.query.profileId = 2;
        c.query.appid = QStringLiteral("APP1");
        charts << c;
        // As the tab reads them since session 8: in one pass, the charts' hours of the day too.
        c = {"every chart of the tab, 365 days", base(365, ArchiveStats::Granularity::Day)};
        c.query.hourOfDay = true;
        charts << c;
    }
    bool same = true;
    std::printf("\n  %-58s %12s %9s %12s %9s %8s\n", "chart (figures computed)", "rollups ms",
                "(cpu ms)", "raw rows ms", "(cpu ms)", "speed-up");
    for (const Chart &c : charts) {
        QList<double> rolled, raw, rolledCpu, rawCpu;
        QString a, b;
        for (int pass = 0; pass < 2; ++pass) {
            ArchiveQuery q = c.query;
            q.useRollups = pass == 0;
            QList<double> &times = pass == 0 ? rolled : raw;
            QList<double> &cpu = pass == 0 ? rolledCpu : rawCpu;
            for (int r = 0; r < (pass == 0 ? reps : rawReps); ++r) {
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuMs();
                QString result;
                if (c.charts)
                    result = figures(CallsArchive::callStats(db, q, &error));
                else
                    result = figures(CallsArchive::compute(db, q, &error));
                times << msSince(t);
                cpu << threadCpuMs() - cpu0;
                if (!error.isEmpty()) {
                    std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(error));
                    return 2;
                }
                (pass == 0 ? a : b) = result;
            }
        }
        same = same && a == b;
        std::printf("  %-58s %12.1f %9.1f %12.1f %9.1f %7.0fx%s\n", c.name, median(rolled),
                    median(rolledCpu), median(raw), median(rawCpu),
                    median(raw) / std::max(0.001, median(rolled)), a == b ? "" : "  DIFFERENT");
    }

    // The tab itself: refresh (every figure from the ledger) and each page rendered.
    {
        CallStore store(ledger);
        store.open(&error);
        CallsArchiveTab tab(ledger, store, clock);
        tab.resize(1366, 700);
        tab.show();
        tab.setProfile(std::nullopt, {});
        tab.setGranularity(ArchiveStats::Granularity::Day);
        tab.setPeriod(CallsArchiveTab::Period::Year);
        auto *pages = tab.findChild<QTabWidget *>(QStringLiteral("statisticsPages"));
        QList<double> refresh, draw, refreshCpu, drawCpu;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer t;
            t.start();
            double cpu0 = threadCpuMs();
            tab.refresh();
            refresh << msSince(t);
            refreshCpu << threadCpuMs() - cpu0;
            t.restart();
            cpu0 = threadCpuMs();
            for (int i = 0; pages && i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                const QPixmap shot = pages->currentWidget()->grab();
                if (shot.isNull())
                    same = false;
            }
            draw << msSince(t);
            drawCpu << threadCpuMs() - cpu0;
        }
        std::printf("\n  Statistics tab, 365 days per day, all profiles, 1366x700 offscreen:\n"
                    "    refresh (every figure, from the rollups)   %8.1f ms (cpu %.1f ms)\n"
                    "    render the %d pages                          %8.1f ms (cpu %.1f ms)\n"
                    "    together                                   %8.1f ms (cpu %.1f ms; "
                    "target <= 200)\n",
                    median(refresh), median(refreshCpu), pages ? int(pages->count()) : 0,
                    median(draw), median(drawCpu), median(refresh) + median(draw),
                    median(refreshCpu) + median(drawCpu));
    }

    // What the triggers cost a CDR write.
    QTemporaryDir writes;
    const int count = quick ? 2'000 : 20'000;
    const double with = writeCost(writes.path(), true, count, &error);
    const double without = writeCost(writes.path(), false, count, &error);
    if (with < 0 || without < 0) {
        std::fprintf(stderr, "writes: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("\n  CDR write through CallStore (%d CDRs, 100 per transaction):\n"
                "    with the rollup triggers   %7.1f us per CDR\n"
                "    without them               %7.1f us per CDR\n",
                count, with, without);
    if (!same) {
        std::printf("\nFAILED: a figure read from the rollups differs from the raw count\n");
        return 1;
    }
    std::printf("\nrollup figures equal the raw counts\n");
    return 0;
}
