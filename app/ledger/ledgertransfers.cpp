// The XA transfer records of a Ledger (see ledgertransfers.h).

#include "ledger/ledgertransfers.h"

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

// --- transfers ---

std::optional<qint64> LedgerTransfers::addTransferIntent(qint64 profileId, const TransferRequest &r,
                                                         QString *error)
{
    const qint64 now = m_ledger.clock().nowMs();
    QSqlQuery q(m_ledger.database());
    q.prepare(
        QStringLiteral("INSERT INTO transfers (profile_id, reqid, appid, x, anum, ttl, record, "
                       "display, anucode, user_data, state, created_at, updated_at, rev, "
                       "sending_by, lease_until) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,'pending',?,?,%1,?,?) RETURNING id")
            .arg(nextRev(m_ledger.database(), QStringLiteral("transfers"))));
    for (const QVariant &v :
         QVariantList{profileId, r.reqid, r.appid, normalizedNumber(r.x), normalizedNumber(r.anum),
                      r.ttl, r.record, r.display, r.anucode, r.userData, now, now,
                      m_ledger.leaseOwner(), now + m_ledger.leaseDurationMs()})
        bind(q, v);
    if (!q.exec() || !q.next()) {
        const QString text =
            tr("Cannot write the transfer intent to the ledger: %1").arg(q.lastError().text());
        m_ledger.setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT m_ledger.transferChanged(id);
    return id;
}

LedgerTransition LedgerTransfers::markTransferActive(qint64 id)
{
    const auto t = transferById(id);
    if (!t) {
        LedgerTransition missing;
        missing.error = tr("No transfer %1 in the ledger.").arg(id);
        m_ledger.setError(missing.error);
        return missing;
    }
    const QVariant expires = t->request.ttl > 0
                                 ? QVariant(m_ledger.clock().nowMs() + t->request.ttl * 1000)
                                 : QVariant(QMetaType::fromType<qint64>());
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id, QStringLiteral("state IN ('pending','failed')"),
        QStringLiteral("state = 'active', expires_at = ?, last_error = '', "
                       "attempts = attempts + 1"),
        {expires}, true);
}

LedgerTransition LedgerTransfers::markTransferFailed(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id, QStringLiteral("state = 'pending'"),
        QStringLiteral("state = 'failed', last_error = ?, attempts = attempts + 1"), {lastError},
        true);
}

LedgerTransition LedgerTransfers::noteTransferAttempt(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id,
        QStringLiteral("state = 'pending' OR (state IN ('active','expired') AND "
                       "release_requested_at IS NOT NULL)"),
        QStringLiteral("last_error = ?, attempts = attempts + 1"), {lastError}, true);
}

LedgerTransition LedgerTransfers::markTransferReleaseRequested(qint64 id)
{
    const qint64 now = m_ledger.clock().nowMs();
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id,
        QStringLiteral("state IN ('active','expired') AND {{LEASE_FREE}}"),
        QStringLiteral("release_requested_at = ?, sending_by = ?, lease_until = ?"),
        {now, m_ledger.leaseOwner(), now + m_ledger.leaseDurationMs()}, false);
}

LedgerTransition LedgerTransfers::clearTransferReleaseRequested(qint64 id, const QString &lastError)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id,
        QStringLiteral("state IN ('active','expired') AND "
                       "release_requested_at IS NOT NULL"),
        QStringLiteral("release_requested_at = NULL, last_error = ?"), {lastError}, true);
}

LedgerTransition LedgerTransfers::markTransferReleased(qint64 id, const QString &note)
{
    return LedgerRows(m_ledger).transition(
        QStringLiteral("transfers"), id, QStringLiteral("state IN ('active','expired')"),
        QStringLiteral("state = 'released', released_at = ?, last_error = ?"),
        {m_ledger.clock().nowMs(), note}, true);
}

QList<qint64> LedgerTransfers::sweepExpiredTransfers()
{
    QList<qint64> ids;
    const qint64 now = m_ledger.clock().nowMs();
    for (const TransferRecord &t :
         selectTransfers(m_ledger.database(),
                         QStringLiteral("state = 'active' AND expires_at IS NOT NULL AND "
                                        "expires_at <= ? AND release_requested_at IS NULL"),
                         {now})) {
        if (LedgerRows(m_ledger)
                .transition(QStringLiteral("transfers"), t.id,
                            QStringLiteral("state = 'active' AND release_requested_at IS NULL"),
                            QStringLiteral("state = 'expired'"), {}, false)
                .applied())
            ids << t.id;
    }
    return ids;
}

std::optional<TransferRecord> LedgerTransfers::transferById(qint64 id) const
{
    return first(selectTransfers(m_ledger.database(), QStringLiteral("id = ?"), {id}));
}

std::optional<TransferRecord> LedgerTransfers::transferByReqid(const QString &reqid) const
{
    return first(selectTransfers(m_ledger.database(), QStringLiteral("reqid = ?"), {reqid}));
}

std::optional<TransferRecord> LedgerTransfers::activeTransfer(const QString &appid,
                                                              const QString &x) const
{
    return first(selectTransfers(m_ledger.database(),
                                 QStringLiteral("appid = ? AND x = ? AND state = 'active'"),
                                 {appid, normalizedNumber(x)}, QStringLiteral("ORDER BY id DESC")));
}

QList<TransferRecord> LedgerTransfers::list(std::optional<qint64> profileId,
                                            const QList<RecordState> &states) const
{
    QString where = QStringLiteral("1 = 1") + profileClause(profileId);
    if (!states.isEmpty())
        where += QStringLiteral(" AND state IN (%1)").arg(statesIn(states));
    return selectTransfers(m_ledger.database(), where, {}, QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> LedgerTransfers::pendingTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(m_ledger.database(),
                           QStringLiteral("state = 'pending'") + profileClause(profileId), {},
                           QStringLiteral("ORDER BY id"));
}

QList<TransferRecord>
LedgerTransfers::releaseRequestedTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(m_ledger.database(),
                           QStringLiteral("state IN ('active','expired') AND "
                                          "release_requested_at IS NOT NULL") +
                               profileClause(profileId),
                           {}, QStringLiteral("ORDER BY id"));
}

// --- send leases ---

QList<TransferRecord> LedgerTransfers::claimPendingTransfers(std::optional<qint64> profileId)
{
    return readClaimed(
        m_ledger.database(),
        LedgerRows(m_ledger).claim(QStringLiteral("transfers"), pendingWhere(profileId), {}),
        selectTransfers);
}

QList<TransferRecord>
LedgerTransfers::claimReleaseRequestedTransfers(std::optional<qint64> profileId)
{
    return readClaimed(m_ledger.database(),
                       LedgerRows(m_ledger).claim(QStringLiteral("transfers"),
                                                  releaseRequestedWhere(profileId), {}),
                       selectTransfers);
}

std::optional<TransferRecord> LedgerTransfers::claimTransfer(qint64 id)
{
    if (LedgerRows(m_ledger)
            .claim(QStringLiteral("transfers"), QStringLiteral("id = ? AND state = 'pending'"),
                   {id})
            .isEmpty())
        return std::nullopt;
    return transferById(id);
}

bool LedgerTransfers::renewTransferLeases(const QList<qint64> &ids)
{
    return LedgerRows(m_ledger).renewLeases(QStringLiteral("transfers"), ids);
}

bool LedgerTransfers::dropTransferLease(qint64 id)
{
    return LedgerRows(m_ledger).dropLease(QStringLiteral("transfers"), id);
}

} // namespace pn
