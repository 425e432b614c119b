#include "ledger/ledger.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

using namespace ledgersql;

// --- logs ---

bool Ledger::appendRequestLog(RequestLogEntry e)
{
    if (e.at == 0)
        e.at = m_clock.nowMs();
    const CachedQuery heldQ = cachedQuery(
        database(),
        QStringLiteral("INSERT INTO request_log (at, profile_id, method, path, reqid, params, "
                       "http_status, error_code, reason, response, latency_ms, attempt) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    QSqlQuery &q = *heldQ;
    bind(q, e.at);
    bind(q, nullable(e.profileId));
    bind(q, e.method);
    bind(q, e.path);
    bind(q, e.reqid);
    bind(q, e.params);
    bind(q, e.httpStatus);
    bind(q, e.errorCode ? QVariant(*e.errorCode) : QVariant(QMetaType::fromType<int>()));
    bind(q, e.reason);
    bind(q, e.response.left(4000));
    bind(q, e.latencyMs);
    bind(q, e.attempt);
    if (!q.exec())
        return setError(tr("Cannot write the request log: %1").arg(q.lastError().text()));
    e.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    Q_EMIT requestLogged(e);
    return true;
}

QList<RequestLogEntry> Ledger::requestLog(int limit, std::optional<qint64> profileId) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE 1 = 1 %2 ORDER BY id DESC LIMIT %3")
                  .arg(kLogColumns, profileClause(profileId))
                  .arg(qMax(limit, 1)));
    if (q.exec()) {
        const LogReader read(q);
        while (q.next())
            out.append(read(q));
    }
    return out;
}

QList<RequestLogEntry> Ledger::requestLogSince(qint64 id) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM request_log WHERE id > ? ORDER BY id").arg(kLogColumns));
    bind(q, id);
    if (q.exec()) {
        const LogReader read(q);
        while (q.next())
            out.append(read(q));
    }
    return out;
}

bool Ledger::appendAudit(std::optional<qint64> profileId, const QString &actor,
                         const QString &action, const QString &detail)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, profile_id, actor, action, detail) VALUES (?,?,?,?,?)"));
    bind(q, m_clock.nowMs());
    bind(q, nullable(profileId));
    bind(q, actor);
    bind(q, action);
    bind(q, detail);
    if (!q.exec())
        return setError(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    return true;
}

QList<AuditEntry> Ledger::auditLog(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, at, profile_id, actor, action, detail FROM audit_log "
                             "ORDER BY id DESC LIMIT %1")
                  .arg(qMax(limit, 1)));
    if (q.exec()) {
        while (q.next()) {
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), optionalInt(q.value(2)),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        }
    }
    return out;
}

} // namespace pn
