#include "callbacks/callsarchive.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace pn {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

qint64 CallsArchive::bucketLength(ArchiveStats::Granularity granularity)
{
    switch (granularity) {
    case ArchiveStats::Granularity::Hour:
    case ArchiveStats::Granularity::HourOfDay:
        return 3600;
    case ArchiveStats::Granularity::Day:
        return 86400;
    case ArchiveStats::Granularity::Week:
        break;
    }
    return 7 * 86400;
}

qint64 CallsArchive::bucketStart(qint64 secs, ArchiveStats::Granularity granularity,
                                 int utcOffsetSecs)
{
    const qint64 len = bucketLength(granularity);
    // Weeks begin on Monday: 1970-01-01 was a Thursday, 3 days after a Monday.
    const qint64 shift = granularity == ArchiveStats::Granularity::Week ? 3 * 86400 : 0;
    if (granularity == ArchiveStats::Granularity::HourOfDay)
        return ((secs + utcOffsetSecs) % 86400 + 86400) % 86400 / 3600 * 3600;
    const qint64 local = secs + utcOffsetSecs + shift;
    const qint64 floor = (local >= 0 ? local / len : (local - len + 1) / len) * len;
    return floor - utcOffsetSecs - shift;
}

QStringList ArchiveStats::unusedSince(const QStringList &xNumbers, qint64 sinceSecs) const
{
    QHash<QString, qint64> last;
    for (const PoolX &p : pool)
        last.insert(p.x, p.lastCallSecs);
    QStringList unused;
    for (const QString &x : xNumbers) {
        if (last.value(x, 0) < sinceSecs)
            unused << x;
    }
    return unused;
}

namespace {

using Buckets = QMap<qint64, ArchiveStats::Bucket>;

qint64 floorTo(qint64 secs, qint64 len)
{
    return (secs >= 0 ? secs / len : (secs - len + 1) / len) * len;
}

qint64 ceilTo(qint64 secs, qint64 len)
{
    return floorTo(secs + len - 1, len);
}

// The WHERE terms every query shares: profile and appid.
struct Scope
{
    QString sql;
    QVariantList values;
};

Scope scopeOf(const ArchiveQuery &query,
              const QString &profileColumn = QStringLiteral("profile_id"))
{
    Scope s;
    if (query.profileId) {
        s.sql += QStringLiteral(" AND %1 = ?").arg(profileColumn);
        s.values << *query.profileId;
    }
    if (!query.appid.isEmpty()) {
        s.sql += QStringLiteral(" AND appid = ?");
        s.values << query.appid;
    }
    return s;
}

// The same for the bindings table, whose index bindings_x (profile_id, x) the planner would
// otherwise take for `profile_id = ?` and read a third of the table through it: the unary plus
// (valid in both dialects, no effect on the value) keeps that term out of the index choice, so
// the time range (bindings_created, bindings_released, bindings_state) or the state is used.
Scope bindingScopeOf(const ArchiveQuery &query)
{
    return scopeOf(query, QStringLiteral("+profile_id"));
}

QVariantList with(QVariantList head, const Scope &scope)
{
    head << scope.values;
    return head;
}

// The bucket key of `column` (epoch seconds), computed in SQL (both dialects divide BIGINTs as
// integers).
QString bucketKey(const ArchiveQuery &query, const QString &column)
{
    const qint64 len = CallsArchive::bucketLength(query.granularity);
    if (query.granularity == ArchiveStats::Granularity::HourOfDay)
        return QStringLiteral("(((%1 + %2) % 86400 + 86400) % 86400) / 3600 * 3600")
            .arg(column, QString::number(query.utcOffsetSecs));
    const QString shift =
        QString::number(query.utcOffsetSecs +
                        (query.granularity == ArchiveStats::Granularity::Week ? 3 * 86400 : 0));
    return QStringLiteral("((%1 + %2) / %3) * %3 - %2").arg(column, shift, QString::number(len));
}

// Calls and binding changes in [from, to) counted from the raw rows, added to the buckets.
bool addRawBuckets(const QSqlDatabase &db, const ArchiveQuery &query, qint64 from, qint64 to,
                   Buckets &buckets, ArchiveStats &s, QString *error, qint64 *callsAdded = nullptr)
{
    if (from >= to)
        return true;
    const Scope scope = scopeOf(query);
    QSqlQuery q(db);
    const QString calls =
        QStringLiteral("SELECT %1 AS bucket, COUNT(*) AS n, "
                       "SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END) AS answered, "
                       "SUM(CASE WHEN result = 'answered' THEN duration ELSE 0 END) AS talk, "
                       "SUM(CASE WHEN result = 'answered' AND duration > 0 "
                       "THEN (duration + 59) / 60 ELSE 0 END) AS billed "
                       "FROM calls WHERE begin_time >= ? AND begin_time < ?%2 GROUP BY bucket")
            .arg(bucketKey(query, QStringLiteral("begin_time")), scope.sql);
    if (!run(q, calls, with({from, to}, scope), error))
        return false;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        ArchiveStats::Bucket &bucket = buckets[b];
        bucket.startSecs = b;
        bucket.calls += q.value(1).toLongLong();
        bucket.answered += q.value(2).toLongLong();
        bucket.talkSeconds += q.value(3).toLongLong();
        s.billedMinutes += q.value(4).toLongLong();
        if (callsAdded)
            *callsAdded += q.value(1).toLongLong();
    }
    // Bindings: created_at / released_at / expires_at are epoch milliseconds.
    struct Change
    {
        const char *column;
        const char *condition;
        qint64 ArchiveStats::Bucket::*field;
    };
    const Change changes[] = {
        {"created_at", "state <> 'failed'", &ArchiveStats::Bucket::bindingsCreated},
        // `state || ''`: not the index bindings_state (state, expires_at), which would read
        // every released binding; bindings_released (released_at) reads the period only.
        {"released_at", "state || '' = 'released'", &ArchiveStats::Bucket::bindingsReleased},
        {"expires_at", "state = 'expired'", &ArchiveStats::Bucket::bindingsExpired},
    };
    const Scope bindingScope = bindingScopeOf(query);
    for (const Change &c : changes) {
        const QString column = QString::fromLatin1(c.column);
        const QString sql =
            QStringLiteral("SELECT %1 AS bucket, COUNT(*) AS n FROM bindings WHERE %2 >= ? AND "
                           "%2 < ? AND %3%4 GROUP BY bucket")
                .arg(bucketKey(query, QStringLiteral("(%1 / 1000)").arg(column)), column,
                     QString::fromLatin1(c.condition), bindingScope.sql);
        if (!run(q, sql, with({from * 1000, to * 1000}, bindingScope), error))
            return false;
        while (q.next()) {
            const qint64 b = q.value(0).toLongLong();
            buckets[b].startSecs = b;
            buckets[b].*(c.field) += q.value(1).toLongLong();
        }
    }
    return true;
}

// Whole UTC hours [from, to) from stats_hourly, read hour by hour in the table's own order
// (its primary key begins with the hour: no sort, no temporary grouping) and put into the
// buckets here; with query.hourOfDay each hour's calls also go to its local hour of the day.
bool addHourlyRollups(const QSqlDatabase &db, const ArchiveQuery &query, qint64 from, qint64 to,
                      Buckets &buckets, ArchiveStats &s, QString *error)
{
    if (from >= to)
        return true;
    const Scope scope = scopeOf(query);
    QSqlQuery q(db);
    const QString sql =
        QStringLiteral("SELECT hour, SUM(calls), SUM(answered), SUM(talk), SUM(billed), "
                       "SUM(created), SUM(released), SUM(expired) FROM stats_hourly WHERE "
                       "hour >= ? AND hour < ?%1 GROUP BY hour")
            .arg(scope.sql);
    if (!run(q, sql, with({from, to}, scope), error))
        return false;
    const ArchiveStats::Granularity g = query.granularity;
    while (q.next()) {
        const qint64 hour = q.value(0).toLongLong();
        const qint64 calls = q.value(1).toLongLong();
        const qint64 b = CallsArchive::bucketStart(hour, g, query.utcOffsetSecs);
        ArchiveStats::Bucket &bucket = buckets[b];
        bucket.startSecs = b;
        bucket.calls += calls;
        bucket.answered += q.value(2).toLongLong();
        bucket.talkSeconds += q.value(3).toLongLong();
        s.billedMinutes += q.value(4).toLongLong();
        bucket.bindingsCreated += q.value(5).toLongLong();
        bucket.bindingsReleased += q.value(6).toLongLong();
        bucket.bindingsExpired += q.value(7).toLongLong();
        if (query.hourOfDay && calls != 0)
            s.callsByHourOfDay[CallsArchive::bucketStart(hour, ArchiveStats::Granularity::HourOfDay,
                                                         query.utcOffsetSecs)] += calls;
    }
    return true;
}

// Calls (and answered calls) per X and per result code in [from, to): raw rows, or whole UTC
// days from stats_x_daily / stats_results_daily.
bool addPerX(const QSqlDatabase &db, const ArchiveQuery &query, qint64 from, qint64 to, bool rollup,
             QMap<QString, ArchiveStats::PoolX> &pool, QMap<QString, qint64> &results,
             QString *error)
{
    if (from >= to)
        return true;
    const Scope scope = scopeOf(query);
    QSqlQuery q(db);
    const QString x =
        rollup ? QStringLiteral("SELECT x, SUM(calls), SUM(answered) FROM stats_x_daily WHERE "
                                "day >= ? AND day < ?%1 GROUP BY x")
               : QStringLiteral("SELECT rcaller, COUNT(*), SUM(CASE WHEN result = 'answered' "
                                "THEN 1 ELSE 0 END) FROM calls WHERE begin_time >= ? AND "
                                "begin_time < ?%1 GROUP BY rcaller");
    if (!run(q, x.arg(scope.sql), with({from, to}, scope), error))
        return false;
    while (q.next()) {
        if (q.value(1).toLongLong() == 0)
            continue; // a rollup row whose calls were all erased
        ArchiveStats::PoolX &p = pool[q.value(0).toString()];
        p.x = q.value(0).toString();
        p.calls += q.value(1).toLongLong();
        p.answered += q.value(2).toLongLong();
    }
    const QString r =
        rollup ? QStringLiteral("SELECT result, SUM(calls) FROM stats_results_daily WHERE "
                                "day >= ? AND day < ?%1 GROUP BY result")
               : QStringLiteral("SELECT result, COUNT(*) FROM calls WHERE begin_time >= ? AND "
                                "begin_time < ?%1 GROUP BY result");
    if (!run(q, r.arg(scope.sql), with({from, to}, scope), error))
        return false;
    while (q.next()) {
        if (const qint64 n = q.value(1).toLongLong(); n != 0)
            results[q.value(0).toString()] += n;
    }
    return true;
}

} // namespace

ArchiveStats CallsArchive::compute(const QSqlDatabase &db, const ArchiveQuery &query,
                                   QString *error)
{
    ArchiveStats s;
    const qint64 len = bucketLength(query.granularity);
    const qint64 first = bucketStart(query.fromSecs, query.granularity, query.utcOffsetSecs);
    Buckets buckets;
    // At most ~2000 empty buckets are shown (a year of days, 12 weeks of hours).
    if (query.granularity == ArchiveStats::Granularity::HourOfDay) {
        for (qint64 t = 0; t < 86400; t += 3600)
            buckets[t].startSecs = t;
    } else if (query.toSecs > query.fromSecs && (query.toSecs - first) / len <= 2000) {
        for (qint64 t = first; t < query.toSecs; t += len)
            buckets[t].startSecs = t;
    }
    // Rollups are kept per UTC hour: they fill the buckets of a zone whose days begin on a UTC
    // hour; the partial hours at both ends come from the raw rows.
    s.fromRollups = query.useRollups && query.utcOffsetSecs % 3600 == 0;
    const qint64 from = query.fromSecs, to = query.toSecs;
    const auto hourOfDay = [&](qint64 secs) {
        return bucketStart(secs, ArchiveStats::Granularity::HourOfDay, query.utcOffsetSecs);
    };
    if (!query.buckets && !query.hourOfDay) {
        buckets.clear();
    } else if (s.fromRollups) {
        // The partial hours at the ends lie each in one UTC hour, so in one local hour of the
        // day (the zone's offset is whole hours here).
        const qint64 h0 = std::min(ceilTo(from, 3600), std::max(from, to));
        const qint64 h1 = std::max(h0, floorTo(to, 3600));
        qint64 head = 0, tail = 0;
        if (!addRawBuckets(db, query, from, h0, buckets, s, error, &head) ||
            !addHourlyRollups(db, query, h0, h1, buckets, s, error) ||
            !addRawBuckets(db, query, h1, to, buckets, s, error, &tail))
            return s;
        if (query.hourOfDay && head != 0)
            s.callsByHourOfDay[hourOfDay(from)] += head;
        if (query.hourOfDay && tail != 0)
            s.callsByHourOfDay[hourOfDay(h1)] += tail;
    } else {
        if (!addRawBuckets(db, query, from, to, buckets, s, error))
            return s;
        if (query.hourOfDay) {
            ArchiveQuery hours = query;
            hours.granularity = ArchiveStats::Granularity::HourOfDay;
            Buckets perHour;
            ArchiveStats ignored;
            if (!addRawBuckets(db, hours, from, to, perHour, ignored, error))
                return s;
            for (const ArchiveStats::Bucket &b : std::as_const(perHour)) {
                if (b.calls != 0)
                    s.callsByHourOfDay[b.startSecs] += b.calls;
            }
        }
    }
    if (!query.buckets) { // read for the hours of the day only
        buckets.clear();
        s.billedMinutes = 0;
    }
    s.buckets = buckets.values();
    for (const ArchiveStats::Bucket &b : std::as_const(s.buckets)) {
        s.calls += b.calls;
        s.answered += b.answered;
        s.talkSeconds += b.talkSeconds;
    }

    // The pool: active bindings now, calls in the period and the last call ever, per X; the
    // calls per result code. Whole UTC days from the rollups, the ends from the raw rows.
    QMap<QString, ArchiveStats::PoolX> pool;
    if (!query.perX) {
        if (error)
            error->clear();
        return s;
    }
    if (query.useRollups) {
        const qint64 d0 = std::min(ceilTo(from, 86400), std::max(from, to));
        const qint64 d1 = std::max(d0, floorTo(to, 86400));
        if (!addPerX(db, query, from, d0, false, pool, s.byResult, error) ||
            !addPerX(db, query, d0, d1, true, pool, s.byResult, error) ||
            !addPerX(db, query, d1, to, false, pool, s.byResult, error))
            return s;
    } else if (!addPerX(db, query, from, to, false, pool, s.byResult, error)) {
        return s;
    }
    // The active bindings per X: an index-only scan of bindings_active_x (state, profile_id,
    // appid, x), migration 14, which the profile and appid narrow further.
    const Scope scope = scopeOf(query);
    QSqlQuery q(db);
    if (query.activeBindings &&
        !run(q,
             QStringLiteral("SELECT x, COUNT(*) AS n FROM bindings WHERE state = 'active'%1 "
                            "GROUP BY x")
                 .arg(scope.sql),
             scope.values, error))
        return s;
    while (query.activeBindings && q.next()) {
        ArchiveStats::PoolX &p = pool[q.value(0).toString()];
        p.x = q.value(0).toString();
        p.activeBindings = q.value(1).toLongLong();
    }
    if (!query.lastCalls) {
    } else if (query.useRollups) {
        // The X numbers that ever had a call, then each one's last call through the
        // calls(rcaller, begin_time) index.
        // Every profile and appid: the distinct X of the calls, one index seek each through
        // calls(rcaller, begin_time) (a skip scan), not a scan of stats_x_daily.
        QStringList xs;
        const bool everyone = !query.profileId && query.appid.isEmpty();
        if (!run(q,
                 everyone
                     ? QStringLiteral("WITH RECURSIVE xs(x) AS (SELECT MIN(rcaller) FROM calls "
                                      "UNION ALL SELECT (SELECT MIN(rcaller) FROM calls WHERE "
                                      "rcaller > xs.x) FROM xs WHERE xs.x IS NOT NULL) SELECT x "
                                      "FROM xs WHERE x IS NOT NULL")
                     : QStringLiteral("SELECT x FROM stats_x_daily WHERE 1 = 1%1 GROUP BY x "
                                      "HAVING SUM(calls) > 0")
                           .arg(scope.sql),
                 everyone ? QVariantList() : scope.values, error))
            return s;
        while (q.next())
            xs << q.value(0).toString();
        QSqlQuery last(db);
        for (const QString &x : std::as_const(xs)) {
            if (!run(last,
                     QStringLiteral("SELECT begin_time FROM calls WHERE rcaller = ?%1 ORDER BY "
                                    "begin_time DESC LIMIT 1")
                         .arg(scope.sql),
                     with({x}, scope), error))
                return s;
            if (last.next()) {
                ArchiveStats::PoolX &p = pool[x];
                p.x = x;
                p.lastCallSecs = last.value(0).toLongLong();
            }
        }
    } else {
        if (!run(q,
                 QStringLiteral("SELECT rcaller, MAX(begin_time) AS last FROM calls WHERE 1 = "
                                "1%1 GROUP BY rcaller")
                     .arg(scope.sql),
                 scope.values, error))
            return s;
        while (q.next()) {
            ArchiveStats::PoolX &p = pool[q.value(0).toString()];
            p.x = q.value(0).toString();
            p.lastCallSecs = q.value(1).toLongLong();
        }
    }
    s.pool = pool.values();
    std::stable_sort(s.pool.begin(), s.pool.end(), [](const auto &a, const auto &b) {
        return a.activeBindings != b.activeBindings ? a.activeBindings > b.activeBindings
                                                    : a.calls > b.calls;
    });
    if (error)
        error->clear();
    return s;
}

CallStats CallsArchive::callStats(const QSqlDatabase &db, const ArchiveQuery &query, QString *error)
{
    ArchiveQuery hours = query;
    if (query.granularity != ArchiveStats::Granularity::HourOfDay) {
        hours.granularity = ArchiveStats::Granularity::Hour;
        hours.utcOffsetSecs = 0; // UTC hours, as CallStats::perHour has them
    }
    hours.lastCalls = false;
    hours.activeBindings = false; // the charts show calls per X, not the pool
    hours.hourOfDay = false;
    return callStatsOf(compute(db, hours, error), false);
}

CallStats CallsArchive::callStatsOf(const ArchiveStats &a, bool hourOfDay)
{
    CallStats s;
    for (auto it = a.byResult.cbegin(); it != a.byResult.cend(); ++it) {
        s.byOutcome[CallResultCatalog::outcome(it.key())] += it.value();
        s.total += it.value();
    }
    if (hourOfDay) {
        for (auto it = a.callsByHourOfDay.cbegin(); it != a.callsByHourOfDay.cend(); ++it) {
            if (it.value() > 0)
                s.perHour.insert(it.key(), it.value());
        }
    } else {
        for (const ArchiveStats::Bucket &b : a.buckets) {
            if (b.calls > 0)
                s.perHour.insert(b.startSecs, b.calls);
        }
    }
    for (const ArchiveStats::PoolX &p : a.pool) {
        if (p.calls > 0)
            s.perX << CallStats::PerX{p.x, p.calls, p.answered};
    }
    std::stable_sort(s.perX.begin(), s.perX.end(), [](const auto &l, const auto &r) {
        return l.total != r.total ? l.total > r.total : l.x < r.x;
    });
    return s;
}

QStringList CallsArchive::appids(const QSqlDatabase &db, std::optional<qint64> profileId)
{
    // A loose index scan: each profile's first appid, then the next one after it, each an index
    // seek (MIN over an index prefix), instead of reading every hourly row.
    QSqlQuery q(db);
    QList<qint64> profiles;
    if (profileId) {
        profiles << *profileId;
    } else {
        QVariant last;
        while (true) {
            const bool ok =
                last.isValid()
                    ? run(q,
                          QStringLiteral("SELECT MIN(profile_id) FROM stats_hourly WHERE "
                                         "profile_id > ?"),
                          {last}, nullptr)
                    : run(q, QStringLiteral("SELECT MIN(profile_id) FROM stats_hourly"), {},
                          nullptr);
            if (!ok || !q.next() || q.value(0).isNull())
                break;
            last = q.value(0).toLongLong();
            profiles << last.toLongLong();
        }
    }
    QStringList list;
    for (const qint64 p : std::as_const(profiles)) {
        QString last = QStringLiteral(""); // empty, not null: `appid > NULL` matches nothing
        while (run(q,
                   QStringLiteral("SELECT MIN(appid) FROM stats_hourly WHERE profile_id = ? AND "
                                  "appid > ?"),
                   {p, last}, nullptr) &&
               q.next() && !q.value(0).isNull()) {
            last = q.value(0).toString();
            if (!list.contains(last))
                list << last;
        }
    }
    std::sort(list.begin(), list.end());
    return list;
}

QString CallsArchive::toCsv(const ArchiveStats &stats, ArchiveStats::Granularity granularity,
                            double pricePerMinute)
{
    const QString format = granularity == ArchiveStats::Granularity::Hour
                               ? QStringLiteral("yyyy-MM-dd HH:00")
                               : QStringLiteral("yyyy-MM-dd");
    QString csv = QStringLiteral("start,calls,answered,answer_rate,talk_minutes,"
                                 "bindings_created,bindings_released,bindings_expired\n");
    for (const ArchiveStats::Bucket &b : stats.buckets) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(QDateTime::fromSecsSinceEpoch(b.startSecs).toLocalTime().toString(format))
                   .arg(b.calls)
                   .arg(b.answered)
                   .arg(b.calls > 0 ? double(b.answered) / double(b.calls) : 0.0, 0, 'f', 4)
                   .arg(double(b.talkSeconds) / 60.0, 0, 'f', 2)
                   .arg(b.bindingsCreated)
                   .arg(b.bindingsReleased)
                   .arg(b.bindingsExpired);
    }
    csv += QStringLiteral("# total calls %1, answered %2, billed minutes %3, estimated cost %4\n")
               .arg(stats.calls)
               .arg(stats.answered)
               .arg(stats.billedMinutes)
               .arg(stats.estimatedCost(pricePerMinute), 0, 'f', 2);
    return csv;
}

} // namespace pn
