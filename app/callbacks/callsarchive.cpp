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

ArchiveStats CallsArchive::compute(const QSqlDatabase &db, const ArchiveQuery &query,
                                   QString *error)
{
    ArchiveStats s;
    const qint64 len = bucketLength(query.granularity);
    const qint64 first = bucketStart(query.fromSecs, query.granularity, query.utcOffsetSecs);
    QMap<qint64, ArchiveStats::Bucket> buckets;
    // At most ~2000 empty buckets are shown (a year of days, 12 weeks of hours).
    if (query.toSecs > query.fromSecs && (query.toSecs - first) / len <= 2000) {
        for (qint64 t = first; t < query.toSecs; t += len)
            buckets[t].startSecs = t;
    }
    const QString profile = query.profileId ? QStringLiteral(" AND profile_id = ?") : QString();
    auto bind = [&](QVariantList v) {
        if (query.profileId)
            v << *query.profileId;
        return v;
    };
    // The bucket key, computed in SQL (both dialects divide BIGINTs as integers).
    const QString shift =
        QString::number(query.utcOffsetSecs +
                        (query.granularity == ArchiveStats::Granularity::Week ? 3 * 86400 : 0));
    const QString key = QStringLiteral("((%1 + %2) / %3) * %3 - %2")
                            .arg(QStringLiteral("%1"), shift, QString::number(len));
    QSqlQuery q(db);
    const QString calls =
        QStringLiteral("SELECT %1 AS bucket, COUNT(*) AS n, "
                       "SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END) AS answered, "
                       "SUM(CASE WHEN result = 'answered' THEN duration ELSE 0 END) AS talk, "
                       "SUM(CASE WHEN result = 'answered' AND duration > 0 "
                       "THEN (duration + 59) / 60 ELSE 0 END) AS billed "
                       "FROM calls WHERE begin_time >= ? AND begin_time < ?%2 GROUP BY bucket")
            .arg(key.arg(QStringLiteral("begin_time")), profile);
    if (!run(q, calls, bind({query.fromSecs, query.toSecs}), error))
        return s;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        ArchiveStats::Bucket &bucket = buckets[b];
        bucket.startSecs = b;
        bucket.calls = q.value(1).toLongLong();
        bucket.answered = q.value(2).toLongLong();
        bucket.talkSeconds = q.value(3).toLongLong();
        s.calls += bucket.calls;
        s.answered += bucket.answered;
        s.talkSeconds += bucket.talkSeconds;
        s.billedMinutes += q.value(4).toLongLong();
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
        {"released_at", "state = 'released'", &ArchiveStats::Bucket::bindingsReleased},
        {"expires_at", "state = 'expired'", &ArchiveStats::Bucket::bindingsExpired},
    };
    for (const Change &c : changes) {
        const QString column = QString::fromLatin1(c.column);
        const QString sql =
            QStringLiteral("SELECT %1 AS bucket, COUNT(*) AS n FROM bindings WHERE %2 >= ? AND "
                           "%2 < ? AND %3%4 GROUP BY bucket")
                .arg(key.arg(QStringLiteral("(%1 / 1000)").arg(column)), column,
                     QString::fromLatin1(c.condition), profile);
        if (!run(q, sql, bind({query.fromSecs * 1000, query.toSecs * 1000}), error))
            return s;
        while (q.next()) {
            const qint64 b = q.value(0).toLongLong();
            buckets[b].startSecs = b;
            buckets[b].*(c.field) += q.value(1).toLongLong();
        }
    }
    s.buckets = buckets.values();

    // The pool: active bindings now, calls in the period and the last call ever, per X.
    QMap<QString, ArchiveStats::PoolX> pool;
    if (!run(q,
             QStringLiteral("SELECT x, COUNT(*) AS n FROM bindings WHERE state = 'active'%1 "
                            "GROUP BY x")
                 .arg(profile),
             bind({}), error))
        return s;
    while (q.next()) {
        ArchiveStats::PoolX &p = pool[q.value(0).toString()];
        p.x = q.value(0).toString();
        p.activeBindings = q.value(1).toLongLong();
    }
    if (!run(q,
             QStringLiteral("SELECT rcaller, SUM(CASE WHEN begin_time >= ? AND begin_time < ? "
                            "THEN 1 ELSE 0 END) AS n, MAX(begin_time) AS last FROM calls "
                            "WHERE 1 = 1%1 GROUP BY rcaller")
                 .arg(profile),
             bind({query.fromSecs, query.toSecs}), error))
        return s;
    while (q.next()) {
        ArchiveStats::PoolX &p = pool[q.value(0).toString()];
        p.x = q.value(0).toString();
        p.calls = q.value(1).toLongLong();
        p.lastCallSecs = q.value(2).toLongLong();
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
