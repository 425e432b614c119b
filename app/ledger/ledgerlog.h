#pragma once

#include "core/deskidentity.h"
#include "ledger/ledgerrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pn {

class Ledger;

// The request log (every platform request and its answer) and the audit log (who did what) of
// a Ledger. A part of the Ledger (Ledger::log()), on its database; writes emit
// Ledger::requestLogged() and Ledger::audited().
class LedgerLog final
{
    Q_DECLARE_TR_FUNCTIONS(pn::Ledger)

public:
    explicit LedgerLog(Ledger &ledger)
        : m_ledger(ledger)
    {}
    Q_DISABLE_COPY_MOVE(LedgerLog)

    // --- request log ---
    bool appendRequestLog(RequestLogEntry entry);
    // Newest first.
    QList<RequestLogEntry> requestLog(int limit, std::optional<qint64> profileId = {}) const;
    QList<RequestLogEntry> requestLogSince(qint64 id) const;

    // --- audit: who did what ---
    // Every row records this log's desk() and the profile's name along with the action; the
    // desk is not the caller's to choose. `actor` names the program or role ("pnctl").
    bool appendAudit(std::optional<qint64> profileId, const QString &actor, const QString &action,
                     const QString &detail);
    // For a profile that is gone by the time the row is written (profile-remove).
    bool appendAudit(const QString &profileName, const QString &actor, const QString &action,
                     const QString &detail);
    // The desk this program writes into the audit log: deskIdentity() when the Ledger was made.
    QString desk() const { return m_desk; }
    void setDesk(const QString &desk);
    // Newest first.
    QList<AuditEntry> auditLog(int limit) const;
    QList<AuditEntry> auditEntries(const AuditQuery &query) const;
    qint64 auditCount(const AuditQuery &query) const;
    // The desks, actions and profile names that occur in the audit log (for filters), sorted.
    QStringList auditDesks() const;
    QStringList auditActions() const;
    QStringList auditProfileNames() const;
    qint64 lastAuditId() const;

private:
    Ledger &m_ledger;
    QString m_desk = deskIdentity();
};

} // namespace pn
