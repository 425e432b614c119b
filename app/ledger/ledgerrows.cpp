// Guarded transitions and send leases on the record tables (see ledgerrows_p.h).

#include "ledger/ledgerrows_p.h"

#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace pn {

using namespace ledgersql;

QString LedgerRows::leaseFreeClause()
{
    // Not even this program's own live lease: it already has that row's request on the way.
    return QStringLiteral("(sending_by IS NULL OR lease_until IS NULL OR lease_until <= ?)");
}

LedgerTransition LedgerRows::transition(const QString &table, qint64 id, const QString &guard,
                                        const QString &assignments, const QVariantList &values,
                                        bool dropLease)
{
    LedgerTransition t;
    QSqlDatabase db = m_ledger.database();
    const qint64 now = m_ledger.clock().nowMs();
    QString set =
        QStringLiteral("%1, updated_at = ?, rev = %2").arg(assignments, nextRev(db, table));
    QVariantList all = values;
    all << now;
    if (dropLease) {
        // Both CASEs see the row as it was: only this program's own lease goes.
        set += QStringLiteral(", sending_by = CASE WHEN sending_by = ? THEN NULL ELSE sending_by "
                              "END, lease_until = CASE WHEN sending_by = ? THEN NULL ELSE "
                              "lease_until END");
        all << m_ledger.leaseOwner() << m_ledger.leaseOwner();
    }
    all << id;
    QString where = guard;
    if (where.contains(QLatin1StringView("{{LEASE_FREE}}"))) {
        where.replace(QStringLiteral("{{LEASE_FREE}}"), leaseFreeClause());
        all << now;
    }
    const CachedQuery heldQ = cachedQuery(
        db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)").arg(table, set, where));
    QSqlQuery &q = *heldQ;
    for (const QVariant &v : std::as_const(all))
        bind(q, v);
    if (!q.exec()) {
        t.error = tr("Cannot update the ledger: %1").arg(q.lastError().text());
        m_ledger.setError(t.error);
        return t;
    }
    const bool changed = q.numRowsAffected() > 0;
    q.finish();
    if (!changed && dropLease) // the sender lost the race: it sends no more either
        LedgerRows::dropLease(table, id);
    if (table == QLatin1StringView("bindings")) {
        const auto row = first(selectBindings(db, QStringLiteral("id = ?"), {id}));
        if (!row) {
            t.error = tr("There is no binding %1 in the ledger.").arg(id);
            return t;
        }
        t.state = row->state;
        t.subid = row->subid;
        t.releaseRequestedAt = row->releaseRequestedAt;
    } else {
        const auto row = first(selectTransfers(db, QStringLiteral("id = ?"), {id}));
        if (!row) {
            t.error = tr("There is no transfer %1 in the ledger.").arg(id);
            return t;
        }
        t.state = row->state;
        t.releaseRequestedAt = row->releaseRequestedAt;
    }
    t.kind = changed ? LedgerTransition::Kind::Applied : LedgerTransition::Kind::Settled;
    if (changed) {
        if (table == QLatin1StringView("bindings"))
            Q_EMIT m_ledger.bindingChanged(id);
        else
            Q_EMIT m_ledger.transferChanged(id);
    }
    return t;
}

bool LedgerRows::leaseOwnerIsDead(const QString &owner)
{
#ifdef Q_OS_UNIX
    // "host:pid:random": a program on this computer that is no longer running holds nothing,
    // so a crash is taken over at once rather than when its lease runs out.
    const QStringList parts = owner.split(u':');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName().left(64))
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(owner);
    return false;
#endif
}

QList<qint64> LedgerRows::claim(const QString &table, const QString &where,
                                const QVariantList &values)
{
    QList<qint64> ids;
    QSqlDatabase db = m_ledger.database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error)) {
        m_ledger.setError(error);
        return ids;
    }
    const qint64 now = m_ledger.clock().nowMs();
    const bool pg = LedgerSchema::dialectOf(db) == LedgerSchema::Dialect::PostgreSQL;
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT id, sending_by, lease_until FROM %1 WHERE (%2) "
                           "ORDER BY id%3")
                .arg(table, where, pg ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
        for (const QVariant &v : values)
            bind(q, v);
        if (!q.exec()) {
            m_ledger.setError(tr("Cannot read the ledger: %1").arg(q.lastError().text()));
            db.rollback();
            return {};
        }
        while (q.next()) {
            const QString owner = q.value(1).toString();
            const bool live = !owner.isEmpty() && !q.value(2).isNull() &&
                              q.value(2).toLongLong() > now && !leaseOwnerIsDead(owner);
            if (!live)
                ids << q.value(0).toLongLong();
        }
    }
    QSqlQuery u(db);
    u.prepare(
        QStringLiteral("UPDATE %1 SET sending_by = ?, lease_until = ? WHERE id = ?").arg(table));
    for (qint64 id : std::as_const(ids)) {
        bind(u, m_ledger.leaseOwner());
        bind(u, now + m_ledger.leaseDurationMs());
        bind(u, id);
        if (!u.exec()) {
            m_ledger.setError(tr("Cannot update the ledger: %1").arg(u.lastError().text()));
            db.rollback();
            return {};
        }
    }
    if (!db.commit()) {
        m_ledger.setError(db.lastError().text());
        db.rollback();
        return {};
    }
    return ids;
}

bool LedgerRows::renewLeases(const QString &table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("UPDATE %1 SET lease_until = ? WHERE sending_by = ? AND id IN (%2)")
                  .arg(table, idList(ids)));
    bind(q, m_ledger.clock().nowMs() + m_ledger.leaseDurationMs());
    bind(q, m_ledger.leaseOwner());
    if (!q.exec())
        return m_ledger.setError(tr("Cannot update the ledger: %1").arg(q.lastError().text()));
    return true;
}

bool LedgerRows::dropLease(const QString &table, qint64 id)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("UPDATE %1 SET sending_by = NULL, lease_until = NULL "
                             "WHERE id = ? AND sending_by = ?")
                  .arg(table));
    bind(q, id);
    bind(q, m_ledger.leaseOwner());
    if (!q.exec())
        return m_ledger.setError(tr("Cannot update the ledger: %1").arg(q.lastError().text()));
    return true;
}

} // namespace pn
