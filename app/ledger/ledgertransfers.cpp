#include "ledger/ledger.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

using namespace ledgersql;

// --- transfers ---

std::optional<qint64> Ledger::addTransferIntent(qint64 profileId, const TransferRequest &r,
                                                QString *error)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO transfers (profile_id, reqid, appid, x, anum, ttl, record, "
                       "display, anucode, user_data, state, created_at, updated_at, rev, "
                       "sending_by, lease_until) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,'pending',?,?,%1,?,?) RETURNING id")
            .arg(nextRev(database(), QStringLiteral("transfers"))));
    for (const QVariant &v : QVariantList{
             profileId, r.reqid, r.appid, normalizedNumber(r.x), normalizedNumber(r.anum), r.ttl,
             r.record, r.display, r.anucode, r.userData, now, now, m_leaseOwner, now + m_leaseMs})
        bind(q, v);
    if (!q.exec() || !q.next()) {
        const QString text =
            tr("Cannot write the transfer intent to the ledger: %1").arg(q.lastError().text());
        setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT transferChanged(id);
    return id;
}

LedgerTransition Ledger::markTransferActive(qint64 id)
{
    const auto t = transferById(id);
    if (!t) {
        LedgerTransition missing;
        missing.error = tr("No transfer %1 in the ledger.").arg(id);
        setError(missing.error);
        return missing;
    }
    const QVariant expires = t->request.ttl > 0 ? QVariant(m_clock.nowMs() + t->request.ttl * 1000)
                                                : QVariant(QMetaType::fromType<qint64>());
    return transition(QStringLiteral("transfers"), id,
                      QStringLiteral("state IN ('pending','failed')"),
                      QStringLiteral("state = 'active', expires_at = ?, last_error = '', "
                                     "attempts = attempts + 1"),
                      {expires}, true);
}

LedgerTransition Ledger::markTransferFailed(qint64 id, const QString &lastError)
{
    return transition(QStringLiteral("transfers"), id, QStringLiteral("state = 'pending'"),
                      QStringLiteral("state = 'failed', last_error = ?, attempts = attempts + 1"),
                      {lastError}, true);
}

LedgerTransition Ledger::noteTransferAttempt(qint64 id, const QString &lastError)
{
    return transition(QStringLiteral("transfers"), id,
                      QStringLiteral("state = 'pending' OR (state IN ('active','expired') AND "
                                     "release_requested_at IS NOT NULL)"),
                      QStringLiteral("last_error = ?, attempts = attempts + 1"), {lastError}, true);
}

LedgerTransition Ledger::markTransferReleaseRequested(qint64 id)
{
    const qint64 now = m_clock.nowMs();
    return transition(QStringLiteral("transfers"), id,
                      QStringLiteral("state IN ('active','expired') AND {{LEASE_FREE}}"),
                      QStringLiteral("release_requested_at = ?, sending_by = ?, lease_until = ?"),
                      {now, m_leaseOwner, now + m_leaseMs}, false);
}

LedgerTransition Ledger::clearTransferReleaseRequested(qint64 id, const QString &lastError)
{
    return transition(QStringLiteral("transfers"), id,
                      QStringLiteral("state IN ('active','expired') AND "
                                     "release_requested_at IS NOT NULL"),
                      QStringLiteral("release_requested_at = NULL, last_error = ?"), {lastError},
                      true);
}

LedgerTransition Ledger::markTransferReleased(qint64 id, const QString &note)
{
    return transition(QStringLiteral("transfers"), id,
                      QStringLiteral("state IN ('active','expired')"),
                      QStringLiteral("state = 'released', released_at = ?, last_error = ?"),
                      {m_clock.nowMs(), note}, true);
}

QList<qint64> Ledger::sweepExpiredTransfers()
{
    QList<qint64> ids;
    const qint64 now = m_clock.nowMs();
    for (const TransferRecord &t :
         selectTransfers(database(),
                         QStringLiteral("state = 'active' AND expires_at IS NOT NULL AND "
                                        "expires_at <= ? AND release_requested_at IS NULL"),
                         {now})) {
        if (transition(QStringLiteral("transfers"), t.id,
                       QStringLiteral("state = 'active' AND release_requested_at IS NULL"),
                       QStringLiteral("state = 'expired'"), {}, false)
                .applied())
            ids << t.id;
    }
    return ids;
}

std::optional<TransferRecord> Ledger::transferById(qint64 id) const
{
    return first(selectTransfers(database(), QStringLiteral("id = ?"), {id}));
}

std::optional<TransferRecord> Ledger::transferByReqid(const QString &reqid) const
{
    return first(selectTransfers(database(), QStringLiteral("reqid = ?"), {reqid}));
}

std::optional<TransferRecord> Ledger::activeTransfer(const QString &appid, const QString &x) const
{
    return first(selectTransfers(database(),
                                 QStringLiteral("appid = ? AND x = ? AND state = 'active'"),
                                 {appid, normalizedNumber(x)}, QStringLiteral("ORDER BY id DESC")));
}

QList<TransferRecord> Ledger::transfers(std::optional<qint64> profileId,
                                        const QList<RecordState> &states) const
{
    QString where = QStringLiteral("1 = 1") + profileClause(profileId);
    if (!states.isEmpty())
        where += QStringLiteral(" AND state IN (%1)").arg(statesIn(states));
    return selectTransfers(database(), where, {}, QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::pendingTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(database(),
                           QStringLiteral("state = 'pending'") + profileClause(profileId), {},
                           QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::releaseRequestedTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(database(),
                           QStringLiteral("state IN ('active','expired') AND "
                                          "release_requested_at IS NOT NULL") +
                               profileClause(profileId),
                           {}, QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::transfersChangedSince(qint64 rev) const
{
    return selectTransfers(database(), QStringLiteral("rev > ?"), {rev},
                           QStringLiteral("ORDER BY rev"));
}

} // namespace pn
