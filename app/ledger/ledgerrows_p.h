#pragma once

// The row machinery the record parts of a Ledger share (LedgerBindings, LedgerTransfers):
// guarded transitions and send leases on a record table ("bindings" or "transfers").
// Private to pn_ledger.

#include "ledger/ledgerrecords.h"
#include "ledger/ledgersql_p.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace pn {

class Ledger;

struct LedgerRows final
{
    Q_DECLARE_TR_FUNCTIONS(pn::Ledger)

public:
    explicit LedgerRows(Ledger &ledger)
        : m_ledger(ledger)
    {}

    // UPDATE table SET assignments WHERE id = ? AND (guard); Settled when the guard failed.
    // "{{LEASE_FREE}}" in the guard stands for leaseFreeClause(). Emits the Ledger's
    // bindingChanged() or transferChanged() when applied.
    LedgerTransition transition(const QString &table, qint64 id, const QString &guard,
                                const QString &assignments, const QVariantList &values,
                                bool dropLease);
    // Leases the rows of `where` nobody holds a live lease on; their ids.
    QList<qint64> claim(const QString &table, const QString &where, const QVariantList &values);
    bool renewLeases(const QString &table, const QList<qint64> &ids);
    bool dropLease(const QString &table, qint64 id);
    // True when `owner` is a program on this computer that has ended.
    static bool leaseOwnerIsDead(const QString &owner);
    // The guard "no live lease" (binds: now).
    static QString leaseFreeClause();

private:
    Ledger &m_ledger;
};

namespace ledgersql {

inline QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// What the sweeps claim: intents never answered, and releases asked for but not yet sent.
inline QString pendingWhere(std::optional<qint64> profileId)
{
    return QStringLiteral("state = 'pending'") + profileClause(profileId);
}

inline QString releaseRequestedWhere(std::optional<qint64> profileId)
{
    return QStringLiteral("state IN ('active','expired') AND release_requested_at IS NOT NULL") +
           profileClause(profileId);
}

// The rows just claimed, in id order (`select`: selectBindings or selectTransfers).
template<typename Select>
auto readClaimed(const QSqlDatabase &db, const QList<qint64> &ids, Select select)
    -> decltype(select(db, QString(), QVariantList(), QString()))
{
    if (ids.isEmpty())
        return {};
    return select(db, QStringLiteral("id IN (%1)").arg(idList(ids)), {},
                  QStringLiteral("ORDER BY id"));
}

} // namespace ledgersql

} // namespace pn
