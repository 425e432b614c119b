// Retention: real numbers of bindings that ended long ago are replaced by their masked form
// plus a keyed hash (so a desk can still find the binding by its full number), with their calls
// and request-log lines, and erased from the bytes of the ledger files (SQLite: secure_delete,
// FTS merge, WAL checkpoint + truncate, vacuum).

#include "ledger/ledger.h"

#include "core/phonemask.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QFileInfo>
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
                              QStringLiteral("updated_at < ? AND erased_at IS NULL AND "
                                             "profile_id = ? AND state IN "
                                             "('released','expired','failed')"),
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
    for (const auto &[profile, cutoff] : std::as_const(cutoffs)) {
        report.cutoffs.insert(profile, cutoff);
        for (;;) {
            QList<Victim> victims;
            {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT id, reqid, COALESCE(subid, ''), anum, bnum FROM bindings WHERE "
                    "updated_at < ? AND erased_at IS NULL AND profile_id = ? AND state IN "
                    "('released','expired','failed') ORDER BY id LIMIT 5000"));
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
            if (run.dryRun) {
                // Counts only: what a real run would erase.
                QSqlQuery c(db);
                c.prepare(QStringLiteral(
                    "SELECT COUNT(*) FROM bindings WHERE updated_at < ? AND erased_at IS NULL AND "
                    "profile_id = ? AND state IN ('released','expired','failed')"));
                c.addBindValue(cutoff);
                c.addBindValue(profile);
                if (c.exec() && c.next())
                    report.bindings += c.value(0).toLongLong();
                c.prepare(QStringLiteral(
                    "SELECT COUNT(*) FROM calls WHERE erased_at IS NULL AND subid IN (SELECT "
                    "subid FROM bindings WHERE updated_at < ? AND erased_at IS NULL AND "
                    "profile_id = ? AND state IN ('released','expired','failed'))"));
                c.addBindValue(cutoff);
                c.addBindValue(profile);
                if (c.exec() && c.next())
                    report.calls += c.value(0).toLongLong();
                break;
            }
            QString err;
            if (!LedgerSchema::beginWrite(db, &err))
                return fail(err);
            QSqlQuery up(db), hash(db), calls(db), starts(db), logs(db), logRows(db);
            up.prepare(QStringLiteral("UPDATE bindings SET anum = ?, bnum = ?, erased_at = ?, "
                                      "rev = %1 WHERE id = ?")
                           .arg(nextRev(db, QStringLiteral("bindings"))));
            hash.prepare(LedgerSchema::insertIgnoring(
                QStringLiteral("erased_numbers"),
                {QStringLiteral("hash"), QStringLiteral("binding_id")},
                {QStringLiteral("hash"), QStringLiteral("binding_id")}));
            calls.prepare(QStringLiteral(
                "SELECT id, caller, rcaller, callee, extra, 'calls' FROM calls WHERE subid = ? "
                "AND erased_at IS NULL UNION ALL SELECT id, caller, rcaller, callee, extra, "
                "'call_starts' FROM call_starts WHERE subid = ?"));
            logRows.prepare(
                QStringLiteral("SELECT id, params, response FROM request_log WHERE reqid = ?"));
            bool ok = true;
            for (const Victim &v : std::as_const(victims)) {
                for (const QString &n : {v.anum, v.bnum}) {
                    const QString h = numberHash(n);
                    if (h.isEmpty())
                        continue;
                    hash.addBindValue(h);
                    hash.addBindValue(v.id);
                    ok = ok && hash.exec();
                }
                up.addBindValue(maskNumber(v.anum));
                up.addBindValue(maskNumber(v.bnum));
                up.addBindValue(now);
                up.addBindValue(v.id);
                ok = ok && up.exec();
                ++report.bindings;
                if (!v.subid.isEmpty()) {
                    calls.addBindValue(v.subid);
                    calls.addBindValue(v.subid);
                    ok = ok && calls.exec();
                    QList<QVariantList> found;
                    while (ok && calls.next())
                        found.append({calls.value(0), calls.value(1), calls.value(2),
                                      calls.value(3), calls.value(4), calls.value(5)});
                    for (const QVariantList &c : std::as_const(found)) {
                        const bool isCall = c.at(5).toString() == QLatin1StringView("calls");
                        QSqlQuery w(db);
                        w.prepare(
                            isCall
                                ? QStringLiteral("UPDATE calls SET caller = ?, rcaller = ?, "
                                                 "callee = ?, extra = ?, recording = '', "
                                                 "erased_at = ? WHERE id = ?")
                                : QStringLiteral("UPDATE call_starts SET caller = ?, rcaller = ?, "
                                                 "callee = ?, extra = ?, sms_content = '' "
                                                 "WHERE id = ?"));
                        w.addBindValue(maskNumber(c.at(1).toString()));
                        w.addBindValue(maskNumber(c.at(2).toString()));
                        w.addBindValue(maskNumber(c.at(3).toString()));
                        Victim cv = v;
                        cv.anum = c.at(1).toString();
                        cv.bnum = c.at(3).toString();
                        QString extra = scrub(scrub(c.at(4).toString(), v), cv);
                        cv.anum = c.at(2).toString();
                        extra = scrub(extra, cv);
                        w.addBindValue(extra);
                        if (isCall)
                            w.addBindValue(now);
                        w.addBindValue(c.at(0));
                        ok = ok && w.exec();
                        if (isCall)
                            ++report.calls;
                    }
                }
                // The request log holds the create request's form (A and B) and its answer.
                logRows.addBindValue(v.reqid);
                ok = ok && logRows.exec();
                QList<QVariantList> lines;
                while (ok && logRows.next())
                    lines.append({logRows.value(0), logRows.value(1), logRows.value(2)});
                for (const QVariantList &l : std::as_const(lines)) {
                    logs.prepare(QStringLiteral(
                        "UPDATE request_log SET params = ?, response = ? WHERE id = ?"));
                    logs.addBindValue(scrub(l.at(1).toString(), v));
                    logs.addBindValue(scrub(l.at(2).toString(), v));
                    logs.addBindValue(l.at(0));
                    ok = ok && logs.exec();
                    ++report.logLines;
                }
                if (!ok)
                    break;
            }
            if (!ok) {
                const QString text = up.lastError().text() + hash.lastError().text() +
                                     calls.lastError().text() + logs.lastError().text();
                db.rollback();
                return fail(tr("Retention failed: %1").arg(text));
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
