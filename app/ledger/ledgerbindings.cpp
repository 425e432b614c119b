// The binding records of a Ledger (see ledgerbindings.h); history at scale is in
// ledgerhistory.cpp.

#include "ledger/ledgerbindings.h"

#include "core/validation.h"
#include "ledger/ledger.h"
#include "ledger/ledgerrows_p.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

using namespace ledgersql;

std::optional<qint64> LedgerBindings::addBindingIntent(qint64 profileId, const BindingRequest &r,
                                                       QString *error)
{
    const qint64 now = m_ledger.clock().nowMs();
    const CachedQuery heldQ = cachedQuery(
        m_ledger.database(),
        QStringLiteral("INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, "
                       "record, display, anucode, ansanu, user_data, state, created_at, "
                       "updated_at, rev, sending_by, lease_until) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'pending',?,?,%1,?,?) RETURNING id")
            .arg(nextRev(m_ledger.database(), QStringLiteral("bindings"))));
    QSqlQuery &q = *heldQ;
    for (const QVariant &v : QVariantList{
             profileId, r.reqid, r.appid, normalizedNumber(r.x), normalizedNumber(r.anum),
             normalizedNumber(r.bnum), r.ttl, r.record, r.display, r.anucode, r.ansanu, r.userData,
             now, now, m_ledger.leaseOwner(), now + m_ledger.leaseDurationMs()})
        bind(q, v);
    // RETURNING (SQLite >= 3.35, PostgreSQL) instead of lastInsertId(), which QPSQL lacks.
    if (!q.exec() || !q.next()) {
        const QString text =
            tr("Cannot write the binding intent to the ledger: %1").arg(q.lastError().text());
        m_ledger.setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT m_ledger.bindingChanged(id);
    return id;
}

LedgerTransition LedgerBindings::markBindingActive(qint64 id, const QString &subid,
                                                   qint64 expiresAt,
                                                   std::optional<qint64> latestExpiry)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id, QStringLiteral("state IN ('pending','failed')"),
        QStringLiteral("state = 'active', subid = ?, expires_at = ?, "
                       "expires_latest_at = ?, last_error = '', "
                       "attempts = attempts + 1"),
        {subid, expiresAt, nullable(latestExpiry)}, true);
}

bool LedgerBindings::noteBindingSent(qint64 id, qint64 atMs)
{
    // Not a visible change: no new rev, no signal.
    const CachedQuery heldQ =
        cachedQuery(m_ledger.database(), QStringLiteral("UPDATE bindings SET first_sent_at = ? "
                                                        "WHERE id = ? AND first_sent_at IS NULL"));
    QSqlQuery &q = *heldQ;
    bind(q, atMs);
    bind(q, id);
    if (!q.exec())
        return m_ledger.setError(tr("Cannot update the ledger: %1").arg(q.lastError().text()));
    return true;
}

LedgerTransition LedgerBindings::markBindingFailed(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id, QStringLiteral("state = 'pending'"),
        QStringLiteral("state = 'failed', last_error = ?, attempts = attempts + 1"), {lastError},
        true);
}

LedgerTransition LedgerBindings::noteBindingAttempt(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id,
        QStringLiteral("state = 'pending' OR (state IN ('active','expired') AND "
                       "release_requested_at IS NOT NULL)"),
        QStringLiteral("last_error = ?, attempts = attempts + 1"), {lastError}, true);
}

LedgerTransition LedgerBindings::markReleaseRequested(qint64 id)
{
    const qint64 now = m_ledger.clock().nowMs();
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id,
        QStringLiteral("state IN ('active','expired') AND {{LEASE_FREE}}"),
        QStringLiteral("release_requested_at = ?, sending_by = ?, lease_until = ?"),
        {now, m_ledger.leaseOwner(), now + m_ledger.leaseDurationMs()}, false);
}

LedgerTransition LedgerBindings::clearReleaseRequested(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id,
        QStringLiteral("state IN ('active','expired') AND "
                       "release_requested_at IS NOT NULL"),
        QStringLiteral("release_requested_at = NULL, last_error = ?"), {lastError}, true);
}

LedgerTransition LedgerBindings::markBindingReleased(qint64 id, const QString &note)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("bindings"), id, QStringLiteral("state IN ('active','expired')"),
        QStringLiteral("state = 'released', released_at = ?, last_error = ?"),
        {m_ledger.clock().nowMs(), note}, true);
}

QList<qint64> LedgerBindings::sweepExpiredBindings()
{
    QList<qint64> ids;
    QSqlDatabase db = m_ledger.database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error)) {
        m_ledger.setError(error);
        return ids;
    }
    const qint64 now = m_ledger.clock().nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM bindings WHERE state = 'active' AND expires_at <= ? "
                             "AND release_requested_at IS NULL"));
    bind(q, now);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE bindings SET state = 'expired', updated_at = ?, rev = %1 "
                             "WHERE id = ? AND state = 'active' AND release_requested_at IS NULL")
                  .arg(nextRev(m_ledger.database(), QStringLiteral("bindings"))));
    for (qint64 id : std::as_const(ids)) {
        bind(u, now);
        bind(u, id);
        if (!u.exec()) {
            m_ledger.setError(u.lastError().text());
            db.rollback();
            return {};
        }
    }
    if (!db.commit()) {
        m_ledger.setError(db.lastError().text());
        return {};
    }
    for (qint64 id : std::as_const(ids))
        Q_EMIT m_ledger.bindingChanged(id);
    return ids;
}

std::optional<BindingRecord> LedgerBindings::bindingById(qint64 id) const
{
    return first(selectBindings(m_ledger.database(), QStringLiteral("id = ?"), {id}));
}

std::optional<BindingRecord> LedgerBindings::bindingByReqid(const QString &reqid) const
{
    return first(selectBindings(m_ledger.database(), QStringLiteral("reqid = ?"), {reqid}));
}

std::optional<BindingRecord> LedgerBindings::bindingBySubid(const QString &subid) const
{
    return first(selectBindings(m_ledger.database(), QStringLiteral("subid = ?"), {subid},
                                QStringLiteral("ORDER BY id DESC")));
}

QList<BindingRecord> LedgerBindings::list(const BindingQuery &query) const
{
    QString where = QStringLiteral("1 = 1") + profileClause(query.profileId);
    QVariantList values;
    if (!query.states.isEmpty())
        where += QStringLiteral(" AND state IN (%1)").arg(statesIn(query.states));
    if (!query.x.isEmpty()) {
        where += QStringLiteral(" AND x = ?");
        values << normalizedNumber(query.x);
    }
    if (query.afterId > 0) {
        where += QStringLiteral(" AND id > ?");
        values << query.afterId;
    }
    if (!query.number.isEmpty())
        where += QStringLiteral(" AND ") + numberSearchClause(m_ledger.database(), query.number,
                                                              m_ledger.numberHash(query.number),
                                                              &values);
    QString tail = QStringLiteral("ORDER BY id");
    if (query.limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(query.limit);
    return selectBindings(m_ledger.database(), where, values, tail);
}

QList<BindingRecord> LedgerBindings::pendingBindings(std::optional<qint64> profileId) const
{
    return selectBindings(m_ledger.database(),
                          QStringLiteral("state = 'pending'") + profileClause(profileId), {},
                          QStringLiteral("ORDER BY id"));
}

QList<BindingRecord> LedgerBindings::releaseRequestedBindings(std::optional<qint64> profileId) const
{
    return selectBindings(m_ledger.database(),
                          QStringLiteral("state IN ('active','expired') AND "
                                         "release_requested_at IS NOT NULL") +
                              profileClause(profileId),
                          {}, QStringLiteral("ORDER BY id"));
}

QList<BindingRecord> LedgerBindings::claimPendingBindings(std::optional<qint64> profileId)
{
    return readClaimed(
        m_ledger.database(),
        LedgerRows(m_ledger).claim(QStringLiteral("bindings"), pendingWhere(profileId), {}),
        selectBindings);
}

QList<BindingRecord> LedgerBindings::claimReleaseRequestedBindings(std::optional<qint64> profileId)
{
    return readClaimed(m_ledger.database(),
                       LedgerRows(m_ledger).claim(QStringLiteral("bindings"),
                                                  releaseRequestedWhere(profileId), {}),
                       selectBindings);
}

std::optional<BindingRecord> LedgerBindings::claimBinding(qint64 id)
{
    if (LedgerRows(m_ledger)
            .claim(QStringLiteral("bindings"), QStringLiteral("id = ? AND state = 'pending'"), {id})
            .isEmpty())
        return std::nullopt;
    return bindingById(id);
}

bool LedgerBindings::renewBindingLeases(const QList<qint64> &ids)
{
    return LedgerRows(m_ledger).renewLeases(QStringLiteral("bindings"), ids);
}

bool LedgerBindings::dropBindingLease(qint64 id)
{
    return LedgerRows(m_ledger).dropLease(QStringLiteral("bindings"), id);
}

} // namespace pn
