// BindingsModel with many active bindings: the main-thread cost of one countdown tick, filter-
// as-you-type over every row, loading from SQLite to the first data, and memory; printed beside
// the same operations done the naive way in the same run (a QSqlTableModel that re-selects per
// tick and filters in SQL).
//
//   bench_bindingsmodel            100,000 bindings
//   bench_bindingsmodel --quick    5,000 bindings, and checks its own sanity (exit code)

#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pn;

namespace {

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool fill(Ledger &ledger, qint64 profile, int rows, qint64 now)
{
    QSqlDatabase db = ledger.database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, record, display, "
        "user_data, state, subid, created_at, expires_at, updated_at, rev) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,'active',?,?,?,?,?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(profile);
        q.addBindValue(QStringLiteral("req-%1").arg(i));
        q.addBindValue(QStringLiteral("APP1"));
        q.addBindValue(QStringLiteral("1390%1").arg(i % 500, 7, 10, QLatin1Char('0')));
        q.addBindValue(
            QStringLiteral("138%1").arg(qint64(i) * 7919 % 100'000'000, 8, 10, QLatin1Char('0')));
        q.addBindValue(
            QStringLiteral("137%1").arg(qint64(i) * 104729 % 100'000'000, 8, 10, QLatin1Char('0')));
        q.addBindValue(3600 + i % 7200);
        q.addBindValue(i % 2);
        q.addBindValue(QStringLiteral("0,0"));
        q.addBindValue(QStringLiteral("dXNlcg=="));
        q.addBindValue(QStringLiteral("%1").arg(qint64(i) * 2654435761u % 0xFFFFFFFFu, 32, 16,
                                                QLatin1Char('0')));
        q.addBindValue(now - i);
        q.addBindValue(now + 3'600'000 + i * 10);
        q.addBindValue(now);
        q.addBindValue(i + 1);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.last()};
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rows = quick ? 5'000 : 100'000;
    const int ticks = quick ? 5 : 20;
    const int naiveTicks = quick ? 2 : 3;
    bool sane = true;
    auto check = [&sane](bool ok, const char *what) {
        if (!ok) {
            std::fprintf(stderr, "SANITY FAILED: %s\n", what);
            sane = false;
        }
    };

    QTemporaryDir dir;
    ManualClock clock(1'700'000'000'000);
    Ledger ledger(Ledger::pathInDataDir(dir.path()), clock);
    QString error;
    if (!ledger.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 profile = *ledger.ensureAdhocProfile(
        QStringLiteral("https://h"), QStringLiteral("D"), QStringLiteral("APP1"), &error);
    if (!fill(ledger, profile, rows, clock.nowMs()))
        return 1;
    std::printf("bench_bindingsmodel: %d active bindings in SQLite (WAL)\n\n", rows);

    // --- load ---
    const qint64 rssBefore = procStatusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    BindingsModel model(ledger, clock);
    model.setTickInterval(0);
    model.setPollInterval(0);
    model.reload(); // the constructor only schedules the first load
    const QString first = model.index(0, BindingsModel::ColTimeLeft).data().toString();
    const double loadMs = msSince(t);
    // The rest arrives in chunks from a worker thread while the event loop runs.
    // Main-thread work per chunk: from the insert's start to its end (hash, append, signals).
    double mainThreadInsertMs = 0;
    QElapsedTimer insertTimer;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&insertTimer] { insertTimer.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&] { mainThreadInsertMs += msSince(insertTimer); });
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double allLoadedMs = msSince(t);
    const qint64 rssModel = procStatusKb("VmRSS:") - rssBefore;
    check(model.rowCount() == rows, "every row loaded (0 lost rows)");
    check(!first.isEmpty(), "first row has a countdown");

    // The tick on the model alone (what a view without a proxy costs the main thread).
    QList<double> bareTickTimes;
    for (int i = 0; i < ticks; ++i) {
        clock.advanceMs(1000);
        QElapsedTimer tt;
        tt.start();
        model.tick();
        bareTickTimes << msSince(tt);
    }

    BindingsFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(BindingsModel::ColExpires, Qt::AscendingOrder);

    // --- tick ---
    QList<double> tickTimes;
    for (int i = 0; i < ticks; ++i) {
        clock.advanceMs(1000);
        QElapsedTimer tt;
        tt.start();
        model.tick();
        tickTimes << msSince(tt);
    }
    check(filter.rowCount() == rows, "the tick keeps every row in the proxy");
    // The same through a view that said which 40 rows it shows (what the console does).
    QList<int> onScreen;
    for (int row = 0; row < 40; ++row)
        onScreen << filter.mapToSource(filter.index(row, 0)).row();
    model.setTickRows(onScreen);
    QList<double> screenTickTimes;
    for (int i = 0; i < ticks; ++i) {
        clock.advanceMs(1000);
        QElapsedTimer tt;
        tt.start();
        model.tick();
        screenTickTimes << msSince(tt);
    }
    model.clearTickRows();

    // --- filter as you type (the full A number of row 4242, typed digit by digit) ---
    const QString typed = model.record(quick ? 424 : 4242).request.anum;
    QList<double> filterTimes;
    int lastCount = -1;
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer ft;
        ft.start();
        filter.setSearchText(typed.left(n));
        lastCount = filter.rowCount();
        filterTimes << msSince(ft);
    }
    check(lastCount >= 1, "the typed number is found");
    filter.setSearchText({});
    check(filter.rowCount() == rows, "clearing the filter shows every row");

    // --- the naive reference: QSqlTableModel ---
    QElapsedTimer nt;
    nt.start();
    QSqlTableModel naive(nullptr, ledger.database());
    naive.setTable(QStringLiteral("bindings"));
    naive.select();
    while (naive.canFetchMore())
        naive.fetchMore();
    const QVariant naiveFirst =
        naive.index(0, naive.record().indexOf(QStringLiteral("subid"))).data();
    const double naiveLoadMs = msSince(nt);
    check(naive.rowCount() == rows, "the reference sees every row");
    check(naiveFirst.isValid(), "the reference has data");
    QList<double> naiveTickTimes;
    for (int i = 0; i < naiveTicks; ++i) {
        QElapsedTimer tt;
        tt.start();
        naive.select(); // what a model without cached rows does to refresh a countdown
        while (naive.canFetchMore())
            naive.fetchMore();
        naiveTickTimes << msSince(tt);
    }
    QList<double> naiveFilterTimes;
    int naiveCount = -1;
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer ft;
        ft.start();
        naive.setFilter(
            QStringLiteral(
                "anum LIKE '%%1%' OR bnum LIKE '%%1%' OR x LIKE '%%1%' OR subid LIKE '%%1%'")
                .arg(typed.left(n)));
        naive.select();
        while (naive.canFetchMore())
            naive.fetchMore();
        naiveCount = naive.rowCount();
        naiveFilterTimes << msSince(ft);
    }
    check(naiveCount == lastCount, "the reference finds the same rows");
    const qint64 peakKb = procStatusKb("VmHWM:");

    const Stats tick = stats(tickTimes);
    const Stats naiveTick = stats(naiveTickTimes);
    const Stats filt = stats(filterTimes);
    const Stats naiveFilt = stats(naiveFilterTimes);
    std::printf("%-44s %14s %14s %10s\n", "operation", "BindingsModel", "QSqlTableModel", "target");
    std::printf("%-44s %11.3f ms %11.1f ms\n", "countdown tick, every row, median (+ proxy)",
                tick.median, naiveTick.median);
    std::printf("%-44s %11.3f ms %11.1f ms\n", "countdown tick, every row, worst", tick.max,
                naiveTick.max);
    const Stats screenTick = stats(screenTickTimes);
    std::printf("%-44s %11.4f ms %14s %10s\n", "countdown tick, 40 rows on screen (median)",
                screenTick.median, "", "<= 1 ms");
    std::printf("%-44s %11.4f ms\n", "countdown tick, 40 rows on screen (worst)", screenTick.max);
    std::printf("%-44s %11.4f ms\n", "countdown tick, model alone (median)",
                stats(bareTickTimes).median);
    std::printf("%-44s %11.2f ms %11.1f ms %10s\n", "filter as you type, median per keystroke",
                filt.median, naiveFilt.median, "<= 30 ms");
    std::printf("%-44s %11.2f ms %11.1f ms\n", "filter as you type, worst keystroke", filt.max,
                naiveFilt.max);
    std::printf("%-44s %11.1f ms %11.1f ms %10s\n", "load from SQLite to first data", loadMs,
                naiveLoadMs, "<= 400 ms");
    std::printf("%-44s %11.1f ms %11.1f ms\n", "load until every row is in the model", allLoadedMs,
                naiveLoadMs);
    std::printf("%-44s %11.1f ms\n", "  main-thread work meanwhile (row inserts)",
                mainThreadInsertMs);
    std::printf("%-44s %11.1f MB\n", "memory of the loaded model (RSS growth)",
                double(rssModel) / 1024.0);
    std::printf("%-44s %11.1f MB\n", "peak RSS of the whole run", double(peakKb) / 1024.0);
    std::printf("\n%s\n",
                sane ? "sanity: ok (0 lost rows, same filter results)" : "sanity: FAILED");
    return sane ? 0 : 1;
}
