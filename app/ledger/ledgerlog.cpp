// The request log and the audit log of a Ledger (see ledgerlog.h).

#include "ledger/ledgerlog.h"

#include "core/validation.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

using namespace ledgersql;

// --- logs ---

bool LedgerLog::appendRequestLog(RequestLogEntry e)
{
    if (e.at == 0)
        e.at = m_ledger.clock().nowMs();
    const CachedQuery heldQ = cachedQuery(
        m_ledger.database(),
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
        return m_ledger.setError(tr("Cannot write the request log: %1").arg(q.lastError().text()));
    e.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    Q_EMIT m_ledger.requestLogged(e);
    return true;
}

QList<RequestLogEntry> LedgerLog::requestLog(int limit, std::optional<qint64> profileId) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(m_ledger.database());
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

QList<RequestLogEntry> LedgerLog::requestLogSince(qint64 id) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(m_ledger.database());
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

// --- audit: who did what ---

namespace {

const QString kAuditColumns =
    QStringLiteral("id, at, profile_id, actor, action, detail, desk, profile_name");

AuditEntry readAudit(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), optionalInt(q.value(2)),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString()};
}

QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The WHERE clause of an audit query (always starts with "1 = 1"), its values appended.
QString auditWhere(const AuditQuery &query, QVariantList *values, bool paging)
{
    QString where = QStringLiteral("1 = 1");
    const QString desk = query.desk.trimmed();
    if (!desk.isEmpty()) {
        if (desk.contains(u'@')) {
            where += QStringLiteral(" AND desk = ?");
            values->append(desk);
        } else { // a user at any host
            where += QStringLiteral(" AND (desk = ? OR desk LIKE ? ESCAPE '\\')");
            values->append(desk);
            values->append(likeEscaped(desk) + QStringLiteral("@%"));
        }
    }
    if (!query.actions.isEmpty()) {
        QStringList marks;
        for (const QString &action : query.actions) {
            marks << QStringLiteral("?");
            values->append(action);
        }
        where += QStringLiteral(" AND action IN (%1)").arg(marks.join(u','));
    }
    if (query.profileId) {
        where += QStringLiteral(" AND profile_id = ?");
        values->append(*query.profileId);
    }
    if (!query.profileName.isEmpty()) {
        where += QStringLiteral(" AND profile_name = ?");
        values->append(query.profileName);
    }
    if (query.fromMs) {
        where += QStringLiteral(" AND at >= ?");
        values->append(*query.fromMs);
    }
    if (query.toMs) {
        where += QStringLiteral(" AND at <= ?");
        values->append(*query.toMs);
    }
    if (paging && query.beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        values->append(query.beforeId);
    }
    if (paging && query.afterId > 0) {
        where += QStringLiteral(" AND id > ?");
        values->append(query.afterId);
    }
    return where;
}

} // namespace

void LedgerLog::setDesk(const QString &desk)
{
    const QString clean = cleanDeskName(desk);
    m_desk = clean.isEmpty() ? deskIdentity() : clean;
}

bool LedgerLog::appendAudit(std::optional<qint64> profileId, const QString &actor,
                            const QString &action, const QString &detail)
{
    // The profile's name as it is now, read in the same statement: the row keeps it when the
    // profile is renamed or removed later.
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, profile_id, actor, action, detail, desk, profile_name) "
        "VALUES (?,?,?,?,?,?, COALESCE((SELECT name FROM profiles WHERE id = ?), ''))"));
    bind(q, m_ledger.clock().nowMs());
    bind(q, nullable(profileId));
    bind(q, actor);
    bind(q, action);
    bind(q, detail);
    bind(q, m_desk);
    bind(q, nullable(profileId));
    if (!q.exec())
        return m_ledger.setError(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    Q_EMIT m_ledger.audited();
    return true;
}

bool LedgerLog::appendAudit(const QString &profileName, const QString &actor, const QString &action,
                            const QString &detail)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, profile_id, actor, action, detail, desk, profile_name) "
        "VALUES (?,?,?,?,?,?,?)"));
    bind(q, m_ledger.clock().nowMs());
    bind(q, nullable(std::nullopt));
    bind(q, actor);
    bind(q, action);
    bind(q, detail);
    bind(q, m_desk);
    bind(q, profileName);
    if (!q.exec())
        return m_ledger.setError(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    Q_EMIT m_ledger.audited();
    return true;
}

QList<AuditEntry> LedgerLog::auditLog(int limit) const
{
    AuditQuery query;
    query.limit = qMax(limit, 1);
    return auditEntries(query);
}

QList<AuditEntry> LedgerLog::auditEntries(const AuditQuery &query) const
{
    QList<AuditEntry> out;
    QVariantList values;
    const QString where = auditWhere(query, &values, true);
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id DESC%3")
                  .arg(kAuditColumns, where,
                       query.limit > 0 ? QStringLiteral(" LIMIT %1").arg(query.limit) : QString()));
    for (const QVariant &v : std::as_const(values))
        bind(q, v);
    if (!q.exec()) {
        m_ledger.setError(tr("Cannot read the audit log: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(readAudit(q));
    return out;
}

qint64 LedgerLog::auditCount(const AuditQuery &query) const
{
    QVariantList values;
    const QString where = auditWhere(query, &values, false);
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE %1").arg(where));
    for (const QVariant &v : std::as_const(values))
        bind(q, v);
    if (!q.exec() || !q.next()) {
        m_ledger.setError(tr("Cannot read the audit log: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

namespace {

QStringList distinctValues(const QSqlDatabase &db, const QString &column)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log WHERE %1 <> '' ORDER BY %1")
                   .arg(column))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

QStringList LedgerLog::auditDesks() const
{
    return distinctValues(m_ledger.database(), QStringLiteral("desk"));
}

QStringList LedgerLog::auditActions() const
{
    return distinctValues(m_ledger.database(), QStringLiteral("action"));
}

QStringList LedgerLog::auditProfileNames() const
{
    return distinctValues(m_ledger.database(), QStringLiteral("profile_name"));
}

qint64 LedgerLog::lastAuditId() const
{
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace pn
