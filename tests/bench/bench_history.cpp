// History at scale: the console's BindingsModel on a ledger of years of bindings (working set in
// memory, history paged from SQL, search from the trigram index) next to today's reference, a
// model that loads every row (what BindingsModel did before: every BindingRecord of the
// profile in memory), measured on a smaller ledger in the same run. Each measurement runs in
// a child process of its own, so RSS and CPU figures belong to it alone.
//
//   bench_history                 10,000,000 bindings (100,000 active), reference on 1,000,000
//   bench_history --rows N        N bindings, reference on min(N, 1,000,000)
//   bench_history --quick         200,000 bindings; checks that nothing is lost and that
//                                 history search and the live model agree (exit code)
//   bench_history --retention-only PATH [--older-than DAYS]  applyRetention alone on PATH
//   bench_history --skip-retention  without the retention run (its ledger is not generated)
//   bench_history --keep DIR      generates into DIR (or reuses DIR/big and DIR/ref when a
//                                 previous run left them there), for profiling
//
// The ledgers are generated with one INSERT ... SELECT over a recursive CTE each (the FTS
// triggers index every row as the ledger's own writes would).

#include "core/clock.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <sys/resource.h>

using namespace pn;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kDayMs = 86'400'000;

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

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Heap in use, mmapped blocks (big arrays) included.
size_t heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

void waitWhileLoading(BindingsModel &model)
{
    if (!model.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&model, &BindingsModel::loadingFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// The A number of generated row i (1-based): unique per row.
QString anumOf(qint64 i)
{
    return QStringLiteral("138%1").arg(i * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
}

// `rows` bindings: the newest `active` are active, 2/3 of the rest released and 1/3 expired,
// created over the last two years; one SQL statement.
bool generate(const QString &path, qint64 rows, qint64 active, QString *error)
{
    ManualClock clock(kNow);
    Ledger ledger(path, clock);
    if (!ledger.open(error))
        return false;
    const auto profile = ledger.ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                                   QStringLiteral("APP1"), error);
    if (!profile)
        return false;
    QSqlDatabase db = ledger.database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size=-200000"));
    const qint64 span = 730 * kDayMs;
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1) "
            "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, record, display, "
            "user_data, state, subid, created_at, expires_at, released_at, updated_at, rev) "
            "SELECT %2, 'r' || i, 'APP1', '1390' || printf('%07d', i % 500), "
            "'138' || printf('%08d', (i * 7919) % 100000000), "
            "'137' || printf('%08d', (i * 104729) % 100000000), 3600, i % 2, '0,0', '', "
            "CASE WHEN i > %1 - %3 THEN 'active' WHEN i % 3 = 0 THEN 'expired' "
            "ELSE 'released' END, "
            "lower(hex(randomblob(16))), "
            "CASE WHEN i > %1 - %3 THEN %4 - (%1 - i) * 1000 ELSE %4 - %5 + i * (%5 / %1) END, "
            "CASE WHEN i > %1 - %3 THEN %4 + 86400000 - (%1 - i) * 1000 "
            "ELSE %4 - %5 + i * (%5 / %1) + 3600000 END, "
            "CASE WHEN i > %1 - %3 OR i % 3 = 0 THEN NULL ELSE %4 - %5 + i * (%5 / %1) + 60000 "
            "END, "
            "CASE WHEN i > %1 - %3 THEN %4 - (%1 - i) * 1000 ELSE %4 - %5 + i * (%5 / %1) + "
            "3600000 END, i FROM seq")
            .arg(rows)
            .arg(*profile)
            .arg(active)
            .arg(kNow)
            .arg(span);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

// --- child: the working-set model on PATH ---
int childModel(const QString &path)
{
    ManualClock clock(kNow);
    Ledger ledger(path, clock);
    QString error;
    if (!ledger.open(&error))
        return 1;
    const qint64 rssBefore = procStatusKb("VmRSS:");
    const size_t heapBefore = heapBytes();
    QElapsedTimer t;
    t.start();
    BindingsModel model(ledger, clock);
    model.setPollInterval(0);
    model.setTickInterval(0);
    model.setProfileId(1);
    const QString first = model.index(0, BindingsModel::ColSubid).data().toString();
    const double firstMs = msSince(t);
    waitWhileLoading(model);
    const double loadedMs = msSince(t);
    const int rows = model.rowCount();
    malloc_trim(0);
    const qint64 rssKb = procStatusKb("VmRSS:");
    Q_UNUSED(heapBefore);
    // Idle: the event loop runs for 2 s with nothing to do (no history loads behind it).
    const double cpu0 = cpuSeconds();
    {
        QEventLoop idle;
        QTimer::singleShot(2000, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const double idleCpu = (cpuSeconds() - cpu0) / 2.0 * 100.0;

    // Search hits (the A number of an old row, typed in full, and its middle digits) and
    // misses, each a fresh history query with its first page.
    QList<double> hit, miss, page;
    int hitsFound = 0;
    QSqlQuery oldest(ledger.database());
    oldest.exec(QStringLiteral("SELECT MIN(id) FROM bindings WHERE state = 'active'"));
    oldest.next();
    const qint64 historyRows = qMax<qint64>(1, oldest.value(0).toLongLong() - 1);
    for (int k = 0; k < 9; ++k) {
        const qint64 i = 1 + (k * 104'729) % historyRows;
        QElapsedTimer s;
        s.start();
        model.setHistory(BindingsModel::historyFor(1, {}, anumOf(i)));
        hit << msSince(s);
        const int found = model.rowOfId(i);
        hitsFound += found >= 0 && model.isHistoryRow(found) ? 1 : 0;
        s.restart();
        model.setHistory(BindingsModel::historyFor(
            1, {}, QStringLiteral("99%1").arg(k, 9, 10, QLatin1Char('7'))));
        miss << msSince(s);
    }
    // The reference for the search: the query before the tail rewrite, the whole number as
    // the FTS phrase, walked newest first (what historyBindings() ran until session 5), on the
    // same ledger and needles; and the same hits with the hash key set (as a console after a
    // retention run, which also looks the number up in erased_numbers).
    QList<double> hitWhole, hitKeyed;
    QSqlQuery whole(ledger.database());
    whole.setForwardOnly(true);
    whole.prepare(QStringLiteral("SELECT b.id, b.anum, b.bnum, b.x, b.subid FROM bindings_fts f "
                                 "CROSS JOIN bindings b ON b.id = f.rowid WHERE bindings_fts "
                                 "MATCH ? AND +b.profile_id = 1 ORDER BY f.rowid DESC LIMIT 200"));
    int wholeFound = 0;
    for (int k = 0; k < 9; ++k) {
        const qint64 i = 1 + (k * 104'729) % historyRows;
        QElapsedTimer s;
        s.start();
        whole.addBindValue(u'"' + anumOf(i) + u'"');
        whole.exec();
        while (whole.next())
            wholeFound += whole.value(0).toLongLong() == i ? 1 : 0;
        whole.finish();
        hitWhole << msSince(s);
    }
    ledger.setNumberHashKey(QByteArray(32, 'k'));
    for (int k = 0; k < 9; ++k) {
        const qint64 i = 1 + (k * 104'729) % historyRows;
        QElapsedTimer s;
        s.start();
        model.setHistory(BindingsModel::historyFor(1, {}, anumOf(i)));
        hitKeyed << msSince(s);
        const int found = model.rowOfId(i);
        hitsFound += found >= 0 && model.isHistoryRow(found) ? 1 : 0;
    }
    ledger.setNumberHashKey({});
    // Paging: "released" history, one screen (200 rows) per fetchMore.
    model.setHistory(BindingsModel::historyFor(1, {RecordState::Released}, {}));
    for (int k = 0; k < 20 && model.canFetchMore(); ++k) {
        QElapsedTimer s;
        s.start();
        model.fetchMore();
        page << msSince(s);
    }
    // Bytes the cached rows hold: the heap they free when the model reloads an empty profile
    // (the ledger connection's caches stay, so they do not count).
    malloc_trim(0);
    const size_t heapFull = heapBytes();
    model.setHistory(std::nullopt);
    const int keptRows = model.rowCount();
    model.setProfileId(-1);
    malloc_trim(0);
    const double bytesPerRow =
        double(qint64(heapFull) - qint64(heapBytes())) / double(qMax(1, keptRows));
    const QJsonObject out{{QStringLiteral("firstMs"), firstMs},
                          {QStringLiteral("loadedMs"), loadedMs},
                          {QStringLiteral("rows"), rows},
                          {QStringLiteral("rssMb"), double(rssKb) / 1024.0},
                          {QStringLiteral("rssGrowthMb"), double(rssKb - rssBefore) / 1024.0},
                          {QStringLiteral("bytesPerRow"), bytesPerRow},
                          {QStringLiteral("idleCpuPct"), idleCpu},
                          {QStringLiteral("hitMs"), median(hit)},
                          {QStringLiteral("hits"), hitsFound},
                          {QStringLiteral("hitWholeMs"), median(hitWhole)},
                          {QStringLiteral("wholeHits"), wholeFound},
                          {QStringLiteral("hitKeyedMs"), median(hitKeyed)},
                          {QStringLiteral("missMs"), median(miss)},
                          {QStringLiteral("pageMs"), median(page)},
                          {QStringLiteral("first"), !first.isEmpty()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// --- child: the reference, every row of the profile in memory as BindingRecords (what the
// model held before the working set) ---
int childReference(const QString &path)
{
    ManualClock clock(kNow);
    Ledger ledger(path, clock);
    QString error;
    if (!ledger.open(&error))
        return 1;
    const qint64 rssBefore = procStatusKb("VmRSS:");
    const size_t heapBefore = heapBytes();
    QElapsedTimer t;
    t.start();
    QList<BindingRecord> rows;
    QHash<qint64, int> rowOfId;
    BindingQuery q;
    q.profileId = 1;
    q.limit = 2'000;
    double firstMs = -1;
    for (;;) {
        const QList<BindingRecord> chunk = ledger.bindings().list(q);
        for (const BindingRecord &b : chunk) {
            rowOfId.insert(b.id, int(rows.size()));
            rows.append(b);
        }
        if (firstMs < 0)
            firstMs = msSince(t);
        if (chunk.size() < q.limit)
            break;
        q.afterId = chunk.last().id;
        q.limit = 20'000;
    }
    const double loadedMs = msSince(t);
    malloc_trim(0);
    const qint64 rssKb = procStatusKb("VmRSS:");
    Q_UNUSED(heapBefore);
    const size_t heapFull = heapBytes();
    const qsizetype count = rows.size();
    rows = {};
    rowOfId = {};
    malloc_trim(0);
    const double bytesPerRow =
        double(qint64(heapFull) - qint64(heapBytes())) / double(qMax<qsizetype>(1, count));
    const QJsonObject out{{QStringLiteral("firstMs"), firstMs},
                          {QStringLiteral("loadedMs"), loadedMs},
                          {QStringLiteral("rows"), int(count)},
                          {QStringLiteral("rssMb"), double(rssKb) / 1024.0},
                          {QStringLiteral("rssGrowthMb"), double(rssKb - rssBefore) / 1024.0},
                          {QStringLiteral("bytesPerRow"), bytesPerRow}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// --retention-only PATH [--older-than DAYS]: applyRetention on an existing ledger (e.g. a copy
// of one --keep left), wall and CPU time, file size before and after, where the bytes are.
int retentionOnly(const QString &path, int olderThanDays)
{
    ManualClock clock(kNow + 2 * 3'600'000);
    Ledger ledger(path, clock);
    QString error;
    if (!ledger.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ledger.setNumberHashKey(QByteArray(32, 'k'));
    RetentionRun run;
    run.olderThanDays = olderThanDays;
    run.actor = QStringLiteral("bench");
    const double cpu0 = cpuSeconds();
    QElapsedTimer rt;
    rt.start();
    const auto report = ledger.applyRetention(run, &error);
    const double wallMs = msSince(rt), cpu = cpuSeconds() - cpu0;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("retention apply: %lld bindings erased in %.1f s (CPU %.1f s); file + WAL %.0f -> "
                "%.0f MB\n",
                report->bindings, wallMs / 1000, cpu, double(report->fileBytesBefore) / 1048576.0,
                double(report->fileBytesAfter) / 1048576.0);
    QSqlQuery q(ledger.database());
    if (q.exec(QStringLiteral(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"))) {
        while (q.next())
            std::printf("    %-42s %13.1f MB\n", qPrintable(q.value(0).toString()),
                        q.value(1).toDouble() / 1048576.0);
    }
    return 0;
}

QJsonObject runChild(const QString &mode, const QString &path)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {mode, path});
    p.waitForFinished(-1);
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return QJsonDocument::fromJson(out.split('\n').last()).object();
}

// The quick checks: the model holds exactly the working set, and a history search finds what
// a plain scan of the ledger finds.
bool checkAgreement(const QString &path, qint64 active)
{
    bool sane = true;
    auto check = [&sane](bool ok, const char *what) {
        if (!ok) {
            std::fprintf(stderr, "SANITY FAILED: %s\n", what);
            sane = false;
        }
    };
    ManualClock clock(kNow);
    Ledger ledger(path, clock);
    QString error;
    if (!ledger.open(&error))
        return false;
    BindingsModel model(ledger, clock);
    model.setPollInterval(0);
    model.setTickInterval(0);
    model.setProfileId(1);
    waitWhileLoading(model);
    QSqlQuery q(ledger.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE state IN ('pending','active') OR "
                          "updated_at >= %1")
               .arg(kNow - kDayMs));
    q.next();
    check(model.rowCount() == q.value(0).toInt(), "the model holds the working set, all of it");
    check(model.rowCount() >= active, "every active row is in the model");
    // A substring that matches a few hundred rows: the model's history pages (by fetchMore)
    // and a LIKE scan of the ledger find the same rows.
    const QString needle = QStringLiteral("13800042");
    model.setHistoryPageSize(50);
    model.setHistory(BindingsModel::historyFor(1, {}, needle));
    while (model.canFetchMore())
        model.fetchMore();
    QSet<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const BindingRecord b = model.record(row);
        if (b.request.anum.contains(needle) || b.request.bnum.contains(needle) ||
            b.request.x.contains(needle) || b.subid.contains(needle))
            shown.insert(b.id);
    }
    QSet<qint64> scanned;
    q.exec(QStringLiteral("SELECT id FROM bindings NOT INDEXED WHERE anum LIKE '%%1%' OR "
                          "bnum LIKE '%%1%' OR x LIKE '%%1%' OR subid LIKE '%%1%'")
               .arg(needle));
    while (q.next())
        scanned.insert(q.value(0).toLongLong());
    check(!scanned.isEmpty(), "the needle matches rows");
    check(shown == scanned, "history search and a scan of the ledger agree");
    std::printf("agreement: model %d rows (working set), search \"%s\": %lld by index = %lld by "
                "scan\n",
                model.rowCount(), qPrintable(needle), qint64(shown.size()), qint64(scanned.size()));
    return sane;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1StringView("--child-model"))
        return childModel(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1StringView("--child-reference"))
        return childReference(args.at(2));
    if (args.size() >= 3 && args.at(1) == QLatin1StringView("--retention-only")) {
        const qsizetype d = args.indexOf(QStringLiteral("--older-than"));
        return retentionOnly(args.at(2),
                             d > 0 && d + 1 < args.size() ? args.at(d + 1).toInt() : 30);
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool skipRetention = args.contains(QStringLiteral("--skip-retention"));
    qint64 rows = quick ? 200'000 : 10'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    const qint64 active = quick ? 20'000 : qMin<qint64>(100'000, rows / 10);
    const qint64 refRows = qMin<qint64>(rows, 1'000'000);
    const qint64 refActive = qMin(active, refRows / 10);

    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/bench_history-XXXXXX"));
    QString base = temp.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        base = args.at(i + 1);
    const QDir dir(base);
    const QString big = dir.filePath(QStringLiteral("big/ledger.sqlite"));
    const QString ref = dir.filePath(QStringLiteral("ref/ledger.sqlite"));
    QString error;
    QElapsedTimer g;
    g.start();
    if (!QFileInfo::exists(big) && !generate(big, rows, active, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double genMs = msSince(g);
    g.restart();
    if (!QFileInfo::exists(ref) && !generate(ref, refRows, refActive, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_history: %lld bindings (%lld active, the rest over two years) generated "
                "in %.1f s, file %.0f MB; reference %lld bindings (%lld active)\n\n",
                rows, active, genMs / 1000, double(QFileInfo(big).size()) / 1048576.0, refRows,
                refActive);

    const QJsonObject model = runChild(QStringLiteral("--child-model"), big);
    const QJsonObject reference = runChild(QStringLiteral("--child-reference"), ref);
    auto num = [](const QJsonObject &o, const char *k) {
        return o.value(QLatin1StringView(k)).toDouble();
    };
    std::printf("%-46s %16s %18s %10s\n", "", "working set", "load everything", "target");
    std::printf("%-46s %16lld %18lld\n", "bindings in the ledger", rows, refRows);
    std::printf("%-46s %16.0f %18.0f\n", "rows in the model", num(model, "rows"),
                num(reference, "rows"));
    std::printf("%-46s %13.1f ms %15.1f ms %10s\n", "open to first rows", num(model, "firstMs"),
                num(reference, "firstMs"), "<= 300 ms");
    std::printf("%-46s %13.1f ms %15.1f ms\n", "open until loading ends", num(model, "loadedMs"),
                num(reference, "loadedMs"));
    std::printf("%-46s %13.1f MB %15.1f MB %10s\n", "RSS after open", num(model, "rssMb"),
                num(reference, "rssMb"), "<= 250 MB");
    std::printf("%-46s %13.0f B  %15.0f B  %10s\n", "heap per cached binding",
                num(model, "bytesPerRow"), num(reference, "bytesPerRow"), "<= 400 B");
    std::printf("%-46s %14.1f %% %18s\n", "idle CPU after open (2 s)", num(model, "idleCpuPct"),
                "");
    std::printf("%-46s %13.2f ms %18s %10s\n", "history search, hit (median of 9)",
                num(model, "hitMs"), "", "<= 100 ms");
    std::printf("%-46s %13.2f ms %18s %10s\n", "  the same, whole number as the phrase (before)",
                num(model, "hitWholeMs"), "", "");
    std::printf("%-46s %13.2f ms %18s %10s\n", "  the same, hash key set (after retention)",
                num(model, "hitKeyedMs"), "", "<= 100 ms");
    std::printf("%-46s %13.2f ms %18s %10s\n", "history search, miss (median of 9)",
                num(model, "missMs"), "", "<= 100 ms");
    std::printf("%-46s %13.2f ms %18s %10s\n", "history, one page of 200 rows (median)",
                num(model, "pageMs"), "", "<= 50 ms");

    // Retention over 1,000,000 expired rows (--quick: over the reference ledger): a ledger of
    // its own, 100,000 active and 1,000,000 ended over two years, every ended row erased
    // (--older-than 0); time and file size (+ WAL) before and after.
    const qint64 retRows = quick ? refRows : 1'100'000;
    RetentionReport erased;
    if (skipRetention) {
        std::printf("\nretention: skipped (--skip-retention)\n");
    } else {
        const qint64 retActive = quick ? refActive : 100'000;
        QString ret = ref;
        if (!quick) {
            ret = dir.filePath(QStringLiteral("retention/ledger.sqlite"));
            if (!QFileInfo::exists(ret) && !generate(ret, retRows, retActive, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        double retentionMs = 0;
        {
            ManualClock clock(kNow + 2 * 3'600'000);
            Ledger ledger(ret, clock);
            if (!ledger.open(&error))
                return 1;
            ledger.setNumberHashKey(QByteArray(32, 'k'));
            RetentionRun run;
            run.olderThanDays = quick ? 30 : 0;
            run.actor = QStringLiteral("bench");
            QElapsedTimer rt;
            rt.start();
            const auto report = ledger.applyRetention(run, &error);
            retentionMs = msSince(rt);
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            erased = *report;
        }
        std::printf("\n%-46s %13.1f s  %12lld rows erased (ledger of %lld)\n", "retention apply",
                    retentionMs / 1000, erased.bindings, retRows);
        std::printf("%-46s %13.0f MB %15.0f MB (before / after)\n", "  ledger file + WAL",
                    double(erased.fileBytesBefore) / 1048576.0,
                    double(erased.fileBytesAfter) / 1048576.0);
        {
            // Where the bytes are after the run (the hashes that keep erased numbers findable).
            ManualClock clock(kNow);
            Ledger ledger(ret, clock);
            if (ledger.open(&error)) {
                QSqlQuery q(ledger.database());
                if (q.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name "
                                          "ORDER BY 2 DESC LIMIT 6"))) {
                    while (q.next())
                        std::printf("    %-42s %13.0f MB\n", qPrintable(q.value(0).toString()),
                                    q.value(1).toDouble() / 1048576.0);
                }
            }
        }
    }

    bool sane = (skipRetention || erased.bindings > 0) && num(model, "rows") >= double(active) &&
                num(model, "hits") == 18 && num(model, "wholeHits") == 9 &&
                num(reference, "rows") == double(refRows) &&
                model.value(QStringLiteral("first")).toBool();
    if (quick)
        sane = checkAgreement(big, active) && sane;
    std::printf("\n%s\n", sane ? "sanity: ok" : "sanity: FAILED");
    return sane ? 0 : 1;
}
