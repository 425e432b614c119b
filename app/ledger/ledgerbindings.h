#pragma once

#include "ledger/ledgerrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pn {

class Ledger;

// The binding records of a Ledger (table `bindings`): intents, their guarded transitions, send
// leases, lookups and history. A part of the Ledger (Ledger::bindings()), on its database;
// writes emit Ledger::bindingChanged().
//
// The rule that keeps subids from being lost: the intent (reqid + all parameters) is written
// *before* the request goes out, and stays Pending until the platform's answer is known.
// BindingService re-sends pending intents with their reqid at start-up.
class LedgerBindings final
{
    Q_DECLARE_TR_FUNCTIONS(pn::Ledger)

public:
    explicit LedgerBindings(Ledger &ledger)
        : m_ledger(ledger)
    {}
    Q_DISABLE_COPY_MOVE(LedgerBindings)

    // The intent is written with a send lease held by this program (see claimBinding()).
    std::optional<qint64> addBindingIntent(qint64 profileId, const BindingRequest &request,
                                           QString *error);
    // State transitions: each is one guarded UPDATE (see LedgerTransition and the table in
    // tests/ledger/tst_ledger.cpp). Settling ones also drop this program's send lease.
    //   pending|failed → active (a subid beats an earlier "failed": the platform has it)
    //   `latestExpiry`: the answer came from a later send than the first, so the platform's
    //   expiry lies between expiresAt (first send + ttl) and it (marked approximate).
    LedgerTransition markBindingActive(qint64 id, const QString &subid, qint64 expiresAt,
                                       std::optional<qint64> latestExpiry = std::nullopt);
    // Notes when the create request first goes out (later sends keep the first time).
    bool noteBindingSent(qint64 id, qint64 atMs);
    //   pending → failed (the platform surely did not create it); never from active
    LedgerTransition markBindingFailed(qint64 id, const QString &lastError);
    // One more try whose outcome is unknown: state unchanged, error noted (pending, or a
    // release under way).
    LedgerTransition noteBindingAttempt(qint64 id, const QString &lastError);
    //   active|expired, no live lease on it → release requested (lease taken)
    LedgerTransition markReleaseRequested(qint64 id);
    //   release requested → not requested (the platform refused the release)
    LedgerTransition clearReleaseRequested(qint64 id, const QString &lastError);
    //   active|expired → released (final)
    LedgerTransition markBindingReleased(qint64 id, const QString &note = {});
    // Active bindings past expires_at (and no release requested) become Expired (final but
    // for an explicit release); returns their ids.
    QList<qint64> sweepExpiredBindings();

    std::optional<BindingRecord> bindingById(qint64 id) const;
    std::optional<BindingRecord> bindingByReqid(const QString &reqid) const;
    std::optional<BindingRecord> bindingBySubid(const QString &subid) const;
    // The bindings a query selects, by id.
    QList<BindingRecord> list(const BindingQuery &query = {}) const;
    QList<BindingRecord> pendingBindings(std::optional<qint64> profileId = {}) const;
    QList<BindingRecord> releaseRequestedBindings(std::optional<qint64> profileId = {}) const;

    // --- history at scale (ledgerhistory.cpp) ---
    // Rows that belong to the working set whatever their age (pending, active, a release under
    // way), by id after `afterId`, at most `limit` (0 = all). Read from a partial index.
    QList<BindingRecord> openBindings(std::optional<qint64> profileId, qint64 afterId,
                                      int limit) const;
    // Ended rows (released, expired, failed) last written at or after `sinceMs`.
    QList<BindingRecord> bindingsEndedSince(std::optional<qint64> profileId, qint64 sinceMs) const;
    // One page of history (see HistoryQuery); a search is answered from the trigram index (and,
    // with Ledger::setNumberHashKey(), the hashes of erased numbers).
    QList<BindingRecord> historyBindings(const HistoryQuery &query) const;

    // --- send leases: one sender per intent across programs (and desks) ---
    // Reads and leases, in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL:
    // SELECT ... FOR UPDATE SKIP LOCKED), the rows nobody (this program included) holds a live
    // lease on. A lease of a program on this computer that is no longer running is not live.
    // Lease owner and duration: Ledger::leaseOwner(), Ledger::leaseDurationMs().
    QList<BindingRecord> claimPendingBindings(std::optional<qint64> profileId = {});
    QList<BindingRecord> claimReleaseRequestedBindings(std::optional<qint64> profileId = {});
    // One pending intent (a known reqid sent again); nullopt when another program holds it.
    std::optional<BindingRecord> claimBinding(qint64 id);
    // Extends this program's leases on these rows; false on a database error.
    bool renewBindingLeases(const QList<qint64> &ids);
    // Gives up this program's lease without a transition (nothing was sent after all).
    bool dropBindingLease(qint64 id);

private:
    Ledger &m_ledger;
};

} // namespace pn
