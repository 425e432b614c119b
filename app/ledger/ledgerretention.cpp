// Retention: real numbers of bindings that ended long ago are replaced by their masked form
// plus a keyed hash (so a desk can still find the binding by its full number), with their calls
// and request-log lines, and erased from the bytes of the ledger files (SQLite: secure_delete,
// FTS merge, WAL checkpoint + truncate, vacuum).

#include "ledger/ledger.h"

#include "core/phonemask.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pn {

using namespace ledgersql;

namespace {

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

struct Victim
{
    qint64 id = 0;
    QString reqid;
    QString subid;
    QString anum;
    QString bnum;
};

QString scrub(QString text, const Victim &v)
{
    for (const QString &n : {v.anum, v.bnum}) {
        if (n.size() >= 5)
            text.replace(n, maskNumber(n));
    }
    return text;
}

// Rows of a batch this many to a statement (3 to 6 values each: well under SQLite's and
// PostgreSQL's limits on parameters).
constexpr qsizetype kChunk = 250;

// INSERT INTO table (columns) VALUES (...), (...) ON CONFLICT DO NOTHING, a chunk at a time.
bool insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows, QString *error)
{
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString tuple = u'(' + marks.join(u',') + u')';
    for (qsizetype at = 0; at < rows.size(); at += kChunk) {
        const qsizetype n = qMin(kChunk, rows.size() - at);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT DO NOTHING")
                      .arg(table, columns.join(u','), QStringList(n, tuple).join(u',')));
        for (qsizetype i = at; i < at + n; ++i) {
            for (const QVariant &v : rows.at(i))
                bind(q, v);
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// UPDATE table SET column = v.column, ... [, also] FROM (the rows) v WHERE table.id = v.id, a
// chunk at a time; each row is {id, a value per column}. Both dialects spell it alike.
bool updateRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QString &also, const QList<QVariantList> &rows, QString *error)
{
    QStringList marks(columns.size(), QStringLiteral("?")), sets;
    const QString tuple = QStringLiteral("(CAST(? AS BIGINT),") + marks.join(u',') + u')';
    for (const QString &c : columns)
        sets << QStringLiteral("%1 = v.%1").arg(c);
    if (!also.isEmpty())
        sets << also;
    for (qsizetype at = 0; at < rows.size(); at += kChunk) {
        const qsizetype n = qMin(kChunk, rows.size() - at);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("WITH v(id, %1) AS (VALUES %2) UPDATE %3 SET %4 FROM v WHERE "
                                 "%3.id = v.id")
                      .arg(columns.join(u','), QStringList(n, tuple).join(u','), table,
                           sets.join(QStringLiteral(", "))));
        for (qsizetype i = at; i < at + n; ++i) {
            for (const QVariant &v : rows.at(i))
                bind(q, v);
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// The rows of `sql` (its "%1" becomes the placeholders) for every key, a chunk at a time.
QList<QVariantList> selectIn(QSqlDatabase &db, const QString &sql, const QStringList &keys,
                             int columns, bool *ok, QString *error)
{
    QList<QVariantList> out;
    for (qsizetype at = 0; *ok && at < keys.size(); at += kChunk) {
        const qsizetype n = qMin(kChunk, keys.size() - at);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(QStringList(n, QStringLiteral("?")).join(u',')));
        for (qsizetype i = at; i < at + n; ++i)
            q.addBindValue(keys.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            *ok = false;
            break;
        }
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row << q.value(c);
            out << row;
        }
    }
    return out;
}

} // namespace

QList<RetentionPolicy> Ledger::retentionPolicies() const
{
    QList<RetentionPolicy> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, name, retention_days FROM profiles ORDER BY id")))
        return out;
    while (q.next()) {
        RetentionPolicy p;
        p.profileId = q.value(0).toLongLong();
        p.profileName = q.value(1).toString();
        if (!q.value(2).isNull())
            p.days = q.value(2).toInt();
        out << p;
    }
    return out;
}

bool Ledger::setRetentionDays(qint64 profileId, std::optional<int> days, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE profiles SET retention_days = ? WHERE id = ?"));
    q.addBindValue(days ? QVariant(*days) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(profileId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Cannot set the retention of profile %1: %2")
                         .arg(profileId)
                         .arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<BindingRecord> Ledger::bindingsDueForRetention(const RetentionRun &run) const
{
    QList<BindingRecord> out;
    const qint64 now = m_clock.nowMs();
    for (const RetentionPolicy &p : retentionPolicies()) {
        if (run.profileId && p.profileId != *run.profileId)
            continue;
        const std::optional<int> days = run.olderThanDays ? run.olderThanDays : p.days;
        if (!days)
            continue;
        out += selectBindings(database(),
                              QStringLiteral("updated_at < ? AND profile_id = ? AND ") +
                                  LedgerSchema::retentionDueClause(),
                              {now - qint64(*days) * 86'400'000, p.profileId},
                              QStringLiteral("ORDER BY id"));
    }
    return out;
}

std::optional<RetentionReport> Ledger::applyRetention(const RetentionRun &run, QString *error)
{
    auto fail = [&](const QString &text) -> std::optional<RetentionReport> {
        setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!run.dryRun && m_hashKey.isEmpty())
        return fail(tr("Retention needs the key of the number hashes (the secret store is "
                       "locked or unavailable)."));
    QSqlDatabase db = database();
    const bool sqlite = !isPostgres();
    const qint64 now = m_clock.nowMs();
    RetentionReport report;
    report.fileBytesBefore = sqlite ? fileSize(m_path) : 0;
    // Every profile with a policy, or the one asked for; --older-than overrides the days.
    QList<std::pair<qint64, qint64>> cutoffs; // profile, ended before
    for (const RetentionPolicy &p : retentionPolicies()) {
        if (run.profileId && p.profileId != *run.profileId)
            continue;
        const std::optional<int> days = run.olderThanDays ? run.olderThanDays : p.days;
        if (!days)
            continue; // kept forever, by explicit choice
        cutoffs.append({p.profileId, now - qint64(*days) * 86'400'000});
    }
    if (!run.dryRun) {
        QSqlQuery prep(db);
        if (sqlite)
            prep.exec(QStringLiteral("PRAGMA secure_delete=ON"));
        // Each erased binding's request-log lines are found by reqid.
        prep.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS request_log_reqid ON request_log(reqid)"));
    }
    // The victims a batch at a time from the partial index bindings_retention (erased rows
    // leave it, so each batch reads only what is left), and every write a chunk of rows per
    // statement: the per-row statements, not SQLite, were most of a run's time.
    const QString due = QStringLiteral("updated_at < ? AND profile_id = ? AND ") +
                        LedgerSchema::retentionDueClause();
    for (const auto &[profile, cutoff] : std::as_const(cutoffs)) {
        report.cutoffs.insert(profile, cutoff);
        if (run.dryRun) {
            // Counts only: what a real run would erase.
            QSqlQuery c(db);
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE ") + due);
            c.addBindValue(cutoff);
            c.addBindValue(profile);
            if (c.exec() && c.next())
                report.bindings += c.value(0).toLongLong();
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM calls WHERE erased_at IS NULL AND "
                                     "subid IN (SELECT subid FROM bindings WHERE %1)")
                          .arg(due));
            c.addBindValue(cutoff);
            c.addBindValue(profile);
            if (c.exec() && c.next())
                report.calls += c.value(0).toLongLong();
            continue;
        }
        for (;;) {
            QList<Victim> victims;
            {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT id, reqid, COALESCE(subid, ''), anum, bnum FROM "
                                         "bindings WHERE %1 ORDER BY profile_id, updated_at "
                                         "LIMIT 5000")
                              .arg(due));
                q.addBindValue(cutoff);
                q.addBindValue(profile);
                if (!q.exec())
                    return fail(q.lastError().text());
                while (q.next())
                    victims.append({q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString()});
            }
            if (victims.isEmpty())
                break;
            QString err;
            if (!LedgerSchema::beginWrite(db, &err))
                return fail(err);
            QList<QVariantList> hashes, masked;
            QHash<QString, qsizetype> bySubid, byReqid;
            QStringList subids, reqids;
            for (qsizetype i = 0; i < victims.size(); ++i) {
                const Victim &v = victims.at(i);
                for (const QString &n : {v.anum, v.bnum}) {
                    const QString h = numberHash(n);
                    if (!h.isEmpty())
                        hashes.append({h.toLongLong(), v.id});
                }
                masked.append({v.id, maskNumber(v.anum), maskNumber(v.bnum)});
                if (!v.subid.isEmpty() && !bySubid.contains(v.subid)) {
                    bySubid.insert(v.subid, i);
                    subids << v.subid;
                }
                if (!byReqid.contains(v.reqid)) {
                    byReqid.insert(v.reqid, i);
                    reqids << v.reqid;
                }
            }
            bool ok =
                insertRows(db, QStringLiteral("erased_numbers"),
                           {QStringLiteral("hash"), QStringLiteral("binding_id")}, hashes, &err) &&
                updateRows(db, QStringLiteral("bindings"),
                           {QStringLiteral("anum"), QStringLiteral("bnum")},
                           QStringLiteral("erased_at = %1, rev = %2")
                               .arg(now)
                               .arg(nextRev(db, QStringLiteral("bindings"))),
                           masked, &err);
            report.bindings += victims.size();
            // Their calls and call starts (by subid): numbers masked, also inside extra.
            QList<QVariantList> callRows, startRows;
            for (const char *table : {"calls", "call_starts"}) {
                const bool isCall = qstrcmp(table, "calls") == 0;
                const QList<QVariantList> found = selectIn(
                    db,
                    QStringLiteral("SELECT id, subid, caller, rcaller, callee, extra FROM %1 "
                                   "WHERE %2subid IN (%3)")
                        .arg(QLatin1StringView(table),
                             isCall ? QStringLiteral("erased_at IS NULL AND ") : QString()),
                    subids, 6, &ok, &err);
                for (const QVariantList &c : found) {
                    const Victim &v = victims.at(bySubid.value(c.at(1).toString()));
                    Victim cv = v;
                    cv.anum = c.at(2).toString();
                    cv.bnum = c.at(4).toString();
                    QString extra = scrub(scrub(c.at(5).toString(), v), cv);
                    cv.anum = c.at(3).toString();
                    extra = scrub(extra, cv);
                    (isCall ? callRows : startRows)
                        .append({c.at(0), maskNumber(c.at(2).toString()),
                                 maskNumber(c.at(3).toString()), maskNumber(c.at(4).toString()),
                                 extra});
                }
            }
            const QStringList callColumns = {QStringLiteral("caller"), QStringLiteral("rcaller"),
                                             QStringLiteral("callee"), QStringLiteral("extra")};
            ok = ok &&
                 updateRows(db, QStringLiteral("calls"), callColumns,
                            QStringLiteral("recording = '', erased_at = %1").arg(now), callRows,
                            &err) &&
                 updateRows(db, QStringLiteral("call_starts"), callColumns,
                            QStringLiteral("sms_content = ''"), startRows, &err);
            report.calls += callRows.size();
            // The request log holds the create request's form (A and B) and its answer.
            QList<QVariantList> lineRows;
            const QList<QVariantList> lines =
                selectIn(db,
                         QStringLiteral("SELECT id, reqid, params, response FROM request_log WHERE "
                                        "reqid IN (%1)"),
                         reqids, 4, &ok, &err);
            for (const QVariantList &l : lines) {
                const Victim &v = victims.at(byReqid.value(l.at(1).toString()));
                lineRows.append(
                    {l.at(0), scrub(l.at(2).toString(), v), scrub(l.at(3).toString(), v)});
            }
            ok = ok && updateRows(db, QStringLiteral("request_log"),
                                  {QStringLiteral("params"), QStringLiteral("response")}, {},
                                  lineRows, &err);
            report.logLines += lineRows.size();
            if (!ok) {
                db.rollback();
                return fail(tr("Retention failed: %1").arg(err));
            }
            if (!db.commit())
                return fail(db.lastError().text());
        }
    }
    if (!run.dryRun) {
        // Rejected callbacks are kept for debugging only; their raw bodies hold numbers.
        qint64 oldest = now;
        for (const auto &[profile, cutoff] : std::as_const(cutoffs))
            oldest = qMin(oldest, cutoff);
        if (!cutoffs.isEmpty()) {
            QSqlQuery r(db);
            r.prepare(QStringLiteral("DELETE FROM rejected_callbacks WHERE received_at < ?"));
            r.addBindValue(oldest);
            r.exec();
        }
        if (sqlite && report.bindings > 0) {
            QSqlQuery q(db);
            // The trigram index keeps deleted entries until its segments merge: merge now.
            q.exec(QStringLiteral("INSERT INTO bindings_fts(bindings_fts) VALUES ('optimize')"));
            // Freed pages are zeroed (secure_delete); give them back to the file system, then
            // copy the WAL into the file and cut it to zero bytes.
            if (q.exec(QStringLiteral("PRAGMA auto_vacuum")) && q.next() &&
                q.value(0).toInt() != 2) {
                q.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
                report.vacuumed = q.exec(QStringLiteral("VACUUM"));
            } else {
                report.vacuumed = q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
                while (q.next()) {
                }
            }
            report.walTruncated = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                                  q.next() && q.value(0).toInt() == 0;
        }
        m_log.appendAudit(run.profileId, run.actor, QStringLiteral("retention-apply"),
                          QStringLiteral("%1 bindings, %2 calls, %3 request-log lines erased")
                              .arg(report.bindings)
                              .arg(report.calls)
                              .arg(report.logLines));
        if (report.bindings > 0)
            Q_EMIT bindingChanged(0);
    }
    report.fileBytesAfter = sqlite ? fileSize(m_path) : 0;
    return report;
}

} // namespace pn
