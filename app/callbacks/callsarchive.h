#pragma once

#include "callbacks/callstore.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pn {

// Figures of the team's own call archive for the Statistics tab and `pnctl`: calls, answers,
// talk time and estimated cost per hour/day/week, bindings created/released/expired in the same
// buckets, and how the pool of X numbers is used, per profile and per appid. Read from the
// rollup tables the ledger keeps in step with every write (schema migration 8: triggers on
// `calls` and `bindings` update `stats_hourly`, `stats_x_daily` and `stats_results_daily` in
// the writer's own transaction); the partial hours/days at the ends of the period come from
// the raw rows, so the figures are exact for any period. A time zone whose offset is not a
// whole number of hours (its days do not begin on a UTC hour) is counted from the raw rows.
struct ArchiveStats
{
    // HourOfDay: 24 buckets, the calls of each local hour of the day summed over the period
    // (startSecs = 0, 3600, … 82800).
    enum class Granularity { Hour, Day, Week, HourOfDay };

    struct Bucket
    {
        qint64 startSecs = 0; // local start of the hour/day/week, as epoch seconds
        qint64 calls = 0;
        qint64 answered = 0;
        qint64 talkSeconds = 0;
        qint64 bindingsCreated = 0;
        qint64 bindingsReleased = 0;
        qint64 bindingsExpired = 0;
    };
    struct PoolX
    {
        QString x;
        qint64 activeBindings = 0;
        qint64 calls = 0;        // in the period
        qint64 answered = 0;     // in the period
        qint64 lastCallSecs = 0; // 0 = never
    };

    QList<Bucket> buckets; // oldest first, empty buckets included
    QList<PoolX> pool;     // busiest first (active bindings, then calls)
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 talkSeconds = 0;
    QMap<QString, qint64> byResult; // CDR result code → calls in the period
    // With ArchiveQuery::hourOfDay: the calls of each local hour of the day summed over the
    // period (keys 0, 3600, … 82800), read with the buckets in the same pass.
    QMap<qint64, qint64> callsByHourOfDay;
    bool fromRollups = false; // how these figures were computed

    double answerRate() const { return calls > 0 ? double(answered) / double(calls) : 0.0; }
    // Talk minutes as the platforms bill them: each answered call rounded up to the minute.
    qint64 billedMinutes = 0;
    double estimatedCost(double pricePerMinute) const
    {
        return double(billedMinutes) * pricePerMinute;
    }
    // The X numbers (of `xNumbers`) without a call since `sinceSecs`.
    QStringList unusedSince(const QStringList &xNumbers, qint64 sinceSecs) const;
};

struct ArchiveQuery
{
    std::optional<qint64> profileId;
    QString appid; // empty = every appid
    qint64 fromSecs = 0;
    qint64 toSecs = 0; // exclusive
    ArchiveStats::Granularity granularity = ArchiveStats::Granularity::Day;
    int utcOffsetSecs = 0;  // where a local day begins
    bool useRollups = true; // false: count the raw rows (the benchmark's reference)
    // What to compute: the buckets (calls, talk, bindings per hour/day/week) and/or the per-X
    // figures (pool, result codes). Both by default.
    bool buckets = true;
    bool perX = true;
    bool lastCalls = true;      // each X's last call ever (the pool's "unused for N days")
    bool activeBindings = true; // each X's active bindings now (the pool)
    bool hourOfDay = false;     // also ArchiveStats::callsByHourOfDay (the charts' hours)
};

class CallsArchive final
{
    Q_DECLARE_TR_FUNCTIONS(CallsArchive)

public:
    static ArchiveStats compute(const QSqlDatabase &db, const ArchiveQuery &query,
                                QString *error = nullptr);
    // The Statistics tab's charts (outcomes, calls per UTC hour, answer rate per X) from the
    // same rollups. With query.granularity HourOfDay, perHour holds the 24 local hours of the
    // day (keys 0, 3600, … 82800) instead.
    static CallStats callStats(const QSqlDatabase &db, const ArchiveQuery &query,
                               QString *error = nullptr);
    // The same charts' figures from what compute() already read: outcomes from byResult, calls
    // per X from the pool, and perHour from callsByHourOfDay (hourOfDay) or the buckets. The
    // Statistics tab reads the ledger once per refresh this way.
    static CallStats callStatsOf(const ArchiveStats &stats, bool hourOfDay);
    // The appids with calls or bindings in the rollups (of one profile, or all), sorted: one
    // index seek per profile and appid through stats_hourly(profile_id, appid) (migration 14).
    static QStringList appids(const QSqlDatabase &db, std::optional<qint64> profileId);
    // One line per bucket, with a header; for the CSV export.
    static QString toCsv(const ArchiveStats &stats, ArchiveStats::Granularity granularity,
                         double pricePerMinute);
    static qint64 bucketStart(qint64 secs, ArchiveStats::Granularity granularity,
                              int utcOffsetSecs);
    static qint64 bucketLength(ArchiveStats::Granularity granularity);
};

} // namespace pn
