#pragma once

#include "ledger/ledgerrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pn {

class Ledger;

// The XA transfer records of a Ledger (table `transfers`, keyed by appid + X; no subid): the
// same intents, guarded transitions and send leases as LedgerBindings. A part of the Ledger
// (Ledger::transfers()), on its database; writes emit Ledger::transferChanged().
class LedgerTransfers final
{
    Q_DECLARE_TR_FUNCTIONS(pn::Ledger)

public:
    explicit LedgerTransfers(Ledger &ledger)
        : m_ledger(ledger)
    {}
    Q_DISABLE_COPY_MOVE(LedgerTransfers)

    std::optional<qint64> addTransferIntent(qint64 profileId, const TransferRequest &request,
                                            QString *error);
    // The same guarded transitions as for bindings.
    LedgerTransition markTransferActive(qint64 id);
    LedgerTransition markTransferFailed(qint64 id, const QString &lastError);
    LedgerTransition noteTransferAttempt(qint64 id, const QString &lastError);
    LedgerTransition markTransferReleaseRequested(qint64 id);
    LedgerTransition clearTransferReleaseRequested(qint64 id, const QString &lastError);
    LedgerTransition markTransferReleased(qint64 id, const QString &note = {});
    QList<qint64> sweepExpiredTransfers();

    std::optional<TransferRecord> transferById(qint64 id) const;
    std::optional<TransferRecord> transferByReqid(const QString &reqid) const;
    // The active (or release-requested) transfer on X for this appid, if any.
    std::optional<TransferRecord> activeTransfer(const QString &appid, const QString &x) const;
    // The transfers of a profile (all: none given) in these states (all: none given), by id.
    QList<TransferRecord> list(std::optional<qint64> profileId = {},
                               const QList<RecordState> &states = {}) const;
    QList<TransferRecord> pendingTransfers(std::optional<qint64> profileId = {}) const;
    QList<TransferRecord> releaseRequestedTransfers(std::optional<qint64> profileId = {}) const;

    // --- send leases (as LedgerBindings') ---
    QList<TransferRecord> claimPendingTransfers(std::optional<qint64> profileId = {});
    QList<TransferRecord> claimReleaseRequestedTransfers(std::optional<qint64> profileId = {});
    std::optional<TransferRecord> claimTransfer(qint64 id);
    bool renewTransferLeases(const QList<qint64> &ids);
    bool dropTransferLease(qint64 id);

private:
    Ledger &m_ledger;
};

} // namespace pn
